export const id = 325;
export const ids = [325,598];
export const modules = {

/***/ 45573:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   fz: () => (/* binding */ compareMetrics),
/* harmony export */   l9: () => (/* binding */ formatPercent)
/* harmony export */ });
/* unused harmony exports orderRows, describeRule */
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54653);

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
 * missing, non-numeric, NaN or infinite fails; an ungated one is shown with status `info`. An exact
 * rule in `required` whose metric is in neither set fails (a typo must not pass in silence); other
 * such rules are listed in `unusedRules`.
 */
function compareMetrics(candidate, baseline, rules, required = new Set(rules.exact.keys()), options = {}) {
    const names = [...candidate.keys()];
    for (const name of baseline?.keys() ?? [])
        if (!candidate.has(name))
            names.push(name);
    const known = new Set(names);
    const unusedRules = [];
    for (const name of rules.exact.keys()) {
        if (known.has(name))
            continue;
        if (required.has(name))
            names.push(name);
        else
            unusedRules.push(name);
    }
    const rows = orderRows(names.map((name) => compareOne(name, candidate.get(name)?.value, baseline?.get(name)?.value, (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleFor */ .sG)(rules, name))));
    return { ...verdictOf(rows, options.noBaseline === true), unusedRules };
}
/** Counts rows and derives the verdict: any failure fails; else no baseline is its own verdict; else warn or pass. */
function verdictOf(rows, noBaseline) {
    const counts = { pass: 0, warn: 0, fail: 0, info: 0 };
    for (const row of rows)
        counts[row.status]++;
    const verdict = counts.fail > 0 ? 'fail' : noBaseline ? 'no-baseline' : counts.warn > 0 ? 'warn' : 'pass';
    return { verdict, rows, counts };
}
function compareOne(name, value, base, rule) {
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
            warn('not in the baseline; change not checked');
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

/***/ 43937:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   s8: () => (/* binding */ markerKey),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zq: () => (/* binding */ rowLength)
/* harmony export */ });
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(735);

const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;
function shorten(text, maxLength) {
    const t = text.replace(CONTROL, ' ');
    return t.length > maxLength ? `${t.slice(0, maxLength - 1)}…` : t;
}
/**
 * Untrusted text (a metric name or value, a file name, a git ref) as a code span: GitHub and GitLab
 * render it literally, with no HTML, emphasis, links, autolinks, mentions or references. `inTable`
 * escapes `|`, which a GFM table splits on even inside code. Newlines become spaces.
 */
function code(text, options = {}) {
    let t = shorten(text, options.maxLength ?? 200);
    if (options.inTable)
        t = t.replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    // A span that starts or ends with a backtick or a space needs a space of padding, which is stripped.
    const pad = /^[` ]|[` ]$/.test(t) ? ' ' : '';
    return `${fence}${pad}${t}${pad}${fence}`;
}
/**
 * Untrusted text as prose (a title): renders as the literal text, with no HTML, emphasis, links,
 * autolinks, mentions or references on GitHub or GitLab. Newlines become spaces.
 */
function escapeMarkdown(text, maxLength = 200) {
    // Mentions, autolinks and references (GitHub's #1 and GH-1, GitLab's !1 ~label %milestone $snippet
    // &epic ^) are found in rendered text, where an escape no longer exists; a zero-width space breaks
    // the pattern without changing what is read.
    const t = shorten(text, maxLength)
        .replace(/@/g, '\u200b@\u200b')
        .replace(/:\/\//g, ':\u200b//')
        .replace(/www\./gi, (m) => `${m.slice(0, 3)}\u200b.`)
        .replace(/\b(GH)-(?=\d)/gi, '$1-\u200b')
        .replace(/([#!~%$&^])(?=[\w"'])/g, '$1\u200b');
    return (t
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // Only what is markdown inside a paragraph or a table cell: block syntax cannot start mid-line.
        .replace(/[\\`*_[\]~]/g, (c) => `\\${c}`)
        .replace(/\|/g, '&#124;'));
}
/** An identifier safe for an HTML comment marker: letters, digits and `._/:-` only. */
function markerKey(text) {
    return text.replace(/[^A-Za-z0-9._/:-]+/g, '-').slice(0, 120);
}
/** Characters a table row adds to the markdown, as {@link table} renders it (for size budgets). */
function rowLength(cells) {
    return `| ${cells.join(' | ')} |\n`.length;
}
/** A GitHub/GitLab table with unpadded delimiters; cells must already be escaped. */
function table(header, rows, align) {
    return (0,markdown_table__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Q)([header, ...rows], { alignDelimiters: false, align: align ? [...align] : undefined });
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
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49483);


const EMPTY_RULES = { exact: new Map(), patterns: [] };
/** The keys a rule may have (modelgate.schema.json lists the same). */
const RULE_KEYS = ['better', 'min', 'max', 'max-drop', 'max-rise', 'warn-drop', 'warn-rise'];
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
 * `{better, min, max, max-drop, max-rise, warn-drop, warn-rise}`. Unknown keys and bad values are a
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
                throw fail(`unknown key '${key}'; allowed: ${RULE_KEYS.join(', ')}`, line);
            fields[key] = { value: isScalar(item.value) ? item.value.value : item.value, source: isScalar(item.value) ? (item.value.source ?? String(item.value.value)) : '', line };
        }
        const rule = buildRule(fields, location, fail);
        if (name.includes('*'))
            patterns.push({ pattern: name, regex: new RegExp(`^${name.split('*').map(escape).join('.*')}$`), rule });
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
        throw fail(`'better' must be higher or lower, got '${better.source}'`, better.line);
    const rule = {
        better: better?.value,
        min: number('min'),
        max: number('max'),
        maxDrop: threshold('max-drop'),
        maxRise: threshold('max-rise'),
        warnDrop: threshold('warn-drop'),
        warnRise: threshold('warn-rise'),
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
/* harmony export */   ZM: () => (/* binding */ runRecordJson),
/* harmony export */   fL: () => (/* binding */ RUN_RECORD_KIND),
/* harmony export */   kl: () => (/* binding */ metricsForRecord),
/* harmony export */   lR: () => (/* binding */ readRunRecord),
/* harmony export */   nJ: () => (/* binding */ checkRunRecord)
/* harmony export */ });
/* unused harmony export RUN_RECORD_VERSION */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);


/** The discriminator every run record carries (`schemas/run-record.schema.json`). */
const RUN_RECORD_KIND = 'modelgate/run-record';
const RUN_RECORD_VERSION = 1;
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
    return r;
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


/***/ }),

/***/ 735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ markdownTable)
/* harmony export */ });
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}


/***/ })

};
