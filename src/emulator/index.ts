/** The local Linode Logs API emulator. No side effects on import: `startEmulator` does the work. */
export { startEmulator } from './server.js';
export { DEFAULTS as EMULATOR_DEFAULTS } from './settings.js';
export { EMULATOR_USER, FIRST_DESTINATION_ID, FIRST_STREAM_ID } from './store.js';
export type {
  ApiVersion,
  Emulator,
  EmulatorOptions,
  Fault,
  RateLimitOptions,
  RequestLogEntry,
  RuntimeOptions,
  SeedDestination,
  SeedState,
  SeedStream,
} from './types.js';
