/** The author of a comment or issue, as the REST API returns it. */
export interface GitHubUser {
  login: string;
  /** `User` or `Bot`. */
  type?: string;
}

export interface IssueComment {
  id: number;
  body?: string | null;
  user: GitHubUser | null;
  html_url: string;
}

export interface Issue {
  number: number;
  title: string;
  body?: string | null;
  user: GitHubUser | null;
  html_url: string;
  state: string;
  /** As the REST API returns them: objects with a name (strings in some older payloads). */
  labels?: Array<string | { name?: string }>;
  /** Set on pull requests, which the issues endpoints list too. */
  pull_request?: unknown;
}

/** Whether an issue carries a label. */
export function hasLabel(issue: Issue, label: string): boolean {
  return (issue.labels ?? []).some((l) => (typeof l === 'string' ? l : l.name) === label);
}

export interface PullRequest {
  number: number;
  merged_at: string | null;
  merge_commit_sha: string | null;
  state: string;
  base: { ref: string };
}

/**
 * Everything this action asks of GitHub, for one repository. The orchestration depends on this
 * interface; the Octokit-backed implementation (client.ts) is loaded only when a mode needs it.
 */
export interface GitHubApi {
  /** The login of the token's own identity, e.g. `github-actions[bot]`. */
  viewerLogin(): Promise<string>;
  /** Every comment of an issue or pull request, all pages. */
  listIssueComments(issueNumber: number): Promise<IssueComment[]>;
  /** One POST, never retried by the client: a retry could duplicate the comment. */
  createIssueComment(issueNumber: number, body: string): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string): Promise<IssueComment>;
  /** Pull requests associated with a commit (for a merge commit: the one it merged). */
  pullsForCommit(sha: string): Promise<PullRequest[]>;
  /** Open issues (not pull requests), all pages: those with `label`, or every one when it is undefined. */
  listOpenIssues(label?: string): Promise<Issue[]>;
  /** Adds labels to an issue, keeping the ones it has. */
  addLabels(issueNumber: number, labels: string[]): Promise<void>;
  /** One POST, never retried by the client. */
  createIssue(title: string, body: string, labels: string[]): Promise<Issue>;
  updateIssue(issueNumber: number, update: { title?: string; body?: string; state?: 'open' | 'closed'; state_reason?: 'completed' }): Promise<Issue>;
}

/** GitHub's API could not be reached at all: connection refused, DNS, no answer. No permission is missing. */
export class GitHubUnreachable extends Error {
  override name = 'GitHubUnreachable';
  constructor(readonly why: string) {
    super(`GitHub is unreachable (${why})`);
  }
}

/** The unreachable failure behind a GitHub error (Octokit wraps what fetch throws as its cause), or undefined. */
export function unreachableOf(error: unknown): GitHubUnreachable | undefined {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) if (e instanceof GitHubUnreachable) return e;
  return undefined;
}

/** The HTTP status of a failed GitHub call, or undefined for a network failure. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status > 0 ? status : undefined;
}

/** A failure after which the request may have been carried out (a 5xx, a timeout, a cut connection). */
export function isAmbiguous(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || status >= 500;
}

/** A GitHub failure as one line: status and GitHub's message, never a header or a token. */
export function describeGitHubError(error: unknown): string {
  const unreachable = unreachableOf(error);
  if (unreachable) return unreachable.message;
  const status = statusOf(error);
  const data = (error as { response?: { data?: { message?: unknown } } } | null)?.response?.data;
  const message = typeof data?.message === 'string' ? data.message : error instanceof Error ? error.message : String(error);
  return status ? `${status}: ${message}` : message;
}
