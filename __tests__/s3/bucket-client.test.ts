import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { S3_REFUSALS, createBucketClient, type BucketClient } from '../../src/s3/bucket-client.js';
import { isS3Error, type S3Error } from '../../src/s3/errors.js';

const TOKEN = 'emulator-token';
const opened: Array<{ close(): unknown }> = [];
afterEach(async () => {
  for (const item of opened.splice(0).reverse()) await item.close();
});

async function emulator(): Promise<Emulator> {
  const e = await startEmulator();
  opened.push(e);
  return e;
}

async function key(e: Emulator, body: unknown): Promise<{ id: number; access_key: string; secret_key: string }> {
  const response = await fetch(`${e.url}/v4/object-storage/keys`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { id: number; access_key: string; secret_key: string };
}

function client(e: Emulator, k: { access_key: string; secret_key: string }, lines: string[] = []): BucketClient {
  const c = createBucketClient({
    credentials: { accessKeyId: k.access_key, secretAccessKey: k.secret_key },
    endpoint: `${e.s3Url}/{region}-1`,
    maxAttempts: 1,
    debug: (line) => lines.push(line),
  });
  opened.push(c);
  return c;
}

async function refusal(promise: Promise<unknown>): Promise<S3Error> {
  try {
    await promise;
  } catch (error) {
    if (isS3Error(error)) return error;
    throw error;
  }
  throw new Error('expected an S3Error');
}

describe('ensureBucket', () => {
  it('creates a missing bucket with Object Lock and its retention, then leaves it, then raises it', async () => {
    const e = await emulator();
    const admin = await key(e, { label: 'admin', regions: ['us-iad'] });
    const lines: string[] = [];
    const s3 = client(e, admin, lines);
    expect(await s3.ensureBucket('audit-logs', 'us-iad', { mode: 'COMPLIANCE', days: 365 })).toEqual({ action: 'created' });
    expect(await s3.ensureBucket('audit-logs', 'us-iad', { mode: 'COMPLIANCE', days: 365 })).toEqual({ action: 'unchanged' });
    expect(await s3.ensureBucket('audit-logs', 'us-iad', { mode: 'COMPLIANCE', days: 400 })).toEqual({
      action: 'updated',
      from: { mode: 'COMPLIANCE', days: 365 },
      to: { mode: 'COMPLIANCE', days: 400 },
    });
    expect(e.resources().buckets).toEqual([
      { name: 'audit-logs', region: 'us-iad', objectLock: true, retention: { mode: 'COMPLIANCE', days: 400 }, objects: [] },
    ]);
    expect(await s3.getObjectLock('audit-logs', 'us-iad')).toEqual({ status: 'enabled', retention: { mode: 'COMPLIANCE', days: 400 } });
    expect(await s3.headBucket('audit-logs', 'us-iad')).toBe('exists');
    expect(lines[0]).toMatch(/^S3 HeadBucket audit-logs \(us-iad\) → 404 NotFound \(\d+ ms\)$/);
    expect(lines.join('\n')).not.toContain(admin.secret_key);
  });

  it("refuses, changing nothing, a bucket without Object Lock; keeps a retention stricter than the file's", async () => {
    const e = await emulator();
    e.seed({
      buckets: [
        { name: 'plain', region: 'us-iad' },
        { name: 'locked', region: 'us-iad', object_lock: { mode: 'COMPLIANCE', days: 400 } },
        { name: 'governed', region: 'us-iad', object_lock: { mode: 'GOVERNANCE', days: 400 } },
      ],
    });
    const s3 = client(e, await key(e, { label: 'admin', regions: ['us-iad'] }));
    const plain = await refusal(s3.ensureBucket('plain', 'us-iad', { mode: 'COMPLIANCE', days: 365 }));
    expect([plain.code, plain.message]).toEqual([
      S3_REFUSALS.objectLockNotEnabled,
      'bucket plain (us-iad) exists without Object Lock: Object Lock can only be enabled when a bucket is created; create a new bucket with it and point the destination there',
    ]);
    // Only ever raised: a shorter or weaker declared retention leaves the bucket's (GOVERNANCE too).
    expect(await s3.ensureBucket('locked', 'us-iad', { mode: 'COMPLIANCE', days: 365 })).toEqual({
      action: 'unchanged',
      note: "the bucket's default retention COMPLIANCE 400 days is already at least the declared COMPLIANCE 365 days; kept, as the action only ever raises a retention",
    });
    expect(await s3.ensureBucket('governed', 'us-iad', { mode: 'GOVERNANCE', days: 10 })).toMatchObject({ action: 'unchanged' });
    expect(await s3.ensureBucket('plain', 'us-iad', undefined)).toEqual({ action: 'unchanged' });
    expect(e.s3Requests.map((r) => r.operation)).not.toContain('PutObjectLockConfiguration');
    expect(await s3.getObjectLock('plain', 'us-iad')).toEqual({ status: 'disabled' });
    expect(await s3.getObjectLock('governed', 'us-iad')).toEqual({ status: 'enabled', retention: { mode: 'GOVERNANCE', days: 400 } });
    // Stronger mode, shorter period: COMPLIANCE, with the bucket's longer period.
    expect(await s3.ensureBucket('governed', 'us-iad', { mode: 'COMPLIANCE', days: 30 })).toEqual({
      action: 'updated',
      from: { mode: 'GOVERNANCE', days: 400 },
      to: { mode: 'COMPLIANCE', days: 400 },
    });
    expect(await s3.getObjectLock('governed', 'us-iad')).toEqual({ status: 'enabled', retention: { mode: 'COMPLIANCE', days: 400 } });
  });

  it('tells what a limited key can see: its bucket, but not the Object Lock settings', async () => {
    const e = await emulator();
    e.seed({
      buckets: [
        { name: 'audit-logs', region: 'us-iad', object_lock: { mode: 'COMPLIANCE', days: 1 } },
        { name: 'other', region: 'us-iad' },
      ],
    });
    const s3 = client(e, await key(e, { label: 'rw', bucket_access: [{ region: 'us-iad', bucket_name: 'audit-logs', permissions: 'read_write' }] }));
    expect(await s3.headBucket('audit-logs', 'us-iad')).toBe('exists');
    expect(await s3.headBucket('other', 'us-iad')).toBe('forbidden');
    expect(await s3.headBucket('missing', 'us-iad')).toBe('missing');
    expect(await s3.getObjectLock('audit-logs', 'us-iad')).toEqual({
      status: 'unreadable',
      reason: 'the key may not read the Object Lock configuration of audit-logs (limited keys cannot)',
    });
    expect((await refusal(s3.ensureBucket('audit-logs', 'us-iad', { mode: 'COMPLIANCE', days: 1 }))).code).toBe(S3_REFUSALS.objectLockUnreadable);
    expect((await refusal(s3.ensureBucket('other', 'us-iad', { mode: 'COMPLIANCE', days: 1 }))).code).toBe('AccessDenied');
  });

  it('turns credential and network failures into S3Errors that hold no secret', async () => {
    const e = await emulator();
    const admin = await key(e, { label: 'admin', regions: ['us-iad'] });
    const wrong = await refusal(client(e, { ...admin, secret_key: 'not-the-secret-key-value' }).getObjectLock('x', 'us-iad'));
    expect([wrong.status, wrong.code]).toEqual([403, 'SignatureDoesNotMatch']);
    expect(wrong.message).toBe(
      'S3 GetObjectLockConfiguration on bucket x (us-iad) failed: 403 SignatureDoesNotMatch — the secret key does not belong to the access key id',
    );
    const elsewhere = await refusal(client(e, admin).createBucket('x', 'us-ord', true));
    expect(elsewhere.message).toContain('the access key id is not known in us-ord');
    const down = createBucketClient({ credentials: { accessKeyId: 'a', secretAccessKey: 'b' }, endpoint: 'http://127.0.0.1:9/{region}', maxAttempts: 1 });
    opened.push(down);
    const unreachable = await refusal(down.headBucket('x', 'us-iad'));
    expect([unreachable.status, unreachable.code]).toEqual([0, 'ECONNREFUSED']);
    for (const error of [wrong, elsewhere, unreachable]) expect(JSON.stringify({ ...error, message: error.message })).not.toContain(admin.secret_key);
  });
});

describe('start-up cost', () => {
  it('imports @aws-sdk only lazily, through import(), anywhere in src/', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
    const eager = files('src')
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => /^\s*(import|export)\b(?!\s+type\b).*from\s+['"]@aws-sdk\//.test(line))
          .map((line) => `${file}: ${line.trim()}`),
      );
    expect(eager).toEqual([]);
  });
});

describe('behind a proxy', () => {
  it('tunnels to the S3 endpoint with CONNECT, so the signed request never crosses the proxy in the clear', async () => {
    const seen: string[] = [];
    const proxy = createServer();
    proxy.on('connect', (request: IncomingMessage, socket: Socket) => {
      seen.push(`CONNECT ${request.url}`);
      socket.on('data', (chunk: Buffer) => seen.push(chunk.toString('latin1')));
      // No upstream here: the tunnel is refused once it has been asked for.
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    });
    proxy.on('request', (request: IncomingMessage, response: ServerResponse) => {
      seen.push(`${request.method} ${request.url} ${JSON.stringify(request.headers)}`);
      response.writeHead(502).end();
    });
    await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
    opened.push({ close: () => new Promise((done) => proxy.close(done)) });
    const saved = process.env.HTTPS_PROXY;
    process.env.HTTPS_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    try {
      const s3 = createBucketClient({
        credentials: { accessKeyId: 'PROXYKEYID', secretAccessKey: 'proxy-secret' },
        endpoint: 'https://{region}-1.s3.test',
        maxAttempts: 1,
      });
      opened.push(s3);
      await expect(s3.headBucket('audit-logs', 'us-iad')).rejects.toThrow();
    } finally {
      if (saved === undefined) delete process.env.HTTPS_PROXY;
      else process.env.HTTPS_PROXY = saved;
    }
    expect(seen[0]).toBe('CONNECT us-iad-1.s3.test:443');
    expect(seen.join('\n')).not.toMatch(/PROXYKEYID|AWS4-HMAC|Authorization/i);
  });
});
