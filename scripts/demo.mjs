// `npm run demo`: the main job as a user sees it — a plan (with its pre-flight checks), an
// apply, a re-plan and a scheduled drift check that proves logs arrive (max-delivery-age) of examples/linode-logs-setup.yml (the whole chain: a bucket with Object
// Lock, a managed key, the destination, an LKE cluster's audit logs, both streams) against the
// built-in Linode API emulator and its S3 endpoint. Runs from the committed dist/ with plain
// node: no `npm ci` needed on a fresh clone.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const token = 'demo-token';
// Demo credentials. In a workflow these come from secrets mapped into env.
// The key for bucket management is one the user made once, in Cloud Manager.
const secrets = {
  S3_ADMIN_KEY_ID: 'DEMOADMINKEY00000001',
  S3_ADMIN_SECRET_KEY: 'demo-admin-secret-key-for-bucket-management-01',
};
const config = 'examples/linode-logs-setup.yml';

const emulator = spawn(
  process.execPath,
  [join(root, 'emulator/dist/index.js'), '--port', '0', '--token', token, '--provisioning-ms', '1500', '--delivery-ms', '1000'],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const url = await new Promise((resolve, reject) => {
  let seen = '';
  emulator.stdout.on('data', (chunk) => {
    seen += chunk;
    const match = /listening on (http:\/\/\S+)/.exec(seen);
    if (match) resolve(match[1]);
  });
  emulator.on('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
});

const work = mkdtempSync(join(tmpdir(), 'linode-logs-demo-'));
let failed = false;
try {
  // The account before: the bucket-management key and an LKE Enterprise cluster, nothing else.
  const seeded = await fetch(`${url}/__emulator/seed`, {
    method: 'POST',
    body: JSON.stringify({
      objectStorageKeys: [{ label: 'bucket-admin', access_key: secrets.S3_ADMIN_KEY_ID, secret_key: secrets.S3_ADMIN_SECRET_KEY, regions: ['us-iad'] }],
      lkeClusters: [{ label: 'prod-eu', region: 'eu-central', tier: 'enterprise' }],
    }),
  });
  if (!seeded.ok) throw new Error(`seeding the emulator failed: ${seeded.status}`);
  console.log(`Linode API emulator (and its S3 endpoint) at ${url}; config ${config}`);
  console.log('The account has an LKE Enterprise cluster "prod-eu" and a key for bucket management; no bucket, no destination, no stream.\n');
  for (const [step, mode] of [
    ['1. plan (what a pull request shows)', 'plan'],
    ['2. apply (on merge)', 'apply'],
    ['3. plan again: the account now matches the file', 'plan'],
  ]) {
    console.log(`━━━ ${step} ━━━`);
    const code = await runAction(mode);
    if (code !== 0) failed = true;
    console.log('');
  }
  // The emulator delivers a log object for each active stream every second, as Linode would.
  const delivered = await waitForDelivery();
  console.log(`━━━ 4. drift check on a schedule, with max-delivery-age: 15m (the emulator has delivered ${delivered} log objects) ━━━`);
  if ((await runAction('check', { 'MAX-DELIVERY-AGE': '15m' })) !== 0) failed = true;
} finally {
  emulator.kill();
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;

/** Waits (up to 15 s) until the emulator has delivered logs of both streams; how many objects there are. */
async function waitForDelivery() {
  for (let tries = 0; tries < 60; tries++) {
    const resources = await (await fetch(`${url}/__emulator/resources`)).json();
    const keys = resources.buckets.flatMap((b) => b.objects.map((o) => o.key)).filter((k) => k.endsWith('.log.gz'));
    if (keys.length >= 2) return keys.length;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the emulator delivered no logs within 15 s');
}

/** Runs dist/index.js the way the runner does: inputs in INPUT_*, outputs to files. */
async function runAction(mode, inputs = {}) {
  const outputFile = join(work, `output-${mode}-${Date.now()}`);
  const summaryFile = join(work, `summary-${mode}-${Date.now()}`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const child = spawn(process.execPath, [join(root, 'dist/index.js')], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      ...secrets,
      INPUT_TOKEN: token,
      INPUT_MODE: mode,
      INPUT_CONFIG: config,
      'INPUT_API-URL': url,
      'INPUT_S3-ENDPOINT': `${url}/s3/{region}-1`,
      ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name}`, value])),
      // The action runs on node24; on an older local node the S3 SDK would warn about it.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let buffered = '';
  child.stdout.on('data', (chunk) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop();
    for (const line of lines) printAsRunner(line);
  });
  const code = await new Promise((resolve) => child.on('close', resolve));
  if (buffered) printAsRunner(buffered);
  const outputs = parseOutputs(readFileSync(outputFile, 'utf8'));
  console.log(`  outputs: has-changes=${outputs['has-changes']}  summary="${outputs.summary ?? ''}"`);
  if (outputs.delivery) console.log(`           delivery=${outputs.delivery}`);
  if (outputs['destination-ids']) console.log(`           destination-ids=${outputs['destination-ids']}  stream-ids=${outputs['stream-ids']}`);
  return code;
}

/** Workflow commands are for the runner: hide masks, show the rest as the runner would. */
function printAsRunner(line) {
  if (line.startsWith('::add-mask::')) return;
  const command = /^::(\w+)(?: [^:]*)?::(.*)$/.exec(line);
  if (!command) return console.log(line);
  const [, name, message] = command;
  if (name === 'group') console.log(`▸ ${message}`);
  else if (name === 'endgroup' || name === 'debug') return;
  else console.log(`${name}: ${message.replace(/%0A/g, '\n').replace(/%25/g, '%')}`);
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text) {
  const outputs = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const value = [];
    while (++i < lines.length && lines[i] !== match[2]) value.push(lines[i]);
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}
