import { describe, expect, it } from 'vitest';
import { API_REASONS, MAX_LENGTH_REASON, bucketNameProblems } from '../../src/linode/rules.js';
import { EMULATOR_REASONS as R } from '../../emulator/reasons.js';
import { SECRET, createDestination, createStream, customHttpsBody, objectStorageBody, start, streamBody, type Harness } from './helpers.js';

const DESTINATIONS = '/monitor/streams/destinations';

/** Fails when any secret value, or any secret key, appears anywhere in `value`. */
function expectNoSecrets(value: unknown): void {
  const text = JSON.stringify(value);
  expect(text).not.toContain(SECRET);
  for (const key of ['access_key_secret', 'basic_authentication_password', 'client_private_key', '"value"']) {
    expect(text).not.toContain(key);
  }
}

describe('create and read', () => {
  it('returns the destination with server fields and the details minus secrets', async () => {
    const h = await start();
    const response = await h.call('POST', DESTINATIONS, objectStorageBody());
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: 1000,
      label: 'archive',
      type: 'akamai_object_storage',
      details: {
        bucket_name: 'audit-logs',
        host: 'audit-logs.us-east-1.linodeobjects.com',
        access_key_id: 'AKIDEXAMPLE',
        path: '',
      },
      version: 1,
      created: '2026-11-21T14:03:07',
      created_by: 'emulator-user',
      updated: '2026-11-21T14:03:07',
      updated_by: 'emulator-user',
    });
    expect((await h.call('GET', `${DESTINATIONS}/1000`)).body).toEqual(response.body);
  });

  it('keeps a sent path', async () => {
    const h = await start();
    const response = await h.call('POST', DESTINATIONS, objectStorageBody('archive', { path: 'audit/' }));
    expect(response.body.details.path).toBe('audit/');
  });

  it('fills custom_https defaults: content_type null, custom_headers [], none auth without details', async () => {
    const h = await start();
    const body = {
      label: 'plain',
      type: 'custom_https',
      details: { endpoint_url: 'https://logs.example.com', data_compression: 'None', authentication: { type: 'none', details: null } },
    };
    const response = await h.call('POST', DESTINATIONS, body);
    expect(response.status).toBe(200);
    expect(response.body.details).toEqual({
      endpoint_url: 'https://logs.example.com',
      data_compression: 'None',
      authentication: { type: 'none' },
      content_type: null,
      custom_headers: [],
    });
  });

  it('never returns a secret: GET, list, embedded in a stream, history, snapshot', async () => {
    const h = await start();
    const https = await createDestination(h, customHttpsBody());
    const storage = await createDestination(h, objectStorageBody());
    await createStream(h, streamBody(https));
    const seen = [
      await h.call('GET', `${DESTINATIONS}/${https}`),
      await h.call('GET', `${DESTINATIONS}/${storage}`),
      await h.call('GET', DESTINATIONS),
      await h.call('GET', '/monitor/streams'),
      await h.call('GET', '/monitor/streams/2000'),
      await h.call('GET', `${DESTINATIONS}/${https}/history`),
      await h.call('GET', '/monitor/streams/2000/history'),
    ];
    for (const response of seen) {
      expect(response.status).toBe(200);
      expectNoSecrets(response.body);
    }
    expectNoSecrets(h.emulator.snapshot());
    // What is not secret is still there.
    expect(seen[0]?.body.details).toMatchObject({
      authentication: { type: 'basic', details: { basic_authentication_user: 'shipper' } },
      client_certificate_details: { client_ca_certificate: 'CA PEM', client_certificate: 'CERT PEM', tls_hostname: 'siem.example.com' },
      custom_headers: [{ name: 'X-Api-Key' }, { name: 'X-Tenant' }],
    });
  });

  it('answers 404 Not found for an unknown id on GET, PUT, DELETE and history', async () => {
    const h = await start();
    for (const [method, path] of [
      ['GET', `${DESTINATIONS}/1000`],
      ['PUT', `${DESTINATIONS}/1000`],
      ['DELETE', `${DESTINATIONS}/1000`],
      ['GET', `${DESTINATIONS}/1000/history`],
    ] as const) {
      const response = await h.call(method, path, method === 'PUT' ? objectStorageBody() : undefined);
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ errors: [{ reason: API_REASONS.notFound }] });
    }
  });
});

describe('validation', () => {
  async function problems(h: Harness, body: unknown) {
    const response = await h.call('POST', DESTINATIONS, body);
    expect(response.status).toBe(400);
    expect(h.emulator.snapshot().destinations).toEqual([]);
    return response.body.errors as Array<{ reason: string; field?: string }>;
  }

  const https = customHttpsBody();
  const cases: Array<[string, unknown, Array<{ reason: string; field?: string }>]> = [
    ['label missing', { ...objectStorageBody(), label: undefined }, [{ reason: R.destinationLabelRequired, field: 'label' }]],
    ['label too long', objectStorageBody('x'.repeat(256)), [{ reason: MAX_LENGTH_REASON, field: 'label' }]],
    ['type missing', { ...objectStorageBody(), type: undefined }, [{ reason: R.destinationTypeRequired, field: 'type' }]],
    ['type unknown', { ...objectStorageBody(), type: 's3' }, [{ reason: R.mustBeOneOf(['akamai_object_storage', 'custom_https']), field: 'type' }]],
    ['details missing', { label: 'x', type: 'custom_https' }, [{ reason: R.detailsRequired, field: 'details' }]],
    ['unknown top-level field', { ...objectStorageBody(), id: 5 }, [{ reason: R.unknownFields }]],
    ['unknown details field', objectStorageBody('a', { region: 'us-east' }), [{ reason: R.unknownFields, field: 'details' }]],
    [
      'bucket name and host missing',
      objectStorageBody('a', { bucket_name: undefined, host: undefined }),
      [
        { reason: R.bucketNameRequired, field: 'details.bucket_name' },
        { reason: R.hostRequired, field: 'details.host' },
      ],
    ],
    [
      'host names another bucket',
      objectStorageBody('a', { host: 'other-bucket.us-east-1.linodeobjects.com' }),
      [{ reason: 'Bucket name in the endpoint must match the name in the Bucket field.', field: 'details.host' }],
    ],
    [
      'access keys missing',
      objectStorageBody('a', { access_key_id: '', access_key_secret: undefined }),
      [
        { reason: R.accessKeyIdRequired, field: 'details.access_key_id' },
        { reason: R.accessKeySecretRequired, field: 'details.access_key_secret' },
      ],
    ],
    ['endpoint_url invalid', customHttpsBody('a', { endpoint_url: 'not a url' }), [{ reason: R.endpointUrlInvalid, field: 'details.endpoint_url' }]],
    ['endpoint_url missing', customHttpsBody('a', { endpoint_url: undefined }), [{ reason: R.endpointUrlRequired, field: 'details.endpoint_url' }]],
    [
      'data_compression unknown',
      customHttpsBody('a', { data_compression: 'zstd' }),
      [{ reason: R.mustBeOneOf(['gzip', 'None']), field: 'details.data_compression' }],
    ],
    [
      'content_type unknown',
      customHttpsBody('a', { content_type: 'text/plain' }),
      [{ reason: R.mustBeOneOf(['application/json', 'application/json; charset=utf-8']), field: 'details.content_type' }],
    ],
    [
      'authentication type unknown',
      customHttpsBody('a', { authentication: { type: 'oauth' } }),
      [{ reason: R.mustBeOneOf(['basic', 'none']), field: 'details.authentication.type' }],
    ],
    [
      'basic authentication without credentials',
      customHttpsBody('a', { authentication: { type: 'basic' } }),
      [
        { reason: R.basicUserRequired, field: 'details.authentication.details.basic_authentication_user' },
        { reason: R.basicPasswordRequired, field: 'details.authentication.details.basic_authentication_password' },
      ],
    ],
    [
      'none authentication with credentials',
      customHttpsBody('a', { authentication: { type: 'none', details: https.details.authentication.details } }),
      [{ reason: R.noneAuthWithDetails, field: 'details.authentication.details' }],
    ],
    [
      'forbidden custom header name, any case',
      customHttpsBody('a', {
        custom_headers: [
          { name: 'Authorization', value: 'x' },
          { name: ' HOST ', value: 'y' },
        ],
      }),
      [
        { reason: 'This Custom Header name cannot be used.', field: 'details.custom_headers[0].name' },
        { reason: 'This Custom Header name cannot be used.', field: 'details.custom_headers[1].name' },
      ],
    ],
    [
      'duplicate custom header names',
      customHttpsBody('a', {
        custom_headers: [
          { name: 'X-One', value: 'x' },
          { name: 'x-one', value: 'y' },
        ],
      }),
      [{ reason: R.headerNameDuplicate, field: 'details.custom_headers[1].name' }],
    ],
    [
      'empty custom header value and name',
      customHttpsBody('a', { custom_headers: [{ name: ' ', value: '' }] }),
      [
        { reason: R.headerNameBlank, field: 'details.custom_headers[0].name' },
        { reason: R.headerValueBlank, field: 'details.custom_headers[0].value' },
      ],
    ],
    [
      'partial client certificate',
      customHttpsBody('a', { client_certificate_details: { client_certificate: 'CERT' } }),
      [
        { reason: R.caCertificateRequired, field: 'details.client_certificate_details.client_ca_certificate' },
        { reason: R.clientPrivateKeyRequired, field: 'details.client_certificate_details.client_private_key' },
      ],
    ],
  ];

  it.each(cases)('refuses %s', async (_name, body, expected) => {
    const h = await start();
    expect(await problems(h, body)).toEqual(expected);
  });

  it('reports every bucket name rule from rules.ts', async () => {
    const h = await start();
    const name = 'Bad..Bucket ';
    const errors = await problems(h, objectStorageBody('a', { bucket_name: name, host: 'storage.example.com' }));
    expect(errors).toEqual(bucketNameProblems(name).map((reason) => ({ reason, field: 'details.bucket_name' })));
    expect(errors.length).toBeGreaterThan(1);
  });

  it('reports all problems of a body at once', async () => {
    const h = await start();
    const errors = await problems(h, {
      label: '',
      type: 'custom_https',
      details: { endpoint_url: 'nope', data_compression: 'gzip', authentication: { type: 'none' }, custom_headers: [{ name: 'Host', value: 'x' }] },
    });
    expect(errors.map((e) => e.field)).toEqual(['label', 'details.endpoint_url', 'details.custom_headers[0].name']);
  });

  it('allows two destinations with one label (the action, not the API, refuses to guess)', async () => {
    const h = await start();
    const first = await createDestination(h, objectStorageBody('same'));
    const second = await h.call('POST', DESTINATIONS, objectStorageBody('same'));
    expect(second.status).toBe(200);
    expect(second.body.id).not.toBe(first);
  });
});

describe('update', () => {
  it('replaces label and details, bumps the version and updated, keeps created', async () => {
    const h = await start();
    const id = await createDestination(h);
    h.clock.advance(61_000);
    const first = await h.call('PUT', `${DESTINATIONS}/${id}`, objectStorageBody('renamed', { path: 'v2/' }));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ id, label: 'renamed', version: 2, created: '2026-11-21T14:03:07', updated: '2026-11-21T14:04:08' });
    expect(first.body.details.path).toBe('v2/');
    const second = await h.call('PUT', `${DESTINATIONS}/${id}`, objectStorageBody('renamed'));
    expect(second.body.version).toBe(3);
    expect(second.body.details.path).toBe('');
  });

  it('refuses to change the type', async () => {
    const h = await start();
    const id = await createDestination(h);
    const response = await h.call('PUT', `${DESTINATIONS}/${id}`, customHttpsBody('archive'));
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual({ reason: API_REASONS.typeImmutable, field: 'type' });
    expect(h.emulator.snapshot().destinations[0]?.version).toBe(1);
  });

  it('accepts a PUT without type and validates details against the existing type', async () => {
    const h = await start();
    const id = await createDestination(h);
    const { type: _type, ...body } = objectStorageBody('no-type');
    expect((await h.call('PUT', `${DESTINATIONS}/${id}`, body)).body.label).toBe('no-type');
    const bad = await h.call('PUT', `${DESTINATIONS}/${id}`, { label: 'x', details: { endpoint_url: 'https://a.b' } });
    expect(bad.body.errors[0]).toEqual({ reason: R.unknownFields, field: 'details' });
  });
});

describe('credentials', () => {
  it('refuses an Object Storage key pair that does not match with only "An error occurred"', async () => {
    const h = await start({ credentials: { AKIDEXAMPLE: `${SECRET}-access-key` } });
    const wrong = await h.call('POST', DESTINATIONS, objectStorageBody('a', { access_key_secret: 'wrong' }));
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({ errors: [{ reason: API_REASONS.anErrorOccurred }] });
    const unknownKey = await h.call('POST', DESTINATIONS, objectStorageBody('a', { access_key_id: 'OTHER' }));
    expect(unknownKey.body).toEqual({ errors: [{ reason: API_REASONS.anErrorOccurred }] });
    expect(h.emulator.snapshot().destinations).toEqual([]);

    const id = await createDestination(h, objectStorageBody('a'));
    const update = await h.call('PUT', `${DESTINATIONS}/${id}`, objectStorageBody('b', { access_key_secret: 'wrong' }));
    expect(update.body).toEqual({ errors: [{ reason: API_REASONS.anErrorOccurred }] });
    expect(h.emulator.snapshot().destinations[0]?.label).toBe('a');
    // custom_https destinations are not tested against Object Storage.
    expect((await h.call('POST', DESTINATIONS, customHttpsBody())).status).toBe(200);
  });

  it('accepts any non-empty pair when no credentials are configured', async () => {
    const h = await start();
    expect((await h.call('POST', DESTINATIONS, objectStorageBody('a', { access_key_secret: 'anything' }))).status).toBe(200);
  });
});

describe('delete', () => {
  it('answers 200 {} and the destination is gone; ids are never reused', async () => {
    const h = await start();
    const id = await createDestination(h);
    const response = await h.call('DELETE', `${DESTINATIONS}/${id}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({});
    expect((await h.call('GET', `${DESTINATIONS}/${id}`)).status).toBe(404);
    expect(await createDestination(h)).toBe(id + 1);
  });

  it.each(['provisioning', 'active', 'inactive'] as const)('is refused while a %s stream uses it', async (status) => {
    const h = await start();
    h.emulator.seed({
      destinations: [{ id: 1000, ...objectStorageBody(), type: 'akamai_object_storage' }],
      streams: [{ ...streamBody(1000), type: 'audit_logs', status }],
    });
    const response = await h.call('DELETE', `${DESTINATIONS}/1000`);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ errors: [{ reason: API_REASONS.destinationAttached }] });
    expect(h.emulator.snapshot().destinations).toHaveLength(1);
  });
});

describe('history', () => {
  it('keeps every version, newest last, secrets stripped, in the list envelope', async () => {
    const h = await start();
    const id = await createDestination(h, customHttpsBody('v1'));
    h.clock.advance(1000);
    await h.call('PUT', `${DESTINATIONS}/${id}`, customHttpsBody('v2'));
    await h.call('PUT', `${DESTINATIONS}/${id}`, customHttpsBody('v2', { data_compression: 'None' }));
    // A refused update leaves no entry.
    await h.call('PUT', `${DESTINATIONS}/${id}`, customHttpsBody(''));
    const response = await h.call('GET', `${DESTINATIONS}/${id}/history`);
    expect(response.body).toMatchObject({ page: 1, pages: 1, results: 3 });
    expect(response.body.data.map((d: { version: number; label: string; updated: string }) => [d.version, d.label, d.updated])).toEqual([
      [1, 'v1', '2026-11-21T14:03:07'],
      [2, 'v2', '2026-11-21T14:03:08'],
      [3, 'v2', '2026-11-21T14:03:08'],
    ]);
    expect(response.body.data[2].details.data_compression).toBe('None');
    expect(response.body.data[1].details.data_compression).toBe('gzip');
    expectNoSecrets(response.body);
  });

  it('gives a seeded destination one entry', async () => {
    const h = await start();
    h.emulator.seed({ destinations: [{ ...objectStorageBody(), type: 'akamai_object_storage', version: 4, created: '2025-01-01T00:00:00' }] });
    const { body } = await h.call('GET', `${DESTINATIONS}/1000/history`);
    expect(body.data).toHaveLength(1);
    expect(body.data[0]).toMatchObject({ version: 4, created: '2025-01-01T00:00:00', updated: '2025-01-01T00:00:00' });
  });
});
