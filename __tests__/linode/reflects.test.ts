import { describe, expect, it } from 'vitest';
import { destinationReflects, streamReflects } from '../../src/linode/reflects.js';
import { streamStatusMayBe } from '../../src/linode/rules.js';
import type { LiveDestination, LiveStream } from '../../src/linode/types.js';

const audit = { created: '2025-01-01T00:00:00', created_by: 'ci', updated: '2025-01-01T00:00:00', updated_by: 'ci' };

function liveDestination(details: LiveDestination['details'], label = 'siem'): LiveDestination {
  return { id: 3, label, type: 'custom_https', details, version: 2, ...audit };
}

function liveStream(overrides: Partial<LiveStream> = {}): LiveStream {
  return {
    id: 5,
    label: 'lke',
    type: 'lke_audit_logs',
    status: 'active',
    destinations: [liveDestination({})],
    details: { cluster_ids: [2, 1] },
    version: 2,
    ...audit,
    ...overrides,
  };
}

describe('streamStatusMayBe', () => {
  it('lets provisioning match either status, deactivating only inactive, settled ones themselves', () => {
    expect(streamStatusMayBe('provisioning', 'active')).toBe(true);
    expect(streamStatusMayBe('provisioning', 'inactive')).toBe(true);
    expect(streamStatusMayBe('deactivating', 'inactive')).toBe(true);
    expect(streamStatusMayBe('deactivating', 'active')).toBe(false);
    expect(streamStatusMayBe('active', 'inactive')).toBe(false);
    expect(streamStatusMayBe('inactive', 'inactive')).toBe(true);
  });
});

describe('streamReflects', () => {
  const body = { label: 'lke', status: 'inactive' as const, destinations: [3], details: { cluster_ids: [1, 2], is_auto_add_all_clusters_enabled: false } };

  it('matches label, destination, status on its way and details (cluster order and a false default aside)', () => {
    expect(streamReflects(body, liveStream({ status: 'deactivating' }))).toBe(true);
    expect(streamReflects(body, liveStream({ status: 'provisioning' }))).toBe(true);
  });

  it('does not match when any sent field differs', () => {
    expect(streamReflects(body, liveStream({ status: 'active' }))).toBe(false);
    expect(streamReflects(body, liveStream({ status: 'inactive', label: 'other' }))).toBe(false);
    expect(streamReflects(body, liveStream({ status: 'inactive', destinations: [{ ...liveDestination({}), id: 4 }] }))).toBe(false);
    expect(streamReflects(body, liveStream({ status: 'inactive', details: { cluster_ids: [1] } }))).toBe(false);
    expect(streamReflects(body, liveStream({ status: 'inactive', details: { cluster_ids: [1, 2], is_auto_add_all_clusters_enabled: true } }))).toBe(false);
  });
});

describe('destinationReflects', () => {
  const body = {
    label: 'siem',
    details: {
      endpoint_url: 'https://siem.example.com',
      authentication: { type: 'basic', details: { basic_authentication_user: 'u', basic_authentication_password: 'pw' } },
      custom_headers: [{ name: 'X-Tenant', value: 'tenant' }],
    },
  };

  it('skips the write-only secrets the API never returns', () => {
    const returned = {
      endpoint_url: 'https://siem.example.com',
      authentication: { type: 'basic', details: { basic_authentication_user: 'u' } },
      custom_headers: [{ name: 'X-Tenant' }],
      content_type: 'application/json',
    };
    expect(destinationReflects(body, liveDestination(returned))).toBe(true);
  });

  it('does not match a differing visible field, label or header list', () => {
    const base = {
      endpoint_url: 'https://siem.example.com',
      authentication: { type: 'basic', details: { basic_authentication_user: 'u' } },
      custom_headers: [{ name: 'X-Tenant' }],
    };
    expect(destinationReflects(body, liveDestination({ ...base, endpoint_url: 'https://old.example.com' }))).toBe(false);
    expect(destinationReflects(body, liveDestination(base, 'old'))).toBe(false);
    expect(destinationReflects(body, liveDestination({ ...base, custom_headers: [] }))).toBe(false);
    expect(destinationReflects(body, liveDestination({ ...base, authentication: { type: 'none' } }))).toBe(false);
  });
});
