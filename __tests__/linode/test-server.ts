import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the test server saw it. */
export interface SeenRequest {
  method: string;
  /** Path and query, e.g. `/v4/monitor/streams?page=1&page_size=500`. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Reply =
  | { status: number; json?: unknown; text?: string; headers?: Record<string, string> }
  /** Destroy the socket without answering (a connection reset for the client). */
  | 'cut'
  /** Never answer (the client times out). */
  | 'hang';

export type Handler = (request: SeenRequest) => Reply | Promise<Reply>;

export interface TestServer {
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

/** A scripted HTTP server on 127.0.0.1, port 0. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const seen: SeenRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(seen);
      void (async () => {
        let reply: Reply;
        try {
          reply = await handler(seen);
        } catch (error) {
          reply = { status: 599, text: `test handler failed: ${String(error)}` };
        }
        if (reply === 'cut') {
          req.socket.destroy();
          return;
        }
        if (reply === 'hang') return;
        const headers: Record<string, string> = { ...reply.headers };
        let body = '';
        if (reply.json !== undefined) {
          body = JSON.stringify(reply.json);
          headers['content-type'] ??= 'application/json';
        } else if (reply.text !== undefined) {
          body = reply.text;
        }
        res.writeHead(reply.status, headers);
        res.end(body);
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return headers === undefined ? { status, json: body } : { status, json: body, headers };
}

export function page<T>(data: T[], pageNumber: number, pages: number, results: number): Reply {
  return json(200, { data, page: pageNumber, pages, results });
}

/** Resolves when `count` calls to `arrive()` have happened, or after `timeoutMs` (so a bug fails, not hangs). */
export function barrier(count: number, timeoutMs = 2_000): { arrive(): Promise<boolean> } {
  let arrived = 0;
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    async arrive() {
      arrived += 1;
      if (arrived >= count) open();
      const timedOut = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs));
      return Promise.race([opened.then(() => true as const), timedOut]);
    },
  };
}
