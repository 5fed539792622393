/**
 * Plans the API is certain to refuse, found before anything is sent: a stream create beyond the
 * account's per-type quota because of a live stream the file does not name. And labels of the
 * file that differ from an unmanaged live label only by spelling (case, `-`/`_`, a plural), which
 * usually means the file meant that resource. Pure.
 */
import type { DesiredState } from '../config/types.js';
import { API_REASONS } from '../linode/rules.js';
import type { LiveState, LiveStream } from '../linode/types.js';
import type { Change, Check } from './types.js';

/** The one key two labels share when they differ only by case, `-`/`_` or a trailing `s`. */
export function labelKey(label: string): string {
  return label.toLowerCase().replaceAll('_', '-').replace(/s$/, '');
}

/** The unmanaged live resource a file label probably means, if exactly one is spelled like it. */
function lookalike<T extends { label: string }>(label: string, unmanaged: T[]): T | undefined {
  const matches = unmanaged.filter((r) => r.label !== label && labelKey(r.label) === labelKey(label));
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * Stream creates the API would refuse ("Stream limit reached for this type"): per type, the
 * file's streams plus the live ones it does not name (kept when `prune` is false) beyond
 * `stream_quota`. Each problem names the live streams in the way and both ways out.
 */
export function quotaRefusals(desired: DesiredState, live: LiveState, streamChanges: Change[]): string[] {
  if (desired.prune) return []; // pruned streams are deleted before the creates of their type (apply/apply.ts)
  const named = new Set(desired.streams.map((s) => s.label));
  const problems: string[] = [];
  for (const type of [...new Set(desired.streams.map((s) => s.type))].sort()) {
    const others = live.streams.filter((s) => s.type === type && !named.has(s.label)).sort((a, b) => a.id - b.id);
    const ours = desired.streams.filter((s) => s.type === type);
    if (others.length === 0 || ours.length + others.length <= desired.streamQuota) continue;
    const creates = streamChanges.filter((c) => c.kind === 'stream' && (c.action === 'create' || c.action === 'replace') && c.desired.type === type);
    for (const create of creates) problems.push(quotaProblem(create.label, type, others, desired.streamQuota));
  }
  return problems;
}

function quotaProblem(label: string, type: string, others: LiveStream[], quota: number): string {
  const listed = others.map((s) => `${s.label} (#${s.id})`).join(', ');
  const uses =
    quota === 1 && others.length === 1
      ? `${listed} already uses the one ${type} stream this account allows`
      : `${listed} already use${others.length === 1 ? 's' : ''} ${Math.min(others.length, quota)} of the ${quota} ${type} streams this account allows`;
  const meant = lookalike(label, others);
  const rename =
    others.length === 1 || meant
      ? ` rename streams.${label} to ${(meant ?? others[0])!.label} in the file to adopt it,`
      : ' name them in the file to adopt them,';
  return (
    `stream "${label}" (${type}) cannot be created: ${uses} (stream_quota: ${quota}), so the API would refuse it ("${API_REASONS.streamQuota}"). ` +
    `${meant ? `Did you mean ${meant.label} (#${meant.id})? ` : ''}Either${rename} or set prune: true to replace ${others.length === 1 ? 'it' : 'them'} ` +
    `(${type} delivery then stops from the delete until the new stream has provisioned, up to an hour), or raise stream_quota if the account allows more.`
  );
}

/**
 * A warning for each resource the plan creates whose label differs from an unmanaged live one
 * only by case, `-`/`_` or a plural: the file probably means that one, and would get a second.
 */
export function lookalikeChecks(plan: { changes: Change[] }, live: LiveState, desired: DesiredState): Check[] {
  if (desired.prune) return [];
  const checks: Check[] = [];
  const named = {
    destination: new Set(desired.destinations.map((d) => d.label)),
    stream: new Set(desired.streams.map((s) => s.label)),
  };
  for (const change of plan.changes) {
    if (change.action !== 'create' || (change.kind !== 'destination' && change.kind !== 'stream')) continue;
    const pool: Array<{ label: string; id: number }> = change.kind === 'destination' ? live.destinations : live.streams;
    const meant = lookalike(
      change.label,
      pool.filter((r) => !named[change.kind].has(r.label)),
    );
    if (meant === undefined) continue;
    checks.push({
      subject: `${change.kind} ${change.label}`,
      check: 'label of a live resource',
      status: 'warn',
      detail: `did you mean ${meant.label} (#${meant.id})? It is on the account, spelled differently and not in the file: this plan creates a second ${change.kind}. Rename it in the file to ${meant.label} to adopt the live one.`,
    });
  }
  return checks;
}
