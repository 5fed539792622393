import { describe, expect, it } from 'vitest';
import { loadConfig, missingEnv } from '../../src/config/load.js';
import type { EnvRef } from '../../src/config/types.js';
import { fixture } from './fixture.js';

const FILE = '.github/linode-logs.yml';
const env = (name: string, value: string | undefined, secret: boolean): EnvRef => ({ kind: 'env', name, value, secret });

describe('the contract example', async () => {
  const text = fixture('example.yml');
  const loaded = await loadConfig(text, FILE, {
    AUDIT_LOGS_KEY_ID: 'AKIAEXAMPLE',
    AUDIT_LOGS_KEY_SECRET: 's3cr3t',
    SIEM_PASSWORD: '', // an empty variable counts as unset (a secret the fork cannot see)
  });

  it('loads into the desired state, sorted by label, with EnvRefs from the given env', () => {
    expect(loaded.desired).toEqual({
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
            access_key_id: env('AUDIT_LOGS_KEY_ID', 'AKIAEXAMPLE', false),
            access_key_secret: env('AUDIT_LOGS_KEY_SECRET', 's3cr3t', true),
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
              details: {
                basic_authentication_user: 'linode',
                basic_authentication_password: env('SIEM_PASSWORD', undefined, true),
              },
            },
            custom_headers: [{ name: 'X-Tenant', value: env('SIEM_TENANT_TOKEN', undefined, true) }],
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
    });
  });

  it('has no details on audit_logs streams', () => {
    expect(loaded.desired.streams[0]).not.toHaveProperty('details');
  });

  it('lists every reference once, in order of appearance, with its secret flag', () => {
    expect(loaded.envRefs).toEqual([
      env('AUDIT_LOGS_KEY_ID', 'AKIAEXAMPLE', false),
      env('AUDIT_LOGS_KEY_SECRET', 's3cr3t', true),
      env('SIEM_PASSWORD', undefined, true),
      env('SIEM_TENANT_TOKEN', undefined, true),
    ]);
  });

  it('names the unset variables for apply, sorted', () => {
    expect(missingEnv(loaded)).toEqual(['SIEM_PASSWORD', 'SIEM_TENANT_TOKEN']);
  });

  it('maps YAML paths back to the file: values for scalars, keys for collections', async () => {
    expect(loaded.source.file).toBe(FILE);
    expect(await loaded.source.locate(['destinations', 'siem', 'details', 'endpoint_url'])).toEqual({ line: 15, col: 21 });
    expect(await loaded.source.locate(['destinations', 'siem'])).toEqual({ line: 12, col: 3 });
    expect(await loaded.source.locate(['destinations', 'siem', 'details', 'custom_headers', 0, 'name'])).toEqual({ line: 24, col: 17 });
    expect(await loaded.source.locate(['streams', 'lke-audit', 'details', 'cluster_ids', 0])).toEqual({ line: 35, col: 21 });
    expect(await loaded.source.locate(['streams', 'lke-audit', 'status'])).toBeUndefined();
    expect(await loaded.source.locate(['destinations', 'siem', 'details', 'custom_headers', 5])).toBeUndefined();
    expect(await loaded.source.locate([])).toEqual({ line: 1, col: 1 });
  });
});

describe('defaults and order', () => {
  it('a file with only the version is an empty account without pruning', async () => {
    const loaded = await loadConfig(fixture('valid/minimal.yml'), FILE, {});
    expect(loaded.desired).toEqual({ prune: false, streamQuota: 1, destinations: [], streams: [] });
    expect(loaded.envRefs).toEqual([]);
  });

  it('sorts destinations and streams by label and defaults status to active', async () => {
    const { desired } = await loadConfig(fixture('valid/defaults-and-order.yml'), FILE, { ALPHA_SECRET: 'x' });
    expect(desired.destinations.map((d) => d.label)).toEqual(['alpha', 'zeta']);
    expect(desired.streams.map((s) => [s.label, s.status])).toEqual([
      ['aa-stream', 'active'],
      ['zz-stream', 'active'],
    ]);
    expect(desired.streams[1]?.details).toEqual({ is_auto_add_all_clusters_enabled: true });
    // Literal values stay literal, also in fields that could be references.
    expect(desired.destinations[0]?.details.access_key_id).toBe('AKIAEXAMPLE');
    expect(desired.destinations[1]?.details.authentication).toEqual({ type: 'none' });
  });

  it('sorts by code unit, not locale', async () => {
    const text = `version: 1
destinations:
  b-dest: &d
    type: custom_https
    details:
      endpoint_url: https://x.example.com/in
      data_compression: gzip
      authentication: { type: none }
  B-dest: *d
  a-dest: *d
`;
    expect((await loadConfig(text, FILE, {})).desired.destinations.map((d) => d.label)).toEqual(['B-dest', 'a-dest', 'b-dest']);
  });

  it('stream_quota: 2 allows two streams of one type', async () => {
    const { desired } = await loadConfig(fixture('valid/stream-quota-2.yml'), FILE, {});
    expect(desired.streamQuota).toBe(2);
    expect(desired.streams.map((s) => [s.label, s.type, s.status])).toEqual([
      ['first-audit', 'audit_logs', 'active'],
      ['second-audit', 'audit_logs', 'inactive'],
    ]);
  });

  it('accepts complete client certificate details', async () => {
    const { desired, envRefs } = await loadConfig(fixture('valid/client-certificate.yml'), FILE, { MTLS_KEY: 'key' });
    expect(desired.destinations[0]?.details.client_certificate_details).toEqual({
      tls_hostname: 'mtls.example.com',
      client_ca_certificate: '-----BEGIN CERTIFICATE-----\nMIIBexample\n-----END CERTIFICATE-----\n',
      client_certificate: env('MTLS_CERT', undefined, false),
      client_private_key: env('MTLS_KEY', 'key', true),
    });
    expect(envRefs.map((r) => [r.name, r.secret])).toEqual([
      ['MTLS_CERT', false],
      ['MTLS_KEY', true],
    ]);
  });
});

describe('environment references', () => {
  const text = (id: string, secret: string) => `version: 1
destinations:
  a-bucket:
    type: akamai_object_storage
    details:
      bucket_name: a-bucket
      host: a-bucket.us-east-1.linodeobjects.com
      access_key_id: ${id}
      access_key_secret: ${secret}
`;

  it('deduplicates by name and marks a name secret if any use is secret', async () => {
    const loaded = await loadConfig(text('${SHARED}', '${SHARED}'), FILE, { SHARED: 'v' });
    expect(loaded.envRefs).toEqual([env('SHARED', 'v', true)]);
    // Each use keeps its own field's flag: only the write-only field cannot be diffed.
    expect(loaded.desired.destinations[0]?.details.access_key_id).toEqual(env('SHARED', 'v', false));
    expect(missingEnv(loaded)).toEqual([]);
  });

  it('reports unset variables once each, sorted', async () => {
    const loaded = await loadConfig(text('${B_ID}', '${A_SECRET}'), FILE, {});
    expect(missingEnv(loaded)).toEqual(['A_SECRET', 'B_ID']);
  });

  it('refuses a reference where the value decides where data goes, in any YAML spelling, without reading the variable', async () => {
    const read: string[] = [];
    const values: Record<string, string | undefined> = { HOST: 'private-bucket.us-east-1.linodeobjects.com', ID: 'i', SECRET: 's' };
    const env = new Proxy(values, {
      get: (target, name) => {
        if (typeof name === 'string') read.push(name);
        return typeof name === 'string' ? target[name] : undefined;
      },
    });
    for (const spelling of ['${HOST}', '"\\x24{HOST}"', '"\\u0024{HOST}"', "'${HOST}'", '|-\n        ${HOST}']) {
      const config = text('${ID}', '${SECRET}').replace(/host: .*/, `host: ${spelling}`);
      const error = await loadConfig(config, FILE, env).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error?.message, spelling).toMatch(/details\.host: \$\{\.\.\.\} references are allowed only in credential fields/);
      expect(error?.message).not.toContain('private-bucket');
    }
    expect(read).not.toContain('HOST');
  });

  it("refuses references to the action's inputs and the runner's variables", async () => {
    const error = await loadConfig(text('${INPUT_TOKEN}', '${GITHUB_TOKEN}'), FILE, { INPUT_TOKEN: 't', GITHUB_TOKEN: 'g' }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/access_key_id: \$\{INPUT_TOKEN\} names a variable of the runner or of the action's inputs/);
    expect(error?.message).toMatch(/access_key_secret: \$\{GITHUB_TOKEN\} names a variable of the runner/);
  });
});
