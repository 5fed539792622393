export const id = 990;
export const ids = [990,599];
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


/***/ }),

/***/ 1731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ compareWithApproved),
/* harmony export */   PY: () => (/* binding */ approvedChanges),
/* harmony export */   an: () => (/* binding */ planFingerprint)
/* harmony export */ });
/* unused harmony exports FINGERPRINT_FORMAT, changeRecord, canonicalJson */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** Bumped when the canonical form changes, so old fingerprints never match new ones by accident. */
const FINGERPRINT_FORMAT = 1;
function changeRecord(change) {
    const record = { action: change.action, kind: change.kind, label: change.label };
    if ('id' in change)
        record.id = change.id;
    if ('version' in change)
        record.version = change.version;
    if (change.action === 'update')
        record.reason = change.reason;
    if ('fields' in change)
        record.fields = change.fields.map((f) => ({ path: f.path, before: f.before, after: f.after }));
    return record;
}
/** JSON with object keys sorted at every depth and no whitespace: equal data, equal bytes. */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object') {
        // undefined never reaches here from a record; JSON.stringify(undefined) would be undefined.
        return JSON.stringify(value) ?? 'null';
    }
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
const sha256 = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
function actionable(plan) {
    return plan.changes.filter((c) => c.action !== 'noop');
}
/**
 * The plan's fingerprint: sha256 of the canonical JSON of what apply would do. It covers every
 * change with the id and version of the resource it touches, so any live edit of a touched
 * resource after the plan changes it. Unchanged and unmanaged resources are left out: they do
 * not change what apply does. Nothing in it varies between identical plans (no time, no run).
 */
function planFingerprint(plan) {
    return sha256(canonicalJson({ format: FINGERPRINT_FORMAT, changes: actionable(plan).map(changeRecord) }));
}
/** Each change with a short digest of its record, for telling which resource differs later. */
function approvedChanges(plan) {
    return actionable(plan).map((change) => {
        const record = changeRecord(change);
        return {
            kind: record.kind,
            label: record.label,
            action: record.action,
            ...(record.id !== undefined ? { id: record.id } : {}),
            ...(record.version !== undefined ? { version: record.version } : {}),
            digest: sha256(canonicalJson(record)).slice(0, 16),
        };
    });
}
const keyOf = (c) => `${c.kind}\u0000${c.label}`;
/**
 * Compares the plan now with an approved one. Pure. `approved.changes` is null when the approved
 * plan was too large to record per change: then only the exact fingerprint can approve.
 */
function compareWithApproved(plan, approved) {
    if (planFingerprint(plan) === approved.fingerprint)
        return { kind: 'same' };
    const now = approvedChanges(plan);
    if (approved.changes === null)
        return { kind: 'changed', differences: undefined, dropped: [] };
    const approvedByKey = new Map(approved.changes.map((c) => [keyOf(c), c]));
    const nowKeys = new Set(now.map(keyOf));
    const dropped = approved.changes.filter((c) => !nowKeys.has(keyOf(c)));
    const differences = [];
    for (const change of now) {
        const before = approvedByKey.get(keyOf(change));
        if (!before)
            differences.push({ reason: 'new', now: change });
        else if (before.digest === change.digest)
            continue;
        else if (before.action !== change.action)
            differences.push({ reason: 'action', now: change, approved: before });
        else if (before.id !== change.id || before.version !== change.version)
            differences.push({ reason: 'moved', now: change, approved: before });
        else
            differences.push({ reason: 'fields', now: change, approved: before });
    }
    if (differences.length === 0)
        return { kind: 'subset', alreadyDone: dropped };
    return { kind: 'changed', differences, dropped };
}


/***/ }),

/***/ 990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i_: () => (/* binding */ checkApproval),
  commentOnPullRequest: () => (/* binding */ commentOnPullRequest),
  refuseApply: () => (/* binding */ refuseApply),
  dx: () => (/* binding */ setApplyStatus),
  ac: () => (/* binding */ pull_request_syncDriftIssue)
});

// UNUSED EXPORTS: findPlanCommentQuietly, warnGitHub

;// CONCATENATED MODULE: ./src/github/api.ts
/** Whether an issue carries a label. */
function hasLabel(issue, label) {
    return (issue.labels ?? []).some((l) => (typeof l === 'string' ? l : l.name) === label);
}
/** The HTTP status of a failed GitHub call, or undefined for a network failure. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' && status > 0 ? status : undefined;
}
/** A failure after which the request may have been carried out (a 5xx, a timeout, a cut connection). */
function isAmbiguous(error) {
    const status = statusOf(error);
    return status === undefined || status >= 500;
}
/** A GitHub failure as one line: status and GitHub's message, never a header or a token. */
function describeGitHubError(error) {
    const status = statusOf(error);
    const data = error?.response?.data;
    const message = typeof data?.message === 'string' ? data.message : error instanceof Error ? error.message : String(error);
    return status ? `${status}: ${message}` : message;
}

// EXTERNAL MODULE: ./src/render/marker.ts
var render_marker = __webpack_require__(1376);
;// CONCATENATED MODULE: ./src/github/comments.ts


/**
 * Whether a comment or issue was written by this token's identity. GitHub spells an app's login
 * `name[bot]` in REST; GraphQL may give it without the suffix, so a Bot account matches either.
 */
function isOwnAuthor(user, login) {
    if (!user)
        return false;
    const a = user.login.toLowerCase();
    const b = login.toLowerCase();
    if (a === b)
        return true;
    return user.type === 'Bot' && (a === `${b}[bot]` || `${a}[bot]` === b);
}
/** This action's plan comment for a config file: marker *and* own authorship (a planted marker is ignored). */
function findPlanComment(comments, login, configPath) {
    for (const comment of comments) {
        if (!isOwnAuthor(comment.user, login))
            continue;
        const marker = (0,render_marker/* parsePlanMarker */.Bk)(comment.body ?? '');
        if (marker && (0,render_marker/* sameConfig */.X$)(marker, configPath))
            return { comment, marker };
    }
    return undefined;
}
const CREATE_ATTEMPTS = 3;
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Creates the plan comment or updates it in place; leaves it alone when the body is already the
 * same (no edit churn). A create that fails ambiguously (5xx, cut connection) may have been
 * carried out: the comments are listed again and a comment found by marker is updated instead,
 * so a retry never posts a duplicate.
 */
async function upsertPlanComment(api, options) {
    const sleep = options.sleep ?? defaultSleep;
    const find = async () => findPlanComment(await api.listIssueComments(options.issueNumber), options.login, options.configPath)?.comment;
    const update = async (existing) => {
        if ((existing.body ?? '') === options.body)
            return { action: 'unchanged', url: existing.html_url, id: existing.id };
        const updated = await api.updateIssueComment(existing.id, options.body);
        return { action: 'updated', url: updated.html_url, id: updated.id };
    };
    const existing = options.comments ? findPlanComment(options.comments, options.login, options.configPath)?.comment : await find();
    if (existing)
        return update(existing);
    if (!options.create)
        return { action: 'skipped' };
    for (let attempt = 1;; attempt++) {
        try {
            const created = await api.createIssueComment(options.issueNumber, options.body);
            return { action: 'created', url: created.html_url, id: created.id };
        }
        catch (error) {
            if (!isAmbiguous(error) || attempt >= CREATE_ATTEMPTS)
                throw error;
            await sleep(1000 * attempt);
            const landed = await find();
            if (landed)
                return update(landed);
        }
    }
}

;// CONCATENATED MODULE: ./src/github/approval.ts

/**
 * The pull request a push merged: the one whose merge commit is the pushed commit (merge, squash
 * and rebase merges all record it), else the only merged one into the pushed branch.
 */
function mergedPullRequest(pulls, sha, ref) {
    const merged = pulls.filter((p) => p.merged_at);
    const exact = merged.find((p) => p.merge_commit_sha === sha);
    if (exact)
        return exact;
    const branch = ref.replace(/^refs\/heads\//, '');
    const intoBranch = merged.filter((p) => p.base.ref === branch);
    return intoBranch.length === 1 ? intoBranch[0] : undefined;
}
/**
 * Finds the plan comment this apply must match: on a pull request event, that pull request's;
 * on a push, the pull request the pushed commit merged (commits → pulls API). Other events, and
 * direct pushes, have none.
 */
async function findApprovedPlan(api, login, context, configPath) {
    let pullNumber = context.pullRequest?.number;
    if (pullNumber === undefined) {
        if (context.eventName !== 'push')
            return { kind: 'no-pull-request', why: `a ${context.eventName || 'local'} event is not the merge of a pull request` };
        const pull = mergedPullRequest(await api.pullsForCommit(context.sha), context.sha, context.ref);
        if (!pull)
            return { kind: 'no-pull-request', why: `no merged pull request has commit ${context.sha.slice(0, 7)} as its merge (a direct push)` };
        pullNumber = pull.number;
    }
    const found = findPlanComment(await api.listIssueComments(pullNumber), login, configPath);
    return found ? { kind: 'found', pullNumber, ...found } : { kind: 'no-comment', pullNumber };
}

// EXTERNAL MODULE: ./src/github/context.ts
var github_context = __webpack_require__(9556);
;// CONCATENATED MODULE: ./src/github/drift-issue.ts



/**
 * The open drift issue for a config file: marker *and* own authorship. The label is only a cheap
 * first query: someone may have removed it, or GitHub dropped it when the issue was opened (labels
 * of a token that may not set them are silently ignored), so every open issue is searched next.
 */
async function findDriftIssue(api, options) {
    const ours = (issues) => issues
        .filter((issue) => {
        const marker = (0,render_marker/* parseDriftMarker */.JI)(issue.body ?? '');
        return isOwnAuthor(issue.user, options.login) && marker !== undefined && (0,render_marker/* sameConfig */.X$)(marker, options.configPath);
    })
        .sort((a, b) => a.number - b.number)[0];
    return ours(await api.listOpenIssues(options.label)) ?? ours(await api.listOpenIssues());
}
/** Puts the label back on an issue that lost it; a failure is reported, never thrown. */
async function relabel(api, issue, label) {
    if (hasLabel(issue, label))
        return undefined;
    try {
        await api.addLabels(issue.number, [label]);
        return undefined;
    }
    catch (error) {
        return describeGitHubError(error);
    }
}
const drift_issue_defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * One issue per config file while drift lasts: opened on the first drift, its body updated on
 * later runs (not a new comment each time), closed with a comment once the account matches the
 * file. Like the plan comment, a create that fails ambiguously is looked for before it is retried.
 */
async function syncDriftIssue(api, options) {
    const sleep = options.sleep ?? drift_issue_defaultSleep;
    const existing = await findDriftIssue(api, options);
    if (!options.drift) {
        if (!existing)
            return { action: 'none' };
        await api.createIssueComment(existing.number, options.resolvedComment);
        const closed = await api.updateIssue(existing.number, { state: 'closed', state_reason: 'completed' });
        return { action: 'closed', url: closed.html_url, number: closed.number };
    }
    const { title, body } = options.drift;
    if (existing) {
        const labelProblem = await relabel(api, existing, options.label);
        const problem = labelProblem !== undefined ? { labelProblem } : {};
        if (existing.title === title && (existing.body ?? '') === body)
            return { action: 'unchanged', url: existing.html_url, number: existing.number, ...problem };
        const updated = await api.updateIssue(existing.number, { title, body });
        return { action: 'updated', url: updated.html_url, number: updated.number, ...problem };
    }
    for (let attempt = 1;; attempt++) {
        try {
            const opened = await api.createIssue(title, body, [options.label]);
            return { action: 'opened', url: opened.html_url, number: opened.number };
        }
        catch (error) {
            if (!isAmbiguous(error) || attempt >= 3)
                throw error;
            await sleep(1000 * attempt);
            const landed = await findDriftIssue(api, options);
            if (landed)
                return { action: 'opened', url: landed.html_url, number: landed.number };
        }
    }
}

// EXTERNAL MODULE: ./src/github/session.ts
var session = __webpack_require__(7599);
// EXTERNAL MODULE: ./src/plan/fingerprint.ts
var fingerprint = __webpack_require__(1731);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
// EXTERNAL MODULE: ./src/render/words.ts
var words = __webpack_require__(5933);
;// CONCATENATED MODULE: ./src/render/approval.ts


const resource = (c) => `${c.action} ${c.kind} "${c.label}"${c.id !== undefined ? ` (#${c.id})` : ''}`;
function differenceLine(d) {
    switch (d.reason) {
        case 'new':
            return `${resource(d.now)}: not in the approved plan`;
        case 'action':
            return `${resource(d.now)}: approved as ${d.approved.action}`;
        case 'moved':
            return d.approved.id !== d.now.id
                ? `${resource(d.now)}: approved for #${d.approved.id}, now another resource has the label`
                : `${resource(d.now)}: changed on the account after approval (version ${d.approved.version} → ${d.now.version})`;
        case 'fields':
            return `${resource(d.now)}: the field changes differ from the approved ones`;
        default: {
            const unreachable = d.reason;
            return unreachable;
        }
    }
}
/** What differs between the plan now and the approved one, one line each (plain text). */
function approvalDifferences(verdict) {
    if (verdict.kind !== 'changed')
        return [];
    if (!verdict.differences)
        return ['the approved plan was too large to record each change; compare the two plans in the job summaries'];
    return [
        ...verdict.differences.map(differenceLine),
        ...verdict.dropped.map((c) => `${resource(c)}: approved, no longer planned`),
    ];
}
/** The approval check for the log. */
function renderApprovalText(verdict, source) {
    const pr = `pull request #${source.pullNumber}`;
    switch (verdict.kind) {
        case 'same':
            return `The plan is the one approved on ${pr}${source.sha ? ` (planned at ${source.sha.slice(0, 7)})` : ''}.`;
        case 'subset':
            return `Every change planned now is one approved on ${pr}; ${(0,words/* count */.U)(verdict.alreadyDone.length, 'approved change')} ${verdict.alreadyDone.length === 1 ? 'is' : 'are'} already done:\n${verdict.alreadyDone.map((c) => `  ${resource(c)}`).join('\n')}`;
        case 'changed':
            return `The plan differs from the one approved on ${pr}${source.sha ? ` (planned at ${source.sha.slice(0, 7)})` : ''}:\n${approvalDifferences(verdict).map((l) => `  ${l}`).join('\n')}`;
        default: {
            const unreachable = verdict;
            return unreachable;
        }
    }
}
/** The approval check for the job summary (empty when the plan is the approved one). */
function renderApprovalMarkdown(verdict, source) {
    if (verdict.kind === 'same')
        return '';
    const pr = `pull request &#35;\u2060${source.pullNumber}`;
    if (verdict.kind === 'subset') {
        return `> Every change planned now was approved on ${pr}; ${(0,words/* count */.U)(verdict.alreadyDone.length, 'approved change')} ${verdict.alreadyDone.length === 1 ? 'is' : 'are'} already done.\n`;
    }
    return [
        `#### ⛔ The plan differs from the one approved on ${pr}`,
        '',
        ...approvalDifferences(verdict).map((l) => `- ${(0,render_escape/* escapeMarkdown */.FV)(l)}`),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/render/comment.ts
var comment = __webpack_require__(8141);
// EXTERNAL MODULE: ./src/render/drift.ts
var drift = __webpack_require__(3047);
// EXTERNAL MODULE: ./src/render/values.ts
var values = __webpack_require__(6472);
// EXTERNAL MODULE: ./src/reporting.ts
var reporting = __webpack_require__(9953);
;// CONCATENATED MODULE: ./src/pull-request.ts
/**
 * The GitHub side of a run: the plan comment on a pull request, the plan it approved (read back
 * on the merge), the apply's status on that comment, and the drift issue. A GitHub failure never
 * fails a plan: it is a warning naming the permission to add. Loaded only by runs that talk to
 * GitHub; the Octokit client loads with the session (github/session.ts).
 */












/**
 * Creates or updates the plan comment on the pull request of this run. A GitHub failure never
 * fails the plan: it is a warning naming the permission to add (or a notice on a fork's
 * read-only token), and the plan stays in the job summary.
 */
async function commentOnPullRequest(inputs, outcome, prepared) {
    if (inputs.comment === 'false')
        return;
    if (!inputs.githubToken) {
        reporting/* log */.Rm.debug('GitHub: input github-token is empty; skipping');
        return;
    }
    let context;
    try {
        context = await (0,session.pullRequestContext)();
    }
    catch (error) {
        reporting/* log */.Rm.warning(`Could not read this run's pull request (${describeGitHubError(error)}): no plan comment. The plan is in this run's job summary.`);
        return;
    }
    const pr = context?.pullRequest;
    if (!context || !pr) {
        reporting/* log */.Rm.debug(`No pull request comment: the event is ${process.env.GITHUB_EVENT_NAME || 'not a GitHub event'}.`);
        return;
    }
    try {
        const target = await (prepared ?? (0,session.prepareComment)(inputs).target);
        if (!target)
            return;
        const { github, comments } = target;
        const body = (0,reporting/* redactBody */.sx)((0,comment/* renderPlanComment */.zk)(outcome, { configPath: inputs.configPath, links: (0,github_context/* runLinks */.$E)(context, pr.headSha) }));
        const create = inputs.comment === 'true' || outcome.kind !== 'planned' || (0,values/* hasChanges */.ik)(outcome.plan);
        const result = await upsertPlanComment(github.api, { issueNumber: pr.number, login: github.login, configPath: inputs.configPath, body, create, comments });
        if (result.action === 'skipped')
            reporting/* log */.Rm.info(`Plan comment: none created on pull request #${pr.number} (comment: changes-only, and there are no changes).`);
        else
            reporting/* log */.Rm.info(`Plan comment ${result.action}: ${result.url}`);
    }
    catch (error) {
        warnGitHub(error, `comment on pull request #${pr.number}`, 'pull-requests: write', { fromFork: pr.fromFork });
    }
}
/** A GitHub failure as a warning naming the permission to add; on a fork's read-only token, a notice. */
function warnGitHub(error, doing, permission, options = {}) {
    const status = statusOf(error);
    const what = describeGitHubError(error);
    const meanwhile = options.meanwhile ?? 'The plan is in this run\'s job summary.';
    if ((status === 403 || status === 404) && options.fromFork) {
        reporting/* log */.Rm.notice(`Could not ${doing} (${what}): pull requests from forks get a read-only token. ${meanwhile}`);
    }
    else if (status === 403 || status === 404) {
        reporting/* log */.Rm.warning(`Could not ${doing} (${what}): the workflow's token lacks the permission. Add "${permission}" to the job's permissions. ${meanwhile}`);
    }
    else {
        reporting/* log */.Rm.warning(`Could not ${doing} (${what}). ${meanwhile}`);
    }
}
/**
 * Finds the plan approved for this apply and compares it with the plan now. Undefined when there
 * is none to compare with (a direct push, another event, no GitHub token); `unreviewed` when the
 * merged pull request has no plan comment for the config. If the approved plan cannot be read,
 * the apply does not go ahead unless on-plan-changed is apply.
 */
async function checkApproval(inputs, plan) {
    let github;
    let source;
    try {
        github = await (0,session.connectGitHub)(inputs);
        if (!github) {
            reporting/* log */.Rm.info('Approved-plan check skipped: no GitHub token or repository in this run.');
            return undefined;
        }
        source = await findApprovedPlan(github.api, github.login, github.context, inputs.configPath);
    }
    catch (error) {
        const message = `Could not read the approved plan from GitHub (${describeGitHubError(error)}). The apply workflow needs "pull-requests: read" (write, to update the plan comment's status).`;
        if (inputs.onPlanChanged === 'apply') {
            reporting/* log */.Rm.warning(`${message} Applying without the check (on-plan-changed: apply).`);
            return undefined;
        }
        throw new reporting/* ActionFailure */.dR('api-error', `${message} Nothing was changed.`);
    }
    if (source.kind === 'no-pull-request') {
        reporting/* log */.Rm.info(`No approved plan to compare with: ${source.why}. Applying the plan made now.`);
        return undefined;
    }
    if (source.kind === 'no-comment')
        return { kind: 'unreviewed', pullNumber: source.pullNumber };
    const { marker } = source;
    // A comment without a fingerprint shows a plan that did not complete: nothing was approved.
    const verdict = marker.fingerprint
        ? (0,fingerprint/* compareWithApproved */.DU)(plan, { fingerprint: marker.fingerprint, changes: marker.changes ?? null })
        : { kind: 'changed', differences: [], dropped: [] };
    const where = { pullNumber: source.pullNumber, commentUrl: source.comment.html_url, sha: marker.sha };
    reporting/* log */.Rm.info('');
    reporting/* log */.Rm.info(marker.fingerprint ? renderApprovalText(verdict, where) : `The last plan on pull request #${source.pullNumber} did not complete: there is no approved plan.`);
    const markdown = marker.fingerprint ? renderApprovalMarkdown(verdict, where) : `#### ⛔ The last plan on pull request &#35;\u2060${source.pullNumber} did not complete: there is no approved plan\n`;
    if (markdown)
        await (0,reporting/* writeSummary */.Sy)(`\n${markdown}`);
    const problem = marker.fingerprint
        ? `the plan differs from the one approved on pull request #${source.pullNumber} (the account or the file changed after it was made)`
        : `the last plan on pull request #${source.pullNumber} did not complete, so no plan was approved`;
    return { kind: 'approval', verdict, problem, pullNumber: source.pullNumber, commentId: source.comment.id, commentBody: source.comment.body ?? '', github };
}
/**
 * The plan comment of the pull request this apply merged, for saying on it why the apply stopped
 * early. Best effort: undefined when there is none or GitHub cannot be read.
 */
async function findPlanCommentQuietly(inputs) {
    if (inputs.comment === 'false')
        return undefined;
    try {
        const github = await (0,session.connectGitHub)(inputs);
        if (!github)
            return undefined;
        const source = await findApprovedPlan(github.api, github.login, github.context, inputs.configPath);
        if (source.kind !== 'found')
            return undefined;
        return { pullNumber: source.pullNumber, commentId: source.comment.id, commentBody: source.comment.body ?? '', github };
    }
    catch (error) {
        reporting/* log */.Rm.debug(`finding the plan comment: ${describeGitHubError(error)}`);
        return undefined;
    }
}
/** Records on the approved plan's comment what this apply did with it. A failure is a warning. */
async function setApplyStatus(inputs, approval, status) {
    if (inputs.comment === 'false')
        return;
    try {
        const body = (0,comment/* withApplyStatus */.Z8)(approval.commentBody, (0,comment/* renderApplyStatus */.bL)(status, (0,github_context/* runLinks */.$E)(approval.github.context, approval.github.context.sha)));
        if (body === undefined) {
            reporting/* log */.Rm.warning(`The plan comment on pull request #${approval.pullNumber} was edited and has no status line; its status was not updated.`);
            return;
        }
        const updated = await approval.github.api.updateIssueComment(approval.commentId, (0,reporting/* redactBody */.sx)(body));
        reporting/* log */.Rm.info(`Plan comment status updated: ${updated.html_url}`);
    }
    catch (error) {
        warnGitHub(error, `update the plan comment on pull request #${approval.pullNumber}`, 'pull-requests: write', { meanwhile: 'The outcome is in this run\'s log and job summary.' });
    }
}
/** Opens, updates or closes the drift issue. A GitHub failure is a warning, never a crash. */
async function pull_request_syncDriftIssue(inputs, plan, findings, omitted) {
    try {
        const github = await (0,session.connectGitHub)(inputs);
        if (!github) {
            reporting/* log */.Rm.warning('drift-issue is true but there is no GitHub token or repository: no drift issue.');
            return;
        }
        const { context } = github;
        const rendered = { configPath: inputs.configPath, links: (0,github_context/* runLinks */.$E)(context, context.sha) };
        const result = await syncDriftIssue(github.api, {
            login: github.login,
            configPath: inputs.configPath,
            label: inputs.driftIssueLabel,
            drift: (0,values/* hasChanges */.ik)(plan)
                ? { title: (0,reporting/* redactText */.Rd)((0,drift/* driftIssueTitle */.jE)(inputs.configPath)), body: (0,reporting/* redactBody */.sx)((0,drift/* renderDriftIssue */.PE)(plan, findings, omitted, rendered)) }
                : undefined,
            resolvedComment: (0,reporting/* redactText */.Rd)((0,drift/* renderDriftResolved */.ch)(rendered)),
        });
        if (result.action !== 'none')
            reporting/* log */.Rm.info(`Drift issue ${result.action}: ${result.url}`);
        if (result.action !== 'none' && result.labelProblem !== undefined) {
            reporting/* log */.Rm.warning(`The drift issue #${result.number} had lost its label ${inputs.driftIssueLabel} and it could not be added back (${result.labelProblem}). It is still found by its marker.`);
        }
    }
    catch (error) {
        warnGitHub(error, 'open, update or close the drift issue', 'issues: write', { meanwhile: 'The drift is in this run\'s log and job summary.' });
    }
}
/**
 * Fails an apply that stops before its first write, and says so on the approved plan's comment
 * when there is one: otherwise the comment would still read as if the apply were to come.
 */
async function refuseApply(inputs, failure, why) {
    const comment = await findPlanCommentQuietly(inputs);
    if (comment)
        await setApplyStatus(inputs, comment, { kind: 'refused', why });
    throw failure;
}


/***/ }),

/***/ 515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ renderChecksText),
/* harmony export */   Gk: () => (/* binding */ checksSummary),
/* harmony export */   pu: () => (/* binding */ renderChecksMarkdown)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7789);

const ICON = { pass: '✅', pending: '🕓', warn: '⚠️', skipped: '⏭️', fail: '❌' };
const WORD = { pass: 'ok', pending: 'after apply', warn: 'warning', skipped: 'skipped', fail: 'FAILED' };
/** `2 ok, 1 after apply, 1 FAILED`: the checks in a few words. */
function checksSummary(checks) {
    const order = ['fail', 'warn', 'pending', 'pass', 'skipped'];
    return order
        .map((status) => [status, checks.filter((c) => c.status === status).length])
        .filter(([, n]) => n > 0)
        .map(([status, n]) => `${n} ${WORD[status]}`)
        .join(', ');
}
/** The pre-flight checks for the log: one aligned line each. Pure. */
function renderChecksText(checks) {
    if (checks.length === 0)
        return [];
    const subjectWidth = Math.max(...checks.map((c) => c.subject.length));
    const checkWidth = Math.max(...checks.map((c) => c.check.length));
    const wordWidth = Math.max(...checks.map((c) => WORD[c.status].length));
    return [
        '',
        `Pre-flight checks (${checksSummary(checks)}):`,
        ...checks.map((c) => `    ${WORD[c.status].padEnd(wordWidth)}  ${c.subject.padEnd(subjectWidth)}  ${c.check.padEnd(checkWidth)}  ${oneLine(c.detail)}`),
    ];
}
/** The pre-flight checks as a Markdown table (job summary, PR comment). Pure; every value escaped. */
function renderChecksMarkdown(checks) {
    if (checks.length === 0)
        return [];
    return [
        `\n**Pre-flight checks:** ${checksSummary(checks)}\n\n| | Check | Of | Result |\n|---|---|---|---|`,
        ...checks.map((c) => `| ${ICON[c.status]} ${WORD[c.status]} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.check)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.subject)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(oneLine(c.detail))} |`),
    ];
}
function oneLine(text) {
    return text.replace(/\r\n|\r|\n/g, ' ');
}


/***/ }),

/***/ 8141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z8: () => (/* binding */ withApplyStatus),
/* harmony export */   bL: () => (/* binding */ renderApplyStatus),
/* harmony export */   ut: () => (/* binding */ runLink),
/* harmony export */   wn: () => (/* binding */ commitLink),
/* harmony export */   zk: () => (/* binding */ renderPlanComment)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7789);
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1363);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2495);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1376);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6472);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5933);






/** Room kept for the status an apply adds later, so that edit can never push the body over the limit. */
const APPLY_STATUS_RESERVE = 2_000;
const shortSha = (sha) => sha.slice(0, 7);
function runLink(links) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlLink */ .Ar)(`run ${links.runId}`, links.runUrl);
}
function commitLink(links) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlLink */ .Ar)(shortSha(links.sha), links.commitUrl, { code: true });
}
/**
 * The sticky plan comment: hidden marker, heading, status, then the plan (counts, table of
 * changes, collapsible field-level diffs, unmanaged resources), and a footer with the commit and
 * run. Pure and deterministic; at most `limit` characters, cutting diffs first, then table rows,
 * and pointing at the job summary, which has the whole plan.
 */
function renderPlanComment(outcome, context, limit = _fit_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMENT_LIMIT */ .W$) {
    const marker = (0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlanMarker */ .x3)({
        config: context.configPath,
        sha: context.links.sha,
        ...(outcome.kind === 'planned' ? { fingerprint: outcome.fingerprint, changes: outcome.changes } : {}),
    });
    const head = [
        marker,
        `### Linode log streams: <code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(context.configPath)}</code>`,
        '',
        statusLine(outcome),
        _marker_js__WEBPACK_IMPORTED_MODULE_2__/* .APPLY_STATUS_OPEN */ .pr,
        ...pendingApply(outcome),
        _marker_js__WEBPACK_IMPORTED_MODULE_2__/* .APPLY_STATUS_CLOSE */ .PF,
        '',
        '',
    ].join('\n');
    const footer = `\n<sub>${outcome.kind === 'planned' ? 'Planned' : 'Checked'} at ${commitLink(context.links)} in ${runLink(context.links)}${outcome.kind === 'planned' ? ` · plan fingerprint <code>${outcome.fingerprint.slice(0, 12)}</code>` : ''}</sub>\n`;
    const room = limit - (0,_fit_js__WEBPACK_IMPORTED_MODULE_4__/* .chars */ .Wn)(head) - (0,_fit_js__WEBPACK_IMPORTED_MODULE_4__/* .chars */ .Wn)(footer) - APPLY_STATUS_RESERVE;
    return head + outcomeBody(outcome, context, room) + footer;
}
function statusLine(outcome) {
    switch (outcome.kind) {
        case 'planned':
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .hasChanges */ .ik)(outcome.plan)
                ? '📋 **Plan:** applying this config makes the changes below.'
                : '✅ **No changes:** the live account matches the file.';
        case 'offline':
            return `⚠️ **Validated offline:** the config is valid (${(0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .count */ .U)(outcome.destinations, 'destination')}, ${(0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .count */ .U)(outcome.streams, 'stream')}). The live plan was skipped: this run has no Linode token (pull requests from forks get no secrets).`;
        case 'invalid-config':
            return `❌ **Invalid config:** ${(0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .count */ .U)(outcome.errors.length, 'error')}. Nothing was planned.`;
        case 'failed':
            return '❌ **Plan failed.** Nothing was planned.';
        default: {
            const unreachable = outcome;
            return unreachable;
        }
    }
}
/**
 * What happens next to a plan with changes, in the apply-status place: the apply's own status
 * replaces it, so an applied plan no longer reads as one still to come.
 */
function pendingApply(outcome) {
    if (outcome.kind !== 'planned' || !(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .hasChanges */ .ik)(outcome.plan))
        return [];
    return ['⏳ **Not applied yet.** The apply after the merge runs only this plan: if the account or the file changes first, it stops and asks for a new plan.'];
}
function outcomeBody(outcome, context, room) {
    switch (outcome.kind) {
        case 'planned':
            return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPlanBody */ .w_)(outcome.plan, { limit: room, fullPlanAt: `the job summary of ${runLink(context.links)}` }).markdown;
        case 'offline':
            return '';
        case 'invalid-config': {
            const lines = outcome.errors.map((e) => `${e.where}: ${e.message}`.replace(/\r\n|\r|\n/g, ' '));
            return `${fitCode(lines, room)}\n`;
        }
        case 'failed':
            return `${fitCode(outcome.message.split(/\r\n|\r|\n/), room)}\n`;
        default: {
            const unreachable = outcome;
            return unreachable;
        }
    }
}
/** Lines in a code block (inert whatever they hold), cut to fit `room` characters. */
function fitCode(lines, room) {
    const kept = [];
    let used = 20;
    for (const line of lines) {
        if (used + line.length + 1 > room - 80) {
            kept.push(`… ${(0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .count */ .U)(lines.length - kept.length, 'more line')}: see the run's log`);
            break;
        }
        kept.push(line);
        used += line.length + 1;
    }
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)(kept.join('\n'));
}
function renderApplyStatus(status, links) {
    const where = `at ${commitLink(links)} in ${runLink(links)}`;
    switch (status.kind) {
        case 'applied': {
            const done = status.applied === 0 ? 'nothing left to change' : `${(0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .count */ .U)(status.applied, 'change')} applied`;
            const earlier = status.alreadyDone > 0 ? ` (${(0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .count */ .U)(status.alreadyDone, 'approved change')} ${status.alreadyDone === 1 ? 'was' : 'were'} already done)` : '';
            return `✅ **Applied** ${where}: ${done}${earlier}.`;
        }
        case 'apply-failed':
            return `❌ **Apply failed** ${where}: ${status.failed} of ${(0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .count */ .U)(status.total, 'change')} not applied. The run lists each one.`;
        case 'plan-changed':
            return `⛔ **Not applied** ${where}: the plan then differed from this one (the account or the file changed after it was made), so nothing was changed. The run's job summary shows what differs; plan again to review the new plan.`;
        case 'refused':
            return `⛔ **Not applied** ${where}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(status.why)}. Nothing was changed; fix that and re-run the apply.`;
        case 'applied-changed-plan':
            return `⚠️ **Applied a plan that differs from this one** ${where} (on-plan-changed: apply): ${(0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .count */ .U)(status.applied, 'change')} applied${status.failed > 0 ? `, ${status.failed} not applied` : ''}. The run's job summary shows what differed.`;
        default: {
            const unreachable = status;
            return unreachable;
        }
    }
}
/**
 * The comment with its apply status set, or undefined when the comment has no place for one
 * (edited by hand). The rest of the body, marker included, is kept as it was.
 */
function withApplyStatus(body, status) {
    const open = body.indexOf(_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .APPLY_STATUS_OPEN */ .pr);
    const close = body.indexOf(_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .APPLY_STATUS_CLOSE */ .PF, open);
    if (open < 0 || close < 0)
        return undefined;
    return `${body.slice(0, open + _marker_js__WEBPACK_IMPORTED_MODULE_2__/* .APPLY_STATUS_OPEN */ .pr.length)}\n${status}\n${body.slice(close)}`;
}


/***/ }),

/***/ 3047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PE: () => (/* binding */ renderDriftIssue),
/* harmony export */   ch: () => (/* binding */ renderDriftResolved),
/* harmony export */   jE: () => (/* binding */ driftIssueTitle),
/* harmony export */   o3: () => (/* binding */ renderDriftOriginsText),
/* harmony export */   oS: () => (/* binding */ renderDriftOriginsMarkdown)
/* harmony export */ });
/* harmony import */ var _comment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8141);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7789);
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1363);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2495);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1376);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6472);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5933);







function originText(origin) {
    switch (origin.kind) {
        case 'changed':
            return { by: origin.by, when: origin.at, note: `version ${origin.version} made it differ from the file` };
        case 'never-matched':
            return { by: origin.by, when: origin.at, note: `last changed in version ${origin.version}; no earlier version matched the file` };
        case 'created':
            return { by: origin.by, when: origin.at, note: 'created outside the file' };
        case 'missing':
            return { by: '', when: '', note: 'not on the account (deleted, or never created)' };
        case 'unknown':
            return { by: '', when: '', note: `unknown: ${origin.why}` };
        default: {
            const unreachable = origin;
            return unreachable;
        }
    }
}
/** One log line per drifted resource: who made it differ and when. */
function renderDriftOriginsText(findings) {
    return findings.map(({ change, origin }) => {
        const { by, when, note } = originText(origin);
        const who = by ? ` by ${by}${when ? ` at ${when}` : ''}` : '';
        return `    ${change.kind} ${change.label}: ${note}${who}`;
    });
}
/** The drift origins as a Markdown table (empty when there are none). */
function renderDriftOriginsMarkdown(findings, omitted = 0) {
    if (findings.length === 0)
        return '';
    const rows = findings.map(({ change, origin }) => {
        const { by, when, note } = originText(origin);
        return `| ${change.kind} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(change.label)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(by)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(when)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(note)} |`;
    });
    const more = omitted > 0 ? `\n\n${(0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .count */ .U)(omitted, 'more drifted resource')} not looked up.` : '';
    return ['#### Who changed it (from the API’s history)', '', '| Kind | Label | Changed by | When | What |', '|---|---|---|---|---|', ...rows].join('\n') + more + '\n';
}
/** The drift issue's title: plain text, one line. */
function driftIssueTitle(configPath) {
    return `Drift: the Linode log streams differ from ${configPath.replace(/[\r\n\t]+/g, ' ')}`.slice(0, 250);
}
/**
 * The drift issue: marker, what differs and who changed it, and the plan that would restore the
 * file's state. Pure; at most `limit` characters.
 */
function renderDriftIssue(plan, findings, omitted, context, limit = _fit_js__WEBPACK_IMPORTED_MODULE_6__/* .COMMENT_LIMIT */ .W$) {
    const head = [
        (0,_marker_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDriftMarker */ .x$)({ config: context.configPath }),
        `### ⚠️ Drift: the live account differs from <code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(context.configPath)}</code>`,
        '',
        `The drift check ${(0,_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .runLink */ .ut)(context.links)} at ${(0,_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .commitLink */ .wn)(context.links)} found the account different from the file: applying the file would make **${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .summaryLine */ .dC)(plan))}**.`,
        '',
        renderDriftOriginsMarkdown(findings, omitted),
        '#### The plan that restores the file’s state',
        '',
    ].join('\n');
    const footer = '\n<sub>Each drift check updates this issue while the drift lasts and closes it once the account matches the file again. Change the account only through the file, or update the file to what the account should be.</sub>\n';
    const body = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPlanBody */ .w_)(plan, { limit: limit - (0,_fit_js__WEBPACK_IMPORTED_MODULE_6__/* .chars */ .Wn)(head) - (0,_fit_js__WEBPACK_IMPORTED_MODULE_6__/* .chars */ .Wn)(footer), fullPlanAt: `the job summary of ${(0,_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .runLink */ .ut)(context.links)}` });
    return head + body.markdown + footer;
}
/** The comment that closes the drift issue. */
function renderDriftResolved(context) {
    return `✅ **Resolved:** the drift check ${(0,_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .runLink */ .ut)(context.links)} at ${(0,_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .commitLink */ .wn)(context.links)} found the live account matching <code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(context.configPath)}</code> again. Closing.`;
}


/***/ }),

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d$: () => (/* binding */ renderPlanMarkdown),
/* harmony export */   t_: () => (/* binding */ renderProblemMarkdown),
/* harmony export */   w_: () => (/* binding */ renderPlanBody)
/* harmony export */ });
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(515);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7789);
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1363);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6472);




/** Details longer than this many lines start collapsed. */
const OPEN_DETAILS_MAX_LINES = 12;
/** The plan as GitHub-flavoured Markdown, for the job summary. Pure. */
function renderPlanMarkdown(plan, context, options = {}) {
    const heading = `### ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(context.title)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(context.configPath)}\n\n`;
    const measure = options.measure ?? _fit_js__WEBPACK_IMPORTED_MODULE_3__/* .chars */ .Wn;
    const limit = options.limit === undefined ? undefined : options.limit - measure(heading);
    return heading + renderPlanBody(plan, { ...options, ...(limit !== undefined ? { limit } : {}) }).markdown;
}
/**
 * The plan's counts, table of changes, field-level diffs, unmanaged resources and notes. Within
 * `limit`, what matters most stays: the counts, then the table, then as many diffs as fit, then
 * the unmanaged list, with a note saying what was cut and where the whole plan is.
 */
function renderPlanBody(plan, options = {}) {
    const changes = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .actionable */ .b)(plan);
    const counts = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .countChanges */ .xS)(plan);
    const summary = changes.length === 0 ? '**No changes.** The live account matches the file.' : `**${(0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .summaryLine */ .dC)(plan)}** (${counts.noop} unchanged)`;
    // No spaces around the pipes: they render the same, and 1,500 rows still fit in one comment.
    const rows = changes.map((change) => `|${_values_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_SYMBOL */ .yo[change.action]}|${change.action}|${change.kind}|${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(change.label)}${idSuffix(change)}|${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSummary */ .lb)(change))}|`);
    const unmanaged = plan.unmanaged.map((r) => `- ${r.kind} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(r.label)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(`#${r.id}`)})`);
    const uncompared = plan.uncompared.length > 0
        ? `> Not compared: ${plan.uncompared.map((n) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(`\${${n}}`)).join(', ')} not set in this run.`
        : undefined;
    const fitted = (0,_fit_js__WEBPACK_IMPORTED_MODULE_3__/* .fitBlocks */ .U8)({
        head: [summary],
        sections: [
            { open: '\n| | Action | Kind | Label | What changes |\n|---|---|---|---|---|', items: rows, close: undefined, noun: 'table rows' },
            { open: undefined, items: [(0,_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .renderChecksMarkdown */ .pu)(plan.checks ?? []).join('\n')].filter((t) => t !== ''), close: undefined, noun: 'pre-flight checks' },
            { open: undefined, items: changes.map((c) => `\n${changeDetails(c)}`), close: undefined, noun: 'field-level diffs' },
            {
                open: `\n<details><summary>Unmanaged: ${plan.unmanaged.length} on the account, not in the file (prune is false)</summary>\n`,
                items: unmanaged,
                close: '\n</details>',
                noun: 'unmanaged resources',
            },
            { open: undefined, items: uncompared ? [`\n${uncompared}`] : [], close: undefined, noun: 'notes' },
        ],
        note: (cut) => `\n> ✂️ **Cut to fit:** ${cut}.${options.fullPlanAt ? ` The whole plan is in ${options.fullPlanAt}.` : ''}`,
    }, options.limit, options.measure ?? _fit_js__WEBPACK_IMPORTED_MODULE_3__/* .chars */ .Wn);
    return { markdown: fitted.text + '\n', truncated: fitted.truncated };
}
function idSuffix(change) {
    // Buckets have names, not ids.
    return 'id' in change && change.kind !== 'bucket' ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(`#${change.id}`)})` : '';
}
function diffLines(change) {
    switch (change.action) {
        case 'delete':
            return [`- ${change.kind} ${change.label} (#${change.id})${change.note ? `: ${change.note}` : ''}`];
        case 'update':
            if (change.reason === 'rotate-secrets')
                return ['! secrets re-sent (rotate-secrets: true)'];
            return change.fields.map((f) => `! ${f.path}: ${(0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(f.before)} → ${(0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(f.after)}`);
        case 'replace':
            return change.fields.map((f) => `! ${f.path}: ${(0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(f.before)} → ${(0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(f.after)}`);
        case 'create':
            return change.fields.map((f) => `+ ${f.path}: ${(0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(f.after)}`);
        default: {
            const unreachable = change;
            return unreachable;
        }
    }
}
function changeDetails(change) {
    // Lines are values from the file and the API: single-line them so no value can end the block.
    const lines = diffLines(change).map((l) => l.replace(/\r\n|\r|\n/g, ' '));
    const open = lines.length <= OPEN_DETAILS_MAX_LINES ? ' open' : '';
    return [
        `<details${open}><summary>${_values_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_SYMBOL */ .yo[change.action]} ${change.action} ${change.kind} <code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(change.label)}</code></summary>`,
        '',
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(lines.join('\n'), 'diff'),
        '',
        '</details>',
    ].join('\n');
}
/** A failed run for the job summary: what failed and every message, inert in a code block. */
function renderProblemMarkdown(title, configPath, lines, limit) {
    const heading = `### ❌ ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(title)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(configPath)}\n\n`;
    const fitted = (0,_fit_js__WEBPACK_IMPORTED_MODULE_3__/* .fitBlocks */ .U8)({ head: [], sections: [{ open: undefined, items: lines, close: undefined, noun: 'lines' }], note: (cut) => `… cut to fit (${cut}); the run's log has every line` }, limit === undefined ? undefined : limit - (0,_fit_js__WEBPACK_IMPORTED_MODULE_3__/* .utf8Bytes */ .dy)(heading) - 16, _fit_js__WEBPACK_IMPORTED_MODULE_3__/* .utf8Bytes */ .dy);
    return `${heading}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(fitted.text)}\n`;
}


/***/ }),

/***/ 6472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ actionable),
/* harmony export */   dC: () => (/* binding */ summaryLine),
/* harmony export */   ik: () => (/* binding */ hasChanges),
/* harmony export */   lb: () => (/* binding */ changeSummary),
/* harmony export */   vp: () => (/* binding */ showValue),
/* harmony export */   xS: () => (/* binding */ countChanges),
/* harmony export */   yo: () => (/* binding */ ACTION_SYMBOL)
/* harmony export */ });
/** A value as it may appear anywhere: secrets and `${NAME}` values by name only. */
function showValue(shown) {
    switch (shown.kind) {
        case 'value':
            return JSON.stringify(shown.value);
        case 'sensitive':
            return '(sensitive)';
        case 'env':
            return shown.known ? `(from \${${shown.name}})` : `(from \${${shown.name}}, not set: not compared)`;
        case 'absent':
            return '(none)';
        default: {
            const unreachable = shown;
            return unreachable;
        }
    }
}
function countChanges(plan) {
    const counts = { create: 0, update: 0, replace: 0, delete: 0, noop: 0 };
    for (const change of plan.changes)
        counts[change.action] += 1;
    return counts;
}
/** Changes that do something, in plan order. */
function actionable(plan) {
    return plan.changes.filter((c) => c.action !== 'noop');
}
function hasChanges(plan) {
    return actionable(plan).length > 0;
}
/** The one-line summary, e.g. `2 to create, 1 to update, 0 to delete`. */
function summaryLine(plan) {
    const c = countChanges(plan);
    const parts = [`${c.create} to create`, `${c.update} to update`];
    if (c.replace > 0)
        parts.push(`${c.replace} to replace`);
    parts.push(`${c.delete} to delete`);
    return parts.join(', ');
}
/** What a change does, in a few words, for tables. */
function changeSummary(change) {
    switch (change.action) {
        case 'create':
            return change.note ? `new, ${change.note}` : 'new';
        case 'update':
            if (change.reason === 'rotate-secrets')
                return 'secrets re-sent (rotate-secrets)';
            return `${change.fields.map((f) => f.path).join(', ')}${change.note ? ` (${change.note})` : ''}`;
        case 'replace':
            return `type cannot change in place: ${change.fields.map((f) => f.path).join(', ')}`;
        case 'delete':
            return change.note ?? 'not in the file (prune: true)';
        case 'noop':
            if (change.note)
                return `unchanged: ${change.note}`;
            switch (change.liveStatus) {
                case 'provisioning':
                    return 'unchanged (provisioning: its status is compared when it settles)';
                case 'deactivating':
                    return 'unchanged (deactivating)';
                default:
                    return 'unchanged';
            }
        default: {
            const unreachable = change;
            return unreachable;
        }
    }
}
const ACTION_SYMBOL = {
    create: '+',
    update: '~',
    replace: '±',
    delete: '-',
    noop: ' ',
};


/***/ })

};

//# sourceMappingURL=990.index.js.map