/**
 * The emulator's state: destinations and streams as the server keeps them (secrets included),
 * their histories, and the time-based stream status transitions. Views returned from here are
 * what the API shows: copies, secrets stripped, statuses settled against the clock.
 */
import {
  DESIRED_STREAM_STATUSES,
  DESTINATION_TYPES,
  STREAM_TYPES,
  type DesiredStreamStatus,
  type DestinationBody,
  type DestinationType,
  type JsonObject,
  type LiveDestination,
  type LiveState,
  type LiveStream,
  type LiveStreamStatus,
  type StreamDetails,
  type StreamType,
} from '../src/linode/types.js';
import { normaliseDetails, publicDetails } from './details.js';
import type { SeedDestination, SeedState, SeedStream } from './types.js';

/** Distinct ranges so a test can tell a destination id from a stream id at a glance. */
export const FIRST_DESTINATION_ID = 1000;
export const FIRST_STREAM_ID = 2000;
export const FIRST_STREAM_AUDIT_ID = 3000;
/** `created_by` / `updated_by` of everything the emulator writes. */
export const EMULATOR_USER = 'emulator-user';

type TransitionalStatus = Exclude<LiveStreamStatus, DesiredStreamStatus>;

interface Audit {
  created: string;
  created_by: string;
  updated: string;
  updated_by: string;
}

export interface DestinationRecord extends Audit {
  id: number;
  label: string;
  type: DestinationType;
  /** Normalised, secrets included. */
  details: JsonObject;
  version: number;
  history: LiveDestination[];
}

export interface StreamRecord extends Audit {
  id: number;
  label: string;
  type: StreamType;
  /** What the stream settles to. */
  requested: DesiredStreamStatus;
  /** A transitional status until `until` (clock ms); null when settled. */
  transition: { status: TransitionalStatus; until: number } | null;
  destinationId: number;
  details: StreamDetails | null;
  version: number;
  streamAuditId: number;
  history: LiveStream[];
}

export interface StreamInput {
  label: string;
  status: DesiredStreamStatus;
  destinationId: number;
  details: StreamDetails | null;
}

export interface StoreTiming {
  clock(): number;
  provisioningMs(): number;
  deactivatingMs(): number;
}

/** A seed the emulator cannot take (unknown destination, taken id, …). */
export class SeedError extends Error {
  override name = 'SeedError';
}

/** The API's timestamp format: ISO 8601, UTC, seconds, no zone suffix ('2026-11-21T14:03:07'). */
export function timestamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

const byId = <T extends { id: number }>(a: T, b: T): number => a.id - b.id;

export class Store {
  readonly destinations = new Map<number, DestinationRecord>();
  readonly streams = new Map<number, StreamRecord>();
  private nextDestinationId = FIRST_DESTINATION_ID;
  private nextStreamId = FIRST_STREAM_ID;
  private nextStreamAuditId = FIRST_STREAM_AUDIT_ID;

  constructor(private readonly timing: StoreTiming) {}

  /** Empty state; ids start from their first values again. */
  reset(): void {
    this.destinations.clear();
    this.streams.clear();
    this.nextDestinationId = FIRST_DESTINATION_ID;
    this.nextStreamId = FIRST_STREAM_ID;
    this.nextStreamAuditId = FIRST_STREAM_AUDIT_ID;
  }

  // ---- views ----

  destinationView(record: DestinationRecord): LiveDestination {
    return {
      id: record.id,
      label: record.label,
      type: record.type,
      details: publicDetails(record.details),
      version: record.version,
      created: record.created,
      created_by: record.created_by,
      updated: record.updated,
      updated_by: record.updated_by,
    };
  }

  /** Settles an elapsed transition; statuses change lazily, on whatever request comes next. */
  status(record: StreamRecord): LiveStreamStatus {
    if (record.transition && this.timing.clock() >= record.transition.until) record.transition = null;
    return record.transition?.status ?? record.requested;
  }

  isTransitional(record: StreamRecord): boolean {
    return this.status(record) !== record.requested;
  }

  streamView(record: StreamRecord): LiveStream {
    const destination = this.destinations.get(record.destinationId);
    return {
      id: record.id,
      label: record.label,
      type: record.type,
      status: this.status(record),
      // The API embeds the destination as it is now, secrets stripped.
      destinations: destination ? [this.destinationView(destination)] : [],
      details: record.details === null ? null : structuredClone(record.details),
      version: record.version,
      created: record.created,
      created_by: record.created_by,
      updated: record.updated,
      updated_by: record.updated_by,
      primary_destination_id: record.destinationId,
      stream_audit_id: record.streamAuditId,
    };
  }

  /** Records sorted by id, the order of every list. */
  destinationRecords(): DestinationRecord[] {
    return [...this.destinations.values()].sort(byId);
  }

  streamRecords(): StreamRecord[] {
    return [...this.streams.values()].sort(byId);
  }

  listDestinations(): LiveDestination[] {
    return this.destinationRecords().map((d) => this.destinationView(d));
  }

  listStreams(): LiveStream[] {
    return this.streamRecords().map((s) => this.streamView(s));
  }

  snapshot(): LiveState {
    return { destinations: this.listDestinations(), streams: this.listStreams() };
  }

  // ---- queries for the API's rules ----

  streamsUsing(destinationId: number): StreamRecord[] {
    return [...this.streams.values()].filter((s) => s.destinationId === destinationId);
  }

  countStreams(type: StreamType): number {
    return [...this.streams.values()].filter((s) => s.type === type).length;
  }

  // ---- writes (callers have validated) ----

  createDestination(body: DestinationBody, user: string): DestinationRecord {
    const now = timestamp(this.timing.clock());
    const record: DestinationRecord = {
      id: this.nextDestinationId++,
      label: body.label,
      type: body.type,
      details: normaliseDetails(body.type, body.details),
      version: 1,
      created: now,
      created_by: user,
      updated: now,
      updated_by: user,
      history: [],
    };
    this.destinations.set(record.id, record);
    record.history.push(this.destinationView(record));
    return record;
  }

  /** A PUT replaces label and details (the body is the full desired state) and bumps the version. */
  updateDestination(record: DestinationRecord, body: Omit<DestinationBody, 'type'>, user: string): void {
    record.label = body.label;
    record.details = normaliseDetails(record.type, body.details);
    record.version += 1;
    record.updated = timestamp(this.timing.clock());
    record.updated_by = user;
    record.history.push(this.destinationView(record));
  }

  deleteDestination(id: number): void {
    this.destinations.delete(id);
  }

  /** A new stream provisions first, then becomes its requested status (active or inactive). */
  createStream(type: StreamType, input: StreamInput, user: string): StreamRecord {
    const now = timestamp(this.timing.clock());
    const record: StreamRecord = {
      id: this.nextStreamId++,
      label: input.label,
      type,
      requested: input.status,
      transition: this.begin('provisioning'),
      destinationId: input.destinationId,
      details: input.details === null ? null : structuredClone(input.details),
      version: 1,
      created: now,
      created_by: user,
      updated: now,
      updated_by: user,
      streamAuditId: this.nextStreamAuditId++,
      history: [],
    };
    this.streams.set(record.id, record);
    record.history.push(this.streamView(record));
    return record;
  }

  /**
   * The API's status rules on PUT (the caller refuses PUT while transitional):
   * repointing provisions again; inactive -> active provisions; active -> inactive deactivates.
   */
  updateStream(record: StreamRecord, input: StreamInput, user: string): void {
    const repointed = input.destinationId !== record.destinationId;
    let transition: TransitionalStatus | undefined;
    if (repointed || (record.requested === 'inactive' && input.status === 'active')) transition = 'provisioning';
    else if (record.requested === 'active' && input.status === 'inactive') transition = 'deactivating';
    record.label = input.label;
    record.requested = input.status;
    record.transition = transition ? this.begin(transition) : null;
    record.destinationId = input.destinationId;
    record.details = input.details === null ? null : structuredClone(input.details);
    record.version += 1;
    record.updated = timestamp(this.timing.clock());
    record.updated_by = user;
    // Each version gets its own audit id (the API's meaning of the field is not documented).
    record.streamAuditId = this.nextStreamAuditId++;
    record.history.push(this.streamView(record));
  }

  deleteStream(id: number): void {
    this.streams.delete(id);
  }

  private begin(status: TransitionalStatus): StreamRecord['transition'] {
    const ms = status === 'provisioning' ? this.timing.provisioningMs() : this.timing.deactivatingMs();
    return ms > 0 ? { status, until: this.timing.clock() + ms } : null;
  }

  // ---- seeding ----

  /** Puts resources in directly, all or nothing. Each gets one history entry. */
  seed(state: SeedState): void {
    if (typeof state !== 'object' || state === null) throw new SeedError('seed must be an object');
    const destinations = listOf<SeedDestination>(state.destinations, 'destinations');
    const streams = listOf<SeedStream>(state.streams, 'streams');
    const now = this.timing.clock();
    const ids = new IdPlanner(this.destinations, this.nextDestinationId);
    const destinationRecords = destinations.map((seed, i) => this.seedDestination(seed, `destinations[${i}]`, ids, now));
    const known = new Set([...this.destinations.keys(), ...destinationRecords.map((d) => d.id)]);
    const streamIds = new IdPlanner(this.streams, this.nextStreamId);
    const streamRecords = streams.map((seed, i) => this.seedStream(seed, `streams[${i}]`, streamIds, known, now));

    for (const record of destinationRecords) {
      this.destinations.set(record.id, record);
      record.history.push(this.destinationView(record));
    }
    for (const record of streamRecords) {
      record.streamAuditId = this.nextStreamAuditId++;
      this.streams.set(record.id, record);
      record.history.push(this.streamView(record));
    }
    this.nextDestinationId = ids.next;
    this.nextStreamId = streamIds.next;
  }

  private seedDestination(seed: SeedDestination, at: string, ids: IdPlanner, now: number): DestinationRecord {
    if (typeof seed !== 'object' || seed === null) throw new SeedError(`${at} must be an object`);
    if (typeof seed.label !== 'string') throw new SeedError(`${at}.label must be a string`);
    if (!(DESTINATION_TYPES as readonly string[]).includes(seed.type)) {
      throw new SeedError(`${at}.type must be one of ${DESTINATION_TYPES.join(', ')}`);
    }
    if (typeof seed.details !== 'object' || seed.details === null || Array.isArray(seed.details)) {
      throw new SeedError(`${at}.details must be an object`);
    }
    return {
      id: ids.take(seed.id, at),
      label: seed.label,
      type: seed.type,
      details: normaliseDetails(seed.type, seed.details),
      version: seed.version ?? 1,
      ...seedAudit(seed, now),
      history: [],
    };
  }

  private seedStream(seed: SeedStream, at: string, ids: IdPlanner, known: Set<number>, now: number): StreamRecord {
    if (typeof seed !== 'object' || seed === null) throw new SeedError(`${at} must be an object`);
    if (typeof seed.label !== 'string') throw new SeedError(`${at}.label must be a string`);
    if (!(STREAM_TYPES as readonly string[]).includes(seed.type)) {
      throw new SeedError(`${at}.type must be one of ${STREAM_TYPES.join(', ')}`);
    }
    const destinationId = Array.isArray(seed.destinations) && seed.destinations.length === 1 ? seed.destinations[0] : undefined;
    if (destinationId === undefined || !known.has(destinationId)) {
      throw new SeedError(`${at}.destinations must hold exactly one known destination id`);
    }
    const status = seed.status ?? 'active';
    const requestedStatus = seed.requestedStatus ?? 'active';
    if (!(DESIRED_STREAM_STATUSES as readonly string[]).includes(requestedStatus)) {
      throw new SeedError(`${at}.requestedStatus must be active or inactive`);
    }
    let requested: DesiredStreamStatus;
    let transition: StreamRecord['transition'] = null;
    switch (status) {
      case 'active':
      case 'inactive':
        requested = status;
        break;
      case 'provisioning':
        requested = requestedStatus;
        transition = { status, until: now + this.timing.provisioningMs() };
        break;
      case 'deactivating':
        requested = 'inactive';
        transition = { status, until: now + this.timing.deactivatingMs() };
        break;
      default:
        throw new SeedError(`${at}.status must be active, inactive, provisioning or deactivating`);
    }
    return {
      id: ids.take(seed.id, at),
      label: seed.label,
      type: seed.type,
      requested,
      transition,
      destinationId,
      details: seed.type === 'audit_logs' ? null : structuredClone(seed.details ?? null),
      version: seed.version ?? 1,
      ...seedAudit(seed, now),
      streamAuditId: 0,
      history: [],
    };
  }
}

function listOf<T>(value: unknown, name: string): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new SeedError(`${name} must be a list`);
  return value as T[];
}

function seedAudit(seed: Partial<Audit>, now: number): Audit {
  const at = timestamp(now);
  return {
    created: seed.created ?? at,
    created_by: seed.created_by ?? EMULATOR_USER,
    updated: seed.updated ?? seed.created ?? at,
    updated_by: seed.updated_by ?? seed.created_by ?? EMULATOR_USER,
  };
}

/** Hands out ids for a seed: explicit ones must be free; the counter stays above every id given. */
class IdPlanner {
  private readonly used: Set<number>;

  constructor(
    existing: Map<number, unknown>,
    public next: number,
  ) {
    this.used = new Set(existing.keys());
  }

  take(id: number | undefined, at: string): number {
    if (id !== undefined) {
      if (!Number.isInteger(id) || id < 1) throw new SeedError(`${at}.id must be a positive integer`);
      if (this.used.has(id)) throw new SeedError(`${at}.id ${id} is already in use`);
      this.used.add(id);
      this.next = Math.max(this.next, id + 1);
      return id;
    }
    while (this.used.has(this.next)) this.next += 1;
    this.used.add(this.next);
    return this.next++;
  }
}
