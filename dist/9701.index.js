export const id = 9701;
export const ids = [9701];
export const modules = {

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

/***/ 69701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ANNOTATIONS: () => (/* binding */ ANNOTATIONS),
/* harmony export */   MODEL_ARTIFACT_TYPE: () => (/* binding */ MODEL_ARTIFACT_TYPE),
/* harmony export */   RESERVED_TAG_PREFIXES: () => (/* binding */ RESERVED_TAG_PREFIXES),
/* harmony export */   RUN_RECORD_MEDIA_TYPE: () => (/* binding */ RUN_RECORD_MEDIA_TYPE),
/* harmony export */   checkModelName: () => (/* binding */ checkModelName),
/* harmony export */   fileLayer: () => (/* binding */ fileLayer),
/* harmony export */   fileSize: () => (/* binding */ fileSize),
/* harmony export */   listVersions: () => (/* binding */ listVersions),
/* harmony export */   parseManifest: () => (/* binding */ parseManifest),
/* harmony export */   pullVersion: () => (/* binding */ pullVersion),
/* harmony export */   pushVersion: () => (/* binding */ pushVersion),
/* harmony export */   resolveVersion: () => (/* binding */ resolveVersion)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);
/* harmony import */ var _blob_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1685);
/* harmony import */ var _store_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86535);





/** artifactType of a model version's manifest. */
const MODEL_ARTIFACT_TYPE = 'application/vnd.modelgate.model.v1';
/** Media type of a version's config blob: the run record that produced the model. */
const RUN_RECORD_MEDIA_TYPE = 'application/vnd.modelgate.run-record.v1+json';
/** Standard annotations the model layer writes and reads. */
const ANNOTATIONS = {
    title: 'org.opencontainers.image.title',
    created: 'org.opencontainers.image.created',
    version: 'org.opencontainers.image.version',
    /** The commit the model or run was made from. */
    revision: 'org.opencontainers.image.revision',
    /** The repository's web page; GHCR links a package to its repository by it. */
    source: 'org.opencontainers.image.source',
    /** The run record's id. */
    runId: 'org.modelgate.run-id',
};
/** Tag prefixes the deployment records use; a version tag may not start with them. */
const RESERVED_TAG_PREFIXES = ['env-', 'deploy-', 'run-'];
/** Refuses a model name that is not an OCI repository name (input `model-name`). */
function checkModelName(model) {
    if (!(0,_store_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isRepositoryName */ .en)(model)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`model-name: '${model}' is not a valid model name; use lowercase letters and digits, with '.', '_' or '-' between them and '/' between parts (e.g. 'fraud/classifier')`);
    }
}
/** Parses manifest bytes, naming the store and reference when they are not a manifest. */
function parseManifest(bytes, where) {
    try {
        const manifest = JSON.parse(bytes.toString('utf8'));
        if (typeof manifest.config?.digest !== 'string' || !Array.isArray(manifest.layers))
            throw new Error('no config or layers');
        return manifest;
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExternalError */ .yA(`${where} is not an OCI image manifest (${error.message})`, 'registry', undefined, false);
    }
}
/** A model file's size; a path that is not a readable file is the user's to fix. */
async function fileSize(file) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file.path).catch(() => undefined);
    if (!info?.isFile())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`model files: '${file.path}' is not a readable file`);
    return info.size;
}
/**
 * A model file as a layer, titled with its name: the digest the run record gave (the store checks the
 * bytes against it), else hashed here; a size other than `size` means the file changed while read.
 */
async function fileLayer(file, size) {
    const known = file.sha256 && /^[0-9a-f]{64}$/.test(file.sha256) ? { digest: `sha256:${file.sha256}`, size } : await (0,_blob_files_js__WEBPACK_IMPORTED_MODULE_3__/* .digestFile */ .TM)(file.path);
    if (known.size !== size)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`model files: '${file.path}' changed size while it was read; push once nothing writes to it`);
    return { mediaType: 'application/octet-stream', digest: known.digest, size, annotations: { [ANNOTATIONS.title]: file.name.replace(/\\/g, '/') } };
}
function checkVersionTag(version) {
    if (!(0,_store_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isTag */ .dz)(version)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`version: '${version}' is not a valid version tag; use letters, digits, '_', '.' and '-' (not first), at most 128 characters`);
    }
    if (RESERVED_TAG_PREFIXES.some((p) => version.startsWith(p))) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`version: '${version}' starts with '${version.split('-')[0]}-', which modelgate keeps for environment pointers and deployment records; choose another version`);
    }
}
function checkFileNames(files) {
    const seen = new Set();
    for (const file of files) {
        const name = file.name.replace(/\\/g, '/');
        if (!name || name.startsWith('/') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(file.name) || name.split('/').some((part) => part === '..' || part === '.' || part === '')) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`model files: '${file.name}' is not a relative path inside the model; name files like 'model.onnx' or 'weights/part-1.bin'`);
        }
        if (seen.has(name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`model files: '${file.name}' is named twice; each file needs its own name`);
        seen.add(name);
    }
}
/** The manifest's content other than its creation time: what decides whether a re-push is the same version. */
function identity(manifest) {
    const annotations = { ...manifest.annotations };
    delete annotations[ANNOTATIONS.created];
    return JSON.stringify([
        manifest.artifactType,
        manifest.config.digest,
        manifest.layers.map((l) => [l.digest, l.annotations?.[ANNOTATIONS.title]]),
        Object.entries(annotations).sort(),
    ]);
}
/**
 * Pushes a model version: the run record as config, one layer per file (titled with its name), a
 * manifest with artifactType {@link MODEL_ARTIFACT_TYPE} and the caller's annotations plus created
 * and version, tagged `version`. Versions are immutable: the same content again is `created: false`,
 * other content under an existing version is a UserError. Blobs the store has are not sent again.
 */
async function pushVersion(store, model, version, files, runRecord, annotations, onProgress) {
    checkModelName(model);
    checkVersionTag(version);
    checkFileNames(files);
    const sized = await Promise.all(files.map(async (f) => ({ ...f, size: await fileSize(f) })));
    const total = runRecord.length + sized.reduce((sum, f) => sum + f.size, 0);
    const layers = [];
    const digests = [];
    for (const file of sized) {
        const layer = await fileLayer(file, file.size);
        digests.push(layer.digest);
        layers.push(layer);
    }
    const configDigest = (0,_blob_files_js__WEBPACK_IMPORTED_MODULE_3__/* .digestOf */ .ol)(runRecord);
    const manifest = {
        schemaVersion: 2,
        mediaType: _store_types_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA_TYPES */ .Z2.manifest,
        artifactType: MODEL_ARTIFACT_TYPE,
        config: { mediaType: RUN_RECORD_MEDIA_TYPE, digest: configDigest, size: runRecord.length },
        layers,
        annotations: { ...annotations, [ANNOTATIONS.version]: version, [ANNOTATIONS.created]: annotations[ANNOTATIONS.created] ?? new Date().toISOString() },
    };
    const existing = await store.getManifest(model, version);
    if (existing)
        return sameOrRefuse(store, model, version, existing.bytes, existing.digest, manifest, 0);
    // Progress counts skipped blobs as done, so it reaches `total` whatever the store already had.
    let done = 0;
    let bytesSent = 0;
    const report = () => onProgress?.(done, total);
    bytesSent += await store.pushBlobBytes(model, runRecord, configDigest);
    done += runRecord.length;
    report();
    for (const [i, file] of sized.entries()) {
        const before = done;
        bytesSent += await store.pushBlobFile(model, file.path, digests[i], file.size, (sent) => {
            done = before + Math.min(sent, file.size);
            report();
        });
        done = before + file.size;
        report();
    }
    const bytes = Buffer.from(JSON.stringify(manifest));
    const digest = await store.putManifest(model, version, bytes, _store_types_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA_TYPES */ .Z2.manifest);
    // Two pushes of one version can both find the tag free; the registry keeps the last. Check which won.
    const after = await store.getManifest(model, version);
    if (after && after.digest !== digest)
        return sameOrRefuse(store, model, version, after.bytes, after.digest, manifest, bytesSent);
    return { version, digest, bytesSent, created: true };
}
function sameOrRefuse(store, model, version, existingBytes, existingDigest, wanted, bytesSent) {
    const existing = parseManifest(existingBytes, `${store.uri} ${model}:${version}`);
    if (identity(existing) === identity(wanted))
        return { version, digest: existingDigest, bytesSent, created: false };
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`version: ${model}:${version} already exists in ${store.uri} with other content (${existingDigest}); versions are immutable, so push the change as a new version`);
}
/** A version by tag or by `sha256:` digest; undefined when missing. */
async function resolveVersion(store, model, ref) {
    checkModelName(model);
    if (!(0,_store_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isTag */ .dz)(ref) && !(0,_store_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isDigest */ .Bc)(ref))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`version: '${ref}' is neither a version tag nor a sha256 digest`);
    const found = await store.getManifest(model, ref);
    if (!found)
        return undefined;
    const manifest = parseManifest(found.bytes, `${store.uri} ${model}@${ref}`);
    return infoOf(store, model, ref, found.digest, manifest);
}
async function infoOf(store, model, ref, digest, manifest) {
    if (manifest.artifactType !== MODEL_ARTIFACT_TYPE) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`version: ${model}@${ref} in ${store.uri} is not a model version (its artifact type is ${manifest.artifactType ?? 'none'})`);
    }
    const annotations = manifest.annotations ?? {};
    let runRecord;
    if (manifest.config.mediaType === RUN_RECORD_MEDIA_TYPE) {
        const bytes = await store.readBlob(model, manifest.config.digest);
        try {
            runRecord = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            runRecord = bytes.toString('utf8');
        }
    }
    const version = (0,_store_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isDigest */ .Bc)(ref) ? annotations[ANNOTATIONS.version] : ref;
    return { version, digest, annotations, runRecord, created: annotations[ANNOTATIONS.created] };
}
/** The model's version tags (environment pointers and deployment records left out), in natural order. */
async function listVersions(store, model) {
    checkModelName(model);
    const tags = await store.listTags(model);
    return tags.filter((t) => !RESERVED_TAG_PREFIXES.some((p) => t.startsWith(p))).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
/** Downloads a version's files into a folder, by their titles, each confined to the folder. */
async function pullVersion(store, model, ref, dir) {
    checkModelName(model);
    const found = (0,_store_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isTag */ .dz)(ref) || (0,_store_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isDigest */ .Bc)(ref) ? await store.getManifest(model, ref) : undefined;
    if (!found)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`version: ${model}:${ref} is not in ${store.uri}; list the versions there or push it first`);
    const manifest = parseManifest(found.bytes, `${store.uri} ${model}@${ref}`);
    const info = await infoOf(store, model, ref, found.digest, manifest);
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);
    for (const layer of manifest.layers) {
        const title = layer.annotations?.[ANNOTATIONS.title];
        if (!title)
            continue;
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(title));
        if (!target.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(title) || title.split('/').includes('..')) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExternalError */ .yA(`${store.uri}: ${model}@${info.digest} names a file '${title}' outside the model folder; refusing to write it`, 'registry', undefined, false);
        }
        await store.fetchBlobToFile(model, layer.digest, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(target));
    }
    return info;
}


/***/ })

};
