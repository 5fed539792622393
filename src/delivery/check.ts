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
  targets: Promise<DeliveryTarget[]>;
  outcomes: Promise<Map<string, ProbeOutcome>>;
}

/**
 * Starts the S3 listings of every stream the file wants active, all at once. The S3 SDK is loaded
 * only when one destination can be listed. Never rejects: a failure is each stream's outcome.
 */
export function startDeliveryCheck(
  account: Pick<Account, 'buckets' | 'endpoints'>,
  desired: DesiredState,
  maxAgeMs: number,
  s3Endpoint: string | undefined,
): DeliveryCheck {
  // Without the workflow's s3-endpoint, S3 requests wait for Linode's endpoint listing anyway
  // (it names each region's endpoint): the targets use it too, at no extra round trip.
  const targets =
    s3Endpoint !== undefined ? Promise.resolve(deliveryTargets(desired)) : account.endpoints().then((read) => deliveryTargets(desired, read.endpoints));
  const outcomes = targets.then(async (all) => {
    const probed = all.filter((t) => t.target.kind === 'probe');
    if (probed.length === 0) return new Map<string, ProbeOutcome>();
    let pool: Awaited<ReturnType<Account['buckets']>>;
    try {
      pool = await account.buckets();
    } catch (error) {
      return new Map(probed.map((t): [string, ProbeOutcome] => [t.stream, { kind: 'failed', why: `the S3 client did not load: ${String(error)}` }]));
    }
    return probeDelivery(probed, (credentials) => pool.get(credentials));
  });
  // A listing that failed fails the run where the account is read; until judged, nothing waits on these.
  targets.catch(() => undefined);
  outcomes.catch(() => undefined);
  return { maxAgeMs, targets, outcomes };
}

/** Each stream's verdict, against the live streams, now. */
export async function judgeDelivery(check: DeliveryCheck, live: LiveState, now = Date.now()): Promise<DeliveryResult[]> {
  return deliveryVerdicts(await check.targets, await check.outcomes, live, now, check.maxAgeMs);
}
