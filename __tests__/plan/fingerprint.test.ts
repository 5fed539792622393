import { describe, expect, it } from 'vitest';
import { diff } from '../../src/plan/diff.js';
import { approvedChanges, canonicalJson, compareWithApproved, planFingerprint } from '../../src/plan/fingerprint.js';
import { exampleDesired, exampleLive } from '../../__fixtures__/states.js';

/** The example account with siem's endpoint edited live: one update planned. */
function driftedLive() {
  const live = exampleLive();
  live.destinations[1]!.details.endpoint_url = 'https://old.example.com';
  live.destinations[1]!.version = 3;
  return live;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
  });
});

describe('planFingerprint', () => {
  it('is identical for identical plans, whatever the order live resources were listed in', () => {
    const live = driftedLive();
    const reordered = structuredClone(live);
    reordered.destinations.reverse();
    reordered.streams.reverse();
    const a = planFingerprint(diff(exampleDesired(), live));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(planFingerprint(diff(exampleDesired(), reordered))).toBe(a);
  });

  it('ignores what cannot change what apply does: timestamps, unchanged and unmanaged resources', () => {
    const base = planFingerprint(diff(exampleDesired(), driftedLive()));
    const later = driftedLive();
    later.destinations[1]!.updated = '2030-01-01T00:00:00';
    later.streams[0]!.version = 9; // an unchanged resource re-saved
    later.destinations.push({ ...later.destinations[0]!, id: 1009, label: 'someone-elses' });
    expect(planFingerprint(diff(exampleDesired(), later))).toBe(base);
  });

  it('changes when a touched resource moves on the account after the plan (same fields, new version)', () => {
    const base = planFingerprint(diff(exampleDesired(), driftedLive()));
    const moved = driftedLive();
    moved.destinations[1]!.version = 4;
    expect(planFingerprint(diff(exampleDesired(), moved))).not.toBe(base);
  });

  it('changes when the field changes differ, and when secrets are rotated', () => {
    const base = planFingerprint(diff(exampleDesired(), driftedLive()));
    const other = driftedLive();
    other.destinations[1]!.details.endpoint_url = 'https://other.example.com';
    expect(planFingerprint(diff(exampleDesired(), other))).not.toBe(base);
    expect(planFingerprint(diff(exampleDesired(), driftedLive(), { rotateSecrets: true }))).not.toBe(base);
  });

  it('holds no secret value: secrets and ${NAME} values are in the record by name only', () => {
    const plan = diff(exampleDesired(), { destinations: [], streams: [] });
    const records = JSON.stringify(approvedChanges(plan));
    expect(records).not.toMatch(/secret-0001|KEYID0001|tenant|"pw"/);
  });
});

describe('compareWithApproved', () => {
  const approve = (live = driftedLive()) => {
    const plan = diff(exampleDesired(), live);
    return { fingerprint: planFingerprint(plan), changes: approvedChanges(plan) };
  };

  it('is the same for the same plan', () => {
    expect(compareWithApproved(diff(exampleDesired(), driftedLive()), approve())).toEqual({ kind: 'same' });
  });

  it('names a resource that moved on the account after approval', () => {
    const moved = driftedLive();
    moved.destinations[1]!.version = 4;
    const verdict = compareWithApproved(diff(exampleDesired(), moved), approve());
    expect(verdict).toMatchObject({ kind: 'changed', differences: [{ reason: 'moved', now: { label: 'siem', version: 4 }, approved: { version: 3 } }] });
  });

  it('names a change that was not approved, and field changes that differ', () => {
    const more = driftedLive();
    more.destinations[1]!.details.endpoint_url = 'https://other.example.com';
    more.streams[0]!.status = 'inactive';
    const verdict = compareWithApproved(diff(exampleDesired(), more), approve());
    expect(verdict.kind).toBe('changed');
    if (verdict.kind !== 'changed') return;
    expect(verdict.differences?.map((d) => `${d.reason} ${d.now.label}`)).toEqual(['fields siem', 'new linode-audit']);
  });

  it('accepts a plan whose every change is an approved one (a re-run after a partial apply)', () => {
    const approvedLive = driftedLive();
    approvedLive.streams[0]!.status = 'inactive';
    const approved = approve(approvedLive);
    expect(approved.changes.map((c) => c.label)).toEqual(['siem', 'linode-audit']);
    // linode-audit was applied meanwhile; siem is untouched.
    const verdict = compareWithApproved(diff(exampleDesired(), driftedLive()), approved);
    expect(verdict).toMatchObject({ kind: 'subset', alreadyDone: [{ label: 'linode-audit' }] });
  });

  it('cannot tell what differs when the approved plan was too large to record per change', () => {
    const moved = driftedLive();
    moved.destinations[1]!.version = 4;
    expect(compareWithApproved(diff(exampleDesired(), moved), { ...approve(), changes: null })).toEqual({
      kind: 'changed',
      differences: undefined,
      dropped: [],
    });
    expect(compareWithApproved(diff(exampleDesired(), driftedLive()), { ...approve(), changes: null })).toEqual({ kind: 'same' });
  });
});
