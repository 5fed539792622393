import { connectAccount, readAccount, readKeysForCleanup, setupApply, type Account, type AccountState } from './account.js';
import { ConfigErrors, formatPath } from './config/errors.js';
import { readConfigFile } from './config/read-file.js';
import { startDeliveryCheck } from './delivery/check.js';
import type { DesiredState } from './config/types.js';
import { prepareComment, type CommentTarget } from './github/session.js';
import { getInputs, type ActionInputs, type LiveInputs } from './inputs.js';
import { refuseMissingSecrets, runApply } from './modes/apply.js';
import { runCheck } from './modes/check.js';
import { runOffline } from './modes/offline.js';
import { commentPlan } from './modes/plan.js';
import { planFingerprint } from './plan/fingerprint.js';
import { PlanError } from './plan/diff.js';
import { mayLeaveKeys } from './plan/keys.js';
import { planWithSetup } from './plan/setup.js';
import type { Plan } from './plan/types.js';
import { idsOf, reportPlan } from './report.js';
import { reportFailure } from './report-failure.js';
import { log, maskedEnv, registerSecret, setFailed, setOutput, ActionFailure, type FailureReason } from './reporting.js';

/**
 * The action: inputs → config → read the account → plan → report → comment, check or apply.
 * Nothing is sent anywhere before the file is valid.
 */
export async function run(): Promise<void> {
  let inputs: ActionInputs | undefined;
  const host: Host = {};
  try {
    inputs = getInputs();
    await execute(inputs, host);
  } catch (error) {
    if (inputs) await reportFailure(inputs, error, host.comment);
    fail(error);
  }
}

/** What the action and the command line (cli.ts) do differently around the one flow below. */
export interface Host {
  /**
   * Asked once the plan is shown and passed its checks, before apply writes: the terminal's
   * confirmation, in place of the approved-plan check on GitHub. The action has none.
   */
  confirmApply?: (plan: Plan) => Promise<boolean>;
  /** The plan comment's reads, started with the account's; kept here for the failure report. */
  comment?: Promise<CommentTarget | undefined>;
}

/** The flow of a run, from its inputs: the same for the action and the command line. */
export async function execute(inputs: ActionInputs, host: Host): Promise<void> {
  registerSecret(inputs.token);
  registerSecret(inputs.githubToken);
  // The path is the workflow's, the text is data (on a pull request, its author's): each value a
  // reference reads from the environment is masked as it is read.
  const config = await readConfigFile(inputs.configPath, maskedEnv(process.env), process.env.GITHUB_WORKSPACE || process.cwd());

  const live = liveInputs(inputs);
  if (live === undefined) return await runOffline(inputs, config);
  if (live.mode === 'apply') await refuseMissingSecrets(live, config);

  const account = connectAccount(live);
  try {
    // The plan comment's reads (the token's login, the pull request's comments) go out with the account's.
    const comment = (host.comment = live.mode === 'plan' ? prepareComment(live) : undefined);
    // check with max-delivery-age: the buckets are listed while the account is read.
    const delivery =
      live.mode === 'check' && live.maxDeliveryAgeMs !== undefined
        ? startDeliveryCheck(account, config.desired, live.maxDeliveryAgeMs, live.s3Endpoint)
        : undefined;
    const state = await readAccount(account, live, config.desired);
    const plan = await planAccount(account, live, config.desired, state);
    const fingerprint = planFingerprint(plan);
    await reportPlan(plan, fingerprint, live);
    const ids = idsOf(state.live, config.desired);
    switch (live.mode) {
      case 'plan':
        return await commentPlan(live, plan, fingerprint, ids, comment);
      case 'check':
        return await runCheck(live, plan, config.desired, state.live, account.logs, ids, delivery);
      case 'apply':
        return await runApply(
          live,
          config,
          plan,
          state.live,
          account.logs,
          account.tokenScopes(),
          () => setupApply(account, live, config.desired),
          host.confirmApply,
        );
      default: {
        const unreachable: never = live.mode;
        return unreachable;
      }
    }
  } finally {
    account.close();
  }
}

/** The inputs of a mode that reads the account; undefined for validate and without a token (a fork's pull request). */
function liveInputs(inputs: ActionInputs): LiveInputs | undefined {
  return inputs.mode !== 'validate' && inputs.token ? { ...inputs, mode: inputs.mode, token: inputs.token } : undefined;
}

/**
 * The plan from what was read. A plan that makes a live destination stop writing with its key may
 * leave a managed key behind: then the keys are read (unless they were) and the plan is made
 * again with them, so that it deletes that key too. A plan with nothing to change never lists them.
 */
async function planAccount(account: Account, inputs: LiveInputs, desired: DesiredState, { live, setup }: AccountState): Promise<Plan> {
  const options = { rotateSecrets: inputs.rotateSecrets, verifyDestinations: inputs.verifyDestinations };
  const plan = planWithSetup(desired, live, setup, options);
  if (setup.keys !== undefined || setup.keysUnread !== undefined || !mayLeaveKeys(plan, live)) return plan;
  return planWithSetup(desired, live, { ...setup, ...(await readKeysForCleanup(account)) }, options);
}

/** The step's failure (the command line's too): an invalid file as annotations on it, anything else as one message; each with its `failure-reason`. */
export function fail(error: unknown): void {
  if (error instanceof ConfigErrors) {
    for (const e of error.errors) {
      const where = formatPath(e.path);
      const at = e.line > 0 ? { startLine: e.line, startColumn: e.col } : {};
      log.error(where ? `${where}: ${e.message}` : e.message, { file: e.file, ...at, title: 'Invalid Linode logs config' });
    }
    setOutput('failure-reason', 'invalid-config');
    setFailed(error.message);
    return;
  }
  setOutput('failure-reason', failureReason(error));
  setFailed(error instanceof Error ? error.message : String(error));
}

function failureReason(error: unknown): FailureReason {
  if (error instanceof ActionFailure) return error.reason;
  if (error instanceof PlanError && error.refusal !== 'unmatched') return error.refusal;
  return error instanceof Error && error.name === 'InputError' ? 'invalid-input' : 'api-error';
}
