export const id = 232;
export const ids = [232,9598];
export const modules = {

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

/***/ 30232:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37980);
/* harmony import */ var _registry_models_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46664);
/* harmony import */ var _deployments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32288);
/* harmony import */ var _figures_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85221);





function watchOf(inputs) {
    if (!inputs.prometheusUrl || !inputs.query || inputs.threshold === undefined)
        return undefined;
    return {
        url: inputs.prometheusUrl,
        query: inputs.query,
        threshold: inputs.threshold,
        above: inputs.breachWhen === 'above',
        forMs: inputs.watchFor,
        everyMs: inputs.watchEvery,
        token: inputs.prometheusToken,
    };
}
/**
 * rollback: re-points an environment at an earlier version, with a deployment record. In watch mode it
 * first evaluates a PromQL query for a while and rolls back only on a breach.
 */
async function run(inputs, platform) {
    // Set before anything can fail; made true only once the environment was re-pointed.
    platform.setOutput('rolled-back', 'false');
    const store = (0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.openModelStore)(platform, inputs);
    let reason = inputs.reason;
    const watch = watchOf(inputs);
    if (watch) {
        const breach = await watchFor(platform, watch);
        platform.setOutput('breached', String(breach !== undefined));
        if (breach === undefined) {
            platform.setOutput('rolled-back', 'false');
            await platform.summary(report('healthy', [
                ['environment', inputs.environment],
                ['query', watch.query],
                ['outcome', `stayed within ${watch.threshold} for the whole watch`],
            ]));
            return {};
        }
        reason ??= breach;
    }
    const current = await (0,_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.currentDeployment)(store, inputs.modelName, inputs.environment);
    if (!current)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`rollback: ${inputs.modelName} has never been deployed to ${inputs.environment} in ${store.uri}: nothing to roll back`);
    const target = inputs.to ? await explicitTarget(store, inputs, inputs.to) : await previousTarget(store, inputs, current.digest);
    if (target.digest === current.digest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`rollback: ${inputs.environment} already points at ${target.version ?? target.digest}`);
    const why = reason ?? 'manual rollback';
    const rows = [
        ['environment', inputs.environment],
        ['from', `${current.version ?? ''} ${(0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.shortDigest)(current.digest)}`.trim()],
        ['to', `${target.version ?? ''} ${(0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.shortDigest)(target.digest)}`.trim()],
        ['why', why],
    ];
    platform.setOutput('from-digest', current.digest);
    platform.setOutput('digest', target.digest);
    platform.setOutput('version', target.version ?? '');
    const move = `${inputs.environment} from ${describe(current)} to ${describe(target)}`;
    if (inputs.dryRun) {
        platform.log.info(`rollback: dry run: would re-point ${move} (why: ${why}); nothing changed, no record written`);
        await platform.summary(report('dry run: nothing changed', rows));
        return {};
    }
    const done = await (0,_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.deploy)(store, {
        model: inputs.modelName,
        environment: inputs.environment,
        action: 'rollback',
        to: target.digest,
        version: target.version,
        actor: (0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.actor)(platform),
        runUrl: platform.context.runUrl,
        reason: why,
    });
    if (done.lostRace)
        return { failure: `rollback: lost a race for ${inputs.environment}: ${done.lostRace}. Check 'modelgate history' and re-run` };
    platform.setOutput('rolled-back', 'true');
    platform.setOutput('record', done.recordDigest);
    platform.log.info(`rollback: re-pointed ${move} (why: ${why}); record ${done.recordDigest}`);
    // The environment moved: what only reports it warns when it fails, saying so.
    const production = `${inputs.environment} now runs ${target.version ?? (0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.shortDigest)(target.digest)}: the rollback went ahead`;
    const revision = target.annotations[_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.ANNOTATIONS.revision];
    await (0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.recordDeploymentOrWarn)(platform, 'rollback', {
        environment: inputs.environment,
        sha: revision ?? platform.context.sha,
        state: 'success',
        description: `rolled back to ${target.version ?? (0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.shortDigest)(target.digest)}`,
        token: inputs.token,
    }, production);
    await (0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.reportOrWarn)(platform, 'rollback', 'write the summary', production, () => platform.summary(report('rolled back', rows)));
    const outcome = (0,_figures_js__WEBPACK_IMPORTED_MODULE_3__/* .rollbackOutcome */ .pl)(inputs.modelName, inputs.environment, target.version ?? (0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.shortDigest)(target.digest), why);
    if (watch)
        return { failure: `rollback: ${reason}; ${inputs.environment} was rolled back to ${target.version ?? (0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.shortDigest)(target.digest)}`, ...outcome };
    return outcome;
}
/**
 * An explicit `to`: a version the environment ran before, whose promotion there passed its gate. Gate
 * outcomes live in the deployment records (a version holds only what training made), so a version
 * the environment never ran has nothing that vouches for it: deploy-model, with its gate, takes it there.
 */
async function explicitTarget(store, inputs, to) {
    const found = await (0,_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.resolveVersion)(store, inputs.modelName, to);
    if (!found)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`rollback: input 'to': ${inputs.modelName} has no version or digest '${to}' in ${store.uri}`);
    const { records } = await (0,_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.history)(store, inputs.modelName, inputs.environment);
    const promotions = records.filter(({ record }) => record.to === found.digest && record.action === 'promote');
    if (promotions.length === 0 && !records.some(({ record }) => record.to === found.digest)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`rollback: input 'to': ${to} never ran in ${inputs.environment}, so no gate vouches for it there; promote it with deploy-model (its gate decides), or pick a version from 'modelgate history --env ${inputs.environment}'`);
    }
    if (promotions.length > 0 && promotions.every(({ record }) => record.forced === true || record.verdict === 'fail')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`rollback: input 'to': ${to} only reached ${inputs.environment} forced past its gate (${promotions.map(({ record }) => record.verdict ?? 'no verdict').join(', ')}); pick another version, or promote it again with deploy-model and 'force'`);
    }
    return found;
}
/** The newest version the environment held before, skipping any that a rollback moved away from. */
async function previousTarget(store, inputs, current) {
    const { records } = await (0,_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.history)(store, inputs.modelName, inputs.environment);
    const bad = new Set([current]);
    for (const { record } of records)
        if (record.action === 'rollback' && record.from)
            bad.add(record.from);
    for (const { record } of records) {
        if (bad.has(record.to))
            continue;
        const found = await (0,_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.resolveVersion)(store, inputs.modelName, record.to);
        if (found)
            return found;
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`rollback: ${inputs.environment} has no earlier version to go back to (${records.length} record${records.length === 1 ? '' : 's'} in its history); name one with 'to'`);
}
/** Watches the query; the breach in words, or undefined when it stayed healthy. */
async function watchFor(platform, watch) {
    const { watch: watchQuery } = await __webpack_require__.e(/* import() */ 9696).then(__webpack_require__.bind(__webpack_require__, 69696));
    platform.log.info(`rollback: watching '${watch.query}' every ${watch.everyMs / 1000}s for ${watch.forMs / 1000}s (breach when ${watch.above ? 'above' : 'below'} ${watch.threshold})`);
    const result = await watchQuery({
        url: watch.url,
        query: watch.query,
        threshold: watch.threshold,
        above: watch.above,
        forMs: watch.forMs,
        everyMs: watch.everyMs,
        fetch: watch.token ? withBearer(watch.token) : undefined,
        onSample: (sample) => platform.log.info(`rollback: ${sample.time} ${sample.value ?? 'no data'}`),
    });
    const last = result.samples.at(-1)?.value;
    if (last !== undefined || result.value !== undefined)
        platform.setOutput('value', String(result.value ?? last));
    if (result.noData)
        platform.log.warning(`rollback: '${watch.query}' returned no data for the whole watch: no breach, but no evidence of health either (check the query's labels)`);
    if (!result.breached)
        return undefined;
    return `'${watch.query}' was ${result.value} at ${result.at}, ${watch.above ? 'above' : 'below'} the threshold ${watch.threshold}`;
}
/** A fetch that sends Prometheus a bearer token (the token never reaches a message). */
function withBearer(token) {
    return (input, init) => {
        const headers = new Headers(init?.headers);
        headers.set('Authorization', `Bearer ${token}`);
        return fetch(input, { ...init, headers });
    };
}
/** A version in a log line: its tag and short digest, or the digest alone. */
function describe(version) {
    return version.version ? `${version.version} (${(0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.shortDigest)(version.digest)})` : version.digest;
}
function report(outcome, rows) {
    const markdown = `### rollback: ${outcome}\n\n${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .table */ .tp)(['', ''], rows.map(([k, v]) => [k, (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(v, { inTable: true })]))}\n`;
    return { markdown, text: `rollback: ${outcome}\n${rows.map(([k, v]) => `  ${k.padEnd(12)} ${v}`).join('\n')}\n` };
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
