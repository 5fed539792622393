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
