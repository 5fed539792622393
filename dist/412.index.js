export const id = 412;
export const ids = [412];
export const modules = {

/***/ 9412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_TIMEOUT_MS: () => (/* reexport */ linode_api/* DEFAULT_TIMEOUT_MS */.t1),
  createLinodeClient: () => (/* binding */ createLinodeClient),
  fetchLiveState: () => (/* binding */ fetchLiveState),
  labelFilter: () => (/* reexport */ linode_api/* labelFilter */.HY)
});

// EXTERNAL MODULE: ./src/linode/api.ts + 2 modules
var linode_api = __webpack_require__(2334);
// EXTERNAL MODULE: ./src/linode/rules.ts
var rules = __webpack_require__(4820);
// EXTERNAL MODULE: ./src/linode/types.ts
var types = __webpack_require__(2226);
;// CONCATENATED MODULE: ./src/linode/reflects.ts
/**
 * Whether a resource read back after an interrupted update holds what the update sent, so the
 * client can tell an update the server applied (its answer lost) from one it never received.
 */


function sameDetails(sent, live) {
    const ids = (details) => [...(details?.cluster_ids ?? [])].sort((a, b) => a - b).join(',');
    // `is_auto_add_all_clusters_enabled: false` is the API's default: the same as leaving it out.
    const autoAdd = (details) => details?.is_auto_add_all_clusters_enabled === true;
    return ids(sent) === ids(live) && autoAdd(sent) === autoAdd(live);
}
/** Label, destination, status (transitions allowed for) and LKE details are what was sent. */
function streamReflects(body, live) {
    return (live.label === body.label &&
        live.destinations.map((d) => d.id).join(',') === body.destinations.join(',') &&
        (0,rules/* streamStatusMayBe */.nd)(live.status, body.status) &&
        (body.details === undefined || sameDetails(body.details, live.details)));
}
const SECRET_PATHS = new Set(types/* SECRET_FIELD_PATHS */.D7);
/** Every field that was sent has that value in what came back, except write-only secrets. */
function holds(sent, live, path) {
    if (SECRET_PATHS.has(path))
        return true;
    if (Array.isArray(sent)) {
        return Array.isArray(live) && live.length === sent.length && sent.every((item, i) => holds(item, live[i], `${path}[]`));
    }
    if (sent !== null && typeof sent === 'object') {
        if (live === null || typeof live !== 'object' || Array.isArray(live))
            return false;
        return Object.entries(sent).every(([key, value]) => holds(value, live[key], path === '' ? key : `${path}.${key}`));
    }
    return sent === live;
}
/** Label and every non-secret field of the details are what was sent. */
function destinationReflects(body, live) {
    return live.label === body.label && holds(body.details, live.details, '');
}

;// CONCATENATED MODULE: ./src/linode/logs-client.ts



const STREAMS = '/monitor/streams';
const DESTINATIONS = '/monitor/streams/destinations';
/**
 * A {@link LogsApi} backed by the Linode API through axios (api.ts, http.ts): bearer auth, pagination, retries with a
 * time budget, safe creates (never blindly re-POSTs; adopts what an interrupted create made) and
 * {@link LinodeApiError}s that carry no request config. Throws at once on an unsafe `apiUrl` or
 * an unusable token.
 */
function createLinodeClient(options) {
    const api = (0,linode_api/* createApi */.xP)(options);
    // Async arrows, so a bad id rejects like any other failure instead of throwing synchronously.
    return {
        listDestinations: async () => api.list(DESTINATIONS),
        listStreams: async () => api.list(STREAMS),
        getDestination: async (id) => api.get(`${DESTINATIONS}/${(0,linode_api/* checkedId */.VJ)(id)}`),
        getStream: async (id) => api.get(`${STREAMS}/${(0,linode_api/* checkedId */.VJ)(id)}`),
        createDestination: async (body) => api.create(DESTINATIONS, body),
        updateDestination: async (id, body, version) => api.update(`${DESTINATIONS}/${(0,linode_api/* checkedId */.VJ)(id)}`, body, { version, reflects: (live) => destinationReflects(body, live) }),
        deleteDestination: async (id) => api.remove(`${DESTINATIONS}/${(0,linode_api/* checkedId */.VJ)(id)}`),
        createStream: async (body) => api.create(STREAMS, body),
        updateStream: async (id, body, version) => api.update(`${STREAMS}/${(0,linode_api/* checkedId */.VJ)(id)}`, body, { version, reflects: (live) => streamReflects(body, live) }),
        deleteStream: async (id) => api.remove(`${STREAMS}/${(0,linode_api/* checkedId */.VJ)(id)}`),
        destinationHistory: async (id) => api.list(`${DESTINATIONS}/${(0,linode_api/* checkedId */.VJ)(id)}/history`),
        streamHistory: async (id) => api.list(`${STREAMS}/${(0,linode_api/* checkedId */.VJ)(id)}/history`),
    };
}
/** Destinations and streams, read at the same time (the two listings are independent). */
async function fetchLiveState(api) {
    const [destinations, streams] = await Promise.all([api.listDestinations(), api.listStreams()]);
    return { destinations, streams };
}


/***/ }),

/***/ 2226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ DESTINATION_TYPES),
/* harmony export */   D7: () => (/* binding */ SECRET_FIELD_PATHS),
/* harmony export */   FH: () => (/* binding */ STREAM_TYPES),
/* harmony export */   rp: () => (/* binding */ DESIRED_STREAM_STATUSES)
/* harmony export */ });
/**
 * Shapes of the Linode Logs ("monitor/streams") API, as the API returns and accepts them.
 * Shared by the client, the emulator, the plan and apply.
 */
const DESTINATION_TYPES = ['akamai_object_storage', 'custom_https'];
const STREAM_TYPES = ['audit_logs', 'lke_audit_logs'];
/** What a user may ask for. */
const DESIRED_STREAM_STATUSES = ['active', 'inactive'];
/** Fields whose values the API accepts but never returns. */
const SECRET_FIELD_PATHS = [
    'access_key_secret',
    'authentication.details.basic_authentication_password',
    'client_certificate_details.client_private_key',
    'custom_headers[].value',
];


/***/ })

};

//# sourceMappingURL=412.index.js.map