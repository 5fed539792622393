import { parsePlanMarker, sameConfig, type PlanMarker } from '../render/marker.js';
import { isAmbiguous, type GitHubApi, type GitHubUser, type IssueComment } from './api.js';

/**
 * Whether a comment or issue was written by this token's identity. GitHub spells an app's login
 * `name[bot]` in REST; GraphQL may give it without the suffix, so a Bot account matches either.
 */
export function isOwnAuthor(user: GitHubUser | null, login: string): boolean {
  if (!user) return false;
  const a = user.login.toLowerCase();
  const b = login.toLowerCase();
  if (a === b) return true;
  return user.type === 'Bot' && (a === `${b}[bot]` || `${a}[bot]` === b);
}

/** This action's plan comment for a config file: marker *and* own authorship (a planted marker is ignored). */
export function findPlanComment(comments: IssueComment[], login: string, configPath: string): { comment: IssueComment; marker: PlanMarker } | undefined {
  for (const comment of comments) {
    if (!isOwnAuthor(comment.user, login)) continue;
    const marker = parsePlanMarker(comment.body ?? '');
    if (marker && sameConfig(marker, configPath)) return { comment, marker };
  }
  return undefined;
}

export type UpsertResult = { action: 'created' | 'updated' | 'unchanged'; url: string; id: number } | { action: 'skipped' };

export interface UpsertOptions {
  issueNumber: number;
  login: string;
  configPath: string;
  body: string;
  /** false (`comment: changes-only` with nothing to change): update an existing comment, create none. */
  create: boolean;
  /** The comments as already listed (e.g. while the plan was made): the first look needs no request. */
  comments?: IssueComment[];
  /** Waits between create attempts; injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
}

const CREATE_ATTEMPTS = 3;
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Creates the plan comment or updates it in place; leaves it alone when the body is already the
 * same (no edit churn). A create that fails ambiguously (5xx, cut connection) may have been
 * carried out: the comments are listed again and a comment found by marker is updated instead,
 * so a retry never posts a duplicate.
 */
export async function upsertPlanComment(api: GitHubApi, options: UpsertOptions): Promise<UpsertResult> {
  const sleep = options.sleep ?? defaultSleep;
  const find = async () => findPlanComment(await api.listIssueComments(options.issueNumber), options.login, options.configPath)?.comment;
  const update = async (existing: IssueComment): Promise<UpsertResult> => {
    if ((existing.body ?? '') === options.body) return { action: 'unchanged', url: existing.html_url, id: existing.id };
    const updated = await api.updateIssueComment(existing.id, options.body);
    return { action: 'updated', url: updated.html_url, id: updated.id };
  };

  const existing = options.comments ? findPlanComment(options.comments, options.login, options.configPath)?.comment : await find();
  if (existing) return update(existing);
  if (!options.create) return { action: 'skipped' };
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await api.createIssueComment(options.issueNumber, options.body);
      return { action: 'created', url: created.html_url, id: created.id };
    } catch (error) {
      if (!isAmbiguous(error) || attempt >= CREATE_ATTEMPTS) throw error;
      await sleep(1000 * attempt);
      const landed = await find();
      if (landed) return update(landed);
    }
  }
}
