import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubApi } from '../../src/github/client.js';
import { syncDriftIssue, type DriftIssueOptions } from '../../src/github/drift-issue.js';
import { formatDriftMarker } from '../../src/render/marker.js';
import { GITHUB_ACTIONS_BOT, startGitHubStandIn, type GitHubStandIn } from '../support/github-stand-in.js';

const TOKEN = 'ghs_driftIssueTest0123456789';
const NO_LABELS = 'ghs_driftIssueNoLabels0123456789';
const CONFIG = '.github/linode-logs.yml';
const LABEL = 'linode-logs-drift';

let github: GitHubStandIn;
beforeAll(async () => {
  github = await startGitHubStandIn();
  github.addToken(TOKEN, { user: GITHUB_ACTIONS_BOT, installation: true });
  github.addToken(NO_LABELS, { user: GITHUB_ACTIONS_BOT, installation: true, cannotLabel: true });
});
afterAll(() => github.close());
beforeEach(() => github.reset());

// Not a test of pacing: writes go out at once.
const api = (token = TOKEN) =>
  createGitHubApi({ token, owner: github.owner, repo: github.repo, baseUrl: github.url, throttle: false, log: () => undefined, debug: () => undefined });
const drift = (n: number): DriftIssueOptions => ({
  login: GITHUB_ACTIONS_BOT.login,
  configPath: CONFIG,
  label: LABEL,
  drift: { title: 'Drift', body: `${formatDriftMarker({ config: CONFIG })}\ndrift ${n}` },
  resolvedComment: 'Resolved',
});
const resolved = (): DriftIssueOptions => ({ ...drift(0), drift: undefined });
const posts = () => github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues'));

describe('the drift issue, against the GitHub stand-in', () => {
  it('is found by marker and own authorship after someone removed its label, which is put back', async () => {
    const opened = await syncDriftIssue(api(), drift(1));
    expect(opened.action).toBe('opened');
    expect(github.issues()[0]!.labels).toEqual([LABEL]);
    github.issues()[0]!.labels = ['triaged']; // someone swapped the label for theirs

    const updated = await syncDriftIssue(api(), drift(2));
    expect(updated).toMatchObject({ action: 'updated', number: github.issues()[0]!.number });
    expect(github.issues()).toHaveLength(1);
    expect(posts()).toHaveLength(1);
    expect(github.issues()[0]!.body).toContain('drift 2');
    expect(github.issues()[0]!.labels).toEqual(['triaged', LABEL]);

    const closed = await syncDriftIssue(api(), resolved());
    expect(closed.action).toBe('closed');
    expect(github.issues()[0]!.state).toBe('closed');
  });

  it('is found when GitHub dropped its label on create, and closed once the drift is gone', async () => {
    expect((await syncDriftIssue(api(NO_LABELS), drift(1))).action).toBe('opened');
    expect(github.issues()[0]!.labels).toEqual([]);

    const again = await syncDriftIssue(api(NO_LABELS), drift(1));
    expect(again).toMatchObject({ action: 'unchanged', labelProblem: '403: Resource not accessible by integration' });
    expect(github.issues()).toHaveLength(1);

    const closed = await syncDriftIssue(api(NO_LABELS), resolved());
    expect(closed.action).toBe('closed');
    expect(github.issues()[0]!.state).toBe('closed');
    expect(github.comments(github.issues()[0]!.number).map((c) => c.body)).toEqual(['Resolved']);
  });

  it('ignores an unlabelled issue with a copied marker by someone else', async () => {
    github.addPullRequest({ number: 1, headSha: 'a'.repeat(40) }); // issue numbers start after it
    const planted = await api().createIssue('Drift', `${formatDriftMarker({ config: CONFIG })}\nplanted`, []);
    const stored = github.issues().find((i) => i.number === planted.number)!;
    stored.user = { login: 'mallory', type: 'User' };
    expect((await syncDriftIssue(api(), drift(1))).action).toBe('opened');
    expect(github.issues().filter((i) => i.state === 'open')).toHaveLength(2);
    expect(stored.body).toContain('planted');
  });
});
