import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_REASONS } from '../linode/rules.js';
import { handleApi } from './api.js';
import { CONTROL_PREFIX, handleControl } from './control.js';
import { EmulatorCore } from './core.js';
import type { Reply } from './reply.js';
import { DEFAULTS } from './settings.js';
import type { ApiVersion, Emulator, EmulatorOptions, Fault, RequestLogEntry } from './types.js';

const VERSIONED = /^\/(v4|v4beta)(\/.*)?$/;

/** Both version prefixes serve the same data; a path without one is unknown. */
function splitVersion(pathname: string): { version: ApiVersion | null; path: string } {
  const match = VERSIONED.exec(pathname);
  return match ? { version: match[1] as ApiVersion, path: match[2] ?? '' } : { version: null, path: pathname };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The log keeps the body exactly as sent: parsed when it is JSON, the raw text otherwise. */
function bodyForLog(raw: string): unknown {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

const delay = (ms: number): Promise<void> =>
  ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();

function send(res: ServerResponse, reply: Reply): void {
  if (res.destroyed || res.headersSent) return;
  const text = typeof reply.body === 'string';
  const payload = text ? (reply.body as string) : JSON.stringify(reply.body ?? {});
  res.writeHead(reply.status, {
    'Content-Type': text ? 'text/html; charset=utf-8' : 'application/json',
    'Content-Length': String(Buffer.byteLength(payload)),
    ...reply.headers,
  });
  res.end(payload);
}

/** A fault's own answer; its body defaults to the API's error envelope for the status. */
function faultReply(fault: Fault): Reply {
  const status = fault.status ?? 500;
  const reason = status === 429 ? API_REASONS.tooManyRequests : (STATUS_CODES[status] ?? 'Error');
  const body = fault.body !== undefined ? fault.body : { errors: [{ reason }] };
  return { status, body, headers: fault.headers ?? {} };
}

async function handleApiRequest(core: EmulatorCore, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const method = req.method ?? 'GET';
  const { version, path } = splitVersion(url.pathname);
  const filter = req.headers['x-filter'];
  const entry: RequestLogEntry = {
    method,
    path,
    query: Object.fromEntries(url.searchParams),
    version,
    body: undefined,
    ...(typeof filter === 'string' ? { filter } : {}),
    status: 0,
    at: core.settings.clock(),
  };
  // Logged on arrival, so the log is in arrival order even when bodies arrive at different speeds.
  core.requests.push(entry);
  const rawBody = await readBody(req);
  entry.body = bodyForLog(rawBody);

  await delay(core.settings.latencyMs);
  const fault = core.faults.take(method, path);
  if (fault?.latencyMs) await delay(fault.latencyMs);
  if (fault?.cut === 'before') {
    req.socket.destroy();
    return;
  }
  if (fault && (fault.status !== undefined || fault.body !== undefined)) {
    const reply = faultReply(fault);
    entry.status = reply.status;
    send(res, reply);
    return;
  }
  const reply = handleApi(
    {
      method,
      version,
      path,
      query: url.searchParams,
      authorization: req.headers.authorization,
      filter: typeof filter === 'string' ? filter : undefined,
      rawBody,
    },
    core,
  );
  if (fault?.cut === 'after') {
    // The emulator has acted (e.g. the resource IS created); the client never hears of it.
    req.socket.destroy();
    return;
  }
  const headers = { ...reply.headers, ...fault?.headers };
  entry.status = reply.status;
  send(res, { ...reply, headers });
}

async function onRequest(core: EmulatorCore, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://emulator.invalid');
  if (url.pathname.startsWith(CONTROL_PREFIX)) {
    const rawBody = await readBody(req);
    send(res, handleControl(core, req.method ?? 'GET', url.pathname, rawBody));
    return;
  }
  await handleApiRequest(core, req, res, url);
}

function urlOf(address: AddressInfo): string {
  const host =
    address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

/** Starts the emulator; resolves once it listens. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const core = new EmulatorCore(options);
  const server = createServer((req, res) => {
    onRequest(core, req, res).catch((error: unknown) => {
      const reason = `Emulator error: ${error instanceof Error ? error.message : String(error)}`;
      try {
        send(res, { status: 500, body: { errors: [{ reason }] } });
      } catch {
        req.socket.destroy();
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULTS.port, options.host ?? DEFAULTS.host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  let closing: Promise<void> | undefined;
  return {
    url: urlOf(server.address() as AddressInfo),
    requests: core.requests,
    inject: (fault) => core.faults.add(fault),
    clearFaults: () => core.faults.clear(),
    reset: () => core.reset(),
    seed: (state) => core.seed(state),
    snapshot: () => core.snapshot(),
    configure: (runtime) => core.configure(runtime),
    close: () => {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would hold close() open; nothing is waiting on them.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
