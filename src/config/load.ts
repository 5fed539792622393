import { LineCounter, isScalar, parseAllDocuments, parseDocument, type YAMLError } from 'yaml';
import { toDesiredState } from './desired-state.js';
import { dedupeEnvRefs } from './env-refs.js';
import { ConfigError, ConfigErrors } from './errors.js';
import { configSchema, type ParsedConfig } from './schema.js';
import { checkRules } from './semantic-rules.js';
import { Positions, createSourceMap } from './source-map.js';
import { validateStructure } from './structure.js';
import type { LoadedConfig, SourceMap, YamlPath } from './types.js';

export { missingEnv } from './env-refs.js';

/** The default location of the config file (the action's `config` input). */
export const DEFAULT_CONFIG_PATH = '.github/linode-logs.yml';

/**
 * Syntax errors reported, at most. After the first, the parser's errors mostly follow from it (one
 * unclosed bracket can give dozens), and GitHub shows only 10 error annotations per step.
 */
export const MAX_SYNTAX_ERRORS = 5;

/**
 * Parses and validates a config file's text and returns the desired state. Pure: no file system,
 * and `env` is passed in. Unset variables are not errors (see `missingEnv`).
 *
 * @param file the path shown in errors (repository-relative, so annotations land on the file)
 * @throws ConfigErrors listing every problem, sorted by position
 */
export function loadConfig(text: string, file: string, env: Record<string, string | undefined>): LoadedConfig {
  const lineCounter = new LineCounter();
  // Duplicate keys are reported by the structural walk, which knows their path.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const positions = new Positions(lineCounter, doc);
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
  if (root === null || (isScalar(root) && root.value === null)) {
    throw new ConfigErrors(file, [
      error([], 'the file is empty: expected a mapping with version: 1, destinations and streams', { line: 1, col: 1 }),
    ]);
  }

  const structure = validateStructure(root, configSchema, positions, env);
  // The walk builds exactly the shape `Parsed<typeof configSchema>` describes.
  const config = structure.value as ParsedConfig | undefined;
  const source = createSourceMap(file, positions, doc);
  const problems = [
    ...structure.problems.map((p) => error(p.path, p.message, p.at)),
    ...checkRules(config ?? {}, structure.invalidAt).map((p) => error(p.path, p.message, locateNearest(source, p.path))),
  ];
  if (problems.length > 0) throw new ConfigErrors(file, problems);
  return { desired: toDesiredState(config ?? {}), source: sourceMapOf(file, text), envRefs: dedupeEnvRefs(structure.envRefs) };
}

/**
 * The source map a loaded config keeps, for placing an API error on the file during apply (rare):
 * it parses the text again on first use instead of keeping the parsed document, which for a large
 * file is tens of MB held through the whole run.
 */
function sourceMapOf(file: string, text: string): SourceMap {
  let parsed: SourceMap | undefined;
  return {
    file,
    locate(path) {
      if (parsed === undefined) {
        const lineCounter = new LineCounter();
        const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
        parsed = createSourceMap(file, new Positions(lineCounter, doc), doc);
      }
      return parsed.locate(path);
    },
  };
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
