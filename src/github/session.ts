/**
 * A session with GitHub for this run, and what the plan comment needs from it before the plan is
 * made. Small on purpose: the reads it starts go out while the rest of the run still loads.
 */
import type { ActionInputs } from '../inputs.js';
import type { GitHubApi, IssueComment } from './api.js';
import { isPullRequestEvent, type EventContext } from './context.js';
import { log } from '../reporting.js';

export interface GitHubSession {
  context: EventContext;
  api: GitHubApi;
  login: string;
}

/**
 * The GitHub client and this run's context, when this run has a token and a repository. Loads
 * the client (and `@actions/github`, whose context is read as it loads) only now.
 */
async function openGitHub(inputs: ActionInputs): Promise<{ api: GitHubApi; context: EventContext } | undefined> {
  if (!inputs.githubToken) {
    log.debug('GitHub: input github-token is empty; skipping');
    return undefined;
  }
  const { createGitHubApi, currentContext } = await import('./client.js');
  const context = currentContext();
  if (!context.repository) {
    log.debug('GitHub: GITHUB_REPOSITORY is not set; skipping');
    return undefined;
  }
  const api = createGitHubApi({
    token: inputs.githubToken,
    ...context.repository,
    log: (line) => log.info(line),
    debug: (line) => log.debug(line),
  });
  return { api, context };
}

/** Connects to GitHub when this run has a token and a repository, and asks who the token is. */
export async function connectGitHub(inputs: ActionInputs): Promise<GitHubSession | undefined> {
  const opened = await openGitHub(inputs);
  return opened ? { ...opened, login: await opened.api.viewerLogin() } : undefined;
}

/**
 * This run's context from `@actions/github`, loading it; undefined (and nothing loaded) when the
 * event is not a pull request's, for callers that need it only then.
 */
export async function pullRequestContext(): Promise<EventContext | undefined> {
  if (!isPullRequestEvent(process.env)) return undefined;
  return (await import('./client.js')).currentContext();
}

/** What posting the plan comment needs from GitHub before the body is known. */
export interface CommentTarget {
  github: GitHubSession;
  /** The pull request's comments, all pages, read with the token's login. */
  comments: IssueComment[];
}

/**
 * Starts reading what the plan comment needs — the token's login and the pull request's
 * comments, at the same time — so that a plan fetches it while the account is read, and posting
 * costs one round trip after the plan. Undefined when there is nothing to comment on. A failure
 * is reported where the comment is posted (the promise is marked handled until then).
 */
export function prepareComment(inputs: ActionInputs): Promise<CommentTarget | undefined> {
  const target = (async (): Promise<CommentTarget | undefined> => {
    if (inputs.comment === 'false' || !isPullRequestEvent(process.env)) return undefined;
    const opened = await openGitHub(inputs);
    const pr = opened?.context.pullRequest;
    if (!opened || !pr) return undefined;
    const { api, context } = opened;
    const [login, comments] = await Promise.all([api.viewerLogin(), api.listIssueComments(pr.number)]);
    return { github: { context, api, login }, comments };
  })();
  target.catch(() => undefined);
  return target;
}
