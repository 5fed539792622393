import type { Change, Plan } from '../plan/types.js';
import { renderChecksMarkdown } from './checks.js';
import { codeBlock, escapeMarkdown } from './escape.js';
import { chars, fitBlocks, utf8Bytes, type Measure } from './fit.js';
import { ACTION_SYMBOL, actionable, changeSummary, countChanges, showValue, summaryLine } from './values.js';

export interface MarkdownContext {
  configPath: string;
  /** e.g. `Plan`, `Drift check`, `Apply`. */
  title: string;
}

export interface PlanBodyOptions {
  /** The most the body may measure; unlimited when absent. */
  limit?: number;
  /** How the limit is measured: characters (comments, issues) or UTF-8 bytes (the job summary). Default characters. */
  measure?: Measure;
  /** Where the whole plan can be read when this one is cut, as Markdown (e.g. a link to the run). */
  fullPlanAt?: string;
}

/** Details longer than this many lines start collapsed. */
const OPEN_DETAILS_MAX_LINES = 12;

/** The plan as GitHub-flavoured Markdown, for the job summary. Pure. */
export function renderPlanMarkdown(plan: Plan, context: MarkdownContext, options: PlanBodyOptions = {}): string {
  const heading = `### ${escapeMarkdown(context.title)}: ${escapeMarkdown(context.configPath)}\n\n`;
  const measure = options.measure ?? chars;
  const limit = options.limit === undefined ? undefined : options.limit - measure(heading);
  return heading + renderPlanBody(plan, { ...options, ...(limit !== undefined ? { limit } : {}) }).markdown;
}

/** Every change's warnings, as lines of a GitHub warning alert. */
function warningLines(changes: Change[]): string[] {
  return changes.flatMap((c) => (c.warnings ?? []).map((w) => `> - **${c.kind} ${escapeMarkdown(c.label)}**: ${escapeMarkdown(w)}`));
}

/**
 * The plan's counts, table of changes, field-level diffs, unmanaged resources and notes. Within
 * `limit`, what matters most stays: the counts, then the table, then as many diffs as fit, then
 * the unmanaged list, with a note saying what was cut and where the whole plan is.
 */
export function renderPlanBody(plan: Plan, options: PlanBodyOptions = {}): { markdown: string; truncated: boolean } {
  const changes = actionable(plan);
  const counts = countChanges(plan);
  const summary = changes.length === 0 ? '**No changes.** The live account matches the file.' : `**${summaryLine(plan)}** (${counts.noop} unchanged)`;
  // No spaces around the pipes: they render the same, and 1,500 rows still fit in one comment.
  const rows = changes.map(
    (change) =>
      `|${ACTION_SYMBOL[change.action]}|${change.action}|${change.kind}|${escapeMarkdown(change.label)}${idSuffix(change)}|${escapeMarkdown(changeSummary(change))}|`,
  );
  const unmanaged = plan.unmanaged.map((r) => `- ${r.kind} ${escapeMarkdown(r.label)} (${escapeMarkdown(`#${r.id}`)})`);
  const uncompared =
    plan.uncompared.length > 0 ? `> Not compared: ${plan.uncompared.map((n) => escapeMarkdown(`\${${n}}`)).join(', ')} not set in this run.` : undefined;

  const fitted = fitBlocks(
    {
      head: [summary],
      sections: [
        // Risky changes are said first, not only in a folded diff; a long list is cut like the rest.
        { open: '\n> [!WARNING]\n> Changes that need a careful look:', items: warningLines(changes), close: undefined, noun: 'warnings' },
        { open: '\n| | Action | Kind | Label | What changes |\n|---|---|---|---|---|', items: rows, close: undefined, noun: 'table rows' },
        { open: undefined, items: [renderChecksMarkdown(plan.checks ?? []).join('\n')].filter((t) => t !== ''), close: undefined, noun: 'pre-flight checks' },
        { open: undefined, items: changes.map((c) => `\n${changeDetails(c)}`), close: undefined, noun: 'field-level diffs' },
        {
          open: `\n<details><summary>Unmanaged: ${plan.unmanaged.length} on the account, not in the file (prune is false)</summary>\n`,
          items: unmanaged,
          close: '\n</details>',
          noun: 'unmanaged resources',
        },
        { open: undefined, items: uncompared ? [`\n${uncompared}`] : [], close: undefined, noun: 'notes' },
      ],
      note: (cut) => `\n> ✂️ **Cut to fit:** ${cut}.${options.fullPlanAt ? ` The whole plan is in ${options.fullPlanAt}.` : ''}`,
    },
    options.limit,
    options.measure ?? chars,
  );
  return { markdown: fitted.text + '\n', truncated: fitted.truncated };
}

function idSuffix(change: Change): string {
  // Buckets have names, not ids.
  return 'id' in change && change.kind !== 'bucket' ? ` (${escapeMarkdown(`#${change.id}`)})` : '';
}

function diffLines(change: Exclude<Change, { action: 'noop' }>): string[] {
  switch (change.action) {
    case 'delete':
      return [`- ${change.kind} ${change.label} (#${change.id})${change.note ? `: ${change.note}` : ''}`];
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

function changeDetails(change: Exclude<Change, { action: 'noop' }>): string {
  // Lines are values from the file and the API: single-line them so no value can end the block.
  const lines = diffLines(change).map((l) => l.replace(/\r\n|\r|\n/g, ' '));
  const open = lines.length <= OPEN_DETAILS_MAX_LINES ? ' open' : '';
  return [
    `<details${open}><summary>${ACTION_SYMBOL[change.action]} ${change.action} ${change.kind} <code>${escapeMarkdown(change.label)}</code></summary>`,
    '',
    codeBlock(lines.join('\n'), 'diff'),
    '',
    '</details>',
  ].join('\n');
}

/** A failed run for the job summary: what failed and every message, inert in a code block. */
export function renderProblemMarkdown(title: string, configPath: string, lines: string[], limit?: number): string {
  const heading = `### ❌ ${escapeMarkdown(title)}: ${escapeMarkdown(configPath)}\n\n`;
  const fitted = fitBlocks(
    {
      head: [],
      sections: [{ open: undefined, items: lines, close: undefined, noun: 'lines' }],
      note: (cut) => `… cut to fit (${cut}); the run's log has every line`,
    },
    limit === undefined ? undefined : limit - utf8Bytes(heading) - 16,
    utf8Bytes,
  );
  return `${heading}${codeBlock(fitted.text)}\n`;
}
