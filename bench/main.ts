/**
 * `npm run bench`: runs the bundled action (dist/index.js, one fresh node process per run, as the
 * runner does) against the Linode API emulator with an injected per-request latency, and prints
 * wall time, peak RSS, API requests and sequential waves next to the floor of each scenario, each
 * timing next to a yardstick measured in the same minutes (bare node, a minimal client).
 * `npm run bench -- --check` exits 1 when a target is missed. See bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GITHUB_ACTIONS_BOT, startGitHubStandIn } from '../__tests__/support/github-stand-in.js';
import { startEmulator, type Emulator, type RequestLogEntry } from '../emulator/index.js';
import { measure, pickRssProbe, type Measured, type RssProbe } from './child.js';
import { HOSTILE_CONFIGS, hostileWorkspace, type HostileConfig } from '../__fixtures__/hostile-configs.js';
import {
  BENCH_SECRETS,
  EXAMPLE_CLUSTER,
  EXAMPLE_SECRETS,
  clusterSeeds,
  configYaml,
  exampleAccountSeed,
  exampleDeliverySeed,
  lkeStreams,
  matchingSeed,
  streamsPerType,
} from './fixtures.js';
import { renderReport, type ScenarioResult, type Target } from './report.js';
import { spread } from './stats.js';
import { startLatencyProxy } from './latency-proxy.js';
import { countWaves, type Span, type WaveCount } from './waves.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const ACTION = 'dist/index.js';
/** The yardstick of the small plan: the same GETs at once, from a script of a few lines. */
const MINIMAL_CLIENT = 'bench/minimal-client.mjs';
const EXAMPLE_CONFIG = 'examples/linode-logs.yml';
const TOKEN = 'bench-token';
const GITHUB_TOKEN = 'bench-github-token';
/** Sub-millisecond timestamps, shared by the emulator and the latency proxy. */
const clock = (): number => performance.timeOrigin + performance.now();
/** The Linode API's largest page. */
const PAGE_SIZE = 500;
/** The action's default `concurrency` input. */
const APPLY_CONCURRENCY = 4;
/**
 * The accounts the example file is planned against, by their destinations (the example's 2 among
 * them), beside the example's 2 streams: N = 10, 100 and 1,000 resources, and 5,000 destinations.
 * The API allows one stream of each type by default, so an account grows in destinations.
 */
const EXAMPLE_ACCOUNTS = [8, 98, 998, 5000];
/** `plan` of the example against the 10-resource account: median within 3× of the minimal client's. */
const SMALL_ACCOUNT = { destinations: 8, ratio: 3 };
/** `plan` of the example against 5,000 destinations: median wall and peak RSS. */
const LARGE_ACCOUNT = { destinations: 5000, wallMs: 2000, rssMB: 200 };
/** `validate` of the example: median within 3× of bare `node -e ''`'s. */
const VALIDATE_RATIO = 3;
/** For information only: a file naming every resource of a 500 + 500 account (240 KB of YAML). */
const FILE_NAMES_ALL = 1000;
const APPLY_SIZES = [10, 100];

interface Options {
  latencyMs: number;
  runs: number;
  check: boolean;
  only: string[] | undefined;
  out: string;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      'latency-ms': { type: 'string', default: '50' },
      runs: { type: 'string', default: '9' },
      check: { type: 'boolean', default: false },
      only: { type: 'string' },
      out: { type: 'string', default: join(ROOT, 'bench/results.json') },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(`Usage: npm run bench [-- options]
  --latency-ms L   latency the emulator adds to every API request (default 50)
  --runs R         timed runs of each small scenario (default 9; large ones run fewer)
  --only LIST      comma-separated scenario groups: validate, plan, check, apply, comment, hostile
                   (bare node is always measured)
  --out FILE       where to write the results (default bench/results.json)
  --check          exit 1 when a target is missed`);
    process.exit(0);
  }
  const latencyMs = Number(values['latency-ms']);
  const runs = Number(values.runs);
  if (!Number.isInteger(latencyMs) || latencyMs < 0) throw new Error('--latency-ms must be a whole number of milliseconds');
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive whole number');
  return { latencyMs, runs, check: values.check, only: values.only?.split(',').map((s) => s.trim()), out: values.out };
}

/** Everything a scenario needs. */
interface Bench {
  options: Options;
  emulator: Emulator;
  probe: RssProbe;
  dir: string;
}

interface Run {
  measured: Measured;
  requests: number;
  waves: WaveCount;
  /** The requests, relative to the first one's start, for results.json. */
  timeline: string[];
}

function actionEnv(bench: Bench, mode: string, config: string): Record<string, string> {
  return {
    ...BENCH_SECRETS,
    INPUT_MODE: mode,
    INPUT_CONFIG: config,
    // The config file must be inside the workspace (src/config/read-text.ts); a relative one is
    // relative to it.
    GITHUB_WORKSPACE: isAbsolute(config) ? dirname(config) : ROOT,
    INPUT_TOKEN: TOKEN,
    'INPUT_API-URL': bench.emulator.url,
  };
}

/**
 * One run of the action; the emulator's request log (and `others`, e.g. the GitHub proxy's) is
 * read for its spans.
 */
async function runAction(bench: Bench, env: Record<string, string>, others: Array<Span & { method: string; path: string }> = []): Promise<Run> {
  return runNode(bench, [ACTION], env, others);
}

/** One run of `node …args` (process.execPath: the bench's own node) that must exit 0, with its requests. */
async function runNode(bench: Bench, args: string[], env: Record<string, string>, others: Array<Span & { method: string; path: string }> = []): Promise<Run> {
  bench.emulator.requests.length = 0;
  bench.emulator.s3Requests.length = 0;
  others.length = 0;
  const measured = await measure({ args, cwd: ROOT, env, probe: bench.probe });
  if (measured.code !== 0) {
    throw new Error(`${args.join(' ').slice(0, 200)} exited with ${measured.code}:\n${measured.stdout}\n${measured.stderr}`);
  }
  const spans = [
    ...bench.emulator.requests.map((r) => ({ start: r.at, end: r.end ?? Number.POSITIVE_INFINITY, what: `linode ${r.method} ${r.path}` })),
    ...bench.emulator.s3Requests.map((r) => ({ start: r.at, end: r.end ?? Number.POSITIVE_INFINITY, what: `s3 ${r.operation} ${r.path}` })),
    ...others.map((r) => ({ start: r.start, end: r.end, what: `github ${r.method} ${r.path}` })),
  ].sort((a, b) => a.start - b.start);
  const t0 = spans[0]?.start ?? 0;
  const timeline = spans.map((r) => `${(r.start - t0).toFixed(1)}–${(r.end - t0).toFixed(1)} ms ${r.what}`);
  return { measured, requests: spans.length, waves: countWaves(spans), timeline };
}

function summarise(name: string, runs: Run[], floor: ScenarioResult['floor'], targets: Target[], note?: string): ScenarioResult {
  const waves = Math.max(...runs.map((r) => r.waves.waves));
  const worst = runs.find((r) => r.waves.waves === waves);
  const groups = Math.min(...runs.map((r) => r.waves.groups));
  const requests = Math.max(...runs.map((r) => r.requests));
  return {
    name,
    runs: runs.length,
    wallMs: spread(runs.map((r) => r.measured.wallMs)),
    peakRssMiB: Math.max(...runs.map((r) => r.measured.rssMiB)),
    requests,
    waves,
    groups,
    floor,
    targets: [
      ...targets,
      { name: 'waves = floor', value: waves, limit: floor.waves, unit: 'waves', pass: waves === floor.waves, gate: true },
      ...(floor.requests === undefined
        ? []
        : [{ name: 'requests = floor', value: requests, limit: floor.requests, unit: 'requests' as const, pass: requests === floor.requests, gate: true }]),
    ],
    ...(note ? { note } : {}),
    // The requests of the run with the most waves (up to 60), to see where a wave went.
    timeline: worst?.timeline.slice(0, 60) ?? [],
  };
}

/** `node -e ''`: the process start every ratio is taken against. */
async function bareRun(bench: Bench): Promise<Run> {
  return { measured: await measure({ args: ['-e', ''], cwd: ROOT, env: {}, probe: bench.probe }), requests: 0, waves: { waves: 0, groups: 0 }, timeline: [] };
}

/**
 * bench/minimal-validate.ts bundled by ncc, as dist/ is: the least an action on this stack
 * (@actions/core, the `yaml` library and the config loader) does to validate the example.
 */
function buildMinimalValidate(): string {
  const out = join(ROOT, 'build/bench/minimal-validate');
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', join(ROOT, 'bench/minimal-validate.ts'), '--out', out, '--no-cache', '--quiet'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  return join(out, 'index.js');
}

/**
 * Bare node, `validate` of the example config and the minimal validating action, interleaved so
 * all see the same machine. The target is against bare node; the minimal action is information:
 * what of the time is the stack's own.
 */
async function validateScenario(bench: Bench, runs: number): Promise<ScenarioResult[]> {
  const bare: Run[] = [];
  const validate: Run[] = [];
  const minimal: Run[] = [];
  const minimalAction = buildMinimalValidate();
  const env = { ...actionEnv(bench, 'validate', EXAMPLE_CONFIG), INPUT_TOKEN: '' };
  await runAction(bench, env); // warm the file cache
  await runNode(bench, [minimalAction], env);
  for (let i = 0; i < runs; i++) {
    bare.push(await bareRun(bench));
    validate.push(await runAction(bench, env));
    minimal.push(await runNode(bench, [minimalAction], env));
  }
  const bareMs = spread(bare.map((r) => r.measured.wallMs)).median;
  const validateMs = spread(validate.map((r) => r.measured.wallMs)).median;
  const minimalMs = spread(minimal.map((r) => r.measured.wallMs)).median;
  const ratio = validateMs / bareMs;
  const noNetwork = { waves: 0, requests: 0, text: 'no network' };
  return [
    summarise("node -e ''", bare, { waves: 0, requests: 0, text: 'process start' }, []),
    summarise('minimal validating action (@actions/core + yaml + loader, ncc)', minimal, noNetwork, [
      { name: '÷ bare node', value: minimalMs / bareMs, limit: VALIDATE_RATIO, unit: '×', pass: minimalMs / bareMs <= VALIDATE_RATIO, gate: false },
    ]),
    summarise(
      'validate (example config)',
      validate,
      noNetwork,
      [{ name: '÷ bare node', value: ratio, limit: VALIDATE_RATIO, unit: '×', pass: ratio <= VALIDATE_RATIO, gate: true }],
      `${(validateMs / minimalMs).toFixed(2)}× the minimal validating action`,
    ),
  ];
}

/** Pages of one collection of `items`: the API answers an empty one with `pages: 0` in one request. */
const pagesOf = (items: number): number => Math.max(1, Math.ceil(items / PAGE_SIZE));
/** Pages of the LKE clusters a run over the synthetic account reads: only when its lke_audit_logs streams name some. */
const clusterPagesOf = (pairs: number): number => (lkeStreams(pairs) > 0 ? pagesOf(lkeStreams(pairs)) : 0);

/** The fewest waves and requests of a plan's read: page 1 of each collection tells its page count, then the other pages at once. */
function readFloor(collections: Array<{ name: string; items: number }>): ScenarioResult['floor'] {
  const pages = collections.map((c) => ({ ...c, pages: pagesOf(c.items) }));
  return {
    waves: pages.some((c) => c.pages > 1) ? 2 : 1,
    requests: pages.reduce((sum, c) => sum + c.pages, 0),
    text: pages.map((c) => `${c.pages} ${c.name}`).join(' + '),
  };
}

/** The request a run made, as a key: the minimal client must make the same set. */
const requestKey = (r: RequestLogEntry): string => `${r.method} ${r.version ?? ''}${r.path}?${new URLSearchParams(r.query).toString()} ${r.filter ?? ''}`;

/**
 * `plan` of examples/linode-logs.yml, with nothing to change, against the example's resources and
 * `destinations - 2` unmanaged destinations beside them. Against the smallest account, the plan
 * is measured interleaved with the minimal client (the same GETs at once, bench/minimal-client.mjs)
 * and its median must stay within 3× of the client's; against 5,000 destinations, under 2 s and
 * 200 MB.
 */
async function planExampleScenario(bench: Bench, destinations: number, runs: number): Promise<ScenarioResult[]> {
  bench.emulator.reset();
  bench.emulator.configure({ streamQuota: 1 }); // the API's default
  bench.emulator.seed(exampleAccountSeed(destinations - 2));
  const env = { ...actionEnv(bench, 'plan', EXAMPLE_CONFIG), ...EXAMPLE_SECRETS };
  const n = destinations + 2;
  const name = `plan example, N=${n} (${destinations} dest. + 2 streams)`;

  const first = await runAction(bench, env);
  if (first.measured.outputs['has-changes'] !== 'false') {
    throw new Error(`${name}: the seeded account should match the example, but the plan says: ${first.measured.outputs.summary}`);
  }
  const floor = readFloor([
    { name: 'of destinations', items: destinations },
    { name: 'of streams', items: 2 },
    { name: 'of clusters', items: 1 }, // the example's lke-audit names a cluster: checked before a plan
    { name: 'of Object Storage endpoints', items: 1 }, // the example has an Object Storage destination: its host is checked against them
  ]);
  if (destinations !== SMALL_ACCOUNT.destinations) {
    const timed: Run[] = [];
    for (let i = 0; i < runs; i++) timed.push(await runAction(bench, env));
    const targets: Target[] = [];
    if (destinations === LARGE_ACCOUNT.destinations) {
      const medianMs = spread(timed.map((r) => r.measured.wallMs)).median;
      const peakMB = Math.max(...timed.map((r) => r.measured.rssMiB)) * 1.048576;
      targets.push({ name: 'wall', value: medianMs, limit: LARGE_ACCOUNT.wallMs, unit: 'ms', pass: medianMs < LARGE_ACCOUNT.wallMs, gate: true });
      targets.push({ name: 'peak RSS', value: peakMB, limit: LARGE_ACCOUNT.rssMB, unit: 'MB', pass: peakMB < LARGE_ACCOUNT.rssMB, gate: true });
    }
    return [summarise(name, timed, floor, targets)];
  }

  // The minimal client makes exactly the requests the plan made (the emulator's log of the first
  // run), as the plan's client sends them: token, query, X-Filter.
  const reads = bench.emulator.requests.map((r) => ({
    url: `${bench.emulator.url}${r.version === null ? '' : `/${r.version}`}${r.path}?${new URLSearchParams(r.query).toString()}`,
    headers: { Authorization: `Bearer ${TOKEN}`, ...(r.filter === undefined ? {} : { 'X-Filter': r.filter }) },
  }));
  const planKeys = bench.emulator.requests.map(requestKey).sort().join('\n');
  if (bench.emulator.requests.some((r) => r.method !== 'GET')) throw new Error(`${name}: a plan wrote:\n${planKeys}`);
  const clientArgs = [MINIMAL_CLIENT, JSON.stringify(reads)];
  await runNode(bench, clientArgs, {}); // warm the file cache
  const timed: Run[] = [];
  const client: Run[] = [];
  for (let i = 0; i < runs; i++) {
    client.push(await runNode(bench, clientArgs, {}));
    const clientKeys = bench.emulator.requests.map(requestKey).sort().join('\n');
    if (clientKeys !== planKeys) throw new Error(`${name}: the minimal client's requests differ from the plan's:\n${clientKeys}\nvs\n${planKeys}`);
    timed.push(await runAction(bench, env));
  }
  const clientMs = spread(client.map((r) => r.measured.wallMs)).median;
  const ratio = spread(timed.map((r) => r.measured.wallMs)).median / clientMs;
  return [
    summarise(`minimal client (the same ${reads.length} GETs at once)`, client, floor, []),
    summarise(name, timed, floor, [
      {
        name: `÷ minimal client (${Math.round(clientMs)} ms)`,
        value: ratio,
        limit: SMALL_ACCOUNT.ratio,
        unit: '×',
        pass: ratio <= SMALL_ACCOUNT.ratio,
        gate: true,
      },
    ]),
  ];
}

/**
 * `check` of the example with `max-delivery-age`, its account of 10 and logs delivered (the
 * emulator wrote them under `ds-logs/2026/12/03/`): the 3 listings of the plan and the walk of
 * the audit bucket's path, which starts with them — one ListObjectsV2 per level (years, months,
 * days, the day's objects). The custom_https stream is not observable (no request).
 */
async function checkDeliveryScenario(bench: Bench, runs: number): Promise<ScenarioResult> {
  bench.emulator.reset();
  bench.emulator.configure({ streamQuota: 1 });
  bench.emulator.seed({ ...exampleAccountSeed(SMALL_ACCOUNT.destinations - 2), ...exampleDeliverySeed() });
  if (bench.emulator.deliver().length !== 1) throw new Error('check with max-delivery-age: the emulator should deliver the audit-logs stream');
  const env = {
    ...actionEnv(bench, 'check', EXAMPLE_CONFIG),
    ...EXAMPLE_SECRETS,
    'INPUT_MAX-DELIVERY-AGE': '1h',
    'INPUT_S3-ENDPOINT': `${bench.emulator.s3Url}/{region}-1`,
  };
  const name = 'check example with max-delivery-age, N=10';
  const first = await runAction(bench, env);
  const delivery = JSON.parse(first.measured.outputs.delivery ?? '[]') as Array<{ stream: string; status: string }>;
  if (delivery.find((d) => d.stream === 'linode-audit')?.status !== 'ok')
    throw new Error(`${name}: expected delivery ok, got ${first.measured.outputs.delivery}`);
  const timed: Run[] = [];
  for (let i = 0; i < runs; i++) timed.push(await runAction(bench, env));
  // The walk's first listing goes out with the plan's reads, so the plan's wave is the walk's first.
  const walk = 4;
  return summarise(
    name,
    timed,
    { waves: walk, requests: 4 + walk, text: `4 API listings + ${walk} S3 listings (year, month, day, objects), from the start` },
    [],
  );
}

/**
 * For information: `plan` with nothing to change of a file naming every resource of an account of
 * `n` (n/2 destinations, n/2 streams, each stream on its own destination; quotas raised), and the
 * LKE clusters its `lke_audit_logs` streams name: what a large config file costs to load. No
 * timing target; the requests and waves are gated like everywhere.
 */
async function planAllScenario(bench: Bench, n: number, runs: number): Promise<ScenarioResult> {
  const pairs = n / 2;
  const config = join(bench.dir, `plan-${n}-all.yml`);
  writeFileSync(config, configYaml(pairs));
  bench.emulator.reset();
  bench.emulator.configure({ streamQuota: Math.max(1, streamsPerType(pairs)) });
  bench.emulator.seed(matchingSeed(pairs));
  const env = actionEnv(bench, 'plan', config);
  const name = `plan N=${n} (${pairs}+${pairs}), file names all`;

  const first = await runAction(bench, env);
  if (first.measured.outputs['has-changes'] !== 'false') {
    throw new Error(`${name}: the seeded account should match the file, but the plan says: ${first.measured.outputs.summary}`);
  }
  const timed: Run[] = [];
  for (let i = 0; i < runs; i++) timed.push(await runAction(bench, env));
  // With the collections: the clusters the file's lke_audit_logs streams name (for the check).
  // The keys are not listed: with nothing to change, no managed key can be left behind.
  const floor = readFloor([
    { name: 'of destinations', items: pairs },
    { name: 'of streams', items: pairs },
    ...(clusterPagesOf(pairs) > 0 ? [{ name: 'of clusters', items: lkeStreams(pairs) }] : []),
    // Half the destinations are Object Storage: their hosts are checked against Linode's endpoints.
    { name: 'of Object Storage endpoints', items: 1 },
  ]);
  return summarise(name, timed, floor, []);
}

/**
 * A hostile config file (__fixtures__/hostile-configs.ts) refused by `validate`: the read, the
 * parse and the walk up to the refusal, with no network. Bounded by 10 s and 300 MB each, the
 * worst of the runs (a refusal must not depend on a good run).
 */
async function hostileScenario(bench: Bench, hostile: HostileConfig, runs: number): Promise<ScenarioResult> {
  const { workspace, config } = hostileWorkspace(hostile);
  const env = { ...actionEnv(bench, 'validate', config), GITHUB_WORKSPACE: workspace, INPUT_TOKEN: '' };
  const timed: Run[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const measured = await measure({ args: [ACTION], cwd: ROOT, env, probe: bench.probe });
      if (measured.code !== 1 || measured.outputs['failure-reason'] !== 'invalid-config' || !hostile.expected.test(measured.stdout)) {
        throw new Error(
          `${hostile.name}: expected a refusal (exit 1, invalid-config, ${hostile.expected}), got ${measured.code}:\n${measured.stdout.slice(0, 2000)}`,
        );
      }
      timed.push({ measured, requests: 0, waves: { waves: 0, groups: 0 }, timeline: [] });
    }
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
  const worstMs = Math.max(...timed.map((r) => r.measured.wallMs));
  const peakMB = Math.max(...timed.map((r) => r.measured.rssMiB)) * 1.048576;
  return summarise(`refused: ${hostile.name}`, timed, { waves: 0, requests: 0, text: 'no network' }, [
    { name: 'worst wall', value: worstMs, limit: 10_000, unit: 'ms', pass: worstMs < 10_000, gate: true },
    { name: 'peak RSS', value: peakMB, limit: 300, unit: 'MB', pass: peakMB < 300, gate: true },
  ]);
}

/**
 * `apply` of `k` destinations and `k` streams to an empty account: the read (1 wave), then each
 * dependency level (destinations, then the streams that point at them) in ⌈k / concurrency⌉ waves.
 */
async function applyScenario(bench: Bench, k: number, runs: number): Promise<ScenarioResult> {
  const config = join(bench.dir, `apply-${k}.yml`);
  writeFileSync(config, configYaml(k));
  bench.emulator.configure({ streamQuota: Math.max(1, streamsPerType(k)) });
  const env = actionEnv(bench, 'apply', config);
  const timed: Run[] = [];
  for (let i = 0; i < runs + 1; i++) {
    bench.emulator.reset();
    bench.emulator.seed({ lkeClusters: clusterSeeds(k) });
    const run = await runAction(bench, env);
    const state = bench.emulator.snapshot();
    if (state.destinations.length !== k || state.streams.length !== k) {
      throw new Error(`apply K=${k}: expected ${k} destinations and ${k} streams, the account has ${state.destinations.length} and ${state.streams.length}`);
    }
    const writes = bench.emulator.requests.filter((r) => r.method !== 'GET').length;
    if (writes !== 2 * k) throw new Error(`apply K=${k}: expected ${2 * k} creates, saw ${writes} writes`);
    if (i > 0) timed.push(run); // the first run warms the file cache
  }
  const perLevel = Math.ceil(k / APPLY_CONCURRENCY);
  const floor = {
    waves: 1 + 2 * perLevel,
    // destinations, streams, the Object Storage endpoints (half the destinations are buckets) and the clusters, then the creates
    requests: 3 + clusterPagesOf(k) + 2 * k,
    text: `read + 2 levels × ⌈${k}/${APPLY_CONCURRENCY}⌉`,
  };
  return summarise(`apply K=${k} (${k}+${k} creates)`, timed, floor, []);
}

/**
 * `plan` on a pull request: the example config against an empty account (4 creates), the plan
 * comment kept up to date on the GitHub stand-in, which sits behind a proxy adding the same
 * latency. Each timed run is a new push (a new head commit), so the comment is edited each time.
 * Floor: the Linode listings, the token's login and the PR's comments need nothing from each
 * other (1 wave), then the edit (1 wave).
 */
async function commentScenario(bench: Bench, runs: number): Promise<ScenarioResult> {
  const github = await startGitHubStandIn();
  const proxy = await startLatencyProxy(github.url, bench.options.latencyMs, clock);
  try {
    github.addToken(GITHUB_TOKEN, { user: GITHUB_ACTIONS_BOT, installation: true });
    github.addPullRequest({ number: 7, headSha: 'a'.repeat(40) });
    bench.emulator.reset();
    bench.emulator.configure({ streamQuota: 1 });
    // The example's lke-audit stream names cluster 12345: LKE Enterprise, audit logs on.
    bench.emulator.seed({ lkeClusters: [EXAMPLE_CLUSTER] });
    const event = join(bench.dir, 'pull_request.json');
    const envFor = (i: number): Record<string, string> => {
      const head = i.toString(16).padStart(40, 'a');
      writeFileSync(
        event,
        JSON.stringify({
          number: 7,
          pull_request: { number: 7, head: { sha: head, repo: { full_name: 'acme/audit-config' } }, base: { repo: { full_name: 'acme/audit-config' } } },
        }),
      );
      return {
        ...actionEnv(bench, 'plan', EXAMPLE_CONFIG),
        'INPUT_GITHUB-TOKEN': GITHUB_TOKEN,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
        GITHUB_SHA: 'f'.repeat(40),
        GITHUB_REF: 'refs/pull/7/merge',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: proxy.url,
        GITHUB_RUN_ID: String(1000 + i),
      };
    };
    await runAction(bench, envFor(0), proxy.spans); // creates the comment
    const timed: Run[] = [];
    for (let i = 1; i <= runs; i++) timed.push(await runAction(bench, envFor(i), proxy.spans));
    const comments = github.comments(7);
    if (comments.length !== 1 || !timed.every((r) => r.measured.stdout.includes('Plan comment updated'))) {
      throw new Error(`plan comment: expected one comment updated by every run, found ${comments.length}:\n${timed.at(-1)?.measured.stdout ?? ''}`);
    }
    // 3 Linode listings (destinations, streams, the cluster), the token's login, the PR's comments; then the edit.
    return summarise(
      'plan comment on a PR (example, edit)',
      timed,
      { waves: 2, requests: 7, text: 'reads at once (the Object Storage endpoints too), then the edit' },
      [],
    );
  } finally {
    await proxy.close();
    await github.close();
  }
}

async function main(): Promise<void> {
  const options = parseOptions();
  const dir = mkdtempSync(join(tmpdir(), 'linode-logs-bench-'));
  const emulator = await startEmulator({
    tokens: [TOKEN],
    latencyMs: options.latencyMs,
    // The bench measures round trips, not the API's per-minute budget: a bench run makes a few
    // hundred collection GETs in under a minute. Each scenario's request count is in the table.
    rateLimit: { collectionGetsPerMinute: 1_000_000, otherPerMinute: 1_000_000 },
    clock,
  });
  const bench: Bench = { options, emulator, probe: pickRssProbe(dir), dir };
  const wants = (group: string): boolean => options.only === undefined || options.only.includes(group);
  const results: ScenarioResult[] = [];
  const started = performance.now();
  // Other processes competing for the cores inflate every timing (bare node's too, but not evenly).
  const loadBefore = loadavg()[0] ?? 0;
  try {
    const say = (line: string): void => void process.stderr.write(`${line}\n`);
    say(
      `bench: node ${process.version} (${process.execPath}), L = ${options.latencyMs} ms, ${options.runs} runs per scenario, peak RSS via ${bench.probe.kind}`,
    );
    // The targets are for the runner's node 24: `npm run bench` puts the `node` dev dependency first on PATH.
    if (!process.version.startsWith('v24.')) say(`  warning: the targets are for node 24; this is ${process.version} (run it through npm run bench)`);
    // Bare node is the yardstick of validate: always measured.
    say('  validate vs bare node …');
    const [bare, minimal, validate] = await validateScenario(bench, Math.max(options.runs, 15));
    results.push(bare!);
    if (wants('validate')) results.push(minimal!, validate!);
    if (wants('plan')) {
      for (const destinations of EXAMPLE_ACCOUNTS) {
        say(`  plan of the example, ${destinations} destinations …`);
        const runs =
          destinations === SMALL_ACCOUNT.destinations
            ? Math.max(options.runs, 15)
            : destinations >= LARGE_ACCOUNT.destinations
              ? Math.max(3, Math.ceil(options.runs / 2))
              : options.runs;
        results.push(...(await planExampleScenario(bench, destinations, runs)));
      }
      say(`  plan N=${FILE_NAMES_ALL}, a file naming all …`);
      results.push(await planAllScenario(bench, FILE_NAMES_ALL, Math.max(3, Math.ceil(options.runs / 2))));
    }
    if (wants('check')) {
      say('  check with max-delivery-age …');
      results.push(await checkDeliveryScenario(bench, Math.max(3, Math.ceil(options.runs / 2))));
    }
    if (wants('apply')) {
      for (const k of APPLY_SIZES) {
        say(`  apply K=${k} …`);
        results.push(await applyScenario(bench, k, k >= 100 ? Math.max(3, Math.ceil(options.runs / 3)) : Math.max(3, Math.ceil(options.runs / 2))));
      }
    }
    if (wants('comment')) {
      say('  plan comment on a PR …');
      results.push(await commentScenario(bench, Math.max(3, Math.ceil(options.runs / 2))));
    }
    if (wants('hostile')) {
      for (const hostile of HOSTILE_CONFIGS) {
        say(`  refusal: ${hostile.name} …`);
        results.push(await hostileScenario(bench, hostile, 3));
      }
    }
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const report = {
    date: new Date().toISOString(),
    machine: machineLine(),
    latencyMs: options.latencyMs,
    rssProbe: bench.probe.kind,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    loadAverage: { before: round2(loadBefore), after: round2(loadavg()[0] ?? 0), cores: availableParallelism() },
    scenarios: results,
  };
  writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(renderReport(report));
  const missed = results.flatMap((r) => r.targets.filter((t) => t.gate && !t.pass).map((t) => `${r.name}: ${t.name}`));
  if (missed.length > 0) {
    console.log(`\nMissed: ${missed.join('; ')}`);
    if (options.check) process.exitCode = 1;
  } else {
    console.log('\nEvery target met.');
  }
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

function machineLine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${process.platform} ${process.arch}, node ${process.version}, ${availableParallelism()} cores (${cpu})`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
});
