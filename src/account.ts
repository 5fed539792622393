/**
 * The Linode account as a run sees it: the Logs client, the account client (keys, LKE clusters,
 * the destination check) and, for `buckets:`, S3 clients, sharing one retry budget; and what is
 * read of it before planning, in one wave (every listing the file needs goes out together).
 */
import type { SetupApply } from './apply/apply.js';
import type { DesiredState } from './config/types.js';
import { isPullRequestEvent } from './github/context.js';
import type { LiveInputs } from './inputs.js';
import { createAccountClient, type AccountApi } from './linode/account-client.js';
import type { LinodeClientOptions } from './linode/api.js';
import { createLinodeClient, fetchLiveState, type LogsApi } from './linode/logs-client.js';
import { RetryBudget } from './linode/retry-policy.js';
import type { LiveState } from './linode/types.js';
import type { LiveSetup } from './plan/live-setup.js';
import { log, registerSecret, ActionFailure } from './reporting.js';
import { explainLogsRefusal } from './setup/feature.js';
import { s3EndpointOf } from './s3/endpoint.js';
import { bucketClientPool, keysForCleanup, readEndpoints, readLiveSetup, type EndpointsRead, type SetupReaders } from './setup/read.js';

/** The clients of one run. */
export interface Account {
  logs: LogsApi;
  account: AccountApi;
  /** Destinations and streams; a 404/403 there is explained (no feature on the account, or the other API version). */
  readLive(): Promise<LiveState>;
  /**
   * S3 clients for `buckets:`, made on first use. The S3 SDK is loaded only then: most files
   * have no `buckets:`, and the SDK is most of the bundle.
   */
  buckets(): Promise<BucketPool>;
  /** Linode's Object Storage endpoints (trusted hosts only), read once on first use. */
  endpoints(): Promise<EndpointsRead>;
  /** The token's scopes, as the API's answers name them (X-OAuth-Scopes); undefined until one does. */
  tokenScopes(): string[] | undefined;
  /** Stops what is still in flight and closes the S3 clients. */
  close(): void;
}

type BucketPool = ReturnType<typeof bucketClientPool>;

/** What is read of the account before planning. */
export interface AccountState {
  live: LiveState;
  setup: LiveSetup;
}

/** The clients of a run that reads the account; nothing is sent yet. */
export function connectAccount(inputs: LiveInputs): Account {
  const controller = new AbortController();
  let scopes: string[] | undefined;
  const options: LinodeClientOptions = {
    token: inputs.token,
    apiUrl: inputs.apiUrl,
    apiVersion: inputs.apiVersion,
    // One retry budget for the run, whatever the number of calls and clients.
    retryBudget: new RetryBudget(),
    signal: controller.signal,
    onRetry: (line) => log.info(line),
    debug: (line) => log.debug(line),
    onScopes: (granted) => {
      scopes = granted;
    },
    // A token that lacks a scope is told the level this run needs (apply: read_write).
    writes: inputs.mode === 'apply',
  };
  const logs = createLinodeClient(options);
  // A new key's secret goes to the masker before the client returns it.
  const account = createAccountClient({ ...options, registerSecret });
  let pool: Promise<BucketPool> | undefined;
  let endpointsRead: Promise<EndpointsRead> | undefined;
  const endpoints = (): Promise<EndpointsRead> =>
    (endpointsRead ??= readEndpoints(
      () => account.listObjectStorageEndpoints(),
      (line) => log.debug(line),
    ));
  // The workflow's s3-endpoint when set (the listing is then not waited for); else Linode's listing, else <region>-1.
  const s3Endpoint = inputs.s3Endpoint ?? (async (region: string) => s3EndpointOf(region, (await endpoints()).endpoints));
  return {
    logs,
    account,
    readLive: async () => {
      try {
        return await fetchLiveState(logs);
      } catch (error) {
        const other = inputs.apiVersion === 'v4' ? 'v4beta' : 'v4';
        const explained = await explainLogsRefusal(error, inputs.apiVersion, () => fetchLiveState(createLinodeClient({ ...options, apiVersion: other })));
        if (explained !== undefined) throw new ActionFailure('api-error', explained);
        throw error;
      }
    },
    buckets: () =>
      (pool ??= import('./s3/bucket-client.js').then(({ createBucketClient }) => bucketClientPool(createBucketClient, s3Endpoint, (line) => log.debug(line)))),
    endpoints,
    tokenScopes: () => scopes,
    close: () => {
      controller.abort(new Error('the run is over'));
      void pool?.then((buckets) => buckets.close());
    },
  };
}

/**
 * Destinations, streams and the setup the file uses — keys, LKE clusters, buckets over S3, and the
 * API's destination check with `verify-destinations` — all at once.
 */
export async function readAccount(account: Account, inputs: LiveInputs, desired: DesiredState): Promise<AccountState> {
  const live = account.readLive();
  const setup = readLiveSetup(desired, await setupReaders(account, desired), {
    writes: inputs.mode === 'apply',
    verifyDestinations: inputs.verifyDestinations,
    // On a pull request the file is its author's: the check is asked only where the destination already sends.
    ...(isPullRequestEvent(process.env) ? { verifyOnlyAsLive: async () => (await live).destinations } : {}),
  });
  const [liveState, setupState] = await Promise.all([live, setup]);
  return { live: liveState, setup: setupState };
}

/** The keys, for a plan that may leave a managed key behind (see `mayLeaveKeys`). */
export function readKeysForCleanup(account: Account): Promise<Pick<LiveSetup, 'keys' | 'keysUnread'>> {
  return keysForCleanup(() => account.account.listObjectStorageKeys());
}

/** What apply needs for the setup: the account client and the buckets' S3 clients. */
export async function setupApply(account: Account, inputs: LiveInputs, desired: DesiredState): Promise<SetupApply> {
  const readers = await setupReaders(account, desired);
  return {
    account: account.account,
    bucketClient: (bucket) => {
      const { accessKeyId, secretAccessKey } = bucket.credentials;
      // apply refuses earlier when a referenced variable is unset (missingEnv).
      return readers.bucketClient({ accessKeyId: accessKeyId.value ?? '', secretAccessKey: secretAccessKey.value ?? '' });
    },
    verifyDestinations: inputs.verifyDestinations,
  };
}

/** The readers of the setup; S3 clients only for a file with `buckets:`. */
async function setupReaders(account: Account, desired: DesiredState): Promise<SetupReaders> {
  const pool = (desired.buckets?.length ?? 0) > 0 ? await account.buckets() : undefined;
  return {
    account: () => account.account,
    endpoints: () => account.endpoints(),
    bucketClient: (credentials) => {
      if (pool === undefined) throw new Error('internal error: a bucket client for a file without buckets:');
      return pool.get(credentials);
    },
  };
}
