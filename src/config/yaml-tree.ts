import { isMap, isPair, isScalar, isSeq, type Pair, type ParsedNode } from 'yaml';
import type { Positions } from './source-map.js';
import type { DocumentTree, Maybe, TreeEntry } from './tree.js';
import type { SourcePosition } from './types.js';

/** A node of the `yaml` library's document, or a pair written as a sequence item (`[a: 1]`). */
export type YamlNode = ParsedNode | Pair<ParsedNode, ParsedNode | null>;

/** The `yaml` library's document as the structural walk reads it, with real positions. */
export class YamlTree implements DocumentTree<YamlNode> {
  constructor(private readonly positions: Positions) {}

  resolve(node: Maybe<YamlNode>): Maybe<YamlNode> {
    return isPair(node) ? node : this.positions.resolve(node);
  }

  scalar(node: Maybe<YamlNode>): unknown {
    return isScalar(node) ? node.value : undefined;
  }

  entries(node: Maybe<YamlNode>): ReadonlyArray<TreeEntry<YamlNode>> | undefined {
    return isMap<ParsedNode, ParsedNode | null>(node) ? node.items : undefined;
  }

  items(node: Maybe<YamlNode>): ReadonlyArray<YamlNode> | undefined {
    // A parsed sequence holds nodes, or pairs for the flow form `[a: 1]`.
    return isSeq(node) ? node.items : undefined;
  }

  isPairItem(item: YamlNode): boolean {
    return isPair(item);
  }

  isEmpty(node: Maybe<YamlNode>): boolean {
    return isScalar(node) && node.range[0] >= node.range[1];
  }

  of(node: Maybe<YamlNode>): SourcePosition {
    return this.positions.of(placed(node));
  }

  ofValue(value: Maybe<YamlNode>, key: Maybe<YamlNode>): SourcePosition {
    return this.positions.ofValue(placed(value), placed(key));
  }
}

/** The node that gives a position: a pair has no range of its own, it stands where its key is. */
function placed(node: Maybe<YamlNode>): Maybe<ParsedNode> {
  return isPair(node) ? node.key : node;
}
