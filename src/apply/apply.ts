import { randomBytes } from 'node:crypto';
import type { DesiredBucket } from '../config/types.js';
import type { AccountApi } from '../linode/account-client.js';
import type { LogsApi } from '../linode/logs-client.js';
import type { LiveState, LiveStream } from '../linode/types.js';
import { managedKeyLabel } from '../plan/keys.js';
import type { Change, Plan } from '../plan/types.js';
import type { BucketClient } from '../s3/bucket-client.js';
import { describeApiFailure, isTransient } from './failure.js';
import { mapWithConcurrency } from './pool.js';
import { destinationBody, streamBody, updateBodyOf, type ManagedKeyPair } from './resolve.js';
import { waitForStreamGone, waitForStreamSettled, type Waiting } from './wait.js';

/** What apply needs for the setup around the Logs resources (plan/setup.ts). */
export interface SetupApply {
  account: AccountApi;
  /** The client for a bucket of `buckets:`, with its `s3_credentials`. */
  bucketClient: (bucket: DesiredBucket) => BucketClient;
  /** 8 hex digits for a new managed key's label; random by default. */
  keySuffix?: () => string;
  /** `verify-destinations: true`: the API's destination check runs before each destination write. */
  verifyDestinations?: boolean;
}

export type OutcomeStatus = 'applied' | 'failed' | 'skipped';

export interface ChangeOutcome {
  change: Exclude<Change, { action: 'noop' }>;
  status: OutcomeStatus;
  /** The resource's id after the change (a create's new id). */
  id?: number;
  /** Why it failed or was skipped; secret-free. */
  message?: string;
  /** A failure that may pass by itself (network, 408, 429, 5xx, still settling): a re-run may succeed. */
  transient?: boolean;
}

export interface ApplyResult {
  outcomes: ChangeOutcome[];
  /** label → id of the managed resources that exist after the run. */
  destinationIds: Record<string, number>;
  streamIds: Record<string, number>;
}

export interface ApplyOptions extends Waiting {
  /** Independent changes in flight at once. */
  concurrency: number;
  /** Where an API error's `field` points in the config, e.g. `.github/linode-logs.yml:12:7`. */
  locate?: (change: Change, field: string | undefined) => Promise<string | undefined>;
  /** One line per finished change, for the log. */
  onOutcome?: (outcome: ChangeOutcome) => void;
  /** Needed when the plan has bucket, key or LKE cluster changes. */
  setup?: SetupApply;
}

type Actionable = Exclude<Change, { action: 'noop' }>;

/**
 * Applies a plan in the order the real API accepts:
 * buckets (created with Object Lock, retention raised) → new managed keys → destinations
 * (create, update, the new half of a replace; a managed one with its new key) → LKE clusters'
 * audit logs → streams that must go first (replaced ones, and deletes that free the per-type
 * quota for a create) → stream creates and updates → remaining stream deletes → destination
 * deletes (pruned ones and replaced old ones) → managed keys no destination writes with any
 * more, each only once the destinations that wrote with it were changed as planned.
 * One failure does not hide the others: every change gets an outcome, dependents are skipped.
 */
export async function applyPlan(plan: Plan, live: LiveState, api: LogsApi, options: ApplyOptions, streamQuota: number): Promise<ApplyResult> {
  const outcomes = new Map<Actionable, ChangeOutcome>();
  const destinationIds = new Map(live.destinations.map((d) => [d.label, d.id]));
  const streamIds = new Map(live.streams.map((s) => [s.label, s.id]));
  const liveStreamsById = new Map(live.streams.map((s) => [s.id, s]));
  const changes = plan.changes.filter((c): c is Actionable => c.action !== 'noop');
  const failedDestinations = new Set<string>();

  const record = (outcome: ChangeOutcome): ChangeOutcome => {
    outcomes.set(outcome.change, outcome);
    options.onOutcome?.(outcome);
    return outcome;
  };
  const attempt = async (change: Actionable, work: () => Promise<number | undefined>): Promise<ChangeOutcome> => {
    try {
      const id = await work();
      return record({ change, status: 'applied', ...(id !== undefined ? { id } : {}) });
    } catch (error) {
      return record({ change, status: 'failed', message: await describeApiFailure(error, change, options.locate), transient: isTransient(error) });
    }
  };
  const run = <R>(batch: Actionable[], work: (change: Actionable) => Promise<R>) => mapWithConcurrency(batch, options.concurrency, work);
  const setup = (): SetupApply => {
    if (options.setup === undefined) throw new Error('internal error: the plan has setup changes but apply got no setup clients');
    return options.setup;
  };

  // 1. Buckets, with Object Lock from their creation; ensureBucket re-reads and refuses to weaken.
  const failedBuckets = new Set<string>();
  await run(
    changes.filter((c) => c.kind === 'bucket'),
    (change) =>
      attempt(change, async () => {
        if (change.kind !== 'bucket' || change.action === 'delete') throw new Error('unreachable: buckets are never deleted');
        const { desired } = change;
        await setup().bucketClient(desired).ensureBucket(desired.name, desired.region, desired.objectLock);
        return undefined;
      }).then((outcome) => {
        if (outcome.status !== 'applied') failedBuckets.add(outcome.change.label);
        return outcome;
      }),
  );

  // 2. New managed keys, limited to read_write on their one bucket. The secret goes to the masker
  // (the account client's registerSecret) before anything else sees it, and lives only in `keys`.
  const keys = new Map<string, ManagedKeyPair & { id: number }>();
  await run(
    changes.filter((c) => c.kind === 'object_storage_key' && c.action === 'create'),
    async (change) => {
      if (change.kind !== 'object_storage_key' || change.action !== 'create') throw new Error('unreachable');
      const { destination, bucket, region } = change.desired;
      if (failedBuckets.has(bucket)) {
        failedDestinations.add(destination);
        return record({ change, status: 'skipped', message: `its bucket ${bucket} was not applied` });
      }
      const label = managedKeyLabel(destination, (setup().keySuffix ?? randomSuffix)());
      try {
        const created = await setup().account.createObjectStorageKey({
          label,
          bucket_access: [{ region, bucket_name: bucket, permissions: 'read_write' }],
        });
        keys.set(destination, { id: created.id, accessKey: created.access_key, secretKey: created.secret_key });
        // The plan could only name the label's prefix; the log names the key made.
        return record({ change, status: 'applied', id: created.id, message: `labelled ${label}` });
      } catch (error) {
        failedDestinations.add(destination);
        return record({ change, status: 'failed', message: await describeApiFailure(error, change, options.locate), transient: isTransient(error) });
      }
    },
  );

  // 3. Destinations that streams will point at.
  const destinationWrites = changes.filter((c) => c.kind === 'destination' && c.action !== 'delete');
  await run(destinationWrites, async (change) => {
    if (change.kind !== 'destination' || change.action === 'delete') throw new Error('unreachable');
    const managed = change.desired.managedKey !== undefined;
    if (managed && failedDestinations.has(change.label)) {
      return record({ change, status: 'skipped', message: 'its managed key was not created' });
    }
    const key = keys.get(change.label);
    return attempt(change, async () => {
      const body = destinationBody(change.desired, key);
      // The API's own check (a test object written with the key) before anything is written: a
      // create, an update, and a managed key's rotation (its new key is checked before it is used).
      const verify = async () => {
        if (options.setup?.verifyDestinations) await options.setup.account.verifyDestination(body);
      };
      if (change.action === 'update') {
        const current = await api.getDestination(change.id);
        refuseIfMoved(change, current.version);
        await verify();
        await api.updateDestination(change.id, updateBodyOf(body), current.version);
        return change.id;
      }
      await verify();
      // create, or the new half of a replace (the old one is deleted once no stream uses it).
      const created = await api.createDestination(body);
      destinationIds.set(change.label, created.id);
      return created.id;
    }).then(async (outcome) => {
      if (outcome.status === 'failed') {
        failedDestinations.add(change.label);
        // Nobody else has its secret: a key the destination did not take is deleted at once.
        if (key !== undefined)
          await setup()
            .account.deleteObjectStorageKey(key.id)
            .catch(() => undefined);
      }
      return outcome;
    });
  });

  // 4. Kubernetes API audit logs on, before the lke_audit_logs streams that read them.
  const failedClusters = new Set<number>();
  await run(
    changes.filter((c) => c.kind === 'lke_cluster'),
    (change) =>
      attempt(change, async () => {
        if (change.action !== 'update') throw new Error('unreachable: LKE clusters are only updated');
        await setup().account.updateLkeCluster(change.id, { control_plane: { audit_logs_enabled: true } });
        return change.id;
      }).then((outcome) => {
        if (outcome.status !== 'applied' && 'id' in change) failedClusters.add(change.id);
        return outcome;
      }),
  );

  // 5. Streams. Deletes that free quota for a create of the same type, and the old half of a
  // replace, go first: an account allows only `stream_quota` streams of a type.
  const streamDeletes = changes.filter((c) => c.kind === 'stream' && c.action === 'delete');
  const streamWrites = changes.filter((c) => c.kind === 'stream' && c.action !== 'delete');
  const earlyDeletes = new Set<Actionable>([
    ...streamWrites.filter((c) => c.action === 'replace'),
    ...streamDeletesFreeingQuota(streamDeletes, streamWrites, live.streams, streamQuota),
  ]);
  await run([...earlyDeletes], async (change) => {
    if (change.action !== 'delete' && change.action !== 'replace') throw new Error('unreachable');
    if (change.action === 'delete') {
      return attempt(change, async () => {
        await deleteStream(api, change.id, options);
        streamIds.delete(change.label);
        return change.id;
      });
    }
    // The old half of a replace: only a failure is an outcome; success is reported with the create.
    try {
      await deleteStream(api, change.id, options);
      streamIds.delete(change.label);
    } catch (error) {
      record({ change, status: 'failed', message: await describeApiFailure(error, change, options.locate), transient: isTransient(error) });
    }
    return undefined;
  });

  await run(streamWrites, async (change) => {
    if (change.kind !== 'stream' || change.action === 'delete') throw new Error('unreachable');
    if (failedDestinations.has(change.desired.destination)) {
      return record({ change, status: 'skipped', message: `its destination "${change.desired.destination}" was not applied` });
    }
    const cluster = change.desired.details?.cluster_ids?.find((id) => failedClusters.has(id));
    if (cluster !== undefined) {
      return record({ change, status: 'skipped', message: `audit logs of LKE cluster #${cluster} were not turned on` });
    }
    const earlier = outcomes.get(change);
    if (earlier?.status === 'failed') return earlier; // the old half of a replace could not be deleted
    const destinationId = destinationIds.get(change.desired.destination);
    if (destinationId === undefined) {
      return record({ change, status: 'skipped', message: `destination "${change.desired.destination}" does not exist` });
    }
    return attempt(change, async () => {
      const body = streamBody(change.desired, destinationId);
      if (change.action === 'update') {
        // "Unable to edit Stream at this time" while provisioning or deactivating: wait it out.
        const current = await waitForStreamSettled(api, change.id, options);
        refuseIfMoved(change, current.version);
        await api.updateStream(change.id, updateBodyOf(body), current.version);
        return change.id;
      }
      const created = await api.createStream(body);
      streamIds.set(change.label, created.id);
      return created.id;
    });
  });

  // 6. Remaining stream deletes, after the replacements are in place.
  await run(
    streamDeletes.filter((c) => !earlyDeletes.has(c)),
    (change) =>
      attempt(change, async () => {
        if (change.action !== 'delete') throw new Error('unreachable');
        await deleteStream(api, change.id, options);
        streamIds.delete(change.label);
        return change.id;
      }),
  );

  // 7. Destination deletes: pruned ones, and the old half of each replace.
  const destinationDeletes = changes.filter((c) => c.kind === 'destination' && (c.action === 'delete' || c.action === 'replace'));
  const undeletedStreamDestinations = new Set(
    streamDeletes
      .filter((c) => outcomes.get(c)?.status !== 'applied')
      .flatMap((c) => ('id' in c ? (liveStreamsById.get(c.id)?.destinations.map((d) => d.id) ?? []) : [])),
  );
  await run(destinationDeletes, async (change) => {
    if (change.action !== 'delete' && change.action !== 'replace') throw new Error('unreachable');
    if (change.action === 'replace') {
      // The replace was reported when its new half was created; only a failure here is news.
      const created = outcomes.get(change);
      if (created?.status !== 'applied') return created!;
      const leftOver = (why: string) => `created anew, but the old destination #${change.id} was not deleted: ${why}`;
      if (undeletedStreamDestinations.has(change.id)) {
        return record({ ...created, status: 'failed', message: leftOver('a stream that uses it was not deleted') });
      }
      try {
        await api.deleteDestination(change.id);
        return created;
      } catch (error) {
        return record({
          ...created,
          status: 'failed',
          message: leftOver(await describeApiFailure(error, change, options.locate)),
          transient: isTransient(error),
        });
      }
    }
    if (undeletedStreamDestinations.has(change.id)) {
      return record({ change, status: 'skipped', message: 'a stream that uses it was not deleted' });
    }
    return attempt(change, async () => {
      await api.deleteDestination(change.id);
      destinationIds.delete(change.label);
      return change.id;
    });
  });

  // 8. Managed keys no destination writes with any more: only once every destination that wrote
  // with it took another key or is gone (a replaced one's old half receives logs until deleted).
  const destinationChanges = new Map(changes.filter((c) => c.kind === 'destination').map((c) => [c.label, c]));
  await run(
    changes.filter((c) => c.kind === 'object_storage_key' && c.action === 'delete'),
    async (change) => {
      if (change.action !== 'delete') throw new Error('unreachable');
      const waiting = (change.after ?? []).find((label) => {
        const before = destinationChanges.get(label);
        return before === undefined || outcomes.get(before)?.status !== 'applied';
      });
      if (waiting !== undefined)
        return record({ change, status: 'skipped', message: `destination "${waiting}" may still write with it: its change was not applied` });
      return attempt(change, async () => {
        await setup().account.deleteObjectStorageKey(change.id);
        return change.id;
      });
    },
  );

  return {
    outcomes: changes.map((c) => outcomes.get(c) ?? { change: c, status: 'skipped', message: 'not reached' }),
    destinationIds: Object.fromEntries([...destinationIds].sort(([a], [b]) => (a < b ? -1 : 1))),
    streamIds: Object.fromEntries([...streamIds].sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}

function randomSuffix(): string {
  return randomBytes(4).toString('hex');
}

/** Refuses to write over a resource someone changed after the plan was made. */
function refuseIfMoved(change: Extract<Actionable, { action: 'update' }>, currentVersion: number): void {
  if (currentVersion !== change.version) {
    throw new Error(
      `${change.kind} "${change.label}" changed on the account after the plan (version ${change.version} → ${currentVersion}); nothing was written. Re-run the plan and review it again.`,
    );
  }
}

/** A DELETE of a stream in a transitional state may be silently ignored: settle, delete, confirm. */
async function deleteStream(api: LogsApi, id: number, waiting: Waiting): Promise<void> {
  await waitForStreamSettled(api, id, waiting, { allowMissing: true });
  await api.deleteStream(id);
  await waitForStreamGone(api, id, waiting);
}

/** Per type, the deletes needed before the creates so the account stays within its quota. */
function streamDeletesFreeingQuota(deletes: Actionable[], writes: Actionable[], liveStreams: LiveStream[], quota: number): Actionable[] {
  const liveTypeById = new Map(liveStreams.map((s) => [s.id, s.type]));
  const countsByType = new Map<string, { live: number; creates: number; deletes: Actionable[] }>();
  const entry = (type: string) => {
    let counts = countsByType.get(type);
    if (!counts) countsByType.set(type, (counts = { live: 0, creates: 0, deletes: [] }));
    return counts;
  };
  for (const stream of liveStreams) entry(stream.type).live += 1;
  for (const change of writes) {
    if (change.kind !== 'stream') continue;
    // A replace deletes its old stream first and creates one of the new type.
    if (change.action === 'replace') entry(liveTypeById.get(change.id) ?? '').live -= 1;
    if (change.action === 'create' || change.action === 'replace') entry(change.desired.type).creates += 1;
  }
  for (const change of deletes) if (change.action === 'delete') entry(liveTypeById.get(change.id) ?? '').deletes.push(change);
  return [...countsByType.values()].flatMap((c) => c.deletes.slice(0, Math.max(0, c.live + c.creates - quota)));
}
