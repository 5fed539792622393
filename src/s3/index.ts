/**
 * Linode Object Storage over S3. Importing this loads no SDK: `@aws-sdk/client-s3` is imported
 * on the first call of a {@link BucketClient}.
 */
export {
  S3_REFUSALS,
  createBucketClient,
  type BucketClient,
  type BucketClientOptions,
  type BucketReach,
  type EnsureOutcome,
  type ListOptions,
  type ObjectListing,
  type ObjectLockState,
  type S3Credentials,
} from './bucket-client.js';
export {
  DEFAULT_S3_ENDPOINT,
  bucketHost,
  checkRegion,
  clusterOf,
  endpointOfHost,
  endpointsOfRegion,
  isTrustedEndpointHost,
  regionOfCluster,
  regionOfHost,
  s3EndpointFor,
  s3EndpointOf,
  trustedEndpoints,
  type TrustedEndpoint,
} from './endpoint.js';
export { S3Error, isS3Error, toS3Error } from './errors.js';
export { LOCK_MODES, describeRetention, retentionChange, retentionDays, type LockMode, type Retention, type RetentionChange } from './retention.js';
