import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_REASONS } from '../src/linode/rules.js';
import { handleApi } from './api.js';
import { CONTROL_PREFIX, handleControl } from './control.js';
import { EmulatorCore } from './core.js';
import type { Reply } from './reply.js';
import { S3_PREFIX, handleS3, parseS3Target, type S3Reply, type S3Target } from './s3/handler.js';
import { DEFAULTS } from './settings.js';
import type { ApiVersion, Emulator, EmulatorOptions, Fault, RequestLogEntry, S3RequestLogEntry } from './types.js';

const VERSIONED = /^\/(v4|v4beta)(\/.*)?$/;

/** Both version prefixes serve the same data (the Logs endpoints may be on one only, see logsVersions); a path without one is unknown. */
function splitVersion(pathname: string): { version: ApiVersion | null; path: string } {
  const match = VERSIONED.exec(pathname);
  return match ? { version: match[1] as ApiVersion, path: match[2] ?? '' } : { version: null, path: pathname };
}

function readBytes(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const readBody = async (req: IncomingMessage): Promise<string> => (await readBytes(req)).toString('utf8');

/** The log keeps the body exactly as sent: parsed when it is JSON, the raw text otherwise. */
function bodyForLog(raw: string): unknown {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

const delay = (ms: number): Promise<void> => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

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
  // When the answer went out (or the connection was cut): the bench counts round trips from it.
  const finish = (): void => {
    entry.end = core.settings.clock();
  };
  if (fault?.cut === 'before') {
    req.socket.destroy();
    finish();
    return;
  }
  if (fault && (fault.status !== undefined || fault.body !== undefined)) {
    const reply = faultReply(fault);
    entry.status = reply.status;
    send(res, reply);
    finish();
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
    finish();
    return;
  }
  const headers = { ...reply.headers, ...fault?.headers };
  entry.status = reply.status;
  send(res, { ...reply, headers });
  finish();
}

/** Header name (lower case) -> value, repeated headers joined as HTTP allows. */
function headerRecord(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  return headers;
}

/** An S3 request: not in `requests` (that log is the Linode API's), not subject to faults; latency applies. */
async function handleS3Request(core: EmulatorCore, req: IncomingMessage, res: ServerResponse, target: S3Target): Promise<void> {
  const raw = req.url ?? '/';
  const at = raw.indexOf('?');
  const rawPath = at === -1 ? raw : raw.slice(0, at);
  const entry: S3RequestLogEntry = { method: req.method ?? 'GET', path: rawPath, operation: 'Unknown', status: 0, at: core.settings.clock() };
  core.s3Requests.push(entry);
  const body = await readBytes(req);
  await delay(core.settings.latencyMs);
  const outcome = handleS3(core.objectStorage, {
    method: entry.method,
    rawPath,
    rawQuery: at === -1 ? '' : raw.slice(at + 1),
    headers: headerRecord(req),
    body,
    target,
  });
  entry.operation = outcome.operation;
  if (outcome.accessKey !== undefined) entry.accessKey = outcome.accessKey;
  entry.status = outcome.reply.status;
  sendS3(res, outcome.reply);
  entry.end = core.settings.clock();
}

function sendS3(res: ServerResponse, reply: S3Reply): void {
  if (res.destroyed || res.headersSent) return;
  const payload = typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body;
  // A HEAD answer has no body but says how long the GET's would be.
  res.writeHead(reply.status, { 'Content-Length': String(payload.length), ...reply.headers });
  res.end(payload);
}

async function onRequest(core: EmulatorCore, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://emulator.invalid');
  const s3Target = parseS3Target(req.headers.host, (req.url ?? '/').split('?')[0] ?? '/');
  if (s3Target !== undefined) {
    await handleS3Request(core, req, res, s3Target);
    return;
  }
  if (url.pathname.startsWith(CONTROL_PREFIX)) {
    const rawBody = await readBody(req);
    send(res, handleControl(core, req.method ?? 'GET', url.pathname, rawBody));
    return;
  }
  await handleApiRequest(core, req, res, url);
}

function urlOf(address: AddressInfo): string {
  const host = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
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
  const url = urlOf(server.address() as AddressInfo);
  const s3Url = `${url}${S3_PREFIX.slice(0, -1)}`;
  return {
    url,
    s3Url,
    s3Endpoint: (region) => `${s3Url}/${region}-1`,
    s3Requests: core.s3Requests,
    resources: () => core.resources(),
    requests: core.requests,
    inject: (fault) => core.faults.add(fault),
    clearFaults: () => core.faults.clear(),
    reset: () => core.reset(),
    seed: (state) => core.seed(state),
    snapshot: () => core.snapshot(),
    configure: (runtime) => core.configure(runtime),
    deliver: () => core.deliver(),
    close: () => {
      core.stopDelivery();
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would hold close() open; nothing is waiting on them.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
