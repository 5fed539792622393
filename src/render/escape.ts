/**
 * Text from the config or the API (labels, reasons, values) made inert in GitHub Markdown:
 * no HTML, no emphasis or links, no table breaks, no `@mention` or `#123` reference.
 * Characters that carry meaning become HTML entities; `@` and `#` get a word joiner (U+2060)
 * after them, which GitHub's autolinker does not see through.
 */
export function escapeMarkdown(text: string): string {
  // One pass: a second pass over the output would also hit the `#` of the entities it made.
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[&<>"'`*_[\]()|\\~!{}=:+@#-]/g, (c) => (c === '@' || c === '#' ? `${c}\u2060` : `&#${c.charCodeAt(0)};`));
}

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
