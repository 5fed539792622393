import { readFileSync } from 'node:fs';
import type { RunLinks } from '../render/comment.js';

/** The pull request a run is about. */
export interface PullRequestContext {
  number: number;
  /** The head commit: what reviewers see (the workspace may hold the test merge of it). */
  headSha: string;
  /** From a fork: its token is read-only and it gets no secrets. */
  fromFork: boolean;
}

/** What the runner tells the action about this run, read from its environment. */
export interface EventContext {
  eventName: string;
  /** `owner/name`; undefined outside Actions. */
  repository: { owner: string; repo: string } | undefined;
  sha: string;
  /** e.g. `refs/heads/main`. */
  ref: string;
  serverUrl: string;
  apiUrl: string;
  runId: string;
  /** The pull request of a `pull_request` or `pull_request_target` event. */
  pullRequest: PullRequestContext | undefined;
}

/** Events whose payload is a pull request: a plan there is commented on it. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** A run for a pull request, whose checked-out files (the config among them) are its author's. */
export function isPullRequestEvent(env: NodeJS.ProcessEnv = process.env): boolean {
  return PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '');
}

interface PullRequestPayload {
  number?: unknown;
  head?: { sha?: unknown; repo?: { full_name?: unknown } | null };
  base?: { repo?: { full_name?: unknown } };
}

/**
 * Reads GITHUB_EVENT_NAME, GITHUB_EVENT_PATH (the event JSON), GITHUB_REPOSITORY, GITHUB_SHA,
 * GITHUB_REF, GITHUB_SERVER_URL, GITHUB_API_URL and GITHUB_RUN_ID. Called by `run()`, never at
 * import time; a missing or unreadable event file means no pull request, not a failure.
 */
export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const repository = owner && repo && rest.length === 0 ? { owner, repo } : undefined;
  let pullRequest: PullRequestContext | undefined;
  if (PULL_REQUEST_EVENTS.has(eventName) && env.GITHUB_EVENT_PATH) {
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const pr = payload?.pull_request as PullRequestPayload | undefined;
    if (pr && Number.isSafeInteger(pr.number) && (pr.number as number) > 0) {
      const headRepo = pr.head?.repo?.full_name;
      pullRequest = {
        number: pr.number as number,
        headSha: typeof pr.head?.sha === 'string' ? pr.head.sha : (env.GITHUB_SHA ?? ''),
        // A deleted fork has no head repository: still a fork.
        fromFork: headRepo !== pr.base?.repo?.full_name,
      };
    }
  }
  return {
    eventName,
    repository,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    runId: env.GITHUB_RUN_ID ?? '',
    pullRequest,
  };
}

function readPayload(path: string): Record<string, unknown> | undefined {
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Links to this run and a commit, for comments and issues. */
export function runLinks(context: EventContext, sha: string): RunLinks {
  const base = context.repository ? `${context.serverUrl}/${context.repository.owner}/${context.repository.repo}` : undefined;
  return {
    runId: context.runId || 'local',
    runUrl: base && context.runId ? `${base}/actions/runs/${encodeURIComponent(context.runId)}` : undefined,
    sha,
    commitUrl: base && sha ? `${base}/commit/${encodeURIComponent(sha)}` : undefined,
  };
}
