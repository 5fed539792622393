import { checkedId, createApi, type LinodeClientOptions } from './api.js';
import { destinationReflects, streamReflects } from './reflects.js';
import type { DestinationBody, DestinationUpdateBody, HistoryEntry, LiveDestination, LiveState, LiveStream, StreamBody, StreamUpdateBody } from './types.js';

export { DEFAULT_TIMEOUT_MS, labelFilter, type LinodeClientOptions } from './api.js';

const STREAMS = '/monitor/streams';
const DESTINATIONS = '/monitor/streams/destinations';

/**
 * Everything plan and apply need from the Linode Logs API. Apply depends on this interface,
 * not on axios, so tests can pass the emulator-backed client or a fake.
 */
export interface LogsApi {
  listDestinations(): Promise<LiveDestination[]>;
  listStreams(): Promise<LiveStream[]>;
  getDestination(id: number): Promise<LiveDestination>;
  getStream(id: number): Promise<LiveStream>;
  /** Never blindly re-POSTs: after an ambiguous failure it re-lists by label and adopts a match. */
  createDestination(body: DestinationBody): Promise<LiveDestination>;
  /**
   * PUT of the full desired state, decided against the resource at `version`. Never blindly
   * re-sent: after a failure that may have been applied it reads the destination back and, if
   * its version moved and it holds what was sent, returns it; otherwise it sends the PUT again.
   */
  updateDestination(id: number, body: DestinationUpdateBody, version: number): Promise<LiveDestination>;
  deleteDestination(id: number): Promise<void>;
  createStream(body: StreamBody): Promise<LiveStream>;
  /**
   * Like updateDestination. A repeated PUT of a stream would fail where the first succeeded: a
   * repointed stream is `provisioning`, and PUT then answers "Unable to edit Stream at this time".
   */
  updateStream(id: number, body: StreamUpdateBody, version: number): Promise<LiveStream>;
  deleteStream(id: number): Promise<void>;
  destinationHistory(id: number): Promise<HistoryEntry<LiveDestination>[]>;
  streamHistory(id: number): Promise<HistoryEntry<LiveStream>[]>;
}

/**
 * A {@link LogsApi} backed by the Linode API through axios (api.ts, http.ts): bearer auth, pagination, retries with a
 * time budget, safe creates (never blindly re-POSTs; adopts what an interrupted create made) and
 * {@link LinodeApiError}s that carry no request config. Throws at once on an unsafe `apiUrl` or
 * an unusable token.
 */
export function createLinodeClient(options: LinodeClientOptions): LogsApi {
  const api = createApi(options);
  // Async arrows, so a bad id rejects like any other failure instead of throwing synchronously.
  return {
    listDestinations: async () => api.list<LiveDestination>(DESTINATIONS),
    listStreams: async () => api.list<LiveStream>(STREAMS),
    getDestination: async (id) => api.get<LiveDestination>(`${DESTINATIONS}/${checkedId(id)}`),
    getStream: async (id) => api.get<LiveStream>(`${STREAMS}/${checkedId(id)}`),
    createDestination: async (body: DestinationBody) => api.create<LiveDestination>(DESTINATIONS, body),
    updateDestination: async (id, body, version) =>
      api.update<LiveDestination>(`${DESTINATIONS}/${checkedId(id)}`, body, { version, reflects: (live) => destinationReflects(body, live) }),
    deleteDestination: async (id) => api.remove(`${DESTINATIONS}/${checkedId(id)}`),
    createStream: async (body: StreamBody) => api.create<LiveStream>(STREAMS, body),
    updateStream: async (id, body, version) =>
      api.update<LiveStream>(`${STREAMS}/${checkedId(id)}`, body, { version, reflects: (live) => streamReflects(body, live) }),
    deleteStream: async (id) => api.remove(`${STREAMS}/${checkedId(id)}`),
    destinationHistory: async (id) => api.list<LiveDestination>(`${DESTINATIONS}/${checkedId(id)}/history`),
    streamHistory: async (id) => api.list<LiveStream>(`${STREAMS}/${checkedId(id)}/history`),
  };
}

/** Destinations and streams, read at the same time (the two listings are independent). */
export async function fetchLiveState(api: LogsApi): Promise<LiveState> {
  const [destinations, streams] = await Promise.all([api.listDestinations(), api.listStreams()]);
  return { destinations: destinations.map(currentTypeName), streams };
}

/**
 * The Object Storage destination type was called `linode_object_storage` (Linode's log-streams
 * tutorial still sends it); the API now says `akamai_object_storage`. A destination reported
 * under the old name is the same type: read as the current one, it is never planned a replace.
 */
export const OLD_OBJECT_STORAGE_TYPE = 'linode_object_storage';

function currentTypeName(destination: LiveDestination): LiveDestination {
  return (destination.type as string) === OLD_OBJECT_STORAGE_TYPE ? { ...destination, type: 'akamai_object_storage' } : destination;
}
