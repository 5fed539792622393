import type { DesiredState, EnvRef } from '../src/config/types.js';
import type { LiveDestination, LiveState, LiveStream } from '../src/linode/types.js';

export const env = (name: string, value: string | undefined, secret = true): EnvRef => ({ kind: 'env', name, value, secret });

/** The contract example as the loader produces it, with secrets set. */
export function exampleDesired(overrides: Partial<DesiredState> = {}): DesiredState {
  return {
    prune: false,
    streamQuota: 1,
    destinations: [
      {
        label: 'audit-bucket',
        type: 'akamai_object_storage',
        details: {
          bucket_name: 'my-audit-logs-bucket',
          host: 'my-audit-logs-bucket.us-iad-1.linodeobjects.com',
          path: 'ds-logs',
          access_key_id: env('AUDIT_LOGS_KEY_ID', 'KEYID0001', false),
          access_key_secret: env('AUDIT_LOGS_KEY_SECRET', 'secret-0001'),
        },
      },
      {
        label: 'siem',
        type: 'custom_https',
        details: {
          endpoint_url: 'https://siem.example.com/ingest',
          data_compression: 'gzip',
          content_type: 'application/json',
          authentication: {
            type: 'basic',
            details: { basic_authentication_user: 'linode', basic_authentication_password: env('SIEM_PASSWORD', 'pw') },
          },
          custom_headers: [{ name: 'X-Tenant', value: env('SIEM_TENANT_TOKEN', 'tenant') }],
        },
      },
    ],
    streams: [
      { label: 'linode-audit', type: 'audit_logs', destination: 'audit-bucket', status: 'active' },
      {
        label: 'lke-audit',
        type: 'lke_audit_logs',
        destination: 'siem',
        status: 'active',
        details: { cluster_ids: [12345], is_auto_add_all_clusters_enabled: false },
      },
    ],
    ...overrides,
  };
}

const audit = { created: '2026-11-01T10:00:00', created_by: 'alice', updated: '2026-11-01T10:00:00', updated_by: 'alice' };

export function liveDestination(partial: Partial<LiveDestination> & Pick<LiveDestination, 'id' | 'label' | 'type' | 'details'>): LiveDestination {
  return { version: 1, ...audit, ...partial };
}

export function liveStream(partial: Partial<LiveStream> & Pick<LiveStream, 'id' | 'label' | 'type' | 'destinations'>): LiveStream {
  return { version: 1, status: 'active', details: null, ...audit, ...partial };
}

/** The account after the example was applied: what the API returns (secrets stripped, defaults filled). */
export function exampleLive(): LiveState {
  const bucket = liveDestination({
    id: 1000,
    label: 'audit-bucket',
    type: 'akamai_object_storage',
    details: { bucket_name: 'my-audit-logs-bucket', host: 'my-audit-logs-bucket.us-iad-1.linodeobjects.com', path: 'ds-logs', access_key_id: 'KEYID0001' },
  });
  const siem = liveDestination({
    id: 1001,
    label: 'siem',
    type: 'custom_https',
    details: {
      endpoint_url: 'https://siem.example.com/ingest',
      data_compression: 'gzip',
      content_type: 'application/json',
      authentication: { type: 'basic', details: { basic_authentication_user: 'linode' } },
      custom_headers: [{ name: 'X-Tenant' }],
      client_certificate_details: null,
    },
  });
  return {
    destinations: [bucket, siem],
    streams: [
      liveStream({ id: 2000, label: 'linode-audit', type: 'audit_logs', destinations: [bucket] }),
      liveStream({
        id: 2001,
        label: 'lke-audit',
        type: 'lke_audit_logs',
        destinations: [siem],
        details: { cluster_ids: [12345], is_auto_add_all_clusters_enabled: false },
      }),
    ],
  };
}
