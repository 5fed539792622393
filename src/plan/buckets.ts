/**
 * Buckets of `buckets:`, planned purely from what S3 said of them: created with Object Lock when
 * missing, their default retention only ever raised, and a bucket the action must not or cannot
 * change (no Object Lock, not ours to use) refused with what to do.
 */
import type { DesiredBucket } from '../config/types.js';
import { describeRetention, retentionChange, type Retention } from '../s3/retention.js';
import type { BucketObservation } from './live-setup.js';
import type { Change, FieldDiff, Shown } from './types.js';
import { value } from './values.js';

/**
 * The change of one bucket: none when it was not read; a problem (pushed onto `problems`) when
 * its credentials may not use it or it cannot take the declared Object Lock.
 */
export function planBucket(bucket: DesiredBucket, observed: BucketObservation | undefined, problems: string[]): Change[] {
  const lock = bucket.objectLock;
  const fields = (before: Retention | null | undefined, after: Retention | undefined): FieldDiff[] => {
    const shown = (r: Retention | null | undefined): Shown => (r ? value(describeRetention(r)) : { kind: 'absent' });
    return after === undefined ? [] : [{ path: 'object_lock', before: shown(before), after: shown(after) }];
  };
  if (observed === undefined || observed.kind === 'unread') return [];
  const target = { kind: 'bucket' as const, label: bucket.name, desired: bucket };
  switch (observed.reach) {
    case 'missing':
      return [
        { ...target, action: 'create', fields: [{ path: 'region', before: { kind: 'absent' }, after: value(bucket.region) }, ...fields(undefined, lock)] },
      ];
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
      return [
        {
          ...target,
          action: 'update',
          id: 0,
          version: 0,
          reason: 'fields',
          fields: fields(state.retention, change.to),
          ...(change.note ? { note: change.note } : {}),
        },
      ];
    default: {
      const never: never = change;
      throw new Error(`unhandled retention change ${String(never)}`);
    }
  }
}

/** A bucket whose credentials are not set in this run was not compared: say so, by variable name. */
export function unreadBucketEnv(buckets: DesiredBucket[]): string[] {
  return buckets.flatMap((b) => [b.credentials.accessKeyId, b.credentials.secretAccessKey].filter((ref) => ref.value === undefined).map((ref) => ref.name));
}
