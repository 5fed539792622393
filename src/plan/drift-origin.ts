import type { DesiredState } from '../config/types.js';
import type { LiveDestination, LiveState, LiveStream } from '../linode/types.js';
import { diff } from './diff.js';
import type { Change } from './types.js';

type Actionable = Exclude<Change, { action: 'noop' }>;

/** Who made a drifted resource differ from the file, and when, as far as the API's history tells. */
export type DriftOrigin =
  /** The first version after the last one that matched the file. */
  | { kind: 'changed'; by: string; at: string; version: number }
  /** No version in the history matched the file: the latest change is all there is to say. */
  | { kind: 'never-matched'; by: string; at: string; version: number }
  /** A live resource the file does not name (pruned): who created it. */
  | { kind: 'created'; by: string; at: string }
  /** The file names it but the account has none: deleted, or never created. */
  | { kind: 'missing' }
  | { kind: 'unknown'; why: string };

/**
 * The origin of one drifted change, from the resource's `/history` (one entry per version).
 * Pure: walks the versions from the newest back to the last one that matched the file, by
 * diffing each version alone against the file's desired resource.
 */
export function driftOrigin(
  change: Actionable,
  desired: DesiredState,
  live: LiveState,
  history: ReadonlyArray<LiveDestination | LiveStream> | undefined,
): DriftOrigin {
  if (change.action === 'create') return { kind: 'missing' };
  const current = change.kind === 'destination' ? live.destinations.find((d) => d.id === change.id) : live.streams.find((s) => s.id === change.id);
  if (change.action === 'delete')
    return current ? { kind: 'created', by: current.created_by, at: current.created } : { kind: 'unknown', why: 'no longer on the account' };
  if (!history || history.length === 0) {
    return current ? { kind: 'never-matched', by: current.updated_by, at: current.updated, version: current.version } : { kind: 'unknown', why: 'no history' };
  }
  const versions = [...history].sort((a, b) => a.version - b.version);
  for (let i = versions.length - 1; i >= 0; i--) {
    if (!matchesFile(change, versions[i]!, desired, live)) continue;
    const next = versions[i + 1];
    // The newest version matches the file: the drift is elsewhere (e.g. its destination moved).
    if (!next) return { kind: 'unknown', why: 'its latest version matches the file' };
    return { kind: 'changed', by: next.updated_by, at: next.updated, version: next.version };
  }
  const latest = versions[versions.length - 1]!;
  return { kind: 'never-matched', by: latest.updated_by, at: latest.updated, version: latest.version };
}

/** Whether one historical version of the resource is what the file asks for. */
function matchesFile(change: Actionable, version: LiveDestination | LiveStream, desired: DesiredState, live: LiveState): boolean {
  const base = { prune: false, streamQuota: desired.streamQuota };
  if (change.kind === 'destination') {
    const wanted = desired.destinations.find((d) => d.label === change.label);
    if (!wanted) return false;
    const plan = diff(
      { ...base, destinations: [wanted], streams: [] },
      { destinations: [{ ...(version as LiveDestination), label: change.label }], streams: [] },
    );
    return plan.changes.every((c) => c.action === 'noop');
  }
  const wanted = desired.streams.find((s) => s.label === change.label);
  if (!wanted) return false;
  // Streams name their destination by label; the account's destinations give the labels of ids.
  const plan = diff(
    { ...base, destinations: [], streams: [wanted] },
    { destinations: live.destinations, streams: [{ ...(version as LiveStream), label: change.label }] },
  );
  return plan.changes.every((c) => c.action === 'noop');
}
