import { isEnvRef, type DesiredDestination, type DesiredStream, type DesiredValue } from '../config/types.js';
import type { DestinationBody, JsonObject, JsonValue, StreamBody } from '../linode/types.js';

/** Replaces `${NAME}` references with their values. Apply checks beforehand that all are set. */
function resolve(value: DesiredValue): JsonValue {
  if (isEnvRef(value)) {
    if (value.value === undefined) throw new Error(`environment variable ${value.name} is not set`);
    return value.value;
  }
  if (Array.isArray(value)) return value.map(resolve);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
  }
  return value;
}

/** The full desired state of a destination, secrets included, as the console sends it. */
export function destinationBody(desired: DesiredDestination): DestinationBody {
  return { label: desired.label, type: desired.type, details: resolve(desired.details) as JsonObject };
}

/** A stream body: `details` only for `lke_audit_logs` (the API refuses it on `audit_logs`). */
export function streamBody(desired: DesiredStream, destinationId: number): StreamBody {
  return {
    label: desired.label,
    type: desired.type,
    status: desired.status,
    destinations: [destinationId],
    ...(desired.type === 'lke_audit_logs' && desired.details ? { details: desired.details } : {}),
  };
}
