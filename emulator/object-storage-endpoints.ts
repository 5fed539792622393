/**
 * `GET /object-storage/endpoints`: each region's S3 endpoint. By default `<region>-1.linodeobjects.com`
 * (E1) for a fixed list of real regions and every region of the emulator's buckets and keys; the
 * `objectStorageEndpoints` option replaces the listing (any text, to test what clients trust).
 */
import type { ObjectStorageEndpoint } from '../src/linode/account-types.js';
import { clusterOf } from '../src/s3/endpoint.js';
import type { Handler } from './context.js';
import { paginate } from './paging.js';

/** Real Object Storage region ids (a sample of Linode's). */
export const DEFAULT_ENDPOINT_REGIONS = [
  'us-east',
  'us-southeast',
  'us-iad',
  'us-ord',
  'us-sea',
  'us-lax',
  'us-mia',
  'fr-par',
  'de-fra-2',
  'gb-lon',
  'nl-ams',
  'se-sto',
  'it-mil',
  'es-mad',
  'in-maa',
  'in-bom-2',
  'jp-osa',
  'id-cgk',
  'sg-sin-2',
  'br-gru',
  'au-mel',
] as const;

const list: Handler = (ctx) => {
  const configured = ctx.settings.objectStorageEndpoints;
  const endpoints: ObjectStorageEndpoint[] =
    configured ??
    [
      ...new Set([
        ...DEFAULT_ENDPOINT_REGIONS,
        ...[...ctx.objectStorage.buckets.values()].map((b) => b.region),
        ...[...ctx.objectStorage.keys.values()].flatMap((k) => ctx.objectStorage.keyRegions(k)),
      ]),
    ]
      .sort()
      .map((region) => ({ region, endpoint_type: 'E1', s3_endpoint: `${clusterOf(region)}.linodeobjects.com` }));
  return paginate(endpoints, ctx.query, ctx.settings.maxPageSize, (e) => ({ ...e }));
};

export const objectStorageEndpointHandlers = { list };
