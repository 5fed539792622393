import { readFile } from 'node:fs/promises';
import { ConfigError, ConfigErrors } from './errors.js';
import { loadConfig } from './load.js';
import type { LoadedConfig } from './types.js';

/**
 * Reads the config file and loads it (see `loadConfig`).
 *
 * @throws ConfigErrors, also when the file cannot be read
 */
export async function readConfigFile(path: string, env: Record<string, string | undefined>): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException | undefined)?.code;
    const message =
      code === 'ENOENT'
        ? `config file not found: create ${path}, or set the action's \`config\` input to the file's path (relative to the repository root)`
        : `cannot read the config file (${code ?? String(cause)}); check the action's \`config\` input`;
    throw new ConfigErrors(path, [new ConfigError({ file: path, line: 0, col: 0, path: [], message })]);
  }
  return loadConfig(text, path, env);
}
