import { describe, expect, it } from 'vitest';
import { API_REASONS } from '../../src/linode/rules.js';
import { startEmulator } from '../../emulator/index.js';
import { createDestination, objectStorageBody, start, streamBody } from './helpers.js';

const DESTINATIONS = '/monitor/streams/destinations';

describe('control endpoints', () => {
  it('GET and DELETE /__emulator/requests read and clear the log; control calls are not logged', async () => {
    const h = await start();
    await h.call('GET', '/monitor/streams');
    const log = await h.control('GET', 'requests');
    expect(log.status).toBe(200);
    expect(log.body).toMatchObject([{ method: 'GET', path: '/monitor/streams', status: 200 }]);
    expect((await h.control('DELETE', 'requests')).status).toBe(200);
    expect((await h.control('GET', 'requests')).body).toEqual([]);
    expect(h.emulator.requests).toEqual([]);
  });

  it('POST /__emulator/faults arms a fault, DELETE disarms, GET lists what is left', async () => {
    const h = await start();
    expect((await h.control('POST', 'faults', { path: '^/monitor/streams$', status: 500, times: 3 })).status).toBe(200);
    expect((await h.call('GET', '/monitor/streams')).status).toBe(500);
    expect((await h.control('GET', 'faults')).body).toEqual([{ path: '^/monitor/streams$', status: 500, times: 2 }]);
    await h.control('DELETE', 'faults');
    expect((await h.call('GET', '/monitor/streams')).status).toBe(200);
    const bad = await h.control('POST', 'faults', { cut: 'sideways' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].reason).toMatch(/cut/);
  });

  it('POST /__emulator/seed and GET /__emulator/state', async () => {
    const h = await start();
    const seeded = await h.control('POST', 'seed', {
      destinations: [{ ...objectStorageBody(), id: 1100 }],
      streams: [{ ...streamBody(1100), status: 'inactive' }],
    });
    expect(seeded.status).toBe(200);
    const state = await h.control('GET', 'state');
    expect(state.body).toEqual(seeded.body);
    expect(state.body.streams).toMatchObject([{ id: 2000, status: 'inactive', primary_destination_id: 1100 }]);
    expect(JSON.stringify(state.body)).not.toContain('SECRET');
    const bad = await h.control('POST', 'seed', { streams: [{ ...streamBody(4242) }] });
    expect(bad.status).toBe(400);
  });

  it('POST /__emulator/reset empties state, log and faults; ids start again', async () => {
    const h = await start();
    await createDestination(h);
    await createDestination(h, objectStorageBody('second'));
    h.emulator.inject({ status: 500, times: 5 });
    expect((await h.control('POST', 'reset')).status).toBe(200);
    expect((await h.control('GET', 'state')).body).toEqual({ destinations: [], streams: [] });
    expect(h.emulator.requests).toEqual([]);
    expect(await createDestination(h)).toBe(1000);
  });

  it('POST /__emulator/options changes options at run time and refuses bad ones', async () => {
    const h = await start();
    const changed = await h.control('POST', 'options', {
      streamQuota: 0,
      credentials: { AKIDEXAMPLE: 'right' },
      rateLimit: { collectionGetsPerMinute: 7 },
    });
    expect(changed.body).toMatchObject({ streamQuota: 0, collectionGetsPerMinute: 7, credentials: { AKIDEXAMPLE: 'right' } });
    expect((await h.call('POST', DESTINATIONS, objectStorageBody())).body).toEqual({ errors: [{ reason: API_REASONS.anErrorOccurred }] });
    await h.control('POST', 'options', { credentials: null });
    const destination = await createDestination(h);
    expect((await h.call('POST', '/monitor/streams', streamBody(destination))).body.errors).toEqual([{ reason: API_REASONS.streamQuota, field: 'type' }]);
    expect((await h.call('GET', '/monitor/streams')).headers.get('x-ratelimit-limit')).toBe('7');

    for (const bad of [{ latencyMs: -1 }, { maxPageSize: 10 }, { tokens: [] }, { nonsense: 1 }]) {
      expect((await h.control('POST', 'options', bad)).status).toBe(400);
    }
    expect((await h.control('GET', 'options')).body.latencyMs).toBe(0);
  });

  it('needs no token, and answers 404 for an unknown control endpoint', async () => {
    const h = await start({ tokens: ['only-this'] });
    expect((await h.control('GET', 'state')).status).toBe(200);
    expect((await h.control('GET', 'nothing')).status).toBe(404);
    expect((await h.control('PUT', 'reset')).status).toBe(405);
  });
});

describe('lifecycle', () => {
  it('listens on an ephemeral port of 127.0.0.1 by default and closes idempotently', async () => {
    const emulator = await startEmulator();
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${emulator.url}/v4/monitor/streams`, { headers: { Authorization: 'Bearer emulator-token' } });
    expect(response.status).toBe(200);
    await emulator.close();
    await emulator.close();
    await expect(fetch(`${emulator.url}/v4/monitor/streams`)).rejects.toThrow();
  });
});
