import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigErrors } from '../../src/config/errors.js';
import { MAX_CONFIG_BYTES } from '../../src/config/limits.js';
import { readConfigText } from '../../src/config/read-text.js';

const FILE = '.github/linode-logs.yml';

/** A workspace with `.github/` in it, and a directory next to it (outside it). */
function workspace(): { root: string; outside: string; at(path: string): string } {
  const base = mkdtempSync(join(tmpdir(), 'linode-logs-read-'));
  const root = join(base, 'checkout');
  mkdirSync(join(root, '.github'), { recursive: true });
  mkdirSync(join(base, 'outside'));
  return { root, outside: join(base, 'outside'), at: (path) => join(root, path) };
}

/** The one message of the refusal; fails the test when the text is read. */
function refusal(path: string, root: string): string {
  try {
    readConfigText(path, root);
  } catch (error) {
    if (!(error instanceof ConfigErrors)) throw error;
    expect(error.errors).toHaveLength(1);
    expect(error.errors[0]).toMatchObject({ file: path, line: 0, col: 0 });
    expect(error.message).not.toContain('JSON Schema');
    return String(error.errors[0]);
  }
  throw new Error('expected a refusal, but the file was read');
}

describe('readConfigText', () => {
  it('reads a regular file, relative to the workspace or absolute', () => {
    const ws = workspace();
    writeFileSync(ws.at(FILE), 'version: 1\n');
    expect(readConfigText(FILE, ws.root)).toBe('version: 1\n');
    expect(readConfigText(ws.at(FILE), ws.root)).toBe('version: 1\n');
  });

  it('follows a link that stays inside the workspace', () => {
    const ws = workspace();
    writeFileSync(ws.at('shared.yml'), 'version: 1\n');
    symlinkSync('../shared.yml', ws.at(FILE));
    expect(readConfigText(FILE, ws.root)).toBe('version: 1\n');
  });

  it('reads a file of exactly 1 MiB', () => {
    const ws = workspace();
    writeFileSync(ws.at(FILE), `#${'x'.repeat(MAX_CONFIG_BYTES - 2)}\n`);
    expect(readConfigText(FILE, ws.root)).toHaveLength(MAX_CONFIG_BYTES);
  });

  it('names a missing file and the config input', () => {
    const ws = workspace();
    expect(refusal(FILE, ws.root)).toMatch(
      /^\.github\/linode-logs\.yml: config file not found: create \.github\/linode-logs\.yml, or set the action's `config` input/,
    );
  });

  it.each([
    ['/etc/passwd', '/etc/passwd'],
    ['a file outside the workspace', 'OUTSIDE'],
    ['a relative path out of the workspace', '../../outside/config'],
    ['/dev/zero', '/dev/zero'],
  ])('refuses a link to %s without reading it', (_, target) => {
    const ws = workspace();
    writeFileSync(join(ws.outside, 'config'), 'root:x:0:0:SECRET-CONTENT\n');
    symlinkSync(target === 'OUTSIDE' ? join(ws.outside, 'config') : target, ws.at(FILE));
    const message = refusal(FILE, ws.root);
    expect(message).toMatch(/^\.github\/linode-logs\.yml: the config file is, once symbolic links are resolved, outside the workspace/);
    expect(message).not.toMatch(/root:|SECRET-CONTENT/);
  });

  it('refuses an absolute path outside the workspace', () => {
    const ws = workspace();
    writeFileSync(join(ws.outside, 'config'), 'version: 1\n');
    expect(refusal(join(ws.outside, 'config'), ws.root)).toMatch(/outside the workspace/);
  });

  it('refuses a directory', () => {
    const ws = workspace();
    mkdirSync(ws.at(FILE));
    expect(refusal(FILE, ws.root)).toMatch(/: the config file is a directory, not a regular file/);
  });

  it('refuses a named pipe without waiting for a writer', () => {
    const ws = workspace();
    execFileSync('mkfifo', [ws.at(FILE)]);
    expect(refusal(FILE, ws.root)).toMatch(/: the config file is a named pipe \(FIFO\), not a regular file/);
  });

  it('refuses a file over 1 MiB by its size', () => {
    const ws = workspace();
    writeFileSync(ws.at(FILE), Buffer.alloc(2 * MAX_CONFIG_BYTES, 'a'));
    expect(refusal(FILE, ws.root)).toMatch(/: the config file is 2,097,152 bytes; at most 1,048,576 bytes \(1 MiB\) are read/);
  });

  it('refuses a binary file, and text that is not UTF-8, without quoting it', () => {
    const ws = workspace();
    writeFileSync(ws.at(FILE), Buffer.from('version: 1\nSECRET\0\x01\x02'));
    const binary = refusal(FILE, ws.root);
    expect(binary).toMatch(/: the config file is binary \(it holds NUL bytes\)/);
    expect(binary).not.toContain('SECRET');
    writeFileSync(ws.at(FILE), Buffer.from([0x76, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    expect(refusal(FILE, ws.root)).toMatch(/: the config file is not valid UTF-8 text/);
  });
});
