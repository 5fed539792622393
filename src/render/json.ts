import type { Change, Plan } from '../plan/types.js';
import { actionable, countChanges, showValue } from './values.js';

export interface PlanJson {
  summary: ReturnType<typeof countChanges>;
  changes: Array<{
    action: Change['action'];
    kind: Change['kind'];
    label: string;
    id?: number;
    /** The live version the plan was made against (update, replace, delete). */
    version?: number;
    /** Why an update is planned: `fields`, or `rotate-secrets` (secrets re-sent). */
    reason?: string;
    /** Why, when the action alone does not say (e.g. a superseded managed key). */
    note?: string;
    fields?: Array<{ path: string; before: string; after: string }>;
    /** What the change risks (delivery stopping, a retention never lowered, a key rotated); empty when none. */
    warnings: string[];
  }>;
  unmanaged: Plan['unmanaged'];
  /** Pre-flight checks, when there were any: subject, check, status, detail (secret-free). */
  checks?: Plan['checks'];
}

/**
 * The plan as data for the `plan` output: no secret and no `${NAME}` value in
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
      ...('version' in change ? { version: change.version } : {}),
      ...(change.note !== undefined ? { note: change.note } : {}),
      ...(change.action === 'update' ? { reason: change.reason } : {}),
      ...('fields' in change ? { fields: change.fields.map((f) => ({ path: f.path, before: showValue(f.before), after: showValue(f.after) })) } : {}),
      warnings: change.warnings ?? [],
    })),
    unmanaged: plan.unmanaged,
    ...(plan.checks ? { checks: plan.checks } : {}),
  };
}
