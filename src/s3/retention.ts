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
  /** Put the desired retention: none yet, longer, stronger mode, or a GOVERNANCE change. */
  | { kind: 'update' }
  /** It would weaken a COMPLIANCE retention, which must never be done (nor does the action try). */
  | { kind: 'refused'; reason: string };

/**
 * What it takes to go from a bucket's default retention to the declared one. A COMPLIANCE
 * retention is only ever raised: a shorter period, GOVERNANCE mode or no default retention is
 * refused (objects written meanwhile were promised the longer period).
 */
export function retentionChange(current: Retention | null, desired: Retention): RetentionChange {
  if (current !== null && current.mode === desired.mode && current.days === desired.days && current.years === desired.years) {
    return { kind: 'same' };
  }
  if (current?.mode === 'COMPLIANCE') {
    if (desired.mode !== 'COMPLIANCE') {
      return { kind: 'refused', reason: `the bucket's default retention is ${describeRetention(current)}; COMPLIANCE mode cannot be relaxed to ${desired.mode}` };
    }
    if (retentionDays(desired) < retentionDays(current)) {
      return {
        kind: 'refused',
        reason: `the bucket's default retention is ${describeRetention(current)}, longer than the declared ${describeRetention(desired)}; a COMPLIANCE retention is only ever raised: declare at least ${describeRetention(current)}`,
      };
    }
  }
  return { kind: 'update' };
}
