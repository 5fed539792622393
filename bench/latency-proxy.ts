/**
 * A loopback HTTP proxy that adds a fixed latency to every request and records each request's
 * span, for services the bench does not own (the GitHub stand-in): the same two things the
 * Linode emulator does for its own requests.
 */
import { Agent, createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Span } from './waves.js';

export interface LatencyProxy {
  url: string;
  /** One span per request, in arrival order. Cleared in place. */
  spans: Array<Span & { method: string; path: string }>;
  close(): Promise<void>;
}

/** Starts a proxy to `target` (e.g. `http://127.0.0.1:1234`) on 127.0.0.1, port 0. */
export async function startLatencyProxy(target: string, latencyMs: number, clock: () => number): Promise<LatencyProxy> {
  const spans: LatencyProxy['spans'] = [];
  const agent = new Agent({ keepAlive: true });
  let self = '';
  const server = createServer((req, res) => {
    const span = { method: req.method ?? 'GET', path: req.url ?? '/', start: clock(), end: Number.POSITIVE_INFINITY };
    spans.push(span);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      setTimeout(() => {
        const headers: IncomingHttpHeaders = { ...req.headers, host: new URL(target).host };
        const upstream = request(`${target}${req.url ?? '/'}`, { method: req.method, headers, agent }, (answer) => {
          const out = { ...answer.headers };
          // Pagination links name the stand-in's own address: keep the client on the proxy.
          if (typeof out.link === 'string') out.link = out.link.split(target).join(self);
          res.writeHead(answer.statusCode ?? 502, out);
          answer.pipe(res);
          answer.on('end', () => (span.end = clock()));
        });
        upstream.on('error', () => {
          span.end = clock();
          res.destroy();
        });
        upstream.end(Buffer.concat(chunks));
      }, latencyMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  self = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: self,
    spans,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
