import { describe, expect, it } from 'vitest';
import { DEFAULT_S3_ENDPOINT, bucketHost, regionOfHost, s3EndpointFor } from '../../src/s3/endpoint.js';
import { S3Error, toS3Error } from '../../src/s3/errors.js';
import { describeRetention, retentionChange, retentionDays, type Retention } from '../../src/s3/retention.js';

const C = (days: number): Retention => ({ mode: 'COMPLIANCE', days });
const G = (days: number): Retention => ({ mode: 'GOVERNANCE', days });

describe('retentionChange', () => {
  const Y = (mode: 'COMPLIANCE' | 'GOVERNANCE', years: number): Retention => ({ mode, years });
  it.each([
    [null, C(365), 'update'],
    [C(365), C(365), 'same'],
    [C(365), C(400), 'update'],
    [C(365), Y('COMPLIANCE', 1), 'update'],
    [Y('COMPLIANCE', 1), C(365), 'kept'],
    [C(365), C(300), 'kept'],
    [C(400), G(400), 'kept'],
    [G(365), G(100), 'kept'],
    [G(400), G(10), 'kept'],
    [G(365), C(365), 'update'],
    [G(365), C(500), 'update'],
    [G(365), C(30), 'update'],
    [C(365), G(500), 'update'],
  ] as const)('%j -> %j is %s', (current, desired, kind) => {
    expect(retentionChange(current, desired).kind).toBe(kind);
  });

  it("only ever raises: what it puts is never shorter or weaker than the bucket's", () => {
    expect(retentionChange(C(365), C(400))).toEqual({ kind: 'update', to: C(400) });
    expect(retentionChange(G(400), C(30))).toEqual({
      kind: 'update',
      to: C(400),
      note: "declared COMPLIANCE 30 days; raised to COMPLIANCE 400 days, keeping the bucket's longer period (GOVERNANCE 400 days)",
    });
    expect(retentionChange(C(365), G(500))).toEqual({
      kind: 'update',
      to: C(500),
      note: "declared GOVERNANCE 500 days; raised to COMPLIANCE 500 days, keeping the bucket's COMPLIANCE mode",
    });
  });

  it("says the bucket's retention is kept when the file asks for less", () => {
    expect(retentionChange(C(400), C(365))).toEqual({
      kind: 'kept',
      note: "the bucket's default retention COMPLIANCE 400 days is already at least the declared COMPLIANCE 365 days; kept, as the action only ever raises a retention",
    });
    expect(describeRetention({ mode: 'GOVERNANCE', years: 1 })).toBe('GOVERNANCE 1 year');
    expect(retentionDays({ mode: 'GOVERNANCE', years: 2 })).toBe(730);
  });
});

describe('endpoints', () => {
  it("derives a region's endpoint and bucket host like Linode names them", () => {
    expect(s3EndpointFor('us-iad')).toBe('https://us-iad-1.linodeobjects.com');
    expect(DEFAULT_S3_ENDPOINT).toBe('https://{region}-1.linodeobjects.com');
    expect(s3EndpointFor('us-iad', 'http://127.0.0.1:9000/s3/{region}-1/')).toBe('http://127.0.0.1:9000/s3/us-iad-1');
    expect(bucketHost('audit-logs', 'us-iad')).toBe('audit-logs.us-iad-1.linodeobjects.com');
    expect(regionOfHost('audit-logs.us-iad-1.linodeobjects.com')).toBe('us-iad');
    expect(regionOfHost('us-east-1.linodeobjects.com')).toBe('us-east');
    expect(regionOfHost('audit-logs.s3.us-east-1.amazonaws.com')).toBeUndefined();
  });

  it('refuses plain http off loopback, credentials in the URL and bad regions', () => {
    expect(() => s3EndpointFor('us-iad', 'http://{region}-1.linodeobjects.com')).toThrow(/must use https/);
    expect(() => s3EndpointFor('us-iad', 'https://key:secret@example.com')).toThrow(/must not contain credentials/);
    expect(() => s3EndpointFor('us_iad.evil')).toThrow(/not a Linode region id/);
    expect(() => s3EndpointFor('in-bom-2')).not.toThrow();
  });
});

describe('toS3Error', () => {
  it('names operation, bucket, region, status and code, with a hint, and nothing of the SDK object', () => {
    const sdkError = Object.assign(new Error('Access Denied'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 }, $response: { secret: 'x' } });
    const error = toS3Error(sdkError, 'PutObjectLockConfiguration', 'audit-logs', 'us-iad');
    expect(error).toBeInstanceOf(S3Error);
    expect(error.message).toBe(
      'S3 PutObjectLockConfiguration on bucket audit-logs (us-iad) failed: 403 AccessDenied — the key may not do this on bucket audit-logs: a limited key needs read_write access to it, and Object Lock settings need an unlimited key valid in us-iad',
    );
    expect(Object.keys(error)).not.toContain('$response');
    expect(toS3Error(Object.assign(new Error(''), { name: 'Unknown', $metadata: { httpStatusCode: 404 } }), 'HeadBucket', 'b', 'us-iad').code).toBe('NotFound');
    const network = toS3Error(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }), 'HeadBucket', 'b', 'us-iad');
    expect([network.status, network.code, network.message]).toEqual([
      0,
      'ECONNREFUSED',
      'S3 HeadBucket on bucket b (us-iad) failed: ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9',
    ]);
  });
});

describe('a DefaultRetention as S3 answers it', () => {
  it('reads the positive one of Days and Years when both come back', async () => {
    const { retentionOf } = await import('../../src/s3/bucket-client.js');
    expect(retentionOf({ Mode: 'COMPLIANCE', Days: 0, Years: 1 })).toEqual({ mode: 'COMPLIANCE', years: 1 });
    expect(retentionOf({ Mode: 'GOVERNANCE', Days: 30, Years: 0 })).toEqual({ mode: 'GOVERNANCE', days: 30 });
  });
});
