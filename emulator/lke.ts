/**
 * LKE clusters, as far as log delivery cares: `GET /lke/clusters[/{id}]` and
 * `PUT /lke/clusters/{id}` with `control_plane.audit_logs_enabled`. Clusters are not created
 * through the API here: tests and the demo seed them.
 */
import { LKE_TIERS, type LkeCluster, type LkeTier } from '../src/linode/account-types.js';
import type { RuleViolation } from '../src/linode/rules.js';
import type { ApiContext, Handler } from './context.js';
import { applyFilter, paginate } from './paging.js';
import { EMULATOR_REASONS as R } from './reasons.js';
import { errors, notFound, ok, type Reply } from './reply.js';
import { SeedError, timestamp } from './store.js';
import type { SeedLkeCluster } from './types.js';
import { isObject } from './validate.js';

export const FIRST_CLUSTER_ID = 4000;
const DEFAULT_K8S_VERSION = '1.31';

export interface ClusterRecord {
  id: number;
  label: string;
  region: string;
  k8sVersion: string;
  tier: LkeTier;
  highAvailability: boolean;
  auditLogsEnabled: boolean;
  tags: string[];
  created: string;
  updated: string;
}

export class LkeStore {
  readonly clusters = new Map<number, ClusterRecord>();
  private nextId = FIRST_CLUSTER_ID;

  constructor(readonly now: () => number) {}

  reset(): void {
    this.clusters.clear();
    this.nextId = FIRST_CLUSTER_ID;
  }

  records(): ClusterRecord[] {
    return [...this.clusters.values()].sort((a, b) => a.id - b.id);
  }

  view(record: ClusterRecord): LkeCluster {
    return {
      id: record.id,
      label: record.label,
      region: record.region,
      k8s_version: record.k8sVersion,
      tier: record.tier,
      control_plane: { high_availability: record.highAvailability, audit_logs_enabled: record.auditLogsEnabled },
      status: 'ready',
      tags: [...record.tags],
      created: record.created,
      updated: record.updated,
    };
  }

  /** Checks a seed without changing anything; the returned function puts it in. */
  prepareSeed(seeds: SeedLkeCluster[]): () => void {
    const used = new Set(this.clusters.keys());
    let next = this.nextId;
    const now = timestamp(this.now());
    const records = seeds.map((seed, i): ClusterRecord => {
      const at = `lkeClusters[${i}]`;
      if (!isObject(seed)) throw new SeedError(`${at} must be an object`);
      if (typeof seed.label !== 'string' || seed.label === '') throw new SeedError(`${at}.label must be a non-empty string`);
      if (typeof seed.region !== 'string' || seed.region === '') throw new SeedError(`${at}.region must be a non-empty string`);
      const tier = seed.tier ?? 'standard';
      if (!(LKE_TIERS as readonly string[]).includes(tier)) throw new SeedError(`${at}.tier must be standard or enterprise`);
      if (seed.control_plane?.audit_logs_enabled === true && tier !== 'enterprise') {
        throw new SeedError(`${at}: only enterprise clusters can have audit logs enabled`);
      }
      let id = seed.id;
      if (id !== undefined) {
        if (!Number.isInteger(id) || id < 1) throw new SeedError(`${at}.id must be a positive integer`);
        if (used.has(id)) throw new SeedError(`${at}.id ${id} is already in use`);
      } else {
        while (used.has(next)) next += 1;
        id = next;
      }
      used.add(id);
      next = Math.max(next, id + 1);
      return {
        id,
        label: seed.label,
        region: seed.region,
        k8sVersion: seed.k8s_version ?? DEFAULT_K8S_VERSION,
        tier,
        // LKE Enterprise control planes are highly available.
        highAvailability: seed.control_plane?.high_availability ?? tier === 'enterprise',
        auditLogsEnabled: seed.control_plane?.audit_logs_enabled ?? false,
        tags: [...(seed.tags ?? [])],
        created: now,
        updated: now,
      };
    });
    return () => {
      for (const record of records) this.clusters.set(record.id, record);
      this.nextId = next;
    };
  }
}

const UPDATE_KEYS = ['label', 'k8s_version', 'tags', 'control_plane'];
const CONTROL_PLANE_KEYS = ['high_availability', 'audit_logs_enabled', 'acl'];

function updateProblems(body: Record<string, unknown>, record: ClusterRecord): RuleViolation[] {
  const problems: RuleViolation[] = [];
  if (Object.keys(body).some((key) => !UPDATE_KEYS.includes(key))) problems.push({ reason: R.unknownFields });
  if (body.label !== undefined && (typeof body.label !== 'string' || body.label.trim() === '')) {
    problems.push({ reason: R.mustBeString, field: 'label' });
  }
  if (body.k8s_version !== undefined && typeof body.k8s_version !== 'string') problems.push({ reason: R.mustBeString, field: 'k8s_version' });
  if (body.tags !== undefined && !(Array.isArray(body.tags) && body.tags.every((t) => typeof t === 'string'))) {
    problems.push({ reason: R.mustBeList, field: 'tags' });
  }
  const plane = body.control_plane;
  if (plane === undefined) return problems;
  if (!isObject(plane)) return [...problems, { reason: R.mustBeObject, field: 'control_plane' }];
  if (Object.keys(plane).some((key) => !CONTROL_PLANE_KEYS.includes(key))) problems.push({ reason: R.unknownFields, field: 'control_plane' });
  for (const key of ['high_availability', 'audit_logs_enabled']) {
    if (plane[key] !== undefined && typeof plane[key] !== 'boolean') problems.push({ reason: R.mustBeBoolean, field: `control_plane.${key}` });
  }
  // Kubernetes API audit logs exist only on LKE Enterprise (the emulator's wording).
  if (plane.audit_logs_enabled === true && record.tier !== 'enterprise') {
    problems.push({ reason: R.auditLogsEnterpriseOnly, field: 'control_plane.audit_logs_enabled' });
  }
  return problems;
}

function found(ctx: ApiContext, then: (record: ClusterRecord) => Reply): Reply {
  const record = ctx.lke.clusters.get(ctx.id);
  return record ? then(record) : notFound();
}

const list: Handler = (ctx) => paginate(applyFilter(ctx.lke.records(), ctx.filter), ctx.query, ctx.settings.maxPageSize, (record) => ctx.lke.view(record));

const get: Handler = (ctx) => found(ctx, (record) => ok(ctx.lke.view(record)));

const update: Handler = (ctx) =>
  found(ctx, (record) => {
    const problems = updateProblems(ctx.body, record);
    if (problems.length > 0) return errors(400, problems);
    const body = ctx.body as { label?: string; k8s_version?: string; tags?: string[]; control_plane?: Record<string, unknown> };
    if (body.label !== undefined) record.label = body.label;
    if (body.k8s_version !== undefined) record.k8sVersion = body.k8s_version;
    if (body.tags !== undefined) record.tags = [...body.tags];
    const plane = body.control_plane;
    if (typeof plane?.high_availability === 'boolean') record.highAvailability = plane.high_availability;
    if (typeof plane?.audit_logs_enabled === 'boolean') record.auditLogsEnabled = plane.audit_logs_enabled;
    record.updated = timestamp(ctx.lke.now());
    return ok(ctx.lke.view(record));
  });

export const lkeHandlers = { list, get, update };
