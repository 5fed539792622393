import type { Spread } from './stats.js';

export interface Target {
  name: string;
  value: number;
  limit: number;
  unit: '×' | 'ms' | 'MB' | 'waves' | 'requests';
  pass: boolean;
  /** false: shown for information, never fails `--check`. */
  gate: boolean;
}

export interface ScenarioResult {
  name: string;
  runs: number;
  wallMs: Spread;
  peakRssMiB: number;
  /** API requests of one run (the largest over the runs). */
  requests: number;
  /** Sequential round trips of one run (the largest over the runs). */
  waves: number;
  /** The grouping rule's count (the smallest over the runs); see bench/waves.ts. */
  groups: number;
  floor: {
    waves: number;
    requests?: number;
    text: string;
  };
  targets: Target[];
  note?: string;
  timeline: string[];
}

export interface Report {
  date: string;
  machine: string;
  latencyMs: number;
  rssProbe: string;
  seconds: number;
  /** 1-minute load average before and after the run. */
  loadAverage: { before: number; after: number; cores: number };
  scenarios: ScenarioResult[];
}

const ms = (value: number): string => `${Math.round(value)}`;

function formatTarget(t: Target): string {
  const count = t.unit === 'waves' || t.unit === 'requests';
  const value = t.unit === '×' ? `${t.value.toFixed(2)}×` : count ? String(t.value) : `${Math.round(t.value)} ${t.unit}`;
  const limit = t.unit === '×' ? `${t.limit}×` : count ? String(t.limit) : `${t.limit} ${t.unit}`;
  const relation = count ? '=' : t.unit === '×' ? '≤' : '<';
  return `${t.name} ${value} ${relation} ${limit} ${t.pass ? 'ok' : t.gate ? 'MISSED' : 'over (info)'}`;
}

/** The table (GitHub-flavoured Markdown, readable as plain text) and the ratios below it. */
export function renderReport(report: Report): string {
  const header = ['scenario', 'runs', 'wall ms median (min–max)', 'peak RSS MB', 'requests (floor)', 'waves (floor)', 'target'];
  const rows = report.scenarios.map((s) => {
    const own = s.targets.filter((t) => t.name !== 'waves = floor' && t.name !== 'requests = floor');
    const missed = (name: string): string => (s.targets.find((t) => t.name === name)?.pass === false ? ' ✗' : '');
    return [
      s.name,
      String(s.runs),
      `${ms(s.wallMs.median)} (${ms(s.wallMs.min)}–${ms(s.wallMs.max)})`,
      (s.peakRssMiB * 1.048576).toFixed(0),
      `${s.requests} (${s.floor.requests ?? '—'})${missed('requests = floor')}`,
      `${s.waves} (${s.floor.waves})${missed('waves = floor')}`,
      own
        .map((t) =>
          formatTarget(t)
            .replace(/ ok$/, ' ✓')
            .replace(/ MISSED$/, ' ✗')
            .replace(/ over \(info\)$/, ' (info) ✗'),
        )
        .join('; ') || '—',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const table = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');

  const notes = report.scenarios
    .filter((s) => s.groups !== s.waves)
    .map(
      (s) =>
        `- ${s.name}: the grouping rule sees ${s.groups} group(s) where ${s.waves} round trips were paid one after another (a worker pool's next request overlaps the previous wave's last answer).`,
    );
  const { before, after, cores } = report.loadAverage;
  const busy = Math.max(before, after) > cores / 4;
  return [
    `${report.machine}; L = ${report.latencyMs} ms per request; peak RSS via ${report.rssProbe}; ${report.seconds} s in all.`,
    `Load average (1 min) before/after: ${before}/${after}${busy ? ` — other work was running on these ${cores} cores: timings and ratios are less reliable; re-run on an idle machine` : ''}.`,
    '',
    table,
    '',
    'waves: sequential round trips (longest chain of requests each started after the previous one was answered).',
    'floor: the fewest any client can make. plan — page 1 of each collection tells its page count, then the other pages at once',
    '       (1 wave when every collection fits a page of 500, else 2), the collections together. apply — the read, then destinations,',
    "       then streams, ⌈K/4⌉ waves each. PR comment — the Linode listings, the token's login and the PR's comments at once, then the edit.",
    'plan example, N: examples/linode-logs.yml against its own 4 resources (unchanged) and N - 4 unmanaged destinations.',
    "minimal client: bench/minimal-client.mjs, the GETs of that plan at once from a bare node script; the plan's yardstick.",
    'What counts is round trips: a wave costs at least L on a real network, a millisecond of CPU here is noise.',
    ...(notes.length > 0 ? ['', ...notes] : []),
    '',
    'Targets:',
    ...report.scenarios.flatMap((s) => s.targets.map((t) => `  ${s.name}: ${formatTarget(t)}`)),
  ].join('\n');
}
