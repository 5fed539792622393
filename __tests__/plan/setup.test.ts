import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { LkeCluster, ObjectStorageKey } from '../../src/linode/account-types.js';
import type { LiveDestination, LiveState } from '../../src/linode/types.js';
import { diff, PlanError } from '../../src/plan/diff.js';
import { failedChecks } from '../../src/plan/checks.js';
import { isManagedKeyOf, managedKeyLabel, managedKeyPrefix, mayLeaveKeys } from '../../src/plan/keys.js';
import { EMPTY_LIVE_SETUP, type LiveSetup } from '../../src/plan/live-setup.js';
import { setupNeeds } from '../../src/plan/setup-needs.js';
import { planWithSetup } from '../../src/plan/setup.js';
import type { Plan } from '../../src/plan/types.js';
import { describeRetention, type Retention } from '../../src/s3/retention.js';

const ENV = { S3_ID: 'AKADMIN', S3_SECRET: 'admin-secret', KEY_SECRET: 'dest-secret' };

const config = (extra = '', destinationDetails = 'access_key: managed') => `version: 1
buckets:
  logs-bucket:
    region: us-iad
    object_lock: { mode: COMPLIANCE, days: 30 }
    s3_credentials: { access_key_id: "\${S3_ID}", secret_access_key: "\${S3_SECRET}" }
destinations:
  audit:
    type: akamai_object_storage
    details:
      bucket_name: logs-bucket
      host: logs-bucket.us-iad-1.linodeobjects.com
      ${destinationDetails}
streams:
  lke-audit:
    type: lke_audit_logs
    destination: audit
    details: { cluster_ids: [prod] }
${extra}`;

const desiredOf = async (text: string, env: Record<string, string> = ENV) => (await loadConfig(text, 'f.yml', env)).desired;

const audit = (keyId: string, extra: Record<string, string> = {}): LiveDestination => ({
  id: 10,
  label: 'audit',
  type: 'akamai_object_storage',
  version: 3,
  details: { bucket_name: 'logs-bucket', host: 'logs-bucket.us-iad-1.linodeobjects.com', access_key_id: keyId, ...extra },
  created: '',
  created_by: 'u',
  updated: '',
  updated_by: 'u',
});

const key = (id: number, label: string, bucket = 'logs-bucket'): ObjectStorageKey => ({
  id,
  label,
  access_key: `AK${id}`,
  limited: true,
  bucket_access: [{ region: 'us-iad', bucket_name: bucket, permissions: 'read_write', cluster: 'us-iad-1' }],
  regions: [],
});

const cluster = (id: number, label: string, tier: 'standard' | 'enterprise' = 'enterprise', on = true): LkeCluster => ({
  id,
  label,
  region: 'us-iad',
  k8s_version: '1.31',
  tier,
  status: 'ready',
  tags: [],
  created: '',
  updated: '',
  control_plane: { high_availability: true, audit_logs_enabled: on },
});

const lockedBucket: LiveSetup['buckets'] = {
  'logs-bucket': { kind: 'read', reach: 'exists', lock: { status: 'enabled', retention: { mode: 'COMPLIANCE', days: 30 } } },
};
const live = (destinations: LiveDestination[] = []): LiveState => ({
  destinations,
  streams:
    destinations.length === 0
      ? []
      : [
          {
            id: 20,
            label: 'lke-audit',
            type: 'lke_audit_logs',
            status: 'active',
            destinations,
            details: { cluster_ids: [7] },
            version: 1,
            created: '',
            created_by: 'u',
            updated: '',
            updated_by: 'u',
          },
        ],
});
const summary = (plan: Plan) => plan.changes.filter((c) => c.action !== 'noop').map((c) => `${c.action} ${c.kind} ${c.label}${c.note ? ` (${c.note})` : ''}`);
const problemsOf = async (run: () => unknown): Promise<string[]> => {
  try {
    await run();
  } catch (error) {
    if (error instanceof PlanError) return error.problems;
    throw error;
  }
  throw new Error('expected a PlanError');
};

describe('managed keys', () => {
  const setup = (keys: ObjectStorageKey[]): LiveSetup => ({ keys, clusters: [cluster(7, 'prod')], buckets: lockedBucket, destinationAccess: {} });

  it('keeps the key while nothing else changes, and deletes unused keys of the destination', async () => {
    const keys = [
      key(1, 'linode-logs:audit:0123abcd'),
      key(2, 'linode-logs:audit:deadbeef'),
      key(3, 'someone-elses-key'),
      key(4, 'linode-logs:audit-2:0123abcd'),
    ];
    const plan = planWithSetup(await desiredOf(config()), live([audit('AK1')]), setup(keys));
    expect(summary(plan)).toEqual(['delete object_storage_key linode-logs:audit:deadbeef (unused key of audit (its secret is lost))']);
    expect(plan.checks?.find((c) => c.check === 'bucket reachable with its key')).toMatchObject({
      status: 'pass',
      detail: 'managed key linode-logs:audit:0123abcd (#1) has read_write on logs-bucket (us-iad) only',
    });
  });

  it('rotates on any write: a new key, the destination updated to it, the old key deleted after', async () => {
    const plan = planWithSetup(
      await desiredOf(config().replace('access_key: managed', 'access_key: managed\n      path: v2')),
      live([audit('AK1')]),
      setup([key(1, 'linode-logs:audit:0123abcd')]),
    );
    expect(summary(plan)).toEqual([
      'create object_storage_key linode-logs:audit:… (for destination audit)',
      'update destination audit',
      'delete object_storage_key linode-logs:audit:0123abcd (replaced by the new key of audit)',
    ]);
    const update = plan.changes.find((c) => c.kind === 'destination');
    expect(update?.action === 'update' && update.fields.map((f) => [f.path, f.before, f.after])).toEqual([
      ['details.access_key_id', { kind: 'value', value: 'AK1' }, { kind: 'value', value: '(new managed key)' }],
      ['details.path', { kind: 'absent' }, { kind: 'value', value: 'v2' }],
    ]);
  });

  it('rotates with rotate-secrets, and takes over a destination that uses another key (leaving a hand-made one alone)', async () => {
    const keys = [key(1, 'linode-logs:audit:0123abcd')];
    expect(summary(planWithSetup(await desiredOf(config()), live([audit('AK1')]), setup(keys), { rotateSecrets: true }))).toEqual([
      'create object_storage_key linode-logs:audit:… (for destination audit)',
      'update destination audit',
      'delete object_storage_key linode-logs:audit:0123abcd (replaced by the new key of audit)',
    ]);
    // A key limited to another bucket, or not one of ours, is not the destination's managed key.
    // Ours goes once the destination writes with the new key; a hand-made one is never touched.
    for (const [other, deleted] of [
      [key(1, 'linode-logs:audit:0123abcd', 'other-bucket'), true],
      [key(1, 'hand-made'), false],
    ] as const) {
      const plan = planWithSetup(await desiredOf(config()), live([audit('AK1')]), setup([other]));
      expect(summary(plan)).toEqual([
        'create object_storage_key linode-logs:audit:… (for destination audit)',
        'update destination audit',
        ...(deleted ? ['delete object_storage_key linode-logs:audit:0123abcd (replaced by the new key of audit)'] : []),
      ]);
    }
  });
});

describe('managed keys no destination writes with any more', () => {
  const keys = [key(1, 'linode-logs:audit:0123abcd'), key(2, 'hand-made'), key(3, 'linode-logs:gone:deadbeef')];
  const setup = (over: Partial<LiveSetup> = {}): LiveSetup => ({ keys, clusters: [cluster(7, 'prod')], buckets: lockedBucket, destinationAccess: {}, ...over });
  const own = 'access_key_id: AK9\n      access_key_secret: ${KEY_SECRET}';
  const keyDeletes = (plan: Plan) => plan.changes.filter((c) => c.kind === 'object_storage_key' && c.action === 'delete');

  it('are deleted after the destination switched to keys of its own stops writing with them', async () => {
    const plan = planWithSetup(await desiredOf(config('', own)), live([audit('AK1')]), setup());
    expect(summary(plan)).toEqual(['update destination audit', 'delete object_storage_key linode-logs:audit:0123abcd (audit no longer uses a managed key)']);
    expect(keyDeletes(plan)).toEqual([expect.objectContaining({ id: 1, after: ['audit'] })]);
    // Without prune the keys are not read up front; the plan says when they must be (then read, and planned again).
    expect(setupNeeds(await desiredOf(config('', own)))).toMatchObject({ keys: false, keyCleanup: false });
    expect(mayLeaveKeys(planWithSetup(await desiredOf(config('', own)), live([audit('AK1')]), setup({ keys: undefined })), live([audit('AK1')]))).toBe(true);
    expect(
      mayLeaveKeys(
        planWithSetup(
          await desiredOf(config('', 'access_key_id: AK1\n      access_key_secret: ${KEY_SECRET}')),
          live([audit('AK1')]),
          setup({ keys: undefined }),
        ),
        live([audit('AK1')]),
      ),
    ).toBe(false);
  });

  it('are left while a live destination still writes with them: same key id in the file, or one not known in this run', async () => {
    expect(
      keyDeletes(planWithSetup(await desiredOf(config('', 'access_key_id: AK1\n      access_key_secret: ${KEY_SECRET}')), live([audit('AK1')]), setup())),
    ).toEqual([]);
    const unknown = await desiredOf(config('', 'access_key_id: ${KEY_ID}\n      access_key_secret: ${KEY_SECRET}'));
    expect(keyDeletes(planWithSetup(unknown, live([audit('AK1')]), setup()))).toEqual([]);
  });

  it("with prune: true, go after their pruned destination, as do keys whose destination is gone; others' keys stay", async () => {
    const text = config('', own).replace('version: 1', 'version: 1\nprune: true');
    const other = { ...audit('AK1'), id: 11, label: 'old-audit' };
    const keysOf = [key(1, 'linode-logs:old-audit:0123abcd'), key(2, 'hand-made'), key(3, 'linode-logs:gone:deadbeef'), key(4, 'linode-logs:audit:0123abcd')];
    const plan = planWithSetup(await desiredOf(text), live([audit('AK9'), other]), setup({ keys: keysOf }));
    expect(summary(plan)).toEqual([
      'delete destination old-audit',
      'delete object_storage_key linode-logs:audit:0123abcd (unused key of audit (its secret is lost))',
      'delete object_storage_key linode-logs:gone:deadbeef (no destination uses it (prune: true))',
      'delete object_storage_key linode-logs:old-audit:0123abcd (its destination old-audit is pruned)',
    ]);
    expect(keyDeletes(plan).map((c) => [c.label, c.action === 'delete' ? c.after : undefined, c.note])).toEqual([
      ['linode-logs:audit:0123abcd', undefined, 'unused key of audit (its secret is lost)'],
      ['linode-logs:gone:deadbeef', undefined, 'no destination uses it (prune: true)'],
      ['linode-logs:old-audit:0123abcd', ['old-audit'], 'its destination old-audit is pruned'],
    ]);
    // Deletes come last, after the destination delete.
    expect(plan.changes.slice(-3).every((c) => c.kind === 'object_storage_key')).toBe(true);
    // Without prune the destination is unmanaged, and so is its key.
    const kept = planWithSetup(await desiredOf(config('', own)), live([audit('AK9'), other]), setup({ keys: keysOf }));
    expect(keyDeletes(kept).map((c) => c.label)).toEqual(['linode-logs:audit:0123abcd']);
  });

  it('are deleted after a replace of their destination by another type', async () => {
    const text = config('', own)
      .replace('type: akamai_object_storage', 'type: custom_https')
      .replace(
        /details:\n[\s\S]*?\nstreams:/,
        'details: { endpoint_url: https://siem.example.com, data_compression: gzip, authentication: { type: none } }\nstreams:',
      );
    const plan = planWithSetup(await desiredOf(text), live([audit('AK1')]), setup());
    expect(summary(plan)).toEqual([
      'replace destination audit',
      'update stream lke-audit',
      'delete object_storage_key linode-logs:audit:0123abcd (audit no longer uses a managed key)',
    ]);
    expect(keyDeletes(plan)[0]).toMatchObject({ after: ['audit'] });
  });

  it('when the token may not list keys: a warning for each destination that stops writing with its key', async () => {
    const unread = 'the token may not read Object Storage keys (it lacks the `object_storage:read_only` scope): add it';
    const plan = planWithSetup(await desiredOf(config('', own)), live([audit('AK1')]), setup({ keys: undefined, keysUnread: unread }));
    expect(keyDeletes(plan)).toEqual([]);
    expect(plan.checks?.filter((c) => c.check === 'old managed key deleted')).toEqual([
      {
        subject: 'destination audit',
        check: 'old managed key deleted',
        status: 'warn',
        detail: `${unread}. If it writes with a managed key (linode-logs:audit:…), that key stays after this plan: delete it by hand`,
      },
    ]);
    expect(
      planWithSetup(
        await desiredOf(config('', 'access_key_id: AK1\n      access_key_secret: ${KEY_SECRET}')),
        live([audit('AK1')]),
        setup({ keys: undefined, keysUnread: unread }),
      ).checks?.some((c) => c.status === 'warn'),
    ).toBe(false);
  });
});

describe('managed key labels', () => {
  it("fit the API's 50 characters, and long labels with one beginning never share a prefix", () => {
    const a = 'audit-logs-destination-primary-1';
    const b = 'audit-logs-destination-primary-2';
    expect(managedKeyPrefix('audit')).toBe('linode-logs:audit:');
    expect(managedKeyPrefix(a)).not.toBe(managedKeyPrefix(b));
    expect(managedKeyLabel('x'.repeat(255), 'deadbeef')).toHaveLength(48);
    expect(isManagedKeyOf({ label: managedKeyLabel(a, '0123abcd') }, a)).toBe(true);
    expect(isManagedKeyOf({ label: managedKeyLabel(a, '0123abcd') }, b)).toBe(false);
    expect(isManagedKeyOf({ label: 'linode-logs:audit:0123abcd-copy' }, 'audit')).toBe(false);
  });

  it('never deletes a key another live destination uses, whatever its label', async () => {
    const keys = [key(1, 'linode-logs:audit:0123abcd'), key(2, 'linode-logs:audit:deadbeef')];
    const other = { ...audit('AK2'), id: 11, label: 'other' };
    const plan = planWithSetup(await desiredOf(config()), live([audit('AK1'), other]), {
      keys,
      clusters: [cluster(7, 'prod')],
      buckets: lockedBucket,
      destinationAccess: {},
    });
    expect(summary(plan)).toEqual([]);
  });
});

describe('buckets', () => {
  const withBucket = (bucket: LiveSetup['buckets'][string]): LiveSetup => ({
    keys: [],
    clusters: [cluster(7, 'prod')],
    buckets: { 'logs-bucket': bucket },
    destinationAccess: {},
  });

  it('creates a missing bucket, raises a shorter retention, and leaves a matching one', async () => {
    expect(summary(planWithSetup(await desiredOf(config()), live(), withBucket({ kind: 'read', reach: 'missing' })))[0]).toBe('create bucket logs-bucket');
    const raise = planWithSetup(
      await desiredOf(config()),
      live(),
      withBucket({ kind: 'read', reach: 'exists', lock: { status: 'enabled', retention: { mode: 'COMPLIANCE', days: 7 } } }),
    );
    expect(raise.changes[0]).toMatchObject({
      action: 'update',
      kind: 'bucket',
      fields: [{ path: 'object_lock', before: { value: 'COMPLIANCE 7 days' }, after: { value: 'COMPLIANCE 30 days' } }],
    });
    expect(planWithSetup(await desiredOf(config()), live(), withBucket(lockedBucket['logs-bucket']!)).changes[0]).toMatchObject({
      action: 'noop',
      kind: 'bucket',
    });
  });

  it("keeps a retention already stricter than the file's, saying so: the check asks for at least the declared one", async () => {
    for (const retention of [
      { mode: 'COMPLIANCE', years: 1 },
      { mode: 'GOVERNANCE', days: 400 },
    ].map((r) => r as Retention)) {
      const file = retention.mode === 'GOVERNANCE' ? config().replace('mode: COMPLIANCE, days: 30', 'mode: GOVERNANCE, days: 10') : config();
      const plan = planWithSetup(await desiredOf(file), live(), withBucket({ kind: 'read', reach: 'exists', lock: { status: 'enabled', retention } }));
      const kept = `${describeRetention(retention)} is already at least the declared ${retention.mode === 'GOVERNANCE' ? 'GOVERNANCE 10 days' : 'COMPLIANCE 30 days'}`;
      expect(plan.changes[0]).toMatchObject({ kind: 'bucket', action: 'noop', note: expect.stringContaining(kept) });
      expect(plan.checks?.find((c) => c.check === 'Object Lock retention')).toMatchObject({
        status: 'pass',
        detail: expect.stringMatching(
          new RegExp(
            `^Object Lock on, default retention ${describeRetention(retention)}: at least the declared .* \\(kept; the action only ever raises a retention\\)$`,
          ),
        ),
      });
    }
  });

  it("raises a weaker mode to COMPLIANCE, keeping the bucket's longer period", async () => {
    const plan = planWithSetup(
      await desiredOf(config()),
      live(),
      withBucket({ kind: 'read', reach: 'exists', lock: { status: 'enabled', retention: { mode: 'GOVERNANCE', days: 400 } } }),
    );
    expect(plan.changes[0]).toMatchObject({
      kind: 'bucket',
      action: 'update',
      fields: [{ path: 'object_lock', before: { value: 'GOVERNANCE 400 days' }, after: { value: 'COMPLIANCE 400 days' } }],
    });
    expect(plan.checks?.find((c) => c.check === 'Object Lock retention')).toMatchObject({
      status: 'pending',
      detail: 'default retention raised to COMPLIANCE 400 days by this plan',
    });
  });

  it('refuses, saying what to do: no Object Lock, no access', async () => {
    expect(
      await problemsOf(async () =>
        planWithSetup(await desiredOf(config()), live(), withBucket({ kind: 'read', reach: 'exists', lock: { status: 'disabled' } })),
      ),
    ).toEqual([expect.stringMatching(/exists without Object Lock, and Object Lock can only be enabled when a bucket is created\. Declare a new bucket/)]);
    expect(await problemsOf(async () => planWithSetup(await desiredOf(config()), live(), withBucket({ kind: 'read', reach: 'forbidden' })))).toEqual([
      expect.stringMatching(/may not use it \(403\)/),
    ]);
  });

  it('does not compare a bucket whose credentials are not set in this run, and says so', async () => {
    const plan = planWithSetup(await desiredOf(config(), {}), live(), withBucket({ kind: 'unread', why: 's3_credentials not set in this run' }));
    expect(plan.changes.some((c) => c.kind === 'bucket')).toBe(false);
    expect(plan.uncompared).toEqual(['S3_ID', 'S3_SECRET']);
    expect(plan.checks?.find((c) => c.check === 'Object Lock retention')?.status).toBe('skipped');
  });
});

describe('LKE clusters', () => {
  const text = config('lke_clusters:\n  prod:\n    audit_logs: true\n');
  const setup = (clusters: LkeCluster[]): LiveSetup => ({ keys: [], clusters, buckets: lockedBucket, destinationAccess: {} });

  it('turns audit logs on before the stream that names the cluster by label', async () => {
    const plan = planWithSetup(await desiredOf(text), live(), setup([cluster(7, 'prod', 'enterprise', false)]));
    expect(summary(plan)).toEqual([
      'create object_storage_key linode-logs:audit:… (for destination audit)',
      'create destination audit',
      'update lke_cluster prod',
      'create stream lke-audit',
    ]);
    expect(plan.changes.find((c) => c.kind === 'stream')).toMatchObject({ desired: { details: { cluster_ids: [7] } } });
    expect(plan.checks?.find((c) => c.subject === 'stream lke-audit')).toMatchObject({ status: 'pending' });
  });

  it('refuses a cluster that is not LKE Enterprise, a missing one and an ambiguous label', async () => {
    expect(await problemsOf(async () => planWithSetup(await desiredOf(text), live(), setup([cluster(7, 'prod', 'standard', false)])))).toEqual([
      expect.stringMatching(/^LKE cluster "prod" \(#7\) is tier standard: Kubernetes API audit logs exist only on LKE Enterprise clusters/),
    ]);
    expect(await problemsOf(async () => planWithSetup(await desiredOf(text), live(), setup([cluster(8, 'dev')])))).toEqual([
      'streams.lke-audit.details.cluster_ids[0]: no LKE cluster labelled "prod" on the account (clusters: dev (#8))',
      'lke_clusters.prod: no LKE cluster labelled "prod" on the account (clusters: dev (#8))',
    ]);
    expect(await problemsOf(async () => planWithSetup(await desiredOf(text), live(), setup([cluster(7, 'prod'), cluster(9, 'prod')])))).toContain(
      'lke_clusters.prod: 2 LKE clusters are labelled "prod" (ids 7, 9); name the one you mean by id',
    );
  });

  it('fails the check of a stream whose cluster has audit logs off and is not under lke_clusters', async () => {
    const plan = planWithSetup(await desiredOf(config()), live(), setup([cluster(7, 'prod', 'enterprise', false)]));
    expect(failedChecks(plan)).toEqual([
      {
        subject: 'stream lke-audit',
        check: 'LKE clusters with audit logs',
        status: 'fail',
        detail: 'prod (#7) has audit logs off: add it under lke_clusters: with audit_logs: true',
      },
    ]);
  });
});

describe('LKE clusters named by id only (no lke_clusters:)', () => {
  const text = config()
    .replace(/buckets:[\s\S]*?destinations:/, 'destinations:')
    .replace('access_key: managed', 'access_key_id: AK1\n      access_key_secret: ${KEY_SECRET}')
    .replace('[prod]', '[7]');
  const plan = async (setup: Partial<LiveSetup>) => planWithSetup(await desiredOf(text), live(), { buckets: {}, destinationAccess: {}, ...setup });
  const clusterCheck = (p: Plan) => p.checks?.find((c) => c.check === 'LKE clusters with audit logs');

  it('need the clusters read, for the check only', async () => {
    expect(setupNeeds(await desiredOf(text))).toEqual({ keys: false, keyCleanup: false, clusters: false, clusterCheck: true, buckets: false });
    const everyCluster = text.replace('details: { cluster_ids: [7] }', 'details: { is_auto_add_all_clusters_enabled: true }');
    expect(setupNeeds(await desiredOf(everyCluster)).clusterCheck).toBe(false);
  });

  it('pass when each exists, is LKE Enterprise and has audit logs on', async () => {
    expect(clusterCheck(await plan({ clusters: [cluster(7, 'prod')] }))).toMatchObject({ status: 'pass', detail: 'prod (#7): audit logs on' });
  });

  it('fail, saying why, for a standard cluster, a missing one, and audit logs off', async () => {
    expect(clusterCheck(await plan({ clusters: [cluster(7, 'prod', 'standard', false)] }))).toMatchObject({
      status: 'fail',
      detail: 'prod (#7) is tier standard: Kubernetes API audit logs exist only on LKE Enterprise clusters',
    });
    expect(clusterCheck(await plan({ clusters: [cluster(8, 'dev')] }))).toMatchObject({
      status: 'fail',
      detail: 'no LKE cluster #7 on the account (clusters: dev (#8)): fix cluster_ids',
    });
    expect(clusterCheck(await plan({ clusters: [] }))?.detail).toBe('no LKE cluster #7 on the account (the account has none): fix cluster_ids');
    expect(clusterCheck(await plan({ clusters: [cluster(7, 'prod', 'enterprise', false)] }))?.status).toBe('fail');
  });

  it('are skipped, naming the scope to add, when the token may not read LKE', async () => {
    const why = 'the token may not read LKE clusters (it lacks the `lke:read_only` scope): add it';
    const result = await plan({ clustersUnread: why });
    expect(clusterCheck(result)).toMatchObject({ status: 'skipped', detail: why });
    expect(failedChecks(result)).toEqual([]);
  });
});

describe("the API's destination check (verify-destinations: true)", () => {
  const own = config('', 'access_key_id: AK1\n      access_key_secret: ${KEY_SECRET}');
  const verifyRow = (plan: Plan) => plan.checks?.find((c) => c.check === 'API destination check');
  const withVerified = (verified: LiveSetup['verified'], bucket = lockedBucket) => ({
    keys: [],
    clusters: [cluster(7, 'prod')],
    buckets: bucket,
    destinationAccess: {},
    verified,
  });

  it('shows what the API said at plan time: accepted, or refused (which fails the plan)', async () => {
    expect(
      verifyRow(planWithSetup(await desiredOf(own), live([audit('AK1')]), withVerified({ audit: { kind: 'accepted' } }), { verifyDestinations: true })),
    ).toEqual({
      subject: 'destination audit',
      check: 'API destination check',
      status: 'pass',
      detail: 'POST /monitor/streams/destinations/verify: accepted (a test object was written into the bucket)',
    });
    const refused = planWithSetup(await desiredOf(own), live([audit('AK1')]), withVerified({ audit: { kind: 'refused', reason: '400 An error occurred' } }), {
      verifyDestinations: true,
    });
    expect(failedChecks(refused)).toEqual([
      {
        subject: 'destination audit',
        check: 'API destination check',
        status: 'fail',
        detail: 'POST /monitor/streams/destinations/verify refused it: 400 An error occurred',
      },
    ]);
  });

  it('is skipped, saying why, when it could not be asked; pending when the bucket is created by this plan', async () => {
    const why = 'not verified: ${KEY_SECRET} not set in this run (as on pull requests from forks)';
    expect(
      verifyRow(planWithSetup(await desiredOf(own), live(), withVerified({ audit: { kind: 'unverified', why } }), { verifyDestinations: true })),
    ).toMatchObject({
      status: 'skipped',
      detail: `${why}; apply runs it before the create`,
    });
    const missing = withVerified(
      { audit: { kind: 'unverified', why: 'not verified: bucket logs-bucket does not exist yet', bucketMissing: true } },
      { 'logs-bucket': { kind: 'read', reach: 'missing' } },
    );
    expect(verifyRow(planWithSetup(await desiredOf(own), live(), missing, { verifyDestinations: true }))).toMatchObject({
      status: 'pending',
      detail: 'its bucket is created by this plan; apply runs it before the create',
    });
  });

  it('leaves a managed destination to apply, which checks each new key before using it', async () => {
    const keys = [key(1, 'linode-logs:audit:0123abcd')];
    const setup = { ...withVerified({}), keys };
    expect(verifyRow(planWithSetup(await desiredOf(config()), live([audit('AK1')]), setup, { verifyDestinations: true }))).toMatchObject({
      status: 'skipped',
      detail: "the managed key's secret is known only when it is made: apply runs POST /monitor/streams/destinations/verify before each rotation",
    });
    const rotating = await desiredOf(config().replace('access_key: managed', 'access_key: managed\n      path: v2'));
    expect(verifyRow(planWithSetup(rotating, live([audit('AK1')]), setup, { verifyDestinations: true }))).toMatchObject({ status: 'pending' });
  });
});

describe('a file without the setup sections', () => {
  it('plans exactly as the plain diff, with no checks', async () => {
    const text = config()
      .replace(/buckets:[\s\S]*?destinations:/, 'destinations:')
      .replace('access_key: managed', 'access_key_id: AK1\n      access_key_secret: ${KEY_SECRET}')
      .replace('type: lke_audit_logs', 'type: audit_logs')
      .replace('\n    details: { cluster_ids: [prod] }', '');
    const desired = await desiredOf(text);
    const state = live([audit('AK1')]);
    // The whole plan only adds each change's warnings (plan/warnings.ts).
    const whole = planWithSetup(desired, state, EMPTY_LIVE_SETUP);
    expect({ ...whole, changes: whole.changes.map(({ warnings: _, ...c }) => c) }).toEqual(diff(desired, state));
  });

  it("reads a bucket with the destination's key only when it is under buckets:, and says what checks the others", async () => {
    const text = config('', 'access_key_id: AK1\n      access_key_secret: ${KEY_SECRET}')
      .replace(/buckets:[\s\S]*?destinations:/, 'destinations:')
      .replace('[prod]', '[7]');
    const plan = planWithSetup(await desiredOf(text), live([audit('AK1')]), { buckets: {}, destinationAccess: {}, clusters: [cluster(7, 'prod')] });
    expect(plan.checks?.find((c) => c.check === 'bucket reachable with its key')).toEqual({
      subject: 'destination audit',
      check: 'bucket reachable with its key',
      status: 'skipped',
      detail:
        "bucket logs-bucket is not under buckets:, so its S3 endpoint is not known; declare it there to check, or set verify-destinations: true for the API's check",
    });
  });

  it("checks a destination's own key against a declared bucket, and a host in another region", async () => {
    const text = config('', 'access_key_id: AK1\n      access_key_secret: ${KEY_SECRET}').replace('[prod]', '[7]');
    const plan = planWithSetup(await desiredOf(text), live([audit('AK1')]), {
      buckets: lockedBucket,
      destinationAccess: { audit: { kind: 'read', reach: 'forbidden' } },
    });
    expect(plan.checks?.map((c) => `${c.status} ${c.check}`)).toEqual([
      'pass host matches bucket and region',
      'fail bucket reachable with its key',
      'pass Object Lock retention',
      'skipped LKE clusters with audit logs',
    ]);
  });
});

describe("the host check with Linode's endpoint listing", () => {
  const endpoints = [
    { region: 'us-iad', endpoint_type: 'E1' as const, s3_endpoint: 'us-iad-1.linodeobjects.com' },
    { region: 'in-bom-2', endpoint_type: 'E3' as const, s3_endpoint: 'in-bom-2.linodeobjects.com' },
  ];
  const hostCheck = async (region: string, host: string, declared = true, setup: Partial<LiveSetup> = { endpoints }) => {
    let text = config('', 'access_key: managed').replace('[prod]', '[7]').replace('region: us-iad', `region: ${region}`);
    text = text.replace('host: logs-bucket.us-iad-1.linodeobjects.com', `host: ${host}`);
    if (!declared)
      text = text
        .replace(/buckets:[\s\S]*?destinations:/, 'destinations:')
        .replace('access_key: managed', 'access_key_id: AK1\n      access_key_secret: ${KEY_SECRET}');
    const plan = planWithSetup(await desiredOf(text), live([]), { ...EMPTY_LIVE_SETUP, ...setup });
    const found = plan.checks?.find((c) => c.check === 'host matches bucket and region');
    return `${found?.status}: ${found?.detail}`;
  };

  it('passes a host at the listed endpoint of the declared region, naming it', async () => {
    expect(await hostCheck('in-bom-2', 'logs-bucket.in-bom-2.linodeobjects.com')).toBe(
      'pass: logs-bucket.in-bom-2.linodeobjects.com: bucket logs-bucket in in-bom-2, endpoint in-bom-2.linodeobjects.com',
    );
  });

  it("fails a host at another region's endpoint, naming the right one", async () => {
    expect(await hostCheck('in-bom-2', 'logs-bucket.us-iad-1.linodeobjects.com')).toBe(
      'fail: host is logs-bucket.us-iad-1.linodeobjects.com; bucket logs-bucket is in in-bom-2, whose endpoint is in-bom-2.linodeobjects.com: use logs-bucket.in-bom-2.linodeobjects.com',
    );
  });

  it('finds the region of an undeclared bucket by the endpoint its host is under', async () => {
    expect(await hostCheck('us-iad', 'logs-bucket.in-bom-2.linodeobjects.com', false)).toBe(
      'pass: logs-bucket.in-bom-2.linodeobjects.com: bucket logs-bucket in in-bom-2, endpoint in-bom-2.linodeobjects.com',
    );
  });

  it('falls back to <region>-1 when the listing was not read', async () => {
    expect(await hostCheck('in-bom-2', 'logs-bucket.in-bom-2.linodeobjects.com', true, { endpointsUnread: 'no scope' })).toBe(
      'fail: host is logs-bucket.in-bom-2.linodeobjects.com; bucket logs-bucket is in in-bom-2: use logs-bucket.in-bom-2-1.linodeobjects.com',
    );
  });
});
