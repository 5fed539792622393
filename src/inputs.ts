import * as core from '@actions/core';

export const MODES = ['plan', 'apply', 'check', 'validate'] as const;
export type Mode = (typeof MODES)[number];

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
}

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
  };
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim() || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`Input ${name} must be one of ${allowed.join(', ')} (got "${value}").`);
  }
  return value as T;
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

/** `90s`, `15m`, `1h30m`, or a bare number of seconds. */
export function parseDuration(name: string, raw: string): number {
  const text = raw.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  if (!match || text === '') throw new InputError(`Input ${name} must be a duration like 90s, 15m or 1h30m (got "${raw}").`);
  const [, h = '0', m = '0', s = '0'] = match;
  return ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000;
}
