import type { BucketAccessBody, LkeControlPlane, LkeTier, ObjectStorageEndpoint, ObjectStorageKey, LkeCluster } from '../src/linode/account-types.js';
import type { DesiredStreamStatus, DestinationType, JsonObject, LiveState, LiveStreamStatus, StreamDetails, StreamType } from '../src/linode/types.js';

export interface RateLimitOptions {
  /** Collection GETs (the two lists and every `/history`) per token per minute. Default 200. */
  collectionGetsPerMinute?: number;
  /** Every other request per token per minute. Default 1600. */
  otherPerMinute?: number;
}

export interface EmulatorOptions {
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 0 (ephemeral). */
  port?: number;
  /** Accepted bearer tokens; default ['emulator-token']. */
  tokens?: string[];
  /** How long a new or repointed stream stays `provisioning`; default 2000. */
  provisioningMs?: number;
  /** How long a stream set `inactive` stays `deactivating`; default 1000. */
  deactivatingMs?: number;
  /** Streams allowed per type; default 1, like a real account. */
  streamQuota?: number;
  /** Largest page_size honoured (larger ones are clamped); default 500. */
  maxPageSize?: number;
  rateLimit?: RateLimitOptions;
  /** Added to every API request (not to control endpoints); default 0. */
  latencyMs?: number;
  /**
   * Log delivery: every this many ms, each `active` stream writes a small gzip object under its
   * Object Storage destination's path, with the destination's key (see delivery.ts). Default 0
   * (off; `deliver()` delivers once); `npm run emulator` delivers every 5000 ms.
   */
  deliveryMs?: number;
  /**
   * access_key_id -> secret. When set, an akamai_object_storage create/update whose pair does
   * not match fails like the real credential test. When unset, any non-empty pair is accepted.
   */
  credentials?: Record<string, string>;
  /**
   * The account's Logs feature: `true` (default); `false` makes every `/monitor/streams*`
   * endpoint answer 404 on both versions, as for an account without the feature;
   * `'forbidden'` makes them answer 403 instead.
   */
  logsFeature?: LogsFeature;
  /**
   * The API versions that serve the Logs endpoints (`/monitor/streams*`); default both. With one,
   * the other answers 404 on them, as when the Logs operations are on only one of v4 and v4beta.
   * Every other endpoint is served on both.
   */
  logsVersions?: ApiVersion[];
  /**
   * token -> OAuth scopes (`monitor:read_write`, `object_storage:read_only`, `lke:read_write`,
   * `*`). A request whose token lacks the scope its endpoint needs answers 401 "Your OAuth
   * token is not authorized to use this endpoint.". Tokens named here are accepted (as if in
   * `tokens`); accepted tokens not named here have every scope. Unset: every token has every scope.
   */
  tokenScopes?: Record<string, string[]>;
  /**
   * The listing `GET /object-storage/endpoints` answers, as given (nothing is checked, so a test
   * can list a host the client must not trust). Default: `<region>-1.linodeobjects.com` (E1) for
   * a fixed list of real regions and every region of the emulator's buckets and keys.
   */
  objectStorageEndpoints?: ObjectStorageEndpoint[];
  /** Milliseconds since the epoch; default Date.now. Drives status transitions, timestamps and rate-limit windows. */
  clock?: () => number;
}

/** What can change while the emulator runs (programmatically or via `POST /__emulator/options`). */
export interface RuntimeOptions {
  tokens?: string[];
  provisioningMs?: number;
  deactivatingMs?: number;
  streamQuota?: number;
  maxPageSize?: number;
  rateLimit?: RateLimitOptions;
  latencyMs?: number;
  /** 0 stops delivery. */
  deliveryMs?: number;
  /** `null` turns the credential check off again. */
  credentials?: Record<string, string> | null;
  logsFeature?: LogsFeature;
  logsVersions?: ApiVersion[];
  /** `null` gives every token every scope again. */
  tokenScopes?: Record<string, string[]> | null;
  /** `null` restores the default listing. */
  objectStorageEndpoints?: ObjectStorageEndpoint[] | null;
}

export type LogsFeature = boolean | 'forbidden';

export type ApiVersion = 'v4' | 'v4beta';

export interface RequestLogEntry {
  method: string;
  /** Without the version prefix and the query, e.g. `/monitor/streams/2000`; the full path when the prefix is unknown. */
  path: string;
  query: Record<string, string>;
  /** `null` when the path had no known version prefix. */
  version: ApiVersion | null;
  /** The body as sent, parsed when it is JSON (secrets included), the raw text otherwise; undefined when empty. */
  body: unknown;
  /** The raw `X-Filter` header, when sent. */
  filter?: string;
  /** The status answered; 0 when a fault cut the connection (or while the request is in flight). */
  status: number;
  /** `clock()` when the request arrived. */
  at: number;
  /** `clock()` when the answer was sent or the connection cut; absent while in flight. */
  end?: number;
}

export interface Fault {
  /** Matches case-insensitively; any method when absent. */
  method?: string;
  /** Regex source matched against the path without version prefix, e.g. '^/monitor/streams$'; any path when absent. */
  path?: string;
  /** How many matching requests it affects; default 1. */
  times?: number;
  /** Answer with this instead of acting (default 500 when only `body` is given). */
  status?: number;
  /** JSON, or a string served as text/html (e.g. a proxy's error page). */
  body?: unknown;
  /** Added to the fault's answer, or to the real answer when the fault has no status/body. */
  headers?: Record<string, string>;
  /** Destroy the socket without answering: before the emulator acts, or after it acted. */
  cut?: 'before' | 'after';
  /** Extra delay before anything else happens. */
  latencyMs?: number;
}

/** A destination put in directly. `details` may include secrets (they are stored, never returned). */
export interface SeedDestination {
  id?: number;
  label: string;
  type: DestinationType;
  details: JsonObject;
  version?: number;
  created?: string;
  created_by?: string;
  updated?: string;
  updated_by?: string;
}

/** A stream put in directly. */
export interface SeedStream {
  id?: number;
  label: string;
  type: StreamType;
  /**
   * Default 'active'. 'provisioning' and 'deactivating' start that transition at seed time
   * (lasting provisioningMs / deactivatingMs).
   */
  status?: LiveStreamStatus;
  /** What a `provisioning` seed becomes afterwards; default 'active'. */
  requestedStatus?: DesiredStreamStatus;
  /** Exactly one destination id (seeded earlier or in the same call). */
  destinations: number[];
  details?: StreamDetails | null;
  version?: number;
  created?: string;
  created_by?: string;
  updated?: string;
  updated_by?: string;
}

/** An Object Storage key put in directly; without access_key/secret_key both are generated. */
export interface SeedObjectStorageKey {
  id?: number;
  label: string;
  access_key?: string;
  secret_key?: string;
  regions?: string[];
  /** Makes it a limited key (the buckets need not exist). */
  bucket_access?: BucketAccessBody[] | null;
}

/** A bucket of the emulator's S3 endpoint. */
export interface SeedBucket {
  name: string;
  /** A region id, e.g. `us-iad` (served as cluster `us-iad-1`). */
  region: string;
  /** `true`: Object Lock without default retention; an object: with this default retention. Default false. */
  object_lock?: boolean | { mode: 'COMPLIANCE' | 'GOVERNANCE'; days?: number; years?: number };
  /** key -> text content. */
  objects?: Record<string, string>;
}

export interface SeedLkeCluster {
  id?: number;
  label: string;
  region: string;
  k8s_version?: string;
  /** Default 'standard'. */
  tier?: LkeTier;
  control_plane?: Partial<LkeControlPlane>;
  tags?: string[];
}

export interface SeedState {
  destinations?: SeedDestination[];
  streams?: SeedStream[];
  objectStorageKeys?: SeedObjectStorageKey[];
  buckets?: SeedBucket[];
  lkeClusters?: SeedLkeCluster[];
}

/** A bucket as `resources()` shows it. */
export interface BucketView {
  name: string;
  region: string;
  objectLock: boolean;
  retention: { mode: 'COMPLIANCE' | 'GOVERNANCE'; days?: number; years?: number } | null;
  objects: Array<{ key: string; size: number; retainUntil: string | null }>;
}

/** Everything beside destinations and streams, as the API would show it (key secrets stripped). */
export interface ResourcesView {
  objectStorageKeys: ObjectStorageKey[];
  lkeClusters: LkeCluster[];
  buckets: BucketView[];
}

/** One S3 request (the S3 endpoint's own log, apart from `requests`). */
export interface S3RequestLogEntry {
  method: string;
  /** Path as sent, without the query, e.g. `/s3/us-iad-1/audit-logs/`. */
  path: string;
  /** What the emulator took it for, e.g. `CreateBucket`; `Unknown` when nothing matched. */
  operation: string;
  /** The access key id the request was signed with, when it was. */
  accessKey?: string;
  status: number;
  at: number;
  /** When the answer went out (the bench counts round trips from it). */
  end?: number;
}

export interface Emulator {
  /** e.g. http://127.0.0.1:34567 (no version prefix). */
  url: string;
  /**
   * Base of the S3 endpoint, e.g. http://127.0.0.1:34567/s3. A region's endpoint is
   * `${s3Url}/<region>-1`, standing for `https://<region>-1.linodeobjects.com`; use it
   * path-style (`forcePathStyle: true`).
   */
  s3Url: string;
  /** The S3 endpoint of a region: `s3Endpoint('us-iad')` is `${s3Url}/us-iad-1`. */
  s3Endpoint(region: string): string;
  /** Every S3 request in arrival order. Cleared in place, with `requests`. */
  s3Requests: S3RequestLogEntry[];
  /** Object Storage keys, LKE clusters and buckets now (like `GET /__emulator/resources`). */
  resources(): ResourcesView;
  /** Every API request in arrival order (control endpoints excluded). Cleared in place. */
  requests: RequestLogEntry[];
  inject(fault: Fault): void;
  clearFaults(): void;
  /** Empty state (ids start again), clear the request log, faults and rate-limit windows. Options stay. */
  reset(): void;
  seed(state: SeedState): void;
  /** What a GET would show now (secrets stripped, statuses settled). */
  snapshot(): LiveState;
  /** Change options at run time, like `POST /__emulator/options`. */
  configure(options: RuntimeOptions): void;
  /** One delivery round now, whatever `deliveryMs` (like `POST /__emulator/deliver`); the keys written. */
  deliver(): string[];
  close(): Promise<void>;
}
