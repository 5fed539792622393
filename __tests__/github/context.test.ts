import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergedPullRequest } from '../../src/github/approval.js';
import { readEventContext as fromContext, runLinks, type EventContext } from '../../src/github/context.js';

function eventFile(payload: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return file;
}

/**
 * The context of a run with this env, as the action reads it: `@actions/github`'s context (which
 * reads the env and the event file as it is made; one made afresh here, with its own class, since
 * a run's is made as the package loads), then read while the env is set.
 */
async function readEventContext(env: Record<string, string>): Promise<EventContext> {
  const saved = { ...process.env };
  for (const name of Object.keys(process.env)) if (name.startsWith('GITHUB_')) delete process.env[name];
  Object.assign(process.env, env);
  try {
    const { context } = await import('@actions/github');
    const Context = context.constructor as new () => typeof context;
    return fromContext(new Context());
  } finally {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  }
}

const env = { GITHUB_REPOSITORY: 'acme/cfg', GITHUB_SHA: 'm'.repeat(40), GITHUB_RUN_ID: '7', GITHUB_SERVER_URL: 'https://github.example.com/' };
const pull = (fork: boolean) => ({
  pull_request: { number: 5, head: { sha: 'h'.repeat(40), repo: fork ? null : { full_name: 'acme/cfg' } }, base: { repo: { full_name: 'acme/cfg' } } },
});

describe('readEventContext', () => {
  it('reads the pull request of a pull_request event, and tells a fork by its head repository', async () => {
    const context = await readEventContext({ ...env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(pull(false)) });
    expect(context.pullRequest).toEqual({ number: 5, headSha: 'h'.repeat(40), fromFork: false });
    expect(context.repository).toEqual({ owner: 'acme', repo: 'cfg' });
    expect((await readEventContext({ ...env, GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: eventFile(pull(true)) })).pullRequest?.fromFork).toBe(
      true,
    );
  });

  it('has no pull request on other events, or when the event file is missing', async () => {
    expect((await readEventContext({ ...env, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventFile(pull(false)) })).pullRequest).toBeUndefined();
    expect((await readEventContext({ ...env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/nonexistent.json' })).pullRequest).toBeUndefined();
    expect((await readEventContext({})).repository).toBeUndefined();
  });

  it('links the run and a commit on the server it ran on', async () => {
    const context = await readEventContext({ ...env, GITHUB_EVENT_NAME: 'push' });
    expect(runLinks(context, 'abc')).toEqual({
      runId: '7',
      runUrl: 'https://github.example.com/acme/cfg/actions/runs/7',
      sha: 'abc',
      commitUrl: 'https://github.example.com/acme/cfg/commit/abc',
    });
  });
});

describe('mergedPullRequest', () => {
  const pr = (number: number, merge: string | null, base = 'main') => ({
    number,
    merged_at: merge ? '2026-11-01T00:00:00Z' : null,
    merge_commit_sha: merge,
    state: 'closed',
    base: { ref: base },
  });

  it('is the pull request whose merge commit was pushed', () => {
    expect(mergedPullRequest([pr(1, 'x'), pr(2, 'sha')], 'sha', 'refs/heads/main')?.number).toBe(2);
  });

  it('falls back to the only merged one into the pushed branch, and is none when unsure', () => {
    expect(mergedPullRequest([pr(1, 'x'), pr(2, null)], 'sha', 'refs/heads/main')?.number).toBe(1);
    expect(mergedPullRequest([pr(1, 'x'), pr(3, 'y')], 'sha', 'refs/heads/main')).toBeUndefined();
    expect(mergedPullRequest([pr(1, 'x', 'release')], 'sha', 'refs/heads/main')).toBeUndefined();
  });
});
