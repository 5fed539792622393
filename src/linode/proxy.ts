import { isLoopbackHost } from './api-url.js';

/**
 * Options for node's http/https Agent that make it honour HTTPS_PROXY, HTTP_PROXY and NO_PROXY
 * (or their lower-case forms) from the environment, as self-hosted runners behind a proxy need.
 * Node 24.5 and later read the `proxyEnv` option (an HTTPS request goes through a CONNECT
 * tunnel, so the token stays inside TLS); older node ignores it. A loopback host (the emulator)
 * is never sent to a proxy.
 */
export function proxyAgentOptions(url: URL, env: NodeJS.ProcessEnv = process.env): { proxyEnv?: NodeJS.ProcessEnv } {
  return isLoopbackHost(url.hostname) ? {} : { proxyEnv: env };
}
