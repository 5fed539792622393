/**
 * AWS Signature Version 4 verification for the emulator's S3 endpoint (header-signed requests,
 * as the AWS SDK sends them). node:crypto only: the emulator is bundled without node_modules.
 *
 * Not checked: the request time against the clock (tests move the emulator's clock, the SDK
 * signs with the real one), presigned URLs and aws-chunked (STREAMING-*) payloads, which the SDK
 * does not use for the operations served here.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export interface SignedRequest {
  method: string;
  /** The path exactly as sent (still percent-encoded), without the query. */
  rawPath: string;
  /** The query exactly as sent, without `?`. */
  rawQuery: string;
  /** Header name (lower case) -> value; repeated headers joined with `,`. */
  headers: Record<string, string>;
  body: Buffer;
}

export interface ParsedAuthorization {
  accessKey: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

/** Why a request is not authenticated, as the S3 error code it answers with. */
export type SignatureFailure =
  | { code: 'AccessDenied'; message: string }
  | { code: 'AuthorizationHeaderMalformed'; message: string }
  | { code: 'SignatureDoesNotMatch'; message: string }
  | { code: 'XAmzContentSHA256Mismatch'; message: string }
  | { code: 'NotImplemented'; message: string };

const ALGORITHM = 'AWS4-HMAC-SHA256';
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();

/** RFC 3986 encoding, as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
export function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The canonical query string: every parameter decoded, re-encoded, sorted by name then value. */
export function canonicalQuery(rawQuery: string): string {
  if (rawQuery === '') return '';
  return rawQuery
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const at = part.indexOf('=');
      const name = at === -1 ? part : part.slice(0, at);
      const value = at === -1 ? '' : part.slice(at + 1);
      return [uriEncode(decode(name)), uriEncode(decode(value))] as const;
    })
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

export function parseAuthorization(header: string): ParsedAuthorization | undefined {
  const match = /^AWS4-HMAC-SHA256\s+(.*)$/.exec(header.trim());
  if (!match?.[1]) return undefined;
  const fields = new Map<string, string>();
  for (const part of match[1].split(',')) {
    const at = part.indexOf('=');
    if (at > 0) fields.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  const credential = fields.get('Credential')?.split('/');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (credential?.length !== 5 || credential[4] !== 'aws4_request' || !signedHeaders || !signature) return undefined;
  const [accessKey, date, region, service] = credential as [string, string, string, string, string];
  return { accessKey, date, region, service, signedHeaders: signedHeaders.split(';'), signature: signature.toLowerCase() };
}

/** The signature a request should carry, signed with `secret`. */
export function expectedSignature(request: SignedRequest, auth: ParsedAuthorization, secret: string): string {
  const canonicalHeaders = auth.signedHeaders.map((name) => `${name}:${(request.headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  const canonicalRequest = [
    request.method,
    request.rawPath === '' ? '/' : request.rawPath,
    canonicalQuery(request.rawQuery),
    canonicalHeaders,
    auth.signedHeaders.join(';'),
    request.headers['x-amz-content-sha256'] ?? sha256(request.body),
  ].join('\n');
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`;
  const stringToSign = [ALGORITHM, request.headers['x-amz-date'] ?? '', scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, auth.date), auth.region), auth.service), 'aws4_request');
  return createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
}

/** Checks the parts of a request that do not need the key: header shape and payload hash. */
export function checkShape(request: SignedRequest): ParsedAuthorization | SignatureFailure {
  const header = request.headers.authorization;
  if (header === undefined) return { code: 'AccessDenied', message: 'Anonymous access is not allowed.' };
  const auth = parseAuthorization(header);
  if (auth === undefined) {
    return {
      code: 'AuthorizationHeaderMalformed',
      message: 'The authorization header is malformed; only AWS4-HMAC-SHA256 with Credential, SignedHeaders and Signature is accepted.',
    };
  }
  if (!auth.signedHeaders.includes('host') || request.headers['x-amz-date'] === undefined) {
    return { code: 'AuthorizationHeaderMalformed', message: 'The host header must be signed and x-amz-date must be sent.' };
  }
  const payload = request.headers['x-amz-content-sha256'];
  if (payload === undefined) return { code: 'AuthorizationHeaderMalformed', message: 'Missing required header for this request: x-amz-content-sha256.' };
  if (payload.startsWith('STREAMING-')) {
    return { code: 'NotImplemented', message: `The emulator does not accept ${payload} (aws-chunked) payloads.` };
  }
  if (payload !== UNSIGNED_PAYLOAD && payload.toLowerCase() !== sha256(request.body)) {
    return { code: 'XAmzContentSHA256Mismatch', message: 'The provided x-amz-content-sha256 header does not match what was computed.' };
  }
  return auth;
}

export function signatureMatches(request: SignedRequest, auth: ParsedAuthorization, secret: string): boolean {
  const expected = Buffer.from(expectedSignature(request, auth, secret), 'hex');
  const given = Buffer.from(auth.signature, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
