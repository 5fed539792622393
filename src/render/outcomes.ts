import type { ChangeOutcome } from '../apply/apply.js';
import { escapeMarkdown } from './escape.js';
import { ACTION_SYMBOL } from './values.js';

const STATUS_WORD = { applied: 'done', failed: 'FAILED', skipped: 'skipped' } as const;

/** One log line per finished change. */
export function renderOutcomeLine(outcome: ChangeOutcome): string {
  const { change } = outcome;
  const id = outcome.id !== undefined ? ` (#${outcome.id})` : '';
  return `  ${ACTION_SYMBOL[change.action]} ${change.action} ${change.kind} ${change.label}${id}: ${STATUS_WORD[outcome.status]}${outcome.message ? ` — ${outcome.message}` : ''}`;
}

/** The outcome of each applied change, for the job summary. */
export function renderOutcomesMarkdown(outcomes: ChangeOutcome[]): string {
  const failed = outcomes.filter((o) => o.status !== 'applied').length;
  const lines = [
    '',
    `#### Apply: ${failed === 0 ? `all ${outcomes.length} change(s) applied` : `${failed} of ${outcomes.length} change(s) not applied`}`,
    '',
    '| Result | Action | Kind | Label | Id | Note |',
    '|---|---|---|---|---|---|',
    ...outcomes.map((o) =>
      `| ${o.status === 'applied' ? '✅' : o.status === 'failed' ? '❌' : '⏭️'} ${o.status} | ${o.change.action} | ${o.change.kind} | ${escapeMarkdown(o.change.label)} | ${o.id ?? ''} | ${escapeMarkdown(o.message ?? '')} |`,
    ),
  ];
  return lines.join('\n') + '\n';
}
