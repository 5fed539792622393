import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/load.js';
import { exportConfig } from '../../src/export/config-file.js';
import type { LiveDestination, LiveState, LiveStream } from '../../src/linode/types.js';
import { diff } from '../../src/plan/diff.js';

const AUDIT = { created: '2025-01-01T00:00:00', created_by: 'me', updated: '2025-01-01T00:00:00', updated_by: 'me', version: 1 };
const SOURCE = { apiUrl: 'https://api.linode.com', apiVersion: 'v4', at: new Date('2025-06-01T12:00:00Z') };

function bucketDestination(id: number, label: string): LiveDestination {
  return {
    ...AUDIT,
    id,
    label,
    type: 'akamai_object_storage',
    details: { bucket_name: 'logs', host: 'logs.us-iad-1.linodeobjects.com', path: '', access_key_id: 'KEYID' },
  };
}

function stream(id: number, label: string, destination: LiveDestination, extra: Partial<LiveStream> = {}): LiveStream {
  return { ...AUDIT, id, label, type: 'audit_logs', status: 'active', destinations: [destination], details: null, ...extra };
}

describe('exportConfig', () => {
  it('quotes labels that are not plain YAML keys and keeps them as they are', () => {
    const labels = ['yes', '123', 'a: b', '#tag', '__proto__'];
    const live: LiveState = { destinations: labels.map((label, i) => bucketDestination(i + 1, label)), streams: [] };
    const { text } = exportConfig(live, SOURCE);
    // Sorted: a JS object lists integer-like keys first.
    expect(Object.keys(parse(text).destinations).sort()).toEqual([...labels].sort());
    expect(text).toContain('"123":');
  });

  it('names a reference away from the runner and the action variables, and never twice', () => {
    const live: LiveState = { destinations: [bucketDestination(1, 'github'), bucketDestination(2, 'a-b'), bucketDestination(3, 'a_b')], streams: [] };
    const { references } = exportConfig(live, SOURCE);
    expect(references.map((r) => r.name)).toEqual(['LINODE_GITHUB_ACCESS_KEY_SECRET', 'A_B_ACCESS_KEY_SECRET', 'A_B_ACCESS_KEY_SECRET_2']);
  });

  it('says what was exported from where and when, and drops what the API uses for "not set"', () => {
    const { text } = exportConfig({ destinations: [bucketDestination(1, 'audit')], streams: [] }, SOURCE);
    expect(text.split('\n')[0]).toBe('# Exported by linode-logs export from https://api.linode.com (v4) on 2025-06-01T12:00:00.000Z:');
    expect(parse(text).destinations.audit.details).not.toHaveProperty('path');
  });

  it('gives a file that validates and plans to no changes against the account it came from', async () => {
    const destination = bucketDestination(1, 'audit');
    const live: LiveState = {
      destinations: [destination],
      streams: [
        stream(10, 'audit-stream', destination, { status: 'provisioning' }),
        stream(11, 'lke', destination, { type: 'lke_audit_logs', details: { cluster_ids: [7, 3], is_auto_add_all_clusters_enabled: false } }),
        stream(12, 'lke-2', destination, { type: 'lke_audit_logs', status: 'deactivating', details: { is_auto_add_all_clusters_enabled: true } }),
      ],
    };
    const { text } = exportConfig(live, SOURCE);
    const loaded = await loadConfig(text, 'exported.yml', {});
    expect(loaded.desired.streamQuota).toBe(2);
    const plan = diff(loaded.desired, live);
    expect(plan.changes.filter((c) => c.action !== 'noop')).toEqual([]);
  });
});
