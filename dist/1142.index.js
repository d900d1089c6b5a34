export const id = 1142;
export const ids = [1142,8761];
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

/***/ 1685:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K9: () => (/* binding */ removeDeadTemporaries),
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   ai: () => (/* binding */ writeStreamVerified),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* unused harmony export STALE_TEMP_MS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46466);
/* harmony import */ var _core_hashing_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(71998);
/* harmony import */ var _layout_lock_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(89152);








/**
 * A temporary file nobody can vouch for (another host's, or one named without its writer) is removed
 * once untouched this long. A live writer streams into its file without pause, so an hour of silence
 * means it is gone; and removing a live one's file would only fail that push, never corrupt a blob.
 */
const STALE_TEMP_MS = 60 * 60 * 1000;
/** The host part of temporary names: short, and the same in every process of this host and pid namespace. */
const HOST_TAG = (0,_core_hashing_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256Of */ .Bj)(_layout_lock_js__WEBPACK_IMPORTED_MODULE_7__/* .THIS_WRITER */ .JA.host).slice(0, 12);
/** `<target>.mg-<host tag>-<pid>-<process id>-<n>.tmp`: who wrote it, so the next writer can tell it is dead. */
const OURS = /\.mg-([0-9a-f]{12})-(\d+)-([0-9a-f]{12})-\d+\.tmp$/;
let tempCount = 0;
/** The OCI digest (`sha256:<hex>`) of bytes in memory. */
function digestOf(bytes) {
    return `sha256:${(0,_core_hashing_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256Of */ .Bj)(bytes)}`;
}
/** The OCI digest and size of a file, read once in large chunks. */
async function digestFile(path) {
    const { sha256, size } = await (0,_core_hashing_js__WEBPACK_IMPORTED_MODULE_6__/* .hashFile */ .DC)(path);
    return { digest: `sha256:${sha256}`, size };
}
/**
 * Streams `source` into `target` while hashing it, through a temporary file beside it that names its
 * writer ({@link removeDeadTemporaries} reads it); the file is renamed into place only when the digest is
 * `expected`, otherwise it is removed and `onMismatch(actual)` is thrown. Returns the bytes written.
 */
async function writeStreamVerified(target, source, expected, onMismatch, onProgress) {
    // Hashed on the way to disk rather than read back afterwards: a blob can be gigabytes.
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let written = 0;
    const tap = new node_stream__WEBPACK_IMPORTED_MODULE_4__.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            written += chunk.length;
            onProgress?.(written);
            done(null, chunk);
        },
    });
    // A source that fails while the folder is made, before pipeline listens, would otherwise be an
    // uncaught exception; pipeline still sees the failure, the stream being errored by then.
    const early = () => undefined;
    source.on('error', early);
    const temp = `${target}.mg-${HOST_TAG}-${_layout_lock_js__WEBPACK_IMPORTED_MODULE_7__/* .THIS_WRITER */ .JA.pid}-${_layout_lock_js__WEBPACK_IMPORTED_MODULE_7__/* .THIS_WRITER */ .JA.id}-${++tempCount}.tmp`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), { recursive: true });
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(source, tap, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(temp));
        const actual = `sha256:${hash.digest('hex')}`;
        if (actual !== expected)
            throw onMismatch(actual);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, target);
    }
    catch (error) {
        // A source pipeline never took (the folder could not be made) would keep its file open.
        source.destroy();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
        throw error;
    }
    finally {
        source.off('error', early);
    }
    return written;
}
/**
 * Removes the temporary files (`*.tmp`) that dead writers left in `dir`: at once when the name says the
 * writer ran on this host and its pid is gone ({@link isDeadWriter}); otherwise (another host's file,
 * or one named by pid and random bytes only) once untouched for {@link STALE_TEMP_MS}. This process's
 * own files and those of live writers are never touched. Returns the names removed.
 */
async function removeDeadTemporaries(dir) {
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir);
    }
    catch {
        return [];
    }
    const removed = [];
    for (const name of names) {
        if (!name.endsWith('.tmp'))
            continue;
        const match = OURS.exec(name);
        let dead = false;
        if (match) {
            const writer = { host: match[1] === HOST_TAG ? _layout_lock_js__WEBPACK_IMPORTED_MODULE_7__/* .THIS_WRITER */ .JA.host : '', pid: Number(match[2]), id: match[3] };
            if (writer.host && writer.pid === _layout_lock_js__WEBPACK_IMPORTED_MODULE_7__/* .THIS_WRITER */ .JA.pid && writer.id === _layout_lock_js__WEBPACK_IMPORTED_MODULE_7__/* .THIS_WRITER */ .JA.id)
                continue;
            dead = (0,_layout_lock_js__WEBPACK_IMPORTED_MODULE_7__/* .isDeadWriter */ .E3)(writer);
        }
        if (!dead) {
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name)).catch(() => undefined);
            dead = info !== undefined && info.isFile() && Date.now() - info.mtimeMs > STALE_TEMP_MS;
        }
        // Best effort: a file this process may not remove is left for one that may, never a failed push.
        if (dead &&
            (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name), { force: true }).then(() => true, () => false)))
            removed.push(name);
    }
    return removed;
}


/***/ }),

/***/ 89152:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ isDeadWriter),
/* harmony export */   JA: () => (/* binding */ THIS_WRITER),
/* harmony export */   Ux: () => (/* binding */ withFileLock)
/* harmony export */ });
/* unused harmony export STALE_LOCK_MS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62807);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68216);






/**
 * A lock older than this is taken to belong to a process that died holding it, where its holder cannot
 * be checked: a lock written on another host or container sharing the folder, or one without a holder.
 */
const STALE_LOCK_MS = 30_000;
/** How long a writer waits for a live lock before it gives up. */
const WAIT_LIMIT_MS = 60_000;
/** Breaking a stale lock takes milliseconds; a breaker mark older than this was left by a dead breaker. */
const STALE_BREAK_MS = 5_000;
/**
 * This process as a writer. The host joins the hostname and the pid namespace, so two containers that
 * share a folder and a hostname but not their pids are still told apart; the id tells this process from
 * an earlier one that had the same pid (a restarted container's pid 1).
 */
const THIS_WRITER = { host: `${(0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)()}${pidNamespace()}`, pid: process.pid, id: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex') };
function pidNamespace() {
    try {
        return ` ${(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)('/proc/self/ns/pid')}`;
    }
    catch {
        return '';
    }
}
/**
 * Whether a writer is known to be gone: it ran on this host (and pid namespace) and its pid is no
 * longer running, is a zombie, or is this process under another id. Anything else (another host, an
 * unparsable record, a pid in use) is not known, and callers fall back to the age of what it left.
 */
function isDeadWriter(writer) {
    if (writer.host !== THIS_WRITER.host || !Number.isSafeInteger(writer.pid) || writer.pid <= 0)
        return false;
    if (writer.pid === process.pid)
        return writer.id !== THIS_WRITER.id;
    try {
        process.kill(writer.pid, 0);
    }
    catch (error) {
        // EPERM: the pid runs under another user, so it is alive.
        return error.code === 'ESRCH';
    }
    try {
        // A killed process whose parent has not reaped it yet still answers kill(0): its state says Z.
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${writer.pid}/stat`, 'utf8');
        return /^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3));
    }
    catch {
        return false;
    }
}
/** Another process holds the lock: wait and try again. */
class LockHeld extends Error {
}
/**
 * Runs `work` while holding `<file>.lock`, created with O_EXCL so exactly one process holds it; the lock
 * names its holder (host, pid, process id). The lock is removed afterwards, also when `work` throws. A
 * lock left by a dead process is taken over: at once when its holder ran on this host and its pid is
 * gone ({@link isDeadWriter}), otherwise once it is older than {@link STALE_LOCK_MS}.
 */
async function withFileLock(file, work) {
    const lock = `${file}.lock`;
    const started = Date.now();
    const token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex');
    // Locks are held for milliseconds (an index rewrite), so waits start tiny and stay short; jitter
    // spreads out waiters that would otherwise retry in lockstep. WAIT_LIMIT_MS, not a count, ends it.
    await (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .retry */ .L5)(() => takeLock(lock, token, started), { attempts: Infinity, baseMs: 4, capMs: 100, jitter: true, retryable: (error) => error instanceof LockHeld });
    try {
        return await work();
    }
    finally {
        // Only our own lock is removed: one taken over from us (we were slower than STALE_LOCK_MS on a
        // shared folder) belongs to its new holder.
        const now = await readLock(lock);
        if (now?.text === lockText(token))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(lock, { force: true });
    }
}
function lockText(token) {
    return `${JSON.stringify({ ...THIS_WRITER, token })}\n`;
}
/** Creates `path` with O_EXCL and writes `text` into it; false when it exists. */
async function create(path, text) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'wx');
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
    await handle.writeFile(text).finally(() => handle.close());
    return true;
}
async function readLock(path) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'r');
    }
    catch {
        return undefined;
    }
    try {
        const [info, text] = await Promise.all([handle.stat(), handle.readFile('utf8')]);
        let writer;
        try {
            const parsed = JSON.parse(text);
            if (typeof parsed.host === 'string' && typeof parsed.pid === 'number' && typeof parsed.id === 'string')
                writer = { host: parsed.host, pid: parsed.pid, id: parsed.id };
        }
        catch {
            // Empty (its holder is between create and write, or died there) or from an older modelgate: age decides.
        }
        return { text, ino: info.ino, mtimeMs: info.mtimeMs, writer };
    }
    finally {
        await handle.close();
    }
}
function isStale(state, maxAgeMs) {
    return (state.writer !== undefined && isDeadWriter(state.writer)) || Date.now() - state.mtimeMs > maxAgeMs;
}
async function takeLock(lock, token, started) {
    if (await create(lock, lockText(token)))
        return;
    const held = await readLock(lock);
    if (held && isStale(held, STALE_LOCK_MS)) {
        await breakLock(lock, held);
        if (await create(lock, lockText(token)))
            return;
    }
    if (Date.now() - started > WAIT_LIMIT_MS) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ExternalError */ .yA(`oci-layout: '${lock}' has been held for over ${WAIT_LIMIT_MS / 1000} s by another process; remove it if no modelgate step is running`, 'oci-layout', undefined, true);
    }
    throw new LockHeld(`'${lock}' is held`);
}
/**
 * Removes the stale lock `seen`, and only it. Breakers take turns through `<lock>.break` (O_EXCL), and
 * the lock is removed only while it is still the file judged stale (same inode, mtime and content): two
 * waiters that both saw it stale would otherwise let the second remove the lock the first had just
 * taken, and two writers would rewrite index.json at once.
 */
async function breakLock(lock, seen) {
    const breaker = `${lock}.break`;
    if (!(await create(breaker, lockText('break')))) {
        // Another waiter is breaking it (this one waits), or a breaker died in those milliseconds.
        const mark = await readLock(breaker);
        if (mark && isStale(mark, STALE_BREAK_MS))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(breaker, { force: true });
        return;
    }
    try {
        const now = await readLock(lock);
        if (now && now.ino === seen.ino && now.mtimeMs === seen.mtimeMs && now.text === seen.text)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(lock, { force: true });
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(breaker, { force: true });
    }
}


/***/ }),

/***/ 86535:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Z2: () => (/* binding */ MEDIA_TYPES),
/* harmony export */   dz: () => (/* binding */ isTag),
/* harmony export */   en: () => (/* binding */ isRepositoryName),
/* harmony export */   l_: () => (/* binding */ checkAddress),
/* harmony export */   sU: () => (/* binding */ redactUri)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5562);


/** OCI media types the stores and the model layer share. */
const MEDIA_TYPES = {
    manifest: 'application/vnd.oci.image.manifest.v1+json',
    index: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    empty: 'application/vnd.oci.empty.v1+json',
};
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** Whether a string is an OCI repository name (lowercase components separated by `/`). */
function isRepositoryName(name) {
    return _core_names_js__WEBPACK_IMPORTED_MODULE_1__/* .MODEL_NAME */ .Ub.test(name);
}
/** Whether a string is an OCI tag. */
function isTag(reference) {
    return _core_names_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION_TAG */ .kD.test(reference);
}
/** Whether a string is a sha256 digest in OCI form (`sha256:` and 64 lowercase hex digits). */
function isDigest(reference) {
    return DIGEST.test(reference);
}
/**
 * Refuses a repository or reference that a store cannot address safely. Stores call it on every
 * entry point: a name with `..` must never become a path on disk or a URL segment.
 */
function checkAddress(storeUri, repository, reference) {
    if (!isRepositoryName(repository)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${storeUri}: '${repository}' is not a repository name; use lowercase letters, digits and '.', '_', '-' between them, with '/' between parts`);
    }
    if (reference !== undefined && !isTag(reference) && !isDigest(reference)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${storeUri}: '${reference}' is neither a tag ([a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}) nor a sha256 digest`);
    }
}
/** A URI with any `user:password@` part removed, for messages. */
function redactUri(uri) {
    return uri.replace(/\/\/[^/@\s]*@/, '//');
}


/***/ }),

/***/ 32288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LOCAL_STORE: () => (/* reexport safe */ _registry_inputs_js__WEBPACK_IMPORTED_MODULE_2__.K5),
/* harmony export */   actor: () => (/* binding */ actor),
/* harmony export */   historyReport: () => (/* reexport safe */ _history_report_js__WEBPACK_IMPORTED_MODULE_3__.T),
/* harmony export */   openModelStore: () => (/* binding */ openModelStore),
/* harmony export */   recordDeploymentOrWarn: () => (/* binding */ recordDeploymentOrWarn),
/* harmony export */   reportOrWarn: () => (/* binding */ reportOrWarn),
/* harmony export */   shortDigest: () => (/* reexport safe */ _run_summary_js__WEBPACK_IMPORTED_MODULE_4__.VK),
/* harmony export */   storeAddress: () => (/* binding */ storeAddress)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _registry_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73524);
/* harmony import */ var _registry_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21303);
/* harmony import */ var _history_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88103);
/* harmony import */ var _run_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81093);






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
    return (0,_registry_store_js__WEBPACK_IMPORTED_MODULE_1__/* .openStore */ .Ch)(uri, { workspace: context.workspace, username, password });
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


/***/ }),

/***/ 88103:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ historyReport),
/* harmony export */   V: () => (/* binding */ environmentsReport)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37980);
/* harmony import */ var _run_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81093);


/**
 * One row per record, newest first: when, what, from which digest to which, the verdict, who and why.
 * With `runs`, each row also shows the commit (linked only when safe), the headline metrics and the CI
 * run of the version the record moved to.
 */
function historyReport(model, environment, records, pointer, offChain = [], runs) {
    // Reasons, actors, versions and metric names are anyone's text: in a terminal a control character
    // could clear the screen or forge a link (OSC 8), so the text form shows each as '?'; in markdown
    // each is a code span.
    const row = (entry) => {
        const { record } = entry;
        const cells = [
            record.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z'),
            record.action,
            record.version ?? '',
            `${(0,_run_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDigest */ .VK)(record.from)} → ${(0,_run_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDigest */ .VK)(record.to)}`,
            `${record.verdict ?? '—'}${record.forced ? ' (forced)' : ''}`,
            record.actor,
        ].map(String);
        const md = cells.map((c) => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(c, { inTable: true }));
        const summary = runs?.(entry);
        const why = String(record.reason);
        return {
            text: [...cells, ...(runs ? (0,_run_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryCells */ .S)(summary, false) : []), why],
            markdown: [...md, ...(runs ? (0,_run_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryCells */ .S)(summary, true) : []), (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(why, { inTable: true })],
        };
    };
    const rows = records.map(row);
    const lost = offChain.map(row);
    const header = ['time', 'action', 'version', 'from → to', 'gate', 'by', ...(runs ? ['commit', 'metrics', 'run'] : []), 'why'];
    const head = `Deployment history of ${model} in ${environment}: ${records.length} record${records.length === 1 ? '' : 's'}, pointer at ${pointer ?? 'nothing'}`;
    // Records that lost a race, or whose deployment died deciding, are not in the chain: shown apart, never left out.
    const lostHead = lost.length ? `Not in effect: ${lost.length} record${lost.length === 1 ? '' : 's'} of deployments that lost a race (or did not finish)` : '';
    const chain = (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(header, rows.map((r) => r.markdown));
    const apart = lost.length
        ? `\n${lostHead}:\n\n${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(header, lost.map((r) => r.markdown))}\n`
        : '';
    const markdown = `### ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(model)} in ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(environment)}\n\n${chain}\n\nPointer: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(pointer ?? 'none')}\n${apart}`;
    const widths = header.map((h, i) => Math.max(h.length, ...[...rows, ...lost].map((r) => r.text[i].length)));
    const line = (cells) => cells
        .map((c, i) => (0,_run_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(c).padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    const text = [(0,_run_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(head), line(header), ...rows.map((r) => line(r.text)), ...(lost.length ? ['', `${lostHead}:`, line(header), ...lost.map((r) => line(r.text))] : [])].join('\n') + '\n';
    return { markdown, text };
}
/** Every environment's history, one after another (sorted by name), under one heading. */
function environmentsReport(model, environments, runs) {
    const parts = environments.map((e) => historyReport(model, e.environment, e.records, e.pointer, e.offChain, runs));
    const names = environments.map((e) => e.environment);
    const head = `Deployment history of ${model}: ${names.length} environment${names.length === 1 ? '' : 's'} (${names.join(', ')})`;
    return {
        text: `${(0,_run_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(head)}\n\n${parts.map((p) => p.text).join('\n')}`,
        markdown: `## Deployment history of ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(model)}\n\nEnvironments: ${names.map((n) => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(n)).join(', ')}\n\n${parts.map((p) => p.markdown).join('\n')}`,
    };
}


/***/ }),

/***/ 81093:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pj: () => (/* binding */ plain),
  VK: () => (/* binding */ shortDigest),
  eh: () => (/* binding */ summarize),
  S: () => (/* binding */ summaryCells)
});

// UNUSED EXPORTS: DEFAULT_HEADLINE, MAX_GATED_HEADLINE, headlineText

// EXTERNAL MODULE: ./build/core/compare.js
var compare = __webpack_require__(45573);
;// CONCATENATED MODULE: ./build/core/links.js
/**
 * Links built from what a store says (a run record's CI run, a version's repository annotation): anyone
 * with push rights wrote that text, so a link is made only from a plain `https://` URL and a hex commit
 * id, and everything else is shown as text.
 */
/**
 * A plain https URL: a host of letters, digits, `.` and `-` (an optional port), then a path of
 * unreserved characters, `/` and `%` escapes. No credentials, query, fragment, spaces, brackets,
 * quotes or markdown characters, so it can go into `[text](url)` and a terminal as it is.
 */
const PLAIN_HTTPS = /^https:\/\/[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::\d{1,5})?(?:\/(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})*)*$/;
/** A commit id: 7 to 64 lowercase hex digits. */
const COMMIT = /^[0-9a-f]{7,64}$/;
/** The URL when it is a plain https URL ({@link PLAIN_HTTPS}), else undefined. */
function plainHttpsUrl(text) {
    return typeof text === 'string' && text.length <= 2000 && PLAIN_HTTPS.test(text) ? text : undefined;
}
/** Whether a string is a commit id (7 to 64 lowercase hex digits). */
function isCommitId(text) {
    return typeof text === 'string' && COMMIT.test(text);
}
/**
 * A commit's web page from a repository's (`https://github.com/o/r`, `https://gitlab.com/g/p`): GitLab's
 * pages are under `/-/commit/`. Undefined unless the repository URL is plain https and `sha` is hex.
 */
function commitLink(repositoryUrl, platform, sha) {
    const base = plainHttpsUrl(repositoryUrl);
    if (!base || !isCommitId(sha))
        return undefined;
    return `${base.replace(/\/+$/, '')}${platform === 'gitlab' ? '/-' : ''}/commit/${sha}`;
}

// EXTERNAL MODULE: ./build/core/markdown.js + 1 modules
var core_markdown = __webpack_require__(37980);
// EXTERNAL MODULE: ./build/core/run-record.js
var run_record = __webpack_require__(69549);
;// CONCATENATED MODULE: ./build/steps/run-summary.js




/** How many metrics a summary shows when no gate named any. */
const DEFAULT_HEADLINE = 3;
/** The most gated metrics a summary shows. */
const MAX_GATED_HEADLINE = 5;
/**
 * Control characters (terminal escapes, OSC 8 links, line breaks) as `?`, one for one so widths
 * stay: the store's text is anyone's, and a terminal acts on those characters.
 */
function plain(text) {
    return (text ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
/** A digest shortened for tables: `sha256:0123456789ab`. */
function shortDigest(digest) {
    return digest ? digest.slice(0, 19) : '—';
}
const run_summary_text = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
/**
 * The summary of a version or recorded run. Headline metrics: `gated` (the metrics a deployment's gate
 * judged, at most {@link MAX_GATED_HEADLINE}) when given, else the first {@link DEFAULT_HEADLINE} of the
 * run record's metrics by name (natural order). The commit links to the platform's repository
 * (`context.repositoryUrl`), else to the version's `org.opencontainers.image.source`.
 */
function summarize(source, context, gated) {
    const record = (source.runRecord && typeof source.runRecord === 'object' ? source.runRecord : {});
    const a = source.annotations;
    const commit = run_summary_text(record.git?.sha) ?? run_summary_text(a['org.opencontainers.image.revision']);
    const link = context.repositoryUrl ? commitLink(context.repositoryUrl, context.platform, commit) : commitLink(a['org.opencontainers.image.source'], record.ci?.platform, commit);
    const metrics = metricsOf(record, a);
    const names = gated?.length ? [...new Set(gated)].slice(0, MAX_GATED_HEADLINE) : Object.keys(metrics).sort(natural).slice(0, DEFAULT_HEADLINE);
    return {
        version: source.version ?? null,
        digest: source.digest,
        commit: commit ?? null,
        commitUrl: link ?? null,
        created: run_summary_text(source.created) ?? run_summary_text(record.createdAt) ?? null,
        outcome: record.command && typeof record.command === 'object' ? String((0,run_record/* runOutcome */.CL)(record)) : (run_summary_text(record.outcome) ?? null),
        runUrl: run_summary_text(record.ci?.runUrl) ?? run_summary_text(a['org.modelgate.run-url']) ?? null,
        headline: names.map((name) => {
            const value = Object.hasOwn(metrics, name) ? metrics[name] : undefined;
            return { name, value: typeof value === 'number' || typeof value === 'string' ? value : null };
        }),
    };
}
function natural(a, b) {
    return a.localeCompare(b, 'en', { numeric: true });
}
/** The run record's metrics, else the version's `org.modelgate.metrics` annotation (its first 10). */
function metricsOf(record, annotations) {
    if (record.metrics && typeof record.metrics === 'object' && !Array.isArray(record.metrics))
        return record.metrics;
    try {
        const parsed = JSON.parse(annotations['org.modelgate.metrics'] ?? '{}');
        return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
    }
    catch {
        return {};
    }
}
/** Headline metrics in words: `accuracy 0.95, f1 0.94` (numbers as compare-metrics writes them, `—` for none). */
function headlineText(headline) {
    return headline.map((m) => `${m.name} ${m.value === null ? '—' : typeof m.value === 'number' ? (0,compare/* formatNumber */.ZV)(m.value) : m.value}`).join(', ');
}
/** The table cells of a summary, text or markdown: commit, headline metrics, run. Untrusted text is code, links only safe ones. */
function summaryCells(summary, markdown) {
    if (!summary)
        return ['—', '—', '—'];
    const short = summary.commit === null ? '—' : isCommitId(summary.commit) ? summary.commit.slice(0, 12) : summary.commit;
    const metrics = summary.headline.length ? headlineText(summary.headline) : '—';
    if (!markdown)
        return [short, metrics, summary.runUrl ?? '—'];
    const commitCell = summary.commitUrl && summary.commit !== null ? `[${(0,core_markdown/* code */.aY)(short, { inTable: true })}](${summary.commitUrl})` : (0,core_markdown/* code */.aY)(short, { inTable: true });
    const runUrl = plainHttpsUrl(summary.runUrl);
    const runCell = runUrl ? `[run](${runUrl})` : summary.runUrl === null ? '—' : (0,core_markdown/* code */.aY)(summary.runUrl, { inTable: true });
    return [commitCell, summary.headline.length ? (0,core_markdown/* code */.aY)(metrics, { inTable: true }) : '—', runCell];
}


/***/ })

};
