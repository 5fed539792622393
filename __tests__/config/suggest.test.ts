import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/config/suggest.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions as one each', () => {
    expect(editDistance('details', 'details')).toBe(0);
    expect(editDistance('detail', 'details')).toBe(1);
    expect(editDistance('detials', 'details')).toBe(1);
    expect(editDistance('zip', 'gzip')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('closest', () => {
  it('suggests a near candidate, ignoring case', () => {
    expect(closest('detials', ['type', 'details'])).toBe('details');
    expect(closest('Streams', ['streams', 'version'])).toBe('streams');
    expect(closest('audit-bukcet', ['siem', 'audit-bucket'])).toBe('audit-bucket');
  });

  it('suggests nothing when no candidate is plausibly meant', () => {
    expect(closest('colour', ['version', 'prune', 'stream_quota', 'destinations', 'streams'])).toBeUndefined();
    expect(closest('elsewhere', ['audit-bucket'])).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });
});
