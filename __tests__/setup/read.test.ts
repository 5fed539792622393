import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { createAccountClient } from '../../src/linode/account-client.js';
import { createBucketClient } from '../../src/s3/bucket-client.js';
import { LinodeApiError } from '../../src/linode/errors.js';
import { bucketClientPool, keysForCleanup, readEndpoints, readLiveSetup } from '../../src/setup/read.js';

const TOKEN = 'read-setup-token-0001';
const MONITOR_ONLY = 'read-setup-monitor-only';

/** A file whose lke_audit_logs stream names its cluster by id, and nothing else of the setup. */
const BY_ID = `version: 1
destinations:
  siem:
    type: custom_https
    details: { endpoint_url: https://siem.example.com, data_compression: gzip, authentication: { type: none } }
streams:
  lke-audit:
    type: lke_audit_logs
    destination: siem
    details: { cluster_ids: [4100] }
`;

let emulator: Emulator;
let pool: ReturnType<typeof bucketClientPool>;

beforeAll(async () => {
  emulator = await startEmulator({ tokens: [TOKEN] });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.reset();
  emulator.configure({ tokenScopes: { [MONITOR_ONLY]: ['monitor:read_only'] } });
  emulator.seed({ lkeClusters: [{ id: 4100, label: 'prod-eu', region: 'eu-central', tier: 'enterprise' }] });
  pool = bucketClientPool(createBucketClient, undefined);
});
afterEach(() => {
  pool.close();
  emulator.clearFaults();
});

const read = async (token: string, writes = false) => {
  const account = createAccountClient({ token, apiUrl: emulator.url });
  return readLiveSetup((await loadConfig(BY_ID, 'f.yml', {})).desired, { account: () => account, bucketClient: pool.get }, { writes });
};

describe('the reads only a check or the clean-up needs', () => {
  it('are read with one GET, for the check', async () => {
    const setup = await read(TOKEN);
    expect(setup.clusters?.map((c) => c.id)).toEqual([4100]);
    expect(setup.clustersUnread).toBeUndefined();
    // Not the keys: without prune, they are read only for a plan that may leave a managed key (live.ts).
    expect(emulator.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual(['GET /lke/clusters']);
  });

  it('read the keys for the clean-up up front with prune: true', async () => {
    const account = createAccountClient({ token: TOKEN, apiUrl: emulator.url });
    const setup = await readLiveSetup((await loadConfig(`prune: true\n${BY_ID}`, 'f.yml', {})).desired, { account: () => account, bucketClient: pool.get });
    expect(setup.keys).toEqual([]);
    expect(emulator.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual(['GET /lke/clusters', 'GET /object-storage/keys']);
  });

  it('are left unread, naming the scope to add, when the token lacks the lke scope, in plan and in apply', async () => {
    for (const writes of [false, true]) {
      const setup = await read(MONITOR_ONLY, writes);
      expect(setup.clusters).toBeUndefined();
      expect(setup.clustersUnread).toBe(
        'the token may not read LKE clusters (it lacks the `lke:read_only` scope): add the `lke:read_only` scope (and, for a restricted user, access to them) to check that they exist, are LKE Enterprise and have audit logs on',
      );
    }
    const account = createAccountClient({ token: MONITOR_ONLY, apiUrl: emulator.url });
    expect(await keysForCleanup(() => account.listObjectStorageKeys())).toEqual({
      keysUnread:
        'the token may not read Object Storage keys (it lacks the `object_storage:read_only` scope): add the `object_storage:read_write` scope (and, for a restricted user, access to them) so that managed keys no destination writes with any more are found and deleted',
    });
  });

  it('are left unread on a 403, and any other failure still fails the read', async () => {
    emulator.inject({ method: 'GET', path: '^/lke/clusters$', status: 403, times: 1 });
    expect((await read(TOKEN)).clustersUnread).toMatch(/^the token may not read LKE clusters \(403\): add the `lke:read_only` scope/);
    emulator.inject({ method: 'GET', path: '^/lke/clusters$', status: 400, times: 1 });
    await expect(read(TOKEN)).rejects.toThrow(/GET \/v4\/lke\/clusters failed \(400\)/);
  });
});

describe("the API's destination check at plan time (verify-destinations: true)", () => {
  const CHECKED = `version: 1
destinations:
  audit:
    type: akamai_object_storage
    details:
      bucket_name: audit-logs
      host: audit-logs.us-iad-1.linodeobjects.com
      access_key_id: \${KEY_ID}
      access_key_secret: \${KEY_SECRET}
  siem:
    type: custom_https
    details: { endpoint_url: https://siem.example.com, data_compression: gzip, authentication: { type: none } }
  managed:
    type: akamai_object_storage
    details: { bucket_name: audit-logs, host: audit-logs.us-iad-1.linodeobjects.com, access_key: managed }
streams: {}
`;
  const verify = async (env: Record<string, string>, token = TOKEN) => {
    const account = createAccountClient({ token, apiUrl: emulator.url });
    return readLiveSetup((await loadConfig(CHECKED, 'f.yml', env)).desired, { account: () => account, bucketClient: pool.get }, { verifyDestinations: true });
  };
  const verifyCalls = () => emulator.requests.filter((r) => r.path === '/monitor/streams/destinations/verify');

  const READ_ONLY = 'read-setup-read-only';
  beforeEach(() =>
    emulator.configure({ credentials: { AKVERIFY: 'verify-secret' }, tokenScopes: { [READ_ONLY]: ['monitor:read_only', 'object_storage:read_only'] } }),
  );
  afterEach(() => emulator.configure({ credentials: null }));

  it('asks for each destination whose details are all known (not a managed one), and says what the API answered', async () => {
    const ok = await verify({ KEY_ID: 'AKVERIFY', KEY_SECRET: 'verify-secret' });
    expect(ok.verified).toEqual({ audit: { kind: 'accepted' }, siem: { kind: 'accepted' } });
    expect(
      verifyCalls()
        .map((r) => (r.body as { label: string }).label)
        .sort(),
    ).toEqual(['audit', 'siem']);
    const refused = await verify({ KEY_ID: 'AKVERIFY', KEY_SECRET: 'wrong-secret' });
    expect(refused.verified?.audit).toEqual({
      kind: 'refused',
      reason:
        '400 An error occurred — for Object Storage the API writes a small test object with the key: check that the key exists, has read_write on the bucket, and that bucket_name and host name that bucket',
    });
    expect(JSON.stringify(refused.verified)).not.toContain('wrong-secret');
  });

  it("does not ask for a destination with unset variables (a fork's pull request), nor with a token that may not", async () => {
    emulator.requests.length = 0;
    const fork = await verify({});
    expect(fork.verified?.audit).toEqual({
      kind: 'unverified',
      why: 'not verified: ${KEY_ID}, ${KEY_SECRET} not set in this run (as on pull requests from forks)',
    });
    expect(verifyCalls().map((r) => (r.body as { label: string }).label)).toEqual(['siem']);
    const readOnly = await verify({ KEY_ID: 'AKVERIFY', KEY_SECRET: 'verify-secret' }, READ_ONLY);
    expect(readOnly.verified?.siem).toEqual({
      kind: 'unverified',
      why: "not verified: the token lacks the `monitor:read_write` scope the API's destination check needs (plan needs only `monitor:read_only`); add it to verify at plan time",
    });
  });
});

describe('readEndpoints', () => {
  it('keeps only hosts under linodeobjects.com, naming the others in a debug line', async () => {
    const lines: string[] = [];
    const read = await readEndpoints(
      async () => [
        { region: 'in-bom-2', endpoint_type: 'E3', s3_endpoint: 'in-bom-2.linodeobjects.com' },
        { region: 'in-bom-2', endpoint_type: 'E3', s3_endpoint: 'evil.example.com' },
      ],
      (line) => lines.push(line),
    );
    expect(read).toEqual({ endpoints: [{ region: 'in-bom-2', endpoint_type: 'E3', s3_endpoint: 'in-bom-2.linodeobjects.com' }] });
    expect(lines.join('\n')).toContain('evil.example.com');
  });

  it('leaves them unread with a note when the token may not list them (403), and fails on anything else', async () => {
    const refused = (status: number) => async () => {
      throw new LinodeApiError(`GET /v4/object-storage/endpoints failed (${status})`, { status, method: 'GET', path: '/v4/object-storage/endpoints' });
    };
    const read = await readEndpoints(refused(403));
    expect(read.endpointsUnread).toMatch(/may not read the Object Storage endpoints \(403\): add the `object_storage:read_only` scope/);
    await expect(readEndpoints(refused(500))).rejects.toThrow(/500/);
  });
});
