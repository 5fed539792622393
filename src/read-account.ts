/**
 * The reads a plan needs, started as early as each can be. The Logs collections do not depend on
 * the config file: they go out before it is parsed, and a file that turns out invalid aborts them
 * (a read changes nothing). The setup around them (keys, LKE clusters, buckets over S3) depends on
 * the file, and goes out as soon as it is valid. The code that plans, renders and talks to GitHub
 * loads while they are in flight. Only the clients load here.
 */
import type { SetupApply } from './apply/apply.js';
import type { DesiredState } from './config/types.js';
import type { LiveInputs } from './inputs.js';
import type { AccountApi } from './linode/account-client.js';
import type { LkeCluster, ObjectStorageKey } from './linode/account-types.js';
import type { LinodeClientOptions, LogsApi } from './linode/logs-client.js';
import type { LiveState } from './linode/types.js';
import type { LiveSetup } from './plan/live-setup.js';
import { setupNeeds, type Prefetch } from './plan/setup-needs.js';
import { ActionFailure, log, registerSecret } from './reporting.js';
import { isPullRequestEvent } from './github/context.js';

type ClientOptions = Omit<LinodeClientOptions, 'apiVersion'>;

/** The account, open, with its Logs resources being read. */
export interface Account {
  /** The Logs client, for the history lookups of a drift check and for apply. */
  api: LogsApi;
  /** Destinations and streams. */
  live: Promise<LiveState>;
  /** The client of keys, LKE clusters and the destination check, made on first use. */
  accountClient(): Promise<AccountApi>;
  /** The token's scopes, as the API's answers name them (X-OAuth-Scopes); undefined until one does. */
  tokenScopes(): string[] | undefined;
  /** Stops every read of the run still in flight (the run failed before it needed them). */
  abort(): void;
}

/**
 * Opens the account and starts reading destinations and streams, which every plan needs whatever
 * the file says, and the listings `prefetch` guesses the file will need. Each read is marked as
 * handled so that its failure, while the file is parsed and later code loads, is not an
 * unhandled rejection: it surfaces where it is awaited.
 */
export async function openAccount(inputs: LiveInputs, prefetch: Prefetch): Promise<Account> {
  const [{ createLinodeClient, fetchLiveState }, { RetryBudget }] = await Promise.all([
    import('./linode/logs-client.js'),
    import('./linode/retry-policy.js'),
  ]);
  const controller = new AbortController();
  let scopes: string[] | undefined;
  const clientOptions: ClientOptions = {
    token: inputs.token,
    apiUrl: inputs.apiUrl,
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
  const api = createLinodeClient({ ...clientOptions, apiVersion: inputs.apiVersion });
  const live = readLiveState(inputs, fetchLiveState(api), () =>
    fetchLiveState(createLinodeClient({ ...clientOptions, apiVersion: inputs.apiVersion === 'v4' ? 'v4beta' : 'v4' })),
  );
  live.catch(() => undefined);

  let client: Promise<AccountApi> | undefined;
  const accountClient = (): Promise<AccountApi> =>
    (client ??= import('./linode/account-client.js').then(({ createAccountClient }) =>
      createAccountClient({ ...clientOptions, apiVersion: inputs.apiVersion, registerSecret }),
    ));
  if (prefetch.keys || prefetch.clusters) {
    // The first listing of each is the one started now; later ones (apply's) go to the API again.
    const started = await accountClient();
    const keys = prefetch.keys ? started.listObjectStorageKeys() : undefined;
    const clusters = prefetch.clusters ? started.listLkeClusters() : undefined;
    keys?.catch(() => undefined);
    clusters?.catch(() => undefined);
    client = Promise.resolve(withFirstListings(started, keys, clusters));
  }
  return { api, live, accountClient, tokenScopes: () => scopes, abort: () => controller.abort(new Error('the run stopped before it needed this read')) };
}

/** An account client whose first listing of keys and of clusters is one already in flight. */
function withFirstListings(client: AccountApi, keys: Promise<ObjectStorageKey[]> | undefined, clusters: Promise<LkeCluster[]> | undefined): AccountApi {
  let firstKeys = keys;
  let firstClusters = clusters;
  return {
    ...client,
    listObjectStorageKeys: () => {
      const listing = firstKeys ?? client.listObjectStorageKeys();
      firstKeys = undefined;
      return listing;
    },
    listLkeClusters: () => {
      const listing = firstClusters ?? client.listLkeClusters();
      firstClusters = undefined;
      return listing;
    },
  };
}

/** The Logs resources; a 404/403 there is explained (no feature on the account, or the other API version). */
async function readLiveState(inputs: LiveInputs, reading: Promise<LiveState>, probeOther: () => Promise<unknown>): Promise<LiveState> {
  try {
    return await reading;
  } catch (error) {
    const { explainLogsRefusal } = await import('./setup/feature.js');
    const explained = await explainLogsRefusal(error, inputs.apiVersion, probeOther);
    if (explained !== undefined) throw new ActionFailure('api-error', explained);
    throw error;
  }
}

/** Everything the plan reads, in flight. */
export interface AccountReads {
  account: Account;
  /** The Logs resources and the setup around them. */
  state: Promise<{ live: LiveState; setup: LiveSetup }>;
  /** The keys, for a plan that may leave a managed key behind (see `mayLeaveKeys`). */
  readKeysForCleanup(): Promise<Pick<LiveSetup, 'keys' | 'keysUnread'>>;
  /** The clients apply needs for the setup (keys, LKE clusters, buckets), made on first use. */
  setupApply(): Promise<SetupApply>;
  close(): void;
}

const NO_SETUP: LiveSetup = { buckets: {}, destinationAccess: {} };

/**
 * Starts the reads of the setup this file uses, next to the reads already in flight: keys, LKE
 * clusters and the destination check through the account client, buckets over S3 (its SDK
 * loaded only for `buckets:`). A new key's secret goes to the masker before the client returns it.
 */
export async function readAccount(account: Account, inputs: LiveInputs, desired: DesiredState): Promise<AccountReads> {
  let pool: ReturnType<typeof import('./setup/read.js').bucketClientPool> | undefined;
  const bucketClients = async () => {
    if (pool === undefined) {
      const [{ bucketClientPool }, { createBucketClient }] = await Promise.all([import('./setup/read.js'), import('./s3/bucket-client.js')]);
      pool ??= bucketClientPool(createBucketClient, inputs.s3Endpoint, (line) => log.debug(line));
    }
    return pool;
  };
  const reads = {
    account,
    readKeysForCleanup: async (): Promise<Pick<LiveSetup, 'keys' | 'keysUnread'>> => {
      const [client, { keysForCleanup }] = await Promise.all([account.accountClient(), import('./setup/read.js')]);
      return keysForCleanup(() => client.listObjectStorageKeys());
    },
    setupApply: async (): Promise<SetupApply> => {
      const [client, clients] = await Promise.all([account.accountClient(), bucketClients()]);
      return {
        account: client,
        bucketClient: (bucket) => {
          const { accessKeyId, secretAccessKey } = bucket.credentials;
          // apply refuses earlier when a referenced variable is unset (missingEnv).
          return clients.get({ accessKeyId: accessKeyId.value ?? '', secretAccessKey: secretAccessKey.value ?? '' });
        },
        verifyDestinations: inputs.verifyDestinations,
      };
    },
    close: () => pool?.close(),
  };

  const needs = setupNeeds(desired);
  const needsAccount = needs.keys || needs.keyCleanup || needs.clusters || needs.clusterCheck || inputs.verifyDestinations;
  let state: AccountReads['state'];
  if (!needsAccount && !needs.buckets) {
    state = account.live.then((live) => ({ live, setup: NO_SETUP }));
  } else {
    const [client, clients, { readLiveSetup }] = await Promise.all([account.accountClient(), bucketClients(), import('./setup/read.js')]);
    const setup = readLiveSetup(desired, { account: () => client, bucketClient: clients.get }, {
      writes: inputs.mode === 'apply',
      verifyDestinations: inputs.verifyDestinations,
      ...(isPullRequestEvent(process.env) ? { verifyOnlyAsLive: async () => (await account.live).destinations } : {}),
    });
    state = Promise.all([account.live, setup]).then(([live, setupState]) => ({ live, setup: setupState }));
  }
  state.catch(() => undefined);
  return { ...reads, state };
}
