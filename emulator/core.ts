import type { LiveState } from '../src/linode/types.js';
import { deliverOnce } from './delivery.js';
import { FaultList } from './faults.js';
import { LkeStore } from './lke.js';
import { ObjectStorage } from './object-storage.js';
import { RateLimiter } from './rate-limit.js';
import { applyRuntimeOptions, resolveSettings, type Settings } from './settings.js';
import { SeedError, Store, timestamp } from './store.js';
import type { BucketView, EmulatorOptions, RequestLogEntry, ResourcesView, S3RequestLogEntry, SeedState } from './types.js';

/** Everything the emulator holds, independent of HTTP: shared by the server and the control endpoints. */
export class EmulatorCore {
  readonly settings: Settings;
  readonly store: Store;
  readonly faults = new FaultList();
  readonly limiter = new RateLimiter();
  /** Cleared in place, so a reference handed out stays live. */
  readonly requests: RequestLogEntry[] = [];
  /** The S3 endpoint's requests; cleared with `requests`. */
  readonly s3Requests: S3RequestLogEntry[] = [];
  readonly objectStorage: ObjectStorage;
  readonly lke: LkeStore;

  constructor(options: EmulatorOptions) {
    this.settings = resolveSettings(options);
    const settings = this.settings;
    this.store = new Store({
      clock: () => settings.clock(),
      provisioningMs: () => settings.provisioningMs,
      deactivatingMs: () => settings.deactivatingMs,
    });
    this.objectStorage = new ObjectStorage(() => settings.clock());
    this.lke = new LkeStore(() => settings.clock());
    this.scheduleDelivery();
  }

  private deliveryTimer: ReturnType<typeof setInterval> | undefined;
  private deliveryEvery = 0;

  /** One delivery round now; the keys written. */
  deliver(): string[] {
    return deliverOnce(this.store, this.objectStorage, this.settings.credentials, this.settings.clock());
  }

  /** (Re)starts the delivery timer after `deliveryMs` changed; never keeps the process alive. */
  private scheduleDelivery(): void {
    if (this.deliveryEvery === this.settings.deliveryMs) return;
    this.stopDelivery();
    this.deliveryEvery = this.settings.deliveryMs;
    if (this.deliveryEvery > 0) {
      this.deliveryTimer = setInterval(() => this.deliver(), this.deliveryEvery);
      this.deliveryTimer.unref();
    }
  }

  stopDelivery(): void {
    if (this.deliveryTimer !== undefined) clearInterval(this.deliveryTimer);
    this.deliveryTimer = undefined;
    this.deliveryEvery = 0;
  }

  reset(): void {
    this.store.reset();
    this.objectStorage.reset();
    this.lke.reset();
    this.faults.clear();
    this.limiter.reset();
    this.clearRequests();
  }

  clearRequests(): void {
    this.requests.length = 0;
    this.s3Requests.length = 0;
  }

  /** All or nothing: every part is checked before any is put in. */
  seed(state: SeedState): void {
    if (typeof state !== 'object' || state === null) throw new SeedError('seed must be an object');
    const listOf = <T>(value: T[] | undefined, name: string): T[] => {
      if (value !== undefined && !Array.isArray(value)) throw new SeedError(`${name} must be a list`);
      return value ?? [];
    };
    const commitObjectStorage = this.objectStorage.prepareSeed(listOf(state.objectStorageKeys, 'objectStorageKeys'), listOf(state.buckets, 'buckets'));
    const commitLke = this.lke.prepareSeed(listOf(state.lkeClusters, 'lkeClusters'));
    this.store.seed(state);
    commitObjectStorage();
    commitLke();
  }

  resources(): ResourcesView {
    const buckets: BucketView[] = this.objectStorage.bucketRecords().map((b) => ({
      name: b.name,
      region: b.region,
      objectLock: b.objectLock,
      retention: b.retention === null ? null : { ...b.retention },
      objects: [...b.objects.values()].map((o) => ({
        key: o.key,
        size: o.body.length,
        retainUntil: o.retainUntil === null ? null : timestamp(o.retainUntil),
      })),
    }));
    return {
      objectStorageKeys: this.objectStorage.keyRecords().map((k) => this.objectStorage.keyView(k)),
      lkeClusters: this.lke.records().map((c) => this.lke.view(c)),
      buckets,
    };
  }

  snapshot(): LiveState {
    return this.store.snapshot();
  }

  configure(options: unknown): void {
    applyRuntimeOptions(this.settings, options);
    this.scheduleDelivery();
  }
}
