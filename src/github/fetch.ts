import type { Agent as HttpAgent, IncomingHttpHeaders } from 'node:http';
import { proxyAgentOptions } from '../linode/proxy.js';

/** What Octokit reads of a response: status, URL, headers (iterated, and `get`), the body. */
export interface FetchResponse {
  status: number;
  statusText: string;
  url: string;
  headers: Map<string, string>;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | null;
  signal?: AbortSignal | null;
}

/** Redirects followed, at most: GitHub answers a renamed repository with one. */
const MAX_REDIRECTS = 3;

/**
 * `fetch` for Octokit over node's own http/https. Node's global fetch loads its internal undici
 * on first use (~60 ms) and @actions/github bundles another (~90 ms to load): start-up every plan
 * on a pull request would pay. Octokit sends a method, headers and a text body and reads the
 * status, the headers and the body as text, so that is all this does. Connections are kept alive;
 * HTTPS_PROXY/NO_PROXY are honoured by the agent (node >= 24.5), as for the Linode API. A
 * redirect is followed on the same host only (the token never leaves it). `onRequest` hears of
 * each request as it starts.
 */
export function createFetch(onRequest?: () => void): (input: string | URL, init?: FetchInit) => Promise<FetchResponse> {
  const agents = new Map<string, HttpAgent>();
  const agentFor = (url: URL): HttpAgent => {
    const key = `${url.protocol}//${url.host}`;
    let agent = agents.get(key);
    if (agent === undefined) {
      const { Agent } = url.protocol === 'https:' ? process.getBuiltinModule('node:https') : process.getBuiltinModule('node:http');
      agent = new Agent({ keepAlive: true, ...proxyAgentOptions(url) });
      agents.set(key, agent);
    }
    return agent;
  };

  const exchange = (url: URL, init: FetchInit): Promise<{ status: number; statusText: string; headers: IncomingHttpHeaders; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const { request } = url.protocol === 'https:' ? process.getBuiltinModule('node:https') : process.getBuiltinModule('node:http');
      const req = request(url, { method: init.method ?? 'GET', headers: init.headers ?? {}, agent: agentFor(url), ...(init.signal ? { signal: init.signal } : {}) });
      // As fetch does: an aborted request rejects with the signal's reason (a TimeoutError for a timeout).
      const fail = (error: Error): void => reject(init.signal?.aborted ? (init.signal.reason as Error) : error);
      req.on('error', fail);
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', fail);
        res.on('end', () => {
          if (!res.complete) reject(Object.assign(new Error('the connection closed before the response was complete'), { code: 'ECONNRESET' }));
          else resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: res.headers, body: Buffer.concat(chunks) });
        });
      });
      req.end(init.body ?? undefined);
    });

  return async (input, init = {}) => {
    onRequest?.();
    let url = new URL(String(input));
    let method = (init.method ?? 'GET').toUpperCase();
    let body = init.body;
    for (let redirects = 0; ; redirects++) {
      const answer = await exchange(url, { ...init, method, body });
      const location = answer.headers.location;
      const next = typeof location === 'string' && [301, 302, 303, 307, 308].includes(answer.status) ? new URL(location, url) : undefined;
      if (next !== undefined && next.host === url.host && next.protocol === url.protocol && redirects < MAX_REDIRECTS) {
        // 303, and 301/302 after a POST, become a GET without a body (as browsers and fetch do).
        if (answer.status === 303 || ((answer.status === 301 || answer.status === 302) && method === 'POST')) {
          method = 'GET';
          body = undefined;
        }
        url = next;
        continue;
      }
      const headers = new Map<string, string>();
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const text = answer.body.toString('utf8');
      return {
        status: answer.status,
        statusText: answer.statusText,
        url: url.toString(),
        headers,
        text: async () => text,
        json: async () => JSON.parse(text) as unknown,
        arrayBuffer: async () => answer.body.buffer.slice(answer.body.byteOffset, answer.body.byteOffset + answer.body.byteLength) as ArrayBuffer,
      };
    }
  };
}
