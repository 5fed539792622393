import { STREAM_LABEL_MIN_LENGTH } from '../src/linode/rules.js';

/**
 * Error texts the emulator needs that src/linode/rules.ts does not hold. The field texts are the
 * ones Linode's own delivery validation uses for the same rules; the generic type texts
 * (`mustBe*`) and the "… is required." texts without a known original are the emulator's choice.
 */
export const EMULATOR_REASONS = {
  invalidJson: 'Invalid JSON',
  methodNotAllowed: 'Method not allowed',
  unknownFields: 'Object contains unknown fields.',
  mustBeString: 'Must be a string.',
  mustBeObject: 'Must be an object.',
  mustBeList: 'Must be a list.',
  mustBeBoolean: 'Must be a boolean.',
  mustBeInteger: 'Must be an integer.',
  mustBePositiveInteger: 'Must be a positive integer.',
  /** Not an API text: the emulator implements only an exact-label X-Filter. */
  unsupportedFilter: 'The emulator supports only an X-Filter of {"label": "<exact label>"}.',
  mustBeOneOf: (values: readonly string[]) => `Must be one of: ${values.join(', ')}.`,

  destinationLabelRequired: 'Destination name is required.',
  destinationTypeRequired: 'Destination type is required.',
  detailsRequired: 'Details are required.',
  hostRequired: 'Endpoint is required.',
  bucketNameRequired: 'Bucket name is required.',
  bucketHostMismatch: 'Bucket name in the endpoint must match the name in the Bucket field.',
  accessKeyIdRequired: 'Access Key ID is required.',
  accessKeySecretRequired: 'Secret Access Key is required.',
  endpointUrlRequired: 'Endpoint URL is required.',
  endpointUrlInvalid: 'Endpoint URL must be a valid URL.',
  dataCompressionRequired: 'Data compression is required.',
  authenticationRequired: 'Authentication Type is required.',
  basicUserRequired: 'Username is required for Basic authentication.',
  basicPasswordRequired: 'Password is required for Basic authentication.',
  noneAuthWithDetails: 'Username and password must be empty when authentication type is None.',
  caCertificateRequired: 'CA Certificate is required when other client certificate details are provided.',
  clientCertificateRequired: 'Client Certificate is required when other client certificate details are provided.',
  clientPrivateKeyRequired: 'Client Private Key is required when other client certificate details are provided.',
  headerNameRequired: 'Custom Header name is required.',
  headerNameBlank: 'Custom Header name cannot be empty or whitespace only.',
  headerNameForbidden: 'This Custom Header name cannot be used.',
  headerNameDuplicate: 'Custom Header name must be unique.',
  headerValueRequired: 'Custom Header value is required.',
  headerValueBlank: 'Custom Header value cannot be empty or whitespace only.',

  streamLabelRequired: 'Stream name is required.',
  streamLabelTooShort: `Stream name must have at least ${STREAM_LABEL_MIN_LENGTH} characters.`,
  streamTypeRequired: 'Stream type is required.',
  clusterChoice: 'Either cluster_ids or is_auto_add_all_clusters_enabled should be set.',
  clusterRequired: 'At least one cluster must be selected.',
  auditLogsDetails: 'Details should be null or no details passed for type `audit_logs`',

  // Object Storage keys and LKE clusters: no original texts are known; these are the emulator's.
  keyLabelRequired: 'Label is required.',
  keyLabelTooLong: 'Length must be 50 characters or less.',
  keyRegionRequired: 'Region is required.',
  keyRegionsRequired: 'Regions are required for a key without bucket_access.',
  bucketNotFound: 'Bucket not found in this region.',
  auditLogsEnterpriseOnly: 'Audit logs can only be enabled on LKE Enterprise clusters.',
} as const;
