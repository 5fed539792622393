import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Alias, type Document, type ParsedNode } from 'yaml';
import { scanDocument } from './bounds.js';
import type { SourceMap, SourcePosition, YamlPath } from './types.js';

export type YamlDocument = Document.Parsed<ParsedNode>;

/**
 * The document as the `yaml` library reads it, where its nodes are, and the first node nested
 * deeper than MAX_DEPTH (bounds.ts).
 */
export function parseYamlDocument(text: string): { doc: YamlDocument; positions: Positions; tooDeep?: ParsedNode } {
  const lineCounter = new LineCounter();
  // Duplicate keys are reported by the structural walk, which knows their path.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const { targets, tooDeep } = scanDocument(doc.contents);
  const positions = new Positions(lineCounter, doc, targets);
  return tooDeep ? { doc, positions, tooDeep } : { doc, positions };
}

/** The source map of a config file's text. */
export function parseSourceMap(file: string, text: string): SourceMap {
  const { doc, positions } = parseYamlDocument(text);
  return createSourceMap(file, positions, doc);
}

/** Positions of nodes in one parsed document. */
export class Positions {
  constructor(
    private readonly lineCounter: LineCounter,
    private readonly doc: YamlDocument,
    private readonly targets: ReadonlyMap<Alias, ParsedNode | undefined>,
  ) {}

  at(offset: number): SourcePosition {
    return this.lineCounter.linePos(offset);
  }

  /** The node's first character, or 1:1 when it has no source range. */
  of(node: ParsedNode | null | undefined): SourcePosition {
    return node ? this.at(node.range[0]) : { line: 1, col: 1 };
  }

  /**
   * Where to point for a value: the value itself when it is a written scalar, else its key. A
   * block mapping starts on the line after its key, and an empty value has nothing to point at.
   */
  ofValue(value: ParsedNode | null | undefined, key: ParsedNode | null | undefined): SourcePosition {
    const writtenScalar = (isScalar(value) || isAlias(value)) && value.range[0] < value.range[1];
    if (writtenScalar || !key) return this.of(value ?? key ?? this.doc.contents);
    return this.of(key);
  }

  /** Follows an alias (`*name`) to the node it stands for, found once for all by `scanDocument`. */
  resolve(node: ParsedNode | null | undefined): ParsedNode | null | undefined {
    return isAlias(node) ? this.targets.get(node) : node;
  }
}

/** Maps YAML paths to positions: the value for scalars, the key for mappings and sequences. */
export function createSourceMap(file: string, positions: Positions, doc: YamlDocument): SourceMap {
  return {
    file,
    locate(path: YamlPath): SourcePosition | undefined {
      let node: ParsedNode | null | undefined = doc.contents;
      let key: ParsedNode | null | undefined;
      for (const segment of path) {
        const current = positions.resolve(node);
        if (isMap(current) && typeof segment === 'string') {
          const pair = current.items.find((item) => isScalar(item.key) && item.key.value === segment);
          if (!pair) return undefined;
          node = pair.value;
          key = pair.key;
        } else if (isSeq(current) && typeof segment === 'number') {
          node = current.items[segment];
          key = undefined;
          if (node === undefined) return undefined;
        } else return undefined;
      }
      return positions.ofValue(node, key);
    },
  };
}
