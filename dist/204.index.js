export const id = 204;
export const ids = [204];
export const modules = {

/***/ 3204:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createLinodeClient: () => (/* binding */ createLinodeClient),
  fetchLiveState: () => (/* binding */ fetchLiveState)
});

// UNUSED EXPORTS: DEFAULT_TIMEOUT_MS, labelFilter

;// CONCATENATED MODULE: ./build/linode/api-url.js
/** The public Linode API; the emulator or a proxy may replace it through the `api-url` input. */
const DEFAULT_API_URL = 'https://api.linode.com';
const API_VERSIONS = ['v4', 'v4beta'];
const HTTPS_REQUIRED = 'api-url must use https (http is allowed only for loopback, e.g. the emulator)';
/** True for hosts that never leave the machine: 127.0.0.0/8, `localhost` and `[::1]`. */
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase();
    if (host === 'localhost' || host === '[::1]')
        return true;
    // The URL class has already normalised IPv4 forms such as `127.1` to dotted quads.
    return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
/**
 * Parses and checks the API base URL. The token is sent to this host, so plain http is refused
 * unless the host is loopback, and a URL that could carry credentials or be mangled by a query
 * string is refused too. The returned URL has no trailing slash in its path.
 */
function validateApiUrl(url) {
    let parsed;
    try {
        parsed = new URL(url.trim());
    }
    catch {
        throw new Error(`api-url is not a valid URL: "${url}"`);
    }
    if (parsed.protocol !== 'https:') {
        if (parsed.protocol !== 'http:' || !isLoopbackHost(parsed.hostname)) {
            throw new Error(HTTPS_REQUIRED);
        }
    }
    if (parsed.username !== '' || parsed.password !== '') {
        throw new Error('api-url must not contain a user name or password; the token input authenticates');
    }
    if (parsed.search !== '' || parsed.hash !== '') {
        throw new Error('api-url must not contain a query string or fragment');
    }
    parsed.pathname = parsed.pathname.replace(/\/+$/, '');
    return parsed;
}
/** `url` as text without the trailing slash the URL class puts on an empty path. */
function baseUrlText(url) {
    return `${url.origin}${url.pathname === '/' ? '' : url.pathname}`;
}
function isApiVersion(value) {
    return API_VERSIONS.includes(value);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./build/linode/rules.js
var rules = __webpack_require__(4568);
;// CONCATENATED MODULE: ./build/linode/scopes.js
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

;// CONCATENATED MODULE: ./build/linode/errors.js



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
/** Server text shown to users: single line, bounded, no control characters. */
function cleanServerText(text, maxLength = MAX_REASON_LENGTH) {
    // eslint-disable-next-line no-control-regex
    const oneLine = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
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
    return external_node_http_.STATUS_CODES[status] ?? 'Unknown Status';
}
/** The two collection paths; a 404 on them means the endpoints are missing, not a resource. */
const COLLECTION_PATHS = new Set(['/monitor/streams', '/monitor/streams/destinations']);
/**
 * What a user can do about a status, appended to the message. `method` and `reasons` (default
 * GET, none) tell a missing scope from a bad token and name the scope the request needed.
 */
function statusHint(status, apiPath, apiVersion, method = 'GET', reasons = []) {
    const scope = requiredScope(method, apiPath);
    switch (status) {
        case 401:
            // The real API answers a token without the endpoint's scope with 401 and this reason.
            if (reasons.some((r) => r.reason === rules/* API_REASONS */.b9.tokenNotAuthorized)) {
                return `the token lacks the \`${scope ?? 'required'}\` scope for this endpoint; create a personal access token that has it`;
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
    const hint = statusHint(status, failure.apiPath, failure.apiVersion, method, reasons);
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

;// CONCATENATED MODULE: ./build/linode/network-failure.js

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
        // axios reports a body cut off mid-stream ("stream has been aborted") with this code.
        case 'ERR_BAD_RESPONSE':
            return 'reset';
        // axios's own timeout is ECONNABORTED ("timeout of 30000ms exceeded").
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

;// CONCATENATED MODULE: ./build/linode/pagination.js
/** The largest page the Linode API serves; fewer round trips for big accounts. */
const PAGE_SIZE = 500;
/** Pages fetched at once after the first; enough for any real account, gentle on rate limits. */
const PAGE_CONCURRENCY = 8;
/** A page count beyond this is a broken response, not an account (100,000 resources). */
const MAX_PAGES = 200;
/** A page envelope that failed the shape check; the caller turns it into its own error. */
class PageShapeError extends Error {
    name = 'PageShapeError';
}
/** Checks the `{data, page, pages, results}` envelope of a collection GET. */
function asPage(body) {
    if (typeof body !== 'object' || body === null)
        throw new PageShapeError('not an object');
    const { data, page, pages, results } = body;
    if (!Array.isArray(data))
        throw new PageShapeError('"data" is not an array');
    if (typeof pages !== 'number' || !Number.isInteger(pages) || pages < 0) {
        throw new PageShapeError('"pages" is not a non-negative integer');
    }
    if (pages > MAX_PAGES)
        throw new PageShapeError(`"pages" is ${pages}, more than ${MAX_PAGES}`);
    return {
        data: data,
        page: typeof page === 'number' ? page : 1,
        pages,
        results: typeof results === 'number' ? results : data.length,
    };
}
/**
 * Every item of a paginated collection: page 1 first (it says how many pages there are), then
 * pages 2..N concurrently (at most {@link PAGE_CONCURRENCY} at once), concatenated in page order.
 * An empty collection answers `pages: 0`.
 */
async function fetchAllPages(fetchPage) {
    const first = await fetchPage(1);
    if (first.pages <= 1)
        return first.data;
    const rest = await mapLimit(range(2, first.pages), PAGE_CONCURRENCY, fetchPage);
    return [first, ...rest].flatMap((p) => p.data);
}
function range(from, to) {
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
/** `Promise.all(items.map(fn))` with at most `limit` calls in flight; results keep input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            const index = next++;
            try {
                results[index] = await fn(items[index]);
            }
            catch (error) {
                // Stop starting new work; the first failure is what Promise.all reports.
                failed = true;
                throw error;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./build/linode/retry-policy.js

/** First backoff step; step n is drawn from [0, min(cap, base·2^(n-1))) ("full jitter"). */
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 30_000;
/** Upper bound on any wait a server asks for through Retry-After or X-RateLimit-Reset. */
const MAX_SERVER_DELAY_MS = 60_000;
/** Hard cap on requests per call, so `Retry-After: 0` cannot turn into a request storm. */
const MAX_ATTEMPTS = 10;
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
        return IDEMPOTENT_METHODS.has(method) && TRANSIENT_NETWORK.has(networkKind(outcome.code));
    }
    if (outcome.status === 429)
        return true;
    return method !== 'POST' && RETRYABLE_STATUSES.has(outcome.status);
}
function classifyCreateFailure(error) {
    if (error.status === 0) {
        const kind = networkKind(error.code);
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
/** Linode's `X-RateLimit-Reset` (epoch seconds) as a wait in milliseconds, clamped into [0, 60 s]. */
function parseRateLimitReset(value, nowMs) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (!DECIMAL.test(text))
        return undefined;
    return clampServerDelay(Math.round(Number(text) * 1000 - nowMs));
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
 * Time spent on one call, for the retry budget: wall-clock time, plus any part of a requested
 * wait that an injected `sleep` skipped. With the real sleep this is plain elapsed time; with a
 * test's instant sleep it is the time the call would have taken.
 */
class RetryClock {
    sleep;
    budgetMs;
    started = performance.now();
    skipped = 0;
    constructor(sleep, budgetMs) {
        this.sleep = sleep;
        this.budgetMs = budgetMs;
    }
    elapsedMs() {
        return performance.now() - this.started + this.skipped;
    }
    /** Whether waiting `ms` more still ends inside the budget. */
    fits(ms) {
        return this.elapsedMs() + ms <= this.budgetMs;
    }
    async wait(ms) {
        const before = performance.now();
        await this.sleep(ms);
        const slept = performance.now() - before;
        if (slept < ms)
            this.skipped += ms - slept;
    }
}

// EXTERNAL MODULE: ../../work/main/node_modules/axios/lib/axios.js + 65 modules
var axios = __webpack_require__(5774);
;// CONCATENATED MODULE: ./build/linode/transport.js


const USER_AGENT = 'linode-log-streams-action';
/** `/v4/monitor/streams?page=1&page_size=500`: what debug lines show (no host). */
function displayPath(apiVersion, apiPath, query) {
    const search = query === undefined ? '' : new URLSearchParams(stringValues(query)).toString();
    return `/${apiVersion}${apiPath}${search === '' ? '' : `?${search}`}`;
}
function stringValues(query) {
    return Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)]));
}
/** A request id header is echoed in debug lines only when it looks like one. */
function requestIdOf(header) {
    const id = header('x-request-id');
    return id !== undefined && /^[\w.:-]{1,128}$/.test(id) ? id : undefined;
}
function headerLookup(response) {
    return (name) => {
        const value = response.headers[name.toLowerCase()];
        if (typeof value === 'string')
            return value;
        if (Array.isArray(value) && typeof value[0] === 'string')
            return value[0];
        if (typeof value === 'number')
            return String(value);
        return undefined;
    };
}
/**
 * Sends single requests with axios. Every status comes back as a response (retrying and error
 * mapping are the caller's); redirects are not followed, so the token only ever goes to
 * `baseUrl`'s host; bodies are kept as text so a non-JSON answer can be described, not echoed.
 */
function createTransport(options) {
    const instance = axios/* default */.A.create({
        timeout: options.timeoutMs,
        maxRedirects: 0,
        validateStatus: () => true,
        responseType: 'text',
        transformResponse: [(data) => data],
    });
    const base = baseUrlText(options.baseUrl);
    return async (request) => {
        const path = displayPath(options.apiVersion, request.apiPath, request.query);
        const headers = {
            Accept: 'application/json',
            'User-Agent': USER_AGENT,
            ...request.headers,
            Authorization: `Bearer ${options.token}`,
        };
        if (request.body !== undefined)
            headers['Content-Type'] = 'application/json';
        const started = performance.now();
        const took = () => `${Math.round(performance.now() - started)} ms`;
        try {
            const response = await instance.request({
                method: request.method,
                url: `${base}${path}`,
                headers,
                data: request.body === undefined ? undefined : JSON.stringify(request.body),
            });
            const header = headerLookup(response);
            const requestId = requestIdOf(header);
            options.debug(`${request.method} ${path} → ${response.status} (${took()})${requestId === undefined ? '' : ` request-id ${requestId}`}`);
            const body = typeof response.data === 'string' ? response.data : '';
            return { type: 'response', status: response.status, header, body };
        }
        catch (error) {
            // Only the code and message survive: the axios error holds the config, headers included.
            const code = errorCode(error);
            options.debug(`${request.method} ${path} → ${code ?? 'network error'} (${took()})`);
            return { type: 'network', code, detail: error instanceof Error ? error.message : String(error) };
        }
    };
}
function errorCode(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const code = error.code;
    if (typeof code === 'string' && code !== '')
        return code;
    const causeCode = error.cause?.code;
    return typeof causeCode === 'string' ? causeCode : undefined;
}

;// CONCATENATED MODULE: ./build/linode/api-core.js
/**
 * What every Linode API client of the action shares: bearer auth, retries with a time budget,
 * pagination, safe creates and {@link LinodeApiError}s that carry no request config, token or
 * body. The Logs client (http-client.ts) and the account client (account-client.ts) are thin
 * layers of paths over it.
 */






const DEFAULT_TIMEOUT_MS = 30_000;
/** A token is sent as a header value: it must be one printable word. */
function checkedToken(token) {
    const trimmed = token.trim();
    if (trimmed === '')
        throw new Error('the Linode token is empty; set the `token` input from a secret');
    if (!/^[\x21-\x7e]+$/.test(trimmed)) {
        throw new Error('the Linode token contains spaces or non-printable characters; check the secret');
    }
    return trimmed;
}
function positiveOr(value, fallback) {
    return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}
function checkedId(id) {
    if (!Number.isSafeInteger(id) || id <= 0)
        throw new Error(`invalid Linode resource id: ${String(id)}`);
    return id;
}
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function isLabelled(value) {
    return (typeof value === 'object' &&
        value !== null &&
        typeof value.id === 'number' &&
        typeof value.label === 'string');
}
/**
 * The X-Filter header value for an exact label. Non-ASCII is \u-escaped: header values must be
 * Latin-1, and JSON.stringify leaves such characters as they are.
 */
function labelFilter(label) {
    return JSON.stringify({ label }).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * The shared request machinery. Throws at once on an unsafe `apiUrl` or an unusable token.
 */
function createApiCore(options) {
    const token = checkedToken(options.token);
    const baseUrl = validateApiUrl(options.apiUrl ?? DEFAULT_API_URL);
    const apiVersion = options.apiVersion ?? 'v4';
    if (!isApiVersion(apiVersion)) {
        throw new Error(`api-version must be v4 or v4beta, not "${String(apiVersion)}"`);
    }
    const timeoutMs = positiveOr(options.timeoutMs, DEFAULT_TIMEOUT_MS);
    const budgetMs = positiveOr(options.maxRetryTimeMs, DEFAULT_MAX_RETRY_TIME_MS);
    const sleep = options.sleep ?? defaultSleep;
    const random = options.random ?? Math.random;
    // Defence in depth: nothing should carry the token, but server text and library messages
    // end up in logs, so every outgoing line is scrubbed. Very short tokens (tests) are left
    // alone rather than blanking ordinary words.
    const redact = (text) => (token.length >= 8 ? text.split(token).join('[redacted]') : text);
    const onRetry = (line) => options.onRetry?.(redact(line));
    const debug = (line) => options.debug?.(redact(line));
    const carriesToken = (error) => error.message.includes(token) || error.reasons.some((r) => r.reason.includes(token) || (r.field ?? '').includes(token));
    const scrub = (error) => token.length >= 8 && carriesToken(error)
        ? new LinodeApiError(redact(error.message), {
            status: error.status,
            method: error.method,
            path: error.path,
            reasons: error.reasons.map((r) => r.field === undefined ? { reason: redact(r.reason) } : { reason: redact(r.reason), field: redact(r.field) }),
            code: error.code,
            attempts: error.attempts,
        })
        : error;
    /** The outcome behind each error `request` threw, so a create can honour Retry-After too. */
    const outcomes = new WeakMap();
    const send = createTransport({ baseUrl, apiVersion, token, timeoutMs, debug });
    const fullPath = (apiPath) => `/${apiVersion}${apiPath}`;
    function toError(method, apiPath, result) {
        const path = fullPath(apiPath);
        if (result.type === 'network') {
            return networkError({ method, path, host: baseUrl.host, code: result.code, detail: result.detail, timeoutMs });
        }
        return httpError({ method, path, apiPath, apiVersion, status: result.status, body: result.body });
    }
    function describe(result) {
        return result.type === 'network'
            ? describeNetworkFailure(result.code, result.detail, timeoutMs)
            : `${result.status} ${statusText(result.status)}`;
    }
    /**
     * One request with retries per the policy, inside `clock`'s budget. Resolves with the parsed
     * JSON body of a 2xx response; rejects with a LinodeApiError.
     */
    async function request(req, clock) {
        const fail = (error, outcome) => {
            const safe = scrub(error);
            outcomes.set(safe, outcome);
            return safe;
        };
        for (let attempt = 1;; attempt++) {
            const result = await send(req);
            if (result.type === 'response' && result.status >= 200 && result.status < 300) {
                return parseJson(req.method, req.apiPath, result.status, result.body);
            }
            const error = toError(req.method, req.apiPath, result);
            const outcome = result.type === 'network'
                ? { type: 'network', code: result.code }
                : { type: 'response', status: result.status, header: result.header };
            if (!isRetryable(req.method, outcome))
                throw fail(error, outcome);
            if (attempt >= MAX_ATTEMPTS) {
                throw fail(gaveUpError(error, attempt, clock.elapsedMs(), `at most ${MAX_ATTEMPTS} attempts`), outcome);
            }
            const delay = retryDelayMs(outcome, attempt, random, Date.now());
            if (!clock.fits(delay)) {
                throw fail(gaveUpError(error, attempt, clock.elapsedMs(), `retry budget ${seconds(clock.budgetMs)}`), outcome);
            }
            onRetry(`${req.method} ${req.apiPath}: ${describe(result)}, retrying in ${seconds(delay)} (attempt ${attempt + 1})`);
            await clock.wait(delay);
        }
    }
    function parseJson(method, apiPath, status, body) {
        if (status === 204 || body.trim() === '')
            return undefined;
        try {
            return JSON.parse(body);
        }
        catch {
            throw scrub(unexpectedBodyError(method, fullPath(apiPath), status, body, 'JSON'));
        }
    }
    function resource(method, apiPath, body) {
        if (!isLabelled(body)) {
            throw unexpectedBodyError(method, fullPath(apiPath), 200, JSON.stringify(body) ?? '', 'a resource with id and label');
        }
        return body;
    }
    async function list(apiPath, clock, headers) {
        return fetchAllPages(async (page) => {
            const req = { method: 'GET', apiPath, query: { page, page_size: PAGE_SIZE } };
            if (headers !== undefined)
                req.headers = headers;
            const body = await request(req, clock);
            try {
                return asPage(body);
            }
            catch (error) {
                if (!(error instanceof PageShapeError))
                    throw error;
                throw new LinodeApiError(`GET ${fullPath(apiPath)} returned an unexpected page: ${error.message}`, {
                    status: 200,
                    method: 'GET',
                    path: fullPath(apiPath),
                });
            }
        });
    }
    /** The resource with exactly this label, if the collection has one (newest if several). */
    async function findByLabel(collection, label, clock) {
        // X-Filter narrows the listing server-side; the exact comparison here does not rely on it.
        const items = await list(collection, clock, { 'X-Filter': labelFilter(label) });
        const matches = items.filter((item) => isLabelled(item) && item.label === label);
        return matches.sort((a, b) => b.id - a.id)[0];
    }
    /**
     * POST that never blindly repeats itself. After a failure that may have created the resource,
     * it waits, re-lists the collection by label and hands a match to `onFound` (adopting it by
     * default); only when there is none to adopt does it POST again (for transient failures,
     * within the budget).
     */
    async function create(collection, body, onFound = async (found) => found) {
        const clock = new RetryClock(sleep, budgetMs);
        const label = body.label;
        for (let attempt = 1;; attempt++) {
            let failure;
            try {
                return resource('POST', collection, await request({ method: 'POST', apiPath: collection, body }, clock));
            }
            catch (error) {
                if (!isLinodeApiError(error))
                    throw error;
                failure = error;
            }
            const kind = classifyCreateFailure(failure);
            if (kind === 'fatal')
                throw failure;
            const outcome = outcomes.get(failure) ?? { type: 'network', code: failure.code };
            const delay = kind === 'retry' ? retryDelayMs(outcome, attempt, random, Date.now()) : 0;
            const canRetry = kind === 'retry' && attempt < MAX_ATTEMPTS && clock.fits(delay);
            const what = failure.status === 0
                ? describeNetworkFailure(failure.code, 'network error', timeoutMs)
                : `${failure.status} ${statusText(failure.status)}`;
            if (canRetry) {
                onRetry(`POST ${collection}: ${what}, the create may have been applied; looking for "${label}" in ${seconds(delay)} (attempt ${attempt + 1})`);
                await clock.wait(delay);
            }
            else {
                onRetry(`POST ${collection}: ${what}, the create may have been applied; looking for "${label}"`);
            }
            let found;
            let removed = false;
            try {
                const match = await findByLabel(collection, label, clock);
                found = match === undefined ? undefined : await onFound(match);
                if (match !== undefined && found === undefined) {
                    removed = true;
                    onRetry(`POST ${collection}: "${label}" (id ${match.id}), created by the interrupted request, cannot be adopted and was removed`);
                }
            }
            catch (error) {
                if (!isLinodeApiError(error))
                    throw error;
                throw new LinodeApiError(`${failure.message}; the create may have been applied, and looking for "${label}" failed: ${error.message}`, { status: failure.status, method: failure.method, path: failure.path, reasons: failure.reasons, code: failure.code, attempts: attempt });
            }
            if (found !== undefined) {
                onRetry(`POST ${collection}: adopted "${label}" (id ${found.id}), created by the interrupted request`);
                return found;
            }
            if (!canRetry) {
                throw kind === 'retry'
                    ? scrub(gaveUpError(failure, attempt, clock.elapsedMs(), `retry budget ${seconds(clock.budgetMs)}, ${removed ? `the "${label}" it created was removed` : `nothing named "${label}" was created`}`))
                    : failure;
            }
        }
    }
    async function remove(apiPath) {
        const clock = new RetryClock(sleep, budgetMs);
        try {
            await request({ method: 'DELETE', apiPath }, clock);
        }
        catch (error) {
            if (isLinodeApiError(error) && error.status === 404) {
                debug(`DELETE ${fullPath(apiPath)}: already gone (404)`);
                return;
            }
            throw error;
        }
    }
    return {
        list: (apiPath) => list(apiPath, new RetryClock(sleep, budgetMs)),
        get: async (apiPath) => resource('GET', apiPath, await request({ method: 'GET', apiPath }, new RetryClock(sleep, budgetMs))),
        put: async (apiPath, body) => resource('PUT', apiPath, await request({ method: 'PUT', apiPath, body }, new RetryClock(sleep, budgetMs))),
        remove,
        create,
        post: (apiPath, body) => request({ method: 'POST', apiPath, body }, new RetryClock(sleep, budgetMs)),
        debug,
    };
}

;// CONCATENATED MODULE: ./build/linode/http-client.js


const STREAMS = '/monitor/streams';
const DESTINATIONS = '/monitor/streams/destinations';
/**
 * A {@link LogsApi} backed by the Linode API over axios: bearer auth, pagination, retries with a
 * time budget, safe creates (never blindly re-POSTs; adopts what an interrupted create made) and
 * {@link LinodeApiError}s that carry no request config. Throws at once on an unsafe `apiUrl` or
 * an unusable token.
 */
function createLinodeClient(options) {
    const api = createApiCore(options);
    // Async arrows, so a bad id rejects like any other failure instead of throwing synchronously.
    return {
        listDestinations: async () => api.list(DESTINATIONS),
        listStreams: async () => api.list(STREAMS),
        getDestination: async (id) => api.get(`${DESTINATIONS}/${checkedId(id)}`),
        getStream: async (id) => api.get(`${STREAMS}/${checkedId(id)}`),
        createDestination: async (body) => api.create(DESTINATIONS, body),
        updateDestination: async (id, body) => api.put(`${DESTINATIONS}/${checkedId(id)}`, body),
        deleteDestination: async (id) => api.remove(`${DESTINATIONS}/${checkedId(id)}`),
        createStream: async (body) => api.create(STREAMS, body),
        updateStream: async (id, body) => api.put(`${STREAMS}/${checkedId(id)}`, body),
        deleteStream: async (id) => api.remove(`${STREAMS}/${checkedId(id)}`),
        destinationHistory: async (id) => api.list(`${DESTINATIONS}/${checkedId(id)}/history`),
        streamHistory: async (id) => api.list(`${STREAMS}/${checkedId(id)}/history`),
    };
}
/** Destinations and streams, read at the same time (the two listings are independent). */
async function fetchLiveState(api) {
    const [destinations, streams] = await Promise.all([api.listDestinations(), api.listStreams()]);
    return { destinations, streams };
}


/***/ })

};
