/**
 * A server the author of a pull request controls, on loopback: a config file may name it as an
 * S3 endpoint, a destination's endpoint or host. It answers every request with an empty 200 (so a
 * client has no reason to retry or give up early) and records each one, headers and body, so a
 * test can show what was sent. In these tests any request at all to it is a failure.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface AttackerRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface AttackerServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  host: string;
  requests: AttackerRequest[];
  /** One line per request, with the SigV4 `Credential=` (the access key id) it was signed with. */
  describe(): string[];
  reset(): void;
  close(): Promise<void>;
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  return headers;
}

export async function startAttackerServer(): Promise<AttackerServer> {
  const requests: AttackerRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: headersOf(req), body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'Content-Length': '0' });
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    describe: () =>
      requests.map((r) => {
        const credential = /Credential=([^,\s]+)/.exec(r.headers.authorization ?? '')?.[1];
        return `${r.method} ${r.url}${credential ? ` signed with Credential=${credential}` : ''}`;
      }),
    reset: () => {
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
