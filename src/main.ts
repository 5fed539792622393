import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import type { ApplyResult, ChangeOutcome } from './apply/apply.js';
import { mapWithConcurrency } from './apply/pool.js';
import { ConfigErrors, formatPath } from './config/errors.js';
import { loadConfig, missingEnv } from './config/load.js';
import type { DesiredState, LoadedConfig } from './config/types.js';
import { describeGitHubError, statusOf, type GitHubApi } from './github/api.js';
import { findApprovedPlan } from './github/approval.js';
import { upsertPlanComment } from './github/comments.js';
import { readEventContext, runLinks, type EventContext } from './github/context.js';
import { syncDriftIssue as syncIssue } from './github/drift-issue.js';
import type { LogsApi } from './linode/client.js';
import type { RetryBudget } from './linode/retry-policy.js';
import type { LiveState } from './linode/types.js';
import { getInputs, type ActionInputs } from './inputs.js';
import { EMPTY_LIVE_SETUP, failedChecks, planWithSetup, setupNeeds, writeScopes, type LiveSetup } from './plan/setup.js';
import { scopesGrant } from './linode/scopes.js';
import { checksSummary } from './render/checks.js';
import type { SetupApply } from './apply/apply.js';
import { explainLogsRefusal } from './setup/feature.js';
import { driftOrigin } from './plan/drift-origin.js';
import { approvedChanges, compareWithApproved, planFingerprint, type ApprovalVerdict } from './plan/fingerprint.js';
import type { Change, Plan } from './plan/types.js';
import { renderApprovalMarkdown, renderApprovalText } from './render/approval.js';
import { renderApplyStatus, renderPlanComment, withApplyStatus, type ApplyStatus, type PlanCommentOutcome } from './render/comment.js';
import { driftIssueTitle, renderDriftIssue, renderDriftOriginsMarkdown, renderDriftOriginsText, renderDriftResolved, type DriftFinding } from './render/drift.js';
import { escapeMarkdown } from './render/escape.js';
import { SUMMARY_LIMIT, utf8Bytes } from './render/fit.js';
import { planToJson } from './render/json.js';
import { renderPlanMarkdown, renderProblemMarkdown } from './render/markdown.js';
import { renderOutcomesMarkdown, renderOutcomeLine } from './render/outcomes.js';
import { structuralParts } from './render/marker.js';
import { renderPlanText } from './render/text.js';
import { actionable, hasChanges, summaryLine } from './render/values.js';
import { redact, referencedEnvNames, secretForms } from './secrets.js';

export type FailureReason = 'invalid-config' | 'invalid-input' | 'drift' | 'apply-failed' | 'missing-secrets' | 'api-error' | 'plan-changed' | 'checks-failed';

/** A failure with a reason for the `failure-reason` output. */
class ActionFailure extends Error {
  constructor(readonly reason: FailureReason, message: string) {
    super(message);
  }
}

/** Drifted resources whose `/history` is read (each is a rate-limited collection GET). */
const MAX_HISTORY_LOOKUPS = 10;

/** Every value registered with the masker: the final redaction pass of every body the runner does not mask. */
const registered: string[] = [];
/** Bytes written to the job summary by this step (the runner refuses more than 1 MiB). */
let summaryBytes = 0;

/** The action's entry point: the only place that sets outputs or fails the job. */
export async function run(): Promise<void> {
  let inputs: ActionInputs | undefined;
  try {
    inputs = getInputs();
    registerSecret(inputs.token);
    registerSecret(inputs.githubToken);
    const loaded = await loadAndMask(inputs.configPath);
    await runMode(inputs, loaded);
  } catch (error) {
    if (inputs) await reportFailure(inputs, error);
    fail(error);
  }
}

async function runMode(inputs: ActionInputs, loaded: LoadedConfig): Promise<void> {
  const { desired } = loaded;
  if (inputs.mode === 'validate' || (!inputs.token && inputs.mode === 'plan')) {
    const valid = `${inputs.configPath} is valid: ${desired.destinations.length} destination(s), ${desired.streams.length} stream(s).`;
    core.info(valid);
    core.setOutput('has-changes', 'false');
    if (inputs.mode === 'validate') {
      await writeSummary(`### Validate: ${escapeMarkdown(inputs.configPath)}\n\n✅ ${escapeMarkdown(valid)}\n`);
      return;
    }
    // Fork PRs get no secrets: still check the file, and say why there is no live plan.
    core.notice('No Linode token (input token is empty, as on pull requests from forks): validated the config offline; the live plan was skipped.');
    await writeSummary(`### Plan: ${escapeMarkdown(inputs.configPath)}\n\n⚠️ ${escapeMarkdown(valid)} The live plan was skipped: this run has no Linode token (pull requests from forks get no secrets).\n`);
    await commentOnPullRequest(inputs, { kind: 'offline', destinations: desired.destinations.length, streams: desired.streams.length });
    return;
  }
  if (!inputs.token) throw new ActionFailure('invalid-input', `Input token is required for mode ${inputs.mode}: pass a Linode API token with the monitor:read_write scope from a secret.`);

  if (inputs.mode === 'apply') {
    const missing = missingEnv(loaded);
    if (missing.length > 0) {
      await refuseApply(
        inputs,
        new ActionFailure('missing-secrets', `Cannot apply: these variables referenced by ${inputs.configPath} are unset or empty: ${missing.join(', ')}. Map them from secrets in the step's env. Nothing was changed.`),
        `the variables ${missing.join(', ')} that the file references were unset in the apply step (map them from secrets in its env)`,
      );
    }
  }

  const { createLinodeClient, fetchLiveState } = await import('./linode/http-client.js');
  const { RetryBudget } = await import('./linode/retry-policy.js');
  // One retry budget for the run, whatever the number of calls and clients.
  const retryBudget = new RetryBudget();
  const api = createLinodeClient({
    token: inputs.token,
    retryBudget,
    apiUrl: inputs.apiUrl,
    apiVersion: inputs.apiVersion,
    onRetry: (line) => core.info(line),
    debug: (line) => core.debug(line),
    onScopes: noteScopes,
    // A token that lacks a scope is told the level this run needs (apply: read_write).
    writes: inputs.mode === 'apply',
  });
  const session = await openSetup(inputs, desired, retryBudget);
  try {
    // The Logs resources and the setup around them are read at the same time.
    const [live, liveSetup] = await Promise.all([
      readLiveState(inputs, api, () => fetchLiveState(createLinodeClient({ token: inputs.token!, apiUrl: inputs.apiUrl, apiVersion: inputs.apiVersion === 'v4' ? 'v4beta' : 'v4', retryBudget }))),
      session.read(),
    ]);
    const plan = planWithSetup(desired, live, liveSetup, { rotateSecrets: inputs.rotateSecrets, verifyDestinations: inputs.verifyDestinations });
    const fingerprint = planFingerprint(plan);
    const title = inputs.mode === 'check' ? 'Drift check' : 'Plan';

    core.info(renderPlanText(plan, inputs.configPath));
    setPlanOutputs(plan, fingerprint);
    await writeSummary(renderPlanMarkdown(plan, { configPath: inputs.configPath, title }, { limit: summaryRoom(inputs.mode === 'apply' ? 128 * 1024 : 16 * 1024), measure: utf8Bytes }));
    const failed = failedChecks(plan);
    const checksProblem = failed.length > 0
      ? `Pre-flight checks failed (${checksSummary(plan.checks ?? [])}):\n${failed.map((c) => `  - ${c.subject}: ${c.check}: ${c.detail}`).join('\n')}`
      : undefined;

    switch (inputs.mode) {
      case 'plan':
        setIdOutputs(idsOf(live, loaded));
        await commentOnPullRequest(inputs, { kind: 'planned', plan, fingerprint, changes: approvedChanges(plan) });
        // The plan (with its checks table) stays on the comment; the step fails like a drift check.
        if (checksProblem) failChecks(checksProblem);
        return;
      case 'check':
        setIdOutputs(idsOf(live, loaded));
        await checkDrift(inputs, plan, desired, live, api);
        if (checksProblem) failChecks(checksProblem);
        return;
      case 'apply':
        if (checksProblem) {
          setIdOutputs(idsOf(live, loaded));
          await refuseApply(inputs, new ActionFailure('checks-failed', `Not applying: ${checksProblem}\nNothing was changed.`), `pre-flight checks failed (${checksSummary(plan.checks ?? [])}); the run's job summary lists them`);
        }
        await refuseWithoutScopes(inputs, plan);
        await applyApproved(inputs, loaded, plan, live, api, session.apply());
        return;
      default: {
        const unreachable: never = inputs.mode;
        return unreachable;
      }
    }
  } finally {
    session.close();
  }
}

/** The token's scopes, as the API's answers name them (X-OAuth-Scopes); undefined until one does. */
let tokenScopes: string[] | undefined;
function noteScopes(scopes: string[]): void {
  tokenScopes = scopes;
}

/** Before the first write: a token that may not make every change of the plan changes nothing. */
async function refuseWithoutScopes(inputs: ActionInputs, plan: Plan): Promise<void> {
  if (tokenScopes === undefined) return;
  const missing = writeScopes(plan).filter((scope) => !scopesGrant(tokenScopes!, scope));
  if (missing.length === 0) return;
  const scopes = `${missing.join(', ')} scope${missing.length === 1 ? '' : 's'}`;
  await refuseApply(
    inputs,
    new ActionFailure(
      'invalid-input',
      `Not applying: the Linode token lacks the ${missing.map((s) => `\`${s}\``).join(', ')} scope${missing.length === 1 ? '' : 's'} this plan needs ` +
        `(it has ${tokenScopes.length === 0 ? 'none' : tokenScopes.join(', ')}). Create a personal access token with ${missing.length === 1 ? 'it' : 'them'}. Nothing was changed.`,
    ),
    `the Linode token lacks the ${scopes} this plan needs`,
  );
}

/**
 * Fails an apply that stops before its first write, and says so on the approved plan's comment
 * when there is one: otherwise the comment would still read as if the apply were to come.
 */
async function refuseApply(inputs: ActionInputs, failure: ActionFailure, why: string): Promise<never> {
  const comment = await findPlanCommentQuietly(inputs);
  if (comment) await setApplyStatus(inputs, comment, { kind: 'refused', why });
  throw failure;
}

function failChecks(message: string): void {
  core.setOutput('failure-reason', 'checks-failed');
  core.setFailed(message);
}

/** The Logs resources; a 404/403 there is explained (no feature on the account, or the other API version). */
async function readLiveState(inputs: ActionInputs, api: LogsApi, probeOther: () => Promise<unknown>): Promise<LiveState> {
  const { fetchLiveState } = await import('./linode/http-client.js');
  try {
    return await fetchLiveState(api);
  } catch (error) {
    const explained = await explainLogsRefusal(error, inputs.apiVersion, probeOther);
    if (explained !== undefined) throw new ActionFailure('api-error', explained);
    throw error;
  }
}

interface SetupSession {
  read(): Promise<LiveSetup>;
  apply(): SetupApply | undefined;
  close(): void;
}

/**
 * The clients for the setup around the Logs resources, made only when the file uses it: the
 * account client (keys, LKE clusters, destination check) and S3 (loaded only for `buckets:`).
 * A new key's secret goes to the masker before the client returns it.
 */
async function openSetup(inputs: ActionInputs, desired: DesiredState, retryBudget: RetryBudget): Promise<SetupSession> {
  const needs = setupNeeds(desired);
  const needsAccount = needs.keys || needs.keyCleanup || needs.clusters || needs.clusterCheck || inputs.verifyDestinations;
  if (!needsAccount && !needs.buckets) return { read: async () => EMPTY_LIVE_SETUP, apply: () => undefined, close: () => undefined };
  const { createAccountClient } = await import('./linode/account-client.js');
  const account = createAccountClient({
    token: inputs.token!,
    apiUrl: inputs.apiUrl,
    apiVersion: inputs.apiVersion,
    retryBudget,
    onRetry: (line) => core.info(line),
    debug: (line) => core.debug(line),
    onScopes: noteScopes,
    writes: inputs.mode === 'apply',
    registerSecret,
  });
  const { readLiveSetup, bucketClientPool } = await import('./setup/read.js');
  const { createBucketClient } = await import('./s3/bucket-client.js');
  const pool = bucketClientPool(createBucketClient, inputs.s3Endpoint, (line) => core.debug(line));
  return {
    read: () => readLiveSetup(desired, { account: () => account, bucketClient: pool.get }, { writes: inputs.mode === 'apply', verifyDestinations: inputs.verifyDestinations }),
    apply: () => ({
      account,
      bucketClient: (bucket) => {
        const { accessKeyId, secretAccessKey } = bucket.credentials;
        // apply refuses earlier when a referenced variable is unset (missingEnv).
        return pool.get({ accessKeyId: accessKeyId.value ?? '', secretAccessKey: secretAccessKey.value ?? '' }, bucket.endpoint);
      },
      verifyDestinations: inputs.verifyDestinations,
    }),
    close: () => pool.close(),
  };
}

async function checkDrift(inputs: ActionInputs, plan: Plan, desired: DesiredState, live: LiveState, api: LogsApi): Promise<void> {
  const drifted = hasChanges(plan);
  let findings: DriftFinding[] = [];
  const omitted = Math.max(0, actionable(plan).length - MAX_HISTORY_LOOKUPS);
  if (drifted) {
    findings = await driftFindings(actionable(plan).slice(0, MAX_HISTORY_LOOKUPS), desired, live, api);
    core.info(['', 'Who changed it (from the API\'s history):', ...renderDriftOriginsText(findings)].join('\n'));
    await writeSummary(`\n${renderDriftOriginsMarkdown(findings, omitted)}`);
  }
  if (inputs.driftIssue) await syncDriftIssue(inputs, plan, findings, omitted);
  if (drifted) {
    core.setOutput('failure-reason', 'drift');
    const message = `Drift: the live account differs from ${inputs.configPath} (${summaryLine(plan)}).`;
    if (inputs.failOnDrift) core.setFailed(message);
    else core.warning(message);
  } else {
    core.info(`No drift: the live account matches ${inputs.configPath}.`);
  }
}

/** Who made each drifted resource differ, from its `/history`, a few at a time. */
async function driftFindings(changes: Array<Exclude<Change, { action: 'noop' }>>, desired: DesiredState, live: LiveState, api: LogsApi): Promise<DriftFinding[]> {
  return mapWithConcurrency(changes, 4, async (change): Promise<DriftFinding> => {
    if (change.action !== 'update' && change.action !== 'replace') return { change, origin: driftOrigin(change, desired, live, undefined) };
    // Buckets, keys and LKE clusters have no /history.
    if (change.kind !== 'destination' && change.kind !== 'stream') return { change, origin: { kind: 'unknown', why: `the API keeps no history of ${change.kind.replaceAll('_', ' ')}s` } };
    try {
      const history = change.kind === 'destination' ? await api.destinationHistory(change.id) : await api.streamHistory(change.id);
      return { change, origin: driftOrigin(change, desired, live, history) };
    } catch (error) {
      core.debug(`history of ${change.kind} ${change.id}: ${(error as Error).message}`);
      return { change, origin: { kind: 'unknown', why: 'its history could not be read' } };
    }
  });
}

/**
 * Applies the plan, but on the merge of a pull request only the plan that pull request's comment
 * approved (same fingerprint, or every change an approved one). Otherwise nothing is touched.
 */
async function applyApproved(inputs: ActionInputs, loaded: LoadedConfig, plan: Plan, live: LiveState, api: LogsApi, setup: SetupApply | undefined): Promise<void> {
  const found = await checkApproval(inputs, plan);
  if (found?.kind === 'unreviewed') await refuseUnreviewed(inputs, loaded, plan, live, found.pullNumber);
  const approval = found?.kind === 'approval' ? found : undefined;
  if (approval?.verdict.kind === 'changed' && inputs.onPlanChanged === 'fail') {
    setIdOutputs(idsOf(live, loaded));
    await setApplyStatus(inputs, approval, { kind: 'plan-changed' });
    throw new ActionFailure('plan-changed', `Not applying: ${approval.problem}. Nothing was changed. Review a new plan (open a pull request, or re-run the plan), or set on-plan-changed: apply.`);
  }
  if (approval?.verdict.kind === 'changed') core.warning(`Applying anyway (on-plan-changed: apply): ${approval.problem}.`);

  if (!hasChanges(plan)) {
    setIdOutputs(idsOf(live, loaded));
    core.info('Nothing to apply.');
    if (approval) await setApplyStatus(inputs, approval, { kind: 'applied', applied: 0, alreadyDone: approval.verdict.kind === 'subset' ? approval.verdict.alreadyDone.length : 0 });
    return;
  }
  const { applyPlan } = await import('./apply/apply.js');
  core.info('');
  core.info('Applying:');
  const result = await applyPlan(plan, live, api, {
    concurrency: inputs.concurrency,
    waitTimeoutMs: inputs.waitTimeoutMs,
    onWait: (line) => core.info(`  … ${line}`),
    // An API error may echo what it was sent: the line is redacted like a body, not only masked.
    onOutcome: (outcome) => core.info(redact(renderOutcomeLine(outcome), registered)),
    locate: (change, field) => locateField(loaded, change, field),
    ...(setup ? { setup } : {}),
  }, loaded.desired.streamQuota);
  setIdOutputs(filterManaged(result, loaded));
  await writeSummary(renderOutcomesMarkdown(result.outcomes, { limit: summaryRoom(1024), measure: utf8Bytes }));
  const failed = result.outcomes.filter((o) => o.status !== 'applied');
  if (approval) {
    const applied = result.outcomes.length - failed.length;
    const status: ApplyStatus = approval.verdict.kind === 'changed'
      ? { kind: 'applied-changed-plan', applied, failed: failed.length }
      : failed.length > 0
        ? { kind: 'apply-failed', failed: failed.length, total: result.outcomes.length }
        : { kind: 'applied', applied, alreadyDone: approval.verdict.kind === 'subset' ? approval.verdict.alreadyDone.length : 0 };
    await setApplyStatus(inputs, approval, status);
  }
  if (failed.length > 0) {
    throw new ActionFailure('apply-failed', `Apply finished with ${failed.length} of ${result.outcomes.length} change(s) not applied:\n${failed.map(describeOutcome).join('\n')}\nRe-running converges: applied changes will show as unchanged.`);
  }
  core.info(`Applied ${result.outcomes.length} change(s).`);
}

// ---- GitHub: the pull request comment, the approved plan, the drift issue ----

interface GitHubSession {
  context: EventContext;
  api: GitHubApi;
  login: string;
}

/** Connects to GitHub when this run has a token and a repository. Loads the client only now. */
async function connectGitHub(inputs: ActionInputs, context: EventContext): Promise<GitHubSession | undefined> {
  if (!inputs.githubToken || !context.repository) {
    core.debug(`GitHub: ${!inputs.githubToken ? 'input github-token is empty' : 'GITHUB_REPOSITORY is not set'}; skipping`);
    return undefined;
  }
  const { createGitHubApi } = await import('./github/client.js');
  const api = createGitHubApi({ token: inputs.githubToken, ...context.repository, log: (line) => core.info(line), debug: (line) => core.debug(line) });
  return { context, api, login: await api.viewerLogin() };
}

/**
 * Creates or updates the plan comment on the pull request of this run. A GitHub failure never
 * fails the plan: it is a warning naming the permission to add (or a notice on a fork's
 * read-only token), and the plan stays in the job summary.
 */
async function commentOnPullRequest(inputs: ActionInputs, outcome: PlanCommentOutcome): Promise<void> {
  if (inputs.comment === 'false') return;
  const context = readEventContext(process.env);
  const pr = context.pullRequest;
  if (!pr) {
    core.debug(`No pull request comment: the event is ${context.eventName || 'not a GitHub event'}.`);
    return;
  }
  try {
    const github = await connectGitHub(inputs, context);
    if (!github) return;
    const body = redactBody(renderPlanComment(outcome, { configPath: inputs.configPath, links: runLinks(context, pr.headSha) }));
    const create = inputs.comment === 'true' || outcome.kind !== 'planned' || hasChanges(outcome.plan);
    const result = await upsertPlanComment(github.api, { issueNumber: pr.number, login: github.login, configPath: inputs.configPath, body, create });
    if (result.action === 'skipped') core.info(`Plan comment: none created on pull request #${pr.number} (comment: changes-only, and there are no changes).`);
    else core.info(`Plan comment ${result.action}: ${result.url}`);
  } catch (error) {
    warnGitHub(error, `comment on pull request #${pr.number}`, 'pull-requests: write', { fromFork: pr.fromFork });
  }
}

/** A GitHub failure as a warning naming the permission to add; on a fork's read-only token, a notice. */
function warnGitHub(error: unknown, doing: string, permission: string, options: { fromFork?: boolean; meanwhile?: string } = {}): void {
  const status = statusOf(error);
  const what = describeGitHubError(error);
  const meanwhile = options.meanwhile ?? 'The plan is in this run\'s job summary.';
  if ((status === 403 || status === 404) && options.fromFork) {
    core.notice(`Could not ${doing} (${what}): pull requests from forks get a read-only token. ${meanwhile}`);
  } else if (status === 403 || status === 404) {
    core.warning(`Could not ${doing} (${what}): the workflow's token lacks the permission. Add "${permission}" to the job's permissions. ${meanwhile}`);
  } else {
    core.warning(`Could not ${doing} (${what}). ${meanwhile}`);
  }
}

/** The plan comment of the pull request this apply merged. */
interface PlanComment {
  pullNumber: number;
  commentId: number;
  commentBody: string;
  github: GitHubSession;
}

interface Approval extends PlanComment {
  kind: 'approval';
  verdict: ApprovalVerdict;
  /** Why the plan is not the approved one, for the failure message. */
  problem: string;
}

/** The merged pull request has no plan comment for this config: no plan was reviewed. */
interface Unreviewed {
  kind: 'unreviewed';
  pullNumber: number;
}

/**
 * A merged pull request with no plan comment for this config (the plan workflow ran with
 * `comment: false`, without permission to comment, or not at all) had no plan reviewed. Like
 * dflook/terraform-apply: a plan with changes is not applied unless on-plan-changed is apply;
 * a plan with no changes has nothing to review.
 */
async function refuseUnreviewed(inputs: ActionInputs, loaded: LoadedConfig, plan: Plan, live: LiveState, pullNumber: number): Promise<void> {
  const what = `Pull request #${pullNumber} has no plan comment for ${inputs.configPath}`;
  if (!hasChanges(plan)) {
    core.info(`${what}, and the plan has no changes: nothing to review.`);
    return;
  }
  if (inputs.onPlanChanged === 'apply') {
    core.warning(`Applying a plan nobody reviewed (on-plan-changed: apply): ${what}.`);
    return;
  }
  setIdOutputs(idsOf(live, loaded));
  const cause = 'was its plan workflow run with comment: false, without permission to comment, or not at all?';
  const next = 'Re-run the pull request\'s plan workflow (it posts the plan comment), then re-run this apply; or set on-plan-changed: apply to apply unreviewed plans.';
  core.info('');
  core.info(`${what} (${cause}): no plan was reviewed.`);
  await writeSummary(`\n#### ⛔ No plan was reviewed: pull request ${escapeMarkdown(`#${pullNumber}`)} has no plan comment for <code>${escapeMarkdown(inputs.configPath)}</code>\n\nNothing was changed. ${escapeMarkdown(next)}\n`);
  throw new ActionFailure('plan-changed', `Not applying: ${what}, so no plan was reviewed (${cause}). Nothing was changed. ${next}`);
}

/**
 * Finds the plan approved for this apply and compares it with the plan now. Undefined when there
 * is none to compare with (a direct push, another event, no GitHub token); `unreviewed` when the
 * merged pull request has no plan comment for the config. If the approved plan cannot be read,
 * the apply does not go ahead unless on-plan-changed is apply.
 */
async function checkApproval(inputs: ActionInputs, plan: Plan): Promise<Approval | Unreviewed | undefined> {
  const context = readEventContext(process.env);
  let github: GitHubSession | undefined;
  let source;
  try {
    github = await connectGitHub(inputs, context);
    if (!github) {
      core.info('Approved-plan check skipped: no GitHub token or repository in this run.');
      return undefined;
    }
    source = await findApprovedPlan(github.api, github.login, context, inputs.configPath);
  } catch (error) {
    const message = `Could not read the approved plan from GitHub (${describeGitHubError(error)}). The apply workflow needs "pull-requests: read" (write, to update the plan comment's status).`;
    if (inputs.onPlanChanged === 'apply') {
      core.warning(`${message} Applying without the check (on-plan-changed: apply).`);
      return undefined;
    }
    throw new ActionFailure('api-error', `${message} Nothing was changed.`);
  }
  if (source.kind === 'no-pull-request') {
    core.info(`No approved plan to compare with: ${source.why}. Applying the plan made now.`);
    return undefined;
  }
  if (source.kind === 'no-comment') return { kind: 'unreviewed', pullNumber: source.pullNumber };
  const { marker } = source;
  // A comment without a fingerprint shows a plan that did not complete: nothing was approved.
  const verdict: ApprovalVerdict = marker.fingerprint
    ? compareWithApproved(plan, { fingerprint: marker.fingerprint, changes: marker.changes ?? null })
    : { kind: 'changed', differences: [], dropped: [] };
  const where = { pullNumber: source.pullNumber, commentUrl: source.comment.html_url, sha: marker.sha };
  core.info('');
  core.info(marker.fingerprint ? renderApprovalText(verdict, where) : `The last plan on pull request #${source.pullNumber} did not complete: there is no approved plan.`);
  const markdown = marker.fingerprint ? renderApprovalMarkdown(verdict, where) : `#### ⛔ The last plan on pull request &#35;\u2060${source.pullNumber} did not complete: there is no approved plan\n`;
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
async function findPlanCommentQuietly(inputs: ActionInputs): Promise<PlanComment | undefined> {
  if (inputs.comment === 'false') return undefined;
  try {
    const github = await connectGitHub(inputs, readEventContext(process.env));
    if (!github) return undefined;
    const source = await findApprovedPlan(github.api, github.login, github.context, inputs.configPath);
    if (source.kind !== 'found') return undefined;
    return { pullNumber: source.pullNumber, commentId: source.comment.id, commentBody: source.comment.body ?? '', github };
  } catch (error) {
    core.debug(`finding the plan comment: ${describeGitHubError(error)}`);
    return undefined;
  }
}

/** Records on the approved plan's comment what this apply did with it. A failure is a warning. */
async function setApplyStatus(inputs: ActionInputs, approval: PlanComment, status: ApplyStatus): Promise<void> {
  if (inputs.comment === 'false') return;
  try {
    const body = withApplyStatus(approval.commentBody, renderApplyStatus(status, runLinks(approval.github.context, approval.github.context.sha)));
    if (body === undefined) {
      core.warning(`The plan comment on pull request #${approval.pullNumber} was edited and has no status line; its status was not updated.`);
      return;
    }
    const updated = await approval.github.api.updateIssueComment(approval.commentId, redactBody(body));
    core.info(`Plan comment status updated: ${updated.html_url}`);
  } catch (error) {
    warnGitHub(error, `update the plan comment on pull request #${approval.pullNumber}`, 'pull-requests: write', { meanwhile: 'The outcome is in this run\'s log and job summary.' });
  }
}

/** Opens, updates or closes the drift issue. A GitHub failure is a warning, never a crash. */
async function syncDriftIssue(inputs: ActionInputs, plan: Plan, findings: DriftFinding[], omitted: number): Promise<void> {
  const context = readEventContext(process.env);
  try {
    const github = await connectGitHub(inputs, context);
    if (!github) {
      core.warning('drift-issue is true but there is no GitHub token or repository: no drift issue.');
      return;
    }
    const rendered = { configPath: inputs.configPath, links: runLinks(context, context.sha) };
    const result = await syncIssue(github.api, {
      login: github.login,
      configPath: inputs.configPath,
      label: inputs.driftIssueLabel,
      drift: hasChanges(plan)
        ? { title: redact(driftIssueTitle(inputs.configPath), registered), body: redactBody(renderDriftIssue(plan, findings, omitted, rendered)) }
        : undefined,
      resolvedComment: redact(renderDriftResolved(rendered), registered),
    });
    if (result.action !== 'none') core.info(`Drift issue ${result.action}: ${result.url}`);
    if (result.action !== 'none' && result.labelProblem !== undefined) {
      core.warning(`The drift issue #${result.number} had lost its label ${inputs.driftIssueLabel} and it could not be added back (${result.labelProblem}). It is still found by its marker.`);
    }
  } catch (error) {
    warnGitHub(error, 'open, update or close the drift issue', 'issues: write', { meanwhile: 'The drift is in this run\'s log and job summary.' });
  }
}

// ---- failures ----

/** The job summary of a failed run, and on a pull request the plan comment saying so. Best effort. */
async function reportFailure(inputs: ActionInputs, error: unknown): Promise<void> {
  try {
    if (error instanceof ActionFailure && error.reason === 'plan-changed') return; // already reported
    const lines = error instanceof ConfigErrors ? error.errors.map((e) => e.toString()) : [error instanceof Error ? error.message : String(error)];
    const title = error instanceof ConfigErrors ? 'Invalid config' : `${inputs.mode[0]!.toUpperCase()}${inputs.mode.slice(1)} failed`;
    await writeSummary(renderProblemMarkdown(title, inputs.configPath, lines, summaryRoom(1024)));
    if (inputs.mode !== 'plan') return;
    const outcome: PlanCommentOutcome = error instanceof ConfigErrors
      ? { kind: 'invalid-config', errors: error.errors.map((e) => ({ where: e.line > 0 ? `${e.file}:${e.line}:${e.col}` : e.file, message: formatPath(e.path) ? `${formatPath(e.path)}: ${e.message}` : e.message })) }
      : { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    await commentOnPullRequest(inputs, outcome);
  } catch (reportError) {
    core.debug(`reporting the failure: ${(reportError as Error).message}`);
  }
}

function fail(error: unknown): void {
  if (error instanceof ConfigErrors) {
    for (const e of error.errors) {
      const where = formatPath(e.path);
      core.error(where ? `${where}: ${e.message}` : e.message, { file: e.file, startLine: e.line, startColumn: e.col, title: 'Invalid Linode logs config' });
    }
    core.setOutput('failure-reason', 'invalid-config');
    core.setFailed(error.message);
    return;
  }
  const reason: FailureReason = error instanceof ActionFailure ? error.reason : error instanceof Error && error.name === 'InputError' ? 'invalid-input' : 'api-error';
  core.setOutput('failure-reason', reason);
  core.setFailed(redact(error instanceof Error ? error.message : String(error), registered));
}

// ---- config, secrets, summary, outputs ----

/**
 * Registers every value the file references as a secret before anything else is logged, then
 * parses. Masking comes first so that no later line (even an error) can reveal a value.
 */
async function loadAndMask(configPath: string): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(configPath, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : (error as Error).message;
    throw new ActionFailure('invalid-config', `Config file ${configPath}: ${reason}. Set the input config to the path of your config file (default .github/linode-logs.yml).`);
  }
  for (const name of referencedEnvNames(text)) registerSecret(process.env[name]);
  return loadConfig(text, configPath, process.env);
}

function registerSecret(value: string | undefined): void {
  if (!value) return;
  registered.push(value);
  for (const form of secretForms(value)) core.setSecret(form);
}

/**
 * The final redaction pass over a comment or issue body. Its marker and status delimiters (built
 * from secret-free plan data) are kept intact, so the comment is still found and read back.
 */
function redactBody(body: string): string {
  return redact(body, registered, structuralParts(body));
}

/** Room left in the job summary, keeping `reserve` bytes for what comes after. */
function summaryRoom(reserve: number): number {
  return Math.max(4096, SUMMARY_LIMIT - summaryBytes - reserve);
}

/** Appends to the job summary, after the final redaction pass (the summary is not the log). */
async function writeSummary(markdown: string): Promise<void> {
  const text = redact(markdown, registered);
  summaryBytes += utf8Bytes(text);
  await core.summary.addRaw(text).write();
}

function setPlanOutputs(plan: Plan, fingerprint: string): void {
  core.setOutput('has-changes', String(hasChanges(plan)));
  core.setOutput('summary', summaryLine(plan));
  core.setOutput('plan', JSON.stringify(planToJson(plan)));
  core.setOutput('fingerprint', fingerprint);
}

interface Ids {
  destinationIds: Record<string, number>;
  streamIds: Record<string, number>;
}

function setIdOutputs(ids: Ids): void {
  core.setOutput('destination-ids', JSON.stringify(ids.destinationIds));
  core.setOutput('stream-ids', JSON.stringify(ids.streamIds));
}

/** label → id of the live resources the file names. */
function idsOf(live: LiveState, loaded: LoadedConfig): Ids {
  return filterManaged({
    destinationIds: Object.fromEntries(live.destinations.map((d) => [d.label, d.id])),
    streamIds: Object.fromEntries(live.streams.map((s) => [s.label, s.id])),
  }, loaded);
}

function filterManaged(ids: Ids, loaded: LoadedConfig): Ids {
  const pick = (all: Record<string, number>, labels: string[]) =>
    Object.fromEntries(labels.filter((l) => all[l] !== undefined).map((l) => [l, all[l]!]));
  return {
    destinationIds: pick(ids.destinationIds, loaded.desired.destinations.map((d) => d.label)),
    streamIds: pick(ids.streamIds, loaded.desired.streams.map((s) => s.label)),
  };
}

/** Where an API error's field (`details.host`) is in the config, as `file:line:col`. */
function locateField(loaded: LoadedConfig, change: Change, field: string | undefined): string | undefined {
  const sections: Partial<Record<Change['kind'], string>> = { destination: 'destinations', stream: 'streams', bucket: 'buckets' };
  const section = sections[change.kind];
  if (section === undefined) return undefined;
  const fieldPath = (field ?? '').split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  for (let depth = fieldPath.length; depth >= 0; depth--) {
    const position = loaded.source.locate([section, change.label, ...fieldPath.slice(0, depth)]);
    if (position) return `${loaded.source.file}:${position.line}:${position.col}`;
  }
  return undefined;
}

function describeOutcome(outcome: ChangeOutcome): string {
  return `  - ${outcome.change.action} ${outcome.change.kind} "${outcome.change.label}": ${outcome.status}${outcome.message ? `: ${outcome.message}` : ''}`;
}

export type { ApplyResult };
