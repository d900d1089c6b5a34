export const id = 9598;
export const ids = [9598];
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


/***/ })

};
