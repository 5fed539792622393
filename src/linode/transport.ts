import type { IncomingHttpHeaders } from 'node:http';
import { monotonicMs } from '../clock.js';
import { baseUrlText, type ApiVersion } from './api-url.js';
import { proxyAgentOptions } from './proxy.js';
import type { HeaderLookup } from './retry-policy.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export const USER_AGENT = 'linode-log-streams-action';

export interface TransportOptions {
  baseUrl: URL;
  apiVersion: ApiVersion;
  token: string;
  timeoutMs: number;
  debug: (line: string) => void;
  /** Aborts every request in flight (node's own `signal` option of a request). */
  signal?: AbortSignal;
}

export interface RawRequest {
  method: HttpMethod;
  /** Path below the version, e.g. `/monitor/streams`. */
  apiPath: string;
  query?: Record<string, string | number>;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One exchange, with the node objects (and the headers they carry) already dropped. */
export type RawResult =
  | { type: 'response'; status: number; header: HeaderLookup; body: string }
  | { type: 'network'; code: string | undefined; detail: string };

export type Transport = (request: RawRequest) => Promise<RawResult>;

/** `/v4/monitor/streams?page=1&page_size=500`: what debug lines show (no host). */
export function displayPath(apiVersion: ApiVersion, apiPath: string, query?: RawRequest['query']): string {
  const search = query === undefined ? '' : new URLSearchParams(stringValues(query)).toString();
  return `/${apiVersion}${apiPath}${search === '' ? '' : `?${search}`}`;
}

function stringValues(query: Record<string, string | number>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)]));
}

/** A request id header is echoed in debug lines only when it looks like one. */
function requestIdOf(header: HeaderLookup): string | undefined {
  const id = header('x-request-id');
  return id !== undefined && /^[\w.:-]{1,128}$/.test(id) ? id : undefined;
}

function headerLookup(headers: IncomingHttpHeaders): HeaderLookup {
  return (name) => {
    const value: unknown = headers[name.toLowerCase()];
    if (typeof value === 'string') return value;
    if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
    return undefined;
  };
}

/** A request that got no complete answer: a node error code (ECONNRESET, ETIMEDOUT, …) and its message. */
class NoResponse extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

interface Exchange {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * Sends single requests with node's own http/https (no HTTP library: this client sends JSON
 * and reads JSON, and the one it used cost ~45 ms of start-up, see `npm run bench`). Every
 * status comes back as a response (retrying and error mapping are the caller's); redirects are
 * never followed, so the token only ever goes to `baseUrl`'s host; bodies are kept as text so a
 * non-JSON answer can be described, not echoed. Connections are kept alive: the pages of a
 * listing and the writes of an apply reuse them instead of paying a TCP and TLS handshake each.
 */
export function createTransport(options: TransportOptions): Transport {
  // Only the module the URL needs: https (and with it tls) is not loaded to talk to the emulator.
  const { Agent, request: send } = options.baseUrl.protocol === 'https:' ? process.getBuiltinModule('node:https') : process.getBuiltinModule('node:http');
  // Idle kept-alive sockets are unref'd by the agent, so they never hold the process open.
  // HTTPS_PROXY/NO_PROXY are honoured by the agent itself (node >= 24.5): no proxy library.
  const agent = new Agent({ keepAlive: true, ...proxyAgentOptions(options.baseUrl) });
  const base = baseUrlText(options.baseUrl);

  const exchange = (url: string, method: HttpMethod, headers: Record<string, string>, body: string | undefined): Promise<Exchange> =>
    new Promise((resolve, reject) => {
      const req = send(url, { method, headers, agent, ...(options.signal ? { signal: options.signal } : {}) });
      // The whole exchange, not socket idleness: a server that trickles bytes still times out.
      const timer = setTimeout(() => {
        req.destroy(new NoResponse('ETIMEDOUT', `timeout of ${options.timeoutMs}ms exceeded`));
      }, options.timeoutMs);
      const fail = (error: Error): void => {
        clearTimeout(timer);
        reject(error);
      };
      req.on('error', fail);
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', fail);
        res.on('close', () => {
          if (!res.complete) fail(new NoResponse('ECONNRESET', 'the connection closed before the response was complete'));
        });
        res.on('end', () => {
          clearTimeout(timer);
          // A body cut off mid-stream is a reset, not a short answer.
          if (!res.complete) reject(new NoResponse('ECONNRESET', 'the connection closed before the response was complete'));
          else resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
        });
      });
      req.end(body);
    });

  return async (request) => {
    const path = displayPath(options.apiVersion, request.apiPath, request.query);
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'User-Agent': USER_AGENT,
      ...request.headers,
      Authorization: `Bearer ${options.token}`,
    };
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = String(Buffer.byteLength(body));
    }
    const started = monotonicMs();
    const took = (): string => `${Math.round(monotonicMs() - started)} ms`;
    try {
      const response = await exchange(`${base}${path}`, request.method, headers, body);
      const header = headerLookup(response.headers);
      const requestId = requestIdOf(header);
      options.debug(
        `${request.method} ${path} → ${response.status} (${took()})${requestId === undefined ? '' : ` request-id ${requestId}`}`,
      );
      return { type: 'response', status: response.status, header, body: response.body };
    } catch (error) {
      // Only the code and message survive: nothing that holds the request's headers.
      const code = errorCode(error);
      options.debug(`${request.method} ${path} → ${code ?? 'network error'} (${took()})`);
      return { type: 'network', code, detail: error instanceof Error ? error.message : String(error) };
    }
  };
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code !== '') return code;
  const causeCode = (error as { cause?: { code?: unknown } }).cause?.code;
  return typeof causeCode === 'string' ? causeCode : undefined;
}
