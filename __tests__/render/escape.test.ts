import { describe, expect, it } from 'vitest';
import { codeBlock, escapeMarkdown, htmlLink } from '../../src/render/escape.js';
import { renderGfm, tagsOf, textOf } from '../support/gfm.js';

const HOSTILE = [
  'x` | y </details> <img src=x onerror=alert(1)>',
  '@acme/admins #1 **bold** _em_ [link](https://e.vil) <!-- -->',
  'a\r\nb|c\\|d &amp; &#35; ~~s~~ {x} = : + - !',
];

describe('escapeMarkdown', () => {
  it('renders as the same text in GFM, with no element, and a word joiner after each @ and #', () => {
    for (const text of HOSTILE) {
      const html = renderGfm(`| a |\n|---|\n| ${escapeMarkdown(text)} |\n\n<summary>${escapeMarkdown(text)}</summary>\n`);
      expect(tagsOf(html).filter((t) => !['table', 'thead', 'tr', 'th', 'tbody', 'td', 'summary', 'p'].includes(t.replace('/', '')))).toEqual([]);
      const expected = text.replace(/\r\n|\r|\n/g, ' ').replace(/([@#])/g, '$1\u2060');
      expect(textOf(html)).toContain(expected);
    }
  });

  it('makes entities that stay entities (the # of an entity gets no word joiner)', () => {
    expect(escapeMarkdown('a-b')).toBe('a&#45;b');
    expect(escapeMarkdown('#1')).toBe('#\u20601');
  });
});

describe('codeBlock', () => {
  it('fences longer than any backtick run in the content', () => {
    expect(codeBlock('a ```` b')).toBe('`````\na ```` b\n`````');
  });
});

describe('htmlLink', () => {
  it('links only http(s) URLs, attribute-escaped', () => {
    expect(htmlLink('run 1', 'https://github.com/o/r/actions/runs/1?a=1&b="x"')).toBe('<a href="https://github.com/o/r/actions/runs/1?a=1&amp;b=%22x%22">run 1</a>');
    expect(htmlLink('x', 'javascript:alert(1)')).toBe('x');
    expect(htmlLink('x', undefined)).toBe('x');
  });
});
