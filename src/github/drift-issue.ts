import { parseDriftMarker, sameConfig } from '../render/marker.js';
import { isAmbiguous, type GitHubApi, type Issue } from './api.js';
import { isOwnAuthor } from './comments.js';

export type DriftIssueResult =
  | { action: 'opened' | 'updated' | 'unchanged' | 'closed'; url: string; number: number }
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

/** The open drift issue for a config file: label, marker *and* own authorship. */
async function findDriftIssue(api: GitHubApi, options: DriftIssueOptions): Promise<Issue | undefined> {
  const issues = await api.listOpenIssues(options.label);
  return issues
    .filter((issue) => {
      const marker = parseDriftMarker(issue.body ?? '');
      return isOwnAuthor(issue.user, options.login) && marker !== undefined && sameConfig(marker, options.configPath);
    })
    .sort((a, b) => a.number - b.number)[0];
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
    if (existing.title === title && (existing.body ?? '') === body) return { action: 'unchanged', url: existing.html_url, number: existing.number };
    const updated = await api.updateIssue(existing.number, { title, body });
    return { action: 'updated', url: updated.html_url, number: updated.number };
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
