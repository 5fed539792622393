/**
 * What every mode reports through: the secrets registered with the masker (and the final
 * redaction pass of everything the runner does not mask), the job summary, and the failure that
 * ends a run with a reason for the `failure-reason` output. Shared by the entry point and the
 * chunks it loads, so it stays small.
 */
import * as core from '@actions/core';
import { appendFileSync } from 'node:fs';
import { SUMMARY_LIMIT, utf8Bytes } from './render/fit.js';
import { structuralParts } from './render/marker.js';
import { redactKnown, rememberSecret, secretForms } from './secrets.js';

export type FailureReason =
  | 'invalid-config'
  | 'invalid-input'
  | 'drift'
  | 'apply-failed'
  | 'missing-secrets'
  | 'api-error'
  | 'plan-changed'
  | 'checks-failed'
  | 'stream-quota'
  | 'no-object-lock'
  | 'delivery-stale';

/** A failure with a reason for the `failure-reason` output. */
export class ActionFailure extends Error {
  constructor(
    readonly reason: FailureReason,
    message: string,
  ) {
    super(message);
  }
}

/** Bytes written to the job summary by this step (the runner refuses more than 1 MiB). */
let summaryBytes = 0;

/** Registers a secret, in every form it could take in text, before anything can log it. */
export function registerSecret(value: string | undefined): void {
  if (!value || !rememberSecret(value)) return;
  for (const form of secretForms(value)) core.setSecret(form);
}

/**
 * The environment as the config file's references read it: each value is registered as a secret
 * the moment it is read, whatever field or YAML spelling led there. Masking never depends on how
 * the file (data) is written: what is read is masked.
 */
export function maskedEnv(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return new Proxy(env, {
    get: (target, name) => {
      const value = typeof name === 'string' ? target[name] : undefined;
      registerSecret(value);
      return value;
    },
  });
}

/** The final redaction pass over text the runner does not mask (summary, failure message, a log line that may echo an API body). */
export function redactText(text: string): string {
  return redactKnown(text);
}

/**
 * The final redaction pass over a comment or issue body. Its marker and status delimiters (built
 * from secret-free plan data) are kept intact, so the comment is still found and read back.
 */
export function redactBody(body: string): string {
  return redactKnown(body, structuralParts(body));
}

/**
 * The log and its annotations, each line through the one redaction pass. The runner masks what
 * was registered too, but only in the log it shows: annotations and outputs travel further.
 */
export const log = {
  debug: (text: string): void => core.debug(redactText(text)),
  info: (text: string): void => core.info(redactText(text)),
  notice: (text: string, properties?: core.AnnotationProperties): void => core.notice(redactText(text), properties),
  warning: (text: string, properties?: core.AnnotationProperties): void => core.warning(redactText(text), properties),
  error: (text: string, properties?: core.AnnotationProperties): void => core.error(redactText(text), properties),
};

/**
 * Sets a step output after the redaction pass. A JSON value is redacted string by string (keys
 * too) before it is serialised, so that a short secret that happens to match JSON punctuation or
 * a field name cannot corrupt the document.
 */
export function setOutput(name: string, value: string | object): void {
  core.setOutput(name, typeof value === 'string' ? redactText(value) : JSON.stringify(redactJson(value)));
}

function redactJson(value: unknown): unknown {
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map(redactJson);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [redactText(k), redactJson(v)]));
  return value;
}

/** Fails the step with a redacted message. */
export function setFailed(message: string): void {
  core.setFailed(redactText(message));
}

/** Room left in the job summary, keeping `reserve` bytes for what comes after. */
export function summaryRoom(reserve: number): number {
  return Math.max(4096, SUMMARY_LIMIT - summaryBytes - reserve);
}

/**
 * Appends to the job summary, after the final redaction pass (the summary is not the log). The
 * summary is a file the runner names in GITHUB_STEP_SUMMARY; appending to it is all that
 * `core.summary.write()` does, which would also load node's fs/promises (~2 ms) on every run.
 * Outside a runner (no such file) there is no summary, and the log has everything.
 */
export async function writeSummary(markdown: string): Promise<void> {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (!path) {
    log.debug('GITHUB_STEP_SUMMARY is not set: no job summary written.');
    return;
  }
  const text = redactText(markdown);
  summaryBytes += utf8Bytes(text);
  appendFileSync(path, text, 'utf8');
}
