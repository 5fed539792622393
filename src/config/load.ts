import { loadWithYaml } from './load-with-yaml.js';
import type { LoadedConfig } from './types.js';

export { MAX_SYNTAX_ERRORS } from './errors.js';
export { missingEnv } from './env-refs.js';

/** The default location of the config file (the action's `config` input). */
export const DEFAULT_CONFIG_PATH = '.github/linode-logs.yml';

/**
 * Parses and validates a config file's text and returns the desired state. Pure: no file system,
 * and `env` is passed in. Unset variables are not errors (see `missingEnv`).
 *
 * The text is untrusted (it comes from a pull request's head): one parser, the `yaml` library,
 * reads it (load-with-yaml.ts), within the bounds of limits.ts.
 *
 * @param file the path shown in errors (repository-relative, so annotations land on the file)
 * @throws ConfigErrors listing every problem, sorted by position
 */
export async function loadConfig(text: string, file: string, env: Record<string, string | undefined>): Promise<LoadedConfig> {
  return loadWithYaml(text, file, env);
}
