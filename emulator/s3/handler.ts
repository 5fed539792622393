/**
 * The emulator's S3 endpoint: just what log delivery needs, against the emulator's Object
 * Storage keys and buckets. Operations: CreateBucket (with `x-amz-bucket-object-lock-enabled`),
 * HeadBucket, Get/PutObjectLockConfiguration, PutObject, HeadObject, GetObject, ListObjectsV2.
 * Anything else answers 501 NotImplemented, so a client relying on more notices here.
 *
 * Addressing: path-style below `/s3/<cluster>/` (the emulator's stand-in for
 * `https://<cluster>.linodeobjects.com`), or by Host header, path-style on
 * `<cluster>.linodeobjects.com` or virtual-host style on `<bucket>.<cluster>.linodeobjects.com`.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as zlib from 'node:zlib';
import { bucketNameProblems } from '../../src/linode/rules.js';
import { regionOfCluster } from '../../src/s3/endpoint.js';
import { LOCK_MODES } from '../../src/s3/retention.js';
import {
  retentionMs,
  retentionProblem,
  type BucketAction,
  type BucketRecord,
  type ObjectRecord,
  type ObjectStorage,
  type RetentionRule,
} from '../object-storage.js';
import { checkShape, signatureMatches, type SignedRequest } from './sigv4.js';

export const S3_PREFIX = '/s3/';

export interface S3Target {
  cluster: string;
  bucket: string | undefined;
  /** Decoded object key; undefined for bucket (or service) requests. */
  key: string | undefined;
}

export interface S3Reply {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

export interface S3Outcome {
  reply: S3Reply;
  operation: string;
  accessKey?: string;
}

const S3_HOST = /^(?:(?<bucket>[a-z0-9.-]+)\.)?(?<cluster>[a-z]{2}-[a-z]+-\d+)\.linodeobjects\.com(?::\d+)?$/;

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Splits `bucket/key...` (still encoded) into its parts. */
function bucketAndKey(rest: string): { bucket: string | undefined; key: string | undefined } {
  if (rest === '') return { bucket: undefined, key: undefined };
  const at = rest.indexOf('/');
  if (at === -1) return { bucket: decode(rest), key: undefined };
  const key = rest.slice(at + 1);
  return { bucket: decode(rest.slice(0, at)), key: key === '' ? undefined : decode(key) };
}

/** Where an S3 request goes, or undefined when the request is not one for the S3 endpoint. */
export function parseS3Target(host: string | undefined, rawPath: string): S3Target | undefined {
  if (rawPath.startsWith(S3_PREFIX)) {
    const rest = rawPath.slice(S3_PREFIX.length);
    const at = rest.indexOf('/');
    const cluster = at === -1 ? rest : rest.slice(0, at);
    return { cluster, ...bucketAndKey(at === -1 ? '' : rest.slice(at + 1)) };
  }
  const match = S3_HOST.exec((host ?? '').toLowerCase());
  if (!match?.groups?.cluster) return undefined;
  const path = rawPath.replace(/^\//, '');
  if (match.groups.bucket !== undefined) {
    return { cluster: match.groups.cluster, bucket: match.groups.bucket, key: path === '' ? undefined : decode(path) };
  }
  return { cluster: match.groups.cluster, ...bucketAndKey(path) };
}

// ---- XML ----

const NS = 'http://s3.amazonaws.com/doc/2006-03-01/';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

function xmlEscape(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

function xmlText(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml);
  return match?.[1]?.trim();
}

const newRequestId = (): string => randomBytes(8).toString('hex').toUpperCase();

function xmlReply(status: number, xml: string, headers: Record<string, string> = {}): S3Reply {
  return { status, headers: { 'Content-Type': 'application/xml', ...headers }, body: DECLARATION + xml };
}

/** An S3 error: XML `<Error>` body (none for HEAD, which has no body). */
function s3Error(status: number, code: string, message: string, extra: Record<string, string> = {}): S3Reply {
  const requestId = newRequestId();
  const fields = Object.entries(extra)
    .map(([name, value]) => `<${name}>${xmlEscape(value)}</${name}>`)
    .join('');
  return xmlReply(status, `<Error><Code>${code}</Code><Message>${xmlEscape(message)}</Message>${fields}<RequestId>${requestId}</RequestId></Error>`, {
    'x-amz-request-id': requestId,
  });
}

const noSuchBucket = (bucket: string): S3Reply => s3Error(404, 'NoSuchBucket', 'The specified bucket does not exist', { BucketName: bucket });
const accessDenied = (): S3Reply => s3Error(403, 'AccessDenied', 'Access Denied');
const notImplemented = (what: string): S3Reply => s3Error(501, 'NotImplemented', `The emulator's S3 endpoint does not implement ${what}.`);

function lockXml(bucket: BucketRecord): string {
  const rule = bucket.retention;
  const period = rule === null ? '' : rule.days !== undefined ? `<Days>${rule.days}</Days>` : `<Years>${rule.years}</Years>`;
  const ruleXml = rule === null ? '' : `<Rule><DefaultRetention><Mode>${rule.mode}</Mode>${period}</DefaultRetention></Rule>`;
  return `<ObjectLockConfiguration xmlns="${NS}"><ObjectLockEnabled>Enabled</ObjectLockEnabled>${ruleXml}</ObjectLockConfiguration>`;
}

/** The retention `rule` would weaken `current` in COMPLIANCE mode: shorter, another mode, or none. */
function weakens(current: RetentionRule | null, rule: RetentionRule | null): boolean {
  if (current?.mode !== 'COMPLIANCE') return false;
  return rule === null || rule.mode !== 'COMPLIANCE' || retentionMs(rule) < retentionMs(current);
}

// ---- requests ----

/**
 * Query parameters the served operations understand; any other (a sub-resource, or a listing
 * option such as `delimiter` that is not implemented) answers NotImplemented rather than being ignored.
 */
const KNOWN_QUERY = new Set(['x-id', 'object-lock', 'list-type', 'prefix', 'delimiter', 'max-keys', 'continuation-token', 'start-after', 'fetch-owner']);

export interface S3Request extends SignedRequest {
  target: S3Target;
}

/** Answers one S3 request. */
export function handleS3(storage: ObjectStorage, request: S3Request): S3Outcome {
  const { target, method } = request;
  const query = new URLSearchParams(request.rawQuery);
  const operation = operationOf(method, target, query);
  const done = (reply: S3Reply, accessKey?: string): S3Outcome => ({
    reply: method === 'HEAD' ? { ...reply, body: '' } : reply,
    operation,
    ...(accessKey === undefined ? {} : { accessKey }),
  });

  const region = regionOfCluster(target.cluster);
  if (region === undefined) return done(s3Error(400, 'InvalidRequest', `Unknown Object Storage cluster "${target.cluster}".`));

  const shape = checkShape(request);
  if ('code' in shape) {
    const status =
      shape.code === 'NotImplemented' ? 501 : shape.code === 'XAmzContentSHA256Mismatch' || shape.code === 'AuthorizationHeaderMalformed' ? 400 : 403;
    return done(s3Error(status, shape.code, shape.message));
  }
  const key = storage.keyByAccessKey(shape.accessKey);
  // Each cluster is its own store: a key not valid in this region is unknown here.
  if (key === undefined || !storage.keyRegions(key).includes(region)) {
    return done(s3Error(403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.'), shape.accessKey);
  }
  if (!signatureMatches(request, shape, key.secretKey)) {
    return done(
      s3Error(
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
      ),
      shape.accessKey,
    );
  }
  const digest = checkDigests(request);
  if (digest !== undefined) return done(digest, shape.accessKey);

  const unknownParameter = [...query.keys()].find((name) => !KNOWN_QUERY.has(name));
  if (unknownParameter !== undefined) return done(notImplemented(`the ?${unknownParameter} sub-resource`), shape.accessKey);
  if (target.bucket === undefined) return done(notImplemented('service-level requests (ListBuckets)'), shape.accessKey);

  const bucketName = target.bucket;
  const bucket = storage.bucket(region, bucketName);
  const allowed = (action: BucketAction): boolean => storage.decide(key, region, bucketName, action) === 'allowed';
  const reply = ((): S3Reply => {
    switch (operation) {
      case 'CreateBucket': {
        const problems = bucketNameProblems(bucketName);
        if (problems.length > 0) return s3Error(400, 'InvalidBucketName', problems.join(' '), { BucketName: bucketName });
        if (bucket !== undefined) {
          return s3Error(409, 'BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.', {
            BucketName: bucketName,
          });
        }
        if (storage.decide(key, region, bucketName, 'create-bucket') !== 'allowed') return accessDenied();
        const lock = (request.headers['x-amz-bucket-object-lock-enabled'] ?? '').toLowerCase() === 'true';
        storage.createBucket(region, bucketName, lock);
        return { status: 200, headers: { Location: `/${bucketName}` }, body: '' };
      }
      case 'HeadBucket':
        if (bucket === undefined) return noSuchBucket(bucketName);
        return allowed('read') ? { status: 200, headers: { 'x-amz-bucket-region': region }, body: '' } : accessDenied();
      case 'GetObjectLockConfiguration':
        if (bucket === undefined) return noSuchBucket(bucketName);
        if (!allowed('configure')) return accessDenied();
        if (!bucket.objectLock) {
          return s3Error(404, 'ObjectLockConfigurationNotFoundError', 'Object Lock configuration does not exist for this bucket', { BucketName: bucketName });
        }
        return xmlReply(200, lockXml(bucket));
      case 'PutObjectLockConfiguration':
        if (bucket === undefined) return noSuchBucket(bucketName);
        if (!allowed('configure')) return accessDenied();
        return putObjectLock(bucket, request.body.toString('utf8'));
      case 'ListObjectsV2':
        if (bucket === undefined) return noSuchBucket(bucketName);
        return allowed('read') ? listObjects(bucket, query) : accessDenied();
      case 'PutObject': {
        if (bucket === undefined) return noSuchBucket(bucketName);
        if (!allowed('write')) return accessDenied();
        if (request.headers['x-amz-copy-source'] !== undefined) return notImplemented('CopyObject');
        const stored = storage.putObject(bucket, target.key ?? '', request.body, request.headers['content-type'] ?? 'binary/octet-stream');
        return { status: 200, headers: { ETag: stored.etag }, body: '' };
      }
      case 'HeadObject':
      case 'GetObject': {
        if (bucket === undefined) return noSuchBucket(bucketName);
        if (!allowed('read')) return accessDenied();
        const object = bucket.objects.get(target.key ?? '');
        if (object === undefined) return s3Error(404, 'NoSuchKey', 'The specified key does not exist.', { Key: target.key ?? '' });
        const headers: Record<string, string> = {
          'Content-Type': object.contentType,
          ETag: object.etag,
          'Last-Modified': new Date(object.lastModified).toUTCString(),
          'Content-Length': String(object.body.length),
        };
        if (object.retainUntil !== null && bucket.retention !== null) {
          headers['x-amz-object-lock-mode'] = bucket.retention.mode;
          headers['x-amz-object-lock-retain-until-date'] = new Date(object.retainUntil).toISOString();
        }
        return { status: 200, headers, body: operation === 'GetObject' ? object.body : '' };
      }
      default:
        return notImplemented(`${method} on this resource`);
    }
  })();
  return done(reply, shape.accessKey);
}

function operationOf(method: string, target: S3Target, query: URLSearchParams): string {
  if (target.bucket === undefined) return 'Unknown';
  if (target.key !== undefined) {
    return ({ PUT: 'PutObject', HEAD: 'HeadObject', GET: 'GetObject' } as Record<string, string>)[method] ?? 'Unknown';
  }
  if (query.has('object-lock')) {
    return ({ GET: 'GetObjectLockConfiguration', PUT: 'PutObjectLockConfiguration' } as Record<string, string>)[method] ?? 'Unknown';
  }
  if (method === 'GET' && query.get('list-type') === '2') return 'ListObjectsV2';
  return ({ PUT: 'CreateBucket', HEAD: 'HeadBucket' } as Record<string, string>)[method] ?? 'Unknown';
}

/** Content-MD5 and the SDK's CRC32 checksum, when sent, must match the body. */
function checkDigests(request: SignedRequest): S3Reply | undefined {
  const md5 = request.headers['content-md5'];
  if (md5 !== undefined && md5 !== createHash('md5').update(request.body).digest('base64')) {
    return s3Error(400, 'BadDigest', 'The Content-MD5 you specified did not match what we received.');
  }
  const crc32 = request.headers['x-amz-checksum-crc32'];
  // zlib.crc32 exists from Node 20.15 on; older runtimes skip the check.
  const compute = (zlib as { crc32?: (data: Buffer) => number }).crc32;
  if (crc32 !== undefined && compute !== undefined) {
    const expected = Buffer.alloc(4);
    expected.writeUInt32BE(compute(request.body) >>> 0);
    if (expected.toString('base64') !== crc32) {
      return s3Error(400, 'BadDigest', 'The CRC32 you specified did not match the calculated checksum.');
    }
  }
  return undefined;
}

function putObjectLock(bucket: BucketRecord, xml: string): S3Reply {
  if (!xml.includes('<ObjectLockConfiguration') || xmlText(xml, 'ObjectLockEnabled') !== 'Enabled') {
    return s3Error(400, 'MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema');
  }
  // S3 rule: Object Lock can only be enabled when a bucket is created.
  if (!bucket.objectLock) {
    return s3Error(409, 'InvalidBucketState', 'Object Lock configuration cannot be enabled on existing buckets');
  }
  let rule: RetentionRule | null = null;
  if (xml.includes('<Rule>')) {
    const mode = xmlText(xml, 'Mode');
    const days = xmlText(xml, 'Days');
    const years = xmlText(xml, 'Years');
    const candidate = {
      mode,
      ...(days === undefined ? {} : { days: Number(days) }),
      ...(years === undefined ? {} : { years: Number(years) }),
    };
    const problem = retentionProblem(candidate);
    if (problem !== undefined) return s3Error(400, 'InvalidArgument', `Invalid default retention: ${problem} (Mode: ${LOCK_MODES.join(' or ')}).`);
    rule = candidate as RetentionRule;
  }
  // The emulator's rule (stricter than S3, whose default retention only applies to new objects):
  // a COMPLIANCE default retention may be raised, never shortened, relaxed or removed.
  if (weakens(bucket.retention, rule)) {
    return s3Error(400, 'InvalidArgument', 'A COMPLIANCE default retention can be raised, but not lowered, relaxed to GOVERNANCE or removed.');
  }
  bucket.retention = rule;
  return { status: 200, headers: {}, body: '' };
}

/**
 * ListObjectsV2. With a delimiter, keys that hold it after the prefix are rolled up into one
 * CommonPrefixes entry each (S3 rule: a rolled-up prefix counts as one entry towards max-keys),
 * objects and prefixes sorted together by name, as S3 pages them.
 */
function listObjects(bucket: BucketRecord, query: URLSearchParams): S3Reply {
  const prefix = query.get('prefix') ?? '';
  const delimiter = query.get('delimiter') ?? '';
  const maxKeys = Math.min(Math.max(Number(query.get('max-keys') ?? 1000) || 1000, 1), 1000);
  const token = query.get('continuation-token');
  const after = token !== null ? Buffer.from(token, 'base64url').toString('utf8') : (query.get('start-after') ?? '');
  const entries = new Map<string, { name: string; object?: ObjectRecord }>();
  for (const o of bucket.objects.values()) {
    if (!o.key.startsWith(prefix)) continue;
    const at = delimiter === '' ? -1 : o.key.indexOf(delimiter, prefix.length);
    const name = at === -1 ? o.key : o.key.slice(0, at + delimiter.length);
    entries.set(name, at === -1 ? { name, object: o } : { name });
  }
  const matching = [...entries.values()].filter((e) => e.name > after).sort((a, b) => (a.name < b.name ? -1 : 1));
  const page = matching.slice(0, maxKeys);
  const truncated = matching.length > page.length;
  const contents = page
    .map(({ object: o }) =>
      o === undefined
        ? ''
        : `<Contents><Key>${xmlEscape(o.key)}</Key><LastModified>${new Date(o.lastModified).toISOString()}</LastModified>` +
          `<ETag>${xmlEscape(o.etag)}</ETag><Size>${o.body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`,
    )
    .join('');
  const prefixes = page
    .filter((e) => e.object === undefined)
    .map((e) => `<CommonPrefixes><Prefix>${xmlEscape(e.name)}</Prefix></CommonPrefixes>`)
    .join('');
  const last = page[page.length - 1];
  const next = truncated && last !== undefined ? `<NextContinuationToken>${Buffer.from(last.name).toString('base64url')}</NextContinuationToken>` : '';
  const given = token === null ? '' : `<ContinuationToken>${xmlEscape(token)}</ContinuationToken>`;
  const shown = delimiter === '' ? '' : `<Delimiter>${xmlEscape(delimiter)}</Delimiter>`;
  return xmlReply(
    200,
    `<ListBucketResult xmlns="${NS}"><Name>${xmlEscape(bucket.name)}</Name><Prefix>${xmlEscape(prefix)}</Prefix>${shown}` +
      `<KeyCount>${page.length}</KeyCount><MaxKeys>${maxKeys}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${given}${next}${contents}${prefixes}</ListBucketResult>`,
  );
}
