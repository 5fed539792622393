import { describe, expect, it } from 'vitest';
import type { ConfigError } from '../../src/config/errors.js';
import { MAX_SYNTAX_ERRORS } from '../../src/config/load.js';
import { errorsOf, fixture } from './fixture.js';

const FILE = '.github/linode-logs.yml';

/** What a test pins down for each error: exactly where, which path, what it says. */
async function reported(name: string): Promise<Array<Pick<ConfigError, 'line' | 'col' | 'path' | 'message'>>> {
  return (await errorsOf(fixture(name), FILE)).errors.map(({ line, col, path, message }) => ({ line, col, path, message }));
}

const has = (text: string) => expect.stringContaining(text) as unknown as string;

describe('YAML', () => {
  it('reports a syntax error where the parser found it, and nothing else', async () => {
    expect(await reported('invalid/syntax.yml')).toEqual([
      {
        line: 6,
        col: 1,
        path: [],
        message: 'YAML syntax error: Flow map in block collection must be sufficiently indented and end with a }',
      },
    ]);
  });

  it('reports the first few syntax errors and says how many more there are', async () => {
    let text = 'version: 1\ndestinations:\n';
    for (let i = 0; i < 12; i++) text += `  d${i}: x: y\n`;
    const errors = (await errorsOf(text)).errors;
    expect(errors).toHaveLength(MAX_SYNTAX_ERRORS + 1);
    expect(errors.slice(0, MAX_SYNTAX_ERRORS).map((e) => e.line)).toEqual([3, 4, 5, 6, 7]);
    expect(errors.slice(0, MAX_SYNTAX_ERRORS).every((e) => e.message.startsWith('YAML syntax error: '))).toBe(true);
    expect(errors.at(-1)).toMatchObject({
      line: 8,
      path: [],
      message: '7 more YAML syntax errors not shown (from line 8); they often follow from the ones before: fix those and run again',
    });
  });

  it("says the config must be one document, not the parser's advice to programmers", async () => {
    const errors = (await errorsOf('version: 1\n---\nprune: true\n---\nstreams: {}\n')).errors;
    expect(errors.map(({ line, col, message }) => ({ line, col, message }))).toEqual([
      { line: 2, col: 1, message: 'the config must be a single YAML document (found 3 documents separated by ---)' },
    ]);
    expect(errors[0]!.message).not.toContain('parseAllDocuments');
  });

  it('reports duplicate keys at the second occurrence, with the first one', async () => {
    expect(await reported('invalid/duplicate-key.yml')).toEqual([
      {
        line: 10,
        col: 7,
        path: ['destinations', 'bucket', 'details', 'host'],
        message: 'duplicate key "host" (first defined at line 7, col 7)',
      },
      { line: 15, col: 3, path: ['streams', 'audit'], message: 'duplicate key "audit" (first defined at line 12, col 3)' },
    ]);
  });

  it.each([['invalid/empty.yml'], ['invalid/comments-only.yml']])('reports an empty file (%s) as one clear error', async (name) => {
    expect(await reported(name)).toEqual([
      { line: 1, col: 1, path: [], message: 'the file is empty: expected a mapping with version: 1, destinations and streams' },
    ]);
  });

  it('reports a document that is not a mapping', async () => {
    expect(await reported('invalid/not-a-mapping.yml')).toEqual([{ line: 1, col: 1, path: [], message: 'must be a mapping (got a sequence)' }]);
  });

  it('reports labels that are not strings', async () => {
    expect(await reported('invalid/non-string-keys.yml')).toEqual([
      { line: 3, col: 3, path: ['destinations', '123'], message: 'destination label must be a string (got 123); quote it: "123"' },
      { line: 11, col: 3, path: ['streams'], message: 'stream label must be a string (got a sequence)' },
    ]);
  });
});

describe('structure', () => {
  it('reports unknown fields at the key, with a did-you-mean or the allowed fields', async () => {
    expect(await reported('invalid/unknown-field.yml')).toEqual([
      { line: 2, col: 1, path: ['destination'], message: 'unknown field "destination"; did you mean "destinations"?' },
      {
        line: 3,
        col: 1,
        path: ['colour'],
        message: 'unknown field "colour"; allowed fields: version, prune, stream_quota, destinations, streams, buckets, lke_clusters',
      },
      // Not also "missing required field details": the suggestion covers it.
      { line: 8, col: 5, path: ['streams', 'lke', 'detials'], message: 'unknown field "detials"; did you mean "details"?' },
    ]);
  });

  it('reports wrong types at the value', async () => {
    expect(await reported('invalid/wrong-type.yml')).toEqual([
      { line: 2, col: 8, path: ['prune'], message: 'must be true or false (got "yes")' },
      { line: 3, col: 15, path: ['stream_quota'], message: 'must be an integer (got "2")' },
      // The key: a block sequence starts on the next line. No "dangling destination" follows,
      // since the labels are unknown when destinations itself is invalid.
      { line: 4, col: 1, path: ['destinations'], message: 'must be a mapping (got a sequence)' },
      // "abc" is a cluster label, resolved at plan time.
      { line: 11, col: 33, path: ['streams', 'lke', 'details', 'cluster_ids', 2], message: 'must be an id (a positive integer) or a label (got 0)' },
      {
        line: 12,
        col: 41,
        path: ['streams', 'lke', 'details', 'is_auto_add_all_clusters_enabled'],
        message: 'must be true or false (got "false")',
      },
    ]);
  });

  it('suggests quoting a number where a string is expected', async () => {
    const text = fixture('valid/client-certificate.yml').replace('tls_hostname: mtls.example.com', 'tls_hostname: 443');
    expect((await errorsOf(text)).errors.map(String)).toEqual([
      `${FILE}:11:23: destinations.mtls.details.client_certificate_details.tls_hostname: must be a string (got 443); quote it to make it a string`,
    ]);
  });

  it('reports bad enum values with the allowed values', async () => {
    expect(await reported('invalid/bad-enum.yml')).toEqual([
      {
        line: 7,
        col: 25,
        path: ['destinations', 'siem', 'details', 'data_compression'],
        message: 'must be one of gzip, None (got "zip")',
      },
      {
        line: 8,
        col: 21,
        path: ['destinations', 'siem', 'details', 'content_type'],
        message: 'must be one of application/json, application/json; charset=utf-8 (got "text/plain")',
      },
      {
        line: 10,
        col: 15,
        path: ['destinations', 'siem', 'details', 'authentication', 'type'],
        message: 'must be one of basic, none (got "bearer")',
      },
      { line: 13, col: 11, path: ['streams', 'audit', 'type'], message: 'must be one of audit_logs, lke_audit_logs (got "audit")' },
      { line: 15, col: 13, path: ['streams', 'audit', 'status'], message: 'must be one of active, inactive (got "paused")' },
    ]);
  });

  it('says the details of an unknown destination type were not checked, and still reports keys no type allows', async () => {
    const text = `version: 1
destinations:
  logs:
    type: s3
    details:
      bucket_nme: my-bucket
      endpoint_url: https://x.example.com
  other:
    details:
      host: h.example.com
`;
    const at = (path: string[]) => ['destinations', ...path];
    expect((await errorsOf(text)).errors.map(({ line, col, path, message }) => ({ line, col, path, message }))).toEqual([
      { line: 4, col: 11, path: at(['logs', 'type']), message: 'must be one of akamai_object_storage, custom_https (got "s3")' },
      {
        line: 5,
        col: 5,
        path: at(['logs', 'details']),
        message: 'not checked: what it may hold depends on type, which must be akamai_object_storage or custom_https',
      },
      { line: 6, col: 7, path: at(['logs', 'details', 'bucket_nme']), message: 'unknown field "bucket_nme"; did you mean "bucket_name"?' },
      { line: 8, col: 3, path: at(['other']), message: 'missing required field "type"' },
      {
        line: 9,
        col: 5,
        path: at(['other', 'details']),
        message: 'not checked: what it may hold depends on type, which must be akamai_object_storage or custom_https',
      },
    ]);
  });

  it('formats an error line as file:line:col: path: message', async () => {
    expect((await errorsOf(fixture('invalid/bad-enum.yml'))).errors[0]?.toString()).toBe(
      '.github/linode-logs.yml:7:25: destinations.siem.details.data_compression: must be one of gzip, None (got "zip")',
    );
  });

  it('requires version: 1', async () => {
    expect(await reported('invalid/version.yml')).toEqual([{ line: 1, col: 10, path: ['version'], message: 'must be 1 (got 2)' }]);
    expect(await reported('invalid/version-missing.yml')).toEqual([{ line: 1, col: 1, path: [], message: 'missing required field "version"' }]);
  });
});

describe('environment references', () => {
  it('refuses literal secrets without echoing them, and shows the fix', async () => {
    const errors = await errorsOf(fixture('invalid/literal-secret.yml'));
    expect(errors.errors.map(({ line, col, path }) => ({ line, col, path }))).toEqual([
      { line: 9, col: 26, path: ['destinations', 'audit-bucket', 'details', 'access_key_secret'] },
      { line: 19, col: 42, path: ['destinations', 'siem', 'details', 'authentication', 'details', 'basic_authentication_password'] },
      { line: 22, col: 18, path: ['destinations', 'siem', 'details', 'custom_headers', 0, 'value'] },
    ]);
    expect(errors.errors[1]?.message).toBe(
      'secrets must not be committed to the repository: use ${SIEM_PASSWORD} and map the secret into env (env: SIEM_PASSWORD: ${{ secrets.SIEM_PASSWORD }}); rotate the value if it was pushed',
    );
    expect(errors.errors[0]?.message).toContain('use ${AUDIT_BUCKET_ACCESS_KEY_SECRET} and map the secret into env');
    expect(errors.errors[2]?.message).toContain('use ${SIEM_X_TENANT} and map the secret into env');
    for (const literal of ['wJalrXUtnFEMIK7MDENGbPxRfiCY', 'hunter2-s3cret', 'tenant-token-123']) {
      expect(errors.message).not.toContain(literal);
    }
  });

  it('allows references only as the whole value of a credential field', async () => {
    const whole = 'environment references must be the whole value';
    const credentialsOnly = has('${...} references are allowed only in credential fields');
    expect(await reported('invalid/partial-reference.yml')).toEqual([
      { line: 6, col: 21, path: ['destinations', 'siem', 'details', 'endpoint_url'], message: credentialsOnly },
      { line: 12, col: 18, path: ['destinations', 'siem', 'details', 'custom_headers', 0, 'value'], message: has(whole) },
      { line: 16, col: 18, path: ['streams', 'audit', 'destination'], message: credentialsOnly },
    ]);
    expect((await errorsOf(fixture('invalid/partial-reference.yml'))).message).not.toContain('Bearer');
  });
});

describe('cross-references and quota', () => {
  it('reports a stream whose destination is not in the file, suggesting the closest label', async () => {
    expect(await reported('invalid/dangling-destination.yml')).toEqual([
      {
        line: 13,
        col: 18,
        path: ['streams', 'audit', 'destination'],
        message: 'no destination "audit-bukcet" in this file; did you mean "audit-bucket"?',
      },
      {
        line: 15,
        col: 11,
        path: ['streams', 'other', 'type'],
        message: has('2 streams of type audit_logs, but stream_quota is 1'),
      },
      {
        line: 16,
        col: 18,
        path: ['streams', 'other', 'destination'],
        message: 'no destination "elsewhere" in this file (destinations: audit-bucket)',
      },
    ]);
  });

  it('reports every stream of a type beyond stream_quota, with the API reason', async () => {
    expect(await reported('invalid/stream-quota.yml')).toEqual([
      {
        line: 20,
        col: 11,
        path: ['streams', 'second-audit', 'type'],
        message:
          '2 streams of type audit_logs, but stream_quota is 1: the API refuses the extra ones ("Stream limit reached for this type"); raise stream_quota if the account allows more',
      },
    ]);
  });
});

describe('API rules', () => {
  it('checks label lengths at the key', async () => {
    const label = 'd'.repeat(256);
    expect(await reported('invalid/label-length.yml')).toEqual([
      { line: 3, col: 3, path: ['destinations', label], message: 'destination label must be at most 255 characters (got 256)' },
      { line: 11, col: 3, path: ['streams', 'ab'], message: 'stream label must be at least 3 characters (got "ab")' },
    ]);
  });

  it('checks bucket names, and that a recognised host names the bucket', async () => {
    expect(await reported('invalid/bucket.yml')).toEqual([
      {
        line: 6,
        col: 20,
        path: ['destinations', 'bad-name', 'details', 'bucket_name'],
        message:
          'invalid bucket name: Bucket name must start and end with a lowercase letter or number. Bucket name must contain only lowercase letters, numbers, periods (.), and hyphens (-). Adjacent periods and hyphens are not allowed.',
      },
      // bad-name's host is no Object Storage host, so there is no bucket to compare.
      {
        line: 14,
        col: 13,
        path: ['destinations', 'mismatch', 'details', 'host'],
        message: 'host must be the bucket\'s own host, <bucket_name>.<cluster>.linodeobjects.com (host names bucket "other-logs", bucket_name is "audit-logs")',
      },
    ]);
  });

  it('checks the endpoint URL and custom headers: forbidden names (any case) and duplicates', async () => {
    expect(await reported('invalid/headers.yml')).toEqual([
      {
        line: 6,
        col: 21,
        path: ['destinations', 'siem', 'details', 'endpoint_url'],
        message: '"not a url" is not a valid endpoint URL (expected e.g. https://logs.example.com/ingest)',
      },
      {
        line: 11,
        col: 17,
        path: ['destinations', 'siem', 'details', 'custom_headers', 0, 'name'],
        message:
          '"Authorization" cannot be a custom header: the platform sets content-type, encoding, authorization, host, akamai itself (case-insensitive); configure authentication instead',
      },
      {
        line: 15,
        col: 17,
        path: ['destinations', 'siem', 'details', 'custom_headers', 2, 'name'],
        message: 'duplicate header name "x-tenant" (also custom_headers[1]; names are case-insensitive)',
      },
      {
        line: 17,
        col: 17,
        path: ['destinations', 'siem', 'details', 'custom_headers', 3, 'name'],
        message: has('"Host" cannot be a custom header'),
      },
    ]);
  });

  it('allows stream details only on lke_audit_logs, and requires a valid cluster choice there', async () => {
    expect(await reported('invalid/stream-details.yml')).toEqual([
      {
        line: 15,
        col: 5,
        path: ['streams', 'audit', 'details'],
        message: '"details" is not allowed when type is audit_logs; only when type is lke_audit_logs',
      },
      {
        line: 17,
        col: 3,
        path: ['streams', 'lke-missing'],
        message: 'missing required field "details" (required when type is lke_audit_logs)',
      },
      {
        line: 23,
        col: 5,
        path: ['streams', 'lke-neither', 'details'],
        message: 'list the clusters in cluster_ids, or set is_auto_add_all_clusters_enabled: true',
      },
      {
        line: 30,
        col: 41,
        path: ['streams', 'lke-both', 'details', 'is_auto_add_all_clusters_enabled'],
        message: 'cannot be true together with cluster_ids: either list cluster_ids or stream all clusters',
      },
      { line: 35, col: 7, path: ['streams', 'lke-empty', 'details', 'cluster_ids'], message: 'must have at least 1 item' },
    ]);
  });

  it('requires details with both fields for basic authentication, and none for none', async () => {
    expect(await reported('invalid/authentication.yml')).toEqual([
      {
        line: 8,
        col: 7,
        path: ['destinations', 'basic-without-details', 'details', 'authentication'],
        message: 'missing required field "details" (required when type is basic)',
      },
      {
        line: 17,
        col: 9,
        path: ['destinations', 'basic-without-password', 'details', 'authentication', 'details'],
        message: 'missing required field "basic_authentication_password"',
      },
      {
        line: 26,
        col: 9,
        path: ['destinations', 'none-with-details', 'details', 'authentication', 'details'],
        message: '"details" is not allowed when type is none; only when type is basic',
      },
    ]);
  });

  it('requires the client certificate fields all or none', async () => {
    expect(await reported('invalid/client-certificate.yml')).toEqual([
      {
        line: 10,
        col: 7,
        path: ['destinations', 'mtls', 'details', 'client_certificate_details'],
        message: 'client_ca_certificate, client_certificate, client_private_key go together: all or none (missing client_ca_certificate, client_private_key)',
      },
    ]);
  });
});

describe('many errors at once', () => {
  it('reports every error, sorted by line and column', async () => {
    const errors = await errorsOf(fixture('invalid/many-errors.yml'));
    expect(errors.errors.map((e) => `${e.line}:${e.col} ${e.path.join('.')}`)).toEqual([
      '1:10 version',
      '2:8 prune',
      '8:25 destinations.siem.details.data_compression',
      '13:42 destinations.siem.details.authentication.details.basic_authentication_password',
      '15:17 destinations.siem.details.custom_headers.0.name',
      '20:20 destinations.bucket.details.bucket_name',
      '24:7 destinations.bucket.details.region',
      '28:18 streams.audit.destination',
      '29:5 streams.audit.details',
      '32:11 streams.also-audit.type',
    ]);
    expect(errors.message.split('\n')).toHaveLength(1 + 10 + 1);
    expect(errors.message).not.toContain('plaintext-password');
  });
});
