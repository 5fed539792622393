/**
 * A session with GitHub for this run, and what the plan comment needs from it before the plan is
 * made. Small on purpose: the reads it starts go out while the rest of the run still loads.
 */
import type { ActionInputs } from '../inputs.js';
import type { GitHubApi, IssueComment } from './api.js';
import { readEventContext, type EventContext } from './context.js';
import { log } from '../reporting.js';

export interface GitHubSession {
  context: EventContext;
  api: GitHubApi;
  login: string;
}

/** The GitHub client when this run has a token and a repository. Loads the client only now. */
async function openGitHub(inputs: ActionInputs, context: EventContext, onRequest?: () => void): Promise<GitHubApi | undefined> {
  if (!inputs.githubToken || !context.repository) {
    log.debug(`GitHub: ${!inputs.githubToken ? 'input github-token is empty' : 'GITHUB_REPOSITORY is not set'}; skipping`);
    return undefined;
  }
  const { createGitHubApi } = await import('./client.js');
  return createGitHubApi({
    token: inputs.githubToken,
    ...context.repository,
    log: (line) => log.info(line),
    debug: (line) => log.debug(line),
    ...(onRequest ? { onRequest } : {}),
  });
}

/** Connects to GitHub when this run has a token and a repository, and asks who the token is. */
export async function connectGitHub(inputs: ActionInputs, context: EventContext): Promise<GitHubSession | undefined> {
  const api = await openGitHub(inputs, context);
  return api ? { context, api, login: await api.viewerLogin() } : undefined;
}

/** What posting the plan comment needs from GitHub before the body is known. */
export interface CommentTarget {
  github: GitHubSession;
  /** The pull request's comments, all pages, read with the token's login. */
  comments: IssueComment[];
}

/** The reads of the plan comment, started. */
export interface PreparedComment {
  target: Promise<CommentTarget | undefined>;
  /** Settles once both reads are on their way (or there is nothing to read): then synchronous work does not hold them back. */
  sent: Promise<void>;
}

/**
 * Starts reading what the plan comment needs — the token's login and the pull request's
 * comments, at the same time — so a plan can fetch it while the account is read, and posting
 * costs one round trip after the plan. The target is undefined when there is nothing to comment
 * on; its failure is reported where the comment is posted.
 */
export function prepareComment(inputs: ActionInputs): PreparedComment {
  let issued = 0;
  let onSent = (): void => undefined;
  const sent = new Promise<void>((resolve) => (onSent = resolve));
  const target = (async (): Promise<CommentTarget | undefined> => {
    if (inputs.comment === 'false') return undefined;
    const context = readEventContext(process.env);
    const pr = context.pullRequest;
    if (!pr) return undefined;
    const api = await openGitHub(inputs, context, () => {
      if (++issued === 2) onSent();
    });
    if (!api) return undefined;
    const [login, comments] = await Promise.all([api.viewerLogin(), api.listIssueComments(pr.number)]);
    return { github: { context, api, login }, comments };
  })();
  target.then(onSent, onSent);
  return { target, sent };
}
