import { describe, expect, it } from 'vitest';
import { API_REASONS } from '../../src/linode/rules.js';
import { createDestination, objectStorageBody, start, streamBody } from './helpers.js';

const DESTINATIONS = '/monitor/streams/destinations';

describe('fault injection', () => {
  it('answers a fault status with its headers and the API error body, once by default', async () => {
    const h = await start();
    h.emulator.inject({ path: '^/monitor/streams$', status: 429, headers: { 'Retry-After': '2' } });
    const faulted = await h.call('GET', '/monitor/streams');
    expect(faulted.status).toBe(429);
    expect(faulted.headers.get('retry-after')).toBe('2');
    expect(faulted.body).toEqual({ errors: [{ reason: API_REASONS.tooManyRequests }] });
    expect((await h.call('GET', '/monitor/streams')).status).toBe(200);
    expect(h.emulator.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it('matches method and path (without version prefix), in order, for `times` requests', async () => {
    const h = await start();
    h.emulator.inject({ method: 'post', path: '^/monitor/streams/destinations$', status: 503, times: 2 });
    h.emulator.inject({ path: 'destinations', status: 502 });
    expect((await h.call('GET', DESTINATIONS, undefined, { version: 'v4beta' })).status).toBe(502);
    expect((await h.call('POST', DESTINATIONS, objectStorageBody())).status).toBe(503);
    expect((await h.call('POST', DESTINATIONS, objectStorageBody(), { version: 'v4beta' })).status).toBe(503);
    expect((await h.call('POST', DESTINATIONS, objectStorageBody())).status).toBe(200);
    expect(h.emulator.snapshot().destinations).toHaveLength(1);
  });

  it('serves a string body as text/html (a proxy error page)', async () => {
    const h = await start();
    const page = '<html><body><h1>502 Bad Gateway</h1></body></html>';
    h.emulator.inject({ status: 502, body: page });
    const response = await h.call('GET', '/monitor/streams');
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.body).toBe(page);
  });

  it('serves a JSON body as given', async () => {
    const h = await start();
    h.emulator.inject({ status: 500, body: { errors: [{ reason: 'Please try again' }] } });
    expect((await h.call('GET', '/monitor/streams')).body).toEqual({ errors: [{ reason: 'Please try again' }] });
  });

  it('cut before: the connection drops and nothing is created', async () => {
    const h = await start();
    h.emulator.inject({ method: 'POST', cut: 'before' });
    await expect(h.call('POST', DESTINATIONS, objectStorageBody())).rejects.toThrow();
    expect(h.emulator.snapshot().destinations).toEqual([]);
    expect(h.emulator.requests).toMatchObject([{ method: 'POST', path: DESTINATIONS, status: 0, body: objectStorageBody() }]);
  });

  it('cut after: the connection drops but the resource IS created', async () => {
    const h = await start();
    const destination = await createDestination(h);
    h.emulator.inject({ method: 'POST', path: '^/monitor/streams$', cut: 'after' });
    await expect(h.call('POST', '/monitor/streams', streamBody(destination))).rejects.toThrow();
    expect(h.emulator.snapshot().streams.map((s) => s.label)).toEqual(['audit-stream']);
    expect(h.emulator.requests.at(-1)?.status).toBe(0);
    // The client re-finds it by label.
    const refound = await h.call('GET', '/monitor/streams', undefined, { headers: { 'X-Filter': '{"label":"audit-stream"}' } });
    expect(refound.body.results).toBe(1);
  });

  it('headers alone are added to the real answer (e.g. garbage rate-limit headers)', async () => {
    const h = await start();
    h.emulator.inject({ headers: { 'X-RateLimit-Remaining': 'lots', 'Retry-After': 'soon' } });
    const response = await h.call('GET', '/monitor/streams');
    expect(response.status).toBe(200);
    expect(response.body.results).toBe(0);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('lots');
    expect(response.headers.get('retry-after')).toBe('soon');
  });

  it('latency alone delays a normal answer', async () => {
    const h = await start();
    h.emulator.inject({ latencyMs: 20 });
    const response = await h.call('GET', '/monitor/streams');
    expect(response.status).toBe(200);
    expect(response.body.results).toBe(0);
  });

  it('clearFaults disarms every fault', async () => {
    const h = await start();
    h.emulator.inject({ status: 500, times: 10 });
    h.emulator.clearFaults();
    expect((await h.call('GET', '/monitor/streams')).status).toBe(200);
  });

  it.each([
    [{ path: '(' }, /regex/],
    [{ times: 0 }, /times/],
    [{ status: 42 }, /status/],
    [{ cut: 'middle' }, /cut/],
    [{ headers: { a: 1 } }, /headers/],
    [{ colour: 'red' }, /unknown/],
  ])('refuses a bad fault %j', async (fault, message) => {
    const h = await start();
    expect(() => h.emulator.inject(fault as never)).toThrow(message);
  });
});
