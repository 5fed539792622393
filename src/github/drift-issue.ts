import { parseDriftMarker, sameConfig } from '../render/marker.js';
import { describeGitHubError, hasLabel, isAmbiguous, type GitHubApi, type Issue } from './api.js';
import { isOwnAuthor } from './comments.js';

export type DriftIssueResult =
  | {
      action: 'opened' | 'updated' | 'unchanged' | 'closed';
      url: string;
      number: number;
      /** The issue had lost its label and it could not be added back (why), e.g. no permission. */
      labelProblem?: string;
    }
  | { action: 'none' };

export interface DriftIssueOptions {
  login: string;
  configPath: string;
  label: string;
  /** The issue to open or update while there is drift; undefined when the account matches the file. */
  drift: { title: string; body: string } | undefined;
  /** The comment that closes the issue once the drift is gone. */
  resolvedComment: string;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The open drift issue for a config file: marker *and* own authorship. The label is only a cheap
 * first query: someone may have removed it, or GitHub dropped it when the issue was opened (labels
 * of a token that may not set them are silently ignored), so every open issue is searched next.
 */
async function findDriftIssue(api: GitHubApi, options: DriftIssueOptions): Promise<Issue | undefined> {
  const ours = (issues: Issue[]) =>
    issues
      .filter((issue) => {
        const marker = parseDriftMarker(issue.body ?? '');
        return isOwnAuthor(issue.user, options.login) && marker !== undefined && sameConfig(marker, options.configPath);
      })
      .sort((a, b) => a.number - b.number)[0];
  return ours(await api.listOpenIssues(options.label)) ?? ours(await api.listOpenIssues());
}

/** Puts the label back on an issue that lost it; a failure is reported, never thrown. */
async function relabel(api: GitHubApi, issue: Issue, label: string): Promise<string | undefined> {
  if (hasLabel(issue, label)) return undefined;
  try {
    await api.addLabels(issue.number, [label]);
    return undefined;
  } catch (error) {
    return describeGitHubError(error);
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One issue per config file while drift lasts: opened on the first drift, its body updated on
 * later runs (not a new comment each time), closed with a comment once the account matches the
 * file. Like the plan comment, a create that fails ambiguously is looked for before it is retried.
 */
export async function syncDriftIssue(api: GitHubApi, options: DriftIssueOptions): Promise<DriftIssueResult> {
  const sleep = options.sleep ?? defaultSleep;
  const existing = await findDriftIssue(api, options);
  if (!options.drift) {
    if (!existing) return { action: 'none' };
    await api.createIssueComment(existing.number, options.resolvedComment);
    const closed = await api.updateIssue(existing.number, { state: 'closed', state_reason: 'completed' });
    return { action: 'closed', url: closed.html_url, number: closed.number };
  }
  const { title, body } = options.drift;
  if (existing) {
    const labelProblem = await relabel(api, existing, options.label);
    const problem = labelProblem !== undefined ? { labelProblem } : {};
    if (existing.title === title && (existing.body ?? '') === body) return { action: 'unchanged', url: existing.html_url, number: existing.number, ...problem };
    const updated = await api.updateIssue(existing.number, { title, body });
    return { action: 'updated', url: updated.html_url, number: updated.number, ...problem };
  }
  for (let attempt = 1; ; attempt++) {
    try {
      const opened = await api.createIssue(title, body, [options.label]);
      return { action: 'opened', url: opened.html_url, number: opened.number };
    } catch (error) {
      if (!isAmbiguous(error) || attempt >= 3) throw error;
      await sleep(1000 * attempt);
      const landed = await findDriftIssue(api, options);
      if (landed) return { action: 'opened', url: landed.html_url, number: landed.number };
    }
  }
}
