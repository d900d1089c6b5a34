export const id = 575;
export const ids = [575,483];
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
    const rank = (r) => r.status === 'fail' ? 0 : r.status === 'warn' ? 1 : r.direction === 'regressed' ? 2 : r.change === 'changed' || r.change === 'incomparable' ? 3 : r.change === 'new' ? 4 : r.change === 'removed' || r.change === 'missing' ? 5 : 6;
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
            row.direction = (row.delta > 0) === (rule.better === 'higher') ? 'improved' : 'regressed';
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

/***/ 54653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gr: () => (/* binding */ parseRulesYaml),
/* harmony export */   oq: () => (/* binding */ EMPTY_RULES),
/* harmony export */   sG: () => (/* binding */ ruleFor),
/* harmony export */   ub: () => (/* binding */ mergeRules)
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
    const { doc, yaml, lineOf } = await (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__.parseYaml)(text, origin);
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

/***/ 49483:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseYaml: () => (/* binding */ parseYaml)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

/**
 * Parses YAML safely (YAML 1.2 core schema: no custom tags, nothing executed; duplicate keys are an
 * error; alias expansion is capped when converted). The library is loaded on first use, so steps that
 * read no YAML do not pay for it. A syntax error is a {@link UserError} `<prefix><origin>:<line>: ...`.
 */
async function parseYaml(text, origin, prefix = '') {
    const yaml = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const lineCounter = new yaml.LineCounter();
    const doc = yaml.parseDocument(text, { lineCounter, uniqueKeys: true });
    const problem = doc.errors[0];
    if (problem) {
        const line = problem.linePos?.[0]?.line;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${prefix}${origin}${line ? `:${line}` : ''}: not valid YAML: ${problem.message.split('\n')[0]}`, { file: origin, line });
    }
    const lineOf = (node) => {
        const range = node?.range;
        return range ? lineCounter.linePos(range[0]).line : undefined;
    };
    return { doc, yaml, lineOf };
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
