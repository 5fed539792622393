import { missingEnv } from './config/env-refs.js';
import { ConfigErrors, formatPath } from './config/errors.js';
import { readConfigText as readConfigFileText } from './config/read-text.js';
import type { LoadedConfig } from './config/types.js';
import { isPullRequestEvent } from './github/context.js';
import type { CommentTarget } from './github/session.js';
import { getInputs, type ActionInputs, type LiveInputs } from './inputs.js';
import { prefetchFromText } from './plan/setup-needs.js';
import type { Account } from './read-account.js';
import { escapeMarkdown } from './render/escape.js';
import { count } from './render/words.js';
import { ActionFailure, log, maskedEnv, registerSecret, setFailed, setOutput, writeSummary, type FailureReason } from './reporting.js';

/**
 * The action's entry point: inputs, then the config file (every secret it references masked
 * first), then the mode. A mode that reads the account starts each read as soon as it can (the
 * Logs collections before the file is even parsed) and loads the code that plans, renders and
 * talks to GitHub while the reads are in flight: this start-up is paid on every push (see
 * `npm run bench`).
 */
export async function run(): Promise<void> {
  let inputs: ActionInputs | undefined;
  let account: Account | undefined;
  let comment: Promise<CommentTarget | undefined> | undefined;
  try {
    inputs = getInputs();
    registerSecret(inputs.token);
    registerSecret(inputs.githubToken);
    const text = readConfigText(inputs.configPath);
    // A plan on a pull request comments whatever comes of it (an invalid file too): what the
    // comment needs from GitHub is read now, with the account.
    let commentSent: Promise<void> | undefined;
    if (inputs.mode === 'plan' && inputs.comment !== 'false' && isPullRequestEvent(process.env)) {
      const prepared = (await import('./github/session.js')).prepareComment(inputs);
      comment = prepared.target;
      comment.catch(() => undefined); // awaited, and reported, where the comment is posted
      commentSent = prepared.sent;
    }
    const live = liveInputs(inputs);
    // Destinations and streams are read whatever the file says, with the listings its text says
    // it needs: they go out before the file is parsed, and an invalid file aborts them (a read
    // changes nothing; nothing is written before the file is valid).
    if (live) account = await (await import('./read-account.js')).openAccount(live, prefetchFromText(text));
    // GitHub's reads leave Octokit's queues a few turns of the event loop later (bounded wait).
    if (commentSent) await Promise.race([commentSent, new Promise((resolve) => setTimeout(resolve, 100).unref())]);
    await nextTurn();
    const { loadConfig } = await import('./config/load.js');
    const loaded = await loadConfig(text, inputs.configPath, maskedEnv(process.env));
    if (live && account) await runAgainstAccount(live, loaded, account, comment);
    else if (inputs.mode === 'validate' || inputs.mode === 'plan') await runOffline(inputs, loaded, comment);
    else throw new ActionFailure('invalid-input', `Input token is required for mode ${inputs.mode}: pass a Linode API token with the monitor:read_write scope from a secret.`);
  } catch (error) {
    account?.abort();
    if (inputs) {
      const { reportFailure } = await import('./report-failure.js');
      await reportFailure(inputs, error, comment);
    }
    fail(error);
  }
}

/** The inputs of a mode that reads the account; undefined for validate and without a token. */
function liveInputs(inputs: ActionInputs): LiveInputs | undefined {
  return inputs.mode !== 'validate' && inputs.token ? { ...inputs, mode: inputs.mode, token: inputs.token } : undefined;
}

/** `validate`, and `plan` without a token (pull requests from forks get no secrets): the file alone. */
async function runOffline(inputs: ActionInputs, loaded: LoadedConfig, comment: Promise<CommentTarget | undefined> | undefined): Promise<void> {
  const { desired } = loaded;
  const valid = `${inputs.configPath} is valid: ${count(desired.destinations.length, 'destination')}, ${count(desired.streams.length, 'stream')}.`;
  log.info(valid);
  setOutput('has-changes', 'false');
  if (inputs.mode === 'validate') {
    await writeSummary(`### Validate: ${escapeMarkdown(inputs.configPath)}\n\n✅ ${escapeMarkdown(valid)}\n`);
    return;
  }
  // Fork PRs get no secrets: still check the file, and say why there is no live plan.
  log.notice('No Linode token (input token is empty, as on pull requests from forks): validated the config offline; the live plan was skipped.');
  await writeSummary(`### Plan: ${escapeMarkdown(inputs.configPath)}\n\n⚠️ ${escapeMarkdown(valid)} The live plan was skipped: this run has no Linode token (pull requests from forks get no secrets).\n`);
  const { commentOnPullRequest } = await import('./pull-request.js');
  await commentOnPullRequest(inputs, { kind: 'offline', destinations: desired.destinations.length, streams: desired.streams.length }, comment);
}

/** plan, check and apply: the rest of the reads, then the code that uses them, loaded meanwhile. */
async function runAgainstAccount(inputs: LiveInputs, loaded: LoadedConfig, account: Account, comment: Promise<CommentTarget | undefined> | undefined): Promise<void> {
  if (inputs.mode === 'apply') {
    const missing = missingEnv(loaded);
    if (missing.length > 0) {
      const { refuseApply } = await import('./pull-request.js');
      await refuseApply(
        inputs,
        new ActionFailure('missing-secrets', `Cannot apply: these variables referenced by ${inputs.configPath} are unset or empty: ${missing.join(', ')}. Map them from secrets in the step's env. Nothing was changed.`),
        `the variables ${missing.join(', ')} that the file references were unset in the apply step (map them from secrets in its env)`,
      );
    }
  }
  const { readAccount } = await import('./read-account.js');
  const reads = await readAccount(account, inputs, loaded.desired);
  await nextTurn();
  const live = await import('./live.js');
  await live.runLive(inputs, loaded, reads, comment);
}

/**
 * Lets requests just started connect and be written before the next module loads (loading is
 * synchronous and would hold them back): a connection completes in the event loop's poll phase,
 * which comes after this turn's check phase, so two turns.
 */
async function nextTurn(): Promise<void> {
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
}

function fail(error: unknown): void {
  if (error instanceof ConfigErrors) {
    for (const e of error.errors) {
      const where = formatPath(e.path);
      const at = e.line > 0 ? { startLine: e.line, startColumn: e.col } : {};
      log.error(where ? `${where}: ${e.message}` : e.message, { file: e.file, ...at, title: 'Invalid Linode logs config' });
    }
    setOutput('failure-reason', 'invalid-config');
    setFailed(error.message);
    return;
  }
  const reason: FailureReason = error instanceof ActionFailure ? error.reason : error instanceof Error && error.name === 'InputError' ? 'invalid-input' : 'api-error';
  setOutput('failure-reason', reason);
  setFailed(error instanceof Error ? error.message : String(error));
}

/**
 * The config file's text; its references are registered as secrets as they resolve (maskedEnv). A
 * file outside the workspace, not a regular file, too large or binary is refused here, before any
 * request (read-text.ts).
 */
function readConfigText(configPath: string): string {
  const text = readConfigFileText(configPath, process.env.GITHUB_WORKSPACE || process.cwd());
  return text;
}
