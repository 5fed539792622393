import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { runCli, workflowCommands, type CliRun } from './cli-harness.js';
import { EXAMPLE_CONFIG, TOKEN } from './harness.js';

/**
 * `linode-logs` against the emulator, as a separate process: an account set up by hand the way
 * Linode's tutorial does it (a bucket, a key limited to it, an Object Storage destination with
 * that key, an audit_logs stream), exported, validated, and checked for drift.
 */
let emulator: Emulator;
const runs: CliRun[] = [];
const BUCKET = 'tutorial-audit-logs';
const SIEM_PASSWORD = 'siem-password-not-returned-9f8e';
const HEADER_VALUE = 'header-value-not-returned-7d6c';
let writerSecret = '';
let destinationId = 0;
let destinationDetails: Record<string, unknown> = {};

async function api(method: string, path: string, body?: unknown): Promise<any> {
  const response = await fetch(`${emulator.url}/v4${path}`, {
    method,
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

async function cli(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<CliRun> {
  const run = await runCli([...args, '--api-url', emulator.url], { cwd, env: { LINODE_TOKEN: TOKEN, ...env } });
  runs.push(run);
  return run;
}

beforeAll(async () => {
  emulator = await startEmulator({ tokens: [TOKEN], provisioningMs: 0, deactivatingMs: 0 });
  // The tutorial: a key to make the bucket with, the bucket, a key limited to it, the destination, the stream.
  const admin = await api('POST', '/object-storage/keys', { label: 'bucket-admin', regions: ['us-iad'] });
  const s3 = new S3Client({
    endpoint: emulator.s3Endpoint('us-iad'),
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: admin.access_key, secretAccessKey: admin.secret_key },
  });
  await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
  s3.destroy();
  const writer = await api('POST', '/object-storage/keys', {
    label: 'audit-logs-writer',
    bucket_access: [{ region: 'us-iad', bucket_name: BUCKET, permissions: 'read_write' }],
  });
  writerSecret = writer.secret_key;
  destinationDetails = {
    bucket_name: BUCKET,
    host: `${BUCKET}.us-iad-1.linodeobjects.com`,
    path: 'audit',
    access_key_id: writer.access_key,
    access_key_secret: writer.secret_key,
  };
  const destination = await api('POST', '/monitor/streams/destinations', { label: 'audit-bucket', type: 'akamai_object_storage', details: destinationDetails });
  destinationId = destination.id;
  await api('POST', '/monitor/streams', { label: 'audit-stream', type: 'audit_logs', status: 'active', destinations: [destination.id] });
  // Beyond the tutorial: an HTTPS destination with every kind of secret the API keeps to itself.
  const siem = await api('POST', '/monitor/streams/destinations', {
    label: 'siem',
    type: 'custom_https',
    details: {
      endpoint_url: 'https://siem.example.com/ingest',
      data_compression: 'gzip',
      authentication: { type: 'basic', details: { basic_authentication_user: 'linode', basic_authentication_password: SIEM_PASSWORD } },
      custom_headers: [{ name: 'X-Tenant', value: HEADER_VALUE }],
    },
  });
  // And the Kubernetes API audit logs of an LKE Enterprise cluster, which has them on.
  emulator.seed({ lkeClusters: [{ id: 4100, label: 'prod-eu', region: 'eu-central', tier: 'enterprise', control_plane: { audit_logs_enabled: true } }] });
  await api('POST', '/monitor/streams', {
    label: 'lke-stream',
    type: 'lke_audit_logs',
    status: 'active',
    destinations: [siem.id],
    details: { cluster_ids: [4100] },
  });
});

afterAll(async () => {
  await emulator?.close();
});

describe('linode-logs export, validate and check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'linode-logs-cli-'));
  const file = join(dir, 'linode-logs.yml');
  let exported: CliRun;

  beforeAll(async () => {
    exported = await cli(['export', '--output', 'linode-logs.yml'], dir);
  });

  it('writes the account as a config file, secrets as references named for the label and field', () => {
    expect(exported.code, exported.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(new RegExp(`^# Exported by linode-logs export from ${emulator.url.replace(/[.]/g, '\\.')} \\(v4\\) on \\d{4}-`));
    const config = parse(text);
    expect(config.destinations['audit-bucket']).toEqual({
      type: 'akamai_object_storage',
      details: { ...destinationDetails, access_key_secret: '${AUDIT_BUCKET_ACCESS_KEY_SECRET}' },
    });
    expect(config.destinations.siem.details.authentication.details.basic_authentication_password).toBe('${SIEM_BASIC_AUTHENTICATION_PASSWORD}');
    expect(config.destinations.siem.details.custom_headers).toEqual([{ name: 'X-Tenant', value: '${SIEM_X_TENANT}' }]);
    expect(config.streams['audit-stream']).toEqual({ type: 'audit_logs', destination: 'audit-bucket', status: 'active' });
    // The cluster the LKE stream names, by label; the stream keeps its id.
    expect(config.lke_clusters).toEqual({ 'prod-eu': { audit_logs: true } });
    expect(config.streams['lke-stream']).toEqual({ type: 'lke_audit_logs', destination: 'siem', status: 'active', details: { cluster_ids: [4100] } });
    expect(emulator.requests.filter((r) => r.path === '/lke/clusters').map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200']);
    // The variables and what each must hold, on stderr.
    expect(exported.stderr).toContain('AUDIT_BUCKET_ACCESS_KEY_SECRET: the Object Storage secret key of access key');
    expect(exported.stderr).toContain('SIEM_X_TENANT: the value of the X-Tenant header sent to https://siem.example.com/ingest');
    // No secret the API was given is in the file (it never returned them).
    for (const secret of [writerSecret, SIEM_PASSWORD, HEADER_VALUE]) expect(text).not.toContain(secret);
  });

  it('leaves lke_clusters out, saying why on stderr, when the token may not read LKE; the file still checks clean', async () => {
    const monitorOnly = 'cli-token-monitor-read-only';
    emulator.configure({ tokenScopes: { [monitorOnly]: ['monitor:read_only'] } });
    try {
      const run = await cli(['export', '--output', 'monitor-only.yml'], dir, { LINODE_TOKEN: monitorOnly });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain(
        'No lke_clusters section: the token may not read LKE clusters (it lacks the `lke:read_only` scope): add the `lke:read_only` scope (and, for a restricted user, access to them) to export them under lke_clusters. The streams keep their cluster ids.',
      );
      const config = parse(readFileSync(join(dir, 'monitor-only.yml'), 'utf8'));
      expect(config).not.toHaveProperty('lke_clusters');
      expect(config.streams['lke-stream'].details).toEqual({ cluster_ids: [4100] });
      const check = await cli(['check', '--config', 'monitor-only.yml'], dir, { LINODE_TOKEN: monitorOnly });
      expect(check.code, check.stdout + check.stderr).toBe(0);
      expect(check.stdout).toContain('0 to create, 0 to update, 0 to delete');
      expect(`${run.stdout}${run.stderr}${check.stdout}${check.stderr}`).not.toContain(monitorOnly);
    } finally {
      emulator.configure({ tokenScopes: null });
    }
  });

  it('never overwrites a file', async () => {
    const again = await cli(['export', '--output', 'linode-logs.yml'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('linode-logs.yml exists');
  });

  it('validates, and check finds no drift (exit 0)', async () => {
    const valid = await cli(['validate', '--config', 'linode-logs.yml'], dir);
    expect(valid.code, valid.stderr).toBe(0);
    expect(valid.stdout).toContain('linode-logs.yml is valid: 2 destinations, 2 streams.');
    const check = await cli(['check', '--config', 'linode-logs.yml'], dir);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('0 to create, 0 to update, 0 to delete');
    expect(check.stdout).toContain('No drift');
  });

  it('check exits 2 after a change by hand through the API, and plan --json prints the plan output', async () => {
    await api('PUT', `/monitor/streams/destinations/${destinationId}`, { label: 'audit-bucket', details: { ...destinationDetails, path: 'moved-by-hand' } });
    const check = await cli(['check', '--config', 'linode-logs.yml'], dir);
    expect(check.code, check.stdout + check.stderr).toBe(2);
    expect(check.stderr).toContain('Drift: the live account differs from linode-logs.yml');
    const plan = await cli(['plan', '--json', '--config', 'linode-logs.yml'], dir);
    expect(plan.code, plan.stderr).toBe(0);
    const json = JSON.parse(plan.stdout);
    expect(json.changes).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'update', kind: 'destination', label: 'audit-bucket' })]));
  });

  it('prints no workflow commands', () => {
    expect(runs.length).toBeGreaterThan(3);
    for (const run of runs) expect(workflowCommands(run)).toEqual([]);
  });
});

describe('linode-logs from a local runner', () => {
  it('finds the config relative to GITHUB_WORKSPACE', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'linode-logs-workspace-'));
    mkdirSync(join(workspace, '.github'));
    writeFileSync(join(workspace, '.github/linode-logs.yml'), readFileSync(EXAMPLE_CONFIG, 'utf8'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'linode-logs-elsewhere-'));
    const run = await runCli(['validate'], { cwd: elsewhere, env: { GITHUB_WORKSPACE: workspace } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('.github/linode-logs.yml is valid: 2 destinations, 2 streams.');
    const without = await runCli(['validate'], { cwd: elsewhere });
    expect(without.code).toBe(1);
    expect(without.stderr).toContain('config file not found');
  });

  it('refuses apply without a terminal unless --yes, and commands without LINODE_TOKEN', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'linode-logs-cli-'));
    const apply = await runCli(['apply', '--config', EXAMPLE_CONFIG], { cwd: dir, env: { LINODE_TOKEN: TOKEN } });
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain('pass --yes');
    const plan = await runCli(['plan'], { cwd: dir });
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain('set LINODE_TOKEN');
  });
});
