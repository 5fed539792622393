import { describe, expect, it } from 'vitest';
import { diff, PlanError } from '../../src/plan/diff.js';
import { labelKey } from '../../src/plan/refusals.js';
import { planWithSetup } from '../../src/plan/setup.js';
import { EMPTY_LIVE_SETUP } from '../../src/plan/live-setup.js';
import { exampleDesired, exampleLive } from '../../__fixtures__/states.js';

/** The live account with its audit_logs stream relabelled, so the file does not name it. */
function liveWithAuditStreamAs(label: string) {
  const live = exampleLive();
  live.streams[0]!.label = label;
  return live;
}

function refusal(run: () => unknown): PlanError {
  try {
    run();
  } catch (error) {
    if (error instanceof PlanError) return error;
    throw error;
  }
  throw new Error('expected a PlanError');
}

describe('plans the API would refuse', () => {
  it('fails a stream create beyond the quota, naming the live stream and both ways out', () => {
    const error = refusal(() => diff(exampleDesired(), liveWithAuditStreamAs('audit-logs-stream')));
    expect(error.refusal).toBe('stream-quota');
    expect(error.problems).toHaveLength(1);
    const [problem] = error.problems;
    expect(problem).toContain(
      'stream "linode-audit" (audit_logs) cannot be created: audit-logs-stream (#2000) already uses the one audit_logs stream this account allows',
    );
    expect(problem).toContain('rename streams.linode-audit to audit-logs-stream in the file to adopt it');
    expect(problem).toContain('set prune: true to replace it');
    expect(problem).toContain('Stream limit reached for this type');
    expect(problem).not.toContain('Did you mean');
  });

  it('adds a did-you-mean when the live label differs only by spelling', () => {
    const error = refusal(() => diff(exampleDesired(), liveWithAuditStreamAs('Linode_Audits')));
    expect(error.problems[0]).toContain('Did you mean Linode_Audits (#2000)?');
  });

  it('plans the create when the quota allows it, or when prune deletes the other stream first', () => {
    expect(() => diff(exampleDesired({ streamQuota: 2 }), liveWithAuditStreamAs('audit-logs-stream'))).not.toThrow();
    const pruned = diff(exampleDesired({ prune: true }), liveWithAuditStreamAs('audit-logs-stream'));
    expect(pruned.changes.filter((c) => c.kind === 'stream').map((c) => `${c.action} ${c.label}`)).toContain('delete audit-logs-stream');
  });

  it('warns, without failing, of a destination spelled like an unmanaged live one', () => {
    const live = exampleLive();
    live.destinations[1]!.label = 'SIEM';
    live.streams[1]!.destinations[0]!.label = 'SIEM';
    const plan = planWithSetup(exampleDesired(), live, EMPTY_LIVE_SETUP);
    expect(plan.checks).toContainEqual(
      expect.objectContaining({ subject: 'destination siem', status: 'warn', detail: expect.stringContaining('did you mean SIEM (#') }),
    );
  });

  it('keys labels by case, - or _ and a trailing s only', () => {
    expect(labelKey('Audit_Logs')).toBe(labelKey('audit-log'));
    expect(labelKey('audit-logs')).not.toBe(labelKey('audit-logz'));
  });
});

describe('true to the real API', () => {
  it('reads a live destination reported under the old type name as the same type: never a replace', async () => {
    const { fetchLiveState } = await import('../../src/linode/logs-client.js');
    const live = exampleLive();
    const old = { ...live.destinations[0]!, type: 'linode_object_storage' } as unknown as (typeof live.destinations)[number];
    const read = await fetchLiveState({ listDestinations: async () => [old, live.destinations[1]!], listStreams: async () => live.streams } as never);
    expect(diff(exampleDesired(), read).changes.every((c) => c.action === 'noop')).toBe(true);
  });

  it('sends exactly one of cluster_ids and is_auto_add_all_clusters_enabled', async () => {
    const { streamDetailsBody } = await import('../../src/apply/resolve.js');
    expect(streamDetailsBody({ cluster_ids: [1, 2], is_auto_add_all_clusters_enabled: false })).toEqual({ cluster_ids: [1, 2] });
    expect(streamDetailsBody({ is_auto_add_all_clusters_enabled: true })).toEqual({ is_auto_add_all_clusters_enabled: true });
  });
});
