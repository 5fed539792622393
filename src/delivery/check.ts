/**
 * The delivery check of `check` with `max-delivery-age`: started with the account's reads (the
 * walks need only the file), judged once the live streams are known.
 */
import type { Account } from '../account.js';
import type { DesiredState } from '../config/types.js';
import type { LiveState } from '../linode/types.js';
import { probeDelivery } from './probe.js';
import { deliveryTargets, type DeliveryTarget } from './targets.js';
import { deliveryVerdicts, type DeliveryResult, type ProbeOutcome } from './verdict.js';

/** The walks under way, and how to judge them. */
export interface DeliveryCheck {
  maxAgeMs: number;
  targets: DeliveryTarget[];
  outcomes: Promise<Map<string, ProbeOutcome>>;
}

/**
 * Starts the S3 listings of every stream the file wants active, all at once. The S3 SDK is loaded
 * only when one destination can be listed. Never rejects: a failure is each stream's outcome.
 */
export function startDeliveryCheck(account: Pick<Account, 'buckets'>, desired: DesiredState, maxAgeMs: number): DeliveryCheck {
  const targets = deliveryTargets(desired);
  const probed = targets.filter((t) => t.target.kind === 'probe');
  const outcomes =
    probed.length === 0
      ? Promise.resolve(new Map<string, ProbeOutcome>())
      : account.buckets().then(
          (pool) => probeDelivery(probed, (credentials) => pool.get(credentials)),
          (error: unknown) =>
            new Map(probed.map((t): [string, ProbeOutcome] => [t.stream, { kind: 'failed', why: `the S3 client did not load: ${String(error)}` }])),
        );
  return { maxAgeMs, targets, outcomes };
}

/** Each stream's verdict, against the live streams, now. */
export async function judgeDelivery(check: DeliveryCheck, live: LiveState, now = Date.now()): Promise<DeliveryResult[]> {
  return deliveryVerdicts(check.targets, await check.outcomes, live, now, check.maxAgeMs);
}
