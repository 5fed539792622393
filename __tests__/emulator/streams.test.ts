import { describe, expect, it } from 'vitest';
import { API_REASONS } from '../../src/linode/rules.js';
import { EMULATOR_REASONS as R } from '../../emulator/reasons.js';
import { createDestination, createStream, lkeStreamBody, objectStorageBody, start, streamBody, type Harness } from './helpers.js';

const STREAMS = '/monitor/streams';

async function statusOf(h: Harness, id: number): Promise<string> {
  return (await h.call('GET', `${STREAMS}/${id}`)).body.status as string;
}

/** A harness with one destination (1000) and provisioning/deactivating of 2000/1000 ms. */
async function withDestination(options: Parameters<typeof start>[0] = {}) {
  const h = await start(options);
  const destination = await createDestination(h);
  return { h, destination };
}

describe('create', () => {
  it('returns the stream, provisioning, with its destination embedded', async () => {
    const { h, destination } = await withDestination();
    const response = await h.call('POST', STREAMS, streamBody(destination));
    expect(response.status).toBe(200);
    const destinationView = (await h.call('GET', `${STREAMS}/destinations/${destination}`)).body;
    expect(response.body).toEqual({
      id: 2000,
      label: 'audit-stream',
      type: 'audit_logs',
      status: 'provisioning',
      destinations: [destinationView],
      details: null,
      version: 1,
      created: '2026-11-21T14:03:07',
      created_by: 'emulator-user',
      updated: '2026-11-21T14:03:07',
      updated_by: 'emulator-user',
      primary_destination_id: destination,
      stream_audit_id: 3000,
    });
  });

  it('becomes active after provisioningMs, read lazily', async () => {
    const { h, destination } = await withDestination();
    const id = await createStream(h, streamBody(destination));
    h.clock.advance(1999);
    expect(await statusOf(h, id)).toBe('provisioning');
    h.clock.advance(1);
    expect(await statusOf(h, id)).toBe('active');
  });

  it('provisions then stays inactive when created inactive', async () => {
    const { h, destination } = await withDestination();
    const id = await createStream(h, streamBody(destination, 'audit-stream', { status: 'inactive' }));
    expect(await statusOf(h, id)).toBe('provisioning');
    h.clock.advance(2000);
    expect(await statusOf(h, id)).toBe('inactive');
  });

  it('honours a configured provisioningMs', async () => {
    const { h, destination } = await withDestination({ provisioningMs: 0 });
    const response = await h.call('POST', STREAMS, streamBody(destination));
    expect(response.body.status).toBe('active');
  });

  it('refuses an unknown destination id', async () => {
    const { h } = await withDestination();
    const response = await h.call('POST', STREAMS, streamBody(4242));
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ errors: [{ reason: API_REASONS.destinationNotFound, field: 'destination' }] });
    expect(h.emulator.snapshot().streams).toEqual([]);
  });

  it.each([[[]], [[1000, 1001]], [undefined], ['1000']])('refuses destinations %j: Must contain one item', async (destinations) => {
    const { h } = await withDestination();
    const response = await h.call('POST', STREAMS, { label: 'audit-stream', type: 'audit_logs', destinations });
    expect(response.body).toEqual({ errors: [{ reason: API_REASONS.mustContainOne, field: 'destinations' }] });
  });

  it('allows streamQuota streams per type, counted per type', async () => {
    const { h, destination } = await withDestination();
    await createStream(h, streamBody(destination, 'first'));
    const second = await h.call('POST', STREAMS, streamBody(destination, 'second'));
    expect(second.status).toBe(400);
    expect(second.body).toEqual({ errors: [{ reason: API_REASONS.streamQuota, field: 'type' }] });
    // Another type has its own quota.
    expect((await h.call('POST', STREAMS, lkeStreamBody(destination, { cluster_ids: [1] }))).status).toBe(200);
    h.emulator.configure({ streamQuota: 2 });
    expect((await h.call('POST', STREAMS, streamBody(destination, 'second'))).status).toBe(200);
  });

  it('allows two streams with one label, within the quota', async () => {
    const { h, destination } = await withDestination({ streamQuota: 2 });
    await createStream(h, streamBody(destination, 'same'));
    const response = await h.call('POST', STREAMS, streamBody(destination, 'same'));
    expect(response.status).toBe(200);
  });
});

describe('validation', () => {
  const cases: Array<[string, (d: number) => unknown, Array<{ reason: string; field?: string }>]> = [
    ['label missing', (d) => ({ type: 'audit_logs', destinations: [d] }), [{ reason: R.streamLabelRequired, field: 'label' }]],
    ['label shorter than 3', (d) => streamBody(d, 'ab'), [{ reason: R.streamLabelTooShort, field: 'label' }]],
    ['label longer than 255', (d) => streamBody(d, 'x'.repeat(256)), [{ reason: 'Length must be 255 characters or less.', field: 'label' }]],
    ['type missing', (d) => ({ label: 'abc', destinations: [d] }), [{ reason: R.streamTypeRequired, field: 'type' }]],
    ['status unknown', (d) => streamBody(d, 'abc', { status: 'provisioning' }), [{ reason: R.mustBeOneOf(['active', 'inactive']), field: 'status' }]],
    ['details on audit_logs', (d) => streamBody(d, 'abc', { details: { cluster_ids: [1] } }), [{ reason: R.auditLogsDetails, field: 'details' }]],
    ['lke details missing', (d) => lkeStreamBody(d, undefined), [{ reason: R.clusterChoice, field: 'details' }]],
    ['lke details with neither choice', (d) => lkeStreamBody(d, {}), [{ reason: R.clusterChoice, field: 'details' }]],
    [
      'lke details with both choices',
      (d) => lkeStreamBody(d, { cluster_ids: [1], is_auto_add_all_clusters_enabled: true }),
      [{ reason: R.clusterChoice, field: 'details' }],
    ],
    // The official schema tests which keys are present, not their values: the console's `false` beside a list is refused too.
    [
      'lke details with cluster_ids and auto-add false',
      (d) => lkeStreamBody(d, { cluster_ids: [1], is_auto_add_all_clusters_enabled: false }),
      [{ reason: 'Either cluster_ids or is_auto_add_all_clusters_enabled should be set.', field: 'details' }],
    ],
    [
      'lke auto-add false without cluster_ids',
      (d) => lkeStreamBody(d, { is_auto_add_all_clusters_enabled: false }),
      [{ reason: R.clusterRequired, field: 'details.cluster_ids' }],
    ],
    ['lke empty cluster_ids', (d) => lkeStreamBody(d, { cluster_ids: [] }), [{ reason: R.clusterRequired, field: 'details.cluster_ids' }]],
    ['lke unknown details field', (d) => lkeStreamBody(d, { cluster_ids: [1], region: 'x' }), [{ reason: R.unknownFields, field: 'details' }]],
    ['unknown top-level field', (d) => streamBody(d, 'abc', { id: 1 }), [{ reason: R.unknownFields }]],
  ];

  it.each(cases)('refuses %s', async (_name, body, expected) => {
    const { h, destination } = await withDestination();
    const response = await h.call('POST', STREAMS, body(destination));
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(expected);
    expect(h.emulator.snapshot().streams).toEqual([]);
  });

  it('takes audit_logs with details null and lke_audit_logs with either choice', async () => {
    const { h, destination } = await withDestination({ streamQuota: 2 });
    expect((await h.call('POST', STREAMS, streamBody(destination, 'abc', { details: null }))).status).toBe(200);
    const ids = await h.call('POST', STREAMS, lkeStreamBody(destination, { cluster_ids: [7, 8] }, 'ids'));
    expect(ids.body.details).toEqual({ cluster_ids: [7, 8] });
    const auto = await h.call('POST', STREAMS, lkeStreamBody(destination, { is_auto_add_all_clusters_enabled: true }, 'auto'));
    expect(auto.body.details).toEqual({ is_auto_add_all_clusters_enabled: true });
  });

  it('refuses an update whose details carry both cluster_ids and auto-add, as a create', async () => {
    const { h, destination } = await withDestination();
    const id = await createStream(h, lkeStreamBody(destination, { cluster_ids: [7] }));
    h.clock.advance(2000);
    const both = { ...lkeStreamBody(destination, { cluster_ids: [7], is_auto_add_all_clusters_enabled: false }), status: 'active' };
    const { type: _, ...update } = both;
    const response = await h.call('PUT', `${STREAMS}/${id}`, update);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ reason: 'Either cluster_ids or is_auto_add_all_clusters_enabled should be set.', field: 'details' }]);
    expect((await h.call('GET', `${STREAMS}/${id}`)).body.details).toEqual({ cluster_ids: [7] });
  });

  it('reports structural and state problems together', async () => {
    const { h } = await withDestination();
    const response = await h.call('POST', STREAMS, { label: 'ab', type: 'audit_logs', destinations: [9999] });
    expect(response.body.errors).toEqual([
      { reason: R.streamLabelTooShort, field: 'label' },
      { reason: API_REASONS.destinationNotFound, field: 'destination' },
    ]);
  });
});

describe('update and status transitions', () => {
  /** An active stream (provisioning already elapsed). */
  async function activeStream(options: Parameters<typeof start>[0] = {}) {
    const { h, destination } = await withDestination(options);
    const id = await createStream(h, streamBody(destination));
    h.clock.advance(2000);
    return { h, destination, id };
  }

  it('refuses to edit while provisioning: Unable to edit Stream at this time', async () => {
    const { h, destination } = await withDestination();
    const id = await createStream(h, streamBody(destination));
    const response = await h.call('PUT', `${STREAMS}/${id}`, streamBody(destination, 'renamed'));
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ errors: [{ reason: API_REASONS.unableToEditStream }] });
  });

  it('renaming an active stream keeps it active and bumps the version', async () => {
    const { h, destination, id } = await activeStream();
    const response = await h.call('PUT', `${STREAMS}/${id}`, streamBody(destination, 'renamed', { status: 'active' }));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ label: 'renamed', status: 'active', version: 2, updated: '2026-11-21T14:03:09' });
  });

  it('setting inactive deactivates for deactivatingMs, refusing edits meanwhile, then is inactive', async () => {
    const { h, destination, id } = await activeStream();
    const response = await h.call('PUT', `${STREAMS}/${id}`, streamBody(destination, 'audit-stream', { status: 'inactive' }));
    expect(response.body.status).toBe('deactivating');
    expect((await h.call('PUT', `${STREAMS}/${id}`, streamBody(destination))).body).toEqual({
      errors: [{ reason: API_REASONS.unableToEditStream }],
    });
    h.clock.advance(999);
    expect(await statusOf(h, id)).toBe('deactivating');
    h.clock.advance(1);
    expect(await statusOf(h, id)).toBe('inactive');
  });

  it('setting active on an inactive stream provisions, then is active', async () => {
    const { h, destination, id } = await activeStream({ deactivatingMs: 0 });
    await h.call('PUT', `${STREAMS}/${id}`, streamBody(destination, 'audit-stream', { status: 'inactive' }));
    expect(await statusOf(h, id)).toBe('inactive');
    const response = await h.call('PUT', `${STREAMS}/${id}`, streamBody(destination, 'audit-stream', { status: 'active' }));
    expect(response.body.status).toBe('provisioning');
    h.clock.advance(2000);
    expect(await statusOf(h, id)).toBe('active');
  });

  it('repointing to another destination provisions again, then returns to the requested status', async () => {
    const { h, id } = await activeStream({ deactivatingMs: 0 });
    const other = await createDestination(h, objectStorageBody('other'));
    const response = await h.call('PUT', `${STREAMS}/${id}`, streamBody(other, 'audit-stream', { status: 'inactive' }));
    expect(response.body).toMatchObject({ status: 'provisioning', primary_destination_id: other });
    expect(response.body.destinations.map((d: { id: number }) => d.id)).toEqual([other]);
    h.clock.advance(2000);
    expect(await statusOf(h, id)).toBe('inactive');
  });

  it('a PUT without status keeps the requested status', async () => {
    const { h, destination, id } = await activeStream();
    const body = streamBody(destination, 'renamed');
    expect(body).not.toHaveProperty('status');
    expect((await h.call('PUT', `${STREAMS}/${id}`, body)).body.status).toBe('active');
  });

  it('refuses to change the type and an unknown destination', async () => {
    const { h, id } = await activeStream({ streamQuota: 2 });
    const response = await h.call('PUT', `${STREAMS}/${id}`, {
      ...lkeStreamBody(9999, { cluster_ids: [1] }, 'taken'),
    });
    expect(response.body.errors).toEqual([
      { reason: API_REASONS.typeImmutable, field: 'type' },
      { reason: R.auditLogsDetails, field: 'details' },
      { reason: API_REASONS.destinationNotFound, field: 'destination' },
    ]);
    expect((await h.call('GET', `${STREAMS}/${id}`)).body.version).toBe(1);
  });

  it('answers 404 for an unknown stream', async () => {
    const { h, destination } = await withDestination();
    for (const [method, body] of [['GET'], ['PUT', streamBody(destination)], ['DELETE']] as const) {
      expect((await h.call(method, `${STREAMS}/2999`, body)).status).toBe(404);
    }
    expect((await h.call('GET', `${STREAMS}/2999/history`)).status).toBe(404);
  });

  it('embeds the destination as it is now', async () => {
    const { h, destination, id } = await activeStream();
    await h.call('PUT', `${STREAMS}/destinations/${destination}`, objectStorageBody('renamed-destination'));
    const { body } = await h.call('GET', `${STREAMS}/${id}`);
    expect(body.destinations[0]).toMatchObject({ label: 'renamed-destination', version: 2 });
  });
});

describe('delete', () => {
  it('removes a settled stream', async () => {
    const { h, destination } = await withDestination();
    const id = await createStream(h, streamBody(destination));
    h.clock.advance(2000);
    const response = await h.call('DELETE', `${STREAMS}/${id}`);
    expect(response).toMatchObject({ status: 200, body: {} });
    expect((await h.call('GET', `${STREAMS}/${id}`)).status).toBe(404);
    // The destination is free again.
    expect((await h.call('DELETE', `${STREAMS}/destinations/${destination}`)).status).toBe(200);
  });

  it('answers 200 {} but ignores a DELETE while provisioning or deactivating', async () => {
    const { h, destination } = await withDestination();
    const id = await createStream(h, streamBody(destination));
    expect(await h.call('DELETE', `${STREAMS}/${id}`)).toMatchObject({ status: 200, body: {} });
    expect(await statusOf(h, id)).toBe('provisioning');

    h.clock.advance(2000);
    await h.call('PUT', `${STREAMS}/${id}`, streamBody(destination, 'audit-stream', { status: 'inactive' }));
    expect(await h.call('DELETE', `${STREAMS}/${id}`)).toMatchObject({ status: 200, body: {} });
    expect(await statusOf(h, id)).toBe('deactivating');
    expect(h.emulator.snapshot().streams).toHaveLength(1);
  });
});

describe('history', () => {
  it('keeps every version as it was, newest last', async () => {
    const { h, destination } = await withDestination();
    const id = await createStream(h, streamBody(destination));
    h.clock.advance(2000);
    await h.call('PUT', `${STREAMS}/${id}`, streamBody(destination, 'renamed', { status: 'inactive' }));
    // Refused (deactivating): no entry.
    await h.call('PUT', `${STREAMS}/${id}`, streamBody(destination, 'again'));
    const { body } = await h.call('GET', `${STREAMS}/${id}/history`);
    expect(body).toMatchObject({ page: 1, pages: 1, results: 2 });
    expect(body.data.map((s: { version: number; label: string; status: string; updated: string }) => [s.version, s.label, s.status, s.updated])).toEqual([
      [1, 'audit-stream', 'provisioning', '2026-11-21T14:03:07'],
      [2, 'renamed', 'deactivating', '2026-11-21T14:03:09'],
    ]);
    expect(body.data[0].destinations[0].id).toBe(destination);
  });
});

describe('seed', () => {
  it('starts seeded transitional streams now and settles them like created ones', async () => {
    const h = await start();
    h.emulator.seed({
      destinations: [{ id: 1500, ...objectStorageBody(), type: 'akamai_object_storage' }],
      streams: [
        { ...streamBody(1500, 'provisioning-one'), type: 'audit_logs', status: 'provisioning', requestedStatus: 'inactive' },
        { label: 'leaving', type: 'lke_audit_logs', destinations: [1500], details: { cluster_ids: [1] }, status: 'deactivating' },
      ],
    });
    const before = h.emulator.snapshot().streams.map((s) => [s.id, s.status]);
    expect(before).toEqual([
      [2000, 'provisioning'],
      [2001, 'deactivating'],
    ]);
    h.clock.advance(2000);
    expect(h.emulator.snapshot().streams.map((s) => s.status)).toEqual(['inactive', 'inactive']);
    // Ids continue above the seeded ones.
    expect(await createDestination(h, objectStorageBody('next'))).toBe(1501);
  });

  it('refuses a seed that names an unknown destination, and seeds nothing', async () => {
    const h = await start();
    expect(() =>
      h.emulator.seed({
        destinations: [{ ...objectStorageBody(), type: 'akamai_object_storage' }],
        streams: [{ ...streamBody(1234), type: 'audit_logs' }],
      }),
    ).toThrow(/streams\[0\]\.destinations/);
    expect(h.emulator.snapshot()).toEqual({ destinations: [], streams: [] });
  });
});
