import type { PlanMarker } from '../render/marker.js';
import type { GitHubApi, IssueComment, PullRequest } from './api.js';
import { findPlanComment } from './comments.js';
import type { EventContext } from './context.js';

/** Where the plan approved for this apply is, if anywhere. */
export type ApprovedPlanSource =
  | { kind: 'no-pull-request'; why: string }
  | { kind: 'no-comment'; pullNumber: number }
  | { kind: 'found'; pullNumber: number; comment: IssueComment; marker: PlanMarker };

/**
 * The pull request a push merged: the one whose merge commit is the pushed commit (merge, squash
 * and rebase merges all record it), else the only merged one into the pushed branch.
 */
export function mergedPullRequest(pulls: PullRequest[], sha: string, ref: string): PullRequest | undefined {
  const merged = pulls.filter((p) => p.merged_at);
  const exact = merged.find((p) => p.merge_commit_sha === sha);
  if (exact) return exact;
  const branch = ref.replace(/^refs\/heads\//, '');
  const intoBranch = merged.filter((p) => p.base.ref === branch);
  return intoBranch.length === 1 ? intoBranch[0] : undefined;
}

/**
 * Finds the plan comment this apply must match: on a pull request event, that pull request's;
 * on a push, the pull request the pushed commit merged (commits → pulls API). Other events, and
 * direct pushes, have none.
 */
export async function findApprovedPlan(api: GitHubApi, login: string, context: EventContext, configPath: string): Promise<ApprovedPlanSource> {
  let pullNumber = context.pullRequest?.number;
  if (pullNumber === undefined) {
    if (context.eventName !== 'push') return { kind: 'no-pull-request', why: `a ${context.eventName || 'local'} event is not the merge of a pull request` };
    const pull = mergedPullRequest(await api.pullsForCommit(context.sha), context.sha, context.ref);
    if (!pull) return { kind: 'no-pull-request', why: `no merged pull request has commit ${context.sha.slice(0, 7)} as its merge (a direct push)` };
    pullNumber = pull.number;
  }
  const found = findPlanComment(await api.listIssueComments(pullNumber), login, configPath);
  return found ? { kind: 'found', pullNumber, ...found } : { kind: 'no-comment', pullNumber };
}
