import { codeBlock, escapeMarkdown, htmlLink } from './escape.js';
import { chars, COMMENT_LIMIT } from './fit.js';
import { renderPlanBody } from './markdown.js';
import { APPLY_STATUS_CLOSE as APPLY_CLOSE, APPLY_STATUS_OPEN as APPLY_OPEN, formatPlanMarker } from './marker.js';
import { hasChanges } from './values.js';
import { count } from './words.js';
import type { ApprovedChange } from '../plan/fingerprint.js';
import type { Plan } from '../plan/types.js';

/** Where a run and its commit are, for the footer and status lines. */
export interface RunLinks {
  runId: string;
  runUrl: string | undefined;
  sha: string;
  commitUrl: string | undefined;
}

export interface CommentContext {
  configPath: string;
  links: RunLinks;
}

/** What a plan run on a pull request found. */
export type PlanCommentOutcome =
  | { kind: 'planned'; plan: Plan; fingerprint: string; changes: ApprovedChange[] }
  /** No Linode token (pull requests from forks get no secrets): the file was only validated. */
  | { kind: 'offline'; destinations: number; streams: number }
  | { kind: 'invalid-config'; errors: Array<{ where: string; message: string }> }
  | { kind: 'failed'; message: string };

/** Room kept for the status an apply adds later, so that edit can never push the body over the limit. */
const APPLY_STATUS_RESERVE = 2_000;

const shortSha = (sha: string) => sha.slice(0, 7);

export function runLink(links: RunLinks): string {
  return htmlLink(`run ${links.runId}`, links.runUrl);
}

export function commitLink(links: RunLinks): string {
  return htmlLink(shortSha(links.sha), links.commitUrl, { code: true });
}

/**
 * The sticky plan comment: hidden marker, heading, status, then the plan (counts, table of
 * changes, collapsible field-level diffs, unmanaged resources), and a footer with the commit and
 * run. Pure and deterministic; at most `limit` characters, cutting diffs first, then table rows,
 * and pointing at the job summary, which has the whole plan.
 */
export function renderPlanComment(outcome: PlanCommentOutcome, context: CommentContext, limit = COMMENT_LIMIT): string {
  const marker = formatPlanMarker({
    config: context.configPath,
    sha: context.links.sha,
    ...(outcome.kind === 'planned' ? { fingerprint: outcome.fingerprint, changes: outcome.changes } : {}),
  });
  const head = [
    marker,
    `### Linode log streams: <code>${escapeMarkdown(context.configPath)}</code>`,
    '',
    statusLine(outcome),
    APPLY_OPEN,
    ...pendingApply(outcome),
    APPLY_CLOSE,
    '',
    '',
  ].join('\n');
  const footer = `\n<sub>${outcome.kind === 'planned' ? 'Planned' : 'Checked'} at ${commitLink(context.links)} in ${runLink(context.links)}${outcome.kind === 'planned' ? ` · plan fingerprint <code>${outcome.fingerprint.slice(0, 12)}</code>` : ''}</sub>\n`;
  const room = limit - chars(head) - chars(footer) - APPLY_STATUS_RESERVE;
  return head + outcomeBody(outcome, context, room) + footer;
}

function statusLine(outcome: PlanCommentOutcome): string {
  switch (outcome.kind) {
    case 'planned':
      return hasChanges(outcome.plan) ? '📋 **Plan:** applying this config makes the changes below.' : '✅ **No changes:** the live account matches the file.';
    case 'offline':
      return `⚠️ **Validated offline:** the config is valid (${count(outcome.destinations, 'destination')}, ${count(outcome.streams, 'stream')}). The live plan was skipped: this run has no Linode token (pull requests from forks get no secrets).`;
    case 'invalid-config':
      return `❌ **Invalid config:** ${count(outcome.errors.length, 'error')}. Nothing was planned.`;
    case 'failed':
      return '❌ **Plan failed.** Nothing was planned.';
    default: {
      const unreachable: never = outcome;
      return unreachable;
    }
  }
}

/**
 * What happens next to a plan with changes, in the apply-status place: the apply's own status
 * replaces it, so an applied plan no longer reads as one still to come.
 */
function pendingApply(outcome: PlanCommentOutcome): string[] {
  if (outcome.kind !== 'planned' || !hasChanges(outcome.plan)) return [];
  return ['⏳ **Not applied yet.** The apply after the merge runs only this plan: if the account or the file changes first, it stops and asks for a new plan.'];
}

function outcomeBody(outcome: PlanCommentOutcome, context: CommentContext, room: number): string {
  switch (outcome.kind) {
    case 'planned':
      return renderPlanBody(outcome.plan, { limit: room, fullPlanAt: `the job summary of ${runLink(context.links)}` }).markdown;
    case 'offline':
      return '';
    case 'invalid-config': {
      const lines = outcome.errors.map((e) => `${e.where}: ${e.message}`.replace(/\r\n|\r|\n/g, ' '));
      return `${fitCode(lines, room)}\n`;
    }
    case 'failed':
      return `${fitCode(outcome.message.split(/\r\n|\r|\n/), room)}\n`;
    default: {
      const unreachable: never = outcome;
      return unreachable;
    }
  }
}

/** Lines in a code block (inert whatever they hold), cut to fit `room` characters. */
function fitCode(lines: string[], room: number): string {
  const kept: string[] = [];
  let used = 20;
  for (const line of lines) {
    if (used + line.length + 1 > room - 80) {
      kept.push(`… ${count(lines.length - kept.length, 'more line')}: see the run's log`);
      break;
    }
    kept.push(line);
    used += line.length + 1;
  }
  return codeBlock(kept.join('\n'));
}

/** What an apply did with the plan a comment shows. */
export type ApplyStatus =
  | { kind: 'applied'; applied: number; alreadyDone: number }
  | { kind: 'apply-failed'; failed: number; total: number }
  | { kind: 'plan-changed' }
  | { kind: 'applied-changed-plan'; applied: number; failed: number }
  /** The apply stopped before its first write, e.g. missing secrets, failed pre-flight checks or token scopes. */
  | { kind: 'refused'; why: string };

export function renderApplyStatus(status: ApplyStatus, links: RunLinks): string {
  const where = `at ${commitLink(links)} in ${runLink(links)}`;
  switch (status.kind) {
    case 'applied': {
      const done = status.applied === 0 ? 'nothing left to change' : `${count(status.applied, 'change')} applied`;
      const earlier =
        status.alreadyDone > 0 ? ` (${count(status.alreadyDone, 'approved change')} ${status.alreadyDone === 1 ? 'was' : 'were'} already done)` : '';
      return `✅ **Applied** ${where}: ${done}${earlier}.`;
    }
    case 'apply-failed':
      return `❌ **Apply failed** ${where}: ${status.failed} of ${count(status.total, 'change')} not applied. The run lists each one.`;
    case 'plan-changed':
      return `⛔ **Not applied** ${where}: the plan then differed from this one (the account or the file changed after it was made), so nothing was changed. The run's job summary shows what differs; plan again to review the new plan.`;
    case 'refused':
      return `⛔ **Not applied** ${where}: ${escapeMarkdown(status.why)}. Nothing was changed; fix that and re-run the apply.`;
    case 'applied-changed-plan':
      return `⚠️ **Applied a plan that differs from this one** ${where} (on-plan-changed: apply): ${count(status.applied, 'change')} applied${status.failed > 0 ? `, ${status.failed} not applied` : ''}. The run's job summary shows what differed.`;
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

/**
 * The comment with its apply status set, or undefined when the comment has no place for one
 * (edited by hand). The rest of the body, marker included, is kept as it was.
 */
export function withApplyStatus(body: string, status: string): string | undefined {
  const open = body.indexOf(APPLY_OPEN);
  const close = body.indexOf(APPLY_CLOSE, open);
  if (open < 0 || close < 0) return undefined;
  return `${body.slice(0, open + APPLY_OPEN.length)}\n${status}\n${body.slice(close)}`;
}
