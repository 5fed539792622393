import { commitLink, runLink, type RunLinks } from './comment.js';
import { renderDeliveryMarkdown } from './delivery.js';
import type { DeliveryResult } from '../delivery/verdict.js';
import { escapeMarkdown } from './escape.js';
import { chars, COMMENT_LIMIT } from './fit.js';
import { renderPlanBody } from './markdown.js';
import { formatDriftMarker } from './marker.js';
import { actionable, summaryLine } from './values.js';
import { count } from './words.js';
import type { DriftOrigin } from '../plan/drift-origin.js';
import type { Change, Plan } from '../plan/types.js';

/** A drifted change and what the API's history says about it. */
export interface DriftFinding {
  change: Exclude<Change, { action: 'noop' }>;
  origin: DriftOrigin;
}

function originText(origin: DriftOrigin): { by: string; when: string; note: string } {
  switch (origin.kind) {
    case 'changed':
      return { by: origin.by, when: origin.at, note: `version ${origin.version} made it differ from the file` };
    case 'never-matched':
      return { by: origin.by, when: origin.at, note: `last changed in version ${origin.version}; no earlier version matched the file` };
    case 'created':
      return { by: origin.by, when: origin.at, note: 'created outside the file' };
    case 'missing':
      return { by: '', when: '', note: 'not on the account (deleted, or never created)' };
    case 'unknown':
      return { by: '', when: '', note: `unknown: ${origin.why}` };
    default: {
      const unreachable: never = origin;
      return unreachable;
    }
  }
}

/** One log line per drifted resource: who made it differ and when. */
export function renderDriftOriginsText(findings: DriftFinding[]): string[] {
  return findings.map(({ change, origin }) => {
    const { by, when, note } = originText(origin);
    const who = by ? ` by ${by}${when ? ` at ${when}` : ''}` : '';
    return `    ${change.kind} ${change.label}: ${note}${who}`;
  });
}

/** The drift origins as a Markdown table (empty when there are none). */
export function renderDriftOriginsMarkdown(findings: DriftFinding[], omitted = 0): string {
  if (findings.length === 0) return '';
  const rows = findings.map(({ change, origin }) => {
    const { by, when, note } = originText(origin);
    return `| ${change.kind} | ${escapeMarkdown(change.label)} | ${escapeMarkdown(by)} | ${escapeMarkdown(when)} | ${escapeMarkdown(note)} |`;
  });
  const more = omitted > 0 ? `\n\n${count(omitted, 'more drifted resource')} not looked up.` : '';
  return (
    ['#### Who changed it (from the API’s history)', '', '| Kind | Label | Changed by | When | What |', '|---|---|---|---|---|', ...rows].join('\n') +
    more +
    '\n'
  );
}

export interface DriftIssueContext {
  configPath: string;
  links: RunLinks;
}

/** The drift issue's title: plain text, one line; `delivery` when only the logs stopped arriving. */
export function driftIssueTitle(configPath: string, what: 'drift' | 'delivery' = 'drift'): string {
  const path = configPath.replace(/[\r\n\t]+/g, ' ');
  return (what === 'drift' ? `Drift: the Linode log streams differ from ${path}` : `Delivery: logs stopped arriving from the streams of ${path}`).slice(0, 250);
}

/**
 * The drift issue: marker, what differs and who changed it, and the plan that would restore the
 * file's state. Pure; at most `limit` characters.
 */
export function renderDriftIssue(
  plan: Plan,
  findings: DriftFinding[],
  omitted: number,
  context: DriftIssueContext,
  limit = COMMENT_LIMIT,
  delivery?: { results: DeliveryResult[]; maxAgeMs: number },
): string {
  const drifted = actionable(plan).length > 0;
  const stale = delivery?.results.filter((r) => r.status === 'stale').length ?? 0;
  const head = [
    formatDriftMarker({ config: context.configPath }),
    drifted
      ? `### ⚠️ Drift: the live account differs from <code>${escapeMarkdown(context.configPath)}</code>`
      : `### ⚠️ Delivery: logs stopped arriving from the streams of <code>${escapeMarkdown(context.configPath)}</code>`,
    '',
    drifted
      ? `The drift check ${runLink(context.links)} at ${commitLink(context.links)} found the account different from the file: applying the file would make **${escapeMarkdown(summaryLine(plan))}**.`
      : `The drift check ${runLink(context.links)} at ${commitLink(context.links)} found the account matching the file, but no recent logs from ${count(stale, 'stream')}.`,
    '',
    delivery === undefined ? '' : renderDeliveryMarkdown(delivery.results, delivery.maxAgeMs),
    renderDriftOriginsMarkdown(findings, omitted),
    drifted ? '#### The plan that restores the file’s state' : '#### The plan',
    '',
  ].join('\n');
  const footer =
    '\n<sub>Each drift check updates this issue while the drift (or stale delivery) lasts and closes it once the account matches the file again (and logs arrive). Change the account only through the file, or update the file to what the account should be.</sub>\n';
  const body = renderPlanBody(plan, { limit: limit - chars(head) - chars(footer), fullPlanAt: `the job summary of ${runLink(context.links)}` });
  return head + body.markdown + footer;
}

/** The comment that closes the drift issue. */
export function renderDriftResolved(context: DriftIssueContext, deliveryChecked = false): string {
  const logs = deliveryChecked ? ', with logs arriving,' : '';
  return `✅ **Resolved:** the drift check ${runLink(context.links)} at ${commitLink(context.links)} found the live account matching <code>${escapeMarkdown(context.configPath)}</code>${logs} again. Closing.`;
}
