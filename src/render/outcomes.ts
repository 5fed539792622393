import { escapeMarkdown } from './escape.js';
import { chars, fitBlocks, type Measure } from './fit.js';
import { ACTION_SYMBOL } from './values.js';
import { count } from './words.js';
import type { ChangeOutcome } from '../apply/apply.js';

const STATUS_WORD = { applied: 'done', failed: 'FAILED', skipped: 'skipped' } as const;

/** One log line per finished change. */
export function renderOutcomeLine(outcome: ChangeOutcome): string {
  const { change } = outcome;
  const id = outcome.id !== undefined ? ` (#${outcome.id})` : '';
  return `  ${ACTION_SYMBOL[change.action]} ${change.action} ${change.kind} ${change.label}${id}: ${STATUS_WORD[outcome.status]}${outcome.message ? ` — ${outcome.message}` : ''}`;
}

/**
 * The outcome of each applied change, for the job summary. Within `limit`, the changes that were
 * not applied come first, so a cut never hides a failure.
 */
export function renderOutcomesMarkdown(outcomes: ChangeOutcome[], options: { limit?: number; measure?: Measure } = {}): string {
  const failed = outcomes.filter((o) => o.status !== 'applied').length;
  const row = (o: ChangeOutcome) =>
    `| ${o.status === 'applied' ? '✅' : o.status === 'failed' ? '❌' : '⏭️'} ${o.status} | ${o.change.action} | ${o.change.kind} | ${escapeMarkdown(o.change.label)} | ${o.id ?? ''} | ${escapeMarkdown(o.message ?? '')} |`;
  const render = (rows: ChangeOutcome[]) =>
    fitBlocks(
      {
        head: [
          '',
          `#### Apply: ${failed === 0 ? `${outcomes.length === 1 ? 'the change' : `all ${outcomes.length} changes`} applied` : `${failed} of ${count(outcomes.length, 'change')} not applied`}`,
        ],
        sections: [
          { open: '\n| Result | Action | Kind | Label | Id | Note |\n|---|---|---|---|---|---|', items: rows.map(row), close: undefined, noun: 'outcomes' },
        ],
        note: (cut) => `\n> ✂️ **Cut to fit:** ${cut}; the run's log lists every change.`,
      },
      options.limit,
      options.measure ?? chars,
    );
  const inPlanOrder = render(outcomes);
  const fitted = inPlanOrder.truncated
    ? render([...outcomes.filter((o) => o.status !== 'applied'), ...outcomes.filter((o) => o.status === 'applied')])
    : inPlanOrder;
  return fitted.text + '\n';
}
