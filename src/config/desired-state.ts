import type { StreamDetails } from '../linode/types.js';
import type { ParsedConfig } from './schema.js';
import {
  isEnvRef,
  type DesiredDestination,
  type DesiredObject,
  type DesiredState,
  type DesiredStream,
  type DesiredValue,
} from './types.js';

/** Only called once validation found nothing: a missing required part is a bug here, not in the file. */
function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`internal error: ${what} missing after validation`);
  return value;
}

function toDesiredValue(value: unknown, what: string): DesiredValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (isEnvRef(value)) return value;
  if (Array.isArray(value)) return value.map((item, i) => toDesiredValue(item, `${what}[${i}]`));
  if (typeof value === 'object') return toDesiredObject(value, what);
  throw new Error(`internal error: unexpected ${typeof value} at ${what}`);
}

function toDesiredObject(value: object, what: string): DesiredObject {
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toDesiredValue(item, `${what}.${key}`)]));
}

/** Code-unit order: stable across locales, so plans and comments do not reorder between runners. */
function byLabel(a: { label: string }, b: { label: string }): number {
  return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}

/** The desired state of a config that passed every check. */
export function toDesiredState(config: ParsedConfig): DesiredState {
  const destinations: DesiredDestination[] = [...(config.destinations ?? [])].map(([label, parsed]) => {
    const destination = present(parsed, `destination ${label}`);
    if (destination.type === undefined) throw new Error(`internal error: type of ${label} missing after validation`);
    return {
      label,
      type: destination.type,
      details: toDesiredObject(present(destination.details, `details of ${label}`), label),
    };
  });
  const streams: DesiredStream[] = [...(config.streams ?? [])].map(([label, parsed]) => {
    const stream = present(parsed, `stream ${label}`);
    const base = {
      label,
      destination: present(stream.destination, `destination of ${label}`),
      status: present(stream.status, `status of ${label}`),
    };
    switch (stream.type) {
      case 'audit_logs':
        return { ...base, type: stream.type };
      case 'lke_audit_logs':
        return { ...base, type: stream.type, details: streamDetails(present(stream.details, `details of ${label}`)) };
      case undefined:
        throw new Error(`internal error: type of ${label} missing after validation`);
      default: {
        const unreachable: never = stream;
        throw new Error(`internal error: unexpected stream ${JSON.stringify(unreachable)}`);
      }
    }
  });
  return {
    prune: present(config.prune, 'prune'),
    streamQuota: present(config.stream_quota, 'stream_quota'),
    destinations: destinations.sort(byLabel),
    streams: streams.sort(byLabel),
  };
}

function streamDetails(parsed: {
  cluster_ids?: ReadonlyArray<number | undefined>;
  is_auto_add_all_clusters_enabled?: boolean;
}): StreamDetails {
  const details: StreamDetails = {};
  if (parsed.cluster_ids !== undefined) details.cluster_ids = parsed.cluster_ids.map((id) => present(id, 'cluster id'));
  if (parsed.is_auto_add_all_clusters_enabled !== undefined) {
    details.is_auto_add_all_clusters_enabled = parsed.is_auto_add_all_clusters_enabled;
  }
  return details;
}
