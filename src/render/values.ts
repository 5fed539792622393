import type { Change, Plan, PlanCounts, Shown } from '../plan/types.js';

/** A value as it may appear anywhere: secrets and `${NAME}` values by name only. */
export function showValue(shown: Shown): string {
  switch (shown.kind) {
    case 'value':
      return JSON.stringify(shown.value);
    case 'sensitive':
      return '(sensitive)';
    case 'env':
      return shown.known ? `(from \${${shown.name}})` : `(from \${${shown.name}}, not set: not compared)`;
    case 'absent':
      return '(none)';
    default: {
      const unreachable: never = shown;
      return unreachable;
    }
  }
}

export function countChanges(plan: Plan): PlanCounts {
  const counts: PlanCounts = { create: 0, update: 0, replace: 0, delete: 0, noop: 0 };
  for (const change of plan.changes) counts[change.action] += 1;
  return counts;
}

/** Changes that do something, in plan order. */
export function actionable(plan: Plan): Exclude<Change, { action: 'noop' }>[] {
  return plan.changes.filter((c): c is Exclude<Change, { action: 'noop' }> => c.action !== 'noop');
}

export function hasChanges(plan: Plan): boolean {
  return actionable(plan).length > 0;
}

/** The one-line summary, e.g. `2 to create, 1 to update, 0 to delete`. */
export function summaryLine(plan: Plan): string {
  const c = countChanges(plan);
  const parts = [`${c.create} to create`, `${c.update} to update`];
  if (c.replace > 0) parts.push(`${c.replace} to replace`);
  parts.push(`${c.delete} to delete`);
  return parts.join(', ');
}

/** What a change does, in a few words, for tables. */
export function changeSummary(change: Change): string {
  switch (change.action) {
    case 'create':
      return change.note ? `new, ${change.note}` : 'new';
    case 'update':
      if (change.reason === 'rotate-secrets') return 'secrets re-sent (rotate-secrets)';
      return `${change.fields.map((f) => f.path).join(', ')}${change.note ? ` (${change.note})` : ''}`;
    case 'replace':
      return `type cannot change in place: ${change.fields.map((f) => f.path).join(', ')}`;
    case 'delete':
      return change.note ?? 'not in the file (prune: true)';
    case 'noop':
      if (change.note) return `unchanged: ${change.note}`;
      switch (change.liveStatus) {
        case 'provisioning':
          return 'unchanged (provisioning: its status is compared when it settles)';
        case 'deactivating':
          return 'unchanged (deactivating)';
        default:
          return 'unchanged';
      }
    default: {
      const unreachable: never = change;
      return unreachable;
    }
  }
}

export const ACTION_SYMBOL: Record<Change['action'], string> = {
  create: '+',
  update: '~',
  replace: '±',
  delete: '-',
  noop: ' ',
};
