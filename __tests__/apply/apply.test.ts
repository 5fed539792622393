import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyPlan, type ApplyOptions } from '../../src/apply/apply.js';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { createLinodeClient, fetchLiveState, type LogsApi } from '../../src/linode/logs-client.js';
import { diff } from '../../src/plan/diff.js';
import { renderOutcomeLine } from '../../src/render/outcomes.js';
import { exampleDesired } from '../../__fixtures__/states.js';

const TOKEN = 'apply-test-token-0001';
let emulator: Emulator;
let api: LogsApi;
const options: ApplyOptions = { concurrency: 4, waitTimeoutMs: 10_000, pollIntervalMs: 50 };

const mutations = () => emulator.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path.replace(/\/\d+$/, '/ID')} ${r.status}`);

async function planAndApply(desired = exampleDesired()) {
  const live = await fetchLiveState(api);
  const plan = diff(desired, live);
  return { plan, result: await applyPlan(plan, live, api, options, desired.streamQuota) };
}

beforeAll(async () => {
  emulator = await startEmulator({ tokens: [TOKEN], provisioningMs: 150, deactivatingMs: 100 });
  api = createLinodeClient({ token: TOKEN, apiUrl: emulator.url });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

/** The example with destination siem turned into an Object Storage one: a type change, so a replace. */
function siemAsObjectStorage() {
  const desired = exampleDesired();
  desired.destinations[1] = {
    label: 'siem',
    type: 'akamai_object_storage',
    details: {
      bucket_name: 'siem-bucket',
      host: 'siem-bucket.us-iad-1.linodeobjects.com',
      access_key_id: 'K',
      access_key_secret: { kind: 'env', name: 'S', value: 's', secret: true },
    },
  };
  return desired;
}

describe('applyPlan against the emulator', () => {
  it('creates destinations before the streams that use them, and reports every id', async () => {
    const { result } = await planAndApply();
    expect(result.outcomes.map((o) => `${o.status} ${o.change.kind} ${o.change.label}`)).toEqual([
      'applied destination audit-bucket',
      'applied destination siem',
      'applied stream linode-audit',
      'applied stream lke-audit',
    ]);
    const state = emulator.snapshot();
    expect(result.destinationIds).toEqual(Object.fromEntries(state.destinations.map((d) => [d.label, d.id])));
    expect(result.streamIds).toEqual(Object.fromEntries(state.streams.map((s) => [s.label, s.id])));
    const firstStreamPost = emulator.requests.findIndex((r) => r.method === 'POST' && r.path === '/monitor/streams');
    const lastDestinationPost = emulator.requests.findLastIndex((r) => r.method === 'POST' && r.path === '/monitor/streams/destinations');
    expect(lastDestinationPost).toBeLessThan(firstStreamPost);
  });

  it('refuses an update when the resource changed on the account after the plan', async () => {
    await planAndApply();
    const desired = exampleDesired();
    desired.destinations[1]!.details.data_compression = 'None';
    const live = await fetchLiveState(api);
    const plan = diff(desired, live);
    // Someone edits the destination between plan and apply.
    const siem = live.destinations.find((d) => d.label === 'siem')!;
    await api.updateDestination(
      siem.id,
      { label: 'siem', details: { endpoint_url: 'https://other.example.com', data_compression: 'gzip', authentication: { type: 'none' } } },
      siem.version,
    );
    emulator.requests.length = 0;
    const result = await applyPlan(plan, live, api, options, 1);
    expect(result.outcomes[0]).toMatchObject({ status: 'failed', message: expect.stringMatching(/changed on the account after the plan \(version 1 → 2\)/) });
    expect(mutations()).toEqual([]);
  });

  it('sends type on creates only: an update body is label, status, destinations (and details) or label and details', async () => {
    await planAndApply();
    const desired = exampleDesired();
    desired.destinations[1]!.details.data_compression = 'None';
    desired.streams[0]!.destination = 'siem';
    emulator.requests.length = 0;
    const { result } = await planAndApply(desired);
    expect(result.outcomes.map((o) => `${o.status} ${o.change.action} ${o.change.label}`)).toEqual(['applied update siem', 'applied update linode-audit']);
    const puts = emulator.requests.filter((r) => r.method === 'PUT');
    const keys = (body: unknown) => Object.keys(body as object).sort();
    expect(puts.map((r) => `${r.path.replace(/\d+$/, 'ID')} ${keys(r.body).join(',')}`)).toEqual([
      '/monitor/streams/destinations/ID details,label',
      '/monitor/streams/ID destinations,label,status',
    ]);
    const siem = emulator.snapshot().destinations.find((d) => d.label === 'siem')!;
    expect(puts[1]!.body).toEqual({ label: 'linode-audit', status: 'active', destinations: [siem.id] });
    // The secrets still go with every destination update.
    expect(
      (puts[0]!.body as { details: { authentication: { details: Record<string, string> } } }).details.authentication.details.basic_authentication_password,
    ).toBe('pw');
    // Creates keep type.
    emulator.reset();
    emulator.requests.length = 0;
    await planAndApply();
    const posts = emulator.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => (r.body as { type?: string }).type).sort()).toEqual(['akamai_object_storage', 'audit_logs', 'custom_https', 'lke_audit_logs']);
  });

  it('replaces a destination whose type changed: new one first, streams repointed, old one deleted', async () => {
    await planAndApply();
    const oldSiem = emulator.snapshot().destinations.find((d) => d.label === 'siem')!.id;
    const desired = siemAsObjectStorage();
    emulator.requests.length = 0;
    const lines: string[] = [];
    const live = await fetchLiveState(api);
    const plan = diff(desired, live);
    const result = await applyPlan(plan, live, api, { ...options, onOutcome: (o) => lines.push(renderOutcomeLine(o)) }, 1);
    expect(plan.changes.filter((c) => c.action !== 'noop').map((c) => `${c.action} ${c.label}`)).toEqual(['replace siem', 'update lke-audit']);
    expect(result.outcomes.every((o) => o.status === 'applied')).toBe(true);
    // One line per change: the replace is reported once, when its new half exists.
    const newId = emulator.snapshot().destinations.find((d) => d.label === 'siem')!.id;
    expect(lines).toEqual([`  ± replace destination siem (#${newId}): done`, expect.stringMatching(/^ {2}~ update stream lke-audit \(#\d+\): done$/)]);
    expect(mutations()).toEqual(['POST /monitor/streams/destinations 200', 'PUT /monitor/streams/ID 200', 'DELETE /monitor/streams/destinations/ID 200']);
    const state = emulator.snapshot();
    const newSiem = state.destinations.find((d) => d.label === 'siem')!;
    expect(newSiem.id).not.toBe(oldSiem);
    expect(state.streams.find((s) => s.label === 'lke-audit')!.destinations[0]!.id).toBe(newSiem.id);
    expect(diff(desired, await fetchLiveState(api)).changes.every((c) => c.action === 'noop')).toBe(true);
  });

  it('reports a replaced destination whose old half could not be deleted once, as failed, saying what is left', async () => {
    await planAndApply();
    const oldSiem = emulator.snapshot().destinations.find((d) => d.label === 'siem')!.id;
    const desired = siemAsObjectStorage();
    emulator.inject({
      method: 'DELETE',
      path: '^/monitor/streams/destinations/\\d+$',
      status: 400,
      body: { errors: [{ reason: 'Unable to delete Destination attached to active or inactive Stream' }] },
    });
    const lines: string[] = [];
    const live = await fetchLiveState(api);
    const result = await applyPlan(diff(desired, live), live, api, { ...options, onOutcome: (o) => lines.push(renderOutcomeLine(o)) }, 1);
    const newId = emulator.snapshot().destinations.find((d) => d.label === 'siem' && d.id !== oldSiem)!.id;
    const replaceLines = lines.filter((l) => l.includes('replace destination siem'));
    expect(replaceLines).toEqual([
      `  ± replace destination siem (#${newId}): done`,
      `  ± replace destination siem (#${newId}): FAILED — created anew, but the old destination #${oldSiem} was not deleted: replace destination "siem" failed (400): Unable to delete Destination attached to active or inactive Stream`,
    ]);
    expect(result.outcomes.find((o) => o.change.label === 'siem')).toMatchObject({ status: 'failed', id: newId });
  });

  it('replaces a stream whose type changed by deleting it first (one stream per type)', async () => {
    await planAndApply();
    const desired = exampleDesired();
    desired.streams = [
      { label: 'linode-audit', type: 'lke_audit_logs', destination: 'audit-bucket', status: 'active', details: { is_auto_add_all_clusters_enabled: true } },
    ];
    desired.prune = true;
    const { result } = await planAndApply(desired);
    expect(result.outcomes.map((o) => `${o.status} ${o.change.action} ${o.change.label}`)).toEqual([
      'applied replace linode-audit',
      'applied delete lke-audit',
    ]);
    // The account allows one lke_audit_logs stream: lke-audit goes before the replacement is created.
    expect(mutations()).toEqual([
      'POST /monitor/streams/destinations 200',
      'POST /monitor/streams/destinations 200',
      'POST /monitor/streams 200',
      'POST /monitor/streams 200',
      'DELETE /monitor/streams/ID 200',
      'DELETE /monitor/streams/ID 200',
      'POST /monitor/streams 200',
    ]);
    expect(emulator.snapshot().streams.map((s) => `${s.label} ${s.type}`)).toEqual(['linode-audit lke_audit_logs']);
  });

  it('skips the streams of a destination that failed, applies the rest, and says why', async () => {
    emulator.inject({ method: 'POST', path: '^/monitor/streams/destinations$', status: 400, body: { errors: [{ reason: 'An error occurred' }] } });
    const { result } = await planAndApply();
    const byLabel = Object.fromEntries(result.outcomes.map((o) => [o.change.label, o]));
    expect(byLabel['audit-bucket']).toMatchObject({ status: 'failed', message: expect.stringContaining('test object') });
    expect(byLabel['linode-audit']).toMatchObject({ status: 'skipped', message: 'its destination "audit-bucket" was not applied' });
    expect(byLabel.siem?.status).toBe('applied');
    expect(byLabel['lke-audit']?.status).toBe('applied');
  });

  it('times out waiting for a stream that stays provisioning, and changes nothing', async () => {
    await planAndApply();
    await new Promise((resolve) => setTimeout(resolve, 200)); // the new streams finish provisioning
    emulator.configure({ provisioningMs: 60_000 });
    const stream = emulator.snapshot().streams.find((s) => s.label === 'linode-audit')!;
    const siem = emulator.snapshot().destinations.find((d) => d.label === 'siem')!;
    await api.updateStream(stream.id, { label: 'linode-audit', status: 'active', destinations: [siem.id] }, stream.version);
    const live = await fetchLiveState(api);
    expect(live.streams.find((s) => s.id === stream.id)?.status).toBe('provisioning');
    emulator.requests.length = 0;
    const result = await applyPlan(diff(exampleDesired(), live), live, api, { ...options, waitTimeoutMs: 300 }, 1);
    emulator.configure({ provisioningMs: 150 });
    expect(result.outcomes).toHaveLength(1);
    expect(result.outcomes[0]).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/timed out .* waiting for stream #\d+ to finish provisioning/),
    });
    expect(mutations()).toEqual([]);
  });
});
