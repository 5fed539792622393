import { describe, expect, it } from 'vitest';
import { API_REASONS } from '../../src/linode/rules.js';
import type { SeedDestination } from '../../emulator/index.js';
import { START, TOKEN, createDestination, objectStorageBody, start } from './helpers.js';

describe('auth', () => {
  it('refuses a missing or unknown token with 401 Invalid Token', async () => {
    const h = await start();
    for (const token of [null, 'wrong-token']) {
      const response = await h.call('GET', '/monitor/streams', undefined, { token });
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ errors: [{ reason: API_REASONS.invalidToken }] });
    }
    const bad = await h.call('GET', '/monitor/streams', undefined, { headers: { Authorization: `Basic ${TOKEN}` }, token: null });
    expect(bad.status).toBe(401);
  });

  it('accepts every configured token and no other', async () => {
    const h = await start({ tokens: ['one', 'two'] });
    expect((await h.call('GET', '/monitor/streams', undefined, { token: 'one' })).status).toBe(200);
    expect((await h.call('GET', '/monitor/streams', undefined, { token: 'two' })).status).toBe(200);
    expect((await h.call('GET', '/monitor/streams', undefined, { token: TOKEN })).status).toBe(401);
  });
});

describe('routing', () => {
  it('serves the same data under /v4 and /v4beta', async () => {
    const h = await start();
    const created = await h.call('POST', '/monitor/streams/destinations', objectStorageBody(), { version: 'v4beta' });
    const viaV4 = await h.call('GET', `/monitor/streams/destinations/${created.body.id}`, undefined, { version: 'v4' });
    expect(viaV4.status).toBe(200);
    expect(viaV4.body).toEqual(created.body);
    expect(h.emulator.requests.map((r) => r.version)).toEqual(['v4beta', 'v4']);
  });

  it.each([
    ['/monitor/nothing-here', 'v4'],
    ['/monitor/streams/abc', 'v4'],
    ['/monitor/streams/destinations/1000/nope', 'v4'],
    ['/monitor/streams', ''],
    ['/monitor/streams', 'v3'],
  ] as const)('answers 404 Not found for %s (prefix %s)', async (path, version) => {
    const h = await start();
    const response = await h.call('GET', path, undefined, { version: version as 'v4' });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ errors: [{ reason: API_REASONS.notFound }] });
  });

  it('does not take /monitor/streams/destinations for a stream id', async () => {
    const h = await start();
    await createDestination(h);
    const response = await h.call('GET', '/monitor/streams/destinations');
    expect(response.body.results).toBe(1);
    expect(response.body.data[0].type).toBe('akamai_object_storage');
  });

  it('answers 405 with Allow for a wrong method', async () => {
    const h = await start();
    const response = await h.call('PATCH', '/monitor/streams/2000');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, PUT, DELETE');
    expect((await h.call('DELETE', '/monitor/streams')).status).toBe(405);
    expect((await h.call('POST', '/monitor/streams/2000/history')).status).toBe(405);
  });

  it('answers JSON with Content-Type application/json', async () => {
    const h = await start();
    for (const response of [await h.call('GET', '/monitor/streams'), await h.call('GET', '/nope')]) {
      expect(response.headers.get('content-type')).toBe('application/json');
    }
  });

  it('refuses a malformed JSON body with 400 Invalid JSON and creates nothing', async () => {
    const h = await start();
    const response = await h.call('POST', '/monitor/streams/destinations', undefined, { raw: '{"label": ' });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ errors: [{ reason: 'Invalid JSON' }] });
    expect(h.emulator.snapshot().destinations).toEqual([]);
  });
});

describe('lists', () => {
  const seedDestinations = (n: number): SeedDestination[] =>
    Array.from({ length: n }, (_, i) => ({ ...objectStorageBody(`dest-${i}`), type: 'akamai_object_storage' as const }));

  it('answers an empty list with pages 0', async () => {
    const h = await start();
    for (const path of ['/monitor/streams', '/monitor/streams/destinations']) {
      expect((await h.call('GET', path)).body).toEqual({ data: [], page: 1, pages: 0, results: 0 });
    }
  });

  it('pages 1,200 destinations by 500 into 3 pages, sorted by id', async () => {
    const h = await start();
    h.emulator.seed({ destinations: seedDestinations(1200) });
    const pages = await Promise.all([1, 2, 3, 4].map((page) => h.call('GET', `/monitor/streams/destinations?page=${page}&page_size=500`)));
    expect(pages.map((p) => [p.body.page, p.body.pages, p.body.results, p.body.data.length])).toEqual([
      [1, 3, 1200, 500],
      [2, 3, 1200, 500],
      [3, 3, 1200, 200],
      [4, 3, 1200, 0],
    ]);
    const ids = pages.flatMap((p) => p.body.data.map((d: { id: number }) => d.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(1200);
  });

  it('defaults page_size to 100 and clamps it to 25..500', async () => {
    const h = await start();
    h.emulator.seed({ destinations: seedDestinations(600) });
    const sizes = async (query: string) => {
      const { body } = await h.call('GET', `/monitor/streams/destinations${query}`);
      return [body.data.length, body.pages];
    };
    expect(await sizes('')).toEqual([100, 6]);
    expect(await sizes('?page_size=10')).toEqual([25, 24]);
    expect(await sizes('?page_size=1000')).toEqual([500, 2]);
  });

  it('honours a smaller maxPageSize', async () => {
    const h = await start({ maxPageSize: 50 });
    h.emulator.seed({ destinations: seedDestinations(120) });
    const { body } = await h.call('GET', '/monitor/streams/destinations?page_size=500');
    expect([body.data.length, body.pages]).toEqual([50, 3]);
  });

  it('refuses a page that is not a positive integer', async () => {
    const h = await start();
    const response = await h.call('GET', '/monitor/streams?page=0&page_size=x');
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['page', 'page_size']);
  });

  it('filters by exact label with X-Filter', async () => {
    const h = await start();
    await createDestination(h, objectStorageBody('logs'));
    await createDestination(h, objectStorageBody('logs-2'));
    const response = await h.call('GET', '/monitor/streams/destinations', undefined, {
      headers: { 'X-Filter': JSON.stringify({ label: 'logs' }) },
    });
    expect(response.body.results).toBe(1);
    expect(response.body.data[0].label).toBe('logs');
    expect(h.emulator.requests.at(-1)?.filter).toBe('{"label":"logs"}');
  });

  it('refuses an X-Filter it does not support rather than ignoring it', async () => {
    const h = await start();
    for (const filter of ['{"label": {"+contains": "x"}}', '{"type": "custom_https"}', 'not json']) {
      const response = await h.call('GET', '/monitor/streams', undefined, { headers: { 'X-Filter': filter } });
      expect(response.status).toBe(400);
      expect(response.body.errors[0].field).toBe('X-Filter');
    }
  });
});

describe('request log', () => {
  it('records every API request in order, with the raw body, and not the control endpoints', async () => {
    const h = await start();
    const body = objectStorageBody();
    await h.call('POST', '/monitor/streams/destinations', body);
    await h.call('GET', '/monitor/streams/destinations?page=1&page_size=25', undefined, { version: 'v4beta' });
    await h.call('GET', '/monitor/streams', undefined, { token: 'nope' });
    await h.call('GET', '/missing');
    await h.control('GET', 'state');
    h.clock.advance(5);
    await h.call('PUT', '/monitor/streams/destinations/1000', undefined, { raw: 'not json' });

    expect(h.emulator.requests).toEqual([
      { method: 'POST', path: '/monitor/streams/destinations', query: {}, version: 'v4', body, status: 200, at: START, end: START },
      {
        method: 'GET',
        path: '/monitor/streams/destinations',
        query: { page: '1', page_size: '25' },
        version: 'v4beta',
        body: undefined,
        status: 200,
        at: START,
        end: START,
      },
      { method: 'GET', path: '/monitor/streams', query: {}, version: 'v4', body: undefined, status: 401, at: START, end: START },
      { method: 'GET', path: '/missing', query: {}, version: 'v4', body: undefined, status: 404, at: START, end: START },
      { method: 'PUT', path: '/monitor/streams/destinations/1000', query: {}, version: 'v4', body: 'not json', status: 400, at: START + 5, end: START + 5 },
    ]);
    // The log keeps secrets: tests assert exactly what was sent.
    expect(JSON.stringify(h.emulator.requests[0]?.body)).toContain('SECRET-access-key');
  });
});

describe('rate limits', () => {
  const WINDOW_END_S = Math.ceil(START / 60_000) * 60;

  it('sends X-RateLimit headers on every response, per category', async () => {
    const h = await start();
    const list = await h.call('GET', '/monitor/streams');
    const list2 = await h.call('GET', '/monitor/streams/destinations');
    const other = await h.call('GET', '/monitor/streams/2000');
    const unauthorised = await h.call('GET', '/monitor/streams', undefined, { token: null });
    expect([list, list2, other].map((r) => [r.headers.get('x-ratelimit-limit'), r.headers.get('x-ratelimit-remaining')])).toEqual([
      ['200', '199'],
      ['200', '198'],
      ['1600', '1599'],
    ]);
    for (const response of [list, other, unauthorised]) {
      expect(response.headers.get('x-ratelimit-reset')).toBe(String(WINDOW_END_S));
    }
  });

  it('answers 429 Too many requests with Retry-After over the limit, until the window resets', async () => {
    const h = await start({ rateLimit: { collectionGetsPerMinute: 2, otherPerMinute: 5 } });
    expect((await h.call('GET', '/monitor/streams')).status).toBe(200);
    expect((await h.call('GET', '/monitor/streams/destinations')).status).toBe(200);
    const limited = await h.call('GET', '/monitor/streams');
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ errors: [{ reason: API_REASONS.tooManyRequests }] });
    expect(limited.headers.get('retry-after')).toBe(String(WINDOW_END_S - Math.floor(START / 1000)));
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    // Other requests have their own budget; another token its own window.
    expect((await h.call('GET', '/monitor/streams/2000')).status).toBe(404);
    h.emulator.configure({ tokens: [TOKEN, 'second'] });
    expect((await h.call('GET', '/monitor/streams', undefined, { token: 'second' })).status).toBe(200);
    // A limited request does nothing.
    h.emulator.configure({ rateLimit: { otherPerMinute: 1 } });
    expect((await h.call('POST', '/monitor/streams/destinations', objectStorageBody())).status).toBe(429);
    expect(h.emulator.snapshot().destinations).toEqual([]);

    h.clock.advance(60_000);
    expect((await h.call('GET', '/monitor/streams')).status).toBe(200);
  });
});
