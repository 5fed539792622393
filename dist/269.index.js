export const id = 269;
export const ids = [269];
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

/***/ 4436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ cleanServerText),
/* harmony export */   FF: () => (/* binding */ networkKind),
/* harmony export */   Ku: () => (/* binding */ describeNetworkFailure),
/* harmony export */   Om: () => (/* binding */ LinodeApiError),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   cn: () => (/* binding */ isLinodeApiError),
/* harmony export */   d$: () => (/* binding */ formatReasons),
/* harmony export */   h: () => (/* binding */ gaveUpError),
/* harmony export */   p2: () => (/* binding */ httpError),
/* harmony export */   qS: () => (/* binding */ statusText),
/* harmony export */   x6: () => (/* binding */ networkError),
/* harmony export */   yM: () => (/* binding */ unexpectedBodyError)
/* harmony export */ });
/* unused harmony exports parseErrorBody, statusHint */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4820);
/* harmony import */ var _scopes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9630);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7194);




/**
 * A failed Linode API call, safe to print: it carries no request config, headers or body, only
 * what the message is built from. `status` is 0 when no HTTP response arrived.
 */
class LinodeApiError extends Error {
    name = 'LinodeApiError';
    status;
    method;
    /** The API path without host or query, e.g. `/v4/monitor/streams/12`. */
    path;
    reasons;
    code;
    /** How many requests were made before giving up (1 when it was not retried). */
    attempts;
    constructor(message, init) {
        super(message);
        this.status = init.status;
        this.method = init.method;
        this.path = init.path;
        this.reasons = init.reasons ?? [];
        this.code = init.code;
        this.attempts = init.attempts ?? 1;
    }
}
/** True for a {@link LinodeApiError}, also one from another copy of this module. */
function isLinodeApiError(error) {
    if (error instanceof LinodeApiError)
        return true;
    return (typeof error === 'object' &&
        error !== null &&
        error.name === 'LinodeApiError' &&
        typeof error.status === 'number');
}
const MAX_REASON_LENGTH = 500;
/**
 * Server text shown to users: single line, bounded, no control characters. An answer may echo what
 * was sent, so it is redacted before it is cut: a cut through a secret would leave a piece the
 * final redaction pass can no longer recognise.
 */
function cleanServerText(text, maxLength = MAX_REASON_LENGTH) {
    // eslint-disable-next-line no-control-regex
    const oneLine = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redactKnown */ .rA)(text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim());
    return oneLine.length > maxLength ? `${oneLine.slice(0, maxLength)}…` : oneLine;
}
/**
 * Reads the API's `{"errors":[{"reason","field"}]}` body. Anything else (an HTML error page from
 * a proxy, a truncated body) is described by its size only: it is never echoed into a message.
 */
function parseErrorBody(body) {
    if (body.trim() === '')
        return { kind: 'empty' };
    const bytes = Buffer.byteLength(body, 'utf8');
    let json;
    try {
        json = JSON.parse(body);
    }
    catch {
        return { kind: 'opaque', description: `non-JSON response, ${bytes} bytes` };
    }
    const errors = json?.errors;
    if (!Array.isArray(errors)) {
        return { kind: 'opaque', description: `JSON response without "errors", ${bytes} bytes` };
    }
    const reasons = [];
    for (const entry of errors) {
        if (typeof entry !== 'object' || entry === null)
            continue;
        const { reason, field } = entry;
        if (typeof reason !== 'string' || reason.trim() === '')
            continue;
        const cleaned = { reason: cleanServerText(reason) };
        if (typeof field === 'string' && field.trim() !== '')
            cleaned.field = cleanServerText(field, 200);
        reasons.push(cleaned);
    }
    if (reasons.length === 0) {
        return { kind: 'opaque', description: `JSON response without reasons, ${bytes} bytes` };
    }
    return { kind: 'reasons', reasons };
}
function formatReasons(reasons) {
    return reasons.map((r) => (r.field === undefined ? r.reason : `${r.reason} [${r.field}]`)).join('; ');
}
function statusText(status) {
    return node_http__WEBPACK_IMPORTED_MODULE_0__.STATUS_CODES[status] ?? 'Unknown Status';
}
/** The two collection paths; a 404 on them means the endpoints are missing, not a resource. */
const COLLECTION_PATHS = new Set(['/monitor/streams', '/monitor/streams/destinations']);
/**
 * What a user can do about a status, appended to the message. `method` and `reasons` (default
 * GET, none) tell a missing scope from a bad token and name the scope the request needed.
 * `writes`: the run applies, so a missing scope is named at `read_write`, the level the run needs
 * (a read in apply mode still needs a token that can write).
 */
function statusHint(status, apiPath, apiVersion, method = 'GET', reasons = [], writes = false) {
    const scope = (0,_scopes_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredScope */ .S4)(method, apiPath);
    switch (status) {
        case 401:
            // The real API answers a token without the endpoint's scope with 401 and this reason.
            if (reasons.some((r) => r.reason === _rules_js__WEBPACK_IMPORTED_MODULE_1__/* .API_REASONS */ .b9.tokenNotAuthorized)) {
                if (scope === undefined)
                    return 'the token lacks the scope this endpoint needs; create a personal access token that has it';
                const writeScope = scope.replace(/:read_only$/, ':read_write');
                if (writes)
                    return `the token lacks the \`${writeScope}\` scope, which apply needs; create a personal access token that has it`;
                return scope === writeScope
                    ? `the token lacks the \`${scope}\` scope for this endpoint; create a personal access token that has it`
                    : `the token lacks the \`${scope}\` scope for this endpoint; create a personal access token with \`${writeScope}\` (\`${scope}\` is enough for plan and check)`;
            }
            // The real API answers an expired or revoked token with 401 "Invalid Token".
            return 'the Linode token is invalid or expired; set the `token` input from a secret holding a valid personal access token';
        case 403:
            if (scope !== undefined && !scope.startsWith('monitor:')) {
                return `the token lacks access: it needs the \`${scope}\` scope and a user with access to the resource`;
            }
            return 'the token lacks access: it needs the `monitor:read_write` scope (`monitor:read_only` is enough for plan) and an unrestricted user, or the account lacks the Logs feature';
        case 404:
            if (!COLLECTION_PATHS.has(apiPath))
                return undefined;
            return `the Logs endpoints may be on the other API version: try api-version: ${apiVersion === 'v4' ? 'v4beta' : 'v4'}`;
        default:
            if (status >= 300 && status < 400)
                return 'the API answered with a redirect, which is not followed (the token is never sent to another URL)';
            return undefined;
    }
}
/** Builds the error for an HTTP response that is not a success. */
function httpError(failure) {
    const { method, path, status } = failure;
    const parsed = parseErrorBody(failure.body);
    const reasons = parsed.kind === 'reasons' ? parsed.reasons : [];
    let detail;
    switch (parsed.kind) {
        case 'reasons':
            detail = formatReasons(parsed.reasons);
            break;
        case 'empty':
            detail = statusText(status);
            break;
        case 'opaque':
            detail = `${statusText(status)} (${parsed.description})`;
            break;
        default: {
            const unreachable = parsed;
            throw new Error(`unhandled body kind ${String(unreachable)}`);
        }
    }
    const hint = statusHint(status, failure.apiPath, failure.apiVersion, method, reasons, failure.writes);
    const message = `${method} ${path} failed (${status}): ${detail}${hint === undefined ? '' : ` — ${hint}`}`;
    return new LinodeApiError(message, { status, method, path, reasons });
}
/** Builds the error for a 2xx response whose body is not what the API documents. */
function unexpectedBodyError(method, path, status, body, expected) {
    const bytes = Buffer.byteLength(body, 'utf8');
    let description;
    try {
        JSON.parse(body);
        description = `JSON that is not ${expected}, ${bytes} bytes`;
    }
    catch {
        description = `non-JSON response, ${bytes} bytes`;
    }
    return new LinodeApiError(`${method} ${path} returned an unexpected response (${status}): ${description}`, {
        status,
        method,
        path,
    });
}
/** Copy of `error` whose message says that retrying stopped, and why (e.g. `retry budget 120.0 s`). */
function gaveUpError(error, attempts, elapsedMs, why) {
    const message = `${error.message}; gave up after ${attempts} attempts over ${seconds(elapsedMs)} (${why})`;
    return new LinodeApiError(message, {
        status: error.status,
        method: error.method,
        path: error.path,
        reasons: error.reasons,
        code: error.code,
        attempts,
    });
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
const TLS_CODES = new Set([
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'EPROTO',
]);
function networkKind(code) {
    switch (code) {
        case 'ECONNRESET':
        case 'EPIPE':
        // A body cut off mid-stream, as axios reports it ("stream has been aborted"); http.ts says ECONNRESET.
        case 'ERR_BAD_RESPONSE':
            return 'reset';
        // http.ts's own timeout of the whole exchange is ETIMEDOUT; axios's would be ECONNABORTED.
        case 'ECONNABORTED':
        case 'ETIMEDOUT':
        case 'ESOCKETTIMEDOUT':
        case 'ERR_SOCKET_CONNECTION_TIMEOUT':
            return 'timeout';
        case 'EAI_AGAIN':
            return 'dns-temporary';
        case 'ECONNREFUSED':
            return 'refused';
        case 'ENOTFOUND':
            return 'dns';
        default:
            return code !== undefined && TLS_CODES.has(code) ? 'tls' : 'other';
    }
}
/** Short words for a network failure, for messages and retry lines. */
function describeNetworkFailure(code, detail, timeoutMs) {
    const suffix = code === undefined ? '' : ` (${code})`;
    switch (networkKind(code)) {
        case 'reset':
            return `connection reset${suffix}`;
        case 'timeout':
            return `no response within ${seconds(timeoutMs)}${suffix}`;
        case 'dns-temporary':
            return `temporary DNS failure${suffix}`;
        case 'refused':
            return `connection refused${suffix}`;
        case 'dns':
            return `host not found${suffix}`;
        case 'tls':
            return `TLS certificate not accepted${suffix}`;
        case 'other':
            return `${cleanServerText(detail, 200) || 'network error'}${suffix}`;
    }
}
/** The error for a request that got no HTTP response. It names the host, never the request. */
function networkError(failure) {
    const what = describeNetworkFailure(failure.code, failure.detail, failure.timeoutMs);
    return new LinodeApiError(`${failure.method} ${failure.path} failed: ${failure.host}: ${what}`, {
        status: 0,
        method: failure.method,
        path: failure.path,
        code: failure.code,
    });
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

/***/ 3269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bucketClientPool: () => (/* binding */ bucketClientPool),
/* harmony export */   keysForCleanup: () => (/* binding */ keysForCleanup),
/* harmony export */   readLiveSetup: () => (/* binding */ readLiveSetup)
/* harmony export */ });
/* harmony import */ var _apply_resolve_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5696);
/* harmony import */ var _apply_pool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5228);
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2143);
/* harmony import */ var _linode_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4436);
/* harmony import */ var _linode_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4820);
/* harmony import */ var _plan_setup_needs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3542);
/**
 * Reads what the setup plan needs, before planning: Object Storage keys and LKE clusters (only
 * when the file uses them or a stream names clusters), and each declared bucket over S3 with its `s3_credentials`, and with
 * the key of each destination that writes to it. The S3 SDK is loaded only when a bucket is read.
 */






function unset(refs) {
    return refs.filter((ref) => ref.value === undefined).map((ref) => `\${${ref.name}}`);
}
/**
 * A read of an area whose scope the token lacks becomes one message naming the scope the run
 * needs: `read_write` to apply, `read_only` to plan. The API's 401 does not name it.
 */
async function scoped(area, what, writes, read) {
    try {
        return await read();
    }
    catch (error) {
        const noScope = (0,_linode_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isLinodeApiError */ .cn)(error) && error.status === 401 && error.reasons.some((r) => r.reason === _linode_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .API_REASONS */ .b9.tokenNotAuthorized);
        if (!noScope)
            throw error;
        throw new Error(`The Linode token lacks the \`${area}:${writes ? 'read_write' : 'read_only'}\` scope, which ${what} need${writes ? ' to apply' : ' to plan'}: ` +
            `create a personal access token with ${area}:read_write for apply (${area}:read_only is enough for plan and check). Nothing was changed.`);
    }
}
/**
 * A read only a check or the clean-up needs: a token that may not make it (no scope for the area:
 * 401; a restricted user: 403) leaves it unread, with a note naming the scope to add (`add`: what
 * for). Any other failure still fails the run.
 */
async function optionalRead(area, what, scope, add, read) {
    try {
        return { value: await read() };
    }
    catch (error) {
        if (!(0,_linode_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isLinodeApiError */ .cn)(error))
            throw error;
        const noScope = error.status === 401 && error.reasons.some((r) => r.reason === _linode_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .API_REASONS */ .b9.tokenNotAuthorized);
        if (!noScope && error.status !== 403)
            throw error;
        return {
            unread: `the token may not read ${what} (${noScope ? `it lacks the \`${area}:read_only\` scope` : '403'}): add the \`${scope}\` scope (and, for a restricted user, access to them) ${add}`,
        };
    }
}
/** The clusters for the check of streams that name them by id only. */
async function clustersForCheck(read) {
    const result = await optionalRead('lke', 'LKE clusters', 'lke:read_only', 'to check that they exist, are LKE Enterprise and have audit logs on', read);
    return 'value' in result ? { clusters: result.value } : { clustersUnread: result.unread };
}
/** The keys, to find managed keys no destination writes with any more. */
async function keysForCleanup(read) {
    const result = await optionalRead('object_storage', 'Object Storage keys', 'object_storage:read_write', 'so that managed keys no destination writes with any more are found and deleted', read);
    return 'value' in result ? { keys: result.value } : { keysUnread: result.unread };
}
/** Destination checks in flight at once (each is a POST that writes a test object). */
const VERIFY_CONCURRENCY = 4;
/** Reads everything at once; a failure of a read the plan cannot do without rejects. */
async function readLiveSetup(desired, readers, options = {}) {
    const writes = options.writes ?? false;
    const needs = (0,_plan_setup_needs_js__WEBPACK_IMPORTED_MODULE_2__/* .setupNeeds */ .Z$)(desired);
    const declared = new Map((desired.buckets ?? []).map((b) => [b.name, b]));
    const bucketReads = new Map((desired.buckets ?? []).map((bucket) => [bucket.name, readBucket(bucket, readers)]));
    const [keys, clusters, buckets, access, verified] = await Promise.all([
        needs.keys
            ? scoped('object_storage', 'managed keys (access_key: managed)', writes, () => readers.account().listObjectStorageKeys()).then((list) => ({ keys: list }))
            : needs.keyCleanup
                ? keysForCleanup(() => readers.account().listObjectStorageKeys())
                : {},
        needs.clusters
            ? scoped('lke', 'lke_clusters: and clusters named by label', writes, () => readers.account().listLkeClusters()).then((list) => ({ clusters: list }))
            : needs.clusterCheck
                ? clustersForCheck(() => readers.account().listLkeClusters())
                : {},
        Promise.all([...bucketReads].map(async ([name, read]) => [name, await read])),
        Promise.all(desired.destinations.flatMap((destination) => {
            const { details } = destination;
            if (destination.type !== 'akamai_object_storage' || destination.managedKey !== undefined)
                return [];
            const bucket = typeof details.bucket_name === 'string' ? declared.get(details.bucket_name) : undefined;
            const id = details.access_key_id;
            const secret = details.access_key_secret;
            if (bucket === undefined || !(typeof id === 'string' || (0,_config_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isEnvRef */ .Jm)(id)) || !(0,_config_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isEnvRef */ .Jm)(secret))
                return [];
            return [(async () => [destination.label, await readWithKey(bucket, id, secret, readers)])()];
        })),
        options.verifyDestinations ? verifyDestinations(desired, readers, bucketReads, options.verifyOnlyAsLive) : undefined,
    ]);
    return {
        ...keys,
        ...clusters,
        buckets: Object.fromEntries(buckets),
        destinationAccess: Object.fromEntries(access),
        ...(verified !== undefined ? { verified } : {}),
    };
}
/** The names of the `${NAME}` references in `value` that are not set in this run. */
function unsetNames(value, out = []) {
    if ((0,_config_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isEnvRef */ .Jm)(value)) {
        if (value.value === undefined && !out.includes(value.name))
            out.push(value.name);
    }
    else if (Array.isArray(value)) {
        for (const item of value)
            unsetNames(item, out);
    }
    else if (value !== null && typeof value === 'object' && !(0,_config_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isManagedKeyRef */ .W9)(value)) {
        for (const item of Object.values(value))
            unsetNames(item, out);
    }
    return out;
}
/**
 * The API's destination check of each destination whose details are all known in this run
 * (secrets from env), a few at a time. Not asked: a managed one (its key's secret is known only
 * to the run that makes it), one with unset variables, one whose declared bucket is not there yet.
 */
async function verifyDestinations(desired, readers, bucketReads, onlyAsLive) {
    const candidates = desired.destinations.filter((d) => d.managedKey === undefined);
    const live = onlyAsLive && new Map((await onlyAsLive()).map((d) => [d.label, d]));
    const results = await (0,_apply_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .mapWithConcurrency */ .W)(candidates, VERIFY_CONCURRENCY, async (destination) => {
        const moved = live && movedFromLive(destination, live.get(destination.label));
        if (moved !== undefined)
            return { kind: 'unverified', why: `not verified on a pull request: ${moved}; the check would send its credentials there, and the file is the pull request's` };
        const unset = unsetNames(destination.details);
        if (unset.length > 0) {
            return { kind: 'unverified', why: `not verified: ${unset.map((n) => `\${${n}}`).join(', ')} not set in this run (as on pull requests from forks)` };
        }
        const bucketName = destination.details.bucket_name;
        const bucketRead = destination.type === 'akamai_object_storage' && typeof bucketName === 'string' ? bucketReads.get(bucketName) : undefined;
        if (bucketRead !== undefined) {
            const bucket = await bucketRead;
            if (bucket.kind === 'read' && bucket.reach === 'missing')
                return { kind: 'unverified', why: `not verified: bucket ${bucketName} does not exist yet`, bucketMissing: true };
        }
        try {
            await readers.account().verifyDestination((0,_apply_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .destinationBody */ .Vb)(destination));
            return { kind: 'accepted' };
        }
        catch (error) {
            return verificationFailure(error);
        }
    });
    return Object.fromEntries(candidates.map((d, i) => [d.label, results[i]]));
}
/** Where credentials go: the fields that name the receiving host. */
const RECEIVER_FIELDS = ['endpoint_url', 'bucket_name', 'host'];
/** Why a destination would send its credentials elsewhere than its live self does; undefined when it would not. */
function movedFromLive(destination, live) {
    if (live === undefined)
        return 'it is not on the account yet';
    if (live.type !== destination.type)
        return `its type differs from the live destination's (${live.type})`;
    const moved = RECEIVER_FIELDS.filter((field) => destination.details[field] !== live.details[field]);
    return moved.length > 0 ? `its ${moved.join(' and ')} differ${moved.length === 1 ? 's' : ''} from the live destination's` : undefined;
}
/** A failed destination check: the API refused the destination, or could not be asked (why). */
function verificationFailure(error) {
    if (!(0,_linode_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isLinodeApiError */ .cn)(error))
        return { kind: 'unverified', why: `not verified: ${error instanceof Error ? error.message : String(error)}` };
    if (error.status === 401 && error.reasons.some((r) => r.reason === _linode_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .API_REASONS */ .b9.tokenNotAuthorized)) {
        return { kind: 'unverified', why: 'not verified: the token lacks the `monitor:read_write` scope the API\'s destination check needs (plan needs only `monitor:read_only`); add it to verify at plan time' };
    }
    if (error.status === 403)
        return { kind: 'unverified', why: 'not verified: the API\'s destination check answered 403 (it needs the `monitor:read_write` scope and an unrestricted user)' };
    // The API's own answer about the destination: a client error other than auth, a missing endpoint or the rate limit.
    if (error.status >= 400 && error.status < 500 && error.status !== 404 && error.status !== 429) {
        const said = error.reasons.length > 0 ? (0,_linode_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReasons */ .d$)(error.reasons) : (0,_linode_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .statusText */ .qS)(error.status);
        const hint = error.reasons.some((r) => r.reason === _linode_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .API_REASONS */ .b9.anErrorOccurred)
            ? ' — for Object Storage the API writes a small test object with the key: check that the key exists, has read_write on the bucket, and that bucket_name and host name that bucket'
            : '';
        return { kind: 'refused', reason: `${error.status} ${said}${hint}` };
    }
    return { kind: 'unverified', why: `not verified: ${error.message}` };
}
/** HeadBucket, then the Object Lock configuration when it is there, with the bucket's own credentials. */
async function readBucket(bucket, readers) {
    const { accessKeyId, secretAccessKey } = bucket.credentials;
    const missing = unset([accessKeyId, secretAccessKey]);
    if (missing.length > 0 || accessKeyId.value === undefined || secretAccessKey.value === undefined) {
        return { kind: 'unread', why: `s3_credentials not set in this run (${missing.join(', ')}): bucket ${bucket.name} was not read` };
    }
    const client = readers.bucketClient({ accessKeyId: accessKeyId.value, secretAccessKey: secretAccessKey.value });
    const reach = await client.headBucket(bucket.name, bucket.region);
    if (reach !== 'exists')
        return { kind: 'read', reach };
    return { kind: 'read', reach, lock: await client.getObjectLock(bucket.name, bucket.region) };
}
/** The bucket as a destination's own key sees it; a limited key may not read Object Lock (then `unreadable`). */
async function readWithKey(bucket, id, secret, readers) {
    const keyId = typeof id === 'string' ? id : id.value;
    const missing = unset([...((0,_config_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isEnvRef */ .Jm)(id) ? [id] : []), secret]);
    if (keyId === undefined || secret.value === undefined) {
        return { kind: 'unread', why: `the destination's key is not set in this run (${missing.join(', ')})` };
    }
    const client = readers.bucketClient({ accessKeyId: keyId, secretAccessKey: secret.value });
    try {
        const reach = await client.headBucket(bucket.name, bucket.region);
        if (reach !== 'exists')
            return { kind: 'read', reach };
        return { kind: 'read', reach, lock: await client.getObjectLock(bucket.name, bucket.region) };
    }
    catch (error) {
        // S3Errors are secret-free; the check shows why it could not tell.
        return { kind: 'unread', why: error instanceof Error ? error.message : String(error) };
    }
}
/**
 * Bucket clients shared by the reads and the apply of one run, one per key, closed together.
 * `endpoint` is the action's `s3-endpoint` (a template with `{region}`; undefined: Linode's): the
 * workflow alone chooses where S3 credentials are sent.
 */
function bucketClientPool(create, endpoint, debug) {
    const clients = new Map();
    return {
        get: (credentials) => {
            let client = clients.get(credentials.accessKeyId);
            if (client === undefined) {
                client = create({ credentials, ...(endpoint !== undefined ? { endpoint } : {}), ...(debug ? { debug } : {}) });
                clients.set(credentials.accessKeyId, client);
            }
            return client;
        },
        close: () => {
            for (const client of clients.values())
                client.close();
            clients.clear();
        },
    };
}


/***/ })

};

//# sourceMappingURL=269.index.js.map