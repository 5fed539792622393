/**
 * The Linode Logs API's own validation rules and error texts, as facts. One source for the
 * emulator (which answers 400 with them) and the config validator (which reports them against
 * the YAML file before anything is changed).
 */

import type { DesiredStreamStatus, LiveStreamStatus } from './types.js';

export interface RuleViolation {
  reason: string;
  /** Dotted field path as the API reports it, e.g. `details.custom_headers[0].name`. */
  field?: string;
}

export const MAX_TEXT_LENGTH = 255;
export const MAX_LENGTH_REASON = 'Length must be 255 characters or less.';
export const STREAM_LABEL_MIN_LENGTH = 3;

/** Custom headers the platform sets itself; the API refuses them case-insensitively. */
export const FORBIDDEN_CUSTOM_HEADER_NAMES = ['content-type', 'encoding', 'authorization', 'host', 'akamai'] as const;

export const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8'] as const;
export const DATA_COMPRESSIONS = ['gzip', 'None'] as const;
export const AUTHENTICATION_TYPES = ['basic', 'none'] as const;

/**
 * An Object Storage host names its bucket as the first label(s): `<bucket>.<cluster>.linodeobjects.com`
 * (or an S3 host). The API refuses a host whose bucket differs from `bucket_name`.
 */
const OBJECT_STORAGE_HOST = /^(?<bucket>[a-z0-9-.]+)\.(?:s3(?:-accesspoint)?\.[a-z0-9-]+\.amazonaws\.com|[a-z0-9-]+\.linodeobjects\.com)$/;

/** The bucket a host names, or undefined when the host is not a recognised Object Storage host. */
export function bucketOfHost(host: string): string | undefined {
  return OBJECT_STORAGE_HOST.exec(host)?.groups?.bucket;
}

/** Bucket-name rules of Linode Object Storage (S3-compatible). Returns the reasons it breaks. */
export function bucketNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (name.length < 3 || name.length > 63) problems.push('Bucket name must be between 3 and 63 characters.');
  if (/\s/.test(name)) problems.push('Bucket name must not contain spaces.');
  if (!/^[a-z0-9].*[a-z0-9]$/.test(name)) {
    problems.push('Bucket name must start and end with a lowercase letter or number.');
  }
  if (!/^(?!.*[.-]{2})[a-z0-9.-]+$/.test(name)) {
    problems.push('Bucket name must contain only lowercase letters, numbers, periods (.), and hyphens (-). Adjacent periods and hyphens are not allowed.');
  }
  return problems;
}

/** The endpoint URL rule of custom HTTPS destinations. */
export function isValidEndpointUrl(url: string): boolean {
  return /^(https?:\/\/)?([\w-]+(\.[\w-]+)+)(\/\S*)?$/.test(url);
}

export function isForbiddenHeaderName(name: string): boolean {
  return (FORBIDDEN_CUSTOM_HEADER_NAMES as readonly string[]).includes(name.trim().toLowerCase());
}

/** Error texts the real API answers with; code that depends on one names it. */
export const API_REASONS = {
  invalidToken: 'Invalid Token',
  /** A valid token without the scope an endpoint needs (the API does not name the scope). */
  tokenNotAuthorized: 'Your OAuth token is not authorized to use this endpoint.',
  /** The API's 403 text, e.g. for an account without access to a feature. */
  unauthorized: 'Unauthorized',
  notFound: 'Not found',
  destinationNotFound: 'Destination not found',
  mustContainOne: 'Must contain one item',
  unableToEditStream: 'Unable to edit Stream at this time',
  destinationAttached: 'Unable to delete Destination attached to active or inactive Stream',
  /** A destination create that fails its credential test (a test object write) says only this. */
  anErrorOccurred: 'An error occurred',
  streamQuota: 'Stream limit reached for this type',
  typeImmutable: 'Type cannot be changed',
  tooManyRequests: 'Too many requests',
} as const;

/**
 * Whether a stream whose status is `live` is, or may be on its way to, `desired`. The API does
 * not say what a `provisioning` stream was asked to become: a new or repointed stream is
 * `provisioning` whatever status it was given, so that matches either; `deactivating` (after
 * setting `inactive`) ends as `inactive`.
 */
export function streamStatusMayBe(live: LiveStreamStatus, desired: DesiredStreamStatus): boolean {
  switch (live) {
    case 'provisioning':
      return true;
    case 'deactivating':
      return desired === 'inactive';
    default:
      return live === desired;
  }
}
