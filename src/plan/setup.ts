/**
 * The setup around the Logs resources, planned purely: buckets with Object Lock, managed
 * least-privilege keys, LKE clusters with audit logs, and the pre-flight checks. Everything it
 * needs was read beforehand into a {@link LiveSetup}; this module does no I/O.
 */
import { createHash } from 'node:crypto';
import { isEnvRef, type DesiredBucket, type DesiredDestination, type DesiredState, type DesiredStream, type EnvRef } from '../config/types.js';
import { groupBy } from '../group.js';
import type { LkeCluster, ObjectStorageKey } from '../linode/account-types.js';
import { bucketOfHost } from '../linode/rules.js';
import type { Scope } from '../linode/scopes.js';
import type { LiveDestination, LiveState } from '../linode/types.js';
import { bucketHost, regionOfHost } from '../s3/endpoint.js';
import { describeRetention, retentionChange, type Retention } from '../s3/retention.js';
import { diff, PlanError, type DiffOptions } from './diff.js';
import { NEW_MANAGED_KEY } from './flatten.js';
import { setupNeeds } from './setup-needs.js';
import type { Change, Check, CheckStatus, FieldDiff, Plan, Shown } from './types.js';

/** What S3 said about a bucket (HeadBucket, then GetObjectLockConfiguration when it exists). */
export type BucketObservation =
  | {
      kind: 'read';
      reach: 'exists' | 'missing' | 'forbidden';
      /** Absent when the bucket is missing or was not readable. */
      lock?: LockObservation;
    }
  /** Not read in this run; `why` says so in words (e.g. its credentials are not set). */
  | { kind: 'unread'; why: string };

export type LockObservation =
  | { status: 'enabled'; retention: Retention | null }
  | { status: 'disabled' }
  | { status: 'unreadable'; reason: string };

/** Everything the setup plan needs from the account, read before planning (setup/read.ts). */
export interface LiveSetup {
  /**
   * The account's Object Storage keys: read when a destination has `access_key: managed`, and
   * to find managed keys no destination uses any more (see {@link SetupNeeds.keyCleanup}).
   */
  keys?: ObjectStorageKey[];
  /** Why the keys could not be read, when only the clean-up needed them (the token may not list keys). */
  keysUnread?: string;
  /**
   * The account's LKE clusters; read when `lke_clusters:` is used or an `lke_audit_logs` stream
   * names clusters (by id or label).
   */
  clusters?: LkeCluster[];
  /**
   * Why the clusters could not be read, when only the check needed them (a stream names clusters
   * by id, and the token may not read LKE): the check is skipped with this note, never failed.
   */
  clustersUnread?: string;
  /** By bucket name, for every bucket of `buckets:`, read with its `s3_credentials`. */
  buckets: Record<string, BucketObservation>;
  /**
   * By destination label, for Object Storage destinations with their own key whose bucket is in
   * `buckets:` (so its endpoint is known): the bucket as the destination's key sees it.
   */
  destinationAccess: Record<string, BucketObservation>;
  /**
   * With `verify-destinations: true`, by destination label: what the API's destination check
   * said at plan time, for each destination whose details are all known in this run.
   */
  verified?: Record<string, DestinationVerification>;
}

/** What `POST /monitor/streams/destinations/verify` said of a destination at plan time. */
export type DestinationVerification =
  | { kind: 'accepted' }
  /** The API refused the destination: `reason` is its answer (status and reasons), secret-free. */
  | { kind: 'refused'; reason: string }
  /** Not asked (`why`): details not known in this run, the bucket not there yet, the token may not. */
  | { kind: 'unverified'; why: string; bucketMissing?: boolean };

export const EMPTY_LIVE_SETUP: LiveSetup = { buckets: {}, destinationAccess: {} };

/**
 * Managed keys are labelled `linode-logs:<destination>:<8 hex>`, 50 characters at most (the API's
 * limit). A destination label longer than 29 characters is shortened to its first 20 and 6 hex
 * of its sha256, so two long labels with one beginning never share a prefix.
 */
export const MANAGED_KEY_PREFIX = 'linode-logs:';
const MAX_LABEL_PART = 29;

/** The label prefix of every managed key of one destination. */
export function managedKeyPrefix(destination: string): string {
  const part = destination.length <= MAX_LABEL_PART
    ? destination
    : `${destination.slice(0, 20)}~${createHash('sha256').update(destination, 'utf8').digest('hex').slice(0, 6)}`;
  return `${MANAGED_KEY_PREFIX}${part}:`;
}

/** Whether a key is one the action made, for any destination (`linode-logs:<…>:<8 hex>`). */
export function isManagedKey(key: { label: string }): boolean {
  return key.label.startsWith(MANAGED_KEY_PREFIX) && /^.+:[0-9a-f]{8}$/.test(key.label.slice(MANAGED_KEY_PREFIX.length));
}

/** Whether a key is one the action made for `destination` (found again by its label). */
export function isManagedKeyOf(key: { label: string }, destination: string): boolean {
  const prefix = managedKeyPrefix(destination);
  return key.label.startsWith(prefix) && /^[0-9a-f]{8}$/.test(key.label.slice(prefix.length));
}

/** A fresh label for a new managed key of `destination`; `suffix` is 8 random hex digits. */
export function managedKeyLabel(destination: string, suffix: string): string {
  return `${managedKeyPrefix(destination)}${suffix}`;
}

export interface SetupOptions extends DiffOptions {
  /** `verify-destinations: true`: the API's destination check runs at plan time and before each destination write. */
  verifyDestinations?: boolean;
}

export { setupNeeds, type SetupNeeds } from './setup-needs.js';

type Actionable = Exclude<Change, { action: 'noop' }>;

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
  const clusterChanges = (desired.lkeClusters ?? []).flatMap((entry): Change[] => {
    const cluster = findCluster(entry.ref, clusters, problems, `lke_clusters.${entry.ref}`);
    if (cluster === undefined) return [];
    if (cluster.tier !== 'enterprise') {
      problems.push(
        `LKE cluster "${cluster.label}" (#${cluster.id}) is tier ${cluster.tier}: Kubernetes API audit logs exist only on LKE Enterprise clusters. ` +
          'Remove it from lke_clusters (and from any stream\'s cluster_ids), or stream the audit logs of an LKE Enterprise cluster.',
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

  // A managed destination keeps its key while nothing else changes; any write rotates it.
  const liveDestinations = new Map(live.destinations.map((d) => [d.label, d]));
  const currentKeys = new Map<string, ObjectStorageKey>();
  const destinations = desired.destinations.map((destination) => {
    if (destination.managedKey === undefined) return destination;
    const key = currentManagedKey(destination, liveDestinations.get(destination.label), setup.keys ?? []);
    if (key === undefined) return destination;
    currentKeys.set(destination.label, key);
    return { ...destination, details: { ...destination.details, access_key_id: key.access_key } };
  });

  const bucketChanges = (desired.buckets ?? []).flatMap((bucket) => planBucket(bucket, setup.buckets[bucket.name], problems));
  if (problems.length > 0) throw new PlanError(problems);

  const base = diff({ ...desired, destinations, streams }, live, options);
  const byLabel = new Map(desired.destinations.map((d) => [d.label, d]));
  const keyCreates: Change[] = [];
  const destinationChanges = base.changes.filter((c) => c.kind === 'destination').map((planned) => {
    const wanted = byLabel.get(planned.label);
    if (wanted?.managedKey === undefined) return planned;
    const current = currentKeys.get(planned.label);
    const liveOne = liveDestinations.get(planned.label);
    // The live destination uses a key that is not its managed key (any more): give it one.
    const change: Change = planned.action === 'noop' && current === undefined && liveOne !== undefined
      ? { kind: 'destination', label: planned.label, action: 'update', id: liveOne.id, version: liveOne.version, fields: [], reason: 'fields', desired: wanted }
      : planned;
    const rotates = change.action === 'create' || change.action === 'update' || change.action === 'replace';
    if (rotates) {
      keyCreates.push({
        kind: 'object_storage_key',
        action: 'create',
        label: `${managedKeyPrefix(wanted.label)}…`,
        desired: { destination: wanted.label, ...wanted.managedKey },
        fields: [{ path: 'bucket_access', before: { kind: 'absent' }, after: value(`read_write on ${wanted.managedKey.bucket} (${wanted.managedKey.region})`) }],
        note: `for destination ${wanted.label}`,
      });
    }
    return rotates ? withNewKey(change, wanted, current) : change;
  });
  const keyDeletes = staleManagedKeys(desired, live, setup.keys ?? [], destinationChanges, currentKeys);

  const plan: Plan = {
    changes: [
      ...bucketChanges,
      ...keyCreates,
      ...destinationChanges,
      ...clusterChanges,
      ...base.changes.filter((c) => c.kind === 'stream'),
      // Last: a key is deleted only once no destination writes with it (the old one of a replace is gone).
      ...keyDeletes,
    ],
    unmanaged: base.unmanaged,
    uncompared: [...new Set([...base.uncompared, ...unreadBucketEnv(desired.buckets ?? [])])].sort(),
  };
  // A file that declares no setup (and no destination check) keeps its plan as it was: the checks
  // would only say that nothing was read.
  const needs = setupNeeds(desired);
  const cleanup = keyCleanupChecks(live, destinationChanges, setup.keysUnread);
  if (!needs.keys && !needs.clusters && !needs.clusterCheck && !needs.buckets && !options.verifyDestinations) {
    return cleanup.length > 0 ? { ...plan, checks: cleanup } : plan;
  }
  const checks = [...preflightChecks(desired, streams, plan, setup, clusters, currentKeys, options), ...cleanup];
  return checks.length > 0 ? { ...plan, checks } : plan;
}

function value(v: string | boolean | number): Shown {
  return { kind: 'value', value: v };
}

/** The key a managed destination uses now, if it is one of ours, limited to exactly its bucket. */
function currentManagedKey(destination: DesiredDestination, live: LiveDestination | undefined, keys: ObjectStorageKey[]): ObjectStorageKey | undefined {
  if (live === undefined || live.type !== destination.type || destination.managedKey === undefined) return undefined;
  const { bucket, region } = destination.managedKey;
  const key = keys.find((k) => k.access_key === live.details.access_key_id);
  if (key === undefined || !isManagedKeyOf(key, destination.label)) return undefined;
  const access = key.bucket_access ?? [];
  const exact = access.length === 1 && access[0]?.bucket_name === bucket && access[0].region === region && access[0].permissions === 'read_write';
  return exact ? key : undefined;
}

/**
 * Managed keys (by label) that no destination will write with once the plan is applied, of a
 * destination the file names (rotated; switched to keys of its own or another type; unused keys
 * an interrupted run left, whose secrets are lost) or, with `prune: true`, of any other (its
 * destination pruned, or already gone). Never a key a live destination still writes with after
 * the plan; each waits for the changes of the destinations that write with it now (`after`).
 */
function staleManagedKeys(
  desired: DesiredState,
  live: LiveState,
  keys: ObjectStorageKey[],
  destinationChanges: Change[],
  currentKeys: Map<string, ObjectStorageKey>,
): Change[] {
  const changeOf = new Map(destinationChanges.map((c) => [c.label, c]));
  const liveLabels = new Set(live.destinations.map((d) => d.label));
  const deletes: Change[] = [];
  for (const key of keys) {
    if (!isManagedKey(key)) continue;
    const owner = desired.destinations.find((d) => isManagedKeyOf(key, d.label));
    // Without prune, a key of a destination the file does not name is left alone, like the destination.
    if (owner === undefined && !desired.prune) continue;
    const writers = live.destinations.filter((d) => d.details.access_key_id === key.access_key);
    if (writers.some((d) => keepsKey(changeOf.get(d.label), key.access_key))) continue;
    // A destination this plan creates with that very key id (written into the file) would use it too.
    if (desired.destinations.some((d) => !liveLabels.has(d.label) && d.managedKey === undefined && textOf(d.details.access_key_id) === key.access_key)) continue;
    deletes.push({
      kind: 'object_storage_key',
      action: 'delete',
      label: key.label,
      id: key.id,
      version: 0,
      note: staleKeyNote(key, owner, writers, currentKeys),
      ...(writers.length > 0 ? { after: writers.map((d) => d.label).sort() } : {}),
    });
  }
  return deletes.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/**
 * Whether the plan makes a live Object Storage destination stop writing with its key (deleted,
 * rewritten with another key or as another type): that key may be a managed one, which the plan
 * must then delete, so the keys have to be read (see {@link SetupNeeds.keyCleanup}).
 */
export function mayLeaveKeys(plan: Plan, live: LiveState): boolean {
  const changeOf = new Map(plan.changes.filter((c) => c.kind === 'destination').map((c) => [c.label, c]));
  return live.destinations.some(
    (d) => d.type === 'akamai_object_storage' && typeof d.details.access_key_id === 'string' && !keepsKey(changeOf.get(d.label), d.details.access_key_id),
  );
}

/**
 * When the keys could not be read: a warning for each live Object Storage destination that stops
 * writing with its key in this plan, as that key may be a managed one that would stay behind.
 */
function keyCleanupChecks(live: LiveState, destinationChanges: Change[], keysUnread: string | undefined): Check[] {
  if (keysUnread === undefined) return [];
  const changeOf = new Map(destinationChanges.map((c) => [c.label, c]));
  return live.destinations
    .filter((d) => d.type === 'akamai_object_storage' && typeof d.details.access_key_id === 'string' && !keepsKey(changeOf.get(d.label), d.details.access_key_id))
    .map((d) =>
      check(
        `destination ${d.label}`,
        CHECK.staleKeys,
        'warn',
        `${keysUnread}. If it writes with a managed key (${managedKeyPrefix(d.label)}…), that key stays after this plan: delete it by hand`,
      ),
    );
}

/** Why a managed key goes, in a few words. */
function staleKeyNote(key: ObjectStorageKey, owner: DesiredDestination | undefined, writers: LiveDestination[], currentKeys: Map<string, ObjectStorageKey>): string {
  if (owner === undefined) {
    return writers.length > 0 ? `its destination ${writers.map((d) => d.label).join(', ')} is pruned` : 'no destination uses it (prune: true)';
  }
  const wrote = writers.some((d) => d.label === owner.label);
  if (owner.managedKey === undefined) return wrote ? `${owner.label} no longer uses a managed key` : `unused key of ${owner.label} (its secret is lost)`;
  return key.id === currentKeys.get(owner.label)?.id || wrote ? `replaced by the new key of ${owner.label}` : `unused key of ${owner.label} (its secret is lost)`;
}

/**
 * Whether a live destination that writes with `accessKey` still does once `change` is applied.
 * No change (not in the file, prune false) or none needed: yes. Deleted, or rewritten with a new
 * managed key, another key or a type without keys: no. A key id not known in this run: assume yes.
 */
function keepsKey(change: Change | undefined, accessKey: string): boolean {
  if (change === undefined || change.action === 'noop' || change.action === 'create') return true;
  if (change.action === 'delete') return false;
  if (change.kind !== 'destination') return true;
  const wanted = change.desired;
  if (wanted.managedKey !== undefined || wanted.type !== 'akamai_object_storage') return false;
  const id = textOf(wanted.details.access_key_id);
  return id === undefined || id === accessKey;
}

/** A write of a managed destination carries a new key: the plan says so field by field. */
function withNewKey(change: Change, desired: DesiredDestination, current: ObjectStorageKey | undefined): Change {
  if (change.kind !== 'destination' || (change.action !== 'update' && change.action !== 'replace' && change.action !== 'create')) return change;
  if (change.action === 'create') return { ...change, desired };
  const fields: FieldDiff[] = change.fields.filter((f) => f.path !== 'details.access_key_id');
  fields.push({ path: 'details.access_key_id', before: current ? value(current.access_key) : value('(not a managed key)'), after: value(NEW_MANAGED_KEY) });
  fields.sort((a, b) => (a.path < b.path ? -1 : 1));
  // A rotation is a field change: the new key is a new access_key_id.
  if (change.action === 'update') return { ...change, desired, fields, reason: 'fields' };
  return { ...change, desired, fields };
}

function planBucket(bucket: DesiredBucket, observed: BucketObservation | undefined, problems: string[]): Change[] {
  const lock = bucket.objectLock;
  const fields = (before: Retention | null | undefined, after: Retention | undefined): FieldDiff[] => {
    const shown = (r: Retention | null | undefined): Shown => (r ? value(describeRetention(r)) : { kind: 'absent' });
    return after === undefined ? [] : [{ path: 'object_lock', before: shown(before), after: shown(after) }];
  };
  if (observed === undefined || observed.kind === 'unread') return [];
  const target = { kind: 'bucket' as const, label: bucket.name, desired: bucket };
  switch (observed.reach) {
    case 'missing':
      return [{ ...target, action: 'create', fields: [{ path: 'region', before: { kind: 'absent' }, after: value(bucket.region) }, ...fields(undefined, lock)] }];
    case 'forbidden':
      problems.push(
        `bucket ${bucket.name} (${bucket.region}): the S3 credentials of buckets.${bucket.name} may not use it (403). ` +
          'Check that access_key_id and secret_access_key belong together and are an unlimited key valid in that region; if the name is taken by another account, choose another bucket name.',
      );
      return [];
    case 'exists':
      break;
    default: {
      const never: never = observed.reach;
      throw new Error(`unhandled bucket reach ${String(never)}`);
    }
  }
  const noop: Change = { kind: 'bucket', label: bucket.name, action: 'noop', id: 0 };
  if (lock === undefined) return [noop];
  const state = observed.lock;
  if (state === undefined || state.status === 'unreadable') {
    problems.push(
      `bucket ${bucket.name} (${bucket.region}): cannot read its Object Lock configuration${state ? ` (${state.reason})` : ''}; ` +
        `the s3_credentials of buckets.${bucket.name} must be an unlimited key valid in ${bucket.region}.`,
    );
    return [];
  }
  if (state.status === 'disabled') {
    problems.push(
      `bucket ${bucket.name} (${bucket.region}) exists without Object Lock, and Object Lock can only be enabled when a bucket is created. ` +
        `Declare a new bucket under buckets: (the action creates it with Object Lock) and point the destination's bucket_name and host at it, ` +
        `or remove object_lock from buckets.${bucket.name} to keep using this bucket without it.`,
    );
    return [];
  }
  const change = retentionChange(state.retention, lock);
  switch (change.kind) {
    case 'same':
      return [noop];
    case 'kept':
      return [{ ...noop, note: change.note }];
    case 'update':
      return [{ ...target, action: 'update', id: 0, version: 0, reason: 'fields', fields: fields(state.retention, change.to), ...(change.note ? { note: change.note } : {}) }];
    default: {
      const never: never = change;
      throw new Error(`unhandled retention change ${String(never)}`);
    }
  }
}

/** A bucket whose credentials are not set in this run was not compared: say so, by variable name. */
function unreadBucketEnv(buckets: DesiredBucket[]): string[] {
  return buckets.flatMap((b) => [b.credentials.accessKeyId, b.credentials.secretAccessKey].filter((ref) => ref.value === undefined).map((ref) => ref.name));
}

// ---- LKE clusters ----

interface ClusterIndex {
  read: boolean;
  byId: Map<number, LkeCluster>;
  byLabel: Map<string, LkeCluster[]>;
  all: LkeCluster[];
}

function clusterIndex(clusters: LkeCluster[] | undefined): ClusterIndex {
  const byLabel = groupBy(clusters ?? [], (c) => c.label);
  return { read: clusters !== undefined, byId: new Map((clusters ?? []).map((c) => [c.id, c])), byLabel, all: clusters ?? [] };
}

/** `clusters: prod (#7), dev (#8)`, or that there are none. */
function clusterList(list: LkeCluster[]): string {
  return list.length === 0 ? 'the account has none' : `clusters: ${list.map((c) => `${c.label} (#${c.id})`).join(', ')}`;
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
  if (matches.length > 1) problems.push(`${where}: ${matches.length} LKE clusters are labelled "${ref}" (ids ${matches.map((c) => c.id).join(', ')}); name the one you mean by id`);
  return matches.length === 1 ? matches[0] : undefined;
}

function resolveClusterRefs(stream: DesiredStream, index: ClusterIndex, problems: string[]): DesiredStream {
  if (stream.clusterRefs === undefined) return stream;
  const ids = stream.clusterRefs.map((ref, i) => findCluster(ref, index, problems, `streams.${stream.label}.details.cluster_ids[${i}]`)?.id);
  const resolved = ids.filter((id): id is number => id !== undefined);
  return { ...stream, details: { ...stream.details, cluster_ids: [...new Set(resolved)] } };
}

// ---- pre-flight checks ----

const CHECK = {
  host: 'host matches bucket and region',
  reachable: 'bucket reachable with its key',
  objectLock: 'Object Lock retention',
  verify: 'API destination check',
  clusters: 'LKE clusters with audit logs',
  staleKeys: 'old managed key deleted',
} as const;

function check(subject: string, name: string, status: CheckStatus, detail: string): Check {
  return { subject, check: name, status, detail };
}

function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  return isEnvRef(v) ? (v as EnvRef).value : undefined;
}

function preflightChecks(
  desired: DesiredState,
  streams: DesiredStream[],
  plan: Plan,
  setup: LiveSetup,
  clusters: ClusterIndex,
  currentKeys: Map<string, ObjectStorageKey>,
  options: SetupOptions,
): Check[] {
  const checks: Check[] = [];
  const buckets = new Map((desired.buckets ?? []).map((b) => [b.name, b]));
  // By kind and label, once: a lookup per destination, not a scan of every change (thousands at scale).
  const changes = new Map<string, Change>();
  for (const c of plan.changes) if (!changes.has(`${c.kind}\0${c.label}`)) changes.set(`${c.kind}\0${c.label}`, c);
  const changeOf = (kind: Change['kind'], label: string) => changes.get(`${kind}\0${label}`);
  for (const destination of desired.destinations) {
    const subject = `destination ${destination.label}`;
    const bucketName = textOf(destination.details.bucket_name);
    const host = textOf(destination.details.host);
    const declared = bucketName === undefined ? undefined : buckets.get(bucketName);
    const bucketChange = bucketName === undefined ? undefined : changeOf('bucket', bucketName);
    const destinationChange = changeOf('destination', destination.label);

    if (destination.type === 'akamai_object_storage') {
      // Host: the bucket's own host in the bucket's region.
      if (host === undefined || bucketName === undefined) {
        checks.push(check(subject, CHECK.host, 'skipped', 'bucket_name or host comes from a variable not set in this run'));
      } else if (declared !== undefined) {
        const expected = bucketHost(bucketName, declared.region);
        checks.push(host === expected
          ? check(subject, CHECK.host, 'pass', `${host}: bucket ${bucketName} in ${declared.region}`)
          : check(subject, CHECK.host, 'fail', `host is ${host}; bucket ${bucketName} is in ${declared.region}: use ${expected}`));
      } else {
        const region = regionOfHost(host);
        const hostBucket = bucketOfHost(host);
        if (hostBucket !== undefined && hostBucket !== bucketName) {
          checks.push(check(subject, CHECK.host, 'fail', `host ${host} names bucket ${hostBucket}, not ${bucketName}`));
        } else if (region === undefined) {
          checks.push(check(subject, CHECK.host, 'warn', `${host} is not a <bucket>.<region>-1.linodeobjects.com host: its region cannot be checked`));
        } else {
          checks.push(check(subject, CHECK.host, 'pass', `${host}: bucket ${bucketName} in ${region}`));
        }
      }

      // Reachable with the destination's own key.
      const bucketCreated = bucketChange?.action === 'create';
      if (destination.managedKey !== undefined) {
        const { bucket, region } = destination.managedKey;
        const current = currentKeys.get(destination.label);
        const rotates = destinationChange !== undefined && destinationChange.action !== 'noop';
        if (rotates || current === undefined) {
          checks.push(check(subject, CHECK.reachable, 'pending', `${bucketCreated ? `bucket ${bucket} is created by this plan; ` : ''}a new key limited to read_write on ${bucket} (${region}) is created by this plan`));
        } else {
          checks.push(check(subject, CHECK.reachable, 'pass', `managed key ${current.label} (#${current.id}) has read_write on ${bucket} (${region}) only`));
        }
      } else {
        const seen = setup.destinationAccess[destination.label];
        if (seen === undefined) {
          // Decided: HeadBucket only for buckets under buckets: (their endpoint is known); the API's check covers the rest.
          checks.push(check(subject, CHECK.reachable, 'skipped', `bucket ${bucketName ?? '(from a variable)'} is not under buckets:, so its S3 endpoint is not known; declare it there to check, or set verify-destinations: true for the API's check`));
        } else if (seen.kind === 'unread') {
          checks.push(check(subject, CHECK.reachable, 'skipped', seen.why));
        } else if (seen.reach === 'exists') {
          checks.push(check(subject, CHECK.reachable, 'pass', `HeadBucket ${bucketName} with the destination's key: OK`));
        } else if (seen.reach === 'missing') {
          checks.push(bucketCreated
            ? check(subject, CHECK.reachable, 'pending', `bucket ${bucketName} is created by this plan; the key must have read_write on it`)
            : check(subject, CHECK.reachable, 'fail', `bucket ${bucketName} does not exist: declare it under buckets: to have it created`));
        } else {
          checks.push(check(subject, CHECK.reachable, bucketCreated ? 'pending' : 'fail', `the destination's key may not use bucket ${bucketName} (403): give the key read_write on it, or use access_key: managed`));
        }
      }

      // Object Lock with at least the declared retention.
      if (declared?.objectLock !== undefined) {
        const wanted = describeRetention(declared.objectLock);
        const observed = setup.buckets[declared.name];
        const lock = observed?.kind === 'read' ? observed.lock : undefined;
        const live = lock?.status === 'enabled' ? lock.retention : null;
        const change = retentionChange(live, declared.objectLock);
        if (observed?.kind === 'unread') checks.push(check(subject, CHECK.objectLock, 'skipped', observed.why));
        else if (bucketChange?.action === 'create') checks.push(check(subject, CHECK.objectLock, 'pending', `bucket created with Object Lock, ${wanted}`));
        else if (bucketChange?.action === 'update' && change.kind === 'update') checks.push(check(subject, CHECK.objectLock, 'pending', `default retention raised to ${describeRetention(change.to)} by this plan`));
        else if (change.kind === 'kept' && live !== null) checks.push(check(subject, CHECK.objectLock, 'pass', `Object Lock on, default retention ${describeRetention(live)}: at least the declared ${wanted} (kept; the action only ever raises a retention)`));
        else checks.push(check(subject, CHECK.objectLock, 'pass', `Object Lock on, default retention ${wanted}`));
      } else {
        const lock = (declared ? setup.buckets[declared.name] : setup.destinationAccess[destination.label]);
        const state = lock?.kind === 'read' ? lock.lock : undefined;
        if (lock?.kind === 'unread') checks.push(check(subject, CHECK.objectLock, 'skipped', lock.why));
        else if (state === undefined) checks.push(check(subject, CHECK.objectLock, 'skipped', declared || lock ? 'the bucket could not be read' : 'no retention declared (buckets: … object_lock:), and the bucket is not read'));
        else if (state.status === 'unreadable') checks.push(check(subject, CHECK.objectLock, 'skipped', state.reason));
        else if (state.status === 'disabled') checks.push(check(subject, CHECK.objectLock, 'warn', `bucket ${bucketName} has no Object Lock: delivered logs can be deleted or overwritten`));
        else checks.push(check(subject, CHECK.objectLock, 'pass', state.retention ? `Object Lock on, default retention ${describeRetention(state.retention)}` : 'Object Lock on, no default retention'));
      }
    }

    if (options.verifyDestinations) checks.push(verifyCheck(destination, destinationChange, bucketChange, setup.verified?.[destination.label]));
  }

  for (const stream of streams) {
    if (stream.type !== 'lke_audit_logs') continue;
    const subject = `stream ${stream.label}`;
    if (stream.details?.is_auto_add_all_clusters_enabled === true) {
      checks.push(check(subject, CHECK.clusters, 'skipped', 'is_auto_add_all_clusters_enabled: every cluster, including future ones'));
      continue;
    }
    if (!clusters.read) {
      checks.push(check(subject, CHECK.clusters, 'skipped', setup.clustersUnread ?? 'the LKE clusters were not read in this run'));
      continue;
    }
    const problems: string[] = [];
    const pending: string[] = [];
    const fine: string[] = [];
    for (const id of stream.details?.cluster_ids ?? []) {
      const cluster = clusters.byId.get(id);
      if (cluster === undefined) problems.push(`no LKE cluster #${id} on the account (${clusterList(clusters.all)}): fix cluster_ids`);
      else if (cluster.tier !== 'enterprise') problems.push(`${cluster.label} (#${id}) is tier ${cluster.tier}: Kubernetes API audit logs exist only on LKE Enterprise clusters`);
      else if (cluster.control_plane.audit_logs_enabled) fine.push(`${cluster.label} (#${id})`);
      else if (changeOf('lke_cluster', cluster.label)?.action === 'update') pending.push(`${cluster.label} (#${id}) gets audit logs by this plan`);
      else problems.push(`${cluster.label} (#${id}) has audit logs off: add it under lke_clusters: with audit_logs: true`);
    }
    if (problems.length > 0) checks.push(check(subject, CHECK.clusters, 'fail', [...problems, ...pending, ...fine].join('; ')));
    else if (pending.length > 0) checks.push(check(subject, CHECK.clusters, 'pending', [...pending, ...fine.map((f) => `${f} on`)].join('; ')));
    else checks.push(check(subject, CHECK.clusters, 'pass', `${fine.join(', ')}: audit logs on`));
  }
  return checks;
}

const VERIFY_CALL = 'POST /monitor/streams/destinations/verify';

/**
 * The API's destination check (`verify-destinations: true`), as asked at plan time. A managed
 * key's secret is known only to the run that makes it, so a managed destination is checked by
 * apply, before it is written with a new key.
 */
function verifyCheck(destination: DesiredDestination, change: Change | undefined, bucketChange: Change | undefined, verified: DestinationVerification | undefined): Check {
  const subject = `destination ${destination.label}`;
  const writes = change !== undefined && change.action !== 'noop' && change.action !== 'delete';
  const inApply = writes ? `; apply runs it before the ${change.action === 'update' ? 'update' : 'create'}` : '';
  if (destination.managedKey !== undefined) {
    return writes
      ? check(subject, CHECK.verify, 'pending', `a new managed key is made by this plan: apply runs ${VERIFY_CALL} with it before the ${change.action === 'update' ? 'update' : 'create'}`)
      : check(subject, CHECK.verify, 'skipped', `the managed key's secret is known only when it is made: apply runs ${VERIFY_CALL} before each rotation`);
  }
  if (verified === undefined) return check(subject, CHECK.verify, 'skipped', `not verified in this run${inApply}`);
  switch (verified.kind) {
    case 'accepted':
      return check(subject, CHECK.verify, 'pass', `${VERIFY_CALL}: accepted${destination.type === 'akamai_object_storage' ? ' (a test object was written into the bucket)' : ''}`);
    case 'refused':
      return check(subject, CHECK.verify, 'fail', `${VERIFY_CALL} refused it: ${verified.reason}`);
    case 'unverified':
      if (verified.bucketMissing && bucketChange?.action === 'create') {
        return check(subject, CHECK.verify, 'pending', `its bucket is created by this plan${inApply}`);
      }
      return check(subject, CHECK.verify, 'skipped', `${verified.why}${inApply}`);
    default: {
      const never: never = verified;
      throw new Error(`unhandled verification ${String(never)}`);
    }
  }
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

/** The checks that block apply. */
export function failedChecks(plan: Plan): Check[] {
  return (plan.checks ?? []).filter((c) => c.status === 'fail');
}

export type { Actionable as SetupActionable };
