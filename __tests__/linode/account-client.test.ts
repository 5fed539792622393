import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index.js';
import { EMULATOR_REASONS } from '../../emulator/reasons.js';
import { createAccountClient, type AccountApi } from '../../src/linode/account-client.js';
import { isLinodeApiError, type LinodeApiError } from '../../src/linode/errors.js';
import { API_REASONS } from '../../src/linode/rules.js';

const TOKEN = 'account-client-test-token';
const started: Emulator[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((e) => e.close()));
});

interface Harness {
  emulator: Emulator;
  api: AccountApi;
  lines: string[];
  secrets: string[];
}

async function harness(options: EmulatorOptions = {}, token = TOKEN): Promise<Harness> {
  const emulator = await startEmulator({ tokens: [TOKEN], ...options });
  started.push(emulator);
  const lines: string[] = [];
  const secrets: string[] = [];
  const api = createAccountClient({
    token,
    apiUrl: emulator.url,
    debug: (line) => lines.push(line),
    onRetry: (line) => lines.push(line),
    registerSecret: (secret) => secrets.push(secret),
    sleep: async () => undefined,
    random: () => 0,
  });
  return { emulator, api, lines, secrets };
}

async function failure(promise: Promise<unknown>): Promise<LinodeApiError> {
  try {
    await promise;
  } catch (error) {
    if (isLinodeApiError(error)) return error;
    throw error;
  }
  throw new Error('expected a LinodeApiError');
}

const limitedKey = { label: 'logs-audit-logs-1', bucket_access: [{ region: 'us-iad', bucket_name: 'audit-logs', permissions: 'read_write' as const }] };

describe('Object Storage keys', () => {
  it('returns the secret of a new key to the caller and the masker, and never logs it', async () => {
    const h = await harness();
    h.emulator.seed({ buckets: [{ name: 'audit-logs', region: 'us-iad' }] });
    const created = await h.api.createObjectStorageKey(limitedKey);
    expect(created).toMatchObject({ label: 'logs-audit-logs-1', limited: true, bucket_access: [{ bucket_name: 'audit-logs', permissions: 'read_write' }] });
    expect(created.secret_key).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(h.secrets).toEqual([created.secret_key]);
    const listed = await h.api.listObjectStorageKeys();
    expect(listed.map((k) => k.id)).toEqual([created.id]);
    expect(JSON.stringify(listed)).not.toContain(created.secret_key);
    await h.api.deleteObjectStorageKey(created.id);
    await h.api.deleteObjectStorageKey(created.id);
    expect(await h.api.listObjectStorageKeys()).toEqual([]);
    expect(h.lines.length).toBeGreaterThan(0);
    expect(h.lines.join('\n')).not.toContain(created.secret_key);
  });

  it('after an interrupted create, deletes the key it cannot adopt and creates another', async () => {
    const h = await harness();
    h.emulator.seed({ buckets: [{ name: 'audit-logs', region: 'us-iad' }] });
    h.emulator.inject({ method: 'POST', path: '^/object-storage/keys$', cut: 'after' });
    const created = await h.api.createObjectStorageKey(limitedKey);
    const keys = h.emulator.resources().objectStorageKeys;
    expect(keys.map((k) => k.id)).toEqual([created.id]);
    expect(h.emulator.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /object-storage/keys',
      'GET /object-storage/keys',
      `DELETE /object-storage/keys/${created.id - 1}`,
      'POST /object-storage/keys',
    ]);
    expect(h.lines.join('\n')).toContain('cannot be adopted and was removed');
    expect(h.secrets).toEqual([created.secret_key]);
  });

  it('names the scope a token lacks', async () => {
    const h = await harness({ tokenScopes: { [TOKEN]: ['monitor:read_write', 'object_storage:read_only'] } });
    const error = await failure(h.api.createObjectStorageKey({ label: 'x', regions: ['us-iad'] }));
    expect([error.status, error.reasons]).toEqual([401, [{ reason: API_REASONS.tokenNotAuthorized }]]);
    expect(error.message).toBe(
      `POST /v4/object-storage/keys failed (401): ${API_REASONS.tokenNotAuthorized} — the token lacks the \`object_storage:read_write\` scope for this endpoint; create a personal access token that has it`,
    );
    expect((await failure(h.api.listLkeClusters())).message).toContain('`lke:read_only` scope');
  });
});

describe('LKE clusters', () => {
  it('lists, gets and turns on audit logs; refuses a standard cluster with the API reason', async () => {
    const h = await harness();
    h.emulator.seed({
      lkeClusters: [
        { id: 11, label: 'prod', region: 'us-iad', tier: 'enterprise' },
        { id: 12, label: 'dev', region: 'us-iad' },
      ],
    });
    expect((await h.api.listLkeClusters()).map((c) => [c.id, c.tier])).toEqual([
      [11, 'enterprise'],
      [12, 'standard'],
    ]);
    const updated = await h.api.updateLkeCluster(11, { control_plane: { audit_logs_enabled: true } });
    expect(updated.control_plane.audit_logs_enabled).toBe(true);
    expect((await h.api.getLkeCluster(11)).control_plane).toEqual({ high_availability: true, audit_logs_enabled: true });
    const refused = await failure(h.api.updateLkeCluster(12, { control_plane: { audit_logs_enabled: true } }));
    expect([refused.status, refused.reasons]).toEqual([400, [{ reason: EMULATOR_REASONS.auditLogsEnterpriseOnly, field: 'control_plane.audit_logs_enabled' }]]);
    await expect(h.api.getLkeCluster(-1)).rejects.toThrow('invalid Linode resource id: -1');
  });
});

describe('verifyDestination', () => {
  it('resolves when the key can write to the bucket, and fails with the API error otherwise', async () => {
    const h = await harness();
    h.emulator.seed({ buckets: [{ name: 'audit-logs', region: 'us-iad' }] });
    const key = await h.api.createObjectStorageKey(limitedKey);
    const destination = (secret: string) => ({
      label: 'audit',
      type: 'akamai_object_storage' as const,
      details: { bucket_name: 'audit-logs', host: 'audit-logs.us-iad-1.linodeobjects.com', access_key_id: key.access_key, access_key_secret: secret },
    });
    await h.api.verifyDestination(destination(key.secret_key));
    const refused = await failure(h.api.verifyDestination(destination('wrong')));
    expect(refused.message).toBe(`POST /v4/monitor/streams/destinations/verify failed (400): ${API_REASONS.anErrorOccurred}`);
    expect(h.emulator.snapshot().destinations).toEqual([]);
    expect(h.lines.join('\n')).not.toContain(key.secret_key);
  });

  it('reports the missing Logs feature as a 404', async () => {
    const h = await harness({ logsFeature: false });
    const error = await failure(h.api.verifyDestination({ label: 'x', type: 'custom_https', details: {} }));
    expect(error.status).toBe(404);
  });
});

describe('listObjectStorageEndpoints', () => {
  it("lists <region>-1 endpoints of real regions and of the emulator's buckets, over every page", async () => {
    const h = await harness({ maxPageSize: 25 });
    h.emulator.seed({ buckets: [{ name: 'logs', region: 'zz-test' }] });
    const endpoints = await h.api.listObjectStorageEndpoints();
    expect(endpoints.length).toBeGreaterThan(20);
    expect(endpoints).toContainEqual({ region: 'us-iad', endpoint_type: 'E1', s3_endpoint: 'us-iad-1.linodeobjects.com' });
    expect(endpoints).toContainEqual({ region: 'zz-test', endpoint_type: 'E1', s3_endpoint: 'zz-test-1.linodeobjects.com' });
  });

  it('serves the configured listing as given', async () => {
    const h = await harness();
    const listing = [
      { region: 'in-bom-2', endpoint_type: 'E3' as const, s3_endpoint: 'in-bom-2.linodeobjects.com' },
      { region: 'fr-par', endpoint_type: 'E3' as const, s3_endpoint: 'evil.example.com' },
    ];
    h.emulator.configure({ objectStorageEndpoints: listing });
    expect(await h.api.listObjectStorageEndpoints()).toEqual(listing);
    h.emulator.configure({ objectStorageEndpoints: null });
    expect(await h.api.listObjectStorageEndpoints()).toContainEqual({ region: 'us-iad', endpoint_type: 'E1', s3_endpoint: 'us-iad-1.linodeobjects.com' });
  });
});
