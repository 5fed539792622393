/**
 * The command line's arguments and environment, read into the action's own `ActionInputs`: the
 * terminal drives the same engine as the workflow, with GitHub left out (no token for it, no
 * comment, no drift issue).
 */
import { parseArgs } from 'node:util';
import { maxDeliveryAge, s3Endpoint, type ActionInputs, type Mode } from '../inputs.js';

export const COMMANDS = ['validate', 'plan', 'apply', 'check', 'export'] as const;
export type Command = (typeof COMMANDS)[number];

export const USAGE = `Usage: linode-logs <command> [options]

Commands:
  validate   check the config file offline (no token needed)
  plan       show what apply would change on the account
  apply      make the account match the file (asks first; --yes to skip)
  check      exit 2 if the account drifted from the file, 0 if it matches
  export     write the account's destinations, streams and their LKE clusters as a config file

Options:
  --config PATH        the config file (default .github/linode-logs.yml), inside the
                       current directory (GITHUB_WORKSPACE when set)
  --api-url URL        the Linode API (default https://api.linode.com)
  --api-version V      v4 (default) or v4beta
  --json               print the plan as JSON on stdout (the action's \`plan\` output)
  --max-delivery-age D check: also fail (exit 1) when an active stream's newest log object in its
                       bucket is older than D (e.g. 3h, 90m, 2d)
  --s3-endpoint URL    S3 endpoint template for buckets: ({region} replaced; default
                       https://{region}-1.linodeobjects.com)
  --output PATH        export: the file to write (default stdout); never overwritten
  --yes                apply without asking
  --debug              show debug lines
  --help               show this

Environment:
  LINODE_TOKEN         a Linode personal access token (monitor:read_only; apply: monitor:read_write)
  NAME                 the value of each \${NAME} the config file references
  NO_COLOR             no colour even on a terminal

Exit codes: 0 success, 1 error, 2 drift (check).`;

/** A mistake on the command line: the message, then the usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type CliCommand =
  { kind: 'help' } | { kind: 'run'; command: Command; inputs: ActionInputs; json: boolean; output: string | undefined; yes: boolean; debug: boolean };

/** Reads argv (without node and the script) and the environment; throws UsageError. */
export function parseCli(argv: readonly string[], env: Record<string, string | undefined>): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        'api-url': { type: 'string' },
        'api-version': { type: 'string' },
        json: { type: 'boolean' },
        'max-delivery-age': { type: 'string' },
        's3-endpoint': { type: 'string' },
        output: { type: 'string' },
        yes: { type: 'boolean' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') return { kind: 'help' };
  if (positionals.length === 0) throw new UsageError('Give a command: validate, plan, apply, check or export.');
  if (positionals.length > 1) throw new UsageError(`One command at a time (got ${positionals.join(' ')}).`);
  const command = positionals[0] as Command;
  if (!COMMANDS.includes(command)) throw new UsageError(`Unknown command "${positionals[0]}": use validate, plan, apply, check or export.`);
  const apiVersion = values['api-version'] ?? 'v4';
  if (apiVersion !== 'v4' && apiVersion !== 'v4beta') throw new UsageError(`--api-version must be v4 or v4beta (got "${apiVersion}").`);
  if (values.output !== undefined && command !== 'export') throw new UsageError('--output is for export.');
  if (values.json && (command === 'validate' || command === 'export')) throw new UsageError(`--json is for plan, check and apply.`);
  if (values['max-delivery-age'] !== undefined && command !== 'check') throw new UsageError('--max-delivery-age is for check.');
  const token = env.LINODE_TOKEN?.trim() || undefined;
  if (command !== 'validate' && token === undefined) {
    throw new UsageError(
      `${command} reads the account: set LINODE_TOKEN to a Linode personal access token (monitor:read_only; apply needs monitor:read_write).`,
    );
  }
  // export reads like a plan; nothing of the flow's modes writes.
  const mode: Mode = command === 'export' ? 'plan' : command;
  const inputs: ActionInputs = {
    mode,
    token,
    configPath: values.config ?? '.github/linode-logs.yml',
    apiUrl: values['api-url'] ?? 'https://api.linode.com',
    apiVersion,
    rotateSecrets: false,
    waitTimeoutMs: 30 * 60 * 1000,
    concurrency: 4,
    failOnDrift: true,
    // No GitHub from the terminal: no plan comment, no approved-plan check, no drift issue.
    githubToken: undefined,
    comment: 'false',
    onPlanChanged: 'fail',
    driftIssue: false,
    driftIssueLabel: 'linode-logs-drift',
    s3Endpoint: asUsage(() => s3Endpoint(values['s3-endpoint']?.trim() ?? '')),
    verifyDestinations: false,
    maxDeliveryAgeMs: asUsage(() => maxDeliveryAge(values['max-delivery-age'] ?? '')),
  };
  return { kind: 'run', command, inputs, json: values.json ?? false, output: values.output, yes: values.yes ?? false, debug: values.debug ?? false };
}

/** An input's own check, its message said of the option (`Input s3-endpoint` → `--s3-endpoint`). */
function asUsage<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^Input ([a-z0-9-]+)/, '--$1'));
  }
}
