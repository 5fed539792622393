/**
 * The config read by the `yaml` library, the only parser: it knows where each node is, so every
 * problem is reported with its position.
 */
import { parseAllDocuments, type YAMLError } from 'yaml';
import { ConfigError, ConfigErrors, MAX_SYNTAX_ERRORS } from './errors.js';
import { createSourceMap, parseYamlDocument } from './source-map.js';
import type { LoadedConfig, SourceMap, YamlPath } from './types.js';
import { isValid, toLoadedConfig, validateConfig } from './validate.js';
import { YamlTree } from './yaml-tree.js';

/**
 * Parses and validates a config file's text with the `yaml` library (see `loadConfig`).
 *
 * @throws ConfigErrors listing every problem, sorted by position
 */
export function loadWithYaml(text: string, file: string, env: Record<string, string | undefined>): LoadedConfig {
  const { doc, positions } = parseYamlDocument(text);
  const error = (path: YamlPath, message: string, at: { line: number; col: number }): ConfigError =>
    new ConfigError({ file, path, message, ...at });

  // A broken document has no reliable structure: its syntax errors are all there is to say.
  const syntax = [...doc.errors, ...doc.warnings];
  if (syntax.length > 0) {
    const found = syntax.map((e) => ({ at: positions.at(e.pos[0]), message: syntaxMessage(e, text) }));
    found.sort((a, b) => a.at.line - b.at.line || a.at.col - b.at.col);
    const shown = found.slice(0, MAX_SYNTAX_ERRORS).map((e) => error([], e.message, e.at));
    const rest = found.slice(MAX_SYNTAX_ERRORS);
    if (rest.length > 0) {
      const more = `${rest.length} more YAML syntax error${rest.length === 1 ? '' : 's'} not shown (from line ${rest[0]!.at.line}); they often follow from the ones before: fix those and run again`;
      shown.push(error([], more, rest[0]!.at));
    }
    throw new ConfigErrors(file, shown);
  }
  const root = doc.contents;
  const tree = new YamlTree(positions);
  if (root === null || tree.scalar(root) === null) {
    throw new ConfigErrors(file, [
      error([], 'the file is empty: expected a mapping with version: 1, destinations and streams', { line: 1, col: 1 }),
    ]);
  }

  const validated = validateConfig(root, tree, env);
  if (isValid(validated)) return toLoadedConfig(validated, file, text);
  const source = createSourceMap(file, positions, doc);
  throw new ConfigErrors(file, [
    ...validated.structure.problems.map((p) => error(p.path, p.message, p.at)),
    ...validated.rules.map((p) => error(p.path, p.message, locateNearest(source, p.path))),
  ]);
}

/** A parser error in words for this file; the parser's own advice on several documents is for programmers. */
function syntaxMessage(e: YAMLError, text: string): string {
  if (e.code === 'MULTIPLE_DOCS') {
    return `the config must be a single YAML document (found ${parseAllDocuments(text).length} documents separated by ---)`;
  }
  return `YAML syntax error: ${e.message}`;
}

/** The position of a path, or of its nearest ancestor in the file. */
function locateNearest(source: SourceMap, path: YamlPath): { line: number; col: number } {
  for (let length = path.length; length >= 0; length--) {
    const position = source.locate(path.slice(0, length));
    if (position) return position;
  }
  return { line: 1, col: 1 };
}
