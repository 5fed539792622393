import { describe, expect, it } from 'vitest';
import type { GitHubApi, IssueComment } from '../../src/github/api.js';
import { findPlanComment, isOwnAuthor, upsertPlanComment } from '../../src/github/comments.js';
import { formatPlanMarker } from '../../src/render/marker.js';

const BOT = { login: 'github-actions[bot]', type: 'Bot' };
const body = (config: string, text = 'plan') => `${formatPlanMarker({ config, fingerprint: 'a'.repeat(64) })}\n${text}`;

/** Comments in memory; `failCreate` makes the next create fail, after storing it when `landed`. */
function fakeApi(comments: IssueComment[] = [], failCreate?: { status: number; landed: boolean }): GitHubApi & { comments: IssueComment[]; creates: number } {
  let nextId = 100;
  const api = {
    comments,
    creates: 0,
    viewerLogin: async () => BOT.login,
    listIssueComments: async () => [...comments],
    async createIssueComment(_issue: number, text: string) {
      api.creates += 1;
      const comment = { id: nextId++, body: text, user: BOT, html_url: `u/${nextId}` };
      if (failCreate) {
        const failure = failCreate;
        failCreate = undefined;
        if (failure.landed) comments.push(comment);
        throw Object.assign(new Error('failed'), { status: failure.status });
      }
      comments.push(comment);
      return comment;
    },
    async updateIssueComment(id: number, text: string) {
      const comment = comments.find((c) => c.id === id)!;
      comment.body = text;
      return comment;
    },
    pullsForCommit: async () => [],
    listOpenIssues: async () => [],
    addLabels: async () => {
      throw new Error('unused');
    },
    createIssue: async () => {
      throw new Error('unused');
    },
    updateIssue: async () => {
      throw new Error('unused');
    },
  };
  return api;
}

const options = (text: string, create = true) => ({ issueNumber: 1, login: BOT.login, configPath: 'c.yml', body: text, create, sleep: async () => {} });

describe('isOwnAuthor', () => {
  it('matches the login exactly, or an app spelled with or without [bot]', () => {
    expect(isOwnAuthor(BOT, 'github-actions[bot]')).toBe(true);
    expect(isOwnAuthor(BOT, 'GitHub-Actions')).toBe(true);
    expect(isOwnAuthor({ login: 'github-actions', type: 'User' }, 'github-actions[bot]')).toBe(false);
    expect(isOwnAuthor({ login: 'mallory', type: 'User' }, 'github-actions[bot]')).toBe(false);
    expect(isOwnAuthor(null, 'x')).toBe(false);
  });
});

describe('findPlanComment', () => {
  it('needs the marker for this config and the own author', () => {
    const comments = [
      { id: 1, body: body('c.yml'), user: { login: 'mallory', type: 'User' }, html_url: '' },
      { id: 2, body: body('other.yml'), user: BOT, html_url: '' },
      { id: 3, body: `quoted:\n${body('c.yml')}`, user: BOT, html_url: '' },
      { id: 4, body: body('c.yml'), user: BOT, html_url: '' },
    ];
    expect(findPlanComment(comments, BOT.login, 'c.yml')?.comment.id).toBe(4);
  });

  it('knows one file by however the config input spells it', () => {
    const comments = [{ id: 1, body: body('./.github/linode-logs.yml'), user: BOT, html_url: '' }];
    expect(findPlanComment(comments, BOT.login, '.github//linode-logs.yml')?.comment.id).toBe(1);
    expect(findPlanComment(comments, BOT.login, '.github/other.yml')).toBeUndefined();
  });
});

describe('upsertPlanComment', () => {
  it('creates, then updates in place, then leaves an identical body alone', async () => {
    const api = fakeApi();
    expect(await upsertPlanComment(api, options(body('c.yml', 'one')))).toMatchObject({ action: 'created' });
    expect(await upsertPlanComment(api, options(body('c.yml', 'two')))).toMatchObject({ action: 'updated' });
    expect(await upsertPlanComment(api, options(body('c.yml', 'two')))).toMatchObject({ action: 'unchanged' });
    expect(api.comments.map((c) => c.body)).toEqual([body('c.yml', 'two')]);
  });

  it('with changes-only, creates nothing but still updates an existing comment', async () => {
    const api = fakeApi();
    expect(await upsertPlanComment(api, options(body('c.yml'), false))).toEqual({ action: 'skipped' });
    expect(api.comments).toEqual([]);
    await upsertPlanComment(api, options(body('c.yml', 'changes')));
    expect(await upsertPlanComment(api, options(body('c.yml', 'none now'), false))).toMatchObject({ action: 'updated' });
  });

  it('finds a comment an ambiguous failure created instead of posting it again', async () => {
    const api = fakeApi([], { status: 502, landed: true });
    expect(await upsertPlanComment(api, options(body('c.yml')))).toMatchObject({ action: 'unchanged' });
    expect(api.creates).toBe(1);
    expect(api.comments).toHaveLength(1);
  });

  it('posts again after an ambiguous failure that created nothing, and gives up on a clear refusal', async () => {
    const api = fakeApi([], { status: 503, landed: false });
    expect(await upsertPlanComment(api, options(body('c.yml')))).toMatchObject({ action: 'created' });
    expect(api.comments).toHaveLength(1);
    await expect(upsertPlanComment(fakeApi([], { status: 403, landed: false }), options(body('c.yml')))).rejects.toMatchObject({ status: 403 });
  });
});
