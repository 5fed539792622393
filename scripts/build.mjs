// `npm run build`: the two committed bundles, each made by @vercel/ncc from TypeScript (ncc
// compiles and type-checks it with ts-loader, using the tsconfig.json nearest the entry point):
//
//   dist/            the action (action.yml: `main: dist/index.js`): index.js, one chunk per
//                    `await import()`, source maps, licenses.txt
//   dist/cli/        the command line `linode-logs` (package.json's `bin`): the same engine,
//                    its own bundle so that the action's stays as it was
//   emulator/dist/   the Linode API emulator, for `npm run demo` and `npm run emulator` on a fresh
//                    clone, with plain node and no node_modules
//
// Both are ES modules, as package.json's "type": "module" says; ncc writes a package.json saying
// so into each output folder, so a copy is read the same way wherever it runs.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');

bundle('src/index.ts', 'dist', ['--license', 'licenses.txt']);
// After dist/: emptying dist/ first would remove it.
bundle('src/cli.ts', 'dist/cli', []);
// Runnable as `./dist/cli/index.js` too (ncc keeps the entry's `#!/usr/bin/env node`).
chmodSync(join(root, 'dist/cli/index.js'), 0o755);
bundle('emulator/cli.ts', 'emulator/dist', []);

/**
 * ncc replaces only the .js files of its output folder, so the folder is emptied first: a map or
 * a chunk of an earlier build must not outlive it. `--no-cache`: the output depends on the tree
 * alone, never on ncc's cache in the home directory.
 */
function bundle(entry, outDir, options) {
  rmSync(join(root, outDir), { recursive: true, force: true });
  execFileSync(process.execPath, [ncc, 'build', entry, '--out', outDir, '--source-map', '--no-source-map-register', '--no-cache', '--quiet', ...options], {
    cwd: root,
    stdio: 'inherit',
  });
}
