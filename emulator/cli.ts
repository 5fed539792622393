/**
 * `npm run emulator`: starts the Linode API emulator until SIGINT/SIGTERM. Bundled on its own
 * into emulator/dist/index.js, so it runs without node_modules. Exports nothing.
 */
import { parseArgs } from 'node:util';
import { CLI_DELIVERY_MS } from './settings.js';
import { EMULATOR_DEFAULTS, startEmulator, type EmulatorOptions } from './index.js';

const USAGE = `Usage: node emulator/dist/index.js [options]
  --host HOST              listen address (default ${EMULATOR_DEFAULTS.host})
  --port PORT              listen port; 0 picks a free one (default ${EMULATOR_DEFAULTS.port})
  --token TOKEN            accepted bearer token; repeatable (default ${EMULATOR_DEFAULTS.tokens.join(', ')})
  --provisioning-ms MS     how long new/repointed streams stay provisioning (default ${EMULATOR_DEFAULTS.provisioningMs})
  --deactivating-ms MS     how long deactivated streams stay deactivating (default ${EMULATOR_DEFAULTS.deactivatingMs})
  --latency-ms MS          delay added to every API request (default ${EMULATOR_DEFAULTS.latencyMs})
  --stream-quota N         streams allowed per type (default ${EMULATOR_DEFAULTS.streamQuota})
  --delivery-ms MS         every MS, each active stream writes a gzip log object into its bucket; 0: off
                           (default ${CLI_DELIVERY_MS}; POST /__emulator/options {"deliveryMs": 0} stops it)
  --help                   show this`;

class UsageError extends Error {}

function integer(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${flag} must be a non-negative integer, got "${value}"`);
  return Number(value);
}

function parseOptions(argv: string[]): EmulatorOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        token: { type: 'string', multiple: true },
        'provisioning-ms': { type: 'string' },
        'deactivating-ms': { type: 'string' },
        'latency-ms': { type: 'string' },
        'stream-quota': { type: 'string' },
        'delivery-ms': { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return 'help';
  const options: EmulatorOptions = {
    host: values.host,
    port: integer('port', values.port),
    tokens: values.token,
    provisioningMs: integer('provisioning-ms', values['provisioning-ms']),
    deactivatingMs: integer('deactivating-ms', values['deactivating-ms']),
    latencyMs: integer('latency-ms', values['latency-ms']),
    streamQuota: integer('stream-quota', values['stream-quota']),
    deliveryMs: integer('delivery-ms', values['delivery-ms']) ?? CLI_DELIVERY_MS,
  };
  // Absent flags fall back to the emulator's defaults.
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const emulator = await startEmulator(options);
  const stop = (): void => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  // Before the line is printed: whoever waits for it may signal at once.
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const tokens = options.tokens ?? EMULATOR_DEFAULTS.tokens;
  console.log(`Linode API emulator listening on ${emulator.url} (token: ${tokens.join(', ')}); S3 at ${emulator.s3Url}/<region>-1`);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
