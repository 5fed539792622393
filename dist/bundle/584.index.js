export const id = 584;
export const ids = [584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubApi: () => (/* binding */ createGitHubApi),
/* harmony export */   currentContext: () => (/* binding */ currentContext)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6856);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8943);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9556);






/** Rate-limit waits longer than this are not waited out: the comment is skipped with a warning instead. */
const MAX_RATE_LIMIT_WAIT_S = 60;
const MAX_RATE_LIMIT_RETRIES = 2;
/**
 * No single GitHub call takes longer than this: a hung connection would otherwise hold the job
 * until its own timeout. A timed-out attempt fails like a network failure (status 500 from
 * Octokit): a read is retried; a create is not, and its caller looks for what it made first.
 */
const REQUEST_TIMEOUT_MS = 30_000;
/**
 * Until GitHub has answered once it is not known to be reachable: an attempt waits this long at
 * most (a local runner offline, or a firewall that drops packets), not REQUEST_TIMEOUT_MS.
 */
const FIRST_ANSWER_TIMEOUT_MS = 4_000;
/**
 * After the first connection refused, failed DNS lookup or unanswered attempt, the retry plugin
 * may try again for this long; then every call fails at once as unreachable. Without it, an
 * unreachable GitHub cost each call its retries (1 + 4 + 9 s) and each attempt up to 30 s.
 */
const UNREACHABLE_WAIT_MS = 3_000;
/** Network errors that mean GitHub cannot be reached at all, as node and undici name them. */
const UNREACHABLE_CODES = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'its host name does not resolve',
    EAI_AGAIN: 'DNS lookup failed',
    EHOSTUNREACH: 'no route to host',
    ENETUNREACH: 'network unreachable',
    ETIMEDOUT: 'connection timed out',
    UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
};
const USER_AGENT = 'linode-log-streams-action';
/**
 * getOctokit's own fetch (undici through `@actions/http-client`'s proxy dispatcher for
 * GITHUB_API_URL: HTTPS_PROXY/NO_PROXY, a CONNECT tunnel) with a timeout on each attempt: the
 * retry plugin calls it once per attempt. Octokit's `request` option replaces getOctokit's
 * defaults whole, so the proxy fetch is taken from them and passed on wrapped.
 */
function timedFetch(base, timeoutMs) {
    let answered = false;
    let unreachable;
    return async (url, init = {}) => {
        if (unreachable !== undefined && Date.now() - unreachable.since >= UNREACHABLE_WAIT_MS)
            throw new _api_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubUnreachable */ .yc(unreachable.why);
        const limit = answered ? timeoutMs : Math.min(timeoutMs, FIRST_ANSWER_TIMEOUT_MS);
        const timeout = AbortSignal.timeout(limit);
        try {
            const response = await base(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
            answered = true;
            unreachable = undefined;
            return response;
        }
        catch (error) {
            // A timeout once GitHub has answered is a slow request (ambiguous for a write), not an unreachable host.
            const why = networkFailure(error) ?? (timeout.aborted && !answered && !init.signal?.aborted ? `no answer within ${limit / 1000} s` : undefined);
            if (why === undefined)
                throw error;
            unreachable ??= { since: Date.now(), why };
            throw new _api_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubUnreachable */ .yc(why);
        }
    };
}
/** Why a fetch failed to reach its host (undici's `fetch failed` has the socket error as its cause), or undefined. */
function networkFailure(error) {
    for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
        const codes = [e.code, ...(Array.isArray(e.errors) ? e.errors.map((x) => x.code) : [])];
        for (const code of codes)
            if (typeof code === 'string' && code in UNREACHABLE_CODES)
                return `${UNREACHABLE_CODES[code]}, ${code}`;
    }
    return undefined;
}
/**
 * The GitHub REST client: `@actions/github`'s getOctokit (GITHUB_API_URL, its proxy support)
 * with the retry plugin (5xx and network failures) and the throttling plugin (waits out primary
 * and secondary rate limits). Loaded lazily: only the modes that talk to GitHub pay for it.
 */
function createGitHubApi(options) {
    const { owner, repo } = options;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const wait = retryAfter <= MAX_RATE_LIMIT_WAIT_S && retryCount < MAX_RATE_LIMIT_RETRIES;
        options.log(`GitHub ${kind} rate limit on ${request.method} ${request.url}: ${wait ? `retrying in ${retryAfter}s` : 'giving up'}`);
        return wait;
    };
    const unit = options.retryUnitMs ?? 1000;
    const proxyFetch = (_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? globalThis.fetch);
    const log = { debug: options.debug, info: options.debug, warn: options.debug, error: options.debug };
    const common = {
        baseUrl: (options.baseUrl ?? _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: USER_AGENT,
        log,
        request: { ..._actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request, fetch: timedFetch(proxyFetch, options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS) },
        // 429 is the throttling plugin's to handle, with the server's Retry-After.
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retryAfterBaseValue: unit },
    };
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        ...common,
        throttle: { enabled: options.throttle ?? true, retryAfterBaseValue: unit, onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
    // The throttling plugin queues GraphQL with the writes (one a second): the one identity query
    // goes through a client without it, so it does not hold back the comment that follows.
    const plain = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, { ...common, throttle: { enabled: false } }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
    // A create is never retried by the client: after an ambiguous failure the caller looks for
    // what it created (by marker) before posting again.
    const once = { request: { retries: 0 } };
    return {
        async viewerLogin() {
            // GraphQL answers for app installation tokens (GITHUB_TOKEN: `github-actions[bot]`) and PATs
            // alike; REST GET /user answers only for user tokens.
            try {
                const data = await plain.graphql('query { viewer { login } }');
                if (data.viewer.login)
                    return data.viewer.login;
            }
            catch (error) {
                options.debug(`GraphQL viewer: ${error.message}`);
            }
            try {
                return (await plain.rest.users.getAuthenticated()).data.login;
            }
            catch (error) {
                options.debug(`GET /user: ${error.message}`);
            }
            return 'github-actions[bot]';
        },
        async listIssueComments(issueNumber) {
            return await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
        },
        async createIssueComment(issueNumber, body) {
            return (await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body, ...once })).data;
        },
        async updateIssueComment(commentId, body) {
            return (await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body })).data;
        },
        async pullsForCommit(sha) {
            return (await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha, per_page: 100 })).data;
        },
        async listOpenIssues(label) {
            const issues = (await octokit.paginate(octokit.rest.issues.listForRepo, {
                owner,
                repo,
                state: 'open',
                ...(label !== undefined ? { labels: label } : {}),
                per_page: 100,
            }));
            return issues.filter((issue) => !issue.pull_request);
        },
        async addLabels(issueNumber, labels) {
            await octokit.rest.issues.addLabels({ owner, repo, issue_number: issueNumber, labels });
        },
        async createIssue(title, body, labels) {
            return (await octokit.rest.issues.create({ owner, repo, title, body, labels, ...once })).data;
        },
        async updateIssue(issueNumber, update) {
            return (await octokit.rest.issues.update({ owner, repo, issue_number: issueNumber, ...update })).data;
        },
    };
}
/** This run's event, repository and pull request, from `@actions/github`'s context (read when the client loads). */
function currentContext() {
    return (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .readEventContext */ .ws)(_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._);
}


/***/ })

};

//# sourceMappingURL=584.index.js.map