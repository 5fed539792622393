import { readFileSync } from 'node:fs';
import { ConfigErrors } from '../../src/config/errors.js';
import { loadConfig } from '../../src/config/load.js';

export const FIXTURES = '__fixtures__/configs';

export function fixture(name: string): string {
  return readFileSync(`${FIXTURES}/${name}`, 'utf8');
}

/** The errors loading a config throws; fails the test when it loads. */
export async function errorsOf(text: string, file = '.github/linode-logs.yml', env: Record<string, string | undefined> = {}): Promise<ConfigErrors> {
  try {
    await loadConfig(text, file, env);
  } catch (error) {
    if (error instanceof ConfigErrors) return error;
    throw error;
  }
  throw new Error('expected the config to be invalid, but it loaded');
}

/** Each error as its formatted line. */
export async function linesOf(text: string, file?: string): Promise<string[]> {
  return (await errorsOf(text, file)).errors.map((error) => error.toString());
}
