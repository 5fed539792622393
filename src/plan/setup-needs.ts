/**
 * Which reads a file needs before it can be planned, decided from the file alone: they all go
 * out together, with the Logs collections.
 */
import type { DesiredState, DesiredStream } from '../config/types.js';

/** What a file needs read before planning. */
export interface SetupNeeds {
  /** The plan cannot be made without the keys: a destination has `access_key: managed`. */
  keys: boolean;
  /**
   * The clean-up of managed keys needs them up front: with `prune: true` a managed key may be left
   * by any destination at all, even with nothing else to change. Without prune, only a plan that
   * makes a live destination stop writing with its key can leave one (see `mayLeaveKeys`): the
   * keys are read then, after the first plan, so a plan with nothing to change costs no listing.
   * A token that may not list keys leaves them unread.
   */
  keyCleanup: boolean;
  /** The plan cannot be made without the clusters: `lke_clusters:`, or clusters named by label. */
  clusters: boolean;
  /** Only the clusters check needs them: an `lke_audit_logs` stream names clusters by id. */
  clusterCheck: boolean;
  buckets: boolean;
}

/** Which reads a file needs. A file without setup sections needs none (and loads no S3 SDK). */
export function setupNeeds(desired: DesiredState): SetupNeeds {
  const clusters = (desired.lkeClusters?.length ?? 0) > 0 || desired.streams.some((s) => s.clusterRefs !== undefined);
  const keys = desired.destinations.some((d) => d.managedKey !== undefined);
  return {
    keys,
    keyCleanup: !keys && desired.prune,
    clusters,
    clusterCheck: !clusters && desired.streams.some((s) => namesClusters(s)),
    buckets: (desired.buckets?.length ?? 0) > 0,
  };
}

/** An `lke_audit_logs` stream limited to some clusters (not every cluster, present and future). */
export function namesClusters(stream: DesiredStream): boolean {
  return (
    stream.type === 'lke_audit_logs' &&
    stream.details?.is_auto_add_all_clusters_enabled !== true &&
    (stream.clusterRefs ?? stream.details?.cluster_ids ?? []).length > 0
  );
}
