/**
 * What the one bundle (dist/bundle/) exports: the action, which dist/index.js runs (action.yml's
 * `main`), and the command line, which dist/cli.js runs (the package's `bin`). One bundle, so the
 * two share one copy of the engine.
 */
export { run } from './main.js';
export { cli } from './cli.js';
