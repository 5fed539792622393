import type { StreamDetails } from '../linode/types.js';
import { bucketHostParts } from './semantic-rules.js';
import type { ParsedConfig } from './schema.js';
import type { Retention } from '../s3/retention.js';
import {
  isEnvRef,
  type DesiredBucket,
  type DesiredDestination,
  type DesiredLkeCluster,
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
    const details = toDesiredObject(present(destination.details, `details of ${label}`), label);
    if (destination.type === 'akamai_object_storage' && details.access_key === 'managed') {
      // The key is made at apply: its id and secret stand in as write-only parts until then.
      const { access_key: _managed, ...rest } = details;
      const bucketName = present(destination.details?.bucket_name, `bucket_name of ${label}`);
      const region = config.buckets?.get(bucketName)?.region ?? bucketHostParts(destination.details?.host)?.region;
      return {
        label,
        type: destination.type,
        details: { ...rest, access_key_id: { kind: 'managed-key', part: 'access_key_id' }, access_key_secret: { kind: 'managed-key', part: 'secret_key' } },
        managedKey: { bucket: bucketName, region: present(region, `region of ${label}'s bucket`) },
      };
    }
    return { label, type: destination.type, details };
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
        return { ...base, type: stream.type, ...streamDetails(present(stream.details, `details of ${label}`)) };
      case undefined:
        throw new Error(`internal error: type of ${label} missing after validation`);
      default: {
        const unreachable: never = stream;
        throw new Error(`internal error: unexpected stream ${JSON.stringify(unreachable)}`);
      }
    }
  });
  const buckets: DesiredBucket[] = [...(config.buckets ?? [])].map(([name, parsed]) => {
    const bucket = present(parsed, `bucket ${name}`);
    const credentials = present(bucket.s3_credentials, `s3_credentials of ${name}`);
    return {
      name,
      region: present(bucket.region, `region of ${name}`),
      ...(bucket.object_lock !== undefined ? { objectLock: retentionOf(bucket.object_lock, name) } : {}),
      credentials: {
        accessKeyId: present(credentials.access_key_id, `s3_credentials.access_key_id of ${name}`),
        secretAccessKey: present(credentials.secret_access_key, `s3_credentials.secret_access_key of ${name}`),
      },
    };
  });
  const lkeClusters: DesiredLkeCluster[] = [...(config.lke_clusters ?? [])].map(([key]) => ({
    ref: /^[1-9][0-9]*$/.test(key) ? Number(key) : key,
    auditLogs: true,
  }));
  return {
    prune: present(config.prune, 'prune'),
    streamQuota: present(config.stream_quota, 'stream_quota'),
    destinations: destinations.sort(byLabel),
    streams: streams.sort(byLabel),
    ...(buckets.length > 0 ? { buckets: buckets.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) } : {}),
    ...(lkeClusters.length > 0 ? { lkeClusters } : {}),
  };
}

function retentionOf(parsed: { mode?: Retention['mode']; days?: number; years?: number }, name: string): Retention {
  const mode = present(parsed.mode, `object_lock.mode of ${name}`);
  if (parsed.days !== undefined) return { mode, days: parsed.days };
  return { mode, years: present(parsed.years, `object_lock.years of ${name}`) };
}

function streamDetails(parsed: { cluster_ids?: ReadonlyArray<number | string | undefined>; is_auto_add_all_clusters_enabled?: boolean }): {
  details: StreamDetails;
  clusterRefs?: Array<number | string>;
} {
  const details: StreamDetails = {};
  let clusterRefs: Array<number | string> | undefined;
  if (parsed.cluster_ids !== undefined) {
    const refs = parsed.cluster_ids.map((ref) => present(ref, 'cluster id'));
    // Labels are resolved to ids by the plan, which reads the account's clusters.
    if (refs.every((ref): ref is number => typeof ref === 'number')) details.cluster_ids = refs;
    else clusterRefs = refs;
  }
  if (parsed.is_auto_add_all_clusters_enabled !== undefined) {
    details.is_auto_add_all_clusters_enabled = parsed.is_auto_add_all_clusters_enabled;
  }
  return clusterRefs === undefined ? { details } : { details, clusterRefs };
}
