/**
 * Structural validation of POST/PUT bodies, as the real API does it: every problem of a body is
 * reported at once, each with the field path the API uses (`details.custom_headers[0].name`).
 * Pure; the rules that need state (unique labels, known destinations, quota) live in the handlers.
 */
import {
  API_REASONS,
  AUTHENTICATION_TYPES,
  CONTENT_TYPES,
  DATA_COMPRESSIONS,
  MAX_LENGTH_REASON,
  MAX_TEXT_LENGTH,
  STREAM_LABEL_MIN_LENGTH,
  bucketNameProblems,
  bucketOfHost,
  isForbiddenHeaderName,
  isValidEndpointUrl,
  type RuleViolation,
} from '../src/linode/rules.js';
import { DESIRED_STREAM_STATUSES, DESTINATION_TYPES, STREAM_TYPES, type DestinationType, type StreamType } from '../src/linode/types.js';
import { EMULATOR_REASONS as R } from './reasons.js';

type Obj = Record<string, unknown>;

/** A JSON object (not null, not an array). */
export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

const isAbsent = (value: unknown): value is undefined | null => value === undefined || value === null;
const isBlank = (value: string): boolean => value.trim().length === 0;

/** The fields a POST/PUT body may have; any other is "Object contains unknown fields.". */
const DESTINATION_KEYS = ['label', 'type', 'details'] as const;
const STREAM_KEYS = ['label', 'type', 'status', 'destinations', 'details'] as const;
const OBJECT_STORAGE_KEYS = ['access_key_id', 'access_key_secret', 'bucket_name', 'host', 'path'] as const;
const CUSTOM_HTTPS_KEYS = ['authentication', 'client_certificate_details', 'content_type', 'custom_headers', 'data_compression', 'endpoint_url'] as const;
const BASIC_AUTH_KEYS = ['basic_authentication_user', 'basic_authentication_password'] as const;
const CERTIFICATE_KEYS = ['client_ca_certificate', 'client_certificate', 'client_private_key', 'tls_hostname'] as const;
const LKE_DETAILS_KEYS = ['cluster_ids', 'is_auto_add_all_clusters_enabled'] as const;

interface TextRule {
  /** Reason when absent (and when blank, unless `blank` says otherwise); optional field when unset. */
  required?: string;
  blank?: string;
  /** Apply the API's 255-character limit (default true). */
  max?: boolean;
}

/** Collects violations: the API answers all problems of a body in one 400. */
class Problems {
  readonly list: RuleViolation[] = [];

  add(field: string | undefined, reason: string): void {
    this.list.push(field === undefined ? { reason } : { reason, field });
  }

  /** API rule: "Object contains unknown fields." for any key it does not know. */
  onlyKeys(obj: Obj, allowed: readonly string[], field?: string): void {
    if (Object.keys(obj).some((key) => !allowed.includes(key))) this.add(field, R.unknownFields);
  }

  /** Checks a string field; returns it when usable for further rules. */
  text(obj: Obj, key: string, field: string, rule: TextRule = {}): string | undefined {
    const value = obj[key];
    if (isAbsent(value)) {
      if (rule.required !== undefined) this.add(field, rule.required);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.add(field, R.mustBeString);
      return undefined;
    }
    const blankReason = rule.blank ?? rule.required;
    if (blankReason !== undefined && isBlank(value)) {
      this.add(field, blankReason);
      return undefined;
    }
    if (rule.max !== false && value.length > MAX_TEXT_LENGTH) this.add(field, MAX_LENGTH_REASON);
    return value;
  }

  /** A required enum value. */
  oneOf<T extends string>(value: unknown, values: readonly T[], field: string, required: string): T | undefined {
    if (isAbsent(value)) {
      this.add(field, required);
      return undefined;
    }
    if (!isOneOf(values, value)) {
      this.add(field, R.mustBeOneOf(values));
      return undefined;
    }
    return value;
  }
}

/**
 * The `type` of a body. On PUT (`existing` set) it may be omitted, and must not differ.
 * Returns the type to validate `details` against, if known.
 */
function typeOf<T extends string>(p: Problems, body: Obj, values: readonly T[], required: string, existing: T | undefined): T | undefined {
  if (existing !== undefined && isAbsent(body.type)) return existing;
  const type = p.oneOf(body.type, values, 'type', required);
  // API rule: "Type cannot be changed" on PUT.
  if (type !== undefined && existing !== undefined && type !== existing) {
    p.add('type', API_REASONS.typeImmutable);
    return existing;
  }
  return type;
}

/** Problems of a destination POST body, or a PUT body when `existingType` is given. */
export function destinationProblems(body: Obj, existingType?: DestinationType): RuleViolation[] {
  const p = new Problems();
  p.onlyKeys(body, DESTINATION_KEYS);
  p.text(body, 'label', 'label', { required: R.destinationLabelRequired });
  const type = typeOf(p, body, DESTINATION_TYPES, R.destinationTypeRequired, existingType);
  const details = body.details;
  if (isAbsent(details)) p.add('details', R.detailsRequired);
  else if (!isObject(details)) p.add('details', R.mustBeObject);
  else if (type !== undefined) {
    switch (type) {
      case 'akamai_object_storage':
        objectStorageProblems(p, details);
        break;
      case 'custom_https':
        customHttpsProblems(p, details);
        break;
      default: {
        const never: never = type;
        throw new Error(`unhandled destination type ${String(never)}`);
      }
    }
  }
  return p.list;
}

function objectStorageProblems(p: Problems, details: Obj): void {
  p.onlyKeys(details, OBJECT_STORAGE_KEYS, 'details');
  const bucket = p.text(details, 'bucket_name', 'details.bucket_name', {
    required: R.bucketNameRequired,
    max: false,
  });
  if (bucket !== undefined) for (const reason of bucketNameProblems(bucket)) p.add('details.bucket_name', reason);
  const host = p.text(details, 'host', 'details.host', { required: R.hostRequired });
  if (host !== undefined && bucket !== undefined) {
    // API rule: a recognised Object Storage host names its bucket, and it must be bucket_name.
    const named = bucketOfHost(host);
    if (named !== undefined && named !== bucket) p.add('details.host', R.bucketHostMismatch);
  }
  p.text(details, 'path', 'details.path');
  p.text(details, 'access_key_id', 'details.access_key_id', { required: R.accessKeyIdRequired });
  p.text(details, 'access_key_secret', 'details.access_key_secret', { required: R.accessKeySecretRequired });
}

function customHttpsProblems(p: Problems, details: Obj): void {
  p.onlyKeys(details, CUSTOM_HTTPS_KEYS, 'details');
  const url = p.text(details, 'endpoint_url', 'details.endpoint_url', { required: R.endpointUrlRequired });
  if (url !== undefined && !isValidEndpointUrl(url)) p.add('details.endpoint_url', R.endpointUrlInvalid);
  p.oneOf(details.data_compression, DATA_COMPRESSIONS, 'details.data_compression', R.dataCompressionRequired);
  if (!isAbsent(details.content_type) && !isOneOf(CONTENT_TYPES, details.content_type)) {
    p.add('details.content_type', R.mustBeOneOf(CONTENT_TYPES));
  }
  authenticationProblems(p, details.authentication);
  if (!isAbsent(details.client_certificate_details)) certificateProblems(p, details.client_certificate_details);
  if (!isAbsent(details.custom_headers)) headerProblems(p, details.custom_headers);
}

function authenticationProblems(p: Problems, auth: unknown): void {
  const field = 'details.authentication';
  if (!isObject(auth)) {
    p.add(field, isAbsent(auth) ? R.authenticationRequired : R.mustBeObject);
    return;
  }
  p.onlyKeys(auth, ['type', 'details'], field);
  const type = p.oneOf(auth.type, AUTHENTICATION_TYPES, `${field}.type`, R.authenticationRequired);
  const detailsField = `${field}.details`;
  switch (type) {
    case undefined:
      return;
    case 'basic': {
      const details = auth.details;
      if (!isAbsent(details) && !isObject(details)) {
        p.add(detailsField, R.mustBeObject);
        return;
      }
      const given = details ?? {};
      p.onlyKeys(given, BASIC_AUTH_KEYS, detailsField);
      p.text(given, 'basic_authentication_user', `${detailsField}.basic_authentication_user`, {
        required: R.basicUserRequired,
      });
      p.text(given, 'basic_authentication_password', `${detailsField}.basic_authentication_password`, {
        required: R.basicPasswordRequired,
      });
      return;
    }
    case 'none':
      // API rule: no credentials with authentication type none.
      if (!isAbsent(auth.details)) p.add(detailsField, R.noneAuthWithDetails);
      return;
    default: {
      const never: never = type;
      throw new Error(`unhandled authentication type ${String(never)}`);
    }
  }
}

function certificateProblems(p: Problems, certificate: unknown): void {
  const field = 'details.client_certificate_details';
  if (!isObject(certificate)) {
    p.add(field, R.mustBeObject);
    return;
  }
  p.onlyKeys(certificate, CERTIFICATE_KEYS, field);
  p.text(certificate, 'tls_hostname', `${field}.tls_hostname`);
  const parts = [
    ['client_ca_certificate', R.caCertificateRequired],
    ['client_certificate', R.clientCertificateRequired],
    ['client_private_key', R.clientPrivateKeyRequired],
  ] as const;
  const given = parts.filter(([key]) => p.text(certificate, key, `${field}.${key}`, { max: false }) !== undefined);
  const present = given.filter(([key]) => !isBlank(certificate[key] as string));
  // API rule: the CA certificate, certificate and private key come all together or not at all.
  if (present.length > 0 && present.length < parts.length) {
    for (const [key, reason] of parts) if (!present.some(([k]) => k === key)) p.add(`${field}.${key}`, reason);
  }
}

function headerProblems(p: Problems, headers: unknown): void {
  const field = 'details.custom_headers';
  if (!Array.isArray(headers)) {
    p.add(field, R.mustBeList);
    return;
  }
  const seen = new Set<string>();
  headers.forEach((header: unknown, index) => {
    const at = `${field}[${index}]`;
    if (!isObject(header)) {
      p.add(at, R.mustBeObject);
      return;
    }
    p.onlyKeys(header, ['name', 'value'], at);
    const name = p.text(header, 'name', `${at}.name`, { required: R.headerNameRequired, blank: R.headerNameBlank });
    if (name !== undefined) {
      // API rule: headers the platform sets itself cannot be custom headers.
      if (isForbiddenHeaderName(name)) p.add(`${at}.name`, R.headerNameForbidden);
      // API rule: header names are unique, case-insensitively.
      const key = name.trim().toLowerCase();
      if (seen.has(key)) p.add(`${at}.name`, R.headerNameDuplicate);
      seen.add(key);
    }
    p.text(header, 'value', `${at}.value`, { required: R.headerValueRequired, blank: R.headerValueBlank });
  });
}

/** Problems of a stream POST body, or a PUT body when `existingType` is given. */
export function streamProblems(body: Obj, existingType?: StreamType): RuleViolation[] {
  const p = new Problems();
  p.onlyKeys(body, STREAM_KEYS);
  const label = p.text(body, 'label', 'label', { required: R.streamLabelRequired });
  if (label !== undefined && label.length < STREAM_LABEL_MIN_LENGTH) p.add('label', R.streamLabelTooShort);
  const type = typeOf(p, body, STREAM_TYPES, R.streamTypeRequired, existingType);
  if (body.status !== undefined && !isOneOf(DESIRED_STREAM_STATUSES, body.status)) {
    p.add('status', R.mustBeOneOf(DESIRED_STREAM_STATUSES));
  }
  const destinations = body.destinations;
  // API rule: a stream has exactly one destination ("Must contain one item").
  if (!Array.isArray(destinations) || destinations.length !== 1) p.add('destinations', API_REASONS.mustContainOne);
  else if (!Number.isInteger(destinations[0])) p.add('destinations[0]', R.mustBeInteger);
  switch (type) {
    case undefined:
      break;
    case 'lke_audit_logs':
      lkeDetailsProblems(p, body.details);
      break;
    case 'audit_logs':
      // API rule: audit_logs streams take no details.
      if (!isAbsent(body.details)) p.add('details', R.auditLogsDetails);
      break;
    default: {
      const never: never = type;
      throw new Error(`unhandled stream type ${String(never)}`);
    }
  }
  return p.list;
}

function lkeDetailsProblems(p: Problems, details: unknown): void {
  if (isAbsent(details)) {
    p.add('details', R.clusterChoice);
    return;
  }
  if (!isObject(details)) {
    p.add('details', R.mustBeObject);
    return;
  }
  p.onlyKeys(details, LKE_DETAILS_KEYS, 'details');
  const ids = details.cluster_ids;
  const auto = details.is_auto_add_all_clusters_enabled;
  // API rule (@linode/validation's stream schema): exactly one of the two keys is present. Both
  // are refused even when auto-add is false, the console's default; auto-add false alone needs ids.
  if ('cluster_ids' in details === 'is_auto_add_all_clusters_enabled' in details) p.add('details', R.clusterChoice);
  else if (auto === false) p.add('details.cluster_ids', R.clusterRequired);
  if (ids !== undefined && !(Array.isArray(ids) && ids.length > 0 && ids.every((id) => Number.isInteger(id)))) {
    p.add('details.cluster_ids', R.clusterRequired);
  }
  if (!isAbsent(auto) && typeof auto !== 'boolean') p.add('details.is_auto_add_all_clusters_enabled', R.mustBeBoolean);
}
