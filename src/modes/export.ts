/**
 * `export` (command line only): reads the account's destinations and streams and writes them as
 * a config file, with a `${NAME}` reference for each secret the API does not return, and the LKE
 * clusters its streams name when the token may read them. It reads like a plan and writes
 * nothing to the account.
 */
import { writeFileSync } from 'node:fs';
import { connectAccount } from '../account.js';
import { exportConfig } from '../export/config-file.js';
import type { LiveInputs } from '../inputs.js';
import type { LkeCluster } from '../linode/account-types.js';
import type { LiveState } from '../linode/types.js';
import { optionalRead } from '../setup/read.js';
import { count } from '../render/words.js';
import { ActionFailure, log } from '../reporting.js';

/**
 * @param output the file to write (never an existing one: it may be a hand-written config), or undefined for stdout
 * @param write where stdout goes
 */
export async function runExport(inputs: LiveInputs, output: string | undefined, write: (text: string) => void, now: Date): Promise<void> {
  const account = connectAccount(inputs);
  let live: LiveState;
  let clusters: { value: LkeCluster[] } | { unread: string } | undefined;
  try {
    live = await account.readLive();
    // Only when a stream names clusters: a token for the Logs alone then exports as before.
    if (live.streams.some((s) => s.type === 'lke_audit_logs' && (s.details?.cluster_ids?.length ?? 0) > 0))
      clusters = await optionalRead('lke', 'LKE clusters', 'lke:read_only', 'to export them under lke_clusters', () => account.account.listLkeClusters());
  } finally {
    account.close();
  }
  const exported = exportConfig(
    live,
    { apiUrl: inputs.apiUrl, apiVersion: inputs.apiVersion, at: now },
    clusters !== undefined && 'value' in clusters ? clusters.value : undefined,
  );
  if (output === undefined) write(exported.text);
  else {
    try {
      writeFileSync(output, exported.text, { encoding: 'utf8', flag: 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ActionFailure(
        'invalid-input',
        code === 'EEXIST' ? `${output} exists: export never overwrites a file. Remove it or choose another --output.` : `Cannot write ${output} (${code}).`,
      );
    }
  }
  const where = output ?? 'stdout';
  log.info(`Exported ${count(live.destinations.length, 'destination')} and ${count(live.streams.length, 'stream')} from ${inputs.apiUrl} to ${where}.`);
  for (const skipped of exported.skipped) log.warning(`Not exported: ${skipped}.`);
  if (clusters !== undefined && 'unread' in clusters) log.info(`No lke_clusters section: ${clusters.unread}. The streams keep their cluster ids.`);
  for (const note of exported.clusterNotes) log.info(`Not in lke_clusters: ${note}.`);
  if (exported.references.length > 0) {
    log.info('The API never returns secrets. Set these variables before apply (plan and check work without them):');
    for (const ref of exported.references) log.info(`  ${ref.name}: ${ref.holds}`);
  }
}
