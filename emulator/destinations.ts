/** Handlers of /monitor/streams/destinations[/{id}[/history]]. */
import { API_REASONS } from '../src/linode/rules.js';
import type { DestinationBody, DestinationType, JsonObject } from '../src/linode/types.js';
import type { ApiContext, Handler } from './context.js';
import { applyFilter, paginate } from './paging.js';
import { errors, fail, notFound, ok, type Reply } from './reply.js';
import type { DestinationRecord } from './store.js';
import { destinationProblems } from './validate.js';

/**
 * API rule: an Object Storage destination is tested by writing a test object into the bucket
 * with its key pair; when that fails the API says only "An error occurred" (no field).
 * The emulator knows two kinds of pairs: the `credentials` option (accepted as they are) and the
 * Object Storage keys created or seeded in it (which must be able to write to an existing bucket
 * of the host's region; the test object is then really written). With neither, any pair passes.
 */
function passesCredentialTest(ctx: ApiContext, type: DestinationType, details: JsonObject): boolean {
  if (type !== 'akamai_object_storage') return true;
  const credentials = ctx.settings.credentials;
  if (credentials === undefined && !ctx.objectStorage.checksKeys) return true;
  const id = details.access_key_id;
  if (credentials !== undefined && typeof id === 'string' && Object.hasOwn(credentials, id) && credentials[id] === details.access_key_secret) {
    return true;
  }
  return ctx.objectStorage.writeTestObject(details);
}

const list: Handler = (ctx) =>
  paginate(applyFilter(ctx.store.destinationRecords(), ctx.filter), ctx.query, ctx.settings.maxPageSize, (record) => ctx.store.destinationView(record));

const create: Handler = (ctx) => {
  const problems = destinationProblems(ctx.body);
  // Labels need not be unique: the API allows two resources with one label (the action refuses to guess between them).
  if (problems.length > 0) return errors(400, problems);
  const body = ctx.body as unknown as DestinationBody;
  if (!passesCredentialTest(ctx, body.type, body.details)) return fail(400, API_REASONS.anErrorOccurred);
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
    if (!passesCredentialTest(ctx, record.type, body.details)) return fail(400, API_REASONS.anErrorOccurred);
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

const history: Handler = (ctx) => found(ctx, (record) => paginate(record.history, ctx.query, ctx.settings.maxPageSize));

/**
 * `POST /monitor/streams/destinations/verify`: the checks of a create (same body), without
 * creating anything; for Object Storage the test object is written all the same. Answers `{}`.
 */
const verify: Handler = (ctx) => {
  const problems = destinationProblems(ctx.body);
  if (problems.length > 0) return errors(400, problems);
  const body = ctx.body as unknown as DestinationBody;
  if (!passesCredentialTest(ctx, body.type, body.details)) return fail(400, API_REASONS.anErrorOccurred);
  return ok({});
};

export const destinationHandlers = { list, create, get, update, remove, history, verify };
