import { isEnvRef, isManagedKeyRef, type DesiredDestination, type DesiredStream, type DesiredValue } from '../config/types.js';
import type { DestinationBody, DestinationUpdateBody, JsonObject, JsonValue, StreamBody, StreamUpdateBody } from '../linode/types.js';

/** A managed key as apply has it: created in this run, its secret only in memory. */
export interface ManagedKeyPair {
  accessKey: string;
  secretKey: string;
}

/** Replaces `${NAME}` references with their values, and managed-key parts with `key`. Apply checks beforehand that all are set. */
function resolve(value: DesiredValue, key: ManagedKeyPair | undefined): JsonValue {
  if (isEnvRef(value)) {
    if (value.value === undefined) throw new Error(`environment variable ${value.name} is not set`);
    return value.value;
  }
  if (isManagedKeyRef(value)) {
    if (key === undefined) throw new Error('the managed key was not created');
    return value.part === 'access_key_id' ? key.accessKey : key.secretKey;
  }
  if (Array.isArray(value)) return value.map((item) => resolve(item, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, key)]));
  }
  return value;
}

/**
 * The full desired state of a destination, secrets included, as the console sends it. A managed
 * destination takes the key created for it in this run (every write of one rotates its key).
 */
export function destinationBody(desired: DesiredDestination, key?: ManagedKeyPair): DestinationBody {
  const details = resolve(desired.details, key) as JsonObject;
  if (desired.managedKey !== undefined) {
    if (key === undefined) throw new Error('the managed key was not created');
    details.access_key_id = key.accessKey;
    details.access_key_secret = key.secretKey;
  }
  return { label: desired.label, type: desired.type, details };
}

/** What a PUT sends: the same body without `type`, which cannot change and is not part of an update. */
export function updateBodyOf(body: DestinationBody): DestinationUpdateBody;
export function updateBodyOf(body: StreamBody): StreamUpdateBody;
export function updateBodyOf(body: DestinationBody | StreamBody): DestinationUpdateBody | StreamUpdateBody {
  const { type: _type, ...update } = body;
  return update;
}

/** A stream body: `details` only for `lke_audit_logs` (the API refuses it on `audit_logs`). */
export function streamBody(desired: DesiredStream, destinationId: number): StreamBody {
  return {
    label: desired.label,
    type: desired.type,
    status: desired.status,
    destinations: [destinationId],
    ...(desired.type === 'lke_audit_logs' && desired.details ? { details: streamDetailsBody(desired.details) } : {}),
  };
}

/**
 * Exactly one of `cluster_ids` and `is_auto_add_all_clusters_enabled`: the official schema
 * (@linode/validation, "Either cluster_ids or is_auto_add_all_clusters_enabled should be set.")
 * refuses both. `is_auto_add_all_clusters_enabled: false` with ids sends the ids only.
 */
export function streamDetailsBody(details: NonNullable<DesiredStream['details']>): NonNullable<StreamBody['details']> {
  if (details.is_auto_add_all_clusters_enabled === true) return { is_auto_add_all_clusters_enabled: true };
  if (details.cluster_ids !== undefined && details.cluster_ids.length > 0) return { cluster_ids: details.cluster_ids };
  return { is_auto_add_all_clusters_enabled: details.is_auto_add_all_clusters_enabled ?? false };
}
