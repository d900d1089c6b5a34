export const id = 186;
export const ids = [186];
export const modules = {

/***/ 97186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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
/** Every regular file under a path (itself when it is a file), sorted, with digests relative to `root`. */
async function digestTree(path, root) {
    const out = [];
    const visit = async (p) => {
        const info = await (0,promises_.stat)(p);
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

// EXTERNAL MODULE: ./build/core/metrics.js + 2 modules
var metrics = __webpack_require__(42453);
// EXTERNAL MODULE: ./build/core/run-record.js
var run_record = __webpack_require__(69549);
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
        const path = full.slice(workspace.length + 1).split('\\').join('/');
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
        Object.assign(params, value);
        files.push({ path: shown, sha256: await sha256File(full), size: Buffer.byteLength(text) });
    }
    return { params, files };
}
/**
 * The commit, ref and whether the tree had uncommitted changes (which make a run hard to reproduce).
 * `exclude` is this step's own output folder, which is not part of the code.
 */
async function captureGit(context, exclude) {
    const cwd = context.workspace;
    const sha = (await (0,git/* git */.$Y)(cwd, ['rev-parse', 'HEAD']).catch(() => '')).trim() || context.sha || null;
    if (!sha)
        return { sha: null, ref: context.ref ?? null, dirty: null };
    const status = await (0,git/* git */.$Y)(cwd, ['status', '--porcelain', '--untracked-files=normal', '--', '.', `:(exclude)${exclude}`]).catch(() => undefined);
    const changed = status === undefined ? [] : status.split('\n').filter(Boolean).map((l) => l.slice(3));
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

// EXTERNAL MODULE: ./build/steps/train-model/inputs.js
var train_model_inputs = __webpack_require__(14136);
;// CONCATENATED MODULE: ./build/steps/train-model/process.js




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
/**
 * Runs the user's training command the way a workflow's `run:` does (`bash -e -o pipefail -c`, the
 * command passed as one argument, never spliced into a shell string), in its own process group so a
 * timeout stops everything it started: SIGTERM to the group, `graceMs` for a checkpoint, then SIGKILL.
 * Output streams live and to `logFile`. Resolves when the command and its output have ended.
 */
async function runCommand(command, options) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(options.logFile), { recursive: true });
    const log = (0,external_node_fs_.createWriteStream)(options.logFile, { flags: 'w' });
    const started = performance.now();
    const child = (0,external_node_child_process_.spawn)('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', command], {
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
    let timedOut = false;
    const signalGroup = (signal) => {
        try {
            if (child.pid)
                process.kill(-child.pid, signal);
        }
        catch {
            /* the group is gone already */
        }
    };
    let killTimer;
    const timer = options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            options.onTimeout?.();
            signalGroup('SIGTERM');
            killTimer = setTimeout(() => signalGroup('SIGKILL'), options.graceMs);
        }, options.timeoutMs);
    // If this step itself is cancelled, the command must not outlive it.
    const onCancel = (signal) => signalGroup(signal);
    process.once('SIGTERM', onCancel);
    process.once('SIGINT', onCancel);
    const { code, signal, error } = await new Promise((resolve) => {
        child.once('error', (e) => resolve({ code: null, signal: null, error: e }));
        child.once('close', (c, s) => resolve({ code: c, signal: s }));
    });
    clearTimeout(timer);
    if (timedOut) {
        // The leader exited; anything it left in the group still gets the grace period, then SIGKILL.
        await new Promise((r) => setTimeout(r, Math.min(options.graceMs, 200)));
        signalGroup('SIGKILL');
    }
    clearTimeout(killTimer);
    process.off('SIGTERM', onCancel);
    process.off('SIGINT', onCancel);
    await new Promise((resolve) => log.end(resolve));
    if (error)
        throw error;
    return { exitCode: code, signal, timedOut, durationMs: Math.round(performance.now() - started) };
}

// EXTERNAL MODULE: ./build/core/compare.js
var compare = __webpack_require__(45573);
// EXTERNAL MODULE: ./build/core/markdown.js + 1 modules
var core_markdown = __webpack_require__(37980);
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
        const v = record.metrics[metric];
        legs.push({ path, record, value: typeof v === 'number' && Number.isFinite(v) ? v : undefined });
    }
    const ranked = legs.filter((l) => l.value !== undefined).sort((a, b) => (inputs.better === 'higher' ? b.value - a.value : a.value - b.value));
    const winner = ranked[0];
    if (!winner)
        throw new errors/* UserError */.yo(`train-model: none of the ${legs.length} run records has a numeric '${metric}' (input 'select-by')`);
    const outDir = await (0,core_files/* confinePath */.ey)(workspace, inputs.output, "train-model: input 'output'");
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const recordPath = (0,external_node_path_.join)(outDir, 'run.json');
    await (0,promises_.copyFile)((0,external_node_path_.join)(workspace, winner.path), recordPath);
    platform.setOutput('run-record', recordPath);
    platform.setOutput('model-digest', winner.record.model.digest ?? '');
    platform.setOutput('metrics', JSON.stringify(winner.record.metrics));
    const rows = [...ranked, ...legs.filter((l) => l.value === undefined)].map((l) => [
        l === winner ? '🏆' : '',
        (0,core_markdown/* code */.aY)(l.path, { inTable: true }),
        l.value === undefined ? 'missing' : (0,compare/* formatNumber */.ZV)(l.value),
        (0,core_markdown/* code */.aY)(JSON.stringify(l.record.params).slice(0, 120), { inTable: true }),
        l.record.model.digest ? (0,core_markdown/* code */.aY)(l.record.model.digest.slice(0, 19)) : '',
    ]);
    const heading = `### train-model: ${legs.length} runs, best ${(0,core_markdown/* escapeMarkdown */.FV)(metric)} (${inputs.better} is better): ${(0,core_markdown/* escapeMarkdown */.FV)(winner.path)}`;
    await platform.summary({
        markdown: `${heading}\n\n${(0,core_markdown/* table */.tp)(['', 'Run', (0,core_markdown/* escapeMarkdown */.FV)(metric), 'Params', 'Model'], rows, ['c', 'l', 'r', 'l', 'l'])}\n`,
        text: [`best ${metric} (${inputs.better}): ${winner.path} = ${(0,compare/* formatNumber */.ZV)(winner.value)}`, ...legs.map((l) => `  ${l.path}  ${l.value === undefined ? 'missing' : (0,compare/* formatNumber */.ZV)(l.value)}`)].join('\n'),
    });
    return {};
}

;// CONCATENATED MODULE: ./build/steps/train-model/run.js













/**
 * train-model: runs the training command (mode `run`) or takes another job's outputs (mode `record`),
 * and writes the run record; or picks the best of several records (mode `select`).
 */
async function run(platform) {
    const inputs = (0,train_model_inputs/* parseInputs */.T)(platform);
    if (inputs.mode === 'select')
        return select_select(platform, inputs);
    const { context, log } = platform;
    const workspace = context.workspace;
    // Parallel legs of one job write side by side, so a select job can download them all.
    const outDir = await (0,core_files/* confinePath */.ey)(workspace, context.leg ? (0,external_node_path_.join)(inputs.output, context.leg) : inputs.output, "train-model: input 'output'");
    const cwd = await (0,core_files/* confinePath */.ey)(workspace, inputs.workingDirectory, "train-model: input 'working-directory'");
    const { params, files: paramsFiles } = await captureParams(workspace, inputs.params);
    const data = await captureData(workspace, inputs.data);
    const paramsDigest = digestOfSet([...paramsFiles, ...data.map((d) => ({ path: d.path, sha256: d.sha256 ?? d.md5 ?? d.digest ?? '', size: d.size ?? 0 }))]);
    const cacheKey = `${inputs.cacheKey ?? 'modelgate-train'}-${process.platform}-${paramsDigest.slice(7, 23)}`;
    if (inputs.cachePaths.length > 0)
        await restoreCache(platform, inputs.cachePaths, cacheKey, inputs.cacheKey ?? 'modelgate-train');
    const logFile = (0,external_node_path_.join)(outDir, 'train.log');
    let result = { exitCode: inputs.exitCode ?? null, signal: null, timedOut: false, durationMs: 0 };
    if (inputs.mode === 'run') {
        log.info(`$ ${inputs.run}`);
        result = await runCommand(inputs.run, {
            cwd,
            env: commandEnv(process.env, inputs.env),
            timeoutMs: inputs.timeoutMs,
            graceMs: inputs.graceMs,
            logFile,
            onOutput: (chunk) => log.stream(chunk),
            onTimeout: () => log.error(`train-model: the command ran past its timeout of ${(0,duration/* formatDuration */.a)(inputs.timeoutMs)}: sending SIGTERM to its process group, SIGKILL in ${(0,duration/* formatDuration */.a)(inputs.graceMs)}`),
        });
    }
    const exitCode = result.exitCode ?? (result.signal ? 128 + (external_node_os_.constants.signals[result.signal] ?? 0) : null);
    const succeeded = exitCode === 0;
    // After a failure keep whatever was written so far; after success, a missing output is an error.
    const read = await (0,metrics/* readMetrics */.Uw)((0,core_files/* workspaceSource */.$Q)(workspace, [(0,core_files/* displayPath */.Gt)(workspace, outDir)]), inputs.metrics, { missingOk: !succeeded });
    const model = await captureModel(workspace, succeeded ? inputs.model : await existing(workspace, inputs.model));
    const record = {
        kind: 'modelgate/run-record',
        version: 1,
        id: (0,external_node_crypto_.randomUUID)(),
        createdAt: new Date().toISOString(),
        command: {
            run: inputs.mode === 'run' ? inputs.run : null,
            workingDirectory: (0,external_node_path_.relative)(workspace, cwd).split(external_node_path_.sep).join('/') || '.',
            exitCode,
            signal: result.signal,
            timedOut: result.timedOut,
            durationMs: inputs.mode === 'run' ? result.durationMs : null,
            log: inputs.mode === 'run' ? (0,core_files/* displayPath */.Gt)(workspace, logFile) : null,
        },
        params,
        paramsFiles,
        metrics: (0,run_record/* metricsForRecord */.kl)(read.metrics),
        metricsFiles: read.files,
        model,
        data,
        git: await captureGit(context, (0,core_files/* displayPath */.Gt)(workspace, outDir)),
        environment: await captureEnvironment(process.env, inputs.gpuInfo, workspace),
        ci: { platform: context.platform, repository: context.repository ?? null, runUrl: context.runUrl ?? null, pipeline: context.pipeline },
    };
    const recordPath = (0,external_node_path_.join)(outDir, 'run.json');
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
        await upload(platform, inputs, [recordPath, ...(inputs.mode === 'run' ? [logFile] : []), ...model.files.map((f) => (0,external_node_path_.join)(workspace, f.path))], `model-${paramsDigest.slice(7, 19)}`);
    if (inputs.attest && succeeded)
        await attest(platform, inputs, model.files);
    if (result.timedOut)
        return { failure: `train-model: timed out after ${(0,duration/* formatDuration */.a)(inputs.timeoutMs)}; what it wrote so far is in ${(0,core_files/* displayPath */.Gt)(workspace, recordPath)}`, exitCode: exitCode ?? 1 };
    if (exitCode !== 0 && exitCode !== null)
        return { failure: `train-model: the command exited with ${exitCode}${result.signal ? ` (${result.signal})` : ''}; its output is in ${(0,core_files/* displayPath */.Gt)(workspace, logFile)}`, exitCode };
    return {};
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
async function existing(workspace, patterns) {
    const out = [];
    for (const p of patterns)
        if (await resolvePaths(workspace, [p], 'model').then(() => true, () => false))
            out.push(p);
    return out;
}
async function restoreCache(platform, paths, key, prefix) {
    if (!platform.storage)
        return platform.log.info('train-model: this platform keeps no cache for steps (on GitLab, use the job\'s cache: keyword)');
    try {
        const hit = await platform.storage.restoreCache(paths, key, [`${prefix}-${process.platform}-`]);
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
    if (!platform.storage)
        return;
    try {
        const saved = await platform.storage.saveCache(paths, key);
        platform.log.info(saved === 'saved' ? `Cache saved as ${key}` : `Cache ${key} exists already`);
    }
    catch (error) {
        if (!(error instanceof errors/* ExternalError */.yA))
            throw error;
        platform.log.warning(`${error.message}; the cache was not saved`);
    }
}
async function upload(platform, inputs, files, fallbackName) {
    if (!platform.storage)
        throw new errors/* UserError */.yo("train-model: input 'upload' works on GitHub; on GitLab the template's artifacts: keeps the files");
    const result = await platform.storage.uploadArtifact(inputs.artifactName ?? fallbackName, files, platform.context.workspace);
    platform.log.info(`Uploaded artifact ${result.name}${result.size ? ` (${result.size} bytes)` : ''}`);
    platform.setOutput('artifact-name', result.name);
}


/***/ })

};
