/** The public Linode API; the emulator or a proxy may replace it through the `api-url` input. */
export const DEFAULT_API_URL = 'https://api.linode.com';

export const API_VERSIONS = ['v4', 'v4beta'] as const;
export type ApiVersion = (typeof API_VERSIONS)[number];

const HTTPS_REQUIRED = 'api-url must use https (http is allowed only for loopback, e.g. the emulator)';

/** True for hosts that never leave the machine: 127.0.0.0/8, `localhost` and `[::1]`. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]') return true;
  // The URL class has already normalised IPv4 forms such as `127.1` to dotted quads.
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * Parses and checks the API base URL. The token is sent to this host, so plain http is refused
 * unless the host is loopback, and a URL that could carry credentials or be mangled by a query
 * string is refused too. The returned URL has no trailing slash in its path.
 */
export function validateApiUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new Error(`api-url is not a valid URL: "${url}"`);
  }
  if (parsed.protocol !== 'https:') {
    if (parsed.protocol !== 'http:' || !isLoopbackHost(parsed.hostname)) {
      throw new Error(HTTPS_REQUIRED);
    }
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new Error('api-url must not contain a user name or password; the token input authenticates');
  }
  if (parsed.search !== '' || parsed.hash !== '') {
    throw new Error('api-url must not contain a query string or fragment');
  }
  parsed.pathname = parsed.pathname.replace(/\/+$/, '');
  return parsed;
}

/** `url` as text without the trailing slash the URL class puts on an empty path. */
export function baseUrlText(url: URL): string {
  return `${url.origin}${url.pathname === '/' ? '' : url.pathname}`;
}

export function isApiVersion(value: string): value is ApiVersion {
  return (API_VERSIONS as readonly string[]).includes(value);
}
