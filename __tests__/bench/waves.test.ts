import { describe, expect, it } from 'vitest';
import { countWaves } from '../../bench/waves.js';

const span = (start: number, end: number) => ({ start, end });

describe('countWaves', () => {
  it('is zero for no requests', () => {
    expect(countWaves([])).toEqual({ waves: 0, groups: 0 });
  });

  it('counts requests in flight together as one wave', () => {
    expect(countWaves([span(0, 50), span(1, 51)])).toEqual({ waves: 1, groups: 1 });
  });

  it('counts page 1 then the other pages at once as two waves', () => {
    expect(countWaves([span(0, 50), span(0, 50), span(51, 101), span(51, 102), span(52, 102)])).toEqual({ waves: 2, groups: 2 });
  });

  it('treats a request that starts in the same millisecond the previous one ended as sequential', () => {
    expect(countWaves([span(0, 50), span(50, 100)])).toEqual({ waves: 2, groups: 2 });
  });

  it('counts the round trips of a worker pool even when its groups merge', () => {
    // Two workers, three requests each; worker B is 2 ms behind, so each of A's next requests
    // starts before B's previous one is answered.
    const a = [span(0, 50), span(51, 101), span(102, 152)];
    const b = [span(2, 52), span(53, 103), span(104, 154)];
    expect(countWaves([...a, ...b])).toEqual({ waves: 3, groups: 1 });
  });

  it('does not depend on the order of the log', () => {
    const spans = [span(102, 152), span(0, 50), span(51, 101), span(0, 10)];
    expect(countWaves(spans)).toEqual(countWaves([...spans].reverse()));
    expect(countWaves(spans).waves).toBe(3);
  });
});
