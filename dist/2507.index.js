export const id = 2507;
export const ids = [2507];
export const modules = {

/***/ 57372:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GS: () => (/* binding */ fromRows),
/* harmony export */   O6: () => (/* binding */ reaches),
/* harmony export */   T_: () => (/* binding */ validateBundle),
/* harmony export */   VN: () => (/* binding */ bundleJson),
/* harmony export */   WX: () => (/* binding */ readComparisonFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46513);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37955);



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
        if (!optionalString(row.rule) || !optionalString(row.direction) || typeof row.change !== 'string')
            throw bad('a row with a bad rule, direction or change');
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

/***/ 59955:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ commitUrl),
/* harmony export */   Ql: () => (/* binding */ commentMarker)
/* harmony export */ });
/* unused harmony export compareUrl */
/** A commit's web page, when the repository's is known and `sha` is a commit id. */
function commitUrl(context, sha) {
    if (!sha || !context.repositoryUrl || !/^[0-9a-f]{7,64}$/.test(sha) || !/^https?:\/\/[^\s()<>]+$/.test(context.repositoryUrl))
        return undefined;
    return `${context.repositoryUrl.replace(/\/+$/, '')}${context.platform === 'gitlab' ? '/-' : ''}/commit/${sha}`;
}
/** The web page comparing two commits of the repository, or undefined (no hosted repository, not plain shas). */
function compareUrl(context, from, to) {
    const a = commitUrl(context, from);
    if (!a || !commitUrl(context, to))
        return undefined;
    return `${context.repositoryUrl.replace(/\/+$/, '')}${context.platform === 'gitlab' ? '/-' : ''}/compare/${from}...${to}`;
}
/** The hidden HTML comment that marks a sticky comment. */
function commentMarker(key) {
    return `<!-- modelgate:${key} -->`;
}


/***/ }),

/***/ 32507:
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
// EXTERNAL MODULE: ./build/core/compare.js
var compare = __webpack_require__(46513);
// EXTERNAL MODULE: ./build/core/comparison-file.js
var comparison_file = __webpack_require__(57372);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(37955);
// EXTERNAL MODULE: ./build/core/files.js
var files = __webpack_require__(13945);
// EXTERNAL MODULE: ./build/core/markdown.js + 1 modules
var markdown = __webpack_require__(70912);
// EXTERNAL MODULE: ./build/core/metrics.js
var core_metrics = __webpack_require__(99815);
// EXTERNAL MODULE: ./build/core/paired-values.js
var paired_values = __webpack_require__(9124);
// EXTERNAL MODULE: ./build/core/rules.js
var core_rules = __webpack_require__(47897);
// EXTERNAL MODULE: ./build/core/stats/distributions.js + 1 modules
var distributions = __webpack_require__(31162);
// EXTERNAL MODULE: ./build/core/stats/paired.js + 6 modules
var paired = __webpack_require__(50619);
;// CONCATENATED MODULE: ./build/core/paired-gate.js
// Noise-aware gates: a rule with `test:` is decided by a paired test of the challenger against the
// champion on the same eval examples, not by comparing two point estimates with a threshold. The
// margin is the smallest change that matters; the interval decides whether the data show a change
// beyond it, its absence, or neither (inconclusive: the eval set is too small to tell).






/** Defaults of a paired test's keys. */
const PAIRED_DEFAULTS = { alpha: 0.05, resamples: 10_000, seed: 0, inconclusive: 'warn' };
/**
 * Runs the paired tests the rules ask for and folds them into the comparison. A row whose rule has
 * `test:` was gated by compareMetrics on its bounds (`min`, `max`) only; here it gets the test's
 * outcome: `regressed` fails, `inconclusive` warns (or fails with `inconclusive: fail`), `equivalent`
 * and `improved` pass. Without baseline predictions the row falls back to its point thresholds and
 * warns that the test did not run; without candidate predictions the step cannot gate what the rule
 * asks and refuses ({@link UserError}). Several tests are Holm-corrected together.
 */
function applyPairedTests(comparison, rules, sides) {
    const tested = comparison.rows.map((row) => ({ row, rule: (0,core_rules/* ruleFor */.sG)(rules, row.name) })).filter((e) => e.rule?.test !== undefined);
    if (tested.length === 0)
        return comparison;
    // One test computes one statistic from the predictions: a pattern would give every metric it matches
    // the same number (each class's F1 the macro F1), so it must name one metric.
    const shared = tested.find((e, i) => tested.findIndex((o) => o.rule === e.rule) !== i);
    if (shared) {
        const names = tested.filter((e) => e.rule === shared.rule).map((e) => `'${e.row.name}'`);
        const at = `${shared.rule.source.file}${shared.rule.source.line ? `:${shared.rule.source.line}` : ''}`;
        throw new errors/* UserError */.yo(`compare-metrics: ${at}: a rule with test '${shared.rule.test}' matches ${names.length} metrics (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}), but a test computes one statistic from the predictions: write one rule per tested metric (with 'class:' for a per-class one)`, shared.rule.source);
    }
    if (!sides.candidate) {
        const { row, rule } = tested[0];
        const at = `${rule.source.file}${rule.source.line ? `:${rule.source.line}` : ''}`;
        throw new errors/* UserError */.yo(`compare-metrics: ${at}: the rule for '${row.name}' asks for test '${rule.test}', which needs the candidate's per-example predictions: set input 'predictions' to the file your evaluation writes (CSV, JSON Lines or Parquet, with an 'id' column)`, rule.source);
    }
    const results = [];
    for (const { row, rule } of tested) {
        if (row.value === undefined || row.status === 'fail')
            continue;
        if (!sides.baseline) {
            (0,compare/* checkChange */.$_)(row, rule, row.value, row.baseline, sides.noBaseline);
            warn(row, `${rule.test} not run: ${sides.baselineMissing ?? 'the baseline has no predictions'}`);
            continue;
        }
        results.push({ row, rule, result: runTest(row.name, rule, { champion: sides.baseline, challenger: sides.candidate }) });
    }
    const adjusted = results.length > 1 ? (0,paired/* holm */.fU)(results.map((r) => r.result.pValue)) : undefined;
    results.forEach(({ row, rule, result }, i) => {
        const adjustedP = adjusted?.[i];
        let verdict = (0,paired/* outcome */.bu)({ low: result.low, high: result.high, margin: result.margin, better: result.better });
        // The interval is at level alpha for this metric alone; across several, significance is Holm's.
        if ((verdict === 'regressed' || verdict === 'improved') && adjustedP !== undefined && adjustedP >= result.alpha)
            verdict = 'inconclusive';
        const full = { ...result, ...(adjustedP !== undefined ? { adjustedP } : {}), outcome: verdict };
        if (verdict === 'inconclusive' && result.margin > 0) {
            const standardError = (result.high - result.low) / (2 * (0,distributions/* normalQuantile */.Zl)(1 - result.alpha / 2));
            const units = result.clusters ?? result.examples;
            full.examplesForPower = (0,paired/* examplesForPower */.go)({ standardError, examples: units, margin: result.margin, alpha: result.alpha });
        }
        row.test = full;
        // The direction the report counts is the test's: a drop within noise is neither regressed nor improved.
        if (verdict === 'improved' || verdict === 'regressed')
            row.direction = verdict;
        else
            delete row.direction;
        const line = describeTest(full, adjusted?.length);
        if (verdict === 'regressed')
            fail(row, `regressed: ${line}`);
        else if (verdict === 'inconclusive')
            (rule.inconclusive === 'fail' ? fail : warn)(row, `inconclusive: ${line}${powerHint(full)}`);
        else
            row.reasons.push(`${verdict === 'equivalent' ? 'no change beyond the margin' : 'improved'}: ${line}`);
    });
    return { ...comparison, ...(0,compare/* verdictOf */.Vj)(comparison.rows, sides.noBaseline === true, comparison.candidateFailure !== undefined) };
}
function fail(row, reason) {
    row.status = 'fail';
    row.reasons.push(reason);
}
function warn(row, reason) {
    if (row.status !== 'fail')
        row.status = 'warn';
    row.reasons.push(reason);
}
/** The statistic, direction and margin of a tested rule, for the metric `name`. */
function setting(name, rule) {
    const at = `${rule.source.file}${rule.source.line ? `:${rule.source.line}` : ''}`;
    const statistic = rule.statistic ?? (0,paired_values/* statisticOfName */.lL)(name);
    if (!statistic)
        throw new errors/* UserError */.yo(`compare-metrics: ${at}: the rule for '${name}' asks for test '${rule.test}' but the name does not say what to compute from the predictions; give it 'statistic:' (one of ${paired_values/* STATISTICS */.gS.join(', ')})`, rule.source);
    const better = statistic === 'mean' ? rule.better : paired_values/* STATISTIC_BETTER */.Q1[statistic];
    if (!better)
        throw new errors/* UserError */.yo(`compare-metrics: ${at}: the rule for '${name}' tests the mean of 'value': give it 'better: higher' or 'better: lower'`, rule.source);
    if (rule.better && rule.better !== better)
        throw new errors/* UserError */.yo(`compare-metrics: ${at}: the rule for '${name}' says 'better: ${rule.better}', but ${statistic} is better ${better}; drop 'better' or fix 'statistic'`, rule.source);
    const fits = rule.test === 'mcnemar' ? statistic === 'accuracy' : rule.test === 'delong' ? statistic === 'auc' : statistic !== 'auc';
    if (!fits)
        throw new errors/* UserError */.yo(`compare-metrics: ${at}: the rule for '${name}' pairs test '${rule.test}' with statistic '${statistic}': mcnemar tests accuracy, delong tests auc, paired-bootstrap every other statistic`, rule.source);
    return { statistic, better };
}
function runTest(name, rule, sides) {
    const { statistic, better } = setting(name, rule);
    const alpha = rule.alpha ?? PAIRED_DEFAULTS.alpha;
    const test = rule.test;
    const base = { test, statistic, ...(rule.class !== undefined ? { class: rule.class } : {}), alpha, better };
    // The margin: the rule's, else its max-drop (max-rise for lower-is-better) as the smallest change that matters.
    const threshold = rule.margin ?? (better === 'higher' ? rule.maxDrop : rule.maxRise);
    const marginOf = (champion) => (threshold ? (threshold.relative ? threshold.amount * Math.abs(champion) : threshold.amount) : 0);
    if (test === 'mcnemar') {
        refuseWeights(sides, name, test);
        const data = (0,paired_values/* pairFor */.g5)(sides, 'accuracy', undefined, true);
        const [a, b] = [data.championValues, data.challengerValues];
        let onlyChampion = 0;
        let onlyChallenger = 0;
        let champion = 0;
        let challenger = 0;
        for (let i = 0; i < a.length; i++) {
            champion += a[i];
            challenger += b[i];
            if (a[i] === 1 && b[i] === 0)
                onlyChampion++;
            else if (a[i] === 0 && b[i] === 1)
                onlyChallenger++;
        }
        const n = a.length;
        const difference = (onlyChallenger - onlyChampion) / n;
        // The paired-proportions (Wald) interval: its width shows what the discordant pairs can resolve.
        const se = Math.sqrt(Math.max(0, (onlyChampion + onlyChallenger) / n - difference ** 2) / n);
        const z = (0,distributions/* normalQuantile */.Zl)(1 - alpha / 2);
        const p = (0,paired/* mcnemarExact */.B1)(onlyChampion, onlyChallenger).pValue;
        return {
            ...base,
            baseline: champion / n,
            candidate: challenger / n,
            difference,
            low: difference - z * se,
            high: difference + z * se,
            pValue: p,
            margin: marginOf(champion / n),
            examples: n,
        };
    }
    if (test === 'delong') {
        refuseWeights(sides, name, test);
        const data = (0,paired_values/* pairFor */.g5)(sides, 'auc', rule.class, true);
        const labels = (0,paired_values/* binaryLabels */.Ls)(data, sides, rule.class);
        const r = (0,paired/* delong */.Cu)(labels, data.challengerValues, data.championValues);
        const se = Math.sqrt(r.variance);
        const z = (0,distributions/* normalQuantile */.Zl)(1 - alpha / 2);
        const pValue = se > 0 ? 2 * (0,distributions/* normalCdf */.vr)(-Math.abs(r.difference) / se) : r.difference === 0 ? 1 : 0;
        return {
            ...base,
            baseline: r.aucB,
            candidate: r.aucA,
            difference: r.difference,
            low: r.difference - z * se,
            high: r.difference + z * se,
            pValue,
            margin: marginOf(r.aucB),
            examples: labels.length,
        };
    }
    const data = (0,paired_values/* pairFor */.g5)(sides, statistic, rule.class);
    const metric = statistic === 'f1' || statistic === 'precision' || statistic === 'recall'
        ? { kind: statistic, ...(rule.class !== undefined ? { class: rule.class } : {}) }
        : { kind: statistic === 'rmse' ? 'rmse' : 'mean' };
    const resamples = rule.resamples ?? PAIRED_DEFAULTS.resamples;
    const seed = rule.seed ?? PAIRED_DEFAULTS.seed;
    const r = (0,paired/* pairedBootstrap */.Wx)(data, { metric, resamples, seed, alpha });
    return {
        ...base,
        baseline: r.champion,
        candidate: r.challenger,
        difference: r.difference,
        low: r.low,
        high: r.high,
        pValue: r.pValue,
        margin: marginOf(r.champion),
        examples: r.examples,
        ...(r.clustered ? { clusters: r.units } : {}),
        ...(r.method === 'normal' ? {} : { resamples: r.resamples, seed }),
        method: r.method,
    };
}
/** McNemar and DeLong count examples: a weight or a cluster they would ignore is refused, not dropped. */
function refuseWeights(sides, name, test) {
    for (const p of [sides.champion, sides.challenger]) {
        const column = p.weight ? 'weight' : p.cluster ? 'cluster' : undefined;
        if (column)
            throw new errors/* UserError */.yo(`compare-metrics: the rule for '${name}' uses test '${test}', which counts examples, but ${p.display} gives '${column}'; use test 'paired-bootstrap', which honours it`, {
                file: p.display,
            });
    }
}
/** The difference in the statistic's units: percentage points for proportions. */
function amount(value, statistic, signed = true) {
    const sign = signed && value > 0 ? '+' : '';
    if (paired_values/* PROPORTIONS */.Er.has(statistic))
        return `${sign}${Number((value * 100).toFixed(2))
            .toString()
            .replace('-', '−')} pt`;
    // Three significant digits: the interval's own uncertainty makes more of them noise.
    return `${sign}${(0,compare/* formatNumber */.ZV)(Number(value.toPrecision(3))).replace('-', '−')}`;
}
/** "−1.9 pt [−3.1, −0.7] (margin 1 pt), paired bootstrap, n = 10,000, B = 10,000, seed 7, p = 0.002". */
function describeTest(t, tests) {
    const interval = paired_values/* PROPORTIONS */.Er.has(t.statistic)
        ? `[${amount(t.low, t.statistic, false).replace(' pt', '')}, ${amount(t.high, t.statistic, false).replace(' pt', '')}]`
        : `[${amount(t.low, t.statistic, false)}, ${amount(t.high, t.statistic, false)}]`;
    const level = `${Number(((1 - t.alpha) * 100).toFixed(2))} %`;
    const parts = [
        `${t.statistic}${t.class !== undefined ? ` (class ${t.class})` : ''} ${amount(t.difference, t.statistic)} ${interval} at ${level} (margin ${amount(t.margin, t.statistic, false)})`,
        t.test === 'paired-bootstrap' ? (t.clusters !== undefined ? 'paired cluster bootstrap' : 'paired bootstrap') : t.test === 'mcnemar' ? 'exact McNemar' : 'DeLong',
        `n = ${t.examples.toLocaleString('en-US')}`,
        ...(t.clusters !== undefined ? [`${t.clusters.toLocaleString('en-US')} clusters`] : []),
        ...(t.resamples !== undefined ? [`B = ${t.resamples.toLocaleString('en-US')}`, `seed ${t.seed}`] : t.method === 'normal' ? ['normal approximation'] : []),
        `p = ${formatP(t.pValue)}`,
        ...(t.adjustedP !== undefined ? [`Holm-adjusted over ${tests} tests p = ${formatP(t.adjustedP)}`] : []),
    ];
    return parts.join(', ');
}
function powerHint(t) {
    if (t.examplesForPower === undefined)
        return '; with margin 0 no eval set can show "no change"';
    const unit = t.clusters !== undefined ? 'clusters' : 'examples';
    return `; about ${t.examplesForPower.toLocaleString('en-US')} ${unit} would detect a change of ${amount(t.margin, t.statistic, false)} with 80 % power`;
}
function formatP(p) {
    if (p === 0)
        return '0';
    if (p < 0.001)
        return p.toExponential(1);
    return String(Number(p.toPrecision(2)));
}

;// CONCATENATED MODULE: ./build/core/report.js


/** GitHub refuses comments longer than this many characters. */
const GITHUB_COMMENT_LIMIT = 65_536;
/** GitHub's job summary takes at most 1 MiB per step, counted in bytes. */
const SUMMARY_BYTES = 1_000_000;
/** Rows that share one rule text, this many or more, are shown as a group with the rule said once. */
const GROUP_MIN = 25;
const ICON = { fail: '❌', warn: '⚠️', pass: '✅', info: '·' };
const VERDICT_ICON = { fail: '❌', warn: '⚠️', pass: '✅', 'no-baseline': '⚠️' };
const HEADER = ['', 'Metric', 'Value', 'Baseline', 'Δ', 'Δ %', 'Rule', 'Note'];
const ALIGN = ['c', 'l', 'r', 'r', 'r', 'r', 'l', 'l'];
/**
 * Renders a comparison as markdown within `limit` characters. Failures and warnings come first,
 * unchanged metrics are folded in `<details>`. When rows must be left out, tables and `<details>` are
 * still closed and a line says how many rows of which kind were dropped and where the full report is.
 */
function renderReport(comparison, context, limit = Infinity) {
    const head = headLines(comparison, context).join('\n');
    const sections = context.sections ?? [];
    const numbers = sections.filter((x) => x.kind === 'numbers' && x.markdown.length < (limit - head.length) / 4);
    const shownMain = comparison.rows.filter((r) => r.change !== 'unchanged' || r.status === 'fail' || r.status === 'warn' || r.test !== undefined);
    const groups = ruleGroups(comparison.rows);
    const inGroup = new Set(groups.flatMap((g) => g.rows));
    const main = shownMain.filter((r) => !inGroup.has(r));
    const shown = new Set(shownMain);
    const unchanged = comparison.rows.filter((r) => !shown.has(r) && !inGroup.has(r));
    // Reserve room for the closing lines and the note that names what was left out.
    let budget = limit - head.length - 900 - numbers.reduce((n, x) => n + x.markdown.length + 2, 0);
    const pick = (rows, cells, overhead) => {
        const chosen = [];
        budget -= overhead;
        for (const row of rows) {
            const c = cells(row);
            const size = (0,markdown/* rowLength */.zq)(c);
            if (size > budget)
                break;
            budget -= size;
            chosen.push(c);
        }
        return chosen;
    };
    // Failures first, wherever they are shown: rows are chosen by rank across the main table and the
    // groups. Failing and warning rows come before the pictures; the other rows take what is left.
    const tableOf = new Map([...main.map((r) => [r, -1]), ...groups.flatMap((g, i) => g.rows.map((r) => [r, i]))]);
    const opened = new Set();
    const chosen = new Set();
    const choose = (rows) => {
        for (const row of rows) {
            const t = tableOf.get(row);
            const overhead = opened.has(t) ? 0 : t < 0 ? (0,markdown/* rowLength */.zq)(HEADER) * 2 + 4 : 400 + groups[t].rule.length;
            const size = (0,markdown/* rowLength */.zq)(t < 0 ? rowCells(row) : groupCells(row)) + overhead;
            if (size > budget)
                return;
            budget -= size;
            opened.add(t);
            chosen.add(row);
        }
    };
    const ranked = (0,compare/* orderRows */.O1)([...tableOf.keys()]);
    const urgent = ranked.filter((r) => r.status === 'fail' || r.status === 'warn');
    choose(urgent);
    // Pictures take what the numbers left, in order; one that does not fit is named as left out.
    const pictures = [];
    const dropped = sections.filter((x) => !numbers.includes(x) && x.kind === 'numbers').map((x) => x.title);
    for (const x of sections.filter((x) => x.kind === 'picture')) {
        if (x.markdown.length + 2 <= budget) {
            budget -= x.markdown.length + 2;
            pictures.push(x);
        }
        else
            dropped.push(x.title);
    }
    if (chosen.size === urgent.length)
        choose(ranked.slice(urgent.length));
    const mainCells = main.filter((r) => chosen.has(r)).map(rowCells);
    const groupRows = groups.map((g) => g.rows.filter((r) => chosen.has(r)).map(groupCells));
    const restCells = pick(unchanged, (r) => [(0,markdown/* code */.aY)(r.name, { inTable: true }), value(r.value), r.rule ? (0,markdown/* escapeMarkdown */.FV)(r.rule) : ''], 300);
    const parts = [head, ...numbers.map((x) => x.markdown)];
    if (comparison.rows.length === 0)
        parts.push('No metrics were found in the candidate or the baseline.');
    if (mainCells.length > 0)
        parts.push((0,markdown/* table */.tp)(HEADER, mainCells, ALIGN));
    else if (main.length === 0 && groups.length === 0 && unchanged.length > 0)
        parts.push('No metric changed.');
    groups.forEach((g, i) => parts.push(groupTable(g, groupRows[i])));
    if (restCells.length > 0) {
        parts.push(`<details><summary>${unchanged.length} unchanged metric${unchanged.length === 1 ? '' : 's'}</summary>\n\n${(0,markdown/* table */.tp)(['Metric', 'Value', 'Rule'], restCells, ['l', 'r', 'l'])}\n\n</details>`);
    }
    parts.push(...pictures.map((x) => x.markdown));
    const leftMain = [...tableOf.keys()].filter((r) => !chosen.has(r));
    const leftRest = unchanged.length - restCells.length;
    if (leftMain.length > 0 || leftRest > 0 || dropped.length > 0)
        parts.push(omittedNote(leftMain, leftRest, dropped, context.fullReportHint));
    return `${parts.join('\n\n')}\n`;
}
function ruleGroups(rows) {
    const byRule = new Map();
    for (const r of rows)
        if (r.rule && r.test === undefined)
            byRule.set(r.rule, [...(byRule.get(r.rule) ?? []), r]);
    return [...byRule].filter(([, list]) => list.length >= GROUP_MIN).map(([rule, list]) => ({ rule, rows: worstFirst(list) }));
}
/** Failures, then warnings, then the rest; within each, the largest move in the worse direction first. */
function worstFirst(rows) {
    const rank = { fail: 0, warn: 1, info: 2, pass: 3 };
    const harm = (r) => (r.direction === 'regressed' ? Math.abs(r.relative ?? r.delta ?? 0) : r.direction === 'improved' ? -Math.abs(r.relative ?? r.delta ?? 0) : 0);
    return [...rows].sort((a, b) => rank[a.status] - rank[b.status] || harm(b) - harm(a));
}
/** A row of a group's table: the rule is said once, in its summary. */
function groupCells(row) {
    return rowCells(row).filter((_, i) => i !== 6);
}
function groupTable(g, cells) {
    const count = (s) => g.rows.filter((r) => r.status === s).length;
    const regressed = g.rows.filter((r) => r.direction === 'regressed').length;
    const said = [count('fail') && `${count('fail')} failing`, count('warn') && `${count('warn')} warning`, regressed && `${regressed} regressed`].filter(Boolean).join(', ');
    const open = count('fail') + count('warn') > 0 ? ' open' : '';
    // Markdown is not read inside <summary>: the rule is HTML-escaped there.
    const summary = `<summary>${g.rows.length} metrics under one rule (${(0,markdown/* escapeHtml */.ZD)(g.rule)})${said ? `: ${said}` : ': all pass'}; worst first</summary>`;
    const header = HEADER.filter((_, i) => i !== 6);
    const body = cells.length > 0
        ? (0,markdown/* table */.tp)(header, cells, ALIGN.filter((_, i) => i !== 6))
        : 'None of these rows fit the size limit.';
    return `<details${open}>${summary}\n\n${body}\n\n</details>`;
}
/** {@link renderReport} within a limit in UTF-8 bytes (names in other scripts take 2 to 4 bytes a character). */
function renderReportBytes(comparison, context, maxBytes) {
    let limit = maxBytes;
    for (;;) {
        const markdown = renderReport(comparison, context, limit);
        const bytes = Buffer.byteLength(markdown);
        if (bytes <= maxBytes || limit < 2000)
            return markdown;
        limit = Math.floor((limit * maxBytes) / bytes) - 1000;
    }
}
function headLines(comparison, context) {
    const { counts, verdict } = comparison;
    const regressed = comparison.rows.filter((r) => r.direction === 'regressed').length;
    const improved = comparison.rows.filter((r) => r.direction === 'improved').length;
    const summary = [
        `**${counts.fail} failing**`,
        `${counts.warn} warning${counts.warn === 1 ? '' : 's'}`,
        `${improved} improved`,
        `${regressed} regressed`,
        `${comparison.rows.length} metric${comparison.rows.length === 1 ? '' : 's'}`,
    ].join(' · ');
    const lines = [
        context.marker,
        `### ${VERDICT_ICON[verdict]} ${(0,markdown/* escapeMarkdown */.FV)(context.title)}: ${verdict === 'no-baseline' ? 'no baseline' : verdict}`,
        '',
        summary,
        '',
        baselineLine(context),
    ];
    const failed = comparison.candidateFailure;
    if (failed)
        lines.push('', `**${(0,markdown/* escapeMarkdown */.FV)(failed.reason.charAt(0).toUpperCase() + failed.reason.slice(1), 200)}** (run record ${(0,markdown/* code */.aY)(failed.file, { maxLength: 200 })}): the metrics are from a failed run, so the verdict is fail whatever they say.`);
    if (context.baseline?.note)
        lines.push('', (0,markdown/* escapeMarkdown */.FV)(context.baseline.note, 1200));
    const unused = comparison.unusedRules ?? [];
    if (unused.length > 0)
        lines.push('', `Rules that matched no metric here (optional rules and patterns): ${unused
            .slice(0, 10)
            .map((n) => (0,markdown/* code */.aY)(n))
            .join(', ')}${unused.length > 10 ? ` and ${unused.length - 10} more` : ''}.`);
    const missing = context.baseline?.missing ?? [];
    if (context.baseline?.source === 'none')
        lines.push('', '**Nothing to compare with**: only absolute bounds (`min`, `max`) were checked, so this is not a pass.');
    else if (context.baseline && context.baseline.files.length === 0)
        lines.push('', 'The baseline has none of the metrics files, so every metric is new.');
    else if (missing.length > 0)
        lines.push('', `Not in the baseline: ${missing
            .slice(0, 10)
            .map((f) => (0,markdown/* code */.aY)(f))
            .join(', ')}${missing.length > 10 ? ` and ${missing.length - 10} more` : ''}.`);
    return lines;
}
function baselineLine(context) {
    const b = context.baseline;
    const run = report_link('CI run', context.runUrl);
    const commit = (sha) => (sha ? commitLink(sha, context.commitUrl) : '');
    const candidate = context.sha ? `candidate ${commit(context.sha)} vs ` : '';
    if (!b)
        return `${candidate}no baseline (\`none\`: absolute bounds only)${run}`;
    const on = b.ref ? ` on ${(0,markdown/* code */.aY)(b.ref, { maxLength: 80 })}` : '';
    const target = (0,markdown/* escapeMarkdown */.FV)(b.targetLabel ?? b.kind, 120);
    if (b.source === 'none')
        return `${candidate}**no baseline** at ${target}${b.target ? ` ${commit(b.target)}` : ''}${on}${run}`;
    if (b.source === 'run') {
        const distance = Number(b.distance);
        const where = distance > 0 ? `, ${distance} commit${distance === 1 ? '' : 's'} before ${target} ${commit(b.target)}` : ` (${target})`;
        return `${candidate}baseline: the run recorded for ${commit(b.sha)}${on}${where}${report_link("the baseline's CI run", b.run?.runUrl)}${run}`;
    }
    if (b.kind === 'merge-base' || b.kind === 'ref')
        return `${candidate}baseline: the metric files at ${commit(b.sha)}${on} (${target})${run}`;
    const at = [b.ref ? (0,markdown/* code */.aY)(b.ref, { maxLength: 80 }) : undefined, b.sha ? commit(b.sha) : undefined].filter(Boolean).join(' @ ');
    return `${candidate}baseline **${(0,markdown/* escapeMarkdown */.FV)(b.kind)}**${at ? ` (${at})` : ''} from ${(0,markdown/* code */.aY)(b.spec, { maxLength: 120 })}${run}`;
}
/** ` · [text](url)` for a plain http(s) URL; nothing otherwise (a URL from a PR must not smuggle markup). */
function report_link(text, url) {
    return url && /^https?:\/\/[^\s()<>[\]]+$/.test(url) ? ` · [${text}](${url})` : '';
}
function commitLink(sha, url) {
    const text = report_short(sha);
    const href = /^[0-9a-f]{7,64}$/i.test(sha) ? url?.(sha) : undefined;
    return href && /^https?:\/\/[^\s()<>[\]]+$/.test(href) ? `[${text}](${href})` : text;
}
function rowCells(row) {
    const delta = row.delta === undefined ? '' : `${row.delta > 0 ? '+' : ''}${(0,compare/* formatNumber */.ZV)(row.delta)}`;
    const relative = row.relative === undefined ? '' : `${row.relative > 0 ? '+' : ''}${(0,compare/* formatPercent */.l9)(row.relative)}`;
    const note = [row.change === 'new' ? 'new' : row.change === 'removed' ? 'removed' : (row.direction ?? ''), ...row.reasons].filter(Boolean).join('; ');
    return [
        ICON[row.status],
        (0,markdown/* code */.aY)(row.name, { inTable: true }),
        value(row.value),
        value(row.baseline),
        delta,
        relative,
        row.rule ? (0,markdown/* escapeMarkdown */.FV)(row.rule) : '',
        (0,markdown/* escapeMarkdown */.FV)(note, 300),
    ];
}
function value(v) {
    if (v === undefined)
        return '—';
    return typeof v === 'number' ? (0,compare/* formatNumber */.ZV)(v) : (0,markdown/* code */.aY)(v, { inTable: true, maxLength: 60 });
}
function report_short(sha) {
    return /^[0-9a-f]{7,64}$/i.test(sha) ? `\`${sha.slice(0, 7)}\`` : (0,markdown/* code */.aY)(sha, { maxLength: 64 });
}
function omittedNote(leftMain, leftUnchanged, dropped, hint) {
    const by = (s) => leftMain.filter((r) => r.status === s).length;
    const kinds = [
        by('fail') && `${by('fail')} failing`,
        by('warn') && `${by('warn')} warning`,
        leftMain.length - by('fail') - by('warn') && `${leftMain.length - by('fail') - by('warn')} other changed`,
        leftUnchanged && `${leftUnchanged} unchanged`,
    ].filter(Boolean);
    const rows = kinds.length > 0 ? `${kinds.join(', ')} metric row${leftMain.length + leftUnchanged === 1 ? '' : 's'}` : '';
    const what = [rows, ...dropped].filter(Boolean);
    const listed = what.length > 1 ? `${what.slice(0, -1).join(', ')} and ${what[what.length - 1]}` : what[0];
    return `> **Shortened:** ${listed} left out to fit the size limit. ${hint ?? 'The full report is in the job log and the report file.'}`;
}

;// CONCATENATED MODULE: ./build/core/text-report.js

const MAX_ROWS = 200;
/**
 * A comparison as an aligned plain-text table for terminals and CI logs. Control characters in names
 * are replaced so repository text cannot move the cursor or recolour the log. Unchanged metrics are
 * counted, not listed; past 200 rows the rest are counted too (the markdown report has them all).
 */
function renderText(comparison, context) {
    const shown = comparison.rows.filter((r) => r.change !== 'unchanged' || r.status === 'fail' || r.status === 'warn' || r.test !== undefined);
    const unchanged = comparison.rows.length - shown.length;
    const header = ['', 'metric', 'value', 'baseline', 'delta', 'delta %', 'note'];
    const rows = shown
        .slice(0, MAX_ROWS)
        .map((r) => [
        r.status === 'info' ? '' : r.status.toUpperCase(),
        clean(r.name, 60),
        text_report_value(r.value),
        text_report_value(r.baseline),
        r.delta === undefined ? '' : `${r.delta > 0 ? '+' : ''}${(0,compare/* formatNumber */.ZV)(r.delta)}`,
        r.relative === undefined ? '' : `${r.relative > 0 ? '+' : ''}${(0,compare/* formatPercent */.l9)(r.relative)}`,
        clean(note(r), 100),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells
        .map((c, i) => (i >= 2 && i <= 5 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    const b = context.baseline;
    const lines = [
        `${clean(context.title, 80)}: ${comparison.verdict.toUpperCase()} (${comparison.counts.fail} failing, ${comparison.counts.warn} warning, ${comparison.rows.length} metrics)`,
        b
            ? `baseline: ${clean(b.spec, 120)}${b.ref ? ` ${clean(b.ref, 60)}` : ''}${b.sha ? ` @ ${b.sha.slice(0, 7)}` : ''}${b.source === 'run' ? ` (recorded run${b.distance ? `, ${b.distance} commits before ${clean(b.targetLabel ?? 'the baseline commit', 60)}` : ''})` : b.source === 'none' ? ' (nothing found: only absolute bounds checked)' : ''}`
            : 'baseline: none',
        ...(comparison.candidateFailure
            ? [`${clean(comparison.candidateFailure.reason, 100)} (run record ${clean(comparison.candidateFailure.file, 120)}): the verdict is fail whatever the metrics say`]
            : []),
        '',
    ];
    if (rows.length > 0)
        lines.push(line(header), ...rows.map(line));
    if (shown.length > MAX_ROWS)
        lines.push(`… ${shown.length - MAX_ROWS} more changed metrics in the report file`);
    if (unchanged > 0)
        lines.push(`${unchanged} unchanged metric${unchanged === 1 ? '' : 's'} not listed`);
    return lines.join('\n');
}
function note(r) {
    return [r.change === 'new' ? 'new' : r.change === 'removed' ? 'removed' : (r.direction ?? ''), ...r.reasons].filter(Boolean).join('; ');
}
function text_report_value(v) {
    if (v === undefined)
        return '-';
    return typeof v === 'number' ? (0,compare/* formatNumber */.ZV)(v) : JSON.stringify(clean(v, 30));
}
function clean(text, max) {
    const t = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
    return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

// EXTERNAL MODULE: ./build/platform/platform.js
var platform = __webpack_require__(59955);
// EXTERNAL MODULE: ./build/steps/figures.js
var figures = __webpack_require__(34833);
// EXTERNAL MODULE: ./build/core/git.js
var git = __webpack_require__(97014);
// EXTERNAL MODULE: ./build/core/inputs.js
var inputs = __webpack_require__(17517);
// EXTERNAL MODULE: ./build/core/suggest.js
var suggest = __webpack_require__(21656);
;// CONCATENATED MODULE: ./build/steps/compare-metrics/baseline.js








const resolvers = new Map([
    ['merge-base', async (_argument, context, patterns, runs) => fromCommit(context, await baselineCommit(context), patterns, runs)],
    ['ref', resolveGitRef],
    ['file', resolveFiles],
    ['none', async () => ({})],
]);
/** Adds a baseline kind (used by later steps: `env`). */
function registerBaseline(kind, resolver) {
    resolvers.set(kind, resolver);
}
/** The forms of the `baseline` input, as messages list them. */
const FORMS = 'merge-base, ref:<git ref>, file:<paths or globs>, env:<environment> or none';
/** Kinds that take a value after the colon, and those that take none. */
const WITH_VALUE = ['ref', 'file', 'env'];
const BARE = ['merge-base', 'none'];
/**
 * Splits a baseline spec into its kind and value, before any other work. An unknown form is a
 * {@link UserError} naming input 'baseline' and its forms, with the likely one: `main` or
 * `origin/main` → `ref:main`, a file that exists → `file:<it>`, `merge_base` → `merge-base`.
 */
async function parseBaselineSpec(spec, workspace) {
    const colon = spec.indexOf(':');
    const kind = colon < 0 ? spec : spec.slice(0, colon);
    const argument = colon < 0 ? '' : spec.slice(colon + 1).trim();
    if (!resolvers.has(kind) && kind !== 'env') {
        const hint = await suggestSpec(spec.trim(), workspace);
        throw new errors/* UserError */.yo(`compare-metrics: input 'baseline' must be ${FORMS}, got '${spec}'${hint ? `; did you mean '${hint}'?` : ''}`);
    }
    if (WITH_VALUE.includes(kind) && argument === '')
        throw new errors/* UserError */.yo(`compare-metrics: input 'baseline' '${kind}:' needs a value after the colon, e.g. ${kind === 'ref' ? 'ref:main' : kind === 'env' ? 'env:production' : 'file:baseline/metrics.json'}`);
    if (BARE.includes(kind) && colon >= 0)
        throw new errors/* UserError */.yo(`compare-metrics: input 'baseline' '${kind}' takes no value after a colon, got '${spec}'; did you mean '${kind}'?`);
    return { kind, argument };
}
async function suggestSpec(spec, workspace) {
    if (spec === '')
        return undefined;
    if (await isWorkspaceFile(workspace, spec))
        return `file:${spec}`;
    const colon = spec.indexOf(':');
    if (colon > 0) {
        // A misspelt kind: `refs:main`, `files:m.json`.
        const kind = (0,suggest.closest)(spec.slice(0, colon), [...WITH_VALUE, ...BARE]);
        if (kind)
            return WITH_VALUE.includes(kind) ? `${kind}:${spec.slice(colon + 1).trim()}` : kind;
        return undefined;
    }
    const bare = (0,suggest.closest)(spec, BARE);
    if (bare)
        return bare;
    if (/[*?{[]/.test(spec))
        return `file:${spec}`;
    // What git accepts as a branch, tag or commit (`main`, `origin/main`, `v1.2`, `HEAD~1`).
    if (/^[A-Za-z0-9._/~^@{}-]+$/.test(spec) && !spec.startsWith('-'))
        return `ref:${spec}`;
    return undefined;
}
async function isWorkspaceFile(workspace, path) {
    if ((0,external_node_path_.isAbsolute)(path) || path.split(/[\\/]/).includes('..'))
        return false;
    return (await (0,promises_.stat)((0,external_node_path_.join)(workspace, path)).catch(() => undefined))?.isFile() === true;
}
/** Reads the baseline's metrics named by `spec` (`merge-base`, `ref:<ref>`, `file:<globs>`, `env:<environment>`, `none`). */
async function resolveBaseline(spec, context, patterns, runs) {
    const { kind, argument } = await parseBaselineSpec(spec, context.workspace);
    const resolver = resolvers.get(kind);
    if (!resolver)
        throw new errors/* UserError */.yo(`compare-metrics: input 'baseline' '${kind}:' cannot be resolved here`);
    return resolver(argument, context, patterns, runs);
}
/** How errors in a baseline's metric files name it: the input, the spec and where the files were read. */
function baselineOrigin(spec, where, annotate) {
    return { label: `compare-metrics: input 'baseline' (${spec}${where ? `: ${where}` : ''})`, annotate };
}
async function baselineCommit(context) {
    const cr = context.changeRequest;
    const cwd = context.workspace;
    const at = (sha, ref, what, note) => ({ kind: 'merge-base', spec: 'merge-base', sha, ref, what, note });
    if (cr?.mergeBaseSha)
        return at(await ensureCommit(cwd, cr.mergeBaseSha), cr.baseRef, 'the merge-base');
    if (cr) {
        const merged = await mergeCommitOf(cwd, cr.headSha);
        if (merged) {
            const note = `The checkout is the pull request merged into ${cr.baseRef} (merge commit ${merged.sha.slice(0, 7)}), so the baseline is ${cr.baseRef} as it was merged (the merge commit's first parent), not the merge-base: changes ${cr.baseRef} made since the branch point are not counted as this change's.`;
            return at(await ensureCommit(cwd, merged.base), cr.baseRef, `${cr.baseRef} as merged`, note);
        }
        const base = cr.baseSha ?? (await (0,git/* resolveRef */.qE)(cwd, `origin/${cr.baseRef}`)) ?? `refs/remotes/origin/${cr.baseRef}`;
        return at(await (0,git/* mergeBase */.wu)(cwd, base, cr.headSha), cr.baseRef, 'the merge-base');
    }
    if (context.pushBefore)
        return at(await ensureCommit(cwd, context.pushBefore), context.ref, 'the previous commit');
    const head = context.sha;
    const baseRef = context.defaultBaseRef;
    if (head && baseRef) {
        const base = await (0,git/* resolveRef */.qE)(cwd, baseRef);
        if (base)
            return at(await (0,git/* mergeBase */.wu)(cwd, base, head), baseRef, 'the merge-base');
        // A base branch that was named (MODELGATE_BASE_REF) and is not there is a typo or a missing fetch, not "none found".
        const branches = (await (0,git/* git */.$Y)(cwd, ['for-each-ref', '--format=%(refname:short)', 'refs/heads', 'refs/remotes']).catch(() => '')).split('\n').filter(Boolean);
        const hit = (0,suggest.closest)(baseRef, branches);
        throw new errors/* UserError */.yo(`compare-metrics: input 'baseline' is 'merge-base', and the base branch '${baseRef}' is not in this clone${hit ? ` (did you mean '${hit}'?)` : ''}; name an existing branch (MODELGATE_BASE_REF locally), fetch it, or set 'baseline' to 'ref:<branch>' or 'file:<path>'`);
    }
    throw new errors/* UserError */.yo("compare-metrics: input 'baseline' is 'merge-base', but this run is not for a pull/merge request and no base branch was found; set 'baseline' to 'ref:<branch>' or 'file:<path>' (locally, MODELGATE_BASE_REF names the base branch)");
}
/**
 * The baseline at a commit, in this order: the run recorded for it; the run of its nearest recorded
 * ancestor on the first-parent line (at most `runs.depth` back); the metric files as committed there;
 * else nothing, which the verdict reports as `no-baseline`.
 */
async function fromCommit(context, at, patterns, runs) {
    const base = { kind: at.kind, spec: at.spec, ref: at.ref, target: at.sha, targetLabel: at.what };
    let searched = '';
    let looked;
    if (runs) {
        let found = await runs.nearest([at.sha]);
        if (found.refused) {
            const how = `The run store refused the lookup (${found.refused}): either nothing was ever recorded for this model there (registries such as GHCR answer so for a repository that does not exist yet), or this job may not read it (GitHub: 'packages: read'; GitLab: the job token's access to the registry). train-model records a run on each push to the default branch.`;
            return { info: { ...base, sha: at.sha, source: 'none', looked: found.tried, files: [], missing: [], note: joinNotes(at.note, how) } };
        }
        if (!found.run && runs.depth > 0) {
            const line = await firstParentLine(context.workspace, at.sha, runs.depth);
            const more = await runs.nearest(line.slice(1), true);
            found = { run: more.run, index: more.index + 1, tried: found.tried + more.tried };
        }
        looked = found.tried;
        if (found.run) {
            const { run } = found;
            const distance = found.index;
            const where = distance === 0
                ? `${at.what} (${at.sha.slice(0, 7)})`
                : `${run.commit.slice(0, 7)}, ${distance} commit${distance === 1 ? '' : 's'} before ${at.what} (${at.sha.slice(0, 7)}): the nearest with a recorded run`;
            const info = {
                ...base,
                sha: run.commit,
                source: 'run',
                distance,
                looked,
                run: { tag: run.tag, runUrl: run.runUrl },
                files: [run.tag],
                missing: [],
                note: joinNotes(at.note, `The baseline is the run recorded for ${where}.`),
            };
            return { metrics: run.metrics, info, record: run.record, ...(run.predictions ? { predictions: run.predictions } : {}) };
        }
        const ancestors = found.tried - 1;
        searched = `${ancestors > 0 ? `it or its ${ancestors} nearest ancestor${ancestors === 1 ? '' : 's'}` : 'it'} in ${runs.where}${ancestors < runs.depth ? ` (the history ends there${runs.depth > 0 ? `, before baseline-depth ${runs.depth}` : ''})` : ` (raise 'baseline-depth' to look further back)`}`;
    }
    const source = (0,git/* commitSource */.nv)(context.workspace, at.sha, `${at.ref ?? 'commit'}@${at.sha.slice(0, 7)}`);
    // The paths are the candidate's too: an error here names the commit, and is not annotated on the workspace's file.
    const read = await (0,core_metrics/* readMetrics */.Uw)(source, patterns, { missingOk: true, origin: baselineOrigin(at.spec, `the metric files at ${source.label}`, false) });
    if (read.files.length > 0) {
        const note = joinNotes(at.note, `The baseline is the metric files as committed at ${at.what}${runs ? `: no run is recorded for ${searched}` : ''}.`);
        return { metrics: read.metrics, info: { ...base, sha: at.sha, source: 'files', looked, files: read.files, missing: read.missing, note } };
    }
    const how = runs
        ? `No run is recorded for ${at.what} (${at.sha.slice(0, 7)}): none for ${searched}, and the metric files are not committed there. train-model records a run on each push to the default branch: run this pipeline once on ${context.defaultBranch ?? at.ref ?? 'the default branch'} to record one.`
        : `No run store was asked (compare-metrics has no 'model-name'), and the metric files are not committed at ${at.what} (${at.sha.slice(0, 7)}). Give compare-metrics and train-model the same 'model-name' so that runs recorded on the default branch become the baselines of pull requests.`;
    return { info: { ...base, sha: at.sha, source: 'none', looked, files: [], missing: read.missing, note: joinNotes(at.note, how) } };
}
function joinNotes(...notes) {
    return notes.filter(Boolean).join(' ');
}
/**
 * `sha` and its first-parent ancestors, nearest first, at most `depth` of them after `sha`. A shallow
 * clone (CI's default) gets just that much history from `origin`; when it cannot, the lookup would
 * silently stop short, so that is an error that says how to give the job history.
 */
async function firstParentLine(cwd, sha, depth) {
    if (await (0,git/* isShallow */.fE)(cwd)) {
        try {
            await (0,git/* git */.$Y)(cwd, ['fetch', '--no-tags', '--quiet', `--depth=${depth + 1}`, 'origin', sha]);
        }
        catch (error) {
            const said = error instanceof git/* GitError */.XS ? error.stderr.split('\n')[0] : String(error);
            throw new errors/* UserError */.yo(`compare-metrics: no run is recorded for ${sha.slice(0, 7)}, and looking among its ${depth} nearest ancestors needs their history from the remote 'origin', which failed (${said}). ` +
                "Give the job history (GitHub: actions/checkout with 'fetch-depth: 0'; GitLab: GIT_DEPTH: 0), or set 'baseline-depth: 0' to look at that commit alone");
        }
    }
    const out = await (0,git/* git */.$Y)(cwd, ['rev-list', '--first-parent', `--max-count=${depth + 1}`, sha]);
    return out
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
}
/**
 * When the workspace holds the pull request merged into its base (what actions/checkout checks out for
 * `pull_request`), the files are head + base's newer changes: the fair baseline is the base side of that
 * merge. Read from the commit object, so it works in a clone of depth 1.
 */
async function mergeCommitOf(cwd, headSha) {
    const object = await (0,git/* git */.$Y)(cwd, ['cat-file', '-p', 'HEAD']).catch(() => '');
    const parents = [...object.matchAll(/^parent ([0-9a-f]{40,64})$/gm)].map((m) => m[1]);
    if (parents.length !== 2 || parents[1] !== headSha)
        return undefined;
    return { sha: (await (0,git/* git */.$Y)(cwd, ['rev-parse', 'HEAD'])).trim(), base: parents[0] };
}
async function resolveGitRef(ref, context, patterns, runs) {
    const cwd = context.workspace;
    let sha = (await (0,git/* resolveRef */.qE)(cwd, ref)) ?? (await (0,git/* resolveRef */.qE)(cwd, `origin/${ref}`));
    if (!sha && !ref.startsWith('-')) {
        const depth = (await (0,git/* isShallow */.fE)(cwd)) ? ['--depth=1'] : [];
        await (0,git/* git */.$Y)(cwd, ['fetch', '--no-tags', '--quiet', ...depth, 'origin', ref]).catch(() => undefined);
        sha = await (0,git/* resolveRef */.qE)(cwd, 'FETCH_HEAD');
    }
    if (!sha)
        throw new errors/* UserError */.yo(`compare-metrics: input 'baseline': git ref '${ref}' was not found here or on the remote 'origin'`);
    return fromCommit(context, { kind: 'ref', spec: `ref:${ref}`, sha, ref, what: ref }, patterns, runs);
}
async function resolveFiles(argument, context) {
    const patterns = (0,inputs/* splitList */.ry)(argument);
    const read = await (0,core_metrics/* readMetrics */.Uw)((0,files/* workspaceSource */.$Q)(context.workspace), patterns, { origin: baselineOrigin(`file:${argument}`, '', true) });
    return { metrics: read.metrics, info: { kind: 'file', spec: `file:${argument}`, source: 'files', files: read.files, missing: [] } };
}
async function ensureCommit(cwd, sha) {
    if (await (0,git/* resolveRef */.qE)(cwd, sha))
        return sha;
    try {
        await (0,git/* git */.$Y)(cwd, ['fetch', '--no-tags', '--quiet', ...((await (0,git/* isShallow */.fE)(cwd)) ? ['--depth=1'] : []), 'origin', sha]);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`compare-metrics: the baseline commit ${sha.slice(0, 7)} is not in this clone and fetching it from 'origin' failed (${error.message.split('\n')[0]})`);
    }
    return sha;
}

// EXTERNAL MODULE: ./build/core/names.js
var names = __webpack_require__(66886);
// EXTERNAL MODULE: ./build/core/run-record.js
var run_record = __webpack_require__(52793);
;// CONCATENATED MODULE: ./build/steps/compare-metrics/env-baseline.js





/**
 * `env:<environment>`: the metrics of the model an environment runs now (champion vs challenger), read
 * from the run record stored with that version in the model store.
 */
function envBaseline(platform, registry) {
    return async (environment) => {
        if (!registry.modelName)
            throw new errors/* UserError */.yo("compare-metrics: input 'baseline' 'env:' needs 'model-name': the model whose environment to compare with (the store is 'registry', by default the platform's own registry)");
        if (!names/* ENVIRONMENT_NAME */.YR.test(environment))
            throw new errors/* UserError */.yo(`compare-metrics: input 'baseline': 'env:${environment}' names no environment; use e.g. env:production`);
        // Loaded only for this baseline: the store's code stays out of compare-metrics' start-up.
        const [{ currentDeployment, resolveVersion }, { openModelStore }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(9849), __webpack_require__.e(206), __webpack_require__.e(4021)]).then(__webpack_require__.bind(__webpack_require__, 75524)), Promise.all(/* import() */[__webpack_require__.e(206), __webpack_require__.e(4198)]).then(__webpack_require__.bind(__webpack_require__, 99372))]);
        const store = openModelStore(platform, registry);
        const deployed = await currentDeployment(store, registry.modelName, environment);
        const spec = `env:${environment}`;
        if (!deployed) {
            // A misspelled environment must not read as "nothing there yet", a pass on absolute bounds.
            const environments = (await store.listTags(registry.modelName).catch(() => [])).filter((t) => t.startsWith('env-')).map((t) => t.slice('env-'.length));
            const hit = (0,suggest.closest)(environment, environments);
            if (hit !== undefined) {
                throw new errors/* UserError */.yo(`compare-metrics: input 'baseline': ${registry.modelName} has nothing in '${environment}' (did you mean 'env:${hit}'?); its environments in ${store.uri}: ${environments.join(', ')}`);
            }
            platform.log.warning(`compare-metrics: ${registry.modelName} has nothing in ${environment} yet (${store.uri}): no baseline, the candidate is checked against absolute bounds only`);
            return {
                info: {
                    kind: 'env',
                    spec,
                    source: 'none',
                    targetLabel: environment,
                    files: [],
                    missing: [spec],
                    note: `Nothing is deployed to ${environment} yet: there is no champion to compare with.`,
                },
            };
        }
        const version = await resolveVersion(store, registry.modelName, deployed.digest);
        const name = `${environment}@${deployed.version ?? deployed.digest.slice(0, 19)}`;
        let record;
        try {
            record = (0,run_record/* checkRunRecord */.nJ)(version?.runRecord, `${registry.modelName}@${deployed.digest}`);
        }
        catch (error) {
            throw new errors/* UserError */.yo(`compare-metrics: ${registry.modelName} in ${environment} (${deployed.digest}, ${store.uri}) has no modelgate run record with metrics (${(0,errors/* messageOf */.bD)(error)}), so it cannot be the baseline; deploy a version pushed by deploy-model`);
        }
        const parsed = await (0,core_metrics/* parseMetricsFile */.jI)(`${name}.json`, JSON.stringify({ kind: record.kind, metrics: record.metrics }), 'json');
        const metrics = new Map(parsed.metrics.map((m) => [m.name, m]));
        return {
            metrics,
            info: { kind: 'env', spec, ref: name, files: [name], missing: [], note: `The baseline is the model ${environment} runs now (${deployed.version ?? deployed.digest}).` },
        };
    };
}

;// CONCATENATED MODULE: ./build/steps/compare-metrics/predictions.js



/** Whether any rule asks for a paired test. */
function wantsTests(rules) {
    return [...rules.exact.values(), ...rules.patterns.map((p) => p.rule)].some((r) => r.test !== undefined);
}
/**
 * Reads the predictions the paired tests need: the candidate's from input 'predictions', the
 * baseline's from input 'baseline-predictions' or from the baseline run's record in the store. Read
 * only when a rule has `test:`; a predictions input without such a rule is said, not silently unused.
 */
async function loadPredictions(platform, inputs, rules, baseline) {
    const noBaseline = baseline.info?.source === 'none' || (!baseline.metrics && !baseline.info);
    if (!wantsTests(rules)) {
        const given = [inputs.predictions && 'predictions', inputs.baselinePredictions && 'baseline-predictions'].filter(Boolean);
        if (given.length > 0)
            platform.log.warning(`compare-metrics: input ${given.map((g) => `'${g}'`).join(' and ')} given, but no rule has 'test:', so no paired test runs; see docs/baselines-and-gates.md`);
        return { noBaseline };
    }
    const { workspace } = platform.context;
    const read = async (input, path) => {
        const full = await (0,files/* confinePath */.ey)(workspace, path, `compare-metrics: input '${input}'`);
        const shown = (0,files/* displayPath */.Gt)(workspace, full);
        const found = await (0,promises_.stat)(full).catch(() => undefined);
        if (!found?.isFile())
            throw new errors/* UserError */.yo(`compare-metrics: input '${input}': no predictions file at ${shown}; write it in your evaluation step (train-model's 'predictions' input records it with the run)`);
        const { readPredictions } = await Promise.all(/* import() */[__webpack_require__.e(5352), __webpack_require__.e(347)]).then(__webpack_require__.bind(__webpack_require__, 347));
        return readPredictions(full, shown);
    };
    const candidate = inputs.predictions ? await read('predictions', inputs.predictions) : undefined;
    if (inputs.baselinePredictions)
        return { candidate, baseline: await read('baseline-predictions', inputs.baselinePredictions), noBaseline };
    const fromRun = await baseline.predictions?.();
    if (fromRun)
        return { candidate, baseline: fromRun, noBaseline };
    const info = baseline.info;
    const baselineMissing = noBaseline || !info
        ? 'there is no baseline'
        : info.kind === 'env'
            ? `the version deployed there (${info.spec}) carries no predictions (only runs recorded by commit store them); set 'baseline-predictions'`
            : info.source === 'run'
                ? `the baseline run ${info.run?.tag ?? ''} was recorded without predictions (give train-model the 'predictions' input on the default branch, or set 'baseline-predictions')`
                : `the baseline (${info.spec}) is metric files, which hold no predictions; set 'baseline-predictions'`;
    return { candidate, baselineMissing, noBaseline };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./build/steps/registry-inputs.js
var registry_inputs = __webpack_require__(15067);
;// CONCATENATED MODULE: ./build/steps/compare-metrics/run-baseline.js








/**
 * The runs train-model recorded by commit in the model store, as compare-metrics' `merge-base` and
 * `ref:` baselines look them up. The store's code is loaded only when a lookup happens.
 */
function runLookup(platform, registry, depth, slot) {
    const { workspace } = platform.context;
    let opened;
    const open = () => (opened ??= Promise.all([Promise.all(/* import() */[__webpack_require__.e(9849), __webpack_require__.e(8606)]).then(__webpack_require__.bind(__webpack_require__, 62546)), Promise.all(/* import() */[__webpack_require__.e(206), __webpack_require__.e(4198)]).then(__webpack_require__.bind(__webpack_require__, 99372))]).then(([runs, deployments]) => ({
        nearestRun: runs.nearestRun,
        store: deployments.openModelStore(platform, registry),
    })));
    return {
        depth,
        // Named without opening the store: it is opened (and its code loaded) only for a lookup.
        where: `${registry.modelName} in ${registry.registry ?? platform.context.registry?.uri ?? registry_inputs/* LOCAL_STORE */.K5}`,
        async nearest(commits, batch) {
            const { nearestRun, store } = await open();
            return lookUp(nearestRun, store, commits, batch);
        },
        async recorded(sha, count) {
            const { nearestRun, store } = await open();
            const line = await firstParentLine(workspace, sha, count * 3);
            const runs = [];
            for (let at = 0; at < line.length && runs.length < count;) {
                const found = await lookUp(nearestRun, store, line.slice(at), true);
                if (!found.run)
                    break;
                runs.push(found.run);
                at += found.index + 1;
            }
            return runs;
        },
    };
    async function lookUp(nearestRun, store, commits, batch) {
        {
            let found;
            try {
                found = await nearestRun(store, registry.modelName, commits, { slot, firstAlone: !batch });
            }
            catch (error) {
                // Refused is not "found nothing" for sure, so it is said; but it must not block a new project's first PR.
                if (!(error instanceof errors/* AccessRefusedError */.R2))
                    throw error;
                platform.log.warning(`compare-metrics: ${error.message}`);
                return { index: -1, tried: commits.length === 0 ? 0 : 1, refused: `${error.status}` };
            }
            if (!found.run)
                return { index: found.index, tried: found.tried };
            const where = `${store.uri} ${registry.modelName}:${found.run.tag}`;
            // A store anyone can write to must not turn a broken record into a baseline that everything passes.
            let record;
            try {
                record = (0,run_record/* checkRunRecord */.nJ)(found.run.record, where);
            }
            catch (error) {
                throw new errors/* UserError */.yo(`compare-metrics: the run recorded for ${found.run.commit.slice(0, 7)} (${where}) is not a modelgate run record with a 'metrics' object (${(0,errors/* messageOf */.bD)(error)}): re-run the pipeline on that commit to record it again, or delete the tag`);
            }
            const parsed = await (0,core_metrics/* parseMetricsFile */.jI)(where, JSON.stringify({ kind: record.kind, metrics: record.metrics }), 'json');
            if (parsed.metrics.length === 0)
                throw new errors/* UserError */.yo(`compare-metrics: the run recorded for ${found.run.commit.slice(0, 7)} (${where}) has no metrics: its training wrote none, so it cannot be a baseline; re-run the pipeline on that commit`);
            const metrics = new Map(parsed.metrics.map((m) => [m.name, m]));
            const runUrl = typeof record.ci?.runUrl === 'string' ? record.ci.runUrl : undefined;
            const layer = found.run.predictions;
            const predictions = layer ? () => recordedPredictions(store, registry.modelName, layer, where) : undefined;
            return { run: { commit: found.run.commit, tag: found.run.tag, metrics, runUrl, record, ...(predictions ? { predictions } : {}) }, index: found.index, tried: found.tried };
        }
    }
}
const PREDICTION_FORMATS = ['.csv', '.jsonl', '.ndjson', '.parquet'];
/**
 * The predictions stored with a recorded run, read from a private temporary copy (Parquet is read by
 * offset). Only the stored name's extension is used: it says the format, and nothing else of a name
 * from the store reaches the file system.
 */
async function recordedPredictions(store, model, layer, where) {
    const extension = PREDICTION_FORMATS.find((e) => layer.name.toLowerCase().endsWith(e));
    if (!extension)
        throw new errors/* UserError */.yo(`compare-metrics: the predictions stored with ${where} ('${layer.name.slice(0, 80)}') are not CSV, JSON Lines or Parquet`);
    const bytes = await store.readBlob(model, layer.digest);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'modelgate-baseline-'));
    try {
        const file = (0,external_node_path_.join)(dir, `predictions${extension}`);
        await (0,promises_.writeFile)(file, bytes, { flag: 'wx', mode: 0o600 });
        const { readPredictions } = await Promise.all(/* import() */[__webpack_require__.e(5352), __webpack_require__.e(347)]).then(__webpack_require__.bind(__webpack_require__, 347));
        return await readPredictions(file, `${where} ${layer.name.slice(0, 200)}`);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./build/steps/compare-metrics/run.js


















/**
 * compare-metrics: reads the candidate's metrics and the baseline's, gates them on the rules, writes
 * the report and the comparison JSON, shows the summary, upserts the sticky comment and the commit
 * status, and fails when the verdict reaches `fail-on`.
 */
async function run(inputs, platform, config) {
    const { context } = platform;
    if (inputs.publish)
        return publish(platform, inputs, inputs.publish);
    // Paths are checked before any work, so a bad one fails fast.
    const reportDir = await (0,files/* confinePath */.ey)(context.workspace, inputs.report, "compare-metrics: input 'report'");
    // A baseline spec in no known form fails before any reading, with the form it likely meant.
    await parseBaselineSpec(inputs.baseline, context.workspace);
    const rules = await loadRules(config, inputs);
    // A glob like **/*.json must not read this step's own earlier output.
    const candidate = await (0,core_metrics/* readMetrics */.Uw)((0,files/* workspaceSource */.$Q)(context.workspace, [(0,files/* displayPath */.Gt)(context.workspace, reportDir)]), inputs.metrics);
    if (inputs.baseline.startsWith('env:'))
        registerBaseline('env', envBaseline(platform, inputs));
    const runs = inputs.modelName ? runLookup(platform, { ...inputs, modelName: inputs.modelName }, inputs.baselineDepth) : undefined;
    const baseline = await resolveBaseline(inputs.baseline, context, inputs.metrics, runs);
    const noBaseline = baseline.info?.source === 'none';
    if (baseline.info?.looked !== undefined)
        platform.log.info(`compare-metrics: looked up ${baseline.info.looked} commit${baseline.info.looked === 1 ? '' : 's'} in ${runs?.where}: ${baseline.info.source === 'run' ? `the run recorded for ${baseline.info.sha?.slice(0, 7)}` : 'no recorded run'}`);
    if (noBaseline)
        platform.log.warning(`compare-metrics: no baseline: ${baseline.info?.note ?? ''}`);
    // Metrics recorded by a failed training run are not a candidate's, whatever they say.
    const candidateFailure = candidate.failedRuns?.[0];
    // A warning on the record: the job's error, when fail-on makes one, is the failure message.
    if (candidateFailure)
        platform.log.warning(`compare-metrics: ${candidateFailure.reason} (run record ${candidateFailure.file}): the verdict is fail whatever the metrics say`, {
            file: candidateFailure.file,
        });
    // Rules with `test:` are decided on the two sides' per-example predictions (core/paired-gate).
    const sides = await loadPredictions(platform, inputs, rules, baseline);
    const comparison = applyPairedTests((0,compare/* compareMetrics */.fz)(candidate.metrics, baseline.metrics, rules, { noBaseline, candidateFailure }), rules, sides);
    for (const { pattern, source } of comparison.unmatchedPatterns ?? [])
        platform.log.warning(`compare-metrics: ${source.file}${source.line ? `:${source.line}` : ''}: rule pattern '${pattern}' matches no metric in the candidate or the baseline`, source);
    const bundle = {
        kind: 'modelgate/comparison',
        version: 1,
        key: (0,markdown/* markerKey */.s8)(`compare-metrics:${context.pipeline}${inputs.id ? `:${inputs.id}` : ''}`),
        title: inputs.title,
        changeRequest: context.changeRequest?.number,
        sha: context.sha,
        runUrl: context.runUrl,
        failOn: inputs.failOn,
        verdict: comparison.verdict,
        baseline: baseline.info,
        rows: comparison.rows,
        unusedRules: comparison.unusedRules,
        ...(candidateFailure ? { candidateFailure } : {}),
    };
    const reportPath = await writeReport(platform, reportDir, inputs.id, bundle, comparison);
    await platform.metricsReport?.((0,core_metrics/* metricsReportText */.XK)(candidate.metrics));
    // Outputs first: later jobs need the verdict even when posting the comment fails.
    const result = finishWith(platform, comparison, inputs.failOn);
    await deliver(platform, inputs, bundle, comparison, reportPath);
    return { ...result, ...outcomeOf(comparison, inputs.title) };
}
/** The figures and the chat notice; a failed training run leads the notice, in place of "none regressed". */
function outcomeOf(comparison, title) {
    const outcome = (0,figures/* compareOutcome */.mg)(comparison, title, []);
    const failed = comparison.candidateFailure;
    if (!failed || !outcome.notice)
        return outcome;
    const line = `✗ ${failed.reason} (run record ${failed.file})`;
    const { message } = outcome.notice;
    const lines = comparison.counts.fail + comparison.counts.warn > 0 ? [line, ...message.lines] : [line];
    return { ...outcome, notice: { ...outcome.notice, message: { ...message, lines } } };
}
/** The config file's rules, overridden by the `rules` input's. */
async function loadRules(config, inputs) {
    const parsed = await config.document();
    const fromConfig = parsed ? (0,core_rules/* rulesFromYaml */.zw)(parsed, config.shown, 'metrics') : core_rules/* EMPTY_RULES */.oq;
    const fromInput = inputs.rules ? await (0,core_rules/* parseRulesYaml */.gr)(inputs.rules, "input 'rules'") : core_rules/* EMPTY_RULES */.oq;
    return (0,core_rules/* mergeRules */.ub)(fromConfig, fromInput);
}
function reportContext(bundle, context, fullReportHint) {
    return {
        marker: (0,platform/* commentMarker */.Ql)(bundle.key),
        title: bundle.title,
        baseline: bundle.baseline,
        runUrl: bundle.runUrl,
        sha: bundle.sha,
        fullReportHint,
        commitUrl: (sha) => (0,platform/* commitUrl */.Bg)(context, sha),
    };
}
async function writeReport(platform, dir, id, bundle, comparison) {
    const name = `compare-metrics${id ? `-${id}` : ''}`;
    const reportPath = (0,external_node_path_.join)(dir, `${name}.md`);
    const comparisonPath = (0,external_node_path_.join)(dir, `${name}.json`);
    await (0,files/* writeFileAtomic */.Zf)(reportPath, renderReport(comparison, reportContext(bundle, platform.context)));
    await (0,files/* writeFileAtomic */.Zf)(comparisonPath, (0,comparison_file/* bundleJson */.VN)(bundle));
    platform.setOutput('report', reportPath);
    platform.setOutput('comparison', comparisonPath);
    return reportPath;
}
async function deliver(platform, inputs, bundle, comparison, reportPath) {
    const { context, log } = platform;
    const where = platform.features.summaryPage ? 'the job summary' : `the job log and ${(0,files/* displayPath */.Gt)(context.workspace, reportPath)}`;
    const hint = `The full report is in ${where}${context.runUrl ? ` of [this run](${context.runUrl})` : ''}.`;
    await platform.summary({
        markdown: renderReportBytes(comparison, reportContext(bundle, platform.context, hint), SUMMARY_BYTES),
        text: renderText(comparison, reportContext(bundle, platform.context)),
    });
    const cr = context.changeRequest;
    if (!cr)
        return;
    if (cr.fork && (platform.features.forkComments === 'never' || !inputs.token)) {
        log.info(platform.features.forkComments === 'never'
            ? `This pull request comes from a fork, whose token cannot comment: the report is in the job summary and in ${(0,files/* displayPath */.Gt)(context.workspace, reportPath)}. ` +
                "Upload the 'report' folder as an artifact and post it from a workflow_run workflow with the 'publish' input (see the README)."
            : `This merge request comes from a fork and no MODELGATE_TOKEN is set here: the report is in the job log and in ${(0,files/* displayPath */.Gt)(context.workspace, reportPath)}.`);
        return;
    }
    if (inputs.comment && !(await superseded(platform, inputs, cr.number, cr.headSha)))
        await comment(platform, inputs, bundle, comparison, hint);
    if (inputs.status && cr.headSha)
        await run_status(platform, inputs, bundle, comparison, cr.headSha);
}
/**
 * Whether the change request has moved past the commit this run compared: a slow run for an older push
 * must not overwrite the comment of a newer one. When the head cannot be read, the run goes ahead.
 */
async function superseded(platform, inputs, number, sha) {
    const head = await platform.changeRequestHead?.(number, inputs.token).catch(() => undefined);
    if (!head || !sha || head === sha)
        return false;
    platform.log.info(`The pull/merge request is now at ${head.slice(0, 7)}, newer than ${sha.slice(0, 7)} compared here: leaving its comment to that run.`);
    return true;
}
async function comment(platform, inputs, bundle, comparison, hint, number) {
    const body = renderReport(comparison, reportContext(bundle, platform.context, hint), GITHUB_COMMENT_LIMIT);
    try {
        const result = await platform.upsertComment({ key: bundle.key, body, token: inputs.token, number });
        platform.log.info(`Comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
        if (result.url)
            platform.setOutput('comment-url', result.url);
    }
    catch (error) {
        // A token without write access (fork PRs, restricted Dependabot runs) must not fail the comparison.
        if (error instanceof errors/* ExternalError */.yA && (error.status === 403 || error.status === 404))
            platform.log.warning(`${error.message}. The report is still in the job summary.`);
        else
            throw error;
    }
}
async function run_status(platform, inputs, bundle, comparison, sha) {
    const failing = (0,comparison_file/* reaches */.O6)(comparison.verdict, inputs.failOn);
    const state = failing ? 'failure' : 'success';
    const { fail, warn } = comparison.counts;
    // Statuses have no warning state: a missing baseline says so in words, whatever the state.
    const description = comparison.candidateFailure
        ? `fail: ${comparison.candidateFailure.reason}; ${fail} failing, ${warn} warning, ${comparison.rows.length} metrics`
        : comparison.verdict === 'no-baseline'
            ? `no baseline: nothing recorded to compare with; ${fail} failing bounds, ${comparison.rows.length} metrics`
            : `${comparison.verdict}: ${fail} failing, ${warn} warning, ${comparison.rows.length} metrics`;
    try {
        await platform.setStatus({ name: `modelgate/compare-metrics${inputs.id ? `/${inputs.id}` : ''}`, state, description, sha, token: inputs.token, targetUrl: bundle.runUrl });
    }
    catch (error) {
        if (error instanceof errors/* ExternalError */.yA && (error.status === 403 || error.status === 404))
            platform.log.warning(error.message);
        else
            throw error;
    }
}
function finishWith(platform, comparison, failOn) {
    const failing = (0,comparison_file/* reaches */.O6)(comparison.verdict, failOn);
    platform.setOutput('verdict', comparison.verdict);
    platform.setOutput('passed', String(!failing));
    if (!failing)
        return {};
    const names = comparison.rows.filter((r) => r.status === 'fail' || (failOn === 'warn' && r.status === 'warn')).map((r) => `${r.name} (${r.reasons.join('; ')})`);
    if (comparison.candidateFailure)
        names.unshift(`${comparison.candidateFailure.reason} (run record ${comparison.candidateFailure.file})`);
    if (comparison.verdict === 'no-baseline' && names.length === 0)
        names.push('there is no baseline to compare with (see the report for how to record one)');
    const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ` and ${names.length - 5} more` : '');
    return { failure: `compare-metrics: verdict ${comparison.verdict} reaches fail-on '${failOn}': ${shown}` };
}
/** Posts a comparison saved by a fork PR's run, after checking it belongs to the triggering run's head. */
async function publish(platform, inputs, folder) {
    const { context } = platform;
    const dir = await (0,files/* confinePath */.ey)(context.workspace, folder, "compare-metrics: input 'publish'");
    const file = (0,external_node_path_.join)(dir, `compare-metrics${inputs.id ? `-${inputs.id}` : ''}.json`);
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => {
        throw new errors/* UserError */.yo(`compare-metrics: input 'publish': no comparison at ${(0,files/* displayPath */.Gt)(context.workspace, file)}; download the report artifact there first`);
    });
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new errors/* UserError */.yo(`compare-metrics: input 'publish': ${(0,files/* displayPath */.Gt)(context.workspace, file)} is not valid JSON`);
    }
    const bundle = (0,comparison_file/* validateBundle */.T_)(data, (0,files/* displayPath */.Gt)(context.workspace, file));
    // What decides where the comment goes and what fails is this workflow's, not the artifact's.
    bundle.key = (0,markdown/* markerKey */.s8)(`compare-metrics:${context.upstreamPipeline ?? context.pipeline}${inputs.id ? `:${inputs.id}` : ''}`);
    bundle.failOn = inputs.failOn;
    const expected = context.upstreamHeadSha;
    if (!expected)
        throw new errors/* UserError */.yo("compare-metrics: input 'publish' works in a workflow_run workflow (it checks the report against the triggering run's head commit)");
    const head = await platform.changeRequestHead?.(bundle.changeRequest, inputs.token);
    if (bundle.sha !== expected || head !== expected) {
        throw new errors/* UserError */.yo(`compare-metrics: refusing to publish: the report is for ${bundle.sha?.slice(0, 7)}, the triggering run built ${expected.slice(0, 7)} and pull request #${bundle.changeRequest} is at ${head?.slice(0, 7)}`);
    }
    // The saved run link came from the fork's job; the trusted one is in this run's event. The baseline
    // run's link was read by the fork's job too: it is not shown.
    bundle.runUrl = context.upstreamRunUrl;
    if (bundle.baseline?.run)
        bundle.baseline.run = { tag: bundle.baseline.run.tag };
    const comparison = (0,comparison_file/* fromRows */.GS)(bundle.rows, bundle.verdict, bundle.candidateFailure);
    const hint = `The full report is in the job summary${bundle.runUrl ? ` of [the pull request's run](${bundle.runUrl})` : ''}.`;
    await platform.summary({
        markdown: renderReportBytes(comparison, reportContext(bundle, platform.context, hint), SUMMARY_BYTES),
        text: renderText(comparison, reportContext(bundle, platform.context)),
    });
    // No commit status: the comparison was computed by the fork's own workflow, which could forge it.
    platform.setOutput('verdict', comparison.verdict);
    platform.setOutput('passed', String(!(0,comparison_file/* reaches */.O6)(comparison.verdict, inputs.failOn)));
    if (inputs.comment)
        await comment(platform, inputs, bundle, comparison, hint, bundle.changeRequest);
    return {};
}


/***/ })

};
