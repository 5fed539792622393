export const id = 599;
export const ids = [599];
export const modules = {

/***/ 7599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   connectGitHub: () => (/* binding */ connectGitHub),
/* harmony export */   prepareComment: () => (/* binding */ prepareComment),
/* harmony export */   pullRequestContext: () => (/* binding */ pullRequestContext)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9556);
/* harmony import */ var _reporting_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9953);


/**
 * The GitHub client and this run's context, when this run has a token and a repository. Loads
 * the client (and `@actions/github`, whose context is read as it loads) only now.
 */
async function openGitHub(inputs, onRequest) {
    if (!inputs.githubToken) {
        _reporting_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.debug('GitHub: input github-token is empty; skipping');
        return undefined;
    }
    const { createGitHubApi, currentContext } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 6584));
    const context = currentContext();
    if (!context.repository) {
        _reporting_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.debug('GitHub: GITHUB_REPOSITORY is not set; skipping');
        return undefined;
    }
    const api = createGitHubApi({
        token: inputs.githubToken,
        ...context.repository,
        log: (line) => _reporting_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.info(line),
        debug: (line) => _reporting_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.debug(line),
        ...(onRequest ? { onRequest } : {}),
    });
    return { api, context };
}
/** Connects to GitHub when this run has a token and a repository, and asks who the token is. */
async function connectGitHub(inputs) {
    const opened = await openGitHub(inputs);
    return opened ? { ...opened, login: await opened.api.viewerLogin() } : undefined;
}
/**
 * This run's context from `@actions/github`, loading it; undefined (and nothing loaded) when the
 * event is not a pull request's, for callers that need it only then.
 */
async function pullRequestContext() {
    if (!(0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .isPullRequestEvent */ .T5)(process.env))
        return undefined;
    return (await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 6584))).currentContext();
}
/**
 * Starts reading what the plan comment needs — the token's login and the pull request's
 * comments, at the same time — so a plan can fetch it while the account is read, and posting
 * costs one round trip after the plan. The target is undefined when there is nothing to comment
 * on; its failure is reported where the comment is posted.
 */
function prepareComment(inputs) {
    let issued = 0;
    let onSent = () => undefined;
    const sent = new Promise((resolve) => (onSent = resolve));
    const target = (async () => {
        if (inputs.comment === 'false' || !(0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .isPullRequestEvent */ .T5)(process.env))
            return undefined;
        const opened = await openGitHub(inputs, () => {
            if (++issued === 2)
                onSent();
        });
        const pr = opened?.context.pullRequest;
        if (!opened || !pr)
            return undefined;
        const { api, context } = opened;
        const [login, comments] = await Promise.all([api.viewerLogin(), api.listIssueComments(pr.number)]);
        return { github: { context, api, login }, comments };
    })();
    target.then(onSent, onSent);
    return { target, sent };
}


/***/ })

};

//# sourceMappingURL=599.index.js.map