/** Where Linode Object Storage answers S3 requests. Pure. */
import type { ObjectStorageEndpoint } from '../linode/account-types.js';
import { ENDPOINT_TYPES } from '../linode/account-types.js';
import { isLoopbackHost } from '../linode/api-url.js';

/**
 * A region's S3 endpoint: each region is a standalone cluster `<region>-1`, e.g. `us-iad` →
 * `https://us-iad-1.linodeobjects.com`. `{region}` is replaced by the region id.
 */
export const DEFAULT_S3_ENDPOINT = 'https://{region}-1.linodeobjects.com';

// Region ids may end in digits (`in-bom-2`).
const REGION = /^[a-z]{2}-[a-z]+(?:-[0-9]+)?$/;

export function checkRegion(region: string): string {
  if (!REGION.test(region)) throw new Error(`"${region}" is not a Linode region id (like us-iad)`);
  return region;
}

/**
 * The endpoint URL of `region` from a template (default {@link DEFAULT_S3_ENDPOINT}); a template
 * without `{region}` is used for every region. Credentials are signed, never sent, but the data
 * is not: plain http is refused except on loopback (the emulator).
 */
export function s3EndpointFor(region: string, template: string = DEFAULT_S3_ENDPOINT): string {
  const text = template.replaceAll('{region}', checkRegion(region)).replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`the S3 endpoint is not a valid URL: "${text}"`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new Error('the S3 endpoint must use https (http is allowed only for loopback, e.g. the emulator)');
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new Error('the S3 endpoint must not contain credentials, a query string or a fragment');
  }
  return text;
}

/** The host an Object Storage destination names for a bucket: `<bucket>.<region>-1.linodeobjects.com`. */
export function bucketHost(bucket: string, region: string): string {
  return `${bucket}.${clusterOf(checkRegion(region))}.linodeobjects.com`;
}

/** The cluster id of a region: `us-iad` → `us-iad-1`. */
export const clusterOf = (region: string): string => `${region}-1`;

/** `us-iad-1` → `us-iad`; undefined for text that is no cluster id. */
export function regionOfCluster(cluster: string): string | undefined {
  return /^([a-z]{2}-[a-z]+(?:-\d+)?)-\d+$/.exec(cluster)?.[1];
}

/** The region an Object Storage host (`[<bucket>.]<cluster>.linodeobjects.com`) is in; undefined for other hosts. */
export function regionOfHost(host: string): string | undefined {
  const cluster = /^(?:.+\.)?([a-z0-9-]+)\.linodeobjects\.com$/.exec(host)?.[1];
  return cluster === undefined ? undefined : regionOfCluster(cluster);
}

/**
 * A host of Linode's endpoint listing that S3 credentials may go to: a plain host name under
 * `linodeobjects.com`. The listing is an API answer (data), so anything else is never used.
 */
const TRUSTED_ENDPOINT_HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.linodeobjects\.com$/;

/** An endpoint of the listing whose host passed {@link trustedEndpoints}. */
export type TrustedEndpoint = ObjectStorageEndpoint & { s3_endpoint: string };

/** Whether `host` is a plain host name under `linodeobjects.com`. */
export function isTrustedEndpointHost(host: string): boolean {
  return host.length <= 253 && TRUSTED_ENDPOINT_HOST.test(host);
}

/**
 * The entries of `GET /object-storage/endpoints` that may be used: a region id and a host under
 * linodeobjects.com. The others are dropped (`debug` says which), never used.
 */
export function trustedEndpoints(listing: readonly ObjectStorageEndpoint[], debug?: (line: string) => void): TrustedEndpoint[] {
  return listing.flatMap((entry): TrustedEndpoint[] => {
    const host = entry.s3_endpoint;
    if (host === null || host === undefined) return [];
    if (typeof host !== 'string' || typeof entry.region !== 'string' || !REGION.test(entry.region) || !isTrustedEndpointHost(host)) {
      debug?.(`Object Storage endpoint ignored (not a region and a host under linodeobjects.com): ${JSON.stringify(entry).slice(0, 200)}`);
      return [];
    }
    return [{ ...entry, s3_endpoint: host }];
  });
}

const typeRank = (type: string): number => (ENDPOINT_TYPES as readonly string[]).indexOf(type);

/**
 * The endpoints of `region`, in the order S3 requests prefer them: the `<region>-1` one when
 * listed (Linode's classic cluster), then the newest endpoint type first.
 */
export function endpointsOfRegion(endpoints: readonly TrustedEndpoint[], region: string): TrustedEndpoint[] {
  const classic = `${clusterOf(region)}.linodeobjects.com`;
  return endpoints
    .filter((e) => e.region === region)
    .sort((a, b) => Number(b.s3_endpoint === classic) - Number(a.s3_endpoint === classic) || typeRank(b.endpoint_type) - typeRank(a.endpoint_type));
}

/**
 * The S3 endpoint URL of `region`: the workflow's template when set (`override`); else
 * `https://<s3_endpoint>` of the listing's preferred endpoint of the region; else the default
 * `https://<region>-1.linodeobjects.com`.
 */
export function s3EndpointOf(region: string, endpoints: readonly TrustedEndpoint[] | undefined, override?: string): string {
  if (override !== undefined) return s3EndpointFor(region, override);
  const listed = endpoints === undefined ? undefined : endpointsOfRegion(endpoints, checkRegion(region))[0];
  // Re-checked here too: only a host under linodeobjects.com ever gets a credential.
  if (listed !== undefined && isTrustedEndpointHost(listed.s3_endpoint)) return s3EndpointFor(region, `https://${listed.s3_endpoint}`);
  return s3EndpointFor(region);
}

/** The endpoint a bucket host (`<bucket>.<s3_endpoint>`) is under, from the listing; undefined when none. */
export function endpointOfHost(host: string, endpoints: readonly TrustedEndpoint[]): TrustedEndpoint | undefined {
  // The longest match: an endpoint host may be a suffix of another.
  return [...endpoints]
    .sort((a, b) => b.s3_endpoint.length - a.s3_endpoint.length)
    .find((e) => host.endsWith(`.${e.s3_endpoint}`) && host.length > e.s3_endpoint.length + 1);
}
