/**
 * Warnings on risky changes, as plan data: what the change costs beyond what its fields say
 * (delivery stopping or pausing, a retention that can never be lowered, a key replaced). Pure;
 * rendered by render/ and covered by the plan's fingerprint.
 */
import type { LiveState } from '../linode/types.js';
import { NEW_MANAGED_KEY } from './flatten.js';
import type { Change, FieldDiff } from './types.js';

/** Delivery pauses while a new or repointed stream provisions; the API says this can take up to an hour. */
const PROVISIONING = 'up to an hour';

const valueOf = (field: FieldDiff | undefined, side: 'before' | 'after'): unknown =>
  field?.[side].kind === 'value' ? (field[side] as { value: unknown }).value : undefined;

/** The warnings of one change (empty when none), in a fixed order. */
export function warningsOf(change: Change, live: LiveState): string[] {
  const field = (path: string) => ('fields' in change ? change.fields.find((f) => f.path === path) : undefined);
  const warnings: string[] = [];
  if (change.kind === 'stream') {
    const type = change.action === 'delete' || change.action === 'noop' ? live.streams.find((s) => s.id === change.id)?.type : change.desired.type;
    const what = type === 'lke_audit_logs' ? 'LKE audit-log' : 'audit-log';
    if (change.action === 'delete') warnings.push(`${what} delivery stops: the stream is deleted, and events from then on are not delivered`);
    if (change.action === 'replace')
      warnings.push(`${what} delivery stops while the stream is deleted and created anew, until the new one has provisioned (${PROVISIONING})`);
    if (change.action === 'update' && valueOf(field('status'), 'after') === 'inactive')
      warnings.push(`${what} delivery stops: events are not delivered while the stream is inactive`);
    if (change.action === 'update' && field('destination') !== undefined && valueOf(field('status'), 'after') !== 'inactive')
      warnings.push(`the stream is repointed: delivery pauses while it provisions (${PROVISIONING})`);
  }
  if (change.kind === 'destination' && change.action === 'replace')
    warnings.push(`the destination is replaced: its streams are repointed to the new one, and delivery pauses while they provision (${PROVISIONING})`);
  if (change.kind === 'destination' && (change.action === 'update' || change.action === 'replace')) {
    const key = field('details.access_key_id');
    if (valueOf(key, 'after') === NEW_MANAGED_KEY && key?.before.kind !== 'absent')
      warnings.push(
        'its managed key is rotated: a new key is made, the destination writes with it, and the old key is deleted (anything else using it loses access)',
      );
  }
  if (change.kind === 'bucket' && (change.action === 'create' || change.action === 'update')) {
    const after = valueOf(field('object_lock'), 'after');
    if (typeof after === 'string' && after.startsWith('COMPLIANCE'))
      warnings.push(`COMPLIANCE retention ${after.slice('COMPLIANCE '.length)}: it can never be lowered again, nor objects deleted before it ends, by anyone`);
  }
  return warnings;
}

/** The plan's changes, each with its `warnings` (empty when none). */
export function withWarnings(changes: Change[], live: LiveState): Change[] {
  return changes.map((change) => ({ ...change, warnings: warningsOf(change, live) }));
}
