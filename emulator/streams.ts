/** Handlers of /monitor/streams[/{id}[/history]]. */
import { API_REASONS, type RuleViolation } from '../src/linode/rules.js';
import { STREAM_TYPES, type DesiredStreamStatus, type StreamDetails, type StreamType } from '../src/linode/types.js';
import type { ApiContext, Handler } from './context.js';
import { applyFilter, paginate } from './paging.js';
import { errors, fail, notFound, ok, type Reply } from './reply.js';
import type { StreamInput, StreamRecord } from './store.js';
import { streamProblems } from './validate.js';

/** The destination id of a body whose `destinations` is structurally valid. */
function destinationIdOf(body: Record<string, unknown>): number | undefined {
  const list = body.destinations;
  return Array.isArray(list) && list.length === 1 && Number.isInteger(list[0]) ? (list[0] as number) : undefined;
}

/** The rules that need state, added to the structural problems so all come back in one 400. */
function stateProblems(ctx: ApiContext): RuleViolation[] {
  const problems: RuleViolation[] = [];
  const destinationId = destinationIdOf(ctx.body);
  // API rule: an unknown destination id is "Destination not found" on field `destination` (singular).
  if (destinationId !== undefined && !ctx.store.destinations.has(destinationId)) {
    problems.push({ reason: API_REASONS.destinationNotFound, field: 'destination' });
  }
  return problems;
}

function inputOf(body: Record<string, unknown>, type: StreamType, status: DesiredStreamStatus): StreamInput {
  return {
    label: body.label as string,
    status,
    destinationId: destinationIdOf(body) as number,
    details: type === 'audit_logs' ? null : (body.details as StreamDetails),
  };
}

const list: Handler = (ctx) =>
  paginate(applyFilter(ctx.store.streamRecords(), ctx.filter), ctx.query, ctx.settings.maxPageSize, (record) => ctx.store.streamView(record));

const create: Handler = (ctx) => {
  const problems = [...streamProblems(ctx.body), ...stateProblems(ctx)];
  const type = ctx.body.type;
  // API rule: "Stream limit reached for this type" once the account's quota per type is used.
  if ((STREAM_TYPES as readonly unknown[]).includes(type) && ctx.store.countStreams(type as StreamType) >= ctx.settings.streamQuota) {
    problems.push({ reason: API_REASONS.streamQuota, field: 'type' });
  }
  if (problems.length > 0) return errors(400, problems);
  const streamType = type as StreamType;
  // The API defaults status to active on create.
  const status = (ctx.body.status as DesiredStreamStatus | undefined) ?? 'active';
  const record = ctx.store.createStream(streamType, inputOf(ctx.body, streamType, status), ctx.user);
  return ok(ctx.store.streamView(record));
};

function found(ctx: ApiContext, then: (record: StreamRecord) => Reply): Reply {
  const record = ctx.store.streams.get(ctx.id);
  return record ? then(record) : notFound();
}

const get: Handler = (ctx) => found(ctx, (record) => ok(ctx.store.streamView(record)));

const update: Handler = (ctx) =>
  found(ctx, (record) => {
    // API rule: "Unable to edit Stream at this time" while provisioning or deactivating.
    if (ctx.store.isTransitional(record)) return fail(400, API_REASONS.unableToEditStream);
    const problems = [...streamProblems(ctx.body, record.type), ...stateProblems(ctx)];
    if (problems.length > 0) return errors(400, problems);
    const status = (ctx.body.status as DesiredStreamStatus | undefined) ?? record.requested;
    ctx.store.updateStream(record, inputOf(ctx.body, record.type, status), ctx.user);
    return ok(ctx.store.streamView(record));
  });

const remove: Handler = (ctx) =>
  found(ctx, (record) => {
    // API quirk: DELETE of a provisioning or deactivating stream answers 200 {} and does nothing.
    if (!ctx.store.isTransitional(record)) ctx.store.deleteStream(record.id);
    return ok({});
  });

const history: Handler = (ctx) => found(ctx, (record) => paginate(record.history, ctx.query, ctx.settings.maxPageSize));

export const streamHandlers = { list, create, get, update, remove, history };
