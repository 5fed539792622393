import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo, type LookupFunction } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttp } from '../../src/linode/http.js';
import { proxyAgentFor, proxyUrlFor } from '../../src/proxy.js';

describe('proxyUrlFor', () => {
  const api = new URL('https://api.linode.com');

  it('reads HTTPS_PROXY for https and HTTP_PROXY for http, lower-case forms first', () => {
    expect(proxyUrlFor(api, { HTTPS_PROXY: 'http://proxy.internal:3128' })).toBe('http://proxy.internal:3128');
    expect(proxyUrlFor(api, { https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2' })).toBe('http://lower:1');
    expect(proxyUrlFor(api, { HTTP_PROXY: 'http://proxy.internal:3128' })).toBeUndefined();
    expect(proxyUrlFor(new URL('http://example.org'), { HTTP_PROXY: 'proxy.internal:3128' })).toBe('http://proxy.internal:3128');
    expect(proxyUrlFor(api, { HTTPS_PROXY: '  ' })).toBeUndefined();
    expect(proxyUrlFor(api, {})).toBeUndefined();
  });

  it('honours NO_PROXY: exact hosts and their subdomains, leading dots and wildcards, ports, *', () => {
    const proxied = (url: string, noProxy: string): boolean =>
      proxyUrlFor(new URL(url), { HTTPS_PROXY: 'http://proxy.internal:3128', no_proxy: noProxy }) !== undefined;
    expect(proxied('https://api.linode.com', 'linode.com')).toBe(false);
    expect(proxied('https://api.linode.com', '.linode.com')).toBe(false);
    expect(proxied('https://api.linode.com', 'example.org, *.linode.com')).toBe(false);
    expect(proxied('https://api.linode.com', 'API.LINODE.COM')).toBe(false);
    expect(proxied('https://api.linode.com', '*')).toBe(false);
    expect(proxied('https://api.linode.com', 'api.linode.com:443')).toBe(false);
    expect(proxied('https://api.linode.com', 'api.linode.com:8443')).toBe(true);
    expect(proxied('https://api.linode.com', 'notlinode.com example.org')).toBe(true);
    expect(proxied('https://notlinode.com', 'linode.com')).toBe(true);
    expect(proxied('https://[2001:db8::1]', '[2001:db8::1]')).toBe(false);
    expect(proxied('https://[2001:db8::1]', '2001:db8::1')).toBe(false);
  });

  it('never proxies loopback (the emulator)', () => {
    for (const url of ['http://127.0.0.1:8080', 'http://[::1]:8080', 'http://localhost:1234', 'https://localhost']) {
      expect(proxyUrlFor(new URL(url), { HTTPS_PROXY: 'http://proxy.internal:3128', HTTP_PROXY: 'http://proxy.internal:3128' })).toBeUndefined();
      expect(proxyAgentFor(new URL(url), { HTTPS_PROXY: 'http://proxy.internal:3128' })).toBeUndefined();
    }
  });
});

describe('proxyAgentFor', () => {
  const env = { HTTPS_PROXY: 'http://proxy.internal:3128', NO_PROXY: 'example.org' };

  it('tunnels a remote host (the Linode API, an S3 endpoint) through the proxy', () => {
    for (const url of ['https://api.linode.com', 'https://us-iad-1.linodeobjects.com']) {
      expect(proxyAgentFor(new URL(url), env)?.proxy.href).toBe('http://proxy.internal:3128/');
    }
  });

  it('connects directly to NO_PROXY hosts, to loopback (the emulator), and without a proxy', () => {
    expect(proxyAgentFor(new URL('https://api.example.org'), env)).toBeUndefined();
    for (const url of ['http://127.0.0.1:8080', 'http://[::1]:8080', 'http://localhost:1234']) expect(proxyAgentFor(new URL(url), env)).toBeUndefined();
    expect(proxyAgentFor(new URL('https://api.linode.com'), {})).toBeUndefined();
  });
});

/**
 * The Linode client's HTTP layer behind a CONNECT proxy, all on loopback: an https server for
 * `api.linode.test` (a self-signed certificate made here), and a proxy that records each
 * CONNECT's target and every byte the client sends it, and pipes the tunnel to that server.
 */
describe('createHttp behind a proxy', () => {
  const HOST = 'api.linode.test';
  const TOKEN = 'proxy-test-token-5d1c9a7e3b';
  let dir: string;
  let cert: string;
  let api: Server;
  let apiPort: number;
  const seenByApi: IncomingHttpHeaders[] = [];
  let proxy: Server;
  let proxyUrl: string;
  const connects: string[] = [];
  /** Requests sent to the proxy as plain HTTP (what axios's own `proxy` option would do). */
  const plainProxyRequests: string[] = [];
  /** Everything the client sent the proxy: CONNECT heads and tunnelled bytes. */
  const proxySaw: Buffer[] = [];
  /** Tunnels leave the proxy's HTTP server, so its close() does not end them. */
  const tunnels: Array<{ destroy(): void }> = [];
  // The test host name is never looked up in DNS: it is loopback here.
  const lookup = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) =>
    options.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4)) as unknown as LookupFunction;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'proxy-test-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${HOST}`,
        '-addext',
        `subjectAltName=DNS:${HOST}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
    api = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert }, (req, res) => {
      seenByApi.push(req.headers);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: [], page: 1, pages: 0, results: 0 }));
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    apiPort = (api.address() as AddressInfo).port;

    proxy = createHttpServer((req, res) => {
      plainProxyRequests.push(`${req.method ?? ''} ${req.url ?? ''}`);
      proxySaw.push(Buffer.from(JSON.stringify(req.headers)));
      res.writeHead(502).end();
    });
    proxy.on('connect', (req, client, head: Buffer) => {
      connects.push(req.url ?? '');
      proxySaw.push(Buffer.from(`${req.method ?? ''} ${req.url ?? ''}\r\n${req.rawHeaders.join('\r\n')}`), head);
      // Every target is the test server: the proxy resolves names, the client never does.
      const upstream = connect(apiPort, '127.0.0.1', () => {
        tunnels.push(client, upstream);
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        client.on('data', (chunk: Buffer) => proxySaw.push(chunk));
        client.pipe(upstream);
        upstream.pipe(client);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });

  afterEach(() => {
    connects.length = 0;
    plainProxyRequests.length = 0;
    proxySaw.length = 0;
    seenByApi.length = 0;
  });

  afterAll(async () => {
    for (const socket of tunnels) socket.destroy();
    for (const server of [api, proxy]) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const send = (env: NodeJS.ProcessEnv) =>
    createHttp({
      baseUrl: new URL(`https://${HOST}:${apiPort}`),
      apiVersion: 'v4',
      token: TOKEN,
      timeoutMs: 5_000,
      debug: () => undefined,
      env,
      tls: { ca: cert, lookup },
    })({ method: 'GET', apiPath: '/monitor/streams', query: { page: 1, page_size: 500 } });

  it('tunnels https through HTTPS_PROXY with CONNECT: the token reaches the API, never the proxy in clear', async () => {
    for (const env of [{ HTTPS_PROXY: proxyUrl }, { https_proxy: proxyUrl }]) {
      const result = await send(env);
      expect(result).toMatchObject({ type: 'response', status: 200 });
      expect(connects).toEqual([`${HOST}:${apiPort}`]);
      expect(plainProxyRequests).toEqual([]);
      expect(seenByApi.map((h) => h.authorization)).toEqual([`Bearer ${TOKEN}`]);
      const clear = Buffer.concat(proxySaw);
      // The first tunnelled byte is a TLS handshake record: the request inside it is encrypted.
      expect(proxySaw.find((chunk, i) => i > 0 && chunk.length > 0)?.[0]).toBe(0x16);
      expect(clear.includes(TOKEN)).toBe(false);
      expect(clear.toString('latin1').toLowerCase()).not.toContain('authorization');
      expect(clear.toString('latin1')).not.toContain('/v4/monitor/streams');
      connects.length = 0;
      proxySaw.length = 0;
      seenByApi.length = 0;
    }
  });

  it('goes directly to a host NO_PROXY names', async () => {
    const result = await send({ HTTPS_PROXY: proxyUrl, NO_PROXY: `example.org,${HOST}` });
    expect(result).toMatchObject({ type: 'response', status: 200 });
    expect(connects).toEqual([]);
    expect(plainProxyRequests).toEqual([]);
    expect(seenByApi.map((h) => h.authorization)).toEqual([`Bearer ${TOKEN}`]);
  });

  it('goes directly when no proxy is set', async () => {
    expect(await send({})).toMatchObject({ type: 'response', status: 200 });
    expect(connects).toEqual([]);
    expect(seenByApi).toHaveLength(1);
  });
});
