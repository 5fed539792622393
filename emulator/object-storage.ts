/**
 * The emulator's Object Storage: the keys the Linode API hands out and the buckets and objects
 * the S3 endpoint serves. One state for both, so a key created through `/object-storage/keys` is
 * an S3 credential at once, and a destination's credential test writes a real (emulated) object.
 *
 * Facts it models (Linode Object Storage docs):
 * - each region is a standalone cluster `<region>-1` (`us-iad` → `us-iad-1.linodeobjects.com`);
 *   bucket names are unique per cluster, and a key works only in the clusters it is valid in;
 * - an unlimited key has full access to the buckets of its `regions`;
 * - a limited key (`bucket_access`) manages content only in the buckets it names, `read_only` to
 *   view, `read_write` to write; it may create buckets in its regions but gets no access to them.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { BucketAccessBody, CreatedObjectStorageKey, KeyRegion, ObjectStorageKey } from '../src/linode/account-types.js';
import { bucketOfHost } from '../src/linode/rules.js';
import { clusterOf, regionOfHost } from '../src/s3/endpoint.js';
import { LOCK_MODES, retentionDays, type Retention } from '../src/s3/retention.js';
import { SeedError } from './store.js';
import type { SeedBucket, SeedObjectStorageKey } from './types.js';
import { isObject } from './validate.js';

export const FIRST_KEY_ID = 5000;
/** Where a destination's credential test writes, below the destination's `path`. */
export const TEST_OBJECT_NAME = 'akamai-logs-test-object';

/** A default retention as stored: exactly one of `days` and `years`. */
export type RetentionRule = Retention;

export interface KeyRecord {
  id: number;
  label: string;
  accessKey: string;
  secretKey: string;
  /** `null` for an unlimited key. */
  bucketAccess: BucketAccessBody[] | null;
  regions: string[];
}

export interface ObjectRecord {
  key: string;
  body: Buffer;
  etag: string;
  contentType: string;
  lastModified: number;
  /** Clock ms until which Object Lock keeps it; null without retention. */
  retainUntil: number | null;
}

export interface BucketRecord {
  name: string;
  region: string;
  created: number;
  /** Object Lock can only be turned on when the bucket is created. */
  objectLock: boolean;
  retention: RetentionRule | null;
  objects: Map<string, ObjectRecord>;
}

/** What a key may do to a bucket, from the least to the most. */
export type BucketAction = 'read' | 'write' | 'configure';

/** The answer to "may this key do that here?". */
export type AccessDecision = 'allowed' | 'denied' | 'key-not-in-region';

/** Problems of a default retention (as S3 would have it), or undefined when it is usable. */
export function retentionProblem(rule: { mode?: unknown; days?: unknown; years?: unknown }): string | undefined {
  if (!(LOCK_MODES as readonly unknown[]).includes(rule.mode)) return `Mode must be one of ${LOCK_MODES.join(', ')}`;
  const positive = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v > 0;
  if ((rule.days === undefined) === (rule.years === undefined)) return 'exactly one of Days and Years is required';
  if (!positive(rule.days ?? rule.years)) return 'Days or Years must be a positive integer';
  return undefined;
}

const DAY_MS = 86_400_000;

export function retentionMs(rule: RetentionRule): number {
  return retentionDays(rule) * DAY_MS;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const MIXED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomText(alphabet: string, length: number): string {
  return [...randomBytes(length)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

const bucketId = (region: string, name: string): string => `${region}/${name}`;

export class ObjectStorage {
  readonly keys = new Map<number, KeyRecord>();
  readonly buckets = new Map<string, BucketRecord>();
  private nextKeyId = FIRST_KEY_ID;
  private hadKeys = false;

  constructor(private readonly clock: () => number) {}

  reset(): void {
    this.keys.clear();
    this.buckets.clear();
    this.nextKeyId = FIRST_KEY_ID;
    this.hadKeys = false;
  }

  /**
   * Whether destination credentials are checked against these keys: from the first key created
   * or seeded until a reset, so deleting every key does not make any pair acceptable again.
   */
  get checksKeys(): boolean {
    return this.hadKeys;
  }

  // ---- keys ----

  /** Records sorted by id, the order of the list. */
  keyRecords(): KeyRecord[] {
    return [...this.keys.values()].sort((a, b) => a.id - b.id);
  }

  createKey(
    input: { label: string; regions: string[]; bucketAccess: BucketAccessBody[] | null },
    id?: number,
    pair?: { accessKey: string; secretKey: string },
  ): KeyRecord {
    if (id === undefined) while (this.keys.has(this.nextKeyId)) this.nextKeyId += 1;
    const record: KeyRecord = {
      id: id ?? this.nextKeyId,
      label: input.label,
      // Linode access keys are 20 upper-case characters, secrets 40 mixed-case ones.
      accessKey: pair?.accessKey ?? randomText(UPPER, 20),
      secretKey: pair?.secretKey ?? randomText(MIXED, 40),
      bucketAccess: input.bucketAccess === null ? null : structuredClone(input.bucketAccess),
      regions: [...input.regions],
    };
    this.nextKeyId = Math.max(this.nextKeyId, record.id + 1);
    this.keys.set(record.id, record);
    this.hadKeys = true;
    return record;
  }

  keyByAccessKey(accessKey: string): KeyRecord | undefined {
    return [...this.keys.values()].find((k) => k.accessKey === accessKey);
  }

  /** The regions a key is valid in: its own and those of its buckets. */
  keyRegions(key: KeyRecord): string[] {
    return [...new Set([...key.regions, ...(key.bucketAccess ?? []).map((b) => b.region)])];
  }

  /** The key as GET and lists show it: never the secret. */
  keyView(key: KeyRecord): ObjectStorageKey {
    const regions: KeyRegion[] = this.keyRegions(key).map((id) => ({
      id,
      s3_endpoint: `${clusterOf(id)}.linodeobjects.com`,
      endpoint_type: 'E1',
    }));
    return {
      id: key.id,
      label: key.label,
      access_key: key.accessKey,
      limited: key.bucketAccess !== null,
      bucket_access: key.bucketAccess === null ? null : key.bucketAccess.map((b) => ({ ...b, cluster: clusterOf(b.region) })),
      regions,
    };
  }

  /** The create's answer, the only view with the secret. */
  createdKeyView(key: KeyRecord): CreatedObjectStorageKey {
    return { ...this.keyView(key), secret_key: key.secretKey };
  }

  // ---- access ----

  decide(key: KeyRecord, region: string, bucket: string | undefined, action: BucketAction | 'create-bucket'): AccessDecision {
    if (!this.keyRegions(key).includes(region)) return 'key-not-in-region';
    if (key.bucketAccess === null || action === 'create-bucket') return 'allowed';
    // A limited key manages content only; bucket configuration (Object Lock) stays with
    // unlimited keys. The docs grant limited keys content access only; this is the emulator's reading.
    if (action === 'configure' || bucket === undefined) return 'denied';
    const grant = key.bucketAccess.find((b) => b.region === region && b.bucket_name === bucket);
    if (grant === undefined) return 'denied';
    return action === 'read' || grant.permissions === 'read_write' ? 'allowed' : 'denied';
  }

  // ---- buckets and objects ----

  bucket(region: string, name: string): BucketRecord | undefined {
    return this.buckets.get(bucketId(region, name));
  }

  bucketRecords(): BucketRecord[] {
    return [...this.buckets.values()].sort((a, b) => bucketId(a.region, a.name).localeCompare(bucketId(b.region, b.name)));
  }

  createBucket(region: string, name: string, objectLock: boolean): BucketRecord {
    const record: BucketRecord = { name, region, created: this.clock(), objectLock, retention: null, objects: new Map() };
    this.buckets.set(bucketId(region, name), record);
    return record;
  }

  /** Stores an object; Object Lock's default retention applies from now. Overwrites make a new version (kept as the only one). */
  putObject(bucket: BucketRecord, key: string, body: Buffer, contentType: string): ObjectRecord {
    const now = this.clock();
    const record: ObjectRecord = {
      key,
      body,
      etag: `"${createHash('md5').update(body).digest('hex')}"`,
      contentType,
      lastModified: now,
      retainUntil: bucket.retention === null ? null : now + retentionMs(bucket.retention),
    };
    bucket.objects.set(key, record);
    return record;
  }

  /**
   * A destination's credential test: the key pair must be a key of this emulator, valid in the
   * host's region, able to write to the bucket there; then the test object is written below
   * `path`. False when any of it fails.
   */
  writeTestObject(details: { access_key_id?: unknown; access_key_secret?: unknown; bucket_name?: unknown; host?: unknown; path?: unknown }): boolean {
    const { access_key_id: id, access_key_secret: secret, bucket_name: name, host, path } = details;
    if (typeof id !== 'string' || typeof secret !== 'string' || typeof name !== 'string' || typeof host !== 'string') return false;
    const key = this.keyByAccessKey(id);
    const region = regionOfHost(host);
    if (key === undefined || key.secretKey !== secret || region === undefined || bucketOfHost(host) !== name) return false;
    const bucket = this.bucket(region, name);
    if (bucket === undefined || this.decide(key, region, name, 'write') !== 'allowed') return false;
    const prefix = typeof path === 'string' ? path.replace(/^\/+|\/+$/g, '') : '';
    this.putObject(
      bucket,
      prefix === '' ? TEST_OBJECT_NAME : `${prefix}/${TEST_OBJECT_NAME}`,
      Buffer.from('Akamai Cloud Pulse log delivery test\n'),
      'text/plain',
    );
    return true;
  }

  // ---- seeding ----

  /** Checks keys and buckets of a seed without changing anything; the returned function puts them in. */
  prepareSeed(keys: SeedObjectStorageKey[], buckets: SeedBucket[]): () => void {
    const bucketRecords = buckets.map((seed, i): BucketRecord => {
      const at = `buckets[${i}]`;
      if (!isObject(seed) || typeof seed.name !== 'string' || typeof seed.region !== 'string') {
        throw new SeedError(`${at} needs a name and a region`);
      }
      const lock = seed.object_lock ?? false;
      if (typeof lock !== 'boolean') {
        const problem = retentionProblem(lock);
        if (problem !== undefined) throw new SeedError(`${at}.object_lock: ${problem}`);
      }
      if (this.bucket(seed.region, seed.name) !== undefined) throw new SeedError(`${at}: bucket ${seed.name} already exists in ${seed.region}`);
      const record: BucketRecord = {
        name: seed.name,
        region: seed.region,
        created: this.clock(),
        objectLock: lock !== false,
        // retentionProblem has checked that exactly one of days and years is there.
        retention: typeof lock === 'boolean' ? null : ({ ...lock } as Retention),
        objects: new Map(),
      };
      return record;
    });
    const used = new Set([...this.keys.keys()]);
    const accessKeys = new Set([...this.keys.values()].map((k) => k.accessKey));
    const keyInputs = keys.map((seed, i) => {
      const at = `objectStorageKeys[${i}]`;
      if (!isObject(seed) || typeof seed.label !== 'string') throw new SeedError(`${at}.label must be a string`);
      if (seed.id !== undefined && (!Number.isInteger(seed.id) || seed.id < 1 || used.has(seed.id))) {
        throw new SeedError(`${at}.id must be a positive integer not in use`);
      }
      if (seed.id !== undefined) used.add(seed.id);
      if (seed.access_key !== undefined && accessKeys.has(seed.access_key)) throw new SeedError(`${at}.access_key is already in use`);
      if (seed.access_key !== undefined) accessKeys.add(seed.access_key);
      if ((seed.access_key === undefined) !== (seed.secret_key === undefined)) {
        throw new SeedError(`${at}: give both access_key and secret_key, or neither`);
      }
      return seed;
    });
    return () => {
      for (const record of bucketRecords) this.buckets.set(bucketId(record.region, record.name), record);
      for (const seed of bucketsWithObjects(buckets)) {
        const bucket = this.bucket(seed.region, seed.name) as BucketRecord;
        for (const [key, body] of Object.entries(seed.objects)) this.putObject(bucket, key, Buffer.from(body), 'text/plain');
      }
      // Explicit ids first, so the counter steps over them.
      const ordered = [...keyInputs.filter((k) => k.id !== undefined), ...keyInputs.filter((k) => k.id === undefined)];
      for (const seed of ordered) {
        const pair = seed.access_key !== undefined && seed.secret_key !== undefined ? { accessKey: seed.access_key, secretKey: seed.secret_key } : undefined;
        this.createKey({ label: seed.label, regions: seed.regions ?? [], bucketAccess: seed.bucket_access ?? null }, seed.id, pair);
      }
    };
  }
}

function bucketsWithObjects(seeds: SeedBucket[]): Array<SeedBucket & { objects: Record<string, string> }> {
  return seeds.filter((seed): seed is SeedBucket & { objects: Record<string, string> } => seed.objects !== undefined);
}
