export const id = 888;
export const ids = [888,483];
export const modules = {

/***/ 45573:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
function compareMetrics(candidate, baseline, rules, required = new Set(rules.exact.keys())) {
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
    const counts = { pass: 0, warn: 0, fail: 0, info: 0 };
    for (const row of rows)
        counts[row.status]++;
    const verdict = counts.fail > 0 ? 'fail' : counts.warn > 0 ? 'warn' : 'pass';
    return { verdict, rows, counts, unusedRules };
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
    if (base === undefined)
        return row;
    if (!finite(base)) {
        if (rule.maxDrop || rule.maxRise || rule.warnDrop || rule.warnRise)
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

/***/ 64866:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   fE: () => (/* binding */ isShallow),
/* harmony export */   nv: () => (/* binding */ commitSource),
/* harmony export */   qE: () => (/* binding */ resolveRef),
/* harmony export */   wu: () => (/* binding */ mergeBase)
/* harmony export */ });
/* unused harmony exports GitError, hasCommit */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);


/** Runs git with an argument list (never a shell string); resolves stdout, rejects with stderr. */
async function git(cwd, args, options = {}) {
    // Loaded on first use: a step that reads no git history does not pay for child_process at start.
    const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 19));
    return new Promise((resolve, reject) => {
        const child = execFile('git', [...args], { cwd, maxBuffer: options.maxBuffer ?? 256 * 1024 * 1024, env: { ...(options.env ?? process.env), GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (error, stdout, stderr) => (error ? reject(new GitError(args, stderr.trim() || error.message)) : resolve(stdout)));
        if (options.input !== undefined)
            child.stdin?.end(options.input);
    });
}
/** A failed git command, with its arguments and what git said. */
class GitError extends Error {
    args;
    stderr;
    constructor(args, stderr) {
        super(`git ${args.join(' ')}: ${stderr}`);
        this.args = args;
        this.stderr = stderr;
    }
}
/** Whether a commit is present in the local object store. */
async function hasCommit(cwd, sha) {
    return git(cwd, ['cat-file', '-e', `${sha}^{commit}`]).then(() => true, () => false);
}
/** Resolves a ref (branch, tag, sha) to a full commit sha, or `undefined`. */
async function resolveRef(cwd, ref) {
    if (ref.startsWith('-'))
        return undefined;
    return git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).then((out) => out.trim(), () => undefined);
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
    const attempt = () => git(cwd, ['merge-base', base, head]).then((out) => out.trim(), () => undefined);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`compare-metrics: baseline 'merge-base': ${short(base)} and ${short(head)} have no common ancestor`);
    return found;
}
async function fetchFromOrigin(cwd, args, what) {
    try {
        await git(cwd, ['fetch', '--no-tags', '--quiet', ...args]);
    }
    catch (error) {
        const said = error instanceof GitError ? error.stderr.split('\n')[0] : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`compare-metrics: baseline 'merge-base' needs ${what} from the remote 'origin', and fetching it failed (${said}). ` +
            "Give the job the history (GitHub: actions/checkout with 'fetch-depth: 0'; GitLab: GIT_DEPTH: 0) or set 'baseline' to 'file:<path>'");
    }
}
/** A commit's tree as a {@link FileSource}, read with `git ls-tree` and `git cat-file`. */
function commitSource(cwd, sha, label) {
    return {
        label,
        root: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd),
        async list(directory) {
            const out = await git(cwd, ['ls-tree', '-r', '-z', '--full-tree', '--name-only', sha, '--', directory || '.']);
            return out.split('\0').filter(Boolean).sort();
        },
        async read(path) {
            try {
                return await git(cwd, ['cat-file', 'blob', `${sha}:${path}`]);
            }
            catch {
                return undefined;
            }
        },
    };
}
function short(sha) {
    return sha.slice(0, 7);
}


/***/ }),

/***/ 18173:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ locateJsonError)
/* harmony export */ });
/**
 * Finds where JSON text stops being valid, for error messages with a line and column on every Node
 * version (Node 20's `JSON.parse` often names no position). Only called after `JSON.parse` failed.
 */
function locateJsonError(text) {
    let i = 0;
    const fail = (reason) => {
        throw Object.assign(new Error(reason), { offset: i });
    };
    const ws = () => {
        while (i < text.length && ' \t\n\r\uFEFF'.includes(text[i]))
            i++;
    };
    const literal = (word) => (text.startsWith(word, i) ? void (i += word.length) : fail(`unexpected ${describe(text[i])}`));
    const string = () => {
        i++;
        while (i < text.length && text[i] !== '"') {
            const c = text.charCodeAt(i);
            if (c < 0x20)
                fail('a line break or control character inside a string');
            if (text[i] === '\\') {
                i++;
                if (text[i] === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)))
                        fail('a bad \\u escape');
                    i += 4;
                }
                else if (!'"\\/bfnrt'.includes(text[i] ?? ''))
                    fail('a bad escape');
            }
            i++;
        }
        if (i >= text.length)
            fail('a string that is never closed');
        i++;
    };
    const number = () => {
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
        if (!m)
            fail(`unexpected ${describe(text[i])}`);
        i += m[0].length;
    };
    const value = () => {
        ws();
        const c = text[i];
        if (c === '{')
            return container('}', true);
        if (c === '[')
            return container(']', false);
        if (c === '"')
            return string();
        if (c === 't')
            return literal('true');
        if (c === 'f')
            return literal('false');
        if (c === 'n')
            return literal('null');
        return number();
    };
    const container = (close, object) => {
        i++;
        ws();
        if (text[i] === close)
            return void i++;
        for (;;) {
            ws();
            if (object) {
                if (text[i] !== '"')
                    fail(`expected a quoted key, found ${describe(text[i])}`);
                string();
                ws();
                if (text[i] !== ':')
                    fail(`expected ':', found ${describe(text[i])}`);
                i++;
            }
            value();
            ws();
            if (text[i] === ',') {
                i++;
                continue;
            }
            if (text[i] === close)
                return void i++;
            fail(`expected ',' or '${close}', found ${describe(text[i])}`);
        }
    };
    let reason = 'invalid JSON';
    try {
        value();
        ws();
        if (i < text.length)
            fail(`unexpected ${describe(text[i])} after the end of the value`);
    }
    catch (error) {
        reason = error.message;
    }
    const before = text.slice(0, i);
    return { line: before.split('\n').length, column: i - before.lastIndexOf('\n'), reason };
}
function describe(c) {
    return c === undefined ? 'the end of the file' : `'${c}'`;
}


/***/ }),

/***/ 5077:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XK: () => (/* binding */ metricsReportText),
  jI: () => (/* binding */ parseMetricsFile),
  Uw: () => (/* binding */ readMetrics)
});

// UNUSED EXPORTS: numberOrText

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/files.js + 1 modules
var core_files = __webpack_require__(99706);
;// CONCATENATED MODULE: ./build/core/csv.js

/**
 * A small RFC 4180 reader for metric files: quoted fields, doubled quotes, embedded newlines, CRLF and a
 * BOM. Every row must have as many cells as the header; a short or long row is an error naming its line.
 */
function parseCsv(text, file, delimiter = ',') {
    const rows = [];
    let cells = [];
    let cell = '';
    let line = 1;
    let rowLine = 1;
    let quoted = false;
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const endRow = () => {
        cells.push(cell);
        if (!(cells.length === 1 && cells[0] === ''))
            rows.push({ cells, line: rowLine });
        cells = [];
        cell = '';
    };
    for (; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') {
                cell += '"';
                i++;
            }
            else if (c === '"')
                quoted = false;
            else {
                if (c === '\n')
                    line++;
                cell += c;
            }
        }
        else if (c === '"' && cell === '')
            quoted = true;
        else if (c === delimiter) {
            cells.push(cell);
            cell = '';
        }
        else if (c === '\n' || c === '\r') {
            if (c === '\r' && text[i + 1] === '\n')
                i++;
            endRow();
            line++;
            rowLine = line;
        }
        else
            cell += c;
    }
    if (quoted)
        throw new errors/* UserError */.yo(`metrics: ${file}:${rowLine}: a quoted field is never closed`, { file, line: rowLine });
    if (cell !== '' || cells.length > 0)
        endRow();
    const width = rows[0]?.cells.length ?? 0;
    for (const row of rows) {
        if (row.cells.length !== width) {
            throw new errors/* UserError */.yo(`metrics: ${file}:${row.line}: row has ${row.cells.length} fields, the header has ${width}`, { file, line: row.line });
        }
    }
    return rows;
}

// EXTERNAL MODULE: ./build/core/json-error.js
var json_error = __webpack_require__(18173);
// EXTERNAL MODULE: ./build/core/run-record.js
var run_record = __webpack_require__(69549);
// EXTERNAL MODULE: ./build/core/yaml.js
var core_yaml = __webpack_require__(49483);
;// CONCATENATED MODULE: ./build/core/metrics.js






/**
 * Reads metric files (plain paths or globs) from a source: JSON and YAML (nested objects become dotted
 * names, arrays indexed ones), CSV (`name,value` rows or one row of columns), DVC's `dvc.yaml` (its
 * `metrics` entries are followed), DVCLive's `metrics.json`, and modelgate run records (their `metrics`).
 * A metric named twice, an unreadable file or a glob that matches nothing is a {@link UserError}.
 * With `missingOk`, plain paths that do not exist are skipped and listed in `missing`.
 */
async function readMetrics(source, patterns, options = {}) {
    const metrics = new Map();
    const files = [];
    const missing = [];
    const { files: entries, unmatched } = await (0,core_files/* expandPatterns */.qL)(source, patterns);
    if (unmatched.length > 0 && !options.missingOk)
        throw new errors/* UserError */.yo(`metrics: '${unmatched[0]}' matched no file in ${source.label}`);
    const queue = [...entries];
    const seen = new Set();
    while (queue.length > 0) {
        const path = queue.shift();
        // dvc.yaml may list a file also given directly, or itself.
        if (seen.has(path))
            continue;
        seen.add(path);
        const text = await source.read(path);
        if (text === undefined) {
            if (options.missingOk) {
                missing.push(path);
                continue;
            }
            throw new errors/* UserError */.yo(`metrics: file '${path}' does not exist in ${source.label}`);
        }
        files.push(path);
        const parsed = await parseMetricsFile(path, text);
        queue.push(...parsed.follow);
        for (const metric of parsed.metrics) {
            const earlier = metrics.get(metric.name);
            if (earlier) {
                throw new errors/* UserError */.yo(`metrics: '${metric.name}' is defined twice, in ${where(earlier.source)} and ${where(metric.source)}; give each metric one file`, metric.source);
            }
            metrics.set(metric.name, metric);
        }
    }
    if (metrics.size === 0 && files.length > 0 && !options.missingOk) {
        throw new errors/* UserError */.yo(`metrics: no metrics found in ${files.slice(0, 5).join(', ')}; a metrics file maps names to numbers, like {"accuracy": 0.91}`, { file: files[0] });
    }
    return { metrics, files, missing };
}
/** Parses one metrics file. `follow` lists further files a `dvc.yaml` points at (relative to the root). */
async function parseMetricsFile(path, text, format = 'auto') {
    const kind = format === 'auto' ? detectFormat(path, text) : format;
    if (kind === 'csv')
        return { metrics: csvMetrics(path, text), follow: [] };
    const tree = kind === 'json' ? parseJson(path, text) : await parseYamlTree(path, text);
    const root = tree.value;
    if (root === null || typeof root !== 'object' || Array.isArray(root)) {
        throw new errors/* UserError */.yo(`metrics: ${path}:1: expected an object of metric names to values, found ${describe(root)}`, { file: path, line: 1 });
    }
    const object = root;
    if (/(^|\/)dvc\.ya?ml$/.test(path))
        return { metrics: [], follow: dvcMetricFiles(path, object) };
    const body = object.kind === run_record/* RUN_RECORD_KIND */.fL ? object.metrics : object;
    const metrics = [];
    if (object.kind === run_record/* RUN_RECORD_KIND */.fL && (body === null || typeof body !== 'object')) {
        throw new errors/* UserError */.yo(`metrics: ${path}: this run record has no 'metrics' object`, { file: path });
    }
    const fail = (what) => new errors/* UserError */.yo(`metrics: ${path}: ${what}`, { file: path });
    flatten(body, '', (name, value) => metrics.push({ name, value, source: { file: path, line: tree.lineOf(name) } }), fail);
    return { metrics, follow: [] };
}
function detectFormat(path, text) {
    if (/\.json$/i.test(path))
        return 'json';
    if (/\.ya?ml$/i.test(path))
        return 'yaml';
    if (/\.(csv|tsv)$/i.test(path))
        return 'csv';
    const first = text.trimStart()[0];
    return first === '{' || first === '[' ? 'json' : 'yaml';
}
function parseJson(path, text) {
    const clean = text.replace(/^\uFEFF/, '');
    const lineOf = (name) => lineOfKey(text, name);
    try {
        return { value: JSON.parse(clean), lineOf };
    }
    catch {
        // Python's json.dump writes NaN and Infinity bare (a diverged run does); read them as the text
        // "NaN", which the gate then rejects per metric instead of the whole file failing.
        const quoted = clean.replace(/([:[,]\s*)(-?Infinity|NaN)(?=\s*[,\]}])/g, '$1"$2"');
        if (quoted !== clean) {
            try {
                return { value: JSON.parse(quoted), lineOf };
            }
            catch {
                /* report the original text's error below */
            }
        }
        const { line, column, reason } = (0,json_error/* locateJsonError */.R)(text);
        throw new errors/* UserError */.yo(`metrics: ${path}:${line}: not valid JSON: ${reason} (column ${column})`, { file: path, line, column });
    }
}
async function parseYamlTree(path, text) {
    const { doc, yaml, lineOf: lineOfNode } = await (0,core_yaml.parseYaml)(text, path, 'metrics: ');
    const { isMap, isScalar } = yaml;
    const lineOf = (name) => {
        let node = doc.contents;
        for (const key of name.split('.')) {
            if (!isMap(node))
                return undefined;
            const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
            if (!pair)
                return undefined;
            node = pair.value;
            if (!isMap(node))
                return lineOfNode(pair.key);
        }
        return undefined;
    };
    return { value: doc.toJS({ maxAliasCount: 100 }), lineOf };
}
/** The line of the last segment of a dotted key in JSON text: good enough for error locations. */
function lineOfKey(text, dottedName) {
    const key = dottedName.split('.').pop();
    const index = text.indexOf(JSON.stringify(key));
    return index < 0 ? undefined : text.slice(0, index).split('\n').length;
}
const MAX_DEPTH = 32;
function flatten(value, prefix, emit, fail, depth = 0) {
    if (value !== null && typeof value === 'object') {
        if (depth >= MAX_DEPTH)
            throw fail(`'${prefix.slice(0, 80)}…' nests deeper than ${MAX_DEPTH} levels`);
        const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
        for (const [key, child] of entries) {
            if (key.trim() === '')
                throw fail(`an empty metric name${prefix ? ` inside '${prefix}'` : ''}`);
            flatten(child, prefix ? `${prefix}.${key}` : key, emit, fail, depth + 1);
        }
        return;
    }
    if (typeof value === 'number')
        emit(prefix, value);
    else if (typeof value === 'string')
        emit(prefix, numberOrText(value));
    else
        emit(prefix, String(value));
}
/** Text that spells a number becomes one (CSV cells, quoted YAML); `NaN`/`inf` spellings included. */
function numberOrText(text) {
    const t = text.trim();
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t))
        return Number(t);
    if (/^[+-]?(nan|\.nan)$/i.test(t))
        return Number.NaN;
    if (/^[+-]?(inf|infinity|\.inf)$/i.test(t))
        return t.startsWith('-') ? -Infinity : Infinity;
    return text;
}
function csvMetrics(path, text) {
    const rows = parseCsv(text, path, path.toLowerCase().endsWith('.tsv') ? '\t' : ',');
    const header = rows[0];
    if (!header || header.cells.length === 0)
        throw new errors/* UserError */.yo(`metrics: ${path}:1: the CSV file is empty`, { file: path, line: 1 });
    const names = header.cells.map((c) => c.trim().toLowerCase());
    if (names.length === 2 && ['name', 'metric'].includes(names[0]) && names[1] === 'value') {
        return rows.slice(1).map((row) => {
            const name = row.cells[0].trim();
            if (name === '')
                throw new errors/* UserError */.yo(`metrics: ${path}:${row.line}: empty metric name`, { file: path, line: row.line });
            return { name, value: numberOrText(row.cells[1]), source: { file: path, line: row.line } };
        });
    }
    if (rows.length !== 2) {
        throw new errors/* UserError */.yo(`metrics: ${path}:${rows[2]?.line ?? 1}: a CSV metrics file is either 'name,value' rows or one header row and one row of values; found ${rows.length - 1} rows of values`, { file: path, line: rows[2]?.line ?? 1 });
    }
    const values = rows[1];
    const blank = header.cells.findIndex((c) => c.trim() === '');
    if (blank >= 0) {
        throw new errors/* UserError */.yo(`metrics: ${path}:${header.line}: column ${blank + 1} of the header has no name (pandas writes its index so: use to_csv(index=False))`, { file: path, line: header.line });
    }
    return header.cells.map((name, i) => ({ name: name.trim(), value: numberOrText(values.cells[i]), source: { file: path, line: values.line } }));
}
function dvcMetricFiles(path, dvc) {
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
    const out = [];
    const take = (list) => {
        if (!Array.isArray(list))
            return;
        for (const entry of list) {
            const file = typeof entry === 'string' ? entry : entry && typeof entry === 'object' ? Object.keys(entry)[0] : undefined;
            if (file)
                out.push(dir + file);
        }
    };
    take(dvc.metrics);
    const stages = dvc.stages;
    if (stages && typeof stages === 'object')
        for (const stage of Object.values(stages))
            take(stage?.metrics);
    if (out.length === 0)
        throw new errors/* UserError */.yo(`metrics: ${path}: lists no metrics files (no 'metrics:' at the top or in a stage)`, { file: path });
    return out;
}
function describe(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    return `a ${typeof value}`;
}
function where(location) {
    return location.line ? `${location.file}:${location.line}` : location.file;
}
/** Numeric metrics as `name value` lines, the text format of GitLab's metrics report. */
function metricsReportText(metrics) {
    const lines = [];
    for (const m of metrics.values())
        if (typeof m.value === 'number')
            lines.push(`${m.name.replace(/[^A-Za-z0-9_.:-]/g, '_')} ${m.value}`);
    return lines.length ? `${lines.join('\n')}\n` : '';
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
/* harmony export */   lR: () => (/* binding */ readRunRecord)
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
