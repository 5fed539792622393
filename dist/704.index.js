export const id = 704;
export const ids = [704];
export const modules = {

/***/ 9373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ monotonicMs)
/* harmony export */ });
/**
 * Milliseconds on a monotonic clock, for durations. Not `performance.now()`: the `performance`
 * global loads node's perf_hooks on first use, ~2 ms before the first request of every run.
 */
function monotonicMs() {
    return Number(process.hrtime.bigint()) / 1e6;
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

/***/ 1704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BACKOFF_BASE_MS: () => (/* binding */ BACKOFF_BASE_MS),
/* harmony export */   BACKOFF_CAP_MS: () => (/* binding */ BACKOFF_CAP_MS),
/* harmony export */   DEFAULT_MAX_RETRY_TIME_MS: () => (/* binding */ DEFAULT_MAX_RETRY_TIME_MS),
/* harmony export */   IDEMPOTENT_METHODS: () => (/* binding */ IDEMPOTENT_METHODS),
/* harmony export */   MAX_ATTEMPTS: () => (/* binding */ MAX_ATTEMPTS),
/* harmony export */   MAX_SERVER_DELAY_MS: () => (/* binding */ MAX_SERVER_DELAY_MS),
/* harmony export */   RETRYABLE_STATUSES: () => (/* binding */ RETRYABLE_STATUSES),
/* harmony export */   RetryBudget: () => (/* binding */ RetryBudget),
/* harmony export */   RetryCall: () => (/* binding */ RetryCall),
/* harmony export */   backoffMs: () => (/* binding */ backoffMs),
/* harmony export */   classifyWriteFailure: () => (/* binding */ classifyWriteFailure),
/* harmony export */   isRetryable: () => (/* binding */ isRetryable),
/* harmony export */   isRetryableBlind: () => (/* binding */ isRetryableBlind),
/* harmony export */   parseRateLimitReset: () => (/* binding */ parseRateLimitReset),
/* harmony export */   parseRetryAfter: () => (/* binding */ parseRetryAfter),
/* harmony export */   retryDelayMs: () => (/* binding */ retryDelayMs)
/* harmony export */ });
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9373);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4436);


/** First backoff step; step n is drawn from [0, min(cap, base·2^(n-1))) ("full jitter"). */
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 30_000;
/** Upper bound on any wait a server asks for through Retry-After or X-RateLimit-Reset. */
const MAX_SERVER_DELAY_MS = 60_000;
/** Hard cap on requests per call, so `Retry-After: 0` cannot turn into a request storm. */
const MAX_ATTEMPTS = 10;
/** Retry time of a whole run (see RetryBudget), not of each call. */
const DEFAULT_MAX_RETRY_TIME_MS = 120_000;
/** Statuses that mean "not now" without the request having been acted on in a way we can rely on. */
const RETRYABLE_STATUSES = new Set([408, 502, 503, 504]);
const IDEMPOTENT_METHODS = new Set(['GET', 'PUT', 'DELETE']);
const TRANSIENT_NETWORK = new Set(['reset', 'timeout', 'dns-temporary']);
/**
 * Whether `method` may be sent again after `outcome`. 429 means the server did not act, so even a
 * POST may be repeated; other statuses and lost connections are retried only for idempotent
 * methods, because a POST may already have created the resource.
 */
function isRetryable(method, outcome) {
    if (outcome.type === 'network') {
        return IDEMPOTENT_METHODS.has(method) && TRANSIENT_NETWORK.has((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .networkKind */ .FF)(outcome.code));
    }
    if (outcome.status === 429)
        return true;
    return method !== 'POST' && RETRYABLE_STATUSES.has(outcome.status);
}
/**
 * Whether a write that must not be blindly repeated (a create, an update of a Logs resource) may
 * be sent again at once: only after a 429, which says the server did not act. Every other
 * failure goes through {@link classifyWriteFailure}: look first, then decide.
 */
function isRetryableBlind(outcome) {
    return outcome.type === 'response' && outcome.status === 429;
}
function classifyWriteFailure(error) {
    if (error.status === 0) {
        const kind = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .networkKind */ .FF)(error.code);
        if (TRANSIENT_NETWORK.has(kind))
            return 'retry';
        return kind === 'other' ? 'check' : 'fatal';
    }
    if (RETRYABLE_STATUSES.has(error.status))
        return 'retry';
    if (error.status >= 500)
        return 'check';
    return 'fatal';
}
function clampServerDelay(ms) {
    return Math.min(Math.max(ms, 0), MAX_SERVER_DELAY_MS);
}
const DECIMAL = /^[+-]?\d+(\.\d+)?$/;
/**
 * `Retry-After` in milliseconds: delta-seconds or an HTTP date, clamped into [0, 60 s].
 * Undefined when absent or unreadable.
 */
function parseRetryAfter(value, nowMs) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (DECIMAL.test(text))
        return clampServerDelay(Math.round(Number(text) * 1000));
    // An HTTP date always names a weekday ("Wed, 21 Oct 2015 07:28:00 GMT"); Date.parse alone
    // would accept fragments such as "1".
    if (/^[A-Za-z]{3},/.test(text)) {
        const at = Date.parse(text);
        if (Number.isFinite(at))
            return clampServerDelay(at - nowMs);
    }
    return undefined;
}
/**
 * Linode's `X-RateLimit-Reset` (epoch seconds) as a wait in milliseconds, at most 60 s.
 * Undefined when absent, unreadable, or not in the future: a reset that has already passed says
 * more about the clocks (skew between runner and API) than about when to retry, and taking it as
 * "wait 0 ms" would spend every attempt back-to-back; the caller then backs off instead.
 */
function parseRateLimitReset(value, nowMs) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (!DECIMAL.test(text))
        return undefined;
    const wait = Math.round(Number(text) * 1000 - nowMs);
    return wait > 0 ? clampServerDelay(wait) : undefined;
}
/** Full-jitter exponential backoff before retry number `retry` (1 for the first retry). */
function backoffMs(retry, random) {
    const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(retry - 1, 0));
    const r = random();
    const unit = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 0.5;
    return Math.floor(unit * ceiling);
}
/**
 * The wait before retry number `retry`: what the server asked for if it said so (Retry-After on
 * any retryable response; X-RateLimit-Reset only on 429, since every response carries it),
 * else backoff.
 */
function retryDelayMs(outcome, retry, random, nowMs) {
    if (outcome.type === 'response') {
        const asked = parseRetryAfter(outcome.header('retry-after'), nowMs) ??
            (outcome.status === 429 ? parseRateLimitReset(outcome.header('x-ratelimit-reset'), nowMs) : undefined);
        if (asked !== undefined)
            return asked;
    }
    return backoffMs(retry, random);
}
/**
 * The retry time of a run, one budget shared by every call of a client (and by every client given
 * the same budget): the wall-clock time during which at least one call is retrying (waiting, or
 * sending a retry and waiting for its answer), plus any part of a requested wait that an injected
 * `sleep` skipped. Concurrent retries overlap in wall time and are counted once, so the bound is
 * on how much longer the run takes because of retries, whatever the number of calls.
 */
class RetryBudget {
    budgetMs;
    now;
    closedMs = 0;
    retrying = 0;
    since = 0;
    constructor(budgetMs = DEFAULT_MAX_RETRY_TIME_MS, now = _clock_js__WEBPACK_IMPORTED_MODULE_1__/* .monotonicMs */ .d) {
        this.budgetMs = budgetMs;
        this.now = now;
    }
    /** Retry time spent so far. */
    spentMs() {
        return this.closedMs + (this.retrying > 0 ? this.now() - this.since : 0);
    }
    /** Whether `ms` more of retry time (a wait and the next attempt's timeout) still ends inside the budget. */
    fits(ms) {
        return this.spentMs() + ms <= this.budgetMs;
    }
    /** One call's share: it counts as retrying from its first wait until it ends. */
    call() {
        return new RetryCall(this, this.now);
    }
    /** @internal */
    startRetrying() {
        if (this.retrying++ === 0)
            this.since = this.now();
    }
    /** @internal */
    stopRetrying() {
        if (--this.retrying === 0)
            this.closedMs += this.now() - this.since;
    }
    /** @internal */
    addSkipped(ms) {
        this.closedMs += ms;
    }
}
/** One call (with its retries) against a {@link RetryBudget}. `end()` it when the call is over. */
class RetryCall {
    budget;
    now;
    started;
    skipped = 0;
    retrying = false;
    constructor(budget, now) {
        this.budget = budget;
        this.now = now;
        this.started = now();
    }
    /** This call's own time, for messages: wall-clock time plus the waits a test's sleep skipped. */
    elapsedMs() {
        return this.now() - this.started + this.skipped;
    }
    /** Whether the run's budget still has `ms` of retry time. */
    fits(ms) {
        return this.budget.fits(ms);
    }
    async wait(ms, sleep) {
        if (!this.retrying) {
            this.retrying = true;
            this.budget.startRetrying();
        }
        const before = this.now();
        await sleep(ms);
        const slept = this.now() - before;
        if (slept < ms) {
            this.skipped += ms - slept;
            this.budget.addSkipped(ms - slept);
        }
    }
    end() {
        if (!this.retrying)
            return;
        this.retrying = false;
        this.budget.stopRetrying();
    }
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


/***/ })

};

//# sourceMappingURL=704.index.js.map