import type { AgentOptions } from 'node:http';
import type { ConnectionOptions } from 'node:tls';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { isLoopbackHost } from './linode/api-url.js';

/**
 * The proxy `url` should go through, from HTTPS_PROXY / HTTP_PROXY and NO_PROXY (lower-case forms
 * first, as curl reads them), or undefined to connect directly. A loopback host (the emulator) is
 * never proxied. NO_PROXY is a list of hosts separated by commas or spaces: `*` (every host),
 * `example.org` (it and its subdomains), `.example.org` or `*.example.org` (its subdomains and
 * itself), each optionally with `:port`; no CIDR ranges.
 *
 * Not proxy-from-env: it reads only the global `process.env`, and this takes the environment as
 * an argument (the runner's, trusted; a test's own), so the lookup is these few lines instead.
 */
export function proxyUrlFor(url: URL, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (isLoopbackHost(url.hostname)) return undefined;
  const read = (name: string): string | undefined => {
    const value = env[name.toLowerCase()] ?? env[name.toUpperCase()];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const proxy = url.protocol === 'https:' ? read('https_proxy') : url.protocol === 'http:' ? read('http_proxy') : undefined;
  if (proxy === undefined || bypassed(url, read('no_proxy') ?? '')) return undefined;
  // A bare `host:port` (no scheme) is an http proxy, as curl and node read it.
  return proxy.includes('://') ? proxy : `http://${proxy}`;
}

function bypassed(url: URL, noProxy: string): boolean {
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const port = url.port !== '' ? url.port : url.protocol === 'https:' ? '443' : '80';
  return noProxy
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((entry) => entry !== '')
    .some((entry) => {
      if (entry === '*') return true;
      // `host`, `host:port`, `[v6]`, `[v6]:port`; a bare IPv6 address matches only as it is.
      const parts = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(entry);
      if (parts === null) return host === entry;
      const [, name = '', entryPort] = parts;
      if (entryPort !== undefined && entryPort !== port) return false;
      const suffix = name.replace(/^\*?\.?/, '').replace(/^\[|\]$/g, '');
      return suffix !== '' && (host === suffix || host.endsWith(`.${suffix}`));
    });
}

/**
 * An agent that tunnels requests to `url` through the proxy the environment names (a CONNECT,
 * so an https request's headers, the token among them, stay inside TLS to the API host), or
 * undefined when `url` is to be reached directly. `options` are the agent's own (keep-alive,
 * TLS options for the target). For any client of the action: the Linode API, S3, GitHub.
 */
export function proxyAgentFor(
  url: URL,
  env: NodeJS.ProcessEnv = process.env,
  options: AgentOptions & Pick<ConnectionOptions, 'ca' | 'lookup'> = {},
): HttpsProxyAgent<string> | undefined {
  const proxy = proxyUrlFor(url, env);
  if (proxy === undefined) return undefined;
  const agent = new HttpsProxyAgent(proxy, options);
  // https-proxy-agent applies its options to the connection to the proxy; the TLS to the target
  // takes each request's options, which node's Agent merges from `agent.options`.
  if (options.ca !== undefined) Object.assign(agent.options, { ca: options.ca });
  return agent;
}
