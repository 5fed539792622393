/**
 * The newest object below a prefix, found by walking the date-partitioned key layout newest
 * first (`…/2026/07/20/`), one level per listing, instead of listing everything below the prefix
 * (a year of logs is hundreds of thousands of keys). Depends only on a listing function.
 */
import type { ObjectListing } from '../s3/bucket-client.js';

/** Lists one page below `prefix` with delimiter `/`. */
export type Lister = (prefix: string, continuationToken?: string) => Promise<ObjectListing>;

/** S3 listings one walk may make (see README "Drift": the bound). */
export const MAX_LISTINGS = 12;

/** Dated levels (year, month, day) tried per level, newest first: the newest, and the one before when it holds no log. */
const DATED_TRIES = 2;

/** What the API's destination check writes (`POST …/destinations/verify`): not a delivered log. */
export const TEST_OBJECT_NAME = 'akamai-logs-test-object';

export interface NewestObject {
  key: string;
  lastModified: number;
}

export interface Walk {
  newest: NewestObject | undefined;
  listings: number;
  /** False when the budget ran out before the walk was done: `newest` may then not be the newest. */
  complete: boolean;
}

const isDated = (prefix: string): boolean => /(?:^|\/)\d+\/$/.test(prefix);
const datedValue = (prefix: string): number => Number(/(\d+)\/$/.exec(prefix)?.[1] ?? '0');
const newer = (a: NewestObject | undefined, b: NewestObject | undefined): NewestObject | undefined =>
  a === undefined ? b : b === undefined ? a : b.lastModified > a.lastModified ? b : a;

/**
 * Walks below `prefix`: every page of a level, each undated sub-prefix (stream type, log type,
 * account: usually one each), and of dated ones the newest (then the one before it, when the
 * newest holds no log object). At most `budget` listings.
 */
export async function findNewest(list: Lister, prefix: string, budget = MAX_LISTINGS): Promise<Walk> {
  let listings = 0;
  let complete = true;

  async function level(at: string): Promise<NewestObject | undefined> {
    let best: NewestObject | undefined;
    const prefixes: string[] = [];
    let token: string | undefined;
    do {
      if (listings >= budget) {
        complete = false;
        return best;
      }
      listings += 1;
      const page = await list(at, token);
      for (const object of page.objects) {
        if (object.key.slice(object.key.lastIndexOf('/') + 1) !== TEST_OBJECT_NAME) best = newer(best, object);
      }
      prefixes.push(...page.prefixes);
      token = page.nextToken;
    } while (token !== undefined);
    const undated = prefixes.filter((p) => !isDated(p));
    const dated = prefixes.filter(isDated).sort((a, b) => datedValue(b) - datedValue(a));
    for (const found of await Promise.all(undated.map(level))) best = newer(best, found);
    for (const candidate of dated.slice(0, DATED_TRIES)) {
      const found = await level(candidate);
      if (found !== undefined) return newer(best, found);
    }
    return best;
  }

  const newest = await level(prefix);
  return { newest, listings, complete };
}
