import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { officialSchemaProblems } from './official-schemas.js';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { BUNDLE, decodeRendered, findLeaks, runAction, SECRETS, TOKEN, type ActionRun } from './harness.js';
import { GITHUB_ACTIONS_BOT, startGitHubStandIn, type GitHubStandIn } from '../support/github-stand-in.js';

/**
 * The whole chain of issue 4 against the emulator, with the action as a separate process: a
 * locked bucket (S3), a managed least-privilege key, a destination, an LKE cluster with audit
 * logs, and both stream types.
 */
const ADMIN = { S3_ADMIN_KEY_ID: 'E2EADMINKEY0000000001', S3_ADMIN_SECRET_KEY: 'e2e-admin/secret+key=0123456789abcdefABCD' };
const SCOPED_TOKEN = 'e2e-token-without-object-storage';

const runs: ActionRun[] = [];
let emulator: Emulator;

function writeConfig(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'linode-logs-setup-')), 'linode-logs.yml');
  writeFileSync(file, text);
  return file;
}

/** The example users copy is the config under test. */
const CONFIG = readFileSync(join(import.meta.dirname, '../../examples/linode-logs-setup.yml'), 'utf8');

async function action(mode: string, config: string, inputs: Record<string, string> = {}, token?: string, env: Record<string, string> = {}): Promise<ActionRun> {
  const run = await runAction({
    mode,
    apiUrl: emulator.url,
    config: writeConfig(config),
    env: { ...SECRETS, ...ADMIN, ...env },
    inputs: { 's3-endpoint': `${emulator.s3Url}/{region}-1`, ...inputs },
    ...(token ? { token } : {}),
  });
  runs.push(run);
  return run;
}

/** The account a user starts from: the key they made for bucket management, and an LKE Enterprise cluster. */
function seedAccount(cluster: { tier?: 'standard' | 'enterprise' } = {}): void {
  emulator.seed({
    objectStorageKeys: [{ label: 'bucket-admin', access_key: ADMIN.S3_ADMIN_KEY_ID, secret_key: ADMIN.S3_ADMIN_SECRET_KEY, regions: ['us-iad'] }],
    lkeClusters: [{ id: 4100, label: 'prod-eu', region: 'eu-central', tier: cluster.tier ?? 'enterprise' }],
  });
}

const MUTATING = new Set(['POST', 'PUT', 'DELETE']);
/** Every write to the API and to S3, in the order they arrived (the clock has sub-millisecond steps). */
const mutations = () =>
  [
    ...emulator.requests.filter((r) => MUTATING.has(r.method)).map((r) => ({ at: r.at, what: `${r.method} ${r.path}` })),
    ...emulator.s3Requests.filter((r) => MUTATING.has(r.method)).map((r) => ({ at: r.at, what: `S3 ${r.operation}` })),
  ]
    .sort((a, b) => a.at - b.at)
    .map((m) => m.what);
/** Every secret a managed key was created with, as the destination writes sent them. */
const managedSecrets = (): Record<string, string> =>
  Object.fromEntries(
    emulator.requests
      .map((r) => (r.body as { details?: { access_key_secret?: unknown } } | undefined)?.details?.access_key_secret)
      .filter((s): s is string => typeof s === 'string')
      .map((s, i) => [`MANAGED_KEY_SECRET_${i}`, s]),
  );
const seenSecrets: Record<string, string> = {};

const GH_TOKEN = 'ghs_e2eSetupToken0123456789abcdef';
let github: GitHubStandIn;

/** A plan run as the step of a pull request's workflow: its comment goes to the GitHub stand-in. */
async function planOnPullRequest(number: number, config: string): Promise<{ run: ActionRun; comment: string }> {
  github.addPullRequest({ number, headSha: 'b'.repeat(40) });
  const eventPath = join(mkdtempSync(join(tmpdir(), 'linode-logs-setup-event-')), 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({
      number,
      pull_request: { number, head: { sha: 'b'.repeat(40), repo: { full_name: 'acme/audit-config' } }, base: { repo: { full_name: 'acme/audit-config' } } },
    }),
  );
  const run = await action('plan', config, { 'github-token': GH_TOKEN }, undefined, {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REF: `refs/pull/${number}/merge`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.url,
    GITHUB_RUN_ID: String(5000 + number),
  });
  const comments = github.comments(number);
  expect(comments, run.stdout).toHaveLength(1);
  return { run, comment: comments[0]!.body };
}
/** The warnings of the plan's changes, by `kind label`, as the `plan` output's JSON holds them. */
const plannedWarnings = (run: ActionRun): Record<string, string[]> =>
  Object.fromEntries(
    (JSON.parse(run.outputs.plan!) as { changes: Array<{ kind: string; label: string; warnings?: string[] }> }).changes
      .filter((c) => (c.warnings ?? []).length > 0)
      .map((c) => [`${c.kind} ${c.label}`, c.warnings!]),
  );

beforeAll(async () => {
  github = await startGitHubStandIn();
  github.addToken(GH_TOKEN, { user: GITHUB_ACTIONS_BOT, installation: true });
  emulator = await startEmulator({ tokens: [TOKEN], provisioningMs: 200, deactivatingMs: 100, clock: () => performance.timeOrigin + performance.now() });
});
afterAll(async () => {
  await emulator.close();
  await github.close();
});
beforeEach(() => {
  github.reset();
  emulator.reset();
  emulator.configure({ logsFeature: true, tokenScopes: null });
});
afterEach(async () => {
  // Every body the action sent (keys, destinations, streams) passes the official schemas.
  expect(await officialSchemaProblems(emulator.requests)).toEqual([]);
  for (const secret of Object.values(managedSecrets())) seenSecrets[`MANAGED_KEY_SECRET_${Object.keys(seenSecrets).length}`] = secret;
});

describe('the whole setup, from an empty account', () => {
  it('plans, applies and re-plans to zero changes; a later change rotates the managed key', async () => {
    seedAccount();
    const plan = await action('plan', CONFIG);
    expect(plan.code, plan.stdout).toBe(0);
    expect(plan.outputs.summary).toBe('5 to create, 1 to update, 0 to delete');
    const planned = JSON.parse(plan.outputs.plan!) as {
      changes: Array<{ action: string; kind: string; label: string }>;
      checks: Array<{ subject: string; check: string; status: string }>;
    };
    expect(planned.changes.map((c) => `${c.action} ${c.kind} ${c.label}`)).toEqual([
      'create bucket my-audit-logs-locked',
      'create object_storage_key linode-logs:audit-bucket:…',
      'create destination audit-bucket',
      'update lke_cluster prod-eu',
      'create stream linode-audit',
      'create stream lke-audit',
    ]);
    expect(planned.checks.map((c) => `${c.status} ${c.subject}: ${c.check}`)).toEqual([
      'pass destination audit-bucket: host matches bucket and region',
      'pending destination audit-bucket: bucket reachable with its key',
      'pending destination audit-bucket: Object Lock retention',
      'pending stream lke-audit: LKE clusters with audit logs',
    ]);
    expect(plan.stdout).toContain('Pre-flight checks (3 after apply, 1 ok)');
    expect(plan.summary).toContain('**Pre-flight checks:**');
    expect(mutations()).toEqual([]);

    const apply = await action('apply', CONFIG, { 'verify-destinations': 'true' });
    expect(apply.code, apply.stdout).toBe(0);
    const resources = emulator.resources();
    expect(resources.buckets).toMatchObject([
      { name: 'my-audit-logs-locked', region: 'us-iad', objectLock: true, retention: { mode: 'COMPLIANCE', days: 365 } },
    ]);
    const managed = resources.objectStorageKeys.filter((k) => k.label.startsWith('linode-logs:'));
    expect(managed).toHaveLength(1);
    expect(managed[0]!.label).toMatch(/^linode-logs:audit-bucket:[0-9a-f]{8}$/);
    expect(managed[0]!.bucket_access).toEqual([{ region: 'us-iad', bucket_name: 'my-audit-logs-locked', permissions: 'read_write', cluster: 'us-iad-1' }]);
    expect(resources.lkeClusters[0]!.control_plane.audit_logs_enabled).toBe(true);
    const state = emulator.snapshot();
    expect(state.destinations[0]!.details.access_key_id).toBe(managed[0]!.access_key);
    expect(state.streams.find((s) => s.label === 'lke-audit')!.details).toEqual({ cluster_ids: [4100] });
    // Order: bucket (S3, with its retention) → key → verify → destination → cluster → streams.
    expect(mutations()).toEqual([
      'S3 CreateBucket',
      'S3 PutObjectLockConfiguration',
      'POST /object-storage/keys',
      'POST /monitor/streams/destinations/verify',
      'POST /monitor/streams/destinations',
      'PUT /lke/clusters/4100',
      'POST /monitor/streams',
      'POST /monitor/streams',
    ]);
    // The destination's own key wrote the delivery test object, which Object Lock keeps.
    expect(resources.buckets[0]!.objects.map((o) => o.key)).toContain('audit/akamai-logs-test-object');

    const replan = await action('plan', CONFIG);
    expect(replan.code, replan.stdout).toBe(0);
    expect(replan.outputs['has-changes']).toBe('false');
    expect(JSON.parse(replan.outputs.plan!).checks.map((c: { status: string }) => c.status)).toEqual(['pass', 'pass', 'pass', 'pass']);

    // Any write of a managed destination rotates its key: new key, destination updated, old key deleted.
    const moved = CONFIG.replace('path: audit', 'path: audit-v2');
    const { run: rotationPlan, comment: rotationComment } = await planOnPullRequest(41, moved);
    expect(rotationPlan.outputs.summary).toBe('1 to create, 1 to update, 1 to delete');
    expect(rotationPlan.stdout).toMatch(/details\.access_key_id\s+"[A-Z0-9]{20}" → "\(new managed key\)"/);
    // The rotation's warning: in the plan JSON, the log, and the warning alert of the summary and the PR comment.
    const rotation =
      'its managed key is rotated: a new key is made, the destination writes with it, and the old key is deleted (anything else using it loses access)';
    expect(plannedWarnings(rotationPlan)).toEqual({ 'destination audit-bucket': [rotation] });
    expect(rotationPlan.stdout).toContain(`⚠ ${rotation}`);
    for (const markdown of [rotationPlan.summary, rotationComment]) {
      expect(markdown).toContain('> [!WARNING]');
      expect(decodeRendered(markdown)).toContain(`> - **destination audit-bucket**: ${rotation}`);
    }
    for (const secret of Object.values(managedSecrets())) seenSecrets[`MANAGED_KEY_SECRET_${Object.keys(seenSecrets).length}`] = secret;
    emulator.requests.length = 0;
    emulator.s3Requests.length = 0;
    const rotate = await action('apply', moved);
    expect(rotate.code, rotate.stdout).toBe(0);
    const after = emulator.resources().objectStorageKeys.filter((k) => k.label.startsWith('linode-logs:'));
    expect(after).toHaveLength(1);
    expect(after[0]!.id).not.toBe(managed[0]!.id);
    expect(emulator.snapshot().destinations[0]!.details).toMatchObject({ access_key_id: after[0]!.access_key, path: 'audit-v2' });
    expect(mutations()).toEqual([
      'POST /object-storage/keys',
      `PUT /monitor/streams/destinations/${state.destinations[0]!.id}`,
      `DELETE /object-storage/keys/${managed[0]!.id}`,
    ]);
    expect((await action('plan', moved)).outputs['has-changes']).toBe('false');

    // Audit logs turned off by hand: the drift check says so and fails.
    await fetch(`${emulator.url}/v4/lke/clusters/4100`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ control_plane: { audit_logs_enabled: false } }),
    });
    const check = await action('check', moved);
    expect(check.code).not.toBe(0);
    expect(check.outputs['failure-reason']).toBe('drift');
    expect(check.stdout).toMatch(/update\s+lke_cluster\s+prod-eu \(#4100\)\n\s+control_plane\.audit_logs_enabled\s+false → true/);
  });
});

describe('Object Lock retention is only ever raised', () => {
  for (const [live, declared] of [
    ['COMPLIANCE 400', 'COMPLIANCE, days: 365'],
    ['GOVERNANCE 400', 'GOVERNANCE, days: 10'],
  ] as const) {
    it(`a bucket with ${live} days and a file asking for ${declared.replace(', days:', '')} days: plans, applies, and keeps the bucket's`, async () => {
      seedAccount();
      const mode = live.split(' ')[0] as 'COMPLIANCE' | 'GOVERNANCE';
      emulator.seed({ buckets: [{ name: 'my-audit-logs-locked', region: 'us-iad', object_lock: { mode, days: 400 } }] });
      const config = CONFIG.replace('mode: COMPLIANCE, days: 365', `mode: ${declared}`);
      const plan = await action('plan', config);
      expect(plan.code, plan.stdout).toBe(0);
      const checks = JSON.parse(plan.outputs.plan!).checks as Array<{ check: string; status: string; detail: string }>;
      expect(checks.find((c) => c.check === 'Object Lock retention')).toEqual({
        subject: 'destination audit-bucket',
        check: 'Object Lock retention',
        status: 'pass',
        detail: `Object Lock on, default retention ${live} days: at least the declared ${declared.replace(', days:', '')} days (kept; the action only ever raises a retention)`,
      });
      expect(plan.stdout).toMatch(/bucket\s+my-audit-logs-locked\s+unchanged: the bucket's default retention .* is already at least the declared/);
      const apply = await action('apply', config);
      expect(apply.code, apply.stdout).toBe(0);
      expect(mutations().filter((m) => m.startsWith('S3'))).toEqual([]);
      expect(emulator.resources().buckets[0]!.retention).toEqual({ mode, days: 400 });
    });
  }
});

describe('a COMPLIANCE retention raised by the plan', () => {
  it('warns that it can never be lowered, in the plan JSON, the log, the summary and the PR comment, then raises it', async () => {
    seedAccount();
    emulator.seed({ buckets: [{ name: 'my-audit-logs-locked', region: 'us-iad', object_lock: { mode: 'COMPLIANCE', days: 30 } }] });
    const { run: plan, comment } = await planOnPullRequest(42, CONFIG);
    expect(plan.code, plan.stdout).toBe(0);
    const warning = 'COMPLIANCE retention 365 days: it can never be lowered again, nor objects deleted before it ends, by anyone';
    expect(plannedWarnings(plan)).toMatchObject({ 'bucket my-audit-logs-locked': [warning] });
    expect(plan.stdout).toMatch(/update\s+bucket\s+my-audit-logs-locked[\s\S]*object_lock\s+"COMPLIANCE 30 days" → "COMPLIANCE 365 days"/);
    expect(plan.stdout).toContain(`⚠ ${warning}`);
    for (const markdown of [decodeRendered(plan.summary), decodeRendered(comment)]) {
      expect(markdown).toContain(`> - **bucket my-audit-logs-locked**: ${warning}`);
      // The alert comes before the table of changes, where a reviewer looks first.
      expect(markdown.indexOf('> [!WARNING]')).toBeGreaterThan(-1);
      expect(markdown.indexOf('> [!WARNING]')).toBeLessThan(markdown.indexOf('| | Action |'));
    }
    const apply = await action('apply', CONFIG);
    expect(apply.code, apply.stdout).toBe(0);
    expect(emulator.resources().buckets[0]!.retention).toEqual({ mode: 'COMPLIANCE', days: 365 });
    expect(plannedWarnings(await action('plan', CONFIG))).toEqual({});
  });
});

describe('managed keys no destination writes with any more', () => {
  const managedKeys = () => emulator.resources().objectStorageKeys.filter((k) => k.label.startsWith('linode-logs:'));
  const plannedChanges = (run: ActionRun) =>
    (JSON.parse(run.outputs.plan!) as { changes: Array<{ action: string; kind: string; label: string; note?: string }> }).changes
      .filter((c) => c.action !== 'noop')
      .map((c) => `${c.action} ${c.kind} ${c.label}${c.note ? ` (${c.note})` : ''}`);

  async function applied(): Promise<{ key: { id: number; label: string }; destinationId: number }> {
    seedAccount();
    const first = await action('apply', CONFIG);
    expect(first.code, first.stdout).toBe(0);
    const [key] = managedKeys();
    emulator.requests.length = 0;
    emulator.s3Requests.length = 0;
    return { key: key!, destinationId: emulator.snapshot().destinations[0]!.id };
  }

  it('a destination switched to keys of its own: its old managed key is deleted after the destination update', async () => {
    const { key, destinationId } = await applied();
    const switched = CONFIG.replace(/access_key: managed.*$/m, 'access_key_id: ${S3_ADMIN_KEY_ID}\n      access_key_secret: ${S3_ADMIN_SECRET_KEY}');
    const plan = await action('plan', switched);
    expect(plan.code, plan.stdout).toBe(0);
    expect(plannedChanges(plan)).toEqual([
      'update destination audit-bucket',
      `delete object_storage_key ${key.label} (audit-bucket no longer uses a managed key)`,
    ]);
    const apply = await action('apply', switched);
    expect(apply.code, apply.stdout).toBe(0);
    expect(mutations()).toEqual([`PUT /monitor/streams/destinations/${destinationId}`, `DELETE /object-storage/keys/${key.id}`]);
    expect(managedKeys()).toEqual([]);
    expect(emulator.snapshot().destinations[0]!.details.access_key_id).toBe(ADMIN.S3_ADMIN_KEY_ID);
    expect((await action('plan', switched)).outputs['has-changes']).toBe('false');
  });

  it('prune: true with the destination removed: the destination, then its key, are deleted; the bucket and other keys stay', async () => {
    const { key, destinationId } = await applied();
    const bucketBefore = emulator.resources().buckets;
    // No buckets: section any more, and the streams go to another destination.
    const pruning = CONFIG.replace(/^buckets:[\s\S]*?^lke_clusters:/m, 'prune: true\nlke_clusters:')
      .replace(
        /^destinations:[\s\S]*?^streams:/m,
        'destinations:\n  siem:\n    type: custom_https\n    details: { endpoint_url: https://siem.example.com/ingest, data_compression: gzip, authentication: { type: none } }\nstreams:',
      )
      .replaceAll('destination: audit-bucket', 'destination: siem');
    const plan = await action('plan', pruning);
    expect(plan.code, plan.stdout).toBe(0);
    expect(plannedChanges(plan)).toEqual([
      'create destination siem',
      'delete destination audit-bucket',
      'update stream linode-audit',
      'update stream lke-audit',
      `delete object_storage_key ${key.label} (its destination audit-bucket is pruned)`,
    ]);
    const apply = await action('apply', pruning);
    expect(apply.code, apply.stdout).toBe(0);
    expect(mutations().slice(-2)).toEqual([`DELETE /monitor/streams/destinations/${destinationId}`, `DELETE /object-storage/keys/${key.id}`]);
    expect(managedKeys()).toEqual([]);
    // Buckets are never deleted, not even with prune: true; the key for bucket management is not ours.
    expect(emulator.resources().buckets).toEqual(bucketBefore);
    expect(emulator.resources().objectStorageKeys.map((k) => k.label)).toEqual(['bucket-admin']);
    expect(emulator.s3Requests.filter((r) => r.method === 'DELETE')).toEqual([]);
    expect((await action('plan', pruning)).outputs['has-changes']).toBe('false');
  });
});

describe('refusals: one clear message, nothing changed', () => {
  it('a bucket that exists without Object Lock', async () => {
    seedAccount();
    emulator.seed({ buckets: [{ name: 'my-audit-logs-locked', region: 'us-iad', object_lock: false }] });
    const run = await action('apply', CONFIG);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(
      /bucket my-audit-logs-locked \(us-iad\) exists without Object Lock, and Object Lock can only be enabled when a bucket is created\. Declare a new bucket under buckets:/,
    );
    expect(mutations()).toEqual([]);
  });

  it('a cluster that is not LKE Enterprise', async () => {
    seedAccount({ tier: 'standard' });
    const run = await action('apply', CONFIG);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/LKE cluster "prod-eu" \(#4100\) is tier standard: Kubernetes API audit logs exist only on LKE Enterprise clusters/);
    expect(mutations()).toEqual([]);
  });

  it('a token without the object_storage scope', async () => {
    seedAccount();
    emulator.configure({ tokenScopes: { [SCOPED_TOKEN]: ['monitor:read_write', 'lke:read_write'] } });
    const run = await action('apply', CONFIG, {}, SCOPED_TOKEN);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('The Linode token lacks the `object_storage:read_write` scope, which managed keys (access_key: managed) need to apply');
    expect(mutations()).toEqual([]);
    expect(run.visibleText).not.toContain(SCOPED_TOKEN);
  });

  it('a token with read-only scopes: plans, but apply is refused before the first write', async () => {
    seedAccount();
    emulator.configure({ tokenScopes: { [SCOPED_TOKEN]: ['monitor:read_write', 'object_storage:read_only', 'lke:read_only'] } });
    const plan = await action('plan', CONFIG, {}, SCOPED_TOKEN);
    expect(plan.code, plan.stdout).toBe(0);
    const run = await action('apply', CONFIG, {}, SCOPED_TOKEN);
    expect(run.code).not.toBe(0);
    expect(run.outputs['failure-reason']).toBe('invalid-input');
    expect(run.stdout).toContain(
      'Not applying: the Linode token lacks the `object_storage:read_write`, `lke:read_write` scopes this plan needs (it has monitor:read_write, object_storage:read_only, lke:read_only)',
    );
    expect(mutations()).toEqual([]);
  });

  it('an account without the Logs feature, on both API versions', async () => {
    seedAccount();
    emulator.configure({ logsFeature: false });
    const run = await action('apply', CONFIG);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('The account does not have the Logs feature');
    expect(run.stdout).toContain('404 on v4, 404 on v4beta');
    expect(run.stdout).toContain('"Support for Kubernetes API audit logs"');
    expect(mutations()).toEqual([]);
  });

  it('an account whose Logs endpoints answer 403 on both API versions: the feature, or a restricted user', async () => {
    seedAccount();
    emulator.configure({ logsFeature: 'forbidden' });
    const run = await action('plan', CONFIG);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('The account does not have the Logs feature');
    expect(run.stdout).toContain('403 on v4, 403 on v4beta');
    expect(run.stdout).toContain("A 403 can also mean the token's user is restricted: use a token of an unrestricted user.");
    expect(mutations()).toEqual([]);
  });

  it('bad setup config: file:line:col errors, nothing changed, no S3 call', async () => {
    const run = await action(
      'plan',
      CONFIG.replace('days: 365 }', 'days: 365, years: 1 }').replace('access_key: managed ', 'access_key: managed\n      access_key_id: AK '),
    );
    expect(run.code).not.toBe(0);
    expect(run.outputs['failure-reason']).toBe('invalid-config');
    expect(run.stdout).toMatch(/line=10,col=5::buckets\.my-audit-logs-locked\.object_lock: give exactly one of days and years/);
    expect(run.stdout).toMatch(/line=25,col=22::destinations\.audit-bucket\.details\.access_key_id: leave out access_key_id/);
    // The file is validated before any request.
    expect(emulator.requests).toEqual([]);
    expect(emulator.s3Requests).toEqual([]);
  });
});

describe('start-up and secrets', () => {
  it("keeps the S3 SDK out of the bundle's entry: it is loaded only for buckets", () => {
    expect(readFileSync(BUNDLE, 'utf8')).not.toMatch(/HeadBucketCommand|@aws-sdk\/client-s3/);
    const chunks = readdirSync(join(BUNDLE, '..')).filter((f) => f.endsWith('.js') && f !== 'index.js');
    expect(chunks.some((f) => readFileSync(join(BUNDLE, '..', f), 'utf8').includes('HeadBucketCommand'))).toBe(true);
  });

  it('never shows a secret: S3 credentials, managed key secrets, tokens', () => {
    expect(runs.length).toBeGreaterThanOrEqual(9);
    expect(Object.keys(seenSecrets).length).toBeGreaterThanOrEqual(2);
    for (const run of runs) expect(findLeaks(run.visibleText, { ...SECRETS, ...ADMIN, ...seenSecrets, TOKEN, GH_TOKEN })).toEqual([]);
  });
});

describe("Object Storage endpoints from Linode's listing", () => {
  // bkt, not b: a bucket name has at least 3 characters.
  const BOM = `version: 1
buckets:
  bkt:
    region: in-bom-2
    s3_credentials: { access_key_id: "\${S3_ADMIN_KEY_ID}", secret_access_key: "\${S3_ADMIN_SECRET_KEY}" }
destinations:
  bom:
    type: akamai_object_storage
    details:
      bucket_name: bkt
      host: bkt.in-bom-2.linodeobjects.com
      access_key: managed
`;

  it('validates a host at an endpoint that is not <region>-1, and the pre-flight check passes naming that endpoint', async () => {
    emulator.configure({
      objectStorageEndpoints: [
        { region: 'in-bom-2', endpoint_type: 'E2', s3_endpoint: 'evil.example.com' },
        { region: 'in-bom-2', endpoint_type: 'E3', s3_endpoint: 'in-bom-2.linodeobjects.com' },
      ],
    });
    emulator.seed({
      objectStorageKeys: [{ label: 'bucket-admin', access_key: ADMIN.S3_ADMIN_KEY_ID, secret_key: ADMIN.S3_ADMIN_SECRET_KEY, regions: ['in-bom-2'] }],
    });

    const validated = await action('validate', BOM);
    expect(validated.code, validated.stdout + validated.stderr).toBe(0);

    const plan = await action('plan', BOM);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    const checks = JSON.parse(plan.outputs.plan!).checks as Array<{ check: string; status: string; detail: string }>;
    expect(checks.find((c) => c.check === 'host matches bucket and region')).toEqual({
      subject: 'destination bom',
      check: 'host matches bucket and region',
      status: 'pass',
      detail: 'bkt.in-bom-2.linodeobjects.com: bucket bkt in in-bom-2, endpoint in-bom-2.linodeobjects.com',
    });
    expect(emulator.requests.filter((r) => r.path === '/object-storage/endpoints').map((r) => r.method)).toEqual(['GET']);
    // The untrusted listing entry is never shown as an endpoint, and S3 stayed on the emulator (the s3-endpoint input).
    expect(plan.outputs.plan).not.toContain('evil.example.com');
    expect(emulator.s3Requests.length).toBeGreaterThan(0);
  });

  it('without the object_storage scope the listing is unread, and the host check falls back to <region>-1', async () => {
    emulator.configure({
      objectStorageEndpoints: [{ region: 'in-bom-2', endpoint_type: 'E3', s3_endpoint: 'in-bom-2.linodeobjects.com' }],
      tokenScopes: { [SCOPED_TOKEN]: ['monitor:read_only'] },
    });
    emulator.seed({
      objectStorageKeys: [{ label: 'bucket-admin', access_key: ADMIN.S3_ADMIN_KEY_ID, secret_key: ADMIN.S3_ADMIN_SECRET_KEY, regions: ['in-bom-2'] }],
    });
    const text = BOM.replace('access_key: managed', 'access_key_id: AKBOM\n      access_key_secret: ${BOM_SECRET}');
    const plan = await runAction({
      mode: 'plan',
      apiUrl: emulator.url,
      config: writeConfig(text),
      env: { ...SECRETS, ...ADMIN, BOM_SECRET: 'bom-secret' },
      inputs: { 's3-endpoint': `${emulator.s3Url}/{region}-1` },
      token: SCOPED_TOKEN,
    });
    runs.push(plan);
    expect(plan.outputs.plan, plan.stdout + plan.stderr).toBeDefined();
    const checks = JSON.parse(plan.outputs.plan!).checks as Array<{ check: string; status: string; detail: string }>;
    expect(checks.find((c) => c.check === 'host matches bucket and region')).toMatchObject({
      status: 'fail',
      detail: 'host is bkt.in-bom-2.linodeobjects.com; bucket bkt is in in-bom-2: use bkt.in-bom-2-1.linodeobjects.com',
    });
    expect(emulator.requests.find((r) => r.path === '/object-storage/endpoints')?.status).toBe(401);
  });
});
