import * as core from '@actions/core';
import { log } from './reporting.js';
import { s3EndpointFor } from './s3/endpoint.js';

export const MODES = ['plan', 'apply', 'check', 'validate'] as const;
export type Mode = (typeof MODES)[number];

/** `changes-only`: create the plan comment only when there are changes (an existing one is still updated). */
export const COMMENT_MODES = ['true', 'false', 'changes-only'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export const ON_PLAN_CHANGED = ['fail', 'apply'] as const;
export type OnPlanChanged = (typeof ON_PLAN_CHANGED)[number];

export interface ActionInputs {
  mode: Mode;
  /** Undefined when not given: `validate` needs none; `plan` falls back to validate (fork PRs). */
  token: string | undefined;
  configPath: string;
  apiUrl: string;
  apiVersion: 'v4' | 'v4beta';
  rotateSecrets: boolean;
  waitTimeoutMs: number;
  concurrency: number;
  failOnDrift: boolean;
  /** For the pull request comment, the approved-plan check and the drift issue; undefined when empty. */
  githubToken: string | undefined;
  comment: CommentMode;
  onPlanChanged: OnPlanChanged;
  driftIssue: boolean;
  driftIssueLabel: string;
  /** S3 endpoint template of the buckets of `buckets:` (`{region}` replaced); undefined: Linode's. */
  s3Endpoint: string | undefined;
  /** Call the API's destination check (it writes a test object) before each destination create. */
  verifyDestinations: boolean;
  /** In `check`: the oldest the newest delivered log object may be (ms); undefined: delivery is not checked. */
  maxDeliveryAgeMs: number | undefined;
}

/** The inputs of a mode that reads the account (plan, check, apply): it has a token. */
export type LiveInputs = ActionInputs & { mode: Exclude<Mode, 'validate'>; token: string };

/** A bad input: the message says which input and what it accepts. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Reads and validates the inputs. Called by `run()`, never at import time. */
export function getInputs(): ActionInputs {
  const mode = oneOf('mode', MODES, 'plan');
  const token = core.getInput('token') || undefined;
  return {
    mode,
    token,
    configPath: core.getInput('config') || '.github/linode-logs.yml',
    apiUrl: core.getInput('api-url') || 'https://api.linode.com',
    apiVersion: oneOf('api-version', ['v4', 'v4beta'] as const, 'v4'),
    rotateSecrets: bool('rotate-secrets', false),
    waitTimeoutMs: parseDuration('wait-timeout', core.getInput('wait-timeout') || '30m'),
    concurrency: integer('concurrency', 4, 1, 32),
    failOnDrift: bool('fail-on-drift', true),
    githubToken: githubToken(),
    comment: oneOf('comment', COMMENT_MODES, 'true'),
    onPlanChanged: oneOf('on-plan-changed', ON_PLAN_CHANGED, 'fail'),
    driftIssue: bool('drift-issue', false),
    driftIssueLabel: label('drift-issue-label', 'linode-logs-drift'),
    s3Endpoint: s3Endpoint(core.getInput('s3-endpoint').trim()),
    verifyDestinations: bool('verify-destinations', false),
    maxDeliveryAgeMs: maxDeliveryAge(core.getInput('max-delivery-age')),
  };
}

/** The longest max-delivery-age: Linode keeps no delivery promise past days, and a longer one would hide an outage. */
export const MAX_DELIVERY_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** `3h`, `90m`, `2d`, `1d12h`: from 1m to 30d; empty: off. */
export function maxDeliveryAge(raw: string): number | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  const match = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  const [, d = '0', h = '0', m = '0', s = '0'] = match ?? [];
  const ms = (((Number(d) * 24 + Number(h)) * 60 + Number(m)) * 60 + Number(s)) * 1000;
  if (match === null || ms < 60_000 || ms > MAX_DELIVERY_AGE_MS) {
    throw new InputError(`Input max-delivery-age must be a duration from 1m to 30d, like 90m, 3h or 2d (got "${raw}"), or empty to not check delivery.`);
  }
  return ms;
}

/**
 * The github-token input. A local runner (`@github/local-action` and the like) passes action.yml's
 * default, `${{ github.token }}`, as written: an expression is no token, and saying so beats a
 * 401 from GitHub on every call.
 */
function githubToken(): string | undefined {
  const value = core.getInput('github-token').trim();
  if (/^\$\{\{[\s\S]*\}\}$/.test(value)) {
    log.notice(
      `Input github-token is the unexpanded expression ${value} (a local runner does not evaluate action.yml's defaults): running without a GitHub token, so no plan comment, approved-plan check or drift issue.`,
    );
    return undefined;
  }
  return value || undefined;
}

/** An endpoint template is checked now, with a sample region, so a bad one fails before any call. */
export function s3Endpoint(raw: string): string | undefined {
  if (raw === '') return undefined;
  try {
    s3EndpointFor('us-iad', raw);
  } catch (error) {
    throw new InputError(`Input s3-endpoint: ${(error as Error).message} (e.g. https://{region}-1.linodeobjects.com).`);
  }
  return raw;
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim() || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`Input ${name} must be one of ${allowed.join(', ')} (got "${value}").`);
  }
  return value as T;
}

/** A GitHub label: 1 to 50 characters, no comma (the issues API takes labels comma-separated). */
function label(name: string, fallback: string): string {
  const value = core.getInput(name).trim() || fallback;
  if (value.length > 50 || value.includes(','))
    throw new InputError(`Input ${name} must be a label name of at most 50 characters with no comma (got "${value}").`);
  return value;
}

function bool(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InputError(`Input ${name} must be true or false (got "${value}").`);
}

function integer(name: string, fallback: number, min: number, max: number): number {
  const raw = core.getInput(name).trim();
  if (raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(`Input ${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
  }
  return value;
}

/**
 * The longest wait-timeout: a stream's transition can last up to an hour on Linode, and a job on
 * a GitHub-hosted runner is stopped after 6 hours anyway.
 */
export const MAX_WAIT_MS = 6 * 60 * 60 * 1000;

/** `90s`, `15m`, `1h30m`, or a bare number of seconds; from 1 s to 6 h. */
export function parseDuration(name: string, raw: string): number {
  const text = raw.trim();
  const refuse = (): never => {
    throw new InputError(`Input ${name} must be a duration from 1s to 6h, like 90s, 15m or 1h30m (got "${raw}").`);
  };
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  else {
    const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
    if (!match || text === '') return refuse();
    const [, h = '0', m = '0', s = '0'] = match;
    ms = ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000;
  }
  // 0 would give up on the first look at a provisioning stream; more than 6 h outlives the job.
  return ms >= 1000 && ms <= MAX_WAIT_MS ? ms : refuse();
}
