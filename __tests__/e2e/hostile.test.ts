import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONFIG_PATH, HOSTILE_CONFIGS, hostileWorkspace } from '../../__fixtures__/hostile-configs.js';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { runAction, TOKEN } from './harness.js';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ tokens: [TOKEN] });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => emulator.reset());

const EARLY_READS = new Set(['GET /monitor/streams', 'GET /monitor/streams/destinations', 'GET /lke/clusters', 'GET /object-storage/keys']);

/** The text of /etc/passwd that a refusal must not show: its first line's user, e.g. `root:x:0:0`. */
const passwdHead = readFileSync('/etc/passwd', 'utf8').split('\n')[0]!;

describe('a hostile config file is refused, naming it, with nothing written to the account', () => {
  it.each(HOSTILE_CONFIGS.map((hostile) => [hostile.name, hostile] as const))('%s', async (_, hostile) => {
    const { workspace, config } = hostileWorkspace(hostile);
    const run = await runAction({ mode: 'apply', apiUrl: emulator.url, config, workspace, inputs: { 'wait-timeout': '5s' } });

    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('invalid-config');
    // The annotation and the failure both name the file; the message says what was found.
    expect(run.stdout).toContain(`file=${CONFIG_PATH}`);
    expect(run.stdout).toMatch(new RegExp(`::error::[\\d,]+ errors? in ${CONFIG_PATH.replace(/\./g, '\\.')}:`));
    expect(run.stdout).toMatch(hostile.expected);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error')).length).toBeLessThanOrEqual(52);

    expect(emulator.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    if (hostile.refused === 'reading') expect(emulator.requests).toEqual([]);
    else expect(emulator.requests.every((r) => EARLY_READS.has(`${r.method} ${r.path}`))).toBe(true);

    if (hostile.secret !== undefined) expect(run.visibleText).not.toContain(hostile.secret);
    expect(run.visibleText).not.toContain(passwdHead);
  });
});
