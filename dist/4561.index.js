export const id = 4561;
export const ids = [4561];
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

/***/ 14831:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ runCommand),
/* harmony export */   z: () => (/* binding */ commandEnv)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46193);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(21645);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(68216);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(28527);









/**
 * The command's environment: this step's minus what only the step should hold. The Actions runtime and
 * OIDC tokens (an Action gets them, a `run:` step does not: with them, code could write the cache other
 * runs restore), the step's own inputs (its API token among them), and modelgate's settings.
 */
function commandEnv(env, extra) {
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        if (/^(INPUT_|MODELGATE_|STATE_)/.test(name))
            continue;
        if (/^ACTIONS_(RUNTIME_TOKEN|RUNTIME_URL|ID_TOKEN_REQUEST_TOKEN|ID_TOKEN_REQUEST_URL|CACHE_URL|RESULTS_URL|CACHE_SERVICE_V2)$/.test(name))
            continue;
        out[name] = value;
    }
    return { ...out, ...extra };
}
/** The variable that marks every process of one command run. */
const RUN_MARK = 'MODELGATE_RUN_MARK';
/** Pids whose environment holds the mark (Linux: `/proc/<pid>/environ`, readable for our own processes). */
async function markedProcesses(mark) {
    const entry = Buffer.from(`${RUN_MARK}=${mark}\0`);
    const pids = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readdir)('/proc').catch(() => [])).filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid);
    const found = [];
    for (const pid of pids) {
        const environ = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)(`/proc/${pid}/environ`).catch(() => undefined);
        if (environ && (environ.subarray(0, entry.length).equals(entry) || environ.includes(Buffer.concat([Buffer.from([0]), entry]))))
            found.push(Number(pid));
    }
    return found;
}
/** SIGTERM to every marked process, `graceMs` for a checkpoint, then SIGKILL to what is left. */
async function stopMarked(mark, graceMs) {
    const signal = (pids, name) => pids.filter((pid) => {
        try {
            process.kill(pid, name);
            return true;
        }
        catch {
            return false;
        }
    });
    let alive = signal(await markedProcesses(mark), 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (alive.length > 0 && Date.now() < deadline) {
        await (0,_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .sleep */ .yy)(50);
        alive = (await markedProcesses(mark)).filter((pid) => alive.includes(pid));
    }
    signal(alive, 'SIGKILL');
}
/**
 * Runs the user's training command the way a workflow's `run:` does (`bash -e -o pipefail -c`, the
 * command passed as one argument, never spliced into a shell string), in its own process group. The
 * step ends when the command exits, and nothing of its group outlives the step: whatever it left
 * running gets SIGTERM, `graceMs` for a checkpoint, then SIGKILL. The same happens on a timeout and
 * when this step is cancelled (a second cancel kills at once). Output streams live and to `logFile`.
 */
async function runCommand(command, options) {
    if (options.confineTo)
        await (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .confinePath */ .ey)(options.confineTo, (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(options.logFile), 'the log folder');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(options.logFile), { recursive: true });
    const log = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createWriteStream)('', { fd: (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .openNoFollow */ .zm)(options.logFile, false) });
    const startedAt = new Date();
    // Every process the command starts inherits this mark, also one that left the group (`setsid`).
    const mark = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(8).toString('hex');
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', command], {
        cwd: options.cwd,
        env: { ...options.env, [RUN_MARK]: mark },
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The command may print a secret it found (its parent's environment is readable to it): the log file
    // and the job log get its output scrubbed, each stream held back only as far as a secret could reach.
    const scrubbers = { stdout: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .streamScrubber */ .zF)(), stderr: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .streamScrubber */ .zF)() };
    const decoders = { stdout: new node_string_decoder__WEBPACK_IMPORTED_MODULE_5__.StringDecoder('utf8'), stderr: new node_string_decoder__WEBPACK_IMPORTED_MODULE_5__.StringDecoder('utf8') };
    const emit = (text, stream) => {
        if (!text)
            return;
        log.write(text);
        options.onOutput(Buffer.from(text), stream);
    };
    const forward = (stream) => (chunk) => emit(scrubbers[stream].push(decoders[stream].write(chunk)), stream);
    child.stdout.on('data', forward('stdout'));
    child.stderr.on('data', forward('stderr'));
    // Set up before anything is awaited: 'close' (all output read) may come right after 'exit'.
    const closed = new Promise((r) => child.once('close', r));
    const pgid = child.pid;
    const signalGroup = (signal) => {
        try {
            if (pgid)
                process.kill(-pgid, signal);
            return Boolean(pgid);
        }
        catch {
            return false; // no such group: everything in it has ended
        }
    };
    const stopGroup = async () => {
        signalGroup('SIGTERM');
        const deadline = Date.now() + options.graceMs;
        while (Date.now() < deadline && signalGroup(0))
            await (0,_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .sleep */ .yy)(50);
        signalGroup('SIGKILL');
    };
    let timedOut = false;
    let cancelled = false;
    let stopping;
    const timer = options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            options.onTimeout?.();
            stopping ??= stopGroup();
        }, options.timeoutMs);
    const onCancel = () => {
        if (cancelled)
            return void signalGroup('SIGKILL');
        cancelled = true;
        stopping ??= stopGroup();
    };
    const onExit = () => signalGroup('SIGKILL');
    process.on('SIGTERM', onCancel);
    process.on('SIGINT', onCancel);
    process.on('exit', onExit);
    const { code, signal, error } = await new Promise((resolve) => {
        child.once('error', (e) => resolve({ code: null, signal: null, error: e }));
        child.once('exit', (c, s) => resolve({ code: c, signal: s }));
    });
    clearTimeout(timer);
    // The leader is gone; what it started in the background must not outlive the step, in its group or
    // out of it (a `setsid` daemon has its own group, but still carries the mark in its environment).
    await (stopping ?? (signalGroup(0) ? stopGroup() : Promise.resolve()));
    await stopMarked(mark, options.graceMs);
    // A grandchild holding the pipes open must not hold the step for long, and the fallback timer must
    // not outlive the race either: a pending 2 s timer kept the process alive after every command.
    let fallback;
    await Promise.race([closed, new Promise((r) => (fallback = setTimeout(r, 2000)))]);
    clearTimeout(fallback);
    process.off('SIGTERM', onCancel);
    process.off('SIGINT', onCancel);
    process.off('exit', onExit);
    for (const stream of ['stdout', 'stderr'])
        emit(scrubbers[stream].push(decoders[stream].end()) + scrubbers[stream].end(), stream);
    await new Promise((resolve) => log.end(resolve));
    if (error)
        throw error;
    const finishedAt = new Date();
    return {
        exitCode: code,
        signal,
        timedOut,
        cancelled,
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        durationMs: finishedAt.getTime() - startedAt.getTime(),
    };
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

/***/ 84561:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/core/duration.js
var duration = __webpack_require__(61420);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/files.js
var core_files = __webpack_require__(21645);
// EXTERNAL MODULE: ./build/core/hashing.js
var hashing = __webpack_require__(71998);
// EXTERNAL MODULE: ./build/core/process.js
var core_process = __webpack_require__(14831);
// EXTERNAL MODULE: ./build/core/run-record.js
var run_record = __webpack_require__(69549);
// EXTERNAL MODULE: ./build/steps/figures.js
var figures = __webpack_require__(85221);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./build/core/git.js
var git = __webpack_require__(64866);
// EXTERNAL MODULE: ./build/core/yaml.js
var yaml = __webpack_require__(49483);
;// CONCATENATED MODULE: ./build/steps/train-model/capture.js









/** Resolves patterns (globs allowed) to existing workspace paths; `what` names the input. */
async function resolvePaths(workspace, patterns, what) {
    const { files, unmatched } = await (0,core_files/* expandPatterns */.qL)((0,core_files/* workspaceSource */.$Q)(workspace), patterns);
    if (unmatched.length > 0)
        throw new errors/* UserError */.yo(`train-model: input '${what}': '${unmatched[0]}' matched nothing in the workspace`);
    const out = [];
    for (const path of files) {
        const full = await (0,core_files/* confinePath */.ey)(workspace, path, `train-model: input '${what}'`);
        if (!(await (0,promises_.stat)(full).catch(() => undefined)))
            throw new errors/* UserError */.yo(`train-model: input '${what}': '${path}' does not exist after the command ran`);
        out.push(full);
    }
    return out;
}
// A folder given as a model or data path is taken whole; `expandPatterns` matches files only.
function expandDirs(patterns) {
    return patterns.map((p) => p.replace(/\/+$/, ''));
}
/**
 * Fingerprints of the data: `dvc.lock` entries when the repository has one and they cover the path
 * (DVC already hashed them), else a sha256 per file (a folder gets one digest over its files).
 */
async function captureData(workspace, patterns) {
    if (patterns.length === 0)
        return [];
    const dvc = await dvcLockOuts(workspace);
    const out = [];
    for (const full of await resolvePaths(workspace, expandDirs(patterns), 'data')) {
        const path = full
            .slice(workspace.length + 1)
            .split('\\')
            .join('/');
        const locked = dvc.get(path);
        if (locked) {
            out.push({ path, md5: locked.md5 ?? null, size: locked.size ?? null, source: 'dvc.lock' });
            continue;
        }
        const info = await (0,promises_.stat)(full);
        if (info.isDirectory()) {
            const files = await (0,hashing/* digestTree */.hW)(full, workspace);
            out.push({ path, digest: (0,hashing/* digestOfSet */.qW)(files), size: files.reduce((n, f) => n + f.size, 0), source: 'hashed' });
        }
        else
            out.push({ path, sha256: await (0,hashing/* sha256File */.Q3)(full), size: info.size, source: 'hashed' });
    }
    return out;
}
async function dvcLockOuts(workspace) {
    const map = new Map();
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(workspace, 'dvc.lock'), 'utf8').catch(() => undefined);
    if (text === undefined)
        return map;
    const lock = await (0,yaml/* parseYaml */.h)(text, 'dvc.lock', 'train-model: ');
    const stages = lock.toJS()?.stages ?? {};
    for (const stage of Object.values(stages)) {
        for (const entry of [...(stage?.deps ?? []), ...(stage?.outs ?? [])]) {
            const e = entry;
            if (typeof e?.path === 'string')
                map.set(e.path.replace(/\/+$/, ''), { md5: e.md5, size: e.size });
        }
    }
    return map;
}
/** Params from DVC-style files (YAML or JSON), nested as written, with the files' digests. */
async function captureParams(workspace, patterns) {
    const params = {};
    const files = [];
    for (const full of await resolvePaths(workspace, patterns, 'params')) {
        const shown = full.slice(workspace.length + 1);
        const text = await (0,promises_.readFile)(full, 'utf8');
        const value = (await (0,yaml/* parseYaml */.h)(text, shown, 'train-model: params: ')).toJS();
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            throw new errors/* UserError */.yo(`train-model: params: ${shown}: expected a map of parameter names to values`, { file: shown });
        deepMerge(params, value);
        files.push({ path: shown, sha256: await (0,hashing/* sha256File */.Q3)(full), size: Buffer.byteLength(text) });
    }
    return { params, files };
}
/**
 * The commit, ref and whether the tree had uncommitted changes (which make a run hard to reproduce).
 * `exclude` is this step's own output folder, which is not part of the code. Git runs with the
 * command's environment and with hooks and fsmonitor off, so repository config cannot run code here.
 */
async function captureGit(context, exclude, env) {
    const cwd = context.workspace;
    const safe = ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null'];
    const sha = (await (0,git/* git */.$Y)(cwd, [...safe, 'rev-parse', 'HEAD'], { env }).catch(() => '')).trim() || context.sha || null;
    if (!sha)
        return { sha: null, ref: context.ref ?? null, dirty: null };
    const status = await (0,git/* git */.$Y)(cwd, [...safe, 'status', '--porcelain', '--untracked-files=normal', '--', '.', `:(exclude)${exclude}`], { env }).catch(() => undefined);
    const changed = status === undefined
        ? []
        : status
            .split('\n')
            .filter(Boolean)
            .map((l) => l.slice(3));
    return { sha, ref: context.ref ?? null, dirty: status === undefined ? null : changed.length > 0, changed: changed.slice(0, 50) };
}
/** The machine: OS, CPU, memory, Node and Python versions, the runner, and the GPUs setup-gpu-runner found. */
async function captureEnvironment(env, gpuInfo, workspace, runner) {
    const cpu = (0,external_node_os_.cpus)();
    let gpus;
    if (gpuInfo) {
        const path = await (0,core_files/* confinePath */.ey)(workspace, gpuInfo, "train-model: input 'gpu-info'");
        const text = await (0,promises_.readFile)(path, 'utf8').catch(() => {
            throw new errors/* UserError */.yo(`train-model: input 'gpu-info': cannot read '${gpuInfo}' (setup-gpu-runner writes it)`);
        });
        try {
            gpus = JSON.parse(text);
        }
        catch {
            throw new errors/* UserError */.yo(`train-model: input 'gpu-info': '${gpuInfo}' is not valid JSON`);
        }
    }
    return {
        os: `${(0,external_node_os_.platform)()} ${(0,external_node_os_.release)()}`,
        arch: (0,external_node_os_.arch)(),
        cpus: cpu.length,
        cpuModel: cpu[0]?.model ?? null,
        memoryBytes: (0,external_node_os_.totalmem)(),
        node: process.version,
        python: await pythonVersion(env),
        runner: runner || null,
        ...(gpus !== undefined ? { gpus } : {}),
    };
}
function pythonVersion(env) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('python3', ['--version'], { env, timeout: 5000 }, (error, stdout, stderr) => resolve(error ? null : (stdout || stderr).trim().replace(/^Python /, '') || null));
    });
}
function deepMerge(into, from) {
    for (const [key, value] of Object.entries(from)) {
        const there = into[key];
        if (there && value && typeof there === 'object' && typeof value === 'object' && !Array.isArray(there) && !Array.isArray(value))
            deepMerge(there, value);
        else
            into[key] = value;
    }
}

// EXTERNAL MODULE: ./build/core/glob-syntax.js
var glob_syntax = __webpack_require__(59496);
// EXTERNAL MODULE: ./build/core/metrics.js
var core_metrics = __webpack_require__(46491);
// EXTERNAL MODULE: ./build/core/suggest.js
var suggest = __webpack_require__(57980);
;// CONCATENATED MODULE: ./build/steps/train-model/outputs.js









// A `dvc.yaml` names the metric files; the command writes those, not it.
const DVC_POINTER = /(^|\/)dvc\.ya?ml$/;
const stateOf = (info) => ({ size: info.size, mtimeNs: info.mtimeNs, ctimeNs: info.ctimeNs, ino: info.ino, dev: info.dev });
/**
 * Whether the file at a path is the one the snapshot saw there. Any change counts as written: new
 * content (size, mtime), a replaced file (`mv`, a DVC hardlink or symlink to another cache blob: another
 * inode), or a rewrite in place that kept the old mtime (`cp -p` onto the path: ctime moves).
 */
function unchanged(before, now) {
    return before.size === now.size && before.mtimeNs === now.mtimeNs && before.ctimeNs === now.ctimeNs && before.ino === now.ino && before.dev === now.dev;
}
const statOf = (path) => (0,promises_.stat)(path, { bigint: true }).catch(() => undefined);
const toPosix = (workspace, full) => (0,external_node_path_.relative)(workspace, full).split(external_node_path_.sep).join('/');
/**
 * Before the command runs: the state of every file the `metrics` and `model` paths match (folders
 * walked, the files a `dvc.yaml` lists included). A path that leaves the workspace or a glob too complex
 * to match is said now, not after the training.
 */
async function snapshotOutputs(workspace, outDir, metrics, model) {
    const snapshot = new Map();
    const source = (0,core_files/* workspaceSource */.$Q)(workspace, [outDir]);
    const queue = [...(await (0,core_files/* expandPatterns */.qL)(source, metrics)).files];
    const seen = new Set();
    while (queue.length > 0) {
        const path = queue.shift();
        if (seen.has(path))
            continue;
        seen.add(path);
        const full = await (0,core_files/* confinePath */.ey)(workspace, path, "train-model: input 'metrics'");
        const info = await statOf(full);
        if (!info?.isFile())
            continue;
        snapshot.set(path, stateOf(info));
        if (DVC_POINTER.test(path)) {
            const text = await (0,promises_.readFile)(full, 'utf8').catch(() => '');
            const parsed = await (0,core_metrics/* parseMetricsFile */.jI)(path, text).catch(() => undefined);
            queue.push(...(parsed?.follow ?? []));
        }
    }
    for (const pattern of expandDirs(model)) {
        for (const path of (await (0,core_files/* expandPatterns */.qL)((0,core_files/* workspaceSource */.$Q)(workspace), [pattern])).files) {
            const full = await (0,core_files/* confinePath */.ey)(workspace, path, "train-model: input 'model'");
            const info = await statOf(full);
            if (!info)
                continue;
            for (const file of info.isDirectory() ? await listTree(full) : [full]) {
                const state = await statOf(file);
                if (state?.isFile())
                    snapshot.set(toPosix(workspace, file), stateOf(state));
            }
        }
    }
    return snapshot;
}
/**
 * After the command: the metrics and model files it wrote. A file unchanged since the snapshot is not
 * this run's (it is listed in `stale`, and an output that has only such files is missing); without a
 * snapshot (mode `record`: the files come from another job) every file counts. Nothing here throws for
 * a missing or unreadable output: it is listed in `missing`, so that the record is still written.
 */
async function captureOutputs(workspace, outDir, metricsPatterns, modelPatterns, snapshot) {
    const stale = new Set();
    const isStale = async (path) => {
        // A path the snapshot did not see is new: written by the command.
        const before = snapshot?.get(path);
        if (!before || DVC_POINTER.test(path))
            return false;
        const info = await statOf((0,external_node_path_.join)(workspace, path));
        if (!info || !unchanged(before, info))
            return false;
        stale.add(path);
        return true;
    };
    const missing = [];
    const metrics = await captureMetrics(workspace, outDir, metricsPatterns, isStale, missing);
    const model = await captureModel(workspace, modelPatterns, isStale, (paths) => paths.forEach((p) => stale.delete(p)), missing);
    return { ...metrics, model, missing, stale: [...stale] };
}
const STALE = "unchanged since before the command ran: an earlier run's copy, not this run's";
async function captureMetrics(workspace, outDir, patterns, isStale, missing) {
    const base = (0,core_files/* workspaceSource */.$Q)(workspace, [outDir]);
    // The command's files only: one it did not write reads as absent, and a glob does not list it.
    const source = {
        label: base.label,
        root: base.root,
        list: async (directory) => {
            const out = [];
            for (const path of await base.list(directory))
                if (!(await isStale(path)))
                    out.push(path);
            return out;
        },
        read: async (path) => ((await isStale(path)) ? undefined : base.read(path)),
    };
    for (const pattern of patterns) {
        if (!(0,glob_syntax/* hasMagic */.q)(pattern))
            continue;
        const { files } = await (0,core_files/* expandPatterns */.qL)(base, [pattern]);
        const written = (await (0,core_files/* expandPatterns */.qL)(source, [pattern])).files;
        if (written.length > 0)
            continue;
        missing.push(files.length > 0
            ? { input: 'metrics', path: pattern, reason: 'stale', detail: `'${pattern}' matched only files the command did not write (${list(files)}; ${STALE})` }
            : { input: 'metrics', path: pattern, reason: 'absent', detail: `'${pattern}' matched no file` });
    }
    try {
        const read = await (0,core_metrics/* readMetrics */.Uw)(source, patterns, { missingOk: true });
        const before = missing.length;
        for (const path of read.missing) {
            missing.push((await isStale(path))
                ? { input: 'metrics', path, reason: 'stale', detail: `'${path}' was not written by the command (${STALE})` }
                : { input: 'metrics', path, reason: 'absent', detail: `'${path}' does not exist${await didYouMeanPath(workspace, path)}` });
        }
        if (read.metrics.size === 0 && read.files.length > 0 && missing.length === before) {
            missing.push({
                input: 'metrics',
                path: read.files[0],
                reason: 'unreadable',
                detail: `no metrics found in ${list(read.files)}; a metrics file maps names to numbers, like {"accuracy": 0.91}`,
                location: { file: read.files[0] },
            });
        }
        return { metrics: read.metrics, metricsFiles: read.files };
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        const file = error.location?.file;
        missing.push({ input: 'metrics', path: file ?? patterns.join(', '), reason: 'unreadable', detail: error.message.replace(/^metrics: /, ''), location: error.location });
        return { metrics: new Map(), metricsFiles: [] };
    }
}
/**
 * The model files. A model output (a folder, a glob) is one thing: when the command wrote any of its
 * files it is this run's, the files it left alone included (a tokenizer or config copied in once);
 * only an output of which the command wrote nothing is stale.
 */
async function captureModel(workspace, patterns, isStale, keep, missing) {
    const files = [];
    const seen = new Set();
    for (const pattern of expandDirs(patterns)) {
        const problem = (reason, detail, path = pattern) => missing.push({ input: 'model', path, reason, detail });
        const before = missing.length;
        let written = 0;
        const skipped = [];
        try {
            const { files: paths, unmatched } = await (0,core_files/* expandPatterns */.qL)((0,core_files/* workspaceSource */.$Q)(workspace), [pattern]);
            if (unmatched.length > 0)
                problem('absent', `'${pattern}' matched nothing in the workspace`);
            for (const path of paths) {
                const full = await (0,core_files/* confinePath */.ey)(workspace, path, "train-model: input 'model'");
                const info = await (0,promises_.stat)(full).catch(() => undefined);
                if (!info) {
                    problem('absent', `'${path}' does not exist${await didYouMeanPath(workspace, path)}`, path);
                    continue;
                }
                for (const file of info.isDirectory() ? await listTree(full) : [full]) {
                    const shown = toPosix(workspace, file);
                    if (seen.has(shown))
                        continue;
                    seen.add(shown);
                    if (await isStale(shown))
                        skipped.push(shown);
                    else {
                        const digests = await (0,hashing/* digestTree */.hW)(file, workspace);
                        files.push(...digests);
                        written += digests.length;
                    }
                }
            }
        }
        catch (error) {
            if (!(error instanceof errors/* UserError */.yo))
                throw error;
            problem('unreadable', (0,errors/* messageOf */.bD)(error));
        }
        if (written > 0 && skipped.length > 0) {
            for (const shown of skipped)
                files.push(...(await (0,hashing/* digestTree */.hW)((0,external_node_path_.join)(workspace, shown), workspace)));
            keep(skipped);
        }
        if (written > 0 || missing.length > before)
            continue;
        if (skipped.length > 0)
            problem('stale', `'${pattern}' holds only files the command did not write (${list(skipped)}; ${STALE})`);
        else
            problem('absent', `'${pattern}' is an empty folder`);
    }
    return { digest: files.length ? (0,hashing/* digestOfSet */.qW)(files) : null, files, size: files.reduce((n, f) => n + f.size, 0) };
}
/** The files under a folder, absolute, sorted by name within each folder; a link to a folder is not followed. */
async function listTree(dir) {
    const out = [];
    const walk = async (d) => {
        const entries = (await (0,promises_.readdir)(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const path = (0,external_node_path_.join)(d, entry.name);
            if (entry.isDirectory())
                await walk(path);
            else if (entry.isFile())
                out.push(path);
            // digestTree says what is wrong with a link that leads nowhere or out of the workspace.
            else if (entry.isSymbolicLink() && !(await (0,promises_.stat)(path).catch(() => undefined))?.isDirectory())
                out.push(path);
        }
    };
    await walk(dir);
    return out;
}
/** `; did you mean 'out/metrics.json'?` for a mistyped file name, from the files in its folder. */
async function didYouMeanPath(workspace, path) {
    const dir = external_node_path_.posix.dirname(path);
    const names = await (0,promises_.readdir)((0,external_node_path_.join)(workspace, dir), { withFileTypes: true }).catch(() => []);
    const hit = (0,suggest.closest)((0,external_node_path_.basename)(path), names.filter((e) => e.isFile()).map((e) => e.name));
    return hit === undefined ? '' : `; did you mean '${dir === '.' ? hit : `${dir}/${hit}`}'?`;
}
function list(paths) {
    return `${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ` and ${paths.length - 3} more` : ''}`;
}

;// CONCATENATED MODULE: ./build/steps/train-model/predictions.js




/** Where the `predictions` input points, checked before the command runs, and what is there now. */
async function predictionsBefore(workspace, path) {
    const full = await (0,core_files/* confinePath */.ey)(workspace, path, "train-model: input 'predictions'");
    const info = await (0,promises_.stat)(full, { bigint: true }).catch(() => undefined);
    return { full, shown: (0,core_files/* displayPath */.Gt)(workspace, full), state: info?.isFile() ? { size: info.size, mtimeNs: info.mtimeNs, ino: info.ino } : undefined };
}
/**
 * After the command: the predictions file it wrote, read through to check it (an `id` per example,
 * finite scores), with its digest for the record; or why it is missing. An earlier run's copy left in
 * place is not this run's (mode `run`), and a link is refused: the file is stored with the run.
 */
async function capturePredictions(before, fromThisRun) {
    const { full, shown } = before;
    const link = await (0,promises_.lstat)(full).catch(() => undefined);
    if (!link)
        return { missing: { input: 'predictions', path: shown, reason: 'absent', detail: `predictions: ${shown} was not written` } };
    if (link.isSymbolicLink())
        return { missing: { input: 'predictions', path: shown, reason: 'unreadable', detail: `predictions: ${shown} is a symbolic link; write the predictions file itself` } };
    const now = await (0,promises_.stat)(full, { bigint: true });
    if (fromThisRun && before.state && before.state.size === now.size && before.state.mtimeNs === now.mtimeNs && before.state.ino === now.ino)
        return {
            missing: {
                input: 'predictions',
                path: shown,
                reason: 'stale',
                detail: `predictions: ${shown} is unchanged since before the command ran: an earlier run's copy, not this run's`,
            },
        };
    try {
        const { readPredictions } = await Promise.all(/* import() */[__webpack_require__.e(9913), __webpack_require__.e(6991)]).then(__webpack_require__.bind(__webpack_require__, 46991));
        const read = await readPredictions(full, shown);
        const { sha256, size } = await (0,hashing/* hashFile */.DC)(full);
        return { predictions: { path: shown, sha256, size, examples: read.ids.length } };
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        return { missing: { input: 'predictions', path: shown, reason: 'unreadable', detail: (0,errors/* messageOf */.bD)(error) } };
    }
}

;// CONCATENATED MODULE: ./build/steps/train-model/record-run.js



/**
 * Whether this run is recorded by commit: `auto` means a push (or a manual or scheduled run) on the
 * default branch, never a pull/merge request, whose runs must not become baselines.
 */
function shouldRecord(platform, inputs) {
    if (inputs.recordRun !== 'auto')
        return inputs.recordRun === 'true';
    const { context } = platform;
    return platform.features.ci && !context.changeRequest && context.push === true && context.defaultBranch !== undefined && context.ref === context.defaultBranch;
}
/**
 * The store this run will be recorded in, opened before the training so that a mistyped store or a
 * missing `model-name` is said before hours of work, not after; undefined when nothing is recorded.
 */
async function recordingStore(platform, inputs) {
    if (!shouldRecord(platform, inputs))
        return undefined;
    if (!inputs.modelName) {
        if (inputs.recordRun === 'true')
            throw new errors/* UserError */.yo("train-model: input 'record-run' is true but 'model-name' is not set: name the model whose runs are recorded");
        platform.log.warning(`train-model: this is a run on ${platform.context.defaultBranch}, but it will not be recorded: set 'model-name' (and compare-metrics' too) so pull requests find it as their baseline`);
        return undefined;
    }
    const { openModelStore } = await Promise.all(/* import() */[__webpack_require__.e(3524), __webpack_require__.e(8761)]).then(__webpack_require__.bind(__webpack_require__, 32288));
    return openModelStore(platform, inputs);
}
/**
 * Records a successful run in the model store under its commit, so a later pull request finds it as
 * the run of its merge-base. A store that fails warns: the training's result stands, and a pull
 * request then compares with an older recorded ancestor (named in its report) or has no baseline.
 */
async function recordThisRun(platform, inputs, store, record, succeeded) {
    const { context, log } = platform;
    // Metrics the command did not write (an earlier run's copy) made the run a failure, with them missing.
    if (!succeeded) {
        const missing = record.command.exitCode === 0 ? (record.missingOutputs ?? []) : [];
        return missing.length > 0
            ? log.warning(`train-model: the run is not recorded as a baseline: it did not write ${missing
                .slice(0, 3)
                .map((m) => `${m.input} '${m.path}' (${m.reason})`)
                .join(', ')}`)
            : log.info('train-model: the run failed, so it is not recorded as a baseline');
    }
    const commit = record.git.sha ?? context.sha;
    if (!commit)
        throw new errors/* UserError */.yo('train-model: the run cannot be recorded by commit: the workspace is not a git checkout and the platform names no commit');
    const [{ recordRun }, { ANNOTATIONS }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(9701), __webpack_require__.e(7566)]).then(__webpack_require__.bind(__webpack_require__, 47566)), __webpack_require__.e(/* import() */ 9701).then(__webpack_require__.bind(__webpack_require__, 69701))]);
    const files = inputs.recordModel ? record.model.files.map((f) => ({ path: (0,external_node_path_.join)(context.workspace, f.path), name: f.path, sha256: f.sha256 })) : [];
    // A leg of a sweep records beside the others; the sweep's select job records the winner as the commit's run.
    const slot = context.leg && inputs.mode !== 'select'
        ? context.leg
            .toLowerCase()
            .replace(/[^a-z0-9_-]+/g, '-')
            .replace(/^[^a-z0-9]+/, '')
            .slice(0, 41) || undefined
        : undefined;
    try {
        const annotations = { [ANNOTATIONS.runId]: record.id };
        if (context.repositoryUrl)
            annotations[ANNOTATIONS.source] = context.repositoryUrl;
        // The predictions go with the record: a pull request's paired tests need the champion's.
        const predictions = record.predictions
            ? { path: (0,external_node_path_.join)(context.workspace, record.predictions.path), name: record.predictions.path, sha256: record.predictions.sha256 }
            : undefined;
        const done = await recordRun(store, inputs.modelName, { commit, slot, record: Buffer.from((0,run_record/* runRecordJson */.ZM)(record)), files, predictions, annotations });
        log.info(`train-model: recorded the run of ${commit.slice(0, 7)} as ${inputs.modelName}:${done.tag} in ${store.uri} (${done.bytesSent} bytes sent)`);
        platform.setOutput('recorded-run', `${inputs.modelName}:${done.tag}`);
    }
    catch (error) {
        if (!(error instanceof errors/* ExternalError */.yA))
            throw error;
        log.warning(`train-model: the run was not recorded (${error.message}); pull requests will compare with an older recorded run, or have no baseline`);
    }
}

// EXTERNAL MODULE: ./build/core/compare.js
var compare = __webpack_require__(45573);
// EXTERNAL MODULE: ./build/core/markdown.js + 1 modules
var core_markdown = __webpack_require__(37980);
// EXTERNAL MODULE: ./build/core/stats/distributions.js + 1 modules
var distributions = __webpack_require__(95590);
// EXTERNAL MODULE: ./build/core/stats/paired.js + 6 modules
var paired = __webpack_require__(41419);
;// CONCATENATED MODULE: ./build/core/sweep.js
// Honest sweeps: a matrix whose legs share a configuration and differ by seed measures that
// configuration several times. Picking the best leg reports the luckiest seed; the mean over seeds,
// with its interval, is what the configuration is worth, and Welch's test says whether the seeds can
// tell the best configuration from the next.


/** A parameter whose name says it is a seed: legs that differ only there share a configuration. */
const SEED_PARAM = /(^|[._-])(seed|random[_-]?state|random[_-]?seed)$/i;
function flatten(value, prefix, out) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [key, inner] of Object.entries(value))
            flatten(inner, prefix ? `${prefix}.${key}` : key, out);
    }
    else
        out[prefix] = value;
}
/** The parameters of a leg, flattened to dotted names, without the seed. */
function configurationOf(params) {
    const flat = {};
    flatten(params, '', flat);
    return Object.fromEntries(Object.entries(flat)
        .filter(([name]) => !SEED_PARAM.test(name))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/**
 * Groups a sweep's legs by configuration (their params without the seed), and gives each group's mean
 * and 95 % interval over its seeds. Configurations are ordered best first by mean; when the best two
 * both have two or more seeds, Welch's t-test says whether the seeds separate them at 5 %.
 */
function summarizeSweep(legs, better) {
    const groups = new Map();
    legs.forEach((leg, i) => {
        const params = configurationOf(leg.params);
        const key = JSON.stringify(params);
        const group = groups.get(key) ?? { params, legs: [], values: [], mean: 0 };
        group.legs.push(i);
        group.values.push(leg.value);
        groups.set(key, group);
    });
    const configurations = [...groups.values()].map((g) => {
        const n = g.values.length;
        const mean = g.values.reduce((s, v) => s + v, 0) / n;
        if (n < 2)
            return { ...g, mean };
        const sd = Math.sqrt(g.values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
        const half = (0,distributions/* studentTQuantile */.$J)(0.975, n - 1) * (sd / Math.sqrt(n));
        return { ...g, mean, low: mean - half, high: mean + half };
    });
    configurations.sort((a, b) => (better === 'higher' ? b.mean - a.mean : a.mean - b.mean));
    const [first, second] = configurations;
    if (!first || !second || first.values.length < 2 || second.values.length < 2)
        return { configurations };
    const { pValue } = (0,paired/* welch */.Mz)(first.values, second.values);
    return { configurations, separation: { best: 0, next: 1, pValue, separated: pValue < 0.05 } };
}

;// CONCATENATED MODULE: ./build/steps/train-model/select.js









/** Text for a terminal: no control characters. */
const plain = (text) => text.replace(/[\u0000-\u001f\u007f]/g, '?');
/** The job summary of one run: command, outcome, metrics, model, data, git. */
function recordSummary(record, path) {
    const c = record.command;
    const ended = (0,run_record/* runOutcome */.CL)(record);
    const outcome = ended === 'succeeded'
        ? 'succeeded'
        : ended === 'unknown'
            ? 'recorded'
            : ended === 'timed-out'
                ? 'timed out'
                : ended === 'cancelled'
                    ? 'cancelled'
                    : typeof c.exitCode === 'number' && c.exitCode !== 0
                        ? `failed (exit ${c.exitCode})`
                        : 'failed (outputs missing)';
    const metrics = Object.entries(record.metrics).slice(0, 50);
    const missing = (record.missingOutputs ?? []).map((m) => `${m.input} ${(0,core_markdown/* code */.aY)(m.path)} (${m.reason})`);
    const stale = record.staleFiles ?? [];
    const markdown = [
        `### ${ended === 'succeeded' ? '✅' : ended === 'unknown' ? '📝' : '❌'} train-model: ${outcome}${c.durationMs ? ` in ${(0,duration/* formatDuration */.a)(c.durationMs)}` : ''}`,
        '',
        c.run ? `Command: ${(0,core_markdown/* code */.aY)(c.run, { maxLength: 300 })}` : 'Recorded from files another job wrote.',
        '',
        ...(missing.length ? [`Missing: ${missing.slice(0, 10).join(', ')}`, ''] : []),
        ...(stale.length
            ? [
                `Not taken (the command did not write them): ${stale
                    .slice(0, 10)
                    .map((p) => (0,core_markdown/* code */.aY)(p))
                    .join(', ')}`,
                '',
            ]
            : []),
        (0,core_markdown/* table */.tp)(['Metric', 'Value'], metrics.map(([name, value]) => [(0,core_markdown/* code */.aY)(name, { inTable: true }), typeof value === 'number' ? (0,compare/* formatNumber */.ZV)(value) : (0,core_markdown/* code */.aY)(value, { inTable: true })]), ['l', 'r']),
        '',
        `Model: ${record.model.digest ? (0,core_markdown/* code */.aY)(record.model.digest) : 'none'} · ${record.model.files.length} files, ${record.model.size} bytes`,
        `Data: ${record.data.length ? record.data.map((d) => (0,core_markdown/* code */.aY)(d.path)).join(', ') : 'none recorded'} · Git: ${record.git.sha ? (0,core_markdown/* code */.aY)(record.git.sha.slice(0, 7)) : 'unknown'}${record.git.dirty ? ' (uncommitted changes)' : ''}`,
        `Run record: ${(0,core_markdown/* code */.aY)(path)}`,
    ].join('\n');
    const text = [
        `train-model: ${outcome}${c.durationMs ? ` in ${(0,duration/* formatDuration */.a)(c.durationMs)}` : ''}`,
        ...(record.missingOutputs ?? []).slice(0, 10).map((m) => `missing ${m.input} ${plain(m.path)} (${m.reason})`),
        ...stale.slice(0, 10).map((p) => `not taken ${plain(p)} (the command did not write it)`),
        ...metrics.map(([name, value]) => `  ${plain(name)}  ${typeof value === 'number' ? (0,compare/* formatNumber */.ZV)(value) : value}`),
        `model ${record.model.digest ?? 'none'}`,
        `run record ${path}`,
    ].join('\n');
    return { markdown: `${markdown}\n`, text };
}
/**
 * Mode `select`: reads run records (a sweep's legs), picks the best by one metric and direction, copies
 * the winner to the output folder, and shows every leg. A leg without the metric, or with a value
 * that is not a finite number, cannot win and is listed as such.
 */
async function select_select(platform, inputs) {
    const { context } = platform;
    const workspace = context.workspace;
    const { files, unmatched } = await (0,core_files/* expandPatterns */.qL)((0,core_files/* workspaceSource */.$Q)(workspace), inputs.runs);
    if (unmatched.length > 0)
        throw new errors/* UserError */.yo(`train-model: input 'runs': '${unmatched[0]}' matched no run record`);
    const metric = inputs.selectBy;
    const legs = [];
    for (const path of files) {
        const record = await (0,run_record/* readRunRecord */.lR)(await (0,core_files/* confinePath */.ey)(workspace, path, "train-model: input 'runs'"), path);
        // The same record downloaded twice is one leg.
        if (legs.some((l) => l.record.id === record.id))
            continue;
        const v = record.metrics[metric];
        const failed = (0,run_record/* trainingFailure */.lJ)(record) !== undefined;
        legs.push({ path, record, failed, value: typeof v === 'number' && Number.isFinite(v) ? v : undefined });
    }
    // A leg that failed or timed out cannot win, however good its last metrics looked.
    const ranked = legs
        .filter((l) => l.value !== undefined && !l.failed)
        .sort((a, b) => (inputs.better === 'higher' ? b.value - a.value : a.value - b.value));
    const winner = ranked[0];
    if (!winner)
        throw new errors/* UserError */.yo(`train-model: none of the ${legs.length} run records is a successful run with a numeric '${metric}' (input 'select-by')`);
    const tied = ranked.filter((l) => l.value === winner.value);
    if (tied.length > 1)
        platform.log.warning(`train-model: ${tied.length} runs tie on ${metric} = ${winner.value}; taking ${winner.path} (the first by path): ${tied.map((l) => l.path).join(', ')}`);
    const outDir = await (0,core_files/* confinePath */.ey)(workspace, inputs.output, "train-model: input 'output'");
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const recordPath = (0,external_node_path_.join)(outDir, 'run.json');
    // Written, not copied: copyFile would follow a link the repository committed at run.json.
    await (0,core_files/* writeFileAtomic */.Zf)(recordPath, await (0,promises_.readFile)((0,external_node_path_.join)(workspace, winner.path)));
    platform.setOutput('run-record', recordPath);
    platform.setOutput('model-digest', winner.record.model.digest ?? '');
    platform.setOutput('metrics', JSON.stringify(winner.record.metrics));
    const rows = [...ranked, ...legs.filter((l) => !ranked.includes(l))].map((l) => [
        l === winner ? '🏆' : '',
        (0,core_markdown/* code */.aY)(l.path, { inTable: true }),
        l.failed ? `failed${l.value === undefined ? '' : ` (${(0,compare/* formatNumber */.ZV)(l.value)})`}` : l.value === undefined ? 'missing' : (0,compare/* formatNumber */.ZV)(l.value),
        (0,core_markdown/* code */.aY)(JSON.stringify(l.record.params).slice(0, 120), { inTable: true }),
        l.record.model.digest ? (0,core_markdown/* code */.aY)(l.record.model.digest.slice(0, 19)) : '',
    ]);
    const heading = `### train-model: ${legs.length} runs, best ${(0,core_markdown/* escapeMarkdown */.FV)(metric)} (${inputs.better} is better): ${(0,core_markdown/* escapeMarkdown */.FV)(winner.path)}`;
    const seeds = seedReport(platform, ranked, inputs.better, metric, winner);
    await platform.summary({
        markdown: `${heading}\n\n${(0,core_markdown/* table */.tp)(['', 'Run', (0,core_markdown/* escapeMarkdown */.FV)(metric), 'Params', 'Model'], rows, ['c', 'l', 'r', 'l', 'l'])}\n${seeds.markdown}`,
        text: [
            `best ${metric} (${inputs.better}): ${winner.path} = ${(0,compare/* formatNumber */.ZV)(winner.value)}`,
            ...legs.map((l) => `  ${l.path}  ${l.value === undefined ? 'missing' : (0,compare/* formatNumber */.ZV)(l.value)}`),
            ...seeds.text,
        ].join('\n'),
    });
    return { winner: winner.record };
}
/**
 * Legs that share a configuration and differ by seed: each configuration's mean ± 95 % interval over
 * its seeds, since the best leg is the luckiest seed, and whether the seeds separate the best
 * configuration from the next. Nothing when no configuration ran with two seeds.
 */
function seedReport(platform, ranked, better, metric, winner) {
    const sweep = summarizeSweep(ranked.map((l) => ({ params: l.record.params, value: l.value })), better);
    if (!sweep.configurations.some((c) => c.values.length > 1))
        return { markdown: '', text: [] };
    const interval = (c) => c.low === undefined
        ? 'one seed'
        : `${(0,compare/* formatNumber */.ZV)(Number(c.mean.toPrecision(4)))} [${(0,compare/* formatNumber */.ZV)(Number(c.low.toPrecision(4)))}, ${(0,compare/* formatNumber */.ZV)(Number(c.high.toPrecision(4)))}]`;
    const shown = (c) => JSON.stringify(c.params).slice(0, 120);
    const rows = sweep.configurations.map((c) => [(0,core_markdown/* code */.aY)(shown(c), { inTable: true }), String(c.values.length), interval(c)]);
    const lines = [
        `${sweep.configurations.length} configurations over seeds, by mean ${metric} (95 % interval):`,
        ...sweep.configurations.map((c) => `  ${shown(c)}  n=${c.values.length}  ${interval(c)}`),
    ];
    const best = sweep.configurations[0];
    const chosen = sweep.configurations.find((c) => c.legs.some((i) => ranked[i]?.path === winner.path));
    const notes = [];
    if (chosen && chosen.values.length > 1)
        notes.push(`The winning leg's ${metric} (${(0,compare/* formatNumber */.ZV)(winner.value)}) is the best of ${chosen.values.length} seeds of its configuration, whose mean is ${interval(chosen)}: expect the mean, not the best seed.`);
    if (chosen && chosen !== best)
        notes.push(`The configuration with the best mean is another one: ${shown(best)} (${interval(best)}).`);
    const sep = sweep.separation;
    if (sep && !sep.separated)
        notes.push(`The seeds cannot separate the best two configurations (Welch's t-test, p = ${Number(sep.pValue.toPrecision(2))}): run more seeds before preferring one.`);
    for (const note of notes)
        platform.log.warning(`train-model: ${note}`);
    return {
        markdown: `\n${(0,core_markdown/* escapeMarkdown */.FV)(lines[0])}\n\n${(0,core_markdown/* table */.tp)(['Configuration', 'Seeds', (0,core_markdown/* escapeMarkdown */.FV)(`mean ${metric}`)], rows, ['l', 'r', 'r'])}\n${notes.map((n) => `\n${(0,core_markdown/* escapeMarkdown */.FV)(n, 600)}\n`).join('')}`,
        text: [...lines, ...notes],
    };
}

;// CONCATENATED MODULE: ./build/steps/train-model/run.js
















const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|KEY|CREDENTIAL/i;
/**
 * train-model: runs the training command (mode `run`) or takes another job's outputs (mode `record`),
 * and writes the run record; or picks the best of several records (mode `select`).
 */
async function run(inputs, platform) {
    if (inputs.mode === 'select') {
        // A sweep's winner is the run of its commit: the one pull requests compare with.
        const recordTo = await recordingStore(platform, inputs);
        const { winner, ...result } = await select_select(platform, inputs);
        if (recordTo && inputs.modelName)
            await recordThisRun(platform, { ...inputs, modelName: inputs.modelName }, recordTo, winner, true);
        return result;
    }
    const { context, log } = platform;
    const workspace = context.workspace;
    if ((inputs.upload || inputs.attest || inputs.cachePaths.length > 0) && !platform.storage) {
        throw new errors/* UserError */.yo("train-model: inputs 'cache-paths', 'upload' and 'attest' work on GitHub; on GitLab the template's cache: and artifacts: keep the files");
    }
    // Parallel legs of one job write side by side, so a select job can download them all.
    const outDir = await (0,core_files/* confinePath */.ey)(workspace, context.leg ? (0,external_node_path_.join)(inputs.output, context.leg) : inputs.output, "train-model: input 'output'");
    const cwd = await (0,core_files/* confinePath */.ey)(workspace, inputs.workingDirectory, "train-model: input 'working-directory'");
    const recordPath = (0,external_node_path_.join)(outDir, 'run.json');
    const recordTo = await recordingStore(platform, inputs);
    await (0,promises_.rm)(recordPath, { force: true }); // a record from an earlier run must not pass for this one's
    const env = (0,core_process/* commandEnv */.z)(process.env, inputs.env);
    // What the command is given is captured before it runs: its outputs must not count as changes to the
    // code, and nothing it leaves behind (a git hook, a python on PATH) may run with this step's secrets.
    const { params, files: paramsFiles } = await captureParams(workspace, inputs.params);
    const gitState = await captureGit(context, (0,core_files/* displayPath */.Gt)(workspace, outDir), env);
    const environment = await captureEnvironment(env, inputs.gpuInfo, workspace, context.runner);
    const recordedEnv = Object.fromEntries(Object.entries(inputs.env).map(([k, v]) => [k, SECRET_NAME.test(k) ? '***' : v]));
    const configDigest = (0,hashing/* digestOfSet */.qW)([...paramsFiles, { path: 'env', sha256: JSON.stringify(recordedEnv), size: 0 }]);
    const cacheKey = `${inputs.cacheKey ?? 'modelgate-train'}-${process.platform}-${process.arch}-${configDigest.slice(7, 23)}`;
    if (inputs.cachePaths.length > 0)
        await restoreCache(platform, inputs.cachePaths, cacheKey, `${inputs.cacheKey ?? 'modelgate-train'}-${process.platform}-${process.arch}-`);
    const data = await captureData(workspace, inputs.data);
    // What the outputs' paths hold before the command runs: a file it leaves as it was is not its output.
    const shownOut = (0,core_files/* displayPath */.Gt)(workspace, outDir);
    const snapshot = inputs.mode === 'run' ? await snapshotOutputs(workspace, shownOut, inputs.metrics, inputs.model) : undefined;
    const predictionsAt = inputs.predictions ? await predictionsBefore(workspace, inputs.predictions) : undefined;
    const logFile = (0,external_node_path_.join)(outDir, 'train.log');
    const now = new Date().toISOString();
    let result = { exitCode: inputs.exitCode ?? null, signal: null, timedOut: false, cancelled: false, startedAt: now, finishedAt: now, durationMs: 0 };
    if (inputs.mode === 'run') {
        log.info(`$ ${inputs.run}`);
        result = await (0,core_process/* runCommand */.d)(inputs.run, {
            cwd,
            env,
            timeoutMs: inputs.timeout,
            graceMs: inputs.gracePeriod,
            logFile,
            confineTo: workspace,
            onOutput: (chunk) => log.stream(chunk),
            onTimeout: () => log.error(`train-model: the command ran past its timeout of ${(0,duration/* formatDuration */.a)(inputs.timeout)}: sending SIGTERM to its process group, SIGKILL in ${(0,duration/* formatDuration */.a)(inputs.gracePeriod)}`),
        });
    }
    const exitCode = result.exitCode ?? (result.signal ? 128 + (external_node_os_.constants.signals[result.signal] ?? 0) : null);
    const commandSucceeded = exitCode === 0 && !result.timedOut && !result.cancelled;
    // A failed command (or a record of one) leaves what it wrote so far; a run is only a success with every output.
    const partial = !commandSucceeded && exitCode !== null;
    const outputs = await captureOutputs(workspace, shownOut, inputs.metrics, inputs.model, snapshot);
    const { metrics, metricsFiles, model, stale } = outputs;
    const captured = predictionsAt ? await capturePredictions(predictionsAt, inputs.mode === 'run') : {};
    const missing = outputs.missing.map(({ location: _, ...m }) => m);
    if (captured.missing)
        missing.push({ input: 'predictions', path: captured.missing.path, reason: captured.missing.reason });
    const outcome = result.cancelled
        ? 'cancelled'
        : result.timedOut
            ? 'timed-out'
            : (exitCode !== null && exitCode !== 0) || missing.length > 0
                ? 'failed'
                : exitCode === null
                    ? 'unknown'
                    : 'succeeded';
    if (stale.length > 0)
        log.warning(`train-model: not taking ${listOf(stale)} as this run's: the command did not write ${stale.length === 1 ? 'it' : 'them'} (unchanged since before it ran)`);
    // After a failed command a missing output is expected; after a successful one the failure below names it.
    for (const m of outputs.missing) {
        if (partial && m.reason === 'stale')
            continue; // said just above
        if (partial)
            log.warning(`train-model: the failed run left no readable ${m.input} (${m.detail ?? m.path}); recording without it`, m.location);
        else if (m.location)
            log.warning(`train-model: ${m.input}: ${m.detail ?? m.path}`, m.location);
    }
    if (captured.missing)
        log.warning(`train-model: ${captured.missing.detail}${partial ? '; recording without them' : ''}`);
    const record = {
        kind: 'modelgate/run-record',
        version: 1,
        id: (0,external_node_crypto_.randomUUID)(),
        createdAt: new Date().toISOString(),
        command: {
            run: inputs.mode === 'run' ? inputs.run : null,
            workingDirectory: (0,external_node_path_.relative)(workspace, cwd).split(external_node_path_.sep).join('/') || '.',
            env: recordedEnv,
            exitCode,
            signal: result.signal,
            timedOut: result.timedOut,
            cancelled: result.cancelled,
            startedAt: inputs.mode === 'run' ? result.startedAt : null,
            finishedAt: inputs.mode === 'run' ? result.finishedAt : null,
            durationMs: inputs.mode === 'run' ? result.durationMs : null,
            log: inputs.mode === 'run' ? (0,core_files/* displayPath */.Gt)(workspace, logFile) : null,
        },
        params,
        paramsFiles,
        metrics: (0,run_record/* metricsForRecord */.kl)(metrics),
        metricsFiles,
        model,
        ...(captured.predictions ? { predictions: captured.predictions } : {}),
        data,
        git: gitState,
        environment,
        ci: {
            platform: context.platform,
            repository: context.repository ?? null,
            runUrl: context.runUrl ?? null,
            pipeline: context.pipeline,
            job: context.job ?? null,
            leg: context.leg ?? null,
        },
        outcome,
        missingOutputs: missing,
        staleFiles: stale,
    };
    await (0,core_files/* writeFileAtomic */.Zf)(recordPath, (0,run_record/* runRecordJson */.ZM)(record));
    if (record.git.dirty)
        log.warning(`train-model: the working tree had uncommitted changes (${record.git.changed?.slice(0, 5).join(', ')}): this run cannot be reproduced from commit ${record.git.sha?.slice(0, 7)} alone`);
    platform.setOutput('run-record', recordPath);
    platform.setOutput('model-digest', model.digest ?? '');
    platform.setOutput('metrics', JSON.stringify(record.metrics));
    platform.setOutput('exit-code', String(exitCode ?? ''));
    await platform.summary(recordSummary(record, (0,core_files/* displayPath */.Gt)(workspace, recordPath)));
    const succeeded = outcome === 'succeeded';
    if (commandSucceeded && inputs.cachePaths.length > 0)
        await saveCache(platform, inputs.cachePaths, cacheKey);
    if (inputs.upload)
        await upload(platform, inputs, [recordPath, ...model.files.map((f) => (0,external_node_path_.join)(workspace, f.path))], configDigest);
    if (inputs.attest && succeeded)
        await attest(platform, inputs, model.files);
    if (recordTo && inputs.modelName)
        await recordThisRun(platform, { ...inputs, modelName: inputs.modelName }, recordTo, record, succeeded);
    const shownLog = (0,core_files/* displayPath */.Gt)(workspace, logFile);
    const shownRecord = (0,core_files/* displayPath */.Gt)(workspace, recordPath);
    const samples = (0,figures/* trainOutcome */.Hc)(record.metrics, exitCode);
    const notTaken = stale.length > 0 ? `; not taken as its outputs, unchanged since before it ran: ${listOf(stale)}` : '';
    if (result.cancelled)
        return { samples, failure: `train-model: cancelled; the command was stopped and what it wrote so far is in ${shownRecord}${notTaken}`, exitCode: exitCode ?? 1 };
    if (result.timedOut)
        return {
            samples,
            failure: `train-model: timed out after ${(0,duration/* formatDuration */.a)(inputs.timeout)}; what it wrote so far is in ${shownRecord}${notTaken}`,
            exitCode: exitCode || 1,
        };
    if (exitCode !== 0 && exitCode !== null) {
        const exited = inputs.mode === 'run' ? `the command exited with ${exitCode}${result.signal ? ` (${result.signal})` : ''}` : `the training job exited with ${exitCode}`;
        const output = inputs.mode === 'run' ? `its output is in ${shownLog}, ` : '';
        return { samples, failure: `train-model: ${exited}; ${output}the run is recorded as failed in ${shownRecord}${notTaken}`, exitCode };
    }
    if (missing.length > 0) {
        const what = missing.map((m) => `${m.input}: ${m.detail ?? `'${m.path}' (${m.reason})`}`).join('; ');
        const ran = inputs.mode === 'run' ? 'the command exited 0 but did not write its outputs' : "the training job's outputs are missing";
        return { samples, failure: `train-model: ${ran} (${what}); the run is recorded as failed in ${shownRecord}` };
    }
    return { samples };
}
function listOf(paths) {
    return `${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ` and ${paths.length - 5} more` : ''}`;
}
async function restoreCache(platform, paths, key, prefix) {
    try {
        const hit = await platform.storage?.restoreCache(paths, key, [prefix]);
        platform.log.info(hit ? `Cache restored from ${hit}` : `Cache miss for ${key}`);
        if (hit)
            platform.setOutput('cache-hit', hit);
    }
    catch (error) {
        if (!(error instanceof errors/* ExternalError */.yA))
            throw error;
        platform.log.warning(`${error.message}; training without the cache`);
    }
}
async function saveCache(platform, paths, key) {
    try {
        const saved = await platform.storage?.saveCache(paths, key);
        platform.log.info(saved === 'saved' ? `Cache saved as ${key}` : `Cache ${key} exists already`);
    }
    catch (error) {
        if (!(error instanceof errors/* ExternalError */.yA))
            throw error;
        platform.log.warning(`${error.message}; the cache was not saved`);
    }
}
/**
 * Uploads the record and the model (not the log: it may hold what the training printed, and only the
 * job log masks secrets). The name is unique per job, configuration and attempt; the storage adds a
 * suffix if it is taken anyway. A failed upload warns: the training's result stands.
 */
async function upload(platform, inputs, files, configDigest) {
    const { job, attempt } = platform.context;
    const name = inputs.artifactName ?? ['model', job, configDigest.slice(7, 19), attempt && attempt !== '1' ? `a${attempt}` : undefined].filter(Boolean).join('-');
    try {
        const result = await platform.storage.uploadArtifact(name, files, platform.context.workspace);
        platform.log.info(`Uploaded artifact ${result.name}${result.size ? ` (${result.size} bytes)` : ''}`);
        platform.setOutput('artifact-name', result.name);
    }
    catch (error) {
        if (!(error instanceof errors/* ExternalError */.yA))
            throw error;
        platform.log.warning(`${error.message}; the model was not uploaded`);
    }
}
async function attest(platform, inputs, files) {
    if (!platform.storage?.attest)
        throw new errors/* UserError */.yo("train-model: input 'attest' works on GitHub (artifact attestations)");
    if (files.length === 0)
        throw new errors/* UserError */.yo("train-model: input 'attest' needs model files (input 'model')");
    const result = await platform.storage.attest(files, inputs.token ?? '');
    platform.log.info(`Attested ${files.length} model files${result.url ? `: ${result.url}` : ''}`);
    if (result.url)
        platform.setOutput('attestation-url', result.url);
}


/***/ })

};
