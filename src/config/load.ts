import { loadFast } from './fast-load.js';
import type { LoadedConfig } from './types.js';

export { MAX_SYNTAX_ERRORS } from './errors.js';
export { missingEnv } from './env-refs.js';

/** The default location of the config file (the action's `config` input). */
export const DEFAULT_CONFIG_PATH = '.github/linode-logs.yml';

/**
 * Parses and validates a config file's text and returns the desired state. Pure: no file system,
 * and `env` is passed in. Unset variables are not errors (see `missingEnv`).
 *
 * A valid file is read by js-yaml (fast-load.ts); the `yaml` library, loaded only when the fast
 * path declines, reads any other and reports its problems (load-with-yaml.ts).
 *
 * @param file the path shown in errors (repository-relative, so annotations land on the file)
 * @throws ConfigErrors listing every problem, sorted by position
 */
export async function loadConfig(text: string, file: string, env: Record<string, string | undefined>): Promise<LoadedConfig> {
  const loaded = loadFast(text, file, env);
  if (loaded !== undefined) return loaded;
  const { loadWithYaml } = await import('./load-with-yaml.js');
  return loadWithYaml(text, file, env);
}
