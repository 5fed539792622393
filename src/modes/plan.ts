/** `plan`: the plan on the pull request's comment (the log, outputs and summary are reportPlan's). */
import type { CommentTarget } from '../github/session.js';
import type { LiveInputs } from '../inputs.js';
import { approvedChanges } from '../plan/fingerprint.js';
import type { Plan } from '../plan/types.js';
import { commentOnPullRequest } from '../pull-request.js';
import { failOnChecks, setIdOutputs, type Ids } from '../report.js';

/**
 * Comments the plan on the pull request. A failed pre-flight check fails the step like a drift
 * check, and the plan (with its checks table) stays on the comment.
 *
 * @param comment what the comment needs from GitHub, read with the account
 */
export async function commentPlan(
  inputs: LiveInputs,
  plan: Plan,
  fingerprint: string,
  ids: Ids,
  comment: Promise<CommentTarget | undefined> | undefined,
): Promise<void> {
  setIdOutputs(ids);
  await commentOnPullRequest(inputs, { kind: 'planned', plan, fingerprint, changes: approvedChanges(plan) }, comment);
  failOnChecks(plan);
}
