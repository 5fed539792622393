/**
 * The fast path of loading a config: js-yaml, which runs several times faster than the `yaml`
 * library on a cold start (every run of the action is one) and allocates far less, then the same
 * walk and rules as the `yaml` path (validate.ts).
 *
 * It may only accept. It returns a loaded config only for a valid file it has read certainly as
 * the `yaml` library would; anything else (a problem, a js-yaml error, a doubt) it declines, and
 * the `yaml` path reads the file again and reports what it finds, in its words and positions.
 */
import { constructFromEvents, parseEvents } from 'js-yaml';
import { YAML_CORE_SCHEMA } from './core-schema.js';
import { PlainMapping, plainTree } from './plain-tree.js';
import { eventsReadAlike, textReadsAlike } from './read-alike.js';
import type { LoadedConfig } from './types.js';
import { isValid, toLoadedConfig, validateConfig } from './validate.js';

/** The loaded config of a valid file, or undefined when the fast path declines the file. */
export function loadFast(text: string, file: string, env: Record<string, string | undefined>): LoadedConfig | undefined {
  const root = parsePlain(text);
  if (root === undefined) return undefined;
  const validated = validateConfig(root, plainTree, env);
  return isValid(validated) ? toLoadedConfig(validated, file, text) : undefined;
}

/**
 * The file's root mapping as js-yaml reads it with the core schema, or undefined when the file
 * is not certainly read as the `yaml` library reads it, or its root is not a mapping.
 */
export function parsePlain(text: string): PlainMapping | undefined {
  if (!textReadsAlike(text)) return undefined;
  try {
    const events = parseEvents(text, {});
    if (!eventsReadAlike(events, text)) return undefined;
    const [root] = constructFromEvents(events, { source: text, schema: YAML_CORE_SCHEMA });
    return root instanceof PlainMapping ? root : undefined;
  } catch {
    // Never shown: the `yaml` path reports the file's problems, in its own words and positions.
    return undefined;
  }
}
