export const id = 575;
export const ids = [575];
export const modules = {

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

/***/ 3575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainLogsRefusal: () => (/* binding */ explainLogsRefusal)
/* harmony export */ });
/* unused harmony export LKE_AUDIT_TICKET_SUMMARY */
/* harmony import */ var _linode_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4436);

/** The ticket summary Linode's docs give for Kubernetes API audit logs. */
const LKE_AUDIT_TICKET_SUMMARY = 'Support for Kubernetes API audit logs';
const isLogsRefusal = (error) => (0,_linode_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isLinodeApiError */ .cn)(error) && (error.status === 404 || error.status === 403) && /\/monitor\/streams/.test(error.path);
/**
 * When reading the Logs endpoints failed with 404/403, what that means, found by asking the other
 * version (`probeOther` lists streams there). Undefined when it means something else: then the
 * original error says it best.
 */
async function explainLogsRefusal(error, version, probeOther) {
    if (!(0,_linode_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isLinodeApiError */ .cn)(error) || !isLogsRefusal(error))
        return undefined;
    const other = version === 'v4' ? 'v4beta' : 'v4';
    try {
        await probeOther();
    }
    catch (otherError) {
        if (!isLogsRefusal(otherError))
            return undefined;
        const statuses = `${error.status} on ${version}, ${(0,_linode_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isLinodeApiError */ .cn)(otherError) ? otherError.status : '?'} on ${other}`;
        return (`The account does not have the Logs feature (Akamai Cloud Pulse log streams): the Logs endpoints answered ${statuses}. ` +
            'Ask Linode to enable it with a support ticket (Cloud Manager → Help & Support → Open a ticket); for Kubernetes API audit logs of ' +
            `LKE Enterprise clusters, use the ticket summary "${LKE_AUDIT_TICKET_SUMMARY}". ` +
            (error.status === 403 ? 'A 403 can also mean the token\'s user is restricted: use a token of an unrestricted user. ' : '') +
            'Nothing was changed.');
    }
    return `The Logs endpoints answered ${error.status} on ${version} but work on ${other}: set the input api-version: ${other}. Nothing was changed.`;
}


/***/ })

};

//# sourceMappingURL=575.index.js.map