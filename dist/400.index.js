export const id = 400;
export const ids = [400];
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
/* unused harmony export hasCommit */
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

// EXTERNAL MODULE: ./build/core/files.js + 1 modules
var core_files = __webpack_require__(99706);
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
        throw new errors/* UserError */.yo(`metrics: no metrics found in ${files.slice(0, 5).join(', ')}; a metrics file maps names to numbers, like {"accuracy": 0.91}`, {
            file: files[0],
        });
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
    const lineOf = keyLines(text);
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
    const { doc, yaml, lineOf: lineOfNode } = await (0,core_yaml/* parseYaml */.h)(text, path, 'metrics: ');
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
/**
 * The line of the first `"key"` literal for a metric's last name part. Built once per file on first
 * use (one pass over the quoted strings and the line breaks), so a file of many metrics costs a lookup
 * each, not a scan of the text each.
 */
function keyLines(text) {
    let index;
    return (dottedName) => {
        if (!index) {
            index = new Map();
            let line = 1;
            let last = 0;
            for (const m of text.matchAll(/"(?:[^"\\\n]|\\.)*"/g)) {
                for (let i = text.indexOf('\n', last); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1))
                    line++;
                last = m.index;
                if (!index.has(m[0]))
                    index.set(m[0], line);
            }
        }
        return index.get(JSON.stringify(dottedName.split('.').pop()));
    };
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
    // One way to match each spelling: `\d+\.?\d*` backtracked quadratically on a long run of digits.
    if (/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(t))
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
        throw new errors/* UserError */.yo(`metrics: ${path}:${header.line}: column ${blank + 1} of the header has no name (pandas writes its index so: use to_csv(index=False))`, {
            file: path,
            line: header.line,
        });
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


/***/ })

};
