import type { Check, CheckStatus } from '../plan/types.js';
import { escapeMarkdown } from './escape.js';

const ICON: Record<CheckStatus, string> = { pass: '✅', pending: '🕓', warn: '⚠️', skipped: '⏭️', fail: '❌' };
const WORD: Record<CheckStatus, string> = { pass: 'ok', pending: 'after apply', warn: 'warning', skipped: 'skipped', fail: 'FAILED' };

/** `2 ok, 1 after apply, 1 FAILED`: the checks in a few words. */
export function checksSummary(checks: readonly Check[]): string {
  const order: CheckStatus[] = ['fail', 'warn', 'pending', 'pass', 'skipped'];
  return order
    .map((status) => [status, checks.filter((c) => c.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${WORD[status]}`)
    .join(', ');
}

/** The pre-flight checks for the log: one aligned line each. Pure. */
export function renderChecksText(checks: readonly Check[]): string[] {
  if (checks.length === 0) return [];
  const subjectWidth = Math.max(...checks.map((c) => c.subject.length));
  const checkWidth = Math.max(...checks.map((c) => c.check.length));
  const wordWidth = Math.max(...checks.map((c) => WORD[c.status].length));
  return [
    '',
    `Pre-flight checks (${checksSummary(checks)}):`,
    ...checks.map((c) => `    ${WORD[c.status].padEnd(wordWidth)}  ${c.subject.padEnd(subjectWidth)}  ${c.check.padEnd(checkWidth)}  ${oneLine(c.detail)}`),
  ];
}

/** The pre-flight checks as a Markdown table (job summary, PR comment). Pure; every value escaped. */
export function renderChecksMarkdown(checks: readonly Check[]): string[] {
  if (checks.length === 0) return [];
  return [
    `\n**Pre-flight checks:** ${checksSummary(checks)}\n\n| | Check | Of | Result |\n|---|---|---|---|`,
    ...checks.map(
      (c) => `| ${ICON[c.status]} ${WORD[c.status]} | ${escapeMarkdown(c.check)} | ${escapeMarkdown(c.subject)} | ${escapeMarkdown(oneLine(c.detail))} |`,
    ),
  ];
}

function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ');
}
