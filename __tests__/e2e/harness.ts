import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { escapeMarkdown } from '../../src/render/escape.js';

const ROOT = resolve(import.meta.dirname, '../..');
export const ACTION = join(ROOT, 'dist/index.js');
/** The one bundle that dist/index.js (the action) and dist/cli.js (the command line) run. */
export const BUNDLE = join(ROOT, 'dist/bundle/index.js');
export const EXAMPLE_CONFIG = join(ROOT, 'examples/linode-logs.yml');
export const TOKEN = 'e2e-token-5f1c9a7d3b';

/**
 * The cluster the example's lke-audit stream names (`cluster_ids: [12345]`): LKE Enterprise with
 * audit logs on. Seed it so the example plans cleanly, as on an account it was written for.
 */
export const EXAMPLE_CLUSTER = { id: 12345, label: 'prod-eu', region: 'eu-central', tier: 'enterprise', control_plane: { audit_logs_enabled: true } } as const;

/** The example's secrets; every run's text is scanned for each of them in every encoding. */
export const SECRETS: Record<string, string> = {
  AUDIT_LOGS_KEY_ID: 'E2EKEYID7Q3W9Z1X5C8V',
  AUDIT_LOGS_KEY_SECRET: 'e2e/secret+key=with"quotes\\and&url%chars',
  SIEM_PASSWORD: 'p@ss w0rd:with<html>&"json"',
  SIEM_TENANT_TOKEN: 'tenant-token-1a2b3c4d5e',
};

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Everything the run printed or wrote, except the runner's own `::add-mask::` commands. */
  visibleText: string;
  /** The GITHUB_OUTPUT file as written (outputs are not masked by the runner). */
  outputText: string;
  /** The values the run registered with `::add-mask::`, unescaped. */
  masks: string[];
  /** stdout and stderr as the runner shows them: `::add-mask::` lines gone, every registered value replaced by `***`. */
  runnerLog: string;
}

export interface RunOptions {
  mode: string;
  apiUrl?: string;
  config?: string;
  token?: string | null;
  /** Replaces the secrets' variables (default SECRETS); an undefined value unsets a variable the harness sets. */
  env?: Record<string, string | undefined>;
  inputs?: Record<string, string>;
  /**
   * GITHUB_WORKSPACE, the checkout the config file must be in (and a relative one is relative
   * to); default the directory of an absolute config, else the repository.
   */
  workspace?: string;
}

/** Runs dist/index.js as the runner does: a separate node process, inputs in INPUT_*, outputs to files. */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'linode-logs-e2e-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_DEBUG: '1',
    INPUT_MODE: options.mode,
    INPUT_CONFIG: options.config ?? EXAMPLE_CONFIG,
    GITHUB_WORKSPACE: options.workspace ?? (isAbsolute(options.config ?? EXAMPLE_CONFIG) ? dirname(options.config ?? EXAMPLE_CONFIG) : ROOT),
    'INPUT_WAIT-TIMEOUT': '20s',
  };
  if (options.apiUrl) env['INPUT_API-URL'] = options.apiUrl;
  if (options.token !== null) env.INPUT_TOKEN = options.token ?? TOKEN;
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(options.env ?? SECRETS)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }

  const child = spawn(process.execPath, [ACTION], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? -1)));
  const outputText = readFileSync(outputFile, 'utf8');
  const summary = readFileSync(summaryFile, 'utf8');
  const visibleStdout = stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  const masks = maskedValues(stdout);
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(outputText),
    summary,
    visibleText: [visibleStdout, stderr, outputText, summary].join('\n'),
    outputText,
    masks,
    runnerLog: applyMasks([visibleStdout, stderr].join('\n'), masks),
  };
}

/** The values of the `::add-mask::` commands, with the command escaping (%25, %0D, %0A) undone. */
function maskedValues(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('::add-mask::'))
    .map((line) => line.slice('::add-mask::'.length).replace(/\r$/, '').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'))
    .filter((value) => value !== '');
}

/** What the runner does to a log: every registered value, longest first, shown as `***`. */
export function applyMasks(text: string, masks: readonly string[]): string {
  let masked = text;
  for (const mask of [...masks].sort((a, b) => b.length - a.length)) masked = masked.split(mask).join('***');
  return masked;
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== match[2]) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

/** Every form a secret could leak in: raw, JSON-escaped, URL-encoded, base64, and each as the Markdown renderers escape it. */
export function leakForms(secret: string): Array<[kind: string, form: string]> {
  const json = JSON.stringify(secret).slice(1, -1);
  return [
    ['raw', secret],
    ['json', json],
    ['url', encodeURIComponent(secret)],
    ['base64', Buffer.from(secret).toString('base64')],
    ['markdown', escapeMarkdown(secret)],
    ['markdown of json', escapeMarkdown(json)],
  ];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The text as a reader of the rendered Markdown sees it: entities decoded, backslash escapes
 * and word joiners (U+2060) removed. A secret escaped any other way still shows up here.
 */
export function decodeRendered(text: string): string {
  return text
    .replace(/\u2060/g, '')
    .replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name] ?? whole;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Names of the secrets (and forms) found in a text, as written or as rendered; empty when nothing leaked. */
export function findLeaks(text: string, secrets: Record<string, string> = { ...SECRETS, TOKEN }): string[] {
  const leaks: string[] = [];
  const decoded = decodeRendered(text);
  for (const [name, secret] of Object.entries(secrets)) {
    for (const [kind, form] of leakForms(secret)) {
      if (text.includes(form)) leaks.push(`${name} (${kind})`);
    }
    if (!text.includes(secret) && decoded.includes(secret)) leaks.push(`${name} (rendered)`);
  }
  return leaks;
}

/** Every `length`-character piece of a text (the text itself when shorter). */
export function piecesOf(text: string, length = 12): string[] {
  if (text.length <= length) return [text];
  const pieces = new Set<string>();
  for (let i = 0; i + length <= text.length; i++) pieces.add(text.slice(i, i + length));
  return [...pieces];
}

/**
 * The stricter scan: like {@link findLeaks}, but a secret counts as leaked when any 12-character
 * piece of it, or of any of its encodings at least 12 characters long, is in the text as written
 * or as rendered (a secret cut by a truncation, or masked whole but shown in part, still leaks).
 * Each finding names the secret, the form and the piece.
 */
export function findLeakPieces(text: string, secrets: Record<string, string>, length = 12): string[] {
  const leaks = new Set<string>();
  const decoded = decodeRendered(text);
  for (const [name, secret] of Object.entries(secrets)) {
    for (const [kind, form] of leakForms(secret)) {
      if (form.length < length && form !== secret) continue;
      for (const piece of piecesOf(form, length)) {
        if (text.includes(piece) || decoded.includes(piece)) {
          leaks.add(`${name} (${kind}: ${JSON.stringify(piece)})`);
          break;
        }
      }
    }
  }
  return [...leaks];
}
