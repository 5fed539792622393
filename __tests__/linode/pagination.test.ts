import { describe, expect, it } from 'vitest';
import { MAX_PAGES, PAGE_CONCURRENCY, PageShapeError, asPage, fetchAllPages, mapLimit } from '../../src/linode/pagination.js';
import type { Page } from '../../src/linode/types.js';

function pages(count: number): (n: number) => Promise<Page<string>> {
  return async (n) => ({ data: [`item-${n}`], page: n, pages: count, results: count });
}

describe('fetchAllPages', () => {
  it('asks for page 1 only when there is at most one page', async () => {
    const asked: number[] = [];
    const result = await fetchAllPages(async (n) => {
      asked.push(n);
      return { data: [], page: 1, pages: 0, results: 0 };
    });
    expect(result).toEqual([]);
    expect(asked).toEqual([1]);
  });

  it('concatenates in page order however the pages finish', async () => {
    const fetchPage = pages(12);
    const result = await fetchAllPages(async (n) => {
      await new Promise((resolve) => setTimeout(resolve, (13 - n) * 2));
      return fetchPage(n);
    });
    expect(result).toEqual(Array.from({ length: 12 }, (_, i) => `item-${i + 1}`));
  });
});

describe('mapLimit', () => {
  it('keeps at most `limit` calls in flight', async () => {
    let inFlight = 0;
    let most = 0;
    await mapLimit(
      Array.from({ length: 30 }, (_, i) => i),
      PAGE_CONCURRENCY,
      async () => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight -= 1;
      },
    );
    expect(most).toBe(PAGE_CONCURRENCY);
  });

  it('stops starting work after a failure', async () => {
    const started: number[] = [];
    await expect(
      mapLimit([1, 2, 3, 4, 5], 1, async (n) => {
        started.push(n);
        if (n === 2) throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(started).toEqual([1, 2]);
  });
});

describe('asPage', () => {
  it('accepts the envelope and refuses broken ones', () => {
    expect(asPage({ data: [1], page: 1, pages: 1, results: 1 })).toEqual({ data: [1], page: 1, pages: 1, results: 1 });
    expect(() => asPage(null)).toThrow(PageShapeError);
    expect(() => asPage({ data: [], pages: -1 })).toThrow('"pages" is not a non-negative integer');
    expect(() => asPage({ data: [], pages: MAX_PAGES + 1 })).toThrow(`more than ${MAX_PAGES}`);
  });
});
