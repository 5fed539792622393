import { describe, expect, it } from 'vitest';
import { codeBlock, escapeMarkdown, htmlLink } from '../../src/render/escape.js';
import { renderGfm, tableRows, tagsOf, textOf } from '../support/gfm.js';

const HOSTILE = [
  'x` | y </details> <img src=x onerror=alert(1)>',
  '@acme/admins #1 **bold** _em_ [link](https://e.vil) <!-- -->',
  'a\r\nb|c\\|d &amp; &#35; ~~s~~ ~t~ {x} = : + - !',
  'see www.evil.com/login and WWW.Evil.com, (www.evil.com)',
  'http://evil.com/a https://e.vil/b?c=d ftp://files.evil/x HTTPS://E.VIL <https://e.vil>',
  'mail me@evil.com or mailto:me@evil.com, xmpp:me@evil.com',
  'math $x^2$ and $$y$$ and $`z`$ :smile: :+1: GH-123 gh-7',
  '_em_ a_b_c __strong__ *b* x_ _y ![i](https://e.vil/i.png) [^1] [x]: https://e.vil',
];

/** Text that starts a line: lists, headings, setext underlines, quotes. */
const LINE_STARTS = ['- item', '+ item', '* item', '= x', '1. item', '12) item', '# h', '> q', '---', '   - item', '<!-- x'];

/** What GitHub would turn into a link, a mention, a reference or an emoji, in rendered text. */
const LINKY = [/www\./i, /[a-z]:\/\//i, /@[A-Za-z0-9]/, /#\d/, /:[a-z0-9_+-]+:/i, /gh-\d/i, /[A-Za-z0-9.+-]@[A-Za-z0-9]/];

/** The text a reader sees, without the invisible word joiners. */
const visible = (html: string) => textOf(html).replace(/\u2060/g, '');

describe('escapeMarkdown', () => {
  it('renders as the same text in GFM, in a table cell and in raw HTML, with no element', () => {
    for (const text of HOSTILE) {
      const html = renderGfm(`| a |\n|---|\n| ${escapeMarkdown(text)} |\n\n<details><summary>${escapeMarkdown(text)}</summary>\n\n</details>\n`);
      expect(tagsOf(html).filter((t) => !['table', 'thead', 'tr', 'th', 'tbody', 'td', 'details', 'summary', 'p'].includes(t.replace('/', '')))).toEqual([]);
      expect(tableRows(html)).toHaveLength(2);
      expect(tableRows(html)[1]).toHaveLength(1);
      const expected = text.replace(/\r\n|\r|\n/g, ' ');
      expect(visible(html).split(expected)).toHaveLength(3); // once in the cell, once in the summary
    }
  });

  it('links, mentions, references and emoji nothing that GitHub autolinks, and leaves no math delimiter', () => {
    for (const text of HOSTILE) {
      const escaped = escapeMarkdown(text);
      const rendered = textOf(renderGfm(escaped));
      for (const pattern of LINKY) expect(rendered, `${pattern} in ${text}`).not.toMatch(pattern);
      expect(escaped).not.toContain('$');
      expect(renderGfm(escaped)).not.toContain('<a');
    }
  });

  it('starts no block when the text starts a line', () => {
    for (const text of LINE_STARTS) {
      const html = renderGfm(`${escapeMarkdown(text)}\n`);
      expect(tagsOf(html), text).toEqual(['p', '/p']);
      expect(visible(html).trim()).toBe(text.trim());
    }
  });

  it('escapes only where markup can start, with entities that stay entities', () => {
    expect(escapeMarkdown('dest-0001 details.endpoint_url: "x" (y) {z} = a+b!')).toBe('dest-0001 details.endpoint_url: "x" (y) {z} = a+b!');
    expect(escapeMarkdown('-b _c d_')).toBe('&#45;b &#95;c d&#95;');
    expect(escapeMarkdown('a|b')).toBe('a&#124;b'); // the # of an entity gets no word joiner
    expect(escapeMarkdown('#1 @x www.e.com http://e')).toBe('#\u20601 @\u2060x www\u2060.e.com http:\u2060//e');
  });
});

describe('codeBlock', () => {
  it('fences longer than any backtick run in the content', () => {
    expect(codeBlock('a ```` b')).toBe('`````\na ```` b\n`````');
  });
});

describe('htmlLink', () => {
  it('links only http(s) URLs, attribute-escaped', () => {
    expect(htmlLink('run 1', 'https://github.com/o/r/actions/runs/1?a=1&b="x"')).toBe(
      '<a href="https://github.com/o/r/actions/runs/1?a=1&amp;b=%22x%22">run 1</a>',
    );
    expect(htmlLink('x', 'javascript:alert(1)')).toBe('x');
    expect(htmlLink('x', undefined)).toBe('x');
  });
});
