/**
 * One API request, from routing to the handler's reply, in the order the checks apply:
 * route (404/405; also the Logs endpoints on a version that does not serve them), token (401), rate limit (429), the account's Logs feature (404/403 on
 * /monitor/streams*), the token's scope (401), body (400 Invalid JSON), then the handler.
 * Every reply carries the rate-limit headers.
 */
import { API_REASONS } from '../src/linode/rules.js';
import { requiredScope, scopesGrant } from '../src/linode/scopes.js';
import type { LkeStore } from './lke.js';
import type { ObjectStorage } from './object-storage.js';
import { parseFilter } from './paging.js';
import { EMULATOR_REASONS } from './reasons.js';
import { fail, notFound, type Reply } from './reply.js';
import type { RateLimiter } from './rate-limit.js';
import { route, type RouteResult } from './router.js';
import type { Settings } from './settings.js';
import { EMULATOR_USER, type Store } from './store.js';
import type { ApiVersion } from './types.js';
import { isObject } from './validate.js';

export interface ApiRequest {
  method: string;
  version: ApiVersion | null;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  filter: string | undefined;
  rawBody: string;
}

export interface ApiDeps {
  store: Store;
  objectStorage: ObjectStorage;
  lke: LkeStore;
  settings: Settings;
  limiter: RateLimiter;
}

/** Requests without a valid token share one rate-limit bucket. */
const ANONYMOUS = '\0anonymous';

function bearerToken(authorization: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
}

const isLogsPath = (path: string): boolean => /^\/monitor\/streams(\/|$)/.test(path);

/** Answers one API request (everything but the transport, faults and latency). */
export function handleApi(request: ApiRequest, deps: ApiDeps): Reply {
  const { settings } = deps;
  // A version that does not serve the Logs endpoints does not have them: 404 like any unknown path.
  const logsElsewhere = request.version !== null && isLogsPath(request.path) && !settings.logsVersions.includes(request.version);
  const found: RouteResult = request.version === null || logsElsewhere ? { kind: 'not-found' } : route(request.method, request.path);
  const token = bearerToken(request.authorization);
  const scopes = settings.tokenScopes;
  const authorised = token !== undefined && (settings.tokens.includes(token) || (scopes !== undefined && Object.hasOwn(scopes, token)));
  const category = found.kind === 'found' ? found.endpoint.category : 'other';
  const limit = category === 'collection' ? settings.collectionGetsPerMinute : settings.otherPerMinute;
  const decision = deps.limiter.take(`${category}:${authorised ? token : ANONYMOUS}`, limit, settings.clock());

  const reply = dispatch();
  // API rule: authenticated answers name the token's scopes and the ones the endpoint accepts.
  const oauth: Record<string, string> = {};
  if (authorised && found.kind === 'found') {
    const own = scopes !== undefined && token !== undefined && Object.hasOwn(scopes, token) ? scopes[token] : undefined;
    oauth['X-OAuth-Scopes'] = own === undefined ? '*' : own.join(' ');
    oauth['X-Accepted-OAuth-Scopes'] = requiredScope(request.method, request.path) ?? '';
  }
  return { ...reply, headers: { ...decision.headers, ...oauth, ...reply.headers } };

  function dispatch(): Reply {
    if (found.kind === 'not-found') return notFound();
    if (found.kind === 'method-not-allowed') {
      return { ...fail(405, EMULATOR_REASONS.methodNotAllowed), headers: { Allow: found.allow.join(', ') } };
    }
    // API rule: a missing or unknown bearer token is 401 "Invalid Token".
    if (!authorised) return fail(401, API_REASONS.invalidToken);
    // API rule: over the limit is 429 "Too many requests" with Retry-After.
    if (!decision.allowed) {
      return { ...fail(429, API_REASONS.tooManyRequests), headers: { 'Retry-After': String(decision.retryAfter) } };
    }
    if (isLogsPath(request.path) && settings.logsFeature !== true) {
      // An account without the Logs feature does not have these endpoints.
      return settings.logsFeature === 'forbidden' ? fail(403, API_REASONS.unauthorized) : notFound();
    }
    const needed = requiredScope(request.method, request.path);
    const granted = scopes !== undefined && token !== undefined && Object.hasOwn(scopes, token) ? scopes[token] : undefined;
    // API rule: a token without the endpoint's scope is 401, and the reason does not name the scope.
    if (needed !== undefined && granted !== undefined && !scopesGrant(granted, needed)) {
      return fail(401, API_REASONS.tokenNotAuthorized);
    }
    let body: Record<string, unknown> = {};
    if (request.method === 'POST' || request.method === 'PUT') {
      let parsed: unknown = {};
      if (request.rawBody.trim() !== '') {
        try {
          parsed = JSON.parse(request.rawBody);
        } catch {
          return fail(400, EMULATOR_REASONS.invalidJson);
        }
      }
      if (!isObject(parsed)) return fail(400, EMULATOR_REASONS.mustBeObject);
      body = parsed;
    }
    const filter = parseFilter(request.filter);
    if ('status' in filter) return filter;
    return found.endpoint.handler({
      store: deps.store,
      objectStorage: deps.objectStorage,
      lke: deps.lke,
      settings,
      id: found.id,
      query: request.query,
      body,
      filter,
      user: EMULATOR_USER,
    });
  }
}
