/**
 * Shapes of the Linode API resources around log delivery: Object Storage keys and LKE clusters,
 * as the API returns and accepts them. Shared by the account client and the emulator.
 */

export const BUCKET_PERMISSIONS = ['read_write', 'read_only'] as const;
export type BucketPermission = (typeof BUCKET_PERMISSIONS)[number];

/** One bucket a limited key may use, as sent on create. */
export interface BucketAccessBody {
  /** A region id, e.g. `us-iad`. */
  region: string;
  bucket_name: string;
  permissions: BucketPermission;
}

/** One bucket a limited key may use, as returned: the cluster (`us-iad-1`) is added. */
export interface BucketAccess extends BucketAccessBody {
  cluster: string;
}

/** A region a key is valid in, as returned. */
export interface KeyRegion {
  id: string;
  /** e.g. `us-iad-1.linodeobjects.com`. */
  s3_endpoint: string;
  endpoint_type?: string;
}

/** An Object Storage key as lists and GETs return it: the secret is never there. */
export interface ObjectStorageKey {
  id: number;
  label: string;
  /** The S3 access key id; not secret. */
  access_key: string;
  /** True when `bucket_access` limits the key (even to no bucket at all). */
  limited: boolean;
  /** `null` for an unlimited key. */
  bucket_access: BucketAccess[] | null;
  regions: KeyRegion[];
}

/**
 * The answer to the create, the only time the API shows the secret. Callers register
 * `secret_key` with the log masker at once and never log, output or persist it.
 */
export interface CreatedObjectStorageKey extends ObjectStorageKey {
  secret_key: string;
}

/**
 * POST body of a key. With `bucket_access` (even empty) the key is limited to those buckets;
 * without it the key has full access to the buckets of `regions`.
 */
export interface ObjectStorageKeyBody {
  label: string;
  regions?: string[];
  bucket_access?: BucketAccessBody[];
}

export const LKE_TIERS = ['standard', 'enterprise'] as const;
export type LkeTier = (typeof LKE_TIERS)[number];

export interface LkeControlPlane {
  high_availability: boolean;
  /** Kubernetes API audit logs; only LKE Enterprise clusters can turn them on. */
  audit_logs_enabled: boolean;
}

export interface LkeCluster {
  id: number;
  label: string;
  region: string;
  k8s_version: string;
  /** The API defaults it to `standard`; an answer without it is said to be of unknown tier. */
  tier?: LkeTier;
  control_plane: LkeControlPlane;
  status: string;
  tags: string[];
  created: string;
  updated: string;
}

/** PUT body of a cluster: only the fields sent change; `control_plane` is merged field by field. */
export interface LkeClusterUpdate {
  label?: string;
  k8s_version?: string;
  tags?: string[];
  control_plane?: Partial<LkeControlPlane>;
}

/** The endpoint types of Object Storage, oldest first (`@linode/api-v4`'s `ObjectStorageEndpointTypes`). */
export const ENDPOINT_TYPES = ['E0', 'E1', 'E2', 'E3'] as const;
export type EndpointType = (typeof ENDPOINT_TYPES)[number];

/** One entry of `GET /object-storage/endpoints`: where a region's Object Storage answers S3. */
export interface ObjectStorageEndpoint {
  region: string;
  endpoint_type: EndpointType;
  /** A host name, e.g. `us-iad-1.linodeobjects.com`; null when the region has none of this type. */
  s3_endpoint: string | null;
}
