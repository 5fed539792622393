/**
 * The modes that need no account: `validate`, and `plan` without a token (pull requests from
 * forks get no secrets), which checks the file and says why there is no live plan.
 */
import type { LoadedConfig } from '../config/types.js';
import type { ActionInputs } from '../inputs.js';
import { commentOnPullRequest } from '../pull-request.js';
import { escapeMarkdown } from '../render/escape.js';
import { count } from '../render/words.js';
import { ActionFailure, log, setOutput, writeSummary } from '../reporting.js';

export async function runOffline(inputs: ActionInputs, loaded: LoadedConfig): Promise<void> {
  if (inputs.mode === 'check' || inputs.mode === 'apply') {
    throw new ActionFailure(
      'invalid-input',
      `Input token is required for mode ${inputs.mode}: pass a Linode API token with the monitor:read_write scope from a secret.`,
    );
  }
  const { desired } = loaded;
  const valid = `${inputs.configPath} is valid: ${count(desired.destinations.length, 'destination')}, ${count(desired.streams.length, 'stream')}.`;
  log.info(valid);
  setOutput('has-changes', 'false');
  if (inputs.mode === 'validate') {
    await writeSummary(`### Validate: ${escapeMarkdown(inputs.configPath)}\n\n✅ ${escapeMarkdown(valid)}\n`);
    return;
  }
  log.notice('No Linode token (input token is empty, as on pull requests from forks): validated the config offline; the live plan was skipped.');
  await writeSummary(
    `### Plan: ${escapeMarkdown(inputs.configPath)}\n\n⚠️ ${escapeMarkdown(valid)} The live plan was skipped: this run has no Linode token (pull requests from forks get no secrets).\n`,
  );
  await commentOnPullRequest(inputs, { kind: 'offline', destinations: desired.destinations.length, streams: desired.streams.length });
}
