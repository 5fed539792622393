import { describe, expect, it } from 'vitest';
import { diff } from '../../src/plan/diff.js';
import { driftOrigin } from '../../src/plan/drift-origin.js';
import type { Change } from '../../src/plan/types.js';
import type { LiveDestination, LiveStream } from '../../src/linode/types.js';
import { exampleDesired, exampleLive } from '../../__fixtures__/states.js';

type Actionable = Exclude<Change, { action: 'noop' }>;
const changeOf = (label: string, live = exampleLive()) => diff(exampleDesired(), live).changes.find((c) => c.label === label) as Actionable;
const version = (d: LiveDestination, n: number, by: string, details: LiveDestination['details'] = {}): LiveDestination => ({
  ...d,
  version: n,
  updated_by: by,
  updated: `2026-11-0${n}T00:00:00`,
  details: { ...d.details, ...details },
});

describe('driftOrigin', () => {
  const matching = exampleLive().destinations[1]!;

  it('names the first version after the last one that matched the file', () => {
    const live = exampleLive();
    live.destinations[1] = version(matching, 3, 'carol', { endpoint_url: 'https://c.example.com' });
    const history = [version(matching, 1, 'alice'), version(matching, 2, 'bob', { endpoint_url: 'https://b.example.com' }), live.destinations[1]];
    expect(driftOrigin(changeOf('siem', live), exampleDesired(), live, history)).toEqual({ kind: 'changed', by: 'bob', at: '2026-11-02T00:00:00', version: 2 });
  });

  it('says when no version ever matched, and when the history is missing', () => {
    const live = exampleLive();
    live.destinations[1] = version(matching, 2, 'bob', { endpoint_url: 'https://b.example.com' });
    const history = [version(matching, 1, 'alice', { endpoint_url: 'https://a.example.com' }), live.destinations[1]];
    expect(driftOrigin(changeOf('siem', live), exampleDesired(), live, history)).toMatchObject({ kind: 'never-matched', by: 'bob', version: 2 });
    expect(driftOrigin(changeOf('siem', live), exampleDesired(), live, undefined)).toMatchObject({ kind: 'never-matched', by: 'bob', version: 2 });
  });

  it("reads a stream's history with its destination by label", () => {
    const live = exampleLive();
    const stream = live.streams[0]!;
    live.streams[0] = { ...stream, status: 'inactive', version: 2, updated_by: 'dave' };
    const history: LiveStream[] = [{ ...stream, version: 1 }, live.streams[0]];
    expect(driftOrigin(changeOf('linode-audit', live), exampleDesired(), live, history)).toMatchObject({ kind: 'changed', by: 'dave', version: 2 });
  });

  it('has nothing to read for a missing resource, and names the creator of an unmanaged one', () => {
    const live = exampleLive();
    live.destinations.splice(0, 1);
    expect(driftOrigin(changeOf('audit-bucket', live), exampleDesired(), live, undefined)).toEqual({ kind: 'missing' });
    const extra = { ...matching, id: 1005, label: 'extra', created_by: 'eve', created: '2026-10-01T00:00:00' };
    const pruning = exampleLive();
    pruning.destinations.push(extra);
    const del = diff(exampleDesired({ prune: true }), pruning).changes.find((c) => c.label === 'extra') as Actionable;
    expect(driftOrigin(del, exampleDesired({ prune: true }), pruning, undefined)).toEqual({ kind: 'created', by: 'eve', at: '2026-10-01T00:00:00' });
  });
});
