/**
 * The config file's structure, described once. Structural validation, the JSON Schema and the
 * validated value's type are derived from this; semantic rules live in semantic-rules.ts.
 */
import { AUTHENTICATION_TYPES, CONTENT_TYPES, DATA_COMPRESSIONS, MAX_TEXT_LENGTH, STREAM_LABEL_MIN_LENGTH } from '../linode/rules.js';
import { DESIRED_STREAM_STATUSES, DESTINATION_TYPES, STREAM_TYPES } from '../linode/types.js';
import { LOCK_MODES } from '../s3/retention.js';
import { bool, constant, idOrLabel, int, credential, map, object, oneOf, optional, required, secret, seq, string, tagged, type Parsed } from './descriptors.js';

/** The one value of `access_key` on an Object Storage destination. */
export const MANAGED_KEY = ['managed'] as const;

const objectStorageDetails = object(
  {
    bucket_name: required(string('Name of the Object Storage bucket that receives the logs.')),
    host: required(string('Bucket hostname, `<bucket>.<cluster>.linodeobjects.com`; its first label must be bucket_name.')),
    path: optional(string('Prefix for the log objects inside the bucket.')),
    access_key: optional(
      oneOf(
        MANAGED_KEY,
        '`managed`: the action creates a key limited to read_write on this bucket, rotates it on every update of the destination, and never shows its secret. Instead of access_key_id and access_key_secret.',
      ),
    ),
    access_key_id: optional(credential('Object Storage access key ID (or access_key: managed): literal or a `${NAME}` reference.')),
    access_key_secret: optional(
      secret('Object Storage secret key. Write-only: must be a `${NAME}` environment reference (or access_key: managed).', 'ACCESS_KEY_SECRET'),
    ),
  },
  'Where and how to write to the Object Storage bucket: access_key: managed, or access_key_id with access_key_secret.',
);

const basicAuthenticationDetails = object(
  {
    basic_authentication_user: required(credential('User name for HTTP basic authentication: literal or a `${NAME}` reference.')),
    basic_authentication_password: required(
      secret('Password for HTTP basic authentication. Write-only: must be a `${NAME}` environment reference.', 'PASSWORD'),
    ),
  },
  'Credentials for HTTP basic authentication.',
);

const authentication = tagged({
  tag: 'type',
  tagDescription: '`basic` sends HTTP basic credentials (requires details); `none` sends none (no details).',
  tagValues: AUTHENTICATION_TYPES,
  common: {},
  variants: {
    basic: { details: required(basicAuthenticationDetails) },
    none: {},
  },
  description: 'How Linode authenticates to the endpoint.',
});

const clientCertificateDetails = object(
  {
    tls_hostname: optional(string('Hostname to verify the endpoint certificate against (SNI).')),
    client_ca_certificate: optional(credential('PEM CA certificate that signs the endpoint certificate: literal or a `${NAME}` reference.')),
    client_certificate: optional(credential('PEM client certificate for mutual TLS: literal or a `${NAME}` reference.')),
    client_private_key: optional(
      secret('PEM private key of the client certificate. Write-only: must be a `${NAME}` environment reference.', 'CLIENT_PRIVATE_KEY'),
    ),
  },
  'TLS settings. client_ca_certificate, client_certificate and client_private_key go together: all or none.',
);

const customHeader = object(
  {
    name: required(string('Header name. The platform sets Content-Type, Encoding, Authorization, Host and Akamai* itself.')),
    value: required(secret('Header value. Write-only: must be a `${NAME}` environment reference.', 'HEADER', 'name')),
  },
  'An extra HTTP header sent with every request.',
);

const customHttpsDetails = object(
  {
    endpoint_url: required(string('URL the logs are POSTed to.')),
    data_compression: required(oneOf(DATA_COMPRESSIONS, 'Compression of the request body.')),
    content_type: optional(oneOf(CONTENT_TYPES, 'Content-Type of the request body.')),
    authentication: required(authentication),
    custom_headers: optional(seq(customHeader, 'Extra HTTP headers; names must be unique.')),
    client_certificate_details: optional(clientCertificateDetails),
  },
  'Where and how to POST the logs.',
);

const destination = tagged({
  tag: 'type',
  tagDescription: 'Kind of destination. Cannot be changed once created.',
  tagValues: DESTINATION_TYPES,
  common: {},
  variants: {
    akamai_object_storage: { details: required(objectStorageDetails) },
    custom_https: { details: required(customHttpsDetails) },
  },
  description: 'A log destination; its key in `destinations` is its label on Linode.',
});

const lkeStreamDetails = object(
  {
    cluster_ids: optional(seq(idOrLabel('LKE cluster, by id or by label.'), 'LKE clusters whose audit logs are streamed.', 1)),
    is_auto_add_all_clusters_enabled: optional(bool('Stream every cluster, including future ones. When true, leave out cluster_ids.')),
  },
  'Which LKE clusters to stream: non-empty cluster_ids, or is_auto_add_all_clusters_enabled: true.',
);

const stream = tagged({
  tag: 'type',
  tagDescription: 'Kind of logs. Cannot be changed once created.',
  tagValues: STREAM_TYPES,
  common: {
    destination: required(string('Label of the destination (in this file) that receives the logs.')),
    status: optional(oneOf(DESIRED_STREAM_STATUSES, 'Whether the stream delivers logs.'), 'active'),
  },
  variants: {
    audit_logs: {},
    lke_audit_logs: { details: required(lkeStreamDetails) },
  },
  description: 'A log stream; its key in `streams` is its label on Linode.',
});

const objectLock = object(
  {
    mode: required(oneOf(LOCK_MODES, 'COMPLIANCE: nobody can shorten it or delete a locked object; GOVERNANCE: users with a special permission can.')),
    days: optional(int('Default retention in days (or years).', 1)),
    years: optional(int('Default retention in years (or days).', 1)),
  },
  'Default Object Lock retention of new objects: mode and exactly one of days and years. Only ever raised; a COMPLIANCE retention is never shortened.',
);

const s3Credentials = object(
  {
    access_key_id: required(secret('Access key ID of an unlimited Object Storage key valid in the region: a `${NAME}` reference.', 'S3_ACCESS_KEY_ID')),
    secret_access_key: required(secret('Its secret key: a `${NAME}` reference.', 'S3_SECRET_ACCESS_KEY')),
  },
  'The S3 key used to create the bucket and read and raise its Object Lock (not the destination key).',
);

const bucket = object(
  {
    region: required(string('Region of the bucket, e.g. us-iad (cluster us-iad-1).')),
    object_lock: optional(objectLock),
    s3_credentials: required(s3Credentials),
  },
  'An Object Storage bucket; its key in `buckets` is the bucket name. Created with Object Lock when missing; never deleted.',
  {
    // The S3 endpoint receives the bucket's credentials, so the file (untrusted data) cannot name it.
    endpoint:
      "not read from the file: the S3 endpoint receives the bucket's credentials, so only the workflow sets it (the action's s3-endpoint input; by default https://{region}-1.linodeobjects.com). Remove it",
  },
);

const lkeCluster = object(
  {
    audit_logs: required(bool('Kubernetes API audit logs (control_plane.audit_logs_enabled); must be true. LKE Enterprise only.')),
  },
  'An LKE cluster; its key in `lke_clusters` is its id (quoted) or its label.',
);

export const configSchema = object(
  {
    version: required(constant(1, 'Version of this file format.')),
    prune: optional(bool('Delete live destinations and streams that this file does not name.'), false),
    stream_quota: optional(int('How many streams of one type the account allows.', 1), 1),
    destinations: optional(map(destination, { what: 'destination label', maxLength: MAX_TEXT_LENGTH }, 'Log destinations by label.')),
    streams: optional(map(stream, { what: 'stream label', minLength: STREAM_LABEL_MIN_LENGTH, maxLength: MAX_TEXT_LENGTH }, 'Log streams by label.')),
    buckets: optional(map(bucket, { what: 'bucket name', maxLength: 63 }, 'Object Storage buckets by name, created with Object Lock through S3.')),
    lke_clusters: optional(
      map(lkeCluster, { what: 'LKE cluster id or label', maxLength: MAX_TEXT_LENGTH }, 'LKE clusters whose Kubernetes API audit logs are turned on.'),
    ),
  },
  'Linode (Akamai Cloud Pulse) log streams and destinations, managed as code.',
);

/** The config after structural validation (invalid parts dropped). */
export type ParsedConfig = Parsed<typeof configSchema>;
