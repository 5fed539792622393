import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isAmbiguous } from '../../src/github/api.js';
import { createGitHubApi } from '../../src/github/client.js';
import { GITHUB_ACTIONS_BOT, startGitHubStandIn, type GitHubStandIn } from '../support/github-stand-in.js';

const TOKEN = 'ghs_clientTest0123456789abcdef';

let github: GitHubStandIn;
beforeAll(async () => {
  github = await startGitHubStandIn();
  github.addToken(TOKEN, { user: GITHUB_ACTIONS_BOT, installation: true });
});
afterAll(() => github.close());
beforeEach(() => {
  github.reset();
  github.addPullRequest({ number: 5, headSha: 'a'.repeat(40) });
  github.addComment(5, { login: 'octocat', type: 'User' }, 'hello');
});

/** The real client (retry and throttling plugins on) with short waits: a retry unit of 10 ms, 300 ms per attempt. */
function client(log: string[] = []) {
  return createGitHubApi({
    token: TOKEN,
    owner: github.owner,
    repo: github.repo,
    baseUrl: github.url,
    retryUnitMs: 10,
    requestTimeoutMs: 300,
    log: (l) => log.push(l),
    debug: () => undefined,
  });
}
const calls = (path: string) => github.requests.filter((r) => r.path.endsWith(path));

describe('the GitHub client, against the stand-in', () => {
  it('retries a 502 and returns what the retry got', async () => {
    github.inject({ method: 'GET', path: '/issues/5/comments$', status: 502, message: 'Bad Gateway', times: 1 });
    const comments = await client().listIssueComments(5);
    expect(comments.map((c) => c.body)).toEqual(['hello']);
    expect(calls('/issues/5/comments').map((r) => r.status)).toEqual([502, 200]);
  });

  it('waits out a secondary rate limit (403 with Retry-After), saying so in the log, then retries', async () => {
    github.inject({
      method: 'GET',
      path: '/issues/5/comments$',
      status: 403,
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '1' },
      times: 1,
    });
    const log: string[] = [];
    const comments = await client(log).listIssueComments(5);
    expect(comments).toHaveLength(1);
    expect(calls('/issues/5/comments').map((r) => r.status)).toEqual([403, 200]);
    expect(log).toEqual([expect.stringMatching(/^GitHub secondary rate limit on GET \S+\/issues\/5\/comments\S*: retrying in 1s$/)]);
    expect(log.join('\n')).not.toContain(TOKEN);
  });

  it('gives up on a secondary rate limit longer than it waits', async () => {
    github.inject({
      method: 'GET',
      path: '/issues/5/comments$',
      status: 403,
      message: 'You have exceeded a secondary rate limit.',
      headers: { 'retry-after': '3600' },
      times: 1,
    });
    const log: string[] = [];
    await expect(client(log).listIssueComments(5)).rejects.toMatchObject({ status: 403 });
    expect(log).toEqual([expect.stringMatching(/secondary rate limit on GET .*: giving up$/)]);
  });

  it('times out a hung read and retries it', async () => {
    github.inject({ method: 'GET', path: '/issues/5/comments$', delayMs: 2_000, times: 1 });
    const comments = await client().listIssueComments(5);
    expect(comments).toHaveLength(1);
    expect(calls('/issues/5/comments')).toHaveLength(2);
  });

  it('times out a hung create and does not retry it: the failure is ambiguous, for the caller to look first', async () => {
    github.inject({ method: 'POST', path: '/issues/5/comments$', delayMs: 2_000, times: 1 });
    const failure = await client()
      .createIssueComment(5, 'plan')
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeDefined();
    expect(isAmbiguous(failure)).toBe(true);
    expect(calls('/issues/5/comments').filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});

describe('the GitHub client, with GitHub out of reach', () => {
  it('fails as unreachable (connection refused), which describes itself as such', async () => {
    const { createServer } = await import('node:net');
    const { describeGitHubError, unreachableOf } = await import('../../src/github/api.js');
    const server = createServer();
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as { port: number };
    await new Promise((done) => server.close(done));
    const api = createGitHubApi({ token: TOKEN, owner: 'o', repo: 'r', baseUrl: `http://127.0.0.1:${port}`, retryUnitMs: 1, log: () => {}, debug: () => {} });
    const error: unknown = await api.listIssueComments(1).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(unreachableOf(error)?.why).toBe('connection refused, ECONNREFUSED');
    expect(describeGitHubError(error)).toBe('GitHub is unreachable (connection refused, ECONNREFUSED)');
  });
});
