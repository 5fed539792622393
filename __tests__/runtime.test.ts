import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

describe('the runtime the tests run on', () => {
  it("is the runner's: the node major version action.yml declares (node24), from the `node` dev dependency", () => {
    const using = /^\s+using:\s*node(\d+)\s*$/m.exec(readFileSync(join(ROOT, 'action.yml'), 'utf8'))?.[1];
    expect(using).toBe('24');
    // The end-to-end tests run dist/index.js with this same executable (process.execPath).
    expect(process.versions.node.split('.')[0]).toBe(using);
  });
});
