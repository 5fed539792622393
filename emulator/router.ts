import type { Handler } from './context.js';
import { destinationHandlers as d } from './destinations.js';
import { lkeHandlers as lke } from './lke.js';
import { objectStorageEndpointHandlers as e } from './object-storage-endpoints.js';
import { objectStorageKeyHandlers as k } from './object-storage-keys.js';
import { streamHandlers as s } from './streams.js';

/** Collection GETs (lists and history) have their own, smaller rate limit. */
export type LimitCategory = 'collection' | 'other';

interface Endpoint {
  handler: Handler;
  category: LimitCategory;
}

interface Route {
  pattern: RegExp;
  methods: Record<string, Endpoint>;
}

const collection = (handler: Handler): Endpoint => ({ handler, category: 'collection' });
const other = (handler: Handler): Endpoint => ({ handler, category: 'other' });

/**
 * Paths without the version prefix. Ids are digits only, so `/monitor/streams/destinations`
 * can never be taken for a stream id.
 */
const ROUTES: Route[] = [
  {
    pattern: /^\/monitor\/streams\/destinations$/,
    methods: { GET: collection(d.list), POST: other(d.create) },
  },
  {
    pattern: /^\/monitor\/streams\/destinations\/(\d+)$/,
    methods: { GET: other(d.get), PUT: other(d.update), DELETE: other(d.remove) },
  },
  { pattern: /^\/monitor\/streams\/destinations\/(\d+)\/history$/, methods: { GET: collection(d.history) } },
  { pattern: /^\/monitor\/streams\/destinations\/verify$/, methods: { POST: other(d.verify) } },
  { pattern: /^\/monitor\/streams$/, methods: { GET: collection(s.list), POST: other(s.create) } },
  {
    pattern: /^\/monitor\/streams\/(\d+)$/,
    methods: { GET: other(s.get), PUT: other(s.update), DELETE: other(s.remove) },
  },
  { pattern: /^\/monitor\/streams\/(\d+)\/history$/, methods: { GET: collection(s.history) } },
  { pattern: /^\/object-storage\/keys$/, methods: { GET: collection(k.list), POST: other(k.create) } },
  {
    pattern: /^\/object-storage\/keys\/(\d+)$/,
    methods: { GET: other(k.get), PUT: other(k.update), DELETE: other(k.remove) },
  },
  { pattern: /^\/object-storage\/endpoints$/, methods: { GET: collection(e.list) } },
  { pattern: /^\/lke\/clusters$/, methods: { GET: collection(lke.list) } },
  { pattern: /^\/lke\/clusters\/(\d+)$/, methods: { GET: other(lke.get), PUT: other(lke.update) } },
];

export type RouteResult = { kind: 'found'; endpoint: Endpoint; id: number } | { kind: 'not-found' } | { kind: 'method-not-allowed'; allow: string[] };

/** Finds the endpoint of a path (without version prefix). */
export function route(method: string, path: string): RouteResult {
  for (const { pattern, methods } of ROUTES) {
    const match = pattern.exec(path);
    if (!match) continue;
    const endpoint = methods[method.toUpperCase()];
    if (!endpoint) return { kind: 'method-not-allowed', allow: Object.keys(methods) };
    return { kind: 'found', endpoint, id: match[1] === undefined ? 0 : Number(match[1]) };
  }
  return { kind: 'not-found' };
}
