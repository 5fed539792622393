import { describe, expect, it } from 'vitest';
import { planFingerprint } from '../../src/plan/fingerprint.js';
import { EMPTY_LIVE_SETUP } from '../../src/plan/live-setup.js';
import { planWithSetup } from '../../src/plan/setup.js';
import type { Change } from '../../src/plan/types.js';
import { planToJson } from '../../src/render/json.js';
import { renderPlanMarkdown } from '../../src/render/markdown.js';
import { renderPlanText } from '../../src/render/text.js';
import { exampleDesired, exampleLive } from '../../__fixtures__/states.js';

const warningsOf = (changes: Change[], label: string) => changes.find((c) => c.label === label)?.warnings;

describe('warnings on risky changes', () => {
  it('says that delivery stops when a stream is set inactive, and that nothing is risky in a plan without changes', () => {
    expect(planWithSetup(exampleDesired(), exampleLive(), EMPTY_LIVE_SETUP).changes.every((c) => c.warnings?.length === 0)).toBe(true);
    const desired = exampleDesired();
    desired.streams[0]!.status = 'inactive';
    const plan = planWithSetup(desired, exampleLive(), EMPTY_LIVE_SETUP);
    expect(warningsOf(plan.changes, 'linode-audit')).toEqual(['audit-log delivery stops: events are not delivered while the stream is inactive']);
    expect(warningsOf(plan.changes, 'lke-audit')).toEqual([]);
  });

  it('says that a pruned stream stops delivery and a replaced destination pauses it while its streams provision', () => {
    const live = exampleLive();
    live.destinations[1]!.type = 'akamai_object_storage';
    live.streams.push({ ...live.streams[0]!, id: 2999, label: 'old-audit', type: 'lke_audit_logs' });
    const plan = planWithSetup(exampleDesired({ prune: true }), live, EMPTY_LIVE_SETUP);
    expect(warningsOf(plan.changes, 'old-audit')).toEqual(['LKE audit-log delivery stops: the stream is deleted, and events from then on are not delivered']);
    expect(warningsOf(plan.changes, 'siem')?.[0]).toContain('delivery pauses while they provision (up to an hour)');
    expect(warningsOf(plan.changes, 'lke-audit')?.[0]).toContain('the stream is repointed: delivery pauses while it provisions (up to an hour)');
  });

  it('shows warnings in the log, at the top of the Markdown, in the JSON, and in the fingerprint', () => {
    const desired = exampleDesired();
    desired.streams[0]!.status = 'inactive';
    const plan = planWithSetup(desired, exampleLive(), EMPTY_LIVE_SETUP);
    expect(renderPlanText(plan, 'f.yml')).toContain('⚠ audit-log delivery stops');
    const markdown = renderPlanMarkdown(plan, { configPath: 'f.yml', title: 'Plan' });
    expect(markdown.indexOf('[!WARNING]')).toBeGreaterThan(-1);
    expect(markdown.indexOf('[!WARNING]')).toBeLessThan(markdown.indexOf('| | Action |'));
    const json = planToJson(plan);
    expect(json.changes.map((c) => c.warnings)).toEqual([['audit-log delivery stops: events are not delivered while the stream is inactive']]);
    const without = { ...plan, changes: plan.changes.map((c) => ({ ...c, warnings: [] })) };
    expect(planFingerprint(without)).not.toBe(planFingerprint(plan));
  });
});
