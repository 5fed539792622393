/** U+2060 WORD JOINER: invisible, and GitHub's autolinkers do not see through it. */
const JOINER = '\u2060';

/**
 * Characters that start markup wherever they are: HTML and entities, code spans, emphasis and
 * strikethrough, links, images and footnotes (`[`), table cells, backslash escapes and math.
 * Entities rather than backslash escapes: they also hold inside raw HTML such as `<summary>`,
 * where Markdown is not parsed and a backslash would show.
 */
const ALWAYS: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '`': '&#96;',
  '*': '&#42;',
  '~': '&#126;',
  '[': '&#91;',
  ']': '&#93;',
  '|': '&#124;',
  '\\': '&#92;',
  $: '&#36;',
};

/** Characters that start a block only at the start of a line: list items, setext underlines. */
const AT_START: Readonly<Record<string, string>> = { '-': '&#45;', '+': '&#43;', '=': '&#61;' };

const WORD = /[\p{L}\p{N}]/u;

/**
 * Text from the config or the API (labels, reasons, values) made inert in GitHub Markdown — in a
 * table cell, a heading, a list item or inside inline HTML: no HTML, no emphasis, code, link,
 * math or table break, no `@mention`, `#123` or `GH-123` reference, no `:emoji:`, and no
 * autolink (`www.`, `http://`, `https://`, `ftp://`, e-mail). It renders as the same text (line
 * breaks become spaces), with an invisible word joiner (U+2060) where an autolink would start.
 *
 * Light on purpose: a character is escaped only where it can start markup (`-` only at the
 * start, `_` only where it can open or close emphasis), so a plan's table of 1,500 rows fits in
 * one comment. Every escape is an entity or an inserted U+2060: the final redaction pass
 * (secrets.ts) recognises exactly those.
 */
export function escapeMarkdown(text: string): string {
  // Most labels and ids have nothing to escape: one scan instead of the walk below.
  if (INERT.test(text)) return text;
  const s = text.replace(/\r\n|\r|\n/g, ' ');
  const start = s.length - s.trimStart().length;
  const at = (pattern: RegExp, i: number): RegExpExecArray | null => {
    pattern.lastIndex = i;
    return pattern.exec(s);
  };
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i !== start) {
      // Most characters can start nothing: copied as they are, a run at a time up to the next
      // that may (or the start, which is judged apart).
      MAY_START_MARKUP.lastIndex = i;
      const next = MAY_START_MARKUP.exec(s)?.index ?? s.length;
      const end = start > i && start < next ? start : next;
      if (end > i) {
        out += s.slice(i, end);
        i = end - 1;
        continue;
      }
    }
    const c = s[i]!;
    const entity = ALWAYS[c];
    if (entity !== undefined) {
      out += entity;
    } else if (c === '@' || c === '#') {
      // Mentions and references; e-mail autolinks need a domain character right after the @.
      out += c + JOINER;
    } else if (c === '_') {
      // Between two letters or digits `_` can neither open nor close emphasis (CommonMark flanking rules).
      out += WORD.test(s[i - 1] ?? '') && WORD.test(s[i + 1] ?? '') ? c : '&#95;';
    } else if (c === ':' && (s.startsWith('://', i) || at(EMOJI, i) !== null)) {
      // `scheme://` autolinks (http, https, ftp) and `:emoji:` shortcodes.
      out += c + JOINER;
    } else if ((c === 'w' || c === 'W' || c === 'g' || c === 'G') && at(c === 'w' || c === 'W' ? WWW : GH_REFERENCE, i) !== null) {
      out += s.slice(i, i + 3) + JOINER;
      i += 2;
    } else if (i === start && AT_START[c] !== undefined) {
      out += AT_START[c];
    } else if (i === start && at(ORDERED_ITEM, i) !== null) {
      // An ordered list item (`1.`, `1)`) at the start of a line.
      const digits = at(DIGITS, i)![0];
      out += `${digits}&#${s.charCodeAt(i + digits.length)};`;
      i += digits.length;
    } else {
      out += c;
    }
  }
  return out;
}

/**
 * The characters at which escapeMarkdown may have something to do (anywhere but the start):
 * ALWAYS's, and `@#_:wWgG`; written as the body of a regexp character class.
 */
const MARKUP_CHARACTERS = '&<>`*~[\\]|\\\\$@#_:wWgG';
const MAY_START_MARKUP = new RegExp(`[${MARKUP_CHARACTERS}]`, 'g');
/**
 * Text escapeMarkdown leaves as it is: on one line, without a character of MAY_START_MARKUP, and
 * not starting (after spaces) with what starts a block there (`-`, `+`, `=`, a digit).
 */
const INERT = new RegExp(`^(?!\\s*[-+=0-9])[^${MARKUP_CHARACTERS}\\r\\n]*$`);
// Sticky: each matches at the position it is asked about, without slicing the text.
const EMOJI = /:[A-Za-z0-9_+-]+:/y;
const WWW = /www\./iy;
const GH_REFERENCE = /gh-\d/iy;
const ORDERED_ITEM = /\d{1,9}[.)]/y;
const DIGITS = /\d+/y;

/** A fenced code block whose fence is longer than any backtick run in the content. */
export function codeBlock(content: string, language = ''): string {
  const longestRun = Math.max(2, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}${language}\n${content}\n${fence}`;
}

/**
 * A link as inline HTML, safe whatever the URL holds: only http(s) URLs link, the URL is
 * attribute-escaped and the text is escaped. Anything else renders as the escaped text alone.
 */
export function htmlLink(text: string, url: string | undefined, options: { code?: boolean } = {}): string {
  const label = options.code ? `<code>${escapeMarkdown(text)}</code>` : escapeMarkdown(text);
  if (!url || !/^https?:\/\//i.test(url)) return label;
  const href = url.replace(/[&"'<>\s`]/g, (c) => (c === '&' ? '&amp;' : encodeURIComponent(c)));
  return `<a href="${href}">${label}</a>`;
}
