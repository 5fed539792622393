import { describe, expect, it } from 'vitest';
import { diff } from '../../src/plan/diff.js';
import { approvedChanges, compareWithApproved, planFingerprint } from '../../src/plan/fingerprint.js';
import type { Change, Plan, ResourceKind } from '../../src/plan/types.js';
import { renderApplyStatus, renderPlanComment, withApplyStatus, type RunLinks } from '../../src/render/comment.js';
import { formatPlanMarker, parsePlanMarker } from '../../src/render/marker.js';
import { exampleDesired, exampleLive } from '../../__fixtures__/states.js';
import { renderGfm, tableRows, tagsOf, textOf } from '../support/gfm.js';

const links: RunLinks = {
  runId: '42',
  runUrl: 'https://github.com/acme/cfg/actions/runs/42',
  sha: 'abcdef1234567890abcdef1234567890abcdef12',
  commitUrl: 'https://github.com/acme/cfg/commit/abcdef1234567890abcdef1234567890abcdef12',
};
const context = { configPath: '.github/linode-logs.yml', links };
const planned = (plan: Plan) => ({ kind: 'planned' as const, plan, fingerprint: planFingerprint(plan), changes: approvedChanges(plan) });

function driftedPlan(): Plan {
  const live = exampleLive();
  live.destinations[1]!.details.endpoint_url = 'https://old.example.com';
  return diff(exampleDesired(), live);
}

/** A plan of `n` destination creates. */
function bigPlan(n: number): Plan {
  const base = exampleDesired();
  const template = base.destinations[1]!;
  return diff(
    { ...base, destinations: Array.from({ length: n }, (_, i) => ({ ...template, label: `destination-number-${String(i).padStart(5, '0')}` })), streams: [] },
    { destinations: [], streams: [] },
  );
}

describe('the plan comment', () => {
  it('is deterministic: the same plan and run render byte-identically', () => {
    expect(renderPlanComment(planned(driftedPlan()), context)).toBe(renderPlanComment(planned(driftedPlan()), context));
  });

  it('renders a table, an open diff per change, the commit and the run', () => {
    const html = renderGfm(renderPlanComment(planned(driftedPlan()), context));
    expect(tableRows(html)).toEqual([
      ['', 'Action', 'Kind', 'Label', 'What changes'],
      ['~', 'update', 'destination', 'siem (#\u20601001)', 'details.endpoint_url'],
    ]);
    expect(html).toContain('<details open><summary>~ update destination <code>siem</code></summary>');
    expect(textOf(html)).toContain('! details.endpoint_url: "https://old.example.com" → "https://siem.example.com/ingest"');
    expect(html).toContain('<a href="https://github.com/acme/cfg/commit/abcdef1234567890abcdef1234567890abcdef12"><code>abcdef1</code></a>');
    expect(html).toContain('<a href="https://github.com/acme/cfg/actions/runs/42">run 42</a>');
  });

  it("carries the fingerprint and each change's digest in its marker, and nothing secret", () => {
    const outcome = planned(diff(exampleDesired(), { destinations: [], streams: [] }));
    const body = renderPlanComment(outcome, context);
    expect(parsePlanMarker(body)).toEqual({ config: context.configPath, sha: links.sha, fingerprint: outcome.fingerprint, changes: outcome.changes });
    expect(body).toContain('(sensitive)');
    expect(body).not.toMatch(/secret-0001|KEYID0001|tenant|"pw"/);
  });

  it('has no fingerprint when nothing was planned, so nothing can be approved', () => {
    const body = renderPlanComment(
      { kind: 'invalid-config', errors: [{ where: 'c.yml:3:5', message: 'destinations.x.type: must be one of … ``` </details>' }] },
      context,
    );
    expect(parsePlanMarker(body)?.fingerprint).toBeUndefined();
    const html = renderGfm(body);
    expect(textOf(html)).toContain('c.yml:3:5: destinations.x.type: must be one of … ``` </details>');
    expect(tagsOf(html).filter((t) => t === 'details' || t === '/details')).toEqual([]);
  });

  it('stays within 65,536 characters for a huge plan, even after an apply status is added', () => {
    const body = renderPlanComment(planned(bigPlan(1500)), context);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(
      /Cut to fit:\*\* showing \d+ of 1500 table rows, showing 0 of 1500 field-level diffs\. The whole plan is in the job summary of <a href/,
    );
    expect(parsePlanMarker(body)?.changes).toBeNull(); // too many to record: only the exact fingerprint approves
    const applied = withApplyStatus(body, renderApplyStatus({ kind: 'apply-failed', failed: 1499, total: 1500 }, links))!;
    expect(applied.length).toBeLessThanOrEqual(65_536);
    const html = renderGfm(body);
    expect(tableRows(html).every((row) => row.length === 5)).toBe(true);
  });

  it('sets the apply status in place of the note that the apply is to come, keeping the approved plan and its marker', () => {
    const body = renderPlanComment(planned(driftedPlan()), context);
    const pending = /\n⏳ \*\*Not applied yet\.\*\* The apply after the merge runs only this plan[^\n]*/;
    expect(body).toMatch(pending);
    expect(body).toContain('📋 **Plan:** applying this config makes the changes below.\n');
    const once = withApplyStatus(body, renderApplyStatus({ kind: 'plan-changed' }, links))!;
    const twice = withApplyStatus(once, renderApplyStatus({ kind: 'applied', applied: 1, alreadyDone: 0 }, links))!;
    expect(once).toContain('⛔ **Not applied**');
    expect(twice).not.toContain('Not applied');
    expect(twice).not.toContain('runs only this plan');
    expect(twice).toContain('✅ **Applied**');
    expect(twice.replace(/\n✅ \*\*Applied\*\*[^\n]*/, '')).toBe(body.replace(pending, ''));
    expect(withApplyStatus('edited by hand', 'x')).toBeUndefined();
  });

  it('says why an apply that stopped before its first write changed nothing', () => {
    const status = renderApplyStatus({ kind: 'refused', why: 'the variables SIEM_PASSWORD that the file references were unset in the apply step' }, links);
    expect(status).toMatch(
      /^⛔ \*\*Not applied\*\* at <a href="[^"]+"><code>abcdef1<\/code><\/a> in <a href="[^"]+">run 42<\/a>: the variables SIEM_PASSWORD that the file references were unset in the apply step\. Nothing was changed/,
    );
  });

  it('has no note of an apply to come when there is nothing to apply', () => {
    const body = renderPlanComment(planned(diff(exampleDesired(), exampleLive())), context);
    expect(body).toContain('✅ **No changes:**');
    expect(body).not.toContain('Not applied yet');
  });
});

describe('the marker', () => {
  it('cannot end the HTML comment it is in, whatever the config path or labels hold', () => {
    const marker = formatPlanMarker({
      config: 'a --> <b>x</b> & "y"',
      fingerprint: 'f'.repeat(64),
      changes: [{ kind: 'destination', label: '-->', action: 'create', digest: 'd' }],
    });
    expect(marker.indexOf('-->')).toBe(marker.length - 3);
    expect(marker.slice('<!--'.length, -'-->'.length)).not.toMatch(/[<>]/);
    expect(parsePlanMarker(marker)).toMatchObject({ config: 'a --> <b>x</b> & "y"', changes: [{ label: '-->' }] });
  });

  it('is read only from the first line, and a malformed one is no marker', () => {
    expect(parsePlanMarker(`text\n${formatPlanMarker({ config: 'c' })}`)).toBeUndefined();
    expect(parsePlanMarker('<!-- linode-log-streams-action:plan {not json} -->')).toBeUndefined();
    expect(parsePlanMarker('<!-- linode-log-streams-action:plan {"config":"c","fingerprint":"short"} -->')).toEqual({ config: 'c' });
  });

  /** A plan with one change of every kind (the setup ones first, as planWithSetup orders them). */
  function everyKindPlan(): Plan {
    const value = (v: string) => ({ kind: 'value' as const, value: v });
    const change = (kind: ResourceKind, label: string, extra: object) =>
      ({ kind, label, desired: {}, fields: [{ path: 'x', before: { kind: 'absent' as const }, after: value(label) }], ...extra }) as unknown as Change;
    return {
      changes: [
        change('bucket', 'logs-bucket', { action: 'create' }),
        change('object_storage_key', 'linode-logs-audit', { action: 'create' }),
        change('lke_cluster', 'prod', { action: 'update', id: 7, version: 3, reason: 'fields' }),
        change('destination', 'audit', { action: 'create' }),
        change('stream', 'lke-audit', { action: 'create' }),
      ],
      unmanaged: [],
      uncompared: [],
    };
  }

  it('records every resource kind, so each change reads back as it was', () => {
    const plan = everyKindPlan();
    const changes = approvedChanges(plan);
    expect(changes.map((c) => c.kind)).toEqual(['bucket', 'object_storage_key', 'lke_cluster', 'destination', 'stream']);
    const marker = formatPlanMarker({ config: 'c.yml', fingerprint: planFingerprint(plan), changes });
    expect(parsePlanMarker(marker)?.changes).toEqual(changes);
  });

  it('lets a re-run after a partial apply with setup changes match the approved plan', () => {
    const plan = everyKindPlan();
    const approved = parsePlanMarker(formatPlanMarker({ config: 'c.yml', fingerprint: planFingerprint(plan), changes: approvedChanges(plan) }))!;
    // The bucket and the key were made before the failure; the rest is planned again.
    const rerun: Plan = { ...plan, changes: plan.changes.slice(2) };
    const verdict = compareWithApproved(rerun, { fingerprint: approved.fingerprint!, changes: approved.changes ?? null });
    expect(verdict.kind).toBe('subset');
    expect(verdict.kind === 'subset' && verdict.alreadyDone.map((c) => `${c.kind} ${c.label}`)).toEqual([
      'bucket logs-bucket',
      'object_storage_key linode-logs-audit',
    ]);
  });

  it('still reads the markers of format 1 (destinations and streams)', () => {
    const old =
      '<!-- linode-log-streams-action:plan {"config":"c.yml","fingerprint":"' +
      'a'.repeat(64) +
      '","changes":[["d","siem","update",5,2,"0123456789abcdef"],["s","audit","create",null,null,"fedcba9876543210"]],"format":1} -->';
    expect(parsePlanMarker(old)?.changes).toEqual([
      { kind: 'destination', label: 'siem', action: 'update', id: 5, version: 2, digest: '0123456789abcdef' },
      { kind: 'stream', label: 'audit', action: 'create', digest: 'fedcba9876543210' },
    ]);
  });
});
