/**
 * Text from the config or the API (labels, reasons, values) made inert in GitHub Markdown:
 * no HTML, no emphasis or links, no table breaks, no `@mention` or `#123` reference.
 * Characters that carry meaning become HTML entities; `@` and `#` get a word joiner (U+2060)
 * after them, which GitHub's autolinker does not see through.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[&<>"'`*_[\]()|\\~!{}=:+-]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/([@#])/g, '$1\u2060');
}

/** A fenced code block whose fence is longer than any backtick run in the content. */
export function codeBlock(content: string, language = ''): string {
  const longestRun = Math.max(2, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}${language}\n${content}\n${fence}`;
}
