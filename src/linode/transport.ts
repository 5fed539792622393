import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import { baseUrlText, type ApiVersion } from './api-url.js';
import type { HeaderLookup } from './retry-policy.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export const USER_AGENT = 'linode-log-streams-action';

export interface TransportOptions {
  baseUrl: URL;
  apiVersion: ApiVersion;
  token: string;
  timeoutMs: number;
  debug: (line: string) => void;
}

export interface RawRequest {
  method: HttpMethod;
  /** Path below the version, e.g. `/monitor/streams`. */
  apiPath: string;
  query?: Record<string, string | number>;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One exchange, with the axios objects (and the headers they carry) already dropped. */
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

function headerLookup(response: AxiosResponse<string>): HeaderLookup {
  return (name) => {
    const value: unknown = response.headers[name.toLowerCase()];
    if (typeof value === 'string') return value;
    if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
    if (typeof value === 'number') return String(value);
    return undefined;
  };
}

/**
 * Sends single requests with axios. Every status comes back as a response (retrying and error
 * mapping are the caller's); redirects are not followed, so the token only ever goes to
 * `baseUrl`'s host; bodies are kept as text so a non-JSON answer can be described, not echoed.
 */
export function createTransport(options: TransportOptions): Transport {
  const instance: AxiosInstance = axios.create({
    timeout: options.timeoutMs,
    maxRedirects: 0,
    validateStatus: () => true,
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
  });
  const base = baseUrlText(options.baseUrl);

  return async (request) => {
    const path = displayPath(options.apiVersion, request.apiPath, request.query);
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'User-Agent': USER_AGENT,
      ...request.headers,
      Authorization: `Bearer ${options.token}`,
    };
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';
    const started = performance.now();
    const took = (): string => `${Math.round(performance.now() - started)} ms`;
    try {
      const response = await instance.request<string>({
        method: request.method,
        url: `${base}${path}`,
        headers,
        data: request.body === undefined ? undefined : JSON.stringify(request.body),
      });
      const header = headerLookup(response);
      const requestId = requestIdOf(header);
      options.debug(
        `${request.method} ${path} → ${response.status} (${took()})${requestId === undefined ? '' : ` request-id ${requestId}`}`,
      );
      const body = typeof response.data === 'string' ? response.data : '';
      return { type: 'response', status: response.status, header, body };
    } catch (error) {
      // Only the code and message survive: the axios error holds the config, headers included.
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
