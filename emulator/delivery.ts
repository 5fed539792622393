/**
 * Log delivery: while a stream is `active`, Linode writes gzip objects of log lines into its
 * Object Storage destination, with the destination's key. The emulator does the same, one object
 * per active stream each time it delivers (every `deliveryMs`, or on `deliver()`), so a check
 * that looks for recent objects has something to find — and finds nothing once the key stops
 * working, the stream is paused or delivery is turned off.
 *
 * Key layout: the tutorial's default `{stream_type}/{log_type}/{account}/{%Y/%m/%d/}` when the
 * destination has no `path`; with a `path`, the date partition below it (the emulator's reading:
 * the path replaces the prefix before the date). Dates in UTC.
 */
import { gzipSync } from 'node:zlib';
import { bucketOfHost } from '../src/linode/rules.js';
import type { JsonObject, StreamType } from '../src/linode/types.js';
import { regionOfHost } from '../src/s3/endpoint.js';
import type { BucketRecord, ObjectStorage } from './object-storage.js';
import type { Store } from './store.js';

/** The emulated account's id in delivered keys (Linode puts the account's euuid there). */
export const DELIVERY_ACCOUNT = 'E5A1C0DE-0000-4000-8000-00000000A11D';

const LOG_TYPE: Record<StreamType, string> = { audit_logs: 'audit', lke_audit_logs: 'kube-apiserver-audit' };

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The prefix (ending in `/`) a stream's objects of the day of `at` go under. */
export function deliveryPrefix(type: StreamType, path: unknown, at: number): string {
  const d = new Date(at);
  const day = `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/`;
  const base = typeof path === 'string' ? path.replace(/^\/+|\/+$/g, '') : '';
  return base === '' ? `${type}/${LOG_TYPE[type]}/${DELIVERY_ACCOUNT}/${day}` : `${base}/${day}`;
}

/**
 * The bucket a destination's key can write to, as delivery would use it: a key of this emulator
 * (or a pair the `credentials` option accepts) that may write to the bucket its host names.
 */
function writableBucket(storage: ObjectStorage, details: JsonObject, accepted: Record<string, string> | undefined): BucketRecord | undefined {
  const { access_key_id: id, access_key_secret: secret, bucket_name: name, host } = details;
  if (typeof id !== 'string' || typeof secret !== 'string' || typeof name !== 'string' || typeof host !== 'string') return undefined;
  const region = regionOfHost(host);
  if (region === undefined || bucketOfHost(host) !== name) return undefined;
  const bucket = storage.bucket(region, name);
  if (bucket === undefined) return undefined;
  if (accepted !== undefined && Object.hasOwn(accepted, id) && accepted[id] === secret) return bucket;
  const key = storage.keyByAccessKey(id);
  if (key === undefined || key.secretKey !== secret) return undefined;
  return storage.decide(key, region, name, 'write') === 'allowed' ? bucket : undefined;
}

let sequence = 0;

/** One delivery round: an object for each active stream whose destination can be written to. Returns the keys written. */
export function deliverOnce(store: Store, storage: ObjectStorage, accepted: Record<string, string> | undefined, now: number): string[] {
  const written: string[] = [];
  for (const stream of store.streamRecords()) {
    if (store.status(stream) !== 'active') continue;
    const destination = store.destinations.get(stream.destinationId);
    if (destination?.type !== 'akamai_object_storage') continue;
    const bucket = writableBucket(storage, destination.details, accepted);
    if (bucket === undefined) continue;
    const stamp = new Date(now).toISOString().replace(/[-:]/g, '').slice(0, 15);
    const key = `${deliveryPrefix(stream.type, destination.details.path, now)}${stamp}Z-${stream.id}-${pad((sequence = (sequence + 1) % 1_000_000), 6)}.log.gz`;
    const line = JSON.stringify({ time: new Date(now).toISOString(), stream_id: stream.id, stream_type: stream.type, event: 'emulated audit event' });
    storage.putObject(bucket, key, gzipSync(`${line}\n`), 'application/gzip');
    written.push(key);
  }
  return written;
}
