import { checkedId, createApiCore, type LinodeClientOptions } from './api-core.js';
import type { LogsApi } from './client.js';
import { destinationReflects, streamReflects } from './reflects.js';
import type { DestinationBody, LiveDestination, LiveState, LiveStream, StreamBody } from './types.js';

export { DEFAULT_TIMEOUT_MS, labelFilter, type LinodeClientOptions } from './api-core.js';

const STREAMS = '/monitor/streams';
const DESTINATIONS = '/monitor/streams/destinations';

/**
 * A {@link LogsApi} backed by the Linode API over node's https: bearer auth, pagination, retries with a
 * time budget, safe creates (never blindly re-POSTs; adopts what an interrupted create made) and
 * {@link LinodeApiError}s that carry no request config. Throws at once on an unsafe `apiUrl` or
 * an unusable token.
 */
export function createLinodeClient(options: LinodeClientOptions): LogsApi {
  const api = createApiCore(options);
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
  return { destinations, streams };
}
