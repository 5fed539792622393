import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigErrors } from '../../src/config/errors.js';
import { MAX_PROBLEMS } from '../../src/config/limits.js';
import { loadConfig } from '../../src/config/load.js';
import { errorsOf } from './fixture.js';

const FILE = '.github/linode-logs.yml';

const DESTINATION = `version: 1
destinations:
  siem:
    type: custom_https
    details: &details
      endpoint_url: https://siem.example.com/ingest
      data_compression: gzip
      authentication: { type: none }
streams: {}
`;

describe('the bounds on a parsed config', () => {
  it('follows an alias to the last anchor of its name before it, as YAML does', async () => {
    const text = `${DESTINATION.replace('streams: {}\n', '')}  other:
    type: custom_https
    details: *details
  third:
    type: custom_https
    details: &details { endpoint_url: https://b.example.com, data_compression: None, authentication: { type: none } }
  fourth:
    type: custom_https
    details: *details
streams: {}
`;
    const loaded = await loadConfig(text, FILE, {});
    const endpoint = (label: string) => (loaded.desired.destinations.find((d) => d.label === label)?.details as { endpoint_url?: string }).endpoint_url;
    expect(endpoint('other')).toBe('https://siem.example.com/ingest');
    expect(endpoint('fourth')).toBe('https://b.example.com');
  });

  it('refuses nesting deeper than 64 levels by indentation, at the first node too deep', async () => {
    const lines = Array.from({ length: 70 }, (_, i) => `${' '.repeat(i)}a:`);
    const errors = await errorsOf(`${lines.join('\n')} 1\n`);
    expect(errors.errors.map(String)).toEqual([
      `${FILE}:65:65: nested more than 64 levels deep (mappings and sequences within each other): a config is a few levels deep`,
    ]);
  });

  it('refuses flow nesting deeper than 64 levels before parsing, at the bracket', async () => {
    const errors = await errorsOf(`streams: ${'['.repeat(70)}`);
    expect(errors.errors.map(String)).toEqual([expect.stringMatching(/^\.github\/linode-logs\.yml:1:74: nested more than 64 levels deep/)]);
  });

  it('stops an alias that expands too far, at the outermost alias, whatever the count of problems', async () => {
    const keys = Array.from({ length: 500 }, (_, i) => `k${i}: 1`).join(', ');
    const aliases = Array.from({ length: 30 }, (_, i) => `  d${i + 1}: *m`).join('\n');
    const errors = await errorsOf(`version: 1\ndestinations:\n  d0: &m {${keys}}\n${aliases}\nstreams: {}\n`);
    expect(errors.errors.map(String)).toEqual([
      `${FILE}:13:8: aliases expand to more than 10,000 nodes from the alias at line 13, col 8 (an alias is read as a copy of what it names): write the repeated parts out, or alias fewer and smaller ones`,
    ]);
  });

  it('reports the first 50 problems by position and counts the rest in one line', async () => {
    const streams = Array.from({ length: 200 }, (_, i) => `  stream-${i}: {bad: 1}`).join('\n');
    const errors = await errorsOf(`version: 1\ndestinations: {}\nstreams:\n${streams}\n`);
    expect(errors.errors).toHaveLength(MAX_PROBLEMS + 1);
    const lines = errors.errors.map((e) => e.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(errors.errors.at(-1)!.message).toMatch(/^[\d,]+ more problems not shown \(from line \d+\): fix these and run again$/);
    expect(errors.message.split('\n')).toHaveLength(1 + MAX_PROBLEMS + 1 + 1);
  });
});

describe('ConfigErrors', () => {
  it('counts the problems left out, also those a walk did not keep', () => {
    const at = (line: number) => new ConfigError({ file: FILE, line, col: 1, path: [], message: `problem ${line}` });
    const errors = new ConfigErrors(
      FILE,
      Array.from({ length: 60 }, (_, i) => at(60 - i)),
      1000,
    );
    expect(errors.errors).toHaveLength(51);
    expect(errors.errors[0]!.line).toBe(1);
    expect(String(errors.errors[50])).toBe(`${FILE}:51:1: 1,010 more problems not shown (from line 51): fix these and run again`);
    expect(errors.message).toMatch(/^1,060 errors in \.github\/linode-logs\.yml:/);
  });
});
