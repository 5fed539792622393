import type { Change, Plan } from '../plan/types.js';
import { actionable, countChanges, showValue } from './values.js';

export interface PlanJson {
  summary: ReturnType<typeof countChanges>;
  changes: Array<{
    action: Change['action'];
    kind: Change['kind'];
    label: string;
    id?: number;
    fields?: Array<{ path: string; before: string; after: string }>;
  }>;
  unmanaged: Plan['unmanaged'];
}

/**
 * The plan as data for the `plan` output and the fingerprint: no secret and no `${NAME}` value in
 * it, only names. Key order is fixed, so identical plans serialise byte-identically.
 */
export function planToJson(plan: Plan): PlanJson {
  return {
    summary: countChanges(plan),
    changes: actionable(plan).map((change) => ({
      action: change.action,
      kind: change.kind,
      label: change.label,
      ...('id' in change ? { id: change.id } : {}),
      ...('fields' in change
        ? { fields: change.fields.map((f) => ({ path: f.path, before: showValue(f.before), after: showValue(f.after) })) }
        : {}),
    })),
    unmanaged: plan.unmanaged,
  };
}
