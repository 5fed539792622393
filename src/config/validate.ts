/**
 * What follows the parse: the structural walk, the semantic rules, and the loaded config built
 * from their result.
 */
import { toDesiredState } from './desired-state.js';
import { dedupeEnvRefs } from './env-refs.js';
import { configSchema, type ParsedConfig } from './schema.js';
import { checkRules, type RuleProblem } from './semantic-rules.js';
import { parseSourceMap } from './source-map.js';
import { validateStructure, type StructureResult } from './structure.js';
import type { DocumentTree, Maybe } from './tree.js';
import type { LoadedConfig, LoadedSourceMap, SourceMap } from './types.js';

export interface ValidatedConfig {
  structure: StructureResult;
  /** The valid parts of the file, in the shape of the schema (all of it when nothing was found). */
  config: ParsedConfig;
  rules: RuleProblem[];
}

/** Walks the parsed file along the schema, then checks the rules on what the walk found valid. */
export function validateConfig<N>(root: Maybe<N>, tree: DocumentTree<N>, env: Record<string, string | undefined>): ValidatedConfig {
  const structure = validateStructure(root, configSchema, tree, env);
  // The walk builds exactly the shape `Parsed<typeof configSchema>` describes.
  const config = (structure.value as ParsedConfig | undefined) ?? {};
  return { structure, config, rules: checkRules(config, structure.invalidAt) };
}

/** Whether the file is valid: nothing found by the walk or the rules. */
export function isValid(validated: ValidatedConfig): boolean {
  return validated.structure.problems.length === 0 && validated.rules.length === 0;
}

/** The loaded config of a valid file. */
export function toLoadedConfig(validated: ValidatedConfig, file: string, text: string): LoadedConfig {
  return {
    desired: toDesiredState(validated.config),
    source: loadedSourceMap(file, text),
    envRefs: dedupeEnvRefs(validated.structure.envRefs),
  };
}

/**
 * The source map a loaded config keeps, for placing an API error on the file during apply (rare):
 * it parses the text again on first use instead of keeping the parsed document, which for a large
 * file is tens of MB held through the whole run.
 */
function loadedSourceMap(file: string, text: string): LoadedSourceMap {
  let parsed: SourceMap | undefined;
  return {
    file,
    async locate(path) {
      parsed ??= parseSourceMap(file, text);
      return parsed.locate(path);
    },
  };
}
