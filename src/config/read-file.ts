import { loadConfig } from './load.js';
import { readConfigText } from './read-text.js';
import type { LoadedConfig } from './types.js';

/**
 * Reads the config file and loads it (`readConfigText`, then `loadConfig`).
 *
 * @throws ConfigErrors, also when the file is refused or cannot be read
 */
export async function readConfigFile(path: string, env: Record<string, string | undefined>, workspace?: string): Promise<LoadedConfig> {
  return loadConfig(readConfigText(path, workspace), path, env);
}
