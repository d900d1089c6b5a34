export const id = 931;
export const ids = [931];
export const modules = {

/***/ 3659:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ upsertSticky)
/* harmony export */ });
/**
 * Creates or edits the one comment that carries `marker`. Two jobs racing may both create one; after
 * creating, the thread is read again and every marked comment but the oldest (lowest id) is deleted,
 * so both runs converge on one comment that holds the last body written.
 */
async function upsertSticky(api, marker, body) {
    const marked = (comments) => comments.filter((c) => c.body.includes(marker)).sort((a, b) => a.id - b.id);
    const existing = marked(await api.list());
    const keep = existing[0];
    if (keep) {
        const comment = await api.update(keep.id, body);
        for (const extra of existing.slice(1))
            await api.remove(extra.id);
        return { action: 'updated', comment };
    }
    const created = await api.create(body);
    const after = marked(await api.list());
    const oldest = after[0];
    if (oldest && oldest.id !== created.id) {
        // Another run created one first: ours goes, theirs carries our (newer) body.
        await api.remove(created.id);
        const comment = await api.update(oldest.id, body);
        return { action: 'updated', comment };
    }
    return { action: 'created', comment: created };
}


/***/ }),

/***/ 9931:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubPlatform: () => (/* binding */ createGitHubPlatform),
/* harmony export */   githubContext: () => (/* binding */ githubContext)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2807);
/* harmony import */ var _core_sticky_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3659);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5719);





/**
 * The GitHub Actions adapter: inputs, outputs, summary and logs through `@actions/core`; comments and
 * statuses through octokit (retry and throttling plugins), loaded only when a step calls the API.
 */
function createGitHubPlatform(options = {}) {
    const env = options.env ?? process.env;
    const context = githubContext(env);
    const clients = new Map();
    const client = (token) => {
        if (!token)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo("input 'token' is empty: pass a token (the default is ${{ github.token }}) or set 'comment: false'");
        let made = clients.get(token);
        if (!made)
            clients.set(token, (made = loadOctokit(token, env, options)));
        return made;
    };
    const [owner = '', repo = ''] = (context.repository ?? '').split('/');
    return {
        context,
        log: {
            info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m),
            debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m),
            warning: (m, l) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m, l && { file: l.file, startLine: l.line, startColumn: l.column }),
            error: (m, l) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(m, l && { file: l.file, startLine: l.line, startColumn: l.column }),
        },
        input: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name) || undefined,
        setOutput: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value),
        mask: (secret) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret),
        async summary(report) {
            if (!env.GITHUB_STEP_SUMMARY) {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(report.text);
                return;
            }
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(report.markdown, true).write();
        },
        async upsertComment({ key, body, token, number }) {
            const issue = number ?? context.changeRequest?.number;
            if (!issue)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('comment: this run is not for a pull request, so there is nothing to comment on');
            const octokit = await client(token);
            const params = { owner, repo, issue_number: issue };
            const toStored = (c) => ({ id: c.id, body: c.body ?? '', url: c.html_url });
            const api = {
                list: () => call('list comments', () => octokit.paginate(octokit.rest.issues.listComments, { ...params, per_page: 100 })).then((all) => all.map(toStored)),
                create: (text) => call('create a comment', () => octokit.rest.issues.createComment({ ...params, body: text })).then((r) => toStored(r.data)),
                update: (id, text) => call('update a comment', () => octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body: text })).then((r) => toStored(r.data)),
                remove: (id) => call('delete a comment', () => octokit.rest.issues.deleteComment({ owner, repo, comment_id: id })).then(() => undefined),
            };
            const result = await (0,_core_sticky_js__WEBPACK_IMPORTED_MODULE_3__/* .upsertSticky */ .$)(api, (0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .commentMarker */ .Q)(key), body);
            return { action: result.action, url: result.comment.url };
        },
        async setStatus({ name, state, description, sha, token, targetUrl }) {
            const octokit = await client(token);
            await call('set a commit status', () => octokit.rest.repos.createCommitStatus({ owner, repo, sha, state, context: name, description: description.slice(0, 140), target_url: targetUrl }));
        },
        async changeRequestHead(number, token) {
            const octokit = await client(token);
            const { data } = await call('read the pull request', () => octokit.rest.pulls.get({ owner, repo, pull_number: number }));
            return data.head.sha;
        },
        async finish() { },
    };
}
async function loadOctokit(token, env, options) {
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([__webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 1758)), Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 9735)), Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 6856))]);
    return getOctokit(token, {
        baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
        ...(options.fetch ? { request: { fetch: options.fetch, retryAfterBaseValue: options.retryAfterBaseValue } } : {}),
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
        throttle: {
            onRateLimit: (after, o, _k, count) => {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub rate limit on ${o.method} ${o.url}; retrying after ${after}s`);
                return count < 2;
            },
            onSecondaryRateLimit: (after, o, _k, count) => {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub secondary rate limit on ${o.method} ${o.url}; retrying after ${after}s`);
                return count < 3;
            },
            ...(options.retryAfterBaseValue !== undefined ? { fallbackSecondaryRateRetryAfter: options.retryAfterBaseValue / 1000 } : {}),
        },
    }, retry, throttling);
}
/** Turns octokit's errors into ExternalErrors that say what was attempted and whether retrying helps. */
async function call(what, fn) {
    try {
        return await fn();
    }
    catch (error) {
        const status = error.status;
        const said = error.response?.data?.message ?? error.message;
        const hint = status === 403 || status === 404 ? " (the token lacks permission: grant 'pull-requests: write' and 'statuses: write', or this is a fork's read-only token)" : '';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExternalError */ .yA(`GitHub API: could not ${what}: ${status ?? ''} ${said}${hint}`.replace(/  +/g, ' '), 'GitHub API', status, status === undefined || status >= 500);
    }
}
/** Reads the run's context from the runner's environment and event payload. */
function githubContext(env) {
    // The event payload's shape depends on the event; only the fields read below are relied on.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let event = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`GITHUB_EVENT_PATH: cannot read the event payload at ${env.GITHUB_EVENT_PATH}`);
        }
    }
    const pr = event.pull_request;
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
    return {
        platform: 'github',
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        repository: env.GITHUB_REPOSITORY || event.repository?.full_name,
        sha: pr?.head?.sha ?? env.GITHUB_SHA,
        ref: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME,
        changeRequest: pr
            ? {
                number: pr.number,
                baseRef: pr.base?.ref,
                baseSha: pr.base?.sha,
                headSha: pr.head?.sha,
                fork: (pr.head?.repo?.full_name ?? '') !== (pr.base?.repo?.full_name ?? event.repository?.full_name),
            }
            : undefined,
        pushBefore: typeof event.before === 'string' && !/^0+$/.test(event.before) ? event.before : undefined,
        runUrl: env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}` : undefined,
        upstreamHeadSha: event.workflow_run?.head_sha,
        upstreamRunUrl: event.workflow_run?.html_url,
        pipeline: env.GITHUB_WORKFLOW || 'workflow',
    };
}


/***/ }),

/***/ 5719:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ commentMarker)
/* harmony export */ });
/** The hidden HTML comment that marks a sticky comment. */
function commentMarker(key) {
    return `<!-- modelgate:${key} -->`;
}


/***/ })

};
