export const id = 8516;
export const ids = [8516,9598];
export const modules = {

/***/ 64866:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   fE: () => (/* binding */ isShallow),
/* harmony export */   nv: () => (/* binding */ commitSource),
/* harmony export */   qE: () => (/* binding */ resolveRef),
/* harmony export */   wu: () => (/* binding */ mergeBase)
/* harmony export */ });
/* unused harmony exports GitSetupError, MissingRefError, redact, hasCommit, requireCommit */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);



/**
 * Runs git with an argument list (never a shell string); resolves stdout. The failures a user fixes
 * reject with a {@link UserError} that says how: git not installed, a workspace that is no repository
 * (a forgotten checkout) or that git refuses ({@link GitSetupError}), a ref the clone lacks
 * ({@link MissingRefError}). Any other failure rejects with a {@link GitError}.
 */
async function git(cwd, args, options = {}) {
    // Loaded on first use: a step that reads no git history does not pay for child_process at start.
    const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 19));
    return new Promise((resolve, reject) => {
        const child = execFile('git', [...args], { cwd, maxBuffer: options.maxBuffer ?? 256 * 1024 * 1024, env: { ...(options.env ?? process.env), GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (error, stdout, stderr) => (error ? reject(gitFailure(cwd, args, error, stderr)) : resolve(stdout)));
        if (options.input !== undefined) {
            // A git that never started (or exited early) closes stdin: the callback reports that, not an EPIPE.
            child.stdin?.on('error', () => undefined);
            child.stdin?.end(options.input);
        }
    });
}
/** A failed git command, with its arguments, what git said (credentials in URLs hidden) and its exit code. */
class GitError extends Error {
    args;
    exitCode;
    stderr;
    constructor(args, stderr, exitCode) {
        const said = redact(stderr);
        super(`git ${redact(args.join(' '))}: ${firstLine(said)}`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = said;
    }
}
/** Git cannot work in the workspace at all: git is not installed, or the workspace is no repository git accepts. */
class GitSetupError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
}
/** A ref or commit that the clone does not have (often: a shallow clone, CI's default). */
class MissingRefError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
    ref;
    args;
    stderr;
    constructor(ref, args, stderr) {
        super(`git ref '${redact(ref)}' does not exist in this clone: it may lack that history. Give the job the history (GitHub: actions/checkout with 'fetch-depth: 0'; GitLab: GIT_DEPTH: 0), or set compare-metrics' input 'baseline' to a ref that exists ('ref:<branch>') or to 'file:<path>'`);
        this.ref = ref;
        this.args = args;
        this.stderr = redact(stderr);
    }
}
/** What a failed git command means for the user: a {@link UserError} when they can fix it, else a {@link GitError}. */
function gitFailure(cwd, args, error, stderr) {
    const said = stderr.trim();
    // execFile reports a git it could not start as ENOENT, and so too a working directory that does not exist.
    if (error.code === 'ENOENT' && said === '') {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(cwd))
            return new GitSetupError(`the workspace ${cwd} does not exist: check out the repository first (actions/checkout, or GitLab's default clone)`);
        return new GitSetupError("git is not installed on this runner (no 'git' on the PATH): install git in the job's image (actions/checkout also needs it to clone a repository rather than download its files), or set compare-metrics' input 'baseline' to 'file:<path>'");
    }
    if (/^fatal: not a git repository/im.test(said)) {
        return new GitSetupError(`the workspace ${cwd} is not a git repository: check out the repository first (actions/checkout, or GitLab's default clone)`);
    }
    if (/^fatal: detected dubious ownership/im.test(said)) {
        return new GitSetupError(`git refuses the repository at ${cwd}: another user owns it ("detected dubious ownership"). Mark it safe in the job before this step: git config --global --add safe.directory ${cwd}`);
    }
    const ref = missingRefIn(said);
    if (ref !== undefined)
        return new MissingRefError(ref, args, said);
    return new GitError(args, said || error.message, typeof error.code === 'number' ? error.code : undefined);
}
/** The ref in git's "unknown revision" / "bad object" / "not a valid object name" errors. */
function missingRefIn(stderr) {
    const match = /^fatal: ambiguous argument '(.+)': unknown revision/m.exec(stderr) ??
        /^fatal: bad (?:object|revision) '?([^'\s]+)'?$/m.exec(stderr) ??
        /^fatal: not a valid (?:object|commit) name '?([^'\s]+?)'?$/im.exec(stderr) ??
        /^fatal: invalid object name '([^']+)'/m.exec(stderr);
    return match?.[1]?.replace(/\^\{\w*\}$/, '');
}
/** Hides credentials in what git echoes: `https://user:token@host`, tokens, Authorization headers. */
function redact(text) {
    return text
        .replace(/([a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, '$1***@')
        .replace(/\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,})/g, '***')
        .replace(/(authorization:\s*(?:basic|bearer|token)\s+)\S+/gi, '$1***');
}
/** The line that says what failed: git's first `fatal:` or `error:` line, else its first line. */
function firstLine(text) {
    const lines = text.split('\n').map((l) => l.trim());
    return lines.find((l) => /^(?:fatal|error):/i.test(l)) ?? lines.find(Boolean) ?? '';
}
/** A rejection to turn into "not there": anything but git being unable to work in the workspace. */
function unlessSetup(value) {
    return (error) => {
        if (error instanceof GitSetupError)
            throw error;
        return value;
    };
}
/** Whether a commit is present in the local object store. */
async function hasCommit(cwd, sha) {
    return git(cwd, ['cat-file', '-e', `${sha}^{commit}`]).then(() => true, unlessSetup(false));
}
/** Resolves a ref (branch, tag, sha) to a full commit sha, or `undefined` (rejects only when git cannot work in the workspace). */
async function resolveRef(cwd, ref) {
    if (ref.startsWith('-'))
        return undefined;
    return git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).then((out) => out.trim(), unlessSetup(undefined));
}
/** Resolves a ref to a full commit sha; a ref the clone lacks is a {@link MissingRefError} that names it. */
async function requireCommit(cwd, ref) {
    const sha = await resolveRef(cwd, ref);
    if (sha === undefined)
        throw new MissingRefError(ref, ['rev-parse', '--verify', `${ref}^{commit}`], '');
    return sha;
}
/** Whether the clone has cut-off history (CI's default). */
async function isShallow(cwd) {
    return (await git(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}
/**
 * The merge-base of two commits. In a shallow clone (CI's default) the history is fetched from
 * `origin` a little at a time until the common ancestor appears, then in full; an error says how to
 * give the job the history when even that fails.
 */
async function mergeBase(cwd, base, head) {
    const attempt = () => git(cwd, ['merge-base', base, head]).then((out) => out.trim(), unlessSetup(undefined));
    // In a full clone a --depth fetch would make the repository shallow, which other tools then trip on.
    const depth = (await isShallow(cwd)) ? ['--depth=1'] : [];
    for (const sha of [base, head]) {
        if (!(await hasCommit(cwd, sha)))
            await fetchFromOrigin(cwd, [...depth, 'origin', sha], `commit ${sha}`);
    }
    let found = await attempt();
    for (const depth of [50, 400, 3000]) {
        if (found || !(await isShallow(cwd)))
            break;
        await fetchFromOrigin(cwd, [`--deepen=${depth}`, 'origin', base, head], 'more history');
        found = await attempt();
    }
    if (!found && (await isShallow(cwd))) {
        await fetchFromOrigin(cwd, ['--unshallow', 'origin', base, head], 'the full history');
        found = await attempt();
    }
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`compare-metrics: baseline 'merge-base': ${short(base)} and ${short(head)} have no common ancestor`);
    return found;
}
async function fetchFromOrigin(cwd, args, what) {
    try {
        await git(cwd, ['fetch', '--no-tags', '--quiet', ...args]);
    }
    catch (error) {
        if (error instanceof GitSetupError)
            throw error;
        const said = error instanceof GitError || error instanceof MissingRefError ? firstLine(error.stderr) : (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`compare-metrics: baseline 'merge-base' needs ${what} from the remote 'origin', and fetching it failed (${said}). ` +
            "Give the job the history (GitHub: actions/checkout with 'fetch-depth: 0'; GitLab: GIT_DEPTH: 0) or set 'baseline' to 'file:<path>'");
    }
}
/** A commit's tree as a {@link FileSource}, read with `git ls-tree` and `git cat-file`. */
function commitSource(cwd, sha, label) {
    return {
        label,
        root: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd),
        async list(directory) {
            const args = ['ls-tree', '-r', '-z', '--full-tree', '--name-only', sha, '--', directory || '.'];
            const out = await git(cwd, args).catch((error) => {
                // A full sha the clone lacks is "not a tree object", which does not say which.
                throw error instanceof GitError && /^fatal: not a tree object/m.test(error.stderr) ? new MissingRefError(sha, args, error.stderr) : error;
            });
            return out.split('\0').filter(Boolean).sort();
        },
        async read(path) {
            return git(cwd, ['cat-file', 'blob', `${sha}:${path}`]).catch(unlessSetup(undefined));
        },
    };
}
function short(sha) {
    return sha.slice(0, 7);
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


/***/ })

};
