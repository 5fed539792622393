/**
 * Bucket management over `@aws-sdk/client-s3`: the parts of Linode Object Storage that only the
 * S3 API offers (a bucket with Object Lock, its default retention), and the listing the delivery
 * check walks. This module is imported lazily (src/account.ts), so a run that does no S3 work
 * never loads the SDK.
 */
import {
  CreateBucketCommand,
  GetObjectLockConfigurationCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  PutObjectLockConfigurationCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { S3Error, isS3Error, sdkFailure, toS3Error } from './errors.js';
import { proxyAgentFor } from '../proxy.js';
import { DEFAULT_S3_ENDPOINT, s3EndpointFor } from './endpoint.js';
import { LOCK_MODES, retentionChange, type LockMode, type Retention } from './retention.js';

export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * Where a region's S3 requests go: a template (`{region}` replaced), or a resolver of a region
 * to its endpoint URL (Linode's listing; awaited on the first request of each region).
 */
export type S3EndpointOption = string | ((region: string) => string | Promise<string>);

export interface BucketClientOptions {
  credentials: S3Credentials;
  /**
   * Endpoint template, `{region}` replaced by the region id, or a resolver; default
   * `https://{region}-1.linodeobjects.com`. The emulator's is `${emulator.s3Url}/{region}-1`.
   */
  endpoint?: S3EndpointOption;
  /**
   * The region requests are signed for. Default `us-east-1`: Linode does not check it, and with
   * it the SDK sends no LocationConstraint on CreateBucket (the endpoint names the cluster).
   */
  signingRegion?: string;
  /** Per request; default 30000. */
  timeoutMs?: number;
  /** Attempts per call, the SDK's standard retry (throttling, 5xx, network); default 3. */
  maxAttempts?: number;
  /** One line per call: operation, bucket, region, outcome, duration. Never credentials or bodies. */
  debug?: (line: string) => void;
}

/** A bucket's Object Lock, as far as the key can tell. */
export type ObjectLockState =
  | { status: 'enabled'; retention: Retention | null }
  /** The bucket was created without Object Lock (it cannot be enabled afterwards). */
  | { status: 'disabled' }
  /** The key may not read it (limited keys cannot); `reason` says so in words. */
  | { status: 'unreadable'; reason: string };

/** HeadBucket's answer: the bucket is there and the key may use it, is not there, or the key may not. */
export type BucketReach = 'exists' | 'missing' | 'forbidden';

export type EnsureOutcome =
  | { action: 'created' }
  /** The default retention was put (raised, or set where there was none). */
  | { action: 'updated'; from: Retention | null; to: Retention }
  /** `note`: the bucket's retention is already at least the declared one, and was kept. */
  | { action: 'unchanged'; note?: string };

/** One page of ListObjectsV2: the objects and, with a delimiter, the common prefixes below `prefix`. */
export interface ObjectListing {
  objects: Array<{ key: string; lastModified: number }>;
  prefixes: string[];
  /** Present when there is another page. */
  nextToken?: string;
}

export interface ListOptions {
  prefix: string;
  delimiter?: string;
  continuationToken?: string;
}

export interface BucketClient {
  /** One page of ListObjectsV2 (up to 1,000 entries); reads only. */
  listObjects(bucket: string, region: string, options: ListOptions): Promise<ObjectListing>;
  headBucket(bucket: string, region: string): Promise<BucketReach>;
  getObjectLock(bucket: string, region: string): Promise<ObjectLockState>;
  /** Puts the default retention; S3Error `InvalidBucketState` when the bucket has no Object Lock. */
  putObjectLock(bucket: string, region: string, retention: Retention): Promise<void>;
  /** CreateBucket, with Object Lock enabled when `objectLock` (it cannot be turned on later). */
  createBucket(bucket: string, region: string, objectLock: boolean): Promise<void>;
  /**
   * Makes the bucket exist with at least `objectLock`'s default retention (when given): creates a
   * missing bucket with Object Lock and puts the retention; on an existing one, puts a raised
   * retention and never a lower or weaker one (a stricter bucket is left as it is). Refuses
   * (S3Error, nothing changed) a bucket without Object Lock, and one the key may not configure.
   * Never deletes.
   */
  ensureBucket(bucket: string, region: string, objectLock: Retention | undefined): Promise<EnsureOutcome>;
  /** Releases the SDK clients' sockets. */
  close(): void;
}

/** Error codes of this module's own refusals. */
export const S3_REFUSALS = {
  objectLockNotEnabled: 'ObjectLockNotEnabled',
  objectLockUnreadable: 'ObjectLockUnreadable',
} as const;

function isLockMode(value: unknown): value is LockMode {
  return (LOCK_MODES as readonly unknown[]).includes(value);
}

/** The retention S3 reported, when it is one this module understands. */
export function retentionOf(rule: { Mode?: unknown; Days?: unknown; Years?: unknown } | undefined): Retention | null {
  if (rule === undefined || !isLockMode(rule.Mode)) return null;
  // Linode may answer both, one of them 0 (`{ Days: 0, Years: 1 }`): the positive one is the period.
  if (typeof rule.Days === 'number' && rule.Days > 0) return { mode: rule.Mode, days: rule.Days };
  if (typeof rule.Years === 'number' && rule.Years > 0) return { mode: rule.Mode, years: rule.Years };
  return null;
}

/** A {@link BucketClient}; nothing is loaded or connected until the first call. */
export function createBucketClient(options: BucketClientOptions): BucketClient {
  const given = options.endpoint ?? DEFAULT_S3_ENDPOINT;
  const endpointOf = typeof given === 'function' ? given : () => given;
  const clients = new Map<string, S3Client>();
  const debug = (line: string): void => options.debug?.(line);

  async function clientFor(region: string): Promise<S3Client> {
    // A resolver's URL is checked like a template (https, no credentials in it).
    const endpoint = s3EndpointFor(region, await endpointOf(region));
    let client = clients.get(endpoint);
    if (client === undefined) {
      // Behind a proxy, the same CONNECT tunnel as the Linode API's (none for loopback).
      const agent = proxyAgentFor(new URL(endpoint));
      client = new S3Client({
        endpoint,
        region: options.signingRegion ?? 'us-east-1',
        // Path-style works on every Linode cluster and on the emulator, and keeps dotted bucket
        // names inside the endpoint's TLS certificate.
        forcePathStyle: true,
        credentials: { accessKeyId: options.credentials.accessKeyId, secretAccessKey: options.credentials.secretAccessKey },
        maxAttempts: options.maxAttempts ?? 3,
        requestHandler: {
          requestTimeout: options.timeoutMs ?? 30_000,
          connectionTimeout: options.timeoutMs ?? 30_000,
          ...(agent ? { httpsAgent: agent } : {}),
        },
      });
      clients.set(endpoint, client);
    }
    return client;
  }

  /** Runs one SDK call, with a debug line and the error turned into an S3Error. */
  async function call<T>(operation: string, bucket: string, region: string, run: (client: S3Client) => Promise<T>): Promise<T> {
    const client = await clientFor(region);
    const started = performance.now();
    const took = (): string => `${Math.round(performance.now() - started)} ms`;
    try {
      const result = await run(client);
      debug(`S3 ${operation} ${bucket} (${region}) → ok (${took()})`);
      return result;
    } catch (error) {
      const { status, code } = sdkFailure(error);
      debug(`S3 ${operation} ${bucket} (${region}) → ${status === 0 ? code : `${status} ${code}`} (${took()})`);
      throw toS3Error(error, operation, bucket, region);
    }
  }

  const listObjects = async (bucket: string, region: string, options: ListOptions): Promise<ObjectListing> => {
    const answer = await call('ListObjectsV2', bucket, region, (client) =>
      client.send(
        new ListObjectsV2Command({
          Bucket: bucket,
          Prefix: options.prefix,
          ...(options.delimiter !== undefined ? { Delimiter: options.delimiter } : {}),
          ...(options.continuationToken !== undefined ? { ContinuationToken: options.continuationToken } : {}),
        }),
      ),
    );
    const objects = (answer.Contents ?? []).flatMap((o) =>
      typeof o.Key === 'string' && o.LastModified instanceof Date ? [{ key: o.Key, lastModified: o.LastModified.getTime() }] : [],
    );
    const prefixes = (answer.CommonPrefixes ?? []).flatMap((p) => (typeof p.Prefix === 'string' ? [p.Prefix] : []));
    return { objects, prefixes, ...(answer.IsTruncated === true && answer.NextContinuationToken ? { nextToken: answer.NextContinuationToken } : {}) };
  };

  const headBucket = async (bucket: string, region: string): Promise<BucketReach> => {
    try {
      await call('HeadBucket', bucket, region, (client) => client.send(new HeadBucketCommand({ Bucket: bucket })));
      return 'exists';
    } catch (error) {
      if (isS3Error(error) && error.status === 404) return 'missing';
      if (isS3Error(error) && error.status === 403) return 'forbidden';
      throw error;
    }
  };

  const getObjectLock = async (bucket: string, region: string): Promise<ObjectLockState> => {
    try {
      const answer = await call('GetObjectLockConfiguration', bucket, region, (client) =>
        client.send(new GetObjectLockConfigurationCommand({ Bucket: bucket })),
      );
      const config = answer.ObjectLockConfiguration;
      if (config?.ObjectLockEnabled !== 'Enabled') return { status: 'disabled' };
      return { status: 'enabled', retention: retentionOf(config.Rule?.DefaultRetention) };
    } catch (error) {
      if (!isS3Error(error)) throw error;
      if (error.code === 'ObjectLockConfigurationNotFoundError') return { status: 'disabled' };
      if (error.code === 'AccessDenied') {
        return { status: 'unreadable', reason: `the key may not read the Object Lock configuration of ${bucket} (limited keys cannot)` };
      }
      throw error;
    }
  };

  const putObjectLock = async (bucket: string, region: string, retention: Retention): Promise<void> => {
    await call('PutObjectLockConfiguration', bucket, region, (client) =>
      client.send(
        new PutObjectLockConfigurationCommand({
          Bucket: bucket,
          ObjectLockConfiguration: {
            ObjectLockEnabled: 'Enabled',
            Rule: {
              DefaultRetention:
                retention.days !== undefined ? { Mode: retention.mode, Days: retention.days } : { Mode: retention.mode, Years: retention.years },
            },
          },
        }),
      ),
    );
  };

  const createBucket = async (bucket: string, region: string, objectLock: boolean): Promise<void> => {
    await call('CreateBucket', bucket, region, (client) =>
      client.send(new CreateBucketCommand({ Bucket: bucket, ...(objectLock ? { ObjectLockEnabledForBucket: true } : {}) })),
    );
  };

  const refuse = (code: string, message: string, bucket: string, region: string): S3Error =>
    new S3Error(message, { code, status: 0, operation: 'EnsureBucket', bucket, region });

  const ensureBucket = async (bucket: string, region: string, objectLock: Retention | undefined): Promise<EnsureOutcome> => {
    const reach = await headBucket(bucket, region);
    if (reach === 'forbidden') {
      throw toS3Error({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }, 'HeadBucket', bucket, region);
    }
    if (reach === 'missing') {
      try {
        await createBucket(bucket, region, objectLock !== undefined);
      } catch (error) {
        // Created meanwhile (an earlier, interrupted run): carry on as with an existing bucket.
        if (!(isS3Error(error) && error.code === 'BucketAlreadyOwnedByYou')) throw error;
        return settleExisting(bucket, region, objectLock);
      }
      if (objectLock !== undefined) await putObjectLock(bucket, region, objectLock);
      return { action: 'created' };
    }
    return settleExisting(bucket, region, objectLock);
  };

  async function settleExisting(bucket: string, region: string, objectLock: Retention | undefined): Promise<EnsureOutcome> {
    if (objectLock === undefined) return { action: 'unchanged' };
    const lock = await getObjectLock(bucket, region);
    switch (lock.status) {
      case 'disabled':
        throw refuse(
          S3_REFUSALS.objectLockNotEnabled,
          `bucket ${bucket} (${region}) exists without Object Lock: Object Lock can only be enabled when a bucket is created; create a new bucket with it and point the destination there`,
          bucket,
          region,
        );
      case 'unreadable':
        throw refuse(
          S3_REFUSALS.objectLockUnreadable,
          `cannot check the Object Lock of bucket ${bucket} (${region}): ${lock.reason}; bucket management needs an unlimited key valid in ${region}`,
          bucket,
          region,
        );
      case 'enabled': {
        const change = retentionChange(lock.retention, objectLock);
        switch (change.kind) {
          case 'same':
            return { action: 'unchanged' };
          case 'kept':
            return { action: 'unchanged', note: change.note };
          case 'update':
            await putObjectLock(bucket, region, change.to);
            return { action: 'updated', from: lock.retention, to: change.to };
          default: {
            const never: never = change;
            throw new Error(`unhandled retention change ${String(never)}`);
          }
        }
      }
      default: {
        const never: never = lock;
        throw new Error(`unhandled lock state ${String(never)}`);
      }
    }
  }

  return {
    listObjects,
    headBucket,
    getObjectLock,
    putObjectLock,
    createBucket,
    ensureBucket,
    close: () => {
      for (const client of clients.values()) client.destroy();
      clients.clear();
    },
  };
}
