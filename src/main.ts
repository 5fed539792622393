import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import type { ApplyResult, ChangeOutcome } from './apply/apply.js';
import { ConfigErrors, formatPath } from './config/errors.js';
import { loadConfig, missingEnv } from './config/load.js';
import type { LoadedConfig } from './config/types.js';
import type { LiveState } from './linode/types.js';
import { getInputs, type ActionInputs } from './inputs.js';
import { diff } from './plan/diff.js';
import type { Change, Plan } from './plan/types.js';
import { planToJson } from './render/json.js';
import { renderPlanMarkdown } from './render/markdown.js';
import { renderOutcomesMarkdown, renderOutcomeLine } from './render/outcomes.js';
import { renderPlanText } from './render/text.js';
import { hasChanges, summaryLine } from './render/values.js';
import { referencedEnvNames, secretForms } from './secrets.js';

export type FailureReason = 'invalid-config' | 'invalid-input' | 'drift' | 'apply-failed' | 'missing-secrets' | 'api-error';

/** A failure with a reason for the `failure-reason` output. */
class ActionFailure extends Error {
  constructor(readonly reason: FailureReason, message: string) {
    super(message);
  }
}

/** The action's entry point: the only place that sets outputs or fails the job. */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    if (inputs.token) registerSecret(inputs.token);
    const loaded = await loadAndMask(inputs.configPath);
    await runMode(inputs, loaded);
  } catch (error) {
    fail(error);
  }
}

async function runMode(inputs: ActionInputs, loaded: LoadedConfig): Promise<void> {
  const { desired } = loaded;
  if (inputs.mode === 'validate' || (!inputs.token && inputs.mode === 'plan')) {
    if (inputs.mode === 'plan') {
      // Fork PRs get no secrets: still check the file, and say why there is no live plan.
      core.notice('No Linode token (input token is empty, as on pull requests from forks): validated the config offline; the live plan was skipped.');
    }
    core.info(`${inputs.configPath} is valid: ${desired.destinations.length} destination(s), ${desired.streams.length} stream(s).`);
    core.setOutput('has-changes', 'false');
    return;
  }
  if (!inputs.token) throw new ActionFailure('invalid-input', `Input token is required for mode ${inputs.mode}: pass a Linode API token with the monitor:read_write scope from a secret.`);

  if (inputs.mode === 'apply') {
    const missing = missingEnv(loaded);
    if (missing.length > 0) {
      throw new ActionFailure('missing-secrets', `Cannot apply: these variables referenced by ${inputs.configPath} are unset or empty: ${missing.join(', ')}. Map them from secrets in the step's env. Nothing was changed.`);
    }
  }

  const { createLinodeClient, fetchLiveState } = await import('./linode/http-client.js');
  const api = createLinodeClient({
    token: inputs.token,
    apiUrl: inputs.apiUrl,
    apiVersion: inputs.apiVersion,
    onRetry: (line) => core.info(line),
    debug: (line) => core.debug(line),
  });
  const live = await fetchLiveState(api);
  const plan = diff(desired, live, { rotateSecrets: inputs.rotateSecrets });
  const title = inputs.mode === 'check' ? 'Drift check' : 'Plan';

  core.info(renderPlanText(plan, inputs.configPath));
  setPlanOutputs(plan);
  await core.summary.addRaw(renderPlanMarkdown(plan, { configPath: inputs.configPath, title })).write();

  if (inputs.mode === 'plan') {
    setIdOutputs(idsOf(live, loaded));
    return;
  }
  if (inputs.mode === 'check') {
    setIdOutputs(idsOf(live, loaded));
    if (hasChanges(plan)) {
      core.setOutput('failure-reason', 'drift');
      const message = `Drift: the live account differs from ${inputs.configPath} (${summaryLine(plan)}).`;
      if (inputs.failOnDrift) core.setFailed(message);
      else core.warning(message);
    } else {
      core.info(`No drift: the live account matches ${inputs.configPath}.`);
    }
    return;
  }

  // apply
  if (!hasChanges(plan)) {
    setIdOutputs(idsOf(live, loaded));
    core.info('Nothing to apply.');
    return;
  }
  const { applyPlan } = await import('./apply/apply.js');
  core.info('');
  core.info('Applying:');
  const result = await applyPlan(plan, live, api, {
    concurrency: inputs.concurrency,
    waitTimeoutMs: inputs.waitTimeoutMs,
    onWait: (line) => core.info(`  … ${line}`),
    onOutcome: (outcome) => core.info(renderOutcomeLine(outcome)),
    locate: (change, field) => locateField(loaded, change, field),
  }, desired.streamQuota);
  setIdOutputs(filterManaged(result, loaded));
  await core.summary.addRaw(renderOutcomesMarkdown(result.outcomes)).write();
  const failed = result.outcomes.filter((o) => o.status !== 'applied');
  if (failed.length > 0) {
    throw new ActionFailure('apply-failed', `Apply finished with ${failed.length} of ${result.outcomes.length} change(s) not applied:\n${failed.map(describeOutcome).join('\n')}\nRe-running converges: applied changes will show as unchanged.`);
  }
  core.info(`Applied ${result.outcomes.length} change(s).`);
}

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
  for (const name of referencedEnvNames(text)) {
    const value = process.env[name];
    if (value) registerSecret(value);
  }
  return loadConfig(text, configPath, process.env);
}

function registerSecret(value: string): void {
  for (const form of secretForms(value)) core.setSecret(form);
}

function setPlanOutputs(plan: Plan): void {
  core.setOutput('has-changes', String(hasChanges(plan)));
  core.setOutput('summary', summaryLine(plan));
  core.setOutput('plan', JSON.stringify(planToJson(plan)));
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
  const section = change.kind === 'destination' ? 'destinations' : 'streams';
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
  core.setFailed(error instanceof Error ? error.message : String(error));
}

export type { ApplyResult };
