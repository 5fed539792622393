import type { LogsApi } from '../linode/logs-client.js';
import type { LiveStream } from '../linode/types.js';

/** How long to wait for a stream to leave `provisioning`/`deactivating` (up to an hour on Linode). */
export interface Waiting {
  waitTimeoutMs: number;
  /** First poll interval; grows ×1.5 up to 15 s. */
  pollIntervalMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Told once per wait, for the log. */
  onWait?: (message: string) => void;
}

const MAX_POLL_MS = 15_000;
const TRANSITIONAL = new Set(['provisioning', 'deactivating']);
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 404;
}

async function poll<T>(waiting: Waiting, what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const sleep = waiting.sleep ?? defaultSleep;
  const now = waiting.now ?? Date.now;
  const deadline = now() + waiting.waitTimeoutMs;
  let interval = waiting.pollIntervalMs ?? 1000;
  let told = false;
  for (;;) {
    const result = await probe();
    if (result !== undefined) return result;
    if (now() + interval > deadline) {
      throw new WaitTimeoutError(`timed out after ${Math.round(waiting.waitTimeoutMs / 1000)} s waiting for ${what} (input wait-timeout)`);
    }
    if (!told) waiting.onWait?.(`waiting for ${what}`);
    told = true;
    await sleep(interval);
    interval = Math.min(MAX_POLL_MS, Math.round(interval * 1.5));
  }
}

/** Waits until the stream may be edited; returns it as it is then (undefined if it is gone and that is allowed). */
export async function waitForStreamSettled(api: LogsApi, id: number, waiting: Waiting, options?: { allowMissing: false }): Promise<LiveStream>;
export async function waitForStreamSettled(api: LogsApi, id: number, waiting: Waiting, options: { allowMissing: true }): Promise<LiveStream | undefined>;
export async function waitForStreamSettled(api: LogsApi, id: number, waiting: Waiting, options = { allowMissing: false }): Promise<LiveStream | undefined> {
  const gone = Symbol('gone');
  const result = await poll<LiveStream | typeof gone>(waiting, `stream #${id} to finish provisioning/deactivating`, async () => {
    try {
      const stream = await api.getStream(id);
      return TRANSITIONAL.has(stream.status) ? undefined : stream;
    } catch (error) {
      if (options.allowMissing && isNotFound(error)) return gone;
      throw error;
    }
  });
  return result === gone ? undefined : result;
}

/** Confirms a deleted stream is gone, deleting again if the first DELETE was silently ignored. */
export async function waitForStreamGone(api: LogsApi, id: number, waiting: Waiting): Promise<void> {
  await poll<true>(waiting, `stream #${id} to be deleted`, async () => {
    try {
      const stream = await api.getStream(id);
      if (!TRANSITIONAL.has(stream.status)) await api.deleteStream(id);
      return undefined;
    } catch (error) {
      if (isNotFound(error)) return true;
      throw error;
    }
  });
}

/** A resource did not settle within `wait-timeout`: it may yet, so a re-run can finish the work. */
export class WaitTimeoutError extends Error {
  override name = 'WaitTimeoutError';
}
