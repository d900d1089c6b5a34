export const id = 6377;
export const ids = [6377];
export const modules = {

/***/ 45573:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   fz: () => (/* binding */ compareMetrics),
/* harmony export */   l9: () => (/* binding */ formatPercent)
/* harmony export */ });
/* unused harmony exports orderRows, matchRules, describeRule */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54653);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57980);



/** Rows ordered for reading: failures, warnings, regressions, other changes, new, removed, unchanged. */
function orderRows(rows) {
    const rank = (r) => r.status === 'fail'
        ? 0
        : r.status === 'warn'
            ? 1
            : r.direction === 'regressed'
                ? 2
                : r.change === 'changed' || r.change === 'incomparable'
                    ? 3
                    : r.change === 'new'
                        ? 4
                        : r.change === 'removed' || r.change === 'missing'
                            ? 5
                            : 6;
    return rows
        .map((row, index) => ({ row, index }))
        .sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index)
        .map((e) => e.row);
}
/**
 * Compares candidate metrics with baseline metrics (or none) under rules. A gated metric that is
 * missing from the candidate, non-numeric, NaN or infinite fails; one with a change rule and no
 * baseline value to measure the change against warns ("change not checked"); an ungated one is shown
 * with status `info`. An exact rule whose metric is in neither set is a {@link UserError} (see
 * {@link matchRules}); a candidate from a failed run (`candidateFailure`) fails whatever its metrics say.
 */
function compareMetrics(candidate, baseline, rules, options = {}) {
    const names = [...candidate.keys()];
    for (const name of baseline?.keys() ?? [])
        if (!candidate.has(name))
            names.push(name);
    const { unused, patterns } = matchRules(rules, names);
    const noBaseline = options.noBaseline === true;
    const rows = orderRows(names.map((name) => compareOne(name, candidate.get(name)?.value, baseline?.get(name)?.value, (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleFor */ .sG)(rules, name), noBaseline)));
    return {
        ...verdictOf(rows, noBaseline, options.candidateFailure !== undefined),
        unusedRules: [...unused, ...patterns.map((p) => p.pattern)],
        unmatchedPatterns: patterns,
        ...(options.candidateFailure ? { candidateFailure: options.candidateFailure } : {}),
    };
}
/**
 * Checks that the rules match the metrics `names` (the candidate's and the baseline's): an exact rule
 * that matches none is a {@link UserError} at the rule's file (or input) and line, with the closest
 * metric name, since a typo would otherwise gate nothing in silence; unless the rule is `optional`,
 * then it is returned in `unused`. Patterns that match nothing are returned for the caller to warn.
 */
function matchRules(rules, names) {
    const known = new Set(names);
    const unused = [];
    const missing = [];
    for (const [name, rule] of rules.exact) {
        if (known.has(name))
            continue;
        if (rule.optional)
            unused.push(name);
        else
            missing.push({ name, rule });
    }
    if (missing.length > 0)
        throw unmatchedError(missing, names);
    const patterns = rules.patterns.filter((p) => !names.some((n) => p.regex.test(n))).map((p) => ({ pattern: p.pattern, source: p.rule.source }));
    return { unused, patterns };
}
function unmatchedError(missing, names) {
    const at = (s) => `${s.file}${s.line ? `:${s.line}` : ''}`;
    const hint = (name) => {
        const hit = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__.closest)(name, names);
        return hit === undefined ? undefined : `did you mean '${hit}'?`;
    };
    const listed = names.length === 0
        ? 'there are no metrics'
        : `the metrics are ${names
            .slice(0, 5)
            .map((n) => `'${n}'`)
            .join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}`;
    const optional = "'optional: true' when this run may lack the metric (a config shared by several models)";
    const first = missing[0];
    if (missing.length === 1) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`compare-metrics: ${at(first.rule.source)}: rule '${first.name}' matches no metric in the candidate or the baseline; ${hint(first.name) ?? `${listed}.`} Fix the name, or give the rule ${optional}`, first.rule.source);
    }
    const each = missing.slice(0, 10).map(({ name, rule }) => `'${name}' (${[at(rule.source), hint(name)].filter(Boolean).join('; ')})`);
    const more = missing.length > 10 ? ` and ${missing.length - 10} more` : '';
    const anyHint = missing.some(({ name }) => hint(name) !== undefined);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`compare-metrics: ${missing.length} rules match no metric in the candidate or the baseline: ${each.join(', ')}${more}${anyHint ? '' : `; ${listed}`}. Fix the names, or give a rule ${optional}`, first.rule.source);
}
/**
 * Counts rows and derives the verdict: any failure (or a failed training run) fails; else no baseline
 * is its own verdict; else warn or pass.
 */
function verdictOf(rows, noBaseline, failed = false) {
    const counts = { pass: 0, warn: 0, fail: 0, info: 0 };
    for (const row of rows)
        counts[row.status]++;
    const verdict = failed || counts.fail > 0 ? 'fail' : noBaseline ? 'no-baseline' : counts.warn > 0 ? 'warn' : 'pass';
    return { verdict, rows, counts };
}
function compareOne(name, value, base, rule, noBaseline) {
    const row = { name, value, baseline: base, change: 'unchanged', status: rule ? 'pass' : 'info', reasons: [], rule: rule && describeRule(rule) };
    const finite = (v) => typeof v === 'number' && Number.isFinite(v);
    if (value === undefined)
        row.change = base === undefined ? 'missing' : 'removed';
    else if (base === undefined)
        row.change = 'new';
    else if (finite(value) && finite(base)) {
        row.delta = value - base;
        if (base !== 0)
            row.relative = row.delta / Math.abs(base);
        row.change = row.delta === 0 ? 'unchanged' : 'changed';
        if (rule?.better && row.delta !== 0)
            row.direction = row.delta > 0 === (rule.better === 'higher') ? 'improved' : 'regressed';
    }
    else
        row.change = Object.is(value, base) || value === base ? 'unchanged' : 'incomparable';
    if (!rule)
        return row;
    const fail = (reason) => {
        row.status = 'fail';
        row.reasons.push(reason);
    };
    const warn = (reason) => {
        if (row.status !== 'fail')
            row.status = 'warn';
        row.reasons.push(reason);
    };
    if (value === undefined) {
        fail(base === undefined ? 'in neither the candidate nor the baseline (check the name)' : 'missing from the candidate');
        return row;
    }
    if (!finite(value)) {
        fail(typeof value === 'number' ? `${value} is not a finite number` : 'not a number');
        return row;
    }
    if (rule.min !== undefined && value < rule.min)
        fail(`below min ${rule.min}`);
    if (rule.max !== undefined && value > rule.max)
        fail(`above max ${rule.max}`);
    const gatesChange = Boolean(rule.maxDrop || rule.maxRise || rule.warnDrop || rule.warnRise);
    // A change rule with nothing to measure the change against has checked nothing: never a plain pass.
    if (base === undefined) {
        if (gatesChange)
            warn(noBaseline ? 'no baseline; change not checked' : 'not in the baseline; change not checked');
        return row;
    }
    if (!finite(base)) {
        if (gatesChange)
            warn('baseline is not a finite number; change not checked');
        return row;
    }
    const check = (threshold, moved, label, act) => {
        if (!threshold || moved <= 0)
            return;
        const amount = threshold.relative ? (base === 0 ? Infinity : moved / Math.abs(base)) : moved;
        // Float subtraction (0.9 - 0.89) must not fail a rule the numbers meet exactly.
        if (amount > threshold.amount * (1 + 1e-9) + 1e-12)
            act(`${label} ${threshold.relative ? formatPercent(amount) : formatNumber(moved)} > ${threshold.text}`);
    };
    const delta = value - base;
    check(rule.maxDrop, -delta, 'dropped', fail);
    check(rule.maxRise, delta, 'rose', fail);
    if (row.status !== 'fail') {
        check(rule.warnDrop, -delta, 'dropped', warn);
        check(rule.warnRise, delta, 'rose', warn);
    }
    return row;
}
/** A compact description of a rule, e.g. `higher · min 0.9 · max-drop 1%`. */
function describeRule(rule) {
    const parts = [];
    if (rule.better)
        parts.push(`${rule.better} is better`);
    if (rule.min !== undefined)
        parts.push(`min ${rule.min}`);
    if (rule.max !== undefined)
        parts.push(`max ${rule.max}`);
    if (rule.maxDrop)
        parts.push(`max-drop ${rule.maxDrop.text}`);
    if (rule.maxRise)
        parts.push(`max-rise ${rule.maxRise.text}`);
    if (rule.warnDrop)
        parts.push(`warn-drop ${rule.warnDrop.text}`);
    if (rule.warnRise)
        parts.push(`warn-rise ${rule.warnRise.text}`);
    return parts.join(' · ');
}
/** Six significant digits, exponent form for very large or small magnitudes; exact integers as is. */
function formatNumber(value) {
    if (!Number.isFinite(value))
        return String(value);
    if (Number.isInteger(value) && Math.abs(value) < 1e15)
        return String(value);
    const abs = Math.abs(value);
    if (abs !== 0 && (abs < 1e-4 || abs >= 1e9))
        return value.toExponential(4).replace(/\.?0+e/, 'e');
    return String(Number(value.toPrecision(6)));
}
/** A fraction as a percentage with up to two decimals (`0.0123` → `1.23%`). */
function formatPercent(fraction) {
    if (!Number.isFinite(fraction))
        return fraction > 0 ? '∞%' : '-∞%';
    return `${Number((fraction * 100).toFixed(2))}%`;
}


/***/ }),

/***/ 54653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gr: () => (/* binding */ parseRulesYaml),
/* harmony export */   oq: () => (/* binding */ EMPTY_RULES),
/* harmony export */   sG: () => (/* binding */ ruleFor),
/* harmony export */   ub: () => (/* binding */ mergeRules),
/* harmony export */   zw: () => (/* binding */ rulesFromYaml)
/* harmony export */ });
/* unused harmony exports RULE_KEYS, parseThreshold */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57980);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49483);



const EMPTY_RULES = { exact: new Map(), patterns: [] };
/** The keys a rule may have (modelgate.schema.json lists the same). */
const RULE_KEYS = ['better', 'min', 'max', 'max-drop', 'max-rise', 'warn-drop', 'warn-rise', 'optional'];
/** The rule that applies to a metric: its exact entry, else the first pattern that matches. */
function ruleFor(rules, name) {
    return rules.exact.get(name) ?? rules.patterns.find((p) => p.regex.test(name))?.rule;
}
/**
 * Later rule sets override earlier ones (inputs over `modelgate.yml`), field by field for the same
 * name or pattern. Patterns of a later set are tried before an earlier set's, each set in its own
 * order; an exact name always wins over any pattern.
 */
function mergeRules(...sets) {
    const exact = new Map();
    let patterns = [];
    for (const set of sets) {
        for (const [name, rule] of set.exact)
            exact.set(name, { ...exact.get(name), ...defined(rule) });
        const earlier = new Map(patterns.map((p) => [p.pattern, p.rule]));
        const block = set.patterns.map((p) => ({ ...p, rule: { ...earlier.get(p.pattern), ...defined(p.rule) } }));
        patterns = [...block, ...patterns.filter((p) => !block.some((b) => b.pattern === p.pattern))];
    }
    return { exact, patterns };
}
function defined(rule) {
    return Object.fromEntries(Object.entries(rule).filter(([, v]) => v !== undefined));
}
/**
 * Parses rules from YAML text (an input or a `metrics:` section): a map of metric name or pattern to
 * `{better, min, max, max-drop, max-rise, warn-drop, warn-rise, optional}`. Unknown keys and bad values are a
 * {@link UserError} naming the file (or input), the line and what is allowed. Nothing is evaluated.
 */
async function parseRulesYaml(text, origin, section) {
    return rulesFromYaml(await (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .h)(text, origin), origin, section);
}
/** {@link parseRulesYaml} on a document already parsed (the config file, read once by the entry). */
function rulesFromYaml(parsed, origin, section) {
    const { doc, yaml, lineOf } = parsed;
    const { isMap, isScalar } = yaml;
    let node = doc.contents;
    if (section !== undefined) {
        if (!isMap(node))
            return EMPTY_RULES;
        node = node.items.find((p) => isScalar(p.key) && p.key.value === section)?.value;
        if (node === undefined || node === null)
            return EMPTY_RULES;
    }
    if (node === null || (isScalar(node) && (node.value === null || node.value === '')))
        return EMPTY_RULES;
    const at = lineOf;
    const where = section ? `${origin} '${section}'` : origin;
    if (!isMap(node)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${origin}${at(node) ? `:${at(node)}` : ''}: ${where} must map metric names to rules, like 'accuracy: {better: higher, max-drop: 1%}'`, {
            file: origin,
            line: at(node),
        });
    }
    const exact = new Map();
    const patterns = [];
    for (const pair of node.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : '';
        const location = { file: origin, line: at(pair.key) };
        const fail = (what, line = location.line) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${origin}${line ? `:${line}` : ''}: rule for '${name}': ${what}`, { file: origin, line });
        // `metrics:` is the config file's section; an input holds what goes inside it.
        if (section === undefined && name === 'metrics' && isMap(pair.value))
            throw fail("this holds the rules themselves: drop the 'metrics:' wrapper (it is the section's name in modelgate.yml)");
        if (name === '')
            throw fail('the metric name must be text');
        const body = pair.value;
        if (!isMap(body))
            throw fail(`expected a map like {better: higher, min: 0.9, max-drop: 1%}`);
        const fields = {};
        for (const item of body.items) {
            const key = isScalar(item.key) ? String(item.key.value) : '';
            const line = at(item.key);
            if (!RULE_KEYS.includes(key))
                throw fail(`unknown key '${key}'${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__.didYouMean)(key, RULE_KEYS)}; allowed: ${RULE_KEYS.join(', ')}`, line);
            fields[key] = { value: isScalar(item.value) ? item.value.value : item.value, source: isScalar(item.value) ? (item.value.source ?? String(item.value.value)) : '', line };
        }
        const rule = buildRule(fields, location, fail);
        // `s`: a `*` spans line breaks too, or a metric named "f1.b\n" (from a PR) would slip past `f1.*` ungated.
        if (name.includes('*'))
            patterns.push({ pattern: name, regex: new RegExp(`^${name.split('*').map(escape).join('.*')}$`, 's'), rule });
        else
            exact.set(name, rule);
    }
    return { exact, patterns };
}
function buildRule(fields, source, fail) {
    const number = (key) => {
        const field = fields[key];
        if (!field)
            return undefined;
        const value = field.value;
        if (typeof value === 'string')
            throw fail(`'${key}' must be a number, got the text '${value}' (write it without quotes)`, field.line);
        if (typeof value !== 'number' || !Number.isFinite(value))
            throw fail(`'${key}' must be a finite number, got '${field.source}'`, field.line);
        return value;
    };
    const threshold = (key) => {
        const field = fields[key];
        if (!field)
            return undefined;
        const parsed = parseThreshold(field.value);
        if (!parsed)
            throw fail(`'${key}' must be an absolute amount like 0.01 or a percentage like 1%, not negative, got '${field.source}'`, field.line);
        return parsed;
    };
    const better = fields.better;
    if (better && better.value !== 'higher' && better.value !== 'lower')
        throw fail(`'better' must be higher or lower, got '${better.source}'${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__.didYouMean)(String(better.source), ['higher', 'lower'])}`, better.line);
    const optional = fields.optional;
    if (optional && typeof optional.value !== 'boolean')
        throw fail(`'optional' must be true or false, got '${optional.source}'`, optional.line);
    const rule = {
        better: better?.value,
        min: number('min'),
        max: number('max'),
        maxDrop: threshold('max-drop'),
        maxRise: threshold('max-rise'),
        warnDrop: threshold('warn-drop'),
        warnRise: threshold('warn-rise'),
        optional: optional?.value,
        source,
    };
    if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max)
        throw fail(`'min' (${rule.min}) is above 'max' (${rule.max})`);
    return rule;
}
/** `0.01` → absolute, `1%` → relative 0.01; `undefined` when neither or negative. */
function parseThreshold(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) && value >= 0 ? { relative: false, amount: value, text: String(value) } : undefined;
    if (typeof value !== 'string')
        return undefined;
    const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(value);
    if (!match)
        return undefined;
    const amount = Number(match[1]);
    return match[2] ? { relative: true, amount: amount / 100, text: `${match[1]}%` } : { relative: false, amount, text: match[1] };
}
function escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ }),

/***/ 69549:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ runOutcome),
/* harmony export */   ZM: () => (/* binding */ runRecordJson),
/* harmony export */   fL: () => (/* binding */ RUN_RECORD_KIND),
/* harmony export */   kl: () => (/* binding */ metricsForRecord),
/* harmony export */   lJ: () => (/* binding */ trainingFailure),
/* harmony export */   lR: () => (/* binding */ readRunRecord),
/* harmony export */   nJ: () => (/* binding */ checkRunRecord)
/* harmony export */ });
/* unused harmony exports RUN_RECORD_VERSION, RUN_OUTCOMES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);


/** The discriminator every run record carries (`schemas/run-record.schema.json`). */
const RUN_RECORD_KIND = 'modelgate/run-record';
const RUN_RECORD_VERSION = 1;
/**
 * How a run ended. `failed` is a command that exited non-zero (or was ended by a signal), and also one
 * that exited 0 without writing a declared output (see {@link MissingOutput}); `unknown` is a record of
 * another job's outputs (mode `record`) that was not given that job's exit code.
 */
const RUN_OUTCOMES = ['succeeded', 'failed', 'timed-out', 'cancelled', 'unknown'];
/**
 * A record's outcome as written, or for a record written before `outcome` existed, from its `command`:
 * one of {@link RUN_OUTCOMES}, or what a newer modelgate wrote.
 */
function runOutcome(record) {
    if (record.outcome !== undefined)
        return record.outcome;
    const c = record.command;
    if (c?.cancelled)
        return 'cancelled';
    if (c?.timedOut)
        return 'timed-out';
    if (c?.exitCode === null || c?.exitCode === undefined)
        return 'unknown';
    return c.exitCode === 0 ? 'succeeded' : 'failed';
}
/**
 * Why a record says its training did not succeed, in words (`training failed: exit 2`), or undefined when
 * it succeeded (or, from another job's files, is not known to have failed). An outcome this modelgate
 * does not know counts as a failure: a gate fails closed.
 */
function trainingFailure(record) {
    const outcome = runOutcome(record);
    const c = record.command;
    const exit = typeof c?.exitCode === 'number' ? `exit ${c.exitCode}${c.signal ? `, ${c.signal}` : ''}` : undefined;
    switch (outcome) {
        case 'succeeded':
        case 'unknown':
            return undefined;
        case 'timed-out':
            return `training timed out${exit ? ` (${exit})` : ''}`;
        case 'cancelled':
            return `training was cancelled${exit ? ` (${exit})` : ''}`;
        case 'failed': {
            if (exit && c.exitCode !== 0)
                return `training failed: ${exit}`;
            const missing = (record.missingOutputs ?? []).map((m) => `${m.input} '${m.path}' (${m.reason})`);
            return missing.length
                ? `training failed: it did not write ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ` and ${missing.length - 3} more` : ''}`
                : 'training failed';
        }
        default:
            return `training outcome '${String(outcome)}' is not one this modelgate knows (${RUN_OUTCOMES.join(', ')})`;
    }
}
/** Metrics as a record stores them: by name; JSON has no NaN or infinities, so those are their names. */
function metricsForRecord(metrics) {
    const out = {};
    for (const [name, metric] of metrics)
        out[name] = typeof metric.value === 'number' && !Number.isFinite(metric.value) ? String(metric.value) : metric.value;
    return out;
}
/** The record as written: stable key order, two-space indent, a final newline. */
function runRecordJson(record) {
    return `${JSON.stringify(record, null, 2)}\n`;
}
/**
 * Reads a run record and checks what readers rely on (kind, version, metrics, model); names the
 * file and the problem otherwise.
 */
async function readRunRecord(path, shown = path) {
    let data;
    try {
        data = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
    }
    catch (error) {
        const code = error.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(code ? `run record ${shown}: cannot read it (${code})` : `run record ${shown}: not valid JSON`, { file: shown });
    }
    return checkRunRecord(data, shown);
}
/** Checks what readers of a run record rely on (kind, version, metrics, model), wherever it was read from. */
function checkRunRecord(data, shown) {
    const r = data;
    const bad = (what) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`run record ${shown}: ${what}`, { file: shown });
    if (!r || typeof r !== 'object' || r.kind !== RUN_RECORD_KIND)
        throw bad(`not a modelgate run record (kind must be '${RUN_RECORD_KIND}')`);
    if (r.version !== RUN_RECORD_VERSION)
        throw bad(`version ${String(r.version)} is not supported (this modelgate reads version ${RUN_RECORD_VERSION})`);
    if (!r.metrics || typeof r.metrics !== 'object' || Array.isArray(r.metrics))
        throw bad("it has no 'metrics' object");
    if (!r.model || typeof r.model !== 'object' || !Array.isArray(r.model.files))
        throw bad("it has no 'model' with 'files'");
    // Written since version 1 began, so optional: a record without them is read from its `command`.
    if (r.outcome !== undefined && typeof r.outcome !== 'string')
        throw bad("its 'outcome' is not a string");
    if (r.missingOutputs !== undefined && !Array.isArray(r.missingOutputs))
        throw bad("its 'missingOutputs' is not a list");
    return r;
}


/***/ })

};
