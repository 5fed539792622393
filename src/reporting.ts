/**
 * What every mode reports through: the secrets registered with the masker (and the final
 * redaction pass of everything the runner does not mask), the job summary, and the failure that
 * ends a run with a reason for the `failure-reason` output. Shared by the entry point and the
 * chunks it loads, so it stays small.
 *
 * Where the text goes is a sink: the runner's (`@actions/core`: workflow commands, the outputs
 * file, the job summary) by default, or the terminal's (cli.ts). The redaction pass is here,
 * before any sink, so a sink cannot skip it.
 */
import * as core from '@actions/core';
import { appendFileSync } from 'node:fs';
import { SUMMARY_LIMIT, utf8Bytes } from './render/fit.js';
import { structuralParts } from './render/marker.js';
import { redactKnown, rememberSecret, secretForms } from './secrets.js';

/** `not-confirmed` is the command line's alone: its apply was declined at the prompt. */
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
  | 'delivery-stale'
  | 'not-confirmed';

/** A failure with a reason for the `failure-reason` output. */
export class ActionFailure extends Error {
  constructor(
    readonly reason: FailureReason,
    message: string,
  ) {
    super(message);
  }
}

/** Where reported text goes, already redacted. */
export interface Sink {
  /** Tells the runner's masker about one form of a secret (the terminal has no masker). */
  setSecret(form: string): void;
  debug(text: string): void;
  info(text: string): void;
  notice(text: string, properties?: core.AnnotationProperties): void;
  warning(text: string, properties?: core.AnnotationProperties): void;
  error(text: string, properties?: core.AnnotationProperties): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  /** Appends to the job summary; false when there is none (outside a runner, or the terminal's). */
  appendSummary(markdown: string): boolean;
}

/** The runner's sink: workflow commands, the outputs file and the job summary, through `@actions/core`. */
const actionSink: Sink = {
  setSecret: (form) => core.setSecret(form),
  debug: (text) => core.debug(text),
  info: (text) => core.info(text),
  notice: (text, properties) => core.notice(text, properties),
  warning: (text, properties) => core.warning(text, properties),
  error: (text, properties) => core.error(text, properties),
  setOutput: (name, value) => core.setOutput(name, value),
  setFailed: (message) => core.setFailed(message),
  appendSummary: (markdown) => {
    // The summary is a file the runner names in GITHUB_STEP_SUMMARY; appending to it is all that
    // `core.summary.write()` does, which would also load node's fs/promises (~2 ms) on every run.
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (!path) return false;
    appendFileSync(path, markdown, 'utf8');
    return true;
  },
};

let sink: Sink = actionSink;

/** Sends everything reported from now on to `next` (the command line's terminal), still through the redaction pass. */
export function useSink(next: Sink): void {
  sink = next;
}

/** Bytes written to the job summary by this step (the runner refuses more than 1 MiB). */
let summaryBytes = 0;

/** Registers a secret, in every form it could take in text, before anything can log it. */
export function registerSecret(value: string | undefined): void {
  if (!value || !rememberSecret(value)) return;
  for (const form of secretForms(value)) sink.setSecret(form);
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
  debug: (text: string): void => sink.debug(redactText(text)),
  info: (text: string): void => sink.info(redactText(text)),
  notice: (text: string, properties?: core.AnnotationProperties): void => sink.notice(redactText(text), properties),
  warning: (text: string, properties?: core.AnnotationProperties): void => sink.warning(redactText(text), properties),
  error: (text: string, properties?: core.AnnotationProperties): void => sink.error(redactText(text), properties),
};

/**
 * Sets a step output after the redaction pass. A JSON value is redacted string by string (keys
 * too) before it is serialised, so that a short secret that happens to match JSON punctuation or
 * a field name cannot corrupt the document.
 */
export function setOutput(name: string, value: string | object): void {
  sink.setOutput(name, typeof value === 'string' ? redactText(value) : JSON.stringify(redactJson(value)));
}

function redactJson(value: unknown): unknown {
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map(redactJson);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [redactText(k), redactJson(v)]));
  return value;
}

/** Fails the step with a redacted message. */
export function setFailed(message: string): void {
  sink.setFailed(redactText(message));
}

/** Room left in the job summary, keeping `reserve` bytes for what comes after. */
export function summaryRoom(reserve: number): number {
  return Math.max(4096, SUMMARY_LIMIT - summaryBytes - reserve);
}

/**
 * Appends to the job summary, after the final redaction pass (the summary is not the log).
 * Outside a runner (no such file) and on the terminal there is no summary, and the log has everything.
 */
export async function writeSummary(markdown: string): Promise<void> {
  const text = redactText(markdown);
  if (!sink.appendSummary(text)) {
    log.debug('GITHUB_STEP_SUMMARY is not set: no job summary written.');
    return;
  }
  summaryBytes += utf8Bytes(text);
}
