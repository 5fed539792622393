import type { LiveState } from '../linode/types.js';
import { FaultList } from './faults.js';
import { RateLimiter } from './rate-limit.js';
import { applyRuntimeOptions, resolveSettings, type Settings } from './settings.js';
import { Store } from './store.js';
import type { EmulatorOptions, RequestLogEntry, SeedState } from './types.js';

/** Everything the emulator holds, independent of HTTP: shared by the server and the control endpoints. */
export class EmulatorCore {
  readonly settings: Settings;
  readonly store: Store;
  readonly faults = new FaultList();
  readonly limiter = new RateLimiter();
  /** Cleared in place, so a reference handed out stays live. */
  readonly requests: RequestLogEntry[] = [];

  constructor(options: EmulatorOptions) {
    this.settings = resolveSettings(options);
    const settings = this.settings;
    this.store = new Store({
      clock: () => settings.clock(),
      provisioningMs: () => settings.provisioningMs,
      deactivatingMs: () => settings.deactivatingMs,
    });
  }

  reset(): void {
    this.store.reset();
    this.faults.clear();
    this.limiter.reset();
    this.clearRequests();
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  seed(state: SeedState): void {
    this.store.seed(state);
  }

  snapshot(): LiveState {
    return this.store.snapshot();
  }

  configure(options: unknown): void {
    applyRuntimeOptions(this.settings, options);
  }
}
