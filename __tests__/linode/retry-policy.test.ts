import { describe, expect, it } from 'vitest';
import { LinodeApiError } from '../../src/linode/errors.js';
import {
  BACKOFF_CAP_MS,
  MAX_SERVER_DELAY_MS,
  RetryBudget,
  backoffMs,
  classifyWriteFailure,
  isRetryable,
  parseRateLimitReset,
  parseRetryAfter,
  retryDelayMs,
  type Outcome,
} from '../../src/linode/retry-policy.js';

const NOW = Date.parse('2025-06-01T12:00:00Z');

function response(status: number, headers: Record<string, string> = {}): Outcome {
  return { type: 'response', status, header: (name) => headers[name] };
}

function apiError(status: number, code?: string): LinodeApiError {
  return new LinodeApiError('x', { status, method: 'POST', path: '/v4/monitor/streams', ...(code === undefined ? {} : { code }) });
}

describe('isRetryable', () => {
  it('retries 429 for every method, POST included', () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'POST']) expect(isRetryable(method, response(429))).toBe(true);
  });

  it('retries 408, 502, 503, 504 except for POST', () => {
    for (const status of [408, 502, 503, 504]) {
      expect(isRetryable('GET', response(status))).toBe(true);
      expect(isRetryable('PUT', response(status))).toBe(true);
      expect(isRetryable('DELETE', response(status))).toBe(true);
      expect(isRetryable('POST', response(status))).toBe(false);
    }
  });

  it('does not retry other statuses', () => {
    for (const status of [400, 401, 403, 404, 409, 500, 501]) expect(isRetryable('GET', response(status))).toBe(false);
  });

  it('retries resets and timeouts only for idempotent methods, and never a refused connection', () => {
    for (const code of ['ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'ERR_BAD_RESPONSE']) {
      expect(isRetryable('GET', { type: 'network', code })).toBe(true);
      expect(isRetryable('DELETE', { type: 'network', code })).toBe(true);
      expect(isRetryable('POST', { type: 'network', code })).toBe(false);
    }
    expect(isRetryable('GET', { type: 'network', code: 'ECONNREFUSED' })).toBe(false);
    expect(isRetryable('GET', { type: 'network', code: 'ENOTFOUND' })).toBe(false);
    expect(isRetryable('GET', { type: 'network', code: 'CERT_HAS_EXPIRED' })).toBe(false);
  });
});

describe('classifyWriteFailure', () => {
  it('retries uncertain failures, checks a 500, and gives up on certain ones', () => {
    expect(classifyWriteFailure(apiError(0, 'ECONNRESET'))).toBe('retry');
    expect(classifyWriteFailure(apiError(0, 'ECONNABORTED'))).toBe('retry');
    expect(classifyWriteFailure(apiError(503))).toBe('retry');
    expect(classifyWriteFailure(apiError(408))).toBe('retry');
    expect(classifyWriteFailure(apiError(500))).toBe('check');
    expect(classifyWriteFailure(apiError(0, 'EWHATEVER'))).toBe('check');
    expect(classifyWriteFailure(apiError(0, 'ECONNREFUSED'))).toBe('fatal');
    expect(classifyWriteFailure(apiError(429))).toBe('fatal');
    expect(classifyWriteFailure(apiError(400))).toBe('fatal');
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('3', NOW)).toBe(3000);
    expect(parseRetryAfter(' 1.5 ', NOW)).toBe(1500);
  });

  it('reads an HTTP date', () => {
    expect(parseRetryAfter('Sun, 01 Jun 2025 12:00:07 GMT', NOW)).toBe(7000);
  });

  it('clamps negative and huge values into [0, 60 s]', () => {
    expect(parseRetryAfter('-5', NOW)).toBe(0);
    expect(parseRetryAfter('999999999', NOW)).toBe(MAX_SERVER_DELAY_MS);
    expect(parseRetryAfter('Sun, 01 Jun 2025 11:00:00 GMT', NOW)).toBe(0);
    expect(parseRetryAfter('Fri, 01 Jun 2125 11:00:00 GMT', NOW)).toBe(MAX_SERVER_DELAY_MS);
  });

  it('ignores garbage', () => {
    for (const value of [undefined, '', 'soon', '1e3', 'Infinity', 'NaN', '12abc', '0x10']) {
      expect(parseRetryAfter(value, NOW)).toBeUndefined();
    }
  });
});

describe('parseRateLimitReset', () => {
  it('turns epoch seconds in the future into a wait of at most 60 s', () => {
    expect(parseRateLimitReset(String(NOW / 1000 + 4), NOW)).toBe(4000);
    expect(parseRateLimitReset('99999999999', NOW)).toBe(MAX_SERVER_DELAY_MS);
  });

  it('reads a reset in the past (clock skew), now, zero or garbage as no answer', () => {
    expect(parseRateLimitReset(String(NOW / 1000 - 30), NOW)).toBeUndefined();
    expect(parseRateLimitReset(String(NOW / 1000), NOW)).toBeUndefined();
    expect(parseRateLimitReset('0', NOW)).toBeUndefined();
    expect(parseRateLimitReset('-5', NOW)).toBeUndefined();
    expect(parseRateLimitReset('tomorrow', NOW)).toBeUndefined();
    expect(parseRateLimitReset('', NOW)).toBeUndefined();
  });
});

describe('backoffMs', () => {
  it('draws from [0, min(30 s, 1 s · 2^(n-1)))', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, () => 0.5))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffMs(20, () => 0.999)).toBe(Math.floor(0.999 * BACKOFF_CAP_MS));
    expect(backoffMs(3, () => 0)).toBe(0);
  });

  it('survives a broken random source', () => {
    expect(backoffMs(1, () => Number.NaN)).toBe(500);
    expect(backoffMs(1, () => 7)).toBe(1000);
  });
});

describe('retryDelayMs', () => {
  it('prefers Retry-After, then X-RateLimit-Reset on 429, then backoff', () => {
    const reset = String(NOW / 1000 + 9);
    expect(retryDelayMs(response(429, { 'retry-after': '2', 'x-ratelimit-reset': reset }), 1, () => 0.5, NOW)).toBe(2000);
    expect(retryDelayMs(response(429, { 'x-ratelimit-reset': reset }), 1, () => 0.5, NOW)).toBe(9000);
    expect(retryDelayMs(response(503, { 'x-ratelimit-reset': reset }), 1, () => 0.5, NOW)).toBe(500);
    expect(retryDelayMs(response(503, { 'retry-after': '4' }), 1, () => 0.5, NOW)).toBe(4000);
    expect(retryDelayMs({ type: 'network', code: 'ECONNRESET' }, 2, () => 0.5, NOW)).toBe(1000);
  });

  it('backs off with jitter on a 429 whose X-RateLimit-Reset has passed, is zero or is garbage', () => {
    for (const reset of [String(NOW / 1000 - 3600), '0', 'soon']) {
      const tooMany = response(429, { 'x-ratelimit-reset': reset });
      expect([1, 2, 3, 4].map((n) => retryDelayMs(tooMany, n, () => 0.5, NOW))).toEqual([500, 1000, 2000, 4000]);
      expect(retryDelayMs(tooMany, 20, () => 0.999, NOW)).toBe(Math.floor(0.999 * BACKOFF_CAP_MS));
    }
  });
});

describe('RetryBudget', () => {
  it('counts waits an instant test sleep skipped, so the budget still runs out', async () => {
    const budget = new RetryBudget(5_000);
    const call = budget.call();
    expect(call.fits(4_000)).toBe(true);
    await call.wait(4_000, async () => undefined);
    expect(call.elapsedMs()).toBeGreaterThanOrEqual(4_000);
    expect(budget.spentMs()).toBeGreaterThanOrEqual(4_000);
    expect(call.fits(2_000)).toBe(false);
    call.end();
    // Spent by one call is spent for the run.
    expect(budget.call().fits(2_000)).toBe(false);
  });

  it("counts the wall time of concurrent retries once, from a call's first wait to its end", async () => {
    let now = 0;
    const budget = new RetryBudget(10_000, () => now);
    const sleep = async (ms: number): Promise<void> => {
      now += ms;
    };
    const a = budget.call();
    const b = budget.call();
    await a.wait(1_000, sleep); // a retries from 0
    await b.wait(2_000, sleep); // b from 1000, overlapping a
    a.end(); // at 3000
    now += 1_000;
    b.end(); // at 4000
    expect(budget.spentMs()).toBe(4_000);
    // A call that never waited spends nothing.
    const c = budget.call();
    now += 5_000;
    c.end();
    expect(budget.spentMs()).toBe(4_000);
  });
});
