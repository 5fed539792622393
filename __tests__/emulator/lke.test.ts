import { describe, expect, it } from 'vitest';
import { FIRST_CLUSTER_ID } from '../../emulator/index.js';
import { EMULATOR_REASONS as R } from '../../emulator/reasons.js';
import { start, type Harness } from './helpers.js';

const CLUSTERS = '/lke/clusters';

async function seeded(): Promise<Harness> {
  const h = await start();
  h.emulator.seed({
    lkeClusters: [
      { label: 'prod', region: 'us-iad', tier: 'enterprise', k8s_version: 'v1.31.1+lke4' },
      { id: 77, label: 'dev', region: 'us-ord' },
    ],
  });
  return h;
}

describe('/lke/clusters', () => {
  it('lists and gets seeded clusters with tier and control plane', async () => {
    const h = await seeded();
    const list = await h.call('GET', CLUSTERS);
    expect(list.body).toMatchObject({ page: 1, pages: 1, results: 2 });
    expect(list.body.data.map((c: { id: number }) => c.id)).toEqual([77, FIRST_CLUSTER_ID]);
    const prod = await h.call('GET', `${CLUSTERS}/${FIRST_CLUSTER_ID}`);
    expect(prod.body).toMatchObject({
      id: FIRST_CLUSTER_ID,
      label: 'prod',
      region: 'us-iad',
      k8s_version: 'v1.31.1+lke4',
      tier: 'enterprise',
      control_plane: { high_availability: true, audit_logs_enabled: false },
      status: 'ready',
    });
    expect((await h.call('GET', `${CLUSTERS}/77`)).body).toMatchObject({
      tier: 'standard',
      control_plane: { high_availability: false, audit_logs_enabled: false },
    });
    expect((await h.call('GET', `${CLUSTERS}/78`)).status).toBe(404);
  });

  it('turns audit logs on for an enterprise cluster, and keeps the other control plane fields', async () => {
    const h = await seeded();
    const updated = await h.call('PUT', `${CLUSTERS}/${FIRST_CLUSTER_ID}`, { control_plane: { audit_logs_enabled: true } });
    expect(updated.status).toBe(200);
    expect(updated.body.control_plane).toEqual({ high_availability: true, audit_logs_enabled: true });
    expect(h.emulator.resources().lkeClusters[1]?.control_plane.audit_logs_enabled).toBe(true);
  });

  it('refuses audit logs on a cluster that is not LKE Enterprise, with the field, and changes nothing', async () => {
    const h = await seeded();
    const refused = await h.call('PUT', `${CLUSTERS}/77`, { label: 'renamed', control_plane: { audit_logs_enabled: true } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ reason: R.auditLogsEnterpriseOnly, field: 'control_plane.audit_logs_enabled' }]);
    expect((await h.call('GET', `${CLUSTERS}/77`)).body).toMatchObject({ label: 'dev', control_plane: { audit_logs_enabled: false } });
    // Turning them off is no problem anywhere.
    expect((await h.call('PUT', `${CLUSTERS}/77`, { control_plane: { audit_logs_enabled: false } })).status).toBe(200);
  });

  it('refuses unknown fields and wrong types, and has no POST or DELETE', async () => {
    const h = await seeded();
    const bad = await h.call('PUT', `${CLUSTERS}/77`, { node_pools: [], control_plane: { audit_logs_enabled: 'yes' } });
    expect(bad.body.errors).toEqual([{ reason: R.unknownFields }, { reason: R.mustBeBoolean, field: 'control_plane.audit_logs_enabled' }]);
    expect((await h.call('POST', CLUSTERS, {})).status).toBe(405);
    expect((await h.call('DELETE', `${CLUSTERS}/77`)).status).toBe(405);
  });

  it('refuses a seed that enables audit logs on a standard cluster or reuses an id', async () => {
    const h = await seeded();
    expect((await h.control('POST', 'seed', { lkeClusters: [{ label: 'x', region: 'us-iad', control_plane: { audit_logs_enabled: true } }] })).status).toBe(
      400,
    );
    expect((await h.control('POST', 'seed', { lkeClusters: [{ id: 77, label: 'x', region: 'us-iad' }] })).status).toBe(400);
    expect((await h.control('GET', 'resources')).body.lkeClusters).toHaveLength(2);
  });
});
