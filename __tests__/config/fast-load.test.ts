import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { configYaml } from '../../bench/fixtures.js';
import { ConfigErrors } from '../../src/config/errors.js';
import { loadFast, parsePlain } from '../../src/config/fast-load.js';
import { loadWithYaml } from '../../src/config/load-with-yaml.js';
import { loadConfig } from '../../src/config/load.js';
import { PlainMapping, type PlainValue } from '../../src/config/plain-tree.js';
import type { LoadedConfig } from '../../src/config/types.js';
import { FIXTURES, fixture } from './fixture.js';

const FILE = '.github/linode-logs.yml';
/** Some references set, some not: both kinds of EnvRef, and the rules that check resolved values. */
const ENV = { AUDIT_LOGS_KEY_ID: 'AKIAEXAMPLE', AUDIT_LOGS_KEY_SECRET: 's3cr3t', MTLS_KEY: 'key', BENCH_KEY_ID: 'BENCHKEY', S3_ADMIN_KEY_ID: 'AK' };

/** What a loaded config holds, in a form that compares key order too (the source map is a function of the text). */
function content(loaded: LoadedConfig): string {
  return JSON.stringify({ desired: loaded.desired, envRefs: loaded.envRefs }, (_key, value: unknown) => (value === undefined ? '(undefined)' : value));
}

/** What the user gets from a load: the loaded config, or the errors' text. */
async function outcome(load: () => LoadedConfig | Promise<LoadedConfig>): Promise<string> {
  try {
    return content(await load());
  } catch (error) {
    if (error instanceof ConfigErrors) return error.message;
    throw error;
  }
}

/** Asserts that the fast path takes the file, and builds what the `yaml` path builds. */
function expectSameLoad(text: string): void {
  const fast = loadFast(text, FILE, ENV);
  expect(fast, 'the fast path declined the file').toBeDefined();
  expect(content(fast!)).toBe(content(loadWithYaml(text, FILE, ENV)));
}

/** Asserts that the fast path declines the file, and that the user then gets the `yaml` path's answer. */
async function expectDeclined(text: string, yaml: 'loads' | RegExp): Promise<void> {
  expect(loadFast(text, FILE, ENV), 'the fast path took the file').toBeUndefined();
  const slow = await outcome(() => loadWithYaml(text, FILE, ENV));
  if (yaml === 'loads') expect(slow).not.toMatch(/^\d+ errors? in /);
  else expect(slow).toMatch(yaml);
  expect(await outcome(() => loadConfig(text, FILE, ENV))).toBe(slow);
}

/** A document the fast path read, as plain JS with keys in file order (what yaml's `toJS` gives). */
function plain(value: PlainValue): unknown {
  if (value instanceof PlainMapping) return Object.fromEntries(value.entries.map(({ key, value: item }) => [key, plain(item)]));
  return Array.isArray(value) ? value.map(plain) : value;
}

const ymlIn = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.yml')).map((name) => `${dir}/${name}`);

/** One destination with mutual TLS: its CA certificate takes any text, for scalars of every style. */
const withCa = (ca: string) => `version: 1
destinations:
  mtls:
    type: custom_https
    details:
      endpoint_url: https://mtls.example.com/ingest
      data_compression: gzip
      authentication:
        type: none
      client_certificate_details:
        tls_hostname: mtls.example.com
        client_ca_certificate: ${ca}
        client_certificate: \${MTLS_CERT}
        client_private_key: \${MTLS_KEY}
`;

/** An LKE stream: its `cluster_ids` take numbers and labels, for number forms. */
const withClusters = (ids: string, head = 'version: 1') => `${head}
destinations:
  siem:
    type: custom_https
    details: { endpoint_url: "https://siem.example.com/in", data_compression: gzip, authentication: { type: none } }
streams:
  lke-audit:
    type: lke_audit_logs
    destination: siem
    details:
      cluster_ids: ${ids}
`;

describe('the fast path takes valid files and builds what the yaml path builds', () => {
  const files = [...ymlIn('examples'), ...ymlIn(FIXTURES), ...ymlIn(`${FIXTURES}/valid`)];

  it.each(files)('%s', (file) => {
    expectSameLoad(readFileSync(file, 'utf8'));
  });

  it.each([0, 1, 2, 10, 101])("the bench's config of %i pairs", (pairs) => {
    expectSameLoad(configYaml(pairs));
  });

  it.each([
    ['a literal block scalar', '|\n          line 1\n            indented\n          line 3\n'],
    ['a literal block, strip', '|-\n          a\n          b\n\n'],
    ['a literal block starting with empty lines', '|\n\n          after an empty line\n'],
    ['a folded block scalar', '>\n          folded\n          text\n\n          new paragraph\n            more indented\n          back\n'],
    ['a folded block, strip', '>-\n          a\n          b\n'],
    ['a multi-line plain scalar', 'first line\n          second line\n\n          after a blank line'],
    ['a multi-line double-quoted scalar', '"first\n          second\\\n          third"'],
    ['double-quoted escapes', '"\\x41\\u00e9\\U0001F600\\t\\\\ \\"q\\" \\/ \\N \\_ \\0 \\e"'],
    ['a multi-line single-quoted scalar with a quote', "'it''s\n          here\n\n          too'"],
    ['a comment after a value', 'text # not part of it'],
    ['a hash inside a plain scalar', 'a#b'],
  ])('%s', (_what, ca) => {
    expectSameLoad(withCa(ca));
  });

  it.each([
    ['decimal, octal, hex and exponent ids', '[12, 0o17, 0x1F, 1e3, +42]'],
    ['labels that only look like numbers', '[1_000, 0o8, 0xG, 1.2.3, "0x1F", yes, 2001-12-14]'],
    ['a block sequence with an alias', '\n        - &id 17\n        - *id\n        - prod'],
  ])('%s', (_what, ids) => {
    expectSameLoad(withClusters(ids));
  });

  it('True and 0x1F and 1e3 where a boolean and integers are expected', () => {
    expectSameLoad(`version: 1\nprune: True\nstream_quota: 0x1F\n`);
    expectSameLoad(`version: 1\nprune: FALSE\nstream_quota: 1e3\n`);
    expectSameLoad(`version: 1\nstream_quota: 0o17\n`);
  });

  it('an aliased destination, under labels that sort differently', () => {
    const text = withClusters('[7]').replace('  siem:\n', '  siem: &d\n').replace('streams:', '  B-siem: *d\n  a-siem: *d\nstreams:');
    expectSameLoad(text);
  });

  it('quoted keys that look like numbers, booleans or null: strings to both parsers', () => {
    const clusters = 'lke_clusters:\n  "12345": { audit_logs: true }\n  \'true\': { audit_logs: true }\n  "~": { audit_logs: true }\n  "10": { audit_logs: true }';
    expectSameLoad(withClusters('["12345", "true", "~", "10"]', `version: 1\n${clusters}`));
  });

  it('__proto__ as a label', () => {
    expectSameLoad(withClusters('[7]').replace('  siem:\n', '  __proto__:\n').replace('destination: siem', 'destination: __proto__'));
  });

  it('a byte order mark, CRLF line endings, a document start marker, flow collections', () => {
    expectSameLoad(`\ufeff${configYaml(2)}`);
    expectSameLoad(configYaml(2).replaceAll('\n', '\r\n'));
    expectSameLoad(`---\n${configYaml(2)}`);
    expectSameLoad('{version: 1, prune: true, destinations: {}, streams: {}}');
  });
});

describe('the fast path declines what it might read otherwise, and the yaml path answers', () => {
  it('a key that is not a string: a plain number, boolean or null, a collection, an alias', async () => {
    const quoted = withClusters('[7]', 'version: 1\nlke_clusters:\n  12345: { audit_logs: true }');
    await expectDeclined(quoted, /lke_clusters\.12345: LKE cluster id or label must be a string \(got 12345\); quote it: "12345"/);
    await expectDeclined(withClusters('[7]', 'version: 1\nlke_clusters:\n  true: { audit_logs: true }'), /must be a string \(got true\)/);
    await expectDeclined(withClusters('[7]', 'version: 1\nlke_clusters:\n  ~: { audit_logs: true }'), /must be a string/);
    await expectDeclined(withClusters('[7]', 'version: 1\nlke_clusters:\n  [prod]: { audit_logs: true }'), /must be a string \(got a sequence\)/);
    await expectDeclined(withClusters('[7]', 'version: 1\nx: &k prod\nlke_clusters:\n  *k : { audit_logs: true }'), /unknown field "x"/);
  });

  it('scalars the schema does not take: .inf, ~, an empty value, .nan', async () => {
    await expectDeclined('version: 1\nstream_quota: .inf\n', /stream_quota: must be an integer \(got Infinity\)/);
    await expectDeclined('version: 1\nprune: ~\n', /prune: must be true or false \(got null\)/);
    await expectDeclined('version: 1\nprune:\n', /prune: must be true or false \(got nothing\)/);
    await expectDeclined(withClusters('[.nan]'), /must be an id \(a positive integer\) or a label \(got NaN\)/);
  });

  it('several documents, and a document end marker', async () => {
    await expectDeclined('version: 1\n---\nprune: true\n', /must be a single YAML document \(found 2 documents/);
    await expectDeclined('version: 1\n...\n', 'loads');
    await expectDeclined('version: 1\n...\n...\n', /must be a single YAML document/);
  });

  it('tags and directives: each parser resolves them its own way', async () => {
    await expectDeclined('version: 1\nprune: !foo true\n', /YAML syntax error: Unresolved tag: !foo/);
    await expectDeclined('version: !!int 1\n', 'loads');
    await expectDeclined('%YAML 1.1\n---\nversion: 1\nprune: yes\n', 'loads');
  });

  it('a merge key: a plain key "<<" to both, which no mapping here allows', async () => {
    const text = withClusters('[7]').replace('  siem:\n', '  base: &b { data_compression: gzip }\n  siem:\n').replace('    details: {', '    <<: *b\n    details: {');
    await expectDeclined(text, /destinations\.siem\."<<": unknown field "<<"/);
  });

  it('duplicate keys', async () => {
    await expectDeclined('version: 1\nprune: true\nprune: false\n', /prune: duplicate key "prune" \(first defined at line 2, col 1\)/);
  });

  it('tabs, anywhere', async () => {
    await expectDeclined('version: 1\ndestinations:\n\tsiem: {}\n', /YAML syntax error: Tabs are not allowed as indentation/);
    await expectDeclined(withCa('|\n          text\n\t\n'), /YAML syntax error/);
    await expectDeclined(withCa('\ttext'), 'loads');
  });

  it('block scalars with an indentation indicator or keep chomping, escaped line breaks before an empty line', async () => {
    await expectDeclined(withCa('|2\n            leading spaces\n          kept\n'), 'loads');
    await expectDeclined(withCa('|+\n          a\n\n\n'), 'loads');
    await expectDeclined(withCa('>+ # keep\n          a\n\n'), 'loads');
    await expectDeclined(withCa('>-1\n          a\n'), 'loads');
    await expectDeclined(withCa('"first\\\n\n          second"'), 'loads');
  });

  it('a compact mapping on the line of its key, a scalar on a line after its key', async () => {
    await expectDeclined(withCa('text').replace('authentication:\n        type: none', 'authentication: &auth type: none'), /Nested mappings are not allowed in compact mappings/);
    // yaml's error here depends on the comment's first character after the `#`.
    await expectDeclined(withCa('\n #less-indented-comment\n          text'), /YAML syntax error: Implicit keys need to be on a single line/);
    await expectDeclined(withCa('\n          text'), 'loads');
    await expectDeclined(withCa('\n # a comment\n          |\n          text'), 'loads');
  });

  it('a byte order mark after the start, a carriage return alone', async () => {
    await expectDeclined('version: 1\n\ufeffprune: true\n', /unknown field "\ufeffprune"/);
    await expectDeclined('version: 1\rprune: true\n', /^\d+ errors? in/);
  });

  it("a pair as a flow sequence's item, anchors yaml finds ambiguous", async () => {
    await expectDeclined(withClusters('[prod: 7]'), /details\.cluster_ids\[0\]: must be an id \(a positive integer\) or a label \(got a mapping\)/);
    await expectDeclined('version: &v: 1\n', /Anchor ending in : is ambiguous/);
    await expectDeclined(withClusters('&ids[7]'), /Tags and anchors must be separated from the next token by white space/);
  });

  it('an implicit key over 1024 characters', async () => {
    await expectDeclined(`version: 1\nlke_clusters:\n  ${'k'.repeat(1030)}: { audit_logs: true }\n`, /The : indicator must be at most 1024 chars/);
  });

  it('an empty file, and a root that is not a mapping', async () => {
    await expectDeclined('', /the file is empty/);
    await expectDeclined('# nothing\n', /the file is empty/);
    await expectDeclined('version\n', /must be a mapping \(got "version"\)/);
    await expectDeclined('- version: 1\n', /must be a mapping \(got a sequence\)/);
  });

  it.each(ymlIn(`${FIXTURES}/invalid`))('%s', async (file) => {
    await expectDeclined(readFileSync(file, 'utf8'), /^\d+ errors? in /);
  });
});

describe('scalars', () => {
  it('resolve as the yaml library resolves them with its core schema', () => {
    const text = `octal: 0o17
hex: 0x1F
hex_upper: 0X1F
exp: 1e3
exp_signed: -1.5E-3
inf: .inf
neg_inf: -.Inf
pos_inf: +.INF
nan: .NaN
tilde: ~
empty:
null_words: [null, Null, NULL, nULL]
bools: [true, True, TRUE, false, False, FALSE, tRUE, yes, no, on, off, y, n]
ints: [+12, -0, 012, 0o8, 12345678901234567890, 1_000, 0b11]
floats: [1.50, .5, 1., -.5, 0.]
not_numbers: [1.2.3, 1e, ., +, 0x, "0x1F", '~', 2001-12-14, 12:30:00]
`;
    const root = parsePlain(text);
    expect(root).toBeInstanceOf(PlainMapping);
    const yaml = parseDocument(text).toJS() as unknown;
    expect(plain(root!)).toStrictEqual(yaml);
    expect(Object.is((plain(root!) as { ints: unknown[] }).ints[1], -0)).toBe(true);
  });
});

/** A small deterministic generator (mulberry32): the same cases on every run. */
/**
 * How many times more generated and mutated files to try than the suite does on every run. Before
 * upgrading js-yaml or yaml, run a large differential check:
 * `FAST_LOAD_FUZZ_SCALE=250 npx vitest run __tests__/config/fast-load.test.ts` (about a million files).
 */
const FUZZ_SCALE = Math.max(1, Number(process.env.FAST_LOAD_FUZZ_SCALE ?? 1) || 1);
const FUZZ_TIMEOUT_MS = 20_000 * FUZZ_SCALE;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('generated documents', () => {
  // Where the parsers were seen to part: block scalar headers, whitespace-only and comment lines
  // at every indentation, quotes, escapes, anchors, flow collections.
  const HEADERS = ['|', '>', '|-', '>-', '|+', '>+', '|2', '>1-', '| #c', '"', "'", '', ''];
  const PIECES = [' ', '  ', '\n', '\n', 'x', 'y z', '#', ' #c', '"', "'", "''", '\\', '\\n', '\\\n\n', ':', ': ', '- ', '?', ',', '[', ']', '{', '}', '&a', '*a', '!', '|', '>', '\r\n', '...', '---'];

  it('are read by the fast path only as the yaml library reads them', () => {
    const next = random(7);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    let taken = 0;
    for (let run = 0; run < 4000 * FUZZ_SCALE; run++) {
      const header = pick(HEADERS);
      const quote = header === '"' || header === "'" ? header : '';
      const indent = ' '.repeat(Math.floor(next() * 4));
      let body = '';
      for (let i = Math.floor(next() * 12); i >= 0; i--) body += pick(PIECES);
      body = body.replaceAll('\n', `\n${next() < 0.8 ? `${indent}  ` : ' '.repeat(Math.floor(next() * 3))}`);
      const block = header !== '' && quote === '';
      const text = `k:\n${indent}a: ${header}${block ? '\n' : ''}${block ? `${indent}  ` : ''}${body}${quote}\n${indent}b: end\n`;
      const root = parsePlain(text);
      if (root === undefined) continue;
      taken++;
      const doc = parseDocument(text, { uniqueKeys: false });
      expect([...doc.errors, ...doc.warnings].map((e) => e.code), JSON.stringify(text)).toEqual([]);
      expect(plain(root), JSON.stringify(text)).toStrictEqual(doc.toJS());
    }
    expect(taken).toBeGreaterThan(400);
  }, FUZZ_TIMEOUT_MS);
});

describe('mutated configs', () => {
  const TOKENS = [' ', '  ', '\t', '\n', '\r\n', ':', ': ', '- ', '#', '"', "'", '[', ']', '{', '}', ',', '?', '&a ', '*a', '!', '|', '>', '%', '@', '\\', '0', '.', '~', '---', '...', '\ufeff', '"123": ', '<<: '];

  it('are taken by the fast path only when the yaml path loads them to the same config', () => {
    const next = random(20_240_601);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const seeds = [fixture('example.yml'), fixture('valid/client-certificate.yml'), fixture('valid/defaults-and-order.yml'), readFileSync('examples/linode-logs-setup.yml', 'utf8'), configYaml(3)];
    let taken = 0;
    for (let run = 0; run < 600 * FUZZ_SCALE; run++) {
      let text = pick(seeds);
      const at = Math.floor(next() * text.length);
      const lines = text.split('\n');
      const line = Math.floor(next() * lines.length);
      switch (Math.floor(next() * 4)) {
        case 0:
          text = text.slice(0, at) + text.slice(at + 1);
          break;
        case 1:
          text = text.slice(0, at) + pick(TOKENS) + text.slice(at);
          break;
        case 2:
          lines[line] = ` ${lines[line]}`;
          text = lines.join('\n');
          break;
        default:
          lines.splice(line, 0, lines[line]!);
          text = lines.join('\n');
      }
      const fast = loadFast(text, FILE, ENV);
      if (fast === undefined) continue;
      taken++;
      expect(content(fast), JSON.stringify(text)).toBe(content(loadWithYaml(text, FILE, ENV)));
    }
    // Most mutations break the file; enough must remain for the test to say something.
    expect(taken).toBeGreaterThan(60);
  }, FUZZ_TIMEOUT_MS);
});
