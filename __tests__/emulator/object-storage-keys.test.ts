import { describe, expect, it } from 'vitest';
import { FIRST_KEY_ID } from '../../emulator/index.js';
import { EMULATOR_REASONS as R } from '../../emulator/reasons.js';
import { start } from './helpers.js';

const KEYS = '/object-storage/keys';

describe('/object-storage/keys', () => {
  it('shows the secret in the create answer only, never in GET or the list', async () => {
    const h = await start();
    const created = await h.call('POST', KEYS, { label: 'full', regions: ['us-iad'] });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      id: FIRST_KEY_ID,
      label: 'full',
      limited: false,
      bucket_access: null,
      regions: [{ id: 'us-iad', s3_endpoint: 'us-iad-1.linodeobjects.com' }],
    });
    expect(created.body.access_key).toMatch(/^[A-Z0-9]{20}$/);
    expect(created.body.secret_key).toMatch(/^[A-Za-z0-9]{40}$/);
    const secret = created.body.secret_key as string;

    const one = await h.call('GET', `${KEYS}/${FIRST_KEY_ID}`);
    const list = await h.call('GET', KEYS);
    expect(one.body).toEqual({ ...created.body, secret_key: undefined });
    expect(list.body).toMatchObject({ page: 1, pages: 1, results: 1 });
    for (const answer of [one, list]) expect(JSON.stringify(answer.body)).not.toContain(secret);
    expect(JSON.stringify(h.emulator.resources())).not.toContain(secret);
  });

  it('makes a limited key from bucket_access, for buckets that exist', async () => {
    const h = await start();
    h.emulator.seed({ buckets: [{ name: 'audit-logs', region: 'us-iad' }] });
    const limited = await h.call('POST', KEYS, {
      label: 'delivery',
      bucket_access: [{ region: 'us-iad', bucket_name: 'audit-logs', permissions: 'read_write' }],
    });
    expect(limited.body).toMatchObject({
      limited: true,
      bucket_access: [{ region: 'us-iad', cluster: 'us-iad-1', bucket_name: 'audit-logs', permissions: 'read_write' }],
      regions: [{ id: 'us-iad' }],
    });
    const none = await h.call('POST', KEYS, { label: 'nothing', bucket_access: [] });
    expect(none.body).toMatchObject({ limited: true, bucket_access: [], regions: [] });

    const missing = await h.call('POST', KEYS, {
      label: 'x',
      bucket_access: [{ region: 'us-ord', bucket_name: 'audit-logs', permissions: 'read_write' }],
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([{ reason: R.bucketNotFound, field: 'bucket_access[0].bucket_name' }]);
  });

  it('reports every problem of a body at once', async () => {
    const h = await start();
    const bad = await h.call('POST', KEYS, {
      label: 'x'.repeat(51),
      regions: 'us-iad',
      bucket_access: [{ region: 'us-iad', bucket_name: 'b', permissions: 'admin' }, 'nope'],
      extra: 1,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { reason: R.unknownFields },
      { reason: R.keyLabelTooLong, field: 'label' },
      { reason: R.mustBeList, field: 'regions' },
      { reason: R.mustBeOneOf(['read_write', 'read_only']), field: 'bucket_access[0].permissions' },
      { reason: R.mustBeObject, field: 'bucket_access[1]' },
    ]);
    expect((await h.call('POST', KEYS, { label: 'no-regions' })).body.errors).toEqual([{ reason: R.keyRegionsRequired, field: 'regions' }]);
    expect(h.emulator.resources().objectStorageKeys).toEqual([]);
  });

  it('updates label and regions only, deletes, and answers 404 for unknown ids', async () => {
    const h = await start();
    const created = await h.call('POST', KEYS, { label: 'a', regions: ['us-iad'] });
    const id = created.body.id as number;
    const updated = await h.call('PUT', `${KEYS}/${id}`, { label: 'b', regions: ['us-iad', 'us-ord'] });
    expect(updated.body).toMatchObject({ label: 'b', regions: [{ id: 'us-iad' }, { id: 'us-ord' }] });
    expect(updated.body.secret_key).toBeUndefined();
    expect((await h.call('PUT', `${KEYS}/${id}`, { bucket_access: [] })).body.errors).toEqual([{ reason: R.unknownFields }]);
    expect((await h.call('DELETE', `${KEYS}/${id}`)).body).toEqual({});
    for (const method of ['GET', 'PUT', 'DELETE']) expect((await h.call(method, `${KEYS}/${id}`, method === 'PUT' ? {} : undefined)).status).toBe(404);
  });

  it('pages the list like every collection, with the collection rate limit, and filters by label', async () => {
    const h = await start({ rateLimit: { collectionGetsPerMinute: 2 } });
    h.emulator.seed({ objectStorageKeys: Array.from({ length: 30 }, (_, i) => ({ label: `key-${i}`, regions: ['us-iad'] })) });
    const first = await h.call('GET', `${KEYS}?page=2&page_size=25`);
    expect(first.body).toMatchObject({ page: 2, pages: 2, results: 30 });
    expect(first.body.data).toHaveLength(5);
    const filtered = await h.call('GET', KEYS, undefined, { headers: { 'X-Filter': '{"label":"key-7"}' } });
    expect(filtered.body.data.map((k: { label: string }) => k.label)).toEqual(['key-7']);
    expect((await h.call('GET', KEYS)).status).toBe(429);
  });

  it('seeds keys with given or generated pairs, all or nothing', async () => {
    const h = await start();
    h.emulator.seed({
      objectStorageKeys: [
        { label: 'auto', regions: ['us-iad'] },
        { id: FIRST_KEY_ID, label: 'fixed', access_key: 'AKFIXED', secret_key: 'SKFIXED', regions: ['us-iad'] },
      ],
    });
    expect(h.emulator.resources().objectStorageKeys.map((k) => [k.id, k.label])).toEqual([
      [FIRST_KEY_ID, 'fixed'],
      [FIRST_KEY_ID + 1, 'auto'],
    ]);
    const bad = await h.control('POST', 'seed', { objectStorageKeys: [{ label: 'half', access_key: 'AK' }], lkeClusters: [{ label: 'c', region: 'us-iad' }] });
    expect(bad.status).toBe(400);
    expect(h.emulator.resources().lkeClusters).toEqual([]);
    h.emulator.reset();
    expect(h.emulator.resources()).toEqual({ objectStorageKeys: [], lkeClusters: [], buckets: [] });
  });
});
