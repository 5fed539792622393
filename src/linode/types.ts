/**
 * Shapes of the Linode Logs ("monitor/streams") API, as the API returns and accepts them.
 * Shared by the client, the emulator, the plan and apply.
 */

export const DESTINATION_TYPES = ['akamai_object_storage', 'custom_https'] as const;
export type DestinationType = (typeof DESTINATION_TYPES)[number];

export const STREAM_TYPES = ['audit_logs', 'lke_audit_logs'] as const;
export type StreamType = (typeof STREAM_TYPES)[number];

/** What a user may ask for. */
export const DESIRED_STREAM_STATUSES = ['active', 'inactive'] as const;
export type DesiredStreamStatus = (typeof DESIRED_STREAM_STATUSES)[number];

/**
 * What the API reports. A new or repointed stream is `provisioning` (up to an hour);
 * setting `inactive` makes it `deactivating`. PUT is refused in both transitional states.
 */
export type LiveStreamStatus = DesiredStreamStatus | 'provisioning' | 'deactivating';

/** Server-kept audit fields on every resource. */
export interface AuditFields {
  created: string;
  created_by: string;
  updated: string;
  updated_by: string;
}

/** `details` of a destination as returned by the API: secrets are never returned. */
export type JsonObject = { [key: string]: JsonValue };
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

export interface LiveDestination extends AuditFields {
  id: number;
  label: string;
  type: DestinationType;
  details: JsonObject;
  version: number;
}

export interface StreamDetails {
  cluster_ids?: number[];
  is_auto_add_all_clusters_enabled?: boolean;
}

export interface LiveStream extends AuditFields {
  id: number;
  label: string;
  type: StreamType;
  status: LiveStreamStatus;
  /** The API embeds the destination objects; a stream has exactly one. */
  destinations: LiveDestination[];
  /** `null` (or absent) for `audit_logs`. */
  details: StreamDetails | null;
  version: number;
  primary_destination_id?: number;
  stream_audit_id?: number;
}

export interface LiveState {
  destinations: LiveDestination[];
  streams: LiveStream[];
}

/** POST body of a destination: the full desired state, secrets included. */
export interface DestinationBody {
  label: string;
  type: DestinationType;
  details: JsonObject;
}

/**
 * PUT body of a destination: `label` and the complete `details`, secrets included. No `type`:
 * it cannot change, and an update body is label and details.
 */
export type DestinationUpdateBody = Omit<DestinationBody, 'type'>;

/** POST body of a stream. `details` only for `lke_audit_logs`. */
export interface StreamBody {
  label: string;
  type: StreamType;
  status: DesiredStreamStatus;
  destinations: number[];
  details?: StreamDetails;
}

/** PUT body of a stream: `label`, `status`, `destinations` and (lke_audit_logs) `details`; no `type`. */
export type StreamUpdateBody = Omit<StreamBody, 'type'>;

/** The list envelope of every collection GET. An empty list has `pages: 0`. */
export interface Page<T> {
  data: T[];
  page: number;
  pages: number;
  results: number;
}

/** One entry of `/history`: the resource as it was at one version. */
export type HistoryEntry<T> = T;

/** The API's error body. */
export interface ApiErrorBody {
  errors: Array<{ reason: string; field?: string }>;
}

/** Fields whose values the API accepts but never returns. */
export const SECRET_FIELD_PATHS = [
  'access_key_secret',
  'authentication.details.basic_authentication_password',
  'client_certificate_details.client_private_key',
  'custom_headers[].value',
] as const;
