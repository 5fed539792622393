export const id = 334;
export const ids = [334];
export const modules = {

/***/ 2334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t1: () => (/* binding */ DEFAULT_TIMEOUT_MS),
  VJ: () => (/* binding */ checkedId),
  xP: () => (/* binding */ createApi),
  HY: () => (/* binding */ labelFilter)
});

// EXTERNAL MODULE: ./src/linode/api-url.ts
var api_url = __webpack_require__(8227);
// EXTERNAL MODULE: ./src/linode/errors.ts
var errors = __webpack_require__(4436);
;// CONCATENATED MODULE: ./src/linode/pagination.ts
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

// EXTERNAL MODULE: ./src/linode/retry-policy.ts
var retry_policy = __webpack_require__(1704);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./node_modules/axios/lib/axios.js + 65 modules
var axios = __webpack_require__(1542);
// EXTERNAL MODULE: ./node_modules/axios/index.js
var node_modules_axios = __webpack_require__(9159);
// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/linode/proxy.ts
var proxy = __webpack_require__(2591);
;// CONCATENATED MODULE: ./src/linode/http.ts
/**
 * The HTTP layer of the Linode client: one axios instance per client, and one exchange at a
 * time. Every answer comes back as data (status, headers, body text) or as a network failure
 * (a code and a message); an AxiosError never leaves this file, because it carries the request
 * config and with it the `Authorization` header. Retries, pagination and error messages are
 * api.ts's.
 */






const USER_AGENT = 'linode-log-streams-action';
/** `/v4/monitor/streams?page=1&page_size=500`: what debug lines show (no host). */
function displayPath(apiVersion, apiPath, query) {
    return `/${apiVersion}${pathAndQuery(apiPath, query)}`;
}
function pathAndQuery(apiPath, query) {
    const search = query === undefined ? '' : new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
    return `${apiPath}${search === '' ? '' : `?${search}`}`;
}
/** A request id header is echoed in debug lines only when it looks like one. */
function requestIdOf(header) {
    const id = header('x-request-id');
    return id !== undefined && /^[\w.:-]{1,128}$/.test(id) ? id : undefined;
}
function headerLookup(headers) {
    return (name) => {
        const value = headers[name.toLowerCase()];
        if (typeof value === 'string')
            return value;
        if (Array.isArray(value) && typeof value[0] === 'string')
            return value[0];
        return undefined;
    };
}
/**
 * Sends single requests through axios. Every status comes back as a response (retrying and
 * error mapping are the caller's); redirects are never followed and absolute URLs are refused, so
 * the token only ever goes to `baseUrl`'s host; bodies are kept as text so a non-JSON answer can
 * be described, not echoed. Connections are kept alive: the pages of a listing and the writes of
 * an apply reuse them. Behind a proxy (HTTPS_PROXY, NO_PROXY) the agent from proxy.ts tunnels
 * with CONNECT; axios's own proxy handling is off, so that one rule (loopback never proxied, the
 * environment passed in) decides whatever the axios release: older ones sent an https request,
 * Authorization header and all, to the proxy in the clear.
 */
function createHttp(options) {
    const { baseUrl, apiVersion, timeoutMs } = options;
    const tls = options.tls ?? {};
    // Idle kept-alive sockets are unref'd by the agent, so they never hold the process open.
    const agent = (0,proxy/* proxyAgentFor */.H2)(baseUrl, options.env, { keepAlive: true, ...tls }) ??
        (baseUrl.protocol === 'https:' ? new external_node_https_.Agent({ keepAlive: true, ...tls }) : new external_node_http_.Agent({ keepAlive: true, ...(tls.lookup ? { lookup: tls.lookup } : {}) }));
    const client = axios/* default */.A.create({
        baseURL: `${(0,api_url/* baseUrlText */.Gv)(baseUrl)}/${apiVersion}`,
        allowAbsoluteUrls: false,
        maxRedirects: 0,
        proxy: false,
        httpAgent: agent,
        httpsAgent: agent,
        // Every status is an answer; the body stays text (JSON is parsed, and described, by api.ts).
        validateStatus: () => true,
        responseType: 'text',
        transformRequest: [],
        transformResponse: [],
        headers: { Accept: 'application/json', 'User-Agent': USER_AGENT, Authorization: `Bearer ${options.token}` },
    });
    return async (request) => {
        const path = displayPath(apiVersion, request.apiPath, request.query);
        // The whole exchange, not socket idleness (axios's `timeout`): a server that trickles bytes still times out.
        const timeout = new AbortController();
        const timer = setTimeout(() => timeout.abort(), timeoutMs);
        const signal = options.signal === undefined ? timeout.signal : AbortSignal.any([options.signal, timeout.signal]);
        const headers = { ...request.headers };
        const data = request.body === undefined ? undefined : JSON.stringify(request.body);
        if (data !== undefined)
            headers['Content-Type'] = 'application/json';
        const started = (0,clock/* monotonicMs */.d)();
        const took = () => `${Math.round((0,clock/* monotonicMs */.d)() - started)} ms`;
        try {
            const response = await client.request({
                method: request.method,
                url: pathAndQuery(request.apiPath, request.query),
                headers,
                data,
                signal,
            });
            const header = headerLookup(response.headers);
            const requestId = requestIdOf(header);
            options.debug(`${request.method} ${path} → ${response.status} (${took()})${requestId === undefined ? '' : ` request-id ${requestId}`}`);
            return { type: 'response', status: response.status, header, body: typeof response.data === 'string' ? response.data : '' };
        }
        catch (error) {
            // Only a code and a message survive: nothing that holds the request's config or headers.
            const failure = timeout.signal.aborted && !options.signal?.aborted
                ? { code: 'ETIMEDOUT', detail: `timeout of ${timeoutMs}ms exceeded` }
                : networkFailure(error);
            options.debug(`${request.method} ${path} → ${failure.code ?? 'network error'} (${took()})`);
            return { type: 'network', ...failure };
        }
        finally {
            clearTimeout(timer);
        }
    };
}
function networkFailure(error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (!(0,node_modules_axios/* isAxiosError */.F0)(error))
        return { code: undefined, detail };
    // A response whose body was cut off mid-stream: the connection was reset under it.
    if (error.code === 'ERR_BAD_RESPONSE')
        return { code: 'ECONNRESET', detail: 'the connection closed before the response was complete' };
    const cause = error.cause?.code;
    return { code: error.code ?? (typeof cause === 'string' ? cause : undefined), detail };
}

;// CONCATENATED MODULE: ./src/linode/api.ts
/**
 * The API layer: what every Linode API client of the action shares on top of http.ts (axios):
 * retries with one time budget per run, pagination, safe writes (creates that adopt, updates that
 * read back) and {@link LinodeApiError}s that carry no request config, token or body. The Logs
 * client (logs-client.ts) and the account client (account-client.ts) are thin layers of paths
 * over it.
 *
 * Not axios-retry: its retries are per request and blind (it would re-send a POST or PUT whose
 * answer was lost), its budget is a count per request rather than the run's time, and it cannot
 * look for a write's effect between attempts; those are the point of this file.
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
/** A wait between retries that an abort ends at once (rejecting with the abort's reason). */
const abortableSleep = (signal) => (ms) => new Promise((resolve, reject) => {
    if (signal?.aborted)
        return reject(signal.reason);
    const stop = () => {
        clearTimeout(timer);
        reject(signal.reason);
    };
    const timer = setTimeout(() => {
        signal?.removeEventListener('abort', stop);
        resolve();
    }, ms);
    signal?.addEventListener('abort', stop, { once: true });
});
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
function createApi(options) {
    const token = checkedToken(options.token);
    const baseUrl = (0,api_url/* validateApiUrl */.G1)(options.apiUrl ?? api_url/* DEFAULT_API_URL */.rK);
    const apiVersion = options.apiVersion ?? 'v4';
    if (!(0,api_url/* isApiVersion */.Nw)(apiVersion)) {
        throw new Error(`api-version must be v4 or v4beta, not "${String(apiVersion)}"`);
    }
    const timeoutMs = positiveOr(options.timeoutMs, DEFAULT_TIMEOUT_MS);
    const budget = options.retryBudget ?? new retry_policy.RetryBudget(positiveOr(options.maxRetryTimeMs, retry_policy.DEFAULT_MAX_RETRY_TIME_MS));
    const { signal } = options;
    const sleep = options.sleep ?? abortableSleep(signal);
    const random = options.random ?? Math.random;
    // Defence in depth: nothing should carry the token, but server text and library messages
    // end up in logs, so every outgoing line is scrubbed. Very short tokens (tests) are left
    // alone rather than blanking ordinary words.
    const redact = (text) => (token.length >= 8 ? text.split(token).join('[redacted]') : text);
    const onRetry = (line) => options.onRetry?.(redact(line));
    const debug = (line) => options.debug?.(redact(line));
    const carriesToken = (error) => error.message.includes(token) || error.reasons.some((r) => r.reason.includes(token) || (r.field ?? '').includes(token));
    const scrub = (error) => token.length >= 8 && carriesToken(error)
        ? new errors/* LinodeApiError */.Om(redact(error.message), {
            status: error.status,
            method: error.method,
            path: error.path,
            reasons: error.reasons.map((r) => r.field === undefined ? { reason: redact(r.reason) } : { reason: redact(r.reason), field: redact(r.field) }),
            code: error.code,
            attempts: error.attempts,
        })
        : error;
    /** One call against the run's retry budget, ended however it ends. */
    async function withCall(work) {
        const call = budget.call();
        try {
            return await work(call);
        }
        finally {
            call.end();
        }
    }
    /** Why a retry was not sent: its wait plus its own timeout would overrun the run's budget. */
    const budgetSpent = () => `the run's retry budget of ${(0,errors/* seconds */.YA)(budget.budgetMs)} would be exceeded`;
    /** The outcome behind each error `request` threw, so a create can honour Retry-After too. */
    const outcomes = new WeakMap();
    const send = createHttp({ baseUrl, apiVersion, token, timeoutMs, debug, ...(signal ? { signal } : {}) });
    const fullPath = (apiPath) => `/${apiVersion}${apiPath}`;
    function toError(method, apiPath, result) {
        const path = fullPath(apiPath);
        if (result.type === 'network') {
            return (0,errors/* networkError */.x6)({ method, path, host: baseUrl.host, code: result.code, detail: result.detail, timeoutMs });
        }
        return (0,errors/* httpError */.p2)({ method, path, apiPath, apiVersion, status: result.status, body: result.body, writes: options.writes ?? false });
    }
    function describe(result) {
        return result.type === 'network'
            ? (0,errors/* describeNetworkFailure */.Ku)(result.code, result.detail, timeoutMs)
            : `${result.status} ${(0,errors/* statusText */.qS)(result.status)}`;
    }
    /**
     * One request with retries per the policy, inside the run's retry budget: a retry is sent only
     * if its wait and its own timeout still fit. Resolves with the parsed
     * JSON body of a 2xx response; rejects with a LinodeApiError.
     */
    async function request(req, call, retryable = (outcome) => (0,retry_policy.isRetryable)(req.method, outcome)) {
        const fail = (error, outcome) => {
            const safe = scrub(error);
            outcomes.set(safe, outcome);
            return safe;
        };
        for (let attempt = 1;; attempt++) {
            const result = await send(req);
            // An aborted run wants no answer, and no retry.
            if (signal?.aborted)
                throw signal.reason;
            if (result.type === 'response' && result.status >= 200 && result.status < 300) {
                const scopes = result.header('x-oauth-scopes');
                if (scopes !== undefined)
                    options.onScopes?.(scopes.split(/[\s,]+/).filter((scope) => scope !== ''));
                return parseJson(req.method, req.apiPath, result.status, result.body);
            }
            const error = toError(req.method, req.apiPath, result);
            const outcome = result.type === 'network'
                ? { type: 'network', code: result.code }
                : { type: 'response', status: result.status, header: result.header };
            if (!retryable(outcome))
                throw fail(error, outcome);
            if (attempt >= retry_policy.MAX_ATTEMPTS) {
                throw fail((0,errors/* gaveUpError */.h)(error, attempt, call.elapsedMs(), `at most ${retry_policy.MAX_ATTEMPTS} attempts`), outcome);
            }
            const delay = (0,retry_policy.retryDelayMs)(outcome, attempt, random, Date.now());
            if (!call.fits(delay + timeoutMs)) {
                throw fail((0,errors/* gaveUpError */.h)(error, attempt, call.elapsedMs(), budgetSpent()), outcome);
            }
            onRetry(`${req.method} ${req.apiPath}: ${describe(result)}, retrying in ${(0,errors/* seconds */.YA)(delay)} (attempt ${attempt + 1})`);
            await call.wait(delay, sleep);
        }
    }
    /** A failure in a few words: `connection reset (ECONNRESET)`, `503 Service Unavailable`. */
    function describeFailure(failure) {
        return failure.status === 0
            ? (0,errors/* describeNetworkFailure */.Ku)(failure.code, 'network error', timeoutMs)
            : `${failure.status} ${(0,errors/* statusText */.qS)(failure.status)}`;
    }
    function parseJson(method, apiPath, status, body) {
        if (status === 204 || body.trim() === '')
            return undefined;
        try {
            return JSON.parse(body);
        }
        catch {
            throw scrub((0,errors/* unexpectedBodyError */.yM)(method, fullPath(apiPath), status, body, 'JSON'));
        }
    }
    function resource(method, apiPath, body) {
        if (!isLabelled(body)) {
            throw (0,errors/* unexpectedBodyError */.yM)(method, fullPath(apiPath), 200, JSON.stringify(body) ?? '', 'a resource with id and label');
        }
        return body;
    }
    async function list(apiPath, call, headers) {
        return fetchAllPages(async (page) => {
            const req = { method: 'GET', apiPath, query: { page, page_size: PAGE_SIZE } };
            if (headers !== undefined)
                req.headers = headers;
            const body = await request(req, call);
            try {
                return asPage(body);
            }
            catch (error) {
                if (!(error instanceof PageShapeError))
                    throw error;
                throw new errors/* LinodeApiError */.Om(`GET ${fullPath(apiPath)} returned an unexpected page: ${error.message}`, {
                    status: 200,
                    method: 'GET',
                    path: fullPath(apiPath),
                });
            }
        });
    }
    /** The resource with exactly this label, if the collection has one (newest if several). */
    async function findByLabel(collection, label, call) {
        // X-Filter narrows the listing server-side; the exact comparison here does not rely on it.
        const items = await list(collection, call, { 'X-Filter': labelFilter(label) });
        const matches = items.filter((item) => isLabelled(item) && item.label === label);
        return matches.sort((a, b) => b.id - a.id)[0];
    }
    /**
     * After a write that must not be blindly repeated failed: throws when it certainly was not
     * applied; otherwise says how long to wait before looking for its effect, and whether it may
     * be sent again if it was not applied.
     */
    function afterWriteFailure(failure, attempt, call) {
        const kind = (0,retry_policy.classifyWriteFailure)(failure);
        if (kind === 'fatal')
            throw failure;
        const outcome = outcomes.get(failure) ?? { type: 'network', code: failure.code };
        const delay = kind === 'retry' ? (0,retry_policy.retryDelayMs)(outcome, attempt, random, Date.now()) : 0;
        const outOfAttempts = attempt >= retry_policy.MAX_ATTEMPTS;
        const canRetry = kind === 'retry' && !outOfAttempts && call.fits(delay + timeoutMs);
        return { kind, delay, canRetry, outOfAttempts, what: describeFailure(failure) };
    }
    /**
     * POST that never blindly repeats itself. After a failure that may have created the resource,
     * it waits, re-lists the collection by label and hands a match to `onFound` (adopting it by
     * default); only when there is none to adopt does it POST again (for transient failures,
     * within the budget).
     */
    async function create(collection, body, onFound = async (found) => found) {
        return withCall((call) => createIn(call, collection, body, onFound));
    }
    async function createIn(call, collection, body, onFound) {
        const label = body.label;
        for (let attempt = 1;; attempt++) {
            let failure;
            try {
                return resource('POST', collection, await request({ method: 'POST', apiPath: collection, body }, call));
            }
            catch (error) {
                if (!(0,errors/* isLinodeApiError */.cn)(error))
                    throw error;
                failure = error;
            }
            const { kind, delay, canRetry, what } = afterWriteFailure(failure, attempt, call);
            if (canRetry) {
                onRetry(`POST ${collection}: ${what}, the create may have been applied; looking for "${label}" in ${(0,errors/* seconds */.YA)(delay)} (attempt ${attempt + 1})`);
                await call.wait(delay, sleep);
            }
            else {
                onRetry(`POST ${collection}: ${what}, the create may have been applied; looking for "${label}"`);
            }
            let found;
            let removed = false;
            try {
                const match = await findByLabel(collection, label, call);
                found = match === undefined ? undefined : await onFound(match);
                if (match !== undefined && found === undefined) {
                    removed = true;
                    onRetry(`POST ${collection}: "${label}" (id ${match.id}), created by the interrupted request, cannot be adopted and was removed`);
                }
            }
            catch (error) {
                if (!(0,errors/* isLinodeApiError */.cn)(error))
                    throw error;
                throw new errors/* LinodeApiError */.Om(`${failure.message}; the create may have been applied, and looking for "${label}" failed: ${error.message}`, { status: failure.status, method: failure.method, path: failure.path, reasons: failure.reasons, code: failure.code, attempts: attempt });
            }
            if (found !== undefined) {
                onRetry(`POST ${collection}: adopted "${label}" (id ${found.id}), created by the interrupted request`);
                return found;
            }
            if (!canRetry) {
                throw kind === 'retry'
                    ? scrub((0,errors/* gaveUpError */.h)(failure, attempt, call.elapsedMs(), `${budgetSpent()}, ${removed ? `the "${label}" it created was removed` : `nothing named "${label}" was created`}`))
                    : failure;
            }
        }
    }
    async function updateIn(call, apiPath, body, check) {
        for (let attempt = 1;; attempt++) {
            let failure;
            try {
                return resource('PUT', apiPath, await request({ method: 'PUT', apiPath, body }, call, retry_policy.isRetryableBlind));
            }
            catch (error) {
                if (!(0,errors/* isLinodeApiError */.cn)(error))
                    throw error;
                failure = error;
            }
            const { kind, delay, canRetry, outOfAttempts, what } = afterWriteFailure(failure, attempt, call);
            if (canRetry) {
                onRetry(`PUT ${apiPath}: ${what}, the update may have been applied; reading it back in ${(0,errors/* seconds */.YA)(delay)}`);
                await call.wait(delay, sleep);
            }
            else {
                onRetry(`PUT ${apiPath}: ${what}, the update may have been applied; reading it back`);
            }
            let current;
            try {
                current = resource('GET', apiPath, await request({ method: 'GET', apiPath }, call));
            }
            catch (error) {
                if (!(0,errors/* isLinodeApiError */.cn)(error))
                    throw error;
                throw new errors/* LinodeApiError */.Om(`${failure.message}; the update may have been applied, and reading it back failed: ${error.message}`, { status: failure.status, method: failure.method, path: failure.path, reasons: failure.reasons, code: failure.code, attempts: attempt });
            }
            // A version that moved alone could be someone else's edit; the fields must be ours too.
            if (current.version !== check.version && check.reflects(current)) {
                onRetry(`PUT ${apiPath}: the interrupted update was applied (version ${check.version} → ${current.version})`);
                return current;
            }
            if (!canRetry) {
                if (kind !== 'retry')
                    throw failure;
                const why = outOfAttempts ? `at most ${retry_policy.MAX_ATTEMPTS} attempts` : budgetSpent();
                throw scrub((0,errors/* gaveUpError */.h)(failure, attempt, call.elapsedMs(), `${why}; the update was not applied`));
            }
            onRetry(`PUT ${apiPath}: the update was not applied; sending it again (attempt ${attempt + 1})`);
        }
    }
    async function remove(apiPath) {
        try {
            await withCall((call) => request({ method: 'DELETE', apiPath }, call));
        }
        catch (error) {
            if ((0,errors/* isLinodeApiError */.cn)(error) && error.status === 404) {
                debug(`DELETE ${fullPath(apiPath)}: already gone (404)`);
                return;
            }
            throw error;
        }
    }
    return {
        list: (apiPath) => withCall((call) => list(apiPath, call)),
        get: async (apiPath) => resource('GET', apiPath, await withCall((call) => request({ method: 'GET', apiPath }, call))),
        put: async (apiPath, body) => resource('PUT', apiPath, await withCall((call) => request({ method: 'PUT', apiPath, body }, call))),
        update: (apiPath, body, check) => withCall((call) => updateIn(call, apiPath, body, check)),
        remove,
        create,
        post: (apiPath, body) => withCall((call) => request({ method: 'POST', apiPath, body }, call)),
        debug,
    };
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


/***/ })

};

//# sourceMappingURL=334.index.js.map