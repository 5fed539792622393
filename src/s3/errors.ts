/** The S3 boundary's one error type, and the translation of SDK errors into it. Pure (no SDK). */
import { cleanServerText } from '../linode/errors.js';

/** Codes of this module's own, beside S3's (`AccessDenied`, `NoSuchBucket`, …). */
export type S3ErrorCode = string;

export interface S3ErrorInit {
  /** S3's error code (`AccessDenied`), this module's (`ObjectLockNotEnabled`), or `NetworkError`. */
  code: S3ErrorCode;
  /** 0 when no HTTP response arrived or the error is this module's. */
  status: number;
  operation: string;
  bucket: string;
  region: string;
}

/**
 * A failed S3 operation, safe to print: it carries no credentials, request or SDK object, only
 * what the message is built from.
 */
export class S3Error extends Error {
  override readonly name = 'S3Error';
  readonly code: S3ErrorCode;
  readonly status: number;
  readonly operation: string;
  readonly bucket: string;
  readonly region: string;

  constructor(message: string, init: S3ErrorInit) {
    super(message);
    this.code = init.code;
    this.status = init.status;
    this.operation = init.operation;
    this.bucket = init.bucket;
    this.region = init.region;
  }
}

export function isS3Error(error: unknown): error is S3Error {
  return error instanceof S3Error || (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'S3Error');
}

interface SdkErrorShape {
  name?: unknown;
  code?: unknown;
  Code?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: unknown };
}

/** The status and code of whatever the SDK threw (a service error, a network error, …). */
export function sdkFailure(error: unknown): { status: number; code: string; detail: string } {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorShape;
  const status = typeof e.$metadata?.httpStatusCode === 'number' ? e.$metadata.httpStatusCode : 0;
  const detail = typeof e.message === 'string' ? cleanServerText(e.message, 200) : '';
  if (status === 0) {
    const code = typeof e.code === 'string' ? e.code : typeof e.name === 'string' && e.name !== 'Error' ? e.name : 'NetworkError';
    return { status, code, detail };
  }
  const code = typeof e.Code === 'string' ? e.Code : typeof e.name === 'string' ? e.name : 'UnknownError';
  // HEAD answers have no body, so the SDK has no code to give them.
  if (code === 'UnknownError' || code === 'Unknown' || code === 'Error')
    return { status, code: status === 404 ? 'NotFound' : status === 403 ? 'Forbidden' : code, detail };
  return { status, code, detail };
}

/** What a user can do about a code, for the bucket `bucket` in `region`. */
function hint(code: string, bucket: string, region: string): string | undefined {
  switch (code) {
    case 'AccessDenied':
    case 'Forbidden':
      return `the key may not do this on bucket ${bucket}: a limited key needs read_write access to it, and Object Lock settings need an unlimited key valid in ${region}`;
    case 'InvalidAccessKeyId':
      return `the access key id is not known in ${region}: a key works only in the regions it was created for (or it was deleted)`;
    case 'SignatureDoesNotMatch':
      return 'the secret key does not belong to the access key id';
    case 'NoSuchBucket':
    case 'NotFound':
      return `bucket ${bucket} does not exist in ${region}`;
    case 'BucketAlreadyExists':
      return `the name ${bucket} is taken in ${region} by another account; choose another bucket name`;
    case 'RequestTimeTooSkewed':
      return "the runner's clock is off";
    default:
      return undefined;
  }
}

/** Turns whatever an SDK call threw into an {@link S3Error} naming the operation, bucket and region. */
export function toS3Error(error: unknown, operation: string, bucket: string, region: string): S3Error {
  if (isS3Error(error)) return error;
  const { status, code, detail } = sdkFailure(error);
  const what = status === 0 ? `${code}${detail === '' ? '' : `: ${detail}`}` : `${status} ${code}`;
  const help = hint(code, bucket, region);
  return new S3Error(`S3 ${operation} on bucket ${bucket} (${region}) failed: ${what}${help === undefined ? '' : ` — ${help}`}`, {
    code,
    status,
    operation,
    bucket,
    region,
  });
}
