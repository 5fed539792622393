import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyPlan, type ApplyOptions, type SetupApply } from '../../src/apply/apply.js';
import { loadConfig } from '../../src/config/load.js';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { createAccountClient, type AccountApi } from '../../src/linode/account-client.js';
import { createLinodeClient, fetchLiveState, type LogsApi } from '../../src/linode/logs-client.js';
import { mayLeaveKeys } from '../../src/plan/keys.js';
import { planWithSetup } from '../../src/plan/setup.js';
import { createBucketClient } from '../../src/s3/bucket-client.js';
import { bucketClientPool, keysForCleanup, readLiveSetup } from '../../src/setup/read.js';

const TOKEN = 'apply-setup-token-0001';
const ENV = { S3_ADMIN_KEY_ID: 'APPLYADMINKEY0000001', S3_ADMIN_SECRET_KEY: 'apply-admin-secret' };
const EXAMPLE = readFileSync(join(import.meta.dirname, '../../examples/linode-logs-setup.yml'), 'utf8');

let emulator: Emulator;
let api: LogsApi;
let account: AccountApi;
let pool: ReturnType<typeof bucketClientPool>;
const secrets: string[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ tokens: [TOKEN], provisioningMs: 100, deactivatingMs: 50 });
  api = createLinodeClient({ token: TOKEN, apiUrl: emulator.url });
  account = createAccountClient({ token: TOKEN, apiUrl: emulator.url, registerSecret: (s) => secrets.push(s) });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.reset();
  emulator.seed({
    objectStorageKeys: [{ label: 'bucket-admin', access_key: ENV.S3_ADMIN_KEY_ID, secret_key: ENV.S3_ADMIN_SECRET_KEY, regions: ['us-iad'] }],
    lkeClusters: [{ id: 4100, label: 'prod-eu', region: 'eu-central', tier: 'enterprise' }],
  });
  pool = bucketClientPool(createBucketClient, `${emulator.s3Url}/{region}-1`);
});
afterEach(() => {
  pool.close();
  emulator.clearFaults();
});

async function planAndApply(text = EXAMPLE, verifyDestinations = false) {
  const { desired } = await loadConfig(text, 'f.yml', ENV);
  const [live, setup] = await Promise.all([fetchLiveState(api), readLiveSetup(desired, { account: () => account, bucketClient: pool.get }, { writes: true })]);
  const first = planWithSetup(desired, live, setup);
  // As the action does: a plan that may leave a managed key behind is made again with the keys.
  const plan =
    setup.keys === undefined && mayLeaveKeys(first, live)
      ? planWithSetup(desired, live, { ...setup, ...(await keysForCleanup(() => account.listObjectStorageKeys())) })
      : first;
  const apply: SetupApply = {
    account,
    bucketClient: (b) => pool.get({ accessKeyId: b.credentials.accessKeyId.value!, secretAccessKey: b.credentials.secretAccessKey.value! }),
    verifyDestinations,
  };
  const options: ApplyOptions = { concurrency: 4, waitTimeoutMs: 10_000, pollIntervalMs: 50, setup: apply };
  const result = await applyPlan(plan, live, api, options, desired.streamQuota);
  return { plan, result, outcomes: result.outcomes.map((o) => `${o.status} ${o.change.action} ${o.change.kind}`) };
}

const managedKeys = () => emulator.resources().objectStorageKeys.filter((k) => k.label.startsWith('linode-logs:'));

describe('applying the setup', () => {
  it('hands each new key secret to the masker, and deletes a new key whose destination was not created', async () => {
    emulator.inject({ method: 'POST', path: '^/monitor/streams/destinations$', status: 400, body: { errors: [{ reason: 'An error occurred' }] } });
    const { outcomes } = await planAndApply();
    expect(outcomes).toEqual([
      'applied create bucket',
      'applied create object_storage_key',
      'failed create destination',
      'applied update lke_cluster',
      'skipped create stream',
      'skipped create stream',
    ]);
    expect(secrets).toHaveLength(1);
    // The key's secret was only ever in this run: a key nobody uses is not left behind.
    expect(managedKeys()).toEqual([]);
    expect(emulator.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([expect.stringMatching(/^\/object-storage\/keys\/\d+$/)]);

    // The re-run converges.
    const rerun = await planAndApply();
    expect(rerun.outcomes.every((o) => o.startsWith('applied'))).toBe(true);
    expect(managedKeys()).toHaveLength(1);
  });

  it('keeps the old key when the rotated destination could not be updated', async () => {
    await planAndApply();
    const [before] = managedKeys();
    emulator.inject({ method: 'PUT', path: '^/monitor/streams/destinations/\\d+$', status: 400, body: { errors: [{ reason: 'An error occurred' }] } });
    const { outcomes } = await planAndApply(EXAMPLE.replace('path: audit', 'path: audit-v2'));
    expect(outcomes).toEqual(['applied create object_storage_key', 'failed update destination', 'skipped delete object_storage_key']);
    expect(managedKeys().map((k) => k.id)).toEqual([before!.id]);
    expect(emulator.snapshot().destinations[0]!.details.access_key_id).toBe(before!.access_key);
  });

  it("with verify-destinations, checks a rotation's new key with the API before the update, and keeps the old key when refused", async () => {
    await planAndApply();
    const [before] = managedKeys();
    const destinationId = emulator.snapshot().destinations[0]!.id;
    emulator.requests.length = 0;
    const moved = EXAMPLE.replace('path: audit', 'path: audit-v2');
    emulator.inject({
      method: 'POST',
      path: '^/monitor/streams/destinations/verify$',
      status: 400,
      body: { errors: [{ reason: 'An error occurred' }] },
      times: 1,
    });
    const refused = await planAndApply(moved, true);
    expect(refused.outcomes).toEqual(['applied create object_storage_key', 'failed update destination', 'skipped delete object_storage_key']);
    expect(emulator.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path.replace(/\d+$/, 'ID')}`)).toEqual([
      'POST /object-storage/keys',
      'POST /monitor/streams/destinations/verify',
      'DELETE /object-storage/keys/ID',
    ]);
    expect(managedKeys().map((k) => k.id)).toEqual([before!.id]);

    emulator.requests.length = 0;
    const rotated = await planAndApply(moved, true);
    expect(rotated.outcomes.every((o) => o.startsWith('applied'))).toBe(true);
    expect(emulator.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /object-storage/keys',
      'POST /monitor/streams/destinations/verify',
      `PUT /monitor/streams/destinations/${destinationId}`,
      `DELETE /object-storage/keys/${before!.id}`,
    ]);
  });

  it('replacing a managed destination: its old key goes only once the old destination is deleted', async () => {
    await planAndApply();
    const [old] = managedKeys();
    const oldDestination = emulator.snapshot().destinations[0]!;
    const toHttps = EXAMPLE.replace(
      / {2}audit-bucket:\n {4}type: akamai_object_storage\n[\s\S]*?\nstreams:/,
      '  audit-bucket:\n    type: custom_https\n    details: { endpoint_url: https://siem.example.com/ingest, data_compression: gzip, authentication: { type: none } }\nstreams:',
    );
    emulator.requests.length = 0;
    const { outcomes } = await planAndApply(toHttps);
    expect(outcomes).toEqual(['applied replace destination', 'applied update stream', 'applied update stream', 'applied delete object_storage_key']);
    const writes = emulator.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
    expect(writes.slice(-2)).toEqual([`DELETE /monitor/streams/destinations/${oldDestination.id}`, `DELETE /object-storage/keys/${old!.id}`]);
    expect(writes.filter((w) => w.startsWith('PUT /monitor/streams/'))).toHaveLength(2);
    expect(managedKeys()).toEqual([]);
  });

  it('keeps the old key while the replaced destination could not be deleted', async () => {
    await planAndApply();
    const [old] = managedKeys();
    const toHttps = EXAMPLE.replace(
      / {2}audit-bucket:\n {4}type: akamai_object_storage\n[\s\S]*?\nstreams:/,
      '  audit-bucket:\n    type: custom_https\n    details: { endpoint_url: https://siem.example.com/ingest, data_compression: gzip, authentication: { type: none } }\nstreams:',
    );
    emulator.inject({ method: 'DELETE', path: '^/monitor/streams/destinations/\\d+$', status: 400, body: { errors: [{ reason: 'An error occurred' }] } });
    const { result } = await planAndApply(toHttps);
    expect(result.outcomes.map((o) => `${o.status} ${o.change.action} ${o.change.kind}${o.status === 'skipped' ? `: ${o.message}` : ''}`)).toEqual([
      'failed replace destination',
      'applied update stream',
      'applied update stream',
      'skipped delete object_storage_key: destination "audit-bucket" may still write with it: its change was not applied',
    ]);
    expect(managedKeys().map((k) => k.id)).toEqual([old!.id]);
  });

  it('skips the key and everything after it when the bucket cannot be made as planned', async () => {
    const { desired } = await loadConfig(EXAMPLE, 'f.yml', ENV);
    const [live, setup] = await Promise.all([
      fetchLiveState(api),
      readLiveSetup(desired, { account: () => account, bucketClient: pool.get }, { writes: true }),
    ]);
    const plan = planWithSetup(desired, live, setup);
    // Someone creates the bucket, without Object Lock, between the plan and the apply.
    emulator.seed({ buckets: [{ name: 'my-audit-logs-locked', region: 'us-iad' }] });
    const apply: SetupApply = { account, bucketClient: (_b) => pool.get({ accessKeyId: ENV.S3_ADMIN_KEY_ID, secretAccessKey: ENV.S3_ADMIN_SECRET_KEY }) };
    const result = await applyPlan(plan, live, api, { concurrency: 4, waitTimeoutMs: 5_000, pollIntervalMs: 50, setup: apply }, 1);
    expect(result.outcomes.map((o) => `${o.status} ${o.change.kind}${o.message ? `: ${o.message}` : ''}`)).toEqual([
      expect.stringMatching(/^failed bucket: create bucket "my-audit-logs-locked": bucket my-audit-logs-locked \(us-iad\) exists without Object Lock/),
      'skipped object_storage_key: its bucket my-audit-logs-locked was not applied',
      'skipped destination: its managed key was not created',
      'applied lke_cluster',
      'skipped stream: its destination "audit-bucket" was not applied',
      'skipped stream: its destination "audit-bucket" was not applied',
    ]);
    expect(managedKeys()).toEqual([]);
  });

  it('refuses at plan time a bucket its credentials may not use (a wrong secret), creating nothing', async () => {
    const { desired } = await loadConfig(EXAMPLE, 'f.yml', { ...ENV, S3_ADMIN_SECRET_KEY: 'wrong-secret' });
    const [live, setup] = await Promise.all([
      fetchLiveState(api),
      readLiveSetup(desired, { account: () => account, bucketClient: pool.get }, { writes: true }),
    ]);
    expect(() => planWithSetup(desired, live, setup)).toThrow(/the S3 credentials of buckets\.my-audit-logs-locked may not use it \(403\)/);
    expect(emulator.resources().buckets).toEqual([]);
  });
});
