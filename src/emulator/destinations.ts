/** Handlers of /monitor/streams/destinations[/{id}[/history]]. */
import { API_REASONS } from '../linode/rules.js';
import type { DestinationBody, DestinationType, JsonObject } from '../linode/types.js';
import type { ApiContext, Handler } from './context.js';
import { applyFilter, paginate } from './paging.js';
import { errors, fail, notFound, ok, type Reply } from './reply.js';
import type { Settings } from './settings.js';
import type { DestinationRecord } from './store.js';
import { destinationProblems } from './validate.js';

/**
 * API rule: an Object Storage destination is tested by writing an object to the bucket; when
 * the key pair does not work the API says only "An error occurred" (no field).
 */
function credentialsRefused(settings: Settings, type: DestinationType, details: JsonObject): boolean {
  const credentials = settings.credentials;
  if (type !== 'akamai_object_storage' || credentials === undefined) return false;
  const id = details.access_key_id;
  return typeof id !== 'string' || !Object.hasOwn(credentials, id) || credentials[id] !== details.access_key_secret;
}

const list: Handler = (ctx) =>
  paginate(applyFilter(ctx.store.destinationRecords(), ctx.filter), ctx.query, ctx.settings.maxPageSize, (record) =>
    ctx.store.destinationView(record),
  );

const create: Handler = (ctx) => {
  const problems = destinationProblems(ctx.body);
  // Labels need not be unique: the API allows two resources with one label (the action refuses to guess between them).
  if (problems.length > 0) return errors(400, problems);
  const body = ctx.body as unknown as DestinationBody;
  if (credentialsRefused(ctx.settings, body.type, body.details)) return fail(400, API_REASONS.anErrorOccurred);
  return ok(ctx.store.destinationView(ctx.store.createDestination(body, ctx.user)));
};

function found(ctx: ApiContext, then: (record: DestinationRecord) => Reply): Reply {
  const record = ctx.store.destinations.get(ctx.id);
  return record ? then(record) : notFound();
}

const get: Handler = (ctx) => found(ctx, (record) => ok(ctx.store.destinationView(record)));

const update: Handler = (ctx) =>
  found(ctx, (record) => {
    const problems = destinationProblems(ctx.body, record.type);
    if (problems.length > 0) return errors(400, problems);
    const body = ctx.body as unknown as Omit<DestinationBody, 'type'>;
    if (credentialsRefused(ctx.settings, record.type, body.details)) return fail(400, API_REASONS.anErrorOccurred);
    ctx.store.updateDestination(record, body, ctx.user);
    return ok(ctx.store.destinationView(record));
  });

const remove: Handler = (ctx) =>
  found(ctx, (record) => {
    // API rule: a destination any stream uses cannot be deleted, whatever that stream's status.
    if (ctx.store.streamsUsing(record.id).length > 0) return fail(400, API_REASONS.destinationAttached);
    ctx.store.deleteDestination(record.id);
    return ok({});
  });

const history: Handler = (ctx) =>
  found(ctx, (record) => paginate(record.history, ctx.query, ctx.settings.maxPageSize));

export const destinationHandlers = { list, create, get, update, remove, history };
