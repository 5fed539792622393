import { context, getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { GitHubUnreachable, type GitHubApi, type Issue } from './api.js';
import { readEventContext, type EventContext } from './context.js';

export interface GitHubClientOptions {
  token: string;
  owner: string;
  repo: string;
  /** A line for the log (rate-limit waits). Never given a token or a body. */
  log: (line: string) => void;
  debug: (line: string) => void;
  /**
   * The REST API's base URL; GITHUB_API_URL when absent (the runner's: github.com's or a GitHub
   * Enterprise Server's). The proxy, if any, is chosen for GITHUB_API_URL (getOctokit's defaults).
   */
  baseUrl?: string;
  /**
   * false turns off the throttling plugin: no pacing of writes (one a second, GitHub's advice
   * against secondary rate limits) and no rate-limit waits. Only for tests not about them.
   */
  throttle?: boolean;
  /** Longest one attempt of a request may take, in ms. Default 30 s. */
  requestTimeoutMs?: number;
  /** The unit of retry and rate-limit waits, in ms (a Retry-After of 1 waits this long). Default 1,000. */
  retryUnitMs?: number;
}

/** Rate-limit waits longer than this are not waited out: the comment is skipped with a warning instead. */
const MAX_RATE_LIMIT_WAIT_S = 60;
const MAX_RATE_LIMIT_RETRIES = 2;

/**
 * No single GitHub call takes longer than this: a hung connection would otherwise hold the job
 * until its own timeout. A timed-out attempt fails like a network failure (status 500 from
 * Octokit): a read is retried; a create is not, and its caller looks for what it made first.
 */
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Until GitHub has answered once it is not known to be reachable: an attempt waits this long at
 * most (a local runner offline, or a firewall that drops packets), not REQUEST_TIMEOUT_MS.
 */
const FIRST_ANSWER_TIMEOUT_MS = 4_000;

/**
 * After the first connection refused, failed DNS lookup or unanswered attempt, the retry plugin
 * may try again for this long; then every call fails at once as unreachable. Without it, an
 * unreachable GitHub cost each call its retries (1 + 4 + 9 s) and each attempt up to 30 s.
 */
const UNREACHABLE_WAIT_MS = 3_000;

/** Network errors that mean GitHub cannot be reached at all, as node and undici name them. */
const UNREACHABLE_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'its host name does not resolve',
  EAI_AGAIN: 'DNS lookup failed',
  EHOSTUNREACH: 'no route to host',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
};

type Fetch = typeof globalThis.fetch;
const USER_AGENT = 'linode-log-streams-action';

/**
 * getOctokit's own fetch (undici through `@actions/http-client`'s proxy dispatcher for
 * GITHUB_API_URL: HTTPS_PROXY/NO_PROXY, a CONNECT tunnel) with a timeout on each attempt: the
 * retry plugin calls it once per attempt. Octokit's `request` option replaces getOctokit's
 * defaults whole, so the proxy fetch is taken from them and passed on wrapped.
 */
function timedFetch(base: Fetch, timeoutMs: number): Fetch {
  let answered = false;
  let unreachable: { since: number; why: string } | undefined;
  return async (url, init = {}) => {
    if (unreachable !== undefined && Date.now() - unreachable.since >= UNREACHABLE_WAIT_MS) throw new GitHubUnreachable(unreachable.why);
    const limit = answered ? timeoutMs : Math.min(timeoutMs, FIRST_ANSWER_TIMEOUT_MS);
    const timeout = AbortSignal.timeout(limit);
    try {
      const response = await base(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
      answered = true;
      unreachable = undefined;
      return response;
    } catch (error) {
      // A timeout once GitHub has answered is a slow request (ambiguous for a write), not an unreachable host.
      const why = networkFailure(error) ?? (timeout.aborted && !answered && !init.signal?.aborted ? `no answer within ${limit / 1000} s` : undefined);
      if (why === undefined) throw error;
      unreachable ??= { since: Date.now(), why };
      throw new GitHubUnreachable(why);
    }
  };
}

/** Why a fetch failed to reach its host (undici's `fetch failed` has the socket error as its cause), or undefined. */
function networkFailure(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown; errors?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    const codes = [e.code, ...(Array.isArray(e.errors) ? e.errors.map((x) => (x as { code?: unknown }).code) : [])];
    for (const code of codes) if (typeof code === 'string' && code in UNREACHABLE_CODES) return `${UNREACHABLE_CODES[code]}, ${code}`;
  }
  return undefined;
}

/**
 * The GitHub REST client: `@actions/github`'s getOctokit (GITHUB_API_URL, its proxy support)
 * with the retry plugin (5xx and network failures) and the throttling plugin (waits out primary
 * and secondary rate limits). Loaded lazily: only the modes that talk to GitHub pay for it.
 */
export function createGitHubApi(options: GitHubClientOptions): GitHubApi {
  const { owner, repo } = options;
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const wait = retryAfter <= MAX_RATE_LIMIT_WAIT_S && retryCount < MAX_RATE_LIMIT_RETRIES;
    options.log(`GitHub ${kind} rate limit on ${request.method} ${request.url}: ${wait ? `retrying in ${retryAfter}s` : 'giving up'}`);
    return wait;
  };
  const unit = options.retryUnitMs ?? 1000;
  const proxyFetch = (defaults.request?.fetch ?? globalThis.fetch) as Fetch;
  const log = { debug: options.debug, info: options.debug, warn: options.debug, error: options.debug };
  const common = {
    baseUrl: (options.baseUrl ?? defaults.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: USER_AGENT,
    log,
    request: { ...defaults.request, fetch: timedFetch(proxyFetch, options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS) },
    // 429 is the throttling plugin's to handle, with the server's Retry-After.
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retryAfterBaseValue: unit },
  };
  const octokit = getOctokit(
    options.token,
    {
      ...common,
      throttle: { enabled: options.throttle ?? true, retryAfterBaseValue: unit, onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    },
    retry,
    throttling,
  );
  // The throttling plugin queues GraphQL with the writes (one a second): the one identity query
  // goes through a client without it, so it does not hold back the comment that follows.
  const plain = getOctokit(options.token, { ...common, throttle: { enabled: false } }, retry, throttling);
  // A create is never retried by the client: after an ambiguous failure the caller looks for
  // what it created (by marker) before posting again.
  const once = { request: { retries: 0 } };

  return {
    async viewerLogin() {
      // GraphQL answers for app installation tokens (GITHUB_TOKEN: `github-actions[bot]`) and PATs
      // alike; REST GET /user answers only for user tokens.
      try {
        const data = await plain.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
        if (data.viewer.login) return data.viewer.login;
      } catch (error) {
        options.debug(`GraphQL viewer: ${(error as Error).message}`);
      }
      try {
        return (await plain.rest.users.getAuthenticated()).data.login;
      } catch (error) {
        options.debug(`GET /user: ${(error as Error).message}`);
      }
      return 'github-actions[bot]';
    },
    async listIssueComments(issueNumber) {
      return await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
    },
    async createIssueComment(issueNumber, body) {
      return (await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body, ...once })).data;
    },
    async updateIssueComment(commentId, body) {
      return (await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body })).data;
    },
    async pullsForCommit(sha) {
      return (await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha, per_page: 100 })).data;
    },
    async listOpenIssues(label) {
      const issues = (await octokit.paginate(octokit.rest.issues.listForRepo, {
        owner,
        repo,
        state: 'open',
        ...(label !== undefined ? { labels: label } : {}),
        per_page: 100,
      })) as Issue[];
      return issues.filter((issue) => !issue.pull_request);
    },
    async addLabels(issueNumber, labels) {
      await octokit.rest.issues.addLabels({ owner, repo, issue_number: issueNumber, labels });
    },
    async createIssue(title, body, labels) {
      return (await octokit.rest.issues.create({ owner, repo, title, body, labels, ...once })).data;
    },
    async updateIssue(issueNumber, update) {
      return (await octokit.rest.issues.update({ owner, repo, issue_number: issueNumber, ...update })).data;
    },
  };
}

/** This run's event, repository and pull request, from `@actions/github`'s context (read when the client loads). */
export function currentContext(): EventContext {
  return readEventContext(context);
}
