import { monotonicMs } from '../clock.js';
import type { LinodeApiError } from './errors.js';
import { networkKind, type NetworkKind } from './errors.js';

/** First backoff step; step n is drawn from [0, min(cap, base·2^(n-1))) ("full jitter"). */
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 30_000;
/** Upper bound on any wait a server asks for through Retry-After or X-RateLimit-Reset. */
export const MAX_SERVER_DELAY_MS = 60_000;
/** Hard cap on requests per call, so `Retry-After: 0` cannot turn into a request storm. */
export const MAX_ATTEMPTS = 10;
/** Retry time of a whole run (see RetryBudget), not of each call. */
export const DEFAULT_MAX_RETRY_TIME_MS = 120_000;

/** Statuses that mean "not now" without the request having been acted on in a way we can rely on. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 502, 503, 504]);
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'PUT', 'DELETE']);
const TRANSIENT_NETWORK: ReadonlySet<NetworkKind> = new Set(['reset', 'timeout', 'dns-temporary']);

export type HeaderLookup = (name: string) => string | undefined;

/** What one request ended with, as far as the retry policy is concerned. */
export type Outcome = { type: 'response'; status: number; header: HeaderLookup } | { type: 'network'; code: string | undefined };

/**
 * Whether `method` may be sent again after `outcome`. 429 means the server did not act, so even a
 * POST may be repeated; other statuses and lost connections are retried only for idempotent
 * methods, because a POST may already have created the resource.
 */
export function isRetryable(method: string, outcome: Outcome): boolean {
  if (outcome.type === 'network') {
    return IDEMPOTENT_METHODS.has(method) && TRANSIENT_NETWORK.has(networkKind(outcome.code));
  }
  if (outcome.status === 429) return true;
  return method !== 'POST' && RETRYABLE_STATUSES.has(outcome.status);
}

/**
 * Whether a write that must not be blindly repeated (a create, an update of a Logs resource) may
 * be sent again at once: only after a 429, which says the server did not act. Every other
 * failure goes through {@link classifyWriteFailure}: look first, then decide.
 */
export function isRetryableBlind(outcome: Outcome): boolean {
  return outcome.type === 'response' && outcome.status === 429;
}

/**
 * How a failed write that must not be blindly repeated may continue. A create (POST) looks for
 * the resource by label; an update (PUT) reads the resource back, because a repeated PUT can be
 * refused where the first one succeeded (a repointed stream is `provisioning`, and PUT then
 * answers "Unable to edit Stream at this time"):
 * - `retry`: it may have been applied; look, and send it again if it was not;
 * - `check`: it may have been applied but repeating it would fail the same way (a 500);
 *   look, and otherwise report the failure;
 * - `fatal`: it was certainly not applied (4xx, refused connection, or 429 already retried).
 */
export type WriteFailure = 'retry' | 'check' | 'fatal';

export function classifyWriteFailure(error: LinodeApiError): WriteFailure {
  if (error.status === 0) {
    const kind = networkKind(error.code);
    if (TRANSIENT_NETWORK.has(kind)) return 'retry';
    return kind === 'other' ? 'check' : 'fatal';
  }
  if (RETRYABLE_STATUSES.has(error.status)) return 'retry';
  if (error.status >= 500) return 'check';
  return 'fatal';
}

function clampServerDelay(ms: number): number {
  return Math.min(Math.max(ms, 0), MAX_SERVER_DELAY_MS);
}

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

/**
 * `Retry-After` in milliseconds: delta-seconds or an HTTP date, clamped into [0, 60 s].
 * Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (DECIMAL.test(text)) return clampServerDelay(Math.round(Number(text) * 1000));
  // An HTTP date always names a weekday ("Wed, 21 Oct 2015 07:28:00 GMT"); Date.parse alone
  // would accept fragments such as "1".
  if (/^[A-Za-z]{3},/.test(text)) {
    const at = Date.parse(text);
    if (Number.isFinite(at)) return clampServerDelay(at - nowMs);
  }
  return undefined;
}

/**
 * Linode's `X-RateLimit-Reset` (epoch seconds) as a wait in milliseconds, at most 60 s.
 * Undefined when absent, unreadable, or not in the future: a reset that has already passed says
 * more about the clocks (skew between runner and API) than about when to retry, and taking it as
 * "wait 0 ms" would spend every attempt back-to-back; the caller then backs off instead.
 */
export function parseRateLimitReset(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (!DECIMAL.test(text)) return undefined;
  const wait = Math.round(Number(text) * 1000 - nowMs);
  return wait > 0 ? clampServerDelay(wait) : undefined;
}

/** Full-jitter exponential backoff before retry number `retry` (1 for the first retry). */
export function backoffMs(retry: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(retry - 1, 0));
  const r = random();
  const unit = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 0.5;
  return Math.floor(unit * ceiling);
}

/**
 * The wait before retry number `retry`: what the server asked for if it said so (Retry-After on
 * any retryable response; X-RateLimit-Reset only on 429, since every response carries it),
 * else backoff.
 */
export function retryDelayMs(outcome: Outcome, retry: number, random: () => number, nowMs: number): number {
  if (outcome.type === 'response') {
    const asked =
      parseRetryAfter(outcome.header('retry-after'), nowMs) ??
      (outcome.status === 429 ? parseRateLimitReset(outcome.header('x-ratelimit-reset'), nowMs) : undefined);
    if (asked !== undefined) return asked;
  }
  return backoffMs(retry, random);
}

/**
 * The retry time of a run, one budget shared by every call of a client (and by every client given
 * the same budget): the wall-clock time during which at least one call is retrying (waiting, or
 * sending a retry and waiting for its answer), plus any part of a requested wait that an injected
 * `sleep` skipped. Concurrent retries overlap in wall time and are counted once, so the bound is
 * on how much longer the run takes because of retries, whatever the number of calls.
 */
export class RetryBudget {
  private closedMs = 0;
  private retrying = 0;
  private since = 0;

  constructor(
    readonly budgetMs: number = DEFAULT_MAX_RETRY_TIME_MS,
    private readonly now: () => number = monotonicMs,
  ) {}

  /** Retry time spent so far. */
  spentMs(): number {
    return this.closedMs + (this.retrying > 0 ? this.now() - this.since : 0);
  }

  /** Whether `ms` more of retry time (a wait and the next attempt's timeout) still ends inside the budget. */
  fits(ms: number): boolean {
    return this.spentMs() + ms <= this.budgetMs;
  }

  /** One call's share: it counts as retrying from its first wait until it ends. */
  call(): RetryCall {
    return new RetryCall(this, this.now);
  }

  /** @internal */
  startRetrying(): void {
    if (this.retrying++ === 0) this.since = this.now();
  }

  /** @internal */
  stopRetrying(): void {
    if (--this.retrying === 0) this.closedMs += this.now() - this.since;
  }

  /** @internal */
  addSkipped(ms: number): void {
    this.closedMs += ms;
  }
}

/** One call (with its retries) against a {@link RetryBudget}. `end()` it when the call is over. */
export class RetryCall {
  private readonly started: number;
  private skipped = 0;
  private retrying = false;

  constructor(
    readonly budget: RetryBudget,
    private readonly now: () => number,
  ) {
    this.started = now();
  }

  /** This call's own time, for messages: wall-clock time plus the waits a test's sleep skipped. */
  elapsedMs(): number {
    return this.now() - this.started + this.skipped;
  }

  /** Whether the run's budget still has `ms` of retry time. */
  fits(ms: number): boolean {
    return this.budget.fits(ms);
  }

  async wait(ms: number, sleep: (ms: number) => Promise<void>): Promise<void> {
    if (!this.retrying) {
      this.retrying = true;
      this.budget.startRetrying();
    }
    const before = this.now();
    await sleep(ms);
    const slept = this.now() - before;
    if (slept < ms) {
      this.skipped += ms - slept;
      this.budget.addSkipped(ms - slept);
    }
  }

  end(): void {
    if (!this.retrying) return;
    this.retrying = false;
    this.budget.stopRetrying();
  }
}
