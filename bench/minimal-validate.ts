// The least an action on the project's stack can do to validate the example: @actions/core for
// its inputs and log, the config loader (the `yaml` library and the rules), bundled by ncc as
// dist/ is. The yardstick that shows what of `validate`'s time is the stack's (bench/README.md).
import * as core from '@actions/core';
import { readConfigFile } from '../src/config/read-file.js';

const config = await readConfigFile(core.getInput('config'), process.env, process.cwd());
core.info(`valid: ${config.desired.destinations.length} destinations`);
