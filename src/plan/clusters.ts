/**
 * LKE clusters, planned purely: clusters named by id or label in `lke_clusters:` and in the
 * streams' `cluster_ids`, found on the account, and audit logs turned on where they are off.
 */
import type { DesiredLkeCluster, DesiredStream } from '../config/types.js';
import { groupBy } from '../group.js';
import type { LkeCluster } from '../linode/account-types.js';
import type { Change } from './types.js';
import { tierOf, value } from './values.js';

/** The account's clusters by id and by label; `read` is false when they were not read in this run. */
export interface ClusterIndex {
  read: boolean;
  byId: Map<number, LkeCluster>;
  byLabel: Map<string, LkeCluster[]>;
  all: LkeCluster[];
}

/** The index of the clusters read (`undefined`: not read). */
export function clusterIndex(clusters: LkeCluster[] | undefined): ClusterIndex {
  const byLabel = groupBy(clusters ?? [], (c) => c.label);
  return { read: clusters !== undefined, byId: new Map((clusters ?? []).map((c) => [c.id, c])), byLabel, all: clusters ?? [] };
}

/** `clusters: prod (#7), dev (#8)`, or that there are none. */
export function clusterList(list: LkeCluster[]): string {
  return list.length === 0 ? 'the account has none' : `clusters: ${list.map((c) => `${c.label} (#${c.id})`).join(', ')}`;
}

/**
 * The changes of `lke_clusters:`: audit logs turned on where they are off. A cluster that does
 * not exist, or is not LKE Enterprise, is a problem (pushed onto `problems`).
 */
export function planClusters(entries: DesiredLkeCluster[], clusters: ClusterIndex, problems: string[]): Change[] {
  return entries.flatMap((entry): Change[] => {
    const cluster = findCluster(entry.ref, clusters, problems, `lke_clusters.${entry.ref}`);
    if (cluster === undefined) return [];
    if (cluster.tier !== 'enterprise') {
      problems.push(
        `LKE cluster "${cluster.label}" (#${cluster.id}) is ${tierOf(cluster)}: Kubernetes API audit logs exist only on LKE Enterprise clusters. ` +
          "Remove it from lke_clusters (and from any stream's cluster_ids), or stream the audit logs of an LKE Enterprise cluster.",
      );
      return [];
    }
    const base = { kind: 'lke_cluster' as const, label: cluster.label, id: cluster.id };
    if (cluster.control_plane.audit_logs_enabled) return [{ ...base, action: 'noop' }];
    return [
      {
        ...base,
        action: 'update',
        // LKE clusters have no version: an edit after the plan is not detected (the update is idempotent).
        version: 0,
        reason: 'fields',
        desired: { auditLogs: true },
        fields: [{ path: 'control_plane.audit_logs_enabled', before: value(false), after: value(true) }],
      },
    ];
  });
}

function findCluster(ref: number | string, index: ClusterIndex, problems: string[], where: string): LkeCluster | undefined {
  if (!index.read) throw new Error('internal error: LKE clusters were not read');
  if (typeof ref === 'number') {
    const cluster = index.byId.get(ref);
    if (cluster === undefined) problems.push(`${where}: no LKE cluster #${ref} on the account (${clusterList(index.all)})`);
    return cluster;
  }
  const matches = index.byLabel.get(ref) ?? [];
  if (matches.length === 0) problems.push(`${where}: no LKE cluster labelled "${ref}" on the account (${clusterList(index.all)})`);
  if (matches.length > 1)
    problems.push(`${where}: ${matches.length} LKE clusters are labelled "${ref}" (ids ${matches.map((c) => c.id).join(', ')}); name the one you mean by id`);
  return matches.length === 1 ? matches[0] : undefined;
}

/** A stream that names clusters by label, with their ids in `cluster_ids` (a cluster not found is a problem). */
export function resolveClusterRefs(stream: DesiredStream, index: ClusterIndex, problems: string[]): DesiredStream {
  if (stream.clusterRefs === undefined) return stream;
  const ids = stream.clusterRefs.map((ref, i) => findCluster(ref, index, problems, `streams.${stream.label}.details.cluster_ids[${i}]`)?.id);
  const resolved = ids.filter((id): id is number => id !== undefined);
  return { ...stream, details: { ...stream.details, cluster_ids: [...new Set(resolved)] } };
}
