/** How a failed run is reported beyond the log: loaded only when a run fails. */
import { ConfigErrors, formatPath } from './config/errors.js';
import type { CommentTarget } from './github/session.js';
import type { ActionInputs } from './inputs.js';
import { commentOnPullRequest } from './pull-request.js';
import type { PlanCommentOutcome } from './render/comment.js';
import { renderProblemMarkdown } from './render/markdown.js';
import { ActionFailure, log, summaryRoom, writeSummary } from './reporting.js';

/** The job summary of a failed run, and on a pull request the plan comment saying so. Best effort. */
export async function reportFailure(inputs: ActionInputs, error: unknown, comment?: Promise<CommentTarget | undefined>): Promise<void> {
  try {
    if (error instanceof ActionFailure && error.reason === 'plan-changed') return; // already reported
    const lines = error instanceof ConfigErrors ? error.errors.map((e) => e.toString()) : [error instanceof Error ? error.message : String(error)];
    const title = error instanceof ConfigErrors ? 'Invalid config' : `${inputs.mode[0]!.toUpperCase()}${inputs.mode.slice(1)} failed`;
    await writeSummary(renderProblemMarkdown(title, inputs.configPath, lines, summaryRoom(1024)));
    if (inputs.mode !== 'plan') return;
    const outcome: PlanCommentOutcome =
      error instanceof ConfigErrors
        ? {
            kind: 'invalid-config',
            errors: error.errors.map((e) => ({
              where: e.line > 0 ? `${e.file}:${e.line}:${e.col}` : e.file,
              message: formatPath(e.path) ? `${formatPath(e.path)}: ${e.message}` : e.message,
            })),
          }
        : { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    await commentOnPullRequest(inputs, outcome, comment);
  } catch (reportError) {
    log.debug(`reporting the failure: ${(reportError as Error).message}`);
  }
}
