/**
 * What every mode that reads the account reports of its plan: the log, the step outputs and the
 * job summary. Rendering is pure (render/); this writes it, through the one redaction pass.
 */
import type { DesiredState } from './config/types.js';
import type { LiveInputs } from './inputs.js';
import type { LiveState } from './linode/types.js';
import { failedChecks } from './plan/checks.js';
import type { Plan } from './plan/types.js';
import { checksSummary } from './render/checks.js';
import { utf8Bytes } from './render/fit.js';
import { planToJson } from './render/json.js';
import { renderPlanMarkdown } from './render/markdown.js';
import { renderPlanText } from './render/text.js';
import { hasChanges, summaryLine } from './render/values.js';
import { log, setFailed, setOutput, summaryRoom, writeSummary } from './reporting.js';

/** The plan in the log, the outputs and the job summary. */
export async function reportPlan(plan: Plan, fingerprint: string, inputs: LiveInputs): Promise<void> {
  log.info(renderPlanText(plan, inputs.configPath));
  setOutput('has-changes', String(hasChanges(plan)));
  setOutput('summary', summaryLine(plan));
  setOutput('plan', planToJson(plan));
  setOutput('fingerprint', fingerprint);
  const title = inputs.mode === 'check' ? 'Drift check' : 'Plan';
  // An apply's summary keeps room for its outcomes.
  const limit = summaryRoom(inputs.mode === 'apply' ? 128 * 1024 : 16 * 1024);
  await writeSummary(renderPlanMarkdown(plan, { configPath: inputs.configPath, title }, { limit, measure: utf8Bytes }));
}

/** Why the pre-flight checks fail the run, or undefined when none failed. */
export function checksProblem(plan: Plan): string | undefined {
  const failed = failedChecks(plan);
  if (failed.length === 0) return undefined;
  return `Pre-flight checks failed (${checksSummary(plan.checks ?? [])}):\n${failed.map((c) => `  - ${c.subject}: ${c.check}: ${c.detail}`).join('\n')}`;
}

/**
 * Fails the step when a pre-flight check failed, without throwing: the plan, its comment and its
 * summary stay as they were reported, not replaced by a failure's.
 */
export function failOnChecks(plan: Plan): void {
  const problem = checksProblem(plan);
  if (problem === undefined) return;
  setOutput('failure-reason', 'checks-failed');
  setFailed(problem);
}

/** label → id of the resources, the outputs `destination-ids` and `stream-ids`. */
export interface Ids {
  destinationIds: Record<string, number>;
  streamIds: Record<string, number>;
}

export function setIdOutputs(ids: Ids): void {
  setOutput('destination-ids', ids.destinationIds);
  setOutput('stream-ids', ids.streamIds);
}

/** label → id of the live resources the file names. */
export function idsOf(live: LiveState, desired: DesiredState): Ids {
  return {
    destinationIds: idsOfLabels(live.destinations, desired.destinations),
    streamIds: idsOfLabels(live.streams, desired.streams),
  };
}

/** The ids an apply ended with, of the resources the file names. */
export function managedIds(ids: Ids, desired: DesiredState): Ids {
  const resources = (byLabel: Record<string, number>) => Object.entries(byLabel).map(([label, id]) => ({ label, id }));
  return {
    destinationIds: idsOfLabels(resources(ids.destinationIds), desired.destinations),
    streamIds: idsOfLabels(resources(ids.streamIds), desired.streams),
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
