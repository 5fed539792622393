export const id = 413;
export const ids = [413];
export const modules = {

/***/ 6413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openAccount: () => (/* binding */ openAccount),
/* harmony export */   readAccount: () => (/* binding */ readAccount)
/* harmony export */ });
/* harmony import */ var _plan_setup_needs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3542);
/* harmony import */ var _reporting_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9953);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9556);



/**
 * Opens the account and starts reading destinations and streams, which every plan needs whatever
 * the file says, and the listings `prefetch` guesses the file will need. Each read is marked as
 * handled so that its failure, while the file is parsed and later code loads, is not an
 * unhandled rejection: it surfaces where it is awaited.
 */
async function openAccount(inputs, prefetch) {
    const [{ createLinodeClient, fetchLiveState }, { RetryBudget }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(659), __webpack_require__.e(159), __webpack_require__.e(704), __webpack_require__.e(334), __webpack_require__.e(412)]).then(__webpack_require__.bind(__webpack_require__, 9412)),
        __webpack_require__.e(/* import() */ 704).then(__webpack_require__.bind(__webpack_require__, 1704)),
    ]);
    const controller = new AbortController();
    let scopes;
    const clientOptions = {
        token: inputs.token,
        apiUrl: inputs.apiUrl,
        // One retry budget for the run, whatever the number of calls and clients.
        retryBudget: new RetryBudget(),
        signal: controller.signal,
        onRetry: (line) => _reporting_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .Rm.info(line),
        debug: (line) => _reporting_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .Rm.debug(line),
        onScopes: (granted) => {
            scopes = granted;
        },
        // A token that lacks a scope is told the level this run needs (apply: read_write).
        writes: inputs.mode === 'apply',
    };
    const api = createLinodeClient({ ...clientOptions, apiVersion: inputs.apiVersion });
    const live = readLiveState(inputs, fetchLiveState(api), () => fetchLiveState(createLinodeClient({ ...clientOptions, apiVersion: inputs.apiVersion === 'v4' ? 'v4beta' : 'v4' })));
    live.catch(() => undefined);
    let client;
    const accountClient = () => (client ??= Promise.all(/* import() */[__webpack_require__.e(659), __webpack_require__.e(159), __webpack_require__.e(704), __webpack_require__.e(334), __webpack_require__.e(982)]).then(__webpack_require__.bind(__webpack_require__, 5982)).then(({ createAccountClient }) => createAccountClient({ ...clientOptions, apiVersion: inputs.apiVersion, registerSecret: _reporting_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl })));
    if (prefetch.keys || prefetch.clusters) {
        // The first listing of each is the one started now; later ones (apply's) go to the API again.
        const started = await accountClient();
        const keys = prefetch.keys ? started.listObjectStorageKeys() : undefined;
        const clusters = prefetch.clusters ? started.listLkeClusters() : undefined;
        keys?.catch(() => undefined);
        clusters?.catch(() => undefined);
        client = Promise.resolve(withFirstListings(started, keys, clusters));
    }
    return { api, live, accountClient, tokenScopes: () => scopes, abort: () => controller.abort(new Error('the run stopped before it needed this read')) };
}
/** An account client whose first listing of keys and of clusters is one already in flight. */
function withFirstListings(client, keys, clusters) {
    let firstKeys = keys;
    let firstClusters = clusters;
    return {
        ...client,
        listObjectStorageKeys: () => {
            const listing = firstKeys ?? client.listObjectStorageKeys();
            firstKeys = undefined;
            return listing;
        },
        listLkeClusters: () => {
            const listing = firstClusters ?? client.listLkeClusters();
            firstClusters = undefined;
            return listing;
        },
    };
}
/** The Logs resources; a 404/403 there is explained (no feature on the account, or the other API version). */
async function readLiveState(inputs, reading, probeOther) {
    try {
        return await reading;
    }
    catch (error) {
        const { explainLogsRefusal } = await __webpack_require__.e(/* import() */ 575).then(__webpack_require__.bind(__webpack_require__, 3575));
        const explained = await explainLogsRefusal(error, inputs.apiVersion, probeOther);
        if (explained !== undefined)
            throw new _reporting_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR('api-error', explained);
        throw error;
    }
}
const NO_SETUP = { buckets: {}, destinationAccess: {} };
/**
 * Starts the reads of the setup this file uses, next to the reads already in flight: keys, LKE
 * clusters and the destination check through the account client, buckets over S3 (its SDK
 * loaded only for `buckets:`). A new key's secret goes to the masker before the client returns it.
 */
async function readAccount(account, inputs, desired) {
    let pool;
    const bucketClients = async () => {
        if (pool === undefined) {
            const [{ bucketClientPool }, { createBucketClient }] = await Promise.all([__webpack_require__.e(/* import() */ 269).then(__webpack_require__.bind(__webpack_require__, 3269)), Promise.all(/* import() */[__webpack_require__.e(659), __webpack_require__.e(637)]).then(__webpack_require__.bind(__webpack_require__, 7637))]);
            pool ??= bucketClientPool(createBucketClient, inputs.s3Endpoint, (line) => _reporting_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .Rm.debug(line));
        }
        return pool;
    };
    const reads = {
        account,
        readKeysForCleanup: async () => {
            const [client, { keysForCleanup }] = await Promise.all([account.accountClient(), __webpack_require__.e(/* import() */ 269).then(__webpack_require__.bind(__webpack_require__, 3269))]);
            return keysForCleanup(() => client.listObjectStorageKeys());
        },
        setupApply: async () => {
            const [client, clients] = await Promise.all([account.accountClient(), bucketClients()]);
            return {
                account: client,
                bucketClient: (bucket) => {
                    const { accessKeyId, secretAccessKey } = bucket.credentials;
                    // apply refuses earlier when a referenced variable is unset (missingEnv).
                    return clients.get({ accessKeyId: accessKeyId.value ?? '', secretAccessKey: secretAccessKey.value ?? '' });
                },
                verifyDestinations: inputs.verifyDestinations,
            };
        },
        close: () => pool?.close(),
    };
    const needs = (0,_plan_setup_needs_js__WEBPACK_IMPORTED_MODULE_2__/* .setupNeeds */ .Z$)(desired);
    const needsAccount = needs.keys || needs.keyCleanup || needs.clusters || needs.clusterCheck || inputs.verifyDestinations;
    let state;
    if (!needsAccount && !needs.buckets) {
        state = account.live.then((live) => ({ live, setup: NO_SETUP }));
    }
    else {
        const [client, clients, { readLiveSetup }] = await Promise.all([account.accountClient(), bucketClients(), __webpack_require__.e(/* import() */ 269).then(__webpack_require__.bind(__webpack_require__, 3269))]);
        const setup = readLiveSetup(desired, { account: () => client, bucketClient: clients.get }, {
            writes: inputs.mode === 'apply',
            verifyDestinations: inputs.verifyDestinations,
            ...((0,_github_context_js__WEBPACK_IMPORTED_MODULE_1__/* .isPullRequestEvent */ .T5)(process.env) ? { verifyOnlyAsLive: async () => (await account.live).destinations } : {}),
        });
        state = Promise.all([account.live, setup]).then(([live, setupState]) => ({ live, setup: setupState }));
    }
    state.catch(() => undefined);
    return { ...reads, state };
}


/***/ })

};

//# sourceMappingURL=413.index.js.map