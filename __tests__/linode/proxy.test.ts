import { describe, expect, it } from 'vitest';
import { proxyAgentOptions } from '../../src/linode/proxy.js';

// What node >= 24.5 does with proxyEnv (HTTPS_PROXY/NO_PROXY, a CONNECT tunnel) cannot run under
// the node 20 of the test machine; this pins what the agents are given.
describe('proxyAgentOptions', () => {
  const env = { HTTPS_PROXY: 'http://proxy.internal:3128', NO_PROXY: 'example.org' };

  it('hands the environment to the agent for a remote host', () => {
    expect(proxyAgentOptions(new URL('https://api.linode.com'), env)).toEqual({ proxyEnv: env });
    expect(proxyAgentOptions(new URL('https://us-iad-1.linodeobjects.com'), env)).toEqual({ proxyEnv: env });
  });

  it('reads process.env by default', () => {
    expect(proxyAgentOptions(new URL('https://api.linode.com')).proxyEnv).toBe(process.env);
  });

  it('never proxies loopback (the emulator)', () => {
    for (const url of ['http://127.0.0.1:8080', 'http://[::1]:8080', 'http://localhost:1234']) {
      expect(proxyAgentOptions(new URL(url), env)).toEqual({});
    }
  });
});
