import { STATUS_CODES } from 'node:http';
import type { ApiVersion } from './api-url.js';
import { API_REASONS } from './rules.js';
import { requiredScope } from './scopes.js';
import { redactKnown } from '../secrets.js';

export interface ApiReason {
  reason: string;
  field?: string;
}

export interface LinodeApiErrorInit {
  status: number;
  method: string;
  path: string;
  reasons?: ApiReason[];
  /** Node error code of a network failure (`ECONNRESET`, `ETIMEDOUT`, …). */
  code?: string;
  attempts?: number;
}

/**
 * A failed Linode API call, safe to print: it carries no request config, headers or body, only
 * what the message is built from. `status` is 0 when no HTTP response arrived.
 */
export class LinodeApiError extends Error {
  override readonly name = 'LinodeApiError';
  readonly status: number;
  readonly method: string;
  /** The API path without host or query, e.g. `/v4/monitor/streams/12`. */
  readonly path: string;
  readonly reasons: ApiReason[];
  readonly code: string | undefined;
  /** How many requests were made before giving up (1 when it was not retried). */
  readonly attempts: number;

  constructor(message: string, init: LinodeApiErrorInit) {
    super(message);
    this.status = init.status;
    this.method = init.method;
    this.path = init.path;
    this.reasons = init.reasons ?? [];
    this.code = init.code;
    this.attempts = init.attempts ?? 1;
  }
}

/** True for a {@link LinodeApiError}, also one from another copy of this module. */
export function isLinodeApiError(error: unknown): error is LinodeApiError {
  if (error instanceof LinodeApiError) return true;
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'LinodeApiError' &&
    typeof (error as { status?: unknown }).status === 'number'
  );
}

const MAX_REASON_LENGTH = 500;

/**
 * Server text shown to users: single line, bounded, no control characters. An answer may echo what
 * was sent, so it is redacted before it is cut: a cut through a secret would leave a piece the
 * final redaction pass can no longer recognise.
 */
export function cleanServerText(text: string, maxLength = MAX_REASON_LENGTH): string {
  // eslint-disable-next-line no-control-regex
  const oneLine = redactKnown(text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim());
  return oneLine.length > maxLength ? `${oneLine.slice(0, maxLength)}…` : oneLine;
}

export type ParsedErrorBody = { kind: 'reasons'; reasons: ApiReason[] } | { kind: 'empty' } | { kind: 'opaque'; description: string };

/**
 * Reads the API's `{"errors":[{"reason","field"}]}` body. Anything else (an HTML error page from
 * a proxy, a truncated body) is described by its size only: it is never echoed into a message.
 */
export function parseErrorBody(body: string): ParsedErrorBody {
  if (body.trim() === '') return { kind: 'empty' };
  const bytes = Buffer.byteLength(body, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { kind: 'opaque', description: `non-JSON response, ${bytes} bytes` };
  }
  const errors = (json as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) {
    return { kind: 'opaque', description: `JSON response without "errors", ${bytes} bytes` };
  }
  const reasons: ApiReason[] = [];
  for (const entry of errors as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { reason, field } = entry as { reason?: unknown; field?: unknown };
    if (typeof reason !== 'string' || reason.trim() === '') continue;
    const cleaned: ApiReason = { reason: cleanServerText(reason) };
    if (typeof field === 'string' && field.trim() !== '') cleaned.field = cleanServerText(field, 200);
    reasons.push(cleaned);
  }
  if (reasons.length === 0) {
    return { kind: 'opaque', description: `JSON response without reasons, ${bytes} bytes` };
  }
  return { kind: 'reasons', reasons };
}

export function formatReasons(reasons: readonly ApiReason[]): string {
  return reasons.map((r) => (r.field === undefined ? r.reason : `${r.reason} [${r.field}]`)).join('; ');
}

export function statusText(status: number): string {
  return STATUS_CODES[status] ?? 'Unknown Status';
}

/** The two collection paths; a 404 on them means the endpoints are missing, not a resource. */
const COLLECTION_PATHS = new Set(['/monitor/streams', '/monitor/streams/destinations']);

/**
 * What a user can do about a status, appended to the message. `method` and `reasons` (default
 * GET, none) tell a missing scope from a bad token and name the scope the request needed.
 * `writes`: the run applies, so a missing scope is named at `read_write`, the level the run needs
 * (a read in apply mode still needs a token that can write).
 */
export function statusHint(
  status: number,
  apiPath: string,
  apiVersion: ApiVersion,
  method = 'GET',
  reasons: readonly ApiReason[] = [],
  writes = false,
): string | undefined {
  const scope = requiredScope(method, apiPath);
  switch (status) {
    case 401:
      // The real API answers a token without the endpoint's scope with 401 and this reason.
      if (reasons.some((r) => r.reason === API_REASONS.tokenNotAuthorized)) {
        if (scope === undefined) return 'the token lacks the scope this endpoint needs; create a personal access token that has it';
        const writeScope = scope.replace(/:read_only$/, ':read_write');
        if (writes) return `the token lacks the \`${writeScope}\` scope, which apply needs; create a personal access token that has it`;
        return scope === writeScope
          ? `the token lacks the \`${scope}\` scope for this endpoint; create a personal access token that has it`
          : `the token lacks the \`${scope}\` scope for this endpoint; create a personal access token with \`${writeScope}\` (\`${scope}\` is enough for plan and check)`;
      }
      // The real API answers an expired or revoked token with 401 "Invalid Token".
      return 'the Linode token is invalid or expired; set the `token` input from a secret holding a valid personal access token';
    case 403:
      if (scope !== undefined && !scope.startsWith('monitor:')) {
        return `the token lacks access: it needs the \`${scope}\` scope and a user with access to the resource`;
      }
      return 'the token lacks access: it needs the `monitor:read_write` scope (`monitor:read_only` is enough for plan) and an unrestricted user, or the account lacks the Logs feature';
    case 404:
      if (!COLLECTION_PATHS.has(apiPath)) return undefined;
      return `the Logs endpoints may be on the other API version: try api-version: ${apiVersion === 'v4' ? 'v4beta' : 'v4'}`;
    default:
      if (status >= 300 && status < 400) return 'the API answered with a redirect, which is not followed (the token is never sent to another URL)';
      return undefined;
  }
}

export interface HttpFailure {
  method: string;
  /** Path with the version prefix, e.g. `/v4/monitor/streams`. */
  path: string;
  /** Path without the version prefix, e.g. `/monitor/streams`: what hints match on. */
  apiPath: string;
  apiVersion: ApiVersion;
  status: number;
  body: string;
  /** The run applies: a missing scope is named at read_write. */
  writes?: boolean;
}

/** Builds the error for an HTTP response that is not a success. */
export function httpError(failure: HttpFailure): LinodeApiError {
  const { method, path, status } = failure;
  const parsed = parseErrorBody(failure.body);
  const reasons = parsed.kind === 'reasons' ? parsed.reasons : [];
  let detail: string;
  switch (parsed.kind) {
    case 'reasons':
      detail = formatReasons(parsed.reasons);
      break;
    case 'empty':
      detail = statusText(status);
      break;
    case 'opaque':
      detail = `${statusText(status)} (${parsed.description})`;
      break;
    default: {
      const unreachable: never = parsed;
      throw new Error(`unhandled body kind ${String(unreachable)}`);
    }
  }
  const hint = statusHint(status, failure.apiPath, failure.apiVersion, method, reasons, failure.writes);
  const message = `${method} ${path} failed (${status}): ${detail}${hint === undefined ? '' : ` — ${hint}`}`;
  return new LinodeApiError(message, { status, method, path, reasons });
}

/** Builds the error for a 2xx response whose body is not what the API documents. */
export function unexpectedBodyError(method: string, path: string, status: number, body: string, expected: string): LinodeApiError {
  const bytes = Buffer.byteLength(body, 'utf8');
  let description: string;
  try {
    JSON.parse(body);
    description = `JSON that is not ${expected}, ${bytes} bytes`;
  } catch {
    description = `non-JSON response, ${bytes} bytes`;
  }
  return new LinodeApiError(`${method} ${path} returned an unexpected response (${status}): ${description}`, {
    status,
    method,
    path,
  });
}

/** Copy of `error` whose message says that retrying stopped, and why (e.g. `retry budget 120.0 s`). */
export function gaveUpError(error: LinodeApiError, attempts: number, elapsedMs: number, why: string): LinodeApiError {
  const message = `${error.message}; gave up after ${attempts} attempts over ${seconds(elapsedMs)} (${why})`;
  return new LinodeApiError(message, {
    status: error.status,
    method: error.method,
    path: error.path,
    reasons: error.reasons,
    code: error.code,
    attempts,
  });
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * What went wrong when no HTTP response arrived, as far as retrying cares:
 * - `reset`, `timeout`: the request may or may not have reached the server;
 * - `dns-temporary`: nothing was sent, the lookup may work next time;
 * - `refused`, `dns`, `tls`: nothing was sent and trying again will not help;
 * - `other`: unknown, so treated as possibly sent.
 */
export type NetworkKind = 'reset' | 'timeout' | 'dns-temporary' | 'refused' | 'dns' | 'tls' | 'other';

const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'EPROTO',
]);

export function networkKind(code: string | undefined): NetworkKind {
  switch (code) {
    // ERR_BAD_RESPONSE: a body cut off mid-stream, as axios reports it ("stream has been aborted"); http.ts says ECONNRESET.
    case 'ECONNRESET':
    case 'EPIPE':
    case 'ERR_BAD_RESPONSE':
      return 'reset';
    // http.ts's own timeout of the whole exchange is ETIMEDOUT; axios's would be ECONNABORTED.
    case 'ECONNABORTED':
    case 'ETIMEDOUT':
    case 'ESOCKETTIMEDOUT':
    case 'ERR_SOCKET_CONNECTION_TIMEOUT':
      return 'timeout';
    case 'EAI_AGAIN':
      return 'dns-temporary';
    case 'ECONNREFUSED':
      return 'refused';
    case 'ENOTFOUND':
      return 'dns';
    default:
      return code !== undefined && TLS_CODES.has(code) ? 'tls' : 'other';
  }
}

/** Short words for a network failure, for messages and retry lines. */
export function describeNetworkFailure(code: string | undefined, detail: string, timeoutMs: number): string {
  const suffix = code === undefined ? '' : ` (${code})`;
  switch (networkKind(code)) {
    case 'reset':
      return `connection reset${suffix}`;
    case 'timeout':
      return `no response within ${seconds(timeoutMs)}${suffix}`;
    case 'dns-temporary':
      return `temporary DNS failure${suffix}`;
    case 'refused':
      return `connection refused${suffix}`;
    case 'dns':
      return `host not found${suffix}`;
    case 'tls':
      return `TLS certificate not accepted${suffix}`;
    case 'other':
      return `${cleanServerText(detail, 200) || 'network error'}${suffix}`;
  }
}

export interface NetworkFailure {
  method: string;
  path: string;
  host: string;
  code: string | undefined;
  /** The underlying error's message; used only when the code says nothing. */
  detail: string;
  timeoutMs: number;
}

/** The error for a request that got no HTTP response. It names the host, never the request. */
export function networkError(failure: NetworkFailure): LinodeApiError {
  const what = describeNetworkFailure(failure.code, failure.detail, failure.timeoutMs);
  return new LinodeApiError(`${failure.method} ${failure.path} failed: ${failure.host}: ${what}`, {
    status: 0,
    method: failure.method,
    path: failure.path,
    code: failure.code,
  });
}
