import type { Change, Plan } from '../plan/types.js';
import { codeBlock, escapeMarkdown } from './escape.js';
import { ACTION_SYMBOL, actionable, changeSummary, countChanges, showValue, summaryLine } from './values.js';

export interface MarkdownContext {
  configPath: string;
  /** e.g. `Plan`, `Drift check`, `Apply`. */
  title: string;
}

/** Details longer than this many lines start collapsed. */
const OPEN_DETAILS_MAX_LINES = 12;

/** The plan as GitHub-flavoured Markdown, for the job summary. Pure. */
export function renderPlanMarkdown(plan: Plan, context: MarkdownContext): string {
  const changes = actionable(plan);
  const counts = countChanges(plan);
  const out: string[] = [];
  out.push(`### ${escapeMarkdown(context.title)}: ${escapeMarkdown(context.configPath)}`);
  out.push('');
  out.push(changes.length === 0 ? '**No changes.** The live account matches the file.' : `**${summaryLine(plan)}** (${counts.noop} unchanged)`);
  if (changes.length > 0) {
    out.push('', '| | Action | Kind | Label | What changes |', '|---|---|---|---|---|');
    for (const change of changes) {
      out.push(`| ${ACTION_SYMBOL[change.action]} | ${change.action} | ${change.kind} | ${escapeMarkdown(change.label)}${idSuffix(change)} | ${escapeMarkdown(changeSummary(change))} |`);
    }
    for (const change of changes) out.push('', ...changeDetails(change));
  }
  if (plan.unmanaged.length > 0) {
    out.push('', `<details><summary>Unmanaged: ${plan.unmanaged.length} on the account, not in the file (prune is false)</summary>`, '');
    for (const r of plan.unmanaged) out.push(`- ${r.kind} ${escapeMarkdown(r.label)} (&#35;\u2060${r.id})`);
    out.push('', '</details>');
  }
  if (plan.uncompared.length > 0) {
    out.push('', `> Not compared: ${plan.uncompared.map((n) => escapeMarkdown(`\${${n}}`)).join(', ')} not set in this run.`);
  }
  return out.join('\n') + '\n';
}

function idSuffix(change: Change): string {
  return 'id' in change ? ` (&#35;\u2060${change.id})` : '';
}

function diffLines(change: Exclude<Change, { action: 'noop' }>): string[] {
  switch (change.action) {
    case 'delete':
      return [`- ${change.kind} ${change.label} (#${change.id})`];
    case 'update':
      if (change.reason === 'rotate-secrets') return ['! secrets re-sent (rotate-secrets: true)'];
      return change.fields.map((f) => `! ${f.path}: ${showValue(f.before)} → ${showValue(f.after)}`);
    case 'replace':
      return change.fields.map((f) => `! ${f.path}: ${showValue(f.before)} → ${showValue(f.after)}`);
    case 'create':
      return change.fields.map((f) => `+ ${f.path}: ${showValue(f.after)}`);
    default: {
      const unreachable: never = change;
      return unreachable;
    }
  }
}

function changeDetails(change: Exclude<Change, { action: 'noop' }>): string[] {
  // Lines are values from the file and the API: single-line them so no value can end the block.
  const lines = diffLines(change).map((l) => l.replace(/\r\n|\r|\n/g, ' '));
  const open = lines.length <= OPEN_DETAILS_MAX_LINES ? ' open' : '';
  return [
    `<details${open}><summary>${ACTION_SYMBOL[change.action]} ${change.action} ${change.kind} <code>${escapeMarkdown(change.label)}</code></summary>`,
    '',
    codeBlock(lines.join('\n'), 'diff'),
    '',
    '</details>',
  ];
}
