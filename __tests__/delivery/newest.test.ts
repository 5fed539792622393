import { describe, expect, it } from 'vitest';
import { findNewest, MAX_LISTINGS, type Lister } from '../../src/delivery/newest.js';
import type { ObjectListing } from '../../src/s3/bucket-client.js';

/** A bucket in memory, listed like S3 with delimiter `/` (pages of `pageSize`); records each listed prefix. */
function bucket(objects: Record<string, number>, pageSize = 1000): { list: Lister; listed: string[] } {
  const listed: string[] = [];
  const list: Lister = (prefix, token) => {
    listed.push(prefix);
    const entries = new Map<string, number | undefined>();
    for (const [key, at] of Object.entries(objects)) {
      if (!key.startsWith(prefix)) continue;
      const slash = key.indexOf('/', prefix.length);
      entries.set(slash === -1 ? key : key.slice(0, slash + 1), slash === -1 ? at : undefined);
    }
    const names = [...entries.keys()].sort().filter((n) => token === undefined || n > token);
    const page = names.slice(0, pageSize);
    const listing: ObjectListing = {
      objects: page.filter((n) => entries.get(n) !== undefined).map((n) => ({ key: n, lastModified: entries.get(n)! })),
      prefixes: page.filter((n) => entries.get(n) === undefined),
      ...(names.length > page.length ? { nextToken: page[page.length - 1]! } : {}),
    };
    return Promise.resolve(listing);
  };
  return { list, listed };
}

const A = 'audit_logs/audit/ACC/';

describe('findNewest', () => {
  it('walks the newest year, month and day only: one listing per level', async () => {
    const { list, listed } = bucket({
      [`${A}2025/12/31/x.gz`]: 1,
      [`${A}2026/01/09/a.gz`]: 5,
      [`${A}2026/01/10/b.gz`]: 7,
      [`${A}2026/01/10/c.gz`]: 9,
      'elsewhere/2027/01/01/z.gz': 99,
    });
    const walk = await findNewest(list, 'audit_logs/');
    expect(walk).toEqual({ newest: { key: `${A}2026/01/10/c.gz`, lastModified: 9 }, listings: 6, complete: true });
    expect(listed).toEqual(['audit_logs/', 'audit_logs/audit/', A, `${A}2026/`, `${A}2026/01/`, `${A}2026/01/10/`]);
  });

  it('looks at the day before when the newest day holds only the destination check object', async () => {
    const { list } = bucket({ [`${A}2026/01/09/a.gz`]: 5, [`${A}2026/01/10/akamai-logs-test-object`]: 8 });
    expect((await findNewest(list, 'audit_logs/')).newest).toEqual({ key: `${A}2026/01/09/a.gz`, lastModified: 5 });
  });

  it('finds nothing under an empty prefix in one listing', async () => {
    const { list } = bucket({ 'other/2026/01/01/a.gz': 1 });
    expect(await findNewest(list, 'audit_logs/')).toEqual({ newest: undefined, listings: 1, complete: true });
  });

  it('reads every page of a day, and stops at the bound', async () => {
    const day = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`logs/2026/01/10/${String(i).padStart(3, '0')}.gz`, i]));
    const paged = bucket(day, 10);
    expect(await findNewest(paged.list, 'logs/')).toEqual({ newest: { key: 'logs/2026/01/10/024.gz', lastModified: 24 }, listings: 6, complete: true });
    const wide = bucket(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`logs/account-${i}/x.gz`, i])), 1);
    const walk = await findNewest(wide.list, 'logs/');
    expect([walk.listings, walk.complete]).toEqual([MAX_LISTINGS, false]);
  });
});
