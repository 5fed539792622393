import { escapeMarkdown } from './render/escape.js';

/**
 * The forms a value takes before any renderer sees it: raw, each line of a multi-line value (the
 * runner masks line by line), JSON-escaped (values are shown as JSON), URL-encoded and base64.
 */
function encodedForms(value: string): string[] {
  const forms = new Set<string>([value]);
  for (const line of value.split(/\r?\n/)) if (line.trim().length >= 4) forms.add(line.trim());
  forms.add(JSON.stringify(value).slice(1, -1));
  forms.add(encodeURIComponent(value));
  forms.add(Buffer.from(value, 'utf8').toString('base64'));
  return [...forms].filter((form) => form.length > 0);
}

/**
 * Every form in which a secret could leak into text: the encoded forms, and each as the Markdown
 * renderers escape it (entities, word joiners). Registered with `core.setSecret` before anything
 * is logged.
 */
export function secretForms(value: string): string[] {
  const forms = encodedForms(value);
  return [...new Set([...forms, ...forms.map(escapeMarkdown)])].filter((form) => form.length > 0);
}

/** `${NAME}` references in a config file's text, found before parsing so masking comes first. */
export function referencedEnvNames(text: string): string[] {
  return [...new Set([...text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1]!))];
}

const NAMED_ENTITY: Readonly<Record<string, string>> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' };
const regexEscape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Hex digits matched in either case: `&#x3A;` and `&#x3a;` are one character. */
const anyCaseHex = (n: number, width = 0): string =>
  n.toString(16).padStart(width, '0').replace(/[a-f]/g, (d) => `[${d}${d.toUpperCase()}]`);

/**
 * Every way one character of a secret can appear in rendered text: itself, a decimal or hex
 * entity, a named entity, a backslash escape, a JSON `\uXXXX` escape, and a line break as the
 * space that `escapeMarkdown` makes of it.
 */
function characterPattern(c: string): string {
  if (c === '\r\n' || c === '\r' || c === '\n') return `(?:${c === '\r\n' ? '\\r\\n|' : ''}\\r|\\n| )`;
  const code = c.codePointAt(0)!;
  const forms = [regexEscape(c), `&#0*${code};`, `&#[xX]0*${anyCaseHex(code)};`];
  if (NAMED_ENTITY[c]) forms.push(`&${NAMED_ENTITY[c]};`);
  if (/^[!-/:-@[-`{-~]$/.test(c)) forms.push(`\\\\${regexEscape(c)}`);
  if (code <= 0xffff) forms.push(`\\\\u${anyCaseHex(code, 4)}`);
  return `(?:${forms.join('|')})`;
}

/**
 * A form of a secret as a pattern that also finds it however the renderers encoded it: any
 * character as an entity or an escape, and a word joiner (U+2060, which escapeMarkdown puts after
 * `@`, `#` and where autolinks start) between any two characters.
 */
function formPattern(form: string): RegExp {
  const characters = form.match(/\r\n|[\s\S]/gu) ?? [];
  return new RegExp(characters.map(characterPattern).join('\u2060?'), 'gu');
}

let cached: { key: string; patterns: RegExp[] } | undefined;

/** The patterns of every registered secret, longest form first (a line of a value after the whole value). */
function secretPatterns(secrets: readonly string[]): RegExp[] {
  const key = secrets.join('\u0000');
  if (cached?.key === key) return cached.patterns;
  const forms = [...new Set(secrets.filter((s) => s.length > 0).flatMap(encodedForms))].sort((a, b) => b.length - a.length);
  cached = { key, patterns: forms.map(formPattern) };
  return cached.patterns;
}

const scrub = (text: string, patterns: readonly RegExp[]): string => patterns.reduce((out, pattern) => out.replace(pattern, '***'), text);

/**
 * Removes every registered secret from text, in every form the renderers can produce (raw,
 * JSON-escaped, URL-encoded, base64, Markdown-escaped with entities and word joiners): the final
 * pass over bodies the runner does not mask (comments, issues, the job summary).
 *
 * `keep` are exact parts of the text that the action reads back and builds only from secret-free
 * data (a comment's hidden marker, its status delimiters): left intact, so a short secret that
 * happens to be a substring of them cannot corrupt them. If a secret runs into a kept part, so
 * that it is found in no single piece, nothing is kept.
 */
export function redact(text: string, secrets: readonly string[], keep: readonly string[] = []): string {
  const patterns = secretPatterns(secrets);
  if (patterns.length === 0) return text;
  const parts = keep.filter((k) => k.length > 0);
  if (parts.length === 0) return scrub(text, patterns);

  let out = '';
  const kept: Array<[start: number, end: number]> = [];
  let at = 0;
  while (at < text.length) {
    let next: { index: number; part: string } | undefined;
    for (const part of parts) {
      const index = text.indexOf(part, at);
      if (index >= 0 && (next === undefined || index < next.index)) next = { index, part };
    }
    if (next === undefined) {
      out += scrub(text.slice(at), patterns);
      break;
    }
    out += scrub(text.slice(at, next.index), patterns);
    kept.push([out.length, out.length + next.part.length]);
    out += next.part;
    at = next.index + next.part.length;
  }
  // A match left in the result is allowed only inside a kept part: one that crosses into it is a
  // secret split across the pieces.
  const inKept = (start: number, end: number) => kept.some(([a, b]) => start >= a && end <= b);
  for (const pattern of patterns) {
    const sticky = new RegExp(pattern.source, 'gu');
    for (let match = sticky.exec(out); match !== null; match = sticky.exec(out)) {
      if (!inKept(match.index, match.index + match[0].length)) return scrub(text, patterns);
      sticky.lastIndex = match.index + 1;
    }
  }
  return out;
}
