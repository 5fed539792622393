/**
 * The S3 side of the delivery check: one walk per bucket, prefix and key (streams that share a
 * destination path share its walk), all at once. Listing only: nothing is ever written (with
 * Object Lock a test object would stay for the retention period).
 */
import type { BucketClient, S3Credentials } from '../s3/bucket-client.js';
import { isS3Error } from '../s3/errors.js';
import { findNewest } from './newest.js';
import type { DeliveryProbe, DeliveryTarget } from './targets.js';
import type { ProbeOutcome } from './verdict.js';

/** S3 codes that mean the key may not list the bucket (or is not a key there). */
const DENIED = new Set(['AccessDenied', 'Forbidden', 'InvalidAccessKeyId', 'SignatureDoesNotMatch']);

/** What credentials would let the check list a bucket it could not. */
function credentialsHint(probe: DeliveryProbe, destination: string): string {
  return probe.credentialsFrom.startsWith('the s3_credentials')
    ? `give bucket ${probe.bucket}'s s3_credentials a key that may list it (unlimited in ${probe.region}, or limited with read_only or read_write on the bucket)`
    : `give destination ${destination} a key that may list bucket ${probe.bucket} (read_only or read_write on it), or declare the bucket under buckets: with s3_credentials that may`;
}

/** Walks every probe of `targets`; outcomes by stream label. Never rejects: a failed listing is that stream's outcome. */
export async function probeDelivery(targets: DeliveryTarget[], clientFor: (credentials: S3Credentials) => BucketClient): Promise<Map<string, ProbeOutcome>> {
  const walks = new Map<string, Promise<ProbeOutcome & { denied?: boolean }>>();
  const outcomes = await Promise.all(
    targets.map(async ({ stream, destination, target }): Promise<[string, ProbeOutcome] | undefined> => {
      if (target.kind !== 'probe') return undefined;
      const { probe } = target;
      const id = [probe.region, probe.bucket, probe.prefix, probe.credentials.accessKeyId].join('\0');
      let walk = walks.get(id);
      if (walk === undefined) {
        const client = clientFor(probe.credentials);
        const list = (prefix: string, token?: string) =>
          client.listObjects(probe.bucket, probe.region, { prefix, delimiter: '/', ...(token !== undefined ? { continuationToken: token } : {}) });
        walk = findNewest(list, probe.prefix).then(
          (result) => ({ kind: 'walked' as const, walk: result }),
          (error: unknown) => ({
            kind: 'failed' as const,
            why: error instanceof Error ? error.message : String(error),
            denied: isS3Error(error) && DENIED.has(error.code),
          }),
        );
        walks.set(id, walk);
      }
      const outcome = await walk;
      if (outcome.kind === 'walked') return [stream, outcome];
      const why = `could not list bucket ${probe.bucket} (${probe.region}) with ${probe.credentialsFrom}: ${outcome.why}${outcome.denied === true ? `; ${credentialsHint(probe, destination)}` : ''}`;
      return [stream, { kind: 'failed', why }];
    }),
  );
  return new Map(outcomes.filter((o): o is [string, ProbeOutcome] => o !== undefined));
}
