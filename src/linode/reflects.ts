/**
 * Whether a resource read back after an interrupted update holds what the update sent, so the
 * client can tell an update the server applied (its answer lost) from one it never received.
 */
import { streamStatusMayBe } from './rules.js';
import {
  SECRET_FIELD_PATHS,
  type DestinationUpdateBody,
  type JsonValue,
  type LiveDestination,
  type LiveStream,
  type StreamDetails,
  type StreamUpdateBody,
} from './types.js';

function sameDetails(sent: StreamDetails | undefined, live: StreamDetails | null | undefined): boolean {
  const ids = (details: StreamDetails | null | undefined) => [...(details?.cluster_ids ?? [])].sort((a, b) => a - b).join(',');
  // `is_auto_add_all_clusters_enabled: false` is the API's default: the same as leaving it out.
  const autoAdd = (details: StreamDetails | null | undefined) => details?.is_auto_add_all_clusters_enabled === true;
  return ids(sent) === ids(live) && autoAdd(sent) === autoAdd(live);
}

/** Label, destination, status (transitions allowed for) and LKE details are what was sent. */
export function streamReflects(body: StreamUpdateBody, live: LiveStream): boolean {
  return (
    live.label === body.label &&
    live.destinations.map((d) => d.id).join(',') === body.destinations.join(',') &&
    streamStatusMayBe(live.status, body.status) &&
    (body.details === undefined || sameDetails(body.details, live.details))
  );
}

const SECRET_PATHS: ReadonlySet<string> = new Set(SECRET_FIELD_PATHS);

/** Every field that was sent has that value in what came back, except write-only secrets. */
function holds(sent: JsonValue, live: JsonValue | undefined, path: string): boolean {
  if (SECRET_PATHS.has(path)) return true;
  if (Array.isArray(sent)) {
    return Array.isArray(live) && live.length === sent.length && sent.every((item, i) => holds(item, live[i], `${path}[]`));
  }
  if (sent !== null && typeof sent === 'object') {
    if (live === null || typeof live !== 'object' || Array.isArray(live)) return false;
    return Object.entries(sent).every(([key, value]) => holds(value, live[key], path === '' ? key : `${path}.${key}`));
  }
  return sent === live;
}

/** Label and every non-secret field of the details are what was sent. */
export function destinationReflects(body: DestinationUpdateBody, live: LiveDestination): boolean {
  return live.label === body.label && holds(body.details, live.details, '');
}
