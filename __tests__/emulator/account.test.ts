import { describe, expect, it } from 'vitest';
import { TEST_OBJECT_NAME } from '../../emulator/index.js';
import { API_REASONS } from '../../src/linode/rules.js';
import { createDestination, objectStorageBody, start, TOKEN, type Harness } from './helpers.js';

const DESTINATIONS = '/monitor/streams/destinations';
const VERIFY = `${DESTINATIONS}/verify`;

function bucketDestination(key: { access_key: string; secret_key: string }, details: Record<string, unknown> = {}) {
  return objectStorageBody('audit', {
    bucket_name: 'audit-logs',
    host: 'audit-logs.us-iad-1.linodeobjects.com',
    access_key_id: key.access_key,
    access_key_secret: key.secret_key,
    ...details,
  });
}

async function withBucket(): Promise<Harness> {
  const h = await start();
  h.emulator.seed({
    buckets: [
      { name: 'audit-logs', region: 'us-iad', object_lock: { mode: 'COMPLIANCE', days: 365 } },
      { name: 'other', region: 'us-iad' },
    ],
  });
  return h;
}

async function createKey(h: Harness, body: unknown): Promise<{ id: number; access_key: string; secret_key: string }> {
  const response = await h.call('POST', '/object-storage/keys', body);
  if (response.status !== 200) throw new Error(JSON.stringify(response.body));
  return response.body;
}

const readWrite = (bucket: string) => ({ label: `rw-${bucket}`, bucket_access: [{ region: 'us-iad', bucket_name: bucket, permissions: 'read_write' }] });

describe('destinations and Object Storage keys', () => {
  it('accepts a key that can write to the bucket, and writes the test object below path', async () => {
    const h = await withBucket();
    const key = await createKey(h, readWrite('audit-logs'));
    const created = await h.call('POST', DESTINATIONS, bucketDestination(key, { path: 'ds-logs/' }));
    expect(created.status).toBe(200);
    const bucket = h.emulator.resources().buckets.find((b) => b.name === 'audit-logs');
    expect(bucket?.objects).toEqual([{ key: `ds-logs/${TEST_OBJECT_NAME}`, size: expect.any(Number), retainUntil: '2027-11-21T14:03:07' }]);
  });

  it.each([
    ['an unknown key id', (k: { access_key: string; secret_key: string }) => ({ access_key_id: 'AKNOBODY', access_key_secret: k.secret_key })],
    ['a wrong secret', () => ({ access_key_secret: 'wrong' })],
    ['a bucket that does not exist', () => ({ bucket_name: 'missing', host: 'missing.us-iad-1.linodeobjects.com' })],
    ['the bucket in another region', () => ({ host: 'audit-logs.us-ord-1.linodeobjects.com' })],
  ])('refuses %s with "An error occurred" and writes nothing', async (_, change) => {
    const h = await withBucket();
    const key = await createKey(h, readWrite('audit-logs'));
    const refused = await h.call('POST', DESTINATIONS, bucketDestination(key, change(key)));
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({ errors: [{ reason: API_REASONS.anErrorOccurred }] });
    expect(h.emulator.resources().buckets.flatMap((b) => b.objects)).toEqual([]);
  });

  it('refuses limited keys without write access to that bucket, accepts an unlimited key of the region', async () => {
    const h = await withBucket();
    const readOnly = await createKey(h, { label: 'ro', bucket_access: [{ region: 'us-iad', bucket_name: 'audit-logs', permissions: 'read_only' }] });
    const otherBucket = await createKey(h, readWrite('other'));
    const otherRegion = await createKey(h, { label: 'ord', regions: ['us-ord'] });
    const full = await createKey(h, { label: 'full', regions: ['us-iad'] });
    for (const key of [readOnly, otherBucket, otherRegion]) {
      expect((await h.call('POST', DESTINATIONS, bucketDestination(key))).status).toBe(400);
    }
    expect((await h.call('POST', DESTINATIONS, bucketDestination(full))).status).toBe(200);
  });

  it('tests the key again on update, and a deleted key stops working', async () => {
    const h = await withBucket();
    const key = await createKey(h, readWrite('audit-logs'));
    const id = await createDestination(h, bucketDestination(key));
    const next = await createKey(h, { ...readWrite('audit-logs'), label: 'next' });
    expect((await h.call('PUT', `${DESTINATIONS}/${id}`, bucketDestination(next))).status).toBe(200);
    await h.call('DELETE', `/object-storage/keys/${next.id}`);
    expect((await h.call('PUT', `${DESTINATIONS}/${id}`, bucketDestination(next))).body).toEqual({ errors: [{ reason: API_REASONS.anErrorOccurred }] });
    // With every key gone, pairs are still checked (and fail) until a reset.
    await h.call('DELETE', `/object-storage/keys/${key.id}`);
    expect((await h.call('PUT', `${DESTINATIONS}/${id}`, bucketDestination(key))).status).toBe(400);
  });

  it('keeps the credentials option working beside emulator keys', async () => {
    const h = await start({ credentials: { AKIDEXAMPLE: 'SECRET-access-key' } });
    h.emulator.seed({ buckets: [{ name: 'audit-logs', region: 'us-iad' }] });
    await createKey(h, readWrite('audit-logs'));
    expect((await h.call('POST', DESTINATIONS, objectStorageBody())).status).toBe(200);
    expect((await h.call('POST', DESTINATIONS, objectStorageBody('x', { access_key_secret: 'nope' }))).status).toBe(400);
  });
});

describe('POST /monitor/streams/destinations/verify', () => {
  it('answers {} for a destination that would be created, writing the test object but creating nothing', async () => {
    const h = await withBucket();
    const key = await createKey(h, readWrite('audit-logs'));
    const verified = await h.call('POST', VERIFY, bucketDestination(key));
    expect(verified.status).toBe(200);
    expect(verified.body).toEqual({});
    expect(h.emulator.snapshot().destinations).toEqual([]);
    expect(h.emulator.resources().buckets[0]?.objects.map((o) => o.key)).toEqual([TEST_OBJECT_NAME]);
  });

  it('answers 400 "An error occurred" for a key that cannot write, and the create validation otherwise', async () => {
    const h = await withBucket();
    const key = await createKey(h, { label: 'ro', bucket_access: [{ region: 'us-iad', bucket_name: 'audit-logs', permissions: 'read_only' }] });
    expect((await h.call('POST', VERIFY, bucketDestination(key))).body).toEqual({ errors: [{ reason: API_REASONS.anErrorOccurred }] });
    const invalid = await h.call('POST', VERIFY, { label: 'x', type: 'custom_https', details: {} });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.length).toBeGreaterThan(1);
    expect((await h.call('GET', VERIFY)).status).toBe(405);
  });
});

describe('the account Logs feature', () => {
  it.each([
    [false, 404, API_REASONS.notFound],
    ['forbidden', 403, API_REASONS.unauthorized],
  ] as const)('logsFeature %s answers %d on every /monitor/streams endpoint of both versions', async (feature, status, reason) => {
    const h = await start({ logsFeature: feature });
    for (const version of ['v4', 'v4beta'] as const) {
      for (const [method, path] of [
        ['GET', '/monitor/streams'],
        ['GET', DESTINATIONS],
        ['POST', DESTINATIONS],
        ['POST', VERIFY],
        ['GET', '/monitor/streams/2000/history'],
      ] as const) {
        const response = await h.call(method, path, method === 'POST' ? objectStorageBody() : undefined, { version });
        expect([method, path, version, response.status, response.body]).toEqual([method, path, version, status, { errors: [{ reason }] }]);
      }
    }
    expect((await h.call('GET', '/object-storage/keys')).status).toBe(200);
    await h.control('POST', 'options', { logsFeature: true });
    expect((await h.call('GET', '/monitor/streams')).status).toBe(200);
  });
});

describe('Logs endpoints on one API version only', () => {
  it('answers 404 on the other version for every /monitor/streams endpoint, and serves the rest on both', async () => {
    const h = await start({ logsVersions: ['v4beta'] });
    for (const [method, path] of [
      ['GET', '/monitor/streams'],
      ['GET', DESTINATIONS],
      ['POST', DESTINATIONS],
      ['GET', '/monitor/streams/2000/history'],
    ] as const) {
      const response = await h.call(method, path, method === 'POST' ? objectStorageBody() : undefined, { version: 'v4' });
      expect([method, path, response.status, response.body]).toEqual([method, path, 404, { errors: [{ reason: API_REASONS.notFound }] }]);
    }
    expect((await h.call('GET', '/monitor/streams', undefined, { version: 'v4beta' })).status).toBe(200);
    expect((await h.call('GET', '/object-storage/keys', undefined, { version: 'v4' })).status).toBe(200);
    expect(h.emulator.snapshot().destinations).toEqual([]);
    await h.control('POST', 'options', { logsVersions: ['v4'] });
    expect((await h.call('GET', '/monitor/streams', undefined, { version: 'v4' })).status).toBe(200);
    expect((await h.call('GET', '/monitor/streams', undefined, { version: 'v4beta' })).status).toBe(404);
    for (const bad of [[], ['v5'], 'v4']) expect((await h.control('POST', 'options', { logsVersions: bad })).status).toBe(400);
  });
});

describe('token scopes', () => {
  const scopes = {
    [TOKEN]: ['monitor:read_only', 'object_storage:read_write'],
    'lke-token': ['lke:read_only'],
    'all-token': ['*'],
  };

  it('refuses a request whose token lacks the scope, with the API wording', async () => {
    const h = await start({ tokenScopes: scopes });
    const refused = await h.call('POST', DESTINATIONS, objectStorageBody());
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({ errors: [{ reason: API_REASONS.tokenNotAuthorized }] });
    expect((await h.call('GET', DESTINATIONS)).status).toBe(200);
    // read_write includes read_only
    expect((await h.call('GET', '/object-storage/keys')).status).toBe(200);
    expect((await h.call('GET', '/lke/clusters')).status).toBe(401);
    expect((await h.call('GET', '/lke/clusters', undefined, { token: 'lke-token' })).status).toBe(200);
    expect((await h.call('PUT', '/lke/clusters/1', {}, { token: 'lke-token' })).status).toBe(401);
    expect((await h.call('POST', DESTINATIONS, objectStorageBody(), { token: 'all-token' })).status).toBe(200);
    expect(h.emulator.snapshot().destinations).toHaveLength(1);
  });

  it('still answers 401 Invalid Token for unknown tokens, and gives every scope back with null', async () => {
    const h = await start({ tokenScopes: scopes });
    expect((await h.call('GET', DESTINATIONS, undefined, { token: 'nobody' })).body).toEqual({ errors: [{ reason: API_REASONS.invalidToken }] });
    await h.control('POST', 'options', { tokenScopes: null });
    expect((await h.call('GET', '/lke/clusters')).status).toBe(200);
    expect((await h.control('POST', 'options', { tokenScopes: { x: 'monitor:read_only' } })).status).toBe(400);
    expect((await h.control('POST', 'options', { logsFeature: 'maybe' })).status).toBe(400);
  });
});
