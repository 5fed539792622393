/**
 * Runs a node process the way the runner does (a fresh process, inputs in INPUT_*, outputs to
 * files) and measures it: wall time from spawn to exit, as seen by the parent, and peak RSS.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  code: number;
  wallMs: number;
  /** Peak resident set size of the node process, in MiB. */
  rssMiB: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
}

/**
 * How peak RSS is read. GNU time reads the child's rusage from wait4() and costs the child
 * nothing; without it, a preload module reports `process.resourceUsage().maxRSS` at exit (it
 * adds the ESM loader to every run, bare `node` included, so ratios stay fair).
 */
export type RssProbe = { kind: 'gnu-time'; path: string } | { kind: 'preload'; file: string };

export function pickRssProbe(dir: string): RssProbe {
  const path = '/usr/bin/time';
  if (existsSync(path) && spawnSync(path, ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0) {
    return { kind: 'gnu-time', path };
  }
  const file = join(dir, 'rss-preload.mjs');
  writeFileSync(
    file,
    "import { writeFileSync } from 'node:fs';\n" +
      "process.on('exit', () => { try { writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); } catch {} });\n",
  );
  return { kind: 'preload', file };
}

export interface ChildOptions {
  /** Arguments to node, e.g. ['dist/index.js'] or ['-e', '']. */
  args: string[];
  cwd: string;
  env: Record<string, string>;
  probe: RssProbe;
}

/** Runs `node …args` once with an empty GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. */
export async function measure(options: ChildOptions): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), 'linode-logs-bench-'));
  try {
    const files = { output: join(dir, 'output'), summary: join(dir, 'summary'), rss: join(dir, 'rss') };
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      ...options.env,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      BENCH_RSS_FILE: files.rss,
    };
    const [command, args] =
      options.probe.kind === 'gnu-time'
        ? [options.probe.path, ['-f', '%M', '-o', files.rss, process.execPath, ...options.args]]
        : [process.execPath, ['--import', options.probe.file, ...options.args]];

    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (c) => resolve(c ?? -1));
    });
    const wallMs = performance.now() - started;
    // 'close' (all output read) comes after 'exit'; wait for it outside the timing.
    if (child.stdout.readable || child.stderr.readable) await new Promise((resolve) => child.on('close', resolve));
    const rssKiB = Number(readFileSync(files.rss, 'utf8').trim().split('\n').pop());
    return {
      code,
      wallMs,
      rssMiB: rssKiB / 1024,
      stdout,
      stderr,
      outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The `name<<delimiter … delimiter` blocks @actions/core writes to GITHUB_OUTPUT. */
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
