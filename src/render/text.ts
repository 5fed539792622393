import type { Change, Plan } from '../plan/types.js';
import { renderChecksText } from './checks.js';
import { ACTION_SYMBOL, actionable, changeSummary, showValue, summaryLine } from './values.js';

/**
 * The plan for the log: plain text, aligned, colour-free (logs are read raw and downloaded).
 * Pure: the same plan gives the same text.
 */
export function renderPlanText(plan: Plan, configPath: string): string {
  const lines: string[] = [];
  const changes = actionable(plan);
  lines.push(`Plan for ${configPath}: ${summaryLine(plan)}`);
  if (changes.length === 0) lines.push('', 'No changes. The live account matches the file.');
  const kindWidth = Math.max(...plan.changes.map((c) => c.kind.length), 0);
  for (const change of changes) {
    lines.push('', `  ${ACTION_SYMBOL[change.action]} ${change.action.padEnd(7)} ${change.kind.padEnd(kindWidth)}  ${change.label}${idSuffix(change)}`);
    lines.push(...(change.warnings ?? []).map((w) => `      ⚠ ${w}`));
    lines.push(...fieldLines(change));
  }
  lines.push(...renderChecksText(plan.checks ?? []));
  const unchanged = plan.changes.filter((c) => c.action === 'noop');
  if (unchanged.length > 0) {
    lines.push('', `Unchanged (${unchanged.length}):`);
    const named = unchanged.map((change) => `${change.label}${idSuffix(change)}`);
    const nameWidth = Math.max(...named.map((n) => n.length));
    unchanged.forEach((change, i) => lines.push(`    ${change.kind.padEnd(kindWidth)}  ${named[i]!.padEnd(nameWidth)}  ${changeSummary(change)}`));
  }
  if (plan.unmanaged.length > 0) {
    lines.push('', `Unmanaged (on the account, not in the file; left alone because prune is false) (${plan.unmanaged.length}):`);
    for (const r of plan.unmanaged) lines.push(`    ${r.kind.padEnd(kindWidth)}  ${r.label} (#${r.id})`);
  }
  if (plan.uncompared.length > 0) {
    lines.push('', `Not compared (variables not set in this run): ${plan.uncompared.map((n) => `\${${n}}`).join(', ')}`);
  }
  return lines.join('\n');
}

function idSuffix(change: Change): string {
  // Buckets have names, not ids.
  return 'id' in change && change.kind !== 'bucket' ? ` (#${change.id})` : '';
}

function fieldLines(change: Change): string[] {
  if (change.action === 'delete' || change.action === 'noop') return [];
  if (change.action === 'update' && change.reason === 'rotate-secrets') return ['      secrets re-sent (rotate-secrets: true)'];
  const width = Math.max(...change.fields.map((f) => f.path.length), 0);
  return change.fields.map((f) => {
    const path = f.path.padEnd(width);
    if (change.action === 'create') return `      ${path}  ${showValue(f.after)}`;
    return `      ${path}  ${showValue(f.before)} → ${showValue(f.after)}`;
  });
}
