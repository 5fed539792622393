/**
 * Rules on top of the structure: cross-references inside the file, the stream quota, and the
 * Linode API's own validation rules (rules.ts), checked before anything is changed on the account.
 */
import { groupBy } from '../group.js';
import { API_REASONS, FORBIDDEN_CUSTOM_HEADER_NAMES, bucketNameProblems, bucketOfHost, isForbiddenHeaderName, isValidEndpointUrl } from '../linode/rules.js';
import { bucketHost, checkRegion, regionOfHost } from '../s3/endpoint.js';
import { formatPath } from './errors.js';
import type { ParsedConfig } from './schema.js';
import { closest } from './suggest.js';
import { isEnvRef, type EnvRef, type YamlPath } from './types.js';

export interface RuleProblem {
  path: YamlPath;
  message: string;
}

type Destinations = NonNullable<ParsedConfig['destinations']>;
type Destination = NonNullable<ReturnType<Destinations['get']>>;
type Streams = NonNullable<ParsedConfig['streams']>;
type Stream = NonNullable<ReturnType<Streams['get']>>;
type HttpsDetails = NonNullable<Extract<Destination, { type: 'custom_https' }>['details']>;
type ObjectStorageDetails = NonNullable<Extract<Destination, { type: 'akamai_object_storage' }>['details']>;
type LkeDetails = NonNullable<Extract<Stream, { type: 'lke_audit_logs' }>['details']>;
type Buckets = NonNullable<ParsedConfig['buckets']>;

/** Whether structural validation already reported a problem at or below a path. */
export type InvalidAt = (path: YamlPath) => boolean;

/** Every rule violation in a structurally validated config (invalid parts are skipped). */
export function checkRules(config: ParsedConfig, invalidAt: InvalidAt): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const destinations: Destinations = config.destinations ?? new Map();
  const streams: Streams = config.streams ?? new Map();
  const buckets: Buckets = config.buckets ?? new Map();
  for (const [name, bucket] of buckets) {
    if (bucket !== undefined) problems.push(...bucketRules(name, bucket, ['buckets', name], invalidAt));
  }
  for (const [key, cluster] of config.lke_clusters ?? []) {
    if (cluster?.audit_logs === false) {
      problems.push({
        path: ['lke_clusters', key, 'audit_logs'],
        message: 'must be true: the action only turns Kubernetes API audit logs on; remove the entry to leave the cluster as it is',
      });
    }
  }
  for (const [label, destination] of destinations) {
    const path = ['destinations', label, 'details'];
    if (destination?.type === 'akamai_object_storage' && destination.details) {
      problems.push(...objectStorageRules(destination.details, path));
      problems.push(...objectStorageKeyRules(destination.details, path, buckets, invalidAt));
    } else if (destination?.type === 'custom_https' && destination.details) {
      problems.push(...customHttpsRules(destination.details, path, invalidAt));
    }
  }
  for (const [label, stream] of streams) {
    if (stream === undefined) continue;
    const path = ['streams', label];
    // When `destinations` itself is invalid its labels are unknown: no reference can be judged.
    const labelsKnown = config.destinations !== undefined || !invalidAt(['destinations']);
    if (labelsKnown && stream.destination !== undefined && !destinations.has(stream.destination)) {
      problems.push({ path: [...path, 'destination'], message: danglingDestination(stream.destination, [...destinations.keys()]) });
    }
    if (stream.type === 'lke_audit_logs' && stream.details && !invalidAt([...path, 'details'])) {
      problems.push(...lkeDetailsRules(stream.details, [...path, 'details']));
    }
  }
  if (config.stream_quota !== undefined) problems.push(...quotaRules(streams, config.stream_quota));
  return problems;
}

/** The value a rule can check: the literal, or the variable's value when it is set. */
function resolved(value: string | EnvRef | undefined): string | undefined {
  return isEnvRef(value) ? value.value : value;
}

/** How to name a value in a message without echoing what came from the environment. */
function shown(value: string | EnvRef): string {
  return isEnvRef(value) ? `\${${value.name}}` : JSON.stringify(value);
}

function objectStorageRules(details: ObjectStorageDetails, path: YamlPath): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const bucket = resolved(details.bucket_name);
  if (bucket !== undefined) {
    const reasons = bucketNameProblems(bucket);
    if (reasons.length > 0) problems.push({ path: [...path, 'bucket_name'], message: `invalid bucket name: ${reasons.join(' ')}` });
  }
  const host = resolved(details.host);
  const hostBucket = host === undefined ? undefined : bucketOfHost(host);
  // The API refuses a host whose first label(s) name another bucket than bucket_name.
  if (hostBucket !== undefined && bucket !== undefined && hostBucket !== bucket && details.bucket_name && details.host) {
    const names = isEnvRef(details.host) || isEnvRef(details.bucket_name) ? '' : ` (host names bucket "${hostBucket}", bucket_name is "${bucket}")`;
    problems.push({
      path: [...path, 'host'],
      message: `host must be the bucket's own host, <bucket_name>.<cluster>.linodeobjects.com${names}`,
    });
  }
  return problems;
}

/** The bucket and region an Object Storage host names, when it is a `<bucket>.<region>-1.linodeobjects.com` host. */
export function bucketHostParts(host: string | EnvRef | undefined): { bucket: string; region: string } | undefined {
  const text = resolved(host);
  if (text === undefined) return undefined;
  const bucket = bucketOfHost(text);
  const region = regionOfHost(text);
  return bucket === undefined || region === undefined ? undefined : { bucket, region };
}

/** `access_key: managed`, or both halves of a key; a managed key needs the bucket's region. */
function objectStorageKeyRules(details: ObjectStorageDetails, path: YamlPath, buckets: Buckets, invalidAt: InvalidAt): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const managed = details.access_key === 'managed';
  if (managed) {
    for (const field of ['access_key_id', 'access_key_secret'] as const) {
      if (details[field] !== undefined) {
        problems.push({
          path: [...path, field],
          message: `leave out ${field} with access_key: managed: the action creates the key and feeds it to the destination`,
        });
      }
    }
    const bucket = resolved(details.bucket_name);
    if (isEnvRef(details.bucket_name)) {
      problems.push({ path: [...path, 'bucket_name'], message: 'write bucket_name literally with access_key: managed: the key is limited to it' });
    } else if (bucket !== undefined && !buckets.has(bucket) && bucketHostParts(details.host) === undefined && !invalidAt([...path, 'host'])) {
      problems.push({
        path: [...path, 'access_key'],
        message: `a managed key needs the bucket's region: declare bucket "${bucket}" under buckets: with its region, or use a host like ${bucket}.us-iad-1.linodeobjects.com`,
      });
    }
  } else if (!invalidAt([...path, 'access_key'])) {
    const missing = (['access_key_id', 'access_key_secret'] as const).filter((field) => details[field] === undefined && !invalidAt([...path, field]));
    if (missing.length > 0) {
      problems.push({ path, message: `missing ${missing.join(' and ')}: give access_key_id and access_key_secret, or access_key: managed` });
    }
  }
  // A declared bucket's host is under linodeobjects.com. Which endpoint of its region is right
  // needs Linode's endpoint listing (not every region's is <region>-1, and a region id may end in
  // digits, like in-bom-2): the pre-flight host check judges that, so only the certain is refused here.
  const bucket = resolved(details.bucket_name);
  const declared = bucket === undefined ? undefined : buckets.get(bucket);
  const host = resolved(details.host);
  if (declared?.region !== undefined && host !== undefined && details.host !== undefined && !invalidAt(['buckets', bucket!, 'region'])) {
    if (!host.endsWith('.linodeobjects.com')) {
      problems.push({
        path: [...path, 'host'],
        message: `bucket "${bucket}" is declared under buckets: (Linode Object Storage, ${declared.region}), but the host is not under linodeobjects.com: use ${safeBucketHost(bucket!, declared.region) ?? "the bucket's host in that region"} or the bucket's host at another endpoint of ${declared.region}`,
      });
    }
  }
  return problems;
}

function safeBucketHost(bucket: string, region: string): string | undefined {
  try {
    return bucketHost(bucket, region);
  } catch {
    return undefined;
  }
}

type ParsedBucket = NonNullable<ReturnType<Buckets['get']>>;

function bucketRules(name: string, bucket: ParsedBucket, path: YamlPath, invalidAt: InvalidAt): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const reasons = bucketNameProblems(name);
  if (reasons.length > 0) problems.push({ path, message: `invalid bucket name "${name}": ${reasons.join(' ')}` });
  if (bucket.region !== undefined) {
    try {
      checkRegion(bucket.region);
    } catch (error) {
      problems.push({ path: [...path, 'region'], message: (error as Error).message });
    }
  }
  const lock = bucket.object_lock;
  if (lock !== undefined && !invalidAt([...path, 'object_lock']) && (lock.days === undefined) === (lock.years === undefined)) {
    problems.push({ path: [...path, 'object_lock'], message: 'give exactly one of days and years' });
  }
  return problems;
}

function customHttpsRules(details: HttpsDetails, path: YamlPath, invalidAt: InvalidAt): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const url = resolved(details.endpoint_url);
  if (url !== undefined && details.endpoint_url !== undefined && !isValidEndpointUrl(url)) {
    problems.push({
      path: [...path, 'endpoint_url'],
      message: `${shown(details.endpoint_url)} is not a valid endpoint URL (expected e.g. https://logs.example.com/ingest)`,
    });
  }
  const firstByName = new Map<string, number>();
  (details.custom_headers ?? []).forEach((header, i) => {
    const name = resolved(header?.name);
    if (name === undefined || header?.name === undefined) return;
    const namePath = [...path, 'custom_headers', i, 'name'];
    if (isForbiddenHeaderName(name)) {
      const instead = name.trim().toLowerCase() === 'authorization' ? '; configure authentication instead' : '';
      problems.push({
        path: namePath,
        message:
          `${shown(header.name)} cannot be a custom header: ` +
          `the platform sets ${FORBIDDEN_CUSTOM_HEADER_NAMES.join(', ')} itself (case-insensitive)${instead}`,
      });
    }
    const key = name.trim().toLowerCase();
    const first = firstByName.get(key);
    if (first === undefined) firstByName.set(key, i);
    else {
      problems.push({
        path: namePath,
        message: `duplicate header name ${shown(header.name)} (also ${formatPath(['custom_headers', first])}; names are case-insensitive)`,
      });
    }
  });
  const certificate = details.client_certificate_details;
  const certificatePath = [...path, 'client_certificate_details'];
  if (certificate && !invalidAt(certificatePath)) {
    const together = ['client_ca_certificate', 'client_certificate', 'client_private_key'] as const;
    const missing = together.filter((name) => certificate[name] === undefined);
    if (missing.length > 0 && missing.length < together.length) {
      problems.push({
        path: certificatePath,
        message: `${together.join(', ')} go together: all or none (missing ${missing.join(', ')})`,
      });
    }
  }
  return problems;
}

function lkeDetailsRules(details: LkeDetails, path: YamlPath): RuleProblem[] {
  const all = details.is_auto_add_all_clusters_enabled === true;
  if (all && details.cluster_ids !== undefined) {
    return [
      {
        path: [...path, 'is_auto_add_all_clusters_enabled'],
        message: 'cannot be true together with cluster_ids: either list cluster_ids or stream all clusters',
      },
    ];
  }
  if (!all && details.cluster_ids === undefined) {
    return [{ path, message: 'list the clusters in cluster_ids, or set is_auto_add_all_clusters_enabled: true' }];
  }
  return [];
}

function danglingDestination(name: string, labels: string[]): string {
  const suggestion = closest(name, labels);
  if (suggestion !== undefined) return `no destination "${name}" in this file; did you mean "${suggestion}"?`;
  if (labels.length === 0) return `no destination "${name}" in this file: destinations is empty`;
  return `no destination "${name}" in this file (destinations: ${labels.join(', ')})`;
}

/** Every stream beyond the quota of its type, in file order. The API answers "Stream limit reached for this type". */
function quotaRules(streams: Streams, quota: number): RuleProblem[] {
  const byType = groupBy(
    streams,
    ([, stream]) => stream?.type,
    ([label]) => label,
  );
  const problems: RuleProblem[] = [];
  for (const [type, labels] of byType) {
    if (type === undefined) continue;
    for (const label of labels.slice(quota)) {
      problems.push({
        path: ['streams', label, 'type'],
        message:
          `${labels.length} streams of type ${type}, but stream_quota is ${quota}: ` +
          `the API refuses the extra ones ("${API_REASONS.streamQuota}"); raise stream_quota if the account allows more`,
      });
    }
  }
  return problems;
}
