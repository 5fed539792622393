/**
 * The HTTP layer of the Linode client: one axios instance per client, and one exchange at a
 * time. Every answer comes back as data (status, headers, body text) or as a network failure
 * (a code and a message); an AxiosError never leaves this file, because it carries the request
 * config and with it the `Authorization` header. Retries, pagination and error messages are
 * api.ts's.
 */
import { Agent as HttpAgent } from 'node:http';
import type { LookupFunction } from 'node:net';
import { Agent as HttpsAgent } from 'node:https';
import axios, { isAxiosError, type AxiosResponseHeaders, type RawAxiosResponseHeaders } from 'axios';
import { monotonicMs } from '../clock.js';
import { baseUrlText, type ApiVersion } from './api-url.js';
import { proxyAgentFor } from '../proxy.js';
import type { HeaderLookup } from './retry-policy.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

const USER_AGENT = 'linode-log-streams-action';

export interface HttpOptions {
  baseUrl: URL;
  apiVersion: ApiVersion;
  token: string;
  /** The whole exchange, from sending to the last byte of the body. */
  timeoutMs: number;
  debug: (line: string) => void;
  /** Aborts every request in flight. */
  signal?: AbortSignal;
  /** Where HTTPS_PROXY / NO_PROXY are read; default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** For tests: a CA to trust (a self-signed server), a name lookup (a test host name on loopback). */
  tls?: { ca?: string; lookup?: LookupFunction };
}

export interface HttpRequest {
  method: HttpMethod;
  /** Path below the version, e.g. `/monitor/streams`. */
  apiPath: string;
  query?: Record<string, string | number>;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One exchange, with axios's objects (and the headers they carry) already dropped. */
export type HttpResult =
  { type: 'response'; status: number; header: HeaderLookup; body: string } | { type: 'network'; code: string | undefined; detail: string };

export type Http = (request: HttpRequest) => Promise<HttpResult>;

/** `/v4/monitor/streams?page=1&page_size=500`: what debug lines show (no host). */
function displayPath(apiVersion: ApiVersion, apiPath: string, query?: HttpRequest['query']): string {
  return `/${apiVersion}${pathAndQuery(apiPath, query)}`;
}

function pathAndQuery(apiPath: string, query: HttpRequest['query']): string {
  const search = query === undefined ? '' : new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)])).toString();
  return `${apiPath}${search === '' ? '' : `?${search}`}`;
}

/** A request id header is echoed in debug lines only when it looks like one. */
function requestIdOf(header: HeaderLookup): string | undefined {
  const id = header('x-request-id');
  return id !== undefined && /^[\w.:-]{1,128}$/.test(id) ? id : undefined;
}

function headerLookup(headers: RawAxiosResponseHeaders | AxiosResponseHeaders): HeaderLookup {
  return (name) => {
    const value: unknown = headers[name.toLowerCase()];
    if (typeof value === 'string') return value;
    if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
    return undefined;
  };
}

/**
 * Sends single requests through axios. Every status comes back as a response (retrying and
 * error mapping are the caller's); redirects are never followed and absolute URLs are refused, so
 * the token only ever goes to `baseUrl`'s host; bodies are kept as text so a non-JSON answer can
 * be described, not echoed. Connections are kept alive: the pages of a listing and the writes of
 * an apply reuse them. Behind a proxy (HTTPS_PROXY, NO_PROXY) the agent from proxy.ts tunnels
 * with CONNECT; axios's own proxy handling is off, so that one rule (loopback never proxied, the
 * environment passed in) decides whatever the axios release: older ones sent an https request,
 * Authorization header and all, to the proxy in the clear.
 */
export function createHttp(options: HttpOptions): Http {
  const { baseUrl, apiVersion, timeoutMs } = options;
  const tls = options.tls ?? {};
  // Idle kept-alive sockets are unref'd by the agent, so they never hold the process open.
  const agent =
    proxyAgentFor(baseUrl, options.env, { keepAlive: true, ...tls }) ??
    (baseUrl.protocol === 'https:'
      ? new HttpsAgent({ keepAlive: true, ...tls })
      : new HttpAgent({ keepAlive: true, ...(tls.lookup ? { lookup: tls.lookup } : {}) }));
  const client = axios.create({
    baseURL: `${baseUrlText(baseUrl)}/${apiVersion}`,
    allowAbsoluteUrls: false,
    maxRedirects: 0,
    proxy: false,
    httpAgent: agent,
    httpsAgent: agent,
    // Every status is an answer; the body stays text (JSON is parsed, and described, by api.ts).
    validateStatus: () => true,
    responseType: 'text',
    transformRequest: [],
    transformResponse: [],
    headers: { Accept: 'application/json', 'User-Agent': USER_AGENT, Authorization: `Bearer ${options.token}` },
  });

  return async (request) => {
    const path = displayPath(apiVersion, request.apiPath, request.query);
    // The whole exchange, not socket idleness (axios's `timeout`): a server that trickles bytes still times out.
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = options.signal === undefined ? timeout.signal : AbortSignal.any([options.signal, timeout.signal]);
    const headers: Record<string, string> = { ...request.headers };
    const data = request.body === undefined ? undefined : JSON.stringify(request.body);
    if (data !== undefined) headers['Content-Type'] = 'application/json';
    const started = monotonicMs();
    const took = (): string => `${Math.round(monotonicMs() - started)} ms`;
    try {
      const response = await client.request<string>({
        method: request.method,
        url: pathAndQuery(request.apiPath, request.query),
        headers,
        data,
        signal,
      });
      const header = headerLookup(response.headers);
      const requestId = requestIdOf(header);
      options.debug(`${request.method} ${path} → ${response.status} (${took()})${requestId === undefined ? '' : ` request-id ${requestId}`}`);
      return { type: 'response', status: response.status, header, body: typeof response.data === 'string' ? response.data : '' };
    } catch (error) {
      // Only a code and a message survive: nothing that holds the request's config or headers.
      const failure =
        timeout.signal.aborted && !options.signal?.aborted ? { code: 'ETIMEDOUT', detail: `timeout of ${timeoutMs}ms exceeded` } : networkFailure(error);
      options.debug(`${request.method} ${path} → ${failure.code ?? 'network error'} (${took()})`);
      return { type: 'network', ...failure };
    } finally {
      clearTimeout(timer);
    }
  };
}

function networkFailure(error: unknown): { code: string | undefined; detail: string } {
  const detail = error instanceof Error ? error.message : String(error);
  if (!isAxiosError(error)) return { code: undefined, detail };
  // A response whose body was cut off mid-stream: the connection was reset under it.
  if (error.code === 'ERR_BAD_RESPONSE') return { code: 'ECONNRESET', detail: 'the connection closed before the response was complete' };
  const cause = (error.cause as { code?: unknown } | undefined)?.code;
  return { code: error.code ?? (typeof cause === 'string' ? cause : undefined), detail };
}
