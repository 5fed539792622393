/**
 * Where each stream of the file delivers, and with which credentials it can be looked at. Pure:
 * everything comes from the file (trusted in `check`, which runs from the default branch), and
 * the S3 endpoint is never chosen here — only the region, which the workflow's `s3-endpoint`
 * template (or Linode's) turns into one.
 */
import { isEnvRef, type DesiredState, type DesiredValue } from '../config/types.js';
import { endpointOfHost, regionOfHost, type TrustedEndpoint } from '../s3/endpoint.js';
import type { S3Credentials } from '../s3/bucket-client.js';

/** A listing the check can make: the bucket, its region, the prefix to walk, the key to list with. */
export interface DeliveryProbe {
  bucket: string;
  region: string;
  /** Ends in `/`, or is empty (the whole bucket). */
  prefix: string;
  credentials: S3Credentials;
  /** Where the credentials come from, for messages: `s3_credentials of bucket X` or `the destination's key`. */
  credentialsFrom: string;
}

/** A stream of the file: a probe, or why its delivery cannot be observed. */
export interface DeliveryTarget {
  stream: string;
  destination: string;
  target: { kind: 'probe'; probe: DeliveryProbe } | { kind: 'unobservable'; why: string; https?: true };
}

/** The stream type the tutorial's default layout starts with: `{stream_type}/{log_type}/{account}/{%Y/%m/%d/}`. */
function prefixOf(path: DesiredValue | undefined, streamType: string): string {
  if (typeof path !== 'string' || path.replace(/\/+/g, '') === '') return `${streamType}/`;
  // A path with time placeholders (`{%Y}`, `%Y`) is walked from its literal part, up to the last `/` before them.
  const trimmed = path.replace(/^\/+/, '');
  const placeholder = trimmed.search(/[{%]/);
  const literal = placeholder === -1 ? trimmed.replace(/\/*$/, '/') : trimmed.slice(0, trimmed.lastIndexOf('/', placeholder) + 1);
  return literal === '/' ? '' : literal;
}

const refName = (value: DesiredValue | undefined): string => (isEnvRef(value) ? `\${${value.name}}` : 'it');

/**
 * The target of each stream of the file whose status there is `active`.
 *
 * @param endpoints Linode's Object Storage endpoints (trusted hosts only), when read: the region of
 * an undeclared bucket is then the one whose endpoint its host is under; a host name alone is
 * ambiguous (`in-bom-2` is a region, or the second cluster of `in-bom`).
 */
export function deliveryTargets(desired: DesiredState, endpoints?: readonly TrustedEndpoint[]): DeliveryTarget[] {
  const destinations = new Map(desired.destinations.map((d) => [d.label, d]));
  const buckets = new Map((desired.buckets ?? []).map((b) => [b.name, b]));
  return desired.streams
    .filter((s) => s.status === 'active')
    .map((stream): DeliveryTarget => {
      const base = { stream: stream.label, destination: stream.destination };
      const destination = destinations.get(stream.destination);
      if (destination === undefined) return { ...base, target: { kind: 'unobservable', why: 'its destination is not in the file' } };
      if (destination.type === 'custom_https') return { ...base, target: { kind: 'unobservable', why: 'custom_https', https: true } };
      const { details } = destination;
      const bucketName = typeof details.bucket_name === 'string' ? details.bucket_name : undefined;
      const host = typeof details.host === 'string' ? details.host : undefined;
      if (bucketName === undefined) return { ...base, target: { kind: 'unobservable', why: 'the destination names no bucket' } };
      const prefix = prefixOf(details.path, stream.type);
      const probe = (region: string, credentials: S3Credentials, credentialsFrom: string): DeliveryTarget => ({
        ...base,
        target: { kind: 'probe', probe: { bucket: bucketName, region, prefix, credentials, credentialsFrom } },
      });
      const declared = buckets.get(bucketName);
      if (declared !== undefined) {
        const { accessKeyId, secretAccessKey } = declared.credentials;
        if (accessKeyId.value === undefined || secretAccessKey.value === undefined) {
          const unset = [accessKeyId, secretAccessKey].filter((r) => r.value === undefined).map((r) => `\${${r.name}}`);
          return { ...base, target: { kind: 'unobservable', why: `the s3_credentials of bucket ${bucketName} are not set in this run (${unset.join(', ')})` } };
        }
        return probe(declared.region, { accessKeyId: accessKeyId.value, secretAccessKey: secretAccessKey.value }, `the s3_credentials of bucket ${bucketName}`);
      }
      if (destination.managedKey !== undefined) {
        return {
          ...base,
          target: {
            kind: 'unobservable',
            why: `its managed key's secret cannot be read back: declare bucket ${bucketName} under buckets: with s3_credentials (a key that may list it) to check its delivery`,
          },
        };
      }
      const region = host === undefined ? undefined : ((endpoints && endpointOfHost(host, endpoints)?.region) ?? regionOfHost(host));
      if (region === undefined)
        return { ...base, target: { kind: 'unobservable', why: `its host names no Object Storage region (<bucket>.<region>-1.linodeobjects.com)` } };
      const id = details.access_key_id;
      const secret = details.access_key_secret;
      const idValue = typeof id === 'string' ? id : isEnvRef(id) ? id.value : undefined;
      const secretValue = isEnvRef(secret) ? secret.value : undefined;
      if (idValue === undefined || secretValue === undefined) {
        const unset = [id, secret].filter((r) => isEnvRef(r) && r.value === undefined).map(refName);
        return {
          ...base,
          target: {
            kind: 'unobservable',
            why: `the destination's key is not set in this run (${unset.join(', ') || 'access_key_id and access_key_secret as ${NAME} references'}); or declare bucket ${bucketName} under buckets: with s3_credentials`,
          },
        };
      }
      return probe(region, { accessKeyId: idValue, secretAccessKey: secretValue }, "the destination's key");
    });
}
