/**
 * Object Lock default retention, as the config declares it and S3 reports it. Pure (no SDK), so
 * plan code can compare without loading anything.
 */

export const LOCK_MODES = ['COMPLIANCE', 'GOVERNANCE'] as const;
export type LockMode = (typeof LOCK_MODES)[number];

/** A bucket's default retention: exactly one of `days` and `years`. */
export type Retention = { mode: LockMode; days: number; years?: undefined } | { mode: LockMode; years: number; days?: undefined };

/** Days a retention lasts; a year counts as 365 days. */
export function retentionDays(retention: Retention): number {
  return retention.days ?? retention.years * 365;
}

/** `COMPLIANCE 365 days`, `GOVERNANCE 1 year`. */
export function describeRetention(retention: Retention): string {
  if (retention.days !== undefined) return `${retention.mode} ${retention.days} day${retention.days === 1 ? '' : 's'}`;
  return `${retention.mode} ${retention.years} year${retention.years === 1 ? '' : 's'}`;
}

export type RetentionChange =
  | { kind: 'same' }
  /**
   * Put `to`: the declared retention when there is none yet or it is longer or stronger; when it
   * is stronger in one way and weaker in the other, the stronger of each (so nothing is lowered).
   */
  | { kind: 'update'; to: Retention; note?: string }
  /** The bucket's retention is already at least the declared one: kept, and `note` says so. */
  | { kind: 'kept'; note: string };

const STRENGTH: Record<LockMode, number> = { GOVERNANCE: 1, COMPLIANCE: 2 };

/**
 * How two retention periods compare: by days (a year counts as 365); at equal days, a period in
 * years is the longer one (a year in a leap year has 366 days).
 */
function comparePeriods(a: Retention, b: Retention): number {
  const days = retentionDays(a) - retentionDays(b);
  if (days !== 0) return Math.sign(days);
  if (a.years !== undefined && b.days !== undefined) return 1;
  if (a.days !== undefined && b.years !== undefined) return -1;
  return 0;
}

/**
 * What it takes to go from a bucket's default retention to the declared one. The action only
 * ever raises a retention: a longer period, or GOVERNANCE → COMPLIANCE. A declared retention that
 * is shorter or weaker than the bucket's changes nothing (objects written meanwhile were promised
 * the longer period, and a shorter default is not what "at least" asks for).
 */
export function retentionChange(current: Retention | null, desired: Retention): RetentionChange {
  if (current === null) return { kind: 'update', to: desired };
  if (current.mode === desired.mode && current.days === desired.days && current.years === desired.years) return { kind: 'same' };
  const mode = Math.sign(STRENGTH[desired.mode] - STRENGTH[current.mode]);
  const period = comparePeriods(desired, current);
  if (mode <= 0 && period <= 0) {
    return {
      kind: 'kept',
      note: `the bucket's default retention ${describeRetention(current)} is already at least the declared ${describeRetention(desired)}; kept, as the action only ever raises a retention`,
    };
  }
  if (mode >= 0 && period >= 0) return { kind: 'update', to: desired };
  // Stronger in one way, weaker in the other: raise what the file raises, keep the rest.
  const longer = period > 0 ? desired : current;
  const strongerMode = mode > 0 ? desired.mode : current.mode;
  const to: Retention = longer.days !== undefined ? { mode: strongerMode, days: longer.days } : { mode: strongerMode, years: longer.years };
  const kept = mode > 0 ? `the bucket's longer period (${describeRetention(current)})` : `the bucket's ${current.mode} mode`;
  return { kind: 'update', to, note: `declared ${describeRetention(desired)}; raised to ${describeRetention(to)}, keeping ${kept}` };
}
