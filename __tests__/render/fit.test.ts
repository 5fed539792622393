import { describe, expect, it } from 'vitest';
import { chars, fitBlocks, utf8Bytes, type Blocks } from '../../src/render/fit.js';

const blocks = (rows: number, details: number): Blocks => ({
  head: ['# head'],
  sections: [
    { open: '| table |', items: Array.from({ length: rows }, (_, i) => `| row ${i} |`), close: undefined, noun: 'table rows' },
    { open: undefined, items: Array.from({ length: details }, (_, i) => `<details>${'x'.repeat(50)} ${i}</details>`), close: '<!-- end -->', noun: 'diffs' },
  ],
  note: (cut) => `> cut: ${cut}`,
});

describe('fitBlocks', () => {
  it('keeps everything when it fits, or when there is no limit', () => {
    const all = fitBlocks(blocks(3, 3), undefined, chars);
    expect(all.truncated).toBe(false);
    expect(fitBlocks(blocks(3, 3), all.text.length, chars)).toEqual(all);
  });

  it('fills the sections in order within the limit and says what it cut', () => {
    const whole = fitBlocks(blocks(20, 20), undefined, chars).text;
    for (const limit of [200, 400, 900, whole.length - 1]) {
      const fitted = fitBlocks(blocks(20, 20), limit, chars);
      expect(fitted.truncated).toBe(true);
      expect(fitted.text.length).toBeLessThanOrEqual(limit);
      expect(fitted.text.startsWith('# head')).toBe(true);
      expect(fitted.text).toMatch(/> cut: showing \d+ of 20 (table rows|diffs)/);
      // Diffs only once every row is in.
      if (fitted.text.includes('<details>')) expect(fitted.text).toContain('| row 19 |');
    }
    expect(fitBlocks(blocks(20, 20), 200, chars).text).toContain('showing 0 of 20 diffs');
  });

  it('counts UTF-8 bytes when asked (the job summary limit is in bytes)', () => {
    const wide: Blocks = {
      head: ['é'],
      sections: [{ open: undefined, items: Array.from({ length: 50 }, () => '✂️✂️✂️'), close: undefined, noun: 'items' }],
      note: (cut) => cut,
    };
    const fitted = fitBlocks(wide, 300, utf8Bytes);
    expect(utf8Bytes(fitted.text)).toBeLessThanOrEqual(300);
    expect(fitted.truncated).toBe(true);
  });
});
