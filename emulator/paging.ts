import type { Page } from '../src/linode/types.js';
import { EMULATOR_REASONS } from './reasons.js';
import { errors, ok, type Reply } from './reply.js';
import { DEFAULT_PAGE_SIZE, MIN_PAGE_SIZE } from './settings.js';
import { isObject } from './validate.js';

function positiveInteger(query: URLSearchParams, name: string, fallback: number): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  return /^\d+$/.test(raw) && Number(raw) >= 1 ? Number(raw) : undefined;
}

/**
 * The API's list envelope. `page` is 1-based; `page_size` defaults to 100 and is clamped to
 * 25..maxPageSize; an empty list is `{data: [], page: 1, pages: 0, results: 0}`. `view` is
 * applied to the page only, so a large account costs little per request.
 */
export function paginate<T, V = T>(
  items: readonly T[],
  query: URLSearchParams,
  maxPageSize: number,
  view: (item: T) => V = (item) => item as unknown as V,
): Reply {
  const page = positiveInteger(query, 'page', 1);
  const size = positiveInteger(query, 'page_size', DEFAULT_PAGE_SIZE);
  if (page === undefined || size === undefined) {
    return errors(400, [
      ...(page === undefined ? [{ reason: EMULATOR_REASONS.mustBePositiveInteger, field: 'page' }] : []),
      ...(size === undefined ? [{ reason: EMULATOR_REASONS.mustBePositiveInteger, field: 'page_size' }] : []),
    ]);
  }
  const pageSize = Math.min(Math.max(size, MIN_PAGE_SIZE), maxPageSize);
  const envelope: Page<V> = {
    data: items.slice((page - 1) * pageSize, page * pageSize).map(view),
    page,
    pages: Math.ceil(items.length / pageSize),
    results: items.length,
  };
  return ok(envelope);
}

/** A parsed X-Filter, or the reply refusing it. */
export type LabelFilter = { label?: string };

/**
 * The emulator supports only `{"label": "<exact>"}` (what the client uses to re-find a resource
 * after an ambiguous create). Anything else is refused loudly rather than silently ignored, so a
 * client relying on more filtering notices here and not against the real API.
 */
export function parseFilter(raw: string | undefined): LabelFilter | Reply {
  if (raw === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return errors(400, [{ reason: EMULATOR_REASONS.invalidJson, field: 'X-Filter' }]);
  }
  if (!isObject(parsed) || Object.keys(parsed).some((key) => key !== 'label') || (parsed.label !== undefined && typeof parsed.label !== 'string')) {
    return errors(400, [{ reason: EMULATOR_REASONS.unsupportedFilter, field: 'X-Filter' }]);
  }
  return parsed.label === undefined ? {} : { label: parsed.label };
}

/** Keeps the items an X-Filter selects. */
export function applyFilter<T extends { label: string }>(items: T[], filter: LabelFilter): T[] {
  return filter.label === undefined ? items : items.filter((item) => item.label === filter.label);
}
