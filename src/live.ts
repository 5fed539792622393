/**
 * The modes that read the account — plan, check and apply — from the moment the reads are in
 * flight: the plan (a pure diff), its log, outputs and summary, then what the mode does with it.
 * Loaded while the account is being read.
 */
import type { ChangeOutcome, SetupApply } from './apply/apply.js';
import { mapWithConcurrency } from './apply/pool.js';
import type { DesiredState, LoadedConfig } from './config/types.js';
import type { CommentTarget } from './github/session.js';
import type { ActionInputs, LiveInputs } from './inputs.js';
import type { LogsApi } from './linode/logs-client.js';
import { scopesGrant } from './linode/scopes.js';
import type { LiveState } from './linode/types.js';
import { failedChecks } from './plan/checks.js';
import { driftOrigin } from './plan/drift-origin.js';
import { approvedChanges, planFingerprint } from './plan/fingerprint.js';
import { mayLeaveKeys } from './plan/keys.js';
import { planWithSetup, writeScopes } from './plan/setup.js';
import type { Change, Plan } from './plan/types.js';
import { checkApproval, commentOnPullRequest, refuseApply, setApplyStatus, syncDriftIssue } from './pull-request.js';
import type { AccountReads } from './read-account.js';
import { checksSummary } from './render/checks.js';
import type { ApplyStatus } from './render/comment.js';
import { renderDriftOriginsMarkdown, renderDriftOriginsText, type DriftFinding } from './render/drift.js';
import { escapeMarkdown } from './render/escape.js';
import { utf8Bytes } from './render/fit.js';
import { planToJson } from './render/json.js';
import { renderPlanMarkdown } from './render/markdown.js';
import { renderOutcomeLine, renderOutcomesMarkdown } from './render/outcomes.js';
import { renderPlanText } from './render/text.js';
import { actionable, hasChanges, summaryLine } from './render/values.js';
import { count } from './render/words.js';
import { ActionFailure, log, redactText, setFailed, setOutput, summaryRoom, writeSummary } from './reporting.js';

/** Drifted resources whose `/history` is read (each is a rate-limited collection GET). */
const MAX_HISTORY_LOOKUPS = 10;

/**
 * Plans from the account as read, shows the plan (log, outputs, summary), then: `plan` comments
 * on the pull request (`prepared`: what the comment needs, fetched during the reads), `check`
 * reports drift, `apply` applies what was approved.
 */
export async function runLive(inputs: LiveInputs, loaded: LoadedConfig, reads: AccountReads, prepared?: Promise<CommentTarget | undefined>): Promise<void> {
  const { desired } = loaded;
  const { api } = reads.account;
  try {
    const { live, plan } = await planFromReads(inputs, desired, reads);
    const fingerprint = planFingerprint(plan);
    const title = inputs.mode === 'check' ? 'Drift check' : 'Plan';

    log.info(renderPlanText(plan, inputs.configPath));
    setPlanOutputs(plan, fingerprint);
    await writeSummary(renderPlanMarkdown(plan, { configPath: inputs.configPath, title }, { limit: summaryRoom(inputs.mode === 'apply' ? 128 * 1024 : 16 * 1024), measure: utf8Bytes }));
    const failed = failedChecks(plan);
    const checksProblem = failed.length > 0
      ? `Pre-flight checks failed (${checksSummary(plan.checks ?? [])}):\n${failed.map((c) => `  - ${c.subject}: ${c.check}: ${c.detail}`).join('\n')}`
      : undefined;

    switch (inputs.mode) {
      case 'plan':
        setIdOutputs(idsOf(live, loaded));
        await commentOnPullRequest(inputs, { kind: 'planned', plan, fingerprint, changes: approvedChanges(plan) }, prepared);
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
        await refuseWithoutScopes(inputs, plan, reads.account.tokenScopes());
        await applyApproved(inputs, loaded, plan, live, api, usesSetupClients(inputs, plan) ? await reads.setupApply() : undefined);
        return;
      default: {
        const unreachable: never = inputs.mode;
        return unreachable;
      }
    }
  } finally {
    reads.close();
  }
}

/**
 * The plan from what was read. A plan that makes a live destination stop writing with its key may
 * leave a managed key behind: then the keys are read (unless they were) and the plan made again
 * with them, so it deletes that key too. A plan with nothing to change never lists the keys.
 */
async function planFromReads(inputs: LiveInputs, desired: DesiredState, reads: AccountReads): Promise<{ live: LiveState; plan: Plan }> {
  const { live, setup } = await reads.state;
  const options = { rotateSecrets: inputs.rotateSecrets, verifyDestinations: inputs.verifyDestinations };
  const plan = planWithSetup(desired, live, setup, options);
  if (setup.keys !== undefined || setup.keysUnread !== undefined || !mayLeaveKeys(plan, live)) return { live, plan };
  return { live, plan: planWithSetup(desired, live, { ...setup, ...(await reads.readKeysForCleanup()) }, options) };
}

/** Whether apply needs the setup clients: the plan changes buckets, keys or LKE clusters, or destinations are checked first. */
function usesSetupClients(inputs: LiveInputs, plan: Plan): boolean {
  return inputs.verifyDestinations || plan.changes.some((c) => c.action !== 'noop' && (c.kind === 'bucket' || c.kind === 'object_storage_key' || c.kind === 'lke_cluster'));
}

/** Before the first write: a token that may not make every change of the plan changes nothing. */
async function refuseWithoutScopes(inputs: ActionInputs, plan: Plan, tokenScopes: string[] | undefined): Promise<void> {
  if (tokenScopes === undefined) return;
  const missing = writeScopes(plan).filter((scope) => !scopesGrant(tokenScopes, scope));
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

function failChecks(message: string): void {
  setOutput('failure-reason', 'checks-failed');
  setFailed(message);
}

async function checkDrift(inputs: ActionInputs, plan: Plan, desired: DesiredState, live: LiveState, api: LogsApi): Promise<void> {
  const drifted = hasChanges(plan);
  let findings: DriftFinding[] = [];
  const omitted = Math.max(0, actionable(plan).length - MAX_HISTORY_LOOKUPS);
  if (drifted) {
    findings = await driftFindings(actionable(plan).slice(0, MAX_HISTORY_LOOKUPS), desired, live, api);
    log.info(['', 'Who changed it (from the API\'s history):', ...renderDriftOriginsText(findings)].join('\n'));
    await writeSummary(`\n${renderDriftOriginsMarkdown(findings, omitted)}`);
  }
  if (inputs.driftIssue) await syncDriftIssue(inputs, plan, findings, omitted);
  if (drifted) {
    setOutput('failure-reason', 'drift');
    const message = `Drift: the live account differs from ${inputs.configPath} (${summaryLine(plan)}).`;
    if (inputs.failOnDrift) setFailed(message);
    else log.warning(message);
  } else {
    log.info(`No drift: the live account matches ${inputs.configPath}.`);
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
      log.debug(`history of ${change.kind} ${change.id}: ${(error as Error).message}`);
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
  if (approval?.verdict.kind === 'changed') log.warning(`Applying anyway (on-plan-changed: apply): ${approval.problem}.`);

  if (!hasChanges(plan)) {
    setIdOutputs(idsOf(live, loaded));
    log.info('Nothing to apply.');
    if (approval) await setApplyStatus(inputs, approval, { kind: 'applied', applied: 0, alreadyDone: approval.verdict.kind === 'subset' ? approval.verdict.alreadyDone.length : 0 });
    return;
  }
  const { applyPlan } = await import('./apply/apply.js');
  log.info('');
  log.info('Applying:');
  const result = await applyPlan(plan, live, api, {
    concurrency: inputs.concurrency,
    waitTimeoutMs: inputs.waitTimeoutMs,
    onWait: (line) => log.info(`  … ${line}`),
    // An API error may echo what it was sent: the line is redacted like a body, not only masked.
    onOutcome: (outcome) => log.info(renderOutcomeLine(outcome)),
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
    throw new ActionFailure('apply-failed', `Apply finished with ${failed.length} of ${count(result.outcomes.length, 'change')} not applied:\n${failed.map(describeOutcome).join('\n')}\nRe-running converges: applied changes will show as unchanged.`);
  }
  log.info(`Applied ${count(result.outcomes.length, 'change')}.`);
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
    log.info(`${what}, and the plan has no changes: nothing to review.`);
    return;
  }
  if (inputs.onPlanChanged === 'apply') {
    log.warning(`Applying a plan nobody reviewed (on-plan-changed: apply): ${what}.`);
    return;
  }
  setIdOutputs(idsOf(live, loaded));
  const cause = 'was its plan workflow run with comment: false, without permission to comment, or not at all?';
  const next = 'Re-run the pull request\'s plan workflow (it posts the plan comment), then re-run this apply; or set on-plan-changed: apply to apply unreviewed plans.';
  log.info('');
  log.info(`${what} (${cause}): no plan was reviewed.`);
  await writeSummary(`\n#### ⛔ No plan was reviewed: pull request ${escapeMarkdown(`#${pullNumber}`)} has no plan comment for <code>${escapeMarkdown(inputs.configPath)}</code>\n\nNothing was changed. ${escapeMarkdown(next)}\n`);
  throw new ActionFailure('plan-changed', `Not applying: ${what}, so no plan was reviewed (${cause}). Nothing was changed. ${next}`);
}

function setPlanOutputs(plan: Plan, fingerprint: string): void {
  setOutput('has-changes', String(hasChanges(plan)));
  setOutput('summary', summaryLine(plan));
  setOutput('plan', planToJson(plan));
  setOutput('fingerprint', fingerprint);
}

interface Ids {
  destinationIds: Record<string, number>;
  streamIds: Record<string, number>;
}

function setIdOutputs(ids: Ids): void {
  setOutput('destination-ids', ids.destinationIds);
  setOutput('stream-ids', ids.streamIds);
}

/** label → id of the live resources the file names. */
function idsOf(live: LiveState, loaded: LoadedConfig): Ids {
  return {
    destinationIds: idsOfLabels(live.destinations, loaded.desired.destinations),
    streamIds: idsOfLabels(live.streams, loaded.desired.streams),
  };
}

function filterManaged(ids: Ids, loaded: LoadedConfig): Ids {
  const resources = (byLabel: Record<string, number>) => Object.entries(byLabel).map(([label, id]) => ({ label, id }));
  return {
    destinationIds: idsOfLabels(resources(ids.destinationIds), loaded.desired.destinations),
    streamIds: idsOfLabels(resources(ids.streamIds), loaded.desired.streams),
  };
}

/** label → id of the live resources the file names, in the file's order (an account can hold thousands it does not name). */
function idsOfLabels(live: ReadonlyArray<{ label: string; id: number }>, desired: ReadonlyArray<{ label: string }>): Record<string, number> {
  const idByLabel = new Map(live.map((resource) => [resource.label, resource.id]));
  const entries: Array<[string, number]> = [];
  for (const { label } of desired) {
    const id = idByLabel.get(label);
    if (id !== undefined) entries.push([label, id]);
  }
  return Object.fromEntries(entries);
}

/** Where an API error's field (`details.host`) is in the config, as `file:line:col`. */
async function locateField(loaded: LoadedConfig, change: Change, field: string | undefined): Promise<string | undefined> {
  const sections: Partial<Record<Change['kind'], string>> = { destination: 'destinations', stream: 'streams', bucket: 'buckets' };
  const section = sections[change.kind];
  if (section === undefined) return undefined;
  const fieldPath = (field ?? '').split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  for (let depth = fieldPath.length; depth >= 0; depth--) {
    const position = await loaded.source.locate([section, change.label, ...fieldPath.slice(0, depth)]);
    if (position) return `${loaded.source.file}:${position.line}:${position.col}`;
  }
  return undefined;
}

function describeOutcome(outcome: ChangeOutcome): string {
  return `  - ${outcome.change.action} ${outcome.change.kind} "${outcome.change.label}": ${outcome.status}${outcome.message ? `: ${outcome.message}` : ''}`;
}
