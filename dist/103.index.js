export const id = 103;
export const ids = [103];
export const modules = {

/***/ 14831:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ runCommand),
/* harmony export */   z: () => (/* binding */ commandEnv)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);




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
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/**
 * Runs the user's training command the way a workflow's `run:` does (`bash -e -o pipefail -c`, the
 * command passed as one argument, never spliced into a shell string), in its own process group. The
 * step ends when the command exits, and nothing of its group outlives the step: whatever it left
 * running gets SIGTERM, `graceMs` for a checkpoint, then SIGKILL. The same happens on a timeout and
 * when this step is cancelled (a second cancel kills at once). Output streams live and to `logFile`.
 */
async function runCommand(command, options) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(options.logFile), { recursive: true });
    const log = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(options.logFile, { flags: 'w' });
    const startedAt = new Date();
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', command], {
        cwd: options.cwd,
        env: options.env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    const forward = (stream) => (chunk) => {
        log.write(chunk);
        options.onOutput(chunk, stream);
    };
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
            await sleep(50);
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
    // The leader is gone; what it started in the background must not outlive the step.
    await (stopping ?? (signalGroup(0) ? stopGroup() : Promise.resolve()));
    // A grandchild holding the pipes open must not hold the step for long, and the fallback timer must
    // not outlive the race either: a pending 2 s timer kept the process alive after every command.
    let fallback;
    await Promise.race([closed, new Promise((r) => (fallback = setTimeout(r, 2000)))]);
    clearTimeout(fallback);
    process.off('SIGTERM', onCancel);
    process.off('SIGINT', onCancel);
    process.off('exit', onExit);
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

/***/ 57103:
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
// EXTERNAL MODULE: ./build/core/files.js + 1 modules
var core_files = __webpack_require__(99706);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./build/core/hashing.js





/** The sha256 of a file, streamed (model files can be gigabytes). */
function sha256File(path) {
    return new Promise((resolve, reject) => {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        (0,external_node_fs_.createReadStream)(path)
            .on('error', reject)
            .on('data', (chunk) => hash.update(chunk))
            .on('end', () => resolve(hash.digest('hex')));
    });
}
/**
 * Every regular file under a path (itself when it is a file), sorted, with digests relative to `root`.
 * A symbolic link to a file inside `root` is hashed as that file; a link leading out of `root` is an
 * error (it would ship a file from elsewhere); a link to a folder is not followed (it could loop).
 */
async function digestTree(path, root) {
    const out = [];
    const realRoot = await (0,promises_.realpath)(root);
    const visit = async (p) => {
        let info = await (0,promises_.lstat)(p);
        if (info.isSymbolicLink()) {
            const target = await (0,promises_.realpath)(p).catch(() => undefined);
            if (!target || !(target === realRoot || target.startsWith(realRoot + external_node_path_.sep))) {
                throw new errors/* UserError */.yo(`'${(0,external_node_path_.relative)(root, p)}' is a symbolic link leading out of the workspace (or nowhere); copy the file in instead`);
            }
            info = await (0,promises_.stat)(p);
            if (info.isDirectory())
                return;
        }
        if (info.isDirectory()) {
            for (const entry of (await (0,promises_.readdir)(p)).sort())
                await visit((0,external_node_path_.join)(p, entry));
        }
        else if (info.isFile()) {
            out.push({ path: (0,external_node_path_.relative)(root, p).split(external_node_path_.sep).join('/'), sha256: await sha256File(p), size: info.size });
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
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
        hash.update(`${f.path}\0${f.sha256}\0${f.size}\n`);
    return `sha256:${hash.digest('hex')}`;
}

// EXTERNAL MODULE: ./build/core/metrics.js + 1 modules
var core_metrics = __webpack_require__(5077);
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
/** The model's files (folders are walked) with their digests, and one digest for the set. */
async function captureModel(workspace, patterns) {
    if (patterns.length === 0)
        return { digest: null, files: [], size: 0 };
    const files = [];
    for (const path of await resolvePaths(workspace, expandDirs(patterns), 'model'))
        files.push(...(await digestTree(path, workspace)));
    return { digest: files.length ? digestOfSet(files) : null, files, size: files.reduce((n, f) => n + f.size, 0) };
}
/** The patterns that name something that exists (after a failed run, some outputs may not). */
async function existingPaths(workspace, patterns) {
    const out = [];
    for (const p of patterns)
        if (await resolvePaths(workspace, [p], 'model').then(() => true, () => false))
            out.push(p);
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
            const files = await digestTree(full, workspace);
            out.push({ path, digest: digestOfSet(files), size: files.reduce((n, f) => n + f.size, 0), source: 'hashed' });
        }
        else
            out.push({ path, sha256: await sha256File(full), size: info.size, source: 'hashed' });
    }
    return out;
}
async function dvcLockOuts(workspace) {
    const map = new Map();
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(workspace, 'dvc.lock'), 'utf8').catch(() => undefined);
    if (text === undefined)
        return map;
    const { doc } = await (0,yaml/* parseYaml */.h)(text, 'dvc.lock', 'train-model: ');
    const stages = doc.toJS({ maxAliasCount: 100 })?.stages ?? {};
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
        const { doc } = await (0,yaml/* parseYaml */.h)(text, shown, 'train-model: params: ');
        const value = doc.toJS({ maxAliasCount: 100 });
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            throw new errors/* UserError */.yo(`train-model: params: ${shown}: expected a map of parameter names to values`, { file: shown });
        deepMerge(params, value);
        files.push({ path: shown, sha256: await sha256File(full), size: Buffer.byteLength(text) });
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
async function captureEnvironment(env, gpuInfo, workspace) {
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
        runner: env.RUNNER_NAME || env.CI_RUNNER_DESCRIPTION || null,
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

;// CONCATENATED MODULE: ./build/steps/train-model/record-run.js



/**
 * Whether this run is recorded by commit: `auto` means a push (or a manual or scheduled run) on the
 * default branch, never a pull/merge request, whose runs must not become baselines.
 */
function shouldRecord(platform, inputs) {
    if (inputs.recordRun !== 'auto')
        return inputs.recordRun === 'true';
    const { context } = platform;
    return context.platform !== 'local' && !context.changeRequest && context.push === true && context.defaultBranch !== undefined && context.ref === context.defaultBranch;
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
    const { openModelStore } = await Promise.all(/* import() */[__webpack_require__.e(70), __webpack_require__.e(288)]).then(__webpack_require__.bind(__webpack_require__, 32288));
    return openModelStore(platform, inputs);
}
/** Metric files a command that ran here did not write: modified before it started (a cached or committed copy). */
async function staleMetrics(workspace, record) {
    const started = record.command.startedAt ? Date.parse(record.command.startedAt) : NaN;
    if (!record.command.run || Number.isNaN(started))
        return [];
    const { stat } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 19));
    const stale = [];
    for (const file of record.metricsFiles ?? []) {
        // One second of slack for filesystems that keep whole seconds.
        const info = await stat((0,external_node_path_.join)(workspace, file)).catch(() => undefined);
        if (info && info.mtimeMs < started - 1000)
            stale.push(file);
    }
    return stale;
}
/**
 * Records a successful run in the model store under its commit, so a later pull request finds it as
 * the run of its merge-base. A store that fails warns: the training's result stands, and a pull
 * request then compares with an older recorded ancestor (named in its report) or has no baseline.
 */
async function recordThisRun(platform, inputs, store, record, succeeded) {
    const { context, log } = platform;
    if (!succeeded)
        return log.info('train-model: the run failed, so it is not recorded as a baseline');
    const commit = record.git.sha ?? context.sha;
    if (!commit)
        throw new errors/* UserError */.yo('train-model: the run cannot be recorded by commit: the workspace is not a git checkout and the platform names no commit');
    const stale = await staleMetrics(context.workspace, record);
    if (stale.length > 0) {
        return log.warning(`train-model: the run is not recorded as the baseline of ${commit.slice(0, 7)}: the command did not write ${stale.slice(0, 3).join(', ')} (older than the run), so its metrics may be an earlier run's. Write the metrics in the training command`);
    }
    const [{ recordRun }, { ANNOTATIONS }] = await Promise.all([__webpack_require__.e(/* import() */ 566).then(__webpack_require__.bind(__webpack_require__, 47566)), __webpack_require__.e(/* import() */ 701).then(__webpack_require__.bind(__webpack_require__, 69701))]);
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
        const done = await recordRun(store, inputs.modelName, { commit, slot, record: Buffer.from((0,run_record/* runRecordJson */.ZM)(record)), files, annotations });
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
// EXTERNAL MODULE: ./build/core/markdown.js
var core_markdown = __webpack_require__(43937);
;// CONCATENATED MODULE: ./build/steps/train-model/select.js








/** The job summary of one run: command, outcome, metrics, model, data, git. */
function recordSummary(record, path) {
    const c = record.command;
    const outcome = c.timedOut ? 'timed out' : c.exitCode === 0 ? 'succeeded' : c.exitCode === null ? 'recorded' : `failed (exit ${c.exitCode})`;
    const metrics = Object.entries(record.metrics).slice(0, 50);
    const markdown = [
        `### ${c.exitCode === 0 ? '✅' : c.exitCode === null ? '📝' : '❌'} train-model: ${outcome}${c.durationMs ? ` in ${(0,duration/* formatDuration */.a)(c.durationMs)}` : ''}`,
        '',
        c.run ? `Command: ${(0,core_markdown/* code */.aY)(c.run, { maxLength: 300 })}` : 'Recorded from files another job wrote.',
        '',
        (0,core_markdown/* table */.tp)(['Metric', 'Value'], metrics.map(([name, value]) => [(0,core_markdown/* code */.aY)(name, { inTable: true }), typeof value === 'number' ? (0,compare/* formatNumber */.ZV)(value) : (0,core_markdown/* code */.aY)(value, { inTable: true })]), ['l', 'r']),
        '',
        `Model: ${record.model.digest ? (0,core_markdown/* code */.aY)(record.model.digest) : 'none'} · ${record.model.files.length} files, ${record.model.size} bytes`,
        `Data: ${record.data.length ? record.data.map((d) => (0,core_markdown/* code */.aY)(d.path)).join(', ') : 'none recorded'} · Git: ${record.git.sha ? (0,core_markdown/* code */.aY)(record.git.sha.slice(0, 7)) : 'unknown'}${record.git.dirty ? ' (uncommitted changes)' : ''}`,
        `Run record: ${(0,core_markdown/* code */.aY)(path)}`,
    ].join('\n');
    const text = [
        `train-model: ${outcome}${c.durationMs ? ` in ${(0,duration/* formatDuration */.a)(c.durationMs)}` : ''}`,
        ...metrics.map(([name, value]) => `  ${name.replace(/[\u0000-\u001f\u007f]/g, '?')}  ${typeof value === 'number' ? (0,compare/* formatNumber */.ZV)(value) : value}`),
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
        const failed = Boolean(record.command?.timedOut) || (record.command?.exitCode != null && record.command.exitCode !== 0);
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
    await (0,promises_.copyFile)((0,external_node_path_.join)(workspace, winner.path), recordPath);
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
    await platform.summary({
        markdown: `${heading}\n\n${(0,core_markdown/* table */.tp)(['', 'Run', (0,core_markdown/* escapeMarkdown */.FV)(metric), 'Params', 'Model'], rows, ['c', 'l', 'r', 'l', 'l'])}\n`,
        text: [
            `best ${metric} (${inputs.better}): ${winner.path} = ${(0,compare/* formatNumber */.ZV)(winner.value)}`,
            ...legs.map((l) => `  ${l.path}  ${l.value === undefined ? 'missing' : (0,compare/* formatNumber */.ZV)(l.value)}`),
        ].join('\n'),
    });
    return { winner: winner.record };
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
    const environment = await captureEnvironment(env, inputs.gpuInfo, workspace);
    const recordedEnv = Object.fromEntries(Object.entries(inputs.env).map(([k, v]) => [k, SECRET_NAME.test(k) ? '***' : v]));
    const configDigest = digestOfSet([...paramsFiles, { path: 'env', sha256: JSON.stringify(recordedEnv), size: 0 }]);
    const cacheKey = `${inputs.cacheKey ?? 'modelgate-train'}-${process.platform}-${process.arch}-${configDigest.slice(7, 23)}`;
    if (inputs.cachePaths.length > 0)
        await restoreCache(platform, inputs.cachePaths, cacheKey, `${inputs.cacheKey ?? 'modelgate-train'}-${process.platform}-${process.arch}-`);
    const data = await captureData(workspace, inputs.data);
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
            onOutput: (chunk) => log.stream(chunk),
            onTimeout: () => log.error(`train-model: the command ran past its timeout of ${(0,duration/* formatDuration */.a)(inputs.timeout)}: sending SIGTERM to its process group, SIGKILL in ${(0,duration/* formatDuration */.a)(inputs.gracePeriod)}`),
        });
    }
    const exitCode = result.exitCode ?? (result.signal ? 128 + (external_node_os_.constants.signals[result.signal] ?? 0) : null);
    const succeeded = exitCode === 0 && !result.timedOut && !result.cancelled;
    // A failed run (or a record of one) keeps whatever it wrote; a successful one must have its outputs.
    const partial = !succeeded && exitCode !== null;
    const { metrics, files: metricsFiles } = await capturePartial(platform, partial, 'metrics', () => (0,core_metrics/* readMetrics */.Uw)((0,core_files/* workspaceSource */.$Q)(workspace, [(0,core_files/* displayPath */.Gt)(workspace, outDir)]), inputs.metrics, { missingOk: partial }), { metrics: new Map(), files: [], missing: [] });
    const model = await capturePartial(platform, partial, 'model', async () => captureModel(workspace, partial ? await existingPaths(workspace, inputs.model) : inputs.model), {
        digest: null,
        files: [],
        size: 0,
    });
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
    };
    await (0,core_files/* writeFileAtomic */.Zf)(recordPath, (0,run_record/* runRecordJson */.ZM)(record));
    if (record.git.dirty)
        log.warning(`train-model: the working tree had uncommitted changes (${record.git.changed?.slice(0, 5).join(', ')}): this run cannot be reproduced from commit ${record.git.sha?.slice(0, 7)} alone`);
    platform.setOutput('run-record', recordPath);
    platform.setOutput('model-digest', model.digest ?? '');
    platform.setOutput('metrics', JSON.stringify(record.metrics));
    platform.setOutput('exit-code', String(exitCode ?? ''));
    await platform.summary(recordSummary(record, (0,core_files/* displayPath */.Gt)(workspace, recordPath)));
    if (succeeded && inputs.cachePaths.length > 0)
        await saveCache(platform, inputs.cachePaths, cacheKey);
    if (inputs.upload)
        await upload(platform, inputs, [recordPath, ...model.files.map((f) => (0,external_node_path_.join)(workspace, f.path))], configDigest);
    if (inputs.attest && succeeded)
        await attest(platform, inputs, model.files);
    if (recordTo && inputs.modelName)
        await recordThisRun(platform, { ...inputs, modelName: inputs.modelName }, recordTo, record, succeeded);
    const shownLog = (0,core_files/* displayPath */.Gt)(workspace, logFile);
    const samples = (0,figures/* trainOutcome */.Hc)(record.metrics, exitCode);
    if (result.cancelled)
        return { samples, failure: `train-model: cancelled; the command was stopped and what it wrote so far is in ${(0,core_files/* displayPath */.Gt)(workspace, recordPath)}`, exitCode: exitCode ?? 1 };
    if (result.timedOut)
        return {
            samples,
            failure: `train-model: timed out after ${(0,duration/* formatDuration */.a)(inputs.timeout)}; what it wrote so far is in ${(0,core_files/* displayPath */.Gt)(workspace, recordPath)}`,
            exitCode: exitCode || 1,
        };
    if (exitCode !== 0 && exitCode !== null)
        return { samples, failure: `train-model: the command exited with ${exitCode}${result.signal ? ` (${result.signal})` : ''}; its output is in ${shownLog}`, exitCode };
    return { samples };
}
/** Reads an output; after a failure a torn or missing file is a warning, so the record is still written. */
async function capturePartial(platform, partial, what, read, empty) {
    try {
        return await read();
    }
    catch (error) {
        if (!partial || !(error instanceof errors/* UserError */.yo))
            throw error;
        platform.log.warning(`train-model: the failed run left no readable ${what} (${(0,errors/* messageOf */.bD)(error)}); recording without it`);
        return empty;
    }
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
