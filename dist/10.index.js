export const id = 10;
export const ids = [10];
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

/***/ 15719:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ commitUrl),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   XH: () => (/* binding */ compareUrl)
/* harmony export */ });
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

/***/ 90010:
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
var compare = __webpack_require__(45573);
// EXTERNAL MODULE: ./build/core/comparison-file.js
var comparison_file = __webpack_require__(6488);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/files.js
var core_files = __webpack_require__(21645);
// EXTERNAL MODULE: ./build/core/markdown.js + 1 modules
var markdown = __webpack_require__(37980);
// EXTERNAL MODULE: ./build/core/metrics.js
var core_metrics = __webpack_require__(46491);
// EXTERNAL MODULE: ./build/core/paired-values.js
var paired_values = __webpack_require__(71528);
// EXTERNAL MODULE: ./build/core/rules.js
var core_rules = __webpack_require__(54653);
// EXTERNAL MODULE: ./build/core/stats/distributions.js + 1 modules
var distributions = __webpack_require__(95590);
// EXTERNAL MODULE: ./build/core/stats/paired.js + 6 modules
var paired = __webpack_require__(41419);
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
/** Rows under one pattern rule, this many or more, are shown as a group with the rule said once. */
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
            const overhead = opened.has(t) ? 0 : t < 0 ? (0,markdown/* rowLength */.zq)(HEADER) * 2 + 4 : 400 + groups[t].rule.length + groups[t].pattern.length;
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
    const byPattern = new Map();
    for (const r of rows)
        if (r.pattern !== undefined && r.test === undefined)
            byPattern.set(r.pattern, [...(byPattern.get(r.pattern) ?? []), r]);
    return [...byPattern].filter(([, list]) => list.length >= GROUP_MIN).map(([pattern, list]) => ({ pattern, rule: list[0]?.rule ?? '', rows: worstFirst(list) }));
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
    const summary = `<summary>${g.rows.length} metrics under the rule <code>${(0,markdown/* escapeHtml */.ZD)(g.pattern, 120)}</code> (${(0,markdown/* escapeHtml */.ZD)(g.rule)})${said ? `: ${said}` : ': all pass'}; worst first</summary>`;
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
    const href = (0,markdown/* linkUrl */.YY)(url);
    return href ? ` · [${text}](${href})` : '';
}
function commitLink(sha, url) {
    const text = report_short(sha);
    const href = /^[0-9a-f]{7,64}$/i.test(sha) ? url?.(sha) : undefined;
    return (0,markdown/* linkUrl */.YY)(href) ? `[${text}](${href})` : text;
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
    // Sections draw from files a pull request writes: cleaned line by line like the rows.
    for (const section of context.sections ?? [])
        if (section.text)
            lines.push('', ...section.text.split('\n').map((l) => clean(l, 200)));
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
var platform_platform = __webpack_require__(15719);
// EXTERNAL MODULE: ./build/steps/figures.js
var figures = __webpack_require__(85221);
// EXTERNAL MODULE: ./build/core/git.js
var git = __webpack_require__(64866);
// EXTERNAL MODULE: ./build/core/inputs.js
var inputs = __webpack_require__(97529);
// EXTERNAL MODULE: ./build/core/suggest.js
var suggest = __webpack_require__(57980);
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
    const read = await (0,core_metrics/* readMetrics */.Uw)((0,core_files/* workspaceSource */.$Q)(context.workspace), patterns, { origin: baselineOrigin(`file:${argument}`, '', true) });
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
var names = __webpack_require__(5562);
// EXTERNAL MODULE: ./build/core/run-record.js
var run_record = __webpack_require__(69549);
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
        const [{ currentDeployment, resolveVersion }, { openModelStore }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(9701), __webpack_require__.e(3524), __webpack_require__.e(575)]).then(__webpack_require__.bind(__webpack_require__, 46664)), Promise.all(/* import() */[__webpack_require__.e(3524), __webpack_require__.e(1142)]).then(__webpack_require__.bind(__webpack_require__, 32288))]);
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
 * baseline's from input 'baseline-predictions' or from the baseline run's record in the store (that
 * one only when a rule has `test:`). Without such a rule, the files given are read for the report's
 * confusion matrix.
 */
async function loadPredictions(platform, inputs, rules, baseline) {
    const noBaseline = baseline.info?.source === 'none' || (!baseline.metrics && !baseline.info);
    const { workspace } = platform.context;
    const read = async (input, path) => {
        const full = await (0,core_files/* confinePath */.ey)(workspace, path, `compare-metrics: input '${input}'`);
        const shown = (0,core_files/* displayPath */.Gt)(workspace, full);
        const found = await (0,promises_.stat)(full).catch(() => undefined);
        if (!found?.isFile())
            throw new errors/* UserError */.yo(`compare-metrics: input '${input}': no predictions file at ${shown}; write it in your evaluation step (train-model's 'predictions' input records it with the run)`);
        const { readPredictions } = await Promise.all(/* import() */[__webpack_require__.e(9913), __webpack_require__.e(6991)]).then(__webpack_require__.bind(__webpack_require__, 46991));
        return readPredictions(full, shown);
    };
    // Without a paired test, the predictions given still make the report's confusion matrix.
    if (!wantsTests(rules)) {
        const candidate = inputs.predictions ? await read('predictions', inputs.predictions) : undefined;
        const given = inputs.baselinePredictions ? await read('baseline-predictions', inputs.baselinePredictions) : undefined;
        return { candidate, baseline: given, noBaseline };
    }
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
var registry_inputs = __webpack_require__(21303);
;// CONCATENATED MODULE: ./build/steps/compare-metrics/run-baseline.js








/**
 * The runs train-model recorded by commit in the model store, as compare-metrics' `merge-base` and
 * `ref:` baselines look them up. The store's code is loaded only when a lookup happens.
 */
function runLookup(platform, registry, depth, slot) {
    const { workspace } = platform.context;
    let opened;
    const open = () => (opened ??= Promise.all([Promise.all(/* import() */[__webpack_require__.e(9701), __webpack_require__.e(5240)]).then(__webpack_require__.bind(__webpack_require__, 47566)), Promise.all(/* import() */[__webpack_require__.e(3524), __webpack_require__.e(1142)]).then(__webpack_require__.bind(__webpack_require__, 32288))]).then(([runs, deployments]) => ({
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
        const { readPredictions } = await Promise.all(/* import() */[__webpack_require__.e(9913), __webpack_require__.e(6991)]).then(__webpack_require__.bind(__webpack_require__, 46991));
        return await readPredictions(file, `${where} ${layer.name.slice(0, 200)}`);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./build/core/charts.js
// Mermaid's xychart palettes have ten colours: an eleventh line would repeat one.
const MAX_SERIES = 10;
// A band axis this wide still leaves room for a short SHA under each point in a 700px chart.
const MAX_POINTS = 60;
// Mermaid's default maxTextSize: a longer diagram renders as an error box instead of the chart.
const MAX_TEXT = 50_000;
const LIMIT = { title: 100, axis: 60, category: 30, series: 60 };
// Visible where a character was refused, so a replaced label never reads as a different, clean one.
const MARK = '\ufffd';
// Letters, marks and digits of any script, and punctuation that means nothing inside a quoted
// xychart string to any Mermaid step. Left out, with the reason: `"` ends the string (there is no
// escape); a backtick opens a markdown string and could close the fence; `<` `>` `&` are markup or
// are re-escaped by Mermaid's DOMPurify pass (`&` shows as `&amp;`), and `&` is decoded by mermaid.run's
// entity decoding; `;` completes `#35;`-style entity codes and the `style...#...;` rewrite (both
// applied to the whole text before parsing); `=` becomes `&equals;` at some security levels; `°` and
// `¶` are halves of Mermaid's entity placeholders; brackets, braces, `|`, `\` and the rest buy
// nothing a metric name needs. `%` stays, but never doubled: `%%{...}%%` is a directive anywhere.
const SAFE = /[\p{L}\p{M}\p{N} .,\-_/:+()'#%@]/u;
const SPACE = /[\s\p{Cc}]/u;
/**
 * Text made safe as a quoted Mermaid label (what mermaidLineChart uses for every label): the text to
 * place between double quotes, rendered by Mermaid as exactly these characters. Whitespace and
 * control characters become single spaces and the ends are trimmed (Mermaid trims labels itself);
 * every other character outside letters, marks and digits of any script and ` .,-_/:+()'#%@` becomes
 * U+FFFD, as does the second `%` of `%%`; text longer than `maxLength` code points is cut, ending in `…`.
 * May be empty: Mermaid refuses `""`, so callers leave an empty label out.
 */
function mermaidLabel(text, maxLength = 60) {
    let out = '';
    for (const c of text)
        out += SPACE.test(c) ? ' ' : SAFE.test(c) ? c : MARK;
    const chars = [
        ...out
            .replace(/(?<=%)%/g, MARK)
            .replace(/ {2,}/g, ' ')
            .trim(),
    ];
    const max = Math.max(1, Math.floor(maxLength));
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…`.replace(/ …$/, '…') : chars.join('');
}
/** A finite number in the digits-only form xychart's grammar takes (`[+-]?(\d+(\.\d+)?|\.\d+)`): no exponent. */
function decimal(v) {
    // -0 stays -0 so that a value reads back as exactly the one given.
    if (Object.is(v, -0))
        return '-0';
    const s = String(v);
    const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
    if (!m)
        return s;
    const [, sign = '', head = '', tail = '', exp = '0'] = m;
    const digits = head + tail;
    const point = 1 + Number(exp);
    if (point <= 0)
        return `${sign}0.${'0'.repeat(-point)}${digits}`;
    if (point >= digits.length)
        return `${sign}${digits.padEnd(point, '0')}`;
    return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
/** The y range: the values' own, widened when they are all equal (a zero-height axis draws nothing). */
function yRange(values) {
    let lo = Math.min(...values);
    let hi = Math.max(...values);
    if (lo < hi)
        return [lo, hi];
    const pad = Math.abs(lo) / 10 || 1;
    lo = Math.max(lo - pad, -Number.MAX_VALUE);
    hi = Math.min(hi + pad, Number.MAX_VALUE);
    // A subnormal value's tenth rounds back to it.
    return lo < hi ? [lo, hi] : [lo - 1, hi + 1];
}
const quoted = (label) => (label === '' ? '' : `"${label}" `);
/** The indices to draw, at most `limit`: the latest categories, or numbers spread from first to last. */
function pick(shown, limit, numeric) {
    if (shown.length <= limit)
        return [...shown];
    if (!numeric)
        return shown.slice(-limit);
    if (limit === 1)
        return shown.slice(-1);
    return Array.from({ length: limit }, (_, i) => shown[Math.round((i * (shown.length - 1)) / (limit - 1))]);
}
/**
 * A fenced ```mermaid block holding an xychart-beta line chart, ending in a newline; undefined when there is nothing to draw (no finite value).
 *
 * Every label goes through {@link mermaidLabel} (title 100 code points, axis labels 60, categories
 * 30, series names 60); an empty or repeated category becomes U+FFFD or gets ` (2)`, ` (3)`…, since
 * Mermaid draws repeated categories at one x. A numeric x axis is drawn as categories of its numbers:
 * xychart's numeric axis spreads points evenly, which would misplace irregular steps.
 *
 * xychart has no missing point (a line takes one number per category, from the first) and a value is
 * never invented, so a point is drawn only where every drawn series has a finite value: categories
 * where one has none are left out. Series are taken in order, at most 10; one with no finite value, or
 * that shares no category with those before it, is left out. At most 60 points: the latest 60
 * categories, or for a numeric x axis 60 spread from the first to the last, and fewer when the digits
 * would pass Mermaid's 50,000-character limit. The y axis spans the values, widened when they are all
 * equal. Series names are written on their lines (a legend in Mermaid versions that draw one);
 * renderers without a legend show none, so the caller writes a caption.
 */
function mermaidLineChart(chart) {
    const numeric = 'values' in chart.x;
    const labels = 'values' in chart.x ? chart.x.values.map((v) => mermaidLabel(String(v), LIMIT.category)) : chart.x.categories.map((c) => mermaidLabel(c, LIMIT.category));
    const finite = (s, i) => Number.isFinite(s.values[i]);
    const drawn = [];
    let shown = [];
    for (const s of chart.series) {
        if (drawn.length === MAX_SERIES)
            break;
        const both = (drawn.length === 0 ? labels.map((_, i) => i) : shown).filter((i) => finite(s, i));
        if (both.length === 0)
            continue;
        drawn.push(s);
        shown = both;
    }
    if (drawn.length === 0)
        return undefined;
    const title = mermaidLabel(chart.title, LIMIT.title);
    const head = ['```mermaid', 'xychart-beta', ...(title === '' ? [] : [`title "${title}"`])];
    for (let limit = MAX_POINTS;; limit = Math.ceil(limit / 2)) {
        const at = pick(shown, limit, numeric);
        const seen = new Set();
        const categories = at.map((i) => {
            const base = labels[i] || MARK;
            let label = base;
            for (let n = 2; seen.has(label); n++)
                label = `${base} (${n})`;
            seen.add(label);
            return `"${label}"`;
        });
        const values = drawn.map((s) => at.map((i) => s.values[i]));
        const [lo, hi] = yRange(values.flat());
        const lines = [
            ...head,
            `x-axis ${quoted(mermaidLabel(chart.x.label ?? '', LIMIT.axis))}[${categories.join(', ')}]`,
            `y-axis ${quoted(mermaidLabel(chart.y?.label ?? '', LIMIT.axis))}${decimal(lo)} --> ${decimal(hi)}`,
            ...drawn.map((s, k) => `line ${quoted(mermaidLabel(s.name, LIMIT.series))}[${(values[k] ?? []).map(decimal).join(', ')}]`),
            '```',
        ];
        const text = `${lines.join('\n')}\n`;
        if (text.length <= MAX_TEXT || limit === 1)
            return text;
    }
}
const BARS = '▁▂▃▄▅▆▇█';
const GAP = '·';
/**
 * A text sparkline of the values (▁▂▃▄▅▆▇█), a gap character for null/non-finite, for terminals and renderers without Mermaid.
 *
 * One character a value: `·` for a gap, `▄` for every value when they are all equal.
 */
function sparkline(values) {
    // A loop, not Math.min(...values): a long history would overflow the call stack.
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of values) {
        if (v === null || !Number.isFinite(v))
            continue;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
    }
    return values
        .map((v) => {
        if (v === null || !Number.isFinite(v))
            return GAP;
        // Equal values are a flat line at mid height, not a row of minimums that reads as a drop.
        if (!(lo < hi))
            return BARS[3];
        // Halved so that a span like -1e308..1e308 does not overflow to Infinity.
        return BARS[Math.round(((v / 2 - lo / 2) / (hi / 2 - lo / 2)) * (BARS.length - 1))];
    })
        .join('');
}

// EXTERNAL MODULE: ./build/core/csv.js
var csv = __webpack_require__(96542);
// EXTERNAL MODULE: ./build/core/json-error.js
var json_error = __webpack_require__(18173);
;// CONCATENATED MODULE: ./build/core/confusion.js
// Confusion matrices for the report: computed from a predictions file, or read from the file a
// training job wrote (DVCLive's confusion JSON, a matrix with class names). Class names come from
// training code a pull request controls, so they are only ever rendered as code spans.





/** Classes a matrix computed from predictions keeps by default; rendering keeps fewer ({@link renderConfusion}). */
const DEFAULT_COMPUTE_CLASSES = 100;
/** Classes a rendered matrix shows by default: 12 columns of counts still fit a PR comment's width. */
const DEFAULT_RENDER_CLASSES = 12;
/** A confusion file larger than this is refused: a matrix or per-example rows for a report is far smaller. */
const MAX_CONFUSION_BYTES = 64 * 1024 * 1024;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const collator = new Intl.Collator('en', { numeric: true });
/**
 * Class order: numbers by value first (`2` before `10`, `-1` before `0`), then text in numeric-aware
 * collation (`class2` before `class10`), code units breaking ties so the order is total and stable.
 */
function compareClasses(a, b) {
    const na = NUMBER.test(a.trim()) ? Number(a) : undefined;
    const nb = NUMBER.test(b.trim()) ? Number(b) : undefined;
    if (na !== undefined && nb !== undefined && na !== nb)
        return na - nb;
    if ((na === undefined) !== (nb === undefined))
        return na === undefined ? 1 : -1;
    return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
/**
 * The confusion matrix of classification predictions (label and prediction columns); undefined when the
 * predictions have no labels (regression or value-only). Weights, when given, are summed.
 *
 * The predicted class is the `prediction` column, else the most probable `prob.<class>`; with neither
 * (a binary score alone, whose threshold is not ours to pick) there is no matrix. Labels and predictions
 * that are all numbers with some not whole are regression targets: no matrix either. Past `maxClasses`
 * (default {@link DEFAULT_COMPUTE_CLASSES}) the most confused classes are kept and `omitted` counts the rest.
 */
function confusionFromPredictions(p, options = {}) {
    const truth = p.label;
    const predicted = p.prediction ?? argmaxClasses(p);
    if (!truth || !predicted)
        return undefined;
    const numeric = (v) => NUMBER.test(v.trim());
    const whole = (v) => Number.isInteger(Number(v));
    if (truth.every(numeric) && predicted.every(numeric) && !(truth.every(whole) && predicted.every(whole)))
        return undefined;
    const cells = new Cells();
    truth.forEach((t, i) => cells.add(t, predicted[i], p.weight ? p.weight[i] : 1, 1));
    return cells.matrix(options.maxClasses ?? DEFAULT_COMPUTE_CLASSES);
}
function argmaxClasses(p) {
    if (!p.probs)
        return undefined;
    const { classes, values } = p.probs;
    return p.ids.map((_, i) => {
        let best = 0;
        for (let k = 1; k < classes.length; k++)
            if (values[k][i] > values[best][i])
                best = k;
        return classes[best];
    });
}
const sum = (values) => values.reduce((a, b) => a + b, 0);
/**
 * Counts by (true, predicted) pair, kept sparse: a file may name many classes (ids mistaken for labels),
 * and only the classes kept become a dense matrix, never all of them squared.
 */
class Cells {
    cells = new Map();
    classes = new Set();
    add(truth, predicted, weight, examples) {
        this.classes.add(truth).add(predicted);
        let row = this.cells.get(truth);
        if (!row)
            this.cells.set(truth, (row = new Map()));
        const cell = row.get(predicted) ?? { weight: 0, examples: 0 };
        cell.weight += weight;
        cell.examples += examples;
        row.set(predicted, cell);
    }
    /** The matrix of the `max` most confused classes, the rest counted in `omitted`. */
    matrix(max) {
        const all = [...this.classes].sort(compareClasses);
        const index = new Map(all.map((c, i) => [c, i]));
        const mass = all.map(() => 0);
        for (const [t, row] of this.cells) {
            for (const [q, cell] of row) {
                if (t === q)
                    continue;
                mass[index.get(t)] += cell.weight;
                mass[index.get(q)] += cell.weight;
            }
        }
        const labels = mostConfused(mass, max).map((k) => all[k]);
        const counts = labels.map((t) => labels.map((q) => this.cells.get(t)?.get(q)?.weight ?? 0));
        const m = { labels, counts, total: sum(counts.flat()) };
        if (labels.length < all.length) {
            const shown = new Set(labels);
            let examples = 0;
            for (const [t, row] of this.cells)
                for (const [q, cell] of row)
                    if (!shown.has(t) || !shown.has(q))
                        examples += cell.examples;
            m.omitted = { classes: all.length - labels.length, examples };
        }
        return m;
    }
}
/**
 * Indexes of the classes to keep, in class order: all when they fit, else the `max` with the most
 * off-diagonal mass in their rows and columns (where the model errs), ties broken by class order. A
 * class that is never confused tells a reviewer least, so it is the first left out.
 */
function mostConfused(mass, max) {
    const all = [...mass.keys()];
    const limit = Math.max(1, Math.floor(max));
    if (all.length <= limit)
        return all;
    return all
        .sort((a, b) => mass[b] - mass[a] || a - b)
        .slice(0, limit)
        .sort((a, b) => a - b);
}
/**
 * Reads a confusion file a training job wrote. Formats, by content:
 * - DVCLive's `log_sklearn_plot("confusion_matrix", ...)` JSON: a list of `{"actual": ..., "predicted": ...}`
 *   rows, one per example (also inside an object, as DVC's hierarchical plot files allow);
 * - the same rows as CSV with an `actual,predicted` header (DVC's confusion template data);
 * - a matrix: JSON `{"labels": [...], "matrix": [[...]]}` (rows true, columns predicted), or CSV whose
 *   header names the predicted classes after a corner cell and whose rows start with the true class
 *   (what `pandas.DataFrame(cm, index=labels, columns=labels).to_csv()` writes); TSV by a `.tsv` name.
 * `path` is read as given: the caller confines it to the workspace. Errors are UserErrors naming `shown`.
 */
async function readConfusionFile(path, shown) {
    const fail = (what, line) => new errors/* UserError */.yo(`confusion: ${shown}${line ? `:${line}` : ''}: ${what}`, { file: shown, line });
    const text = (await readBounded(path, shown)).replace(/^\uFEFF/, '');
    if (text.trim() === '')
        throw fail('the file is empty', 1);
    if (/^\s*[[{]/.test(text))
        return fromJson(text, fail);
    let rows;
    try {
        rows = (0,csv/* parseCsv */.W)(text, shown, /\.tsv$/i.test(shown) ? '\t' : ',');
    }
    catch (error) {
        throw error instanceof errors/* UserError */.yo ? new errors/* UserError */.yo(error.message.replace(/^metrics: /, 'confusion: '), error.location) : error;
    }
    const header = (rows[0]?.cells ?? []).map((c) => c.trim());
    if (header.length === 2 && header[0]?.toLowerCase() === 'actual' && header[1]?.toLowerCase() === 'predicted') {
        return fromPairs(rows.slice(1).map((r) => [r.cells[0], r.cells[1]]));
    }
    if (header.length < 2)
        throw fail("expected 'actual,predicted' rows or a matrix with the predicted classes in the header", 1);
    const columns = header.slice(1);
    const body = rows.slice(1).map((r) => {
        const values = r.cells.slice(1).map((c) => count(c, (what) => fail(what, r.line)));
        return { name: r.cells[0].trim(), values, line: r.line };
    });
    return fromMatrix(body.map((r) => r.name), columns, body.map((r) => r.values), (what, i) => fail(what, i === undefined ? 1 : body[i]?.line));
}
/** The file's text, refusing what is not a regular file (a FIFO would block) or is too large to be a matrix. */
async function readBounded(path, shown) {
    let handle;
    try {
        handle = await (0,promises_.open)(path, 'r');
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'does not exist' : `cannot be read (${error.code})`;
        throw new errors/* UserError */.yo(`confusion: ${shown} ${reason}`, { file: shown });
    }
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new errors/* UserError */.yo(`confusion: ${shown} is not a regular file`, { file: shown });
        if (stat.size > MAX_CONFUSION_BYTES)
            throw new errors/* UserError */.yo(`confusion: ${shown} is ${stat.size} bytes; at most ${MAX_CONFUSION_BYTES} are read`, { file: shown });
        return await handle.readFile('utf8');
    }
    finally {
        await handle.close();
    }
}
function fromJson(text, fail) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        const { line, column, reason } = (0,json_error/* locateJsonError */.R)(text);
        throw fail(`not valid JSON: ${reason} (column ${column})`, line);
    }
    const object = value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    const labels = object?.labels ?? object?.classes;
    const matrix = object?.matrix ?? object?.counts ?? object?.confusion_matrix;
    if (Array.isArray(labels) && Array.isArray(matrix)) {
        const names = labels.map((l) => (typeof l === 'string' || typeof l === 'number' ? String(l) : undefined));
        if (names.includes(undefined))
            throw fail("'labels' must be a list of class names");
        const values = matrix.map((row, i) => {
            if (!Array.isArray(row))
                throw fail(`row ${i + 1} of 'matrix' is not a list of counts`);
            return row.map((c) => count(c, (what) => fail(`row ${i + 1} of 'matrix': ${what}`)));
        });
        return fromMatrix(names, names, values, (what) => fail(what));
    }
    // DVC's hierarchical plot files: the rows are the list itself, or the first list in the object.
    const list = Array.isArray(value) ? value : Object.values(object ?? {}).find(Array.isArray);
    if (!Array.isArray(list))
        throw fail('expected DVCLive\'s list of {"actual", "predicted"} rows or {"labels": [...], "matrix": [[...]]}');
    return fromPairs(list.map((row, i) => {
        const r = row && typeof row === 'object' ? row : {};
        const cell = (k) => (typeof r[k] === 'string' || typeof r[k] === 'number' || typeof r[k] === 'boolean' ? String(r[k]) : undefined);
        const [a, p] = [cell('actual'), cell('predicted')];
        if (a === undefined || p === undefined)
            throw fail(`entry ${i + 1} is not an {"actual": ..., "predicted": ...} row`);
        return [a, p];
    }));
}
/** A count cell: a finite number of 0 or more (a weighted count need not be whole). */
function count(cell, fail) {
    const text = typeof cell === 'string' ? cell.trim() : undefined;
    const v = typeof cell === 'number' ? cell : text !== undefined && NUMBER.test(text) ? Number(text) : Number.NaN;
    if (!Number.isFinite(v) || v < 0)
        throw fail(`${JSON.stringify(cell)?.slice(0, 40) ?? 'nothing'} is not a count (a number of 0 or more)`);
    return v;
}
function fromPairs(pairs) {
    const cells = new Cells();
    for (const [a, p] of pairs)
        cells.add(a, p, 1, 1);
    return cells.matrix(DEFAULT_COMPUTE_CLASSES);
}
/** A matrix from named rows and columns (which may differ in order or members), as one class list. */
function fromMatrix(rows, columns, values, fail) {
    const twice = (names, seen = new Set()) => names.find((n) => seen.has(n) || !seen.add(n));
    const row = twice(rows);
    const column = twice(columns);
    if (row !== undefined)
        throw fail(`class ${JSON.stringify(row).slice(0, 80)} names two rows`, rows.lastIndexOf(row));
    if (column !== undefined)
        throw fail(`class ${JSON.stringify(column).slice(0, 80)} names two columns`);
    const cells = new Cells();
    values.forEach((counts, i) => {
        if (counts.length !== columns.length)
            throw fail(`row ${i + 1} has ${counts.length} counts for ${columns.length} classes`, i);
        counts.forEach((v, j) => cells.add(rows[i], columns[j], v, v));
    });
    return cells.matrix(DEFAULT_COMPUTE_CLASSES);
}
/** A count as text: whole counts as they are, weighted ones to two decimals (trailing zeros dropped). */
function formatCount(v) {
    return Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/\.?0+$/, '');
}
const signed = (v, text) => (v > 0 ? `+${text}` : v < 0 ? `−${text.replace(/^-/, '')}` : text);
const percent = (v) => (v === undefined ? '–' : `${(v * 100).toFixed(1)}%`);
/**
 * The matrix as a markdown table: rows are true classes, columns predicted ones, the diagonal bold,
 * and each row's recall (its diagonal over its whole row, shown or not). With more than `maxClasses`
 * (default {@link DEFAULT_RENDER_CLASSES}) classes, the most confused are kept and an `other classes` column
 * holds each row's predictions of the rest, so rows still add up; a note says what was left out.
 * With `baseline`, each changed cell says by how much, and a column gives the recall's change in points.
 */
function renderConfusion(m, options = {}) {
    const offDiagonal = m.labels.map((_, c) => sum(m.labels.map((__, o) => (o === c ? 0 : (m.counts[c]?.[o] ?? 0) + (m.counts[o]?.[c] ?? 0)))));
    const keep = mostConfused(offDiagonal, options.maxClasses ?? DEFAULT_RENDER_CLASSES);
    const hidden = m.labels.length - keep.length;
    const base = options.baseline;
    const baseAt = new Map(base?.labels.map((l, i) => [l, i]));
    const cell = (t, p) => m.counts[t]?.[p] ?? 0;
    const recall = (c, t) => {
        const row = sum(c.counts[t] ?? []);
        return row > 0 ? (c.counts[t]?.[t] ?? 0) / row : undefined;
    };
    const header = ['true ↓ predicted →', ...keep.map((k) => (0,markdown/* code */.aY)(m.labels[k], { inTable: true, maxLength: 40 })), ...(hidden ? ['other classes'] : []), 'recall'];
    if (base)
        header.push('Δ recall');
    const rows = keep.map((t) => {
        const bt = baseAt.get(m.labels[t]);
        const cells = keep.map((p) => {
            const v = cell(t, p);
            const bp = baseAt.get(m.labels[p]);
            const was = bt === undefined || bp === undefined ? undefined : (base?.counts[bt]?.[bp] ?? 0);
            const text = t === p ? `**${formatCount(v)}**` : formatCount(v);
            // Weighted counts differ by rounding alone where nothing changed.
            return was === undefined || Math.abs(v - was) < 1e-9 ? text : `${text} (${signed(v - was, formatCount(Math.abs(v - was)))})`;
        });
        const other = sum(m.counts[t] ?? []) - sum(keep.map((p) => cell(t, p)));
        const r = recall(m, t);
        const out = [(0,markdown/* code */.aY)(m.labels[t], { inTable: true, maxLength: 40 }), ...cells, ...(hidden ? [formatCount(Math.max(0, other))] : []), percent(r)];
        if (base) {
            const was = bt === undefined ? undefined : recall(base, bt);
            out.push(r === undefined || was === undefined ? (bt === undefined ? 'new' : '–') : signed(r - was, `${(Math.abs(r - was) * 100).toFixed(1)} pp`));
        }
        return out;
    });
    const align = ['l', ...keep.map(() => 'r'), ...(hidden ? ['r'] : []), 'r', ...(base ? ['r'] : [])];
    const notes = [];
    if (hidden)
        notes.push(`${keep.length} of ${m.labels.length} classes shown, those most often confused; ${hidden} left out (their predictions are under other classes).`);
    if (m.omitted)
        notes.push(`${m.omitted.classes} more classes (${m.omitted.examples} examples) were left out of the matrix itself.`);
    return `${(0,markdown/* table */.tp)(header, rows, align)}\n${notes.length ? `\n${notes.join(' ')}\n` : ''}`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/core/yaml.js
var core_yaml = __webpack_require__(49483);
;// CONCATENATED MODULE: ./build/core/plots.js
// Training curves from what DVC and DVCLive already write, for the report's charts: no logging API of
// our own. Every file comes from training code a pull request controls, so each read is confined to
// the workspace and bounded, and a path a file names is never followed out of it.









/** Data files larger than this are refused: a per-step log of a long run is a few megabytes. */
const MAX_PLOT_BYTES = 32 * 1024 * 1024;
const MAX_WALK_FILES = 2000;
const DATA = /\.(tsv|csv|json|ya?ml)$/i;
const DVC_FILE = /(^|\/)dvc\.ya?ml$/;
// DVCLive's sklearn plots, by the key its JSON nests the points under (dvclive/plots/sklearn.py).
const KNOWN = {
    roc: { x: 'fpr', y: 'tpr', title: 'Receiver operating characteristic (ROC)', xLabel: 'False Positive Rate' },
    precision_recall: { x: 'recall', y: 'precision', title: 'Precision-Recall Curve', xLabel: 'Recall' },
    det: { x: 'fpr', y: 'fnr', title: 'Detection error tradeoff (DET)', xLabel: 'False Positive Rate' },
    calibration: { x: 'prob_pred', y: 'prob_true', title: 'Calibration Curve', xLabel: 'Mean Predicted Probability' },
};
const plots_fail = (file, what, line) => new errors/* UserError */.yo(`plots: ${file}${line ? `:${line}` : ''}: ${what}`, { file, line });
/**
 * Curves from DVCLive's step files and from `dvc.yaml` plot definitions, at most `maxCurves` (default 6)
 * of at most `maxPoints` points each (default 60, see {@link downsample}). `files` are paths or globs
 * relative to `root`:
 * - a `dvc.yaml`: its top-level `plots:` (DVC 3's list of paths, `{path: {x, y}}` and
 *   `{id: {x: field-or-{file: field}, y: {file: field-or-fields}}}`, or a mapping of ids) and its stages'
 *   `plots:`; paths are relative to the `dvc.yaml`, a directory stands for the data files in it, and
 *   images, `confusion` templates and missing files (a stage not run) are skipped;
 * - a DVCLive folder (one with `plots/`): the data files under `plots/`: `plots/metrics/**` (one
 *   `[timestamp\t]step\t<name>` TSV per metric, a `/` in its name a subfolder) and the ROC, precision-recall,
 *   DET and calibration JSON of `plots/sklearn/`; another folder: the data files in it;
 * - a TSV, CSV, JSON or YAML data file (DVC's tabular or hierarchical data: the last column is y, the
 *   `step` column or the row index is x).
 * Cells that are not finite numbers (`nan`, text) are null; rows whose x is not a number are dropped.
 * Errors are {@link UserError}s naming the file and line.
 */
async function readCurves(root, files, options = {}) {
    const maxCurves = options.maxCurves ?? 6;
    const cache = new Map();
    const load = (file) => cache.get(file) ?? cache.set(file, loadTable(root, file)).get(file);
    const curves = [];
    // A file both a folder and a dvc.yaml name is drawn once.
    const seen = new Set();
    const draw = async (spec, strict) => {
        for (const curve of await curvesOf(spec, load, strict)) {
            const key = JSON.stringify([curve.file, curve.title]);
            if (curves.length < maxCurves && !seen.has(key))
                curves.push(downsample(curve, options.maxPoints ?? 60));
            seen.add(key);
        }
    };
    const { files: paths, unmatched } = await (0,core_files/* expandPatterns */.qL)((0,core_files/* workspaceSource */.$Q)(root), files).catch(relabel);
    // A mistyped path would draw nothing in silence.
    if (unmatched.length > 0)
        throw new errors/* UserError */.yo(`plots: '${unmatched[0]}' matched no file in the workspace`);
    for (const path of paths) {
        if (curves.length >= maxCurves)
            break;
        const rel = (0,core_files/* displayPath */.Gt)(root, await (0,core_files/* confinePath */.ey)(root, path, 'plots'));
        const kind = await probe(root, rel);
        if (kind === 'missing')
            throw new errors/* UserError */.yo(`plots: '${path}' does not exist in the workspace`, { file: rel });
        if (DVC_FILE.test(rel) && kind === 'file') {
            for (const spec of await dvcSpecs(root, rel))
                if (curves.length < maxCurves)
                    await draw(spec, false);
        }
        else if (kind === 'dir') {
            // A DVCLive folder's curves are under plots/ (beside them, its summary and params are no curves).
            const under = (await probe(root, `${rel}/plots`)) === 'dir' ? `${rel}/plots` : rel;
            for (const file of await walk(root, under))
                if (curves.length < maxCurves)
                    await draw({ y: [{ file }] }, false);
        }
        else if (!DATA.test(rel))
            throw plots_fail(rel, 'is not a TSV, CSV, JSON or YAML data file');
        else
            await draw({ y: [{ file: rel }] }, true);
    }
    return curves;
}
function relabel(error) {
    throw error instanceof errors/* UserError */.yo ? new errors/* UserError */.yo(error.message.replace(/^metrics: /, 'plots: '), error.location) : error;
}
async function probe(root, rel) {
    const handle = await (0,promises_.open)(await (0,core_files/* confinePath */.ey)(root, rel, 'plots'), external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK).catch(() => undefined);
    if (!handle)
        return 'missing';
    const stat = await handle.stat().finally(() => handle.close());
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'dir' : 'other';
}
/** The data files under a folder, sorted; symbolic links are not followed (as the workspace lister does). */
async function walk(root, dir, depth = 0, out = []) {
    const entries = await (0,promises_.readdir)(await (0,core_files/* confinePath */.ey)(root, dir, 'plots'), { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (out.length >= MAX_WALK_FILES)
            break;
        const rel = `${dir}/${e.name}`;
        if (e.isDirectory() && depth < 16)
            await walk(root, rel, depth + 1, out);
        else if (e.isFile() && DATA.test(e.name) && !DVC_FILE.test(rel))
            out.push(rel);
    }
    return out;
}
/** A file's text: undefined when it does not exist; a folder, a FIFO or an oversized file is refused. */
async function readText(root, rel) {
    const handle = await (0,promises_.open)(await (0,core_files/* confinePath */.ey)(root, rel, 'plots'), external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK).catch((e) => {
        if (e.code === 'ENOENT')
            return undefined;
        throw plots_fail(rel, `cannot be read (${e.code ?? e.message})`);
    });
    if (!handle)
        return undefined;
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw plots_fail(rel, 'is not a regular file');
        if (stat.size > MAX_PLOT_BYTES)
            throw plots_fail(rel, `is ${stat.size} bytes; at most ${MAX_PLOT_BYTES} are read`);
        return (await handle.readFile('utf8')).replace(/^\uFEFF/, '');
    }
    finally {
        await handle.close();
    }
}
async function loadTable(root, file) {
    if (!DATA.test(file))
        return undefined;
    const text = await readText(root, file);
    if (text === undefined)
        return undefined;
    if (/\.(tsv|csv)$/i.test(file)) {
        const [header, ...rows] = await Promise.resolve()
            .then(() => (0,csv/* parseCsv */.W)(text, file, /\.tsv$/i.test(file) ? '\t' : ','))
            .catch(relabel);
        const columns = header?.cells.map((c) => c.trim()) ?? [];
        return { file, columns, rows: rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r.cells[i]]))) };
    }
    let value;
    if (/\.json$/i.test(file)) {
        // Python's json.dump writes NaN and Infinity bare (sklearn's first ROC threshold is inf): they are
        // no numbers to plot, so they read as null; strings are matched whole and kept as they are.
        const clean = text.replace(/"(?:[^"\\\n]|\\.)*"|(-?Infinity|NaN)/g, (m, word) => (word ? 'null' : m));
        try {
            value = JSON.parse(clean);
        }
        catch {
            const { line, column, reason } = (0,json_error/* locateJsonError */.R)(text);
            throw plots_fail(file, `not valid JSON: ${reason} (column ${column})`, line);
        }
    }
    else
        value = (await (0,core_yaml/* parseYaml */.h)(text, file, 'plots: ')).toJS();
    // DVC's hierarchical data: a list of objects, or the first such list in an object.
    const rowsOf = (v) => (Array.isArray(v) && v.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r)) ? v : undefined);
    const found = rowsOf(value) ? [undefined, value] : Object.entries(value && typeof value === 'object' ? value : {}).find(([, v]) => rowsOf(v));
    if (!found)
        return { file, columns: [], rows: [] };
    const rows = rowsOf(found[1]);
    return { file, columns: [...new Set(rows.flatMap((r) => Object.keys(r)))], rows, key: found[0] };
}
/** A cell as a plotted number: finite numbers, and text that spells one; anything else is null. */
function toNumber(cell) {
    const v = typeof cell === 'number' ? cell : typeof cell === 'string' ? (0,core_metrics/* numberOrText */.y$)(cell) : null;
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
async function curvesOf(spec, load, strict) {
    const where = spec.at ?? { file: spec.y[0]?.file ?? '' };
    const problem = (what) => plots_fail(where.file, what, where.line);
    const parts = [];
    for (const source of spec.y) {
        const t = await load(source.file);
        if (!t)
            continue;
        const known = t.key === undefined ? undefined : KNOWN[t.key];
        // DVCLive's confusion rows (DVC's `confusion` template) are a matrix, not a curve: readConfusionFile's.
        if (t.rows.length === 0 || t.columns.join() === 'actual,predicted') {
            if (strict)
                throw problem('has no data series to plot (a list of objects with numeric fields, or a table with a header)');
            continue;
        }
        const xField = source.x?.field ?? known?.x ?? (t.columns.includes('step') ? 'step' : undefined);
        const xTable = source.x?.file && source.x.file !== source.file ? await load(source.x.file) : t;
        if (!xTable)
            continue;
        const fields = source.fields ?? [known?.y ?? t.columns.filter((c) => c !== xField && c !== 'timestamp').pop() ?? ''];
        for (const [field, table] of [...fields.map((f) => [f, t]), ...(xField ? [[xField, xTable]] : [])]) {
            if (!table.columns.includes(field))
                throw problem(`'${field.slice(0, 80)}' is not a field of ${table.file} (its fields: ${table.columns.join(', ').slice(0, 200)})`);
        }
        const xs = [];
        const values = fields.map(() => []);
        t.rows.forEach((row, i) => {
            const x = xField ? toNumber(xTable.rows[i]?.[xField]) : i;
            if (x === null)
                return;
            xs.push(x);
            fields.forEach((f, k) => values[k].push(toNumber(row[f])));
        });
        if (xs.length === 0) {
            if (strict)
                throw problem(`its x field '${xField}' holds no numbers`);
            continue;
        }
        const metricsAt = t.file.lastIndexOf('plots/metrics/');
        // A DVCLive metric's name is its path under plots/metrics; any other file is named by its path.
        const title = spec.title ?? known?.title ?? (metricsAt >= 0 ? t.file.slice(metricsAt + 'plots/metrics/'.length).replace(DATA, '') : t.file);
        const name = (f) => (spec.y.length > 1 ? `${source.file}: ${f}` : f);
        const xLabel = spec.xLabel ?? (source.x ? xField : known?.xLabel) ?? xField ?? 'step';
        parts.push({ title, file: t.file, x: { label: xLabel, values: xs }, series: fields.map((f, k) => ({ name: name(f), values: values[k] })) });
    }
    const first = parts[0];
    if (!first || parts.length === 1)
        return parts;
    // Curves that double back (a ROC's fpr repeats) cannot share an axis honestly: one chart each.
    if (!parts.every((p) => p.x.values.every((x, i, xs) => i === 0 || x > xs[i - 1])))
        return parts.map((p) => ({ ...p, title: `${p.title} (${p.file})` }));
    // Steps or epochs of several files: one axis, each series null where its file has no row.
    const union = [...new Set(parts.flatMap((p) => p.x.values))].sort((a, b) => a - b);
    const series = parts.flatMap((p) => {
        const at = new Map(p.x.values.map((x, i) => [x, i]));
        return p.series.map((s) => ({ name: s.name, values: union.map((x) => (at.has(x) ? (s.values[at.get(x)] ?? null) : null)) }));
    });
    return [{ title: first.title, file: spec.at?.file ?? first.file, x: { label: first.x.label, values: union }, series }];
}
/** The plots a `dvc.yaml` defines, as specs; paths are resolved against its folder and must stay inside the root. */
async function dvcSpecs(root, rel) {
    const text = await readText(root, rel);
    const { doc, yaml, lineOf, toJS } = await (0,core_yaml/* parseYaml */.h)(text ?? '', rel, 'plots: ');
    const dir = external_node_path_.posix.dirname(rel) === '.' ? '' : external_node_path_.posix.dirname(rel);
    const inside = (path, line) => {
        const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, path.replace(/\\/g, '/')));
        if (external_node_path_.posix.isAbsolute(path) || joined === '..' || joined.startsWith('../'))
            throw plots_fail(rel, `plot path '${path.slice(0, 120)}' leads outside the repository`, line);
        return joined;
    };
    const entries = [];
    const take = (node) => {
        const line = lineOf(node);
        if (yaml.isScalar(node))
            entries.push({ id: String(node.value), config: {}, line });
        else if (yaml.isMap(node) || yaml.isPair(node)) {
            const pair = yaml.isPair(node) ? node : node.items[0];
            const config = pair ? toJS(pair.value) : undefined;
            if (pair && yaml.isScalar(pair.key))
                entries.push({ id: String(pair.key.value), config: config && typeof config === 'object' ? config : {}, line: lineOf(pair.key) ?? line });
        }
    };
    const list = (node) => (yaml.isSeq(node) || yaml.isMap(node) ? node.items.forEach(take) : undefined);
    list(doc.get('plots', true));
    const stages = doc.get('stages', true);
    if (yaml.isMap(stages))
        for (const stage of stages.items)
            if (yaml.isMap(stage.value))
                list(stage.value.get('plots', true));
    // In the file's order, stages' plots among the top-level ones as they are written.
    entries.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const specs = [];
    const fields = (v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((f) => typeof f === 'string') : undefined);
    for (const { id, config, line } of entries) {
        // Templated paths (`${item}`) need DVC's resolver; confusion data is a matrix; images are pictures.
        if (id.includes('${') || /^confusion/.test(String(config.template ?? '')) || (!DATA.test(id) && /\.\w{2,4}$/.test(id)))
            continue;
        const at = { file: rel, line };
        const common = { at, title: typeof config.title === 'string' ? config.title : undefined, xLabel: typeof config.x_label === 'string' ? config.x_label : undefined };
        const { x, y } = config;
        const xField = (file) => {
            if (typeof x === 'string')
                return { field: x };
            // `x: {file: field}` names the x of each y file, or one file's x for all of them.
            const xs = x && typeof x === 'object' ? Object.entries(x).filter((e) => typeof e[1] === 'string') : [];
            const own = xs.find(([f]) => inside(f, line) === file) ?? (xs.length === 1 ? xs[0] : undefined);
            return own ? { field: own[1], file: inside(own[0], line) } : undefined;
        };
        if (y && typeof y === 'object' && !Array.isArray(y)) {
            specs.push({ ...common, title: common.title ?? id, y: Object.entries(y).map(([f, v]) => ({ file: inside(f, line), fields: fields(v), x: xField(inside(f, line)) })) });
            continue;
        }
        const path = inside(id, line);
        const kind = await probe(root, path);
        const files = kind === 'dir' ? await walk(root, path) : kind === 'file' ? [path] : [];
        for (const file of files)
            specs.push({ ...common, y: [{ file, fields: fields(y), x: xField(file) }] });
    }
    return specs;
}
/**
 * A curve cut to at most `maxPoints` points (2 or more), by keeping real points, never averaging: the
 * first and the last, each series' minimum and maximum (the best loss, a spike: what a reviewer reads a
 * curve for), as long as they fit, and points evenly spaced among the rest. Shorter curves are unchanged.
 */
function downsample(curve, maxPoints) {
    const n = curve.x.values.length;
    const max = Math.max(2, Math.floor(maxPoints));
    if (n <= max)
        return curve;
    const keep = new Set([0, n - 1]);
    for (const s of curve.series) {
        let lo = -1;
        let hi = -1;
        s.values.forEach((v, i) => {
            if (v === null)
                return;
            if (lo < 0 || v < s.values[lo])
                lo = i;
            if (hi < 0 || v > s.values[hi])
                hi = i;
        });
        for (const i of [lo, hi])
            if (i >= 0 && keep.size < max)
                keep.add(i);
    }
    const free = [...Array(n).keys()].filter((i) => !keep.has(i));
    const rest = max - keep.size;
    for (let k = 0; k < rest; k++)
        keep.add(free[Math.floor(((k + 0.5) * free.length) / rest)]);
    const at = [...keep].sort((a, b) => a - b);
    return {
        ...curve,
        x: { ...curve.x, values: at.map((i) => curve.x.values[i]) },
        series: curve.series.map((s) => ({ ...s, values: at.map((i) => s.values[i] ?? null) })),
    };
}

;// CONCATENATED MODULE: ./build/core/run-diff.js


/** Params are flattened to dotted names; at most this many per kind are listed, so the section stays small. */
const MAX_PARAMS = 50;
const ENVIRONMENT_KEYS = ['python', 'node', 'os', 'arch', 'cpuModel', 'cpus', 'gpus', 'runner', 'image'];
/** The difference of two run records (`candidate`, `baseline` as parsed JSON, unchecked). */
function diffRuns(candidate, baseline) {
    const c = objectOf(candidate);
    const b = objectOf(baseline);
    return {
        params: diffParams(flatten(c.params), flatten(b.params)),
        data: diffData(c.data, b.data),
        code: codeOf(c, b),
        environment: diffEnvironment(objectOf(c.environment), objectOf(b.environment)),
        durationMs: { candidate: numberOf(objectOf(c.command).durationMs), baseline: numberOf(objectOf(b.command).durationMs) },
        modelBytes: { candidate: numberOf(objectOf(c.model).size), baseline: numberOf(objectOf(b.model).size) },
    };
}
/** Whether params, data or the machine differ (the code always does in a change request: the section is folded on it alone). */
function runsDiffer(d) {
    const p = d.params;
    return p.added.length + p.removed.length + p.changed.length > 0 || d.data.some((e) => e.change !== 'unchanged') || d.environment.length > 0;
}
/**
 * The section as markdown: one summary line (params, data, code, time, size; HTML, as markdown is not
 * read inside `<summary>`), then the details in `<details>`, open only when something changed. Every
 * name and value from a record is a code span.
 */
function renderRunDiff(d, links = {}) {
    const p = d.params;
    const paramCount = p.added.length + p.removed.length + p.changed.length;
    const dataChanged = d.data.filter((e) => e.change !== 'unchanged' && e.change !== 'unknown');
    const line = [
        paramCount === 0 ? 'params unchanged' : `<b>${paramCount} param${paramCount === 1 ? '' : 's'} changed</b>`,
        d.data.length === 0
            ? 'no data recorded'
            : dataChanged.length === 0
                ? d.data.every((e) => e.change === 'unknown')
                    ? 'data not comparable'
                    : 'data unchanged'
                : `<b>data changed</b> (${dataChanged.length} of ${d.data.length})`,
        codeLine(d, links),
        change('training', d.durationMs, duration),
        change('model', d.modelBytes, bytes),
    ].filter(Boolean);
    const parts = [];
    if (paramCount > 0) {
        const rows = [
            ...p.changed.map(([name, before, after]) => [
                'changed',
                (0,markdown/* code */.aY)(name, { inTable: true }),
                (0,markdown/* code */.aY)(before, { inTable: true, maxLength: 80 }),
                (0,markdown/* code */.aY)(after, { inTable: true, maxLength: 80 }),
            ]),
            ...p.added.map(([name, value]) => ['added', (0,markdown/* code */.aY)(name, { inTable: true }), '', (0,markdown/* code */.aY)(value, { inTable: true, maxLength: 80 })]),
            ...p.removed.map(([name, value]) => ['removed', (0,markdown/* code */.aY)(name, { inTable: true }), (0,markdown/* code */.aY)(value, { inTable: true, maxLength: 80 }), '']),
        ];
        parts.push((0,markdown/* table */.tp)(['', 'Param', 'Baseline', 'Candidate'], rows, ['l', 'l', 'l', 'l']));
    }
    if (d.data.length > 0) {
        const rows = d.data.map((e) => [
            e.change,
            (0,markdown/* code */.aY)(e.path, { inTable: true, maxLength: 120 }),
            e.baselineSize === undefined ? '' : bytes(e.baselineSize),
            e.size === undefined ? '' : bytes(e.size),
        ]);
        parts.push((0,markdown/* table */.tp)(['', 'Data', 'Baseline', 'Candidate'], rows, ['l', 'l', 'r', 'r']));
    }
    if (d.environment.length > 0) {
        parts.push((0,markdown/* table */.tp)(['Environment', 'Baseline', 'Candidate'], d.environment.map(([k, before, after]) => [(0,markdown/* escapeMarkdown */.FV)(k), (0,markdown/* code */.aY)(before, { inTable: true, maxLength: 80 }), (0,markdown/* code */.aY)(after, { inTable: true, maxLength: 80 })])));
    }
    const open = runsDiffer(d) ? ' open' : '';
    const summary = `<summary>What changed: ${line.join(' · ')}</summary>`;
    return parts.length === 0
        ? `<details${open}>${summary}\n\nNothing else was recorded for the two runs.\n\n</details>`
        : `<details${open}>${summary}\n\n${parts.join('\n\n')}\n\n</details>`;
}
function codeLine(d, links) {
    if (!d.code)
        return '';
    const { baseline, candidate } = d.code;
    if (baseline === candidate)
        return 'same commit';
    const link = (sha) => {
        const href = (0,markdown/* linkUrl */.YY)(links.commitUrl?.(sha));
        return href ? `<a href="${href}"><code>${sha.slice(0, 7)}</code></a>` : `<code>${sha.slice(0, 7)}</code>`;
    };
    const compare = (0,markdown/* linkUrl */.YY)(links.compareUrl?.(baseline, candidate));
    return `code ${link(baseline)} → ${link(candidate)}${compare ? ` (<a href="${compare}">commits</a>)` : ''}`;
}
function change(what, pair, format) {
    if (pair.candidate === undefined)
        return '';
    if (pair.baseline === undefined || pair.baseline === 0)
        return `${what} ${format(pair.candidate)}`;
    const ratio = pair.candidate / pair.baseline - 1;
    const shown = Math.abs(ratio) < 0.005 ? '' : ` (${ratio > 0 ? '+' : ''}${Math.round(ratio * 100)}%)`;
    return `${what} ${format(pair.candidate)}${shown}`;
}
function diffParams(candidate, baseline) {
    const out = { added: [], removed: [], changed: [], unchanged: 0 };
    for (const [name, value] of candidate) {
        const before = baseline.get(name);
        if (before === undefined) {
            if (out.added.length < MAX_PARAMS)
                out.added.push([name, value]);
        }
        else if (before !== value) {
            if (out.changed.length < MAX_PARAMS)
                out.changed.push([name, before, value]);
        }
        else
            out.unchanged++;
    }
    for (const [name, value] of baseline)
        if (!candidate.has(name) && out.removed.length < MAX_PARAMS)
            out.removed.push([name, value]);
    const byName = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
    out.added.sort(byName);
    out.removed.sort(byName);
    out.changed.sort(byName);
    return out;
}
function diffData(candidate, baseline) {
    const entries = (list) => new Map((Array.isArray(list) ? list : [])
        .map(objectOf)
        .filter((e) => typeof e.path === 'string')
        .slice(0, 100)
        .map((e) => [e.path, { digest: [e.sha256, e.md5, e.digest].find((v) => typeof v === 'string' && v !== ''), size: numberOf(e.size) }]));
    const c = entries(candidate);
    const b = entries(baseline);
    const out = [];
    for (const [path, e] of c) {
        const before = b.get(path);
        const change = !before ? 'added' : !e.digest || !before.digest ? 'unknown' : e.digest === before.digest ? 'unchanged' : 'changed';
        out.push({ path, change, size: e.size, baselineSize: before?.size });
    }
    for (const [path, e] of b)
        if (!c.has(path))
            out.push({ path, change: 'removed', baselineSize: e.size });
    return out;
}
function codeOf(c, b) {
    const sha = (r) => {
        const s = objectOf(r.git).sha;
        return typeof s === 'string' && /^[0-9a-f]{7,64}$/.test(s) ? s : undefined;
    };
    const candidate = sha(c);
    const baseline = sha(b);
    return candidate && baseline ? { baseline, candidate } : undefined;
}
function diffEnvironment(c, b) {
    const out = [];
    for (const key of ENVIRONMENT_KEYS) {
        const after = key === 'gpus' ? gpuText(c.gpus) : scalar(c[key]);
        const before = key === 'gpus' ? gpuText(b.gpus) : scalar(b[key]);
        if (after !== before && (after !== undefined || before !== undefined))
            out.push([key, before ?? '—', after ?? '—']);
    }
    return out;
}
/** GPUs as setup-gpu-runner records them, in a few words: `2× NVIDIA H100 (driver 550)`. */
function gpuText(value) {
    const list = Array.isArray(value) ? value : Array.isArray(objectOf(value).gpus) ? objectOf(value).gpus : undefined;
    if (!list)
        return value === undefined ? undefined : (scalar(value) ?? 'recorded');
    if (list.length === 0)
        return 'none';
    const names = list.map((g) => scalar(objectOf(g).name) ?? 'GPU');
    const counts = new Map();
    for (const n of names)
        counts.set(n, (counts.get(n) ?? 0) + 1);
    return [...counts].map(([n, k]) => `${k}× ${n}`).join(', ');
}
/** Nested params as dotted names to their JSON text (what a diff compares). */
function flatten(value, prefix = '', out = new Map(), depth = 0) {
    if (out.size >= 10_000)
        return out;
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && depth < 20) {
        for (const [key, child] of Object.entries(value))
            flatten(child, prefix ? `${prefix}.${key}` : key, out, depth + 1);
        return out;
    }
    if (prefix === '')
        return out;
    out.set(prefix, typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)).slice(0, 500));
    return out;
}
function objectOf(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
function numberOf(value) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}
function scalar(value) {
    if (typeof value === 'string')
        return value.slice(0, 200);
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return undefined;
}
/** A duration in words: `42 s`, `3.5 min`, `2.1 h`. */
function duration(ms) {
    if (ms < 60_000)
        return `${(0,compare/* formatNumber */.ZV)(Math.round(ms / 100) / 10)} s`;
    if (ms < 3_600_000)
        return `${(0,compare/* formatNumber */.ZV)(Math.round(ms / 6_000) / 10)} min`;
    return `${(0,compare/* formatNumber */.ZV)(Math.round(ms / 360_000) / 10)} h`;
}
/** A size in bytes in words: `512 B`, `1.2 MB`. */
function bytes(n) {
    const units = ['B', 'KB', 'MB', 'GB', 'TB'];
    let i = 0;
    let v = n;
    while (v >= 1000 && i < units.length - 1) {
        v /= 1000;
        i++;
    }
    return `${i === 0 ? v : (0,compare/* formatNumber */.ZV)(Math.round(v * 10) / 10)} ${units[i]}`;
}

;// CONCATENATED MODULE: ./build/steps/compare-metrics/sections.js










/** Gated metrics drawn as trends, at most: one chart each. */
const MAX_TRENDS = 4;
/**
 * The report's sections beside the metric rows: what changed between the two runs, the trend of each
 * gated metric along the default branch, the confusion matrix, training curves and the user's own
 * fragment. A section whose source is absent is left out; one whose file is broken fails the step
 * (a named input that cannot be read is never skipped in silence).
 */
async function reportSections(platform, inputs, sources) {
    const { context } = platform;
    const sections = [];
    const links = { commitUrl: (sha) => (0,platform_platform/* commitUrl */.Bg)(context, sha), compareUrl: (a, b) => (0,platform_platform/* compareUrl */.XH)(context, a, b) };
    if (sources.candidateRecord !== undefined && sources.baseline.record !== undefined) {
        sections.push({ title: 'what changed', kind: 'numbers', markdown: renderRunDiff(diffRuns(sources.candidateRecord, sources.baseline.record), links) });
    }
    const trends = await trendSection(platform, inputs, sources);
    if (trends)
        sections.push(trends);
    const confusion = await confusionSection(platform, inputs, sources);
    if (confusion)
        sections.push(confusion);
    if (inputs.plots.length > 0) {
        const curves = await readCurves(context.workspace, inputs.plots);
        const charts = curves.map((c) => [
            chartCaption(c.title, c.file, c.series.map((s) => s.name)),
            mermaidLineChart({ title: c.title, x: { label: c.x.label, values: c.x.values }, series: c.series }),
        ]);
        const drawn = charts.filter(([, chart]) => chart !== undefined).map(([caption, chart]) => `${caption}\n\n${chart}`);
        if (drawn.length > 0)
            sections.push({ title: 'the training curves', kind: 'picture', markdown: folded(`Training curves (${drawn.length})`, drawn.join('\n\n')) });
    }
    if (inputs.reportExtra)
        sections.push(await fragmentSection(platform, inputs.reportExtra));
    return sections;
}
/** The last recorded runs along the baseline's first-parent line, oldest first, and the candidate. */
async function trendSection(platform, inputs, sources) {
    const { runs, baseline, comparison } = sources;
    const sha = baseline.info?.source === 'run' ? baseline.info.sha : undefined;
    if (!runs?.recorded || !sha || inputs.trendRuns === 0)
        return undefined;
    let found;
    try {
        found = await runs.recorded(sha, inputs.trendRuns);
    }
    catch (error) {
        // The trend is a picture: a store or history that cannot give it is said, and the gate goes on.
        platform.log.warning(`compare-metrics: no trend chart: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
    }
    if (found.length < 2)
        return undefined;
    const line = [...found].reverse();
    const gated = comparison.rows.filter((r) => r.rule && typeof r.value === 'number').slice(0, MAX_TRENDS);
    const labels = [...line.map((r) => r.commit.slice(0, 7)), 'candidate'];
    const blocks = [];
    const text = [];
    for (const row of gated) {
        const values = [...line.map((r) => numeric(r.metrics.get(row.name)?.value)), row.value];
        const chart = mermaidLineChart({ title: row.name, x: { label: 'run', categories: labels }, series: [{ name: row.name, values }] });
        if (!chart)
            continue;
        const spark = sparkline(values);
        blocks.push(`${(0,markdown/* code */.aY)(row.name, { maxLength: 120 })} over the last ${line.length} recorded runs and the candidate: \`${spark}\`\n\n${chart}`);
        const first = values.find((v) => v !== null);
        text.push(`  ${spark}  ${row.name}: ${first === undefined || first === null ? '-' : (0,compare/* formatNumber */.ZV)(first)} → ${(0,compare/* formatNumber */.ZV)(row.value)}`);
    }
    if (blocks.length === 0)
        return undefined;
    return {
        title: 'the trend charts',
        kind: 'picture',
        markdown: folded(`Trends along ${(0,markdown/* escapeHtml */.ZD)(context(platform), 80)} (${line.length} recorded runs)`, blocks.join('\n\n')),
        text: [`trends along ${context(platform)} (${line.length} recorded runs, oldest first, then the candidate):`, ...text].join('\n'),
    };
}
function context(platform) {
    return platform.context.defaultBranch ?? 'the default branch';
}
async function confusionSection(platform, inputs, sources) {
    const { workspace } = platform.context;
    let matrix = sources.candidatePredictions ? confusionFromPredictions(sources.candidatePredictions) : undefined;
    const base = sources.baselinePredictions ? confusionFromPredictions(sources.baselinePredictions) : undefined;
    if (inputs.confusion) {
        const full = await (0,core_files/* confinePath */.ey)(workspace, inputs.confusion, "compare-metrics: input 'confusion'");
        matrix = await readConfusionFile(full, (0,core_files/* displayPath */.Gt)(workspace, full));
    }
    if (!matrix)
        return undefined;
    return {
        title: 'the confusion matrix',
        kind: 'picture',
        markdown: folded(`Confusion matrix (${matrix.labels.length} classes, ${matrix.total} examples)`, renderConfusion(matrix, base ? { baseline: base } : {})),
    };
}
/**
 * The user's own fragment (input 'report-extra'): its ```mermaid blocks are placed as they are, in a
 * fence no line of theirs can close; every other line is shown as literal text. A pull request writes
 * this file, so it may not add links, images, mentions or HTML to the comment.
 */
async function fragmentSection(platform, path) {
    const { workspace } = platform.context;
    const full = await (0,core_files/* confinePath */.ey)(workspace, path, "compare-metrics: input 'report-extra'");
    const shown = (0,core_files/* displayPath */.Gt)(workspace, full);
    const info = await (0,promises_.stat)(full).catch(() => undefined);
    if (!info?.isFile())
        throw new errors/* UserError */.yo(`compare-metrics: input 'report-extra': no file at ${shown}`);
    if (info.size > 64_000)
        throw new errors/* UserError */.yo(`compare-metrics: input 'report-extra': ${shown} is ${info.size} bytes; at most 64000 fit in a comment`);
    const text = await (0,promises_.readFile)(full, 'utf8');
    const lines = text.split(/\r?\n/);
    const out = [];
    const mermaidFile = /\.mmd$/i.test(full);
    let block = mermaidFile ? [] : undefined;
    for (const line of lines) {
        if (!mermaidFile && block === undefined && /^\s*```\s*mermaid\s*$/.test(line))
            block = [];
        else if (!mermaidFile && block !== undefined && /^\s*```\s*$/.test(line)) {
            out.push(fence(block));
            block = undefined;
        }
        else if (block !== undefined)
            block.push(line);
        else if (line.trim() !== '')
            out.push((0,markdown/* escapeMarkdown */.FV)(line, 500));
    }
    if (block !== undefined && block.length > 0)
        out.push(fence(block));
    return { title: `the fragment from ${shown}`, kind: 'picture', markdown: folded(`From ${(0,markdown/* htmlCode */.h8)(shown, 120)}`, out.join('\n\n')) };
}
function fence(lines) {
    const longest = Math.max(2, ...lines.flatMap((l) => l.match(/`+|~+/g) ?? []).map((run) => run.length));
    const f = '`'.repeat(longest + 1);
    return `${f}mermaid\n${lines.join('\n')}\n${f}`;
}
function chartCaption(title, file, series) {
    return `${(0,markdown/* code */.aY)(title, { maxLength: 120 })} from ${(0,markdown/* code */.aY)(file, { maxLength: 120 })}${series.length > 1 ? `: ${series.map((s) => (0,markdown/* code */.aY)(s, { maxLength: 60 })).join(', ')}` : ''}`;
}
/** A section folded under a summary, which must already be HTML (markdown is not read inside `<summary>`). */
function folded(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
function numeric(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
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
    const reportDir = await (0,core_files/* confinePath */.ey)(context.workspace, inputs.report, "compare-metrics: input 'report'");
    // A baseline spec in no known form fails before any reading, with the form it likely meant.
    await parseBaselineSpec(inputs.baseline, context.workspace);
    const rules = await loadRules(config, inputs);
    // A glob like **/*.json must not read this step's own earlier output.
    const candidate = await (0,core_metrics/* readMetrics */.Uw)((0,core_files/* workspaceSource */.$Q)(context.workspace, [(0,core_files/* displayPath */.Gt)(context.workspace, reportDir)]), inputs.metrics);
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
    const sections = await reportSections(platform, inputs, {
        comparison,
        candidateRecord: candidate.records?.[0]?.record,
        baseline,
        runs,
        candidatePredictions: sides.candidate,
        baselinePredictions: sides.baseline,
    });
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
    const reportPath = await writeReport(platform, reportDir, inputs.id, bundle, comparison, sections);
    await platform.metricsReport?.((0,core_metrics/* metricsReportText */.XK)(candidate.metrics));
    // Outputs first: later jobs need the verdict even when posting the comment fails.
    const result = finishWith(platform, comparison, inputs.failOn);
    await deliver(platform, inputs, bundle, comparison, reportPath, sections);
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
function reportContext(bundle, context, fullReportHint, sections) {
    return {
        marker: (0,platform_platform/* commentMarker */.Ql)(bundle.key),
        title: bundle.title,
        baseline: bundle.baseline,
        runUrl: bundle.runUrl,
        sha: bundle.sha,
        fullReportHint,
        commitUrl: (sha) => (0,platform_platform/* commitUrl */.Bg)(context, sha),
        sections,
    };
}
async function writeReport(platform, dir, id, bundle, comparison, sections) {
    const name = `compare-metrics${id ? `-${id}` : ''}`;
    const reportPath = (0,external_node_path_.join)(dir, `${name}.md`);
    const comparisonPath = (0,external_node_path_.join)(dir, `${name}.json`);
    await (0,core_files/* writeFileAtomic */.Zf)(reportPath, renderReport(comparison, reportContext(bundle, platform.context, undefined, sections)));
    await (0,core_files/* writeFileAtomic */.Zf)(comparisonPath, (0,comparison_file/* bundleJson */.VN)(bundle));
    platform.setOutput('report', reportPath);
    platform.setOutput('comparison', comparisonPath);
    return reportPath;
}
async function deliver(platform, inputs, bundle, comparison, reportPath, sections) {
    const { context, log } = platform;
    const where = platform.features.summaryPage ? 'the job summary' : `the job log and ${(0,core_files/* displayPath */.Gt)(context.workspace, reportPath)}`;
    const hint = `The full report is in ${where}${context.runUrl ? ` of [this run](${context.runUrl})` : ''}.`;
    await platform.summary({
        markdown: renderReportBytes(comparison, reportContext(bundle, platform.context, hint, sections), SUMMARY_BYTES),
        text: renderText(comparison, reportContext(bundle, platform.context, undefined, sections)),
    });
    const cr = context.changeRequest;
    if (!cr)
        return;
    if (cr.fork && (platform.features.forkComments === 'never' || !inputs.token)) {
        log.info(platform.features.forkComments === 'never'
            ? `This pull request comes from a fork, whose token cannot comment: the report is in the job summary and in ${(0,core_files/* displayPath */.Gt)(context.workspace, reportPath)}. ` +
                "Upload the 'report' folder as an artifact and post it from a workflow_run workflow with the 'publish' input (see the README)."
            : `This merge request comes from a fork and no MODELGATE_TOKEN is set here: the report is in the job log and in ${(0,core_files/* displayPath */.Gt)(context.workspace, reportPath)}.`);
        return;
    }
    if (inputs.comment && !(await superseded(platform, inputs, cr.number, cr.headSha)))
        await comment(platform, inputs, bundle, comparison, hint, undefined, sections);
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
async function comment(platform, inputs, bundle, comparison, hint, number, sections) {
    const body = renderReport(comparison, reportContext(bundle, platform.context, hint, sections), GITHUB_COMMENT_LIMIT);
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
    const dir = await (0,core_files/* confinePath */.ey)(context.workspace, folder, "compare-metrics: input 'publish'");
    const file = (0,external_node_path_.join)(dir, `compare-metrics${inputs.id ? `-${inputs.id}` : ''}.json`);
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => {
        throw new errors/* UserError */.yo(`compare-metrics: input 'publish': no comparison at ${(0,core_files/* displayPath */.Gt)(context.workspace, file)}; download the report artifact there first`);
    });
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new errors/* UserError */.yo(`compare-metrics: input 'publish': ${(0,core_files/* displayPath */.Gt)(context.workspace, file)} is not valid JSON`);
    }
    const bundle = (0,comparison_file/* validateBundle */.T_)(data, (0,core_files/* displayPath */.Gt)(context.workspace, file));
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
