/**
 * The config read by the `yaml` library, the only parser: it knows where each node is, so every
 * problem is reported with its position.
 */
import { parseAllDocuments, type YAMLError } from 'yaml';
import { checkText } from './bounds.js';
import { ConfigError, ConfigErrors, MAX_SYNTAX_ERRORS } from './errors.js';
import { MAX_DEPTH, MAX_PROBLEMS, MAX_TOKENS } from './limits.js';
import { createSourceMap, parseYamlDocument } from './source-map.js';
import { AliasExpansionError } from './structure.js';
import type { LoadedConfig, SourceMap, YamlPath } from './types.js';
import { isValid, toLoadedConfig, validateConfig, type ValidatedConfig } from './validate.js';
import { YamlTree } from './yaml-tree.js';

/**
 * Parses and validates a config file's text with the `yaml` library (see `loadConfig`).
 *
 * @throws ConfigErrors listing every problem, sorted by position
 */
export function loadWithYaml(text: string, file: string, env: Record<string, string | undefined>): LoadedConfig {
  const error = (path: YamlPath, message: string, at: { line: number; col: number }): ConfigError => new ConfigError({ file, path, message, ...at });
  const refuse = (message: string, at: { line: number; col: number }): never => {
    throw new ConfigErrors(file, [error([], message, at)]);
  };

  const bound = checkText(text);
  if (bound) refuse(bound.kind === 'depth' ? TOO_DEEP : TOO_MANY_TOKENS, positionOf(text, bound.offset));
  const { doc, positions, tooDeep } = parseYamlDocument(text);

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
  if (tooDeep) refuse(TOO_DEEP, positions.of(tooDeep));
  const root = doc.contents;
  const tree = new YamlTree(positions);
  if (root === null || tree.scalar(root) === null) {
    refuse('the file is empty: expected a mapping with version: 1, destinations and streams', { line: 1, col: 1 });
  }

  let validated: ValidatedConfig;
  try {
    validated = validateConfig(root, tree, env);
  } catch (cause) {
    if (cause instanceof AliasExpansionError) return refuse(cause.message, cause.at);
    throw cause;
  }
  if (isValid(validated)) return toLoadedConfig(validated, file, text);
  const source = createSourceMap(file, positions, doc);
  const problems = [
    ...validated.structure.problems,
    ...validated.rules.map((p) => ({ path: p.path, message: p.message, at: locateNearest(source, p.path) })),
  ].sort((a, b) => a.at.line - b.at.line || a.at.col - b.at.col);
  // Only the errors shown are built; ConfigErrors counts the rest.
  const shown = problems.slice(0, MAX_PROBLEMS).map((p) => error(p.path, p.message, p.at));
  throw new ConfigErrors(file, shown, problems.length - shown.length + validated.structure.dropped);
}

const TOO_MANY_TOKENS = `more than ${MAX_TOKENS.toLocaleString('en-US')} YAML tokens (keys, values, indicators; the one past the bound is here): a config names a few resources; write it in block style, without what it does not need`;
const TOO_DEEP = `nested more than ${MAX_DEPTH} levels deep (mappings and sequences within each other): a config is a few levels deep`;

/** The line and column of an offset in the text (1-based). */
function positionOf(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
}

/** A parser error in words for this file; the parser's own advice on several documents is for programmers. */
function syntaxMessage(e: YAMLError, text: string): string {
  // The parser's stack ran out (nesting, by indentation, that the checks before the parse let by).
  if (e.code === 'RESOURCE_EXHAUSTION') return TOO_DEEP;
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
