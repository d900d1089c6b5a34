export const id = 6307;
export const ids = [6307];
export const modules = {

/***/ 16307:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./build/core/compare.js
var compare = __webpack_require__(45573);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/rules.js
var core_rules = __webpack_require__(54653);
// EXTERNAL MODULE: ./build/core/stats/distributions.js + 1 modules
var distributions = __webpack_require__(95590);
;// CONCATENATED MODULE: ./build/core/calibrate.js
// Calibration: what the gate would say about runs that differ only by noise. Repeated runs of one
// commit (A/A: other seeds, other runners) measure each metric's run-to-run spread; every ordered pair
// of them, one as baseline and one as candidate, is a no-op pull request, so the share of pairs the
// current rule fails is its false-alarm rate.




/** Fewer runs than this give no usable spread. */
const MIN_CALIBRATION_RUNS = 3;
/**
 * Calibrates the rules on repeated runs of one commit: for each numeric metric every run has, its
 * spread, the false-alarm rate of its rule over all ordered pairs of runs, and the allowance that a
 * difference of two runs exceeds with probability `alpha` if the noise is normal: z(1 − alpha)·√2·sd.
 * Fewer than {@link MIN_CALIBRATION_RUNS} runs, or a metric some runs lack, is a {@link UserError}
 * naming the runs.
 */
function calibrate(runs, rules, alpha = 0.05) {
    if (runs.length < MIN_CALIBRATION_RUNS)
        throw new errors/* UserError */.yo(`calibrate: ${runs.length} run${runs.length === 1 ? '' : 's'} given; at least ${MIN_CALIBRATION_RUNS} repeated runs of one commit are needed to measure the noise`);
    const names = new Set(runs.flatMap((r) => [...r.metrics.keys()]));
    const out = [];
    for (const name of names) {
        const values = runs.map((r) => r.metrics.get(name)?.value);
        const lacking = runs.filter((_, i) => values[i] === undefined).map((r) => r.name);
        if (lacking.length > 0) {
            if ((0,core_rules/* ruleFor */.sG)(rules, name))
                throw new errors/* UserError */.yo(`calibrate: the gated metric '${name}' is missing from ${lacking.length} of ${runs.length} runs (${lacking.slice(0, 3).join(', ')}${lacking.length > 3 ? ', …' : ''}); give runs that all wrote it`);
            continue;
        }
        if (!values.every((v) => typeof v === 'number' && Number.isFinite(v)))
            continue;
        out.push(calibrateOne(name, values, (0,core_rules/* ruleFor */.sG)(rules, name), alpha));
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
}
function calibrateOne(name, values, rule, alpha) {
    const n = values.length;
    const mean = values.reduce((s, v) => s + v, 0) / n;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
    const absolute = (0,distributions/* normalQuantile */.Zl)(1 - alpha) * Math.SQRT2 * sd;
    const result = {
        name,
        runs: n,
        mean,
        sd,
        min: Math.min(...values),
        max: Math.max(...values),
        suggested: { absolute, ...(mean !== 0 ? { relative: absolute / Math.abs(mean) } : {}), alpha },
        ...(rule?.better ? { better: rule.better } : {}),
    };
    if (!rule)
        return result;
    result.rule = [
        rule.better && `${rule.better} is better`,
        rule.maxDrop && `max-drop ${rule.maxDrop.text}`,
        rule.maxRise && `max-rise ${rule.maxRise.text}`,
        rule.warnDrop && `warn-drop ${rule.warnDrop.text}`,
        rule.warnRise && `warn-rise ${rule.warnRise.text}`,
    ]
        .filter(Boolean)
        .join(' · ');
    if (!(rule.maxDrop || rule.maxRise || rule.warnDrop || rule.warnRise))
        return result;
    let fail = 0;
    let warn = 0;
    let pairs = 0;
    for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
            if (i === j)
                continue;
            const row = { name, change: 'changed', status: 'pass', reasons: [] };
            (0,compare/* checkChange */.$_)(row, rule, values[j], values[i]);
            pairs++;
            if (row.status === 'fail')
                fail++;
            else if (row.status === 'warn')
                warn++;
        }
    }
    result.falseAlarms = { fail: fail / pairs, warn: warn / pairs, pairs };
    return result;
}
/** The suggestion as a rule key, e.g. `max-drop: 0.0123 (1.4%)`. */
function suggestion(c) {
    const amount = `${(0,compare/* formatNumber */.ZV)(Number(c.suggested.absolute.toPrecision(3)))}${c.suggested.relative !== undefined ? ` (${(0,compare/* formatPercent */.l9)(c.suggested.relative)})` : ''}`;
    if (c.sd === 0)
        return 'no run-to-run noise: any change is real';
    return c.better === 'higher' ? `max-drop ${amount}` : c.better === 'lower' ? `max-rise ${amount}` : `max-drop or max-rise ${amount}`;
}

// EXTERNAL MODULE: ./build/core/files.js
var core_files = __webpack_require__(21645);
// EXTERNAL MODULE: ./build/core/markdown.js + 1 modules
var markdown = __webpack_require__(37980);
// EXTERNAL MODULE: ./build/core/metrics.js
var metrics = __webpack_require__(46491);
;// CONCATENATED MODULE: ./build/steps/calibrate/run.js







/** `modelgate calibrate`: reads each run's metrics, calibrates the rules on them, prints the result on stdout. */
async function run(inputs, platform, config) {
    const source = (0,core_files/* workspaceSource */.$Q)(platform.context.workspace);
    const { files, unmatched } = await (0,core_files/* expandPatterns */.qL)(source, inputs.runs);
    if (unmatched.length > 0)
        throw new errors/* UserError */.yo(`calibrate: input 'runs': '${unmatched[0]}' matched no file in the workspace`);
    const runs = [];
    for (const file of files) {
        const read = await (0,metrics/* readMetrics */.Uw)(source, [file], { origin: { label: `calibrate: input 'runs' (${file})`, annotate: true } });
        // A failed run's metrics are not noise of the commit: calibrating on them would widen every margin.
        if (read.failedRuns?.length)
            throw new errors/* UserError */.yo(`calibrate: ${file} is the record of a failed run (${read.failedRuns[0]?.reason}); give only runs that succeeded`);
        runs.push({ name: file, metrics: read.metrics });
    }
    const parsed = await config.document();
    const rules = (0,core_rules/* mergeRules */.ub)(parsed ? (0,core_rules/* rulesFromYaml */.zw)(parsed, config.shown, 'metrics') : core_rules/* EMPTY_RULES */.oq, inputs.rules ? await (0,core_rules/* parseRulesYaml */.gr)(inputs.rules, "input 'rules'") : core_rules/* EMPTY_RULES */.oq);
    const found = calibrate(runs, rules);
    if (inputs.format === 'json')
        process.stdout.write(`${JSON.stringify({ runs: runs.map((r) => r.name), metrics: found }, null, 2)}\n`);
    else
        process.stdout.write(inputs.format === 'markdown' ? run_markdown(found, runs.length) : table(found, runs.length));
    return {};
}
const HEADER = ['metric', 'mean', 'sd (noise)', 'range', 'rule', 'false alarms', 'suggested'];
function cells(c, name) {
    const rate = c.falseAlarms
        ? `${(0,compare/* formatPercent */.l9)(c.falseAlarms.fail)} fail${c.falseAlarms.warn > 0 ? `, ${(0,compare/* formatPercent */.l9)(c.falseAlarms.warn)} warn` : ''} of ${c.falseAlarms.pairs} pairs`
        : c.rule
            ? 'no change rule'
            : 'not gated';
    return [name, (0,compare/* formatNumber */.ZV)(c.mean), (0,compare/* formatNumber */.ZV)(Number(c.sd.toPrecision(3))), `${(0,compare/* formatNumber */.ZV)(c.min)} … ${(0,compare/* formatNumber */.ZV)(c.max)}`, c.rule || '—', rate, suggestion(c)];
}
function footer(runs) {
    return `${runs} runs of one commit; each ordered pair is a no-op change. Suggested: the allowance a no-op change exceeds 5 % of the time (one-sided, normal noise), or use a paired test (test: in the rule; see docs/baselines-and-gates.md).\n`;
}
function table(found, runs) {
    const rows = [HEADER, ...found.map((c) => cells(c, c.name))];
    const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    return `${rows
        .map((r) => r
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd())
        .join('\n')}\n\n${footer(runs)}`;
}
function run_markdown(found, runs) {
    const line = (r) => `| ${r.join(' | ')} |`;
    const body = found.map((c) => line(cells(c, (0,markdown/* code */.aY)(c.name, { inTable: true })).map((cell, i) => (i === 0 ? cell : (0,markdown/* escapeMarkdown */.FV)(cell)))));
    return `${[line(HEADER), line(HEADER.map(() => '---')), ...body].join('\n')}\n\n${footer(runs)}`;
}


/***/ })

};
