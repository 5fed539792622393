/**
 * OAuth scopes of the Linode API, as facts: which scope each endpoint this project uses needs.
 * One source for the emulator (which refuses a token without it) and the client (whose error
 * names the missing scope).
 */

/** The API areas the action touches; a token scope is `<area>:read_only` or `<area>:read_write`. */
export const SCOPE_AREAS = ['monitor', 'object_storage', 'lke'] as const;
export type ScopeArea = (typeof SCOPE_AREAS)[number];
export type ScopeLevel = 'read_only' | 'read_write';
export type Scope = `${ScopeArea}:${ScopeLevel}`;

/** Every scope; a personal access token with all of them is what `*` means. */
export const ALL_SCOPES = '*';

const AREA_OF_PATH: ReadonlyArray<readonly [RegExp, ScopeArea]> = [
  [/^\/monitor(\/|$)/, 'monitor'],
  [/^\/object-storage(\/|$)/, 'object_storage'],
  [/^\/lke(\/|$)/, 'lke'],
];

/**
 * The scope a request needs, from its method and its path below the version (`/lke/clusters/7`).
 * Reads need `read_only`; anything else needs `read_write`. Undefined for paths outside
 * {@link SCOPE_AREAS}.
 */
export function requiredScope(method: string, apiPath: string): Scope | undefined {
  const area = AREA_OF_PATH.find(([pattern]) => pattern.test(apiPath))?.[1];
  if (area === undefined) return undefined;
  return `${area}:${method.toUpperCase() === 'GET' ? 'read_only' : 'read_write'}`;
}

/** Whether a token's scopes grant `needed`: `read_write` includes `read_only`, `*` includes all. */
export function scopesGrant(granted: readonly string[], needed: Scope): boolean {
  if (granted.includes(ALL_SCOPES) || granted.includes(needed)) return true;
  const [area, level] = needed.split(':') as [ScopeArea, ScopeLevel];
  return level === 'read_only' && granted.includes(`${area}:read_write`);
}
