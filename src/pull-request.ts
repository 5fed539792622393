/**
 * The GitHub side of a run: the plan comment on a pull request, the plan it approved (read back
 * on the merge), the apply's status on that comment, and the drift issue. A GitHub failure never
 * fails a plan: it is a warning naming the permission to add. Loaded only by runs that talk to
 * GitHub; the Octokit client loads with the session (github/session.ts).
 */
import { describeGitHubError, statusOf, unreachableOf } from './github/api.js';
import { findApprovedPlan } from './github/approval.js';
import { upsertPlanComment } from './github/comments.js';
import { runLinks } from './github/context.js';
import { syncDriftIssue as syncIssue } from './github/drift-issue.js';
import { connectGitHub, prepareComment, pullRequestContext, type CommentTarget, type GitHubSession } from './github/session.js';
import type { ActionInputs } from './inputs.js';
import type { DeliveryReport } from './modes/check.js';
import { compareWithApproved, type ApprovalVerdict } from './plan/fingerprint.js';
import type { Plan } from './plan/types.js';
import { renderApprovalMarkdown, renderApprovalText } from './render/approval.js';
import { renderApplyStatus, renderPlanComment, withApplyStatus, type ApplyStatus, type PlanCommentOutcome } from './render/comment.js';
import { driftIssueTitle, renderDriftIssue, renderDriftResolved, type DriftFinding } from './render/drift.js';
import { hasChanges } from './render/values.js';
import { ActionFailure, log, redactBody, redactText, writeSummary } from './reporting.js';

/**
 * Creates or updates the plan comment on the pull request of this run. A GitHub failure never
 * fails the plan: it is a warning naming the permission to add (or a notice on a fork's
 * read-only token), and the plan stays in the job summary.
 */
export async function commentOnPullRequest(inputs: ActionInputs, outcome: PlanCommentOutcome, prepared?: Promise<CommentTarget | undefined>): Promise<void> {
  if (inputs.comment === 'false') return;
  if (!inputs.githubToken) {
    log.debug('GitHub: input github-token is empty; skipping');
    return;
  }
  let context;
  try {
    context = await pullRequestContext();
  } catch (error) {
    log.warning(`Could not read this run's pull request (${describeGitHubError(error)}): no plan comment. The plan is in this run's job summary.`);
    return;
  }
  const pr = context?.pullRequest;
  if (!context || !pr) {
    log.debug(`No pull request comment: the event is ${process.env.GITHUB_EVENT_NAME || 'not a GitHub event'}.`);
    return;
  }
  try {
    const target = await (prepared ?? prepareComment(inputs));
    if (!target) return;
    const { github, comments } = target;
    const body = redactBody(renderPlanComment(outcome, { configPath: inputs.configPath, links: runLinks(context, pr.headSha) }));
    const create = inputs.comment === 'true' || outcome.kind !== 'planned' || hasChanges(outcome.plan);
    const result = await upsertPlanComment(github.api, { issueNumber: pr.number, login: github.login, configPath: inputs.configPath, body, create, comments });
    if (result.action === 'skipped') log.info(`Plan comment: none created on pull request #${pr.number} (comment: changes-only, and there are no changes).`);
    else log.info(`Plan comment ${result.action}: ${result.url}`);
  } catch (error) {
    warnGitHub(error, `comment on pull request #${pr.number}`, 'pull-requests: write', { fromFork: pr.fromFork });
  }
}

/** A GitHub failure as a warning naming the permission to add; on a fork's read-only token, a notice. */
export function warnGitHub(error: unknown, doing: string, permission: string, options: { fromFork?: boolean; meanwhile?: string } = {}): void {
  const status = statusOf(error);
  const what = describeGitHubError(error);
  const meanwhile = options.meanwhile ?? "The plan is in this run's job summary.";
  if (unreachableOf(error)) {
    // A local runner offline, or a runner that cannot reach GITHUB_API_URL: no permission to add.
    log.warning(`Could not ${doing}: ${what} from this machine (GITHUB_API_URL ${process.env.GITHUB_API_URL || 'https://api.github.com'}). ${meanwhile}`);
  } else if ((status === 403 || status === 404) && options.fromFork) {
    log.notice(`Could not ${doing} (${what}): pull requests from forks get a read-only token. ${meanwhile}`);
  } else if (status === 403 || status === 404) {
    log.warning(`Could not ${doing} (${what}): the workflow's token lacks the permission. Add "${permission}" to the job's permissions. ${meanwhile}`);
  } else {
    log.warning(`Could not ${doing} (${what}). ${meanwhile}`);
  }
}

/** The plan comment of the pull request this apply merged. */
export interface PlanComment {
  pullNumber: number;
  commentId: number;
  commentBody: string;
  github: GitHubSession;
}

export interface Approval extends PlanComment {
  kind: 'approval';
  verdict: ApprovalVerdict;
  /** Why the plan is not the approved one, for the failure message. */
  problem: string;
}

/** The merged pull request has no plan comment for this config: no plan was reviewed. */
export interface Unreviewed {
  kind: 'unreviewed';
  pullNumber: number;
}

/**
 * Finds the plan approved for this apply and compares it with the plan now. Undefined when there
 * is none to compare with (a direct push, another event, no GitHub token); `unreviewed` when the
 * merged pull request has no plan comment for the config. If the approved plan cannot be read,
 * the apply does not go ahead unless on-plan-changed is apply.
 */
export async function checkApproval(inputs: ActionInputs, plan: Plan): Promise<Approval | Unreviewed | undefined> {
  let github: GitHubSession | undefined;
  let source;
  try {
    github = await connectGitHub(inputs);
    if (!github) {
      log.info('Approved-plan check skipped: no GitHub token or repository in this run.');
      return undefined;
    }
    source = await findApprovedPlan(github.api, github.login, github.context, inputs.configPath);
  } catch (error) {
    const message = unreachableOf(error)
      ? `Could not read the approved plan: ${describeGitHubError(error)}.`
      : `Could not read the approved plan from GitHub (${describeGitHubError(error)}). The apply workflow needs "pull-requests: read" (write, to update the plan comment's status).`;
    if (inputs.onPlanChanged === 'apply') {
      log.warning(`${message} Applying without the check (on-plan-changed: apply).`);
      return undefined;
    }
    throw new ActionFailure('api-error', `${message} Nothing was changed.`);
  }
  if (source.kind === 'no-pull-request') {
    log.info(`No approved plan to compare with: ${source.why}. Applying the plan made now.`);
    return undefined;
  }
  if (source.kind === 'no-comment') return { kind: 'unreviewed', pullNumber: source.pullNumber };
  const { marker } = source;
  // A comment without a fingerprint shows a plan that did not complete: nothing was approved.
  const verdict: ApprovalVerdict = marker.fingerprint
    ? compareWithApproved(plan, { fingerprint: marker.fingerprint, changes: marker.changes ?? null })
    : { kind: 'changed', differences: [], dropped: [] };
  const where = { pullNumber: source.pullNumber, commentUrl: source.comment.html_url, sha: marker.sha };
  log.info('');
  log.info(
    marker.fingerprint
      ? renderApprovalText(verdict, where)
      : `The last plan on pull request #${source.pullNumber} did not complete: there is no approved plan.`,
  );
  const markdown = marker.fingerprint
    ? renderApprovalMarkdown(verdict, where)
    : `#### ⛔ The last plan on pull request &#35;\u2060${source.pullNumber} did not complete: there is no approved plan\n`;
  if (markdown) await writeSummary(`\n${markdown}`);
  const problem = marker.fingerprint
    ? `the plan differs from the one approved on pull request #${source.pullNumber} (the account or the file changed after it was made)`
    : `the last plan on pull request #${source.pullNumber} did not complete, so no plan was approved`;
  return { kind: 'approval', verdict, problem, pullNumber: source.pullNumber, commentId: source.comment.id, commentBody: source.comment.body ?? '', github };
}

/**
 * The plan comment of the pull request this apply merged, for saying on it why the apply stopped
 * early. Best effort: undefined when there is none or GitHub cannot be read.
 */
export async function findPlanCommentQuietly(inputs: ActionInputs): Promise<PlanComment | undefined> {
  if (inputs.comment === 'false') return undefined;
  try {
    const github = await connectGitHub(inputs);
    if (!github) return undefined;
    const source = await findApprovedPlan(github.api, github.login, github.context, inputs.configPath);
    if (source.kind !== 'found') return undefined;
    return { pullNumber: source.pullNumber, commentId: source.comment.id, commentBody: source.comment.body ?? '', github };
  } catch (error) {
    log.debug(`finding the plan comment: ${describeGitHubError(error)}`);
    return undefined;
  }
}

/** Records on the approved plan's comment what this apply did with it. A failure is a warning. */
export async function setApplyStatus(inputs: ActionInputs, approval: PlanComment, status: ApplyStatus): Promise<void> {
  if (inputs.comment === 'false') return;
  try {
    const body = withApplyStatus(approval.commentBody, renderApplyStatus(status, runLinks(approval.github.context, approval.github.context.sha)));
    if (body === undefined) {
      log.warning(`The plan comment on pull request #${approval.pullNumber} was edited and has no status line; its status was not updated.`);
      return;
    }
    const updated = await approval.github.api.updateIssueComment(approval.commentId, redactBody(body));
    log.info(`Plan comment status updated: ${updated.html_url}`);
  } catch (error) {
    warnGitHub(error, `update the plan comment on pull request #${approval.pullNumber}`, 'pull-requests: write', {
      meanwhile: "The outcome is in this run's log and job summary.",
    });
  }
}

/** Opens, updates or closes the drift issue. A GitHub failure is a warning, never a crash. */
export async function syncDriftIssue(inputs: ActionInputs, plan: Plan, findings: DriftFinding[], omitted: number, delivery?: DeliveryReport): Promise<void> {
  try {
    const github = await connectGitHub(inputs);
    if (!github) {
      log.warning('drift-issue is true but there is no GitHub token or repository: no drift issue.');
      return;
    }
    const { context } = github;
    const rendered = { configPath: inputs.configPath, links: runLinks(context, context.sha) };
    const stale = delivery?.results.some((r) => r.status === 'stale') ?? false;
    const result = await syncIssue(github.api, {
      login: github.login,
      configPath: inputs.configPath,
      label: inputs.driftIssueLabel,
      // The issue stays open while the account drifts or logs stop arriving.
      drift:
        hasChanges(plan) || stale
          ? {
              title: redactText(driftIssueTitle(inputs.configPath, hasChanges(plan) ? 'drift' : 'delivery')),
              body: redactBody(renderDriftIssue(plan, findings, omitted, rendered, undefined, delivery)),
            }
          : undefined,
      resolvedComment: redactText(renderDriftResolved(rendered, delivery !== undefined)),
    });
    if (result.action !== 'none') log.info(`Drift issue ${result.action}: ${result.url}`);
    if (result.action !== 'none' && result.labelProblem !== undefined) {
      log.warning(
        `The drift issue #${result.number} had lost its label ${inputs.driftIssueLabel} and it could not be added back (${result.labelProblem}). It is still found by its marker.`,
      );
    }
  } catch (error) {
    warnGitHub(error, 'open, update or close the drift issue', 'issues: write', { meanwhile: "The drift is in this run's log and job summary." });
  }
}

/**
 * Fails an apply that stops before its first write, and says so on the approved plan's comment
 * when there is one: otherwise the comment would still read as if the apply were to come.
 */
export async function refuseApply(inputs: ActionInputs, failure: ActionFailure, why: string): Promise<never> {
  const comment = await findPlanCommentQuietly(inputs);
  if (comment) await setApplyStatus(inputs, comment, { kind: 'refused', why });
  throw failure;
}
