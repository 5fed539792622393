/**
 * The nesting and the aliases of an untrusted file, checked without recursion: the `yaml`
 * library's parser recurses once per level, and a megabyte of `[` (or `- - - …`) takes it
 * seconds and gigabytes before it gives up; its own alias lookup scans the whole document on
 * every alias.
 */
import { Lexer, isAlias, isCollection, isPair, type Alias, type ParsedNode } from 'yaml';
import { MAX_DEPTH, MAX_TOKENS } from './limits.js';

/** The lexer's tokens that stand for no text of the file (document start, scalar, flow end). */
const ZERO_WIDTH = new Set(['\x02', '\x18', '\x1f']);

/** Why the text is refused before it is parsed, and where. */
export interface TextBound {
  kind: 'depth' | 'tokens';
  offset: number;
}

/**
 * The first place the text goes past a bound, by the lexer's tokens alone (linear and small,
 * before the parse, which holds ~200 bytes per token): more than MAX_TOKENS tokens, or nesting
 * deeper than MAX_DEPTH by flow brackets and, at the start of a line, block indicators
 * (`- - - x`, `? - x`). Indentation is not counted: each level of it costs a line's width more,
 * so 1 MiB nests at most ~1,400 levels that way, which the parse survives, and `scanDocument`
 * then refuses beyond MAX_DEPTH.
 */
export function checkText(text: string): TextBound | undefined {
  let offset = 0;
  let tokens = 0;
  let flow = 0;
  let block = 0;
  let lineStart = true;
  for (const token of new Lexer().lex(text)) {
    if (ZERO_WIDTH.has(token)) continue;
    const at = offset;
    offset += token.length;
    if (++tokens > MAX_TOKENS) return { kind: 'tokens', offset: at };
    if (token === '[' || token === '{') flow++;
    else if (token === ']' || token === '}') flow = Math.max(0, flow - 1);
    if (token.includes('\n') || token.includes('\r')) {
      lineStart = true;
      block = 0;
    } else if (lineStart && (token === '-' || token === '?' || token === ':')) block++;
    else if (token.trim() !== '') lineStart = false;
    if (flow + block > MAX_DEPTH) return { kind: 'depth', offset: at };
  }
  return undefined;
}

export interface DocumentScan {
  /** A node nested deeper than MAX_DEPTH (the first in document order), if any. */
  tooDeep?: ParsedNode;
  /** What each alias stands for: the last node anchored with its name before it. */
  targets: Map<Alias, ParsedNode | undefined>;
}

/**
 * One pass over the parsed document, in the order the `yaml` library resolves aliases (a node
 * before its items, a key before its value), with an explicit stack: where it nests too deep,
 * and what every alias stands for (the library's own lookup walks the whole document per alias).
 */
export function scanDocument(root: ParsedNode | null): DocumentScan {
  const targets = new Map<Alias, ParsedNode | undefined>();
  const anchored = new Map<string, ParsedNode>();
  let tooDeep: ParsedNode | undefined;
  const stack: Array<{ node: unknown; depth: number }> = root ? [{ node: root, depth: 0 }] : [];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (isPair(node)) {
      // A pair is no level of its own: its key and value sit in its collection's level.
      if (node.value) stack.push({ node: node.value, depth });
      if (node.key) stack.push({ node: node.key, depth });
      continue;
    }
    if (isAlias(node)) {
      targets.set(node, anchored.get(node.source));
      continue;
    }
    const parsed = node as ParsedNode;
    if (parsed.anchor) anchored.set(parsed.anchor, parsed);
    if (!isCollection(parsed)) continue;
    if (depth + 1 > MAX_DEPTH) {
      tooDeep ??= parsed;
      continue;
    }
    const items = parsed.items as unknown[];
    for (let i = items.length - 1; i >= 0; i--) stack.push({ node: items[i], depth: depth + 1 });
  }
  return tooDeep ? { tooDeep, targets } : { targets };
}
