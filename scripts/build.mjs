// Builds dist/: tsc emits JavaScript (and type-checks), rolldown bundles it.
// Two entry points: the action itself and the Linode API emulator (used by `npm run demo` and
// `npm run bench` on a fresh clone, so it must be runnable from the committed dist/ without
// node_modules).
//
// Why rolldown and not ncc: start-up time is a product feature (see `npm run bench`). The
// @actions/* packages import @actions/http-client (and with it undici and tunnel) and
// @actions/exec at the top of @actions/core, for getIDToken() and the platform helpers, which
// this action never calls. They have no import-time side effects, but do not say so in their
// package.json, so a bundler must keep and evaluate them: ~35 ms of every run. rolldown lets the
// build state it (treeshake.moduleSideEffects), and splits every `await import()` into its own
// chunk, so a mode loads only what it uses.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules/.bin', name);

/** Packages whose modules only define things: safe to drop when nothing they export is used. */
const SIDE_EFFECT_FREE = [/[\\/]node_modules[\\/]@actions[\\/]/];
/**
 * yaml's package sends node to its CommonJS build, which a bundler must wrap whole; its ES module
 * build (the same code, what every other platform gets) can be hoisted and tree-shaken: 16 KB and
 * a few ms of start-up less. The two differ only in debug hooks (LOG_TOKENS, LOG_STREAM) and in
 * warning through console.warn instead of process.emitWarning.
 */
const ALIASES = { yaml: join(root, 'node_modules/yaml/browser/index.js') };
/**
 * @actions/core imports node's crypto at its top for one call, `randomUUID()` (the delimiter of a
 * multi-line output). Loading crypto is ~4 ms of every run, spent before the first request; this
 * stand-in loads it at that first call, by which time a plan's requests are in flight.
 */
const LAZY_CRYPTO = '\0lazy-crypto';
function lazyCryptoForActionsCore() {
  return {
    name: 'lazy-crypto-for-actions-core',
    resolveId(source, importer) {
      const fromCore = importer !== undefined && /[\\/]node_modules[\\/]@actions[\\/]core[\\/]/.test(importer);
      return fromCore && (source === 'crypto' || source === 'node:crypto') ? LAZY_CRYPTO : undefined;
    },
    load(id) {
      return id === LAZY_CRYPTO ? "export function randomUUID() { return process.getBuiltinModule('node:crypto').randomUUID(); }\n" : undefined;
    },
  };
}

rmSync(join(root, 'build'), { recursive: true, force: true });
rmSync(join(root, 'dist'), { recursive: true, force: true });
execFileSync(bin('tsc'), ['-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });

const licenses = new Map();

await bundle('build/index.js', 'dist', { format: 'cjs', collectLicenses: true });
await bundle('build/emulator/cli.js', 'dist/emulator', { format: 'esm', collectLicenses: false });
writeFileSync(join(root, 'dist/licenses.txt'), licenseText());

/**
 * One entry point → `<outDir>/index.js` plus a chunk per dynamic import. The action's bundle is
 * CommonJS: node starts a CommonJS entry point ~3 ms sooner than an ES module one (no module
 * loader to set up), on every run; the source stays ES modules.
 */
async function bundle(entry, outDir, { format, collectLicenses }) {
  const out = join(root, outDir);
  await build({
    input: join(root, entry),
    platform: 'node',
    logLevel: 'warn',
    resolve: { alias: ALIASES },
    treeshake: {
      moduleSideEffects: (id, external) => external || !SIDE_EFFECT_FREE.some((pattern) => pattern.test(id)),
    },
    plugins: [lazyCryptoForActionsCore(), ...(collectLicenses ? [licensePlugin()] : [])],
    output: {
      dir: out,
      format,
      minify: true,
      entryFileNames: 'index.js',
      chunkFileNames: '[name]-[hash].js',
      comments: { legal: false },
    },
  });
  // The bundle is read in its own format whatever package.json surrounds the copy that runs it.
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'package.json'), `{\n  "type": "${format === 'cjs' ? 'commonjs' : 'module'}"\n}\n`);
}

/** Records the npm package of every module that ends up in a chunk. */
function licensePlugin() {
  return {
    name: 'licenses',
    generateBundle(_options, output) {
      for (const chunk of Object.values(output)) {
        if (chunk.type !== 'chunk') continue;
        for (const [id, info] of Object.entries(chunk.modules)) {
          if (info.renderedLength === 0) continue;
          const dir = packageDir(id);
          if (dir && !licenses.has(dir)) licenses.set(dir, readLicense(dir));
        }
      }
    },
  };
}

/** `/…/node_modules/@scope/name/lib/x.js` → `/…/node_modules/@scope/name`. */
function packageDir(id) {
  const marker = `${sep}node_modules${sep}`;
  const at = id.lastIndexOf(marker);
  if (at < 0) return undefined;
  const parts = id.slice(at + marker.length).split(sep);
  const name = parts[0]?.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1);
  return id.slice(0, at + marker.length) + name.join(sep);
}

function readLicense(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f) && statSync(join(dir, f)).isFile());
  const text = file ? readFileSync(join(dir, file), 'utf8').trim() : '';
  return { name: pkg.name, license: typeof pkg.license === 'string' ? pkg.license : 'see package', text };
}

function licenseText() {
  return [...licenses.values()]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((l) => `${l.name}\n${l.license}\n${l.text}\n`)
    .join('\n');
}
