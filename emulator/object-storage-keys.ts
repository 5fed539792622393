/** Handlers of /object-storage/keys[/{id}]. */
import { BUCKET_PERMISSIONS, type BucketAccessBody } from '../src/linode/account-types.js';
import type { RuleViolation } from '../src/linode/rules.js';
import type { ApiContext, Handler } from './context.js';
import type { KeyRecord } from './object-storage.js';
import { applyFilter, paginate } from './paging.js';
import { EMULATOR_REASONS as R } from './reasons.js';
import { errors, notFound, ok, type Reply } from './reply.js';
import { isObject } from './validate.js';

/** The real API's limit on key labels. */
const MAX_KEY_LABEL_LENGTH = 50;

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function labelProblems(body: Record<string, unknown>, problems: RuleViolation[]): void {
  if (!isText(body.label)) problems.push({ reason: R.keyLabelRequired, field: 'label' });
  else if (body.label.length > MAX_KEY_LABEL_LENGTH) problems.push({ reason: R.keyLabelTooLong, field: 'label' });
}

function regionsProblems(value: unknown, problems: RuleViolation[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every(isText)) {
    problems.push({ reason: R.mustBeList, field: 'regions' });
    return [];
  }
  return value;
}

function bucketAccessProblems(ctx: ApiContext, value: unknown, problems: RuleViolation[]): BucketAccessBody[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) {
    problems.push({ reason: R.mustBeList, field: 'bucket_access' });
    return [];
  }
  return value.flatMap((entry: unknown, i): BucketAccessBody[] => {
    const at = `bucket_access[${i}]`;
    if (!isObject(entry)) {
      problems.push({ reason: R.mustBeObject, field: at });
      return [];
    }
    const { region, bucket_name: bucket, permissions } = entry;
    const before = problems.length;
    if (Object.keys(entry).some((key) => !['region', 'bucket_name', 'permissions'].includes(key))) problems.push({ reason: R.unknownFields, field: at });
    if (!isText(region)) problems.push({ reason: R.keyRegionRequired, field: `${at}.region` });
    if (!isText(bucket)) problems.push({ reason: R.bucketNameRequired, field: `${at}.bucket_name` });
    if (!(BUCKET_PERMISSIONS as readonly unknown[]).includes(permissions)) {
      problems.push({ reason: R.mustBeOneOf(BUCKET_PERMISSIONS), field: `${at}.permissions` });
    }
    if (problems.length > before) return [];
    // A key can only be limited to a bucket that exists.
    if (ctx.objectStorage.bucket(region as string, bucket as string) === undefined) {
      problems.push({ reason: R.bucketNotFound, field: `${at}.bucket_name` });
      return [];
    }
    return [{ region: region as string, bucket_name: bucket as string, permissions: permissions as BucketAccessBody['permissions'] }];
  });
}

const list: Handler = (ctx) =>
  paginate(applyFilter(ctx.objectStorage.keyRecords(), ctx.filter), ctx.query, ctx.settings.maxPageSize, (record) => ctx.objectStorage.keyView(record));

const create: Handler = (ctx) => {
  const problems: RuleViolation[] = [];
  if (Object.keys(ctx.body).some((key) => !['label', 'regions', 'bucket_access'].includes(key))) problems.push({ reason: R.unknownFields });
  labelProblems(ctx.body, problems);
  const regions = regionsProblems(ctx.body.regions, problems);
  const bucketAccess = bucketAccessProblems(ctx, ctx.body.bucket_access, problems);
  // An unlimited key is valid only in the regions it names.
  if (bucketAccess === null && regions.length === 0 && !problems.some((p) => p.field === 'regions')) {
    problems.push({ reason: R.keyRegionsRequired, field: 'regions' });
  }
  if (problems.length > 0) return errors(400, problems);
  const record = ctx.objectStorage.createKey({ label: ctx.body.label as string, regions, bucketAccess });
  // API rule: the secret is shown in this answer and never again.
  return ok(ctx.objectStorage.createdKeyView(record));
};

function found(ctx: ApiContext, then: (record: KeyRecord) => Reply): Reply {
  const record = ctx.objectStorage.keys.get(ctx.id);
  return record ? then(record) : notFound();
}

const get: Handler = (ctx) => found(ctx, (record) => ok(ctx.objectStorage.keyView(record)));

/** Only `label` and `regions` can change; the buckets of a limited key are fixed. */
const update: Handler = (ctx) =>
  found(ctx, (record) => {
    const problems: RuleViolation[] = [];
    if (Object.keys(ctx.body).some((key) => !['label', 'regions'].includes(key))) problems.push({ reason: R.unknownFields });
    if (ctx.body.label !== undefined) labelProblems(ctx.body, problems);
    const regions = regionsProblems(ctx.body.regions, problems);
    if (problems.length > 0) return errors(400, problems);
    if (ctx.body.label !== undefined) record.label = ctx.body.label as string;
    if (ctx.body.regions !== undefined) record.regions = regions;
    return ok(ctx.objectStorage.keyView(record));
  });

const remove: Handler = (ctx) =>
  found(ctx, (record) => {
    ctx.objectStorage.keys.delete(record.id);
    return ok({});
  });

export const objectStorageKeyHandlers = { list, create, get, update, remove };
