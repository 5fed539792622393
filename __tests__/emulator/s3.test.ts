import { Agent } from 'node:http';
import type { LookupAddress } from 'node:dns';
import {
  CreateBucketCommand,
  GetObjectCommand,
  GetObjectLockConfigurationCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  PutObjectLockConfigurationCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { start, type Harness } from './helpers.js';

const clients: S3Client[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

interface Key {
  id: number;
  access_key: string;
  secret_key: string;
}

async function createKey(h: Harness, body: unknown): Promise<Key> {
  const response = await h.call('POST', '/object-storage/keys', body);
  if (response.status !== 200) throw new Error(JSON.stringify(response.body));
  return response.body;
}

function s3(h: Harness, key: Pick<Key, 'access_key' | 'secret_key'>, region = 'us-iad', extra: Partial<S3ClientConfig> = {}): S3Client {
  const client = new S3Client({
    endpoint: h.emulator.s3Endpoint(region),
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: key.access_key, secretAccessKey: key.secret_key },
    maxAttempts: 1,
    ...extra,
  });
  clients.push(client);
  return client;
}

/** What an SDK call failed with: S3's code and the HTTP status. */
async function failure(promise: Promise<unknown>): Promise<[string, number | undefined]> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name: string; $metadata?: { httpStatusCode?: number } };
    return [e.name, e.$metadata?.httpStatusCode];
  }
  throw new Error('expected the call to fail');
}

const lock = (mode: 'COMPLIANCE' | 'GOVERNANCE', days: number) => ({
  ObjectLockEnabled: 'Enabled' as const,
  Rule: { DefaultRetention: { Mode: mode, Days: days } },
});

describe('S3 endpoint through @aws-sdk/client-s3', () => {
  it('creates an Object Lock bucket, raises its COMPLIANCE retention and never lowers it', async () => {
    const h = await start();
    const client = s3(h, await createKey(h, { label: 'admin', regions: ['us-iad'] }));
    await client.send(new CreateBucketCommand({ Bucket: 'audit-logs', ObjectLockEnabledForBucket: true }));
    await client.send(new PutObjectLockConfigurationCommand({ Bucket: 'audit-logs', ObjectLockConfiguration: lock('COMPLIANCE', 365) }));
    const read = await client.send(new GetObjectLockConfigurationCommand({ Bucket: 'audit-logs' }));
    expect(read.ObjectLockConfiguration).toEqual(lock('COMPLIANCE', 365));

    await client.send(new PutObjectLockConfigurationCommand({ Bucket: 'audit-logs', ObjectLockConfiguration: lock('COMPLIANCE', 400) }));
    for (const weaker of [lock('COMPLIANCE', 300), lock('GOVERNANCE', 500), { ObjectLockEnabled: 'Enabled' as const }]) {
      expect(await failure(client.send(new PutObjectLockConfigurationCommand({ Bucket: 'audit-logs', ObjectLockConfiguration: weaker })))).toEqual([
        'InvalidArgument',
        400,
      ]);
    }
    expect(
      await failure(
        client.send(
          new PutObjectLockConfigurationCommand({
            Bucket: 'audit-logs',
            ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE' } } },
          }),
        ),
      ),
    ).toEqual(['InvalidArgument', 400]);
    expect(h.emulator.resources().buckets).toEqual([
      { name: 'audit-logs', region: 'us-iad', objectLock: true, retention: { mode: 'COMPLIANCE', days: 400 }, objects: [] },
    ]);
    expect(h.emulator.s3Requests.map((r) => [r.operation, r.status])).toEqual([
      ['CreateBucket', 200],
      ['PutObjectLockConfiguration', 200],
      ['GetObjectLockConfiguration', 200],
      ['PutObjectLockConfiguration', 200],
      ['PutObjectLockConfiguration', 400],
      ['PutObjectLockConfiguration', 400],
      ['PutObjectLockConfiguration', 400],
      ['PutObjectLockConfiguration', 400],
    ]);
    expect(h.emulator.requests.filter((r) => r.path.startsWith('/s3'))).toEqual([]);
  });

  it('answers like S3 for existing, missing and unlocked buckets', async () => {
    const h = await start();
    h.emulator.seed({ buckets: [{ name: 'plain', region: 'us-iad' }] });
    const client = s3(h, await createKey(h, { label: 'admin', regions: ['us-iad'] }));
    expect(await failure(client.send(new CreateBucketCommand({ Bucket: 'plain' })))).toEqual(['BucketAlreadyOwnedByYou', 409]);
    expect(await failure(client.send(new GetObjectLockConfigurationCommand({ Bucket: 'plain' })))).toEqual(['ObjectLockConfigurationNotFoundError', 404]);
    expect(await failure(client.send(new PutObjectLockConfigurationCommand({ Bucket: 'plain', ObjectLockConfiguration: lock('COMPLIANCE', 1) })))).toEqual([
      'InvalidBucketState',
      409,
    ]);
    expect(await failure(client.send(new HeadBucketCommand({ Bucket: 'missing' })))).toEqual(['NotFound', 404]);
    expect(await failure(client.send(new GetObjectLockConfigurationCommand({ Bucket: 'missing' })))).toEqual(['NoSuchBucket', 404]);
    expect(await failure(client.send(new CreateBucketCommand({ Bucket: 'Bad_Name' })))).toEqual(['InvalidBucketName', 400]);
    expect(await failure(client.send(new ListObjectsV2Command({ Bucket: 'plain', EncodingType: 'url' })))).toEqual(['NotImplemented', 501]);
    // Each region is its own cluster: the same name is free in another one.
    await s3(h, await createKey(h, { label: 'ord', regions: ['us-ord'] }), 'us-ord').send(new CreateBucketCommand({ Bucket: 'plain' }));
    expect(h.emulator.resources().buckets.map((b) => `${b.region}/${b.name}`)).toEqual(['us-iad/plain', 'us-ord/plain']);
  });

  it('stores, heads, lists and reads objects, with the default retention applied', async () => {
    const h = await start();
    h.emulator.seed({ buckets: [{ name: 'audit-logs', region: 'us-iad', object_lock: { mode: 'COMPLIANCE', years: 1 } }] });
    const client = s3(h, await createKey(h, { label: 'admin', regions: ['us-iad'] }));
    await client.send(new PutObjectCommand({ Bucket: 'audit-logs', Key: 'ds logs/a.json', Body: '{"a":1}', ContentType: 'application/json' }));
    await client.send(new PutObjectCommand({ Bucket: 'audit-logs', Key: 'other/b.json', Body: 'b' }));
    const head = await client.send(new HeadObjectCommand({ Bucket: 'audit-logs', Key: 'ds logs/a.json' }));
    expect(head).toMatchObject({ ContentType: 'application/json', ContentLength: 7, ObjectLockMode: 'COMPLIANCE' });
    expect(head.ObjectLockRetainUntilDate?.toISOString()).toBe('2027-11-21T14:03:07.250Z');
    const listed = await client.send(new ListObjectsV2Command({ Bucket: 'audit-logs', Prefix: 'ds logs/' }));
    expect(listed.Contents?.map((o) => [o.Key, o.Size])).toEqual([['ds logs/a.json', 7]]);
    const paged = await client.send(new ListObjectsV2Command({ Bucket: 'audit-logs', MaxKeys: 1 }));
    expect([paged.IsTruncated, paged.KeyCount]).toEqual([true, 1]);
    const rest = await client.send(new ListObjectsV2Command({ Bucket: 'audit-logs', ContinuationToken: paged.NextContinuationToken }));
    expect(rest.Contents?.map((o) => o.Key)).toEqual(['other/b.json']);
    // With a delimiter, what lies deeper is rolled up into one prefix each, paged with the objects.
    await client.send(new PutObjectCommand({ Bucket: 'audit-logs', Key: 'other/2025/07/c.gz', Body: 'c' }));
    await client.send(new PutObjectCommand({ Bucket: 'audit-logs', Key: 'other/2026/01/d.gz', Body: 'd' }));
    const level = await client.send(new ListObjectsV2Command({ Bucket: 'audit-logs', Prefix: 'other/', Delimiter: '/' }));
    expect([level.Contents?.map((o) => o.Key), level.CommonPrefixes?.map((p) => p.Prefix)]).toEqual([['other/b.json'], ['other/2025/', 'other/2026/']]);
    const first = await client.send(new ListObjectsV2Command({ Bucket: 'audit-logs', Prefix: 'other/', Delimiter: '/', MaxKeys: 2 }));
    const second = await client.send(
      new ListObjectsV2Command({ Bucket: 'audit-logs', Prefix: 'other/', Delimiter: '/', ContinuationToken: first.NextContinuationToken }),
    );
    expect([first.CommonPrefixes?.map((p) => p.Prefix), first.IsTruncated, second.Contents?.map((o) => o.Key), second.IsTruncated]).toEqual([
      ['other/2025/', 'other/2026/'],
      true,
      ['other/b.json'],
      false,
    ]);
    const object = await client.send(new GetObjectCommand({ Bucket: 'audit-logs', Key: 'ds logs/a.json' }));
    expect(await object.Body?.transformToString()).toBe('{"a":1}');
    expect(await failure(client.send(new HeadObjectCommand({ Bucket: 'audit-logs', Key: 'nope' })))).toEqual(['NotFound', 404]);
  });

  it('limits a limited key to its buckets and to content: no Object Lock configuration', async () => {
    const h = await start();
    h.emulator.seed({
      buckets: [
        { name: 'audit-logs', region: 'us-iad', object_lock: { mode: 'COMPLIANCE', days: 1 } },
        { name: 'other', region: 'us-iad' },
      ],
    });
    const access = (permissions: string) => ({ label: permissions, bucket_access: [{ region: 'us-iad', bucket_name: 'audit-logs', permissions }] });
    const rw = s3(h, await createKey(h, access('read_write')));
    const ro = s3(h, await createKey(h, access('read_only')));

    await rw.send(new HeadBucketCommand({ Bucket: 'audit-logs' }));
    await rw.send(new PutObjectCommand({ Bucket: 'audit-logs', Key: 'x', Body: 'x' }));
    expect((await rw.send(new ListObjectsV2Command({ Bucket: 'audit-logs' }))).KeyCount).toBe(1);
    expect(await failure(rw.send(new GetObjectLockConfigurationCommand({ Bucket: 'audit-logs' })))).toEqual(['AccessDenied', 403]);
    expect(await failure(rw.send(new PutObjectLockConfigurationCommand({ Bucket: 'audit-logs', ObjectLockConfiguration: lock('COMPLIANCE', 9) })))).toEqual([
      'AccessDenied',
      403,
    ]);
    // A HEAD answer has no body: the SDK knows only the status.
    expect((await failure(rw.send(new HeadBucketCommand({ Bucket: 'other' }))))[1]).toBe(403);
    expect(await failure(rw.send(new PutObjectCommand({ Bucket: 'other', Key: 'x', Body: 'x' })))).toEqual(['AccessDenied', 403]);

    await ro.send(new HeadBucketCommand({ Bucket: 'audit-logs' }));
    expect(await failure(ro.send(new PutObjectCommand({ Bucket: 'audit-logs', Key: 'y', Body: 'y' })))).toEqual(['AccessDenied', 403]);

    // A limited key may create a bucket in its region, and has no access to it afterwards.
    await rw.send(new CreateBucketCommand({ Bucket: 'new-bucket' }));
    expect((await failure(rw.send(new HeadBucketCommand({ Bucket: 'new-bucket' }))))[1]).toBe(403);
  });

  it('refuses unknown keys, keys of another region, wrong secrets and anonymous requests', async () => {
    const h = await start();
    h.emulator.seed({ buckets: [{ name: 'audit-logs', region: 'us-iad' }] });
    const key = await createKey(h, { label: 'admin', regions: ['us-iad'] });
    const head = (client: S3Client) => failure(client.send(new GetObjectLockConfigurationCommand({ Bucket: 'audit-logs' })));
    expect(await head(s3(h, { access_key: 'AKNOBODY', secret_key: key.secret_key }))).toEqual(['InvalidAccessKeyId', 403]);
    expect(await head(s3(h, key, 'us-ord'))).toEqual(['InvalidAccessKeyId', 403]);
    expect(await head(s3(h, { ...key, secret_key: 'wrong' }))).toEqual(['SignatureDoesNotMatch', 403]);
    await h.call('DELETE', `/object-storage/keys/${key.id}`);
    expect(await head(s3(h, key))).toEqual(['InvalidAccessKeyId', 403]);

    const anonymous = await fetch(`${h.emulator.s3Endpoint('us-iad')}/audit-logs/`);
    expect(anonymous.status).toBe(403);
    expect(await anonymous.text()).toMatch(/<Error><Code>AccessDenied<\/Code>/);
  });

  it('checks the payload hash and takes UNSIGNED-PAYLOAD, but not aws-chunked payloads', async () => {
    const h = await start();
    h.emulator.seed({ buckets: [{ name: 'audit-logs', region: 'us-iad' }] });
    const key = await createKey(h, { label: 'admin', regions: ['us-iad'] });
    const put = (client: S3Client) => client.send(new PutObjectCommand({ Bucket: 'audit-logs', Key: 'k', Body: 'original' }));

    const tampered = s3(h, key);
    // After signing: the body that arrives is not the one that was signed.
    tampered.middlewareStack.add(
      (next) => async (args) => {
        (args.request as { body: unknown }).body = 'tampered';
        return next(args);
      },
      { step: 'deserialize' },
    );
    expect(await failure(put(tampered))).toEqual(['XAmzContentSHA256Mismatch', 400]);

    for (const [payload, expected] of [
      ['UNSIGNED-PAYLOAD', undefined],
      ['STREAMING-UNSIGNED-PAYLOAD-TRAILER', ['NotImplemented', 501]],
    ] as const) {
      const client = s3(h, key, 'us-iad', { requestChecksumCalculation: 'WHEN_REQUIRED' });
      // Before signing: the signer takes the payload hash from this header.
      client.middlewareStack.add(
        (next) => async (args) => {
          (args.request as { headers: Record<string, string> }).headers['x-amz-content-sha256'] = payload;
          return next(args);
        },
        { step: 'build' },
      );
      if (expected === undefined) await put(client);
      else expect(await failure(put(client))).toEqual(expected);
    }
    expect(h.emulator.resources().buckets[0]?.objects.map((o) => o.key)).toEqual(['k']);
  });

  it('also answers to the Linode host names, path-style and virtual-host style', async () => {
    const h = await start();
    const key = await createKey(h, { label: 'admin', regions: ['us-iad'] });
    const port = new URL(h.emulator.url).port;
    // Every *.linodeobjects.com name resolves to the emulator.
    const agent = new Agent({
      lookup: (_host: string, options: { all?: boolean }, callback: (e: null, a: string | LookupAddress[], f?: number) => void) =>
        options.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4),
    });
    const endpoint = `http://us-iad-1.linodeobjects.com:${port}`;
    const pathStyle = s3(h, key, 'us-iad', { endpoint, requestHandler: { httpAgent: agent } });
    const virtualHost = s3(h, key, 'us-iad', { endpoint, forcePathStyle: false, requestHandler: { httpAgent: agent } });
    await pathStyle.send(new CreateBucketCommand({ Bucket: 'by-path', ObjectLockEnabledForBucket: true }));
    await virtualHost.send(new CreateBucketCommand({ Bucket: 'by-host' }));
    await virtualHost.send(new PutObjectCommand({ Bucket: 'by-host', Key: 'a/b', Body: 'x' }));
    expect((await virtualHost.send(new GetObjectLockConfigurationCommand({ Bucket: 'by-path' }))).ObjectLockConfiguration?.ObjectLockEnabled).toBe('Enabled');
    expect(h.emulator.resources().buckets.map((b) => [b.name, b.objectLock, b.objects.map((o) => o.key)])).toEqual([
      ['by-host', false, ['a/b']],
      ['by-path', true, []],
    ]);
    agent.destroy();
  });
});
