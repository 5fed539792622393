import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigErrors } from '../../src/config/errors.js';
import { readConfigFile } from '../../src/config/read-file.js';
import { FIXTURES } from './fixture.js';

async function rejection(promise: Promise<unknown>): Promise<ConfigErrors> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ConfigErrors)) throw new Error(`expected ConfigErrors, got ${String(error)}`);
  return error;
}

describe('readConfigFile', () => {
  it('reads and loads the file, naming it in the source map', async () => {
    const path = `${FIXTURES}/example.yml`;
    const loaded = await readConfigFile(path, { SIEM_PASSWORD: 'pw' });
    expect(loaded.desired.destinations).toHaveLength(2);
    expect(loaded.desired.streams).toHaveLength(2);
    expect(loaded.source.file).toBe(path);
  });

  it('reports errors against the path it was given', async () => {
    const path = `${FIXTURES}/invalid/version.yml`;
    const errors = await rejection(readConfigFile(path, {}));
    expect(errors.errors.map(String)).toEqual([`${path}:1:10: version: must be 1 (got 2)`]);
  });

  it('turns a missing file into one error naming the path and the config input', async () => {
    const errors = await rejection(readConfigFile('nowhere/linode-logs.yml', {}));
    expect(errors.errors).toHaveLength(1);
    const [error] = errors.errors;
    expect(error).toMatchObject({ file: 'nowhere/linode-logs.yml', line: 0, col: 0, path: [] });
    expect(String(error)).toMatch(/^nowhere\/linode-logs\.yml: config file not found: create nowhere\/linode-logs\.yml, or set the action's `config` input/);
  });

  it('refuses a path that is not a regular file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'linode-logs-'));
    writeFileSync(join(dir, 'x'), '');
    const errors = await rejection(readConfigFile(dir, {}, dir));
    expect(errors.errors[0]?.message).toMatch(/^the config file is a directory, not a regular file/);
  });
});
