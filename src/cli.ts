/**
 * `linode-logs`: the action's engine from a terminal. argv and the environment are read into the
 * action's inputs, the reporting goes to a terminal sink (same redaction, no workflow commands),
 * and the flow is main.ts's `execute`. Exit codes: 0 success, 1 error, 2 drift (`check`).
 */
import { createInterface } from 'node:readline/promises';
import { parseCli, UsageError, USAGE, type CliCommand } from './cli/args.js';
import { terminalSink } from './cli/terminal.js';
import { execute, fail } from './main.js';
import { runExport } from './modes/export.js';
import type { Plan } from './plan/types.js';
import { summaryLine } from './render/values.js';
import { redactText, useSink } from './reporting.js';

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const stdout = (text: string) => void process.stdout.write(text);
  const stderr = (text: string) => void process.stderr.write(text);
  let command: CliCommand;
  try {
    command = parseCli(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stderr(`linode-logs: ${error.message}\n\n${USAGE}\n`);
    return 1;
  }
  if (command.kind === 'help') {
    stdout(`${USAGE}\n`);
    return 0;
  }
  const { inputs } = command;
  // Without a terminal nobody can answer: refuse before anything is read.
  if (command.command === 'apply' && !command.yes && !process.stdin.isTTY) {
    stderr('linode-logs: apply asks for confirmation on a terminal; without one, pass --yes to apply the plan it shows.\n');
    return 1;
  }
  const terminal = terminalSink({
    colour: process.stdout.isTTY === true && !env.NO_COLOR,
    infoToStderr: command.json || command.command === 'export',
    debug: command.debug,
    stdout,
    stderr,
  });
  useSink(terminal);
  try {
    if (command.command === 'export') await runExport({ ...inputs, mode: 'plan', token: inputs.token! }, command.output, stdout, new Date());
    else await execute(inputs, { confirmApply: command.yes ? undefined : (plan) => confirm(plan, inputs.apiUrl) });
  } catch (error) {
    fail(error);
  }
  if (command.json && terminal.outputs.plan !== undefined) stdout(`${terminal.outputs.plan}\n`);
  return terminal.exitCode();
}

/** Asks on the terminal; only "yes" applies (as terraform apply asks). */
async function confirm(plan: Plan, apiUrl: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await prompt.question(`\nApply ${summaryLine(plan)} to ${apiUrl}? Only "yes" applies: `);
    return answer.trim() === 'yes';
  } finally {
    prompt.close();
  }
}

/** The command line, as dist/cli.js runs it: process.argv and process.env in, the exit code out. */
export async function cli(): Promise<void> {
  try {
    process.exitCode = await main(process.argv.slice(2), process.env);
  } catch (error) {
    // Not an expected failure (those are reported by fail()): still through the redaction pass.
    process.stderr.write(`linode-logs: ${redactText(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 1;
  }
}
