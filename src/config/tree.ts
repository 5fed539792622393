import type { SourcePosition } from './types.js';

/** A node that may be missing: an empty value, an absent key. */
export type Maybe<N> = N | null | undefined;

/** One `key: value` pair of a mapping, as the parser holds it. */
export interface TreeEntry<N> {
  readonly key: Maybe<N>;
  readonly value: Maybe<N>;
}

/**
 * The structural walk's view of a parsed document (structure.ts): the `yaml` library's nodes
 * (yaml-tree.ts), which know where they are in the file. It keeps the walk apart from the
 * parser's node types.
 */
export interface DocumentTree<N> {
  /** The node an alias (`*name`) stands for; any other node as it is. */
  resolve(node: Maybe<N>): Maybe<N>;
  /** A scalar's value (a string, number, boolean or null); undefined for anything else. */
  scalar(node: Maybe<N>): unknown;
  /** A mapping's pairs in file order; undefined when the node is not a mapping. */
  entries(node: Maybe<N>): ReadonlyArray<TreeEntry<N>> | undefined;
  /** A sequence's items; undefined when the node is not a sequence. */
  items(node: Maybe<N>): ReadonlyArray<N> | undefined;
  /** A `key: value` written as an item of a flow sequence (`[a: 1]`), which the config does not take for a mapping. */
  isPairItem(item: N): boolean;
  /** A scalar with nothing written (`key:`), as against a written `null` or `~`. */
  isEmpty(node: Maybe<N>): boolean;
  /** Where the node starts in the file. */
  of(node: Maybe<N>): SourcePosition;
  /** Where to point for a value: the value itself when it is a written scalar, else its key. */
  ofValue(value: Maybe<N>, key: Maybe<N>): SourcePosition;
}
