const WINDOW_MS = 60_000;

export interface LimitDecision {
  allowed: boolean;
  /** Seconds until the window resets (for Retry-After), at least 1. */
  retryAfter: number;
  /** X-RateLimit-Limit / -Remaining / -Reset, which the API sends on every response. */
  headers: Record<string, string>;
}

/**
 * Fixed one-minute windows (aligned to the clock's minutes) per key, the way the Linode API
 * counts: a request over the limit is refused until the window resets.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  take(key: string, limit: number, now: number): LimitDecision {
    const start = Math.floor(now / WINDOW_MS) * WINDOW_MS;
    let window = this.windows.get(key);
    if (!window || window.start !== start) {
      window = { start, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    const end = start + WINDOW_MS;
    return {
      allowed: window.count <= limit,
      retryAfter: Math.max(1, Math.ceil((end - now) / 1000)),
      headers: {
        'X-RateLimit-Limit': String(limit),
        'X-RateLimit-Remaining': String(Math.max(0, limit - window.count)),
        'X-RateLimit-Reset': String(end / 1000),
      },
    };
  }

  reset(): void {
    this.windows.clear();
  }
}
