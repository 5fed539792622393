import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { officialSchemaProblems } from './official-schemas.js';
import { EXAMPLE_CLUSTER, EXAMPLE_CONFIG, findLeaks, runAction, SECRETS, TOKEN, type ActionRun } from './harness.js';

/** Every run of this file, scanned for secrets at the end. */
const runs: ActionRun[] = [];
let emulator: Emulator;

async function action(options: Parameters<typeof runAction>[0]): Promise<ActionRun> {
  const run = await runAction({ apiUrl: emulator.url, ...options });
  runs.push(run);
  return run;
}

const MUTATING = new Set(['POST', 'PUT', 'DELETE']);
const mutatingCalls = () => emulator.requests.filter((r) => MUTATING.has(r.method));

function writeConfig(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'linode-logs-config-'));
  const file = join(dir, 'linode-logs.yml');
  writeFileSync(file, text);
  return file;
}

beforeAll(async () => {
  emulator = await startEmulator({ tokens: [TOKEN], provisioningMs: 600, deactivatingMs: 300 });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => {
  emulator.reset();
  emulator.configure({ tokenScopes: null, credentials: null });
  emulator.seed({ lkeClusters: [{ ...EXAMPLE_CLUSTER }] });
});
afterEach(async () => {
  emulator.clearFaults();
  // Every body the action sent passes the official schemas (@linode/validation), as the real API would.
  const problems = await officialSchemaProblems(emulator.requests);
  expect(problems).toEqual([]);
});

describe('the example config, end to end', () => {
  it('validates offline with no token and no network', async () => {
    const run = await action({ mode: 'validate', token: null, apiUrl: 'http://127.0.0.1:9' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('is valid: 2 destinations, 2 streams');
    expect(emulator.requests).toHaveLength(0);
  });

  it('plans outside a runner that offers no job summary file, with the plan in the log', async () => {
    const run = await action({ mode: 'plan', env: { ...SECRETS, GITHUB_STEP_SUMMARY: undefined } });
    expect(run.code).toBe(0);
    expect(run.summary).toBe('');
    expect(run.stdout).toContain('4 to create, 0 to update, 0 to delete');
    expect(run.stdout).toContain('::debug::GITHUB_STEP_SUMMARY is not set: no job summary written.');
  });

  it('plans 4 creates, applies them, and re-plans to zero changes', async () => {
    const plan = await action({ mode: 'plan' });
    expect(plan.code).toBe(0);
    expect(plan.outputs['has-changes']).toBe('true');
    expect(plan.outputs.summary).toBe('4 to create, 0 to update, 0 to delete');
    expect(JSON.parse(plan.outputs.plan!).changes.map((c: { action: string; label: string }) => `${c.action} ${c.label}`)).toEqual([
      'create audit-bucket',
      'create siem',
      'create linode-audit',
      'create lke-audit',
    ]);
    expect(plan.stdout).toContain('details.access_key_secret');
    expect(plan.stdout).toContain('(sensitive)');
    expect(plan.summary).toContain('4 to create');
    expect(mutatingCalls()).toHaveLength(0);

    const apply = await action({ mode: 'apply' });
    expect(apply.code, apply.stdout).toBe(0);
    const state = emulator.snapshot();
    expect(state.destinations.map((d) => d.label).sort()).toEqual(['audit-bucket', 'siem']);
    expect(state.streams.map((s) => s.label).sort()).toEqual(['linode-audit', 'lke-audit']);
    const destinationIds = JSON.parse(apply.outputs['destination-ids']!);
    const streamIds = JSON.parse(apply.outputs['stream-ids']!);
    expect(destinationIds).toEqual(Object.fromEntries(state.destinations.map((d) => [d.label, d.id])));
    expect(streamIds).toEqual(Object.fromEntries(state.streams.map((s) => [s.label, s.id])));
    // The full desired state, secrets included, went to the API.
    const siemCreate = emulator.requests.find((r) => r.method === 'POST' && (r.body as { label?: string })?.label === 'siem');
    expect(siemCreate?.body).toMatchObject({
      details: {
        authentication: { details: { basic_authentication_password: SECRETS.SIEM_PASSWORD } },
        custom_headers: [{ name: 'X-Tenant', value: SECRETS.SIEM_TENANT_TOKEN }],
      },
    });
    const streamCreates = emulator.requests.filter((r) => r.method === 'POST' && r.path === '/monitor/streams');
    expect(streamCreates.map((r) => r.body)).toContainEqual({
      label: 'linode-audit',
      type: 'audit_logs',
      status: 'active',
      destinations: [destinationIds['audit-bucket']],
    });
    expect(apply.summary).toContain('all 4 changes applied');

    const replan = await action({ mode: 'plan' });
    expect(replan.code).toBe(0);
    expect(replan.outputs['has-changes']).toBe('false');
    expect(replan.outputs.summary).toBe('0 to create, 0 to update, 0 to delete');
    expect(replan.outputs['destination-ids']).toBe(apply.outputs['destination-ids']);

    const check = await action({ mode: 'check' });
    expect(check.code).toBe(0);
    expect(check.outputs['has-changes']).toBe('false');
  });

  it('plans without the secrets (a fork PR) and falls back to validate without a token', async () => {
    const plan = await action({ mode: 'plan', env: {} });
    expect(plan.code).toBe(0);
    expect(plan.outputs.summary).toBe('4 to create, 0 to update, 0 to delete');
    const fork = await action({ mode: 'plan', token: null, env: {} });
    expect(fork.code).toBe(0);
    expect(fork.stdout).toMatch(/::notice::No Linode token/);
    // The first plan's only: the Logs collections, the clusters lke-audit names and the Object Storage endpoints (a plan of creates leaves no key: no key listing).
    expect(emulator.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'GET /lke/clusters',
      'GET /monitor/streams',
      'GET /monitor/streams/destinations',
      'GET /object-storage/endpoints',
    ]);
  });
});

describe("the clusters of the example's lke-audit stream, named by id", () => {
  const checkOf = (run: ActionRun) =>
    (JSON.parse(run.outputs.plan!) as { checks: Array<{ subject: string; check: string; status: string; detail: string }> }).checks.find(
      (c) => c.subject === 'stream lke-audit',
    );

  it('are checked at plan time: an LKE Enterprise cluster with audit logs on passes', async () => {
    const plan = await action({ mode: 'plan' });
    expect(plan.code, plan.stdout).toBe(0);
    expect(checkOf(plan)).toEqual({
      subject: 'stream lke-audit',
      check: 'LKE clusters with audit logs',
      status: 'pass',
      detail: 'prod-eu (#12345): audit logs on',
    });
  });

  it('a standard cluster, or one that does not exist: a failed check, and apply changes nothing', async () => {
    for (const lkeClusters of [[{ ...EXAMPLE_CLUSTER, tier: 'standard' as const, control_plane: { audit_logs_enabled: false } }], []]) {
      emulator.reset();
      emulator.seed({ lkeClusters: lkeClusters.map((c) => ({ ...c })) });
      const plan = await action({ mode: 'plan' });
      expect(plan.code).not.toBe(0);
      expect(plan.outputs['failure-reason']).toBe('checks-failed');
      const apply = await action({ mode: 'apply' });
      expect(apply.code).not.toBe(0);
      expect(apply.outputs['failure-reason']).toBe('checks-failed');
      expect(mutatingCalls()).toEqual([]);
      const expected =
        lkeClusters.length > 0
          ? 'prod-eu (#12345) is tier standard: Kubernetes API audit logs exist only on LKE Enterprise clusters'
          : 'no LKE cluster #12345 on the account (the account has none): fix cluster_ids';
      expect(checkOf(plan)).toMatchObject({ status: 'fail', detail: expected });
      expect(apply.stdout).toContain(`Not applying: Pre-flight checks failed`);
      expect(apply.stdout).toContain(`stream lke-audit: LKE clusters with audit logs: ${expected}`);
    }
  });

  it('a token that may not read LKE still plans: the check is skipped, naming the scope to add', async () => {
    const monitorOnly = 'e2e-token-monitor-read-only';
    emulator.configure({ tokenScopes: { [monitorOnly]: ['monitor:read_only'] } });
    const plan = await action({ mode: 'plan', token: monitorOnly });
    expect(plan.code, plan.stdout).toBe(0);
    expect(plan.outputs.summary).toBe('4 to create, 0 to update, 0 to delete');
    expect(checkOf(plan)).toMatchObject({ status: 'skipped', detail: expect.stringContaining('add the `lke:read_only` scope') });
    expect(plan.visibleText).not.toContain(monitorOnly);
  });
});

describe('verify-destinations: true, at plan time', () => {
  const verifyRows = (run: ActionRun) =>
    (JSON.parse(run.outputs.plan!) as { checks: Array<{ subject: string; check: string; status: string; detail: string }> }).checks
      .filter((c) => c.check === 'API destination check')
      .map((c) => `${c.status} ${c.subject}: ${c.detail}`);
  const verifyCalls = () => emulator.requests.filter((r) => r.method === 'POST' && r.path === '/monitor/streams/destinations/verify');

  it('asks the API about each destination on every plan, and fails the plan on a destination it refuses', async () => {
    // The account's Object Storage key for the example's bucket.
    emulator.configure({ credentials: { [SECRETS.AUDIT_LOGS_KEY_ID!]: SECRETS.AUDIT_LOGS_KEY_SECRET! } });
    const plan = await action({ mode: 'plan', inputs: { 'verify-destinations': 'true' } });
    expect(plan.code, plan.stdout).toBe(0);
    expect(verifyRows(plan)).toEqual([
      'pass destination audit-bucket: POST /monitor/streams/destinations/verify: accepted (a test object was written into the bucket)',
      'pass destination siem: POST /monitor/streams/destinations/verify: accepted',
    ]);
    expect(verifyCalls()).toHaveLength(2);
    expect(mutatingCalls().filter((r) => !r.path.endsWith('/verify'))).toEqual([]);

    const wrong = await action({ mode: 'plan', inputs: { 'verify-destinations': 'true' }, env: { ...SECRETS, AUDIT_LOGS_KEY_SECRET: 'not-the-secret' } });
    expect(wrong.code).not.toBe(0);
    expect(wrong.outputs['failure-reason']).toBe('checks-failed');
    expect(verifyRows(wrong)[0]).toMatch(/^fail destination audit-bucket: POST \/monitor\/streams\/destinations\/verify refused it: 400 An error occurred — /);
    expect(wrong.visibleText).not.toContain('not-the-secret');
  });

  it("skips, saying why, a destination whose secrets are not in this run (a fork's pull request)", async () => {
    const plan = await action({ mode: 'plan', inputs: { 'verify-destinations': 'true' }, env: {} });
    expect(plan.code, plan.stdout).toBe(0);
    expect(verifyRows(plan)).toEqual([
      'skipped destination audit-bucket: not verified: ${AUDIT_LOGS_KEY_ID}, ${AUDIT_LOGS_KEY_SECRET} not set in this run (as on pull requests from forks); apply runs it before the create',
      'skipped destination siem: not verified: ${SIEM_PASSWORD}, ${SIEM_TENANT_TOKEN} not set in this run (as on pull requests from forks); apply runs it before the create',
    ]);
    expect(verifyCalls()).toEqual([]);
  });
});

describe('refusals that change nothing', () => {
  it('reports every config error with file, line and column, as annotations, and changes nothing', async () => {
    const file = writeConfig(`version: 1
destinations:
  siem:
    type: custom_https
    details:
      endpoint_url: https://siem.example.com
      data_compresion: gzip
      authentication: { type: basic, details: { basic_authentication_user: u, basic_authentication_password: hunter2 } }
streams:
  s1:
    type: audit_logs
    destination: siem-typo
`);
    const run = await action({ mode: 'apply', config: file });
    expect(run.code).not.toBe(0);
    expect(run.outputs['failure-reason']).toBe('invalid-config');
    expect(run.stdout).toMatch(
      new RegExp(
        `::error title=Invalid Linode logs config,file=${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},line=7,col=7::destinations\\.siem\\.details\\.data_compresion: unknown field`,
      ),
    );
    expect(run.stdout).toContain('data_compresion');
    expect(run.stdout).toMatch(/did you mean "?data_compression/i);
    expect(run.stdout).toContain('line=12');
    expect(run.visibleText).not.toContain('hunter2');
    expect(emulator.requests).toEqual([]);
  });

  it('refuses to apply when a referenced variable is unset, naming it, before any change', async () => {
    const run = await action({ mode: 'apply', env: { ...SECRETS, SIEM_PASSWORD: undefined, SIEM_TENANT_TOKEN: '' } });
    expect(run.code).not.toBe(0);
    expect(run.outputs['failure-reason']).toBe('missing-secrets');
    expect(run.stdout).toContain('SIEM_PASSWORD, SIEM_TENANT_TOKEN');
    expect(emulator.requests).toEqual([]);
  });

  it('fails the plan of a stream the quota refuses, naming the live stream in the way, and sends no create', async () => {
    expect((await action({ mode: 'apply' })).code).toBe(0);
    const renamed = writeConfig(readFileSync(EXAMPLE_CONFIG, 'utf8').replace(/^ {2}linode-audit:/m, '  audit-logs:'));
    const before = mutatingCalls().length;
    const run = await action({ mode: 'apply', config: renamed });
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('stream-quota');
    expect(run.stdout).toMatch(/linode-audit \(#\d+\) already uses the one audit_logs stream this account allows/);
    expect(run.stdout).toContain('rename streams.audit-logs to linode-audit in the file to adopt it');
    expect(run.stdout).toContain('set prune: true to replace it');
    expect(mutatingCalls()).toHaveLength(before);
  });

  it('fails the plan of a stream spelled like the live one in its way, suggesting that one, and apply sends no POST', async () => {
    expect((await action({ mode: 'apply' })).code).toBe(0);
    const liveId = emulator.snapshot().streams.find((s) => s.label === 'linode-audit')!.id;
    const misspelled = writeConfig(readFileSync(EXAMPLE_CONFIG, 'utf8').replace(/^ {2}linode-audit:/m, '  Linode_Audit:'));
    emulator.requests.length = 0;
    const plan = await action({ mode: 'plan', config: misspelled });
    expect(plan.code).toBe(1);
    expect(plan.outputs['failure-reason']).toBe('stream-quota');
    expect(plan.stdout).toContain(
      `stream "Linode_Audit" (audit_logs) cannot be created: linode-audit (#${liveId}) already uses the one audit_logs stream this account allows`,
    );
    expect(plan.stdout).toContain(`Did you mean linode-audit (#${liveId})? Either rename streams.Linode_Audit to linode-audit in the file to adopt it`);
    const apply = await action({ mode: 'apply', config: misspelled });
    expect(apply.code).toBe(1);
    expect(apply.outputs['failure-reason']).toBe('stream-quota');
    expect(apply.stdout).toContain(`Did you mean linode-audit (#${liveId})?`);
    expect(emulator.requests.filter((r) => r.method === 'POST')).toEqual([]);
    expect(mutatingCalls()).toEqual([]);
  });

  it('validates the file before any request: an invalid file sends nothing', async () => {
    // Answers that would take 30 s: a run that read before validating would outlive the test's timeout.
    emulator.inject({ method: 'GET', path: '^/monitor/streams(/destinations)?$', latencyMs: 30_000 });
    const run = await action({ mode: 'plan', config: writeConfig('version: 1\ndestinations: {}\nstreams: {}\nprun: true\n') });
    expect(run.outputs['failure-reason']).toBe('invalid-config');
    expect(emulator.requests).toEqual([]);
  });

  it('names the monitor scope the mode needs when the token has none: read_only to plan, read_write to apply', async () => {
    const noMonitor = 'e2e-token-without-monitor';
    emulator.configure({ tokenScopes: { [noMonitor]: ['object_storage:read_write', 'lke:read_write'] } });
    const plan = await action({ mode: 'plan', token: noMonitor });
    expect(plan.code).not.toBe(0);
    expect(plan.stdout).toContain(
      'the token lacks the `monitor:read_only` scope for this endpoint; create a personal access token with `monitor:read_write` (`monitor:read_only` is enough for plan and check)',
    );
    const apply = await action({ mode: 'apply', token: noMonitor });
    expect(apply.code).not.toBe(0);
    expect(apply.stdout).toContain('the token lacks the `monitor:read_write` scope, which apply needs');
    expect(apply.stdout).not.toContain('monitor:read_only');
    expect(mutatingCalls()).toEqual([]);
    expect(apply.visibleText).not.toContain(noMonitor);
  });

  it('names an invalid token without printing it', async () => {
    const run = await action({ mode: 'plan', token: 'wrong-token-abcdef123' });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/401/);
    expect(run.visibleText).not.toContain('wrong-token-abcdef123');
    expect(mutatingCalls()).toHaveLength(0);
  });

  it.each([
    ['v4', 'v4beta'],
    ['v4beta', 'v4'],
  ] as const)('when the Logs endpoints 404 on %s but work on %s, says to set api-version to the other', async (asked, served) => {
    emulator.configure({ logsVersions: [served] });
    try {
      const run = await action({ mode: 'apply', inputs: { 'api-version': asked } });
      expect(run.code).not.toBe(0);
      expect(run.outputs['failure-reason']).toBe('api-error');
      expect(run.stdout).toContain(
        `The Logs endpoints answered 404 on ${asked} but work on ${served}: set the input api-version: ${served}. Nothing was changed.`,
      );
      expect(run.summary).toContain(`api-version: ${served}`);
      expect(mutatingCalls()).toHaveLength(0);
      expect(new Set(emulator.requests.map((r) => r.version))).toEqual(new Set([asked, served]));
    } finally {
      emulator.configure({ logsVersions: ['v4', 'v4beta'] });
    }
  });
});

describe("the real API's rules during apply", () => {
  it('waits for a provisioning stream before repointing it', async () => {
    expect((await action({ mode: 'apply' })).code).toBe(0);
    const streamId = emulator.snapshot().streams.find((s) => s.label === 'linode-audit')!.id;
    expect(emulator.snapshot().streams.find((s) => s.id === streamId)!.status).toBe('provisioning');
    const repointed = writeConfig(
      (await import('node:fs'))
        .readFileSync(join(import.meta.dirname, '../../examples/linode-logs.yml'), 'utf8')
        .replace('destination: audit-bucket', 'destination: siem'),
    );
    const run = await action({ mode: 'apply', config: repointed });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('waiting for stream');
    const puts = emulator.requests.filter((r) => r.method === 'PUT' && r.path === `/monitor/streams/${streamId}`);
    expect(puts.map((r) => r.status)).toEqual([200]);
    const siemId = emulator.snapshot().destinations.find((d) => d.label === 'siem')!.id;
    expect(
      emulator
        .snapshot()
        .streams.find((s) => s.id === streamId)!
        .destinations.map((d) => d.id),
    ).toEqual([siemId]);
  });

  it('re-plans to zero right after applying an inactive stream, while it is still provisioning', async () => {
    emulator.configure({ provisioningMs: 60_000 });
    try {
      const inactive = writeConfig(readFileSync(EXAMPLE_CONFIG, 'utf8').replace('status: active', 'status: inactive'));
      expect((await action({ mode: 'apply', config: inactive })).code).toBe(0);
      expect(emulator.snapshot().streams.find((s) => s.label === 'linode-audit')!.status).toBe('provisioning');
      const check = await action({ mode: 'check', config: inactive });
      expect(check.code, check.stdout).toBe(0);
      expect(check.outputs['has-changes']).toBe('false');
      expect(check.stdout).toMatch(/linode-audit \(#\d+\)\s+unchanged \(provisioning: its status is compared when it settles\)/);
      emulator.requests.length = 0;
      const again = await action({ mode: 'apply', config: inactive });
      expect(again.code, again.stdout).toBe(0);
      expect(again.stdout).toContain('Nothing to apply.');
      expect(mutatingCalls()).toEqual([]);
    } finally {
      emulator.configure({ provisioningMs: 600 });
    }
  });

  it('prunes in an order the API accepts: streams (confirmed gone) before their destinations', async () => {
    emulator.seed({
      destinations: [
        {
          label: 'old-dest',
          type: 'custom_https',
          details: { endpoint_url: 'https://old.example.com', data_compression: 'None', authentication: { type: 'none' } },
        },
      ],
    });
    const oldDest = emulator.snapshot().destinations[0]!;
    emulator.seed({ streams: [{ label: 'old-stream', type: 'audit_logs', destinations: [oldDest.id], status: 'provisioning' }] });
    const pruning = writeConfig(`version: 1
prune: true
destinations:
  siem:
    type: custom_https
    details:
      endpoint_url: https://siem.example.com/ingest
      data_compression: gzip
      authentication: { type: none }
streams:
  new-audit:
    type: audit_logs
    destination: siem
`);
    const plan = await action({ mode: 'plan', config: pruning });
    expect(plan.outputs.summary).toBe('2 to create, 0 to update, 2 to delete');
    const run = await action({ mode: 'apply', config: pruning });
    expect(run.code, run.stdout).toBe(0);
    const state = emulator.snapshot();
    expect(state.destinations.map((d) => d.label)).toEqual(['siem']);
    expect(state.streams.map((s) => s.label)).toEqual(['new-audit']);
    const order = emulator.requests.filter((r) => MUTATING.has(r.method) && r.status < 300).map((r) => `${r.method} ${r.path.replace(/\d+/, 'ID')}`);
    // One audit_logs stream per account: the old one is deleted before the new one is created.
    expect(order.indexOf('DELETE /monitor/streams/ID')).toBeLessThan(order.indexOf('POST /monitor/streams'));
    expect(order.lastIndexOf('DELETE /monitor/streams/ID')).toBeLessThan(order.indexOf('DELETE /monitor/streams/destinations/ID'));
  });

  it('retries 429 with and without Retry-After and 503 on reads, and still plans', async () => {
    emulator.inject({ method: 'GET', path: '^/monitor/streams$', status: 429, headers: { 'Retry-After': '1' } });
    emulator.inject({ method: 'GET', path: '^/monitor/streams/destinations$', status: 429, times: 1 });
    emulator.inject({ method: 'GET', path: '^/monitor/streams$', status: 503, body: '<html><body>Service Unavailable</body></html>' });
    const run = await action({ mode: 'plan' });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.summary).toBe('4 to create, 0 to update, 0 to delete');
    expect(run.stdout).toMatch(/429.*retrying in/);
    expect(run.stdout).toMatch(/503.*retrying in/);
    expect(run.visibleText).not.toContain('Service Unavailable</body>');
  });

  it('does not duplicate a destination when the connection is cut after the server created it', async () => {
    emulator.inject({ method: 'POST', path: '^/monitor/streams/destinations$', cut: 'after' });
    const run = await action({ mode: 'apply', inputs: { concurrency: '1' } });
    expect(run.code, run.stdout).toBe(0);
    const labels = emulator
      .snapshot()
      .destinations.map((d) => d.label)
      .sort();
    expect(labels).toEqual(['audit-bucket', 'siem']);
    expect((await action({ mode: 'plan' })).outputs['has-changes']).toBe('false');
  });

  it('counts a stream update as applied when the connection is cut after the server repointed it', async () => {
    expect((await action({ mode: 'apply' })).code).toBe(0);
    const streamId = emulator.snapshot().streams.find((s) => s.label === 'linode-audit')!.id;
    const repointed = writeConfig(readFileSync(EXAMPLE_CONFIG, 'utf8').replace('destination: audit-bucket', 'destination: siem'));
    emulator.inject({ method: 'PUT', path: '^/monitor/streams/\\d+$', cut: 'after' });
    const run = await action({ mode: 'apply', config: repointed });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/the interrupted update was applied \(version 1 → 2\)/);
    // One PUT, which the server acted on; a second would have met "Unable to edit Stream at this time".
    const puts = emulator.requests.filter((r) => r.method === 'PUT' && r.path === `/monitor/streams/${streamId}`);
    expect(puts.map((r) => r.status)).toEqual([0]);
    const siemId = emulator.snapshot().destinations.find((d) => d.label === 'siem')!.id;
    expect(
      emulator
        .snapshot()
        .streams.find((s) => s.id === streamId)!
        .destinations.map((d) => d.id),
    ).toEqual([siemId]);
    expect((await action({ mode: 'plan', config: repointed })).outputs['has-changes']).toBe('false');
  });

  it('prunes when the connections of the DELETEs are cut after the server deleted', async () => {
    emulator.seed({
      destinations: [
        {
          label: 'old-dest',
          type: 'custom_https',
          details: { endpoint_url: 'https://old.example.com', data_compression: 'None', authentication: { type: 'none' } },
        },
      ],
    });
    const oldDest = emulator.snapshot().destinations[0]!;
    emulator.seed({
      streams: [{ label: 'old-stream', type: 'lke_audit_logs', destinations: [oldDest.id], details: { is_auto_add_all_clusters_enabled: true } }],
    });
    emulator.inject({ method: 'DELETE', path: '^/monitor/streams/\\d+$', cut: 'after' });
    emulator.inject({ method: 'DELETE', path: '^/monitor/streams/destinations/\\d+$', cut: 'after' });
    const pruning = writeConfig(`version: 1
prune: true
destinations: {}
streams: {}
`);
    const run = await action({ mode: 'apply', config: pruning });
    expect(run.code, run.stdout).toBe(0);
    expect(emulator.snapshot()).toMatchObject({ destinations: [], streams: [] });
    const deletes = emulator.requests.filter((r) => r.method === 'DELETE').map((r) => `${r.path.replace(/\d+$/, 'ID')} ${r.status}`);
    expect(deletes).toEqual(['/monitor/streams/ID 0', '/monitor/streams/ID 404', '/monitor/streams/destinations/ID 0', '/monitor/streams/destinations/ID 404']);
  });

  it('reports each failed change, carries on with independent ones, and converges on re-run', async () => {
    emulator.inject({ method: 'POST', path: '^/monitor/streams/destinations$', status: 400, body: { errors: [{ reason: 'An error occurred' }] } });
    const run = await action({ mode: 'apply', inputs: { concurrency: '1' } });
    expect(run.code).not.toBe(0);
    expect(run.outputs['failure-reason']).toBe('apply-failed');
    expect(run.stdout).toContain('writing a small test object');
    expect(run.stdout).toMatch(/skipped/);
    expect(emulator.snapshot().destinations).toHaveLength(1);
    const rerun = await action({ mode: 'apply' });
    expect(rerun.code, rerun.stdout).toBe(0);
    expect((await action({ mode: 'plan' })).outputs['has-changes']).toBe('false');
  });

  it('says that re-running converges when every failure was transient (a 500), and re-running does', async () => {
    emulator.inject({ method: 'POST', path: '^/monitor/streams$', status: 500, body: { errors: [{ reason: 'Internal Server Error' }] } });
    const run = await action({ mode: 'apply', inputs: { concurrency: '1' } });
    expect(run.code).not.toBe(0);
    expect(run.outputs['failure-reason']).toBe('apply-failed');
    expect(run.stdout).toMatch(
      /Apply finished with 1 of 4 changes not applied:.*create stream "linode-audit": failed: create stream "linode-audit" failed \(500\)/s,
    );
    expect(run.stdout).toContain('Re-running converges: applied changes will show as unchanged.');
    expect(run.stdout).not.toContain('Re-running alone will not fix');
    const rerun = await action({ mode: 'apply' });
    expect(rerun.code, rerun.stdout).toBe(0);
    expect(rerun.outputs.summary).toBe('1 to create, 0 to update, 0 to delete');
    expect((await action({ mode: 'plan' })).outputs['has-changes']).toBe('false');
  });

  it('says that re-running alone will not fix a change the API refused (400 "Stream limit reached for this type"), even beside a transient failure', async () => {
    // An LKE audit-log stream the file does not name, and a file that believes the account allows two.
    emulator.seed({
      destinations: [
        {
          label: 'other-dest',
          type: 'custom_https',
          details: { endpoint_url: 'https://other.example.com', data_compression: 'None', authentication: { type: 'none' } },
        },
      ],
    });
    const otherDest = emulator.snapshot().destinations[0]!.id;
    emulator.seed({ streams: [{ label: 'other-lke', type: 'lke_audit_logs', destinations: [otherDest], details: { cluster_ids: [12345] } }] });
    const twoAllowed = writeConfig(readFileSync(EXAMPLE_CONFIG, 'utf8').replace(/^version: 1$/m, 'version: 1\nstream_quota: 2'));
    // The first destination create (audit-bucket) meets a 500: transient, and linode-audit waits on it.
    emulator.inject({ method: 'POST', path: '^/monitor/streams/destinations$', status: 500, body: { errors: [{ reason: 'Internal Server Error' }] } });
    const run = await action({ mode: 'apply', config: twoAllowed, inputs: { concurrency: '1' } });
    expect(run.code).not.toBe(0);
    expect(run.outputs['failure-reason']).toBe('apply-failed');
    expect(run.stdout).toContain('create destination "audit-bucket": failed: create destination "audit-bucket" failed (500)');
    expect(run.stdout).toMatch(/create stream "lke-audit": failed: create stream "lke-audit" failed \(400\): .*Stream limit reached for this type/);
    expect(run.stdout).toContain(
      'Re-running alone will not fix stream "lke-audit": the API refused it. Change the file or the account as the message says, then plan and apply again.',
    );
    expect(run.stdout).not.toContain('Re-running converges');
    // And it does not: the same refusal comes back.
    const rerun = await action({ mode: 'apply', config: twoAllowed });
    expect(rerun.code).not.toBe(0);
    expect(rerun.stdout).toContain('Re-running alone will not fix stream "lke-audit"');
    expect(
      emulator
        .snapshot()
        .streams.map((s) => s.label)
        .sort(),
    ).toEqual(['linode-audit', 'other-lke']);
  });

  it('redacts a secret that an API error echoes, in the form the summary escapes it to', async () => {
    emulator.inject({
      method: 'POST',
      path: '^/monitor/streams/destinations$',
      status: 400,
      body: { errors: [{ reason: `authentication failed for ${SECRETS.SIEM_PASSWORD}`, field: 'details.authentication' }] },
    });
    const run = await action({ mode: 'apply', inputs: { concurrency: '1' } });
    expect(run.code).not.toBe(0);
    expect(run.outputs['failure-reason']).toBe('apply-failed');
    expect(run.summary).toContain('authentication failed for ***');
    expect(run.stdout).toContain('authentication failed for ***');
    expect(findLeaks(run.visibleText)).toEqual([]);
  });

  it('fails the drift check when the account differs from the file', async () => {
    expect((await action({ mode: 'apply' })).code).toBe(0);
    const siem = emulator.snapshot().destinations.find((d) => d.label === 'siem')!;
    await fetch(`${emulator.url}/v4/monitor/streams/destinations/${siem.id}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        label: 'siem',
        type: 'custom_https',
        details: { endpoint_url: 'https://evil.example.com', data_compression: 'gzip', authentication: { type: 'none' } },
      }),
    });
    const check = await action({ mode: 'check' });
    expect(check.code).not.toBe(0);
    expect(check.outputs['failure-reason']).toBe('drift');
    expect(check.outputs['has-changes']).toBe('true');
    expect(check.stdout).toContain('details.endpoint_url');
    const relaxed = await action({ mode: 'check', inputs: { 'fail-on-drift': 'false' } });
    expect(relaxed.code).toBe(0);
  });
});

describe('secrets', () => {
  it("never appear in any log line, output, summary or annotation of this file's runs", () => {
    expect(runs.length).toBeGreaterThan(10);
    for (const run of runs) expect(findLeaks(run.visibleText)).toEqual([]);
  });
});
