import { LinodeApiError, cleanServerText, seconds } from './errors.js';

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
    case 'ECONNRESET':
    case 'EPIPE':
    // A body cut off mid-stream, as HTTP libraries report it ("stream has been aborted").
    case 'ERR_BAD_RESPONSE':
      return 'reset';
    // The transport's own timeout is ETIMEDOUT; HTTP libraries often say ECONNABORTED.
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
