import type { ObjectStorageEndpoint } from '../src/linode/account-types.js';
import type { ApiVersion, EmulatorOptions, LogsFeature, RuntimeOptions } from './types.js';

/** Defaults of every option (documented in EmulatorOptions). */
export const DEFAULTS = {
  host: '127.0.0.1',
  port: 0,
  tokens: ['emulator-token'],
  provisioningMs: 2000,
  deactivatingMs: 1000,
  streamQuota: 1,
  maxPageSize: 500,
  collectionGetsPerMinute: 200,
  otherPerMinute: 1600,
  latencyMs: 0,
  /** Off when used as a library (tests deliver on demand); the command line's default is CLI_DELIVERY_MS. */
  deliveryMs: 0,
} as const;

/** How often `npm run emulator` delivers logs of each active stream by default. */
export const CLI_DELIVERY_MS = 5000;

/** The real API's smallest and default page sizes. */
export const MIN_PAGE_SIZE = 25;
export const DEFAULT_PAGE_SIZE = 100;

/** The options the emulator runs with, all resolved. Mutable: `configure` changes them at run time. */
export interface Settings {
  tokens: string[];
  provisioningMs: number;
  deactivatingMs: number;
  streamQuota: number;
  maxPageSize: number;
  collectionGetsPerMinute: number;
  otherPerMinute: number;
  latencyMs: number;
  /** Every this many ms each active stream delivers an object into its bucket; 0: off. */
  deliveryMs: number;
  credentials: Record<string, string> | undefined;
  logsFeature: LogsFeature;
  logsVersions: ApiVersion[];
  tokenScopes: Record<string, string[]> | undefined;
  /** The listing of `GET /object-storage/endpoints`; undefined: the default (object-storage-endpoints.ts). */
  objectStorageEndpoints: ObjectStorageEndpoint[] | undefined;
  clock: () => number;
}

/** A bad option, from code or from `POST /__emulator/options`. */
export class OptionsError extends Error {
  override name = 'OptionsError';
}

export function resolveSettings(options: EmulatorOptions): Settings {
  const settings: Settings = {
    tokens: [...DEFAULTS.tokens],
    provisioningMs: DEFAULTS.provisioningMs,
    deactivatingMs: DEFAULTS.deactivatingMs,
    streamQuota: DEFAULTS.streamQuota,
    maxPageSize: DEFAULTS.maxPageSize,
    collectionGetsPerMinute: DEFAULTS.collectionGetsPerMinute,
    otherPerMinute: DEFAULTS.otherPerMinute,
    latencyMs: DEFAULTS.latencyMs,
    deliveryMs: DEFAULTS.deliveryMs,
    credentials: undefined,
    logsFeature: true,
    logsVersions: ['v4', 'v4beta'],
    tokenScopes: undefined,
    objectStorageEndpoints: undefined,
    clock: options.clock ?? Date.now,
  };
  const { host: _host, port: _port, clock: _clock, ...runtime } = options;
  applyRuntimeOptions(settings, runtime);
  return settings;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function count(name: string, value: unknown, min = 0): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new OptionsError(`${name} must be an integer >= ${min}, got ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * Validates a patch (it may come as JSON from another process) and applies it. All or nothing:
 * nothing changes when any field is bad.
 */
export function applyRuntimeOptions(settings: Settings, patch: unknown): void {
  if (!isRecord(patch)) throw new OptionsError('options must be a JSON object');
  const known: Array<keyof RuntimeOptions> = [
    'tokens',
    'provisioningMs',
    'deactivatingMs',
    'streamQuota',
    'maxPageSize',
    'rateLimit',
    'latencyMs',
    'deliveryMs',
    'credentials',
    'logsFeature',
    'logsVersions',
    'tokenScopes',
    'objectStorageEndpoints',
  ];
  const unknown = Object.keys(patch).filter((key) => !(known as string[]).includes(key));
  if (unknown.length > 0) throw new OptionsError(`unknown option(s): ${unknown.join(', ')}`);

  const next: Settings = { ...settings };
  if (patch.tokens !== undefined) {
    const tokens = patch.tokens;
    if (!Array.isArray(tokens) || tokens.length === 0 || !tokens.every((t) => typeof t === 'string' && t !== '')) {
      throw new OptionsError('tokens must be a non-empty list of non-empty strings');
    }
    next.tokens = [...(tokens as string[])];
  }
  if (patch.provisioningMs !== undefined) next.provisioningMs = count('provisioningMs', patch.provisioningMs);
  if (patch.deactivatingMs !== undefined) next.deactivatingMs = count('deactivatingMs', patch.deactivatingMs);
  if (patch.streamQuota !== undefined) next.streamQuota = count('streamQuota', patch.streamQuota);
  if (patch.maxPageSize !== undefined) next.maxPageSize = count('maxPageSize', patch.maxPageSize, MIN_PAGE_SIZE);
  if (patch.latencyMs !== undefined) next.latencyMs = count('latencyMs', patch.latencyMs);
  if (patch.deliveryMs !== undefined) next.deliveryMs = count('deliveryMs', patch.deliveryMs);
  if (patch.rateLimit !== undefined) {
    const limits = patch.rateLimit;
    if (!isRecord(limits)) throw new OptionsError('rateLimit must be an object');
    if (limits.collectionGetsPerMinute !== undefined) {
      next.collectionGetsPerMinute = count('rateLimit.collectionGetsPerMinute', limits.collectionGetsPerMinute, 1);
    }
    if (limits.otherPerMinute !== undefined) {
      next.otherPerMinute = count('rateLimit.otherPerMinute', limits.otherPerMinute, 1);
    }
  }
  if (patch.credentials !== undefined) {
    const credentials = patch.credentials;
    if (credentials === null) next.credentials = undefined;
    else if (isRecord(credentials) && Object.values(credentials).every((v) => typeof v === 'string')) {
      next.credentials = { ...(credentials as Record<string, string>) };
    } else {
      throw new OptionsError('credentials must be an object of access_key_id -> secret, or null');
    }
  }
  if (patch.logsFeature !== undefined) {
    if (typeof patch.logsFeature !== 'boolean' && patch.logsFeature !== 'forbidden') {
      throw new OptionsError("logsFeature must be true, false or 'forbidden'");
    }
    next.logsFeature = patch.logsFeature;
  }
  if (patch.logsVersions !== undefined) {
    const versions = patch.logsVersions;
    if (!Array.isArray(versions) || versions.length === 0 || !versions.every((v) => v === 'v4' || v === 'v4beta')) {
      throw new OptionsError("logsVersions must be a non-empty list of 'v4' and 'v4beta'");
    }
    next.logsVersions = [...new Set(versions as ApiVersion[])];
  }
  if (patch.tokenScopes !== undefined) {
    const scopes = patch.tokenScopes;
    if (scopes === null) next.tokenScopes = undefined;
    else if (isRecord(scopes) && Object.values(scopes).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'))) {
      next.tokenScopes = Object.fromEntries(Object.entries(scopes as Record<string, string[]>).map(([t, v]) => [t, [...v]]));
    } else {
      throw new OptionsError('tokenScopes must be an object of token -> list of scopes, or null');
    }
  }
  if (patch.objectStorageEndpoints !== undefined) {
    const endpoints = patch.objectStorageEndpoints;
    const isEntry = (e: unknown): boolean =>
      isRecord(e) &&
      typeof e.region === 'string' &&
      typeof e.endpoint_type === 'string' &&
      (typeof e.s3_endpoint === 'string' || e.s3_endpoint === null) &&
      Object.keys(e).every((k) => ['region', 'endpoint_type', 's3_endpoint'].includes(k));
    if (endpoints === null) next.objectStorageEndpoints = undefined;
    // Any text is taken as given: clients must not trust what the listing says.
    else if (Array.isArray(endpoints) && endpoints.every(isEntry)) next.objectStorageEndpoints = structuredClone(endpoints as ObjectStorageEndpoint[]);
    else throw new OptionsError('objectStorageEndpoints must be a list of { region, endpoint_type, s3_endpoint }, or null');
  }
  Object.assign(settings, next);
}

/** The settings as JSON (for `GET /__emulator/options`); the clock is not data. */
export function describeSettings(settings: Settings): Omit<Settings, 'clock' | 'credentials' | 'tokenScopes' | 'objectStorageEndpoints'> & {
  credentials: Record<string, string> | null;
  tokenScopes: Record<string, string[]> | null;
  objectStorageEndpoints: ObjectStorageEndpoint[] | null;
} {
  const { clock: _clock, credentials, tokenScopes, objectStorageEndpoints, ...rest } = settings;
  return {
    ...rest,
    tokens: [...rest.tokens],
    logsVersions: [...rest.logsVersions],
    credentials: credentials ? { ...credentials } : null,
    tokenScopes: tokenScopes ? structuredClone(tokenScopes) : null,
    objectStorageEndpoints: objectStorageEndpoints ? structuredClone(objectStorageEndpoints) : null,
  };
}
