import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { createAccountClient } from '../../src/linode/account-client.js';
import { createBucketClient } from '../../src/s3/bucket-client.js';
import { bucketClientPool, readLiveSetup } from '../../src/setup/read.js';

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

const read = (token: string, writes = false) => {
  const account = createAccountClient({ token, apiUrl: emulator.url });
  return readLiveSetup(loadConfig(BY_ID, 'f.yml', {}).desired, { account: () => account, bucketClient: pool.get }, writes);
};

describe('the reads only a check or the clean-up needs', () => {
  it('are read with one GET, for the check', async () => {
    const setup = await read(TOKEN);
    expect(setup.clusters?.map((c) => c.id)).toEqual([4100]);
    expect(setup.clustersUnread).toBeUndefined();
    // With the keys, for the clean-up of managed keys no destination uses: one GET each, at once.
    expect(emulator.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual(['GET /lke/clusters', 'GET /object-storage/keys']);
  });

  it('are left unread, naming the scope to add, when the token lacks the lke scope, in plan and in apply', async () => {
    for (const writes of [false, true]) {
      const setup = await read(MONITOR_ONLY, writes);
      expect(setup.clusters).toBeUndefined();
      expect(setup.clustersUnread).toBe(
        'the token may not read LKE clusters (it lacks the `lke:read_only` scope): add the `lke:read_only` scope (and, for a restricted user, access to them) to check that they exist, are LKE Enterprise and have audit logs on',
      );
      expect(setup.keys).toBeUndefined();
      expect(setup.keysUnread).toBe(
        'the token may not read Object Storage keys (it lacks the `object_storage:read_only` scope): add the `object_storage:read_write` scope (and, for a restricted user, access to them) so that managed keys no destination writes with any more are found and deleted',
      );
    }
  });

  it('are left unread on a 403, and any other failure still fails the read', async () => {
    emulator.inject({ method: 'GET', path: '^/lke/clusters$', status: 403, times: 1 });
    expect((await read(TOKEN)).clustersUnread).toMatch(/^the token may not read LKE clusters \(403\): add the `lke:read_only` scope/);
    emulator.inject({ method: 'GET', path: '^/lke/clusters$', status: 400, times: 1 });
    await expect(read(TOKEN)).rejects.toThrow(/GET \/v4\/lke\/clusters failed \(400\)/);
  });
});
