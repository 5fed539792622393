/**
 * `check`: drift between the file and the account, who made it (from the API's history), the
 * drift issue, and the step's failure.
 */
import { mapWithConcurrency } from '../apply/pool.js';
import type { DesiredState } from '../config/types.js';
import type { ActionInputs } from '../inputs.js';
import type { LogsApi } from '../linode/logs-client.js';
import type { LiveState } from '../linode/types.js';
import { driftOrigin } from '../plan/drift-origin.js';
import type { Change, Plan } from '../plan/types.js';
import { syncDriftIssue } from '../pull-request.js';
import { failOnChecks, setIdOutputs, type Ids } from '../report.js';
import { renderDriftOriginsMarkdown, renderDriftOriginsText, type DriftFinding } from '../render/drift.js';
import { actionable, hasChanges, summaryLine } from '../render/values.js';
import { log, setFailed, setOutput, writeSummary } from '../reporting.js';

/** Drifted resources whose `/history` is read (each is a rate-limited collection GET). */
const MAX_HISTORY_LOOKUPS = 10;

/** Reports drift (and opens, updates or closes the drift issue); fails the step on drift unless fail-on-drift is false. */
export async function runCheck(inputs: ActionInputs, plan: Plan, desired: DesiredState, live: LiveState, api: LogsApi, ids: Ids): Promise<void> {
  setIdOutputs(ids);
  await checkDrift(inputs, plan, desired, live, api);
  failOnChecks(plan);
}

async function checkDrift(inputs: ActionInputs, plan: Plan, desired: DesiredState, live: LiveState, api: LogsApi): Promise<void> {
  const drifted = hasChanges(plan);
  let findings: DriftFinding[] = [];
  const omitted = Math.max(0, actionable(plan).length - MAX_HISTORY_LOOKUPS);
  if (drifted) {
    findings = await driftFindings(actionable(plan).slice(0, MAX_HISTORY_LOOKUPS), desired, live, api);
    log.info(['', "Who changed it (from the API's history):", ...renderDriftOriginsText(findings)].join('\n'));
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
async function driftFindings(
  changes: Array<Exclude<Change, { action: 'noop' }>>,
  desired: DesiredState,
  live: LiveState,
  api: LogsApi,
): Promise<DriftFinding[]> {
  return mapWithConcurrency(changes, 4, async (change): Promise<DriftFinding> => {
    if (change.action !== 'update' && change.action !== 'replace') return { change, origin: driftOrigin(change, desired, live, undefined) };
    // Buckets, keys and LKE clusters have no /history.
    if (change.kind !== 'destination' && change.kind !== 'stream')
      return { change, origin: { kind: 'unknown', why: `the API keeps no history of ${change.kind.replaceAll('_', ' ')}s` } };
    try {
      const history = change.kind === 'destination' ? await api.destinationHistory(change.id) : await api.streamHistory(change.id);
      return { change, origin: driftOrigin(change, desired, live, history) };
    } catch (error) {
      log.debug(`history of ${change.kind} ${change.id}: ${(error as Error).message}`);
      return { change, origin: { kind: 'unknown', why: 'its history could not be read' } };
    }
  });
}
