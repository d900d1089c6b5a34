export const id = 2464;
export const ids = [2464,9598];
export const modules = {

/***/ 6488:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GS: () => (/* binding */ fromRows),
/* harmony export */   O6: () => (/* binding */ reaches),
/* harmony export */   T_: () => (/* binding */ validateBundle),
/* harmony export */   VN: () => (/* binding */ bundleJson),
/* harmony export */   WX: () => (/* binding */ readComparisonFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45573);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);



const NON_FINITE = new Set(['NaN', 'Infinity', '-Infinity']);
/** Serialises a bundle; JSON has no NaN or infinities, so they are written as their names. */
function bundleJson(bundle) {
    return `${JSON.stringify(bundle, (_key, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v), 2)}\n`;
}
/** Whether a verdict reaches the `fail-on` level. */
function reaches(verdict, failOn) {
    return failOn === 'fail' ? verdict === 'fail' : failOn === 'warn' ? verdict !== 'pass' : false;
}
/**
 * Recounts a comparison from its rows; a saved verdict can only make it worse (a saved pass never
 * hides failing rows, a saved `no-baseline` stays one, a saved `fail` stays one), and a candidate from
 * a failed training run fails.
 */
function fromRows(rows, saved, candidateFailure) {
    const comparison = (0,_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictOf */ .Vj)(rows, saved === 'no-baseline', saved === 'fail' || candidateFailure !== undefined);
    return candidateFailure ? { ...comparison, candidateFailure } : comparison;
}
/**
 * Reads and checks a comparison file; `label` names the input in messages (`deploy-model: input
 * 'comparison'`). `forChangeRequest`: it must name the pull request and head commit it was made for.
 */
async function readComparisonFile(path, shown, label, options = {}) {
    let data;
    try {
        data = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
    }
    catch (error) {
        const code = error.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${label}: ${shown}: ${code ? `cannot read it (${code})` : 'not valid JSON'}`, { file: shown });
    }
    return validateBundle(data, shown, label, options);
}
/**
 * Checks a bundle read from an artifact that untrusted code may have written: shape, types and sizes.
 * Text fields are escaped again when rendered, so this guards against crashes and nonsense, not markup.
 */
function validateBundle(data, file, label = "compare-metrics: input 'publish'", options = { forChangeRequest: true }) {
    const bad = (what) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${label}: ${file} is not a comparison saved by compare-metrics (${what})`, { file });
    if (!data || typeof data !== 'object')
        throw bad('not an object');
    const b = data;
    if (b.kind !== 'modelgate/comparison' || b.version !== 1)
        throw bad("kind must be 'modelgate/comparison', version 1");
    if (typeof b.key !== 'string' || !/^[A-Za-z0-9._/:-]{1,200}$/.test(b.key))
        throw bad('bad key');
    if (typeof b.title !== 'string')
        throw bad('bad title');
    if (options.forChangeRequest ? !Number.isInteger(b.changeRequest) || b.changeRequest <= 0 : b.changeRequest !== undefined && !Number.isInteger(b.changeRequest))
        throw bad('no pull request number');
    if (options.forChangeRequest ? typeof b.sha !== 'string' || !/^[0-9a-f]{40}$/.test(b.sha) : b.sha !== undefined && (typeof b.sha !== 'string' || !/^[0-9a-f]{7,64}$/.test(b.sha)))
        throw bad('no head sha');
    if (!['fail', 'warn', 'never'].includes(b.failOn))
        throw bad('bad fail-on');
    if (b.verdict !== undefined && !['pass', 'warn', 'fail', 'no-baseline'].includes(b.verdict))
        throw bad('bad verdict');
    if (!Array.isArray(b.rows) || b.rows.length > 100_000)
        throw bad('rows must be a list');
    const value = (v) => v === undefined || typeof v === 'number' || typeof v === 'string';
    const strings = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
    const optionalString = (v) => v === undefined || typeof v === 'string';
    if (b.unusedRules !== undefined && !strings(b.unusedRules))
        throw bad('bad unusedRules');
    const failure = b.candidateFailure;
    if (failure !== undefined && (typeof failure !== 'object' || failure === null || typeof failure.reason !== 'string' || typeof failure.file !== 'string'))
        throw bad('bad candidateFailure');
    for (const row of b.rows) {
        if (!row || typeof row !== 'object' || typeof row.name !== 'string' || !value(row.value) || !value(row.baseline))
            throw bad('a row without a name or with a bad value');
        if (!optionalString(row.rule) || !optionalString(row.pattern) || !optionalString(row.direction) || typeof row.change !== 'string')
            throw bad('a row with a bad rule, pattern, direction or change');
        if (!['pass', 'warn', 'fail', 'info'].includes(row.status))
            throw bad('a row with a bad status');
        if (!strings(row.reasons))
            throw bad('a row with bad reasons');
        for (const k of ['delta', 'relative']) {
            // A difference can overflow (1e308 - -1e308), and bundleJson writes it as "Infinity": read it back.
            if (typeof row[k] === 'string' && NON_FINITE.has(row[k]))
                row[k] = Number(row[k]);
            if (row[k] !== undefined && typeof row[k] !== 'number')
                throw bad(`a row with a bad ${k}`);
        }
        for (const k of ['value', 'baseline'])
            if (typeof row[k] === 'string' && NON_FINITE.has(row[k]))
                row[k] = Number(row[k]);
    }
    if (b.baseline !== undefined) {
        const base = b.baseline;
        if (typeof base.kind !== 'string' ||
            typeof base.spec !== 'string' ||
            !strings(base.files) ||
            !strings(base.missing) ||
            !optionalString(base.ref) ||
            !optionalString(base.sha)) {
            throw bad('bad baseline');
        }
        const commit = (v) => v === undefined || (typeof v === 'string' && /^[0-9a-f]{7,64}$/.test(v));
        if (!commit(base.sha) || !commit(base.target) || !optionalString(base.targetLabel) || !optionalString(base.note))
            throw bad('bad baseline commit');
        if (base.source !== undefined && !['run', 'files', 'none'].includes(base.source))
            throw bad('bad baseline source');
        if (base.distance !== undefined && !(Number.isInteger(base.distance) && base.distance >= 0))
            throw bad('bad baseline distance');
        const run = base.run;
        if (run !== undefined && (typeof run !== 'object' || run === null || typeof run.tag !== 'string' || !optionalString(run.runUrl)))
            throw bad('bad baseline run');
    }
    return b;
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

/***/ 31893:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ sanitizeLabelName),
/* harmony export */   H9: () => (/* binding */ sanitizeMetricName),
/* harmony export */   fw: () => (/* binding */ renderExposition)
/* harmony export */ });
/* unused harmony export escapeLabelValue */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

/**
 * A metric name Prometheus accepts (`[a-zA-Z_:][a-zA-Z0-9_:]*`): every other character becomes `_` and
 * a leading digit gets a `_` before it. Names come from files in pull requests, so this is what keeps a
 * name with a newline or a `{` from adding lines or labels of its own to the exposition.
 */
function sanitizeMetricName(name) {
    const replaced = name.replace(/[^a-zA-Z0-9_:]/g, '_');
    if (replaced === '')
        return '_';
    return /^[0-9]/.test(replaced) ? `_${replaced}` : replaced;
}
/**
 * A label name Prometheus accepts (`[a-zA-Z_][a-zA-Z0-9_]*`, no reserved `__` prefix): as
 * {@link sanitizeMetricName}, with `:` replaced too and leading underscores collapsed to one.
 */
function sanitizeLabelName(name) {
    let replaced = name.replace(/[^a-zA-Z0-9_]/g, '_');
    if (replaced === '')
        return '_';
    if (/^[0-9]/.test(replaced))
        replaced = `_${replaced}`;
    // `__name__` and friends are Prometheus's own; a pushed one would be dropped or rejected.
    return replaced.startsWith('__') ? replaced.replace(/^_+/, '_') : replaced;
}
/** A label value as the text format wants it between double quotes: `\`, `"` and newlines escaped. */
function escapeLabelValue(value) {
    return value
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\r\n|\r|\n/g, '\\n');
}
/** Help text on one line: backslashes and newlines escaped (quotes are literal in HELP lines). */
function escapeHelp(help) {
    return help.replace(/\\/g, '\\\\').replace(/\r\n|\r|\n/g, '\\n');
}
/** A sample value as Go's ParseFloat reads it (`NaN`, `+Inf`, `-Inf` included). */
function formatValue(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Infinity)
        return '+Inf';
    if (value === -Infinity)
        return '-Inf';
    return String(value);
}
function renderLabels(labels, original) {
    if (!labels)
        return '';
    const seen = new Map();
    for (const name of Object.keys(labels)) {
        const clean = sanitizeLabelName(name);
        const earlier = seen.get(clean);
        if (earlier !== undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`metric '${original}': labels '${earlier}' and '${name}' both become the label name '${clean}'; rename one (label names allow letters, digits and _)`);
        }
        seen.set(clean, name);
    }
    const parts = Object.entries(labels)
        .map(([name, value]) => [sanitizeLabelName(name), value])
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, value]) => `${name}="${escapeLabelValue(value)}"`);
    return parts.length ? `{${parts.join(',')}}` : '';
}
/**
 * The Prometheus text exposition (version 0.0.4) of `samples`: one `# HELP` and `# TYPE` per family,
 * its samples together (the format requires it), names and labels sanitized so each sample is exactly
 * one line. Two samples that end up as the same series (e.g. `acc-1` and `acc_1`), or one family given
 * two types, are a {@link UserError}: the Pushgateway would reject the whole push.
 */
function renderExposition(samples) {
    const families = new Map();
    for (const sample of samples) {
        const name = sanitizeMetricName(sample.name);
        let family = families.get(name);
        if (!family) {
            family = { help: sample.help, type: sample.type, lines: new Map(), original: sample.name };
            families.set(name, family);
        }
        else if (family.type !== sample.type) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`metric '${sample.name}' is pushed as a ${sample.type} and '${family.original}' as a ${family.type}, but both are '${name}'; one name has one type`);
        }
        const labels = renderLabels(sample.labels, sample.name);
        if (family.lines.has(labels)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`metrics '${family.original}' and '${sample.name}' both become the series ${name}${labels}; rename one (metric names allow letters, digits, _ and :)`);
        }
        family.lines.set(labels, `${name}${labels} ${formatValue(sample.value)}`);
    }
    const out = [];
    for (const [name, family] of families) {
        out.push(`# HELP ${name} ${escapeHelp(family.help)}`, `# TYPE ${name} ${family.type}`, ...family.lines.values());
    }
    return out.length ? `${out.join('\n')}\n` : '';
}


/***/ }),

/***/ 49598:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   METRIC_PREFIX: () => (/* binding */ METRIC_PREFIX),
/* harmony export */   VERDICTS: () => (/* binding */ VERDICTS),
/* harmony export */   driftSamples: () => (/* binding */ driftSamples),
/* harmony export */   gpuSamples: () => (/* binding */ gpuSamples),
/* harmony export */   metricName: () => (/* binding */ metricName),
/* harmony export */   modelMetricSamples: () => (/* binding */ modelMetricSamples),
/* harmony export */   promotedVersionSamples: () => (/* binding */ promotedVersionSamples),
/* harmony export */   pushTimeSample: () => (/* binding */ pushTimeSample),
/* harmony export */   stepDurationSample: () => (/* binding */ stepDurationSample),
/* harmony export */   stepSamples: () => (/* binding */ stepSamples),
/* harmony export */   validationSamples: () => (/* binding */ validationSamples),
/* harmony export */   verdictSamples: () => (/* binding */ verdictSamples)
/* harmony export */ });
/* harmony import */ var _exposition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31893);

/**
 * The series modelgate pushes, all named `modelgate_...`. Model metrics, drift scores and verdicts
 * carry the untrusted names (a metric from a PR's file, a feature of a data set) in label values, which
 * are escaped, never in series names; step figures are ours and become names.
 *
 * Grouping labels are not set here: the Pushgateway adds its grouping key to every series of a group
 * (see `pushMetrics`). Give each push `model`, `environment` and `step` labels: the example dashboard
 * (examples/grafana-dashboard.json) filters by the first two, and `step` keeps steps from replacing
 * each other's groups.
 */
/** Every name starts with this. */
const METRIC_PREFIX = 'modelgate_';
/** The verdicts a gate or a deployment ends with, one series each in {@link verdictSamples}. */
const VERDICTS = ['pass', 'warn', 'fail', 'no-baseline', 'promoted', 'rolled-back'];
/**
 * `modelgate_` and the parts joined with `_`, sanitized: `metricName('train-model', 'duration seconds')`
 * is `modelgate_train_model_duration_seconds`.
 */
function metricName(...parts) {
    return (0,_exposition_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeMetricName */ .H9)(METRIC_PREFIX + parts.map((part) => part.replace(/[^a-zA-Z0-9_:]+/g, '_')).join('_'));
}
/**
 * A step's figures as gauges `modelgate_<step>_<figure>` (booleans as 1 and 0), e.g.
 * `stepSamples('validate-data', { rows: 1200, passed: true })` gives `modelgate_validate_data_rows 1200`
 * and `modelgate_validate_data_passed 1`. `labels` go on every sample.
 */
function stepSamples(step, figures, labels) {
    return Object.entries(figures).map(([figure, value]) => ({
        name: metricName(step, figure),
        help: `modelgate ${step}: ${figure}`,
        type: 'gauge',
        value: typeof value === 'boolean' ? (value ? 1 : 0) : value,
        ...(labels ? { labels: { ...labels } } : {}),
    }));
}
/** How long a step took, as `modelgate_step_duration_seconds{step="..."}`: one panel for all steps. */
function stepDurationSample(step, seconds) {
    return { name: metricName('step', 'duration_seconds'), help: 'Duration of a modelgate step in seconds', type: 'gauge', value: seconds, labels: { step } };
}
/** When the step pushed, as `modelgate_last_push_timestamp_seconds` (for "stale" alerts). */
function pushTimeSample(at = new Date()) {
    return { name: metricName('last_push_timestamp_seconds'), help: 'Unix time of the last modelgate push of this group', type: 'gauge', value: at.getTime() / 1000 };
}
/**
 * A model's metric values, as `modelgate_model_metric{metric="<name>"}`: the name from the PR's file is
 * a label value, so it cannot make a series of its own. Non-finite values are left out (a metric file
 * with `NaN` says nothing to plot).
 */
function modelMetricSamples(values) {
    return Object.entries(values)
        .filter(([, value]) => Number.isFinite(value))
        .map(([metric, value]) => ({ name: metricName('model_metric'), help: 'A model metric as the candidate reported it', type: 'gauge', value, labels: { metric } }));
}
/** Drift scores per feature, as `modelgate_drift_score{feature="<name>"}`, plus `modelgate_drift_features_drifted`. */
function driftSamples(scores, drifted) {
    return [
        ...Object.entries(scores)
            .filter(([, value]) => Number.isFinite(value))
            .map(([feature, value]) => ({
            name: metricName('drift_score'),
            help: 'Drift score of a feature between reference and current data',
            type: 'gauge',
            value,
            labels: { feature },
        })),
        { name: metricName('drift_features_drifted'), help: 'Features whose drift score is past the threshold', type: 'gauge', value: drifted },
    ];
}
/**
 * The verdict as a state set: `modelgate_gate_verdict{verdict="..."}` is 1 for the verdict and 0 for the
 * others, so a panel can show the current one and a graph its history.
 */
function verdictSamples(verdict) {
    return VERDICTS.map((each) => ({
        name: metricName('gate_verdict'),
        help: 'The verdict of the gate or deployment (1 for the current one)',
        type: 'gauge',
        value: each === verdict ? 1 : 0,
        labels: { verdict: each },
    }));
}
/**
 * The version a deployment promoted: `modelgate_promoted_version_info{version="..."} 1` (registry
 * versions are not always numbers), and `modelgate_promoted_version` when the version is a whole number.
 */
function promotedVersionSamples(version) {
    const samples = [
        { name: metricName('promoted_version_info'), help: 'The model version last promoted (value always 1)', type: 'gauge', value: 1, labels: { version } },
    ];
    if (/^\d{1,15}$/.test(version.trim()))
        samples.push({ name: metricName('promoted_version'), help: 'The model version last promoted, when numeric', type: 'gauge', value: Number(version.trim()) });
    return samples;
}
/** validate-data's figures under the names the example dashboard reads (`modelgate_validate_data_*`). */
function validationSamples(rows, failedChecks) {
    return stepSamples('validate-data', { rows, failed_checks: failedChecks });
}
/** setup-gpu-runner's figures under the names the example dashboard reads (`modelgate_setup_gpu_runner_*`). */
function gpuSamples(gpus, memoryBytesPerGpu) {
    return stepSamples('setup-gpu-runner', { gpus, gpu_memory_bytes: memoryBytesPerGpu });
}


/***/ }),

/***/ 62464:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/files.js
var core_files = __webpack_require__(21645);
// EXTERNAL MODULE: ./build/core/markdown.js + 1 modules
var core_markdown = __webpack_require__(37980);
// EXTERNAL MODULE: ./build/core/run-record.js
var run_record = __webpack_require__(69549);
// EXTERNAL MODULE: ./build/registry/models.js + 3 modules
var models = __webpack_require__(46664);
// EXTERNAL MODULE: ./build/steps/deployments.js
var deployments = __webpack_require__(32288);
// EXTERNAL MODULE: ./build/steps/figures.js
var figures = __webpack_require__(85221);
// EXTERNAL MODULE: ./build/core/comparison-file.js
var comparison_file = __webpack_require__(6488);
;// CONCATENATED MODULE: ./build/steps/deploy-model/gate.js



/**
 * The gate verdict for a candidate: from compare-metrics' comparison file when given (its run-level
 * verdict, which the rows can only make worse: `fail` and `no-baseline` block, `warn` passes), else
 * from the run record's `gate`, else unknown. A comparison
 * made for another commit than the record's is refused: it gated a different model.
 *
 * A run whose training failed, timed out or was cancelled (its record's `outcome`, or for an older
 * record its command's exit code and flags) fails the gate whatever the comparison says: its metrics
 * are of a run that did not finish, or not its own.
 */
async function readGate(comparisonPath, shown, record) {
    const gate = await verdictOf(comparisonPath, shown, record);
    const training = (0,run_record/* trainingFailure */.lJ)(record);
    if (training === undefined)
        return gate;
    const compared = gate.verdict === 'unknown' ? [] : [`${gate.source} said ${gate.verdict}${gate.passed ? ', but it judged the metrics of a run that did not succeed' : ''}`];
    return {
        verdict: 'fail',
        passed: false,
        source: "the run record's outcome",
        reasons: [training, ...compared, ...gate.reasons],
        training,
        comparedVerdict: gate.verdict,
    };
}
async function verdictOf(comparisonPath, shown, record) {
    if (comparisonPath) {
        const bundle = await (0,comparison_file/* readComparisonFile */.WX)(comparisonPath, shown ?? comparisonPath, "deploy-model: input 'comparison'", { forChangeRequest: false });
        if (bundle.sha && record.git.sha && bundle.sha !== record.git.sha) {
            throw new errors/* UserError */.yo(`deploy-model: input 'comparison': ${shown} compared commit ${bundle.sha.slice(0, 12)}, but the run record is of ${record.git.sha.slice(0, 12)}: pass the comparison made for this run`, { file: shown ?? comparisonPath });
        }
        // The rules' verdict gates: compare-metrics' fail-on only decided whether its own job failed
        // (a challenge job runs with fail-on never so that this step can act on the verdict).
        const comparison = (0,comparison_file/* fromRows */.GS)(bundle.rows, bundle.verdict, bundle.candidateFailure);
        const noChampion = comparison.verdict === 'no-baseline' && bundle.baseline?.kind === 'env' && bundle.baseline.source === 'none' ? bundle.baseline.spec.slice('env:'.length) : undefined;
        return {
            verdict: comparison.verdict,
            passed: comparison.verdict === 'pass' || comparison.verdict === 'warn',
            source: shown ?? comparisonPath,
            reasons: [...(bundle.candidateFailure ? [`${bundle.candidateFailure.reason} (${bundle.candidateFailure.file})`] : []), ...reasonsOf(bundle.rows)],
            metrics: gatedMetrics(bundle.rows),
            noChampion,
        };
    }
    const gate = record.gate;
    if (gate && ['pass', 'warn', 'fail'].includes(gate.verdict)) {
        const verdict = gate.verdict;
        return { verdict, passed: typeof gate.passed === 'boolean' ? gate.passed : verdict !== 'fail', source: "the run record's gate", reasons: [] };
    }
    return { verdict: 'unknown', passed: false, source: 'no comparison and no gate in the run record', reasons: [] };
}
/** The metrics the rules judged: rows with a rule (or a status other than `info`), each name once, at most 10. */
function gatedMetrics(rows) {
    const names = rows.filter((r) => typeof r.rule === 'string' || r.status !== 'info').map((r) => r.name);
    return [...new Set(names)].slice(0, 10);
}
function reasonsOf(rows) {
    return rows.filter((r) => r.status === 'fail').map((r) => `${r.name}: ${Array.isArray(r.reasons) && r.reasons.length ? r.reasons.join('; ') : 'failed'}`);
}

// EXTERNAL MODULE: ./build/core/duration.js
var duration = __webpack_require__(61420);
// EXTERNAL MODULE: ./build/core/process.js
var core_process = __webpack_require__(14831);
// EXTERNAL MODULE: ./build/core/retry.js
var retry = __webpack_require__(68216);
;// CONCATENATED MODULE: ./build/steps/deploy-model/rollout.js





/** Runs one user command (bash, like a workflow `run:` step) with the target in its environment; a message when it failed. */
async function runHook(platform, what, command, target, timeoutMs, logDir) {
    platform.log.info(`deploy-model: running ${what}`);
    const env = (0,core_process/* commandEnv */.z)(process.env, {
        MODELGATE_MODEL: target.model,
        MODELGATE_VERSION: target.version,
        MODELGATE_DIGEST: target.digest,
        MODELGATE_ENVIRONMENT: target.environment,
        MODELGATE_REGISTRY: target.registry,
    });
    let result;
    try {
        result = await (0,core_process/* runCommand */.d)(command, {
            cwd: platform.context.workspace,
            env,
            timeoutMs,
            graceMs: 5000,
            logFile: (0,external_node_path_.join)(logDir, `${what}.log`),
            confineTo: platform.context.workspace,
            onOutput: (chunk) => platform.log.stream(chunk),
        });
    }
    catch (error) {
        // Runs after the environment was re-pointed: a hook that cannot start is a failed rollout (rolled back), not a crash.
        return `${what} could not run (${(0,errors/* messageOf */.bD)(error)})`;
    }
    if (result.timedOut)
        return `${what} did not finish within ${(0,duration/* formatDuration */.a)(timeoutMs)}`;
    if (result.exitCode !== 0)
        return `${what} failed (${result.signal ? `signal ${result.signal}` : `exit ${result.exitCode}`})`;
    return undefined;
}
/**
 * An HTTP smoke test: GETs the URL until it answers `status` or the time is up (a new version may need
 * a moment to come up). Returns a message when it never did.
 */
async function smokeUrl(url, status, timeoutMs, fetchImpl = fetch) {
    const deadline = Date.now() + timeoutMs;
    let last;
    for (;;) {
        try {
            const response = await fetchImpl(url, { redirect: 'manual', signal: AbortSignal.timeout(Math.max(1000, Math.min(10_000, deadline - Date.now()))) });
            await response.body?.cancel();
            if (response.status === status)
                return undefined;
            last = `status ${response.status}`;
        }
        catch (error) {
            last = error.name === 'TimeoutError' ? 'timed out' : `no connection (${error.cause?.code ?? error.message})`;
        }
        if (Date.now() + 1000 > deadline)
            return `smoke-test: ${redact(url)} answered ${last}, expected ${status} (for ${(0,duration/* formatDuration */.a)(timeoutMs)})`;
        await (0,retry/* sleep */.yy)(1000);
    }
}
/** A URL without credentials or query (tokens hide there). */
function redact(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return 'the smoke-test URL';
    }
}

;// CONCATENATED MODULE: ./build/steps/deploy-model/run.js











/**
 * deploy-model: pushes the candidate of a run record as an immutable version, then, when an environment
 * is named and the gate passed (or `force`), re-points the environment with a deployment record. A
 * failing rollout or smoke test puts the environment back where it was, with its own record.
 *
 * Its outputs are the truth about the environment: `promoted` is `true` only while the environment
 * points at this version, and once it does, nothing that only reports the deploy (the GitHub
 * Deployment, the summary) fails the job: it warns, saying where the environment stands.
 */
async function run(inputs, platform) {
    // Set before anything can fail, so `if: steps.deploy.outputs.promoted == 'false'` fires on a refusal,
    // a push only and an error alike; made true only when the environment points at this version.
    platform.setOutput('promoted', 'false');
    platform.setOutput('environment', '');
    const { workspace } = platform.context;
    const recordPath = await (0,core_files/* confinePath */.ey)(workspace, inputs.runRecord, "deploy-model: input 'run-record'");
    const shownRecord = (0,core_files/* displayPath */.Gt)(workspace, recordPath);
    const record = await (0,run_record/* readRunRecord */.lR)(recordPath, shownRecord);
    const comparison = inputs.comparison ? await (0,core_files/* confinePath */.ey)(workspace, inputs.comparison, "deploy-model: input 'comparison'") : undefined;
    const gate = await readGate(comparison, comparison && (0,core_files/* displayPath */.Gt)(workspace, comparison), record);
    if (gate.training && record.model.files.length === 0) {
        throw new errors/* UserError */.yo(`deploy-model: ${shownRecord} is of a run that did not succeed (${gate.training}) and holds no model files: there is nothing to push`, {
            file: shownRecord,
        });
    }
    const files = await modelFiles(workspace, inputs.modelDir, record, shownRecord);
    const store = (0,deployments.openModelStore)(platform, inputs);
    const version = inputs.modelVersion ?? defaultVersion(record);
    const name = `${inputs.modelName}:${version}`;
    const total = files.reduce((sum, f) => sum + (record.model.files.find((r) => r.path === f.name)?.size ?? 0), 0);
    platform.log.info(`deploy-model: pushing ${name} (${files.length} file${files.length === 1 ? '' : 's'}, ${total} bytes) to ${store.uri}`);
    const runRecordBytes = Buffer.from(`${JSON.stringify(record, null, 2)}\n`);
    const pushed = await (0,models.pushVersion)(store, inputs.modelName, version, files, runRecordBytes, annotations(record, platform.context.repositoryUrl));
    platform.log.info(`deploy-model: ${pushed.created ? 'pushed' : 'already there (same digest)'} ${pushed.digest}, ${pushed.bytesSent} bytes sent`);
    platform.setOutput('version', version);
    platform.setOutput('digest', pushed.digest);
    if (!inputs.environment) {
        await summary(platform, inputs, version, pushed.digest, gate, 'pushed (no environment named)');
        return (0,figures/* deployOutcome */.Ct)(inputs.modelName, undefined, version, 'pushed', '');
    }
    const environment = inputs.environment;
    const sha = record.git.sha ?? platform.context.sha;
    const before = await (0,models.currentDeployment)(store, inputs.modelName, environment);
    platform.setOutput('previous-digest', before?.digest ?? '');
    // With no champion (nothing in this environment, or in the one the challenge was against, yet), the
    // candidate's absolute bounds are all the gate there is.
    const firstVersion = gate.verdict === 'no-baseline' && (!before || gate.noChampion !== undefined);
    const failedGate = gate.passed || firstVersion ? undefined : gateProblem(gate, environment, before);
    if (failedGate !== undefined && !inputs.force) {
        const why = gate.verdict === 'unknown'
            ? `${failedGate}: pass compare-metrics' 'comparison' output, or set 'force: true'`
            : gate.verdict === 'no-baseline'
                ? `${failedGate}: compare with 'baseline: env:${environment}' (champion vs challenger), or set 'force: true'`
                : failedGate;
        await summary(platform, inputs, version, pushed.digest, gate, `not promoted to ${environment}`);
        await (0,deployments.recordDeploymentOrWarn)(platform, 'deploy-model', { environment, sha, state: 'failure', description: `gate ${gate.verdict}: not promoted`, token: inputs.token }, `${environment} still runs ${running(before)}: nothing was promoted`);
        return {
            failure: `deploy-model: ${name} was pushed but not promoted to ${environment}: ${why}`,
            ...(0,figures/* deployOutcome */.Ct)(inputs.modelName, environment, version, 'refused', why),
        };
    }
    if (before?.digest === pushed.digest && before.record?.record.action === 'promote') {
        platform.log.info(`deploy-model: ${environment} already points at ${pushed.digest}; nothing to record`);
        platform.setOutput('environment', environment);
        platform.setOutput('record', before.record.digest);
        platform.setOutput('promoted', 'true');
        await summary(platform, inputs, version, pushed.digest, gate, `already in ${environment}`);
        return { samples: (0,figures/* deployOutcome */.Ct)(inputs.modelName, environment, version, 'promoted', '').samples };
    }
    // `force` past a gate that did not pass: said where it is seen (an annotation, the summary, the record).
    const forced = failedGate !== undefined;
    if (forced)
        platform.log.warning(`deploy-model: forced past a failed gate: ${failedGate}; promoting ${name} to ${environment} because 'force' is true`);
    const reason = forced
        ? inputs.reason !== undefined
            ? `${inputs.reason} (forced past gate ${gate.verdict})`
            : `forced past a failed gate: ${failedGate}`
        : (inputs.reason ??
            (firstVersion
                ? before
                    ? `no champion to compare with: nothing in ${gate.noChampion} yet; promoted on its absolute bounds (${gate.source})`
                    : `the first version in ${environment}: no champion to compare with; promoted on its absolute bounds (${gate.source})`
                : `gate ${gate.verdict} (${gate.source})`));
    const extra = forced ? [['forced', `past a failed gate: ${failedGate}`]] : [];
    const base = {
        model: inputs.modelName,
        environment,
        actor: (0,deployments.actor)(platform),
        runUrl: platform.context.runUrl,
        runRecordDigest: pushed.digest,
        verdict: gate.verdict,
        forced,
        gatedMetrics: gate.metrics,
    };
    // The GitHub Deployment is recorded once the outcome is known (success or failure): the platform's
    // call creates it with its status in one go, and nothing about it may fail the job after this point.
    let promoted;
    try {
        promoted = await (0,models.deploy)(store, { ...base, action: 'promote', to: pushed.digest, version, reason });
    }
    catch (error) {
        // The record may be written and the pointer moved before the failure: the outputs say what is so,
        // and the error too unless the environment is where it was.
        const now = await pointer(platform, store, inputs.modelName, environment, pushed.digest);
        if (now.promoted === false)
            throw error;
        throw new errors/* ExternalError */.yA(`deploy-model: the promotion of ${name} to ${environment} did not complete (${(0,errors/* messageOf */.bD)(error)}); ${now.words}. Check 'modelgate history --env ${environment}' and re-run`, 'the model store', undefined, false);
    }
    if (promoted.lostRace) {
        const now = await pointer(platform, store, inputs.modelName, environment, pushed.digest);
        if (now.promoted)
            platform.setOutput('record', promoted.recordDigest);
        return {
            failure: `deploy-model: lost a race for ${environment}: ${promoted.lostRace}. Serialise deploys (a GitHub concurrency group or a GitLab resource_group per model and environment) and re-run`,
        };
    }
    platform.setOutput('promoted', 'true');
    platform.setOutput('environment', environment);
    platform.setOutput('record', promoted.recordDigest);
    platform.log.info(`deploy-model: ${environment} now points at ${name} (${(0,deployments.shortDigest)(pushed.digest)}; was ${running(before)}): ${reason}; record ${promoted.recordDigest}`);
    const target = { model: inputs.modelName, version, digest: pushed.digest, environment, registry: store.uri };
    const problem = await rollout(platform, inputs, target);
    if (problem) {
        const undone = await undo(platform, store, inputs, base, before, problem, pushed.digest);
        await (0,deployments.recordDeploymentOrWarn)(platform, 'deploy-model', { environment, sha, state: 'failure', description: problem, token: inputs.token }, undone);
        await (0,deployments.reportOrWarn)(platform, 'deploy-model', 'write the summary', undone, () => summary(platform, inputs, version, pushed.digest, gate, `rolled back: ${problem}`, extra));
        return { failure: `deploy-model: ${problem}; ${undone}`, ...(0,figures/* deployOutcome */.Ct)(inputs.modelName, environment, version, 'rolled-back', `${problem}; ${undone}`) };
    }
    const production = `${environment} now runs ${name}: the promotion went ahead`;
    await (0,deployments.recordDeploymentOrWarn)(platform, 'deploy-model', { environment, sha, state: 'success', description: name, token: inputs.token }, production);
    await (0,deployments.reportOrWarn)(platform, 'deploy-model', 'write the summary', production, () => summary(platform, inputs, version, pushed.digest, gate, `promoted to ${environment} (was ${(0,deployments.shortDigest)(before?.digest)})`, extra));
    return (0,figures/* deployOutcome */.Ct)(inputs.modelName, environment, version, 'promoted', before ? `${reason}; was ${before.version ?? (0,deployments.shortDigest)(before.digest)}` : `${reason}; the first version in ${environment}`);
}
/** Why a gate that did not pass does not promote by itself, in words (the facts; the caller adds what to do). */
function gateProblem(gate, environment, before) {
    if (gate.verdict === 'unknown')
        return `no gate verdict (${gate.source})`;
    if (gate.verdict === 'no-baseline')
        return `the comparison had no baseline (${gate.source}) while ${environment} runs ${running(before)}`;
    return `the gate verdict is ${gate.verdict} (${gate.source})${gate.reasons.length ? `: ${gate.reasons.slice(0, 5).join('; ')}` : ''}`;
}
/** What an environment runs, for messages: its version tag, else its short digest, else nothing. */
function running(deployed) {
    return deployed ? (deployed.version ?? (0,deployments.shortDigest)(deployed.digest)) : 'nothing';
}
/**
 * Reads what the environment points at after something went wrong, sets `promoted`, `environment` to
 * match, and says it in words; when even the read fails, the outputs stay as they were and the words
 * say it is unknown.
 */
async function pointer(platform, store, model, environment, digest) {
    try {
        const now = await (0,models.currentDeployment)(store, model, environment);
        const promoted = now?.digest === digest;
        platform.setOutput('promoted', String(promoted));
        platform.setOutput('environment', promoted ? environment : '');
        return { promoted, words: `${environment} now points at ${now ? `${running(now)} (${(0,deployments.shortDigest)(now.digest)})` : 'nothing'}` };
    }
    catch (error) {
        return { promoted: undefined, words: `what ${environment} points at could not be read (${(0,errors/* messageOf */.bD)(error)})` };
    }
}
/** The team's rollout, then the smoke test; the first failure in words. */
async function rollout(platform, inputs, target) {
    const logDir = (0,external_node_path_.join)(platform.context.workspace, '.modelgate', 'logs');
    if (inputs.deployCommand) {
        const failed = await runHook(platform, 'deploy-command', inputs.deployCommand, target, inputs.smokeTimeout, logDir);
        if (failed)
            return failed;
    }
    if (!inputs.smokeTest)
        return undefined;
    if (/^https?:\/\//i.test(inputs.smokeTest))
        return smokeUrl(inputs.smokeTest, inputs.smokeStatus, inputs.smokeTimeout);
    return runHook(platform, 'smoke-test', inputs.smokeTest, target, inputs.smokeTimeout, logDir);
}
/**
 * Puts the environment back where it was before this deploy, as a rollback record; says where the
 * environment stands, and sets `promoted` and `environment` to match.
 */
async function undo(platform, store, inputs, base, before, problem, digest) {
    const environment = base.environment;
    // Nothing to go back to: the environment still runs this version, and the outputs say so.
    if (!before)
        return `${environment} had no version before this one, so it was left pointing at the new version: fix it or roll it forward`;
    let back;
    try {
        back = await (0,models.deploy)(store, {
            ...base,
            action: 'rollback',
            to: before.digest,
            version: before.version,
            reason: `automatic: ${problem}`,
            forced: false,
            verdict: undefined,
            gatedMetrics: undefined,
            runRecordDigest: undefined,
        });
    }
    catch (error) {
        const now = await pointer(platform, store, inputs.modelName, environment, digest);
        return `the automatic rollback to ${running(before)} failed (${(0,errors/* messageOf */.bD)(error)}); ${now.words}: roll it back with the rollback step`;
    }
    if (back.lostRace) {
        const now = await pointer(platform, store, inputs.modelName, environment, digest);
        return `the automatic rollback lost a race: ${back.lostRace} (${now.words})`;
    }
    platform.setOutput('promoted', 'false');
    platform.setOutput('environment', '');
    platform.log.warning(`deploy-model: ${environment} rolled back to ${before.version ?? before.digest} (record ${back.recordDigest}): ${problem}`);
    return `${environment} was rolled back to ${running(before)}`;
}
/** The model files named by the record, found under `model-dir` and checked to exist with the recorded size. */
async function modelFiles(workspace, modelDir, record, shownRecord) {
    if (record.model.files.length === 0)
        throw new errors/* UserError */.yo(`deploy-model: run record ${shownRecord} lists no model files (train-model's 'model' input)`, { file: shownRecord });
    const root = await (0,core_files/* confinePath */.ey)(workspace, modelDir, "deploy-model: input 'model-dir'");
    const files = [];
    for (const file of record.model.files) {
        const path = await (0,core_files/* confinePath */.ey)(root, file.path, `deploy-model: run record ${shownRecord}: model file`);
        const info = await (0,promises_.stat)(path).catch(() => undefined);
        if (!info?.isFile())
            throw new errors/* UserError */.yo(`deploy-model: model file '${file.path}' of ${shownRecord} is not in ${(0,core_files/* displayPath */.Gt)(workspace, root)} (download the training job's artifact there, or set 'model-dir')`, { file: shownRecord });
        if (info.size !== file.size)
            throw new errors/* UserError */.yo(`deploy-model: model file '${file.path}' is ${info.size} bytes, but ${shownRecord} recorded ${file.size}: it changed after training`, {
                file: shownRecord,
            });
        files.push({ path, name: file.path, sha256: file.sha256 });
    }
    return files;
}
/** A re-run of the same job pushes the same version: the commit and the run record's id. */
function defaultVersion(record) {
    const sha = record.git.sha ? record.git.sha.slice(0, 12) : 'nogit';
    return `${sha}-${record.id.replace(/[^A-Za-z0-9._-]/g, '-')}`.slice(0, 128);
}
/**
 * What the version says about itself: only what training made (no verdict: a gate outcome lives in the
 * deployment records, so a version pushed now and promoted later is the same version, sent once).
 */
function annotations(record, repositoryUrl) {
    const out = { [models.ANNOTATIONS.runId]: record.id };
    // GHCR links a package to its repository by this label, which lets the repository's GITHUB_TOKEN write it.
    if (repositoryUrl)
        out[models.ANNOTATIONS.source] = repositoryUrl;
    if (record.git.sha)
        out[models.ANNOTATIONS.revision] = record.git.sha;
    if (record.ci.runUrl)
        out['org.modelgate.run-url'] = record.ci.runUrl;
    if (record.model.digest)
        out['org.modelgate.model-digest'] = record.model.digest;
    const headline = Object.entries(record.metrics).slice(0, 10);
    if (headline.length)
        out['org.modelgate.metrics'] = JSON.stringify(Object.fromEntries(headline));
    return out;
}
async function summary(platform, inputs, version, digest, gate, outcome, extra = []) {
    const rows = [['model', inputs.modelName], ['version', version], ['digest', digest], ['gate', `${gate.verdict} (${gate.source})`], ...extra, ['outcome', outcome]];
    const markdown = `### deploy-model\n\n${(0,core_markdown/* table */.tp)(['', ''], rows.map(([k, v]) => [k, (0,core_markdown/* code */.aY)(v, { inTable: true })]))}\n`;
    const text = rows.map(([k, v]) => `${k.padEnd(8)} ${v}`).join('\n');
    await platform.summary({ markdown, text: `${text}\n` });
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

/***/ 85221:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ deployOutcome),
/* harmony export */   Hc: () => (/* binding */ trainOutcome),
/* harmony export */   bm: () => (/* binding */ gpuOutcome),
/* harmony export */   d8: () => (/* binding */ validateOutcome),
/* harmony export */   mg: () => (/* binding */ compareOutcome),
/* harmony export */   pl: () => (/* binding */ rollbackOutcome)
/* harmony export */ });
/* harmony import */ var _monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49598);

/** Finite numbers of a metric map, for the `modelgate_model_metric` series. */
function numbers(values) {
    const out = {};
    for (const [name, value] of values)
        if (typeof value === 'number' && Number.isFinite(value))
            out[name] = value;
    return out;
}
/** compare-metrics: the candidate's metrics, each delta, the verdict; a chat line per regression. */
function compareOutcome(comparison, title, links) {
    const deltas = comparison.rows
        .filter((r) => typeof r.delta === 'number' && Number.isFinite(r.delta))
        .map((r) => ({
        name: 'modelgate_model_metric_delta',
        help: 'Change of a model metric against the baseline',
        type: 'gauge',
        value: r.delta,
        labels: { metric: r.name },
    }));
    const samples = [
        ...(0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.modelMetricSamples)(numbers(comparison.rows.map((r) => [r.name, r.value]))),
        ...deltas,
        ...(0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.verdictSamples)(comparison.verdict),
        ...(0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.stepSamples)('compare-metrics', { failed_rules: comparison.counts.fail, warned_rules: comparison.counts.warn }),
    ];
    const lines = comparison.rows
        .filter((r) => r.status === 'fail' || r.status === 'warn')
        .slice(0, 10)
        .map((r) => `${r.status === 'fail' ? '✗' : '!'} ${r.name}: ${r.reasons.join('; ')}`);
    if (comparison.verdict === 'no-baseline')
        lines.unshift('nothing to compare with: only absolute bounds were checked');
    else if (lines.length === 0)
        lines.push(`${comparison.rows.length} metrics compared, none regressed past its rule`);
    return {
        samples,
        notice: {
            event: comparison.verdict === 'fail' ? 'fail' : comparison.verdict === 'no-baseline' ? 'no-baseline' : 'pass',
            message: { title: `${title}: ${comparison.verdict}`, verdict: comparison.verdict, lines, links },
        },
    };
}
/** deploy-model: the promoted version, or the refusal. */
function deployOutcome(model, environment, version, outcome, why) {
    const samples = [...(0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.stepSamples)('deploy-model', { promoted: outcome === 'promoted' }), ...(outcome === 'promoted' ? (0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.promotedVersionSamples)(version) : [])];
    if (outcome === 'pushed' || !environment)
        return { samples };
    const verdict = outcome === 'promoted' ? 'promoted' : outcome === 'rolled-back' ? 'rolled-back' : 'fail';
    const event = outcome === 'promoted' ? 'promote' : outcome === 'rolled-back' ? 'rollback' : 'fail';
    return {
        samples: [...samples, ...(0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.verdictSamples)(verdict)],
        notice: {
            event,
            message: {
                title: `${model}:${version} ${outcome === 'promoted' ? 'promoted to' : outcome === 'rolled-back' ? 'rolled back in' : 'not promoted to'} ${environment}`,
                verdict,
                lines: [why],
                links: [],
            },
        },
    };
}
/** rollback: what the environment went back to, and why. */
function rollbackOutcome(model, environment, version, why) {
    return {
        samples: [...(0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.stepSamples)('rollback', { rolled_back: true }), ...(0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.verdictSamples)('rolled-back'), ...(0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.promotedVersionSamples)(version)],
        notice: { event: 'rollback', message: { title: `${model} in ${environment} rolled back to ${version}`, verdict: 'rolled-back', lines: [why], links: [] } },
    };
}
/** validate-data: rows, failed checks, drift scores. */
function validateOutcome(rows, failedChecks, drift) {
    return [
        ...(0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.validationSamples)(rows, failedChecks),
        ...(drift.length ? (0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.driftSamples)(Object.fromEntries(drift.map((d) => [d.column, d.score])), drift.filter((d) => d.drifted).length) : []),
    ];
}
/** train-model: the run's metrics. */
function trainOutcome(metrics, exitCode) {
    return [...(0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.modelMetricSamples)(numbers(Object.entries(metrics))), ...(0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.stepSamples)('train-model', { exit_code: exitCode ?? -1 })];
}
/** setup-gpu-runner: GPUs selected and the memory of each. */
function gpuOutcome(count, memoryMiB) {
    return (0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.gpuSamples)(count, memoryMiB * 1024 * 1024);
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
