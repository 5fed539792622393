import { gunzipSync } from 'node:zlib';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { start } from './helpers.js';

const KEY = { access_key: 'DELIVERYKEY000000001', secret_key: 'delivery-secret-0123456789abcdefABCDEFGH' };

function seed(path?: string) {
  return {
    objectStorageKeys: [
      { label: 'writer', ...KEY, regions: [], bucket_access: [{ region: 'us-iad', bucket_name: 'audit-logs', permissions: 'read_write' as const }] },
    ],
    buckets: [{ name: 'audit-logs', region: 'us-iad' }],
    destinations: [
      {
        id: 1000,
        label: 'bucket',
        type: 'akamai_object_storage' as const,
        details: {
          bucket_name: 'audit-logs',
          host: 'audit-logs.us-iad-1.linodeobjects.com',
          access_key_id: KEY.access_key,
          access_key_secret: KEY.secret_key,
          ...(path !== undefined ? { path } : {}),
        },
      },
    ],
    streams: [{ id: 2000, label: 'audit', type: 'audit_logs' as const, destinations: [1000] }],
  };
}

const keysIn = (h: Awaited<ReturnType<typeof start>>): string[] => h.emulator.resources().buckets.flatMap((b) => b.objects.map((o) => o.key));

describe('log delivery', () => {
  it('writes a gzip object per active stream under the default date-partitioned layout', async () => {
    const h = await start();
    h.emulator.seed(seed());
    const [key] = h.emulator.deliver();
    // The harness's clock starts at 2026-11-21T14:03:07Z.
    expect(key).toMatch(/^audit_logs\/audit\/[0-9A-F-]+\/2026\/11\/21\/20261121T140307Z-2000-\d{6}\.log\.gz$/);
    expect(keysIn(h)).toEqual([key]);
    const answer = await h.control('POST', 'deliver');
    expect(answer.body.written).toHaveLength(1);
    expect(keysIn(h)).toHaveLength(2);
  });

  it('writes below the path when there is one, and the objects are gzip log lines', async () => {
    const h = await start();
    h.emulator.seed(seed('ds-logs/'));
    const [key] = h.emulator.deliver();
    expect(key).toMatch(/^ds-logs\/2026\/11\/21\//);
    const client = new S3Client({
      endpoint: h.emulator.s3Endpoint('us-iad'),
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: KEY.access_key, secretAccessKey: KEY.secret_key },
    });
    const object = await client.send(new GetObjectCommand({ Bucket: 'audit-logs', Key: key }));
    client.destroy();
    const line = JSON.parse(gunzipSync(await object.Body!.transformToByteArray()).toString('utf8')) as Record<string, unknown>;
    expect(line).toMatchObject({ stream_id: 2000, stream_type: 'audit_logs', time: '2026-11-21T14:03:07.250Z' });
  });

  it('delivers nothing for a paused stream, a key that cannot write or a provisioning stream', async () => {
    const h = await start({ provisioningMs: 1000 });
    h.emulator.seed({ ...seed(), streams: [{ id: 2000, label: 'audit', type: 'audit_logs', destinations: [1000], status: 'inactive' }] });
    expect(h.emulator.deliver()).toEqual([]);
    const wrongKey = seed();
    wrongKey.destinations[0]!.details.access_key_secret = 'not-the-secret';
    wrongKey.objectStorageKeys = [];
    const other = await start();
    other.emulator.seed(wrongKey);
    expect(other.emulator.deliver()).toEqual([]);
    const provisioning = await start({ provisioningMs: 1000 });
    provisioning.emulator.seed({ ...seed(), streams: [{ id: 2000, label: 'audit', type: 'audit_logs', destinations: [1000], status: 'provisioning' }] });
    expect(provisioning.emulator.deliver()).toEqual([]);
    provisioning.clock.advance(1000);
    expect(provisioning.emulator.deliver()).toHaveLength(1);
  });
});
