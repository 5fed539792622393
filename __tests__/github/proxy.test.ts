import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GITHUB_ACTIONS_BOT, startGitHubStandIn, type GitHubStandIn } from '../support/github-stand-in.js';

const TOKEN = 'ghs_proxyTest0123456789abcdef';

/** What the proxy was asked: the CONNECT target and whether the request carried an authorization header. */
const tunnels: string[] = [];
let proxy: Server;
let github: GitHubStandIn;

beforeAll(async () => {
  github = await startGitHubStandIn();
  github.addToken(TOKEN, { user: GITHUB_ACTIONS_BOT, installation: true });
  github.addPullRequest({ number: 5, headSha: 'a'.repeat(40) });
  github.addComment(5, { login: 'octocat', type: 'User' }, 'hello');
  // A CONNECT proxy that knows one host, github.test: the stand-in (loopback is never proxied).
  proxy = createServer((_req, res) => res.writeHead(405).end());
  proxy.on('connect', (req, client, head) => {
    tunnels.push(`${req.url} ${req.headers.authorization ?? '-'}`);
    const port = new URL(github.url).port;
    const upstream = connect(Number(port), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  // getOctokit's defaults (the base URL and its proxy) are read as @actions/github loads.
  process.env.GITHUB_API_URL = github.url.replace('127.0.0.1', 'github.test');
  process.env.HTTP_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(async () => {
  delete process.env.GITHUB_API_URL;
  delete process.env.HTTP_PROXY;
  proxy.closeAllConnections();
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
  await github.close();
});

describe('the GitHub client behind a proxy', () => {
  it('reaches GITHUB_API_URL through a CONNECT tunnel of the proxy in the env, the token inside the tunnel', async () => {
    const { createGitHubApi } = await import('../../src/github/client.js');
    const api = createGitHubApi({ token: TOKEN, owner: github.owner, repo: github.repo, throttle: false, log: () => undefined, debug: () => undefined });
    const comments = await api.listIssueComments(5);
    expect(comments.map((c) => c.body)).toEqual(['hello']);
    const host = new URL(process.env.GITHUB_API_URL!).host;
    expect(tunnels.length).toBeGreaterThan(0);
    expect(new Set(tunnels)).toEqual(new Set([`${host} -`]));
  });
});
