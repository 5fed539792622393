/** The local Linode Logs API emulator. No side effects on import: `startEmulator` does the work. */
export { startEmulator } from './server.js';
export { DEFAULTS as EMULATOR_DEFAULTS } from './settings.js';
export { EMULATOR_USER, FIRST_DESTINATION_ID, FIRST_STREAM_ID } from './store.js';
export { FIRST_CLUSTER_ID } from './lke.js';
export { FIRST_KEY_ID, TEST_OBJECT_NAME } from './object-storage.js';
export type {
  ApiVersion,
  BucketView,
  Emulator,
  EmulatorOptions,
  Fault,
  LogsFeature,
  RateLimitOptions,
  RequestLogEntry,
  ResourcesView,
  RuntimeOptions,
  S3RequestLogEntry,
  SeedBucket,
  SeedDestination,
  SeedLkeCluster,
  SeedObjectStorageKey,
  SeedState,
  SeedStream,
} from './types.js';
