import type { DesiredBucket, DesiredDestination, DesiredStream } from '../config/types.js';
import type { JsonValue, LiveStreamStatus } from '../linode/types.js';

/**
 * What a change touches. `bucket`, `object_storage_key` and `lke_cluster` are the setup around
 * the Logs resources (plan/setup.ts): created or changed before the destinations and streams
 * that need them, never deleted except the action's own superseded keys.
 */
export type ResourceKind = 'destination' | 'stream' | 'bucket' | 'object_storage_key' | 'lke_cluster';

/**
 * How a value may be shown. Secrets are write-only (the API never returns them) and values that
 * come from `${NAME}` are shown by name only: neither ever reaches a log, comment or output.
 */
export type Shown =
  { kind: 'value'; value: JsonValue } | { kind: 'sensitive'; name: string } | { kind: 'env'; name: string; known: boolean } | { kind: 'absent' };

/** One field that differs, e.g. `details.endpoint_url`. */
export interface FieldDiff {
  path: string;
  before: Shown;
  after: Shown;
}

interface ChangeBase {
  kind: ResourceKind;
  label: string;
  /** Why, in a few words, when the action alone does not say (e.g. a superseded managed key). */
  note?: string;
  /**
   * What the change risks beyond its fields (plan/warnings.ts): delivery stopping or pausing, a
   * retention that can never be lowered, a key rotated. Set on every change of a whole plan
   * (planWithSetup), empty when none.
   */
  warnings?: string[];
}

export interface DestinationTarget {
  kind: 'destination';
  desired: DesiredDestination;
}

export interface StreamTarget {
  kind: 'stream';
  desired: DesiredStream;
}

/** A bucket of `buckets:`: created with Object Lock, or its default retention raised. */
export interface BucketTarget {
  kind: 'bucket';
  desired: DesiredBucket;
}

/** A managed key for the destination `destination`, limited to read_write on one bucket. */
export interface KeyTarget {
  kind: 'object_storage_key';
  desired: { destination: string; bucket: string; region: string };
}

/** An LKE cluster whose Kubernetes API audit logs are turned on. */
export interface ClusterTarget {
  kind: 'lke_cluster';
  desired: { auditLogs: true };
}

export type Target = DestinationTarget | StreamTarget | BucketTarget | KeyTarget | ClusterTarget;

export type UpdateReason = 'fields' | 'rotate-secrets';

export type Change =
  | (ChangeBase & Target & { action: 'create'; fields: FieldDiff[] })
  | (ChangeBase &
      Target & {
        action: 'update';
        id: number;
        /** The live version the plan was made against; apply refuses if it moved. */
        version: number;
        fields: FieldDiff[];
        reason: UpdateReason;
      })
  | (ChangeBase &
      Target & {
        action: 'replace';
        id: number;
        version: number;
        fields: FieldDiff[];
      })
  | (ChangeBase & {
      action: 'delete';
      id: number;
      version: number;
      /**
       * A managed key's delete: the destinations (by label) that write with it now, whose changes
       * (a rotation, a replace's old half deleted, a prune) must be applied first.
       */
      after?: string[];
    })
  | (ChangeBase & { action: 'noop'; id: number; liveStatus?: LiveStreamStatus });

export type ChangeAction = Change['action'];

/** A live resource the file does not name, left alone because `prune` is false. */
export interface UnmanagedResource {
  kind: ResourceKind;
  label: string;
  id: number;
}

export interface Plan {
  /** Every resource the file names plus every pruned one, in apply-independent display order. */
  changes: Change[];
  unmanaged: UnmanagedResource[];
  /** `${NAME}` variables that were unset, so fields using them were not compared. */
  uncompared: string[];
  /** Pre-flight checks (plan/checks.ts); absent when there was nothing to check. */
  checks?: Check[];
}

/**
 * `pass`: holds now; `pending`: will hold once this plan is applied; `warn`: worth a look, not
 * blocking; `skipped`: could not be checked in this run (the detail says why); `fail`: blocks
 * apply (the detail says what to do).
 */
export type CheckStatus = 'pass' | 'pending' | 'warn' | 'skipped' | 'fail';

/** One pre-flight check, e.g. a destination's bucket being reachable with its key. */
export interface Check {
  /** e.g. `destination audit-bucket`. */
  subject: string;
  /** e.g. `bucket reachable with its key`. */
  check: string;
  status: CheckStatus;
  /** Secret-free: names, regions, ids, statuses. */
  detail: string;
}

export interface PlanCounts {
  create: number;
  update: number;
  replace: number;
  delete: number;
  noop: number;
}
