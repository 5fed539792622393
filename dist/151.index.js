export const id = 151;
export const ids = [151];
export const modules = {

/***/ 2151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyPlan: () => (/* binding */ applyPlan)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/plan/keys.ts
var plan_keys = __webpack_require__(5111);
;// CONCATENATED MODULE: ./src/apply/failure.ts
function isApiFailure(error) {
    return error instanceof Error && typeof error.status === 'number' && Array.isArray(error.reasons);
}
/**
 * A failed change as a message a user can act on: what was being done, what the API said, and
 * where in the config the offending field is. Never includes request bodies (they hold secrets).
 */
async function describeApiFailure(error, change, locate) {
    const doing = `${change.action} ${change.kind} "${change.label}"`;
    if (!isApiFailure(error))
        return `${doing}: ${error instanceof Error ? error.message : String(error)}`;
    const reasons = error.reasons.length > 0 ? error.reasons : [{ reason: error.message }];
    const lines = [];
    for (const { reason, field } of reasons) {
        const where = await locate?.(change, field);
        lines.push(`${where ? `${where}: ` : ''}${reason}${field ? ` [${field}]` : ''}`);
    }
    // A destination create tests its credentials by writing a test object; a failure says only this.
    if (change.kind === 'destination' && error.status === 400 && reasons.some((r) => r.reason === 'An error occurred')) {
        lines.push('The API checks a new destination by writing a small test object with its credentials: check that the access key exists, has read_write access to the bucket, and that bucket_name and host name that bucket.');
    }
    return `${doing} failed (${error.status === 0 ? 'network' : error.status}): ${lines.join('; ')}`;
}

// EXTERNAL MODULE: ./src/apply/pool.ts
var pool = __webpack_require__(5228);
// EXTERNAL MODULE: ./src/apply/resolve.ts
var resolve = __webpack_require__(5696);
;// CONCATENATED MODULE: ./src/apply/wait.ts
const MAX_POLL_MS = 15_000;
const TRANSITIONAL = new Set(['provisioning', 'deactivating']);
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function isNotFound(error) {
    return typeof error === 'object' && error !== null && error.status === 404;
}
async function poll(waiting, what, probe) {
    const sleep = waiting.sleep ?? defaultSleep;
    const now = waiting.now ?? Date.now;
    const deadline = now() + waiting.waitTimeoutMs;
    let interval = waiting.pollIntervalMs ?? 1000;
    let told = false;
    for (;;) {
        const result = await probe();
        if (result !== undefined)
            return result;
        if (now() + interval > deadline) {
            throw new Error(`timed out after ${Math.round(waiting.waitTimeoutMs / 1000)} s waiting for ${what} (input wait-timeout)`);
        }
        if (!told)
            waiting.onWait?.(`waiting for ${what}`);
        told = true;
        await sleep(interval);
        interval = Math.min(MAX_POLL_MS, Math.round(interval * 1.5));
    }
}
async function waitForStreamSettled(api, id, waiting, options = { allowMissing: false }) {
    const gone = Symbol('gone');
    const result = await poll(waiting, `stream #${id} to finish provisioning/deactivating`, async () => {
        try {
            const stream = await api.getStream(id);
            return TRANSITIONAL.has(stream.status) ? undefined : stream;
        }
        catch (error) {
            if (options.allowMissing && isNotFound(error))
                return gone;
            throw error;
        }
    });
    return result === gone ? undefined : result;
}
/** Confirms a deleted stream is gone, deleting again if the first DELETE was silently ignored. */
async function waitForStreamGone(api, id, waiting) {
    await poll(waiting, `stream #${id} to be deleted`, async () => {
        try {
            const stream = await api.getStream(id);
            if (!TRANSITIONAL.has(stream.status))
                await api.deleteStream(id);
            return undefined;
        }
        catch (error) {
            if (isNotFound(error))
                return true;
            throw error;
        }
    });
}

;// CONCATENATED MODULE: ./src/apply/apply.ts






/**
 * Applies a plan in the order the real API accepts:
 * buckets (created with Object Lock, retention raised) → new managed keys → destinations
 * (create, update, the new half of a replace; a managed one with its new key) → LKE clusters'
 * audit logs → streams that must go first (replaced ones, and deletes that free the per-type
 * quota for a create) → stream creates and updates → remaining stream deletes → destination
 * deletes (pruned ones and replaced old ones) → managed keys no destination writes with any
 * more, each only once the destinations that wrote with it were changed as planned.
 * One failure does not hide the others: every change gets an outcome, dependents are skipped.
 */
async function applyPlan(plan, live, api, options, streamQuota) {
    const outcomes = new Map();
    const destinationIds = new Map(live.destinations.map((d) => [d.label, d.id]));
    const streamIds = new Map(live.streams.map((s) => [s.label, s.id]));
    const liveStreamsById = new Map(live.streams.map((s) => [s.id, s]));
    const changes = plan.changes.filter((c) => c.action !== 'noop');
    const failedDestinations = new Set();
    const record = (outcome) => {
        outcomes.set(outcome.change, outcome);
        options.onOutcome?.(outcome);
        return outcome;
    };
    const attempt = async (change, work) => {
        try {
            const id = await work();
            return record({ change, status: 'applied', ...(id !== undefined ? { id } : {}) });
        }
        catch (error) {
            return record({ change, status: 'failed', message: await describeApiFailure(error, change, options.locate) });
        }
    };
    const run = (batch, work) => (0,pool/* mapWithConcurrency */.W)(batch, options.concurrency, work);
    const setup = () => {
        if (options.setup === undefined)
            throw new Error('internal error: the plan has setup changes but apply got no setup clients');
        return options.setup;
    };
    // 1. Buckets, with Object Lock from their creation; ensureBucket re-reads and refuses to weaken.
    const failedBuckets = new Set();
    await run(changes.filter((c) => c.kind === 'bucket'), (change) => attempt(change, async () => {
        if (change.kind !== 'bucket' || change.action === 'delete')
            throw new Error('unreachable: buckets are never deleted');
        const { desired } = change;
        await setup().bucketClient(desired).ensureBucket(desired.name, desired.region, desired.objectLock);
        return undefined;
    }).then((outcome) => {
        if (outcome.status !== 'applied')
            failedBuckets.add(outcome.change.label);
        return outcome;
    }));
    // 2. New managed keys, limited to read_write on their one bucket. The secret goes to the masker
    // (the account client's registerSecret) before anything else sees it, and lives only in `keys`.
    const keys = new Map();
    await run(changes.filter((c) => c.kind === 'object_storage_key' && c.action === 'create'), async (change) => {
        if (change.kind !== 'object_storage_key' || change.action !== 'create')
            throw new Error('unreachable');
        const { destination, bucket, region } = change.desired;
        if (failedBuckets.has(bucket)) {
            failedDestinations.add(destination);
            return record({ change, status: 'skipped', message: `its bucket ${bucket} was not applied` });
        }
        const label = (0,plan_keys/* managedKeyLabel */.Vy)(destination, (setup().keySuffix ?? randomSuffix)());
        try {
            const created = await setup().account.createObjectStorageKey({
                label,
                bucket_access: [{ region, bucket_name: bucket, permissions: 'read_write' }],
            });
            keys.set(destination, { id: created.id, accessKey: created.access_key, secretKey: created.secret_key });
            // The plan could only name the label's prefix; the log names the key made.
            return record({ change, status: 'applied', id: created.id, message: `labelled ${label}` });
        }
        catch (error) {
            failedDestinations.add(destination);
            return record({ change, status: 'failed', message: await describeApiFailure(error, change, options.locate) });
        }
    });
    // 3. Destinations that streams will point at.
    const destinationWrites = changes.filter((c) => c.kind === 'destination' && c.action !== 'delete');
    await run(destinationWrites, async (change) => {
        if (change.kind !== 'destination' || change.action === 'delete')
            throw new Error('unreachable');
        const managed = change.desired.managedKey !== undefined;
        if (managed && failedDestinations.has(change.label)) {
            return record({ change, status: 'skipped', message: 'its managed key was not created' });
        }
        const key = keys.get(change.label);
        return attempt(change, async () => {
            const body = (0,resolve/* destinationBody */.Vb)(change.desired, key);
            // The API's own check (a test object written with the key) before anything is written: a
            // create, an update, and a managed key's rotation (its new key is checked before it is used).
            const verify = async () => {
                if (options.setup?.verifyDestinations)
                    await options.setup.account.verifyDestination(body);
            };
            if (change.action === 'update') {
                const current = await api.getDestination(change.id);
                refuseIfMoved(change, current.version);
                await verify();
                await api.updateDestination(change.id, (0,resolve/* updateBodyOf */.Nc)(body), current.version);
                return change.id;
            }
            await verify();
            // create, or the new half of a replace (the old one is deleted once no stream uses it).
            const created = await api.createDestination(body);
            destinationIds.set(change.label, created.id);
            return created.id;
        }).then(async (outcome) => {
            if (outcome.status === 'failed') {
                failedDestinations.add(change.label);
                // Nobody else has its secret: a key the destination did not take is deleted at once.
                if (key !== undefined)
                    await setup().account.deleteObjectStorageKey(key.id).catch(() => undefined);
            }
            return outcome;
        });
    });
    // 4. Kubernetes API audit logs on, before the lke_audit_logs streams that read them.
    const failedClusters = new Set();
    await run(changes.filter((c) => c.kind === 'lke_cluster'), (change) => attempt(change, async () => {
        if (change.action !== 'update')
            throw new Error('unreachable: LKE clusters are only updated');
        await setup().account.updateLkeCluster(change.id, { control_plane: { audit_logs_enabled: true } });
        return change.id;
    }).then((outcome) => {
        if (outcome.status !== 'applied' && 'id' in change)
            failedClusters.add(change.id);
        return outcome;
    }));
    // 5. Streams. Deletes that free quota for a create of the same type, and the old half of a
    // replace, go first: an account allows only `stream_quota` streams of a type.
    const streamDeletes = changes.filter((c) => c.kind === 'stream' && c.action === 'delete');
    const streamWrites = changes.filter((c) => c.kind === 'stream' && c.action !== 'delete');
    const earlyDeletes = new Set([
        ...streamWrites.filter((c) => c.action === 'replace'),
        ...streamDeletesFreeingQuota(streamDeletes, streamWrites, live.streams, streamQuota),
    ]);
    await run([...earlyDeletes], async (change) => {
        if (change.action !== 'delete' && change.action !== 'replace')
            throw new Error('unreachable');
        if (change.action === 'delete') {
            return attempt(change, async () => {
                await deleteStream(api, change.id, options);
                streamIds.delete(change.label);
                return change.id;
            });
        }
        // The old half of a replace: only a failure is an outcome; success is reported with the create.
        try {
            await deleteStream(api, change.id, options);
            streamIds.delete(change.label);
        }
        catch (error) {
            record({ change, status: 'failed', message: await describeApiFailure(error, change, options.locate) });
        }
        return undefined;
    });
    await run(streamWrites, async (change) => {
        if (change.kind !== 'stream' || change.action === 'delete')
            throw new Error('unreachable');
        if (failedDestinations.has(change.desired.destination)) {
            return record({ change, status: 'skipped', message: `its destination "${change.desired.destination}" was not applied` });
        }
        const cluster = change.desired.details?.cluster_ids?.find((id) => failedClusters.has(id));
        if (cluster !== undefined) {
            return record({ change, status: 'skipped', message: `audit logs of LKE cluster #${cluster} were not turned on` });
        }
        const earlier = outcomes.get(change);
        if (earlier?.status === 'failed')
            return earlier; // the old half of a replace could not be deleted
        const destinationId = destinationIds.get(change.desired.destination);
        if (destinationId === undefined) {
            return record({ change, status: 'skipped', message: `destination "${change.desired.destination}" does not exist` });
        }
        return attempt(change, async () => {
            const body = (0,resolve/* streamBody */.tY)(change.desired, destinationId);
            if (change.action === 'update') {
                // "Unable to edit Stream at this time" while provisioning or deactivating: wait it out.
                const current = await waitForStreamSettled(api, change.id, options);
                refuseIfMoved(change, current.version);
                await api.updateStream(change.id, (0,resolve/* updateBodyOf */.Nc)(body), current.version);
                return change.id;
            }
            const created = await api.createStream(body);
            streamIds.set(change.label, created.id);
            return created.id;
        });
    });
    // 6. Remaining stream deletes, after the replacements are in place.
    await run(streamDeletes.filter((c) => !earlyDeletes.has(c)), (change) => attempt(change, async () => {
        if (change.action !== 'delete')
            throw new Error('unreachable');
        await deleteStream(api, change.id, options);
        streamIds.delete(change.label);
        return change.id;
    }));
    // 7. Destination deletes: pruned ones, and the old half of each replace.
    const destinationDeletes = changes.filter((c) => c.kind === 'destination' && (c.action === 'delete' || c.action === 'replace'));
    const undeletedStreamDestinations = new Set(streamDeletes
        .filter((c) => outcomes.get(c)?.status !== 'applied')
        .flatMap((c) => ('id' in c ? (liveStreamsById.get(c.id)?.destinations.map((d) => d.id) ?? []) : [])));
    await run(destinationDeletes, async (change) => {
        if (change.action !== 'delete' && change.action !== 'replace')
            throw new Error('unreachable');
        if (change.action === 'replace') {
            // The replace was reported when its new half was created; only a failure here is news.
            const created = outcomes.get(change);
            if (created?.status !== 'applied')
                return created;
            const leftOver = (why) => `created anew, but the old destination #${change.id} was not deleted: ${why}`;
            if (undeletedStreamDestinations.has(change.id)) {
                return record({ ...created, status: 'failed', message: leftOver('a stream that uses it was not deleted') });
            }
            try {
                await api.deleteDestination(change.id);
                return created;
            }
            catch (error) {
                return record({ ...created, status: 'failed', message: leftOver(await describeApiFailure(error, change, options.locate)) });
            }
        }
        if (undeletedStreamDestinations.has(change.id)) {
            return record({ change, status: 'skipped', message: 'a stream that uses it was not deleted' });
        }
        return attempt(change, async () => {
            await api.deleteDestination(change.id);
            destinationIds.delete(change.label);
            return change.id;
        });
    });
    // 8. Managed keys no destination writes with any more: only once every destination that wrote
    // with it took another key or is gone (a replaced one's old half receives logs until deleted).
    const destinationChanges = new Map(changes.filter((c) => c.kind === 'destination').map((c) => [c.label, c]));
    await run(changes.filter((c) => c.kind === 'object_storage_key' && c.action === 'delete'), async (change) => {
        if (change.action !== 'delete')
            throw new Error('unreachable');
        const waiting = (change.after ?? []).find((label) => {
            const before = destinationChanges.get(label);
            return before === undefined || outcomes.get(before)?.status !== 'applied';
        });
        if (waiting !== undefined)
            return record({ change, status: 'skipped', message: `destination "${waiting}" may still write with it: its change was not applied` });
        return attempt(change, async () => {
            await setup().account.deleteObjectStorageKey(change.id);
            return change.id;
        });
    });
    return {
        outcomes: changes.map((c) => outcomes.get(c) ?? { change: c, status: 'skipped', message: 'not reached' }),
        destinationIds: Object.fromEntries([...destinationIds].sort(([a], [b]) => (a < b ? -1 : 1))),
        streamIds: Object.fromEntries([...streamIds].sort(([a], [b]) => (a < b ? -1 : 1))),
    };
}
function randomSuffix() {
    return (0,external_node_crypto_.randomBytes)(4).toString('hex');
}
/** Refuses to write over a resource someone changed after the plan was made. */
function refuseIfMoved(change, currentVersion) {
    if (currentVersion !== change.version) {
        throw new Error(`${change.kind} "${change.label}" changed on the account after the plan (version ${change.version} → ${currentVersion}); nothing was written. Re-run the plan and review it again.`);
    }
}
/** A DELETE of a stream in a transitional state may be silently ignored: settle, delete, confirm. */
async function deleteStream(api, id, waiting) {
    await waitForStreamSettled(api, id, waiting, { allowMissing: true });
    await api.deleteStream(id);
    await waitForStreamGone(api, id, waiting);
}
/** Per type, the deletes needed before the creates so the account stays within its quota. */
function streamDeletesFreeingQuota(deletes, writes, liveStreams, quota) {
    const liveTypeById = new Map(liveStreams.map((s) => [s.id, s.type]));
    const countsByType = new Map();
    const entry = (type) => {
        let counts = countsByType.get(type);
        if (!counts)
            countsByType.set(type, (counts = { live: 0, creates: 0, deletes: [] }));
        return counts;
    };
    for (const stream of liveStreams)
        entry(stream.type).live += 1;
    for (const change of writes) {
        if (change.kind !== 'stream')
            continue;
        // A replace deletes its old stream first and creates one of the new type.
        if (change.action === 'replace')
            entry(liveTypeById.get(change.id) ?? '').live -= 1;
        if (change.action === 'create' || change.action === 'replace')
            entry(change.desired.type).creates += 1;
    }
    for (const change of deletes)
        if (change.action === 'delete')
            entry(liveTypeById.get(change.id) ?? '').deletes.push(change);
    return [...countsByType.values()].flatMap((c) => c.deletes.slice(0, Math.max(0, c.live + c.creates - quota)));
}


/***/ }),

/***/ 5696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nc: () => (/* binding */ updateBodyOf),
/* harmony export */   Vb: () => (/* binding */ destinationBody),
/* harmony export */   tY: () => (/* binding */ streamBody)
/* harmony export */ });
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2143);

/** Replaces `${NAME}` references with their values, and managed-key parts with `key`. Apply checks beforehand that all are set. */
function resolve(value, key) {
    if ((0,_config_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isEnvRef */ .Jm)(value)) {
        if (value.value === undefined)
            throw new Error(`environment variable ${value.name} is not set`);
        return value.value;
    }
    if ((0,_config_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isManagedKeyRef */ .W9)(value)) {
        if (key === undefined)
            throw new Error('the managed key was not created');
        return value.part === 'access_key_id' ? key.accessKey : key.secretKey;
    }
    if (Array.isArray(value))
        return value.map((item) => resolve(item, key));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, key)]));
    }
    return value;
}
/**
 * The full desired state of a destination, secrets included, as the console sends it. A managed
 * destination takes the key created for it in this run (every write of one rotates its key).
 */
function destinationBody(desired, key) {
    const details = resolve(desired.details, key);
    if (desired.managedKey !== undefined) {
        if (key === undefined)
            throw new Error('the managed key was not created');
        details.access_key_id = key.accessKey;
        details.access_key_secret = key.secretKey;
    }
    return { label: desired.label, type: desired.type, details };
}
function updateBodyOf(body) {
    const { type: _type, ...update } = body;
    return update;
}
/** A stream body: `details` only for `lke_audit_logs` (the API refuses it on `audit_logs`). */
function streamBody(desired, destinationId) {
    return {
        label: desired.label,
        type: desired.type,
        status: desired.status,
        destinations: [destinationId],
        ...(desired.type === 'lke_audit_logs' && desired.details ? { details: desired.details } : {}),
    };
}


/***/ })

};

//# sourceMappingURL=151.index.js.map