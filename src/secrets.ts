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

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** An entity, a JSON `\uXXXX` escape or a backslash escape of ASCII punctuation, at `lastIndex` (sticky). */
const ENCODED_CHARACTER = /&#0*(\d{1,7});|&#[xX]0*([0-9a-fA-F]{1,6});|&(amp|lt|gt|quot|apos);|\\u([0-9a-fA-F]{4})|\\([!-/:-@[-`{-~])/y;
const SPECIAL = /[&\\\u2060]/g;
const WORD_JOINER = 0x2060;

/**
 * The text with every encoding the renderers use undone (entities, backslash and `\uXXXX`
 * escapes, word joiners dropped), and, when `withSpans`, for each character of it the span of the
 * text it came from. One pass: the secrets are then found as plain strings, however they were
 * written. Without spans it is cheaper, for the common case where no secret is there.
 */
function decode(text: string, withSpans: boolean): { plain: string; start: Int32Array; end: Int32Array } {
  const start = new Int32Array(withSpans ? text.length : 0);
  const end = new Int32Array(withSpans ? text.length : 0);
  let plain = '';
  let at = 0;
  const copy = (upTo: number): void => {
    if (withSpans) {
      for (let i = at; i < upTo; i++) {
        start[plain.length + i - at] = i;
        end[plain.length + i - at] = i + 1;
      }
    }
    plain += text.slice(at, upTo);
    at = upTo;
  };
  SPECIAL.lastIndex = 0;
  for (let match = SPECIAL.exec(text); match !== null; match = SPECIAL.exec(text)) {
    if (match.index < at) continue;
    copy(match.index);
    if (text.charCodeAt(at) === WORD_JOINER) {
      at += 1;
      continue;
    }
    ENCODED_CHARACTER.lastIndex = at;
    const encoded = ENCODED_CHARACTER.exec(text);
    if (encoded === null) {
      copy(at + 1);
      continue;
    }
    const [whole, decimal, hex, named, unicode, punctuation] = encoded;
    const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? parseInt(hex, 16) : unicode !== undefined ? parseInt(unicode, 16) : -1;
    const character = named !== undefined ? NAMED_ENTITIES[named]! : (punctuation ?? (code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole));
    if (withSpans) {
      for (let i = 0; i < character.length; i++) {
        start[plain.length + i] = at;
        end[plain.length + i] = at + whole.length;
      }
    }
    plain += character;
    at += whole.length;
  }
  copy(text.length);
  return { plain, start: start.subarray(0, plain.length), end: end.subarray(0, plain.length) };
}

/**
 * Every form to look for, longest first: the encoded forms of each secret, and a multi-line one
 * with its line breaks as the spaces escapeMarkdown makes of them.
 */
function searchForms(secrets: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length === 0) continue;
    for (const form of encodedForms(secret)) forms.add(form);
    if (/[\r\n]/.test(secret)) forms.add(secret.replace(/\r\n|\r|\n/g, ' '));
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

/** Where each form occurs in the text, as spans of the text, merged where they touch or overlap. */
function secretSpans(text: string, forms: readonly string[]): Array<[number, number]> {
  const found = decode(text, false).plain;
  if (!forms.some((form) => found.includes(form))) return [];
  const { plain, start, end } = decode(text, true);
  const spans: Array<[number, number]> = [];
  for (const form of forms) {
    for (let i = plain.indexOf(form); i >= 0; i = plain.indexOf(form, i + 1)) spans.push([start[i]!, end[i + form.length - 1]!]);
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last !== undefined && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/** Every occurrence of the kept parts, left to right, none overlapping. */
function keptRanges(text: string, keep: readonly string[]): Array<[number, number]> {
  const parts = keep.filter((k) => k.length > 0);
  const ranges: Array<[number, number]> = [];
  for (let at = 0; ;) {
    let next: [number, number] | undefined;
    for (const part of parts) {
      const index = text.indexOf(part, at);
      if (index >= 0 && (next === undefined || index < next[0])) next = [index, index + part.length];
    }
    if (next === undefined) return ranges;
    ranges.push(next);
    at = next[1];
  }
}

/**
 * Removes every registered secret from text, in every form the renderers can produce (raw,
 * JSON-escaped, URL-encoded, base64, Markdown-escaped with entities and word joiners): the final
 * pass over bodies the runner does not mask (comments, issues, the job summary).
 *
 * `keep` are exact parts of the text that the action reads back and builds only from secret-free
 * data (a comment's hidden marker, its status delimiters): left intact, so a short secret that
 * happens to be a substring of them cannot corrupt them. If a secret runs into a kept part (a
 * match neither inside it nor outside it), nothing is kept.
 */
export function redact(text: string, secrets: readonly string[], keep: readonly string[] = []): string {
  const forms = searchForms(secrets);
  if (forms.length === 0) return text;
  let spans = secretSpans(text, forms);
  if (spans.length === 0) return text;
  const kept = keptRanges(text, keep);
  if (kept.length > 0) {
    const inside = ([a, b]: [number, number]) => kept.some(([k0, k1]) => a >= k0 && b <= k1);
    const crosses = ([a, b]: [number, number]) => kept.some(([k0, k1]) => a < k1 && b > k0) && !inside([a, b]);
    if (!spans.some(crosses)) spans = spans.filter((span) => !inside(span));
  }
  let out = '';
  let at = 0;
  for (const [a, b] of spans) {
    out += `${text.slice(at, a)}***`;
    at = b;
  }
  return out + text.slice(at);
}

/**
 * Every secret of this run (the registry behind `registerSecret` in reporting.ts). Kept here, in a
 * module with no I/O, so that any code that shortens text it did not write (an API's error reason)
 * can redact it first: a cut must never leave the first characters of a secret behind.
 */
const known = new Set<string>();

/** Adds a secret to the registry; true when it is new. */
export function rememberSecret(value: string): boolean {
  if (known.has(value)) return false;
  known.add(value);
  return true;
}

/** `redact` with every secret of this run. */
export function redactKnown(text: string, keep: readonly string[] = []): string {
  return known.size === 0 ? text : redact(text, [...known], keep);
}
