import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { isLinodeApiError, LinodeApiError } from '../../src/linode/errors.js';
import { createLinodeClient, fetchLiveState, labelFilter, type LinodeClientOptions, type LogsApi } from '../../src/linode/logs-client.js';
import { RetryBudget } from '../../src/linode/retry-policy.js';
import type { LiveDestination, LiveStream, StreamBody, StreamUpdateBody } from '../../src/linode/types.js';
import { barrier, json, page, startServer, type Handler, type TestServer } from './test-server.js';

const TOKEN = 'tok-7f3a9c0d1e2b4a5f-very-secret';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Handler): Promise<TestServer> {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

interface Harness {
  api: LogsApi;
  delays: number[];
  retryLines: string[];
  debugLines: string[];
}

function client(server: TestServer, overrides: Partial<LinodeClientOptions> = {}): Harness {
  const delays: number[] = [];
  const retryLines: string[] = [];
  const debugLines: string[] = [];
  const api = createLinodeClient({
    token: TOKEN,
    apiUrl: server.url,
    onRetry: (line) => retryLines.push(line),
    debug: (line) => debugLines.push(line),
    sleep: async (ms) => {
      delays.push(ms);
    },
    random: () => 0.5,
    ...overrides,
  });
  return { api, delays, retryLines, debugLines };
}

async function failure(promise: Promise<unknown>): Promise<LinodeApiError> {
  try {
    await promise;
  } catch (error) {
    expect(isLinodeApiError(error)).toBe(true);
    return error as LinodeApiError;
  }
  throw new Error('expected the call to fail');
}

function audit(): { created: string; created_by: string; updated: string; updated_by: string } {
  return { created: '2025-01-01T00:00:00', created_by: 'ci', updated: '2025-01-01T00:00:00', updated_by: 'ci' };
}

function destination(id: number, label = `dest-${id}`): LiveDestination {
  return { id, label, type: 'custom_https', details: { endpoint_url: 'https://logs.example.com' }, version: 1, ...audit() };
}

function stream(id: number, label = `stream-${id}`): LiveStream {
  return {
    id,
    label,
    type: 'audit_logs',
    status: 'provisioning',
    destinations: [destination(1)],
    details: null,
    version: 1,
    ...audit(),
  };
}

const streamBody: StreamBody = { label: 'audit', type: 'audit_logs', status: 'active', destinations: [1] };

/**
 * A tiny emulator of the streams collection: POST creates, GET lists with X-Filter by label.
 * `onPost` decides what happens to each POST: act and answer, act then misbehave, or misbehave
 * before acting.
 */
function streamsCollection(onPost: (attempt: number) => 'ok' | 'create-then-cut' | 'cut-before' | 'create-then-503' | '500-before') {
  const streams: LiveStream[] = [];
  let posts = 0;
  let nextId = 100;
  const handler: Handler = (req) => {
    if (req.method === 'POST' && req.path === '/v4/monitor/streams') {
      posts += 1;
      const mode = onPost(posts);
      if (mode === 'cut-before') return 'cut';
      if (mode === '500-before') return json(500, { errors: [{ reason: 'Internal error' }] });
      const body = JSON.parse(req.body) as StreamBody;
      const created = stream(nextId++, body.label);
      streams.push(created);
      if (mode === 'create-then-cut') return 'cut';
      if (mode === 'create-then-503') return { status: 503, text: 'upstream busy' };
      return json(200, created);
    }
    if (req.method === 'GET' && req.path === '/v4/monitor/streams') {
      const filter = req.headers['x-filter'];
      const label = typeof filter === 'string' ? (JSON.parse(filter) as { label?: string }).label : undefined;
      const data = streams.filter((s) => label === undefined || s.label === label);
      return page(data, 1, data.length === 0 ? 0 : 1, data.length);
    }
    return json(404, { errors: [{ reason: 'Not found' }] });
  };
  return { handler, streams, posts: () => posts };
}

describe('createLinodeClient: configuration', () => {
  it('refuses plain http to a non-loopback host before sending anything', () => {
    expect(() => createLinodeClient({ token: TOKEN, apiUrl: 'http://api.linode.com' })).toThrow(
      'api-url must use https (http is allowed only for loopback, e.g. the emulator)',
    );
  });

  it('accepts https and loopback http', () => {
    expect(() => createLinodeClient({ token: TOKEN })).not.toThrow();
    expect(() => createLinodeClient({ token: TOKEN, apiUrl: 'http://localhost:8080/' })).not.toThrow();
  });

  it('refuses an empty token or one with whitespace inside, without echoing it', () => {
    expect(() => createLinodeClient({ token: '  ' })).toThrow('token is empty');
    let message = '';
    try {
      createLinodeClient({ token: 'abc def-secret-part' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('non-printable');
    expect(message).not.toContain('secret-part');
  });

  it('refuses an unknown api version', () => {
    expect(() => createLinodeClient({ token: TOKEN, apiVersion: 'v5' as 'v4' })).toThrow('api-version must be v4 or v4beta');
  });
});

describe('createLinodeClient: requests', () => {
  it('sends the bearer token, user agent and JSON headers, and logs method, path, status and time', async () => {
    const server = await serve(() => json(200, stream(7), { 'x-request-id': 'req-123' }));
    const h = client(server);
    const got = await h.api.getStream(7);
    expect(got.id).toBe(7);
    const seen = server.requests[0];
    expect(seen?.method).toBe('GET');
    expect(seen?.url).toBe('/v4/monitor/streams/7');
    expect(seen?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(seen?.headers['user-agent']).toBe('linode-log-streams-action');
    expect(seen?.headers.accept).toBe('application/json');
    expect(h.debugLines).toHaveLength(1);
    expect(h.debugLines[0]).toMatch(/^GET \/v4\/monitor\/streams\/7 → 200 \(\d+ ms\) request-id req-123$/);
  });

  it('sends bodies as JSON to the v4beta paths when asked', async () => {
    const server = await serve((req) => json(200, { ...destination(3), label: (JSON.parse(req.body) as { label: string }).label }));
    const h = client(server, { apiVersion: 'v4beta' });
    await h.api.updateDestination(3, { label: 'siem', details: { endpoint_url: 'https://x.example' } }, 1);
    const seen = server.requests[0];
    expect(seen?.method).toBe('PUT');
    expect(seen?.path).toBe('/v4beta/monitor/streams/destinations/3');
    expect(seen?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(seen?.body ?? '')).toEqual({ label: 'siem', details: { endpoint_url: 'https://x.example' } });
  });

  it('does not follow a redirect, so the token never reaches another host', async () => {
    const elsewhere = await serve(() => json(200, stream(1)));
    const server = await serve(() => ({ status: 302, headers: { location: `${elsewhere.url}/v4/monitor/streams/1` } }));
    const h = client(server);
    const error = await failure(h.api.getStream(1));
    expect(error.status).toBe(302);
    expect(error.message).toContain('redirect');
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('rejects ids that are not positive integers without sending', async () => {
    const server = await serve(() => json(200, stream(1)));
    const h = client(server);
    await expect(h.api.getStream(1.5)).rejects.toThrow('invalid Linode resource id');
    expect(server.requests).toHaveLength(0);
  });
});

describe('createLinodeClient: pagination', () => {
  it('fetches page 1, then pages 2 and 3 concurrently, with page_size=500, in page order', async () => {
    const both = barrier(2);
    const inFlightTogether: boolean[] = [];
    const server = await serve(async (req) => {
      const n = Number(req.query.get('page'));
      if (n === 1) return page([stream(1), stream(2)], 1, 3, 6);
      // Pages 2 and 3 answer only once both have arrived; a sequential client would time out here.
      inFlightTogether.push(await both.arrive());
      // Page 3 answers first, to show the result keeps page order anyway.
      if (n === 2) await new Promise((resolve) => setTimeout(resolve, 20));
      return page([stream(n * 10), stream(n * 10 + 1)], n, 3, 6);
    });
    const h = client(server);
    const streams = await h.api.listStreams();
    expect(streams.map((s) => s.id)).toEqual([1, 2, 20, 21, 30, 31]);
    expect(server.requests.map((r) => r.query.get('page_size'))).toEqual(['500', '500', '500']);
    expect(server.requests[0]?.query.get('page')).toBe('1');
    expect(
      server.requests
        .slice(1)
        .map((r) => r.query.get('page'))
        .sort(),
    ).toEqual(['2', '3']);
    expect(inFlightTogether).toEqual([true, true]);
    expect(h.debugLines[0]).toMatch(/^GET \/v4\/monitor\/streams\?page=1&page_size=500 → 200 \(\d+ ms\)$/);
  });

  it('returns an empty list for pages: 0 after one request', async () => {
    const server = await serve(() => page([], 1, 0, 0));
    const h = client(server);
    expect(await h.api.listDestinations()).toEqual([]);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.path).toBe('/v4/monitor/streams/destinations');
  });

  it('paginates history endpoints the same way', async () => {
    const server = await serve((req) => {
      const n = Number(req.query.get('page'));
      return page([{ ...destination(4), version: n }], n, 2, 2);
    });
    const h = client(server);
    const history = await h.api.destinationHistory(4);
    expect(history.map((d) => d.version)).toEqual([1, 2]);
    expect(server.requests.map((r) => r.path)).toEqual(['/v4/monitor/streams/destinations/4/history', '/v4/monitor/streams/destinations/4/history']);
  });

  it('reports a malformed page envelope as an API error without the body', async () => {
    const server = await serve(() => json(200, { data: 'nope', pages: 1 }));
    const error = await failure(client(server).api.listStreams());
    expect(error.message).toBe('GET /v4/monitor/streams returned an unexpected page: "data" is not an array');
  });

  it('fetchLiveState lists destinations and streams at the same time', async () => {
    const both = barrier(2);
    const together: boolean[] = [];
    const server = await serve(async (req) => {
      together.push(await both.arrive());
      return req.path.endsWith('/destinations') ? page([destination(1)], 1, 1, 1) : page([stream(2)], 1, 1, 1);
    });
    const live = await fetchLiveState(client(server).api);
    expect(live.destinations.map((d) => d.id)).toEqual([1]);
    expect(live.streams.map((s) => s.id)).toEqual([2]);
    expect(together).toEqual([true, true]);
  });
});

describe('createLinodeClient: retries', () => {
  /** Answers the scripted replies in order, then 200 with an empty page. */
  function script(...replies: Array<ReturnType<Handler>>): Handler {
    let i = 0;
    return () => replies[i++] ?? page([], 1, 0, 0);
  }

  it('honours Retry-After on 429 and says so once per retry', async () => {
    const server = await serve(script(json(429, { errors: [{ reason: 'Too many requests' }] }, { 'retry-after': '2' })));
    const h = client(server);
    expect(await h.api.listStreams()).toEqual([]);
    expect(h.delays).toEqual([2000]);
    expect(h.retryLines).toEqual(['GET /monitor/streams: 429 Too Many Requests, retrying in 2.0 s (attempt 2)']);
    expect(server.requests).toHaveLength(2);
  });

  it('uses X-RateLimit-Reset (epoch seconds) when there is no Retry-After', async () => {
    const reset = Math.floor(Date.now() / 1000) + 5;
    const server = await serve(script(json(429, {}, { 'x-ratelimit-reset': String(reset) })));
    const h = client(server);
    await h.api.listStreams();
    expect(h.delays).toHaveLength(1);
    expect(h.delays[0]).toBeGreaterThan(3_000);
    expect(h.delays[0]).toBeLessThanOrEqual(5_000);
  });

  it('backs off, not retries back-to-back, when X-RateLimit-Reset is already past (clock skew)', async () => {
    const past = String(Math.floor(Date.now() / 1000) - 600);
    const tooMany = json(429, {}, { 'x-ratelimit-reset': past });
    const server = await serve(script(tooMany, tooMany, tooMany));
    const h = client(server);
    await h.api.listStreams();
    expect(h.delays).toEqual([500, 1000, 2000]);
  });

  it('backs off exponentially with full jitter when the server names no wait', async () => {
    const tooMany = json(429, {});
    const server = await serve(script(tooMany, tooMany, tooMany));
    const h = client(server);
    await h.api.listStreams();
    // random() = 0.5 of a ceiling of 1 s, 2 s, 4 s.
    expect(h.delays).toEqual([500, 1000, 2000]);
  });

  it('clamps a huge Retry-After to 60 s and ignores garbage ones', async () => {
    const server = await serve(
      script(
        json(429, {}, { 'retry-after': '86400' }),
        json(429, {}, { 'retry-after': 'soon', 'x-ratelimit-reset': 'whenever' }),
        json(429, {}, { 'retry-after': '-7' }),
      ),
    );
    const h = client(server, { maxRetryTimeMs: 300_000 });
    await h.api.listStreams();
    expect(h.delays).toEqual([60_000, 1000, 0]);
  });

  it('retries 503, 408, 502 and 504 for GET, PUT and DELETE', async () => {
    const server = await serve(script({ status: 503, text: 'busy' }, { status: 408, text: '' }, { status: 502, text: '' }, { status: 504, text: '' }));
    const h = client(server);
    await h.api.listStreams();
    expect(server.requests).toHaveLength(5);
    expect(h.retryLines.map((l) => l.split(',')[0])).toEqual([
      'GET /monitor/streams: 503 Service Unavailable',
      'GET /monitor/streams: 408 Request Timeout',
      'GET /monitor/streams: 502 Bad Gateway',
      'GET /monitor/streams: 504 Gateway Timeout',
    ]);
  });

  it('after a 503 on a PUT reads the resource back, and sends the PUT again when it was not applied', async () => {
    // Like a create, an update is never blindly repeated: the 503 might have come after it was applied.
    const server = await serve(script({ status: 503, text: '' }, json(200, destination(2)), json(200, destination(2))));
    const h = client(server);
    const updated = await h.api.updateDestination(2, { label: 'dest-2', details: {} }, 1);
    expect(updated.id).toBe(2);
    expect(server.requests.map((r) => r.method)).toEqual(['PUT', 'GET', 'PUT']);
  });

  it('does not retry a 500 on GET', async () => {
    const server = await serve(script(json(500, { errors: [{ reason: 'Internal error' }] })));
    const h = client(server);
    const error = await failure(h.api.listStreams());
    expect(error.status).toBe(500);
    expect(server.requests).toHaveLength(1);
    expect(h.delays).toEqual([]);
  });

  it('retries a GET whose connection was reset', async () => {
    const server = await serve(script('cut', json(200, stream(9))));
    const h = client(server);
    expect((await h.api.getStream(9)).id).toBe(9);
    expect(h.retryLines).toHaveLength(1);
    expect(h.retryLines[0]).toMatch(/^GET \/monitor\/streams\/9: connection reset \(ECONNRESET\), retrying in 0\.5 s \(attempt 2\)$/);
  });

  it('retries a DELETE that timed out', async () => {
    const server = await serve(script('hang', json(200, {})));
    const h = client(server, { timeoutMs: 100 });
    await h.api.deleteStream(4);
    expect(server.requests.map((r) => r.method)).toEqual(['DELETE', 'DELETE']);
    expect(h.retryLines[0]).toContain('no response within 0.1 s');
  });

  it('gives up with a clear error when the retry budget is spent', async () => {
    const server = await serve(() => ({ status: 503, text: '', headers: { 'retry-after': '2' } }));
    const h = client(server, { maxRetryTimeMs: 5_000, timeoutMs: 500 });
    const error = await failure(h.api.listStreams());
    expect(h.delays).toEqual([2000, 2000]);
    expect(server.requests).toHaveLength(3);
    expect(error.status).toBe(503);
    expect(error.attempts).toBe(3);
    expect(error.message).toMatch(
      /^GET \/v4\/monitor\/streams failed \(503\): Service Unavailable; gave up after 3 attempts over 4\.\d s \(the run's retry budget of 5\.0 s would be exceeded\)$/,
    );
  });

  it('shares one retry budget between the calls of a run', async () => {
    const server = await serve(() => ({ status: 503, text: '', headers: { 'retry-after': '2' } }));
    const h = client(server, { maxRetryTimeMs: 5_000, timeoutMs: 500 });
    await failure(h.api.listStreams());
    expect(h.delays).toEqual([2000, 2000]);
    // The first call used 4 s of the 5 s: the next call's first retry (2 s + 0.5 s) does not fit.
    const second = await failure(h.api.getStream(7));
    expect(second.attempts).toBe(1);
    expect(second.message).toContain("the run's retry budget of 5.0 s would be exceeded");
    expect(h.delays).toEqual([2000, 2000]);
    expect(server.requests).toHaveLength(4);
  });

  it('shares a budget between clients given the same one', async () => {
    const server = await serve(() => ({ status: 503, text: '', headers: { 'retry-after': '2' } }));
    const retryBudget = new RetryBudget(5_000);
    const first = client(server, { retryBudget, timeoutMs: 500 });
    const second = client(server, { retryBudget, timeoutMs: 500 });
    await failure(first.api.listStreams());
    await failure(second.api.listDestinations());
    expect([...first.delays, ...second.delays]).toEqual([2000, 2000]);
  });

  it("counts the next attempt's own timeout: no retry whose answer could come after the budget", async () => {
    const server = await serve(() => ({ status: 503, text: '', headers: { 'retry-after': '2' } }));
    const h = client(server, { maxRetryTimeMs: 5_000, timeoutMs: 3_000 });
    await failure(h.api.listStreams());
    // 2 s + 3 s fits in 5 s; a second retry (4 s + 3 s) would not.
    expect(h.delays).toEqual([2000]);
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry a refused connection, and names the host in a status-0 error', async () => {
    const server = await serve(() => json(200, {}));
    const url = server.url;
    await server.close();
    servers.splice(servers.indexOf(server), 1);
    const h = client({ ...server, url });
    const error = await failure(h.api.listStreams());
    expect(error.status).toBe(0);
    expect(error.code).toBe('ECONNREFUSED');
    expect(error.message).toBe(`GET /v4/monitor/streams failed: ${url.replace('http://', '')}: connection refused (ECONNREFUSED)`);
    expect(h.delays).toEqual([]);
  });
});

describe('createLinodeClient: creates never blindly re-POST', () => {
  it('retries a POST after 429 without re-listing (the server did not act)', async () => {
    const collection = streamsCollection(() => 'ok');
    let first = true;
    const server = await serve((req) => {
      if (req.method === 'POST' && first) {
        first = false;
        return json(429, {}, { 'retry-after': '1' });
      }
      return collection.handler(req);
    });
    const h = client(server);
    const created = await h.api.createStream(streamBody);
    expect(created.label).toBe('audit');
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'POST']);
    expect(h.delays).toEqual([1000]);
  });

  it('after a 503 on POST re-lists by label and adopts what the POST created', async () => {
    const collection = streamsCollection(() => 'create-then-503');
    const server = await serve(collection.handler);
    const h = client(server);
    const created = await h.api.createStream(streamBody);
    expect(collection.posts()).toBe(1);
    expect(collection.streams).toHaveLength(1);
    expect(created).toEqual(collection.streams[0]);
    const relist = server.requests[1];
    expect(relist?.method).toBe('GET');
    expect(relist?.headers['x-filter']).toBe('{"label":"audit"}');
    expect(h.retryLines.at(-1)).toBe('POST /monitor/streams: adopted "audit" (id 100), created by the interrupted request');
  });

  it('when the server creates then cuts the connection, ends with exactly one resource and returns it', async () => {
    const collection = streamsCollection(() => 'create-then-cut');
    const server = await serve(collection.handler);
    const h = client(server);
    const created = await h.api.createStream(streamBody);
    expect(collection.posts()).toBe(1);
    expect(collection.streams).toHaveLength(1);
    expect(created.id).toBe(collection.streams[0]?.id);
  });

  it('when the connection was cut before the server acted, finds nothing and POSTs again: exactly one', async () => {
    const collection = streamsCollection((n) => (n === 1 ? 'cut-before' : 'ok'));
    const server = await serve(collection.handler);
    const h = client(server);
    const created = await h.api.createStream(streamBody);
    expect(collection.posts()).toBe(2);
    expect(collection.streams).toHaveLength(1);
    expect(created.id).toBe(collection.streams[0]?.id);
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'GET', 'POST']);
    expect(h.delays).toEqual([500]);
  });

  it('after a 500 on POST with nothing created, reports the 500 and does not POST again', async () => {
    const collection = streamsCollection(() => '500-before');
    const server = await serve(collection.handler);
    const error = await failure(client(server).api.createStream(streamBody));
    expect(error.status).toBe(500);
    expect(collection.posts()).toBe(1);
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
  });

  it('does not retry a 400 and maps reasons and fields', async () => {
    const server = await serve(() => json(400, { errors: [{ reason: 'Destination not found', field: 'destination' }] }));
    const error = await failure(client(server).api.createStream(streamBody));
    expect(error).toBeInstanceOf(LinodeApiError);
    expect(error.status).toBe(400);
    expect(error.method).toBe('POST');
    expect(error.path).toBe('/v4/monitor/streams');
    expect(error.reasons).toEqual([{ reason: 'Destination not found', field: 'destination' }]);
    expect(error.message).toBe('POST /v4/monitor/streams failed (400): Destination not found [destination]');
    expect(server.requests).toHaveLength(1);
  });

  it('gives up on a POST that keeps failing, saying nothing was created', async () => {
    const server = await serve((req) => (req.method === 'POST' ? 'cut' : page([], 1, 0, 0)));
    const h = client(server, { maxRetryTimeMs: 3_000, timeoutMs: 500 });
    const error = await failure(h.api.createDestination({ label: 'siem', type: 'custom_https', details: {} }));
    expect(error.status).toBe(0);
    expect(error.message).toContain('nothing named "siem" was created');
    const posts = server.requests.filter((r) => r.method === 'POST').length;
    const gets = server.requests.filter((r) => r.method === 'GET').length;
    expect(gets).toBe(posts);
    expect(h.delays).toEqual([500, 1000]);
  });
});

describe('createLinodeClient: updates never blindly re-PUT', () => {
  const STREAM_PUT: StreamUpdateBody = { label: 'audit', status: 'active', destinations: [8] };

  /** One stream (#5, version 1) that a PUT changes; `fault` decides what the client hears of each PUT. */
  function streamResource(fault: (put: number) => 'cut-after' | 'cut-before' | 'ok' | 'unable') {
    let current: LiveStream = { ...stream(5, 'audit'), status: 'active', destinations: [destination(1)] };
    let puts = 0;
    const handler: Handler = (req) => {
      if (req.method === 'GET') return json(200, current);
      puts += 1;
      const what = fault(puts);
      if (what === 'cut-before') return 'cut';
      // The API: a stream in a transitional state refuses PUT.
      if (current.status === 'provisioning') return json(400, { errors: [{ reason: 'Unable to edit Stream at this time' }] });
      if (what === 'unable') return json(400, { errors: [{ reason: 'Unable to edit Stream at this time' }] });
      const sent = JSON.parse(req.body) as StreamUpdateBody;
      const repointed = sent.destinations[0] !== current.destinations[0]?.id;
      current = {
        ...current,
        label: sent.label,
        destinations: [destination(sent.destinations[0]!)],
        status: repointed ? 'provisioning' : sent.status,
        version: current.version + 1,
      };
      return what === 'cut-after' ? 'cut' : json(200, current);
    };
    return { handler, puts: () => puts, current: () => current };
  }

  it('when the server repoints the stream then the connection is cut, reads it back and counts it as applied', async () => {
    const resource = streamResource((n) => (n === 1 ? 'cut-after' : 'ok'));
    const server = await serve(resource.handler);
    const h = client(server);
    const updated = await h.api.updateStream(5, { ...STREAM_PUT, destinations: [8] }, 1);
    // A second PUT would have been refused: the stream is provisioning now.
    expect(resource.puts()).toBe(1);
    expect(updated).toMatchObject({ id: 5, version: 2, status: 'provisioning', destinations: [{ id: 8 }] });
    expect(server.requests.map((r) => r.method)).toEqual(['PUT', 'GET']);
    expect(h.retryLines).toEqual([
      'PUT /monitor/streams/5: connection reset (ECONNRESET), the update may have been applied; reading it back in 0.5 s',
      'PUT /monitor/streams/5: the interrupted update was applied (version 1 → 2)',
    ]);
  });

  it('when the connection was cut before the server acted, finds it unchanged and sends the PUT again', async () => {
    const resource = streamResource((n) => (n === 1 ? 'cut-before' : 'ok'));
    const server = await serve(resource.handler);
    const h = client(server);
    const updated = await h.api.updateStream(5, { ...STREAM_PUT, destinations: [8] }, 1);
    expect(server.requests.map((r) => r.method)).toEqual(['PUT', 'GET', 'PUT']);
    expect(updated.version).toBe(2);
    expect(h.retryLines.at(-1)).toBe('PUT /monitor/streams/5: the update was not applied; sending it again (attempt 2)');
  });

  it("does not take someone else's edit for its own: a moved version with other fields is sent again", async () => {
    let puts = 0;
    const server = await serve((req) => {
      if (req.method === 'GET') return json(200, { ...stream(5, 'audit'), status: 'active', version: 2, destinations: [destination(9)] });
      return ++puts === 1 ? 'cut' : json(200, { ...stream(5, 'audit'), version: 3 });
    });
    const h = client(server);
    await h.api.updateStream(5, { ...STREAM_PUT, destinations: [8] }, 1);
    expect(server.requests.map((r) => r.method)).toEqual(['PUT', 'GET', 'PUT']);
  });

  it('counts a destination update applied when its version moved and every field but the secrets matches', async () => {
    const sent = {
      label: 'siem',
      details: {
        endpoint_url: 'https://siem.example.com',
        authentication: { type: 'basic', details: { basic_authentication_user: 'u', basic_authentication_password: 'pw' } },
        custom_headers: [{ name: 'X-Tenant', value: 'tenant' }],
      },
    };
    // What the API returns: the same, without the write-only values.
    const stored = {
      ...destination(3, 'siem'),
      version: 4,
      details: {
        endpoint_url: 'https://siem.example.com',
        authentication: { type: 'basic', details: { basic_authentication_user: 'u' } },
        custom_headers: [{ name: 'X-Tenant' }],
      },
    };
    const server = await serve((req) => (req.method === 'PUT' ? 'cut' : json(200, stored)));
    const h = client(server);
    expect(await h.api.updateDestination(3, sent, 3)).toEqual(stored);
    expect(server.requests.map((r) => r.method)).toEqual(['PUT', 'GET']);
  });

  it('after a 500 on a PUT that was not applied, reports the 500 and does not PUT again', async () => {
    const server = await serve((req) => (req.method === 'PUT' ? json(500, { errors: [{ reason: 'Internal error' }] }) : json(200, destination(2))));
    const h = client(server);
    const error = await failure(h.api.updateDestination(2, { label: 'dest-2', details: { endpoint_url: 'https://other.example' } }, 1));
    expect(error.status).toBe(500);
    expect(server.requests.map((r) => r.method)).toEqual(['PUT', 'GET']);
  });

  it('does not read back after a refusal (4xx): nothing was applied', async () => {
    const resource = streamResource(() => 'unable');
    const server = await serve(resource.handler);
    const error = await failure(client(server).api.updateStream(5, { ...STREAM_PUT, destinations: [8] }, 1));
    expect(error.status).toBe(400);
    expect(server.requests.map((r) => r.method)).toEqual(['PUT']);
  });

  it('retries a 429 on a PUT without reading back (the server did not act)', async () => {
    let puts = 0;
    const server = await serve((req) => (req.method === 'PUT' && ++puts === 1 ? json(429, {}, { 'retry-after': '1' }) : json(200, destination(2))));
    const h = client(server);
    await h.api.updateDestination(2, { label: 'dest-2', details: {} }, 1);
    expect(server.requests.map((r) => r.method)).toEqual(['PUT', 'PUT']);
  });

  it("resolves a DELETE whose connection was cut after the server deleted: the retry's 404 means done", async () => {
    let deleted = false;
    const server = await serve(() => {
      if (deleted) return json(404, { errors: [{ reason: 'Not found' }] });
      deleted = true;
      return 'cut';
    });
    const h = client(server);
    await expect(h.api.deleteStream(6)).resolves.toBeUndefined();
    expect(server.requests.map((r) => r.method)).toEqual(['DELETE', 'DELETE']);
  });
});

describe('createLinodeClient: errors', () => {
  it('never includes an HTML error page', async () => {
    const html = '<html><body><h1>500 Internal Server Error</h1><p>nginx secret stack</p></body></html>';
    const server = await serve(() => ({ status: 500, text: html, headers: { 'content-type': 'text/html' } }));
    const error = await failure(client(server).api.listStreams());
    expect(error.message).toBe(`GET /v4/monitor/streams failed (500): Internal Server Error (non-JSON response, ${html.length} bytes)`);
    expect(error.message).not.toContain('nginx');
    expect(inspect(error)).not.toContain('nginx');
  });

  it('hints at the other API version on a 404 from a collection path', async () => {
    const server = await serve(() => json(404, { errors: [{ reason: 'Not found' }] }));
    const onV4 = await failure(client(server).api.listStreams());
    expect(onV4.message).toBe('GET /v4/monitor/streams failed (404): Not found — the Logs endpoints may be on the other API version: try api-version: v4beta');
    const onBeta = await failure(client(server, { apiVersion: 'v4beta' }).api.createDestination({ label: 'x', type: 'custom_https', details: {} }));
    expect(onBeta.message).toContain('try api-version: v4');
    expect(onBeta.message).not.toContain('v4beta:');
    const single = await failure(client(server).api.getStream(8));
    expect(single.message).toBe('GET /v4/monitor/streams/8 failed (404): Not found');
  });

  it('explains 401 and 403', async () => {
    const server = await serve((req) =>
      req.path.endsWith('/1') ? json(401, { errors: [{ reason: 'Invalid Token' }] }) : json(403, { errors: [{ reason: 'Unauthorized' }] }),
    );
    const h = client(server);
    const unauthorised = await failure(h.api.getStream(1));
    expect(unauthorised.message).toContain('failed (401): Invalid Token');
    expect(unauthorised.message).toContain('token is invalid or expired');
    expect(unauthorised.message).toContain('`token` input from a secret');
    const forbidden = await failure(h.api.getStream(2));
    expect(forbidden.message).toContain('failed (403): Unauthorized');
    expect(forbidden.message).toContain('monitor:read_write');
    expect(forbidden.message).toContain('Logs feature');
  });

  it('resolves a DELETE answered 404 (already gone), also after a retry', async () => {
    let calls = 0;
    const server = await serve(() => (++calls === 1 ? { status: 503, text: '' } : json(404, { errors: [{ reason: 'Not found' }] })));
    const h = client(server);
    await expect(h.api.deleteDestination(5)).resolves.toBeUndefined();
    await expect(h.api.deleteStream(6)).resolves.toBeUndefined();
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'DELETE /v4/monitor/streams/destinations/5',
      'DELETE /v4/monitor/streams/destinations/5',
      'DELETE /v4/monitor/streams/6',
    ]);
  });

  it('rejects a DELETE refused for a reason', async () => {
    const reason = 'Unable to delete Destination attached to active or inactive Stream';
    const server = await serve(() => json(409, { errors: [{ reason }] }));
    const error = await failure(client(server).api.deleteDestination(5));
    expect(error.reasons).toEqual([{ reason }]);
  });

  it('never prints the token: errors, their properties, debug and retry lines', async () => {
    const replies: Array<() => ReturnType<Handler>> = [
      () => json(429, {}, { 'retry-after': '1' }),
      () => 'cut',
      // A server that echoes the credential back in its error text.
      () => json(401, { errors: [{ reason: `Invalid Token: Bearer ${TOKEN}`, field: TOKEN }] }),
    ];
    let i = 0;
    const server = await serve(() => (replies[i++] ?? (() => json(500, {})))());
    const h = client(server);
    const error = await failure(h.api.listStreams());
    expect(error.status).toBe(401);
    const refused = await failure(client({ ...server, url: 'http://127.0.0.1:1' }).api.createStream(streamBody));
    const printed = [
      error.message,
      inspect(error, { depth: 10, showHidden: true }),
      JSON.stringify(error),
      refused.message,
      inspect(refused, { depth: 10, showHidden: true }),
      ...h.debugLines,
      ...h.retryLines,
    ];
    expect(h.debugLines.length).toBeGreaterThan(2);
    expect(h.retryLines.length).toBe(2);
    for (const text of printed) expect(text).not.toContain(TOKEN);
    expect(error.message).toContain('[redacted]');
  });
});

describe('labelFilter', () => {
  it('is JSON with non-ASCII escaped, so it is a valid header value', () => {
    expect(labelFilter('audit')).toBe('{"label":"audit"}');
    expect(labelFilter('prüfung "x"')).toBe('{"label":"pr\\u00fcfung \\"x\\""}');
    expect(JSON.parse(labelFilter('prüfung'))).toEqual({ label: 'prüfung' });
  });
});
