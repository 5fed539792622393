/**
 * `check`: drift between the file and the account, who made it (from the API's history), with
 * `max-delivery-age` whether the logs arrive, the drift issue, and the step's failure.
 */
import { mapWithConcurrency } from '../apply/pool.js';
import type { DesiredState } from '../config/types.js';
import { judgeDelivery, type DeliveryCheck } from '../delivery/check.js';
import type { DeliveryResult } from '../delivery/verdict.js';
import type { ActionInputs } from '../inputs.js';
import type { LogsApi } from '../linode/logs-client.js';
import type { LiveState } from '../linode/types.js';
import { driftOrigin } from '../plan/drift-origin.js';
import type { Change, Plan } from '../plan/types.js';
import { syncDriftIssue } from '../pull-request.js';
import { failOnChecks, setIdOutputs, type Ids } from '../report.js';
import { deliveryToJson, renderDeliveryMarkdown, renderDeliveryText, staleLines } from '../render/delivery.js';
import { renderDriftOriginsMarkdown, renderDriftOriginsText, type DriftFinding } from '../render/drift.js';
import { actionable, hasChanges, summaryLine } from '../render/values.js';
import { log, setFailed, setOutput, writeSummary } from '../reporting.js';

/** Drifted resources whose `/history` is read (each is a rate-limited collection GET). */
const MAX_HISTORY_LOOKUPS = 10;

/** The delivery check's verdicts, with the age they were judged against. */
export interface DeliveryReport {
  results: DeliveryResult[];
  maxAgeMs: number;
}

/**
 * Reports drift and, with `max-delivery-age`, delivery (and opens, updates or closes the drift
 * issue); fails the step on drift unless fail-on-drift is false, and on stale delivery.
 */
export async function runCheck(
  inputs: ActionInputs,
  plan: Plan,
  desired: DesiredState,
  live: LiveState,
  api: LogsApi,
  ids: Ids,
  delivery?: DeliveryCheck,
): Promise<void> {
  setIdOutputs(ids);
  const report = delivery === undefined ? undefined : { results: await judgeDelivery(delivery, live), maxAgeMs: delivery.maxAgeMs };
  await checkDrift(inputs, plan, desired, live, api, report);
  failOnChecks(plan);
}

/** The Delivery table in the log and the job summary, the `delivery` output, and a warning for each stream that could not be checked. */
async function reportDelivery({ results, maxAgeMs }: DeliveryReport): Promise<void> {
  log.info(['', renderDeliveryText(results, maxAgeMs)].join('\n'));
  await writeSummary(`\n${renderDeliveryMarkdown(results, maxAgeMs)}`);
  setOutput('delivery', deliveryToJson(results));
  for (const r of results) {
    if (r.status === 'not-checked' && !r.https) log.warning(`Delivery of stream ${r.stream} (destination ${r.destination}) not checked: ${r.detail}`);
  }
}

async function checkDrift(
  inputs: ActionInputs,
  plan: Plan,
  desired: DesiredState,
  live: LiveState,
  api: LogsApi,
  delivery: DeliveryReport | undefined,
): Promise<void> {
  const drifted = hasChanges(plan);
  let findings: DriftFinding[] = [];
  const omitted = Math.max(0, actionable(plan).length - MAX_HISTORY_LOOKUPS);
  if (drifted) {
    findings = await driftFindings(actionable(plan).slice(0, MAX_HISTORY_LOOKUPS), desired, live, api);
    log.info(['', "Who changed it (from the API's history):", ...renderDriftOriginsText(findings)].join('\n'));
    await writeSummary(`\n${renderDriftOriginsMarkdown(findings, omitted)}`);
  }
  if (delivery !== undefined) await reportDelivery(delivery);
  if (inputs.driftIssue) await syncDriftIssue(inputs, plan, findings, omitted, delivery);
  const stale = staleLines(delivery?.results ?? []);
  const staleMessage = `Delivery stale: no recent logs from ${stale.length === 1 ? '1 stream' : `${stale.length} streams`}:\n${stale.join('\n')}`;
  if (drifted) {
    // Drift wins the reason: it is what a fix starts with (and may be why logs stopped).
    setOutput('failure-reason', 'drift');
    const message = `Drift: the live account differs from ${inputs.configPath} (${summaryLine(plan)}).`;
    if (inputs.failOnDrift) setFailed(stale.length > 0 ? `${message}\n${staleMessage}` : message);
    else {
      log.warning(message);
      if (stale.length > 0) setFailed(staleMessage);
    }
  } else {
    log.info(`No drift: the live account matches ${inputs.configPath}.`);
    if (stale.length > 0) {
      setOutput('failure-reason', 'delivery-stale');
      setFailed(staleMessage);
    }
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
