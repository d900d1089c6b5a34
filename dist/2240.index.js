export const id = 2240;
export const ids = [2240];
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

/***/ 2240:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubPlatform: () => (/* binding */ createGitHubPlatform),
  githubContext: () => (/* binding */ githubContext)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/sticky.js
var sticky = __webpack_require__(63659);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./build/platform/actions-runner.js



/*
 * The Actions runner contract, as @actions/core implements it: inputs from INPUT_* variables, outputs
 * and state through the GITHUB_OUTPUT / GITHUB_STATE file commands, workflow commands on stdout, the
 * job summary file. @actions/core itself statically imports @actions/http-client and undici (for OIDC),
 * which alone made a bundled step start in 3.4x the time of bare node here; these few functions are
 * the same protocol without that weight. Escaping follows @actions/core's command.js exactly.
 */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Writes a workflow command (`::name key=value::message`) to stdout. */
function issueCommand(name, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    process.stdout.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** An input as `core.getInput` reads it: `INPUT_<NAME>` (spaces as `_`, upper case), trimmed. */
function getInput(name, env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** Appends `name<<delimiter` to a file command (`GITHUB_OUTPUT`, `GITHUB_STATE`), or falls back to the old command. */
function fileCommand(variable, name, value, env) {
    const file = env[variable];
    if (!file) {
        issueCommand({ GITHUB_OUTPUT: 'set-output', GITHUB_STATE: 'save-state', GITHUB_ENV: 'set-env' }[variable], { name }, value);
        return;
    }
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('an output contains the file command delimiter');
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
}
/** An annotation's properties from a source location. */
function annotation(location) {
    return location ? { file: location.file, line: location.line, col: location.column } : {};
}

// EXTERNAL MODULE: ./build/core/http.js
var http = __webpack_require__(95688);
;// CONCATENATED MODULE: ./build/platform/github-runners.js


const SERVICE = 'GitHub API';
/**
 * {@link RunnerRegistry} on GitHub's just-in-time runners: `generate-jitconfig` returns a config that a
 * runner starts with (`run.sh --jitconfig`) for exactly one job, with no separate registration token.
 * The repository comes from `GITHUB_REPOSITORY`, the API from `GITHUB_API_URL` (GHES too).
 *
 * Both calls need a token with administration rights on the repository (a fine-grained PAT or GitHub App
 * token with `Administration: write`, or a classic PAT with `repo`); the job's `GITHUB_TOKEN` never has them.
 */
function createGitHubRunners(env = process.env, options = {}) {
    const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const repository = () => {
        if (!env.GITHUB_REPOSITORY)
            throw new errors/* UserError */.yo('setup-gpu-runner: GITHUB_REPOSITORY is unset, so there is no repository to register a runner for');
        return env.GITHUB_REPOSITORY;
    };
    const send = (method, path, token, body) => (0,http/* requestJson */.S)(`${api}/repos/${repository()}${path}`, {
        method,
        headers: {
            Authorization: `Bearer ${token}`,
            Accept: 'application/vnd.github+json',
            'X-GitHub-Api-Version': '2022-11-28',
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
    }, 
    // A retried POST after a dropped answer could mint a second runner of the same name; GitHub then
    // answers 409, which is not retried, so at most one of them exists.
    { service: SERVICE, fetch: options.fetch, backoffMs: options.backoffMs, attempts: 3 });
    return {
        tokenHint: "a PAT or GitHub App token with administration rights on the repository (the job's GITHUB_TOKEN cannot register runners)",
        async register({ name, labels, token }) {
            try {
                const { data } = await send('POST', '/actions/runners/generate-jitconfig', token, { name, runner_group_id: 1, labels, work_folder: '_work' });
                if (!data?.encoded_jit_config || typeof data.runner?.id !== 'number') {
                    throw new errors/* ExternalError */.yA(`${SERVICE}: generate-jitconfig for ${repository()} answered without a runner id or config`, SERVICE, 200, false);
                }
                return { platform: 'github', secret: data.encoded_jit_config, id: data.runner.id, url: server };
            }
            catch (error) {
                if (error instanceof errors/* ExternalError */.yA && (error.status === 403 || error.status === 404)) {
                    // GitHub answers 404 rather than 403 to a token that may not see the repository's settings.
                    throw new errors/* UserError */.yo(`setup-gpu-runner: GitHub refused to register a runner for ${repository()} (${error.status}): input 'token' needs administration rights on the repository ` +
                        "(a fine-grained PAT or GitHub App token with 'Administration: write', or a classic PAT with 'repo'); the job's GITHUB_TOKEN cannot register runners");
                }
                throw error;
            }
        },
        async status(id, token) {
            try {
                const { data } = await send('GET', `/actions/runners/${id}`, token);
                return data?.status === 'online' || data?.busy ? 'online' : 'offline';
            }
            catch (error) {
                // A just-in-time runner deletes itself after its one job: gone after online is normal.
                if (error instanceof errors/* ExternalError */.yA && error.status === 404)
                    return 'gone';
                throw error;
            }
        },
        async remove(id, token) {
            try {
                await send('DELETE', `/actions/runners/${id}`, token);
            }
            catch (error) {
                // An ephemeral runner removes itself after its job.
                if (error instanceof errors/* ExternalError */.yA && error.status === 404)
                    return;
                throw error;
            }
        },
    };
}

;// CONCATENATED MODULE: ./build/platform/github-storage.js

const CACHE = 'GitHub cache';
const ARTIFACTS = 'GitHub artifacts';
/** How many names (`name`, `name-2`, ... `name-20`) an upload tries before giving up. */
const MAX_NAMES = 20;
/** What the results service answers when CreateArtifact meets a name this run already used. */
const NAME_TAKEN = /CreateArtifact: .*\(409\)|an artifact with this name already exists/i;
/**
 * {@link Storage} on GitHub's cache and artifact services (the v2 "results" twirp services the runner
 * points to with `ACTIONS_RESULTS_URL` and `ACTIONS_RUNTIME_TOKEN`; GHES's v1 cache still works through
 * `ACTIONS_CACHE_URL`).
 *
 * `@actions/cache` and `@actions/artifact` (with the Azure storage SDK under them) are imported only when a
 * method runs: a bundle that loads them at startup starts in about twice the time, and most steps never
 * touch a cache. Caching is best effort: a restore that cannot reach the service is a miss; a save that
 * cannot reports an {@link ExternalError} for the caller to turn into a warning.
 *
 * `env` decides whether the services are configured at all; the libraries themselves read `process.env`.
 */
function createGitHubStorage(env = process.env) {
    // Outside a JavaScript action step the runner hands out no runtime token, so nothing could succeed.
    const cacheConfigured = () => Boolean(env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL));
    const artifactsConfigured = () => Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
    const loadCache = () => guard(CACHE, 'load @actions/cache', () => Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(7981), __webpack_require__.e(8110), __webpack_require__.e(2088), __webpack_require__.e(3872)]).then(__webpack_require__.bind(__webpack_require__, 63872)));
    return {
        // Signing pulls in sigstore: loaded only when a step asks for an attestation.
        attest: async (files, token) => (await __webpack_require__.e(/* import() */ 3441).then(__webpack_require__.bind(__webpack_require__, 63441))).attestModel(files, env, token),
        async restoreCache(paths, key, restoreKeys) {
            if (!cacheConfigured())
                return undefined;
            const cache = await loadCache();
            // @actions/cache already turns every service failure into a warning and a miss; only bad keys throw.
            return guard(CACHE, `restore the cache for key '${key}'`, () => cache.restoreCache(paths, key, restoreKeys));
        },
        async saveCache(paths, key) {
            if (!cacheConfigured())
                throw unavailable(`save the cache for key '${key}'`, ' (ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is unset)');
            const cache = await loadCache();
            // saveCache compresses the paths before it asks to reserve the key: asking first spares archiving
            // a model that is stored already.
            if (await stored(cache, paths, key))
                return 'exists';
            const id = await guard(CACHE, `save the cache for key '${key}'`, () => cache.saveCache(paths, key));
            if (id !== -1)
                return 'saved';
            // -1 means both "another job reserved the key meanwhile" (a ReserveCacheError it logs and swallows)
            // and any failure it warned about; only a second look tells them apart.
            if (await stored(cache, paths, key))
                return 'exists';
            throw unavailable(`save the cache for key '${key}'`, ' or refused the entry (its warning above says why)');
        },
        async uploadArtifact(name, files, root) {
            if (!artifactsConfigured()) {
                throw new errors/* ExternalError */.yA(`${ARTIFACTS}: cannot upload artifact '${name}': the artifact service is unavailable (ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is unset)`, ARTIFACTS, undefined, false);
            }
            const { DefaultArtifactClient } = await guard(ARTIFACTS, 'load @actions/artifact', () => Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(3251), __webpack_require__.e(1351), __webpack_require__.e(7981), __webpack_require__.e(8110), __webpack_require__.e(8029), __webpack_require__.e(6518)]).then(__webpack_require__.bind(__webpack_require__, 56518)));
            const client = new DefaultArtifactClient();
            for (let n = 1; n <= MAX_NAMES; n++) {
                const candidate = n === 1 ? name : `${name}-${n}`;
                try {
                    const { id, size } = await client.uploadArtifact(candidate, files, root, {});
                    return { name: candidate, id, size };
                }
                catch (error) {
                    // Names are unique per run, and a step that runs twice in one job (a matrix, a retry) reuses its name.
                    if (!NAME_TAKEN.test((0,errors/* messageOf */.bD)(error)))
                        throw failure(ARTIFACTS, `upload artifact '${candidate}'`, error);
                }
            }
            throw new errors/* ExternalError */.yA(`${ARTIFACTS}: cannot upload artifact '${name}': it and '${name}-2' to '${name}-${MAX_NAMES}' are all taken in this run`, ARTIFACTS, 409, false);
        },
    };
}
/** Whether `key` itself (not a restore-key prefix) is stored for these paths, asked without downloading. */
async function stored(cache, paths, key) {
    const matched = await guard(CACHE, `look up the cache key '${key}'`, () => cache.restoreCache(paths, key, [], { lookupOnly: true }));
    return matched === key;
}
function unavailable(what, more = '') {
    return new errors/* ExternalError */.yA(`${CACHE}: could not ${what}: the cache service is unavailable${more}`, CACHE, undefined, true);
}
async function guard(service, what, fn) {
    try {
        return await fn();
    }
    catch (error) {
        throw failure(service, what, error);
    }
}
/**
 * The libraries throw plain Errors whose messages carry the HTTP status as `(409)`; bad keys, names and
 * paths are the user's to fix. Signed blob URLs can appear in Azure errors, so their signatures are cut.
 */
function failure(service, what, error) {
    if (error instanceof errors/* UserError */.yo || error instanceof errors/* ExternalError */.yA)
        return error;
    const message = (0,errors/* messageOf */.bD)(error).replace(/([?&]sig=)[^&\s]+/gi, '$1***');
    const kind = error instanceof Error ? error.name : '';
    if (kind === 'ValidationError' || kind === 'FilesNotFoundError' || /artifact name is not valid|during validation is empty|^Path Validation Error/.test(message)) {
        return new errors/* UserError */.yo(`${service}: cannot ${what}: ${message}`);
    }
    const status = Number(/\((\d{3})\)/.exec(message)?.[1]) || undefined;
    const permanent = kind === 'GHESNotSupportedError' || kind === 'UsageError' || (status !== undefined && status < 500 && status !== 429);
    return new errors/* ExternalError */.yA(`${service}: could not ${what}: ${message}`, service, status, !permanent);
}

// EXTERNAL MODULE: ./build/platform/platform.js
var platform = __webpack_require__(15719);
;// CONCATENATED MODULE: ./build/platform/github.js








/**
 * The GitHub Actions adapter: inputs, outputs, summary and logs through the runner contract
 * (`actions-runner.ts`); comments and statuses through octokit from `@actions/github` with the retry and
 * throttling plugins, loaded only when a step calls the API.
 */
function createGitHubPlatform(options = {}) {
    const env = options.env ?? process.env;
    const context = githubContext(env);
    const masked = new Set();
    const clients = new Map();
    const client = (token) => {
        if (!token)
            throw new errors/* UserError */.yo("input 'token' is empty: pass a token (the default is ${{ github.token }}) or set 'comment: false'");
        let made = clients.get(token);
        if (!made)
            clients.set(token, (made = loadOctokit(token, env, options)));
        return made;
    };
    const [owner = '', repo = ''] = (context.repository ?? '').split('/');
    return {
        context,
        features: { ci: true, summaryPage: true, forkComments: 'never', interactive: false },
        log: {
            info: (m) => void process.stdout.write(`${noCommands(m)}\n`),
            debug: (m) => issueCommand('debug', {}, m),
            // The user's own command, as a `run:` step would print it (its workflow commands work too).
            stream: (chunk) => void process.stdout.write(chunk),
            warning: (m, l) => issueCommand('warning', annotation(l), m),
            error: (m, l) => issueCommand('error', annotation(l), m),
        },
        input: (name) => getInput(name, env) || undefined,
        // The runner passes `with:` keys as INPUT_<NAME> (upper-cased, spaces to _), declared or not.
        givenInputs: () => ({
            names: Object.keys(env)
                .filter((k) => k.startsWith('INPUT_'))
                .map((k) => k.slice('INPUT_'.length).toLowerCase()),
            strict: true,
        }),
        setOutput: (name, value) => fileCommand('GITHUB_OUTPUT', name, value, env),
        mask(secret) {
            // The entry masks every secret input and a step may mask it again: one command is enough.
            if (masked.has(secret))
                return;
            masked.add(secret);
            issueCommand('add-mask', {}, secret);
        },
        exportVariable(name, value) {
            fileCommand('GITHUB_ENV', name, value, env);
            env[name] = value;
        },
        saveState: (name, value) => fileCommand('GITHUB_STATE', name, value, env),
        getState: (name) => env[`STATE_${name}`] || undefined,
        async summary(report) {
            if (!env.GITHUB_STEP_SUMMARY)
                process.stdout.write(`${noCommands(report.text)}\n`);
            else
                await (0,promises_.appendFile)(env.GITHUB_STEP_SUMMARY, `${report.markdown}\n`, 'utf8');
        },
        async upsertComment({ key, body, token, number }) {
            const issue = number ?? context.changeRequest?.number;
            if (!issue)
                throw new errors/* UserError */.yo('comment: this run is not for a pull request, so there is nothing to comment on');
            const octokit = await client(token);
            const params = { owner, repo, issue_number: issue };
            // A personal token can name its user; an app token (GITHUB_TOKEN) cannot, and posts as a bot.
            const self = await octokit.rest.users.getAuthenticated().then((r) => r.data.login, () => undefined);
            const toStored = (c) => ({
                id: c.id,
                body: c.body ?? '',
                url: c.html_url,
                own: self !== undefined ? c.user?.login === self : c.user?.type === 'Bot',
            });
            const api = {
                list: () => call('list comments', () => octokit.paginate(octokit.rest.issues.listComments, { ...params, per_page: 100 })).then((all) => all.map(toStored)),
                create: (text) => call('create a comment', () => octokit.rest.issues.createComment({ ...params, body: text })).then((r) => toStored(r.data)),
                update: (id, text) => call('update a comment', () => octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body: text })).then((r) => toStored(r.data)),
                // A racing run may have deleted it already.
                remove: (id) => call('delete a comment', () => octokit.rest.issues.deleteComment({ owner, repo, comment_id: id })).then(() => undefined, (error) => {
                    if (error.status !== 404)
                        throw error;
                }),
            };
            const result = await (0,sticky/* upsertSticky */.$)(api, (0,platform/* commentMarker */.Ql)(key), body);
            return { action: result.action, url: result.comment.url };
        },
        async setStatus({ name, state, description, sha, token, targetUrl }) {
            const octokit = await client(token);
            await call('set a commit status', () => octokit.rest.repos.createCommitStatus({ owner, repo, sha, state, context: name, description: description.slice(0, 140), target_url: targetUrl }));
        },
        async recordDeployment({ environment, sha, state, description, token }) {
            if (!token || !sha)
                return;
            const octokit = await client(token);
            // A deployment with no required contexts: the gate already ran, and auto-merge would move the ref.
            const created = await call('create a deployment', () => octokit.rest.repos.createDeployment({
                owner,
                repo,
                ref: sha,
                environment,
                auto_merge: false,
                required_contexts: [],
                description: description.slice(0, 140),
                production_environment: environment === 'production',
            }), "'deployments: write'");
            const id = created.data.id;
            if (id === undefined)
                throw new errors/* ExternalError */.yA(`GitHub did not create the deployment to ${environment} (${String(created.data.message ?? 'no id')})`, 'GitHub');
            await call('set the deployment status', () => octokit.rest.repos.createDeploymentStatus({
                owner,
                repo,
                deployment_id: id,
                state,
                description: description.slice(0, 140),
                environment,
                log_url: context.runUrl,
                auto_inactive: true,
            }), "'deployments: write'");
        },
        async changeRequestHead(number, token) {
            const octokit = await client(token);
            const { data } = await call('read the pull request', () => octokit.rest.pulls.get({ owner, repo, pull_number: number }));
            return data.head.sha;
        },
        // Created lazily inside: the cache and artifact libraries load only when a step uses them.
        storage: createGitHubStorage(env),
        runners: createGitHubRunners(env, { fetch: options.fetch }),
        async finish() { },
    };
}
async function loadOctokit(token, env, options) {
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1351)]).then(__webpack_require__.bind(__webpack_require__, 61351)), Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(9735)]).then(__webpack_require__.bind(__webpack_require__, 49735)), Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(6856)]).then(__webpack_require__.bind(__webpack_require__, 86856))]);
    return getOctokit(token, {
        baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
        ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451], ...(options.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: options.retryAfterBaseValue } : {}) },
        throttle: {
            onRateLimit: (after, o, _k, count) => {
                issueCommand('warning', {}, `GitHub rate limit on ${o.method} ${o.url}; retrying after ${after}s`);
                return count < 2;
            },
            onSecondaryRateLimit: (after, o, _k, count) => {
                issueCommand('warning', {}, `GitHub secondary rate limit on ${o.method} ${o.url}; retrying after ${after}s`);
                return count < 3;
            },
            ...(options.retryAfterBaseValue !== undefined ? { fallbackSecondaryRateRetryAfter: options.retryAfterBaseValue / 1000 } : {}),
        },
    }, retry, throttling);
}
/** The runner reads any line that starts with `::` (after blanks) as a command; text from a repository must not. */
function noCommands(text) {
    return text.replace(/^(\s*)::/gm, '$1:\u200b:');
}
/** Turns octokit's errors into ExternalErrors that say what was attempted and whether retrying helps. */
async function call(what, fn, needs = "'pull-requests: write' and 'statuses: write'") {
    try {
        return await fn();
    }
    catch (error) {
        const status = error.status;
        const said = error.response?.data?.message ?? error.message;
        const hint = status === 403 || status === 404 ? ` (the token lacks permission: grant ${needs}, or this is a fork's read-only token)` : '';
        throw new errors/* ExternalError */.yA(`GitHub API: could not ${what}: ${status ?? ''} ${said}${hint}`.replace(/  +/g, ' '), 'GitHub API', status, status === undefined || status >= 500);
    }
}
/** Reads the run's context from the runner's environment and event payload. */
function githubContext(env) {
    // The event payload's shape depends on the event; only the fields read below are relied on.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let event = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            event = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            throw new errors/* UserError */.yo(`GITHUB_EVENT_PATH: cannot read the event payload at ${env.GITHUB_EVENT_PATH}`);
        }
    }
    const pr = event.pull_request;
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
    const repository = env.GITHUB_REPOSITORY || event.repository?.full_name;
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
        job: env.GITHUB_JOB,
        attempt: env.GITHUB_RUN_ATTEMPT,
        upstreamHeadSha: event.workflow_run?.head_sha,
        upstreamRunUrl: event.workflow_run?.html_url,
        upstreamPipeline: event.workflow_run?.name,
        // A workflow_run of a fork's PR, or a comment on any PR (its head may be a fork: assume so), runs
        // with this repository's secrets for code it did not write.
        forkTrigger: (event.workflow_run?.head_repository?.full_name !== undefined && event.workflow_run.head_repository.full_name !== (env.GITHUB_REPOSITORY || event.repository?.full_name)) ||
            Boolean(event.issue?.pull_request) ||
            undefined,
        pipeline: env.GITHUB_WORKFLOW || 'workflow',
        defaultBranch: event.repository?.default_branch,
        push: !pr && ['push', 'workflow_dispatch', 'schedule'].includes(env.GITHUB_EVENT_NAME ?? ''),
        repositoryUrl: repository ? `${server}/${repository}` : undefined,
        // GHCR names must be lowercase; it serves github.com's repositories only.
        registry: repository && server === 'https://github.com' ? { uri: `oci://ghcr.io/${repository.toLowerCase()}`, username: env.GITHUB_ACTOR, label: "this repository's GHCR" } : undefined,
        runId: env.GITHUB_RUN_ID,
        actor: env.GITHUB_ACTOR,
        runner: env.RUNNER_NAME,
    };
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
