/** Where Linode Object Storage answers S3 requests. Pure. */
import { isLoopbackHost } from '../linode/api-url.js';

/**
 * A region's S3 endpoint: each region is a standalone cluster `<region>-1`, e.g. `us-iad` →
 * `https://us-iad-1.linodeobjects.com`. `{region}` is replaced by the region id.
 */
export const DEFAULT_S3_ENDPOINT = 'https://{region}-1.linodeobjects.com';

const REGION = /^[a-z]{2}-[a-z]+$/;

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
  return `${bucket}.${checkRegion(region)}-1.linodeobjects.com`;
}
