import type { DocumentTree } from './tree.js';
import type { SourcePosition } from './types.js';

/**
 * A value as the fast path reads the file (js-yaml with the schema of core-schema.ts). An alias
 * already stands for the value it names: the same object, as often as it is named.
 */
export type PlainValue = string | number | boolean | null | PlainValue[] | PlainMapping;

/**
 * A mapping of the fast path: its pairs in file order, under string keys. Not a JS object, whose
 * integer-like keys (`"10"`) would come first and whose `__proto__` key is special; not a Map,
 * which the walk would have to copy into pairs.
 */
export class PlainMapping {
  readonly entries: Array<{ readonly key: string; readonly value: PlainValue }> = [];
  private readonly keys = new Set<string>();

  has(key: string): boolean {
    return this.keys.has(key);
  }

  /** Adds a pair; the parser has checked that the key is new. */
  add(key: string, value: PlainValue): void {
    this.keys.add(key);
    this.entries.push({ key, value });
  }

  get(key: string): PlainValue | undefined {
    return this.entries.find((entry) => entry.key === key)?.value;
  }
}

/** Every problem found in plain values sends the file to the `yaml` path, which reports it with its real position. */
const NOT_SHOWN: SourcePosition = { line: 1, col: 1 };

/** Plain values as the structural walk reads them. */
export const plainTree: DocumentTree<PlainValue> = {
  resolve: (node) => node,
  scalar: (node) => (typeof node === 'object' && node !== null ? undefined : node),
  entries: (node) => (node instanceof PlainMapping ? node.entries : undefined),
  items: (node) => (Array.isArray(node) ? node : undefined),
  // The fast path declines a file with such an item (read-alike.ts).
  isPairItem: () => false,
  isEmpty: () => false,
  of: () => NOT_SHOWN,
  ofValue: () => NOT_SHOWN,
};
