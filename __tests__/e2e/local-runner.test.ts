import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { EXAMPLE_CLUSTER, EXAMPLE_CONFIG, runAction, SECRETS } from './harness.js';
import { TOKEN } from './harness.js';

/**
 * The action under a local runner (`@github/local-action` and the like): a workspace that is
 * not the process's directory, action.yml's defaults passed unexpanded, GitHub out of reach.
 */
let emulator: Emulator;
let closedPort = 0;

beforeAll(async () => {
  emulator = await startEmulator({ tokens: [TOKEN], provisioningMs: 0, deactivatingMs: 0 });
  emulator.seed({ lkeClusters: [EXAMPLE_CLUSTER] });
  // A port nothing listens on: connection refused, at once, on loopback.
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  closedPort = (server.address() as { port: number }).port;
  await new Promise((done) => server.close(done));
});
afterAll(async () => {
  await emulator?.close();
});

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'linode-logs-local-'));
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, '.github/linode-logs.yml'), readFileSync(EXAMPLE_CONFIG, 'utf8'));
  return dir;
}

function pullRequestEnv(dir: string, apiUrl: string): Record<string, string> {
  const eventPath = join(dir, 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({
      number: 3,
      pull_request: { number: 3, head: { sha: 'a'.repeat(40), repo: { full_name: 'acme/x' } }, base: { repo: { full_name: 'acme/x' } } },
    }),
  );
  return {
    ...SECRETS,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/x',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_API_URL: apiUrl,
  };
}

describe('the action under a local runner', () => {
  it('reads a relative config path in GITHUB_WORKSPACE, not the process directory', async () => {
    const run = await runAction({ mode: 'validate', config: '.github/linode-logs.yml', token: null, workspace: workspace() });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('.github/linode-logs.yml is valid: 2 destinations, 2 streams.');
  });

  it('takes an unexpanded ${{ github.token }} for no GitHub token, with a notice', async () => {
    const dir = workspace();
    const run = await runAction({
      mode: 'plan',
      apiUrl: emulator.url,
      config: '.github/linode-logs.yml',
      workspace: dir,
      env: pullRequestEnv(dir, `http://127.0.0.1:${closedPort}`),
      inputs: { 'github-token': '${{ github.token }}' },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/^::notice::Input github-token is the unexpanded expression \$\{\{ github\.token \}\}/m);
    // No call went to GitHub: nothing about it failing.
    expect(run.stdout).not.toContain('Could not');
  });

  it('reports GitHub unreachable as such, not as a missing permission', async () => {
    const dir = workspace();
    const run = await runAction({
      mode: 'plan',
      apiUrl: emulator.url,
      config: '.github/linode-logs.yml',
      workspace: dir,
      env: pullRequestEnv(dir, `http://127.0.0.1:${closedPort}`),
      inputs: { 'github-token': 'ghs_localRunnerToken0123456789' },
    });
    expect(run.code, run.stdout).toBe(0);
    const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('GitHub is unreachable (connection refused, ECONNREFUSED)');
    expect(warnings[0]).not.toContain('permission');
    expect(run.outputs['has-changes']).toBe('true');
  });
});
