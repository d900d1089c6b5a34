export const id = 6748;
export const ids = [6748,2281];
export const modules = {

/***/ 95688:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ requestJson)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68216);


/** The longest wait between attempts, whatever a `Retry-After` asks for. */
const MAX_WAIT_MS = 60_000;
/** `Retry-After` (in seconds) of the answers that failed, for the wait before the next attempt. */
const retryAfter = new WeakMap();
/**
 * Sends a request and parses its JSON body, retrying server errors, rate limits and dropped
 * connections with back-off. A client error is not retried: it becomes an {@link ExternalError} with the
 * status and the server's message, never the request headers (they carry the token).
 */
async function requestJson(url, init, options) {
    return (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L5)(() => requestOnce(url, init, options), {
        attempts: options.attempts ?? 4,
        baseMs: options.backoffMs ?? 500,
        capMs: MAX_WAIT_MS,
        // Only the errors requestOnce marks retry-safe: dropped connections, 5xx and 429.
        retryable: (error) => error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExternalError */ .yA && error.retrySafe,
        retryAfterMs: (error) => (typeof error === 'object' && error !== null ? retryAfter.get(error) : undefined),
        sleep: options.sleep,
    });
}
async function requestOnce(url, init, options) {
    const what = `${options.service}: ${init.method ?? 'GET'} ${redact(url)}`;
    let response;
    try {
        response = await (options.fetch ?? fetch)(url, init);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExternalError */ .yA(`${what} failed: ${error.message}`, options.service);
    }
    if (response.ok) {
        const text = await response.text();
        try {
            return { data: (text ? JSON.parse(text) : undefined), headers: response.headers };
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExternalError */ .yA(`${what} answered ${response.status} with a body that is not JSON (a proxy or a wrong API URL?)`, options.service, response.status, false);
        }
    }
    const retryable = response.status >= 500 || response.status === 429;
    // The body is read even when the request is retried: an unread body holds its connection.
    const body = await response.text().catch(() => '');
    let message = body.slice(0, 300);
    try {
        const parsed = JSON.parse(body);
        message = JSON.stringify(parsed.message ?? parsed.error ?? parsed);
    }
    catch {
        /* not JSON: keep the text */
    }
    const failure = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExternalError */ .yA(`${what} answered ${response.status}: ${message}`, options.service, response.status, retryable);
    const after = Number(response.headers.get('retry-after'));
    if (retryable && Number.isFinite(after) && after > 0)
        retryAfter.set(failure, after * 1000);
    throw failure;
}
function redact(url) {
    return url.replace(/([?&](?:private_token|access_token|token)=)[^&]*/gi, '$1***');
}


/***/ }),

/***/ 68216:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony export backoffMs */
/**
 * The one retry loop and the one sleep. Callers differ only in their numbers (attempts, first wait, cap,
 * jitter) and in which failures they retry; keeping the loop here means a fix to it (abort handling,
 * Retry-After, caps) reaches every caller at once.
 */
/**
 * Sleeps `ms` milliseconds. With a signal, an abort ends the sleep at once and rejects with the signal's
 * reason (so a cancelled step does not sit out a long wait).
 */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/**
 * The wait after failed attempt `attempt` (from 1), before jitter and Retry-After:
 * `baseMs * factor^(attempt - 1)`, at most `capMs`.
 */
function backoffMs(attempt, options) {
    return Math.min(options.baseMs * (options.factor ?? 2) ** (attempt - 1), options.capMs ?? Infinity);
}
/**
 * Runs `fn` until it resolves, a failure is not `retryable`, or `attempts` are used up; then rejects with
 * the last failure as it was thrown. `fn` is given the attempt number (from 1), so work that must be
 * redone before another try (re-pushing blobs, asking an upload where it got to) can see that it is one.
 */
async function retry(fn, options) {
    if (!(options.attempts >= 1))
        throw new RangeError(`retry: attempts must be at least 1, got ${options.attempts}`);
    const wait = options.sleep ?? sleep;
    const random = options.random ?? Math.random;
    for (let attempt = 1;; attempt++) {
        options.signal?.throwIfAborted();
        try {
            return await fn(attempt);
        }
        catch (error) {
            if (attempt >= options.attempts || !(options.retryable?.(error, attempt) ?? true))
                throw error;
            const backoff = backoffMs(attempt, options);
            const jittered = options.jitter ? random() * backoff : backoff;
            // The server's own estimate beats ours when longer; the cap still holds, so a server cannot park
            // a CI job for an hour.
            const delayMs = Math.min(Math.max(jittered, options.retryAfterMs?.(error) ?? 0), options.capMs ?? Infinity);
            options.onRetry?.({ error, attempt, delayMs });
            await wait(delayMs, options.signal);
        }
    }
}


/***/ }),

/***/ 63659:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ upsertSticky)
/* harmony export */ });
/**
 * Creates or edits the one comment of ours that starts with `marker`. A comment anyone else wrote is
 * never edited or deleted, even with the marker in it (a PR author could plant one). Two jobs racing
 * may both create one; after creating, the thread is read again and every marked comment of ours but
 * the oldest (lowest id) is deleted, so both runs converge on one comment holding the last body written.
 */
async function upsertSticky(api, marker, body) {
    const marked = (comments) => comments.filter((c) => c.own && c.body.startsWith(marker)).sort((a, b) => a.id - b.id);
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

/***/ 86748:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitLabPlatform: () => (/* binding */ createGitLabPlatform),
  gitlabContext: () => (/* binding */ gitlabContext)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/files.js
var files = __webpack_require__(21645);
// EXTERNAL MODULE: ./build/core/http.js
var http = __webpack_require__(95688);
// EXTERNAL MODULE: ./build/core/sticky.js
var sticky = __webpack_require__(63659);
;// CONCATENATED MODULE: ./build/platform/gitlab-runners.js


const SERVICE = 'GitLab API';
/**
 * {@link RunnerRegistry} on GitLab's runner API: `POST /user/runners` creates a project runner and returns
 * its authentication token (`glrt-...`), which `gitlab-runner run-single` uses directly. The project is
 * `CI_PROJECT_ID`, the API `CI_API_V4_URL`.
 *
 * The token needs the `create_runner` scope and the Maintainer role on the project (a project or personal
 * access token); `CI_JOB_TOKEN` cannot create runners.
 */
function createGitLabRunners(env = process.env, options = {}) {
    const api = (env.CI_API_V4_URL || 'https://gitlab.com/api/v4').replace(/\/+$/, '');
    const server = (env.CI_SERVER_URL || api.replace(/\/api\/v4$/, '')).replace(/\/+$/, '');
    const send = (method, path, token, body) => (0,http/* requestJson */.S)(`${api}${path}`, {
        method,
        headers: { 'PRIVATE-TOKEN': token, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
    }, { service: SERVICE, fetch: options.fetch, backoffMs: options.backoffMs, attempts: 3 });
    return {
        tokenHint: "a project or personal access token with the 'create_runner' scope (CI_JOB_TOKEN cannot create runners)",
        async register({ name, labels, token }) {
            const project = Number(env.CI_PROJECT_ID);
            if (!Number.isInteger(project) || project <= 0)
                throw new errors/* UserError */.yo('setup-gpu-runner: CI_PROJECT_ID is unset, so there is no project to create a runner for');
            try {
                const { data } = await send('POST', '/user/runners', token, {
                    runner_type: 'project_type',
                    project_id: project,
                    tag_list: labels,
                    description: name,
                    run_untagged: false,
                });
                if (!data?.token || typeof data.id !== 'number')
                    throw new errors/* ExternalError */.yA(`${SERVICE}: POST /user/runners answered without a runner id or token`, SERVICE, 201, false);
                return { platform: 'gitlab', secret: data.token, id: data.id, url: server };
            }
            catch (error) {
                if (error instanceof errors/* ExternalError */.yA && (error.status === 401 || error.status === 403)) {
                    throw new errors/* UserError */.yo(`setup-gpu-runner: GitLab refused to create a runner for project ${project} (${error.status}): input 'token' needs the 'create_runner' scope and the Maintainer role ` +
                        '(a project or personal access token); CI_JOB_TOKEN cannot create runners');
                }
                throw error;
            }
        },
        async status(id, token) {
            try {
                const { data } = await send('GET', `/runners/${id}`, token);
                return data?.status === 'online' || data?.contacted_at ? 'online' : 'offline';
            }
            catch (error) {
                if (error instanceof errors/* ExternalError */.yA && error.status === 404)
                    return 'gone';
                throw error;
            }
        },
        async remove(id, token) {
            try {
                await send('DELETE', `/runners/${id}`, token);
            }
            catch (error) {
                if (error instanceof errors/* ExternalError */.yA && error.status === 404)
                    return;
                throw error;
            }
        },
    };
}

// EXTERNAL MODULE: ./build/platform/local.js
var local = __webpack_require__(82281);
// EXTERNAL MODULE: ./build/platform/platform.js
var platform = __webpack_require__(15719);
;// CONCATENATED MODULE: ./build/platform/gitlab.js








/**
 * The GitLab CI adapter: `CI_*` variables for context, the REST API (through the fetch port) for MR
 * notes, and a dotenv report (`<step>.env`, the template's `artifacts:reports:dotenv`) for outputs.
 * `CI_JOB_TOKEN` cannot write notes, so a project or personal access token is required for them.
 */
function createGitLabPlatform(step, inputs, options = {}) {
    const env = options.env ?? process.env;
    const context = gitlabContext(env);
    const outputs = new Map();
    const api = env.CI_API_V4_URL || 'https://gitlab.com/api/v4';
    // A fork's merge request pipeline runs in the fork; the merge request lives in the target project.
    const project = encodeURIComponent(env.CI_MERGE_REQUEST_PROJECT_ID || env.CI_PROJECT_ID || env.CI_PROJECT_PATH || '');
    const log = (0,local.consoleLogger)(env);
    const send = async (method, path, token, body) => (0,http/* requestJson */.S)(`${api}/projects/${project}${path}`, { method, headers: { 'PRIVATE-TOKEN': token, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }, { service: 'GitLab API', fetch: options.fetch, backoffMs: options.backoffMs });
    return {
        context,
        features: { ci: true, summaryPage: false, forkComments: 'with-token', interactive: false },
        log,
        input: inputs,
        // The template names this file in `artifacts:reports:metrics`: GitLab shows it in the MR widget.
        metricsReport: (text) => (0,files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(context.workspace, 'metrics.txt'), text),
        setOutput: (name, value) => void outputs.set(name, value),
        mask: () => undefined, // GitLab masks only variables marked masked in settings; we never print tokens
        exportVariable(name, value) {
            // Only this job's later lines get it (by sourcing the export file): through the dotenv report a
            // device list would reach jobs on other machines, where it names GPUs they do not have.
            (0,local.appendExport)(context.workspace, env, name, value);
            log.info(`${name}=${value} (later lines of this job: source modelgate.env.sh)`);
        },
        async summary(report) {
            // A collapsible section in the job log; the markers are GitLab's own escape sequences.
            process.stderr.write(`\u001b[0Ksection_start:${Math.floor(Date.now() / 1000)}:modelgate_report\r\u001b[0K${step} report\n`);
            log.info(report.text);
            process.stderr.write(`\u001b[0Ksection_end:${Math.floor(Date.now() / 1000)}:modelgate_report\r\u001b[0K\n`);
        },
        async upsertComment({ key, body, token, number }) {
            const iid = number ?? context.changeRequest?.number;
            if (!iid)
                throw new errors/* UserError */.yo('comment: this pipeline is not for a merge request, so there is nothing to comment on');
            if (!project)
                throw new errors/* UserError */.yo(`${step}: CI_PROJECT_ID is not set, so the merge request cannot be found; run inside a GitLab CI job`);
            const usable = token;
            if (!usable) {
                throw new errors/* UserError */.yo(`${step}: posting the merge request note needs a project access token (role Reporter or above, scope 'api') in a masked CI/CD variable named MODELGATE_TOKEN; ` +
                    `CI_JOB_TOKEN cannot write notes${env.CI_JOB_TOKEN ? ' (only CI_JOB_TOKEN is set in this job)' : ''}. If MODELGATE_TOKEN is set but protected, ` +
                    `GitLab gives it only to pipelines of protected branches and tags, never to a merge request from an unprotected branch: untick 'Protect variable' ` +
                    `(keep 'Mask variable'). Or set the input 'comment' to false`);
            }
            if (usable === env.CI_JOB_TOKEN)
                throw new errors/* UserError */.yo(`${step}: MODELGATE_TOKEN holds this job's CI_JOB_TOKEN, which cannot read users or write merge request notes (GitLab answers 401 Unauthorized): ` +
                    `put a project access token (role Reporter or above, scope 'api') in the masked CI/CD variable MODELGATE_TOKEN instead`);
            const notes = `/merge_requests/${iid}/notes`;
            const self = (await (0,http/* requestJson */.S)(`${api}/user`, { headers: { 'PRIVATE-TOKEN': usable } }, { service: 'GitLab API', fetch: options.fetch, backoffMs: options.backoffMs }).catch((error) => {
                if (!(error instanceof errors/* ExternalError */.yA) || error.status !== 401)
                    throw error;
                throw new errors/* UserError */.yo(`${step}: GitLab refused the token in MODELGATE_TOKEN (401 Unauthorized): it is expired, revoked, or not a token of ${api}. ` +
                    `Create a project access token (role Reporter or above, scope 'api') and put it in the masked CI/CD variable MODELGATE_TOKEN`);
            })).data.id;
            const projectUrl = env.CI_MERGE_REQUEST_PROJECT_URL || env.CI_PROJECT_URL;
            const stored = (n) => ({
                id: n.id,
                body: n.body,
                url: projectUrl ? `${projectUrl}/-/merge_requests/${iid}#note_${n.id}` : undefined,
                own: n.author?.id === self,
            });
            const comments = {
                async list() {
                    const all = [];
                    for (let page = '1'; page;) {
                        const { data, headers } = await send('GET', `${notes}?per_page=100&page=${page}&sort=asc&order_by=created_at`, usable);
                        all.push(...data.filter((n) => !n.system).map(stored));
                        page = headers.get('x-next-page') || null;
                    }
                    return all;
                },
                create: async (text) => stored((await send('POST', notes, usable, { body: text })).data),
                update: async (id, text) => stored((await send('PUT', `${notes}/${id}`, usable, { body: text })).data),
                remove: async (id) => void (await send('DELETE', `${notes}/${id}`, usable)),
            };
            const result = await (0,sticky/* upsertSticky */.$)(comments, (0,platform/* commentMarker */.Ql)(key), body);
            return { action: result.action, url: result.comment.url };
        },
        runners: createGitLabRunners(env, { fetch: options.fetch }),
        async changeRequestHead(number, token) {
            if (!token || !project)
                throw new errors/* UserError */.yo('no token to read the merge request');
            return (await send('GET', `/merge_requests/${number}`, token)).data.sha;
        },
        async setStatus() {
            // The job's own status is what GitLab's merge checks use; an extra commit status would duplicate it.
        },
        async finish() {
            if (outputs.size === 0)
                return;
            // Two comparisons in one pipeline (`id: challenge`) must not overwrite each other's variables in a later job.
            const id = inputs('id')?.trim();
            const prefix = `${step}${id ? `-${id}` : ''}`.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
            // GitLab refuses a dotenv report over 5 KiB: long values (a metrics JSON) stay in the log and files.
            const long = [...outputs].filter(([, value]) => value.length > 1000).map(([name]) => name);
            if (long.length)
                log.info(`outputs too long for the dotenv report, left out: ${long.join(', ')}`);
            const lines = [
                ...[...outputs].filter(([name]) => !long.includes(name)).map(([name, value]) => `${prefix}_${name.replace(/-/g, '_').toUpperCase()}=${value.replace(/[\r\n]+/g, ' ')}`),
            ];
            // The name the template's `artifacts:reports:dotenv` names: no variable may send the outputs elsewhere.
            const file = (0,external_node_path_.join)(context.workspace, `${step}.env`);
            await (0,files/* writeFileAtomic */.Zf)(file, `${lines.join('\n')}\n`);
            log.info(`outputs (dotenv ${step}.env): ${lines.join(' ')}`);
        },
    };
}
/** Reads the job's context from GitLab's predefined variables. */
function gitlabContext(env) {
    const iid = Number(env.CI_MERGE_REQUEST_IID);
    return {
        platform: 'gitlab',
        workspace: env.CI_PROJECT_DIR || process.cwd(),
        repository: env.CI_PROJECT_PATH,
        // A merged-results pipeline builds a merge commit; the commit the MR shows is the source branch's.
        sha: (iid > 0 && env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA) || env.CI_COMMIT_SHA,
        ref: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME || env.CI_COMMIT_REF_NAME,
        changeRequest: Number.isInteger(iid) && iid > 0
            ? {
                number: iid,
                baseRef: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME ?? '',
                baseSha: env.CI_MERGE_REQUEST_TARGET_BRANCH_SHA || undefined,
                headSha: env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA || env.CI_COMMIT_SHA || '',
                mergeBaseSha: env.CI_MERGE_REQUEST_DIFF_BASE_SHA || undefined,
                fork: !!env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID && env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID !== env.CI_MERGE_REQUEST_PROJECT_ID,
            }
            : undefined,
        pushBefore: env.CI_COMMIT_BEFORE_SHA && !/^0+$/.test(env.CI_COMMIT_BEFORE_SHA) ? env.CI_COMMIT_BEFORE_SHA : undefined,
        runUrl: env.CI_JOB_URL || env.CI_PIPELINE_URL,
        job: env.CI_JOB_NAME_SLUG || env.CI_JOB_NAME,
        // The slug is cut at 63 bytes, so long matrix values could collide: the node index keeps legs apart.
        leg: Number(env.CI_NODE_TOTAL) > 1 ? `${(env.CI_JOB_NAME_SLUG || 'leg').slice(0, 60)}-${env.CI_NODE_INDEX ?? '0'}` : undefined,
        pipeline: env.CI_JOB_NAME || 'pipeline',
        defaultBranch: env.CI_DEFAULT_BRANCH || undefined,
        push: !(iid > 0) && ['push', 'web', 'schedule', 'api', 'trigger', 'pipeline'].includes(env.CI_PIPELINE_SOURCE ?? ''),
        repositoryUrl: env.CI_MERGE_REQUEST_PROJECT_URL || env.CI_PROJECT_URL || undefined,
        registry: gitlabRegistry(env),
        runId: env.CI_PIPELINE_ID,
        actor: env.GITLAB_USER_LOGIN,
        runner: env.CI_RUNNER_DESCRIPTION,
    };
}
/**
 * The project's container registry. A fork's merge request runs in the fork, whose registry has no
 * runs of the target's default branch: the baselines are read from the target project's registry.
 */
function gitlabRegistry(env) {
    const fork = env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID && env.CI_MERGE_REQUEST_PROJECT_ID && env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID !== env.CI_MERGE_REQUEST_PROJECT_ID;
    const image = fork && env.CI_REGISTRY && env.CI_MERGE_REQUEST_PROJECT_PATH ? `${env.CI_REGISTRY}/${env.CI_MERGE_REQUEST_PROJECT_PATH}` : env.CI_REGISTRY_IMAGE;
    if (!image)
        return undefined;
    return {
        uri: `oci://${image.toLowerCase()}`,
        username: env.CI_REGISTRY_USER || undefined,
        password: env.CI_REGISTRY_PASSWORD || undefined,
        label: "this project's container registry",
    };
}


/***/ }),

/***/ 82281:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   appendExport: () => (/* binding */ appendExport),
/* harmony export */   consoleLogger: () => (/* binding */ consoleLogger),
/* harmony export */   createLocalPlatform: () => (/* binding */ createLocalPlatform)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21645);





/**
 * Logs to stderr (stdout carries outputs as JSON). Messages name their own file and line. Control
 * characters but line breaks are replaced, so text from a repository cannot drive the terminal.
 */
function consoleLogger(env = process.env) {
    const write = (prefix, message) => process.stderr.write(`${prefix}${message.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '?')}\n`);
    return {
        info: (m) => write('', m),
        warning: (m) => write('warning: ', m),
        error: (m) => write('error: ', m),
        // stderr: on the local platform stdout carries only the outputs' JSON.
        stream: (chunk) => void process.stderr.write(chunk),
        debug: (m) => {
            if (env.MODELGATE_DEBUG === '1' || env.RUNNER_DEBUG === '1' || env.CI_DEBUG_TRACE === 'true')
                write('debug: ', m);
        },
    };
}
/**
 * Appends `export NAME='value'` to the job's export file (`MODELGATE_EXPORT_FILE`, default
 * `modelgate.env.sh` in the workspace), which later commands of the same job `source`: a program cannot
 * change its parent shell's environment.
 */
function appendExport(workspace, env, name, value) {
    const file = env.MODELGATE_EXPORT_FILE || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(workspace, 'modelgate.env.sh');
    const fd = (0,_core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .openNoFollow */ .zm)(file, true);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, `export ${name}='${value.replace(/'/g, `'\\''`)}'\n`);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
    return file;
}
/**
 * The local adapter: inputs from flags and `MODELGATE_*` variables, the report on the terminal (and its
 * markdown appended to `MODELGATE_SUMMARY_FILE` when set), outputs as one JSON object on stdout. Comments and statuses have nowhere to go and are skipped.
 */
function createLocalPlatform(inputs, env = process.env, cwd = process.cwd(), options = {}) {
    const outputs = {};
    const log = consoleLogger(env);
    const context = {
        platform: 'local',
        workspace: cwd,
        sha: gitOrUndefined(cwd, ['rev-parse', 'HEAD']),
        ref: gitOrUndefined(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']),
        defaultBaseRef: env.MODELGATE_BASE_REF || defaultBranch(cwd),
        pipeline: 'local',
        actor: env.USER || env.USERNAME || undefined,
    };
    return {
        context,
        features: { ci: false, summaryPage: false, forkComments: 'never', interactive: Boolean(process.stderr.isTTY) },
        log,
        input: inputs,
        setOutput: (name, value) => void (outputs[name] = value),
        mask: () => undefined,
        exportVariable(name, value) {
            const file = appendExport(cwd, env, name, value);
            log.info(`${name}=${value} (for your shell: source ${file})`);
        },
        async summary(report) {
            log.info(report.text);
            // Like GITHUB_STEP_SUMMARY: every step of a local run appends its markdown report to one file.
            if (env.MODELGATE_SUMMARY_FILE)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.appendFile)(env.MODELGATE_SUMMARY_FILE, `${report.markdown}\n`);
        },
        async upsertComment() {
            throw new Error('the local platform has no pull request to comment on');
        },
        async setStatus() { },
        async finish() {
            // A command that prints its own result (history) keeps stdout to itself.
            if (options.printOutputs !== false)
                process.stdout.write(`${JSON.stringify(outputs)}\n`);
        },
    };
}
function gitOrUndefined(cwd, args) {
    try {
        return ((0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] })
            .toString()
            .trim() || undefined);
    }
    catch {
        return undefined;
    }
}
function defaultBranch(cwd) {
    const remoteHead = gitOrUndefined(cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
    if (remoteHead)
        return remoteHead;
    for (const name of ['main', 'master'])
        if (gitOrUndefined(cwd, ['rev-parse', '--verify', '--quiet', `refs/heads/${name}`]))
            return name;
    return undefined;
}


/***/ }),

/***/ 15719:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ commitUrl),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   XH: () => (/* binding */ compareUrl)
/* harmony export */ });
/** A commit's web page, when the repository's is known and `sha` is a commit id. */
function commitUrl(context, sha) {
    if (!sha || !context.repositoryUrl || !/^[0-9a-f]{7,64}$/.test(sha) || !/^https?:\/\/[^\s()<>]+$/.test(context.repositoryUrl))
        return undefined;
    return `${context.repositoryUrl.replace(/\/+$/, '')}${context.platform === 'gitlab' ? '/-' : ''}/commit/${sha}`;
}
/** The web page comparing two commits of the repository, or undefined (no hosted repository, not plain shas). */
function compareUrl(context, from, to) {
    const a = commitUrl(context, from);
    if (!a || !commitUrl(context, to))
        return undefined;
    return `${context.repositoryUrl.replace(/\/+$/, '')}${context.platform === 'gitlab' ? '/-' : ''}/compare/${from}...${to}`;
}
/** The hidden HTML comment that marks a sticky comment. */
function commentMarker(key) {
    return `<!-- modelgate:${key} -->`;
}


/***/ })

};
