export { ConfigError, ConfigErrors, formatPath } from './errors.js';
export { missingEnv } from './env-refs.js';
export { configJsonSchema } from './json-schema.js';
export { DEFAULT_CONFIG_PATH, loadConfig } from './load.js';
export { readConfigFile } from './read-file.js';
export { readConfigText } from './read-text.js';
export * from './types.js';
