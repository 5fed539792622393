import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/load.js';
import { exportConfig } from '../../src/export/config-file.js';
import type { LkeCluster } from '../../src/linode/account-types.js';
import type { LiveDestination, LiveState, LiveStream } from '../../src/linode/types.js';
import { diff } from '../../src/plan/diff.js';
import { EMPTY_LIVE_SETUP } from '../../src/plan/live-setup.js';
import { planWithSetup } from '../../src/plan/setup.js';

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

  it('writes lke_clusters for the clusters the streams name with audit logs on, by label, and re-plans to no changes', async () => {
    const destination = bucketDestination(1, 'audit');
    const live: LiveState = {
      destinations: [destination],
      streams: [
        stream(11, 'lke', destination, { type: 'lke_audit_logs', details: { cluster_ids: [7, 3], is_auto_add_all_clusters_enabled: false } }),
        stream(12, 'lke-2', destination, { type: 'lke_audit_logs', details: { cluster_ids: [3, 9] } }),
      ],
    };
    const clusters = [cluster(3, 'prod-eu'), cluster(7, 'prod-us'), cluster(9, 'edge'), cluster(20, 'not-named')];
    const { text, clusterNotes } = exportConfig(live, SOURCE, clusters);
    const config = parse(text);
    expect(config.lke_clusters).toEqual({ 'prod-eu': { audit_logs: true }, 'prod-us': { audit_logs: true }, edge: { audit_logs: true } });
    expect(Object.keys(config)).toEqual(['version', 'prune', 'stream_quota', 'lke_clusters', 'destinations', 'streams']);
    expect(config.streams.lke.details).toEqual({ cluster_ids: [7, 3] });
    expect(clusterNotes).toEqual([]);
    expect(text.split('\n')[1]).toBe('# 1 destination, 2 streams and 3 LKE clusters, as the API returned them.');
    const loaded = await loadConfig(text, 'exported.yml', {});
    const plan = planWithSetup(loaded.desired, live, { ...EMPTY_LIVE_SETUP, clusters });
    expect(plan.changes.filter((c) => c.action !== 'noop')).toEqual([]);
    expect(plan.changes.filter((c) => c.kind === 'lke_cluster').map((c) => `${c.action} ${c.label}`)).toEqual(['noop prod-eu', 'noop prod-us', 'noop edge']);
  });

  it('leaves out of lke_clusters a cluster with audit logs off, not Enterprise, or missing, saying why; keys a shared or numeric label by id', () => {
    const destination = bucketDestination(1, 'audit');
    const live: LiveState = {
      destinations: [destination],
      streams: [stream(11, 'lke', destination, { type: 'lke_audit_logs', details: { cluster_ids: [1, 2, 3, 4, 5, 6] } })],
    };
    const clusters = [cluster(1, 'off', 'enterprise', false), cluster(2, 'std', 'standard', false), cluster(4, 'twin'), cluster(5, 'twin'), cluster(6, '2024')];
    const { text, clusterNotes } = exportConfig(live, SOURCE, clusters);
    expect(parse(text).lke_clusters).toEqual({ '4': { audit_logs: true }, '5': { audit_logs: true }, '6': { audit_logs: true } });
    expect(clusterNotes).toEqual([
      'LKE cluster off (#1) has audit logs off: left out of lke_clusters, where an entry turns audit logs on',
      'LKE cluster std (#2) is tier standard: left out of lke_clusters, where an entry turns audit logs on',
      "LKE cluster #3, named by a stream's cluster_ids, is not on the account",
    ]);
  });

  it('writes no lke_clusters when the clusters were not read', () => {
    const destination = bucketDestination(1, 'audit');
    const live: LiveState = {
      destinations: [destination],
      streams: [stream(11, 'lke', destination, { type: 'lke_audit_logs', details: { cluster_ids: [3] } })],
    };
    const { text, clusterNotes } = exportConfig(live, SOURCE);
    expect(parse(text)).not.toHaveProperty('lke_clusters');
    expect(clusterNotes).toEqual([]);
  });
});
