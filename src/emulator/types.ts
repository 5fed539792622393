import type {
  DesiredStreamStatus,
  DestinationType,
  JsonObject,
  LiveState,
  LiveStreamStatus,
  StreamDetails,
  StreamType,
} from '../linode/types.js';

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
   * access_key_id -> secret. When set, an akamai_object_storage create/update whose pair does
   * not match fails like the real credential test. When unset, any non-empty pair is accepted.
   */
  credentials?: Record<string, string>;
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
  /** `null` turns the credential check off again. */
  credentials?: Record<string, string> | null;
}

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

export interface SeedState {
  destinations?: SeedDestination[];
  streams?: SeedStream[];
}

export interface Emulator {
  /** e.g. http://127.0.0.1:34567 (no version prefix). */
  url: string;
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
  close(): Promise<void>;
}
