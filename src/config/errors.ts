import { MAX_PROBLEMS } from './limits.js';
import type { SourcePosition, YamlPath } from './types.js';

/** Formats a YAML path as `streams.lke-audit.details.cluster_ids[0]`; keys with dots or spaces are quoted. */
export function formatPath(path: YamlPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = /^[A-Za-z0-9_-]+$/.test(segment) ? segment : JSON.stringify(segment);
      out += out === '' ? key : `.${key}`;
    }
  }
  return out;
}

/**
 * Syntax errors reported, at most. After the first, the parser's errors mostly follow from it (one
 * unclosed bracket can give dozens), and GitHub shows only 10 error annotations per step.
 */
export const MAX_SYNTAX_ERRORS = 5;

export interface ConfigErrorInit extends SourcePosition {
  file: string;
  path: YamlPath;
  message: string;
}

/**
 * One problem in the config file. `line` and `col` are 1-based; 0 means the file as a whole
 * (it could not be read), and the position is left out of the formatted line.
 */
export class ConfigError extends Error {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly path: YamlPath;

  constructor(init: ConfigErrorInit) {
    super(init.message);
    this.name = 'ConfigError';
    this.file = init.file;
    this.line = init.line;
    this.col = init.col;
    this.path = init.path;
  }

  /** `.github/linode-logs.yml:12:7: destinations.siem.details.data_compression: must be one of gzip, None (got "zip")` */
  override toString(): string {
    const where = this.line > 0 ? `${this.file}:${this.line}:${this.col}` : this.file;
    const path = formatPath(this.path);
    return path === '' ? `${where}: ${this.message}` : `${where}: ${path}: ${this.message}`;
  }
}

const HINT =
  'Every problem is listed above. The JSON Schema shipped with the action (schema/linode-logs.schema.json) lets editors flag most of them as you type.';

function byPosition(a: ConfigError, b: ConfigError): number {
  return a.line - b.line || a.col - b.col;
}

/**
 * The problems found in one config file, sorted by line and column: the first MAX_PROBLEMS, then
 * one more error saying how many were left out. What the loader throws.
 */
export class ConfigErrors extends Error {
  readonly file: string;
  readonly errors: readonly ConfigError[];

  /** @param more problems found but not passed in (a walk keeps only so many) */
  constructor(file: string, errors: readonly ConfigError[], more = 0) {
    const sorted = [...errors].sort(byPosition);
    const shown = sorted.slice(0, MAX_PROBLEMS);
    const hidden = sorted.length - shown.length + more;
    if (hidden > 0) {
      const next = sorted[MAX_PROBLEMS] ?? sorted[sorted.length - 1];
      const from = next && next.line > 0 ? ` (from line ${next.line})` : '';
      const message = `${hidden.toLocaleString('en-US')} more problem${hidden === 1 ? '' : 's'} not shown${from}: fix these and run again`;
      shown.push(new ConfigError({ file, line: next?.line ?? 0, col: next?.col ?? 0, path: [], message }));
    }
    const total = sorted.length + more;
    const count = total === 1 ? '1 error' : `${total.toLocaleString('en-US')} errors`;
    // The hint is for problems in the YAML; a file refused whole has no position.
    const hint = shown.some((error) => error.line > 0) ? [HINT] : [];
    super([`${count} in ${file}:`, ...shown.map((error) => `  ${error.toString()}`), ...hint].join('\n'));
    this.name = 'ConfigErrors';
    this.file = file;
    this.errors = shown;
  }
}
