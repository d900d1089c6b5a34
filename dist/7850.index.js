export const id = 7850;
export const ids = [7850,2288,5215];
export const modules = {

/***/ 71998:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ sha256Of),
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   hW: () => (/* binding */ digestTree),
/* harmony export */   qW: () => (/* binding */ digestOfSet)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62807);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(21645);






/** The sha256 (hex) of bytes in memory. */
function sha256Of(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
/** The sha256 (hex) and size of a file, streamed in large reads (model files can be gigabytes). */
async function hashFile(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: _files_js__WEBPACK_IMPORTED_MODULE_5__/* .READ_CHUNK */ .vA })) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}
/** The sha256 (hex) of a file, streamed; see {@link hashFile}. */
async function sha256File(path) {
    return (await hashFile(path)).sha256;
}
/**
 * Every regular file under a path (itself when it is a file), sorted, with digests relative to `root`.
 * A symbolic link to a file inside `root` is hashed as that file; a link leading out of `root` is an
 * error (it would ship a file from elsewhere); a link to a folder is not followed (it could loop).
 */
async function digestTree(path, root) {
    const out = [];
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(root);
    const visit = async (p) => {
        let info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(p);
        if (info.isSymbolicLink()) {
            const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(p).catch(() => undefined);
            if (!target || !(target === realRoot || target.startsWith(realRoot + node_path__WEBPACK_IMPORTED_MODULE_3__.sep))) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`'${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(root, p)}' is a symbolic link leading out of the workspace (or nowhere); copy the file in instead`);
            }
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(p);
            if (info.isDirectory())
                return;
        }
        if (info.isDirectory()) {
            for (const entry of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(p)).sort())
                await visit((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(p, entry));
        }
        else if (info.isFile()) {
            out.push({ path: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(root, p).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/'), sha256: await sha256File(p), size: info.size });
        }
    };
    await visit(path);
    return out;
}
/**
 * One digest for a set of files: sha256 over sorted `path NUL sha256 NUL size LF` lines, so the same
 * files with the same content give the same digest wherever they were produced.
 */
function digestOfSet(files) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
        hash.update(`${f.path}\0${f.sha256}\0${f.size}\n`);
    return `sha256:${hash.digest('hex')}`;
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

/***/ 32288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LOCAL_STORE: () => (/* reexport safe */ _registry_inputs_js__WEBPACK_IMPORTED_MODULE_2__.K5),
/* harmony export */   actor: () => (/* binding */ actor),
/* harmony export */   historyReport: () => (/* binding */ historyReport),
/* harmony export */   openModelStore: () => (/* binding */ openModelStore),
/* harmony export */   recordDeploymentOrWarn: () => (/* binding */ recordDeploymentOrWarn),
/* harmony export */   reportOrWarn: () => (/* binding */ reportOrWarn),
/* harmony export */   shortDigest: () => (/* binding */ shortDigest),
/* harmony export */   storeAddress: () => (/* binding */ storeAddress)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37980);
/* harmony import */ var _registry_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73524);
/* harmony import */ var _registry_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21303);





const warned = new WeakSet();
/**
 * Opens the store the registry inputs name, or the platform's own registry (GHCR for the repository,
 * the GitLab project's container registry), or on-disk outside CI. The platform's credentials (and the
 * `token` input on GHCR) go to the platform's own registry host only, never to one a user named.
 */
function openModelStore(platform, inputs) {
    const { uri, username, password } = storeAddress(platform.context, inputs);
    const { context } = platform;
    const own = context.registry;
    if (platform.features.ci && uri.trim().startsWith('oci-layout:') && !warned.has(platform)) {
        warned.add(platform);
        platform.log.warning(`registry '${uri}' is a folder in this job's workspace: it disappears when the job ends, so later jobs and pipelines find no recorded runs (no baseline) and nothing deployed. ` +
            `Leave 'registry' unset to use ${own ? `${own.label ?? "the platform's registry"} (${own.uri})` : "the platform's registry"}, or name an oci:// registry`);
    }
    return (0,_registry_store_js__WEBPACK_IMPORTED_MODULE_1__.openStore)(uri, { workspace: context.workspace, username, password });
}
/** Which store, with which credentials: the inputs', else the platform's own registry, else on disk. */
function storeAddress(context, inputs) {
    const own = context.registry;
    const uri = inputs.registry ?? own?.uri ?? _registry_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .LOCAL_STORE */ .K5;
    const ownHost = own !== undefined && hostOf(uri) === hostOf(own.uri);
    const username = inputs.registryUsername ?? (ownHost ? own.username : undefined);
    const password = inputs.registryPassword ?? (ownHost ? (own.password ?? inputs.token) : undefined);
    return { uri, username, password };
}
function hostOf(uri) {
    return /^oci:\/\/([^/]+)/.exec(uri.trim())?.[1]?.toLowerCase();
}
/** Who is acting, for the record: the CI user and run where there is one. */
function actor(platform) {
    return platform.context.actor ?? `${platform.context.platform} user`;
}
/**
 * Records the environment's GitHub Deployment without letting it decide the job: the registry's
 * pointer is what runs, the Deployment only shows it on the repository's Environments page. A refusal
 * (403, or the 404 GitHub answers a token that may not see deployments) is a warning naming the
 * permission; any other failure a warning too. `production` says where the environment stands, for
 * the warning. Returns whether it was recorded (or there was nothing to record it on).
 */
async function recordDeploymentOrWarn(platform, step, status, production) {
    try {
        await platform.recordDeployment?.(status);
        return true;
    }
    catch (error) {
        const code = error.status;
        // The adapter's short hint is replaced by the full one below, with what it means for the environment.
        const said = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error).replace(/\s*\(the token lacks permission[^)]*\)\s*$/, '');
        platform.log.warning(code === 403 || code === 404
            ? `${step}: the GitHub Deployment of ${status.environment} was not recorded (${said}): grant the job 'permissions: deployments: write' (or pass a 'token' that has it) to see deploys on the Environments page; ${production}`
            : `${step}: the GitHub Deployment of ${status.environment} was not recorded (${said}); ${production}`);
        return false;
    }
}
/**
 * Runs what only reports on a deploy once the environment moved (the summary): a failure is a warning
 * that says where the environment stands, never the job's failure.
 */
async function reportOrWarn(platform, step, what, production, report) {
    try {
        await report();
    }
    catch (error) {
        platform.log.warning(`${step}: could not ${what} (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}); ${production}`);
    }
}
/** A digest shortened for tables: `sha256:0123456789ab`. */
function shortDigest(digest) {
    return digest ? digest.slice(0, 19) : '—';
}
/** One row per record, newest first: when, what, from which digest to which, the verdict, who and why. */
function historyReport(model, environment, records, pointer, offChain = []) {
    // Reasons, actors and versions are anyone's text: in a terminal a control character could clear the
    // screen or forge a link (OSC 8), so the text form shows each as '?'.
    const plain = (text) => (text ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
    const row = ({ record }) => [
        record.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z'),
        record.action,
        record.version ?? '',
        `${shortDigest(record.from)} → ${shortDigest(record.to)}`,
        `${record.verdict ?? '—'}${record.forced ? ' (forced)' : ''}`,
        record.actor,
        record.reason,
    ];
    const rows = records.map(row);
    const lost = offChain.map(row);
    const header = ['time', 'action', 'version', 'from → to', 'gate', 'by', 'why'];
    const head = `Deployment history of ${model} in ${environment}: ${records.length} record${records.length === 1 ? '' : 's'}, pointer at ${pointer ?? 'nothing'}`;
    // Records that lost a race, or whose deployment died deciding, are not in the chain: shown apart, never left out.
    const lostHead = lost.length ? `Not in effect: ${lost.length} record${lost.length === 1 ? '' : 's'} of deployments that lost a race (or did not finish)` : '';
    const cells = (r) => r.map((c) => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(c, { inTable: true }));
    const markdown = `### ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(model)} in ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(environment)}\n\n${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(header, rows.map(cells))}\n\nPointer: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(pointer ?? 'none')}\n${lost.length ? `\n${lostHead}:\n\n${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(header, lost.map(cells))}\n` : ''}`;
    const widths = header.map((h, i) => Math.max(h.length, ...[...rows, ...lost].map((r) => r[i].length)));
    const line = (cells) => cells
        .map((c, i) => plain(c).padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    const text = [plain(head), line(header), ...rows.map(line), ...(lost.length ? ['', `${lostHead}:`, line(header), ...lost.map(line)] : [])].join('\n') + '\n';
    return { markdown, text };
}


/***/ })

};
