import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator, type SeedState } from '../../emulator/index.js';
import { findLeaks, runAction, TOKEN, type ActionRun } from './harness.js';

/**
 * `check` with `max-delivery-age` through the bundled action, the real @aws-sdk/client-s3 and the
 * emulator's S3 endpoint, into which the emulator delivers logs for active streams.
 */
const KEYS = {
  LOGS_KEY_ID: 'E2EDELIVERYKEY000001',
  LOGS_KEY_SECRET: 'e2e-delivery/secret+key=0123456789abcdefAB',
  OTHER_KEY_ID: 'E2EOTHERKEY000000001',
  OTHER_KEY_SECRET: 'e2e-other/secret+key=0123456789abcdefABCD',
};
const HOUR = 3_600_000;

const CONFIG = `version: 1
destinations:
  audit-bucket:
    type: akamai_object_storage
    details:
      bucket_name: audit-logs
      host: audit-logs.us-iad-1.linodeobjects.com
      access_key_id: \${LOGS_KEY_ID}
      access_key_secret: \${LOGS_KEY_SECRET}
streams:
  linode-audit:
    type: audit_logs
    destination: audit-bucket
`;

let emulator: Emulator;
/** Added to the emulator's clock: objects delivered with a negative offset are that much older. */
let offset = 0;

/** The API's own format: `2025-07-20 09:45:13`, UTC. */
const apiTime = (ms: number): string => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

function seed(options: { streamSince?: number; objects?: Record<string, string> } = {}): void {
  const since = apiTime(options.streamSince ?? Date.now() - 48 * HOUR);
  const state: SeedState = {
    objectStorageKeys: [
      {
        label: 'logs-writer',
        access_key: KEYS.LOGS_KEY_ID,
        secret_key: KEYS.LOGS_KEY_SECRET,
        regions: [],
        bucket_access: [{ region: 'us-iad', bucket_name: 'audit-logs', permissions: 'read_write' }],
      },
      {
        label: 'other-bucket-only',
        access_key: KEYS.OTHER_KEY_ID,
        secret_key: KEYS.OTHER_KEY_SECRET,
        regions: [],
        bucket_access: [{ region: 'us-iad', bucket_name: 'other-logs', permissions: 'read_write' }],
      },
    ],
    buckets: [{ name: 'audit-logs', region: 'us-iad', ...(options.objects ? { objects: options.objects } : {}) }],
    destinations: [
      {
        id: 1000,
        label: 'audit-bucket',
        type: 'akamai_object_storage',
        details: {
          bucket_name: 'audit-logs',
          host: 'audit-logs.us-iad-1.linodeobjects.com',
          access_key_id: KEYS.LOGS_KEY_ID,
          access_key_secret: KEYS.LOGS_KEY_SECRET,
        },
        created: since,
        updated: since,
      },
    ],
    streams: [{ id: 2000, label: 'linode-audit', type: 'audit_logs', destinations: [1000], created: since, updated: since }],
  };
  emulator.seed(state);
}

async function check(env: Record<string, string> = KEYS, maxAge = '1h'): Promise<ActionRun> {
  const config = join(mkdtempSync(join(tmpdir(), 'linode-logs-delivery-')), 'linode-logs.yml');
  writeFileSync(config, CONFIG);
  const run = await runAction({
    mode: 'check',
    apiUrl: emulator.url,
    config,
    env,
    inputs: { 's3-endpoint': `${emulator.s3Url}/{region}-1`, 'max-delivery-age': maxAge },
  });
  // The secrets of this run (an access key id the account shows may appear in a plan's diff).
  expect(findLeaks(run.visibleText, { LOGS_KEY_SECRET: env.LOGS_KEY_SECRET ?? '', TOKEN })).toEqual([]);
  return run;
}

const deliveryOf = (run: ActionRun): Array<Record<string, unknown>> => JSON.parse(run.outputs.delivery ?? 'null') as Array<Record<string, unknown>>;

beforeAll(async () => {
  emulator = await startEmulator({ tokens: [TOKEN], provisioningMs: 0, clock: () => Date.now() + offset });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => {
  emulator.reset();
  offset = 0;
});

describe('check with max-delivery-age', () => {
  it('passes when logs arrive, and reports the newest object, listing only', async () => {
    seed();
    offset = -2 * HOUR;
    emulator.deliver();
    offset = -5 * 60_000;
    const [newest] = emulator.deliver();
    offset = 0;
    const run = await check();
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['has-changes']).toBe('false');
    const [entry] = deliveryOf(run);
    expect(entry).toMatchObject({ stream: 'linode-audit', destination: 'audit-bucket', status: 'ok' });
    // The newest of the two, to the second (S3 times have no milliseconds).
    const written = Date.parse(
      emulator
        .resources()
        .buckets[0]!.objects.find((o) => o.key === newest)!
        .key.match(/(\d{8}T\d{6})Z/)![1]!
        .replace(/(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})/, '$1-$2-$3T$4:$5:$6Z'),
    );
    expect(Date.parse(entry!.newest as string)).toBe(written);
    expect(entry!.age_seconds).toBeGreaterThanOrEqual(299);
    expect(run.stdout).toContain('Delivery (max-delivery-age 1h):');
    expect(run.summary).toContain('#### Delivery (max-delivery-age 1h)');
    expect(run.summary).toMatch(/\| ✅ ok \| linode-audit \| audit-bucket \|/);
    expect(emulator.s3Requests.length).toBeGreaterThan(0);
    expect(new Set(emulator.s3Requests.map((r) => r.operation))).toEqual(new Set(['ListObjectsV2']));
  });

  it('fails with delivery-stale when nothing is under the path (objects elsewhere do not count), or the newest is too old', async () => {
    seed({
      objects: {
        'elsewhere/2026/01/01/a.log.gz': 'not this stream',
        'lke_audit_logs/kube-apiserver-audit/ACCOUNT/2026/01/01/b.log.gz': 'another stream type',
        'audit_logs/akamai-logs-test-object': 'the destination check, not a log',
      },
    });
    const empty = await check();
    expect(empty.code).not.toBe(0);
    expect(empty.outputs['failure-reason']).toBe('delivery-stale');
    expect(deliveryOf(empty)[0]).toMatchObject({ status: 'stale', newest: null, detail: 'no log object under s3://audit-logs/audit_logs/' });
    expect(empty.stdout).toContain('Delivery stale: no recent logs from 1 stream');

    offset = -3 * HOUR;
    emulator.deliver();
    offset = 0;
    const old = await check();
    expect(old.outputs['failure-reason']).toBe('delivery-stale');
    expect(deliveryOf(old)[0]).toMatchObject({ status: 'stale' });
    expect(deliveryOf(old)[0]!.detail).toMatch(/is 3h( \d+s)? old \(max-delivery-age 1h\)$/);

    // Logs arrive again: the same check passes.
    emulator.deliver();
    expect((await check()).code).toBe(0);
  });

  it('does not call a stream stale that became active 20 minutes ago', async () => {
    seed({ streamSince: Date.now() - 20 * 60_000 });
    const run = await check();
    expect(run.code, run.stdout).toBe(0);
    expect(deliveryOf(run)[0]).toMatchObject({ status: 'new', newest: null });
    expect(deliveryOf(run)[0]!.detail).toMatch(/^changed at .*: not stale before /);
  });

  it('says which destination could not be listed and what credentials to give', async () => {
    seed();
    emulator.deliver();
    const run = await check({ ...KEYS, LOGS_KEY_ID: KEYS.OTHER_KEY_ID, LOGS_KEY_SECRET: KEYS.OTHER_KEY_SECRET });
    expect(deliveryOf(run)[0]).toMatchObject({ status: 'not-checked' });
    const detail = deliveryOf(run)[0]!.detail as string;
    expect(detail).toContain("could not list bucket audit-logs (us-iad) with the destination's key");
    expect(detail).toContain('give destination audit-bucket a key that may list bucket audit-logs');
    expect(run.stdout).toMatch(/::warning::Delivery of stream linode-audit \(destination audit-bucket\) not checked: could not list/);
  });

  it('fails once the emulator stops delivering for a paused stream: drift wins the reason', async () => {
    seed();
    emulator.deliver();
    expect((await check()).code).toBe(0);
    // Paused outside the file: the emulator delivers nothing for it any more.
    const paused = await fetch(`${emulator.url}/v4/monitor/streams/2000`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ label: 'linode-audit', status: 'inactive', destinations: [1000] }),
    });
    expect(paused.status).toBe(200);
    expect(emulator.deliver()).toEqual([]);
    const run = await check();
    expect(run.code).not.toBe(0);
    expect(run.outputs['failure-reason']).toBe('drift');
    expect(deliveryOf(run)[0]).toMatchObject({ status: 'not-checked' });
  });
});
