/**
 * The command line's sink for reporting.ts: plain lines on stdout and stderr for a person. No
 * workflow commands (no `::add-mask::`, no annotations): the text has already been through the
 * one redaction pass, which is what keeps secrets out here.
 */
import type { AnnotationProperties } from '@actions/core';
import type { FailureReason, Sink } from '../reporting.js';

export interface TerminalOptions {
  /** ANSI colour (stdout is a terminal and NO_COLOR is unset). */
  colour: boolean;
  /** Info lines on stderr: stdout carries a document (--json's plan, export's file), or export's notes are not its output. */
  infoToStderr: boolean;
  debug: boolean;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface Terminal extends Sink {
  /** The step outputs the run set (`plan` for --json). */
  readonly outputs: Record<string, string>;
  /** 0 success; 2 when every failure was drift (`check`); 1 otherwise. */
  exitCode(): number;
}

const COLOURS = { red: 31, yellow: 33, cyan: 36, green: 32, dim: 2 } as const;

export function terminalSink(options: TerminalOptions): Terminal {
  const paint = (colour: keyof typeof COLOURS, text: string) => (options.colour ? `\u001b[${COLOURS[colour]}m${text}\u001b[0m` : text);
  // A line of data (an API error, a label) that starts with `::` would be a workflow command if
  // this runs inside a GitHub job: it is shifted by a space.
  const plain = (text: string) => text.replace(/^::/gm, ' ::');
  const info = (text: string) => (options.infoToStderr ? options.stderr : options.stdout)(`${plain(text)}\n`);
  const where = (properties?: AnnotationProperties) =>
    properties?.file ? `${properties.file}${properties.startLine ? `:${properties.startLine}:${properties.startColumn ?? 1}` : ''}: ` : '';
  const outputs: Record<string, string> = {};
  const failures: Array<string | undefined> = [];
  return {
    outputs,
    setSecret: () => {},
    debug: (text) => {
      if (options.debug) options.stderr(`${paint('dim', plain(text))}\n`);
    },
    info: (text) => info(options.colour ? colourPlan(text, paint) : text),
    notice: (text, properties) => options.stderr(`${paint('cyan', 'notice:')} ${where(properties)}${plain(text)}\n`),
    warning: (text, properties) => options.stderr(`${paint('yellow', 'warning:')} ${where(properties)}${plain(text)}\n`),
    error: (text, properties) => options.stderr(`${paint('red', 'error:')} ${where(properties)}${plain(text)}\n`),
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    setFailed: (message) => {
      failures.push(outputs['failure-reason']);
      options.stderr(`${paint('red', 'error:')} ${plain(message)}\n`);
    },
    appendSummary: () => false,
    exitCode: () => {
      if (failures.length === 0) return 0;
      const drift: FailureReason = 'drift';
      return failures.every((reason) => reason === drift) ? 2 : 1;
    },
  };
}

/** The plan's change lines in colour: + create green, - delete red, ~ and ± yellow. */
function colourPlan(text: string, paint: (colour: keyof typeof COLOURS, text: string) => string): string {
  return text
    .split('\n')
    .map((line) => {
      const symbol = /^ {2}([+\-~±]) /.exec(line)?.[1];
      if (symbol === undefined) return line;
      return paint(symbol === '+' ? 'green' : symbol === '-' ? 'red' : 'yellow', line);
    })
    .join('\n');
}
