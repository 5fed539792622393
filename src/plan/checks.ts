/**
 * The pre-flight checks of a setup plan, made purely from the plan and what was read: each
 * destination's host, bucket access and Object Lock, the API's destination check, the LKE
 * clusters of audit-log streams, and the managed keys a plan may leave when they were not read.
 */
import type { DesiredDestination, DesiredState, DesiredStream } from '../config/types.js';
import type { ObjectStorageKey } from '../linode/account-types.js';
import { bucketOfHost } from '../linode/rules.js';
import type { LiveState } from '../linode/types.js';
import { bucketHost, endpointOfHost, endpointsOfRegion, regionOfHost, type TrustedEndpoint } from '../s3/endpoint.js';
import { describeRetention, retentionChange } from '../s3/retention.js';
import { clusterList, type ClusterIndex } from './clusters.js';
import { keepsKey, managedKeyPrefix } from './keys.js';
import type { DestinationVerification, LiveSetup } from './live-setup.js';
import type { Change, Check, CheckStatus, Plan } from './types.js';
import { textOf, tierOf } from './values.js';

const CHECK = {
  host: 'host matches bucket and region',
  reachable: 'bucket reachable with its key',
  objectLock: 'Object Lock retention',
  verify: 'API destination check',
  clusters: 'LKE clusters with audit logs',
  staleKeys: 'old managed key deleted',
} as const;

function check(subject: string, name: string, status: CheckStatus, detail: string): Check {
  return { subject, check: name, status, detail };
}

/**
 * The checks of each destination of the file, then of each `lke_audit_logs` stream: what
 * `plan` will do is taken into account (a bucket or key it creates makes a check pending).
 */
export function preflightChecks(
  desired: DesiredState,
  streams: DesiredStream[],
  plan: Plan,
  setup: LiveSetup,
  clusters: ClusterIndex,
  currentKeys: Map<string, ObjectStorageKey>,
  verifyDestinations: boolean | undefined,
): Check[] {
  const checks: Check[] = [];
  const buckets = new Map((desired.buckets ?? []).map((b) => [b.name, b]));
  // By kind and label, once: a lookup per destination, not a scan of every change (thousands at scale).
  const changes = new Map<string, Change>();
  for (const c of plan.changes) if (!changes.has(`${c.kind}\0${c.label}`)) changes.set(`${c.kind}\0${c.label}`, c);
  const changeOf = (kind: Change['kind'], label: string) => changes.get(`${kind}\0${label}`);
  for (const destination of desired.destinations) {
    const subject = `destination ${destination.label}`;
    const bucketName = textOf(destination.details.bucket_name);
    const host = textOf(destination.details.host);
    const declared = bucketName === undefined ? undefined : buckets.get(bucketName);
    const bucketChange = bucketName === undefined ? undefined : changeOf('bucket', bucketName);
    const destinationChange = changeOf('destination', destination.label);

    if (destination.type === 'akamai_object_storage') {
      // Host: the bucket's own host in the bucket's region. Both are required, literal fields: a
      // file without them does not get this far.
      if (host === undefined || bucketName === undefined) {
        checks.push(check(subject, CHECK.host, 'skipped', 'bucket_name or host is missing'));
      } else {
        checks.push(hostCheck(subject, host, bucketName, declared?.region, setup.endpoints));
      }

      // Reachable with the destination's own key.
      const bucketCreated = bucketChange?.action === 'create';
      if (destination.managedKey !== undefined) {
        const { bucket, region } = destination.managedKey;
        const current = currentKeys.get(destination.label);
        const rotates = destinationChange !== undefined && destinationChange.action !== 'noop';
        if (rotates || current === undefined) {
          checks.push(
            check(
              subject,
              CHECK.reachable,
              'pending',
              `${bucketCreated ? `bucket ${bucket} is created by this plan; ` : ''}a new key limited to read_write on ${bucket} (${region}) is created by this plan`,
            ),
          );
        } else {
          checks.push(check(subject, CHECK.reachable, 'pass', `managed key ${current.label} (#${current.id}) has read_write on ${bucket} (${region}) only`));
        }
      } else {
        const seen = setup.destinationAccess[destination.label];
        if (seen === undefined) {
          // Decided: HeadBucket only for buckets under buckets: (their endpoint is known); the API's check covers the rest.
          checks.push(
            check(
              subject,
              CHECK.reachable,
              'skipped',
              `bucket ${bucketName ?? '(none)'} is not under buckets:, so its S3 endpoint is not known; declare it there to check, or set verify-destinations: true for the API's check`,
            ),
          );
        } else if (seen.kind === 'unread') {
          checks.push(check(subject, CHECK.reachable, 'skipped', seen.why));
        } else if (seen.reach === 'exists') {
          checks.push(check(subject, CHECK.reachable, 'pass', `HeadBucket ${bucketName} with the destination's key: OK`));
        } else if (seen.reach === 'missing') {
          checks.push(
            bucketCreated
              ? check(subject, CHECK.reachable, 'pending', `bucket ${bucketName} is created by this plan; the key must have read_write on it`)
              : check(subject, CHECK.reachable, 'fail', `bucket ${bucketName} does not exist: declare it under buckets: to have it created`),
          );
        } else {
          checks.push(
            check(
              subject,
              CHECK.reachable,
              bucketCreated ? 'pending' : 'fail',
              `the destination's key may not use bucket ${bucketName} (403): give the key read_write on it, or use access_key: managed`,
            ),
          );
        }
      }

      // Object Lock with at least the declared retention.
      if (declared?.objectLock !== undefined) {
        const wanted = describeRetention(declared.objectLock);
        const observed = setup.buckets[declared.name];
        const lock = observed?.kind === 'read' ? observed.lock : undefined;
        const live = lock?.status === 'enabled' ? lock.retention : null;
        const change = retentionChange(live, declared.objectLock);
        if (observed?.kind === 'unread') checks.push(check(subject, CHECK.objectLock, 'skipped', observed.why));
        else if (bucketChange?.action === 'create') checks.push(check(subject, CHECK.objectLock, 'pending', `bucket created with Object Lock, ${wanted}`));
        else if (bucketChange?.action === 'update' && change.kind === 'update')
          checks.push(check(subject, CHECK.objectLock, 'pending', `default retention raised to ${describeRetention(change.to)} by this plan`));
        else if (change.kind === 'kept' && live !== null)
          checks.push(
            check(
              subject,
              CHECK.objectLock,
              'pass',
              `Object Lock on, default retention ${describeRetention(live)}: at least the declared ${wanted} (kept; the action only ever raises a retention)`,
            ),
          );
        else checks.push(check(subject, CHECK.objectLock, 'pass', `Object Lock on, default retention ${wanted}`));
      } else {
        const lock = declared ? setup.buckets[declared.name] : setup.destinationAccess[destination.label];
        const state = lock?.kind === 'read' ? lock.lock : undefined;
        if (lock?.kind === 'unread') checks.push(check(subject, CHECK.objectLock, 'skipped', lock.why));
        else if (state === undefined)
          checks.push(
            check(
              subject,
              CHECK.objectLock,
              'skipped',
              declared || lock ? 'the bucket could not be read' : 'no retention declared (buckets: … object_lock:), and the bucket is not read',
            ),
          );
        else if (state.status === 'unreadable') checks.push(check(subject, CHECK.objectLock, 'skipped', state.reason));
        else if (state.status === 'disabled')
          checks.push(check(subject, CHECK.objectLock, 'warn', `bucket ${bucketName} has no Object Lock: delivered logs can be deleted or overwritten`));
        else
          checks.push(
            check(
              subject,
              CHECK.objectLock,
              'pass',
              state.retention ? `Object Lock on, default retention ${describeRetention(state.retention)}` : 'Object Lock on, no default retention',
            ),
          );
      }
    }

    if (verifyDestinations) checks.push(verifyCheck(destination, destinationChange, bucketChange, setup.verified?.[destination.label]));
  }

  for (const stream of streams) {
    if (stream.type !== 'lke_audit_logs') continue;
    const subject = `stream ${stream.label}`;
    if (stream.details?.is_auto_add_all_clusters_enabled === true) {
      checks.push(check(subject, CHECK.clusters, 'skipped', 'is_auto_add_all_clusters_enabled: every cluster, including future ones'));
      continue;
    }
    if (!clusters.read) {
      checks.push(check(subject, CHECK.clusters, 'skipped', setup.clustersUnread ?? 'the LKE clusters were not read in this run'));
      continue;
    }
    const problems: string[] = [];
    const pending: string[] = [];
    const fine: string[] = [];
    for (const id of stream.details?.cluster_ids ?? []) {
      const cluster = clusters.byId.get(id);
      if (cluster === undefined) problems.push(`no LKE cluster #${id} on the account (${clusterList(clusters.all)}): fix cluster_ids`);
      else if (cluster.tier !== 'enterprise')
        problems.push(`${cluster.label} (#${id}) is ${tierOf(cluster)}: Kubernetes API audit logs exist only on LKE Enterprise clusters`);
      else if (cluster.control_plane.audit_logs_enabled) fine.push(`${cluster.label} (#${id})`);
      else if (changeOf('lke_cluster', cluster.label)?.action === 'update') pending.push(`${cluster.label} (#${id}) gets audit logs by this plan`);
      else problems.push(`${cluster.label} (#${id}) has audit logs off: add it under lke_clusters: with audit_logs: true`);
    }
    if (problems.length > 0) checks.push(check(subject, CHECK.clusters, 'fail', [...problems, ...pending, ...fine].join('; ')));
    else if (pending.length > 0) checks.push(check(subject, CHECK.clusters, 'pending', [...pending, ...fine.map((f) => `${f} on`)].join('; ')));
    else checks.push(check(subject, CHECK.clusters, 'pass', `${fine.join(', ')}: audit logs on`));
  }
  return checks;
}

/**
 * The host of an Object Storage destination: `<bucket_name>.<s3_endpoint>` of an endpoint of the
 * bucket's region (the declared bucket's, else the one whose endpoint the host is under), from
 * Linode's listing when it was read; else `<bucket>.<region>-1.linodeobjects.com`.
 */
function hostCheck(subject: string, host: string, bucketName: string, declaredRegion: string | undefined, endpoints: TrustedEndpoint[] | undefined): Check {
  const hostBucket = bucketOfHost(host);
  if (endpoints !== undefined) {
    if (declaredRegion !== undefined) {
      const listed = endpointsOfRegion(endpoints, declaredRegion);
      if (listed.length > 0) {
        const match = listed.find((e) => host === `${bucketName}.${e.s3_endpoint}`);
        return match !== undefined
          ? check(subject, CHECK.host, 'pass', `${host}: bucket ${bucketName} in ${declaredRegion}, endpoint ${match.s3_endpoint}`)
          : check(
              subject,
              CHECK.host,
              'fail',
              `host is ${host}; bucket ${bucketName} is in ${declaredRegion}, whose endpoint${listed.length > 1 ? 's are' : ' is'} ${listed.map((e) => e.s3_endpoint).join(', ')}: use ${bucketName}.${listed[0]!.s3_endpoint}`,
            );
      }
      // A region Linode does not list: today's rule below.
    } else {
      const endpoint = endpointOfHost(host, endpoints);
      if (endpoint !== undefined) {
        return host === `${bucketName}.${endpoint.s3_endpoint}`
          ? check(subject, CHECK.host, 'pass', `${host}: bucket ${bucketName} in ${endpoint.region}, endpoint ${endpoint.s3_endpoint}`)
          : check(subject, CHECK.host, 'fail', `host ${host} does not name bucket ${bucketName}: use ${bucketName}.${endpoint.s3_endpoint}`);
      }
    }
  }
  if (declaredRegion !== undefined) {
    const expected = bucketHost(bucketName, declaredRegion);
    return host === expected
      ? check(subject, CHECK.host, 'pass', `${host}: bucket ${bucketName} in ${declaredRegion}`)
      : check(subject, CHECK.host, 'fail', `host is ${host}; bucket ${bucketName} is in ${declaredRegion}: use ${expected}`);
  }
  const region = regionOfHost(host);
  if (hostBucket !== undefined && hostBucket !== bucketName) {
    return check(subject, CHECK.host, 'fail', `host ${host} names bucket ${hostBucket}, not ${bucketName}`);
  }
  if (region === undefined) {
    return check(subject, CHECK.host, 'warn', `${host} is not a <bucket>.<region>-1.linodeobjects.com host: its region cannot be checked`);
  }
  return check(subject, CHECK.host, 'pass', `${host}: bucket ${bucketName} in ${region}`);
}

const VERIFY_CALL = 'POST /monitor/streams/destinations/verify';

/**
 * The API's destination check (`verify-destinations: true`), as asked at plan time. A managed
 * key's secret is known only to the run that makes it, so a managed destination is checked by
 * apply, before it is written with a new key.
 */
function verifyCheck(
  destination: DesiredDestination,
  change: Change | undefined,
  bucketChange: Change | undefined,
  verified: DestinationVerification | undefined,
): Check {
  const subject = `destination ${destination.label}`;
  const writes = change !== undefined && change.action !== 'noop' && change.action !== 'delete';
  const inApply = writes ? `; apply runs it before the ${change.action === 'update' ? 'update' : 'create'}` : '';
  if (destination.managedKey !== undefined) {
    return writes
      ? check(
          subject,
          CHECK.verify,
          'pending',
          `a new managed key is made by this plan: apply runs ${VERIFY_CALL} with it before the ${change.action === 'update' ? 'update' : 'create'}`,
        )
      : check(subject, CHECK.verify, 'skipped', `the managed key's secret is known only when it is made: apply runs ${VERIFY_CALL} before each rotation`);
  }
  if (verified === undefined) return check(subject, CHECK.verify, 'skipped', `not verified in this run${inApply}`);
  switch (verified.kind) {
    case 'accepted':
      return check(
        subject,
        CHECK.verify,
        'pass',
        `${VERIFY_CALL}: accepted${destination.type === 'akamai_object_storage' ? ' (a test object was written into the bucket)' : ''}`,
      );
    case 'refused':
      return check(subject, CHECK.verify, 'fail', `${VERIFY_CALL} refused it: ${verified.reason}`);
    case 'unverified':
      if (verified.bucketMissing && bucketChange?.action === 'create') {
        return check(subject, CHECK.verify, 'pending', `its bucket is created by this plan${inApply}`);
      }
      return check(subject, CHECK.verify, 'skipped', `${verified.why}${inApply}`);
    default: {
      const never: never = verified;
      throw new Error(`unhandled verification ${String(never)}`);
    }
  }
}

/**
 * When the keys could not be read: a warning for each live Object Storage destination that stops
 * writing with its key in this plan, as that key may be a managed one that would stay behind.
 */
export function keyCleanupChecks(live: LiveState, destinationChanges: Change[], keysUnread: string | undefined): Check[] {
  if (keysUnread === undefined) return [];
  const changeOf = new Map(destinationChanges.map((c) => [c.label, c]));
  return live.destinations
    .filter(
      (d) => d.type === 'akamai_object_storage' && typeof d.details.access_key_id === 'string' && !keepsKey(changeOf.get(d.label), d.details.access_key_id),
    )
    .map((d) =>
      check(
        `destination ${d.label}`,
        CHECK.staleKeys,
        'warn',
        `${keysUnread}. If it writes with a managed key (${managedKeyPrefix(d.label)}…), that key stays after this plan: delete it by hand`,
      ),
    );
}

/** The checks that block apply. */
export function failedChecks(plan: Plan): Check[] {
  return (plan.checks ?? []).filter((c) => c.status === 'fail');
}
