/** Where Linode Object Storage answers S3 requests. Pure. */
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
