import type { RunLinks } from '../render/comment.js';

/** The pull request a run is about. */
export interface PullRequestContext {
  number: number;
  /** The head commit: what reviewers see (the workspace may hold the test merge of it). */
  headSha: string;
  /** From a fork: its token is read-only and it gets no secrets. */
  fromFork: boolean;
}

/** What the runner tells the action about this run (`@actions/github`'s context, read by readEventContext). */
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

/**
 * A run for a pull request, whose checked-out files (the config among them) are its author's.
 * From the env alone: every mode asks this, and `@actions/github` (its context) loads only with
 * the GitHub client.
 */
export function isPullRequestEvent(env: NodeJS.ProcessEnv = process.env): boolean {
  return PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '');
}

/** What is read of `@actions/github`'s `context` (which reads the runner's env and event file when it loads). */
export type ActionsContext = Pick<
  typeof import('@actions/github').context,
  'eventName' | 'payload' | 'sha' | 'ref' | 'serverUrl' | 'apiUrl' | 'runId' | 'repo'
>;

interface PullRequestPayload {
  number?: unknown;
  head?: { sha?: unknown; repo?: { full_name?: unknown } | null };
  base?: { repo?: { full_name?: unknown } };
}

/**
 * This run as the action uses it, from `@actions/github`'s context, which lacks what is added
 * here: a pull request only on pull request events, with its head commit and whether it comes
 * from a fork. An event file the context could not find means no pull request, not a failure.
 */
export function readEventContext(context: ActionsContext): EventContext {
  const eventName = context.eventName ?? '';
  let pullRequest: PullRequestContext | undefined;
  const pr = PULL_REQUEST_EVENTS.has(eventName) ? (context.payload.pull_request as PullRequestPayload | undefined) : undefined;
  if (pr && Number.isSafeInteger(pr.number) && (pr.number as number) > 0) {
    const headRepo = pr.head?.repo?.full_name;
    pullRequest = {
      number: pr.number as number,
      headSha: typeof pr.head?.sha === 'string' ? pr.head.sha : (context.sha ?? ''),
      // A deleted fork has no head repository: still a fork.
      fromFork: headRepo !== pr.base?.repo?.full_name,
    };
  }
  return {
    eventName,
    repository: repositoryOf(context),
    sha: context.sha ?? '',
    ref: context.ref ?? '',
    serverUrl: (context.serverUrl || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (context.apiUrl || 'https://api.github.com').replace(/\/+$/, ''),
    runId: Number.isSafeInteger(context.runId) ? String(context.runId) : '',
    pullRequest,
  };
}

/** `context.repo` throws outside Actions (no GITHUB_REPOSITORY, no repository in the payload). */
function repositoryOf(context: ActionsContext): EventContext['repository'] {
  try {
    const { owner, repo } = context.repo;
    return owner && repo ? { owner, repo } : undefined;
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
