import type { Page } from './types.js';

/** The largest page the Linode API serves; fewer round trips for big accounts. */
export const PAGE_SIZE = 500;
/**
 * Pages fetched at once after the first. The rate limit counts requests, not how many are in
 * flight, so reading them together costs no more of it and saves round trips: up to 17 pages
 * (8,500 resources of one kind; an account of 5,000 destinations is 10) come back in two waves.
 */
export const PAGE_CONCURRENCY = 16;
/** A page count beyond this is a broken response, not an account (100,000 resources). */
export const MAX_PAGES = 200;

/** A page envelope that failed the shape check; the caller turns it into its own error. */
export class PageShapeError extends Error {
  override readonly name = 'PageShapeError';
}

/** Checks the `{data, page, pages, results}` envelope of a collection GET. */
export function asPage<T>(body: unknown): Page<T> {
  if (typeof body !== 'object' || body === null) throw new PageShapeError('not an object');
  const { data, page, pages, results } = body as Partial<Record<keyof Page<T>, unknown>>;
  if (!Array.isArray(data)) throw new PageShapeError('"data" is not an array');
  if (typeof pages !== 'number' || !Number.isInteger(pages) || pages < 0) {
    throw new PageShapeError('"pages" is not a non-negative integer');
  }
  if (pages > MAX_PAGES) throw new PageShapeError(`"pages" is ${pages}, more than ${MAX_PAGES}`);
  return {
    data: data as T[],
    page: typeof page === 'number' ? page : 1,
    pages,
    results: typeof results === 'number' ? results : data.length,
  };
}

/**
 * Every item of a paginated collection: page 1 first (it says how many pages there are), then
 * pages 2..N concurrently (at most {@link PAGE_CONCURRENCY} at once), concatenated in page order.
 * An empty collection answers `pages: 0`.
 */
export async function fetchAllPages<T>(fetchPage: (page: number) => Promise<Page<T>>): Promise<T[]> {
  const first = await fetchPage(1);
  if (first.pages <= 1) return first.data;
  const rest = await mapLimit(range(2, first.pages), PAGE_CONCURRENCY, fetchPage);
  return [first, ...rest].flatMap((p) => p.data);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** `Promise.all(items.map(fn))` with at most `limit` calls in flight; results keep input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index] as T);
      } catch (error) {
        // Stop starting new work; the first failure is what Promise.all reports.
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
