import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { errorsOf } from './fixture.js';

const FULL = `version: 1
buckets:
  audit-logs-locked:
    region: us-iad
    object_lock: { mode: COMPLIANCE, days: 365 }
    s3_credentials:
      access_key_id: \${S3_KEY_ID}
      secret_access_key: \${S3_SECRET}
lke_clusters:
  prod-eu:
    audit_logs: true
  "4001":
    audit_logs: true
destinations:
  audit-bucket:
    type: akamai_object_storage
    details:
      bucket_name: audit-logs-locked
      host: audit-logs-locked.us-iad-1.linodeobjects.com
      access_key: managed
streams:
  lke-audit:
    type: lke_audit_logs
    destination: audit-bucket
    details:
      cluster_ids: [prod-eu, 4001]
`;

describe('the setup sections of the config', () => {
  it('accepts a declared bucket at an endpoint that is not <region>-1 (a region id ending in digits): the pre-flight check judges it', async () => {
    const text = FULL.replaceAll('us-iad', 'in-bom-2').replace(
      'audit-logs-locked.in-bom-2-1.linodeobjects.com',
      'audit-logs-locked.in-bom-2.linodeobjects.com',
    );
    expect(text).toContain('host: audit-logs-locked.in-bom-2.linodeobjects.com');
    const { desired } = await loadConfig(text, 'f.yml', { S3_KEY_ID: 'AK', S3_SECRET: 'SK' });
    expect(desired.buckets?.[0]?.region).toBe('in-bom-2');
  });

  it('loads buckets, managed keys, LKE clusters and cluster labels into the desired state', async () => {
    const { desired, envRefs } = await loadConfig(FULL, 'f.yml', { S3_KEY_ID: 'AK', S3_SECRET: 'SK' });
    expect(desired.buckets).toEqual([
      {
        name: 'audit-logs-locked',
        region: 'us-iad',
        objectLock: { mode: 'COMPLIANCE', days: 365 },
        credentials: {
          accessKeyId: { kind: 'env', name: 'S3_KEY_ID', value: 'AK', secret: true },
          secretAccessKey: { kind: 'env', name: 'S3_SECRET', value: 'SK', secret: true },
        },
      },
    ]);
    expect(desired.lkeClusters).toEqual([
      { ref: 'prod-eu', auditLogs: true },
      { ref: 4001, auditLogs: true },
    ]);
    const destination = desired.destinations[0]!;
    expect(destination.managedKey).toEqual({ bucket: 'audit-logs-locked', region: 'us-iad' });
    expect(destination.details).toEqual({
      bucket_name: 'audit-logs-locked',
      host: 'audit-logs-locked.us-iad-1.linodeobjects.com',
      access_key_id: { kind: 'managed-key', part: 'access_key_id' },
      access_key_secret: { kind: 'managed-key', part: 'secret_key' },
    });
    expect(desired.streams[0]!.clusterRefs).toEqual(['prod-eu', 4001]);
    expect(envRefs.map((r) => r.name)).toEqual(['S3_KEY_ID', 'S3_SECRET']);
  });

  it('keeps numeric cluster_ids as they were, and files without the sections unchanged', async () => {
    const { desired } = await loadConfig(
      FULL.replace('[prod-eu, 4001]', '[4001]')
        .replace(/buckets:[\s\S]*?destinations:/, 'destinations:')
        .replace('access_key: managed', 'access_key_id: AK\n      access_key_secret: ${K}'),
      'f.yml',
      {},
    );
    expect(desired.streams[0]!.details).toEqual({ cluster_ids: [4001] });
    expect(desired.streams[0]!.clusterRefs).toBeUndefined();
    expect(desired.buckets).toBeUndefined();
    expect(desired.lkeClusters).toBeUndefined();
    expect(desired.destinations[0]!.managedKey).toBeUndefined();
  });

  it('reports every setup mistake with file:line:col', async () => {
    const bad = `version: 1
buckets:
  Bad_Bucket:
    region: us-iad
    s3_credentials: { access_key_id: "\${A}", secret_access_key: literal-secret }
  good-bucket:
    region: useast
    endpoint: http://s3.example.com/{region}
    object_lock: { mode: COMPLIANCE, days: 1, years: 1 }
    s3_credentials: { access_key_id: "\${A}", secret_access_key: "\${B}" }
  other-bucket:
    region: us-iad
    endpoint: http://s3.example.com/{region}
    object_lock: { mode: FOREVER }
    s3_credentials: { access_key_id: "\${A}", secret_access_key: "\${B}" }
lke_clusters:
  prod:
    audit_logs: false
destinations:
  d1:
    type: akamai_object_storage
    details:
      bucket_name: other-bucket
      host: other-bucket.s3.eu-west-1.amazonaws.com
      access_key: managed
      access_key_id: AK
  d2:
    type: akamai_object_storage
    details:
      bucket_name: bkt3
      host: bkt3.example.com
      access_key: managed
  d3:
    type: akamai_object_storage
    details:
      bucket_name: bkt4
      host: bkt4.us-iad-1.linodeobjects.com
      access_key_id: AK
  d4:
    type: akamai_object_storage
    details:
      bucket_name: bkt5
      host: bkt5.us-iad-1.linodeobjects.com
      access_key: unmanaged
streams:
  st1:
    type: lke_audit_logs
    destination: d1
    details: { cluster_ids: [0, "\${X}", prod] }
`;
    const lines = (await errorsOf(bad, 'f.yml')).errors.map((e) => e.toString());
    expect(lines).toEqual([
      'f.yml:3:3: buckets.Bad_Bucket: invalid bucket name "Bad_Bucket": Bucket name must start and end with a lowercase letter or number. Bucket name must contain only lowercase letters, numbers, periods (.), and hyphens (-). Adjacent periods and hyphens are not allowed.',
      expect.stringMatching(
        /^f\.yml:5:65: buckets\.Bad_Bucket\.s3_credentials\.secret_access_key: secrets must not be committed .*\$\{BAD_BUCKET_S3_SECRET_ACCESS_KEY\}/,
      ),
      'f.yml:7:13: buckets.good-bucket.region: "useast" is not a Linode region id (like us-iad)',
      expect.stringMatching(
        /^f\.yml:8:5: buckets\.good-bucket\.endpoint: "endpoint" is not read from the file: the S3 endpoint receives the bucket's credentials, so only the workflow sets it \(the action's s3-endpoint input/,
      ),
      'f.yml:9:5: buckets.good-bucket.object_lock: give exactly one of days and years',
      expect.stringMatching(/^f\.yml:13:5: buckets\.other-bucket\.endpoint: "endpoint" is not read from the file/),
      'f.yml:14:26: buckets.other-bucket.object_lock.mode: must be one of COMPLIANCE, GOVERNANCE (got "FOREVER")',
      expect.stringMatching(/^f\.yml:18:17: lke_clusters\.prod\.audit_logs: must be true/),
      'f.yml:24:13: destinations.d1.details.host: bucket "other-bucket" is declared under buckets: (Linode Object Storage, us-iad), but the host is not under linodeobjects.com: use other-bucket.us-iad-1.linodeobjects.com or the bucket\'s host at another endpoint of us-iad',
      expect.stringMatching(/^f\.yml:26:22: destinations\.d1\.details\.access_key_id: leave out access_key_id with access_key: managed/),
      expect.stringMatching(
        /^f\.yml:32:19: destinations\.d2\.details\.access_key: a managed key needs the bucket's region: declare bucket "bkt3" under buckets:/,
      ),
      'f.yml:35:5: destinations.d3.details: missing access_key_secret: give access_key_id and access_key_secret, or access_key: managed',
      'f.yml:44:19: destinations.d4.details.access_key: must be one of managed (got "unmanaged")',
      'f.yml:49:30: streams.st1.details.cluster_ids[0]: must be an id (a positive integer) or a label (got 0)',
      'f.yml:49:33: streams.st1.details.cluster_ids[1]: ${...} references are allowed only in credential fields (key ids, user names, secrets, certificates): write the value itself here',
    ]);
    expect(lines.join('\n')).not.toContain('literal-secret');
  });
});
