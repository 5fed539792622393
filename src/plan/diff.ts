import type { DesiredDestination, DesiredState, DesiredStream, DesiredValue } from '../config/types.js';
import { isEnvRef, isManagedKeyRef } from '../config/types.js';
import { groupBy } from '../group.js';
import { streamStatusMayBe } from '../linode/rules.js';
import type { DesiredStreamStatus, JsonValue, LiveDestination, LiveState, LiveStream } from '../linode/types.js';
import { flattenDesired, flattenLive, jsonEqual, type Leaf } from './flatten.js';
import { quotaRefusals } from './refusals.js';
import type { Change, FieldDiff, Plan, ResourceKind, UnmanagedResource } from './types.js';

export interface DiffOptions {
  /** Update every destination that carries secrets, for scheduled rotation. */
  rotateSecrets?: boolean;
}

/**
 * Why a plan cannot be made: `unmatched`, the live account cannot be matched to the file without
 * guessing (or a setup resource the action must not change); `stream-quota`, the API would refuse
 * a stream create; `no-object-lock`, a bucket of `buckets:` exists without Object Lock.
 */
export type PlanRefusal = 'unmatched' | 'stream-quota' | 'no-object-lock';

/** The live account cannot be matched to the file, or the API is certain to refuse the plan. */
export class PlanError extends Error {
  constructor(
    readonly problems: string[],
    readonly refusal: PlanRefusal = 'unmatched',
  ) {
    super(`${HEADINGS[refusal]}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PlanError';
  }
}

const HEADINGS: Record<PlanRefusal, string> = {
  unmatched: 'The live account cannot be matched to the config',
  'stream-quota': 'The API would refuse this plan; nothing was changed',
  'no-object-lock': 'A bucket cannot take the declared Object Lock; nothing was changed',
};

const STREAM_UNORDERED = new Set(['details.cluster_ids']);

/**
 * The pure diff: what must change on the live account for it to match the file.
 * Deterministic: the same inputs give the same plan, in the same order.
 */
export function diff(desired: DesiredState, live: LiveState, options: DiffOptions = {}): Plan {
  const managedLabels = {
    destination: new Set(desired.destinations.map((d) => d.label)),
    stream: new Set(desired.streams.map((s) => s.label)),
  };
  const problems = [
    ...duplicateLabels('destination', live.destinations, managedLabels.destination, desired.prune),
    ...duplicateLabels('stream', live.streams, managedLabels.stream, desired.prune),
  ];
  if (problems.length > 0) throw new PlanError(problems);

  const liveDestinations = byLabel(live.destinations);
  const liveStreams = byLabel(live.streams);
  const destinationLabelById = new Map(live.destinations.map((d) => [d.id, d.label]));

  const destinationChanges = sortByLabel(desired.destinations).map((d) => diffDestination(d, liveDestinations.get(d.label), options));
  // A stream must be repointed when its destination gets a new id (created or replaced).
  const destinationsGettingNewIds = new Set(destinationChanges.filter((c) => c.action === 'create' || c.action === 'replace').map((c) => c.label));
  const streamChanges = sortByLabel(desired.streams).map((s) => diffStream(s, liveStreams.get(s.label), destinationLabelById, destinationsGettingNewIds));

  const refused = quotaRefusals(desired, live, streamChanges);
  if (refused.length > 0) throw new PlanError(refused, 'stream-quota');

  const unmanaged: UnmanagedResource[] = [];
  const deletes: Change[] = [];
  for (const [kind, resources] of [
    ['destination', live.destinations],
    ['stream', live.streams],
  ] as const) {
    for (const resource of sortByLabel<LiveDestination | LiveStream>(resources)) {
      if (managedLabels[kind].has(resource.label)) continue;
      if (desired.prune) deletes.push({ action: 'delete', kind, label: resource.label, id: resource.id, version: resource.version });
      else unmanaged.push({ kind, label: resource.label, id: resource.id });
    }
  }

  const uncompared = new Set<string>();
  for (const destination of desired.destinations) collectUnsetEnv(destination.details, uncompared);

  return {
    changes: [...destinationChanges, ...deletes.filter((c) => c.kind === 'destination'), ...streamChanges, ...deletes.filter((c) => c.kind === 'stream')],
    unmanaged,
    uncompared: [...uncompared].sort(),
  };
}

function duplicateLabels(kind: ResourceKind, resources: Array<{ id: number; label: string }>, managed: Set<string>, prune: boolean): string[] {
  const ids = groupBy(
    resources,
    (r) => r.label,
    (r) => r.id,
  );
  return [...ids.entries()]
    .filter(([label, list]) => list.length > 1 && (prune || managed.has(label)))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(
      ([label, list]) =>
        `${list.length} live ${kind}s are labelled "${label}" (ids ${list.join(', ')}); delete or relabel all but one on the account, then re-run`,
    );
}

function byLabel<T extends { label: string }>(resources: T[]): Map<string, T> {
  return new Map(resources.map((r) => [r.label, r]));
}

function sortByLabel<T extends { label: string; id?: number }>(resources: readonly T[]): T[] {
  return [...resources].sort((a, b) => (a.label === b.label ? (a.id ?? 0) - (b.id ?? 0) : a.label < b.label ? -1 : 1));
}

function diffDestination(desired: DesiredDestination, live: LiveDestination | undefined, options: DiffOptions): Change {
  const after = flattenDesired(desired.details, 'details', new Map());
  const base = { kind: 'destination' as const, label: desired.label, desired };
  if (!live) {
    return { ...base, action: 'create', fields: createFields(after, desired.type) };
  }
  if (live.type !== desired.type) {
    const fields = [
      { path: 'type', before: shownValue(live.type), after: shownValue(desired.type) },
      ...fieldDiffs(flattenLive(live.details, 'details', new Map()), after),
    ];
    return { ...base, action: 'replace', id: live.id, version: live.version, fields };
  }
  const fields = fieldDiffs(flattenLive(live.details, 'details', new Map()), after);
  if (fields.length > 0) return { ...base, action: 'update', id: live.id, version: live.version, fields, reason: 'fields' };
  if (options.rotateSecrets && hasSecret(desired.details)) {
    return { ...base, action: 'update', id: live.id, version: live.version, fields: [], reason: 'rotate-secrets' };
  }
  return { kind: 'destination', label: desired.label, action: 'noop', id: live.id };
}

function diffStream(
  desired: DesiredStream,
  live: LiveStream | undefined,
  destinationLabelById: Map<number, string>,
  destinationsGettingNewIds: Set<string>,
): Change {
  const after = desiredStreamLeaves(desired);
  const base = { kind: 'stream' as const, label: desired.label, desired };
  if (!live) return { ...base, action: 'create', fields: createFields(after, desired.type) };

  const before = liveStreamLeaves(live, destinationLabelById, desired.status);
  if (live.type !== desired.type) {
    const fields = [{ path: 'type', before: shownValue(live.type), after: shownValue(desired.type) }, ...fieldDiffs(before, after)];
    return { ...base, action: 'replace', id: live.id, version: live.version, fields };
  }
  const fields = fieldDiffs(before, after);
  if (destinationsGettingNewIds.has(desired.destination) && !fields.some((f) => f.path === 'destination')) {
    fields.push({
      path: 'destination',
      before: shownValue(`${desired.destination} (#${live.destinations[0]?.id ?? '?'})`),
      after: shownValue(`${desired.destination} (new)`),
    });
    fields.sort((a, b) => (a.path < b.path ? -1 : 1));
  }
  if (fields.length > 0) return { ...base, action: 'update', id: live.id, version: live.version, fields, reason: 'fields' };
  return { kind: 'stream', label: desired.label, action: 'noop', id: live.id, liveStatus: live.status };
}

function desiredStreamLeaves(desired: DesiredStream): Map<string, Leaf> {
  const leaves = new Map<string, Leaf>();
  leaves.set('destination', leafOf(desired.destination));
  leaves.set('status', leafOf(desired.status));
  const details = normaliseStreamDetails(desired.details as JsonValue | undefined);
  flattenLive(details, 'details', leaves, { unordered: STREAM_UNORDERED });
  return leaves;
}

/**
 * Transitional statuses are folded into where they lead: `deactivating` ends as `inactive`. The
 * API does not say what a `provisioning` stream (new, repointed or re-activated) was asked to
 * become, so it matches either desired status: right after an apply a stream asked to be
 * `inactive` is provisioning, and must not plan an update (nor fail `check`) until it settles.
 * Its status is compared once it has settled.
 */
function liveStreamLeaves(live: LiveStream, destinationLabelById: Map<number, string>, desiredStatus: DesiredStreamStatus): Map<string, Leaf> {
  const leaves = new Map<string, Leaf>();
  const destination = live.destinations[0];
  const destinationLabel = destination ? (destinationLabelById.get(destination.id) ?? destination.label) : undefined;
  if (destinationLabel !== undefined) leaves.set('destination', leafOf(destinationLabel));
  const settled = streamStatusMayBe(live.status, desiredStatus) ? desiredStatus : live.status === 'deactivating' ? 'inactive' : live.status;
  leaves.set('status', leafOf(settled));
  flattenLive(normaliseStreamDetails((live.details ?? undefined) as JsonValue | undefined), 'details', leaves, { unordered: STREAM_UNORDERED });
  return leaves;
}

/** `is_auto_add_all_clusters_enabled: false` is the API's default: the same as leaving it out. */
function normaliseStreamDetails(details: JsonValue | undefined): JsonValue | undefined {
  if (!details || typeof details !== 'object' || Array.isArray(details)) return undefined;
  const { is_auto_add_all_clusters_enabled: autoAdd, ...rest } = details;
  return autoAdd === true ? { ...rest, is_auto_add_all_clusters_enabled: true } : rest;
}

function fieldDiffs(before: Map<string, Leaf>, after: Map<string, Leaf>): FieldDiff[] {
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const diffs: FieldDiff[] = [];
  for (const path of paths) {
    const b = before.get(path);
    const a = after.get(path);
    // Write-only secrets and unset `${NAME}` values cannot be compared with what the API returns.
    if (a && a.compare === undefined) continue;
    if (!a && b === undefined) continue;
    if (a && b && jsonEqual(a.compare, b.compare)) continue;
    diffs.push({ path, before: b?.shown ?? { kind: 'absent' }, after: a?.shown ?? { kind: 'absent' } });
  }
  return diffs;
}

function createFields(after: Map<string, Leaf>, type: string): FieldDiff[] {
  const fields: FieldDiff[] = [{ path: 'type', before: { kind: 'absent' }, after: shownValue(type) }];
  for (const path of [...after.keys()].sort()) fields.push({ path, before: { kind: 'absent' }, after: after.get(path)!.shown });
  return fields;
}

function leafOf(value: string): Leaf {
  return { shown: shownValue(value), compare: value };
}

function shownValue(value: JsonValue): FieldDiff['after'] {
  return { kind: 'value', value };
}

function hasSecret(value: DesiredValue): boolean {
  if (isEnvRef(value)) return value.secret;
  if (isManagedKeyRef(value)) return value.part === 'secret_key';
  if (Array.isArray(value)) return value.some(hasSecret);
  if (value && typeof value === 'object') return Object.values(value).some(hasSecret);
  return false;
}

function collectUnsetEnv(value: DesiredValue, out: Set<string>): void {
  if (isEnvRef(value)) {
    if (!value.secret && value.value === undefined) out.add(value.name);
    return;
  }
  if (isManagedKeyRef(value)) return;
  if (Array.isArray(value)) value.forEach((v) => collectUnsetEnv(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => collectUnsetEnv(v, out));
}
