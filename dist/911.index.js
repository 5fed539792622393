export const id = 911;
export const ids = [911];
export const modules = {

/***/ 6911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyPlan: () => (/* binding */ applyPlan)
});

;// CONCATENATED MODULE: ./build/apply/failure.js
function isApiFailure(error) {
    return error instanceof Error && typeof error.status === 'number' && Array.isArray(error.reasons);
}
/**
 * A failed change as a message a user can act on: what was being done, what the API said, and
 * where in the config the offending field is. Never includes request bodies (they hold secrets).
 */
function describeApiFailure(error, change, locate) {
    const doing = `${change.action} ${change.kind} "${change.label}"`;
    if (!isApiFailure(error))
        return `${doing}: ${error instanceof Error ? error.message : String(error)}`;
    const reasons = error.reasons.length > 0 ? error.reasons : [{ reason: error.message }];
    const lines = reasons.map(({ reason, field }) => {
        const where = locate?.(change, field);
        return `${where ? `${where}: ` : ''}${reason}${field ? ` [${field}]` : ''}`;
    });
    // A destination create tests its credentials by writing a test object; a failure says only this.
    if (change.kind === 'destination' && error.status === 400 && reasons.some((r) => r.reason === 'An error occurred')) {
        lines.push('The API checks a new destination by writing a small test object with its credentials: check that the access key exists, has read_write access to the bucket, and that bucket_name and host name that bucket.');
    }
    return `${doing} failed (${error.status === 0 ? 'network' : error.status}): ${lines.join('; ')}`;
}

;// CONCATENATED MODULE: ./build/apply/pool.js
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

// EXTERNAL MODULE: ./build/config/types.js
var types = __webpack_require__(5171);
;// CONCATENATED MODULE: ./build/apply/resolve.js

/** Replaces `${NAME}` references with their values. Apply checks beforehand that all are set. */
function resolve(value) {
    if ((0,types/* isEnvRef */.J)(value)) {
        if (value.value === undefined)
            throw new Error(`environment variable ${value.name} is not set`);
        return value.value;
    }
    if (Array.isArray(value))
        return value.map(resolve);
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
    }
    return value;
}
/** The full desired state of a destination, secrets included, as the console sends it. */
function destinationBody(desired) {
    return { label: desired.label, type: desired.type, details: resolve(desired.details) };
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

;// CONCATENATED MODULE: ./build/apply/wait.js
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

;// CONCATENATED MODULE: ./build/apply/apply.js




/**
 * Applies a plan in the order the real API accepts:
 * destinations (create, update, the new half of a replace) → streams that must go first
 * (replaced ones, and deletes that free the per-type quota for a create) → stream creates and
 * updates → remaining stream deletes → destination deletes (pruned ones and replaced old ones).
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
            return record({ change, status: 'failed', message: describeApiFailure(error, change, options.locate) });
        }
    };
    const run = (batch, work) => mapWithConcurrency(batch, options.concurrency, work);
    // 1. Destinations that streams will point at.
    const destinationWrites = changes.filter((c) => c.kind === 'destination' && c.action !== 'delete');
    await run(destinationWrites, (change) => attempt(change, async () => {
        if (change.kind !== 'destination' || change.action === 'delete')
            throw new Error('unreachable');
        const body = destinationBody(change.desired);
        if (change.action === 'update') {
            const current = await api.getDestination(change.id);
            refuseIfMoved(change, current.version);
            await api.updateDestination(change.id, body);
            return change.id;
        }
        // create, or the new half of a replace (the old one is deleted once no stream uses it).
        const created = await api.createDestination(body);
        destinationIds.set(change.label, created.id);
        return created.id;
    }).then((outcome) => {
        if (outcome.status === 'failed')
            failedDestinations.add(change.label);
        return outcome;
    }));
    // 2. Streams. Deletes that free quota for a create of the same type, and the old half of a
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
            record({ change, status: 'failed', message: describeApiFailure(error, change, options.locate) });
        }
        return undefined;
    });
    await run(streamWrites, async (change) => {
        if (change.kind !== 'stream' || change.action === 'delete')
            throw new Error('unreachable');
        if (failedDestinations.has(change.desired.destination)) {
            return record({ change, status: 'skipped', message: `its destination "${change.desired.destination}" was not applied` });
        }
        const earlier = outcomes.get(change);
        if (earlier?.status === 'failed')
            return earlier; // the old half of a replace could not be deleted
        const destinationId = destinationIds.get(change.desired.destination);
        if (destinationId === undefined) {
            return record({ change, status: 'skipped', message: `destination "${change.desired.destination}" does not exist` });
        }
        return attempt(change, async () => {
            const body = streamBody(change.desired, destinationId);
            if (change.action === 'update') {
                // "Unable to edit Stream at this time" while provisioning or deactivating: wait it out.
                const current = await waitForStreamSettled(api, change.id, options);
                refuseIfMoved(change, current.version);
                await api.updateStream(change.id, body);
                return change.id;
            }
            const created = await api.createStream(body);
            streamIds.set(change.label, created.id);
            return created.id;
        });
    });
    // 3. Remaining stream deletes, after the replacements are in place.
    await run(streamDeletes.filter((c) => !earlyDeletes.has(c)), (change) => attempt(change, async () => {
        if (change.action !== 'delete')
            throw new Error('unreachable');
        await deleteStream(api, change.id, options);
        streamIds.delete(change.label);
        return change.id;
    }));
    // 4. Destination deletes: pruned ones, and the old half of each replace.
    const destinationDeletes = changes.filter((c) => c.kind === 'destination' && (c.action === 'delete' || c.action === 'replace'));
    const undeletedStreamDestinations = new Set(streamDeletes
        .filter((c) => outcomes.get(c)?.status !== 'applied')
        .flatMap((c) => ('id' in c ? (liveStreamsById.get(c.id)?.destinations.map((d) => d.id) ?? []) : [])));
    await run(destinationDeletes, async (change) => {
        if (change.action !== 'delete' && change.action !== 'replace')
            throw new Error('unreachable');
        if (change.action === 'replace' && outcomes.get(change)?.status !== 'applied')
            return outcomes.get(change);
        if (undeletedStreamDestinations.has(change.id)) {
            return record({ change, status: 'skipped', message: 'a stream that uses it was not deleted' });
        }
        return attempt(change, async () => {
            await api.deleteDestination(change.id);
            if (change.action === 'delete')
                destinationIds.delete(change.label);
            return change.action === 'delete' ? change.id : destinationIds.get(change.label);
        });
    });
    return {
        outcomes: changes.map((c) => outcomes.get(c) ?? { change: c, status: 'skipped', message: 'not reached' }),
        destinationIds: Object.fromEntries([...destinationIds].sort(([a], [b]) => (a < b ? -1 : 1))),
        streamIds: Object.fromEntries([...streamIds].sort(([a], [b]) => (a < b ? -1 : 1))),
    };
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


/***/ })

};
