/**
 * Reads what the setup plan needs, before planning: Object Storage keys and LKE clusters (only
 * when the file uses them or a stream names clusters), and each declared bucket over S3 with its `s3_credentials`, and with
 * the key of each destination that writes to it. The S3 SDK is loaded only when a bucket is read.
 */
import { destinationBody } from '../apply/resolve.js';
import { mapWithConcurrency } from '../apply/pool.js';
import { isEnvRef, isManagedKeyRef, type DesiredBucket, type DesiredDestination, type DesiredState, type DesiredValue, type EnvRef } from '../config/types.js';
import type { AccountApi } from '../linode/account-client.js';
import type { LkeCluster, ObjectStorageEndpoint, ObjectStorageKey } from '../linode/account-types.js';
import { formatReasons, isLinodeApiError, statusText } from '../linode/errors.js';
import { API_REASONS } from '../linode/rules.js';
import type { LiveDestination } from '../linode/types.js';
import type { BucketObservation, DestinationVerification, LiveSetup } from '../plan/live-setup.js';
import { setupNeeds } from '../plan/setup-needs.js';
import type { BucketClient, S3Credentials, S3EndpointOption } from '../s3/bucket-client.js';
import { trustedEndpoints } from '../s3/endpoint.js';

/** What the reads need: an account client and a source of bucket clients. */
export interface SetupReaders {
  account: () => AccountApi;
  /** A bucket client for these credentials, at the workflow's S3 endpoint (never one the file names). */
  bucketClient: (credentials: S3Credentials) => BucketClient;
  /** Linode's Object Storage endpoints, read once per run (see {@link readEndpoints}); absent: not read. */
  endpoints?: () => Promise<EndpointsRead>;
}

/** The endpoints as read: the trusted ones, or why they could not be read. */
export type EndpointsRead = Pick<LiveSetup, 'endpoints' | 'endpointsUnread'>;

/**
 * Linode's Object Storage endpoints. A token that may not list them (no object_storage scope:
 * 401; a restricted user: 403) leaves them unread with a note; hosts not under
 * linodeobjects.com are dropped (`debug` names them).
 */
export async function readEndpoints(read: () => Promise<ObjectStorageEndpoint[]>, debug?: (line: string) => void): Promise<EndpointsRead> {
  const result = await optionalRead(
    'object_storage',
    'the Object Storage endpoints',
    'object_storage:read_only',
    "so that hosts are checked against Linode's endpoints (until then a region's endpoint is taken to be <region>-1.linodeobjects.com)",
    read,
  );
  return 'value' in result ? { endpoints: trustedEndpoints(result.value, debug) } : { endpointsUnread: result.unread };
}

function unset(refs: EnvRef[]): string[] {
  return refs.filter((ref) => ref.value === undefined).map((ref) => `\${${ref.name}}`);
}

/**
 * A read of an area whose scope the token lacks becomes one message naming the scope the run
 * needs: `read_write` to apply, `read_only` to plan. The API's 401 does not name it.
 */
async function scoped<T>(area: 'object_storage' | 'lke', what: string, writes: boolean, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const noScope = isLinodeApiError(error) && error.status === 401 && error.reasons.some((r) => r.reason === API_REASONS.tokenNotAuthorized);
    if (!noScope) throw error;
    throw new Error(
      `The Linode token lacks the \`${area}:${writes ? 'read_write' : 'read_only'}\` scope, which ${what} need${writes ? ' to apply' : ' to plan'}: ` +
        `create a personal access token with ${area}:read_write for apply (${area}:read_only is enough for plan and check). Nothing was changed.`,
      { cause: error },
    );
  }
}

/**
 * A read only a check or the clean-up needs: a token that may not make it (no scope for the area:
 * 401; a restricted user: 403) leaves it unread, with a note naming the scope to add (`add`: what
 * for). Any other failure still fails the run.
 */
export async function optionalRead<T>(
  area: 'object_storage' | 'lke',
  what: string,
  scope: string,
  add: string,
  read: () => Promise<T>,
): Promise<{ value: T } | { unread: string }> {
  try {
    return { value: await read() };
  } catch (error) {
    if (!isLinodeApiError(error)) throw error;
    const noScope = error.status === 401 && error.reasons.some((r) => r.reason === API_REASONS.tokenNotAuthorized);
    if (!noScope && error.status !== 403) throw error;
    return {
      unread: `the token may not read ${what} (${noScope ? `it lacks the \`${area}:read_only\` scope` : '403'}): add the \`${scope}\` scope (and, for a restricted user, access to them) ${add}`,
    };
  }
}

/** The clusters for the check of streams that name them by id only. */
async function clustersForCheck(read: () => Promise<LkeCluster[]>): Promise<Pick<LiveSetup, 'clusters' | 'clustersUnread'>> {
  const result = await optionalRead('lke', 'LKE clusters', 'lke:read_only', 'to check that they exist, are LKE Enterprise and have audit logs on', read);
  return 'value' in result ? { clusters: result.value } : { clustersUnread: result.unread };
}

/** The keys, to find managed keys no destination writes with any more. */
export async function keysForCleanup(read: () => Promise<ObjectStorageKey[]>): Promise<Pick<LiveSetup, 'keys' | 'keysUnread'>> {
  const result = await optionalRead(
    'object_storage',
    'Object Storage keys',
    'object_storage:read_write',
    'so that managed keys no destination writes with any more are found and deleted',
    read,
  );
  return 'value' in result ? { keys: result.value } : { keysUnread: result.unread };
}

export interface ReadOptions {
  /** This run applies: a missing scope is named at read_write. */
  writes?: boolean;
  /** `verify-destinations: true`: ask the API's destination check of each destination it can. */
  verifyDestinations?: boolean;
  /**
   * On a pull request, the live destinations: the file is then its author's, and the check (which
   * makes Linode connect to the endpoint with the credentials) is asked only of a destination
   * that sends to where its live self already does.
   */
  verifyOnlyAsLive?: () => Promise<readonly LiveDestination[]>;
}

/** Destination checks in flight at once (each is a POST that writes a test object). */
const VERIFY_CONCURRENCY = 4;

/** Reads everything at once; a failure of a read the plan cannot do without rejects. */
export async function readLiveSetup(desired: DesiredState, readers: SetupReaders, options: ReadOptions = {}): Promise<LiveSetup> {
  const writes = options.writes ?? false;
  const needs = setupNeeds(desired);
  const declared = new Map((desired.buckets ?? []).map((b) => [b.name, b]));
  const bucketReads = new Map((desired.buckets ?? []).map((bucket) => [bucket.name, readBucket(bucket, readers)]));
  const usesObjectStorage = declared.size > 0 || desired.destinations.some((d) => d.type === 'akamai_object_storage');
  const [keys, clusters, endpoints, buckets, access, verified] = await Promise.all([
    needs.keys
      ? scoped('object_storage', 'managed keys (access_key: managed)', writes, () => readers.account().listObjectStorageKeys()).then((list) => ({ keys: list }))
      : needs.keyCleanup
        ? keysForCleanup(() => readers.account().listObjectStorageKeys())
        : {},
    needs.clusters
      ? scoped('lke', 'lke_clusters: and clusters named by label', writes, () => readers.account().listLkeClusters()).then((list) => ({ clusters: list }))
      : needs.clusterCheck
        ? clustersForCheck(() => readers.account().listLkeClusters())
        : {},
    usesObjectStorage && readers.endpoints ? readers.endpoints() : {},
    Promise.all([...bucketReads].map(async ([name, read]) => [name, await read] as const)),
    Promise.all(
      desired.destinations.flatMap((destination) => {
        const { details } = destination;
        if (destination.type !== 'akamai_object_storage' || destination.managedKey !== undefined) return [];
        const bucket = typeof details.bucket_name === 'string' ? declared.get(details.bucket_name) : undefined;
        const id = details.access_key_id;
        const secret = details.access_key_secret;
        if (bucket === undefined || !(typeof id === 'string' || isEnvRef(id)) || !isEnvRef(secret)) return [];
        return [(async () => [destination.label, await readWithKey(bucket, id, secret, readers)] as const)()];
      }),
    ),
    options.verifyDestinations ? verifyDestinations(desired, readers, bucketReads, options.verifyOnlyAsLive) : undefined,
  ]);
  return {
    ...keys,
    ...clusters,
    ...endpoints,
    buckets: Object.fromEntries(buckets),
    destinationAccess: Object.fromEntries(access),
    ...(verified !== undefined ? { verified } : {}),
  };
}

/** The names of the `${NAME}` references in `value` that are not set in this run. */
function unsetNames(value: DesiredValue, out: string[] = []): string[] {
  if (isEnvRef(value)) {
    if (value.value === undefined && !out.includes(value.name)) out.push(value.name);
  } else if (Array.isArray(value)) {
    for (const item of value) unsetNames(item, out);
  } else if (value !== null && typeof value === 'object' && !isManagedKeyRef(value)) {
    for (const item of Object.values(value)) unsetNames(item, out);
  }
  return out;
}

/**
 * The API's destination check of each destination whose details are all known in this run
 * (secrets from env), a few at a time. Not asked: a managed one (its key's secret is known only
 * to the run that makes it), one with unset variables, one whose declared bucket is not there yet.
 */
async function verifyDestinations(
  desired: DesiredState,
  readers: SetupReaders,
  bucketReads: Map<string, Promise<BucketObservation>>,
  onlyAsLive: (() => Promise<readonly LiveDestination[]>) | undefined,
): Promise<Record<string, DestinationVerification>> {
  const candidates = desired.destinations.filter((d) => d.managedKey === undefined);
  const live = onlyAsLive && new Map((await onlyAsLive()).map((d) => [d.label, d]));
  const results = await mapWithConcurrency(candidates, VERIFY_CONCURRENCY, async (destination): Promise<DestinationVerification> => {
    const moved = live && movedFromLive(destination, live.get(destination.label));
    if (moved !== undefined)
      return {
        kind: 'unverified',
        why: `not verified on a pull request: ${moved}; the check would send its credentials there, and the file is the pull request's`,
      };
    const unset = unsetNames(destination.details);
    if (unset.length > 0) {
      return { kind: 'unverified', why: `not verified: ${unset.map((n) => `\${${n}}`).join(', ')} not set in this run (as on pull requests from forks)` };
    }
    const bucketName =
      destination.type === 'akamai_object_storage' && typeof destination.details.bucket_name === 'string' ? destination.details.bucket_name : undefined;
    const bucketRead = bucketName !== undefined ? bucketReads.get(bucketName) : undefined;
    if (bucketRead !== undefined) {
      const bucket = await bucketRead;
      if (bucket.kind === 'read' && bucket.reach === 'missing')
        return { kind: 'unverified', why: `not verified: bucket ${bucketName} does not exist yet`, bucketMissing: true };
    }
    try {
      await readers.account().verifyDestination(destinationBody(destination));
      return { kind: 'accepted' };
    } catch (error) {
      return verificationFailure(error);
    }
  });
  return Object.fromEntries(candidates.map((d, i) => [d.label, results[i]!]));
}

/** Where credentials go: the fields that name the receiving host. */
const RECEIVER_FIELDS = ['endpoint_url', 'bucket_name', 'host'] as const;

/** Why a destination would send its credentials elsewhere than its live self does; undefined when it would not. */
function movedFromLive(destination: DesiredDestination, live: LiveDestination | undefined): string | undefined {
  if (live === undefined) return 'it is not on the account yet';
  if (live.type !== destination.type) return `its type differs from the live destination's (${live.type})`;
  const moved = RECEIVER_FIELDS.filter((field) => destination.details[field] !== live.details[field]);
  return moved.length > 0 ? `its ${moved.join(' and ')} differ${moved.length === 1 ? 's' : ''} from the live destination's` : undefined;
}

/** A failed destination check: the API refused the destination, or could not be asked (why). */
function verificationFailure(error: unknown): DestinationVerification {
  if (!isLinodeApiError(error)) return { kind: 'unverified', why: `not verified: ${error instanceof Error ? error.message : String(error)}` };
  if (error.status === 401 && error.reasons.some((r) => r.reason === API_REASONS.tokenNotAuthorized)) {
    return {
      kind: 'unverified',
      why: "not verified: the token lacks the `monitor:read_write` scope the API's destination check needs (plan needs only `monitor:read_only`); add it to verify at plan time",
    };
  }
  if (error.status === 403)
    return {
      kind: 'unverified',
      why: "not verified: the API's destination check answered 403 (it needs the `monitor:read_write` scope and an unrestricted user)",
    };
  // The API's own answer about the destination: a client error other than auth, a missing endpoint or the rate limit.
  if (error.status >= 400 && error.status < 500 && error.status !== 404 && error.status !== 429) {
    const said = error.reasons.length > 0 ? formatReasons(error.reasons) : statusText(error.status);
    const hint = error.reasons.some((r) => r.reason === API_REASONS.anErrorOccurred)
      ? ' — for Object Storage the API writes a small test object with the key: check that the key exists, has read_write on the bucket, and that bucket_name and host name that bucket'
      : '';
    return { kind: 'refused', reason: `${error.status} ${said}${hint}` };
  }
  return { kind: 'unverified', why: `not verified: ${error.message}` };
}

/** HeadBucket, then the Object Lock configuration when it is there, with the bucket's own credentials. */
async function readBucket(bucket: DesiredBucket, readers: SetupReaders): Promise<BucketObservation> {
  const { accessKeyId, secretAccessKey } = bucket.credentials;
  const missing = unset([accessKeyId, secretAccessKey]);
  if (missing.length > 0 || accessKeyId.value === undefined || secretAccessKey.value === undefined) {
    return { kind: 'unread', why: `s3_credentials not set in this run (${missing.join(', ')}): bucket ${bucket.name} was not read` };
  }
  const client = readers.bucketClient({ accessKeyId: accessKeyId.value, secretAccessKey: secretAccessKey.value });
  const reach = await client.headBucket(bucket.name, bucket.region);
  if (reach !== 'exists') return { kind: 'read', reach };
  return { kind: 'read', reach, lock: await client.getObjectLock(bucket.name, bucket.region) };
}

/** The bucket as a destination's own key sees it; a limited key may not read Object Lock (then `unreadable`). */
async function readWithKey(bucket: DesiredBucket, id: string | EnvRef, secret: EnvRef, readers: SetupReaders): Promise<BucketObservation> {
  const keyId = typeof id === 'string' ? id : id.value;
  const missing = unset([...(isEnvRef(id) ? [id] : []), secret]);
  if (keyId === undefined || secret.value === undefined) {
    return { kind: 'unread', why: `the destination's key is not set in this run (${missing.join(', ')})` };
  }
  const client = readers.bucketClient({ accessKeyId: keyId, secretAccessKey: secret.value });
  try {
    const reach = await client.headBucket(bucket.name, bucket.region);
    if (reach !== 'exists') return { kind: 'read', reach };
    return { kind: 'read', reach, lock: await client.getObjectLock(bucket.name, bucket.region) };
  } catch (error) {
    // S3Errors are secret-free; the check shows why it could not tell.
    return { kind: 'unread', why: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Bucket clients shared by the reads and the apply of one run, one per key, closed together.
 * `endpoint` is the action's `s3-endpoint` (a template with `{region}`), else a resolver from
 * Linode's endpoint listing (undefined: `<region>-1`): the file never chooses where S3
 * credentials are sent.
 */
export function bucketClientPool(
  create: (options: { credentials: S3Credentials; endpoint?: S3EndpointOption; debug?: (line: string) => void }) => BucketClient,
  endpoint: S3EndpointOption | undefined,
  debug?: (line: string) => void,
): { get: SetupReaders['bucketClient']; close: () => void } {
  const clients = new Map<string, BucketClient>();
  return {
    get: (credentials) => {
      let client = clients.get(credentials.accessKeyId);
      if (client === undefined) {
        client = create({ credentials, ...(endpoint !== undefined ? { endpoint } : {}), ...(debug ? { debug } : {}) });
        clients.set(credentials.accessKeyId, client);
      }
      return client;
    },
    close: () => {
      for (const client of clients.values()) client.close();
      clients.clear();
    },
  };
}
