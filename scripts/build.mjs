// Builds dist/ the way actions/checkout does: tsc emits JavaScript, ncc bundles it.
// Two entry points: the action itself and the Linode API emulator (used by `npm run demo`
// on a fresh clone, so it must be runnable from the committed dist/ without node_modules).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('build', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.json']);
run(bin('ncc'), ['build', 'build/index.js', '-o', 'dist', '--minify', '--no-source-map-register', '--license', 'licenses.txt', '--quiet']);
run(bin('ncc'), ['build', 'build/emulator/cli.js', '-o', 'dist/emulator', '--minify', '--no-source-map-register', '--quiet']);
