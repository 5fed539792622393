/**
 * `apply`: the plan, applied in the order the API accepts — on the merge of a pull request only
 * the plan its comment approved — after the checks that make a refusal certain before the first
 * write (unset variables, failed pre-flight checks, the token's scopes).
 */
import { applyPlan, type ChangeOutcome, type SetupApply } from '../apply/apply.js';
import { missingEnv } from '../config/env-refs.js';
import type { LoadedConfig } from '../config/types.js';
import type { ActionInputs, LiveInputs } from '../inputs.js';
import type { LogsApi } from '../linode/logs-client.js';
import { scopesGrant } from '../linode/scopes.js';
import type { LiveState } from '../linode/types.js';
import { writeScopes } from '../plan/setup.js';
import type { Change, Plan } from '../plan/types.js';
import { checkApproval, refuseApply, setApplyStatus } from '../pull-request.js';
import { checksProblem, idsOf, managedIds, setIdOutputs } from '../report.js';
import { checksSummary } from '../render/checks.js';
import type { ApplyStatus } from '../render/comment.js';
import { escapeMarkdown } from '../render/escape.js';
import { utf8Bytes } from '../render/fit.js';
import { renderOutcomeLine, renderOutcomesMarkdown } from '../render/outcomes.js';
import { hasChanges } from '../render/values.js';
import { count } from '../render/words.js';
import { ActionFailure, log, summaryRoom, writeSummary } from '../reporting.js';

/** Before anything is read: an apply without every variable the file references changes nothing. */
export async function refuseMissingSecrets(inputs: LiveInputs, loaded: LoadedConfig): Promise<void> {
  const missing = missingEnv(loaded);
  if (missing.length === 0) return;
  await refuseApply(
    inputs,
    new ActionFailure(
      'missing-secrets',
      `Cannot apply: these variables referenced by ${inputs.configPath} are unset or empty: ${missing.join(', ')}. Map them from secrets in the step's env. Nothing was changed.`,
    ),
    `the variables ${missing.join(', ')} that the file references were unset in the apply step (map them from secrets in its env)`,
  );
}

/**
 * Refuses a plan whose pre-flight checks failed or that the token may not make, then applies
 * what was approved.
 *
 * @param setup the clients of the setup (keys, LKE clusters, buckets), made only when the plan needs them
 * @param confirm the terminal's confirmation of the plan it showed, in place of the approved-plan check on GitHub
 */
export async function runApply(
  inputs: LiveInputs,
  loaded: LoadedConfig,
  plan: Plan,
  live: LiveState,
  api: LogsApi,
  tokenScopes: string[] | undefined,
  setup: () => Promise<SetupApply>,
  confirm?: (plan: Plan) => Promise<boolean>,
): Promise<void> {
  const problem = checksProblem(plan);
  if (problem) {
    setIdOutputs(idsOf(live, loaded.desired));
    await refuseApply(
      inputs,
      new ActionFailure('checks-failed', `Not applying: ${problem}\nNothing was changed.`),
      `pre-flight checks failed (${checksSummary(plan.checks ?? [])}); the run's job summary lists them`,
    );
  }
  await refuseWithoutScopes(inputs, plan, tokenScopes);
  await applyApproved(inputs, loaded, plan, live, api, confirm, usesSetupClients(inputs, plan) ? await setup() : undefined);
}

/** Whether apply needs the setup clients: the plan changes buckets, keys or LKE clusters, or destinations are checked first. */
function usesSetupClients(inputs: LiveInputs, plan: Plan): boolean {
  return (
    inputs.verifyDestinations ||
    plan.changes.some((c) => c.action !== 'noop' && (c.kind === 'bucket' || c.kind === 'object_storage_key' || c.kind === 'lke_cluster'))
  );
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

/**
 * Applies the plan, but on the merge of a pull request only the plan that pull request's comment
 * approved (same fingerprint, or every change an approved one). Otherwise nothing is touched.
 */
async function applyApproved(
  inputs: ActionInputs,
  loaded: LoadedConfig,
  plan: Plan,
  live: LiveState,
  api: LogsApi,
  confirm: ((plan: Plan) => Promise<boolean>) | undefined,
  setup: SetupApply | undefined,
): Promise<void> {
  // On the terminal, the person who confirms is the review: there is no pull request to ask.
  const found = confirm ? undefined : await checkApproval(inputs, plan);
  if (found?.kind === 'unreviewed') await refuseUnreviewed(inputs, loaded, plan, live, found.pullNumber);
  const approval = found?.kind === 'approval' ? found : undefined;
  if (approval?.verdict.kind === 'changed' && inputs.onPlanChanged === 'fail') {
    setIdOutputs(idsOf(live, loaded.desired));
    await setApplyStatus(inputs, approval, { kind: 'plan-changed' });
    throw new ActionFailure(
      'plan-changed',
      `Not applying: ${approval.problem}. Nothing was changed. Review a new plan (open a pull request, or re-run the plan), or set on-plan-changed: apply.`,
    );
  }
  if (approval?.verdict.kind === 'changed') log.warning(`Applying anyway (on-plan-changed: apply): ${approval.problem}.`);

  if (!hasChanges(plan)) {
    setIdOutputs(idsOf(live, loaded.desired));
    log.info('Nothing to apply.');
    if (approval)
      await setApplyStatus(inputs, approval, {
        kind: 'applied',
        applied: 0,
        alreadyDone: approval.verdict.kind === 'subset' ? approval.verdict.alreadyDone.length : 0,
      });
    return;
  }
  if (confirm && !(await confirm(plan))) {
    setIdOutputs(idsOf(live, loaded.desired));
    throw new ActionFailure('not-confirmed', 'Not applying: the plan was not confirmed. Nothing was changed.');
  }
  log.info('');
  log.info('Applying:');
  const result = await applyPlan(
    plan,
    live,
    api,
    {
      concurrency: inputs.concurrency,
      waitTimeoutMs: inputs.waitTimeoutMs,
      onWait: (line) => log.info(`  … ${line}`),
      // An API error may echo what it was sent: the line is redacted like a body, not only masked.
      onOutcome: (outcome) => log.info(renderOutcomeLine(outcome)),
      locate: (change, field) => locateField(loaded, change, field),
      ...(setup ? { setup } : {}),
    },
    loaded.desired.streamQuota,
  );
  setIdOutputs(managedIds(result, loaded.desired));
  await writeSummary(renderOutcomesMarkdown(result.outcomes, { limit: summaryRoom(1024), measure: utf8Bytes }));
  const failed = result.outcomes.filter((o) => o.status !== 'applied');
  if (approval) {
    const applied = result.outcomes.length - failed.length;
    const status: ApplyStatus =
      approval.verdict.kind === 'changed'
        ? { kind: 'applied-changed-plan', applied, failed: failed.length }
        : failed.length > 0
          ? { kind: 'apply-failed', failed: failed.length, total: result.outcomes.length }
          : { kind: 'applied', applied, alreadyDone: approval.verdict.kind === 'subset' ? approval.verdict.alreadyDone.length : 0 };
    await setApplyStatus(inputs, approval, status);
  }
  if (failed.length > 0) {
    throw new ActionFailure(
      'apply-failed',
      `Apply finished with ${failed.length} of ${count(result.outcomes.length, 'change')} not applied:\n${failed.map(describeOutcome).join('\n')}\n${rerunAdvice(failed)}`,
    );
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
  setIdOutputs(idsOf(live, loaded.desired));
  const cause = 'was its plan workflow run with comment: false, without permission to comment, or not at all?';
  const next =
    "Re-run the pull request's plan workflow (it posts the plan comment), then re-run this apply; or set on-plan-changed: apply to apply unreviewed plans.";
  log.info('');
  log.info(`${what} (${cause}): no plan was reviewed.`);
  await writeSummary(
    `\n#### ⛔ No plan was reviewed: pull request ${escapeMarkdown(`#${pullNumber}`)} has no plan comment for <code>${escapeMarkdown(inputs.configPath)}</code>\n\nNothing was changed. ${escapeMarkdown(next)}\n`,
  );
  throw new ActionFailure('plan-changed', `Not applying: ${what}, so no plan was reviewed (${cause}). Nothing was changed. ${next}`);
}

/** Where an API error's field (`details.host`) is in the config, as `file:line:col`. */
async function locateField(loaded: LoadedConfig, change: Change, field: string | undefined): Promise<string | undefined> {
  const sections: Partial<Record<Change['kind'], string>> = { destination: 'destinations', stream: 'streams', bucket: 'buckets' };
  const section = sections[change.kind];
  if (section === undefined) return undefined;
  const fieldPath = (field ?? '')
    .split(/\.|\[(\d+)\]/)
    .filter((p) => p !== undefined && p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  for (let depth = fieldPath.length; depth >= 0; depth--) {
    const position = await loaded.source.locate([section, change.label, ...fieldPath.slice(0, depth)]);
    if (position) return `${loaded.source.file}:${position.line}:${position.col}`;
  }
  return undefined;
}

/**
 * Whether a re-run helps: only when every failure may pass by itself (network, 429, 5xx, a
 * resource still settling). A refusal such as a 400 "Stream limit reached for this type" comes
 * back on every run until the file or the account changes.
 */
function rerunAdvice(failed: ChangeOutcome[]): string {
  const refused = failed.filter((o) => o.status === 'failed' && o.transient !== true);
  if (refused.length === 0) return 'Re-running converges: applied changes will show as unchanged.';
  const which = refused.map((o) => `${o.change.kind} "${o.change.label}"`).join(', ');
  return `Re-running alone will not fix ${which}: the API refused ${refused.length === 1 ? 'it' : 'them'}. Change the file or the account as the message says, then plan and apply again.`;
}

function describeOutcome(outcome: ChangeOutcome): string {
  return `  - ${outcome.change.action} ${outcome.change.kind} "${outcome.change.label}": ${outcome.status}${outcome.message ? `: ${outcome.message}` : ''}`;
}
