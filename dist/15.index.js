export const id = 15;
export const ids = [15];
export const modules = {

/***/ 5228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ mapWithConcurrency)
/* harmony export */ });
/** Runs `task` over `items` with at most `limit` in flight, keeping results in item order. */
async function mapWithConcurrency(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
    return results;
}


/***/ }),

/***/ 2143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jm: () => (/* binding */ isEnvRef),
/* harmony export */   W9: () => (/* binding */ isManagedKeyRef)
/* harmony export */ });
/* unused harmony export usesSetup */
function isEnvRef(value) {
    return typeof value === 'object' && value !== null && value.kind === 'env';
}
function isManagedKeyRef(value) {
    return typeof value === 'object' && value !== null && value.kind === 'managed-key';
}
/** Whether a file uses any part of the setup beyond destinations and streams. */
function usesSetup(desired) {
    return ((desired.buckets?.length ?? 0) > 0 ||
        (desired.lkeClusters?.length ?? 0) > 0 ||
        desired.destinations.some((d) => d.managedKey !== undefined) ||
        desired.streams.some((s) => s.clusterRefs !== undefined));
}


/***/ }),

/***/ 460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ groupBy)
/* harmony export */ });
/** The items under each key, in the order they come; one pass, each list appended to in place. */
function groupBy(items, keyOf, valueOf = (item) => item) {
    const groups = new Map();
    for (const item of items) {
        const key = keyOf(item);
        const group = groups.get(key);
        if (group === undefined)
            groups.set(key, [valueOf(item)]);
        else
            group.push(valueOf(item));
    }
    return groups;
}


/***/ }),

/***/ 4820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ MAX_TEXT_LENGTH),
/* harmony export */   IL: () => (/* binding */ bucketNameProblems),
/* harmony export */   K8: () => (/* binding */ bucketOfHost),
/* harmony export */   Zm: () => (/* binding */ isValidEndpointUrl),
/* harmony export */   b9: () => (/* binding */ API_REASONS),
/* harmony export */   hc: () => (/* binding */ DATA_COMPRESSIONS),
/* harmony export */   iS: () => (/* binding */ isForbiddenHeaderName),
/* harmony export */   mM: () => (/* binding */ STREAM_LABEL_MIN_LENGTH),
/* harmony export */   nE: () => (/* binding */ FORBIDDEN_CUSTOM_HEADER_NAMES),
/* harmony export */   nd: () => (/* binding */ streamStatusMayBe),
/* harmony export */   yw: () => (/* binding */ CONTENT_TYPES),
/* harmony export */   z8: () => (/* binding */ AUTHENTICATION_TYPES)
/* harmony export */ });
/* unused harmony export MAX_LENGTH_REASON */
/**
 * The Linode Logs API's own validation rules and error texts, as facts. One source for the
 * emulator (which answers 400 with them) and the config validator (which reports them against
 * the YAML file before anything is changed).
 */
const MAX_TEXT_LENGTH = 255;
const MAX_LENGTH_REASON = 'Length must be 255 characters or less.';
const STREAM_LABEL_MIN_LENGTH = 3;
/** Custom headers the platform sets itself; the API refuses them case-insensitively. */
const FORBIDDEN_CUSTOM_HEADER_NAMES = ['content-type', 'encoding', 'authorization', 'host', 'akamai'];
const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8'];
const DATA_COMPRESSIONS = ['gzip', 'None'];
const AUTHENTICATION_TYPES = ['basic', 'none'];
/**
 * An Object Storage host names its bucket as the first label(s): `<bucket>.<cluster>.linodeobjects.com`
 * (or an S3 host). The API refuses a host whose bucket differs from `bucket_name`.
 */
const OBJECT_STORAGE_HOST = /^(?<bucket>[a-z0-9-.]+)\.(?:s3(?:-accesspoint)?\.[a-z0-9-]+\.amazonaws\.com|[a-z0-9-]+\.linodeobjects\.com)$/;
/** The bucket a host names, or undefined when the host is not a recognised Object Storage host. */
function bucketOfHost(host) {
    return OBJECT_STORAGE_HOST.exec(host)?.groups?.bucket;
}
/** Bucket-name rules of Linode Object Storage (S3-compatible). Returns the reasons it breaks. */
function bucketNameProblems(name) {
    const problems = [];
    if (name.length < 3 || name.length > 63)
        problems.push('Bucket name must be between 3 and 63 characters.');
    if (/\s/.test(name))
        problems.push('Bucket name must not contain spaces.');
    if (!/^[a-z0-9].*[a-z0-9]$/.test(name)) {
        problems.push('Bucket name must start and end with a lowercase letter or number.');
    }
    if (!/^(?!.*[.-]{2})[a-z0-9.-]+$/.test(name)) {
        problems.push('Bucket name must contain only lowercase letters, numbers, periods (.), and hyphens (-). Adjacent periods and hyphens are not allowed.');
    }
    return problems;
}
/** The endpoint URL rule of custom HTTPS destinations. */
function isValidEndpointUrl(url) {
    return /^(https?:\/\/)?([\w-]+(\.[\w-]+)+)(\/\S*)?$/.test(url);
}
function isForbiddenHeaderName(name) {
    return FORBIDDEN_CUSTOM_HEADER_NAMES.includes(name.trim().toLowerCase());
}
/** Error texts the real API answers with; code that depends on one names it. */
const API_REASONS = {
    invalidToken: 'Invalid Token',
    /** A valid token without the scope an endpoint needs (the API does not name the scope). */
    tokenNotAuthorized: 'Your OAuth token is not authorized to use this endpoint.',
    /** The API's 403 text, e.g. for an account without access to a feature. */
    unauthorized: 'Unauthorized',
    notFound: 'Not found',
    destinationNotFound: 'Destination not found',
    mustContainOne: 'Must contain one item',
    unableToEditStream: 'Unable to edit Stream at this time',
    destinationAttached: 'Unable to delete Destination attached to active or inactive Stream',
    /** A destination create that fails its credential test (a test object write) says only this. */
    anErrorOccurred: 'An error occurred',
    streamQuota: 'Stream limit reached for this type',
    typeImmutable: 'Type cannot be changed',
    tooManyRequests: 'Too many requests',
};
/**
 * Whether a stream whose status is `live` is, or may be on its way to, `desired`. The API does
 * not say what a `provisioning` stream was asked to become: a new or repointed stream is
 * `provisioning` whatever status it was given, so that matches either; `deactivating` (after
 * setting `inactive`) ends as `inactive`.
 */
function streamStatusMayBe(live, desired) {
    switch (live) {
        case 'provisioning':
            return true;
        case 'deactivating':
            return desired === 'inactive';
        default:
            return live === desired;
    }
}


/***/ }),

/***/ 9630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S4: () => (/* binding */ requiredScope),
/* harmony export */   eX: () => (/* binding */ scopesGrant)
/* harmony export */ });
/* unused harmony exports SCOPE_AREAS, ALL_SCOPES */
/**
 * OAuth scopes of the Linode API, as facts: which scope each endpoint this project uses needs.
 * One source for the emulator (which refuses a token without it) and the client (whose error
 * names the missing scope).
 */
/** The API areas the action touches; a token scope is `<area>:read_only` or `<area>:read_write`. */
const SCOPE_AREAS = (/* unused pure expression or super */ null && (['monitor', 'object_storage', 'lke']));
/** Every scope; a personal access token with all of them is what `*` means. */
const ALL_SCOPES = '*';
const AREA_OF_PATH = [
    [/^\/monitor(\/|$)/, 'monitor'],
    [/^\/object-storage(\/|$)/, 'object_storage'],
    [/^\/lke(\/|$)/, 'lke'],
];
/**
 * The scope a request needs, from its method and its path below the version (`/lke/clusters/7`).
 * Reads need `read_only`; anything else needs `read_write`. Undefined for paths outside
 * {@link SCOPE_AREAS}.
 */
function requiredScope(method, apiPath) {
    const area = AREA_OF_PATH.find(([pattern]) => pattern.test(apiPath))?.[1];
    if (area === undefined)
        return undefined;
    return `${area}:${method.toUpperCase() === 'GET' ? 'read_only' : 'read_write'}`;
}
/** Whether a token's scopes grant `needed`: `read_write` includes `read_only`, `*` includes all. */
function scopesGrant(granted, needed) {
    if (granted.includes(ALL_SCOPES) || granted.includes(needed))
        return true;
    const [area, level] = needed.split(':');
    return level === 'read_only' && granted.includes(`${area}:read_write`);
}


/***/ }),

/***/ 9015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runLive: () => (/* binding */ runLive)
});

// EXTERNAL MODULE: ./src/apply/pool.ts
var pool = __webpack_require__(5228);
// EXTERNAL MODULE: ./src/linode/scopes.ts
var linode_scopes = __webpack_require__(9630);
// EXTERNAL MODULE: ./src/linode/rules.ts
var rules = __webpack_require__(4820);
// EXTERNAL MODULE: ./src/s3/endpoint.ts
var endpoint = __webpack_require__(8405);
// EXTERNAL MODULE: ./src/s3/retention.ts
var retention = __webpack_require__(9536);
// EXTERNAL MODULE: ./src/group.ts
var group = __webpack_require__(460);
// EXTERNAL MODULE: ./src/plan/values.ts
var values = __webpack_require__(6057);
;// CONCATENATED MODULE: ./src/plan/clusters.ts


/** The index of the clusters read (`undefined`: not read). */
function clusterIndex(clusters) {
    const byLabel = (0,group/* groupBy */.$)(clusters ?? [], (c) => c.label);
    return { read: clusters !== undefined, byId: new Map((clusters ?? []).map((c) => [c.id, c])), byLabel, all: clusters ?? [] };
}
/** `clusters: prod (#7), dev (#8)`, or that there are none. */
function clusterList(list) {
    return list.length === 0 ? 'the account has none' : `clusters: ${list.map((c) => `${c.label} (#${c.id})`).join(', ')}`;
}
/**
 * The changes of `lke_clusters:`: audit logs turned on where they are off. A cluster that does
 * not exist, or is not LKE Enterprise, is a problem (pushed onto `problems`).
 */
function planClusters(entries, clusters, problems) {
    return entries.flatMap((entry) => {
        const cluster = findCluster(entry.ref, clusters, problems, `lke_clusters.${entry.ref}`);
        if (cluster === undefined)
            return [];
        if (cluster.tier !== 'enterprise') {
            problems.push(`LKE cluster "${cluster.label}" (#${cluster.id}) is tier ${cluster.tier}: Kubernetes API audit logs exist only on LKE Enterprise clusters. ` +
                'Remove it from lke_clusters (and from any stream\'s cluster_ids), or stream the audit logs of an LKE Enterprise cluster.');
            return [];
        }
        const base = { kind: 'lke_cluster', label: cluster.label, id: cluster.id };
        if (cluster.control_plane.audit_logs_enabled)
            return [{ ...base, action: 'noop' }];
        return [
            {
                ...base,
                action: 'update',
                // LKE clusters have no version: an edit after the plan is not detected (the update is idempotent).
                version: 0,
                reason: 'fields',
                desired: { auditLogs: true },
                fields: [{ path: 'control_plane.audit_logs_enabled', before: (0,values/* value */.U)(false), after: (0,values/* value */.U)(true) }],
            },
        ];
    });
}
function findCluster(ref, index, problems, where) {
    if (!index.read)
        throw new Error('internal error: LKE clusters were not read');
    if (typeof ref === 'number') {
        const cluster = index.byId.get(ref);
        if (cluster === undefined)
            problems.push(`${where}: no LKE cluster #${ref} on the account (${clusterList(index.all)})`);
        return cluster;
    }
    const matches = index.byLabel.get(ref) ?? [];
    if (matches.length === 0)
        problems.push(`${where}: no LKE cluster labelled "${ref}" on the account (${clusterList(index.all)})`);
    if (matches.length > 1)
        problems.push(`${where}: ${matches.length} LKE clusters are labelled "${ref}" (ids ${matches.map((c) => c.id).join(', ')}); name the one you mean by id`);
    return matches.length === 1 ? matches[0] : undefined;
}
/** A stream that names clusters by label, with their ids in `cluster_ids` (a cluster not found is a problem). */
function resolveClusterRefs(stream, index, problems) {
    if (stream.clusterRefs === undefined)
        return stream;
    const ids = stream.clusterRefs.map((ref, i) => findCluster(ref, index, problems, `streams.${stream.label}.details.cluster_ids[${i}]`)?.id);
    const resolved = ids.filter((id) => id !== undefined);
    return { ...stream, details: { ...stream.details, cluster_ids: [...new Set(resolved)] } };
}

// EXTERNAL MODULE: ./src/plan/keys.ts
var keys = __webpack_require__(5111);
;// CONCATENATED MODULE: ./src/plan/checks.ts






const CHECK = {
    host: 'host matches bucket and region',
    reachable: 'bucket reachable with its key',
    objectLock: 'Object Lock retention',
    verify: 'API destination check',
    clusters: 'LKE clusters with audit logs',
    staleKeys: 'old managed key deleted',
};
function check(subject, name, status, detail) {
    return { subject, check: name, status, detail };
}
/**
 * The checks of each destination of the file, then of each `lke_audit_logs` stream: what
 * `plan` will do is taken into account (a bucket or key it creates makes a check pending).
 */
function preflightChecks(desired, streams, plan, setup, clusters, currentKeys, verifyDestinations) {
    const checks = [];
    const buckets = new Map((desired.buckets ?? []).map((b) => [b.name, b]));
    // By kind and label, once: a lookup per destination, not a scan of every change (thousands at scale).
    const changes = new Map();
    for (const c of plan.changes)
        if (!changes.has(`${c.kind}\0${c.label}`))
            changes.set(`${c.kind}\0${c.label}`, c);
    const changeOf = (kind, label) => changes.get(`${kind}\0${label}`);
    for (const destination of desired.destinations) {
        const subject = `destination ${destination.label}`;
        const bucketName = (0,values/* textOf */.b)(destination.details.bucket_name);
        const host = (0,values/* textOf */.b)(destination.details.host);
        const declared = bucketName === undefined ? undefined : buckets.get(bucketName);
        const bucketChange = bucketName === undefined ? undefined : changeOf('bucket', bucketName);
        const destinationChange = changeOf('destination', destination.label);
        if (destination.type === 'akamai_object_storage') {
            // Host: the bucket's own host in the bucket's region.
            if (host === undefined || bucketName === undefined) {
                checks.push(check(subject, CHECK.host, 'skipped', 'bucket_name or host comes from a variable not set in this run'));
            }
            else if (declared !== undefined) {
                const expected = (0,endpoint/* bucketHost */.zV)(bucketName, declared.region);
                checks.push(host === expected
                    ? check(subject, CHECK.host, 'pass', `${host}: bucket ${bucketName} in ${declared.region}`)
                    : check(subject, CHECK.host, 'fail', `host is ${host}; bucket ${bucketName} is in ${declared.region}: use ${expected}`));
            }
            else {
                const region = (0,endpoint/* regionOfHost */.S$)(host);
                const hostBucket = (0,rules/* bucketOfHost */.K8)(host);
                if (hostBucket !== undefined && hostBucket !== bucketName) {
                    checks.push(check(subject, CHECK.host, 'fail', `host ${host} names bucket ${hostBucket}, not ${bucketName}`));
                }
                else if (region === undefined) {
                    checks.push(check(subject, CHECK.host, 'warn', `${host} is not a <bucket>.<region>-1.linodeobjects.com host: its region cannot be checked`));
                }
                else {
                    checks.push(check(subject, CHECK.host, 'pass', `${host}: bucket ${bucketName} in ${region}`));
                }
            }
            // Reachable with the destination's own key.
            const bucketCreated = bucketChange?.action === 'create';
            if (destination.managedKey !== undefined) {
                const { bucket, region } = destination.managedKey;
                const current = currentKeys.get(destination.label);
                const rotates = destinationChange !== undefined && destinationChange.action !== 'noop';
                if (rotates || current === undefined) {
                    checks.push(check(subject, CHECK.reachable, 'pending', `${bucketCreated ? `bucket ${bucket} is created by this plan; ` : ''}a new key limited to read_write on ${bucket} (${region}) is created by this plan`));
                }
                else {
                    checks.push(check(subject, CHECK.reachable, 'pass', `managed key ${current.label} (#${current.id}) has read_write on ${bucket} (${region}) only`));
                }
            }
            else {
                const seen = setup.destinationAccess[destination.label];
                if (seen === undefined) {
                    // Decided: HeadBucket only for buckets under buckets: (their endpoint is known); the API's check covers the rest.
                    checks.push(check(subject, CHECK.reachable, 'skipped', `bucket ${bucketName ?? '(from a variable)'} is not under buckets:, so its S3 endpoint is not known; declare it there to check, or set verify-destinations: true for the API's check`));
                }
                else if (seen.kind === 'unread') {
                    checks.push(check(subject, CHECK.reachable, 'skipped', seen.why));
                }
                else if (seen.reach === 'exists') {
                    checks.push(check(subject, CHECK.reachable, 'pass', `HeadBucket ${bucketName} with the destination's key: OK`));
                }
                else if (seen.reach === 'missing') {
                    checks.push(bucketCreated
                        ? check(subject, CHECK.reachable, 'pending', `bucket ${bucketName} is created by this plan; the key must have read_write on it`)
                        : check(subject, CHECK.reachable, 'fail', `bucket ${bucketName} does not exist: declare it under buckets: to have it created`));
                }
                else {
                    checks.push(check(subject, CHECK.reachable, bucketCreated ? 'pending' : 'fail', `the destination's key may not use bucket ${bucketName} (403): give the key read_write on it, or use access_key: managed`));
                }
            }
            // Object Lock with at least the declared retention.
            if (declared?.objectLock !== undefined) {
                const wanted = (0,retention/* describeRetention */.uN)(declared.objectLock);
                const observed = setup.buckets[declared.name];
                const lock = observed?.kind === 'read' ? observed.lock : undefined;
                const live = lock?.status === 'enabled' ? lock.retention : null;
                const change = (0,retention/* retentionChange */.rZ)(live, declared.objectLock);
                if (observed?.kind === 'unread')
                    checks.push(check(subject, CHECK.objectLock, 'skipped', observed.why));
                else if (bucketChange?.action === 'create')
                    checks.push(check(subject, CHECK.objectLock, 'pending', `bucket created with Object Lock, ${wanted}`));
                else if (bucketChange?.action === 'update' && change.kind === 'update')
                    checks.push(check(subject, CHECK.objectLock, 'pending', `default retention raised to ${(0,retention/* describeRetention */.uN)(change.to)} by this plan`));
                else if (change.kind === 'kept' && live !== null)
                    checks.push(check(subject, CHECK.objectLock, 'pass', `Object Lock on, default retention ${(0,retention/* describeRetention */.uN)(live)}: at least the declared ${wanted} (kept; the action only ever raises a retention)`));
                else
                    checks.push(check(subject, CHECK.objectLock, 'pass', `Object Lock on, default retention ${wanted}`));
            }
            else {
                const lock = (declared ? setup.buckets[declared.name] : setup.destinationAccess[destination.label]);
                const state = lock?.kind === 'read' ? lock.lock : undefined;
                if (lock?.kind === 'unread')
                    checks.push(check(subject, CHECK.objectLock, 'skipped', lock.why));
                else if (state === undefined)
                    checks.push(check(subject, CHECK.objectLock, 'skipped', declared || lock ? 'the bucket could not be read' : 'no retention declared (buckets: … object_lock:), and the bucket is not read'));
                else if (state.status === 'unreadable')
                    checks.push(check(subject, CHECK.objectLock, 'skipped', state.reason));
                else if (state.status === 'disabled')
                    checks.push(check(subject, CHECK.objectLock, 'warn', `bucket ${bucketName} has no Object Lock: delivered logs can be deleted or overwritten`));
                else
                    checks.push(check(subject, CHECK.objectLock, 'pass', state.retention ? `Object Lock on, default retention ${(0,retention/* describeRetention */.uN)(state.retention)}` : 'Object Lock on, no default retention'));
            }
        }
        if (verifyDestinations)
            checks.push(verifyCheck(destination, destinationChange, bucketChange, setup.verified?.[destination.label]));
    }
    for (const stream of streams) {
        if (stream.type !== 'lke_audit_logs')
            continue;
        const subject = `stream ${stream.label}`;
        if (stream.details?.is_auto_add_all_clusters_enabled === true) {
            checks.push(check(subject, CHECK.clusters, 'skipped', 'is_auto_add_all_clusters_enabled: every cluster, including future ones'));
            continue;
        }
        if (!clusters.read) {
            checks.push(check(subject, CHECK.clusters, 'skipped', setup.clustersUnread ?? 'the LKE clusters were not read in this run'));
            continue;
        }
        const problems = [];
        const pending = [];
        const fine = [];
        for (const id of stream.details?.cluster_ids ?? []) {
            const cluster = clusters.byId.get(id);
            if (cluster === undefined)
                problems.push(`no LKE cluster #${id} on the account (${clusterList(clusters.all)}): fix cluster_ids`);
            else if (cluster.tier !== 'enterprise')
                problems.push(`${cluster.label} (#${id}) is tier ${cluster.tier}: Kubernetes API audit logs exist only on LKE Enterprise clusters`);
            else if (cluster.control_plane.audit_logs_enabled)
                fine.push(`${cluster.label} (#${id})`);
            else if (changeOf('lke_cluster', cluster.label)?.action === 'update')
                pending.push(`${cluster.label} (#${id}) gets audit logs by this plan`);
            else
                problems.push(`${cluster.label} (#${id}) has audit logs off: add it under lke_clusters: with audit_logs: true`);
        }
        if (problems.length > 0)
            checks.push(check(subject, CHECK.clusters, 'fail', [...problems, ...pending, ...fine].join('; ')));
        else if (pending.length > 0)
            checks.push(check(subject, CHECK.clusters, 'pending', [...pending, ...fine.map((f) => `${f} on`)].join('; ')));
        else
            checks.push(check(subject, CHECK.clusters, 'pass', `${fine.join(', ')}: audit logs on`));
    }
    return checks;
}
const VERIFY_CALL = 'POST /monitor/streams/destinations/verify';
/**
 * The API's destination check (`verify-destinations: true`), as asked at plan time. A managed
 * key's secret is known only to the run that makes it, so a managed destination is checked by
 * apply, before it is written with a new key.
 */
function verifyCheck(destination, change, bucketChange, verified) {
    const subject = `destination ${destination.label}`;
    const writes = change !== undefined && change.action !== 'noop' && change.action !== 'delete';
    const inApply = writes ? `; apply runs it before the ${change.action === 'update' ? 'update' : 'create'}` : '';
    if (destination.managedKey !== undefined) {
        return writes
            ? check(subject, CHECK.verify, 'pending', `a new managed key is made by this plan: apply runs ${VERIFY_CALL} with it before the ${change.action === 'update' ? 'update' : 'create'}`)
            : check(subject, CHECK.verify, 'skipped', `the managed key's secret is known only when it is made: apply runs ${VERIFY_CALL} before each rotation`);
    }
    if (verified === undefined)
        return check(subject, CHECK.verify, 'skipped', `not verified in this run${inApply}`);
    switch (verified.kind) {
        case 'accepted':
            return check(subject, CHECK.verify, 'pass', `${VERIFY_CALL}: accepted${destination.type === 'akamai_object_storage' ? ' (a test object was written into the bucket)' : ''}`);
        case 'refused':
            return check(subject, CHECK.verify, 'fail', `${VERIFY_CALL} refused it: ${verified.reason}`);
        case 'unverified':
            if (verified.bucketMissing && bucketChange?.action === 'create') {
                return check(subject, CHECK.verify, 'pending', `its bucket is created by this plan${inApply}`);
            }
            return check(subject, CHECK.verify, 'skipped', `${verified.why}${inApply}`);
        default: {
            const never = verified;
            throw new Error(`unhandled verification ${String(never)}`);
        }
    }
}
/**
 * When the keys could not be read: a warning for each live Object Storage destination that stops
 * writing with its key in this plan, as that key may be a managed one that would stay behind.
 */
function keyCleanupChecks(live, destinationChanges, keysUnread) {
    if (keysUnread === undefined)
        return [];
    const changeOf = new Map(destinationChanges.map((c) => [c.label, c]));
    return live.destinations
        .filter((d) => d.type === 'akamai_object_storage' && typeof d.details.access_key_id === 'string' && !(0,keys/* keepsKey */.W0)(changeOf.get(d.label), d.details.access_key_id))
        .map((d) => check(`destination ${d.label}`, CHECK.staleKeys, 'warn', `${keysUnread}. If it writes with a managed key (${(0,keys/* managedKeyPrefix */.nz)(d.label)}…), that key stays after this plan: delete it by hand`));
}
/** The checks that block apply. */
function failedChecks(plan) {
    return (plan.checks ?? []).filter((c) => c.status === 'fail');
}

// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(2143);
// EXTERNAL MODULE: ./src/plan/flatten.ts
var flatten = __webpack_require__(2165);
;// CONCATENATED MODULE: ./src/plan/diff.ts




/** The live account cannot be matched to the file without guessing. */
class PlanError extends Error {
    problems;
    constructor(problems) {
        super(`The live account cannot be matched to the config:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        this.problems = problems;
        this.name = 'PlanError';
    }
}
const STREAM_UNORDERED = new Set(['details.cluster_ids']);
/**
 * The pure diff: what must change on the live account for it to match the file.
 * Deterministic: the same inputs give the same plan, in the same order.
 */
function diff(desired, live, options = {}) {
    const managedLabels = {
        destination: new Set(desired.destinations.map((d) => d.label)),
        stream: new Set(desired.streams.map((s) => s.label)),
    };
    const problems = [
        ...duplicateLabels('destination', live.destinations, managedLabels.destination, desired.prune),
        ...duplicateLabels('stream', live.streams, managedLabels.stream, desired.prune),
    ];
    if (problems.length > 0)
        throw new PlanError(problems);
    const liveDestinations = byLabel(live.destinations);
    const liveStreams = byLabel(live.streams);
    const destinationLabelById = new Map(live.destinations.map((d) => [d.id, d.label]));
    const destinationChanges = sortByLabel(desired.destinations).map((d) => diffDestination(d, liveDestinations.get(d.label), options));
    // A stream must be repointed when its destination gets a new id (created or replaced).
    const destinationsGettingNewIds = new Set(destinationChanges.filter((c) => c.action === 'create' || c.action === 'replace').map((c) => c.label));
    const streamChanges = sortByLabel(desired.streams).map((s) => diffStream(s, liveStreams.get(s.label), destinationLabelById, destinationsGettingNewIds));
    const unmanaged = [];
    const deletes = [];
    for (const [kind, resources] of [
        ['destination', live.destinations],
        ['stream', live.streams],
    ]) {
        for (const resource of sortByLabel(resources)) {
            if (managedLabels[kind].has(resource.label))
                continue;
            if (desired.prune)
                deletes.push({ action: 'delete', kind, label: resource.label, id: resource.id, version: resource.version });
            else
                unmanaged.push({ kind, label: resource.label, id: resource.id });
        }
    }
    const uncompared = new Set();
    for (const destination of desired.destinations)
        collectUnsetEnv(destination.details, uncompared);
    return {
        changes: [
            ...destinationChanges,
            ...deletes.filter((c) => c.kind === 'destination'),
            ...streamChanges,
            ...deletes.filter((c) => c.kind === 'stream'),
        ],
        unmanaged,
        uncompared: [...uncompared].sort(),
    };
}
function duplicateLabels(kind, resources, managed, prune) {
    const ids = (0,group/* groupBy */.$)(resources, (r) => r.label, (r) => r.id);
    return [...ids.entries()]
        .filter(([label, list]) => list.length > 1 && (prune || managed.has(label)))
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([label, list]) => `${list.length} live ${kind}s are labelled "${label}" (ids ${list.join(', ')}); delete or relabel all but one on the account, then re-run`);
}
function byLabel(resources) {
    return new Map(resources.map((r) => [r.label, r]));
}
function sortByLabel(resources) {
    return [...resources].sort((a, b) => (a.label === b.label ? (a.id ?? 0) - (b.id ?? 0) : a.label < b.label ? -1 : 1));
}
function diffDestination(desired, live, options) {
    const after = (0,flatten/* flattenDesired */.vT)(desired.details, 'details', new Map());
    const base = { kind: 'destination', label: desired.label, desired };
    if (!live) {
        return { ...base, action: 'create', fields: createFields(after, desired.type) };
    }
    if (live.type !== desired.type) {
        const fields = [{ path: 'type', before: shownValue(live.type), after: shownValue(desired.type) }, ...fieldDiffs((0,flatten/* flattenLive */.$Q)(live.details, 'details', new Map()), after)];
        return { ...base, action: 'replace', id: live.id, version: live.version, fields };
    }
    const fields = fieldDiffs((0,flatten/* flattenLive */.$Q)(live.details, 'details', new Map()), after);
    if (fields.length > 0)
        return { ...base, action: 'update', id: live.id, version: live.version, fields, reason: 'fields' };
    if (options.rotateSecrets && hasSecret(desired.details)) {
        return { ...base, action: 'update', id: live.id, version: live.version, fields: [], reason: 'rotate-secrets' };
    }
    return { kind: 'destination', label: desired.label, action: 'noop', id: live.id };
}
function diffStream(desired, live, destinationLabelById, destinationsGettingNewIds) {
    const after = desiredStreamLeaves(desired);
    const base = { kind: 'stream', label: desired.label, desired };
    if (!live)
        return { ...base, action: 'create', fields: createFields(after, desired.type) };
    const before = liveStreamLeaves(live, destinationLabelById, desired.status);
    if (live.type !== desired.type) {
        const fields = [{ path: 'type', before: shownValue(live.type), after: shownValue(desired.type) }, ...fieldDiffs(before, after)];
        return { ...base, action: 'replace', id: live.id, version: live.version, fields };
    }
    const fields = fieldDiffs(before, after);
    if (destinationsGettingNewIds.has(desired.destination) && !fields.some((f) => f.path === 'destination')) {
        fields.push({ path: 'destination', before: shownValue(`${desired.destination} (#${live.destinations[0]?.id ?? '?'})`), after: shownValue(`${desired.destination} (new)`) });
        fields.sort((a, b) => (a.path < b.path ? -1 : 1));
    }
    if (fields.length > 0)
        return { ...base, action: 'update', id: live.id, version: live.version, fields, reason: 'fields' };
    return { kind: 'stream', label: desired.label, action: 'noop', id: live.id, liveStatus: live.status };
}
function desiredStreamLeaves(desired) {
    const leaves = new Map();
    leaves.set('destination', leafOf(desired.destination));
    leaves.set('status', leafOf(desired.status));
    const details = normaliseStreamDetails(desired.details);
    (0,flatten/* flattenLive */.$Q)(details, 'details', leaves, { unordered: STREAM_UNORDERED });
    return leaves;
}
/**
 * Transitional statuses are folded into where they lead: `deactivating` ends as `inactive`. The
 * API does not say what a `provisioning` stream (new, repointed or re-activated) was asked to
 * become, so it matches either desired status: right after an apply a stream asked to be
 * `inactive` is provisioning, and must not plan an update (nor fail `check`) until it settles.
 * Its status is compared once it has settled.
 */
function liveStreamLeaves(live, destinationLabelById, desiredStatus) {
    const leaves = new Map();
    const destination = live.destinations[0];
    const destinationLabel = destination ? (destinationLabelById.get(destination.id) ?? destination.label) : undefined;
    if (destinationLabel !== undefined)
        leaves.set('destination', leafOf(destinationLabel));
    const settled = (0,rules/* streamStatusMayBe */.nd)(live.status, desiredStatus) ? desiredStatus : live.status === 'deactivating' ? 'inactive' : live.status;
    leaves.set('status', leafOf(settled));
    (0,flatten/* flattenLive */.$Q)(normaliseStreamDetails((live.details ?? undefined)), 'details', leaves, { unordered: STREAM_UNORDERED });
    return leaves;
}
/** `is_auto_add_all_clusters_enabled: false` is the API's default: the same as leaving it out. */
function normaliseStreamDetails(details) {
    if (!details || typeof details !== 'object' || Array.isArray(details))
        return undefined;
    const { is_auto_add_all_clusters_enabled: autoAdd, ...rest } = details;
    return autoAdd === true ? { ...rest, is_auto_add_all_clusters_enabled: true } : rest;
}
function fieldDiffs(before, after) {
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
    const diffs = [];
    for (const path of paths) {
        const b = before.get(path);
        const a = after.get(path);
        // Write-only secrets and unset `${NAME}` values cannot be compared with what the API returns.
        if (a && a.compare === undefined)
            continue;
        if (!a && b === undefined)
            continue;
        if (a && b && (0,flatten/* jsonEqual */.Zm)(a.compare, b.compare))
            continue;
        diffs.push({ path, before: b?.shown ?? { kind: 'absent' }, after: a?.shown ?? { kind: 'absent' } });
    }
    return diffs;
}
function createFields(after, type) {
    const fields = [{ path: 'type', before: { kind: 'absent' }, after: shownValue(type) }];
    for (const path of [...after.keys()].sort())
        fields.push({ path, before: { kind: 'absent' }, after: after.get(path).shown });
    return fields;
}
function leafOf(value) {
    return { shown: shownValue(value), compare: value };
}
function shownValue(value) {
    return { kind: 'value', value };
}
function hasSecret(value) {
    if ((0,types/* isEnvRef */.Jm)(value))
        return value.secret;
    if ((0,types/* isManagedKeyRef */.W9)(value))
        return value.part === 'secret_key';
    if (Array.isArray(value))
        return value.some(hasSecret);
    if (value && typeof value === 'object')
        return Object.values(value).some(hasSecret);
    return false;
}
function collectUnsetEnv(value, out) {
    if ((0,types/* isEnvRef */.Jm)(value)) {
        if (!value.secret && value.value === undefined)
            out.add(value.name);
        return;
    }
    if ((0,types/* isManagedKeyRef */.W9)(value))
        return;
    if (Array.isArray(value))
        value.forEach((v) => collectUnsetEnv(v, out));
    else if (value && typeof value === 'object')
        Object.values(value).forEach((v) => collectUnsetEnv(v, out));
}

;// CONCATENATED MODULE: ./src/plan/drift-origin.ts

/**
 * The origin of one drifted change, from the resource's `/history` (one entry per version).
 * Pure: walks the versions from the newest back to the last one that matched the file, by
 * diffing each version alone against the file's desired resource.
 */
function driftOrigin(change, desired, live, history) {
    if (change.action === 'create')
        return { kind: 'missing' };
    const current = change.kind === 'destination' ? live.destinations.find((d) => d.id === change.id) : live.streams.find((s) => s.id === change.id);
    if (change.action === 'delete')
        return current ? { kind: 'created', by: current.created_by, at: current.created } : { kind: 'unknown', why: 'no longer on the account' };
    if (!history || history.length === 0) {
        return current ? { kind: 'never-matched', by: current.updated_by, at: current.updated, version: current.version } : { kind: 'unknown', why: 'no history' };
    }
    const versions = [...history].sort((a, b) => a.version - b.version);
    for (let i = versions.length - 1; i >= 0; i--) {
        if (!matchesFile(change, versions[i], desired, live))
            continue;
        const next = versions[i + 1];
        // The newest version matches the file: the drift is elsewhere (e.g. its destination moved).
        if (!next)
            return { kind: 'unknown', why: 'its latest version matches the file' };
        return { kind: 'changed', by: next.updated_by, at: next.updated, version: next.version };
    }
    const latest = versions[versions.length - 1];
    return { kind: 'never-matched', by: latest.updated_by, at: latest.updated, version: latest.version };
}
/** Whether one historical version of the resource is what the file asks for. */
function matchesFile(change, version, desired, live) {
    const base = { prune: false, streamQuota: desired.streamQuota };
    if (change.kind === 'destination') {
        const wanted = desired.destinations.find((d) => d.label === change.label);
        if (!wanted)
            return false;
        const plan = diff({ ...base, destinations: [wanted], streams: [] }, { destinations: [{ ...version, label: change.label }], streams: [] });
        return plan.changes.every((c) => c.action === 'noop');
    }
    const wanted = desired.streams.find((s) => s.label === change.label);
    if (!wanted)
        return false;
    // Streams name their destination by label; the account's destinations give the labels of ids.
    const plan = diff({ ...base, destinations: [], streams: [wanted] }, { destinations: live.destinations, streams: [{ ...version, label: change.label }] });
    return plan.changes.every((c) => c.action === 'noop');
}

// EXTERNAL MODULE: ./src/plan/fingerprint.ts
var plan_fingerprint = __webpack_require__(1731);
;// CONCATENATED MODULE: ./src/plan/buckets.ts


/**
 * The change of one bucket: none when it was not read; a problem (pushed onto `problems`) when
 * its credentials may not use it or it cannot take the declared Object Lock.
 */
function planBucket(bucket, observed, problems) {
    const lock = bucket.objectLock;
    const fields = (before, after) => {
        const shown = (r) => (r ? (0,values/* value */.U)((0,retention/* describeRetention */.uN)(r)) : { kind: 'absent' });
        return after === undefined ? [] : [{ path: 'object_lock', before: shown(before), after: shown(after) }];
    };
    if (observed === undefined || observed.kind === 'unread')
        return [];
    const target = { kind: 'bucket', label: bucket.name, desired: bucket };
    switch (observed.reach) {
        case 'missing':
            return [{ ...target, action: 'create', fields: [{ path: 'region', before: { kind: 'absent' }, after: (0,values/* value */.U)(bucket.region) }, ...fields(undefined, lock)] }];
        case 'forbidden':
            problems.push(`bucket ${bucket.name} (${bucket.region}): the S3 credentials of buckets.${bucket.name} may not use it (403). ` +
                'Check that access_key_id and secret_access_key belong together and are an unlimited key valid in that region; if the name is taken by another account, choose another bucket name.');
            return [];
        case 'exists':
            break;
        default: {
            const never = observed.reach;
            throw new Error(`unhandled bucket reach ${String(never)}`);
        }
    }
    const noop = { kind: 'bucket', label: bucket.name, action: 'noop', id: 0 };
    if (lock === undefined)
        return [noop];
    const state = observed.lock;
    if (state === undefined || state.status === 'unreadable') {
        problems.push(`bucket ${bucket.name} (${bucket.region}): cannot read its Object Lock configuration${state ? ` (${state.reason})` : ''}; ` +
            `the s3_credentials of buckets.${bucket.name} must be an unlimited key valid in ${bucket.region}.`);
        return [];
    }
    if (state.status === 'disabled') {
        problems.push(`bucket ${bucket.name} (${bucket.region}) exists without Object Lock, and Object Lock can only be enabled when a bucket is created. ` +
            `Declare a new bucket under buckets: (the action creates it with Object Lock) and point the destination's bucket_name and host at it, ` +
            `or remove object_lock from buckets.${bucket.name} to keep using this bucket without it.`);
        return [];
    }
    const change = (0,retention/* retentionChange */.rZ)(state.retention, lock);
    switch (change.kind) {
        case 'same':
            return [noop];
        case 'kept':
            return [{ ...noop, note: change.note }];
        case 'update':
            return [{ ...target, action: 'update', id: 0, version: 0, reason: 'fields', fields: fields(state.retention, change.to), ...(change.note ? { note: change.note } : {}) }];
        default: {
            const never = change;
            throw new Error(`unhandled retention change ${String(never)}`);
        }
    }
}
/** A bucket whose credentials are not set in this run was not compared: say so, by variable name. */
function unreadBucketEnv(buckets) {
    return buckets.flatMap((b) => [b.credentials.accessKeyId, b.credentials.secretAccessKey].filter((ref) => ref.value === undefined).map((ref) => ref.name));
}

// EXTERNAL MODULE: ./src/plan/setup-needs.ts
var setup_needs = __webpack_require__(3542);
;// CONCATENATED MODULE: ./src/plan/setup.ts






/**
 * The whole plan: the diff of destinations and streams plus the setup they rely on, in apply
 * order (buckets → new managed keys → destinations → LKE clusters → streams → managed keys no
 * destination writes with any more),
 * and the pre-flight checks. Throws PlanError, naming what to do, for what the action must not
 * or cannot change: a bucket without Object Lock, a cluster of `lke_clusters:` that is not LKE
 * Enterprise or does not exist. A retention is only ever raised: a stricter bucket is kept.
 */
function planWithSetup(desired, live, setup, options = {}) {
    const problems = [];
    const clusters = clusterIndex(setup.clusters);
    // Streams that name clusters by label get their ids; the LKE section becomes changes.
    const streams = desired.streams.map((stream) => resolveClusterRefs(stream, clusters, problems));
    const clusterChanges = planClusters(desired.lkeClusters ?? [], clusters, problems);
    // A managed destination keeps its key while nothing else changes; any write rotates it.
    const liveDestinations = new Map(live.destinations.map((d) => [d.label, d]));
    const { destinations, currentKeys } = (0,keys/* withCurrentKeys */.eV)(desired.destinations, liveDestinations, setup.keys ?? []);
    const bucketChanges = (desired.buckets ?? []).flatMap((bucket) => planBucket(bucket, setup.buckets[bucket.name], problems));
    if (problems.length > 0)
        throw new PlanError(problems);
    const base = diff({ ...desired, destinations, streams }, live, options);
    const { keyCreates, destinationChanges } = (0,keys/* rotateManagedKeys */.Z7)(base.changes.filter((c) => c.kind === 'destination'), desired.destinations, liveDestinations, currentKeys);
    const keyDeletes = (0,keys/* staleManagedKeys */.jy)(desired, live, setup.keys ?? [], destinationChanges, currentKeys);
    const plan = {
        changes: [
            ...bucketChanges,
            ...keyCreates,
            ...destinationChanges,
            ...clusterChanges,
            ...base.changes.filter((c) => c.kind === 'stream'),
            // Last: a key is deleted only once no destination writes with it (the old one of a replace is gone).
            ...keyDeletes,
        ],
        unmanaged: base.unmanaged,
        uncompared: [...new Set([...base.uncompared, ...unreadBucketEnv(desired.buckets ?? [])])].sort(),
    };
    // A file that declares no setup (and no destination check) keeps its plan as it was: the checks
    // would only say that nothing was read.
    const needs = (0,setup_needs/* setupNeeds */.Z$)(desired);
    const cleanup = keyCleanupChecks(live, destinationChanges, setup.keysUnread);
    if (!needs.keys && !needs.clusters && !needs.clusterCheck && !needs.buckets && !options.verifyDestinations) {
        return cleanup.length > 0 ? { ...plan, checks: cleanup } : plan;
    }
    const checks = [...preflightChecks(desired, streams, plan, setup, clusters, currentKeys, options.verifyDestinations), ...cleanup];
    return checks.length > 0 ? { ...plan, checks } : plan;
}
/**
 * The write scopes applying `plan` takes: `monitor` for destinations and streams, and
 * `object_storage` / `lke` for managed keys and LKE clusters (buckets go through S3, not the token).
 */
function writeScopes(plan) {
    const kinds = new Set(plan.changes.filter((c) => c.action !== 'noop').map((c) => c.kind));
    const needed = [];
    if (kinds.has('destination') || kinds.has('stream'))
        needed.push('monitor:read_write');
    if (kinds.has('object_storage_key'))
        needed.push('object_storage:read_write');
    if (kinds.has('lke_cluster'))
        needed.push('lke:read_write');
    return needed;
}

// EXTERNAL MODULE: ./src/pull-request.ts + 5 modules
var pull_request = __webpack_require__(990);
// EXTERNAL MODULE: ./src/render/checks.ts
var checks = __webpack_require__(515);
// EXTERNAL MODULE: ./src/render/drift.ts
var drift = __webpack_require__(3047);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
// EXTERNAL MODULE: ./src/render/fit.ts
var fit = __webpack_require__(1363);
// EXTERNAL MODULE: ./src/render/values.ts
var render_values = __webpack_require__(6472);
;// CONCATENATED MODULE: ./src/render/json.ts

/**
 * The plan as data for the `plan` output: no secret and no `${NAME}` value in
 * it, only names. Key order is fixed, so identical plans serialise byte-identically.
 */
function planToJson(plan) {
    return {
        summary: (0,render_values/* countChanges */.xS)(plan),
        changes: (0,render_values/* actionable */.b)(plan).map((change) => ({
            action: change.action,
            kind: change.kind,
            label: change.label,
            ...('id' in change ? { id: change.id } : {}),
            ...('version' in change ? { version: change.version } : {}),
            ...(change.note !== undefined ? { note: change.note } : {}),
            ...(change.action === 'update' ? { reason: change.reason } : {}),
            ...('fields' in change
                ? { fields: change.fields.map((f) => ({ path: f.path, before: (0,render_values/* showValue */.vp)(f.before), after: (0,render_values/* showValue */.vp)(f.after) })) }
                : {}),
        })),
        unmanaged: plan.unmanaged,
        ...(plan.checks ? { checks: plan.checks } : {}),
    };
}

// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/render/words.ts
var words = __webpack_require__(5933);
;// CONCATENATED MODULE: ./src/render/outcomes.ts




const STATUS_WORD = { applied: 'done', failed: 'FAILED', skipped: 'skipped' };
/** One log line per finished change. */
function renderOutcomeLine(outcome) {
    const { change } = outcome;
    const id = outcome.id !== undefined ? ` (#${outcome.id})` : '';
    return `  ${render_values/* ACTION_SYMBOL */.yo[change.action]} ${change.action} ${change.kind} ${change.label}${id}: ${STATUS_WORD[outcome.status]}${outcome.message ? ` — ${outcome.message}` : ''}`;
}
/**
 * The outcome of each applied change, for the job summary. Within `limit`, the changes that were
 * not applied come first, so a cut never hides a failure.
 */
function renderOutcomesMarkdown(outcomes, options = {}) {
    const failed = outcomes.filter((o) => o.status !== 'applied').length;
    const row = (o) => `| ${o.status === 'applied' ? '✅' : o.status === 'failed' ? '❌' : '⏭️'} ${o.status} | ${o.change.action} | ${o.change.kind} | ${(0,render_escape/* escapeMarkdown */.FV)(o.change.label)} | ${o.id ?? ''} | ${(0,render_escape/* escapeMarkdown */.FV)(o.message ?? '')} |`;
    const render = (rows) => (0,fit/* fitBlocks */.U8)({
        head: ['', `#### Apply: ${failed === 0 ? `${outcomes.length === 1 ? 'the change' : `all ${outcomes.length} changes`} applied` : `${failed} of ${(0,words/* count */.U)(outcomes.length, 'change')} not applied`}`],
        sections: [{ open: '\n| Result | Action | Kind | Label | Id | Note |\n|---|---|---|---|---|---|', items: rows.map(row), close: undefined, noun: 'outcomes' }],
        note: (cut) => `\n> ✂️ **Cut to fit:** ${cut}; the run's log lists every change.`,
    }, options.limit, options.measure ?? fit/* chars */.Wn);
    const inPlanOrder = render(outcomes);
    const fitted = inPlanOrder.truncated ? render([...outcomes.filter((o) => o.status !== 'applied'), ...outcomes.filter((o) => o.status === 'applied')]) : inPlanOrder;
    return fitted.text + '\n';
}

;// CONCATENATED MODULE: ./src/render/text.ts


/**
 * The plan for the log: plain text, aligned, colour-free (logs are read raw and downloaded).
 * Pure: the same plan gives the same text.
 */
function renderPlanText(plan, configPath) {
    const lines = [];
    const changes = (0,render_values/* actionable */.b)(plan);
    lines.push(`Plan for ${configPath}: ${(0,render_values/* summaryLine */.dC)(plan)}`);
    if (changes.length === 0)
        lines.push('', 'No changes. The live account matches the file.');
    const kindWidth = Math.max(...plan.changes.map((c) => c.kind.length), 0);
    for (const change of changes) {
        lines.push('', `  ${render_values/* ACTION_SYMBOL */.yo[change.action]} ${change.action.padEnd(7)} ${change.kind.padEnd(kindWidth)}  ${change.label}${idSuffix(change)}`);
        lines.push(...fieldLines(change));
    }
    lines.push(...(0,checks/* renderChecksText */.$w)(plan.checks ?? []));
    const unchanged = plan.changes.filter((c) => c.action === 'noop');
    if (unchanged.length > 0) {
        lines.push('', `Unchanged (${unchanged.length}):`);
        const named = unchanged.map((change) => `${change.label}${idSuffix(change)}`);
        const nameWidth = Math.max(...named.map((n) => n.length));
        unchanged.forEach((change, i) => lines.push(`    ${change.kind.padEnd(kindWidth)}  ${named[i].padEnd(nameWidth)}  ${(0,render_values/* changeSummary */.lb)(change)}`));
    }
    if (plan.unmanaged.length > 0) {
        lines.push('', `Unmanaged (on the account, not in the file; left alone because prune is false) (${plan.unmanaged.length}):`);
        for (const r of plan.unmanaged)
            lines.push(`    ${r.kind.padEnd(kindWidth)}  ${r.label} (#${r.id})`);
    }
    if (plan.uncompared.length > 0) {
        lines.push('', `Not compared (variables not set in this run): ${plan.uncompared.map((n) => `\${${n}}`).join(', ')}`);
    }
    return lines.join('\n');
}
function idSuffix(change) {
    // Buckets have names, not ids.
    return 'id' in change && change.kind !== 'bucket' ? ` (#${change.id})` : '';
}
function fieldLines(change) {
    if (change.action === 'delete' || change.action === 'noop')
        return [];
    if (change.action === 'update' && change.reason === 'rotate-secrets')
        return ['      secrets re-sent (rotate-secrets: true)'];
    const width = Math.max(...change.fields.map((f) => f.path.length), 0);
    return change.fields.map((f) => {
        const path = f.path.padEnd(width);
        if (change.action === 'create')
            return `      ${path}  ${(0,render_values/* showValue */.vp)(f.after)}`;
        return `      ${path}  ${(0,render_values/* showValue */.vp)(f.before)} → ${(0,render_values/* showValue */.vp)(f.after)}`;
    });
}

// EXTERNAL MODULE: ./src/reporting.ts
var reporting = __webpack_require__(9953);
;// CONCATENATED MODULE: ./src/live.ts



















/** Drifted resources whose `/history` is read (each is a rate-limited collection GET). */
const MAX_HISTORY_LOOKUPS = 10;
/**
 * Plans from the account as read, shows the plan (log, outputs, summary), then: `plan` comments
 * on the pull request (`prepared`: what the comment needs, fetched during the reads), `check`
 * reports drift, `apply` applies what was approved.
 */
async function runLive(inputs, loaded, reads, prepared) {
    const { desired } = loaded;
    const { api } = reads.account;
    try {
        const { live, plan } = await planFromReads(inputs, desired, reads);
        const fingerprint = (0,plan_fingerprint/* planFingerprint */.an)(plan);
        const title = inputs.mode === 'check' ? 'Drift check' : 'Plan';
        reporting/* log */.Rm.info(renderPlanText(plan, inputs.configPath));
        setPlanOutputs(plan, fingerprint);
        await (0,reporting/* writeSummary */.Sy)((0,markdown/* renderPlanMarkdown */.d$)(plan, { configPath: inputs.configPath, title }, { limit: (0,reporting/* summaryRoom */.m4)(inputs.mode === 'apply' ? 128 * 1024 : 16 * 1024), measure: fit/* utf8Bytes */.dy }));
        const failed = failedChecks(plan);
        const checksProblem = failed.length > 0
            ? `Pre-flight checks failed (${(0,checks/* checksSummary */.Gk)(plan.checks ?? [])}):\n${failed.map((c) => `  - ${c.subject}: ${c.check}: ${c.detail}`).join('\n')}`
            : undefined;
        switch (inputs.mode) {
            case 'plan':
                setIdOutputs(idsOf(live, loaded));
                await (0,pull_request.commentOnPullRequest)(inputs, { kind: 'planned', plan, fingerprint, changes: (0,plan_fingerprint/* approvedChanges */.PY)(plan) }, prepared);
                // The plan (with its checks table) stays on the comment; the step fails like a drift check.
                if (checksProblem)
                    failChecks(checksProblem);
                return;
            case 'check':
                setIdOutputs(idsOf(live, loaded));
                await checkDrift(inputs, plan, desired, live, api);
                if (checksProblem)
                    failChecks(checksProblem);
                return;
            case 'apply':
                if (checksProblem) {
                    setIdOutputs(idsOf(live, loaded));
                    await (0,pull_request.refuseApply)(inputs, new reporting/* ActionFailure */.dR('checks-failed', `Not applying: ${checksProblem}\nNothing was changed.`), `pre-flight checks failed (${(0,checks/* checksSummary */.Gk)(plan.checks ?? [])}); the run's job summary lists them`);
                }
                await refuseWithoutScopes(inputs, plan, reads.account.tokenScopes());
                await applyApproved(inputs, loaded, plan, live, api, usesSetupClients(inputs, plan) ? await reads.setupApply() : undefined);
                return;
            default: {
                const unreachable = inputs.mode;
                return unreachable;
            }
        }
    }
    finally {
        reads.close();
    }
}
/**
 * The plan from what was read. A plan that makes a live destination stop writing with its key may
 * leave a managed key behind: then the keys are read (unless they were) and the plan made again
 * with them, so it deletes that key too. A plan with nothing to change never lists the keys.
 */
async function planFromReads(inputs, desired, reads) {
    const { live, setup } = await reads.state;
    const options = { rotateSecrets: inputs.rotateSecrets, verifyDestinations: inputs.verifyDestinations };
    const plan = planWithSetup(desired, live, setup, options);
    if (setup.keys !== undefined || setup.keysUnread !== undefined || !(0,keys/* mayLeaveKeys */.lk)(plan, live))
        return { live, plan };
    return { live, plan: planWithSetup(desired, live, { ...setup, ...(await reads.readKeysForCleanup()) }, options) };
}
/** Whether apply needs the setup clients: the plan changes buckets, keys or LKE clusters, or destinations are checked first. */
function usesSetupClients(inputs, plan) {
    return inputs.verifyDestinations || plan.changes.some((c) => c.action !== 'noop' && (c.kind === 'bucket' || c.kind === 'object_storage_key' || c.kind === 'lke_cluster'));
}
/** Before the first write: a token that may not make every change of the plan changes nothing. */
async function refuseWithoutScopes(inputs, plan, tokenScopes) {
    if (tokenScopes === undefined)
        return;
    const missing = writeScopes(plan).filter((scope) => !(0,linode_scopes/* scopesGrant */.eX)(tokenScopes, scope));
    if (missing.length === 0)
        return;
    const scopes = `${missing.join(', ')} scope${missing.length === 1 ? '' : 's'}`;
    await (0,pull_request.refuseApply)(inputs, new reporting/* ActionFailure */.dR('invalid-input', `Not applying: the Linode token lacks the ${missing.map((s) => `\`${s}\``).join(', ')} scope${missing.length === 1 ? '' : 's'} this plan needs ` +
        `(it has ${tokenScopes.length === 0 ? 'none' : tokenScopes.join(', ')}). Create a personal access token with ${missing.length === 1 ? 'it' : 'them'}. Nothing was changed.`), `the Linode token lacks the ${scopes} this plan needs`);
}
function failChecks(message) {
    (0,reporting/* setOutput */.uH)('failure-reason', 'checks-failed');
    (0,reporting/* setFailed */.C1)(message);
}
async function checkDrift(inputs, plan, desired, live, api) {
    const drifted = (0,render_values/* hasChanges */.ik)(plan);
    let findings = [];
    const omitted = Math.max(0, (0,render_values/* actionable */.b)(plan).length - MAX_HISTORY_LOOKUPS);
    if (drifted) {
        findings = await driftFindings((0,render_values/* actionable */.b)(plan).slice(0, MAX_HISTORY_LOOKUPS), desired, live, api);
        reporting/* log */.Rm.info(['', 'Who changed it (from the API\'s history):', ...(0,drift/* renderDriftOriginsText */.o3)(findings)].join('\n'));
        await (0,reporting/* writeSummary */.Sy)(`\n${(0,drift/* renderDriftOriginsMarkdown */.oS)(findings, omitted)}`);
    }
    if (inputs.driftIssue)
        await (0,pull_request/* syncDriftIssue */.ac)(inputs, plan, findings, omitted);
    if (drifted) {
        (0,reporting/* setOutput */.uH)('failure-reason', 'drift');
        const message = `Drift: the live account differs from ${inputs.configPath} (${(0,render_values/* summaryLine */.dC)(plan)}).`;
        if (inputs.failOnDrift)
            (0,reporting/* setFailed */.C1)(message);
        else
            reporting/* log */.Rm.warning(message);
    }
    else {
        reporting/* log */.Rm.info(`No drift: the live account matches ${inputs.configPath}.`);
    }
}
/** Who made each drifted resource differ, from its `/history`, a few at a time. */
async function driftFindings(changes, desired, live, api) {
    return (0,pool/* mapWithConcurrency */.W)(changes, 4, async (change) => {
        if (change.action !== 'update' && change.action !== 'replace')
            return { change, origin: driftOrigin(change, desired, live, undefined) };
        // Buckets, keys and LKE clusters have no /history.
        if (change.kind !== 'destination' && change.kind !== 'stream')
            return { change, origin: { kind: 'unknown', why: `the API keeps no history of ${change.kind.replaceAll('_', ' ')}s` } };
        try {
            const history = change.kind === 'destination' ? await api.destinationHistory(change.id) : await api.streamHistory(change.id);
            return { change, origin: driftOrigin(change, desired, live, history) };
        }
        catch (error) {
            reporting/* log */.Rm.debug(`history of ${change.kind} ${change.id}: ${error.message}`);
            return { change, origin: { kind: 'unknown', why: 'its history could not be read' } };
        }
    });
}
/**
 * Applies the plan, but on the merge of a pull request only the plan that pull request's comment
 * approved (same fingerprint, or every change an approved one). Otherwise nothing is touched.
 */
async function applyApproved(inputs, loaded, plan, live, api, setup) {
    const found = await (0,pull_request/* checkApproval */.i_)(inputs, plan);
    if (found?.kind === 'unreviewed')
        await refuseUnreviewed(inputs, loaded, plan, live, found.pullNumber);
    const approval = found?.kind === 'approval' ? found : undefined;
    if (approval?.verdict.kind === 'changed' && inputs.onPlanChanged === 'fail') {
        setIdOutputs(idsOf(live, loaded));
        await (0,pull_request/* setApplyStatus */.dx)(inputs, approval, { kind: 'plan-changed' });
        throw new reporting/* ActionFailure */.dR('plan-changed', `Not applying: ${approval.problem}. Nothing was changed. Review a new plan (open a pull request, or re-run the plan), or set on-plan-changed: apply.`);
    }
    if (approval?.verdict.kind === 'changed')
        reporting/* log */.Rm.warning(`Applying anyway (on-plan-changed: apply): ${approval.problem}.`);
    if (!(0,render_values/* hasChanges */.ik)(plan)) {
        setIdOutputs(idsOf(live, loaded));
        reporting/* log */.Rm.info('Nothing to apply.');
        if (approval)
            await (0,pull_request/* setApplyStatus */.dx)(inputs, approval, { kind: 'applied', applied: 0, alreadyDone: approval.verdict.kind === 'subset' ? approval.verdict.alreadyDone.length : 0 });
        return;
    }
    const { applyPlan } = await __webpack_require__.e(/* import() */ 151).then(__webpack_require__.bind(__webpack_require__, 2151));
    reporting/* log */.Rm.info('');
    reporting/* log */.Rm.info('Applying:');
    const result = await applyPlan(plan, live, api, {
        concurrency: inputs.concurrency,
        waitTimeoutMs: inputs.waitTimeoutMs,
        onWait: (line) => reporting/* log */.Rm.info(`  … ${line}`),
        // An API error may echo what it was sent: the line is redacted like a body, not only masked.
        onOutcome: (outcome) => reporting/* log */.Rm.info(renderOutcomeLine(outcome)),
        locate: (change, field) => locateField(loaded, change, field),
        ...(setup ? { setup } : {}),
    }, loaded.desired.streamQuota);
    setIdOutputs(filterManaged(result, loaded));
    await (0,reporting/* writeSummary */.Sy)(renderOutcomesMarkdown(result.outcomes, { limit: (0,reporting/* summaryRoom */.m4)(1024), measure: fit/* utf8Bytes */.dy }));
    const failed = result.outcomes.filter((o) => o.status !== 'applied');
    if (approval) {
        const applied = result.outcomes.length - failed.length;
        const status = approval.verdict.kind === 'changed'
            ? { kind: 'applied-changed-plan', applied, failed: failed.length }
            : failed.length > 0
                ? { kind: 'apply-failed', failed: failed.length, total: result.outcomes.length }
                : { kind: 'applied', applied, alreadyDone: approval.verdict.kind === 'subset' ? approval.verdict.alreadyDone.length : 0 };
        await (0,pull_request/* setApplyStatus */.dx)(inputs, approval, status);
    }
    if (failed.length > 0) {
        throw new reporting/* ActionFailure */.dR('apply-failed', `Apply finished with ${failed.length} of ${(0,words/* count */.U)(result.outcomes.length, 'change')} not applied:\n${failed.map(describeOutcome).join('\n')}\nRe-running converges: applied changes will show as unchanged.`);
    }
    reporting/* log */.Rm.info(`Applied ${(0,words/* count */.U)(result.outcomes.length, 'change')}.`);
}
/**
 * A merged pull request with no plan comment for this config (the plan workflow ran with
 * `comment: false`, without permission to comment, or not at all) had no plan reviewed. Like
 * dflook/terraform-apply: a plan with changes is not applied unless on-plan-changed is apply;
 * a plan with no changes has nothing to review.
 */
async function refuseUnreviewed(inputs, loaded, plan, live, pullNumber) {
    const what = `Pull request #${pullNumber} has no plan comment for ${inputs.configPath}`;
    if (!(0,render_values/* hasChanges */.ik)(plan)) {
        reporting/* log */.Rm.info(`${what}, and the plan has no changes: nothing to review.`);
        return;
    }
    if (inputs.onPlanChanged === 'apply') {
        reporting/* log */.Rm.warning(`Applying a plan nobody reviewed (on-plan-changed: apply): ${what}.`);
        return;
    }
    setIdOutputs(idsOf(live, loaded));
    const cause = 'was its plan workflow run with comment: false, without permission to comment, or not at all?';
    const next = 'Re-run the pull request\'s plan workflow (it posts the plan comment), then re-run this apply; or set on-plan-changed: apply to apply unreviewed plans.';
    reporting/* log */.Rm.info('');
    reporting/* log */.Rm.info(`${what} (${cause}): no plan was reviewed.`);
    await (0,reporting/* writeSummary */.Sy)(`\n#### ⛔ No plan was reviewed: pull request ${(0,render_escape/* escapeMarkdown */.FV)(`#${pullNumber}`)} has no plan comment for <code>${(0,render_escape/* escapeMarkdown */.FV)(inputs.configPath)}</code>\n\nNothing was changed. ${(0,render_escape/* escapeMarkdown */.FV)(next)}\n`);
    throw new reporting/* ActionFailure */.dR('plan-changed', `Not applying: ${what}, so no plan was reviewed (${cause}). Nothing was changed. ${next}`);
}
function setPlanOutputs(plan, fingerprint) {
    (0,reporting/* setOutput */.uH)('has-changes', String((0,render_values/* hasChanges */.ik)(plan)));
    (0,reporting/* setOutput */.uH)('summary', (0,render_values/* summaryLine */.dC)(plan));
    (0,reporting/* setOutput */.uH)('plan', planToJson(plan));
    (0,reporting/* setOutput */.uH)('fingerprint', fingerprint);
}
function setIdOutputs(ids) {
    (0,reporting/* setOutput */.uH)('destination-ids', ids.destinationIds);
    (0,reporting/* setOutput */.uH)('stream-ids', ids.streamIds);
}
/** label → id of the live resources the file names. */
function idsOf(live, loaded) {
    return {
        destinationIds: idsOfLabels(live.destinations, loaded.desired.destinations),
        streamIds: idsOfLabels(live.streams, loaded.desired.streams),
    };
}
function filterManaged(ids, loaded) {
    const resources = (byLabel) => Object.entries(byLabel).map(([label, id]) => ({ label, id }));
    return {
        destinationIds: idsOfLabels(resources(ids.destinationIds), loaded.desired.destinations),
        streamIds: idsOfLabels(resources(ids.streamIds), loaded.desired.streams),
    };
}
/** label → id of the live resources the file names, in the file's order (an account can hold thousands it does not name). */
function idsOfLabels(live, desired) {
    const idByLabel = new Map(live.map((resource) => [resource.label, resource.id]));
    const entries = [];
    for (const { label } of desired) {
        const id = idByLabel.get(label);
        if (id !== undefined)
            entries.push([label, id]);
    }
    return Object.fromEntries(entries);
}
/** Where an API error's field (`details.host`) is in the config, as `file:line:col`. */
async function locateField(loaded, change, field) {
    const sections = { destination: 'destinations', stream: 'streams', bucket: 'buckets' };
    const section = sections[change.kind];
    if (section === undefined)
        return undefined;
    const fieldPath = (field ?? '').split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    for (let depth = fieldPath.length; depth >= 0; depth--) {
        const position = await loaded.source.locate([section, change.label, ...fieldPath.slice(0, depth)]);
        if (position)
            return `${loaded.source.file}:${position.line}:${position.col}`;
    }
    return undefined;
}
function describeOutcome(outcome) {
    return `  - ${outcome.change.action} ${outcome.change.kind} "${outcome.change.label}": ${outcome.status}${outcome.message ? `: ${outcome.message}` : ''}`;
}


/***/ }),

/***/ 2165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ flattenLive),
/* harmony export */   Zm: () => (/* binding */ jsonEqual),
/* harmony export */   bg: () => (/* binding */ NEW_MANAGED_KEY),
/* harmony export */   vT: () => (/* binding */ flattenDesired)
/* harmony export */ });
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2143);

/** How a managed key that this plan creates is shown before it exists. */
const NEW_MANAGED_KEY = '(new managed key)';
/**
 * Values the API fills in or reports for "not set" are the same as the field being absent:
 * `path: ''`, `content_type: null`, `custom_headers: []`, `details: null`. Dropping them on both
 * sides is what lets an applied config re-plan to zero changes.
 */
function isEmpty(value) {
    if (value === null || value === undefined || value === '')
        return true;
    if (Array.isArray(value))
        return value.length === 0;
    if (typeof value === 'object' && !(0,_config_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isEnvRef */ .Jm)(value) && !(0,_config_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isManagedKeyRef */ .W9)(value))
        return Object.keys(value).length === 0;
    return false;
}
function isPrimitiveArray(value) {
    return value.every((item) => item === null || typeof item !== 'object');
}
/** Arrays of primitives (e.g. `cluster_ids`) compare as one value; arrays of objects by index. */
function leafOfArray(values, unordered) {
    const value = unordered ? [...values].sort((a, b) => String(a).localeCompare(String(b), 'en', { numeric: true })) : values;
    return { shown: { kind: 'value', value }, compare: value };
}
/** Flattens a desired value into `path → leaf`, keeping `${NAME}` references unrevealed. */
function flattenDesired(value, prefix, out, options = {}) {
    if ((0,_config_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isEnvRef */ .Jm)(value)) {
        out.set(prefix, value.secret
            ? { shown: { kind: 'sensitive', name: value.name }, compare: undefined }
            : { shown: { kind: 'env', name: value.name, known: value.value !== undefined }, compare: value.value });
        return out;
    }
    if ((0,_config_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isManagedKeyRef */ .W9)(value)) {
        // Made at apply, so never equal to what is live: the plan says where it changes (plan/keys.ts).
        out.set(prefix, value.part === 'secret_key'
            ? { shown: { kind: 'sensitive', name: 'managed key secret' }, compare: undefined }
            : { shown: { kind: 'value', value: NEW_MANAGED_KEY }, compare: undefined });
        return out;
    }
    if (isEmpty(value))
        return out;
    if (Array.isArray(value)) {
        if (isPrimitiveArray(value)) {
            out.set(prefix, leafOfArray(value, options.unordered?.has(prefix) ?? false));
            return out;
        }
        value.forEach((item, index) => flattenDesired(item, `${prefix}[${index}]`, out, options));
        return out;
    }
    if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value))
            flattenDesired(item, prefix ? `${prefix}.${key}` : key, out, options);
        return out;
    }
    out.set(prefix, { shown: { kind: 'value', value }, compare: value });
    return out;
}
/** Flattens a live (API) value into `path → leaf`. */
function flattenLive(value, prefix, out, options = {}) {
    if (value === undefined || isEmpty(value))
        return out;
    if (Array.isArray(value)) {
        if (isPrimitiveArray(value)) {
            out.set(prefix, leafOfArray(value, options.unordered?.has(prefix) ?? false));
            return out;
        }
        value.forEach((item, index) => flattenLive(item, `${prefix}[${index}]`, out, options));
        return out;
    }
    if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value))
            flattenLive(item, prefix ? `${prefix}.${key}` : key, out, options);
        return out;
    }
    out.set(prefix, { shown: { kind: 'value', value }, compare: value });
    return out;
}
/** Structural equality of JSON values, key order ignored. */
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (a === null || b === null || a === undefined || b === undefined)
        return false;
    if (typeof a !== 'object' || typeof b !== 'object')
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
    const aObj = a;
    const bObj = b;
    const keys = Object.keys(aObj);
    return keys.length === Object.keys(bObj).length && keys.every((key) => jsonEqual(aObj[key], bObj[key]));
}


/***/ }),

/***/ 5111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vy: () => (/* binding */ managedKeyLabel),
/* harmony export */   W0: () => (/* binding */ keepsKey),
/* harmony export */   Z7: () => (/* binding */ rotateManagedKeys),
/* harmony export */   eV: () => (/* binding */ withCurrentKeys),
/* harmony export */   jy: () => (/* binding */ staleManagedKeys),
/* harmony export */   lk: () => (/* binding */ mayLeaveKeys),
/* harmony export */   nz: () => (/* binding */ managedKeyPrefix)
/* harmony export */ });
/* unused harmony exports MANAGED_KEY_PREFIX, isManagedKey, isManagedKeyOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _flatten_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2165);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6057);
/**
 * Managed Object Storage keys (`access_key: managed`), planned purely: their labels, the key a
 * managed destination uses now, a new key on every write of it (rotation), and the managed keys
 * no destination writes with any more once the plan is applied.
 */



/**
 * Managed keys are labelled `linode-logs:<destination>:<8 hex>`, 50 characters at most (the API's
 * limit). A destination label longer than 29 characters is shortened to its first 20 and 6 hex
 * of its sha256, so two long labels with one beginning never share a prefix.
 */
const MANAGED_KEY_PREFIX = 'linode-logs:';
const MAX_LABEL_PART = 29;
/** The label prefix of every managed key of one destination. */
function managedKeyPrefix(destination) {
    const part = destination.length <= MAX_LABEL_PART
        ? destination
        : `${destination.slice(0, 20)}~${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(destination, 'utf8').digest('hex').slice(0, 6)}`;
    return `${MANAGED_KEY_PREFIX}${part}:`;
}
/** Whether a key is one the action made, for any destination (`linode-logs:<…>:<8 hex>`). */
function isManagedKey(key) {
    return key.label.startsWith(MANAGED_KEY_PREFIX) && /^.+:[0-9a-f]{8}$/.test(key.label.slice(MANAGED_KEY_PREFIX.length));
}
/** Whether a key is one the action made for `destination` (found again by its label). */
function isManagedKeyOf(key, destination) {
    const prefix = managedKeyPrefix(destination);
    return key.label.startsWith(prefix) && /^[0-9a-f]{8}$/.test(key.label.slice(prefix.length));
}
/** A fresh label for a new managed key of `destination`; `suffix` is 8 random hex digits. */
function managedKeyLabel(destination, suffix) {
    return `${managedKeyPrefix(destination)}${suffix}`;
}
/**
 * The desired destinations with the managed key each uses now written in as its
 * `access_key_id`, and those keys by destination label. A managed destination keeps its key
 * while nothing else changes, so the diff compares it with that key, not with a new one.
 */
function withCurrentKeys(desired, liveDestinations, keys) {
    const currentKeys = new Map();
    const destinations = desired.map((destination) => {
        if (destination.managedKey === undefined)
            return destination;
        const key = currentManagedKey(destination, liveDestinations.get(destination.label), keys);
        if (key === undefined)
            return destination;
        currentKeys.set(destination.label, key);
        return { ...destination, details: { ...destination.details, access_key_id: key.access_key } };
    });
    return { destinations, currentKeys };
}
/** The key a managed destination uses now, if it is one of ours, limited to exactly its bucket. */
function currentManagedKey(destination, live, keys) {
    if (live === undefined || live.type !== destination.type || destination.managedKey === undefined)
        return undefined;
    const { bucket, region } = destination.managedKey;
    const key = keys.find((k) => k.access_key === live.details.access_key_id);
    if (key === undefined || !isManagedKeyOf(key, destination.label))
        return undefined;
    const access = key.bucket_access ?? [];
    const exact = access.length === 1 && access[0]?.bucket_name === bucket && access[0].region === region && access[0].permissions === 'read_write';
    return exact ? key : undefined;
}
/**
 * Any write of a managed destination rotates its key: the destination changes of the diff with
 * their new keys, and the key creates they need (in the same order). A live destination that
 * writes with a key that is not its managed key (any more) is given one.
 */
function rotateManagedKeys(diffed, desired, liveDestinations, currentKeys) {
    const byLabel = new Map(desired.map((d) => [d.label, d]));
    const keyCreates = [];
    const destinationChanges = diffed.map((planned) => {
        const wanted = byLabel.get(planned.label);
        if (wanted?.managedKey === undefined)
            return planned;
        const current = currentKeys.get(planned.label);
        const liveOne = liveDestinations.get(planned.label);
        // The live destination uses a key that is not its managed key (any more): give it one.
        const change = planned.action === 'noop' && current === undefined && liveOne !== undefined
            ? { kind: 'destination', label: planned.label, action: 'update', id: liveOne.id, version: liveOne.version, fields: [], reason: 'fields', desired: wanted }
            : planned;
        const rotates = change.action === 'create' || change.action === 'update' || change.action === 'replace';
        if (rotates) {
            keyCreates.push({
                kind: 'object_storage_key',
                action: 'create',
                label: `${managedKeyPrefix(wanted.label)}…`,
                desired: { destination: wanted.label, ...wanted.managedKey },
                fields: [{ path: 'bucket_access', before: { kind: 'absent' }, after: (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .value */ .U)(`read_write on ${wanted.managedKey.bucket} (${wanted.managedKey.region})`) }],
                note: `for destination ${wanted.label}`,
            });
        }
        return rotates ? withNewKey(change, wanted, current) : change;
    });
    return { keyCreates, destinationChanges };
}
/** A write of a managed destination carries a new key: the plan says so field by field. */
function withNewKey(change, desired, current) {
    if (change.kind !== 'destination' || (change.action !== 'update' && change.action !== 'replace' && change.action !== 'create'))
        return change;
    if (change.action === 'create')
        return { ...change, desired };
    const fields = change.fields.filter((f) => f.path !== 'details.access_key_id');
    fields.push({ path: 'details.access_key_id', before: current ? (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .value */ .U)(current.access_key) : (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .value */ .U)('(not a managed key)'), after: (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .value */ .U)(_flatten_js__WEBPACK_IMPORTED_MODULE_2__/* .NEW_MANAGED_KEY */ .bg) });
    fields.sort((a, b) => (a.path < b.path ? -1 : 1));
    // A rotation is a field change: the new key is a new access_key_id.
    if (change.action === 'update')
        return { ...change, desired, fields, reason: 'fields' };
    return { ...change, desired, fields };
}
/**
 * Managed keys (by label) that no destination will write with once the plan is applied, of a
 * destination the file names (rotated; switched to keys of its own or another type; unused keys
 * an interrupted run left, whose secrets are lost) or, with `prune: true`, of any other (its
 * destination pruned, or already gone). Never a key a live destination still writes with after
 * the plan; each waits for the changes of the destinations that write with it now (`after`).
 */
function staleManagedKeys(desired, live, keys, destinationChanges, currentKeys) {
    const changeOf = new Map(destinationChanges.map((c) => [c.label, c]));
    const liveLabels = new Set(live.destinations.map((d) => d.label));
    const deletes = [];
    for (const key of keys) {
        if (!isManagedKey(key))
            continue;
        const owner = desired.destinations.find((d) => isManagedKeyOf(key, d.label));
        // Without prune, a key of a destination the file does not name is left alone, like the destination.
        if (owner === undefined && !desired.prune)
            continue;
        const writers = live.destinations.filter((d) => d.details.access_key_id === key.access_key);
        if (writers.some((d) => keepsKey(changeOf.get(d.label), key.access_key)))
            continue;
        // A destination this plan creates with that very key id (written into the file) would use it too.
        if (desired.destinations.some((d) => !liveLabels.has(d.label) && d.managedKey === undefined && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .textOf */ .b)(d.details.access_key_id) === key.access_key))
            continue;
        deletes.push({
            kind: 'object_storage_key',
            action: 'delete',
            label: key.label,
            id: key.id,
            version: 0,
            note: staleKeyNote(key, owner, writers, currentKeys),
            ...(writers.length > 0 ? { after: writers.map((d) => d.label).sort() } : {}),
        });
    }
    return deletes.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
/**
 * Whether the plan makes a live Object Storage destination stop writing with its key (deleted,
 * rewritten with another key or as another type): that key may be a managed one, which the plan
 * must then delete, so the keys have to be read (see `SetupNeeds.keyCleanup` in setup-needs.ts).
 */
function mayLeaveKeys(plan, live) {
    const changeOf = new Map(plan.changes.filter((c) => c.kind === 'destination').map((c) => [c.label, c]));
    return live.destinations.some((d) => d.type === 'akamai_object_storage' && typeof d.details.access_key_id === 'string' && !keepsKey(changeOf.get(d.label), d.details.access_key_id));
}
/** Why a managed key goes, in a few words. */
function staleKeyNote(key, owner, writers, currentKeys) {
    if (owner === undefined) {
        return writers.length > 0 ? `its destination ${writers.map((d) => d.label).join(', ')} is pruned` : 'no destination uses it (prune: true)';
    }
    const wrote = writers.some((d) => d.label === owner.label);
    if (owner.managedKey === undefined)
        return wrote ? `${owner.label} no longer uses a managed key` : `unused key of ${owner.label} (its secret is lost)`;
    return key.id === currentKeys.get(owner.label)?.id || wrote ? `replaced by the new key of ${owner.label}` : `unused key of ${owner.label} (its secret is lost)`;
}
/**
 * Whether a live destination that writes with `accessKey` still does once `change` is applied.
 * No change (not in the file, prune false) or none needed: yes. Deleted, or rewritten with a new
 * managed key, another key or a type without keys: no. A key id not known in this run: assume yes.
 */
function keepsKey(change, accessKey) {
    if (change === undefined || change.action === 'noop' || change.action === 'create')
        return true;
    if (change.action === 'delete')
        return false;
    if (change.kind !== 'destination')
        return true;
    const wanted = change.desired;
    if (wanted.managedKey !== undefined || wanted.type !== 'akamai_object_storage')
        return false;
    const id = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .textOf */ .b)(wanted.details.access_key_id);
    return id === undefined || id === accessKey;
}


/***/ }),

/***/ 6057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ value),
/* harmony export */   b: () => (/* binding */ textOf)
/* harmony export */ });
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2143);
/**
 * Desired values as the setup plan reads and shows them: shared by the keys, buckets, clusters
 * and checks, which each need a value shown in a field diff or a detail read as text.
 */

/** A literal shown as it is. */
function value(v) {
    return { kind: 'value', value: v };
}
/** A detail as text: the literal, or the variable's value when it is set; undefined otherwise. */
function textOf(v) {
    if (typeof v === 'string')
        return v;
    return (0,_config_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isEnvRef */ .Jm)(v) ? v.value : undefined;
}


/***/ }),

/***/ 9536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bx: () => (/* binding */ LOCK_MODES),
/* harmony export */   rZ: () => (/* binding */ retentionChange),
/* harmony export */   uN: () => (/* binding */ describeRetention)
/* harmony export */ });
/* unused harmony export retentionDays */
/**
 * Object Lock default retention, as the config declares it and S3 reports it. Pure (no SDK), so
 * plan code can compare without loading anything.
 */
const LOCK_MODES = ['COMPLIANCE', 'GOVERNANCE'];
/** Days a retention lasts; a year counts as 365 days. */
function retentionDays(retention) {
    return retention.days ?? retention.years * 365;
}
/** `COMPLIANCE 365 days`, `GOVERNANCE 1 year`. */
function describeRetention(retention) {
    if (retention.days !== undefined)
        return `${retention.mode} ${retention.days} day${retention.days === 1 ? '' : 's'}`;
    return `${retention.mode} ${retention.years} year${retention.years === 1 ? '' : 's'}`;
}
const STRENGTH = { GOVERNANCE: 1, COMPLIANCE: 2 };
/**
 * How two retention periods compare: by days (a year counts as 365); at equal days, a period in
 * years is the longer one (a year in a leap year has 366 days).
 */
function comparePeriods(a, b) {
    const days = retentionDays(a) - retentionDays(b);
    if (days !== 0)
        return Math.sign(days);
    if (a.years !== undefined && b.days !== undefined)
        return 1;
    if (a.days !== undefined && b.years !== undefined)
        return -1;
    return 0;
}
/**
 * What it takes to go from a bucket's default retention to the declared one. The action only
 * ever raises a retention: a longer period, or GOVERNANCE → COMPLIANCE. A declared retention that
 * is shorter or weaker than the bucket's changes nothing (objects written meanwhile were promised
 * the longer period, and a shorter default is not what "at least" asks for).
 */
function retentionChange(current, desired) {
    if (current === null)
        return { kind: 'update', to: desired };
    if (current.mode === desired.mode && current.days === desired.days && current.years === desired.years)
        return { kind: 'same' };
    const mode = Math.sign(STRENGTH[desired.mode] - STRENGTH[current.mode]);
    const period = comparePeriods(desired, current);
    if (mode <= 0 && period <= 0) {
        return {
            kind: 'kept',
            note: `the bucket's default retention ${describeRetention(current)} is already at least the declared ${describeRetention(desired)}; kept, as the action only ever raises a retention`,
        };
    }
    if (mode >= 0 && period >= 0)
        return { kind: 'update', to: desired };
    // Stronger in one way, weaker in the other: raise what the file raises, keep the rest.
    const longer = period > 0 ? desired : current;
    const strongerMode = mode > 0 ? desired.mode : current.mode;
    const to = longer.days !== undefined ? { mode: strongerMode, days: longer.days } : { mode: strongerMode, years: longer.years };
    const kept = mode > 0 ? `the bucket's longer period (${describeRetention(current)})` : `the bucket's ${current.mode} mode`;
    return { kind: 'update', to, note: `declared ${describeRetention(desired)}; raised to ${describeRetention(to)}, keeping ${kept}` };
}


/***/ })

};

//# sourceMappingURL=15.index.js.map