import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttp, type Http } from '../../src/linode/http.js';

const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
});

/** A server whose handler writes the raw answer; it records each request's socket. */
async function serve(
  handler: Parameters<typeof createServer>[1],
): Promise<{ url: URL; sockets: Set<unknown>; bodies: string[]; lengths: Array<string | undefined> }> {
  const sockets = new Set<unknown>();
  const bodies: string[] = [];
  const lengths: Array<string | undefined> = [];
  const server = createServer((req, res) => {
    sockets.add(req.socket);
    lengths.push(req.headers['content-length']);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      bodies.push(Buffer.concat(chunks).toString('utf8'));
      handler!(req, res);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`), sockets, bodies, lengths };
}

function transport(url: URL, timeoutMs = 2_000): Http {
  return createHttp({ baseUrl: url, apiVersion: 'v4', token: 'transport-token', timeoutMs, debug: () => undefined });
}

describe('createHttp', () => {
  it('returns every status as a response with the body as text, and sends JSON bodies with a length', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(400, { 'Content-Type': 'application/json', 'X-Request-Id': 'abc' });
      res.end('{"errors":[{"reason":"bad"}]}');
    });
    const result = await transport(server.url)({ method: 'POST', apiPath: '/monitor/streams', body: { label: 'é' } });
    expect(result).toMatchObject({ type: 'response', status: 400, body: '{"errors":[{"reason":"bad"}]}' });
    expect(result.type === 'response' && result.header('x-request-id')).toBe('abc');
    expect(server.bodies).toEqual(['{"label":"é"}']);
    expect(server.lengths).toEqual([String(Buffer.byteLength('{"label":"é"}'))]);
  });

  it('does not follow redirects', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(302, { Location: 'http://127.0.0.1:9/elsewhere' });
      res.end();
    });
    const result = await transport(server.url)({ method: 'GET', apiPath: '/monitor/streams' });
    expect(result).toMatchObject({ type: 'response', status: 302 });
  });

  it('reuses one kept-alive connection for sequential requests', async () => {
    const server = await serve((_req, res) => res.end('{}'));
    const send = transport(server.url);
    for (let i = 0; i < 3; i++) await send({ method: 'GET', apiPath: '/monitor/streams', query: { page: i + 1 } });
    expect(server.sockets.size).toBe(1);
  });

  it('reports a body cut off mid-stream as a connection reset', async () => {
    const server = await serve((req, res) => {
      res.writeHead(200, { 'Content-Length': '100' });
      res.write('{"data": [');
      setTimeout(() => req.socket.destroy(), 10);
    });
    const result = await transport(server.url)({ method: 'GET', apiPath: '/monitor/streams' });
    expect(result).toMatchObject({ type: 'network', code: 'ECONNRESET' });
  });

  it('times out the whole exchange, also when the server trickles bytes', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Length': '1000' });
      const timer = setInterval(() => res.write(' '), 20);
      res.on('close', () => clearInterval(timer));
    });
    const result = await transport(server.url, 150)({ method: 'GET', apiPath: '/monitor/streams' });
    expect(result).toMatchObject({ type: 'network', code: 'ETIMEDOUT' });
  });
});
