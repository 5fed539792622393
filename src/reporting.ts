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
import { redact, secretForms } from './secrets.js';

export type FailureReason = 'invalid-config' | 'invalid-input' | 'drift' | 'apply-failed' | 'missing-secrets' | 'api-error' | 'plan-changed' | 'checks-failed';

/** A failure with a reason for the `failure-reason` output. */
export class ActionFailure extends Error {
  constructor(readonly reason: FailureReason, message: string) {
    super(message);
  }
}

/** Every value registered with the masker: the final redaction pass of every body the runner does not mask. */
const registered: string[] = [];
/** Bytes written to the job summary by this step (the runner refuses more than 1 MiB). */
let summaryBytes = 0;

/** Registers a secret, in every form it could take in text, before anything can log it. */
export function registerSecret(value: string | undefined): void {
  if (!value) return;
  registered.push(value);
  for (const form of secretForms(value)) core.setSecret(form);
}

/** The final redaction pass over text the runner does not mask (summary, failure message, a log line that may echo an API body). */
export function redactText(text: string): string {
  return redact(text, registered);
}

/**
 * The final redaction pass over a comment or issue body. Its marker and status delimiters (built
 * from secret-free plan data) are kept intact, so the comment is still found and read back.
 */
export function redactBody(body: string): string {
  return redact(body, registered, structuralParts(body));
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
    core.debug('GITHUB_STEP_SUMMARY is not set: no job summary written.');
    return;
  }
  const text = redactText(markdown);
  summaryBytes += utf8Bytes(text);
  appendFileSync(path, text, 'utf8');
}
