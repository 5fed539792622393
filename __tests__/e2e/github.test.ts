import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { BUNDLE, EXAMPLE_CLUSTER, EXAMPLE_CONFIG, findLeaks, runAction, SECRETS, TOKEN, type ActionRun, type RunOptions } from './harness.js';
import { GITHUB_ACTIONS_BOT, startGitHubStandIn, type GitHubStandIn } from '../support/github-stand-in.js';
import { renderGfm, tableRows, tagSourcesOf, tagsOf, textOf } from '../support/gfm.js';
import { configKey, parsePlanMarker } from '../../src/render/marker.js';

const GH_TOKEN = 'ghs_e2eActionsToken0123456789abcdef';
const GH_READONLY = 'ghs_e2eForkReadOnly0123456789abcdef';
const GH_NO_WRITE = 'ghs_e2eNoPermission0123456789abcdef';
const ALL_SECRETS = { ...SECRETS, TOKEN, GH_TOKEN, GH_READONLY, GH_NO_WRITE };

let emulator: Emulator;
let github: GitHubStandIn;
const runs: ActionRun[] = [];
const work = mkdtempSync(join(tmpdir(), 'linode-logs-gh-e2e-'));
let runId = 1000;

const MUTATING = new Set(['POST', 'PUT', 'DELETE']);
const linodeWrites = () => emulator.requests.filter((r) => MUTATING.has(r.method));
const githubWrites = () => github.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql');

interface Event {
  name: string;
  payload: unknown;
  sha: string;
  ref?: string;
  runId?: string;
}

function prEvent(number: number, headSha: string, options: { fork?: boolean; runId?: string } = {}): Event {
  return {
    name: 'pull_request',
    sha: 'f'.repeat(40), // the test merge commit the runner checks out
    ref: `refs/pull/${number}/merge`,
    payload: {
      number,
      pull_request: {
        number,
        head: { sha: headSha, repo: { full_name: options.fork ? 'mallory/audit-config' : 'acme/audit-config' } },
        base: { repo: { full_name: 'acme/audit-config' } },
      },
    },
    ...(options.runId ? { runId: options.runId } : {}),
  };
}

const pushEvent = (sha: string): Event => ({ name: 'push', sha, ref: 'refs/heads/main', payload: { after: sha } });

/** Runs the action as a workflow step of `event`, against the emulator and the GitHub stand-in. */
async function step(mode: string, event: Event, options: Omit<RunOptions, 'mode'> & { githubToken?: string } = {}): Promise<ActionRun> {
  const eventPath = join(work, `event-${runId}.json`);
  writeFileSync(eventPath, JSON.stringify(event.payload));
  const { githubToken, env, inputs, ...rest } = options;
  const run = await runAction({
    mode,
    apiUrl: emulator.url,
    ...rest,
    env: {
      ...(env ?? SECRETS),
      GITHUB_EVENT_NAME: event.name,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
      GITHUB_SHA: event.sha,
      GITHUB_REF: event.ref ?? 'refs/heads/main',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: github.url,
      GITHUB_RUN_ID: event.runId ?? String(runId++),
    },
    inputs: { 'github-token': githubToken ?? GH_TOKEN, ...inputs },
  });
  runs.push(run);
  return run;
}

function writeConfig(name: string, text: string): string {
  const file = join(work, name);
  writeFileSync(file, text);
  return file;
}

const example = readFileSync(EXAMPLE_CONFIG, 'utf8');
const sha = (n: number) => n.toString(16).padStart(40, 'a');

beforeAll(async () => {
  emulator = await startEmulator({ tokens: [TOKEN], provisioningMs: 0, deactivatingMs: 0 });
  github = await startGitHubStandIn();
  github.addToken(GH_TOKEN, { user: GITHUB_ACTIONS_BOT, installation: true });
  github.addToken(GH_READONLY, { user: GITHUB_ACTIONS_BOT, installation: true, readOnly: true });
  github.addToken(GH_NO_WRITE, { user: GITHUB_ACTIONS_BOT, installation: true, readOnly: true });
});
afterAll(async () => {
  await emulator.close();
  await github.close();
});
beforeEach(() => {
  emulator.reset();
  emulator.seed({ lkeClusters: [{ ...EXAMPLE_CLUSTER }] });
  github.reset();
});
/** Everything sent to GitHub or stored there, kept across tests for the secret scan. */
const sentToGitHub: string[] = [];
afterEach(() => {
  emulator.clearFaults();
  sentToGitHub.push(
    JSON.stringify(github.requests.map((r) => r.body)),
    ...github.comments().map((c) => c.body),
    ...github.issues().flatMap((i) => [i.title, i.body]),
  );
});

describe('the plan comment', () => {
  it('is created once, then updated in place across pushes and pages of comments, never duplicated', async () => {
    github.addPullRequest({ number: 7, headSha: sha(1) });
    // 120 comments from people first: the action's comment lands on the second page.
    for (let i = 0; i < 120; i++) github.addComment(7, { login: `reviewer${i % 3}`, type: 'User' }, `LGTM ${i}`);

    const first = await step('plan', prEvent(7, sha(1)));
    expect(first.code, first.stdout).toBe(0);
    expect(first.stdout).toMatch(/Plan comment created: https:\/\/github\.com\/acme\/audit-config\/pull\/7#issuecomment-\d+/);
    const ours = () => github.comments(7).filter((c) => c.user.login === GITHUB_ACTIONS_BOT.login);
    expect(ours()).toHaveLength(1);
    const created = ours()[0]!;
    expect(created.body.split('\n', 1)[0]).toMatch(/^<!-- linode-log-streams-action:plan \{.*"fingerprint":"[0-9a-f]{64}".*\} -->$/);
    expect(created.body).toContain(first.outputs.fingerprint!.slice(0, 12));
    expect(created.body).toContain('4 to create, 0 to update, 0 to delete');

    // A re-run of the same run (same commit, same run id): the body is identical, so no edit.
    const rerunEvent = prEvent(7, sha(1), { runId: '777' });
    await step('plan', rerunEvent);
    github.requests.length = 0;
    const rerun = await step('plan', rerunEvent);
    expect(rerun.stdout).toContain('Plan comment unchanged');
    expect(githubWrites()).toEqual([]);

    // A new push that changes the plan: the same comment is edited.
    emulator.seed({
      destinations: [
        {
          label: 'siem',
          type: 'custom_https',
          details: { endpoint_url: 'https://old.example.com', data_compression: 'gzip', authentication: { type: 'none' } },
        },
      ],
    });
    const second = await step('plan', prEvent(7, sha(2)));
    expect(second.stdout).toContain('Plan comment updated');
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.id).toBe(created.id);
    expect(ours()[0]!.body).toContain('3 to create, 1 to update, 0 to delete');
    expect(ours()[0]!.body).toContain(sha(2).slice(0, 7));
    expect(github.comments(7)).toHaveLength(121);
  });

  it('does not duplicate the comment when the create fails after GitHub stored it', async () => {
    github.addPullRequest({ number: 8, headSha: sha(3) });
    github.inject({ method: 'POST', path: '/issues/8/comments$', status: 502, when: 'after', message: 'Bad Gateway' });
    const run = await step('plan', prEvent(8, sha(3)));
    expect(run.code, run.stdout).toBe(0);
    expect(github.comments(8)).toHaveLength(1);
    expect(github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toHaveLength(1);
    expect(run.stdout).toMatch(/Plan comment (updated|unchanged)/);
  });

  it('never edits a marker comment planted by someone else, and never trusts it', async () => {
    github.addPullRequest({ number: 10, headSha: sha(4) });
    const planted = github.addComment(
      10,
      { login: 'mallory', type: 'User' },
      `<!-- linode-log-streams-action:plan {"config":${JSON.stringify(EXAMPLE_CONFIG)},"fingerprint":"${'0'.repeat(64)}","format":1} -->\nplanted`,
    );
    const run = await step('plan', prEvent(10, sha(4)));
    expect(run.code).toBe(0);
    expect(github.comments(10)).toHaveLength(2);
    expect(github.comments(10).find((c) => c.id === planted.id)!.body).toContain('planted');
    expect(github.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
  });

  it('stays under 65,536 characters for a 1,500-resource plan, with the whole plan in the job summary', async () => {
    const lines = ['version: 1', 'stream_quota: 1000', 'destinations:'];
    for (let i = 0; i < 750; i++) {
      lines.push(
        `  dest-${String(i).padStart(4, '0')}:`,
        '    type: custom_https',
        '    details:',
        `      endpoint_url: https://siem-${i}.example.com/ingest`,
        '      data_compression: gzip',
        '      authentication: { type: none }',
      );
    }
    lines.push('streams:');
    for (let i = 0; i < 750; i++)
      lines.push(`  stream-${String(i).padStart(4, '0')}:`, '    type: audit_logs', `    destination: dest-${String(i).padStart(4, '0')}`);
    const config = writeConfig('big.yml', lines.join('\n') + '\n');
    github.addPullRequest({ number: 11, headSha: sha(5) });
    const run = await step('plan', prEvent(11, sha(5)), { config });
    expect(run.code, run.stdout.slice(-3000)).toBe(0);
    expect(run.outputs.summary).toBe('1500 to create, 0 to update, 0 to delete');
    const [comment] = github.comments(11);
    expect(comment!.body.length).toBeLessThanOrEqual(65_536);
    // The summary and the whole table stay; only the diffs are cut.
    expect(comment!.body).toMatch(
      /Cut to fit:\*\* showing \d+ of 1500 field-level diffs\. The whole plan is in the job summary of <a href="https:\/\/github\.com\/acme\/audit-config\/actions\/runs\/\d+">run \d+<\/a>/,
    );
    expect(comment!.body).not.toContain('table rows');
    const rows = tableRows(renderGfm(comment!.body));
    expect(rows).toHaveLength(1 + 1500);
    expect(rows.every((r) => r.length === 5)).toBe(true);
    expect(rows[1]).toEqual(['+', 'create', 'destination', 'dest-0000', 'new']);
    expect(rows[1500]).toEqual(['+', 'create', 'stream', 'stream-0749', 'new']);
    // The job summary has every resource's diff, within the runner's 1 MiB.
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    expect(run.summary).not.toContain('Cut to fit');
    expect(run.summary.match(/<details open><summary>\+ create/g)).toHaveLength(1500);
    const summaryText = textOf(renderGfm(run.summary));
    expect(summaryText).toContain('+ create destination dest-0749');
    expect(summaryText).toContain('+ create stream stream-0749');
  });

  it('renders hostile labels and values inert: no HTML, no broken table or details, no mention or reference', async () => {
    const hostile = 'x` | y </details> <img src=x onerror=alert(1)> @acme/admins #1 **b** [l](https://e.vil) <!--';
    const autolinks = 'see www.evil.com/login http://e.vil/a https://e.vil/b ftp://e.vil/c me@evil.com $x^2$ :smile: GH-9';
    const config = writeConfig(
      'hostile.yml',
      `version: 1
destinations:
  ${JSON.stringify(hostile)}:
    type: custom_https
    details:
      endpoint_url: https://siem.example.com/ingest
      data_compression: gzip
      authentication: { type: none }
  ${JSON.stringify(autolinks)}:
    type: custom_https
    details:
      endpoint_url: https://siem2.example.com/ingest
      data_compression: gzip
      authentication: { type: none }
  "crlf\\r\\n| injected | row |\\r\\n":
    type: akamai_object_storage
    details:
      bucket_name: audit-bucket
      host: audit-bucket.us-iad-1.linodeobjects.com
      path: "</details>\`\`\`<script>alert(1)</script>"
      access_key_id: AKIDEXAMPLE
      access_key_secret: \${AUDIT_LOGS_KEY_SECRET}
streams: {}
`,
    );
    // Labels from the API too: a live resource the file does not name.
    emulator.seed({
      destinations: [
        {
          label: '<b>@acme/ops</b> #2 `|`',
          type: 'custom_https',
          details: { endpoint_url: 'https://x.example.com', data_compression: 'gzip', authentication: { type: 'none' } },
        },
      ],
    });
    github.addPullRequest({ number: 12, headSha: sha(6) });
    const run = await step('plan', prEvent(12, sha(6)), { config });
    expect(run.code, run.stdout).toBe(0);
    const html = renderGfm(github.comments(12)[0]!.body);
    const allowed = new Set([
      'h3',
      'p',
      'strong',
      'code',
      'a',
      'sub',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'details',
      'summary',
      'pre',
      'ul',
      'li',
      'blockquote',
    ]);
    const tags = tagsOf(html).map((t) => t.replace('/', ''));
    expect(tags.filter((t) => !allowed.has(t))).toEqual([]);
    expect(tagSourcesOf(html).filter((tag) => /onerror|javascript:|<(img|script|b)\b/i.test(tag))).toEqual([]);
    // One table: a header and one row per change, five cells each.
    expect(tagsOf(html).filter((t) => t === 'table')).toHaveLength(1);
    expect(tableRows(html).map((r) => r.length)).toEqual([5, 5, 5, 5]);
    // Every <details> closes: three changes and the unmanaged list.
    expect(tagsOf(html).filter((t) => t === 'details')).toHaveLength(4);
    expect(tagsOf(html).filter((t) => t === '/details')).toHaveLength(4);
    // The only link is ours (the run and the commit), never one from a label.
    expect([...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]).every((href) => href!.startsWith('https://github.com/acme/audit-config/'))).toBe(true);
    // GitHub autolinks @name and #123 in text: a word joiner follows every @ and # from a label.
    const text = textOf(html);
    expect(text).toContain('@\u2060acme/admins');
    expect(text).not.toMatch(/@[A-Za-z0-9]/);
    expect(text).not.toMatch(/#\d/);
    expect(text).toContain('<img src=x onerror=alert(1)>'); // shown as text, not as an element
    // Nothing GitHub would autolink (www., scheme://, e-mail), turn into an emoji or a reference,
    // and no math: the label reads as it is. (Code blocks autolink nothing.)
    expect(textOf(html.replace(/<pre>[\s\S]*?<\/pre>/g, ''))).not.toMatch(/www\.|[a-z]:\/\/|[a-z0-9]@[a-z0-9]|:[a-z0-9_+-]+:|GH-\d/i);
    expect(text.replace(/\u2060/g, '')).toContain(autolinks);
    expect(github.comments(12)[0]!.body.split('\n').slice(1).join('\n')).not.toMatch(/\$x/);
  });

  it('shows the pre-flight checks table, and keeps the plan with it on the comment when a check fails', async () => {
    github.addPullRequest({ number: 12, headSha: sha(6) });
    const checkRows = () => tableRows(renderGfm(github.comments(12)[0]!.body)).filter((r) => r.length === 4);

    const passing = await step('plan', prEvent(12, sha(6)));
    expect(passing.code, passing.stdout).toBe(0);
    expect(github.comments(12)[0]!.body).toContain('**Pre-flight checks:**');
    // `#` is followed by a word joiner in comments, so GitHub links no issue.
    expect(checkRows()).toContainEqual(['✅ ok', 'LKE clusters with audit logs', 'stream lke-audit', 'prod-eu (#\u206012345): audit logs on']);
    expect(checkRows()[0]).toEqual(['', 'Check', 'Of', 'Result']);

    // Someone points the stream at a cluster that is not LKE Enterprise: the plan fails, and says why on the pull request.
    emulator.reset();
    emulator.seed({ lkeClusters: [{ ...EXAMPLE_CLUSTER, tier: 'standard', control_plane: { audit_logs_enabled: false } }] });
    const failing = await step('plan', prEvent(12, sha(7)));
    expect(failing.code).not.toBe(0);
    expect(failing.outputs['failure-reason']).toBe('checks-failed');
    expect(github.comments(12)).toHaveLength(1);
    expect(github.comments(12)[0]!.body).toContain('4 to create, 0 to update, 0 to delete');
    expect(checkRows()).toContainEqual([
      '❌ FAILED',
      'LKE clusters with audit logs',
      'stream lke-audit',
      'prod-eu (#\u206012345) is tier standard: Kubernetes API audit logs exist only on LKE Enterprise clusters',
    ]);
  });

  it('reports an invalid config on the pull request, and as annotations on the file', async () => {
    const config = writeConfig('broken.yml', 'version: 1\ndestinations:\n  siem:\n    type: custom_http\n');
    github.addPullRequest({ number: 13, headSha: sha(7) });
    const run = await step('plan', prEvent(13, sha(7)), { config });
    expect(run.code).not.toBe(0);
    expect(run.outputs['failure-reason']).toBe('invalid-config');
    expect(run.stdout).toMatch(/::error title=Invalid Linode logs config,file=.*broken\.yml,line=4,col=11::/);
    const [comment] = github.comments(13);
    expect(comment!.body).toContain('❌ **Invalid config:**');
    expect(comment!.body).toMatch(/broken\.yml:4:11: destinations\.siem\.type/);
    expect(comment!.body).not.toMatch(/"fingerprint"/);
    expect(run.summary).toContain('Invalid config');
  });
});

describe('a short secret that is a common substring of the comment', () => {
  it('leaves the marker intact: one comment across two plans, and the apply finds the approval', async () => {
    // `log` is in the marker's prefix, in the config path and in the status delimiters.
    const env = { ...SECRETS, SIEM_USER: 'log' };
    const dir = join(work, 'short-secret', '.github');
    mkdirSync(dir, { recursive: true });
    const config = join(dir, 'linode-logs.yml');
    writeFileSync(config, example.replace('basic_authentication_user: linode', 'basic_authentication_user: ${SIEM_USER}'));
    github.addPullRequest({ number: 31, headSha: sha(50) });
    const ours = () => github.comments(31).filter((c) => c.user.login === GITHUB_ACTIONS_BOT.login);

    const first = await step('plan', prEvent(31, sha(50)), { config, env });
    expect(first.code, first.stdout).toBe(0);
    expect(ours()).toHaveLength(1);
    const marker = parsePlanMarker(ours()[0]!.body);
    expect(marker?.config).toBe(configKey(config));
    expect(marker?.fingerprint).toBe(first.outputs.fingerprint);
    // The rest of the body is still redacted.
    expect(ours()[0]!.body).toContain('linode-***s.yml');
    expect(textOf(renderGfm(ours()[0]!.body))).not.toContain('log');

    const second = await step('plan', prEvent(31, sha(51)), { config, env });
    expect(second.stdout).toContain('Plan comment updated');
    expect(ours()).toHaveLength(1);
    const approved = parsePlanMarker(ours()[0]!.body);
    expect(approved).toEqual({ ...marker, sha: sha(51) });

    github.merge(31, sha(52));
    const apply = await step('apply', pushEvent(sha(52)), { config, env });
    expect(apply.code, apply.stdout).toBe(0);
    expect(apply.stdout).toContain('The plan is the one approved on pull request #31');
    expect(ours()[0]!.body).toMatch(/✅ \*\*Applied\*\* at .*: 4 changes applied\./);
    expect(parsePlanMarker(ours()[0]!.body)).toEqual(approved);
  });
});

describe('forks and permissions', () => {
  it("passes a fork's pull request with no Linode token and a read-only GitHub token, with notices", async () => {
    github.addPullRequest({ number: 14, headSha: sha(8) });
    const run = await step('plan', prEvent(14, sha(8), { fork: true }), { token: null, env: {}, githubToken: GH_READONLY });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/::notice::No Linode token .*the live plan was skipped/);
    expect(run.stdout).toMatch(
      /::notice::Could not comment on pull request #14 \(403: Resource not accessible by integration\): pull requests from forks get a read-only token/,
    );
    expect(run.stdout).not.toContain('::warning::');
    expect(run.summary).toContain('The live plan was skipped');
    expect(emulator.requests).toEqual([]);
  });

  it('turns a 403 on commenting into a warning naming the permission, not a failed plan', async () => {
    github.addPullRequest({ number: 15, headSha: sha(9) });
    const run = await step('plan', prEvent(15, sha(9)), { githubToken: GH_NO_WRITE });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/::warning::Could not comment on pull request #15 \(403: .*\): .*Add "pull-requests: write" to the job's permissions/);
    expect(run.outputs.summary).toBe('4 to create, 0 to update, 0 to delete');
  });

  it('never loads the GitHub client to validate', async () => {
    const run = await step('validate', prEvent(16, sha(10)), { token: null });
    expect(run.code).toBe(0);
    expect(github.requests).toEqual([]);
    const bundle = readFileSync(BUNDLE, 'utf8');
    expect(bundle).not.toContain('octokit-notifications');
    const chunks = readdirSync(join(BUNDLE, '..')).filter((f) => f.endsWith('.js') && f !== 'index.js');
    expect(chunks.some((f) => readFileSync(join(BUNDLE, '..', f), 'utf8').includes('octokit-notifications'))).toBe(true);
  });
});

describe('apply only what was approved', () => {
  const endpointChange = () => writeConfig('pr.yml', example.replace('https://siem.example.com/ingest', 'https://siem.example.com/v2/ingest'));

  async function applied(): Promise<void> {
    const setup = await step('apply', { name: 'workflow_dispatch', sha: sha(20), payload: {} });
    expect(setup.code, setup.stdout).toBe(0);
  }

  it('refuses with plan-changed and zero changes when the account changed after the plan', async () => {
    await applied();
    const config = endpointChange();
    github.addPullRequest({ number: 21, headSha: sha(21) });
    const plan = await step('plan', prEvent(21, sha(21)), { config });
    expect(plan.outputs.summary).toBe('0 to create, 1 to update, 0 to delete');
    // Someone edits the destination on the account after the plan was reviewed.
    const siem = emulator.snapshot().destinations.find((d) => d.label === 'siem')!;
    await fetch(`${emulator.url}/v4/monitor/streams/destinations/${siem.id}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        label: 'siem',
        type: 'custom_https',
        details: { endpoint_url: 'https://siem.example.com/ingest', data_compression: 'None', authentication: { type: 'none' } },
      }),
    });
    github.merge(21, sha(22));
    emulator.requests.length = 0;
    const apply = await step('apply', pushEvent(sha(22)), { config });
    expect(apply.code).not.toBe(0);
    expect(apply.outputs['failure-reason']).toBe('plan-changed');
    expect(linodeWrites()).toEqual([]);
    expect(apply.stdout).toContain('The plan differs from the one approved on pull request #21');
    expect(apply.stdout).toMatch(/update destination "siem" \(#\d+\): changed on the account after approval \(version 1 → 2\)/);
    expect(apply.summary).toContain('The plan differs from the one approved on pull request');
    expect(github.comments(21)[0]!.body).toMatch(/⛔ \*\*Not applied\*\* at <a href="[^"]+"><code>aaaaaaa<\/code><\/a>/);
  });

  it('applies when nothing changed since the plan, and records it on the comment', async () => {
    await applied();
    const config = endpointChange();
    github.addPullRequest({ number: 22, headSha: sha(23) });
    const plan = await step('plan', prEvent(22, sha(23)), { config });
    github.merge(22, sha(24));
    emulator.requests.length = 0;
    const apply = await step('apply', pushEvent(sha(24)), { config });
    expect(apply.code, apply.stdout).toBe(0);
    expect(apply.stdout).toContain('The plan is the one approved on pull request #22');
    expect(apply.outputs.fingerprint).toBe(plan.outputs.fingerprint);
    expect(linodeWrites().map((r) => `${r.method} ${r.path.replace(/\d+/, 'ID')}`)).toEqual(['PUT /monitor/streams/destinations/ID']);
    const body = github.comments(22)[0]!.body;
    expect(body).toMatch(/✅ \*\*Applied\*\* at .*: 1 change applied\./);
    expect(body).not.toContain('runs only this plan'); // the note that the apply was to come is gone
    expect(body).toContain('0 to create, 1 to update, 0 to delete'); // the approved plan is still shown
  });

  it('applies a direct push with no pull request as it is, and a changed plan with on-plan-changed: apply', async () => {
    const direct = await step('apply', pushEvent(sha(30)));
    expect(direct.code, direct.stdout).toBe(0);
    expect(direct.stdout).toContain('No approved plan to compare with: no merged pull request has commit aaaaaaa as its merge (a direct push)');

    const config = endpointChange();
    github.addPullRequest({ number: 23, headSha: sha(31) });
    await step('plan', prEvent(23, sha(31)), { config });
    emulator.seed({
      destinations: [
        {
          label: 'new-one',
          type: 'custom_https',
          details: { endpoint_url: 'https://n.example.com', data_compression: 'gzip', authentication: { type: 'none' } },
        },
      ],
    });
    github.merge(23, sha(32));
    // The merged file differs from the planned one (prune turned on): the plan now has a delete too.
    writeFileSync(config, readFileSync(config, 'utf8').replace('prune: false', 'prune: true'));
    const forced = await step('apply', pushEvent(sha(32)), { config, inputs: { 'on-plan-changed': 'apply' } });
    expect(forced.code, forced.stdout).toBe(0);
    expect(forced.stdout).toMatch(/::warning::Applying anyway \(on-plan-changed: apply\): the plan differs from the one approved on pull request #23/);
    expect(forced.stdout).toMatch(/delete destination "new-one" \(#\d+\): not in the approved plan/);
    expect(emulator.snapshot().destinations.map((d) => d.label)).not.toContain('new-one');
    expect(github.comments(23)[0]!.body).toContain('⚠️ **Applied a plan that differs from this one**');
  });
});

describe('apply with no reviewed plan, or stopped before its first write', () => {
  const endpointChange = () => writeConfig('unreviewed.yml', example.replace('https://siem.example.com/ingest', 'https://siem.example.com/v3/ingest'));

  it('changes nothing for a merged pull request with no plan comment, unless the plan has no changes', async () => {
    expect((await step('apply', { name: 'workflow_dispatch', sha: sha(60), payload: {} })).code).toBe(0);
    const config = endpointChange();
    github.addPullRequest({ number: 26, headSha: sha(61) });
    // The plan workflow ran with comment: false: the plan was never shown on the pull request.
    const plan = await step('plan', prEvent(26, sha(61)), { config, inputs: { comment: 'false' } });
    expect(plan.outputs.summary).toBe('0 to create, 1 to update, 0 to delete');
    expect(github.comments(26)).toEqual([]);
    github.merge(26, sha(62));
    emulator.requests.length = 0;

    const refused = await step('apply', pushEvent(sha(62)), { config });
    expect(refused.code).not.toBe(0);
    expect(refused.outputs['failure-reason']).toBe('plan-changed');
    expect(linodeWrites()).toEqual([]);
    expect(refused.stdout).toMatch(
      /::error::Not applying: Pull request #26 has no plan comment for \S+unreviewed\.yml, so no plan was reviewed \(.*\)\. Nothing was changed\. Re-run the pull request's plan workflow \(it posts the plan comment\), then re-run this apply; or set on-plan-changed: apply/,
    );
    expect(refused.summary).toContain('No plan was reviewed: pull request #\u206026 has no plan comment');
    expect(github.comments(26)).toEqual([]);

    // The merged file matches the account: nothing to review, and nothing to do.
    const unchanged = await step('apply', pushEvent(sha(62)));
    expect(unchanged.code, unchanged.stdout).toBe(0);
    expect(unchanged.stdout).toMatch(/Pull request #26 has no plan comment for \S+, and the plan has no changes: nothing to review\./);

    // on-plan-changed: apply applies it, with a warning.
    const forced = await step('apply', pushEvent(sha(62)), { config, inputs: { 'on-plan-changed': 'apply' } });
    expect(forced.code, forced.stdout).toBe(0);
    expect(forced.stdout).toMatch(/::warning::Applying a plan nobody reviewed \(on-plan-changed: apply\): Pull request #26 has no plan comment/);
    expect(linodeWrites().map((r) => `${r.method} ${r.path.replace(/\d+/, 'ID')}`)).toEqual(['PUT /monitor/streams/destinations/ID']);
  });

  it('says Not applied on the plan comment when the apply stops for unset variables', async () => {
    github.addPullRequest({ number: 27, headSha: sha(63) });
    expect((await step('plan', prEvent(27, sha(63)))).code).toBe(0);
    expect(github.comments(27)[0]!.body).toContain('⏳ **Not applied yet.**');
    github.merge(27, sha(64));
    emulator.requests.length = 0;
    const { SIEM_PASSWORD: _unset, ...partial } = SECRETS;
    const apply = await step('apply', pushEvent(sha(64)), { env: partial });
    expect(apply.code).not.toBe(0);
    expect(apply.outputs['failure-reason']).toBe('missing-secrets');
    expect(linodeWrites()).toEqual([]);
    const body = github.comments(27)[0]!.body;
    expect(body).toMatch(
      /⛔ \*\*Not applied\*\* at <a href="[^"]+"><code>aaaaaaa<\/code><\/a> in <a href="[^"]+">run \d+<\/a>: the variables SIEM_PASSWORD that the file references were unset in the apply step \(map them from secrets in its env\)\. Nothing was changed/,
    );
    expect(body).not.toContain('Not applied yet');
  });
});

describe('the drift issue', () => {
  it('is opened on drift, updated while it lasts, and closed with a comment once the account matches', async () => {
    expect((await step('apply', pushEvent(sha(40)))).code).toBe(0);
    const edit = async (endpoint: string) => {
      const siem = emulator.snapshot().destinations.find((d) => d.label === 'siem')!;
      await fetch(`${emulator.url}/v4/monitor/streams/destinations/${siem.id}`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          label: 'siem',
          type: 'custom_https',
          details: {
            endpoint_url: endpoint,
            data_compression: 'gzip',
            content_type: 'application/json',
            authentication: { type: 'basic', details: { basic_authentication_user: 'linode', basic_authentication_password: 'x' } },
            custom_headers: [{ name: 'X-Tenant', value: 'y' }],
          },
        }),
      });
    };
    const schedule: Event = { name: 'schedule', sha: sha(41), payload: { schedule: '17 6 * * *' } };
    const check = (event = schedule) => step('check', event, { inputs: { 'drift-issue': 'true' } });

    await edit('https://evil.example.com/a');
    const first = await check();
    expect(first.code).not.toBe(0);
    expect(first.outputs['failure-reason']).toBe('drift');
    expect(first.stdout).toMatch(/destination siem: version 2 made it differ from the file by emulator-user at \S+/);
    expect(first.stdout).toMatch(/Drift issue opened: https:\/\/github\.com\/acme\/audit-config\/issues\/\d+/);
    expect(github.issues()).toHaveLength(1);
    const [issue] = github.issues();
    expect(issue!.labels).toEqual(['linode-logs-drift']);
    expect(issue!.title).toContain('Drift');
    const rendered = textOf(renderGfm(issue!.body));
    expect(rendered).toContain('details.endpoint_url');
    expect(rendered).toMatch(/destination\s+siem\s+emulator-user\s+2026-\S+\s+version 2 made it differ from the file/);
    expect(first.summary).toContain('Who changed it');

    await edit('https://evil.example.com/b');
    const second = await check();
    expect(second.stdout).toContain('Drift issue updated');
    expect(github.issues()).toHaveLength(1);
    // Still the first version that differed from the file; the plan shows the latest value.
    expect(textOf(renderGfm(github.issues()[0]!.body))).toContain('"https://evil.example.com/b" → "https://siem.example.com/ingest"');

    expect((await step('apply', pushEvent(sha(42)))).code).toBe(0);
    const third = await check();
    expect(third.code).toBe(0);
    expect(third.stdout).toContain('Drift issue closed');
    expect(github.issues()[0]!.state).toBe('closed');
    expect(github.comments(issue!.number)[0]!.body).toContain('Resolved');
    const quiet = await check();
    expect(quiet.stdout).not.toContain('Drift issue');
    expect(github.issues()).toHaveLength(1);
  });
});

describe('the drift issue for stale delivery', () => {
  it('is opened when logs stop arriving with nothing drifted, and closed when they arrive again', async () => {
    // The example's account, two days old, its audit bucket's key and bucket (SECRETS' key).
    const since = new Date(Date.now() - 48 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
    emulator.seed({
      objectStorageKeys: [
        {
          label: 'audit-writer',
          access_key: SECRETS.AUDIT_LOGS_KEY_ID!,
          secret_key: SECRETS.AUDIT_LOGS_KEY_SECRET!,
          regions: [],
          bucket_access: [{ region: 'us-iad', bucket_name: 'my-audit-logs-bucket', permissions: 'read_write' }],
        },
      ],
      buckets: [{ name: 'my-audit-logs-bucket', region: 'us-iad' }],
      destinations: [
        {
          id: 1000,
          label: 'audit-bucket',
          type: 'akamai_object_storage',
          details: {
            bucket_name: 'my-audit-logs-bucket',
            host: 'my-audit-logs-bucket.us-iad-1.linodeobjects.com',
            path: 'ds-logs',
            access_key_id: SECRETS.AUDIT_LOGS_KEY_ID!,
            access_key_secret: SECRETS.AUDIT_LOGS_KEY_SECRET!,
          },
          created: since,
          updated: since,
        },
        {
          id: 1001,
          label: 'siem',
          type: 'custom_https',
          details: {
            endpoint_url: 'https://siem.example.com/ingest',
            data_compression: 'gzip',
            content_type: 'application/json',
            authentication: { type: 'basic', details: { basic_authentication_user: 'linode', basic_authentication_password: SECRETS.SIEM_PASSWORD! } },
            custom_headers: [{ name: 'X-Tenant', value: SECRETS.SIEM_TENANT_TOKEN! }],
          },
          created: since,
          updated: since,
        },
      ],
      streams: [
        { id: 2000, label: 'linode-audit', type: 'audit_logs', destinations: [1000], created: since, updated: since },
        {
          id: 2001,
          label: 'lke-audit',
          type: 'lke_audit_logs',
          destinations: [1001],
          details: { cluster_ids: [12345], is_auto_add_all_clusters_enabled: false },
          created: since,
          updated: since,
        },
      ],
    });
    const schedule: Event = { name: 'schedule', sha: sha(51), payload: { schedule: '17 6 * * *' } };
    const check = () => step('check', schedule, { inputs: { 'drift-issue': 'true', 'max-delivery-age': '2h', 's3-endpoint': `${emulator.s3Url}/{region}-1` } });

    const stale = await check();
    expect(stale.outputs['has-changes'], stale.stdout).toBe('false');
    expect(stale.code).not.toBe(0);
    expect(stale.outputs['failure-reason']).toBe('delivery-stale');
    expect(stale.stdout).toMatch(/Drift issue opened: /);
    const [issue] = github.issues();
    expect(issue!.title).toBe(`Delivery: logs stopped arriving from the streams of ${EXAMPLE_CONFIG}`);
    // Word joiners keep `s3://…` from being autolinked.
    const rows = tableRows(renderGfm(issue!.body)).map((row) => row.map((cell) => cell.replace(/\u2060/g, '')));
    expect(
      rows.some(
        (row) => row.join(' ').includes('stale') && row.includes('linode-audit') && row.includes('no log object under s3://my-audit-logs-bucket/ds-logs/'),
      ),
    ).toBe(true);
    expect(rows.some((row) => row.includes('lke-audit') && row.join(' ').includes('not checked'))).toBe(true);
    expect(textOf(renderGfm(issue!.body))).toContain('custom_https destinations cannot be observed from here');

    emulator.deliver();
    const arrived = await check();
    expect(arrived.code, arrived.stdout).toBe(0);
    expect(arrived.stdout).toContain('Drift issue closed');
    expect(github.issues()[0]!.state).toBe('closed');
    expect(github.comments(issue!.number)[0]!.body).toContain('with logs arriving');
  });
});

describe('secrets', () => {
  it('never appear in a comment, issue, request to GitHub, summary, annotation, output or log', () => {
    expect(runs.length).toBeGreaterThan(15);
    for (const run of runs) expect(findLeaks(run.visibleText, ALL_SECRETS)).toEqual([]);
    expect(sentToGitHub.length).toBeGreaterThan(10);
    expect(findLeaks(sentToGitHub.join('\n'), ALL_SECRETS)).toEqual([]);
  });
});
