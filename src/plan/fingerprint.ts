import { createHash } from 'node:crypto';
import type { Change, FieldDiff, Plan, ResourceKind, Shown } from './types.js';

type Actionable = Exclude<Change, { action: 'noop' }>;

/** Bumped when the canonical form changes, so old fingerprints never match new ones by accident. */
export const FINGERPRINT_FORMAT = 2;

/**
 * One change as canonical data: what would be done, to which resource (id and the live
 * `version` the plan was made against), and every field as the plan shows it. Secrets and
 * `${NAME}` values appear by name only, exactly as in the plan, so the record holds no secret.
 */
export interface ChangeRecord {
  action: Actionable['action'];
  kind: ResourceKind;
  label: string;
  id?: number;
  version?: number;
  reason?: string;
  fields?: Array<{ path: string; before: Shown; after: Shown }>;
  /** The change's warnings: a plan approved without a warning does not approve one that has it. */
  warnings?: string[];
}

/** A change of an approved plan, as recorded in the plan comment's marker. */
export interface ApprovedChange {
  kind: ResourceKind;
  label: string;
  action: Actionable['action'];
  id?: number;
  version?: number;
  /** Short hash of the change's canonical record. */
  digest: string;
}

export function changeRecord(change: Actionable): ChangeRecord {
  const record: ChangeRecord = { action: change.action, kind: change.kind, label: change.label };
  if ('id' in change) record.id = change.id;
  if ('version' in change) record.version = change.version;
  if (change.action === 'update') record.reason = change.reason;
  if (change.warnings !== undefined && change.warnings.length > 0) record.warnings = change.warnings;
  if ('fields' in change) record.fields = change.fields.map((f: FieldDiff) => ({ path: f.path, before: f.before, after: f.after }));
  return record;
}

/** JSON with object keys sorted at every depth and no whitespace: equal data, equal bytes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // undefined never reaches here from a record; JSON.stringify(undefined) would be undefined.
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

function actionable(plan: Plan): Actionable[] {
  return plan.changes.filter((c): c is Actionable => c.action !== 'noop');
}

/**
 * The plan's fingerprint: sha256 of the canonical JSON of what apply would do. It covers every
 * change with the id and version of the resource it touches, so any live edit of a touched
 * resource after the plan changes it. Unchanged and unmanaged resources are left out: they do
 * not change what apply does. Nothing in it varies between identical plans (no time, no run).
 */
export function planFingerprint(plan: Plan): string {
  return sha256(canonicalJson({ format: FINGERPRINT_FORMAT, changes: actionable(plan).map(changeRecord) }));
}

/** Each change with a short digest of its record, for telling which resource differs later. */
export function approvedChanges(plan: Plan): ApprovedChange[] {
  return actionable(plan).map((change) => {
    const record = changeRecord(change);
    return {
      kind: record.kind,
      label: record.label,
      action: record.action,
      ...(record.id !== undefined ? { id: record.id } : {}),
      ...(record.version !== undefined ? { version: record.version } : {}),
      digest: sha256(canonicalJson(record)).slice(0, 16),
    };
  });
}

/** Why a change of the plan now is not the one that was approved. */
export type DifferenceReason =
  | 'new' // not in the approved plan
  | 'action' // planned with another action (e.g. update → replace)
  | 'moved' // the live resource changed after approval (another id or version)
  | 'fields'; // same resource, other field changes

export interface PlanDifference {
  reason: DifferenceReason;
  now: ApprovedChange;
  approved?: ApprovedChange;
}

export type ApprovalVerdict =
  /** The plan now has the approved fingerprint. */
  | { kind: 'same' }
  /**
   * Every change now is identical to one of the approved plan (same resource, version and fields);
   * the approved changes missing now are already done (a re-run after a partial apply).
   */
  | { kind: 'subset'; alreadyDone: ApprovedChange[] }
  /** Something would be done that was not approved. `differences` is undefined when the approved plan recorded no per-change list. */
  | { kind: 'changed'; differences: PlanDifference[] | undefined; dropped: ApprovedChange[] };

const keyOf = (c: { kind: ResourceKind; label: string }): string => `${c.kind}\u0000${c.label}`;

/**
 * Compares the plan now with an approved one. Pure. `approved.changes` is null when the approved
 * plan was too large to record per change: then only the exact fingerprint can approve.
 */
export function compareWithApproved(plan: Plan, approved: { fingerprint: string; changes: ApprovedChange[] | null }): ApprovalVerdict {
  if (planFingerprint(plan) === approved.fingerprint) return { kind: 'same' };
  const now = approvedChanges(plan);
  if (approved.changes === null) return { kind: 'changed', differences: undefined, dropped: [] };
  const approvedByKey = new Map(approved.changes.map((c) => [keyOf(c), c]));
  const nowKeys = new Set(now.map(keyOf));
  const dropped = approved.changes.filter((c) => !nowKeys.has(keyOf(c)));
  const differences: PlanDifference[] = [];
  for (const change of now) {
    const before = approvedByKey.get(keyOf(change));
    if (!before) differences.push({ reason: 'new', now: change });
    else if (before.digest === change.digest) continue;
    else if (before.action !== change.action) differences.push({ reason: 'action', now: change, approved: before });
    else if (before.id !== change.id || before.version !== change.version) differences.push({ reason: 'moved', now: change, approved: before });
    else differences.push({ reason: 'fields', now: change, approved: before });
  }
  if (differences.length === 0) return { kind: 'subset', alreadyDone: dropped };
  return { kind: 'changed', differences, dropped };
}
