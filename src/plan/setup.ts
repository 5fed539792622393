/**
 * The setup around the Logs resources, planned purely: buckets with Object Lock, managed
 * least-privilege keys, LKE clusters with audit logs, and the pre-flight checks. Everything it
 * needs was read beforehand into a {@link LiveSetup}; this module does no I/O. It composes the
 * concerns (buckets.ts, keys.ts, clusters.ts, checks.ts) in apply order.
 */
import type { DesiredState } from '../config/types.js';
import type { Scope } from '../linode/scopes.js';
import type { LiveState } from '../linode/types.js';
import { planBucket, unreadBucketEnv } from './buckets.js';
import { keyCleanupChecks, preflightChecks } from './checks.js';
import { clusterIndex, planClusters, resolveClusterRefs } from './clusters.js';
import { diff, PlanError, type DiffOptions } from './diff.js';
import { rotateManagedKeys, staleManagedKeys, withCurrentKeys } from './keys.js';
import type { LiveSetup } from './live-setup.js';
import { lookalikeChecks } from './refusals.js';
import { withWarnings } from './warnings.js';
import { setupNeeds } from './setup-needs.js';
import type { Plan } from './types.js';

export interface SetupOptions extends DiffOptions {
  /** `verify-destinations: true`: the API's destination check runs at plan time and before each destination write. */
  verifyDestinations?: boolean;
}

/**
 * The whole plan: the diff of destinations and streams plus the setup they rely on, in apply
 * order (buckets → new managed keys → destinations → LKE clusters → streams → managed keys no
 * destination writes with any more),
 * and the pre-flight checks. Throws PlanError, naming what to do, for what the action must not
 * or cannot change: a bucket without Object Lock, a cluster of `lke_clusters:` that is not LKE
 * Enterprise or does not exist. A retention is only ever raised: a stricter bucket is kept.
 */
export function planWithSetup(desired: DesiredState, live: LiveState, setup: LiveSetup, options: SetupOptions = {}): Plan {
  const problems: string[] = [];
  const clusters = clusterIndex(setup.clusters);

  // Streams that name clusters by label get their ids; the LKE section becomes changes.
  const streams = desired.streams.map((stream) => resolveClusterRefs(stream, clusters, problems));
  const clusterChanges = planClusters(desired.lkeClusters ?? [], clusters, problems);

  // A managed destination keeps its key while nothing else changes; any write rotates it.
  const liveDestinations = new Map(live.destinations.map((d) => [d.label, d]));
  const { destinations, currentKeys } = withCurrentKeys(desired.destinations, liveDestinations, setup.keys ?? []);

  const bucketChanges = (desired.buckets ?? []).flatMap((bucket) => planBucket(bucket, setup.buckets[bucket.name], problems));
  if (problems.length > 0) {
    const noLock = (desired.buckets ?? []).some((b) => {
      const seen = setup.buckets[b.name];
      return b.objectLock !== undefined && seen?.kind === 'read' && seen.lock?.status === 'disabled';
    });
    throw new PlanError(problems, noLock ? 'no-object-lock' : 'unmatched');
  }

  const base = diff({ ...desired, destinations, streams }, live, options);
  const { keyCreates, destinationChanges } = rotateManagedKeys(
    base.changes.filter((c) => c.kind === 'destination'),
    desired.destinations,
    liveDestinations,
    currentKeys,
  );
  const keyDeletes = staleManagedKeys(desired, live, setup.keys ?? [], destinationChanges, currentKeys);

  const plan: Plan = {
    changes: withWarnings(
      [
        ...bucketChanges,
        ...keyCreates,
        ...destinationChanges,
        ...clusterChanges,
        ...base.changes.filter((c) => c.kind === 'stream'),
        // Last: a key is deleted only once no destination writes with it (the old one of a replace is gone).
        ...keyDeletes,
      ],
      live,
    ),
    unmanaged: base.unmanaged,
    uncompared: [...new Set([...base.uncompared, ...unreadBucketEnv(desired.buckets ?? [])])].sort(),
  };
  // A file that declares no setup (and no destination check) keeps its plan as it was: the checks
  // would only say that nothing was read.
  const needs = setupNeeds(desired);
  const cleanup = [...lookalikeChecks(plan, live, desired), ...keyCleanupChecks(live, destinationChanges, setup.keysUnread)];
  if (!needs.keys && !needs.clusters && !needs.clusterCheck && !needs.buckets && !options.verifyDestinations) {
    return cleanup.length > 0 ? { ...plan, checks: cleanup } : plan;
  }
  const checks = [...preflightChecks(desired, streams, plan, setup, clusters, currentKeys, options.verifyDestinations), ...cleanup];
  return checks.length > 0 ? { ...plan, checks } : plan;
}

/**
 * The write scopes applying `plan` takes: `monitor` for destinations and streams, and
 * `object_storage` / `lke` for managed keys and LKE clusters (buckets go through S3, not the token).
 */
export function writeScopes(plan: Plan): Scope[] {
  const kinds = new Set(plan.changes.filter((c) => c.action !== 'noop').map((c) => c.kind));
  const needed: Scope[] = [];
  if (kinds.has('destination') || kinds.has('stream')) needed.push('monitor:read_write');
  if (kinds.has('object_storage_key')) needed.push('object_storage:read_write');
  if (kinds.has('lke_cluster')) needed.push('lke:read_write');
  return needed;
}
