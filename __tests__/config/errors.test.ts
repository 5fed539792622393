import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigErrors, formatPath } from '../../src/config/errors.js';

const at = (line: number, col: number, message: string) => new ConfigError({ file: 'c.yml', line, col, path: ['streams', 'a', 'type'], message });

describe('formatPath', () => {
  it('joins keys with dots and indexes with brackets', () => {
    expect(formatPath(['streams', 'lke-audit', 'details', 'cluster_ids', 0])).toBe('streams.lke-audit.details.cluster_ids[0]');
    expect(formatPath(['destinations', 'siem', 'details', 'custom_headers', 1, 'value'])).toBe('destinations.siem.details.custom_headers[1].value');
  });

  it('quotes keys that would read ambiguously', () => {
    expect(formatPath(['destinations', 'logs.example.com', 'type'])).toBe('destinations."logs.example.com".type');
    expect(formatPath(['streams', 'my stream'])).toBe('streams."my stream"');
    expect(formatPath([])).toBe('');
  });
});

describe('ConfigError', () => {
  it('is an Error whose string form is file:line:col: path: message', () => {
    const error = at(12, 7, 'must be one of audit_logs, lke_audit_logs (got "x")');
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('must be one of audit_logs, lke_audit_logs (got "x")');
    expect(String(error)).toBe('c.yml:12:7: streams.a.type: must be one of audit_logs, lke_audit_logs (got "x")');
  });

  it('leaves out an empty path, and the position of a whole-file error', () => {
    expect(String(new ConfigError({ file: 'c.yml', line: 1, col: 1, path: [], message: 'empty' }))).toBe('c.yml:1:1: empty');
    expect(String(new ConfigError({ file: 'c.yml', line: 0, col: 0, path: [], message: 'not found' }))).toBe('c.yml: not found');
  });
});

describe('ConfigErrors', () => {
  it('sorts by line then column and lists every error, then a hint', () => {
    const errors = new ConfigErrors('c.yml', [at(9, 2, 'third'), at(3, 8, 'second'), at(3, 5, 'first')]);
    expect(errors).toBeInstanceOf(Error);
    expect(errors.errors.map((e) => e.message)).toEqual(['first', 'second', 'third']);
    const lines = errors.message.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '3 errors in c.yml:',
      '  c.yml:3:5: streams.a.type: first',
      '  c.yml:3:8: streams.a.type: second',
      '  c.yml:9:2: streams.a.type: third',
    ]);
    expect(lines).toHaveLength(5);
    expect(lines[4]).toMatch(/schema\/linode-logs\.schema\.json/);
  });

  it('says "1 error" for one', () => {
    expect(new ConfigErrors('c.yml', [at(1, 1, 'x')]).message).toMatch(/^1 error in c\.yml:\n/);
  });
});
