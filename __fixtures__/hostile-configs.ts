/**
 * Config files a pull request could commit to hurt the runner: each must be refused, naming the
 * file, in seconds and bounded memory. Shared by the end-to-end tests and `npm run bench`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface HostileWorkspace {
  /** GITHUB_WORKSPACE: the checkout. */
  workspace: string;
  /** The config input: relative to the workspace, as in a workflow. */
  config: string;
}

export interface HostileConfig {
  name: string;
  /** Lays the config out in `workspace` at `config` (a file, a link, a FIFO…). */
  create(workspace: string, config: string): void;
  /** What the refusal's message says, after the file's name. */
  expected: RegExp;
  /** Refused as the file is read (before any request), or once its text is parsed. */
  refused: 'reading' | 'parsing';
  /** Text of the link's target, which must appear nowhere in the run's output. */
  secret?: string;
}

export const CONFIG_PATH = '.github/linode-logs.yml';

/** Text that stands for what a link out of the checkout would reveal. */
export const OUTSIDE_SECRET = 'OUTSIDE-THE-CHECKOUT-9f2c';

const write = (text: string | Buffer) => (workspace: string, config: string) => writeFileSync(join(workspace, config), text);

/**
 * The billion laughs, along the schema: 100 destinations share (by an alias) a list of 100
 * headers, each an alias of one map of 100 unknown keys: 10^6 nodes from 12 KB.
 */
function billionLaughs(): string {
  const keys = Array.from({ length: 100 }, (_, i) => `k${i}: 1`).join(', ');
  const headers = Array.from({ length: 100 }, () => '*k').join(', ');
  const lines = ['version: 1', `x-keys: &k {${keys}}`, 'destinations:'];
  lines.push(`  d0: {type: custom_https, details: {endpoint_url: https://a.example, custom_headers: &h [${headers}]}}`);
  for (let i = 1; i < 100; i++) lines.push(`  d${i}: {type: custom_https, details: {endpoint_url: https://a.example, custom_headers: *h}}`);
  lines.push('streams: {}');
  return `${lines.join('\n')}\n`;
}

/** A map of `count` unknown keys, aliased as often as `size` bytes allow (the 49 KB report). */
function aliasesToUnknownKeys(size: number, count: number): string {
  const keys = Array.from({ length: count }, (_, i) => `k${i}: 1`).join(', ');
  const head = `version: 1\nprune: false\ndestinations:\n  d0: &m {type: custom_https, ${keys}}\n`;
  const lines: string[] = [];
  let length = head.length;
  for (let i = 1; length < size; i++) {
    const line = `  d${i}: *m\n`;
    lines.push(line);
    length += line.length;
  }
  return `${head}${lines.join('')}streams: {}\n`;
}

/** Many small problems without aliases: every stream with an unknown field. */
function manyProblems(size: number): string {
  const lines = ['version: 1', 'destinations: {}', 'streams:'];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const line = `  s${i}: {bad: 1}`;
    lines.push(line);
    length += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

/** `size` bytes of lines the parser rejects, every one. */
function syntaxErrors(size: number): string {
  const line = 'a: b: c: [}\n';
  return line.repeat(Math.floor(size / line.length));
}

export const HOSTILE_CONFIGS: HostileConfig[] = [
  {
    name: 'a link to /etc/passwd',
    create: (workspace, config) => symlinkSync('/etc/passwd', join(workspace, config)),
    expected: /outside the workspace/,
    refused: 'reading',
    secret: 'root:',
  },
  {
    name: 'a link to a file outside the workspace',
    create: (workspace, config) => {
      const outside = mkdtempSync(join(tmpdir(), 'linode-logs-outside-'));
      writeFileSync(join(outside, 'config'), `version: 1\n# ${OUTSIDE_SECRET}\n`);
      symlinkSync(join(outside, 'config'), join(workspace, config));
    },
    expected: /outside the workspace/,
    refused: 'reading',
    secret: OUTSIDE_SECRET,
  },
  {
    name: 'a link to /dev/zero',
    create: (workspace, config) => symlinkSync('/dev/zero', join(workspace, config)),
    expected: /outside the workspace/,
    refused: 'reading',
  },
  {
    name: 'a FIFO',
    create: (workspace, config) => void execFileSync('mkfifo', [join(workspace, config)]),
    expected: /a named pipe \(FIFO\), not a regular file/,
    refused: 'reading',
  },
  {
    name: 'a directory',
    create: (workspace, config) => mkdirSync(join(workspace, config)),
    expected: /a directory, not a regular file/,
    refused: 'reading',
  },
  {
    name: 'a 2 MiB file',
    create: write(`version: 1\n${'#'.repeat(2 * 1_048_576 - 12)}\n`),
    expected: /2,097,152 bytes; at most 1,048,576 bytes \(1 MiB\)/,
    refused: 'reading',
  },
  {
    name: 'a binary file (NUL bytes)',
    create: write(Buffer.concat([Buffer.from('version: 1\n'), Buffer.alloc(4096)])),
    expected: /binary \(it holds NUL bytes\)/,
    refused: 'reading',
  },
  {
    name: 'the billion laughs (aliases of aliases)',
    create: write(billionLaughs()),
    expected: /:4:\d+: aliases expand to more than 10,000 nodes from the alias at line 4, col \d+/,
    refused: 'parsing',
  },
  {
    name: '49 KB of aliases to a map of 1,000 unknown keys',
    create: write(aliasesToUnknownKeys(49_000, 1000)),
    expected: /:14:8: aliases expand to more than 10,000 nodes from the alias at line 14, col 8/,
    refused: 'parsing',
  },
  {
    name: '5 KB of aliases to a map of 200 unknown keys',
    create: write(aliasesToUnknownKeys(5_000, 200)),
    expected: /aliases expand to more than 10,000 nodes/,
    refused: 'parsing',
  },
  {
    name: '200 KB of problems (no aliases)',
    create: write(manyProblems(200_000)),
    expected: /[\d,]+ more problems not shown \(from line \d+\): fix these and run again/,
    refused: 'parsing',
  },
  {
    name: 'just under 200,000 tokens, all problems (no aliases)',
    create: write(manyProblems(310_000)),
    expected: /[\d,]+ more problems not shown \(from line \d+\): fix these and run again/,
    refused: 'parsing',
  },
  {
    name: '1 MiB of problems (no aliases)',
    create: write(manyProblems(1_048_000)),
    expected: /:\d+:\d+: more than 200,000 YAML tokens/,
    refused: 'parsing',
  },
  {
    name: '100 KB of syntax errors',
    create: write(syntaxErrors(100_000)),
    expected: /\d+ more YAML syntax errors not shown/,
    refused: 'parsing',
  },
  {
    name: '1 MiB of syntax errors',
    create: write(syntaxErrors(1_048_000)),
    expected: /:\d+:\d+: more than 200,000 YAML tokens/,
    refused: 'parsing',
  },
  {
    name: '100,000 levels of [',
    create: write(`${'['.repeat(100_000)}${']'.repeat(100_000)}\n`),
    expected: /:1:65: nested more than 64 levels deep/,
    refused: 'parsing',
  },
  {
    name: '100,000 levels of a: {a: …',
    create: write(`a: ${'{a: '.repeat(100_000)}1${'}'.repeat(100_000)}\n`),
    expected: /:1:\d+: nested more than 64 levels deep/,
    refused: 'parsing',
  },
  {
    name: '1 MiB of - - - …',
    create: write(`${'- '.repeat(500_000)}x\n`),
    expected: /:1:\d+: nested more than 64 levels deep/,
    refused: 'parsing',
  },
];

/** A fresh workspace with `.github/`, the hostile config laid out in it. */
export function hostileWorkspace(hostile: HostileConfig): HostileWorkspace {
  const workspace = mkdtempSync(join(tmpdir(), 'linode-logs-hostile-'));
  mkdirSync(join(workspace, '.github'));
  hostile.create(workspace, CONFIG_PATH);
  return { workspace, config: CONFIG_PATH };
}
