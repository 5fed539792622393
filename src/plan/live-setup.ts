/**
 * What the setup plan needs from the account, read before planning (setup/read.ts): the shape of
 * the data between the reads and the pure plan, so the reader depends on it and not on the planner.
 */
import type { LkeCluster, ObjectStorageKey } from '../linode/account-types.js';
import type { TrustedEndpoint } from '../s3/endpoint.js';
import type { Retention } from '../s3/retention.js';

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

export type LockObservation = { status: 'enabled'; retention: Retention | null } | { status: 'disabled' } | { status: 'unreadable'; reason: string };

/** Everything the setup plan needs from the account, read before planning (setup/read.ts). */
export interface LiveSetup {
  /**
   * The account's Object Storage keys: read when a destination has `access_key: managed`, and
   * to find managed keys no destination uses any more (see `SetupNeeds.keyCleanup` in setup-needs.ts).
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
  /**
   * Linode's Object Storage endpoints (`GET /object-storage/endpoints`), only the hosts under
   * linodeobjects.com: read when the file has `buckets:` or Object Storage destinations.
   */
  endpoints?: TrustedEndpoint[];
  /** Why the endpoints could not be read (a token without object_storage scope): checks use `<region>-1`. */
  endpointsUnread?: string;
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

/** A setup with nothing read: for a file that declares no setup. */
export const EMPTY_LIVE_SETUP: LiveSetup = { buckets: {}, destinationAccess: {} };
