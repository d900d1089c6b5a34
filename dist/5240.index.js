export const id = 5240;
export const ids = [5240,7566];
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
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62807);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21645);





/** The sha256 (hex) of bytes in memory. */
function sha256Of(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
/**
 * The sha256 (hex) and size of a file, read in large reads (model files can be gigabytes) into one
 * buffer: a stream's fresh chunk per read leaves the whole file as garbage for the collector, which
 * showed as a hundred megabytes of peak memory hashing a gigabyte.
 */
async function hashFile(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const buffer = Buffer.allocUnsafe(_files_js__WEBPACK_IMPORTED_MODULE_4__/* .READ_CHUNK */ .vA);
    let size = 0;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
            size += bytesRead;
        }
    }
    finally {
        await handle.close();
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
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root);
    const visit = async (p) => {
        let info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(p);
        if (info.isSymbolicLink()) {
            const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(p).catch(() => undefined);
            if (!target || !(target === realRoot || target.startsWith(realRoot + node_path__WEBPACK_IMPORTED_MODULE_2__.sep))) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`'${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, p)}' is a symbolic link leading out of the workspace (or nowhere); copy the file in instead`);
            }
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(p);
            if (info.isDirectory())
                return;
        }
        if (info.isDirectory()) {
            for (const entry of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(p)).sort())
                await visit((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(p, entry));
        }
        else if (info.isFile()) {
            out.push({ path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, p).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'), sha256: await sha256File(p), size: info.size });
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

/***/ 47566:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PREDICTIONS_MEDIA_TYPE: () => (/* binding */ PREDICTIONS_MEDIA_TYPE),
/* harmony export */   RUN_ARTIFACT_TYPE: () => (/* binding */ RUN_ARTIFACT_TYPE),
/* harmony export */   findRun: () => (/* binding */ findRun),
/* harmony export */   nearestRun: () => (/* binding */ nearestRun),
/* harmony export */   recordRun: () => (/* binding */ recordRun),
/* harmony export */   runTag: () => (/* binding */ runTag)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _blob_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1685);
/* harmony import */ var _store_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86535);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69701);




/** artifactType of a recorded run: a run record by commit (and the model files, when asked). */
const RUN_ARTIFACT_TYPE = 'application/vnd.modelgate.run.v1';
/** Media type of the predictions layer of a recorded run (the file as the training wrote it). */
const PREDICTIONS_MEDIA_TYPE = 'application/vnd.modelgate.predictions.v1';
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const SLOT = /^[a-z0-9][a-z0-9_-]{0,40}$/;
/**
 * The tag a run of `commit` is recorded under: `run-<sha>` for a job's one run, `run-<sha>.<slot>` for
 * one leg of a matrix or seed sweep. Derived from the commit, so a later job finds it with one request,
 * whatever the number of runs the model has (tag lists are not paginated on every registry).
 */
function runTag(commit, slot) {
    if (!SHA.test(commit))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`run store: '${commit}' is not a full commit sha (40 or 64 lowercase hex digits)`);
    if (slot !== undefined && !SLOT.test(slot))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`run store: '${slot}' cannot name a run; use lowercase letters, digits, '_' and '-' (at most 41)`);
    const tag = `run-${commit}${slot ? `.${slot}` : ''}`;
    if (!(0,_store_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isTag */ .dz)(tag))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`run store: '${tag}' is not a valid tag`);
    return tag;
}
/**
 * Records a run of `commit`: the run record as config, the model files as layers when given, under
 * {@link runTag}. A re-run of the same job re-points the same tag (the earlier manifest stays in the
 * store by digest), so retries never pile up tags; blobs the store has are not sent again.
 */
async function recordRun(store, model, options) {
    (0,_versions_js__WEBPACK_IMPORTED_MODULE_3__.checkModelName)(model);
    const tag = runTag(options.commit, options.slot);
    let bytesSent = await store.pushBlobBytes(model, options.record, (0,_blob_files_js__WEBPACK_IMPORTED_MODULE_1__/* .digestOf */ .ol)(options.record));
    const layers = [];
    for (const file of options.files ?? []) {
        const layer = await (0,_versions_js__WEBPACK_IMPORTED_MODULE_3__.fileLayer)(file, await (0,_versions_js__WEBPACK_IMPORTED_MODULE_3__.fileSize)(file));
        bytesSent += await store.pushBlobFile(model, file.path, layer.digest, layer.size);
        layers.push(layer);
    }
    if (options.predictions) {
        const layer = await (0,_versions_js__WEBPACK_IMPORTED_MODULE_3__.fileLayer)(options.predictions, await (0,_versions_js__WEBPACK_IMPORTED_MODULE_3__.fileSize)(options.predictions));
        bytesSent += await store.pushBlobFile(model, options.predictions.path, layer.digest, layer.size);
        layers.push({ ...layer, mediaType: PREDICTIONS_MEDIA_TYPE });
    }
    const manifest = {
        schemaVersion: 2,
        mediaType: _store_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.manifest,
        artifactType: RUN_ARTIFACT_TYPE,
        config: { mediaType: _versions_js__WEBPACK_IMPORTED_MODULE_3__.RUN_RECORD_MEDIA_TYPE, digest: (0,_blob_files_js__WEBPACK_IMPORTED_MODULE_1__/* .digestOf */ .ol)(options.record), size: options.record.length },
        layers,
        annotations: { ...options.annotations, [_versions_js__WEBPACK_IMPORTED_MODULE_3__.ANNOTATIONS.revision]: options.commit, [_versions_js__WEBPACK_IMPORTED_MODULE_3__.ANNOTATIONS.created]: new Date().toISOString() },
    };
    const digest = await store.putManifest(model, tag, Buffer.from(JSON.stringify(manifest)), _store_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.manifest);
    return { tag, digest, bytesSent };
}
/** The run recorded for `commit` (and `slot`), or undefined; one manifest and one blob request when found. */
async function findRun(store, model, commit, slot) {
    (0,_versions_js__WEBPACK_IMPORTED_MODULE_3__.checkModelName)(model);
    const tag = runTag(commit, slot);
    const found = await store.getManifest(model, tag);
    if (!found)
        return undefined;
    const manifest = (0,_versions_js__WEBPACK_IMPORTED_MODULE_3__.parseManifest)(found.bytes, `${store.uri} ${model}:${tag}`);
    if (manifest.artifactType !== RUN_ARTIFACT_TYPE)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`run store: ${model}:${tag} in ${store.uri} is not a recorded run (artifact type ${manifest.artifactType ?? 'none'})`);
    const bytes = await store.readBlob(model, manifest.config.digest);
    let record;
    try {
        record = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        record = undefined;
    }
    const layer = manifest.layers.find((l) => l.mediaType === PREDICTIONS_MEDIA_TYPE);
    const predictions = layer ? { digest: layer.digest, size: layer.size, name: layer.annotations?.[_versions_js__WEBPACK_IMPORTED_MODULE_3__.ANNOTATIONS.title] ?? 'predictions' } : undefined;
    return { tag, digest: found.digest, commit, record, created: manifest.annotations?.[_versions_js__WEBPACK_IMPORTED_MODULE_3__.ANNOTATIONS.created], ...(predictions ? { predictions } : {}) };
}
/**
 * The nearest of `commits` (nearest first) with a recorded run, looking `parallel` commits up at a time;
 * `tried` counts the commits asked about, for the report and the bench.
 */
async function nearestRun(store, model, commits, options = {}) {
    const { slot, parallel = 8, firstAlone = true } = options;
    let tried = 0;
    // The baseline commit itself is the usual hit: ask for it alone, then the ancestors in batches.
    for (let start = 0; start < commits.length;) {
        const end = start === 0 && firstAlone ? 1 : start + parallel;
        const batch = commits.slice(start, end);
        tried += batch.length;
        const found = await Promise.all(batch.map((sha) => findRun(store, model, sha, slot)));
        const hit = found.findIndex((r) => r !== undefined);
        if (hit >= 0)
            return { run: found[hit], index: start + hit, tried };
        start = end;
    }
    return { index: -1, tried };
}


/***/ })

};
