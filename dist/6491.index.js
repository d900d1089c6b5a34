export const id = 6491;
export const ids = [6491];
export const modules = {

/***/ 39025:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ CsvScanner),
/* harmony export */   KL: () => (/* binding */ CsvRecord),
/* harmony export */   oC: () => (/* binding */ CsvSyntaxError)
/* harmony export */ });
/**
 * A streaming RFC 4180 scanner over raw bytes. It finds field boundaries without creating a string
 * per cell: consumers read cells as byte ranges and decode only what they need. Records that span
 * chunk boundaries are carried over (only the unfinished record is copied, never the whole stream).
 *
 * Dialect: `"` quotes; `""` inside quotes is one quote; LF or CRLF ends a record; a lone CR outside
 * quotes is data (as csv-parse does once it has seen a CRLF or LF file); a UTF-8 BOM at the start
 * is skipped; an empty line is a record with one empty field. A quote inside an unquoted field, a
 * character after a closing quote, a quote never closed and a record over `maxRecordBytes` are
 * {@link CsvSyntaxError}s naming the line.
 *
 * This is the one CSV dialect of modelgate: validate-data streams files through it, and metric files
 * are read through the same scanner by the string adapter in `csv.ts` (which only adds the metric
 * policies: blank lines skipped, one width for every row).
 */
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/**
 * One record, reused between callbacks (copy what you keep). Field `i` is the bytes
 * `buf[starts[i] .. ends[i])`, quoted content already stripped of its enclosing quotes.
 */
class CsvRecord {
    buf = Buffer.alloc(0);
    starts = new Int32Array(64);
    ends = new Int32Array(64);
    quoting = new Uint8Array(64);
    /** Number of fields. */
    count = 0;
    /** 1-based physical line the record starts on. */
    line = 1;
    /** 0-based index of the record in the stream (the header is record 0). */
    index = 0;
    scratch = Buffer.alloc(256);
    /** Makes room for `n` fields. */
    grow(n) {
        if (n <= this.starts.length)
            return;
        const size = Math.max(n, this.starts.length * 2);
        const starts = new Int32Array(size);
        starts.set(this.starts);
        const ends = new Int32Array(size);
        ends.set(this.ends);
        const quoting = new Uint8Array(size);
        quoting.set(this.quoting);
        this.starts = starts;
        this.ends = ends;
        this.quoting = quoting;
    }
    /**
     * Rewrites an {@link Quoting.Escaped} field into a scratch buffer with `""` made `"`, and points the
     * field at it; other fields are left as they are. Returns the buffer that now holds field `i`.
     */
    unescape(i) {
        if (this.quoting[i] !== 2 /* Quoting.Escaped */)
            return this.buf;
        const s = this.starts[i];
        const e = this.ends[i];
        if (this.scratch.length < e - s)
            this.scratch = Buffer.alloc(Math.max(e - s, this.scratch.length * 2));
        let o = 0;
        for (let p = s; p < e; p++) {
            const c = this.buf[p];
            this.scratch[o++] = c;
            if (c === QUOTE)
                p++;
        }
        // The scratch copy is the field from now on; callbacks then read it like any other.
        this.fieldBuffers ??= [];
        this.fieldBuffers[i] = this.scratch;
        this.starts[i] = 0;
        this.ends[i] = o;
        this.quoting[i] = 1 /* Quoting.Quoted */;
        this.scratch = Buffer.alloc(Math.max(256, this.scratch.length));
        return this.fieldBuffers[i];
    }
    /** Buffers of fields that were unescaped, by field index (sparse; reset per record). */
    fieldBuffers;
    /** The buffer holding field `i` (after {@link unescape} when it was escaped). */
    bufferOf(i) {
        if (this.quoting[i] === 2 /* Quoting.Escaped */)
            return this.unescape(i);
        return this.fieldBuffers?.[i] ?? this.buf;
    }
    /** Field `i` as text, decoded as UTF-8 (the caller has checked validity where it matters). */
    text(i) {
        const b = this.bufferOf(i);
        return b.toString('utf8', this.starts[i], this.ends[i]);
    }
    /** Field texts, for tests and slow paths. */
    texts() {
        const out = [];
        for (let i = 0; i < this.count; i++)
            out.push(this.text(i));
        return out;
    }
}
/** A CSV syntax problem: what went wrong and the 1-based line where the record starts / it was found. */
class CsvSyntaxError extends Error {
    line;
    record;
    name = 'CsvSyntaxError';
    constructor(message, line, 
    /** 0-based index of the record that failed (records before it were delivered). */
    record) {
        super(message);
        this.line = line;
        this.record = record;
    }
}
/** Result of scanning one record in a buffer. */
const INCOMPLETE = -1;
/**
 * Push-style scanner: call {@link push} with each chunk, then {@link end}. Every complete record is
 * handed to `onRecord` synchronously, in order.
 */
class CsvScanner {
    onRecord;
    delimiter;
    maxRecordBytes;
    record = new CsvRecord();
    pending;
    line = 1;
    index = 0;
    first = true;
    /** Physical lines consumed by the last record scanned (its embedded and final line breaks). */
    recordLines = 0;
    constructor(onRecord, options = {}) {
        this.onRecord = onRecord;
        const delimiter = options.delimiter ?? ',';
        if (Buffer.byteLength(delimiter) !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
            throw new Error(`delimiter must be one byte other than a quote or a line break, got ${JSON.stringify(delimiter)}`);
        }
        this.delimiter = delimiter.charCodeAt(0);
        this.maxRecordBytes = options.maxRecordBytes ?? 16 * 1024 * 1024;
    }
    /** Records delivered so far. */
    get records() {
        return this.index;
    }
    /** Scans a chunk; an unfinished last record is kept for the next chunk. */
    push(chunk) {
        let buf = chunk;
        if (this.pending) {
            buf = Buffer.concat([this.pending, chunk]);
            this.pending = undefined;
        }
        const used = this.scan(buf, false);
        if (used < buf.length)
            this.pending = buf.subarray(used);
    }
    /** Ends the stream: the carried-over record, if any, is completed by the end of data. */
    end() {
        const buf = this.pending;
        this.pending = undefined;
        if (buf && buf.length > 0)
            this.scan(buf, true);
    }
    /**
     * The allocation-free alternative to {@link push}: scans the complete records of `buf` and returns
     * the offset where the unfinished last one starts (`buf.length` when there is none). The caller
     * keeps the bytes from there and passes them again at the start of the next call, followed by new
     * data; with `final`, the end of `buf` ends the stream and everything is consumed. `buf` may be
     * reused once this returns. Do not mix with {@link push}.
     */
    scanSome(buf, final) {
        return this.scan(buf, final);
    }
    scan(buf, final) {
        let p = 0;
        if (buf.length === 0)
            return 0;
        if (this.first) {
            if (buf.length < 3 && !final && buf.length > 0 && buf[0] === 0xef)
                return 0;
            if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                p = 3;
            this.first = false;
        }
        const record = this.record;
        record.buf = buf;
        const len = buf.length;
        while (p < len) {
            const next = this.scanRecord(buf, p, final);
            if (next === INCOMPLETE) {
                if (len - p > this.maxRecordBytes) {
                    throw new CsvSyntaxError(`a record longer than ${this.maxRecordBytes} bytes starts here (a quote never closed, or no line breaks)`, this.line, this.index);
                }
                return p;
            }
            if (next - p > this.maxRecordBytes) {
                throw new CsvSyntaxError(`a record longer than ${this.maxRecordBytes} bytes starts here`, this.line, this.index);
            }
            record.line = this.line;
            record.index = this.index;
            record.fieldBuffers = undefined;
            this.onRecord(record);
            this.line += this.recordLines;
            this.index++;
            p = next;
        }
        return len;
    }
    /** Scans one record from `p`; returns the offset after its terminator, or INCOMPLETE. */
    scanRecord(buf, start, final) {
        const record = this.record;
        const delimiter = this.delimiter;
        const len = buf.length;
        let p = start;
        let n = 0;
        let lines = 0;
        for (;;) {
            if (n >= record.starts.length)
                record.grow(n + 1);
            if (p < len && buf[p] === QUOTE) {
                const contentStart = p + 1;
                let escaped = false;
                let q = contentStart;
                let contentEnd;
                for (;;) {
                    const close = buf.indexOf(QUOTE, q);
                    if (close < 0) {
                        if (final)
                            throw new CsvSyntaxError('a quoted field is never closed', this.line, this.index);
                        return INCOMPLETE;
                    }
                    for (let k = q; k < close; k++)
                        if (buf[k] === LF)
                            lines++;
                    if (close + 1 >= len && !final)
                        return INCOMPLETE;
                    if (buf[close + 1] === QUOTE) {
                        escaped = true;
                        q = close + 2;
                        continue;
                    }
                    contentEnd = close;
                    p = close + 1;
                    break;
                }
                record.starts[n] = contentStart;
                record.ends[n] = contentEnd;
                record.quoting[n] = escaped ? 2 /* Quoting.Escaped */ : 1 /* Quoting.Quoted */;
                n++;
                if (p >= len) {
                    record.count = n;
                    this.recordLines = lines + 1;
                    return p;
                }
                const c = buf[p];
                if (c === delimiter) {
                    p++;
                    if (p >= len) {
                        if (!final)
                            return INCOMPLETE;
                        if (n >= record.starts.length)
                            record.grow(n + 1);
                        record.starts[n] = p;
                        record.ends[n] = p;
                        record.quoting[n] = 0 /* Quoting.Plain */;
                        record.count = n + 1;
                        this.recordLines = lines + 1;
                        return p;
                    }
                    continue;
                }
                if (c === LF) {
                    record.count = n;
                    this.recordLines = lines + 1;
                    return p + 1;
                }
                if (c === CR) {
                    if (p + 1 >= len && !final)
                        return INCOMPLETE;
                    if (p + 1 < len && buf[p + 1] === LF) {
                        record.count = n;
                        this.recordLines = lines + 1;
                        return p + 2;
                    }
                }
                throw new CsvSyntaxError(`unexpected ${describeByte(c)} after a closing quote (a quote inside a quoted field must be doubled: "")`, this.line + lines, this.index);
            }
            const fieldStart = p;
            for (;;) {
                if (p >= len) {
                    if (!final)
                        return INCOMPLETE;
                    record.starts[n] = fieldStart;
                    record.ends[n] = p;
                    record.quoting[n] = 0 /* Quoting.Plain */;
                    record.count = n + 1;
                    this.recordLines = lines + 1;
                    return p;
                }
                const c = buf[p];
                if (c === delimiter) {
                    record.starts[n] = fieldStart;
                    record.ends[n] = p;
                    record.quoting[n] = 0 /* Quoting.Plain */;
                    n++;
                    p++;
                    if (p >= len) {
                        if (!final)
                            return INCOMPLETE;
                        if (n >= record.starts.length)
                            record.grow(n + 1);
                        record.starts[n] = p;
                        record.ends[n] = p;
                        record.quoting[n] = 0 /* Quoting.Plain */;
                        record.count = n + 1;
                        this.recordLines = lines + 1;
                        return p;
                    }
                    break;
                }
                if (c === LF || c === CR) {
                    let end = p;
                    let next = p + 1;
                    if (c === CR) {
                        if (p + 1 >= len && !final)
                            return INCOMPLETE;
                        // A lone CR is data, also as the last byte of the file.
                        if (p + 1 >= len || buf[p + 1] !== LF) {
                            p++;
                            continue;
                        }
                        next = p + 2;
                    }
                    if (end < fieldStart)
                        end = fieldStart;
                    record.starts[n] = fieldStart;
                    record.ends[n] = end;
                    record.quoting[n] = 0 /* Quoting.Plain */;
                    record.count = n + 1;
                    this.recordLines = lines + 1;
                    return next;
                }
                if (c === QUOTE) {
                    throw new CsvSyntaxError('a quote inside an unquoted field (quote the whole field and double the quote: "a""b")', this.line + lines, this.index);
                }
                p++;
            }
        }
    }
}
function describeByte(c) {
    return c >= 0x20 && c < 0x7f ? `'${String.fromCharCode(c)}'` : `byte 0x${c.toString(16).padStart(2, '0')}`;
}


/***/ }),

/***/ 96542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseCsv)
/* harmony export */ });
/* harmony import */ var _csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39025);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);


/**
 * Reads a metric file's CSV text with the one CSV dialect of modelgate, the data scanner's
 * ({@link CsvScanner}: RFC 4180 quotes and doubled quotes, quoted delimiters and line breaks, LF or
 * CRLF, a BOM skipped, a lone CR inside a line kept as data; a stray quote is an error). On top of it,
 * the metric policies: blank lines are skipped (a `""` line is a row with one empty value, not a blank
 * line), and every row must have as many cells as the header. Every problem is a {@link UserError}
 * naming the file and line.
 */
function parseCsv(text, file, delimiter = ',') {
    const fail = (line, what) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`metrics: ${file}:${line}: ${what}`, { file, line });
    // With no LF anywhere, a CR outside quotes can only be a classic Mac OS line break, which the
    // dialect reads as data: the file would be one record, and the error about it a puzzle.
    const crOnly = text.includes('\r') && !text.includes('\n');
    const crLines = () => fail(1, 'the lines end in a lone CR (classic Mac OS line endings); save the file with LF or CRLF line endings');
    const rows = [];
    const scanner = new _csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .CsvScanner */ .BR((record) => {
        if (record.count === 1 && record.quoting[0] === 0 /* Quoting.Plain */ && record.starts[0] === record.ends[0])
            return;
        const cells = record.texts();
        if (crOnly && cells.some((c, i) => record.quoting[i] === 0 /* Quoting.Plain */ && c.includes('\r')))
            throw crLines();
        rows.push({ cells, line: record.line });
    }, { delimiter });
    try {
        scanner.scanSome(Buffer.from(text, 'utf8'), true);
    }
    catch (error) {
        if (error instanceof _csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .CsvSyntaxError */ .oC)
            throw crOnly ? crLines() : fail(error.line, error.message);
        throw error;
    }
    const width = rows[0]?.cells.length ?? 0;
    for (const row of rows) {
        if (row.cells.length !== width)
            throw fail(row.line, `row has ${row.cells.length} fields, the header has ${width}`);
    }
    return rows;
}


/***/ }),

/***/ 18173:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ locateJsonError),
/* harmony export */   j: () => (/* binding */ duplicateJsonKey)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

/**
 * Finds where JSON text stops being valid, for error messages with a line and column on every Node
 * version (Node 20's `JSON.parse` often names no position). Only called after `JSON.parse` failed.
 */
function locateJsonError(text) {
    return scan(text, false) ?? { line: 1, column: 1, reason: 'invalid JSON' };
}
/**
 * The first key given twice in one object of valid JSON, where it is: `JSON.parse` keeps the last
 * silently (`{"acc": 0.1, "acc": 0.99}` would pass `min: 0.5`), and YAML refuses the same.
 */
function duplicateJsonKey(text) {
    return scan(text, true);
}
/**
 * Deeper than this is refused: the scan recurses per level, and an overflow of the stack would be
 * reported as where the JSON stops being valid ("Maximum call stack size exceeded"). JSON.parse itself
 * takes any depth, so valid JSON this deep must be refused here too (every reader nests far less).
 */
const MAX_DEPTH = 512;
function scan(text, duplicates) {
    let i = 0;
    let depth = 0;
    const fail = (reason) => {
        throw Object.assign(new Error(reason), { offset: i });
    };
    const ws = () => {
        while (i < text.length && ' \t\n\r'.includes(text[i]))
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
        if (++depth > MAX_DEPTH)
            fail(`it nests deeper than ${MAX_DEPTH} levels`);
        i++;
        ws();
        if (text[i] === close)
            return void (i++, depth--);
        const keys = duplicates && object ? new Set() : undefined;
        for (;;) {
            ws();
            if (object) {
                if (text[i] !== '"')
                    fail(`expected a quoted key, found ${describe(text[i])}`);
                const start = i;
                string();
                if (keys) {
                    const key = JSON.parse(text.slice(start, i));
                    if (keys.has(key)) {
                        i = start;
                        fail(`the key ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(key)} is given twice in one object (JSON would keep the last in silence)`);
                    }
                    keys.add(key);
                }
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
                return void (i++, depth--);
            fail(`expected ',' or '${close}', found ${describe(text[i])}`);
        }
    };
    let reason;
    // A byte order mark may open the text (JSON.parse refuses one anywhere, so callers strip it first).
    if (text.startsWith('\uFEFF'))
        i = 1;
    try {
        value();
        ws();
        if (i < text.length)
            fail(`unexpected ${describe(text[i])} after the end of the value`);
    }
    catch (error) {
        reason = error.message;
    }
    if (reason === undefined)
        return duplicates ? undefined : { line: 1, column: 1, reason: 'invalid JSON' };
    const before = text.slice(0, i);
    return { line: before.split('\n').length, column: i - before.lastIndexOf('\n'), reason };
}
function describe(c) {
    return c === undefined ? 'the end of the file' : `'${c}'`;
}


/***/ }),

/***/ 46491:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uw: () => (/* binding */ readMetrics),
/* harmony export */   XK: () => (/* binding */ metricsReportText),
/* harmony export */   jI: () => (/* binding */ parseMetricsFile),
/* harmony export */   y$: () => (/* binding */ numberOrText)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96542);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21645);
/* harmony import */ var _json_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18173);
/* harmony import */ var _run_record_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69549);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(57980);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49483);








/**
 * Reads metric files (plain paths or globs) from a source: JSON and YAML (nested objects become dotted
 * names, arrays indexed ones), CSV (`name,value` rows or one row of columns), DVC's `dvc.yaml` (its
 * `metrics` entries are followed), DVCLive's `metrics.json`, and modelgate run records (their `metrics`;
 * a record of a failed run is listed in `failedRuns`).
 * A metric named twice, an unreadable file or a glob that matches nothing is a {@link UserError}, whose
 * message starts with `metrics:` (the candidate's input) or with `origin.label`.
 * With `missingOk`, plain paths that do not exist are skipped and listed in `missing`.
 */
async function readMetrics(source, patterns, options = {}) {
    try {
        return await readAll(source, patterns, options.missingOk === true);
    }
    catch (error) {
        throw options.origin ? relabel(error, options.origin) : error;
    }
}
/** A metrics error said for another origin: its `metrics:` prefix replaced, its location kept or dropped. */
function relabel(error, origin) {
    if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo))
        return error;
    const message = error.message.replace(/^metrics: /, '');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${origin.label}: ${message}`, origin.annotate ? error.location : undefined);
}
async function readAll(source, patterns, missingOk) {
    const metrics = new Map();
    const files = [];
    const missing = [];
    const failedRuns = [];
    const records = [];
    const { files: entries, unmatched } = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .expandPatterns */ .qL)(source, patterns);
    if (unmatched.length > 0 && !missingOk)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`metrics: '${unmatched[0]}' matched no file in ${source.label}`);
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
            if (missingOk) {
                missing.push(path);
                continue;
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`metrics: file '${path}' does not exist in ${source.label}${await nearFile(source, path)}`);
        }
        files.push(path);
        const parsed = await parseMetricsFile(path, text);
        queue.push(...parsed.follow);
        if (parsed.runFailure)
            failedRuns.push({ file: path, reason: parsed.runFailure });
        if (parsed.record)
            records.push({ file: path, record: parsed.record });
        for (const metric of parsed.metrics) {
            const earlier = metrics.get(metric.name);
            if (earlier) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`metrics: '${metric.name}' is defined twice, in ${where(earlier.source)} and ${where(metric.source)}; give each metric one file`, metric.source);
            }
            metrics.set(metric.name, metric);
        }
    }
    if (metrics.size === 0 && files.length > 0 && !missingOk) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`metrics: no metrics found in ${files.slice(0, 5).join(', ')}; a metrics file maps names to numbers, like {"accuracy": 0.91}`, {
            file: files[0],
        });
    }
    return { metrics, files, missing, failedRuns, records };
}
/**
 * Parses one metrics file. `follow` lists further files a `dvc.yaml` points at (relative to the root);
 * `runFailure` says how the run failed, for a run record of a failed run; `record` is a run record as read.
 */
async function parseMetricsFile(path, text, format = 'auto') {
    const kind = format === 'auto' ? detectFormat(path, text) : format;
    if (kind === 'csv')
        return { metrics: csvMetrics(path, text), follow: [] };
    const tree = kind === 'json' ? parseJson(path, text) : await parseYamlTree(path, text);
    const root = tree.value;
    if (root === null || typeof root !== 'object' || Array.isArray(root)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`metrics: ${path}:1: expected an object of metric names to values, found ${describe(root)}`, { file: path, line: 1 });
    }
    const object = root;
    if (/(^|\/)dvc\.ya?ml$/.test(path))
        return { metrics: [], follow: dvcMetricFiles(path, object) };
    const body = object.kind === _run_record_js__WEBPACK_IMPORTED_MODULE_5__/* .RUN_RECORD_KIND */ .fL ? object.metrics : object;
    const metrics = [];
    if (object.kind === _run_record_js__WEBPACK_IMPORTED_MODULE_5__/* .RUN_RECORD_KIND */ .fL && (body === null || typeof body !== 'object')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`metrics: ${path}: this run record has no 'metrics' object`, { file: path });
    }
    const fail = (what) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`metrics: ${path}: ${what}`, { file: path });
    flatten(body, '', (name, value) => metrics.push({ name, value, source: { file: path, line: tree.lineOf(name) } }), fail);
    const runFailure = object.kind === _run_record_js__WEBPACK_IMPORTED_MODULE_5__/* .RUN_RECORD_KIND */ .fL ? recordFailure(object) : undefined;
    const record = object.kind === _run_record_js__WEBPACK_IMPORTED_MODULE_5__/* .RUN_RECORD_KIND */ .fL ? { record: object } : {};
    return { metrics, follow: [], ...record, ...(runFailure ? { runFailure } : {}) };
}
/**
 * Why a run record's training did not succeed (`training failed: exit 2`), as {@link trainingFailure}
 * says it; the record is read as found, so fields of the wrong type are left out rather than trusted.
 */
function recordFailure(record) {
    const { outcome, command, missingOutputs } = record;
    return (0,_run_record_js__WEBPACK_IMPORTED_MODULE_5__/* .trainingFailure */ .lJ)({
        // JSON for what is not text: an object outcome is not named '[object Object]' in the report.
        outcome: outcome === undefined ? undefined : (typeof outcome === 'string' ? outcome : JSON.stringify(outcome)),
        command: (command && typeof command === 'object' ? command : undefined),
        missingOutputs: Array.isArray(missingOutputs) ? missingOutputs.filter((m) => m && typeof m === 'object') : undefined,
    });
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
    // Python's json.dump writes NaN and Infinity bare (a diverged run does); read them as the text
    // "NaN", which the gate then rejects per metric instead of the whole file failing. Strings are
    // matched whole and kept, so a value like "[NaN]" is not quoted open (which refused the file).
    const quoted = clean.replace(/"(?:[^"\\\n]|\\.)*"|([:[,]\s*)(-?Infinity|NaN)(?=\s*[,\]}])/g, (match, before, word) => before === undefined ? match : `${before}"${word}"`);
    for (const candidate of quoted === clean ? [clean] : [clean, quoted]) {
        let value;
        try {
            value = JSON.parse(candidate);
        }
        catch {
            continue;
        }
        const twice = (0,_json_error_js__WEBPACK_IMPORTED_MODULE_4__/* .duplicateJsonKey */ .j)(candidate);
        if (twice)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`metrics: ${path}:${twice.line}: ${twice.reason} (column ${twice.column})`, { file: path, line: twice.line, column: twice.column });
        return { value, lineOf };
    }
    const { line, column, reason } = (0,_json_error_js__WEBPACK_IMPORTED_MODULE_4__/* .locateJsonError */ .R)(text);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`metrics: ${path}:${line}: not valid JSON: ${reason} (column ${column})`, { file: path, line, column });
}
async function parseYamlTree(path, text) {
    const { doc, yaml, lineOf: lineOfNode, toJS } = await (0,_yaml_js__WEBPACK_IMPORTED_MODULE_6__/* .parseYaml */ .h)(text, path, 'metrics: ');
    const { isMap, isScalar } = yaml;
    // Each map's pairs by key text, built on first use: a search of the map per metric made a file of
    // 60,000 metrics take minutes.
    const indexes = new Map();
    const pairs = (map) => {
        let index = indexes.get(map);
        if (!index) {
            index = new Map();
            for (const p of map.items)
                if (isScalar(p.key) && !index.has(String(p.key.value)))
                    index.set(String(p.key.value), p);
            indexes.set(map, index);
        }
        return index;
    };
    const lineOf = (name) => {
        let node = doc.contents;
        for (const key of name.split('.')) {
            if (!isMap(node))
                return undefined;
            const pair = pairs(node).get(key);
            if (!pair)
                return undefined;
            node = pair.value;
            if (!isMap(node))
                return lineOfNode(pair.key);
        }
        return undefined;
    };
    return { value: toJS(), lineOf };
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
            // The next line break not yet counted: each is found once, so a file on one line (minified JSON)
            // is not scanned to its end for every key.
            let next = text.indexOf('\n');
            for (const m of text.matchAll(/"(?:[^"\\\n]|\\.)*"/g)) {
                while (next !== -1 && next < m.index) {
                    line++;
                    next = text.indexOf('\n', next + 1);
                }
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
    const rows = (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCsv */ .W)(text, path, path.toLowerCase().endsWith('.tsv') ? '\t' : ',');
    const header = rows[0];
    if (!header || header.cells.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`metrics: ${path}:1: the CSV file is empty`, { file: path, line: 1 });
    const names = header.cells.map((c) => c.trim().toLowerCase());
    if (names.length === 2 && ['name', 'metric'].includes(names[0]) && names[1] === 'value') {
        return rows.slice(1).map((row) => {
            const name = row.cells[0].trim();
            if (name === '')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`metrics: ${path}:${row.line}: empty metric name`, { file: path, line: row.line });
            return { name, value: numberOrText(row.cells[1]), source: { file: path, line: row.line } };
        });
    }
    if (rows.length !== 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`metrics: ${path}:${rows[2]?.line ?? 1}: a CSV metrics file is either 'name,value' rows or one header row and one row of values; found ${rows.length - 1} rows of values`, { file: path, line: rows[2]?.line ?? 1 });
    }
    const values = rows[1];
    const blank = header.cells.findIndex((c) => c.trim() === '');
    if (blank >= 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`metrics: ${path}:${header.line}: column ${blank + 1} of the header has no name (pandas writes its index so: use to_csv(index=False))`, {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`metrics: ${path}: lists no metrics files (no 'metrics:' at the top or in a stage)`, { file: path });
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
/** `; did you mean 'metrics.json'?` for a mistyped file name, from the files beside where it should be. */
async function nearFile(source, path) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(path);
    const names = await source.list(dir === '.' ? '' : dir).catch(() => []);
    const hit = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_7__.closest)(path, names.filter((n) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(n) === dir));
    return hit === undefined ? '' : `; did you mean '${hit}'?`;
}


/***/ })

};
