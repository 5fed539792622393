import type { Retention } from '../s3/retention.js';
import type { DesiredStreamStatus, DestinationType, StreamDetails, StreamType } from '../linode/types.js';

/** A path into the YAML document, e.g. `['destinations', 'siem', 'details', 'endpoint_url']`. */
export type YamlPath = ReadonlyArray<string | number>;

/** Where something is in the config file (1-based line and column). */
export interface SourcePosition {
  line: number;
  col: number;
}

/**
 * A `${NAME}` reference in the config. The value comes from the environment (the workflow maps
 * GitHub secrets into env). `value` is undefined when the variable is unset or empty: plan and
 * validate still work then (fork PRs have no secrets); apply refuses.
 *
 * `secret` is true for the write-only fields the API never returns (they cannot be diffed).
 * Every resolved value is registered as a secret whatever the field, and rendered by name only.
 */
export interface EnvRef {
  readonly kind: 'env';
  readonly name: string;
  readonly value: string | undefined;
  readonly secret: boolean;
}

/**
 * The part of a managed Object Storage key a destination uses (`access_key: managed`). The key
 * is created at apply; its secret exists only in that run's memory, so it is write-only like a
 * `${NAME}` secret and shown as such.
 */
export interface ManagedKeyRef {
  readonly kind: 'managed-key';
  readonly part: 'access_key_id' | 'secret_key';
}

/** A JSON value in which some strings are `${NAME}` references or parts of a managed key. */
export type DesiredValue = string | number | boolean | null | EnvRef | ManagedKeyRef | DesiredValue[] | { [key: string]: DesiredValue };

export type DesiredObject = { [key: string]: DesiredValue };

export interface DesiredDestination {
  label: string;
  type: DestinationType;
  /** Complete details as the API takes them, with `${...}` references kept as EnvRefs. */
  details: DesiredObject;
  /** `access_key: managed`: a key limited to read_write on this bucket, made and rotated by the action. */
  managedKey?: { bucket: string; region: string };
}

/** A bucket of `buckets:`, created and locked through S3. */
export interface DesiredBucket {
  name: string;
  region: string;
  objectLock?: Retention;
  credentials: { accessKeyId: EnvRef; secretAccessKey: EnvRef };
}

/** An entry of `lke_clusters:`: the cluster by id or label, with audit logs on. */
export interface DesiredLkeCluster {
  ref: number | string;
  auditLogs: true;
}

export interface DesiredStream {
  label: string;
  type: StreamType;
  /** The destination's label in the same file. */
  destination: string;
  status: DesiredStreamStatus;
  /** Only for `lke_audit_logs`. */
  details?: StreamDetails;
  /**
   * `cluster_ids` as written when it names clusters by label; the plan resolves them to ids
   * (`details.cluster_ids` is then filled in). Absent when every entry is an id.
   */
  clusterRefs?: Array<number | string>;
}

/** The config file, validated: what the account should look like. */
export interface DesiredState {
  /** Delete live destinations and streams the file does not name. */
  prune: boolean;
  /** How many streams of one type the account allows (default 1). */
  streamQuota: number;
  /** Sorted by label. */
  destinations: DesiredDestination[];
  /** Sorted by label. */
  streams: DesiredStream[];
  /** `buckets:`, sorted by name; absent or empty when the file has none. */
  buckets?: DesiredBucket[];
  /** `lke_clusters:`, in file order; absent or empty when the file has none. */
  lkeClusters?: DesiredLkeCluster[];
}

/** Maps YAML paths back to positions, so API errors can point into the file. */
export interface SourceMap {
  file: string;
  locate(path: YamlPath): SourcePosition | undefined;
}

/**
 * The source map of a loaded file, made on first use: the first `locate` parses the text again
 * with the `yaml` library, loaded only then. Only an API error during apply asks (rare), and
 * keeping the parsed document instead would hold tens of MB of a large file through the run.
 */
export interface LoadedSourceMap {
  file: string;
  locate(path: YamlPath): Promise<SourcePosition | undefined>;
}

export interface LoadedConfig {
  desired: DesiredState;
  source: LoadedSourceMap;
  /** Every `${NAME}` reference in the file, in order of appearance, deduplicated. */
  envRefs: EnvRef[];
}

export function isEnvRef(value: unknown): value is EnvRef {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'env';
}

export function isManagedKeyRef(value: unknown): value is ManagedKeyRef {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'managed-key';
}

/** Whether a file uses any part of the setup beyond destinations and streams. */
export function usesSetup(desired: DesiredState): boolean {
  return (
    (desired.buckets?.length ?? 0) > 0 ||
    (desired.lkeClusters?.length ?? 0) > 0 ||
    desired.destinations.some((d) => d.managedKey !== undefined) ||
    desired.streams.some((s) => s.clusterRefs !== undefined)
  );
}
