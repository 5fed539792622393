import { describe, expect, it } from 'vitest';
import { checksSummary, renderChecksMarkdown, renderChecksText } from '../../src/render/checks.js';
import { renderPlanComment } from '../../src/render/comment.js';
import { renderPlanMarkdown } from '../../src/render/markdown.js';
import type { Check } from '../../src/plan/types.js';

const checks: Check[] = [
  { subject: 'destination <b>x</b>', check: 'host matches bucket and region', status: 'fail', detail: 'host is a|b.example.com\n@team #12' },
  { subject: 'stream lke-audit', check: 'LKE clusters with audit logs', status: 'pending', detail: 'prod (#7) gets audit logs by this plan' },
  { subject: 'stream lke-audit', check: 'LKE clusters with audit logs', status: 'pass', detail: 'ok' },
];

describe('the pre-flight checks table', () => {
  it('counts by status, failures first', () => {
    expect(checksSummary(checks)).toBe('1 FAILED, 1 after apply, 1 ok');
  });

  it('is one aligned line per check in the log', () => {
    expect(renderChecksText(checks)).toEqual([
      '',
      'Pre-flight checks (1 FAILED, 1 after apply, 1 ok):',
      '    FAILED       destination <b>x</b>  host matches bucket and region  host is a|b.example.com @team #12',
      '    after apply  stream lke-audit      LKE clusters with audit logs    prod (#7) gets audit logs by this plan',
      '    ok           stream lke-audit      LKE clusters with audit logs    ok',
    ]);
    expect(renderChecksText([])).toEqual([]);
  });

  it('keeps every row of the Markdown table one inert row', () => {
    const rows = renderChecksMarkdown(checks).slice(1);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.split('\n')).toHaveLength(1);
    expect(rows[0]).not.toContain('<b>');
    expect(rows[0]).not.toMatch(/(^|[^\\])\|b\.example/);
    expect(rows[0]).not.toMatch(/(^|\s)@team/);
  });

  it('is in the job summary and the pull request comment, after the table of changes', () => {
    const plan = { changes: [], unmanaged: [], uncompared: [], checks };
    const links = {
      runId: '1',
      runUrl: 'https://github.com/a/b/actions/runs/1',
      sha: 'a'.repeat(40),
      commitUrl: `https://github.com/a/b/commit/${'a'.repeat(40)}`,
    };
    const comment = renderPlanComment({ kind: 'planned', plan, fingerprint: 'f'.repeat(64), changes: [] }, { configPath: 'c.yml', links });
    const summary = renderPlanMarkdown(plan, { configPath: 'c.yml', title: 'Plan' });
    for (const body of [comment, summary]) {
      expect(body).toContain('**Pre-flight checks:** 1 FAILED, 1 after apply, 1 ok');
      expect(body).toContain('| ❌ FAILED | host matches bucket and region |');
    }
  });
});
