import type {
  DestinationBody,
  HistoryEntry,
  LiveDestination,
  LiveStream,
  StreamBody,
  StreamUpdateBody,
  DestinationUpdateBody,
} from './types.js';

/**
 * Everything plan and apply need from the Linode Logs API. Apply depends on this interface,
 * not on the HTTP transport, so tests can pass the emulator-backed client or a fake.
 */
export interface LogsApi {
  listDestinations(): Promise<LiveDestination[]>;
  listStreams(): Promise<LiveStream[]>;
  getDestination(id: number): Promise<LiveDestination>;
  getStream(id: number): Promise<LiveStream>;
  /** Never blindly re-POSTs: after an ambiguous failure it re-lists by label and adopts a match. */
  createDestination(body: DestinationBody): Promise<LiveDestination>;
  updateDestination(id: number, body: DestinationUpdateBody): Promise<LiveDestination>;
  deleteDestination(id: number): Promise<void>;
  createStream(body: StreamBody): Promise<LiveStream>;
  updateStream(id: number, body: StreamUpdateBody): Promise<LiveStream>;
  deleteStream(id: number): Promise<void>;
  destinationHistory(id: number): Promise<HistoryEntry<LiveDestination>[]>;
  streamHistory(id: number): Promise<HistoryEntry<LiveStream>[]>;
}
