/**
 * A local stand-in of the GitHub REST API (and the one GraphQL query the action makes), on
 * loopback only, for end-to-end runs of dist/index.js with GITHUB_API_URL pointed at it. It keeps
 * what GitHub would: comments with authors, issues with labels, pull requests with merge commits,
 * the 65,536-character body limit, Link-header pagination, read-only tokens, and faults.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInUser {
  login: string;
  type: 'User' | 'Bot';
}

/** What a token is: an app installation token (like GITHUB_TOKEN) cannot call GET /user. */
export interface StandInToken {
  user: StandInUser;
  installation?: boolean;
  /** A read-only token (a pull request from a fork) gets 403 on every write. */
  readOnly?: boolean;
  /**
   * A token that may not set labels: like GitHub for a user without push access, the labels of a
   * new issue are silently dropped, and adding labels is refused.
   */
  cannotLabel?: boolean;
}

export interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  user: StandInUser;
  createdAt: number;
  updatedAt: number;
}

export interface StoredIssue {
  number: number;
  title: string;
  body: string;
  user: StandInUser;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  pull?: { mergedAt: string | null; mergeCommitSha: string | null; headSha: string; baseRef: string };
}

export interface StandInRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  login: string | undefined;
}

export interface StandInFault {
  method?: string;
  /** Regex source matched against the path, e.g. `/issues/\\d+/comments$`. */
  path: string;
  /** The status to answer with; none: answer as usual (with `delayMs`, a slow answer). */
  status?: number;
  /** `after`: carry the request out, then answer with the fault (an ambiguous failure). Default before. */
  when?: 'before' | 'after';
  times?: number;
  message?: string;
  headers?: Record<string, string>;
  /** Wait this long before answering at all (a hung server); with no status, then answer normally. */
  delayMs?: number;
}

/** GitHub's limit on comment and issue bodies. */
export const BODY_LIMIT = 65_536;

export const GITHUB_ACTIONS_BOT: StandInUser = { login: 'github-actions[bot]', type: 'Bot' };

export interface GitHubStandIn {
  url: string;
  owner: string;
  repo: string;
  requests: StandInRequest[];
  comments(issueNumber?: number): StoredComment[];
  issues(): StoredIssue[];
  addToken(token: string, spec: StandInToken): void;
  addPullRequest(pull: {
    number: number;
    headSha: string;
    baseRef?: string;
    mergedAt?: string | null;
    mergeCommitSha?: string | null;
    title?: string;
    user?: StandInUser;
  }): void;
  /** Marks a pull request merged by a commit. */
  merge(number: number, mergeCommitSha: string): void;
  addComment(issueNumber: number, user: StandInUser, body: string): StoredComment;
  inject(fault: StandInFault): void;
  reset(): void;
  close(): Promise<void>;
}

interface State {
  nextId: number;
  nextNumber: number;
  comments: StoredComment[];
  issues: Map<number, StoredIssue>;
  faults: StandInFault[];
  clock: number;
}

function freshState(): State {
  return { nextId: 9_000_001, nextNumber: 1, comments: [], issues: new Map(), faults: [], clock: Date.UTC(2026, 10, 1) };
}

export async function startGitHubStandIn(options: { owner?: string; repo?: string } = {}): Promise<GitHubStandIn> {
  const owner = options.owner ?? 'acme';
  const repo = options.repo ?? 'audit-config';
  const tokens = new Map<string, StandInToken>();
  const requests: StandInRequest[] = [];
  let state = freshState();
  let base = '';

  const html = (path: string) => `https://github.com/${owner}/${repo}${path}`;
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000', '');
  const commentJson = (c: StoredComment) => ({
    id: c.id,
    body: c.body,
    user: { login: c.user.login, type: c.user.type },
    html_url: html(`/pull/${c.issueNumber}#issuecomment-${c.id}`),
    created_at: iso(c.createdAt),
    updated_at: iso(c.updatedAt),
  });
  const issueJson = (i: StoredIssue) => ({
    number: i.number,
    title: i.title,
    body: i.body,
    user: { login: i.user.login, type: i.user.type },
    state: i.state,
    state_reason: i.stateReason,
    labels: i.labels.map((name) => ({ name })),
    html_url: html(`/${i.pull ? 'pull' : 'issues'}/${i.number}`),
    ...(i.pull ? { pull_request: { url: `${base}/repos/${owner}/${repo}/pulls/${i.number}` } } : {}),
  });
  const pullJson = (i: StoredIssue) => ({
    number: i.number,
    state: i.state,
    merged_at: i.pull!.mergedAt,
    merge_commit_sha: i.pull!.mergeCommitSha,
    head: { sha: i.pull!.headSha },
    base: { ref: i.pull!.baseRef },
    html_url: html(`/pull/${i.number}`),
  });

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      send(res, 500, { message: String(error) });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const method = req.method ?? 'GET';
    const text = await readBody(req);
    let body: unknown = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const auth = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const token = auth ? tokens.get(auth) : undefined;
    const entry: StandInRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), body, status: 0, login: token?.user.login };
    requests.push(entry);
    const reply = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      send(res, status, data, headers);
    };
    if (!token) return reply(401, { message: 'Bad credentials' });

    const fault = state.faults.find((f) => (!f.method || f.method.toUpperCase() === method) && new RegExp(f.path).test(url.pathname) && (f.times ?? 1) > 0);
    if (fault) fault.times = (fault.times ?? 1) - 1;
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault && fault.status !== undefined && (fault.when ?? 'before') === 'before')
      return reply(fault.status, { message: fault.message ?? 'Server Error' }, fault.headers);

    const result = route(method, url, body, token);
    if (fault && fault.status !== undefined) return reply(fault.status, { message: fault.message ?? 'Server Error' }, fault.headers);
    return reply(result.status, result.data, result.headers);
  }

  type Result = { status: number; data: unknown; headers?: Record<string, string> };

  function page<T>(items: T[], url: URL): Result {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
    const pageNo = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const pages = Math.max(1, Math.ceil(items.length / perPage));
    const links: string[] = [];
    const at = (n: number) => {
      const next = new URL(url.pathname + url.search, base);
      next.searchParams.set('page', String(n));
      next.searchParams.set('per_page', String(perPage));
      return next.toString();
    };
    if (pageNo < pages) links.push(`<${at(pageNo + 1)}>; rel="next"`, `<${at(pages)}>; rel="last"`);
    return { status: 200, data: items.slice((pageNo - 1) * perPage, pageNo * perPage), headers: links.length ? { link: links.join(', ') } : {} };
  }

  function tooLong(text: unknown): Result | undefined {
    if (typeof text === 'string' && text.length > BODY_LIMIT) {
      return {
        status: 422,
        data: {
          message: 'Validation Failed',
          errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${BODY_LIMIT} characters)` }],
        },
      };
    }
    return undefined;
  }

  function route(method: string, url: URL, body: unknown, token: StandInToken): Result {
    const path = url.pathname;
    const input = (body ?? {}) as Record<string, unknown>;
    const write = method !== 'GET';
    const forbidden: Result = { status: 403, data: { message: 'Resource not accessible by integration' } };
    if (path === '/graphql' && method === 'POST') {
      if (typeof input.query === 'string' && /viewer\s*\{\s*login\s*\}/.test(input.query))
        return { status: 200, data: { data: { viewer: { login: token.user.login } } } };
      return { status: 200, data: { errors: [{ message: 'the stand-in answers only { viewer { login } }' }] } };
    }
    if (path === '/user' && method === 'GET') return token.installation ? forbidden : { status: 200, data: { login: token.user.login, type: token.user.type } };

    const prefix = `/repos/${owner}/${repo}`;
    if (!path.startsWith(`${prefix}/`)) return { status: 404, data: { message: 'Not Found' } };
    const rest = path.slice(prefix.length);
    if (write && token.readOnly) return forbidden;
    let m: RegExpExecArray | null;

    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = state.issues.get(Number(m[1]));
      if (!issue) return { status: 404, data: { message: 'Not Found' } };
      if (method === 'GET') return page(state.comments.filter((c) => c.issueNumber === issue.number).map(commentJson), url);
      if (method === 'POST') {
        const problem = tooLong(input.body);
        if (problem) return problem;
        if (typeof input.body !== 'string' || input.body === '') return { status: 422, data: { message: 'Validation Failed' } };
        const comment = addComment(issue.number, token.user, input.body);
        return { status: 201, data: commentJson(comment) };
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const comment = state.comments.find((c) => c.id === Number(m![1]));
      if (!comment) return { status: 404, data: { message: 'Not Found' } };
      if (method === 'GET') return { status: 200, data: commentJson(comment) };
      if (method === 'PATCH') {
        const problem = tooLong(input.body);
        if (problem) return problem;
        // Like GitHub, a token with write access may edit anyone's comment: the action must not.
        comment.body = String(input.body);
        comment.updatedAt = ++state.clock;
        return { status: 200, data: commentJson(comment) };
      }
    }
    if (rest === '/issues') {
      if (method === 'GET') {
        const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
        const wanted = url.searchParams.get('state') ?? 'open';
        const list = [...state.issues.values()]
          .filter((i) => wanted === 'all' || i.state === wanted)
          .filter((i) => labels.every((l) => i.labels.includes(l)))
          .sort((a, b) => b.number - a.number)
          .map(issueJson);
        return page(list, url);
      }
      if (method === 'POST') {
        const problem = tooLong(input.body);
        if (problem) return problem;
        if (typeof input.title !== 'string' || input.title === '') return { status: 422, data: { message: 'Validation Failed' } };
        const issue: StoredIssue = {
          number: state.nextNumber++,
          title: input.title,
          body: typeof input.body === 'string' ? input.body : '',
          user: token.user,
          state: 'open',
          stateReason: null,
          labels: Array.isArray(input.labels) && !token.cannotLabel ? input.labels.map(String) : [],
        };
        state.issues.set(issue.number, issue);
        return { status: 201, data: issueJson(issue) };
      }
    }
    if ((m = /^\/issues\/(\d+)$/.exec(rest))) {
      const issue = state.issues.get(Number(m[1]));
      if (!issue) return { status: 404, data: { message: 'Not Found' } };
      if (method === 'GET') return { status: 200, data: issueJson(issue) };
      if (method === 'PATCH') {
        const problem = tooLong(input.body);
        if (problem) return problem;
        if (typeof input.title === 'string') issue.title = input.title;
        if (typeof input.body === 'string') issue.body = input.body;
        if (input.state === 'open' || input.state === 'closed') issue.state = input.state;
        if (typeof input.state_reason === 'string') issue.stateReason = input.state_reason;
        return { status: 200, data: issueJson(issue) };
      }
    }
    if ((m = /^\/issues\/(\d+)\/labels$/.exec(rest)) && method === 'POST') {
      const issue = state.issues.get(Number(m[1]));
      if (!issue) return { status: 404, data: { message: 'Not Found' } };
      if (token.cannotLabel) return forbidden;
      const labels = Array.isArray(input.labels) ? input.labels.map(String) : [];
      for (const label of labels) if (!issue.labels.includes(label)) issue.labels.push(label);
      return { status: 200, data: issue.labels.map((name) => ({ name })) };
    }
    if ((m = /^\/commits\/([0-9a-f]{7,40})\/pulls$/.exec(rest)) && method === 'GET') {
      const sha = m[1]!;
      const pulls = [...state.issues.values()].filter((i) => i.pull && (i.pull.mergeCommitSha === sha || i.pull.headSha === sha));
      return { status: 200, data: pulls.map(pullJson) };
    }
    return { status: 404, data: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
  }

  function addComment(issueNumber: number, user: StandInUser, body: string): StoredComment {
    const comment: StoredComment = { id: state.nextId++, issueNumber, body, user, createdAt: ++state.clock, updatedAt: state.clock };
    state.comments.push(comment);
    return comment;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    owner,
    repo,
    requests,
    comments: (issueNumber) => state.comments.filter((c) => issueNumber === undefined || c.issueNumber === issueNumber),
    issues: () => [...state.issues.values()].filter((i) => !i.pull),
    addToken: (token, spec) => void tokens.set(token, spec),
    addPullRequest(pull) {
      state.issues.set(pull.number, {
        number: pull.number,
        title: pull.title ?? `Pull request ${pull.number}`,
        body: '',
        user: pull.user ?? { login: 'octocat', type: 'User' },
        state: pull.mergedAt ? 'closed' : 'open',
        stateReason: null,
        labels: [],
        pull: { mergedAt: pull.mergedAt ?? null, mergeCommitSha: pull.mergeCommitSha ?? null, headSha: pull.headSha, baseRef: pull.baseRef ?? 'main' },
      });
      state.nextNumber = Math.max(state.nextNumber, pull.number + 1);
    },
    merge(number, mergeCommitSha) {
      const issue = state.issues.get(number);
      if (!issue?.pull) throw new Error(`no pull request ${number}`);
      issue.pull.mergedAt = iso(++state.clock);
      issue.pull.mergeCommitSha = mergeCommitSha;
      issue.state = 'closed';
    },
    addComment,
    inject: (fault) => void state.faults.push({ ...fault }),
    reset() {
      state = freshState();
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets (and a request a fault holds) would otherwise keep close waiting.
        server.closeAllConnections();
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(data);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
