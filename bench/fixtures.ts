/**
 * Synthetic accounts for the bench: a config file of `pairs` destinations and `pairs` streams
 * (each stream on its own destination), and the live state that matches it, so a plan has
 * nothing to change. Half the destinations are Object Storage buckets, half HTTPS endpoints;
 * half the streams are `audit_logs`, half `lke_audit_logs`; every secret is a `${NAME}`
 * reference, as in a real file. And the account examples/linode-logs.yml describes, with as many
 * unmanaged destinations beside it as a scenario asks for.
 */
import type { SeedDestination, SeedLkeCluster, SeedState, SeedStream } from '../emulator/types.js';

/** The secrets the config references, passed to the action's environment. */
export const BENCH_SECRETS: Record<string, string> = {
  BENCH_KEY_ID: 'BENCHKEYID0123456789',
  BENCH_KEY_SECRET: 'bench-secret-key-0123456789abcdef',
  BENCH_SIEM_PASSWORD: 'bench-siem-password',
  BENCH_TENANT_TOKEN: 'bench-tenant-token',
};

const FIRST_DESTINATION_ID = 100_000;
const FIRST_STREAM_ID = 500_000;

const pad = (i: number): string => String(i).padStart(5, '0');
const destinationLabel = (i: number): string => `bench-destination-${pad(i)}`;
const streamLabel = (i: number): string => `bench-stream-${pad(i)}`;
const bucket = (i: number): string => `bench-audit-logs-${pad(i)}`;
const isBucket = (i: number): boolean => i % 2 === 0;
const isLke = (i: number): boolean => i % 2 === 1;

/** Per type, how many streams the file declares (its `stream_quota` must allow them). */
export function streamsPerType(pairs: number): number {
  return Math.ceil(pairs / 2);
}

/** The config file, as YAML text. */
export function configYaml(pairs: number): string {
  const lines = ['version: 1', 'prune: false', `stream_quota: ${Math.max(1, streamsPerType(pairs))}`, 'destinations:'];
  if (pairs === 0) lines[lines.length - 1] = 'destinations: {}';
  for (let i = 0; i < pairs; i++) {
    lines.push(`  ${destinationLabel(i)}:`);
    if (isBucket(i)) {
      lines.push(
        '    type: akamai_object_storage',
        '    details:',
        `      bucket_name: ${bucket(i)}`,
        `      host: ${bucket(i)}.us-iad-1.linodeobjects.com`,
        '      path: audit',
        '      access_key_id: ${BENCH_KEY_ID}',
        '      access_key_secret: ${BENCH_KEY_SECRET}',
      );
    } else {
      lines.push(
        '    type: custom_https',
        '    details:',
        `      endpoint_url: https://siem.example.com/ingest/${pad(i)}`,
        '      data_compression: gzip',
        '      content_type: application/json',
        '      authentication:',
        '        type: basic',
        '        details:',
        '          basic_authentication_user: linode',
        '          basic_authentication_password: ${BENCH_SIEM_PASSWORD}',
        '      custom_headers:',
        '        - name: X-Tenant',
        '          value: ${BENCH_TENANT_TOKEN}',
      );
    }
  }
  lines.push(pairs === 0 ? 'streams: {}' : 'streams:');
  for (let i = 0; i < pairs; i++) {
    lines.push(
      `  ${streamLabel(i)}:`,
      `    type: ${isLke(i) ? 'lke_audit_logs' : 'audit_logs'}`,
      `    destination: ${destinationLabel(i)}`,
      '    status: active',
    );
    if (isLke(i)) lines.push('    details:', `      cluster_ids: [${10_000 + i}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** How many `lke_audit_logs` streams (each naming its own cluster by id) the file declares. */
export function lkeStreams(pairs: number): number {
  return Math.floor(pairs / 2);
}

/**
 * The LKE clusters the file's `lke_audit_logs` streams name, by id: LKE Enterprise with audit logs
 * on, so the plan's cluster check passes (the plan reads them whenever a stream names clusters).
 */
export function clusterSeeds(pairs: number): SeedLkeCluster[] {
  const clusters: SeedLkeCluster[] = [];
  for (let i = 0; i < pairs; i++) {
    if (isLke(i))
      clusters.push({ id: 10_000 + i, label: `bench-cluster-${pad(i)}`, region: 'us-iad', tier: 'enterprise', control_plane: { audit_logs_enabled: true } });
  }
  return clusters;
}

/** Destination `i` of the synthetic account, as the API stores it (secrets included). */
function seedDestination(i: number): SeedDestination {
  const id = FIRST_DESTINATION_ID + i;
  return isBucket(i)
    ? {
        id,
        label: destinationLabel(i),
        type: 'akamai_object_storage',
        details: {
          bucket_name: bucket(i),
          host: `${bucket(i)}.us-iad-1.linodeobjects.com`,
          path: 'audit',
          access_key_id: BENCH_SECRETS.BENCH_KEY_ID!,
          access_key_secret: BENCH_SECRETS.BENCH_KEY_SECRET!,
        },
      }
    : {
        id,
        label: destinationLabel(i),
        type: 'custom_https',
        details: {
          endpoint_url: `https://siem.example.com/ingest/${pad(i)}`,
          data_compression: 'gzip',
          content_type: 'application/json',
          authentication: {
            type: 'basic',
            details: { basic_authentication_user: 'linode', basic_authentication_password: BENCH_SECRETS.BENCH_SIEM_PASSWORD! },
          },
          custom_headers: [{ name: 'X-Tenant', value: BENCH_SECRETS.BENCH_TENANT_TOKEN! }],
        },
      };
}

/** The live account that matches {@link configYaml}: secrets as the API stores them, and the clusters the streams name. */
export function matchingSeed(pairs: number): SeedState {
  const destinations: SeedDestination[] = [];
  const streams: SeedStream[] = [];
  for (let i = 0; i < pairs; i++) {
    destinations.push(seedDestination(i));
    streams.push({
      id: FIRST_STREAM_ID + i,
      label: streamLabel(i),
      type: isLke(i) ? 'lke_audit_logs' : 'audit_logs',
      status: 'active',
      destinations: [FIRST_DESTINATION_ID + i],
      ...(isLke(i) ? { details: { cluster_ids: [10_000 + i] } } : {}),
    });
  }
  return { destinations, streams, lkeClusters: clusterSeeds(pairs) };
}

/** The values of the `${NAME}` references in examples/linode-logs.yml, for the action's environment. */
export const EXAMPLE_SECRETS: Record<string, string> = {
  AUDIT_LOGS_KEY_ID: 'EXAMPLEKEYID01234567',
  AUDIT_LOGS_KEY_SECRET: 'example-secret-key-0123456789abcdef',
  SIEM_PASSWORD: 'example-siem-password',
  SIEM_TENANT_TOKEN: 'example-tenant-token',
};

/** The LKE cluster the example's `lke-audit` stream names: Enterprise, audit logs on. */
export const EXAMPLE_CLUSTER: SeedLkeCluster = {
  id: 12345,
  label: 'prod-eu',
  region: 'eu-central',
  tier: 'enterprise',
  control_plane: { audit_logs_enabled: true },
};

/**
 * An account holding what examples/linode-logs.yml declares (its 2 destinations and 2 streams,
 * unchanged, and the cluster it names) and `unmanaged` more destinations the file does not name
 * (not a change: the example has `prune: false`). Two streams, one of each type: the API's
 * default quota. The bench checks that the plan finds nothing to change, so a change to the
 * example shows up as an error here, not as a silently different scenario.
 */
/**
 * For `check` with `max-delivery-age`: the example's destination key (limited to its bucket) and
 * the bucket, into which the emulator then delivers the audit-logs stream's logs.
 */
export function exampleDeliverySeed(): SeedState {
  return {
    objectStorageKeys: [
      {
        label: 'audit-logs-writer',
        access_key: EXAMPLE_SECRETS.AUDIT_LOGS_KEY_ID!,
        secret_key: EXAMPLE_SECRETS.AUDIT_LOGS_KEY_SECRET!,
        regions: [],
        bucket_access: [{ region: 'us-iad', bucket_name: 'my-audit-logs-bucket', permissions: 'read_write' }],
      },
    ],
    buckets: [{ name: 'my-audit-logs-bucket', region: 'us-iad' }],
  };
}

export function exampleAccountSeed(unmanaged: number): SeedState {
  const auditBucket = 10;
  const siem = 11;
  const destinations: SeedDestination[] = [
    {
      id: auditBucket,
      label: 'audit-bucket',
      type: 'akamai_object_storage',
      details: {
        bucket_name: 'my-audit-logs-bucket',
        host: 'my-audit-logs-bucket.us-iad-1.linodeobjects.com',
        path: 'ds-logs',
        access_key_id: EXAMPLE_SECRETS.AUDIT_LOGS_KEY_ID!,
        access_key_secret: EXAMPLE_SECRETS.AUDIT_LOGS_KEY_SECRET!,
      },
    },
    {
      id: siem,
      label: 'siem',
      type: 'custom_https',
      details: {
        endpoint_url: 'https://siem.example.com/ingest',
        data_compression: 'gzip',
        content_type: 'application/json',
        authentication: { type: 'basic', details: { basic_authentication_user: 'linode', basic_authentication_password: EXAMPLE_SECRETS.SIEM_PASSWORD! } },
        custom_headers: [{ name: 'X-Tenant', value: EXAMPLE_SECRETS.SIEM_TENANT_TOKEN! }],
      },
    },
  ];
  for (let i = 0; i < unmanaged; i++) destinations.push(seedDestination(i));
  const streams: SeedStream[] = [
    { id: 20, label: 'linode-audit', type: 'audit_logs', status: 'active', destinations: [auditBucket] },
    {
      id: 21,
      label: 'lke-audit',
      type: 'lke_audit_logs',
      status: 'active',
      destinations: [siem],
      details: { cluster_ids: [12345], is_auto_add_all_clusters_enabled: false },
    },
  ];
  return { destinations, streams, lkeClusters: [EXAMPLE_CLUSTER] };
}
