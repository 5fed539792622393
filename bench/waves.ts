/** One API request as the emulator saw it: arrival and answer, in milliseconds. */
export interface Span {
  start: number;
  end: number;
}

export interface WaveCount {
  /**
   * Sequential round trips: the longest chain of requests each of which started after the
   * previous one was answered. Every request costs at least the injected latency, so this is the
   * number of latencies a run pays one after another.
   */
  waves: number;
  /**
   * The grouping rule: sorted by start, a request that starts after every earlier one ended
   * opens a new group. Equal to `waves` when the waves are cleanly separated; fewer when a
   * worker pool starts its next request while a sibling of the previous wave is still being
   * answered (the groups merge although the round trips were paid one after another).
   */
  groups: number;
}

/** Counts the waves of a run's requests (see {@link WaveCount}). */
export function countWaves(spans: readonly Span[]): WaveCount {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  // depth[i]: the longest chain ending with request i. Sorted by end, the chains that request i
  // can extend are a prefix, so a running maximum over that prefix answers in O(n log n).
  const byEnd = sorted.map((span, index) => ({ end: span.end, index })).sort((a, b) => a.end - b.end);
  const depth = new Array<number>(sorted.length).fill(0);
  let waves = 0;
  let done = 0;
  let bestDone = 0;
  let groups = 0;
  let latestEnd = -Infinity;
  for (const [i, span] of sorted.entries()) {
    while (done < byEnd.length && byEnd[done]!.end <= span.start) {
      bestDone = Math.max(bestDone, depth[byEnd[done]!.index]!);
      done++;
    }
    depth[i] = bestDone + 1;
    waves = Math.max(waves, depth[i]);
    if (span.start >= latestEnd) groups++;
    latestEnd = Math.max(latestEnd, span.end);
  }
  return { waves, groups };
}
