/**
 * The `/__emulator/` endpoints, for driving an emulator that runs in another process (the demo,
 * the benchmark, `npm run emulator`). No auth, not rate-limited, not in the request log.
 */
import type { EmulatorCore } from './core.js';
import { FaultError } from './faults.js';
import { EMULATOR_REASONS } from './reasons.js';
import { fail, notFound, ok, type Reply } from './reply.js';
import { OptionsError, describeSettings } from './settings.js';
import { SeedError } from './store.js';
import type { SeedState } from './types.js';

export const CONTROL_PREFIX = '/__emulator/';

type Action = (core: EmulatorCore, body: unknown) => Reply;

const ENDPOINTS: Record<string, Record<string, Action>> = {
  requests: {
    GET: (core) => ok(core.requests),
    DELETE: (core) => {
      core.clearRequests();
      return ok({});
    },
  },
  faults: {
    GET: (core) => ok(core.faults.pending()),
    POST: (core, body) => {
      core.faults.add(body);
      return ok({});
    },
    DELETE: (core) => {
      core.faults.clear();
      return ok({});
    },
  },
  reset: {
    POST: (core) => {
      core.reset();
      return ok({});
    },
  },
  seed: {
    POST: (core, body) => {
      core.seed(body as SeedState);
      return ok(core.snapshot());
    },
  },
  state: { GET: (core) => ok(core.snapshot()) },
  /** One delivery round now: `{ "written": [keys] }`. */
  deliver: { POST: (core) => ok({ written: core.deliver() }) },
  resources: { GET: (core) => ok(core.resources()) },
  's3-requests': { GET: (core) => ok(core.s3Requests) },
  options: {
    GET: (core) => ok(describeSettings(core.settings)),
    POST: (core, body) => {
      core.configure(body);
      return ok(describeSettings(core.settings));
    },
  },
};

/** Answers one `/__emulator/...` request. */
export function handleControl(core: EmulatorCore, method: string, path: string, rawBody: string): Reply {
  const methods = ENDPOINTS[path.slice(CONTROL_PREFIX.length)];
  if (!methods) return notFound();
  const action = methods[method];
  if (!action) return { ...fail(405, EMULATOR_REASONS.methodNotAllowed), headers: { Allow: Object.keys(methods).join(', ') } };
  let body: unknown;
  try {
    body = rawBody.trim() === '' ? {} : JSON.parse(rawBody);
  } catch {
    return fail(400, EMULATOR_REASONS.invalidJson);
  }
  try {
    return action(core, body);
  } catch (error) {
    if (error instanceof FaultError || error instanceof OptionsError || error instanceof SeedError) {
      return fail(400, error.message);
    }
    throw error;
  }
}
