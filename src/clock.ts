/**
 * Milliseconds on a monotonic clock, for durations. Not `performance.now()`: the `performance`
 * global loads node's perf_hooks on first use, ~2 ms before the first request of every run.
 */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
