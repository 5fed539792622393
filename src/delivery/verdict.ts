/** Whether each stream's logs arrive: the walks' findings against the live streams and the clock. Pure. */
import type { LiveState } from '../linode/types.js';
import type { DeliveryTarget } from './targets.js';
import type { Walk } from './newest.js';

/** Linode: a new or reactivated stream is `provisioning` for up to an hour before logs flow. */
export const PROVISIONING_ALLOWANCE_MS = 60 * 60 * 1000;

export type DeliveryStatus = 'ok' | 'stale' | 'new' | 'not-checked';

/** A walk's result, or why it could not be made. */
export type ProbeOutcome = { kind: 'walked'; walk: Walk } | { kind: 'failed'; why: string };

/** One stream's delivery, as every report shows it. */
export interface DeliveryResult {
  stream: string;
  destination: string;
  status: DeliveryStatus;
  /** ISO time of the newest object found, when one was. */
  newest?: string;
  /** How old it is, in whole seconds. */
  ageSeconds?: number;
  /** Why, in words (empty for ok). */
  detail: string;
  /** A custom_https destination: explained once below the table. */
  https?: true;
}

/** The API's `2025-07-20 09:45:13` (UTC, no zone; `T` accepted) in ms; undefined when it is not one. */
export function parseApiTime(text: string | undefined): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(text ?? '');
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

/** `3h 5m`, `2d 4h`, `45s`: the two largest units. */
export function formatAge(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const units: Array<[string, number]> = [
    ['d', Math.floor(s / 86400)],
    ['h', Math.floor(s / 3600) % 24],
    ['m', Math.floor(s / 60) % 60],
    ['s', s % 60],
  ];
  const first = units.findIndex(([, n]) => n > 0);
  if (first === -1) return '0s';
  return units
    .slice(first, first + 2)
    .filter(([, n]) => n > 0)
    .map(([u, n]) => `${n}${u}`)
    .join(' ');
}

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The verdict of each target. Stale: no log object below the path, or the newest older than
 * `maxAgeMs` — unless the stream changed (became active) within the provisioning allowance plus
 * `maxAgeMs`, when it is `new`, not stale yet.
 */
export function deliveryVerdicts(
  targets: DeliveryTarget[],
  outcomes: ReadonlyMap<string, ProbeOutcome>,
  live: LiveState,
  now: number,
  maxAgeMs: number,
): DeliveryResult[] {
  const streams = new Map(live.streams.map((s) => [s.label, s]));
  return targets.map(({ stream, destination, target }): DeliveryResult => {
    const base = { stream, destination };
    if (target.kind === 'unobservable') {
      return target.https ? { ...base, status: 'not-checked', detail: 'custom_https', https: true } : { ...base, status: 'not-checked', detail: target.why };
    }
    const liveStream = streams.get(stream);
    if (liveStream === undefined) return { ...base, status: 'not-checked', detail: 'the stream is not on the account' };
    if (liveStream.status !== 'active') return { ...base, status: 'not-checked', detail: `the stream is ${liveStream.status} on the account` };
    const outcome = outcomes.get(stream);
    if (outcome === undefined) return { ...base, status: 'not-checked', detail: 'not listed' };
    if (outcome.kind === 'failed') return { ...base, status: 'not-checked', detail: outcome.why };
    const { newest, complete, listings } = outcome.walk;
    const where = `s3://${target.probe.bucket}/${target.probe.prefix}`;
    const found = newest === undefined ? {} : { newest: iso(newest.lastModified), ageSeconds: Math.max(0, Math.floor((now - newest.lastModified) / 1000)) };
    if (newest !== undefined && now - newest.lastModified <= maxAgeMs) return { ...base, status: 'ok', ...found, detail: '' };
    if (!complete) {
      return {
        ...base,
        status: 'not-checked',
        ...found,
        detail: `no recent object within ${listings} listings of ${where}: the key layout is wider than the walk allows`,
      };
    }
    const since = parseApiTime(liveStream.updated) ?? parseApiTime(liveStream.created);
    const allowedUntil = since === undefined ? undefined : since + PROVISIONING_ALLOWANCE_MS + maxAgeMs;
    if (allowedUntil !== undefined && now < allowedUntil) {
      return {
        ...base,
        status: 'new',
        ...found,
        detail: `changed at ${iso(since!)}: not stale before ${iso(allowedUntil)} (provisioning takes up to an hour)`,
      };
    }
    const detail =
      newest === undefined
        ? `no log object under ${where}`
        : `the newest log object under ${where} is ${formatAge(now - newest.lastModified)} old (max-delivery-age ${formatAge(maxAgeMs)})`;
    return { ...base, status: 'stale', ...found, detail };
  });
}
