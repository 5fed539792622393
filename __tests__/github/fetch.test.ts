import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetch } from '../../src/github/fetch.js';

/** What the server saw: method, path, authorization header, body. */
const seen: string[] = [];
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? '-'} ${body || '-'}`);
      const send = (status: number, headers: Record<string, string>, text = '') => {
        res.writeHead(status, headers);
        res.end(text);
      };
      if (req.url === '/moved') return send(301, { Location: '/repos/new' });
      if (req.url === '/elsewhere') return send(302, { Location: 'http://127.0.0.2:1/steal' });
      if (req.url === '/created') return send(303, { Location: '/repos/new' });
      if (req.url === '/loop') return send(307, { Location: '/loop' });
      send(200, { 'Content-Type': 'application/json', 'X-Two': 'a' }, JSON.stringify({ path: req.url }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the fetch Octokit gets (node http, no undici)', () => {
  const fetch = createFetch();

  it('answers with the status, the headers (lower case, iterable and by name) and the body', async () => {
    const res = await fetch(`${base}/repos/x`, { headers: { authorization: 'token t' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect([...res.headers].some(([name, value]) => name === 'x-two' && value === 'a')).toBe(true);
    expect(await res.json()).toEqual({ path: '/repos/x' });
  });

  it('follows a redirect on the same host, with the token, and says where it ended', async () => {
    seen.length = 0;
    const res = await fetch(`${base}/moved`, { headers: { authorization: 'token t' } });
    expect(res.url).toBe(`${base}/repos/new`);
    expect(seen).toEqual(['GET /moved token t -', 'GET /repos/new token t -']);
  });

  it('does not follow a redirect to another host: the token stays on the API host', async () => {
    const res = await fetch(`${base}/elsewhere`, { headers: { authorization: 'token t' } });
    expect(res.status).toBe(302);
  });

  it('turns a POST answered 303 into a GET without the body, and stops after a few redirects', async () => {
    seen.length = 0;
    await fetch(`${base}/created`, { method: 'POST', body: '{"a":1}' });
    expect(seen).toEqual(['POST /created - {"a":1}', 'GET /repos/new - -']);
    expect((await fetch(`${base}/loop`)).status).toBe(307);
  });

  it('rejects an aborted request with the signal\'s reason, as fetch does', async () => {
    const reason = new Error('stop');
    const controller = new AbortController();
    controller.abort(reason);
    await expect(fetch(`${base}/repos/x`, { signal: controller.signal })).rejects.toBe(reason);
  });
});
