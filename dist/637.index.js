export const id = 637;
export const ids = [637];
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

/***/ 2591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H2: () => (/* binding */ proxyAgentFor),
/* harmony export */   aB: () => (/* binding */ proxyAgentOptions)
/* harmony export */ });
/* unused harmony export proxyUrlFor */
/* harmony import */ var https_proxy_agent__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7659);
/* harmony import */ var _api_url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8227);


/**
 * The proxy `url` should go through, from HTTPS_PROXY / HTTP_PROXY and NO_PROXY (lower-case forms
 * first, as curl reads them), or undefined to connect directly. A loopback host (the emulator) is
 * never proxied. NO_PROXY is a list of hosts separated by commas or spaces: `*` (every host),
 * `example.org` (it and its subdomains), `.example.org` or `*.example.org` (its subdomains and
 * itself), each optionally with `:port`; no CIDR ranges.
 *
 * Not proxy-from-env: it reads only the global `process.env`, and this takes the environment as
 * an argument (the runner's, trusted; a test's own), so the lookup is these few lines instead.
 */
function proxyUrlFor(url, env = process.env) {
    if ((0,_api_url_js__WEBPACK_IMPORTED_MODULE_1__/* .isLoopbackHost */ .cW)(url.hostname))
        return undefined;
    const read = (name) => {
        const value = env[name.toLowerCase()] ?? env[name.toUpperCase()];
        return value === undefined || value.trim() === '' ? undefined : value.trim();
    };
    const proxy = url.protocol === 'https:' ? read('https_proxy') : url.protocol === 'http:' ? read('http_proxy') : undefined;
    if (proxy === undefined || bypassed(url, read('no_proxy') ?? ''))
        return undefined;
    // A bare `host:port` (no scheme) is an http proxy, as curl and node read it.
    return proxy.includes('://') ? proxy : `http://${proxy}`;
}
function bypassed(url, noProxy) {
    const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    const port = url.port !== '' ? url.port : url.protocol === 'https:' ? '443' : '80';
    return noProxy
        .toLowerCase()
        .split(/[\s,]+/)
        .filter((entry) => entry !== '')
        .some((entry) => {
        if (entry === '*')
            return true;
        // `host`, `host:port`, `[v6]`, `[v6]:port`; a bare IPv6 address matches only as it is.
        const parts = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(entry);
        if (parts === null)
            return host === entry;
        const [, name = '', entryPort] = parts;
        if (entryPort !== undefined && entryPort !== port)
            return false;
        const suffix = name.replace(/^\*?\.?/, '').replace(/^\[|\]$/g, '');
        return suffix !== '' && (host === suffix || host.endsWith(`.${suffix}`));
    });
}
/**
 * An agent that tunnels requests to `url` through the proxy the environment names (a CONNECT,
 * so an https request's headers, the token among them, stay inside TLS to the API host), or
 * undefined when `url` is to be reached directly. `options` are the agent's own (keep-alive,
 * TLS options for the target). For any client of the action: the Linode API, S3, GitHub.
 */
function proxyAgentFor(url, env = process.env, options = {}) {
    const proxy = proxyUrlFor(url, env);
    if (proxy === undefined)
        return undefined;
    const agent = new https_proxy_agent__WEBPACK_IMPORTED_MODULE_0__/* .HttpsProxyAgent */ .b(proxy, options);
    // https-proxy-agent applies its options to the connection to the proxy; the TLS to the target
    // takes each request's options, which node's Agent merges from `agent.options`.
    if (options.ca !== undefined)
        Object.assign(agent.options, { ca: options.ca });
    return agent;
}
/**
 * Options for node's own http/https Agent that make it honour HTTPS_PROXY, HTTP_PROXY and
 * NO_PROXY (node >= 24.5 reads `proxyEnv`; older node ignores it). Still used by the S3 and
 * GitHub clients until they move to {@link proxyAgentFor}; the Linode client no longer does.
 */
function proxyAgentOptions(url, env = process.env) {
    return (0,_api_url_js__WEBPACK_IMPORTED_MODULE_1__/* .isLoopbackHost */ .cW)(url.hostname) ? {} : { proxyEnv: env };
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

/***/ 7637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S3_REFUSALS: () => (/* binding */ S3_REFUSALS),
  createBucketClient: () => (/* binding */ createBucketClient)
});

// EXTERNAL MODULE: ./src/linode/errors.ts
var errors = __webpack_require__(4436);
;// CONCATENATED MODULE: ./src/s3/errors.ts
/** The S3 boundary's one error type, and the translation of SDK errors into it. Pure (no SDK). */

/**
 * A failed S3 operation, safe to print: it carries no credentials, request or SDK object, only
 * what the message is built from.
 */
class S3Error extends Error {
    name = 'S3Error';
    code;
    status;
    operation;
    bucket;
    region;
    constructor(message, init) {
        super(message);
        this.code = init.code;
        this.status = init.status;
        this.operation = init.operation;
        this.bucket = init.bucket;
        this.region = init.region;
    }
}
function isS3Error(error) {
    return error instanceof S3Error || (typeof error === 'object' && error !== null && error.name === 'S3Error');
}
/** The status and code of whatever the SDK threw (a service error, a network error, …). */
function sdkFailure(error) {
    const e = (typeof error === 'object' && error !== null ? error : {});
    const status = typeof e.$metadata?.httpStatusCode === 'number' ? e.$metadata.httpStatusCode : 0;
    const detail = typeof e.message === 'string' ? (0,errors/* cleanServerText */.Ct)(e.message, 200) : '';
    if (status === 0) {
        const code = typeof e.code === 'string' ? e.code : typeof e.name === 'string' && e.name !== 'Error' ? e.name : 'NetworkError';
        return { status, code, detail };
    }
    const code = typeof e.Code === 'string' ? e.Code : typeof e.name === 'string' ? e.name : 'UnknownError';
    // HEAD answers have no body, so the SDK has no code to give them.
    if (code === 'UnknownError' || code === 'Unknown' || code === 'Error')
        return { status, code: status === 404 ? 'NotFound' : status === 403 ? 'Forbidden' : code, detail };
    return { status, code, detail };
}
/** What a user can do about a code, for the bucket `bucket` in `region`. */
function hint(code, bucket, region) {
    switch (code) {
        case 'AccessDenied':
        case 'Forbidden':
            return `the key may not do this on bucket ${bucket}: a limited key needs read_write access to it, and Object Lock settings need an unlimited key valid in ${region}`;
        case 'InvalidAccessKeyId':
            return `the access key id is not known in ${region}: a key works only in the regions it was created for (or it was deleted)`;
        case 'SignatureDoesNotMatch':
            return 'the secret key does not belong to the access key id';
        case 'NoSuchBucket':
        case 'NotFound':
            return `bucket ${bucket} does not exist in ${region}`;
        case 'BucketAlreadyExists':
            return `the name ${bucket} is taken in ${region} by another account; choose another bucket name`;
        case 'RequestTimeTooSkewed':
            return "the runner's clock is off";
        default:
            return undefined;
    }
}
/** Turns whatever an SDK call threw into an {@link S3Error} naming the operation, bucket and region. */
function toS3Error(error, operation, bucket, region) {
    if (isS3Error(error))
        return error;
    const { status, code, detail } = sdkFailure(error);
    const what = status === 0 ? `${code}${detail === '' ? '' : `: ${detail}`}` : `${status} ${code}`;
    const help = hint(code, bucket, region);
    return new S3Error(`S3 ${operation} on bucket ${bucket} (${region}) failed: ${what}${help === undefined ? '' : ` — ${help}`}`, {
        code,
        status,
        operation,
        bucket,
        region,
    });
}

// EXTERNAL MODULE: ./src/linode/proxy.ts
var proxy = __webpack_require__(2591);
// EXTERNAL MODULE: ./src/s3/endpoint.ts
var s3_endpoint = __webpack_require__(8405);
// EXTERNAL MODULE: ./src/s3/retention.ts
var retention = __webpack_require__(9536);
;// CONCATENATED MODULE: ./src/s3/bucket-client.ts




/** Error codes of this module's own refusals. */
const S3_REFUSALS = {
    objectLockNotEnabled: 'ObjectLockNotEnabled',
    objectLockUnreadable: 'ObjectLockUnreadable',
};
let sdkPromise;
/** The SDK, loaded once, on first use. */
function loadSdk() {
    sdkPromise ??= __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    return sdkPromise;
}
function isLockMode(value) {
    return retention/* LOCK_MODES */.bx.includes(value);
}
/** The retention S3 reported, when it is one this module understands. */
function retentionOf(rule) {
    if (rule === undefined || !isLockMode(rule.Mode))
        return null;
    if (typeof rule.Days === 'number')
        return { mode: rule.Mode, days: rule.Days };
    if (typeof rule.Years === 'number')
        return { mode: rule.Mode, years: rule.Years };
    return null;
}
/** A {@link BucketClient}; nothing is loaded or connected until the first call. */
function createBucketClient(options) {
    const template = options.endpoint ?? s3_endpoint/* DEFAULT_S3_ENDPOINT */.vq;
    const clients = new Map();
    const debug = (line) => options.debug?.(line);
    async function clientFor(region) {
        const endpoint = (0,s3_endpoint/* s3EndpointFor */.hy)(region, template);
        const sdk = await loadSdk();
        let client = clients.get(endpoint);
        if (client === undefined) {
            // The SDK makes its own agents from these options: the proxy from the environment, as for the Linode API.
            const agent = (0,proxy/* proxyAgentOptions */.aB)(new URL(endpoint));
            client = new sdk.S3Client({
                endpoint,
                region: options.signingRegion ?? 'us-east-1',
                // Path-style works on every Linode cluster and on the emulator, and keeps dotted bucket
                // names inside the endpoint's TLS certificate.
                forcePathStyle: true,
                credentials: { accessKeyId: options.credentials.accessKeyId, secretAccessKey: options.credentials.secretAccessKey },
                maxAttempts: options.maxAttempts ?? 3,
                requestHandler: {
                    requestTimeout: options.timeoutMs ?? 30_000,
                    connectionTimeout: options.timeoutMs ?? 30_000,
                    httpsAgent: agent,
                    httpAgent: agent,
                },
            });
            clients.set(endpoint, client);
        }
        return { sdk, client };
    }
    /** Runs one SDK call, with a debug line and the error turned into an S3Error. */
    async function call(operation, bucket, region, run) {
        const { sdk, client } = await clientFor(region);
        const started = performance.now();
        const took = () => `${Math.round(performance.now() - started)} ms`;
        try {
            const result = await run(sdk, client);
            debug(`S3 ${operation} ${bucket} (${region}) → ok (${took()})`);
            return result;
        }
        catch (error) {
            const { status, code } = sdkFailure(error);
            debug(`S3 ${operation} ${bucket} (${region}) → ${status === 0 ? code : `${status} ${code}`} (${took()})`);
            throw toS3Error(error, operation, bucket, region);
        }
    }
    const headBucket = async (bucket, region) => {
        try {
            await call('HeadBucket', bucket, region, (sdk, client) => client.send(new sdk.HeadBucketCommand({ Bucket: bucket })));
            return 'exists';
        }
        catch (error) {
            if (isS3Error(error) && error.status === 404)
                return 'missing';
            if (isS3Error(error) && error.status === 403)
                return 'forbidden';
            throw error;
        }
    };
    const getObjectLock = async (bucket, region) => {
        try {
            const answer = await call('GetObjectLockConfiguration', bucket, region, (sdk, client) => client.send(new sdk.GetObjectLockConfigurationCommand({ Bucket: bucket })));
            const config = answer.ObjectLockConfiguration;
            if (config?.ObjectLockEnabled !== 'Enabled')
                return { status: 'disabled' };
            return { status: 'enabled', retention: retentionOf(config.Rule?.DefaultRetention) };
        }
        catch (error) {
            if (!isS3Error(error))
                throw error;
            if (error.code === 'ObjectLockConfigurationNotFoundError')
                return { status: 'disabled' };
            if (error.code === 'AccessDenied') {
                return { status: 'unreadable', reason: `the key may not read the Object Lock configuration of ${bucket} (limited keys cannot)` };
            }
            throw error;
        }
    };
    const putObjectLock = async (bucket, region, retention) => {
        await call('PutObjectLockConfiguration', bucket, region, (sdk, client) => client.send(new sdk.PutObjectLockConfigurationCommand({
            Bucket: bucket,
            ObjectLockConfiguration: {
                ObjectLockEnabled: 'Enabled',
                Rule: {
                    DefaultRetention: retention.days !== undefined ? { Mode: retention.mode, Days: retention.days } : { Mode: retention.mode, Years: retention.years },
                },
            },
        })));
    };
    const createBucket = async (bucket, region, objectLock) => {
        await call('CreateBucket', bucket, region, (sdk, client) => client.send(new sdk.CreateBucketCommand({ Bucket: bucket, ...(objectLock ? { ObjectLockEnabledForBucket: true } : {}) })));
    };
    const refuse = (code, message, bucket, region) => new S3Error(message, { code, status: 0, operation: 'EnsureBucket', bucket, region });
    const ensureBucket = async (bucket, region, objectLock) => {
        const reach = await headBucket(bucket, region);
        if (reach === 'forbidden') {
            throw toS3Error({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }, 'HeadBucket', bucket, region);
        }
        if (reach === 'missing') {
            try {
                await createBucket(bucket, region, objectLock !== undefined);
            }
            catch (error) {
                // Created meanwhile (an earlier, interrupted run): carry on as with an existing bucket.
                if (!(isS3Error(error) && error.code === 'BucketAlreadyOwnedByYou'))
                    throw error;
                return settleExisting(bucket, region, objectLock);
            }
            if (objectLock !== undefined)
                await putObjectLock(bucket, region, objectLock);
            return { action: 'created' };
        }
        return settleExisting(bucket, region, objectLock);
    };
    async function settleExisting(bucket, region, objectLock) {
        if (objectLock === undefined)
            return { action: 'unchanged' };
        const lock = await getObjectLock(bucket, region);
        switch (lock.status) {
            case 'disabled':
                throw refuse(S3_REFUSALS.objectLockNotEnabled, `bucket ${bucket} (${region}) exists without Object Lock: Object Lock can only be enabled when a bucket is created; create a new bucket with it and point the destination there`, bucket, region);
            case 'unreadable':
                throw refuse(S3_REFUSALS.objectLockUnreadable, `cannot check the Object Lock of bucket ${bucket} (${region}): ${lock.reason}; bucket management needs an unlimited key valid in ${region}`, bucket, region);
            case 'enabled': {
                const change = (0,retention/* retentionChange */.rZ)(lock.retention, objectLock);
                switch (change.kind) {
                    case 'same':
                        return { action: 'unchanged' };
                    case 'kept':
                        return { action: 'unchanged', note: change.note };
                    case 'update':
                        await putObjectLock(bucket, region, change.to);
                        return { action: 'updated', from: lock.retention, to: change.to };
                    default: {
                        const never = change;
                        throw new Error(`unhandled retention change ${String(never)}`);
                    }
                }
            }
            default: {
                const never = lock;
                throw new Error(`unhandled lock state ${String(never)}`);
            }
        }
    }
    return {
        headBucket,
        getObjectLock,
        putObjectLock,
        createBucket,
        ensureBucket,
        close: () => {
            for (const client of clients.values())
                client.destroy();
            clients.clear();
        },
    };
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

//# sourceMappingURL=637.index.js.map