import type {
  DesiredStreamStatus,
  DestinationType,
  StreamDetails,
  StreamType,
} from '../linode/types.js';

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

/** A JSON value in which some strings are `${NAME}` references. */
export type DesiredValue =
  | string
  | number
  | boolean
  | null
  | EnvRef
  | DesiredValue[]
  | { [key: string]: DesiredValue };

export type DesiredObject = { [key: string]: DesiredValue };

export interface DesiredDestination {
  label: string;
  type: DestinationType;
  /** Complete details as the API takes them, with `${...}` references kept as EnvRefs. */
  details: DesiredObject;
}

export interface DesiredStream {
  label: string;
  type: StreamType;
  /** The destination's label in the same file. */
  destination: string;
  status: DesiredStreamStatus;
  /** Only for `lke_audit_logs`. */
  details?: StreamDetails;
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
}

/** Maps YAML paths back to positions, so API errors can point into the file. */
export interface SourceMap {
  file: string;
  locate(path: YamlPath): SourcePosition | undefined;
}

export interface LoadedConfig {
  desired: DesiredState;
  source: SourceMap;
  /** Every `${NAME}` reference in the file, in order of appearance, deduplicated. */
  envRefs: EnvRef[];
}

export function isEnvRef(value: unknown): value is EnvRef {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'env';
}
