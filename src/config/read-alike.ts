/**
 * Where js-yaml and the `yaml` library read a file alike, as far as the fast path (fast-load.ts)
 * relies on it. Each rule below declines a kind of file on which the two were seen to part: by
 * feeding both parsers hundreds of thousands of mutated configs and generated YAML documents and
 * comparing what they read (or whether they refuse). The examples and the test fixtures fall
 * under none of the rules; __tests__/config/fast-load.test.ts has a case for each.
 */
import { COLLECTION_STYLE, EVENT_ID, SCALAR_STYLE, type Event } from 'js-yaml';

const INDICATED_BLOCK_HEADER = /[|>](?:[1-9][-+]?|\+[1-9]?|-[1-9])[ ]*(?:#.*)?\r?$/m;
const ESCAPED_BREAK_BEFORE_EMPTY_LINE = /\\\r?\n[ ]*\r?\n/;
/** yaml's limit on an implicit key: its `:` at most 1024 characters after the key's start. */
const MAX_IMPLICIT_KEY_SPAN = 1024;

/**
 * Whether the text has none of the things on which the two parsers are known to part:
 * - a tab anywhere: the parsers part on where YAML lets a tab stand (a tab on an otherwise empty
 *   line after a block scalar: yaml rejects it, js-yaml not), and config files have none;
 * - a carriage return alone is a line break to js-yaml, not to yaml;
 * - a byte order mark after the first character is skipped by js-yaml at the start of a line,
 *   and is part of the text to yaml;
 * - yaml counts a document after a second `...` end marker (its "single document" error), js-yaml
 *   none: any `...` marker declines;
 * - a block scalar with an indentation indicator (`|2`, `>-1`) or keep chomping (`|+`): the two
 *   keep different whitespace-only lines (with `+`, at the end of a file with no final line
 *   break). Found by the end of a line that looks like such a header (or like a plain value
 *   ending so: `x>1`, declined too);
 * - an escaped line break in a double-quoted scalar (`\` at the end of a line) followed by an empty
 *   line: the two fold it differently (found as any line ending in `\` before an empty one);
 * - yaml rejects an implicit key longer than 1024 characters (KEY_OVER_1024_CHARS), js-yaml takes
 *   it: a key is on one line, so no line of that length, no such key.
 */
export function textReadsAlike(text: string): boolean {
  if (text.includes('\t') || /\r(?!\n)/.test(text) || text.includes('\ufeff', 1)) return false;
  if (/^\.\.\.(?:[ \r\n]|$)/m.test(text) || INDICATED_BLOCK_HEADER.test(text) || ESCAPED_BREAK_BEFORE_EMPTY_LINE.test(text)) return false;
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    const lineEnd = end === -1 ? text.length : end;
    if (lineEnd - start > MAX_IMPLICIT_KEY_SPAN) return false;
    start = lineEnd + 1;
  }
  return true;
}

/** An open document or collection, while the events are read. */
interface Frame {
  /** What its next node is: an item (of a document or sequence), or a mapping's key or value. */
  next: 'item' | 'key' | 'value';
  /** A block mapping, whose values are checked against the line of their key. */
  block: boolean;
  /** Where the last key read ends. */
  keyEnd: number;
}

type NodeEvent = Exclude<Event, { type: typeof EVENT_ID.DOCUMENT | typeof EVENT_ID.POP }>;

/** Whether js-yaml's reading of the file, as parser events, is certainly yaml's too (see `nodeReadAlike`). */
export function eventsReadAlike(events: readonly Event[], text: string): boolean {
  let documents = 0;
  const open: Frame[] = [];
  for (const event of events) {
    if (event.type === EVENT_ID.POP) {
      open.pop();
      continue;
    }
    if (event.type === EVENT_ID.DOCUMENT) {
      // yaml reports none or several documents; `%YAML 1.1` switches it to another schema.
      documents++;
      if (documents > 1 || event.directives.length > 0) return false;
      open.push({ next: 'item', block: false, keyEnd: -1 });
      continue;
    }
    const parent = open[open.length - 1]!;
    const role = parent.next;
    if (role !== 'item') parent.next = role === 'key' ? 'value' : 'key';
    if (!nodeReadAlike(event, role, parent, text)) return false;
    if (role === 'key' && event.type === EVENT_ID.SCALAR) parent.keyEnd = event.valueEnd;
    if (event.type === EVENT_ID.MAPPING) open.push({ next: 'key', block: event.style === COLLECTION_STYLE.BLOCK, keyEnd: -1 });
    else if (event.type === EVENT_ID.SEQUENCE) open.push({ next: 'item', block: false, keyEnd: -1 });
  }
  return documents === 1;
}

/**
 * Whether yaml reads this node as js-yaml does. Not:
 * - an explicit tag (`!!str`, `!foo`): each parser resolves them its own way, and configs have none;
 * - an alias as a mapping key (`*k : v`): the walk finds a destination's `type` among keys as
 *   written, not through aliases, so yaml's walk would not find it where the fast one does;
 * - an anchor or alias name ending in `:` (yaml: "ambiguous"), and an anchor not followed by white
 *   space (`&a{b: 1}`: yaml asks for a space, js-yaml ends the name at the bracket);
 * - a `key: value` pair as an item of a flow sequence (`[a: 1]`): js-yaml opens a flow mapping
 *   there without a `{`. yaml 2 also reads a one-pair mapping, but the walk has a case of its own
 *   for such pairs, and configs have no reason to write them;
 * - a block mapping on the line of its key (`a: &x b: c`): yaml rejects a compact mapping there,
 *   js-yaml takes it when the inner key has an anchor;
 * - a scalar on a line after its key's (for a `|` or `>` block: its header): after a comment line
 *   less indented than the key, yaml rejects a plain one (MULTILINE_IMPLICIT_KEY) and reads a
 *   block's text otherwise. Configs write a scalar value on its key's line.
 */
function nodeReadAlike(event: NodeEvent, role: Frame['next'], parent: Frame, text: string): boolean {
  if (event.type === EVENT_ID.ALIAS) return role !== 'key' && text[event.anchorEnd - 1] !== ':';
  if (event.tagStart !== -1) return false;
  if (event.anchorStart !== -1 && (text[event.anchorEnd - 1] === ':' || !/^(?:[ \r\n]|$)/.test(text.charAt(event.anchorEnd)))) return false;
  // A pair whose key is a `{...}` mapping is not caught here, but by its key (core-schema.ts).
  if (event.type === EVENT_ID.MAPPING && event.style === COLLECTION_STYLE.FLOW && text[event.start] !== '{') return false;
  if (!parent.block || role !== 'value') return true;
  const keyLineEnd = text.indexOf('\n', parent.keyEnd);
  const onKeyLine = (at: number) => keyLineEnd === -1 || at < keyLineEnd;
  if (event.type === EVENT_ID.MAPPING) return event.style === COLLECTION_STYLE.FLOW || !onKeyLine(event.start);
  if (event.type !== EVENT_ID.SCALAR || event.valueStart === -1) return true;
  const block = event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK;
  // A block scalar's text starts on the line after its header.
  return block ? text.lastIndexOf('\n', event.valueStart - 1) === keyLineEnd : onKeyLine(event.valueStart);
}
