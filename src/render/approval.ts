import { escapeMarkdown } from './escape.js';
import { count } from './words.js';
import type { ApprovalVerdict, ApprovedChange, PlanDifference } from '../plan/fingerprint.js';

/** Where the approved plan is: the pull request and its comment. */
export interface ApprovalSource {
  pullNumber: number;
  commentUrl: string | undefined;
  /** The commit the approved plan was made at. */
  sha: string | undefined;
}

const resource = (c: ApprovedChange) => `${c.action} ${c.kind} "${c.label}"${c.id !== undefined ? ` (#${c.id})` : ''}`;

function differenceLine(d: PlanDifference): string {
  switch (d.reason) {
    case 'new':
      return `${resource(d.now)}: not in the approved plan`;
    case 'action':
      return `${resource(d.now)}: approved as ${d.approved!.action}`;
    case 'moved':
      return d.approved!.id !== d.now.id
        ? `${resource(d.now)}: approved for #${d.approved!.id}, now another resource has the label`
        : `${resource(d.now)}: changed on the account after approval (version ${d.approved!.version} → ${d.now.version})`;
    case 'fields':
      return `${resource(d.now)}: the field changes differ from the approved ones`;
    default: {
      const unreachable: never = d.reason;
      return unreachable;
    }
  }
}

/** What differs between the plan now and the approved one, one line each (plain text). */
export function approvalDifferences(verdict: ApprovalVerdict): string[] {
  if (verdict.kind !== 'changed') return [];
  if (!verdict.differences) return ['the approved plan was too large to record each change; compare the two plans in the job summaries'];
  return [...verdict.differences.map(differenceLine), ...verdict.dropped.map((c) => `${resource(c)}: approved, no longer planned`)];
}

/** The approval check for the log. */
export function renderApprovalText(verdict: ApprovalVerdict, source: ApprovalSource): string {
  const pr = `pull request #${source.pullNumber}`;
  switch (verdict.kind) {
    case 'same':
      return `The plan is the one approved on ${pr}${source.sha ? ` (planned at ${source.sha.slice(0, 7)})` : ''}.`;
    case 'subset':
      return `Every change planned now is one approved on ${pr}; ${count(verdict.alreadyDone.length, 'approved change')} ${verdict.alreadyDone.length === 1 ? 'is' : 'are'} already done:\n${verdict.alreadyDone.map((c) => `  ${resource(c)}`).join('\n')}`;
    case 'changed':
      return `The plan differs from the one approved on ${pr}${source.sha ? ` (planned at ${source.sha.slice(0, 7)})` : ''}:\n${approvalDifferences(verdict)
        .map((l) => `  ${l}`)
        .join('\n')}`;
    default: {
      const unreachable: never = verdict;
      return unreachable;
    }
  }
}

/** The approval check for the job summary (empty when the plan is the approved one). */
export function renderApprovalMarkdown(verdict: ApprovalVerdict, source: ApprovalSource): string {
  if (verdict.kind === 'same') return '';
  const pr = `pull request &#35;\u2060${source.pullNumber}`;
  if (verdict.kind === 'subset') {
    return `> Every change planned now was approved on ${pr}; ${count(verdict.alreadyDone.length, 'approved change')} ${verdict.alreadyDone.length === 1 ? 'is' : 'are'} already done.\n`;
  }
  return [`#### ⛔ The plan differs from the one approved on ${pr}`, '', ...approvalDifferences(verdict).map((l) => `- ${escapeMarkdown(l)}`), ''].join('\n');
}
