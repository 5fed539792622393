import { describe, expect, it } from 'vitest';
import { diff, PlanError } from '../../src/plan/diff.js';
import type { Change } from '../../src/plan/types.js';
import { planToJson } from '../../src/render/json.js';
import { renderPlanText } from '../../src/render/text.js';
import { env, exampleDesired, exampleLive, liveDestination, liveStream } from '../../__fixtures__/states.js';

const actions = (changes: Change[]) => changes.map((c) => `${c.action} ${c.kind} ${c.label}`);

describe('diff', () => {
  it('plans four creates against an empty account', () => {
    const plan = diff(exampleDesired(), { destinations: [], streams: [] });
    expect(actions(plan.changes)).toEqual([
      'create destination audit-bucket',
      'create destination siem',
      'create stream linode-audit',
      'create stream lke-audit',
    ]);
    expect(plan.unmanaged).toEqual([]);
  });

  it('re-plans to zero changes once applied (server defaults and secrets normalised)', () => {
    const plan = diff(exampleDesired(), exampleLive());
    expect(plan.changes.every((c) => c.action === 'noop')).toBe(true);
  });

  it('treats provisioning and deactivating as the state they settle in', () => {
    const live = exampleLive();
    live.streams[0]!.status = 'provisioning';
    expect(diff(exampleDesired(), live).changes.every((c) => c.action === 'noop')).toBe(true);
    live.streams[0]!.status = 'deactivating';
    const plan = diff(exampleDesired(), live);
    const change = plan.changes.find((c) => c.label === 'linode-audit');
    expect(change).toMatchObject({
      action: 'update',
      fields: [{ path: 'status', before: { kind: 'value', value: 'inactive' }, after: { kind: 'value', value: 'active' } }],
    });
    const inactive = exampleDesired();
    inactive.streams[0]!.status = 'inactive';
    expect(diff(inactive, live).changes.every((c) => c.action === 'noop')).toBe(true);
  });

  it('lets a provisioning stream match either status: just applied as inactive, it re-plans to zero', () => {
    const desired = exampleDesired();
    desired.streams[0]!.status = 'inactive';
    const live = exampleLive();
    // Right after the apply: the API does not say what a provisioning stream will become.
    live.streams[0]!.status = 'provisioning';
    const plan = diff(desired, live);
    expect(plan.changes.every((c) => c.action === 'noop')).toBe(true);
    expect(plan.changes.find((c) => c.label === 'linode-audit')).toMatchObject({ action: 'noop', liveStatus: 'provisioning' });
    expect(renderPlanText(plan, 'f.yml')).toContain('linode-audit (#2000)  unchanged (provisioning: its status is compared when it settles)');
    // Once settled, the status is compared.
    live.streams[0]!.status = 'active';
    expect(diff(desired, live).changes.find((c) => c.label === 'linode-audit')).toMatchObject({
      action: 'update',
      fields: [{ path: 'status', before: { kind: 'value', value: 'active' }, after: { kind: 'value', value: 'inactive' } }],
    });
  });

  it('still plans the other changes of a provisioning stream, without a status field', () => {
    const desired = exampleDesired();
    desired.streams[0]!.status = 'inactive';
    desired.streams[0]!.destination = 'siem';
    const live = exampleLive();
    live.streams[0]!.status = 'provisioning';
    const change = diff(desired, live).changes.find((c) => c.label === 'linode-audit');
    expect(change).toMatchObject({ action: 'update' });
    expect(change?.action === 'update' && change.fields.map((f) => f.path)).toEqual(['destination']);
  });

  it('shows a field-level diff for an update and keeps the live version', () => {
    const live = exampleLive();
    live.destinations[1]!.details.data_compression = 'None';
    live.destinations[1]!.version = 7;
    const change = diff(exampleDesired(), live).changes.find((c) => c.label === 'siem');
    expect(change).toMatchObject({
      action: 'update',
      id: 1001,
      version: 7,
      reason: 'fields',
      fields: [{ path: 'details.data_compression', before: { kind: 'value', value: 'None' }, after: { kind: 'value', value: 'gzip' } }],
    });
  });

  it('makes a visible update when a non-secret ${} value changes, never revealing it', () => {
    const live = exampleLive();
    live.destinations[0]!.details.access_key_id = 'OLDKEY';
    const plan = diff(exampleDesired(), live);
    const change = plan.changes.find((c) => c.label === 'audit-bucket');
    expect(change).toMatchObject({ action: 'update', fields: [{ path: 'details.access_key_id', after: { kind: 'env', name: 'AUDIT_LOGS_KEY_ID' } }] });
    expect(JSON.stringify(planToJson(plan))).not.toContain('KEYID0001');
  });

  it('does not compare secrets, and rotate-secrets updates every destination holding one', () => {
    expect(diff(exampleDesired(), exampleLive()).changes.filter((c) => c.action === 'update')).toEqual([]);
    const rotated = diff(exampleDesired(), exampleLive(), { rotateSecrets: true });
    expect(actions(rotated.changes.filter((c) => c.action === 'update'))).toEqual(['update destination audit-bucket', 'update destination siem']);
    expect(rotated.changes.filter((c) => c.action === 'update').every((c) => c.action === 'update' && c.reason === 'rotate-secrets')).toBe(true);
  });

  it('skips comparing a ${} value that is unset in this run and says so', () => {
    const desired = exampleDesired();
    desired.destinations[0]!.details.access_key_id = env('AUDIT_LOGS_KEY_ID', undefined, false);
    const live = exampleLive();
    live.destinations[0]!.details.access_key_id = 'ANYTHING';
    const plan = diff(desired, live);
    expect(plan.changes.every((c) => c.action === 'noop')).toBe(true);
    expect(plan.uncompared).toEqual(['AUDIT_LOGS_KEY_ID']);
  });

  it('replaces a resource whose type changes, and repoints streams to the new destination', () => {
    const live = exampleLive();
    live.destinations[1] = liveDestination({
      id: 1001,
      label: 'siem',
      type: 'akamai_object_storage',
      details: { bucket_name: 'x', host: 'x.us-iad-1.linodeobjects.com', access_key_id: 'k' },
    });
    live.streams[1]!.destinations = [live.destinations[1]];
    const plan = diff(exampleDesired(), live);
    expect(plan.changes.find((c) => c.label === 'siem')).toMatchObject({ action: 'replace', id: 1001 });
    expect(plan.changes.find((c) => c.label === 'lke-audit')).toMatchObject({ action: 'update', fields: [{ path: 'destination' }] });
  });

  it('lists live resources absent from the file as unmanaged, or deletes them with prune', () => {
    const live = exampleLive();
    const extra = liveDestination({ id: 1005, label: 'old', type: 'custom_https', details: {} });
    live.destinations.push(extra);
    live.streams.push(liveStream({ id: 2005, label: 'old-stream', type: 'audit_logs', destinations: [extra] }));
    expect(diff(exampleDesired(), live).unmanaged).toEqual([
      { kind: 'destination', label: 'old', id: 1005 },
      { kind: 'stream', label: 'old-stream', id: 2005 },
    ]);
    const pruned = diff(exampleDesired({ prune: true }), live);
    expect(actions(pruned.changes.filter((c) => c.action === 'delete'))).toEqual(['delete destination old', 'delete stream old-stream']);
    expect(pruned.unmanaged).toEqual([]);
  });

  it('refuses to guess between two live resources with the same label', () => {
    const live = exampleLive();
    live.destinations.push(liveDestination({ id: 1009, label: 'siem', type: 'custom_https', details: {} }));
    expect(() => diff(exampleDesired(), live)).toThrow(PlanError);
    expect(() => diff(exampleDesired(), live)).toThrow(/2 live destinations are labelled "siem" \(ids 1001, 1009\)/);
  });

  it('treats cluster_ids as a set and auto-add false as the default', () => {
    const desired = exampleDesired();
    desired.streams[0]!.details = { cluster_ids: [2, 1] };
    const live = exampleLive();
    live.streams[0]!.details = { cluster_ids: [1, 2], is_auto_add_all_clusters_enabled: false };
    expect(diff(desired, live).changes.find((c) => c.label === 'lke-audit')?.action).toBe('noop');
  });

  it('is deterministic: the same inputs render byte-identically', () => {
    const live = exampleLive();
    live.destinations[1]!.details.endpoint_url = 'https://old.example.com';
    const first = renderPlanText(diff(exampleDesired(), live), 'c.yml');
    const second = renderPlanText(diff(exampleDesired(), structuredClone(live)), 'c.yml');
    expect(first).toBe(second);
    expect(first).toContain('~ update  destination  siem (#1001)');
  });
});
