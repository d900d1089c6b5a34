export const id = 5836;
export const ids = [5836,9598];
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

/***/ 37980:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aY: () => (/* binding */ code),
  ZD: () => (/* binding */ escapeHtml),
  FV: () => (/* binding */ escapeMarkdown),
  h8: () => (/* binding */ htmlCode),
  YY: () => (/* binding */ linkUrl),
  s8: () => (/* binding */ markerKey),
  zq: () => (/* binding */ rowLength),
  tp: () => (/* binding */ table)
});

;// CONCATENATED MODULE: ./node_modules/markdown-table/index.js
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

;// CONCATENATED MODULE: ./build/core/markdown.js

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
    // `` is no code span: GitHub's renderer then pairs the backticks of the spans after it on the line
    // otherwise, and one of those texts renders as markdown and HTML. One space is an empty code span.
    if (t === '')
        return '` `';
    if (options.inTable)
        t = t.replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    // A span that starts or ends with a backtick or a space needs a space of padding, which is stripped.
    const pad = /^[` ]|[` ]$/.test(t) ? ' ' : '';
    return `${fence}${pad}${t}${pad}${fence}`;
}
/**
 * Mentions, autolinks and references (GitHub's #1 and GH-1, GitLab's !1 ~label %milestone $snippet
 * &epic ^) are found in rendered text, where an escape no longer exists; a zero-width space breaks the
 * pattern without changing what is read.
 */
function breakReferences(text) {
    return text
        .replace(/@/g, '\u200b@\u200b')
        .replace(/:\/\//g, ':\u200b//')
        .replace(/www\./gi, (m) => `${m.slice(0, 3)}\u200b.`)
        .replace(/\b(GH)-(?=\d)/gi, '$1-\u200b')
        .replace(/([#!~%$&^])(?=[\w"'])/g, '$1\u200b');
}
/** A URL safe to place in a markdown or HTML link: plain http(s), nothing that could end the link or add markup. */
function linkUrl(url) {
    return url && /^https?:\/\/[^\s()<>[\]"']+$/.test(url) ? url : undefined;
}
/**
 * Untrusted text as prose (a title): renders as the literal text, with no HTML, emphasis, links,
 * autolinks, mentions, references or block syntax (where it starts a paragraph) on GitHub or GitLab. Newlines become spaces.
 */
function escapeMarkdown(text, maxLength = 200) {
    const t = breakReferences(shorten(text, maxLength));
    return (t
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // Only what is markdown inside a paragraph or a table cell: block syntax cannot start mid-line.
        .replace(/[\\`*_[\]~]/g, (c) => `\\${c}`)
        .replace(/\|/g, '&#124;')
        // A dot before a letter makes a domain (`train.py`, `a.b.cx`) that fuzzy linkers (markdown-it,
        // chat clients) link; the escaped dot renders the same and links nothing.
        .replace(/\.(?=\p{L})/gu, '\\.')
        // Placed at the start of a paragraph it must not open a block either: a heading (#), a list item
        // (-, +, 1. or 1)), a rule (---), a setext underline (===), or an indented code block.
        .replace(/^\s+/, '')
        // Nor may it end in a space: `**text **` is no strong emphasis, and the report's bold is lost.
        .replace(/\s+$/, '')
        .replace(/^([#+=-])/, '\\$1')
        .replace(/^(\d{1,9})([.)])/, '$1\\$2'));
}
/**
 * Untrusted text inside HTML the report writes (a `<summary>`): markdown is not read there, so it is
 * HTML-escaped, and mentions, references and autolinks are broken as in {@link escapeMarkdown}.
 */
function escapeHtml(text, maxLength = 200) {
    return breakReferences(shorten(text, maxLength)).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** Untrusted text as `<code>` inside HTML the report writes. */
function htmlCode(text, maxLength = 200) {
    return `<code>${escapeHtml(text, maxLength)}</code>`;
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
    return markdownTable([header, ...rows], { alignDelimiters: false, align: align ? [...align] : undefined });
}


/***/ }),

/***/ 47904:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ sameBytes),
/* harmony export */   y: () => (/* binding */ hashBytes)
/* harmony export */ });
/**
 * Hashing and comparing byte ranges, shared by the byte-keyed tables of the validator's hot loop
 * (category counts, memoised text predicates): cells are looked up by their bytes so that a cell
 * seen before costs no string.
 */
/** MurmurHash3 (x86, 32-bit) of `buf[s, e)`: four bytes per step, well mixed in every bit. */
function hashBytes(buf, s, e) {
    let h = 0x9747b28c;
    let p = s;
    for (; p + 4 <= e; p += 4) {
        let k = buf[p] | (buf[p + 1] << 8) | (buf[p + 2] << 16) | (buf[p + 3] << 24);
        k = Math.imul(k, 0xcc9e2d51);
        k = (k << 15) | (k >>> 17);
        h ^= Math.imul(k, 0x1b873593);
        h = (h << 13) | (h >>> 19);
        h = (Math.imul(h, 5) + 0xe6546b64) | 0;
    }
    let k = 0;
    switch (e - p) {
        case 3:
            k ^= buf[p + 2] << 16;
        // falls through
        case 2:
            k ^= buf[p + 1] << 8;
        // falls through
        case 1:
            k ^= buf[p];
            k = Math.imul(k, 0xcc9e2d51);
            k = (k << 15) | (k >>> 17);
            h ^= Math.imul(k, 0x1b873593);
    }
    h ^= e - s;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/** True when `a[as, as + n)` equals `b[bs, bs + n)`. */
function sameBytes(a, as, b, bs, n) {
    for (let k = 0; k < n; k++)
        if (a[as + k] !== b[bs + k])
            return false;
    return true;
}


/***/ }),

/***/ 46188:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ isAsciiRange),
/* harmony export */   K4: () => (/* binding */ parseYearBytes),
/* harmony export */   O7: () => (/* binding */ codePointLength),
/* harmony export */   PD: () => (/* binding */ parseIntegerBytes),
/* harmony export */   R9: () => (/* binding */ parseBooleanBytes),
/* harmony export */   X8: () => (/* binding */ parseDateBytes),
/* harmony export */   bh: () => (/* binding */ slowNumber),
/* harmony export */   eo: () => (/* binding */ parseDatetimeBytes),
/* harmony export */   ib: () => (/* binding */ isAsciiBuffer),
/* harmony export */   n: () => (/* binding */ isUtf8Range),
/* harmony export */   oX: () => (/* binding */ parseNumberBytes),
/* harmony export */   yQ: () => (/* binding */ parseTimeBytes)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/**
 * Byte-level parsers for the common, default-format cell values: they read the bytes of a cell
 * without making a string and leave the value in `out.num`. Each returns false when the cell is not
 * of the type. Anything off the fast path (long mantissas, exponents) falls back to exact parsing.
 */

const D0 = 0x30;
const D9 = 0x39;
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
// Powers of ten that are exact doubles: mantissa / 10^k is then correctly rounded (Clinger's fast path).
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
const NUMBER_GRAMMAR = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Parses an integer `[+-]?digits`. Beyond 15 digits the value is the nearest double. */
function parseIntegerBytes(buf, s, e, out) {
    let p = s;
    let negative = false;
    if (p < e) {
        const c = buf[p];
        if (c === MINUS) {
            negative = true;
            p++;
        }
        else if (c === PLUS)
            p++;
    }
    if (p >= e || e - p > 15)
        return e - p > 15 ? slowInteger(buf, s, e, out) : false;
    let v = 0;
    for (; p < e; p++) {
        const d = buf[p] - D0;
        if (d < 0 || d > 9)
            return false;
        v = v * 10 + d;
    }
    out.num = negative ? -v : v;
    return true;
}
function slowInteger(buf, s, e, out) {
    const text = Buffer.from(buf.buffer, buf.byteOffset + s, e - s).toString('latin1');
    if (!/^[+-]?\d+$/.test(text))
        return false;
    out.num = Number(text);
    return true;
}
/** Parses a number: decimal with optional exponent, or `NaN`, `INF`, `-INF` (Table Schema). */
function parseNumberBytes(buf, s, e, out) {
    let p = s;
    let negative = false;
    if (p < e) {
        const c = buf[p];
        if (c === MINUS) {
            negative = true;
            p++;
        }
        else if (c === PLUS)
            p++;
    }
    let mantissa = 0;
    let digits = 0;
    let fraction = 0;
    let sawDot = false;
    for (; p < e; p++) {
        const c = buf[p];
        if (c >= D0 && c <= D9) {
            mantissa = mantissa * 10 + (c - D0);
            digits++;
            if (sawDot)
                fraction++;
        }
        else if (c === DOT && !sawDot)
            sawDot = true;
        else
            break;
    }
    if (p === e && digits > 0 && digits <= 15) {
        const v = fraction === 0 ? mantissa : mantissa / POW10[fraction];
        out.num = negative ? -v : v;
        return true;
    }
    return slowNumber(Buffer.from(buf.buffer, buf.byteOffset + s, e - s).toString('latin1'), out);
}
/** The exact path: grammar checked by a regular expression, value by `Number`. */
function slowNumber(text, out) {
    if (NUMBER_GRAMMAR.test(text)) {
        out.num = Number(text);
        return true;
    }
    if (text === 'NaN')
        out.num = NaN;
    else if (text === 'INF' || text === '+INF')
        out.num = Infinity;
    else if (text === '-INF')
        out.num = -Infinity;
    else
        return false;
    return true;
}
function digits2(buf, p) {
    const a = buf[p] - D0;
    const b = buf[p + 1] - D0;
    return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}
function digits4(buf, p) {
    const a = digits2(buf, p);
    const b = digits2(buf, p + 2);
    return a < 0 || b < 0 ? -1 : a * 100 + b;
}
function daysInMonth(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
/** Days since 1970-01-01 of a proleptic Gregorian date (no Date object, any year). */
function epochDay(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
/** Parses `YYYY-MM-DD` at `p`; the value is days since the epoch, or -Infinity when invalid. */
function dateAt(buf, p) {
    const year = digits4(buf, p);
    const month = digits2(buf, p + 5);
    const day = digits2(buf, p + 8);
    if (year < 0 || buf[p + 4] !== MINUS || buf[p + 7] !== MINUS || month < 1 || month > 12 || day < 1)
        return -Infinity;
    if (day > daysInMonth(year, month))
        return -Infinity;
    return epochDay(year, month, day);
}
/** Parses an ISO date `YYYY-MM-DD` into days since 1970-01-01. */
function parseDateBytes(buf, s, e, out) {
    if (e - s !== 10)
        return false;
    const v = dateAt(buf, s);
    if (v === -Infinity)
        return false;
    out.num = v;
    return true;
}
/**
 * Parses `hh:mm:ss[.fraction][Z|±hh:mm]` at `p` up to `e`; the value is seconds (an offset moves it
 * to UTC), or NaN when invalid.
 */
function timeAt(buf, p, e) {
    if (e - p < 8)
        return NaN;
    const h = digits2(buf, p);
    const m = digits2(buf, p + 3);
    const sec = digits2(buf, p + 6);
    if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 60 || buf[p + 2] !== 0x3a || buf[p + 5] !== 0x3a)
        return NaN;
    let v = h * 3600 + m * 60 + sec;
    let q = p + 8;
    if (q < e && buf[q] === DOT) {
        q++;
        let scale = 0.1;
        const from = q;
        while (q < e && buf[q] >= D0 && buf[q] <= D9) {
            v += (buf[q] - D0) * scale;
            scale /= 10;
            q++;
        }
        if (q === from)
            return NaN;
    }
    if (q === e)
        return v;
    if (buf[q] === 0x5a && q + 1 === e)
        return v;
    const sign = buf[q];
    if ((sign === PLUS || sign === MINUS) && e - q === 6 && buf[q + 3] === 0x3a) {
        const oh = digits2(buf, q + 1);
        const om = digits2(buf, q + 4);
        if (oh < 0 || oh > 23 || om < 0 || om > 59)
            return NaN;
        const offset = oh * 3600 + om * 60;
        return sign === PLUS ? v - offset : v + offset;
    }
    return NaN;
}
/** Parses an ISO time `hh:mm:ss[.f][Z|±hh:mm]` into seconds since midnight (UTC when offset). */
function parseTimeBytes(buf, s, e, out) {
    const v = timeAt(buf, s, e);
    if (Number.isNaN(v))
        return false;
    out.num = v;
    return true;
}
/** Parses an ISO datetime `YYYY-MM-DDThh:mm:ss[.f][Z|±hh:mm]` into seconds since the epoch. */
function parseDatetimeBytes(buf, s, e, out) {
    if (e - s < 19 || buf[s + 10] !== 0x54)
        return false;
    const day = dateAt(buf, s);
    if (day === -Infinity)
        return false;
    const t = timeAt(buf, s + 11, e);
    if (Number.isNaN(t))
        return false;
    out.num = day * 86400 + t;
    return true;
}
/**
 * Parses a boolean with Table Schema's default values: `true`, `True`, `TRUE`, `1` are 1 and
 * `false`, `False`, `FALSE`, `0` are 0 (no other casing).
 */
function parseBooleanBytes(buf, s, e, out) {
    const n = e - s;
    if (n === 1) {
        const c = buf[s];
        if (c === D0 + 1 || c === D0) {
            out.num = c === D0 ? 0 : 1;
            return true;
        }
        return false;
    }
    const first = buf[s];
    // The rest is all lower case ("true", "True") or all upper case after the first letter ("TRUE").
    const upper = n > 1 && buf[s + 1] < 0x61;
    if (n === 4 && (first === 0x74 || first === 0x54) && sameWord(buf, s + 1, upper ? 'RUE' : 'rue')) {
        if (upper && first !== 0x54)
            return false;
        out.num = 1;
        return true;
    }
    if (n === 5 && (first === 0x66 || first === 0x46) && sameWord(buf, s + 1, upper ? 'ALSE' : 'alse')) {
        if (upper && first !== 0x46)
            return false;
        out.num = 0;
        return true;
    }
    return false;
}
function sameWord(buf, p, word) {
    for (let k = 0; k < word.length; k++)
        if (buf[p + k] !== word.charCodeAt(k))
            return false;
    return true;
}
/** Parses a year: an integer of four digits, optionally signed. */
function parseYearBytes(buf, s, e, out) {
    const sign = buf[s] === MINUS || buf[s] === PLUS ? 1 : 0;
    if (e - s - sign !== 4)
        return false;
    return parseIntegerBytes(buf, s, e, out);
}
/** True when bytes `[s, e)` are all ASCII (the fast path of every decode). */
function isAsciiRange(buf, s, e) {
    for (let p = s; p < e; p++)
        if (buf[p] >= 0x80)
            return false;
    return true;
}
/** True when every byte of `buf` is ASCII: {@link isAsciiRange} for a whole buffer, natively (SIMD), which pays past a few hundred bytes. */
function isAsciiBuffer(buf) {
    return (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(buf);
}
/** True when bytes `[s, e)` are valid UTF-8. */
function isUtf8Range(buf, s, e) {
    return isAsciiRange(buf, s, e) || (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(s, e));
}
/** Number of Unicode code points in valid UTF-8 bytes `[s, e)`: every byte that does not continue one. */
function codePointLength(buf, s, e) {
    let n = 0;
    for (let p = s; p < e; p++)
        if ((buf[p] & 0xc0) !== 0x80)
            n++;
    return n;
}


/***/ }),

/***/ 79202:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ truncateCell),
/* harmony export */   X: () => (/* binding */ CheckTally)
/* harmony export */ });
/** Cuts a cell for messages: 100 characters at most. */
function truncateCell(text) {
    return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}
/**
 * Collects results check by check. Checks are registered up front (so passing ones are reported
 * too); failures cost a counter increment once the examples are full.
 */
class CheckTally {
    maxExamples;
    results = new Map();
    constructor(maxExamples) {
        this.maxExamples = maxExamples;
    }
    /** Registers a check (idempotent) and returns its result to fail into. */
    check(id, title, severity = 'error') {
        let result = this.results.get(id);
        if (!result) {
            result = { id, title, severity, passed: true, count: 0, examples: [] };
            this.results.set(id, result);
        }
        return result;
    }
    /** True when `result` still wants examples (build the error only then). */
    wantsExample(result) {
        return result.examples.length < this.maxExamples;
    }
    /** Counts one failure; keeps the error as an example while there is room. */
    fail(result, error, count = 1) {
        result.passed = false;
        result.count += count;
        if (result.examples.length < this.maxExamples)
            result.examples.push(typeof error === 'function' ? error() : error);
    }
    /** Every check, in registration order. */
    all() {
        return [...this.results.values()];
    }
}


/***/ }),

/***/ 99644:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VP: () => (/* binding */ RunningStats),
/* harmony export */   f$: () => (/* binding */ parseDatasetChecks),
/* harmony export */   zu: () => (/* binding */ withinBounds)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

const TOP_KEYS = ['rows', 'nullFraction', 'duplicateRows', 'stats', 'newCategories'];
/**
 * Checks a parsed `checks` value and returns it typed; `origin` names where it came from (a file or
 * an input). Any mistake is a {@link UserError} naming the key and what is allowed. Column names are
 * checked against `columns` when given.
 */
function parseDatasetChecks(value, origin, columns) {
    const fail = (key, message) => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${origin}: checks.${key}: ${message}`);
    };
    const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
    if (value === undefined || value === null)
        return {};
    if (!isObject(value))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${origin}: checks must be a mapping with keys ${TOP_KEYS.join(', ')}`);
    for (const key of Object.keys(value))
        if (!TOP_KEYS.includes(key))
            fail(key, `unknown check; allowed: ${TOP_KEYS.join(', ')}`);
    const column = (key, name) => {
        if (columns && !columns.includes(name))
            fail(`${key}.${name}`, `no such field in the schema; fields: ${columns.join(', ')}`);
    };
    const bounds = (key, v, integer = false) => {
        if (!isObject(v))
            fail(key, 'must be a mapping with min and/or max');
        const out = {};
        for (const [k, x] of Object.entries(v)) {
            if (k !== 'min' && k !== 'max')
                fail(`${key}.${k}`, 'unknown bound; allowed: min, max');
            if (typeof x !== 'number' || !Number.isFinite(x) || (integer && !Number.isInteger(x)))
                fail(`${key}.${k}`, `must be ${integer ? 'a whole number' : 'a number'}`);
            out[k] = x;
        }
        if (out.min !== undefined && out.max !== undefined && out.min > out.max)
            fail(key, `min ${out.min} is above max ${out.max}`);
        return out;
    };
    const out = {};
    if (value.rows !== undefined)
        out.rows = bounds('rows', value.rows, true);
    if (value.nullFraction !== undefined) {
        if (!isObject(value.nullFraction))
            fail('nullFraction', 'must map column names to the largest allowed fraction of missing cells (0 to 1)');
        out.nullFraction = {};
        for (const [name, x] of Object.entries(value.nullFraction)) {
            column('nullFraction', name);
            if (typeof x !== 'number' || !(x >= 0 && x <= 1))
                fail(`nullFraction.${name}`, 'must be a number from 0 to 1');
            out.nullFraction[name] = x;
        }
    }
    if (value.duplicateRows !== undefined) {
        if (value.duplicateRows !== 'fail' && value.duplicateRows !== 'warn' && value.duplicateRows !== 'ignore')
            fail('duplicateRows', 'must be fail, warn or ignore');
        out.duplicateRows = value.duplicateRows;
    }
    if (value.stats !== undefined) {
        if (!isObject(value.stats))
            fail('stats', 'must map column names to { mean, median, stdev } bounds');
        out.stats = {};
        for (const [name, x] of Object.entries(value.stats)) {
            column('stats', name);
            if (!isObject(x))
                fail(`stats.${name}`, 'must be a mapping with mean, median and/or stdev');
            const entry = {};
            for (const [stat, b] of Object.entries(x)) {
                if (stat !== 'mean' && stat !== 'median' && stat !== 'stdev')
                    fail(`stats.${name}.${stat}`, 'unknown statistic; allowed: mean, median, stdev');
                entry[stat] = bounds(`stats.${name}.${stat}`, b);
            }
            out.stats[name] = entry;
        }
    }
    if (value.newCategories !== undefined) {
        if (!isObject(value.newCategories))
            fail('newCategories', 'must map column names to fail or warn');
        out.newCategories = {};
        for (const [name, x] of Object.entries(value.newCategories)) {
            column('newCategories', name);
            if (x !== 'fail' && x !== 'warn')
                fail(`newCategories.${name}`, 'must be fail or warn');
            out.newCategories[name] = x;
        }
    }
    return out;
}
/** Exact running mean and variance (Welford), mergeable. */
class RunningStats {
    count = 0;
    mean = 0;
    m2 = 0;
    /** Adds a finite value. */
    add(x) {
        this.count++;
        const delta = x - this.mean;
        this.mean += delta / this.count;
        this.m2 += delta * (x - this.mean);
    }
    /** The exact state, to move the statistics between threads. */
    get state() {
        return [this.count, this.mean, this.m2];
    }
    /** Restores a {@link state} taken elsewhere. */
    set state([count, mean, m2]) {
        this.count = count;
        this.mean = mean;
        this.m2 = m2;
    }
    /** Sample standard deviation (n - 1), undefined below two values. */
    get stdev() {
        return this.count < 2 ? undefined : Math.sqrt(this.m2 / (this.count - 1));
    }
}
/** Whether `value` is inside `bounds`, and the bounds in words. */
function withinBounds(value, bounds) {
    const parts = [bounds.min !== undefined ? `>= ${bounds.min}` : '', bounds.max !== undefined ? `<= ${bounds.max}` : ''].filter(Boolean);
    const ok = (bounds.min === undefined || value >= bounds.min) && (bounds.max === undefined || value <= bounds.max);
    return { ok, allowed: parts.join(' and ') };
}


/***/ }),

/***/ 15843:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lH: () => (/* binding */ ColumnValidator),
  Cc: () => (/* binding */ FIRST_DAY),
  Gy: () => (/* binding */ LAST_DAY)
});

// EXTERNAL MODULE: ./build/data/cell-parsers.js
var cell_parsers = __webpack_require__(46188);
// EXTERNAL MODULE: ./build/data/check-results.js
var check_results = __webpack_require__(79202);
// EXTERNAL MODULE: ./build/data/text-memo.js
var text_memo = __webpack_require__(95077);
;// CONCATENATED MODULE: ./build/data/row-validator.js



/**
 * Checks rows, cell by cell, straight from the bytes the readers hand over. One instance serves all
 * sources of a dataset (uniqueness spans files); {@link startSource} sets the column mapping.
 */
class RowValidator {
    fields;
    checks;
    extras;
    keys;
    tally;
    shape;
    encoding;
    profile;
    ownedFields;
    rowLevel;
    rows = 0;
    /** Missing cells and rows where the column exists, per field. */
    nulls;
    present;
    columnOfField = new Int32Array(0);
    width = 0;
    source = 0;
    file = '';
    value = { num: 0 };
    keyBuf = Buffer.alloc(1024);
    /** The fields {@link row} checks: {@link ownedFields}, or fewer (see {@link restrict}). */
    owned;
    deferredEncoding;
    constructor(fields, checks, extras, keys, tally, shape, encoding, profile, 
    /** 1 for the fields this validator checks (another thread may check the others). */
    ownedFields = new Uint8Array(fields.length).fill(1), 
    /** Whether this validator checks row shapes (its keys are given in `keys`). */
    rowLevel = true) {
        this.fields = fields;
        this.checks = checks;
        this.extras = extras;
        this.keys = keys;
        this.tally = tally;
        this.shape = shape;
        this.encoding = encoding;
        this.profile = profile;
        this.ownedFields = ownedFields;
        this.rowLevel = rowLevel;
        this.nulls = new Float64Array(fields.length);
        this.present = new Float64Array(fields.length);
        this.owned = ownedFields;
    }
    /** Starts a file: which column holds each field, how many columns the header has. */
    startSource(source, file, columnOfField, width) {
        this.source = source;
        this.file = file;
        this.columnOfField = columnOfField;
        this.width = width;
    }
    error(type, record, message, f, cell) {
        const error = { type, severity: 'error', file: this.file, rowNumber: record.index + 1, message };
        if (record.line > 0)
            error.line = record.line;
        if (f) {
            error.fieldName = f.name;
            error.fieldNumber = f.number;
        }
        if (cell !== undefined)
            error.cell = (0,check_results/* truncateCell */.F)(cell);
        return error;
    }
    /** Checks one data row. */
    row(record) {
        this.rows++;
        this.profile?.addRows(1);
        const count = record.count;
        if (count === 1 && this.width > 1 && record.quoting[0] === 0 /* Quoting.Plain */ && record.starts[0] === record.ends[0]) {
            if (this.rowLevel)
                this.tally.fail(this.shape, () => this.error('blank-row', record, 'the row is empty'));
            return;
        }
        if (count !== this.width && this.rowLevel) {
            const type = count < this.width ? 'missing-cell' : 'extra-cell';
            this.tally.fail(this.shape, () => this.error(type, record, `the row has ${count} cells, the header ${this.width}${count > this.width ? '' : '; missing cells are not filled in'}`));
        }
        const owned = this.owned;
        for (let f = 0; f < owned.length; f++) {
            const column = this.columnOfField[f];
            if (column < 0 || column >= count || owned[f] === 0)
                continue;
            // bufferOf first: it may move an escaped field into a scratch buffer, changing its bounds.
            const buf = record.bufferOf(column);
            this.cell(f, buf, record.starts[column], record.ends[column], record.quoting[column] === 3 /* Quoting.Null */, record);
        }
        for (let k = 0; k < this.keys.length; k++)
            this.key(this.keys[k], record);
    }
    /**
     * Checks one cell of field `f`, the bytes `buf[s, e)` as a CSV holds them (`isNull`: a null, not an
     * empty text). Every reader's path for a cell ends here or in {@link tryNumber}.
     */
    cell(f, buf, s, e, isNull, at) {
        const field = this.fields[f];
        const extra = this.extras[f];
        const value = this.value;
        this.present[f] = this.present[f] + 1;
        if (isNull || (field.missingIsEmpty ? s === e : field.isMissing(buf, s, e))) {
            this.nulls[f] = this.nulls[f] + 1;
            if (field.required) {
                const check = this.checks[f].required;
                this.tally.fail(check, () => this.error('constraint-error', at, `'${field.name}' is required but the cell is missing`, field, ''));
            }
            if (extra.profileColumn >= 0)
                this.profile?.addNull(extra.profileColumn);
            return;
        }
        if (field.textual && !(0,cell_parsers/* isAsciiRange */.Jk)(buf, s, e) && !(0,cell_parsers/* isUtf8Range */.n)(buf, s, e)) {
            const error = this.error('encoding-error', at, 'the cell is not valid UTF-8', field, buf.toString('latin1', s, e));
            if (this.deferredEncoding)
                this.deferredEncoding.push(error);
            else
                this.tally.fail(this.encoding, error);
            return;
        }
        // Direct calls for the default forms: the generic `field.parse` call site sees every type.
        let parsed;
        switch (field.parseKind) {
            case 1 /* ParseKind.Integer */:
                parsed = (0,cell_parsers/* parseIntegerBytes */.PD)(buf, s, e, value);
                break;
            case 2 /* ParseKind.Number */:
                parsed = (0,cell_parsers/* parseNumberBytes */.oX)(buf, s, e, value);
                break;
            case 3 /* ParseKind.Date */:
                parsed = (0,cell_parsers/* parseDateBytes */.X8)(buf, s, e, value);
                break;
            case 4 /* ParseKind.Text */:
                parsed = true;
                break;
            case 5 /* ParseKind.Boolean */:
                parsed = (0,cell_parsers/* parseBooleanBytes */.R9)(buf, s, e, value);
                break;
            default:
                parsed = field.parse(buf, s, e, value);
        }
        if (!parsed) {
            const check = this.checks[f].type;
            this.tally.fail(check, () => this.error('type-error', at, `'${buf.toString('utf8', s, e)}' is not a valid ${field.type}`, field, buf.toString('utf8', s, e)));
            return;
        }
        const constraints = field.constraints;
        for (let k = 0; k < constraints.length; k++) {
            const constraint = constraints[k];
            let ok;
            switch (constraint.op) {
                case 1 /* BoundOp.Minimum */:
                    ok = value.num >= constraint.bound;
                    break;
                case 2 /* BoundOp.Maximum */:
                    ok = value.num <= constraint.bound;
                    break;
                case 3 /* BoundOp.ExclusiveMinimum */:
                    ok = value.num > constraint.bound;
                    break;
                case 4 /* BoundOp.ExclusiveMaximum */:
                    ok = value.num < constraint.bound;
                    break;
                default:
                    ok = constraint.test(buf, s, e, value);
            }
            if (!ok) {
                const check = this.checks[f].constraints[k];
                this.tally.fail(check, () => this.error('constraint-error', at, `'${buf.toString('utf8', s, e)}' breaks ${constraint.name}: ${field.name} must be ${constraint.allowed}`, field, buf.toString('utf8', s, e)));
            }
        }
        if (extra.unique) {
            if (field.numeric) {
                // -0 and 0 are one value: `+ 0` makes -0 into 0.
                extra.unique.addNumber(value.num + 0, this.source, at.index + 1, at.line);
            }
            else
                extra.unique.add(buf, s, e, this.source, at.index + 1, at.line);
        }
        this.parsedTail(field, extra, at, buf, s, e);
    }
    /** Running statistics, the profile and new categories of a parsed, checked cell. */
    parsedTail(field, extra, at, buf, s, e) {
        const value = this.value;
        if (extra.stats && Number.isFinite(value.num))
            extra.stats.add(value.num);
        if (extra.profileColumn >= 0 && this.profile) {
            if (field.profileKind === 'numeric')
                this.profile.addNumber(extra.profileColumn, value.num);
            else if (field.type === 'boolean')
                this.profile.addBoolean(extra.profileColumn, value.num === 1);
            else
                this.profile.addCategoryBytes(extra.profileColumn, buf, s, e);
        }
        if (extra.reference)
            this.checkCategory(field, extra, extra.reference, buf, s, e, at);
    }
    /** The column holding field `f` in the current source, or -1. */
    columnOf(f) {
        return this.columnOfField[f] ?? -1;
    }
    /** Whether this validator checks field `f`. */
    owns(f) {
        return this.ownedFields[f] === 1;
    }
    /**
     * Which fields {@link row} checks, within those this validator owns (all of them again without a
     * mask): a Parquet reader checks some fields by column and the rest, with the keys, by row.
     */
    restrict(mask) {
        this.owned = mask ? this.ownedFields.map((o, i) => o & mask[i]) : this.ownedFields;
    }
    /** Holds encoding errors back until {@link flushEncoding}, which counts them by row, then field. */
    deferEncoding() {
        this.deferredEncoding ??= [];
    }
    flushEncoding() {
        const errors = this.deferredEncoding;
        if (!errors)
            return;
        errors.sort((a, b) => (a.rowNumber ?? 0) - (b.rowNumber ?? 0) || (a.fieldNumber ?? 0) - (b.fieldNumber ?? 0));
        for (const error of errors)
            this.tally.fail(this.encoding, error);
        errors.length = 0;
    }
    /** newCategories: counts the cell when the reference profile lacks its category. */
    checkCategory(field, extra, reference, buf, s, e, record) {
        if (field.type === 'boolean') {
            const text = this.value.num === 1 ? 'true' : 'false';
            if (!reference.has(text))
                this.newCategory(extra, text, record);
            return;
        }
        extra.referenceMemo ??= new text_memo/* TextMemo */.O((text) => reference.has(text));
        if (!extra.referenceMemo.test(buf, s, e))
            this.newCategory(extra, buf.toString('utf8', s, e), record);
    }
    newCategory(extra, text, record) {
        extra.newValues ??= new Map();
        const seen = extra.newValues.get(text);
        if (seen)
            seen.count++;
        // Bounded: a column of ids would otherwise grow without limit; the count stays exact via `count`.
        else if (extra.newValues.size < 10_000)
            extra.newValues.set(text, { count: 1, rowNumber: record.index + 1, line: record.line, source: this.source });
    }
    /** Appends the cells of a composite key as length-prefixed bytes; false when a part is missing. */
    key(key, record) {
        let at = 0;
        const parts = key.fields.length > 0 ? key.fields.length : record.count;
        for (let k = 0; k < parts; k++) {
            let column;
            let field;
            if (key.fields.length > 0) {
                field = this.fields[key.fields[k]];
                column = this.columnOfField[key.fields[k]];
                if (column < 0 || column >= record.count)
                    return;
            }
            else
                column = k;
            const buf = record.bufferOf(column);
            const s = record.starts[column];
            const e = record.ends[column];
            const isNull = record.quoting[column] === 3 /* Quoting.Null */ || (field !== undefined && field.isMissing(buf, s, e));
            if (isNull && field) {
                if (key.primary) {
                    this.tally.fail(key.check, () => this.error('primary-key', record, `primary key field '${field.name}' is missing; primary key cells must not be empty`, field, ''));
                }
                return;
            }
            if (at + 5 + (e - s) > this.keyBuf.length) {
                const grown = Buffer.alloc(Math.max(this.keyBuf.length * 2, at + 5 + (e - s)));
                this.keyBuf.copy(grown, 0, 0, at);
                this.keyBuf = grown;
            }
            this.keyBuf[at] = isNull ? 1 : 0;
            this.keyBuf.writeUInt32LE(e - s, at + 1);
            buf.copy(this.keyBuf, at + 5, s, e);
            at += 5 + (e - s);
        }
        key.index.add(this.keyBuf, 0, at, this.source, record.index + 1, record.line);
    }
}

;// CONCATENATED MODULE: ./build/data/column-validator.js
/**
 * The checks of a typed column at once (Parquet): a row group's values of one field in one call,
 * with exactly the results the row validator gives them cell by cell, in row order.
 */


/** Days of 0000-01-01 and 9999-12-31: a Parquet date outside is not an ISO `YYYY-MM-DD` date. */
const FIRST_DAY = -719528;
const LAST_DAY = 2932896;
const EMPTY = Buffer.alloc(0);
const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');
/** Whether a numeric bound holds for `v`; undefined for a constraint that is not a bound. */
function boundHolds(c, v) {
    switch (c.op) {
        case 1 /* BoundOp.Minimum */:
            return v >= c.bound;
        case 2 /* BoundOp.Maximum */:
            return v <= c.bound;
        case 3 /* BoundOp.ExclusiveMinimum */:
            return v > c.bound;
        case 4 /* BoundOp.ExclusiveMaximum */:
            return v < c.bound;
        default:
            return undefined;
    }
}
/** A {@link RowValidator} that also takes a field's typed column of a row group at once. */
class ColumnValidator extends RowValidator {
    /**
     * The fast path of a typed value (Parquet): a number, date (days) or boolean (1/0) that `f` reads as
     * it would read its text, every constraint a bound it meets. Returns false, having done nothing,
     * when the value needs its text: the caller then checks the text with {@link cell}.
     */
    tryNumber(f, v, at) {
        const field = this.fields[f];
        const extra = this.extras[f];
        // New categories are looked up by their text (a boolean's by its value).
        if (extra.reference && field.type !== 'boolean')
            return false;
        const constraints = field.constraints;
        // Only bounds are checked without the text.
        for (let k = 0; k < constraints.length; k++)
            if (boundHolds(constraints[k], v) !== true)
                return false;
        this.present[f] = this.present[f] + 1;
        this.value.num = v;
        extra.unique?.addNumber(v + 0, this.source, at.index + 1, at.line);
        this.parsedTail(field, extra, at, EMPTY, 0, 0);
        return true;
    }
    /**
     * {@link tryNumber} for a column at once: the typed values `values[0, rows)` of field `f` (rows
     * `at.index + 1` on; `nulls[i] === 1` marks a null), each of `kind` read exactly as its text would
     * be. Returns false, having done nothing, unless every value takes the fast path: the caller then
     * checks value by value. Bounds hold for every value when they hold for the least and the greatest.
     */
    numbers(f, values, nulls, rows, kind, at) {
        const field = this.fields[f];
        const extra = this.extras[f];
        if (extra.reference && field.type !== 'boolean')
            return false;
        let least = Infinity;
        let greatest = -Infinity;
        for (let i = 0; i < rows; i++) {
            if (nulls !== undefined && nulls[i] === 1)
                continue;
            const v = values[i];
            if (v < least)
                least = v;
            if (v > greatest)
                greatest = v;
            if (v !== v || (kind === 'integer' && !Number.isSafeInteger(v)))
                return false;
        }
        if (kind === 'date' && (least < FIRST_DAY || greatest > LAST_DAY))
            return false;
        for (const c of field.constraints)
            if (least <= greatest && (boundHolds(c, least) !== true || boundHolds(c, greatest) !== true))
                return false;
        const first = at.index;
        const profile = extra.profileColumn >= 0 ? this.profile : undefined;
        // A boolean's new categories are looked up value by value; anything else is counted here.
        const each = extra.reference !== undefined;
        const booleans = field.type === 'boolean' && profile !== undefined;
        const isNull = (i) => nulls !== undefined && nulls[i] === 1;
        // One pass per kind of work; each keeps row order, which is all its results depend on.
        if (nulls !== undefined) {
            for (let i = 0; i < rows; i++) {
                if (nulls[i] !== 1)
                    continue;
                at.index = first + i;
                this.cell(f, EMPTY, 0, 0, true, at);
            }
        }
        const unique = extra.unique;
        if (unique)
            for (let i = 0; i < rows; i++)
                if (!isNull(i))
                    unique.addNumber(values[i] + 0, this.source, first + i + 1, at.line);
        const stats = each ? undefined : extra.stats;
        if (stats) {
            for (let i = 0; i < rows; i++) {
                const v = values[i];
                if (!isNull(i) && v - v === 0)
                    stats.add(v + 0);
            }
        }
        if (each) {
            for (let i = 0; i < rows; i++) {
                if (isNull(i))
                    continue;
                at.index = first + i;
                this.value.num = values[i] + 0;
                this.parsedTail(field, extra, at, EMPTY, 0, 0);
            }
        }
        let ones = 0;
        let firstValue = -1;
        if (booleans && !each) {
            for (let i = 0; i < rows; i++) {
                if (isNull(i))
                    continue;
                if (firstValue < 0)
                    firstValue = values[i];
                ones += values[i];
            }
        }
        let nullCount = 0;
        if (nulls !== undefined)
            for (let i = 0; i < rows; i++)
                nullCount += nulls[i];
        this.present[f] = this.present[f] + rows - nullCount;
        if (each || !profile)
            return true;
        if (booleans) {
            // In the order they first appear, as cell() meets them.
            const counts = firstValue === 1 ? [ones, rows - nullCount - ones] : [rows - nullCount - ones, ones];
            const texts = firstValue === 1 ? [TRUE, FALSE] : [FALSE, TRUE];
            for (let k = 0; k < 2; k++)
                if (counts[k] > 0)
                    profile.addCategoryBytes(extra.profileColumn, texts[k], 0, texts[k].length, counts[k]);
        }
        else if (field.profileKind === 'numeric')
            profile.addNumbers(extra.profileColumn, values, nulls, 0, rows, { present: rows - nullCount, least, greatest, integers: kind === 'number' ? undefined : true });
        return true;
    }
    /**
     * {@link numbers} for a dictionary-encoded column, counted by value: `indexes[i]` is the entry of
     * `entries` row `i` holds. Only for a field whose cells need no row but for nulls (no uniqueness,
     * new categories or running statistics), every value its entries hold taking the fast path, and a
     * profile that counts by value (see {@link ProfileBuilder.addNumberCounts}). Returns false, having
     * done nothing, otherwise: the caller checks the values.
     */
    numberCounts(f, entries, indexes, nulls, rows, kind, at) {
        const field = this.fields[f];
        const extra = this.extras[f];
        if (extra.reference || extra.unique || extra.stats || field.type === 'boolean')
            return false;
        const counts = this.entryCounts(entries.length);
        let nullCount = 0;
        for (let i = 0; i < rows; i++) {
            if (nulls !== undefined && nulls[i] === 1) {
                nullCount++;
                continue;
            }
            const k = indexes[i];
            if (k < 0)
                return false;
            counts[k] = counts[k] + 1;
        }
        let least = Infinity;
        let greatest = -Infinity;
        for (let k = 0; k < entries.length; k++) {
            if (counts[k] === 0)
                continue;
            const v = entries[k];
            if (v !== v || (kind === 'integer' && !Number.isSafeInteger(v)))
                return false;
            if (v < least)
                least = v;
            if (v > greatest)
                greatest = v;
        }
        if (kind === 'date' && (least < FIRST_DAY || greatest > LAST_DAY))
            return false;
        for (const c of field.constraints)
            if (least <= greatest && (boundHolds(c, least) !== true || boundHolds(c, greatest) !== true))
                return false;
        const profile = extra.profileColumn >= 0 && field.profileKind === 'numeric' ? this.profile : undefined;
        if (profile && !profile.addNumberCounts(extra.profileColumn, entries, counts))
            return false;
        if (nulls !== undefined) {
            const first = at.index;
            for (let i = 0; i < rows; i++) {
                if (nulls[i] !== 1)
                    continue;
                at.index = first + i;
                this.cell(f, EMPTY, 0, 0, true, at);
            }
        }
        this.present[f] = this.present[f] + rows - nullCount;
        return true;
    }
    counts = new Float64Array(0);
    /** Zeroed counts for `n` dictionary entries, in one array used again and again. */
    entryCounts(n) {
        if (this.counts.length < n)
            this.counts = new Float64Array(Math.max(n, this.counts.length * 2));
        const counts = this.counts.subarray(0, n);
        counts.fill(0);
        return counts;
    }
    /**
     * {@link cell} for a column of texts at once: `data[starts[i], ends[i])` of field `f` (rows
     * `at.index + 1` on; `nulls[i] === 1` marks a null). Returns false, having done nothing, unless
     * every cell is a text that passes every check: the caller then checks cell by cell. Text of ASCII
     * only (the whole buffer tells) has as many characters as bytes, so its lengths need no count.
     */
    texts(f, data, starts, ends, nulls, rows, at) {
        const field = this.fields[f];
        const extra = this.extras[f];
        if (field.parseKind !== 4 /* ParseKind.Text */ || !field.missingIsEmpty || extra.reference || extra.stats)
            return false;
        const ascii = (0,cell_parsers/* isAsciiBuffer */.ib)(data);
        const constraints = field.constraints;
        const value = this.value;
        for (let i = 0; i < rows; i++) {
            if (nulls !== undefined && nulls[i] === 1)
                continue;
            const s = starts[i];
            const e = ends[i];
            if (s === e || (!ascii && !(0,cell_parsers/* isUtf8Range */.n)(data, s, e)))
                return false;
            for (let k = 0; k < constraints.length; k++) {
                const c = constraints[k];
                const ok = ascii && c.op === 6 /* BoundOp.MaxLength */ ? e - s <= c.bound : ascii && c.op === 5 /* BoundOp.MinLength */ ? e - s >= c.bound : c.test(data, s, e, value);
                if (!ok)
                    return false;
            }
        }
        const first = at.index;
        let present = 0;
        for (let i = 0; i < rows; i++) {
            if (nulls !== undefined && nulls[i] === 1) {
                at.index = first + i;
                this.cell(f, EMPTY, 0, 0, true, at);
            }
            else
                present++;
        }
        this.present[f] = this.present[f] + present;
        const unique = extra.unique;
        if (unique)
            for (let i = 0; i < rows; i++)
                if (nulls === undefined || nulls[i] !== 1)
                    unique.add(data, starts[i], ends[i], this.source, first + i + 1, at.line);
        const profile = extra.profileColumn >= 0 ? this.profile : undefined;
        if (profile)
            for (let i = 0; i < rows; i++)
                if (nulls === undefined || nulls[i] !== 1)
                    profile.addCategoryBytes(extra.profileColumn, data, starts[i], ends[i]);
        return true;
    }
    /**
     * Whether the cells of field `f` may be counted in bulk, value by value ({@link textPasses},
     * {@link countText}): nothing it does depends on the row but counts (no uniqueness, new categories,
     * running statistics or numeric profile).
     */
    countable(f) {
        const field = this.fields[f];
        const extra = this.extras[f];
        return !extra.unique && !extra.reference && !extra.stats && !field.numeric && field.profileKind !== 'numeric';
    }
    /** Whether {@link cell} would pass the text `buf[s, e)` of field `f` (not missing, every check met); no side effects. */
    textPasses(f, buf, s, e) {
        const field = this.fields[f];
        if (field.missingIsEmpty ? s === e : field.isMissing(buf, s, e))
            return false;
        if (field.textual && !(0,cell_parsers/* isAsciiRange */.Jk)(buf, s, e) && !(0,cell_parsers/* isUtf8Range */.n)(buf, s, e))
            return false;
        const value = this.value;
        if (!field.parse(buf, s, e, value))
            return false;
        for (const c of field.constraints)
            if (!(boundHolds(c, value.num) ?? c.test(buf, s, e, value)))
                return false;
        return true;
    }
    /** What {@link cell} does for `count` cells of field `f` holding `buf[s, e)`, which {@link textPasses}. */
    countText(f, buf, s, e, count) {
        const extra = this.extras[f];
        this.present[f] = this.present[f] + count;
        if (extra.profileColumn >= 0)
            this.profile?.addCategoryBytes(extra.profileColumn, buf, s, e, count);
    }
    /** The columns the composite keys read (every column for whole-row repeats), in order; none when this validator checks no keys. */
    keyColumns(width) {
        if (this.keys.length === 0)
            return [];
        if (this.keys.some((k) => k.fields.length === 0))
            return Array.from({ length: width }, (_, i) => i);
        // A key with a column this file lacks is skipped, as row() skips it: none left means no key work.
        const columns = new Set(this.keys.flatMap((k) => k.fields.map((f) => this.columnOf(f)).filter((c) => c >= 0)));
        return [...columns].sort((a, b) => a - b);
    }
    /** Counts rows checked without {@link row} (Parquet fields checked by column). */
    countRows(count) {
        this.rows += count;
        this.profile?.addRows(count);
    }
}


/***/ }),

/***/ 61542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ createEngine),
  $Z: () => (/* binding */ finishUnique),
  tW: () => (/* binding */ readSources)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/data/check-results.js
var check_results = __webpack_require__(79202);
// EXTERNAL MODULE: ./build/data/checks.js
var data_checks = __webpack_require__(99644);
// EXTERNAL MODULE: ./build/data/column-validator.js + 1 modules
var column_validator = __webpack_require__(15843);
// EXTERNAL MODULE: ./build/data/fields.js
var data_fields = __webpack_require__(44592);
;// CONCATENATED MODULE: ./build/data/header-check.js

/**
 * Matches a header against the field names under a Table Schema v2 `fieldsMatch` mode: `exact` maps by
 * position and wants the same names in the same order; `equal` the same names in any order; `subset`
 * all fields, maybe more columns; `superset` only known columns, maybe fewer; `partial` at least one.
 * The other modes map by name.
 *
 * A mismatched CSV header of one column that splits on another delimiter into the schema's fields is
 * one problem that names the delimiter to set, rather than a problem per field; no column is mapped then,
 * so the misread rows add no errors of their own.
 */
function matchHeader(labels, names, mode = 'exact', source = {}) {
    const match = matchLabels(labels, names, mode);
    if (match.problems.length === 0)
        return match;
    const hint = delimiterHint(labels, names, source);
    return hint ? { columnOfField: new Int32Array(names.length).fill(-1), problems: [hint] } : match;
}
/** Delimiters a misread header is split on, most common first; the one it was read with is left out. */
const OTHER_DELIMITERS = [';', '\t', '|', ','];
/**
 * The "set input 'delimiter'" problem when a CSV header read as one column holds another delimiter and,
 * split on it, has schema field names or as many columns as the schema has fields.
 */
function delimiterHint(labels, names, source) {
    if ((source.format !== undefined && source.format !== 'csv') || labels.length !== 1 || names.length === 0)
        return undefined;
    const label = labels[0];
    const known = new Set(names);
    let best;
    for (const delimiter of OTHER_DELIMITERS) {
        if (delimiter === source.delimiter || !label.includes(delimiter))
            continue;
        const parts = label.split(delimiter).map((part) => part.trim().replace(/^"(.*)"$/, '$1'));
        const named = new Set(parts.filter((part) => known.has(part))).size;
        if (named < Math.min(2, names.length) && (names.length < 2 || parts.length < names.length))
            continue;
        if (!best || named > best.named || (named === best.named && parts.length > best.columns))
            best = { delimiter, columns: parts.length, named };
    }
    if (!best)
        return undefined;
    const shown = best.delimiter === '\t' ? '\\t' : best.delimiter;
    const read = source.delimiter === undefined ? 'it reads as' : `read with '${source.delimiter === '\t' ? '\\t' : source.delimiter}' it is`;
    const split = best.named === names.length
        ? `split on '${shown}' it has the schema's ${names.length === 1 ? 'field' : `${names.length} fields`}`
        : best.named > 0
            ? `split on '${shown}' it has ${best.named} of the schema's ${names.length} fields`
            : `split on '${shown}' it has ${best.columns} columns for the schema's ${names.length} fields`;
    return {
        type: 'incorrect-label',
        fieldNumber: 1,
        cell: (0,check_results/* truncateCell */.F)(label),
        message: `the header looks '${shown}'-separated: set input 'delimiter' to '${shown}' (${read} one column, '${(0,check_results/* truncateCell */.F)(label)}'; ${split})`,
    };
}
function matchLabels(labels, names, mode) {
    const problems = [];
    const columnOfField = new Int32Array(names.length).fill(-1);
    const seen = new Map();
    labels.forEach((label, i) => {
        if (seen.has(label)) {
            problems.push({
                type: 'duplicate-label',
                fieldNumber: i + 1,
                cell: label,
                message: `column ${i + 1} repeats the label '${label}' of column ${seen.get(label) + 1}`,
            });
        }
        else
            seen.set(label, i);
    });
    if (mode === 'exact') {
        names.forEach((name, f) => {
            if (f >= labels.length) {
                problems.push({ type: 'missing-label', fieldName: name, fieldNumber: f + 1, message: `the header has no column ${f + 1}; the schema expects '${name}' there` });
                return;
            }
            columnOfField[f] = f;
            if (labels[f] !== name) {
                problems.push({
                    type: 'incorrect-label',
                    fieldName: name,
                    fieldNumber: f + 1,
                    cell: labels[f],
                    message: `column ${f + 1} is labelled '${labels[f]}'; the schema expects '${name}' (fieldsMatch: exact maps columns by position)`,
                });
            }
        });
        for (let i = names.length; i < labels.length; i++) {
            problems.push({ type: 'extra-label', fieldNumber: i + 1, cell: labels[i], message: `column ${i + 1} '${labels[i]}' is not in the schema (fieldsMatch: exact)` });
        }
        return { columnOfField, problems };
    }
    names.forEach((name, f) => {
        const column = seen.get(name);
        if (column !== undefined)
            columnOfField[f] = column;
        else if (mode === 'equal' || mode === 'subset') {
            problems.push({ type: 'missing-label', fieldName: name, fieldNumber: f + 1, message: `the data has no column '${name}' (fieldsMatch: ${mode} wants every schema field)` });
        }
    });
    if (mode === 'equal' || mode === 'superset') {
        const known = new Set(names);
        labels.forEach((label, i) => {
            if (!known.has(label))
                problems.push({
                    type: 'extra-label',
                    fieldNumber: i + 1,
                    cell: label,
                    message: `column ${i + 1} '${label}' is not in the schema (fieldsMatch: ${mode} allows only schema fields)`,
                });
        });
    }
    if (mode === 'partial' && !columnOfField.some((c) => c >= 0)) {
        problems.push({ type: 'missing-label', message: `none of the schema fields (${names.join(', ')}) is a column of the data (fieldsMatch: partial wants at least one)` });
    }
    return { columnOfField, problems };
}

// EXTERNAL MODULE: ./build/data/profile.js + 3 modules
var data_profile = __webpack_require__(23411);
// EXTERNAL MODULE: ./build/data/sources.js
var sources = __webpack_require__(14895);
// EXTERNAL MODULE: ./build/data/table-schema.js
var table_schema = __webpack_require__(92649);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./build/data/unique-runs.js
/**
 * Runs of a numeric key: consecutive integers on consecutive rows (an id column, 1, 2, 3...), kept
 * as intervals instead of one hashed record per key. A run cannot repeat itself, so the keys of a
 * column of ids cost a comparison each; {@link UniqueIndex.finish} looks for repeats between runs and
 * the other keys, and replays the runs as records only when it finds an overlap.
 */
/** Shorter runs go to the index key by key (a stored run costs 40 bytes). */
const MIN_RUN = 16;
/** At most this many runs are kept (2.5 MiB); later runs go key by key, so memory stays bounded. */
const MAX_RUNS = 65_536;
// Per run: first value, length, source, first row number, first line (0: the format has none).
const WIDTH = 5;
// A run starts only below this, so that every value in it is an exact integer.
const LARGEST = 2 ** 52;
/** The runs of one index, in the order they were seen (which is the order of their rows). */
class KeyRuns {
    runs = new Float64Array(WIDTH * 64);
    /** Stored runs. */
    size = 0;
    start = 0;
    length = 0;
    source = 0;
    row = 0;
    line = 0;
    sortedStarts;
    sortedEnds;
    /** Takes the key `value` seen at a location: into the open run, or a new one (closing the open run into `sink` or storage). */
    add(value, source, rowNumber, line, sink) {
        const n = this.length;
        if (n > 0 && value === this.start + n && source === this.source && rowNumber === this.row + n && line === (this.line === 0 ? 0 : this.line + n)) {
            this.length = n + 1;
            return;
        }
        this.close(sink);
        if (Number.isInteger(value) && value < LARGEST && value > -LARGEST) {
            this.start = value;
            this.length = 1;
            this.source = source;
            this.row = rowNumber;
            this.line = line;
        }
        else
            sink(value, source, rowNumber, line);
    }
    /** Ends the open run: stored when long enough and there is room, else each key goes to `sink`. */
    close(sink) {
        const n = this.length;
        if (n === 0)
            return;
        this.length = 0;
        if (n >= MIN_RUN && this.size < MAX_RUNS) {
            if ((this.size + 1) * WIDTH > this.runs.length) {
                const grown = new Float64Array(this.runs.length * 2);
                grown.set(this.runs);
                this.runs = grown;
            }
            this.runs.set([this.start, n, this.source, this.row, this.line], this.size * WIDTH);
            this.size++;
            this.sortedStarts = undefined;
            return;
        }
        for (let k = 0; k < n; k++)
            sink(this.start + k, this.source, this.row + k, this.line === 0 ? 0 : this.line + k);
    }
    /** Whether two stored runs share a value. */
    overlap() {
        const [starts, ends] = this.sorted();
        for (let i = 1; i < starts.length; i++)
            if (starts[i] <= ends[i - 1])
                return true;
        return false;
    }
    /** Whether a stored run holds `value` (after {@link overlap} said no: the runs are then disjoint). */
    holds(value) {
        const [starts, ends] = this.sorted();
        let low = 0;
        let high = starts.length - 1;
        while (low <= high) {
            const mid = (low + high) >>> 1;
            if (value < starts[mid])
                high = mid - 1;
            else if (value > ends[mid])
                low = mid + 1;
            else
                return true;
        }
        return false;
    }
    /** Every key of the stored runs, run by run in the order they were seen. */
    replay(sink) {
        for (let r = 0; r < this.size; r++) {
            const [start, n, source, row, line] = this.runs.subarray(r * WIDTH, r * WIDTH + WIDTH);
            for (let k = 0; k < n; k++)
                sink(start + k, source, row + k, line === 0 ? 0 : line + k);
        }
    }
    /** First and last values of the stored runs, by first value. */
    sorted() {
        if (!this.sortedStarts || !this.sortedEnds) {
            const order = Array.from({ length: this.size }, (_, r) => r).sort((a, b) => this.runs[a * WIDTH] - this.runs[b * WIDTH]);
            this.sortedStarts = Float64Array.from(order, (r) => this.runs[r * WIDTH]);
            this.sortedEnds = Float64Array.from(order, (r) => this.runs[r * WIDTH] + this.runs[r * WIDTH + 1] - 1);
        }
        return [this.sortedStarts, this.sortedEnds];
    }
}

;// CONCATENATED MODULE: ./build/data/unique.js



// Record: hash1 u32, hash2 u32, source u32, rowNumber u32, line u32, key length u32, key bytes.
const HEADER = 24;
/** Two independent 32-bit hashes of the key (FNV-1a and a multiplicative mix): 64 bits in all. */
function hashKey(key, s, e, out) {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c ^ (e - s);
    for (let p = s; p < e; p++) {
        const c = key[p];
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995);
        h2 ^= h2 >>> 15;
    }
    h1 ^= h1 >>> 13;
    h1 = Math.imul(h1, 0xc2b2ae35);
    h1 ^= h1 >>> 16;
    h2 = Math.imul(h2 ^ (h2 >>> 13), 0x85ebca6b);
    h2 ^= h2 >>> 16;
    out[0] = h1 >>> 0;
    out[1] = h2 >>> 0;
}
/**
 * Exact duplicate detection over any number of keys in bounded memory. Keys are hashed to 64 bits
 * and appended, with their bytes and location, to one of N partitions, which spill to files once the
 * memory budget is used. {@link finish} checks one partition at a time: equal hashes are confirmed
 * by comparing the key bytes, so a hash collision never reports a false duplicate.
 */
class UniqueIndex {
    options;
    partitions;
    memoryBytes;
    buffers;
    lengths;
    spilled;
    /** Bytes a partition buffers before it is appended to its file. */
    share;
    hash = new Uint32Array(2);
    /** Keys added. */
    count = 0;
    runs = new KeyRuns();
    numberKey = new Float64Array(1);
    numberBytes = new Uint8Array(this.numberKey.buffer);
    /** A numeric key that is not in a run, as a record of its 8 bytes. */
    putNumber = (value, source, rowNumber, line) => {
        this.numberKey[0] = value;
        this.put(this.numberBytes, 0, 8, source, rowNumber, line);
    };
    /** True once any partition was written to disk. */
    didSpill = false;
    constructor(options) {
        this.options = options;
        this.partitions = options.partitions ?? 256;
        if (this.partitions < 1 || (this.partitions & (this.partitions - 1)) !== 0)
            throw new Error('partitions must be a power of two');
        this.memoryBytes = options.memoryBytes ?? 8 * 1024 * 1024;
        this.buffers = Array.from({ length: this.partitions }, () => Buffer.alloc(0));
        this.lengths = new Int32Array(this.partitions);
        this.spilled = new Array(this.partitions).fill(false);
        this.share = Math.max(1, Math.floor(this.memoryBytes / this.partitions));
    }
    file(partition) {
        return (0,external_node_path_.join)(this.options.dir, `${this.options.name}.${partition}.spill`);
    }
    /** Adds the key bytes `key[s, e)` seen at a location. */
    add(key, s, e, source, rowNumber, line) {
        this.count++;
        this.put(key, s, e, source, rowNumber, line);
    }
    /**
     * Adds a numeric key (its 8 bytes in the machine's order: an index takes numbers or bytes, not
     * both; -0 must come as 0). Consecutive integers on consecutive rows are kept as runs.
     */
    addNumber(value, source, rowNumber, line) {
        this.count++;
        this.runs.add(value, source, rowNumber, line, this.putNumber);
    }
    put(key, s, e, source, rowNumber, line) {
        (this.options.hash ?? hashKey)(key, s, e, this.hash);
        const h1 = this.hash[0];
        const part = h1 & (this.partitions - 1);
        const size = HEADER + (e - s);
        let buf = this.buffers[part];
        let at = this.lengths[part];
        if (at + size > buf.length) {
            // Each partition keeps at most its share of the budget (a buffer reused after each append to
            // its file), so memory is bounded without a pile of outgrown buffers for the GC.
            if (at > 0 && at + size > this.share) {
                this.spillPartition(part);
                at = 0;
            }
            if (at + size > buf.length) {
                const grown = Buffer.allocUnsafeSlow(Math.max(at + size, Math.min(Math.max(buf.length * 2, 1024), this.share)));
                buf.copy(grown, 0, 0, at);
                buf = grown;
                this.buffers[part] = buf;
            }
        }
        put32(buf, at, h1);
        put32(buf, at + 4, this.hash[1]);
        put32(buf, at + 8, source);
        put32(buf, at + 12, Math.min(rowNumber, 0xffffffff));
        put32(buf, at + 16, Math.min(line, 0xffffffff));
        put32(buf, at + 20, e - s);
        for (let p = s, o = at + HEADER; p < e; p++, o++)
            buf[o] = key[p];
        this.lengths[part] = at + size;
    }
    /** Appends a partition's buffered records to its file; the buffer is reused. */
    spillPartition(part) {
        (0,external_node_fs_.appendFileSync)(this.file(part), this.buffers[part].subarray(0, this.lengths[part]));
        this.spilled[part] = true;
        this.lengths[part] = 0;
        this.didSpill = true;
    }
    /**
     * Finds every repeated key. Returns how many keys repeat an earlier one and, as examples, the
     * `maxExamples` earliest repeats (by source, then row).
     */
    finish(maxExamples) {
        this.runs.close(this.putNumber);
        // Runs that share no value with each other or with any other key repeat nothing; otherwise their
        // keys become records (in an index of their own, in row order) and join the search.
        let replayed;
        if (this.runs.size > 0 && (this.runs.overlap() || this.someKeyInRuns())) {
            replayed = new UniqueIndex({ ...this.options, name: `${this.options.name}-runs` });
            this.runs.replay(replayed.putNumber);
        }
        try {
            return this.search(maxExamples, replayed);
        }
        finally {
            replayed?.dispose();
        }
    }
    someKeyInRuns() {
        const key = this.numberBytes;
        for (let part = 0; part < this.partitions; part++) {
            const data = this.partitionData(part);
            for (let at = 0; at < data.length; at += HEADER + get32(data, at + 20)) {
                if (get32(data, at + 20) !== 8)
                    continue;
                for (let k = 0; k < 8; k++)
                    key[k] = data[at + HEADER + k];
                if (this.runs.holds(this.numberKey[0]))
                    return true;
            }
        }
        return false;
    }
    partitionData(part) {
        const tail = this.buffers[part].subarray(0, this.lengths[part]);
        return this.spilled[part] ? Buffer.concat([(0,external_node_fs_.readFileSync)(this.file(part)), tail]) : tail;
    }
    /** The search of {@link finish}, over this index's records and `other`'s, partition by partition, in row order. */
    search(maxExamples, other) {
        let count = 0;
        let examples = [];
        const byPosition = (a, b) => a.again.source - b.again.source || a.again.rowNumber - b.again.rowNumber;
        for (let part = 0; part < this.partitions; part++) {
            const own = this.partitionData(part);
            const data = other ? Buffer.concat([own, other.partitionData(part)]) : own;
            const split = own.length;
            this.buffers[part] = Buffer.alloc(0);
            this.lengths[part] = 0;
            // Open addressing over record offsets (+1; 0 is free): one entry per distinct key, the first
            // record that had it. Equal keys hash equally, so probing meets the earliest one first.
            let tableSize = 16;
            while (tableSize < (data.length / HEADER) * 2)
                tableSize *= 2;
            const table = new Int32Array(tableSize);
            const mask = tableSize - 1;
            // Each part is in row order: taking the earlier record of the two parts keeps the whole in order.
            for (let a = 0, b = split; a < split || b < data.length;) {
                let at;
                if (b >= data.length || (a < split && before(data, a, b))) {
                    at = a;
                    a += HEADER + get32(data, a + 20);
                }
                else {
                    at = b;
                    b += HEADER + get32(data, b + 20);
                }
                const h2 = get32(data, at + 4);
                const size = HEADER + get32(data, at + 20);
                // The low bits of hash1 chose the partition; hash2 spreads the keys within it.
                let slot = h2 & mask;
                let match = -1;
                for (;;) {
                    const entry = table[slot];
                    if (entry === 0) {
                        table[slot] = at + 1;
                        break;
                    }
                    if (sameRecord(data, entry - 1, at)) {
                        match = entry - 1;
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
                if (match >= 0) {
                    count++;
                    if (examples.length < maxExamples * 4) {
                        examples.push({ first: locationAt(data, match), again: locationAt(data, at), key: Buffer.from(data.subarray(at + HEADER, at + size)) });
                    }
                    if (examples.length >= maxExamples * 4)
                        examples = examples.sort(byPosition).slice(0, maxExamples);
                }
            }
        }
        return { count, examples: examples.sort(byPosition).slice(0, maxExamples) };
    }
    /** Removes the spill files. */
    dispose() {
        for (let part = 0; part < this.partitions; part++)
            if (this.spilled[part])
                (0,external_node_fs_.rmSync)(this.file(part), { force: true });
    }
}
// Inline little-endian accessors: Buffer's own check their arguments on every call.
function put32(buf, at, v) {
    buf[at] = v;
    buf[at + 1] = v >>> 8;
    buf[at + 2] = v >>> 16;
    buf[at + 3] = v >>> 24;
}
function get32(buf, at) {
    return (buf[at] | (buf[at + 1] << 8) | (buf[at + 2] << 16) | (buf[at + 3] << 24)) >>> 0;
}
/** Whether the record at `a` comes before the one at `b` (by source, then row). */
function before(data, a, b) {
    const sa = get32(data, a + 8);
    const sb = get32(data, b + 8);
    return sa < sb || (sa === sb && get32(data, a + 12) < get32(data, b + 12));
}
function locationAt(data, at) {
    return { source: get32(data, at + 8), rowNumber: get32(data, at + 12), line: get32(data, at + 16) };
}
/** True when the records at `a` and `b` hold the same key (same hashes, length and bytes). */
function sameRecord(data, a, b) {
    for (let k = 0; k < 8; k++)
        if (data[a + k] !== data[b + k])
            return false;
    const n = get32(data, a + 20);
    if (n !== get32(data, b + 20))
        return false;
    for (let k = 0; k < n; k++)
        if (data[a + HEADER + k] !== data[b + HEADER + k])
            return false;
    return true;
}

;// CONCATENATED MODULE: ./build/data/engine.js
/**
 * The validation engine behind {@link validateData}: compiling the schema into checks, streaming the
 * sources through a {@link ColumnValidator} (a row validator that also takes typed columns), and
 * finding repeated keys. A worker thread runs the same engine over the same files for a share of the
 * fields (see parallel.ts), so everything here is set up identically whichever thread runs it, and
 * checks are registered in one fixed order.
 */












/**
 * Sets up the checks. `owned` (by schema field index) limits the per-field work to some fields and
 * `rowLevel` says whether this engine checks row shapes and composite keys; a lone engine owns all.
 */
async function createEngine(options, owned, rowLevel = true) {
    const { schema, checks = {} } = options;
    const tally = new check_results/* CheckTally */.X(options.maxExamples ?? 10);
    const fields = schema.fields.map((_, i) => (0,data_fields/* compileField */.g)(schema, i, options.schemaFile));
    const names = fields.map((f) => f.name);
    const indexOf = (name) => names.indexOf(name);
    const header = tally.check('header', 'Header matches the schema fields');
    const shape = tally.check('row-shape', 'Every row has as many cells as the header');
    const encoding = tally.check('encoding', 'Text cells are valid UTF-8');
    const spillDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempDir, 'unique-'));
    const newIndex = (name) => new UniqueIndex({ dir: spillDir, name, partitions: options.uniquePartitions, memoryBytes: options.uniqueMemoryBytes });
    const needsProfile = options.collectProfile === true || Object.values(checks.stats ?? {}).some((s) => s.median !== undefined);
    const profileColumns = fields.filter((f) => f.profileKind !== undefined);
    const profile = needsProfile ? new data_profile/* ProfileBuilder */.bZ(profileColumns.map((f) => ({ name: f.name, kind: f.profileKind }))) : undefined;
    const fieldChecks = [];
    const uniqueChecks = [];
    const extras = fields.map((f, i) => {
        const id = `field:${f.name}`;
        const type = tally.check(`${id}:type`, `${f.name} is ${f.supported ? `a valid ${f.type}` : `${f.type} (not checked)`}`, f.supported ? 'error' : 'warning');
        if (!f.supported) {
            tally.fail(type, {
                type: 'unsupported-type',
                severity: 'warning',
                file: options.schemaFile,
                fieldName: f.name,
                fieldNumber: f.number,
                message: `field '${f.name}': ${f.unsupported}`,
            });
        }
        if (options.schema.fields[f.number - 1]?.constraints?.jsonSchema !== undefined) {
            // Object and array values are not parsed, so their JSON Schema cannot be checked: say so.
            const unchecked = tally.check(`${id}:jsonSchema`, `${f.name} matches its jsonSchema (not checked)`, 'warning');
            tally.fail(unchecked, {
                type: 'unsupported-constraint',
                severity: 'warning',
                file: options.schemaFile,
                fieldName: f.name,
                fieldNumber: f.number,
                message: `field '${f.name}': constraint 'jsonSchema' is not checked (object and array values are not supported)`,
            });
        }
        fieldChecks.push({
            type,
            required: f.required ? tally.check(`${id}:required`, `${f.name} is never missing`) : type,
            constraints: f.constraints.map((c) => tally.check(`${id}:${c.name}`, `${f.name} is ${c.allowed}`)),
        });
        const extra = { profileColumn: profile ? profileColumns.indexOf(f) : -1 };
        if (f.unique)
            extra.unique = newIndex(`field-${i}`);
        if (checks.stats?.[f.name])
            extra.stats = new data_checks/* RunningStats */.VP();
        const mode = checks.newCategories?.[f.name];
        if (mode) {
            const ref = options.referenceProfile?.columns.find((c) => c.name === f.name);
            extra.reference = new Set(ref?.kind === 'categorical' ? ref.categories.map(([v]) => v) : []);
        }
        return extra;
    });
    fields.forEach((f, i) => {
        const index = extras[i]?.unique;
        if (index)
            uniqueChecks.push({ index, check: tally.check(`unique:${f.name}`, `${f.name} values are unique`), field: f, fieldIndex: i, type: 'unique-error' });
    });
    const keys = [];
    const primary = (0,table_schema/* primaryKeyOf */.b)(schema);
    if (primary.length > 0) {
        const key = {
            fields: primary.map(indexOf),
            index: newIndex('primary-key'),
            primary: true,
            check: tally.check('primary-key', `Primary key (${primary.join(', ')}) is unique and never missing`),
        };
        keys.push(key);
        uniqueChecks.push({ index: key.index, check: key.check, fieldIndex: -1, type: 'primary-key' });
    }
    (schema.uniqueKeys ?? []).forEach((names, k) => {
        const key = {
            fields: names.map(indexOf),
            index: newIndex(`unique-key-${k}`),
            primary: false,
            check: tally.check(`unique-keys:${names.join('+')}`, `(${names.join(', ')}) is unique`),
        };
        keys.push(key);
        uniqueChecks.push({ index: key.index, check: key.check, fieldIndex: -1, type: 'unique-error' });
    });
    const duplicates = checks.duplicateRows ?? 'ignore';
    if (duplicates !== 'ignore') {
        const key = {
            fields: [],
            index: newIndex('rows'),
            primary: false,
            check: tally.check('duplicate-rows', 'No row repeats an earlier one', duplicates === 'fail' ? 'error' : 'warning'),
        };
        keys.push(key);
        uniqueChecks.push({ index: key.index, check: key.check, fieldIndex: -1, type: 'duplicate-row' });
    }
    const ownedMask = Uint8Array.from(fields, (_, i) => (owned === undefined || owned[i] ? 1 : 0));
    const validator = new column_validator/* ColumnValidator */.lH(fields, fieldChecks, extras, rowLevel ? keys : [], tally, shape, encoding, profile, ownedMask, rowLevel);
    return { fields, tally, header, encoding, extras, fieldChecks, validator, profile, uniqueChecks, spillDir };
}
/**
 * Streams every source through the engine's validator. A `helper` (a worker beside the main thread)
 * neither reports header problems nor hashes the files. Returns the dataset fingerprint.
 */
async function readSources(engine, options, onBytes, helper = false) {
    const reportHeader = !helper;
    const { fields, tally, header, validator } = engine;
    const names = fields.map((f) => f.name);
    const fingerprint = (0,external_node_crypto_.createHash)('sha256');
    for (const [source, file] of options.sources.entries()) {
        const format = (0,sources/* formatOf */.be)(file);
        // What the file is read with, so a header that only splits on another character gets that hint.
        const delimiter = options.delimiter ?? (/\.tsv(\.gz)?$/i.test(file.path) ? '\t' : ',');
        const handlers = {
            onHeader: (labels) => {
                const match = matchHeader(labels, names, options.schema.fieldsMatch, { format, delimiter });
                if (reportHeader)
                    for (const p of match.problems)
                        tally.fail(header, { ...p, severity: 'error', file: file.display, rowNumber: 1, line: 1 });
                validator.startSource(source, file.display, match.columnOfField, labels.length);
            },
            onRecord: (record) => validator.row(record),
            onBytes,
        };
        const typeOf = (label) => fields.find((f) => f.name === label)?.type;
        const readerOptions = { delimiter: options.delimiter, maxRecordBytes: options.maxRecordBytes, typeOf, skipHash: helper };
        let sha;
        if (format === 'parquet') {
            // Parquet's libraries cost ~15 MiB of memory per thread: loaded only for Parquet files.
            const { readParquet } = await Promise.all(/* import() */[__webpack_require__.e(9913), __webpack_require__.e(4064)]).then(__webpack_require__.bind(__webpack_require__, 74064));
            sha = await readParquet(file, handlers, readerOptions, { validator, fields });
        }
        else
            sha = await (format === 'csv' ? sources/* readCsv */.Nb : sources/* readJsonl */.fl)(file, handlers, readerOptions);
        fingerprint.update(`${sha}\n`);
    }
    return fingerprint.digest('hex');
}
/** Finishes the uniqueness checks `which` selects (all by default), in registration order. */
function finishUnique(engine, maxExamples, which = () => true) {
    const out = new Map();
    for (const u of engine.uniqueChecks)
        if (which(u))
            out.set(u, u.index.finish(maxExamples));
    return out;
}


/***/ }),

/***/ 44592:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ compileField)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _cell_parsers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46188);
/* harmony import */ var _table_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92649);
/* harmony import */ var _text_memo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95077);




const DEFAULT_TRUE = ['true', 'True', 'TRUE', '1'];
const DEFAULT_FALSE = ['false', 'False', 'FALSE', '0'];
const STRING_FORMATS = {
    // The lookahead settles the shape first: alone, a cell like "a@....... " backtracked over every dot.
    email: /^(?=[^@\s]+@[^@\s]+$)[^@\s]+@[^@\s]+\.[^@\s]+$/u,
    uri: /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/u,
    uuid: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/u,
    binary: /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/u,
};
function missingTexts(values) {
    return values.map((v) => (typeof v === 'string' ? v : v.value));
}
/** A byte matcher for missing values; the default `[""]` is a length test. */
function missingMatcher(values) {
    if (values.length === 1 && values[0] === '')
        return (_b, s, e) => s === e;
    if (values.length === 0)
        return () => false;
    const encoded = values.map((v) => Buffer.from(v));
    const longest = Math.max(...encoded.map((b) => b.length));
    return (buf, s, e) => {
        const n = e - s;
        if (n > longest)
            return false;
        for (const m of encoded) {
            if (m.length !== n)
                continue;
            let same = true;
            for (let k = 0; k < n; k++) {
                if (buf[s + k] !== m[k]) {
                    same = false;
                    break;
                }
            }
            if (same)
                return true;
        }
        return false;
    };
}
function textOf(buf, s, e) {
    return buf.toString('utf8', s, e);
}
/** Number parser honouring decimalChar, groupChar and bareNumber: the fast path when all are default. */
function numberParser(field, integer) {
    const plain = integer ? _cell_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIntegerBytes */ .PD : _cell_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseNumberBytes */ .oX;
    const decimal = field.decimalChar ?? '.';
    const group = field.groupChar;
    const bare = field.bareNumber ?? true;
    if (decimal === '.' && group === undefined && bare)
        return plain;
    return (buf, s, e, out) => {
        let text = textOf(buf, s, e);
        if (!bare)
            text = numberPart(text);
        if (group !== undefined)
            text = text.split(group).join('');
        if (decimal !== '.')
            text = text.split(decimal).join('.');
        if (integer)
            return /^[+-]?\d+$/.test(text) && ((out.num = Number(text)), true);
        return (0,_cell_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .slowNumber */ .bh)(text, out);
    };
}
/**
 * The number in a cell with other characters around it (`bareNumber: false`: "€ 1.5", "95%"): what
 * lies between the first sign, digit or point and the last digit or point, and no non-digits after the
 * sign. Found by index: a `[^\d.]+$` search restarts at every character of a long run of non-digits,
 * which made one 80 KB cell take 6 s.
 */
function numberPart(text) {
    const start = text.search(/[\d+\-.]/);
    if (start < 0)
        return '';
    let end = text.length;
    while (end > start && !/[\d.]/.test(text[end - 1]))
        end--;
    return text.slice(start, end).replace(/^([+-]?)[^\d.]*/u, '$1');
}
function anyDateParser(kind) {
    return (buf, s, e, out) => {
        const text = textOf(buf, s, e);
        const ms = Date.parse(kind === 'time' ? `1970-01-01T${text}` : text);
        if (Number.isNaN(ms))
            return false;
        out.num = kind === 'date' ? Math.floor(ms / 86_400_000) : kind === 'time' ? (ms / 1000) % 86400 : ms / 1000;
        return true;
    };
}
function setupType(field, type) {
    const format = field.format ?? 'default';
    const dateLike = (kind, parse) => {
        if (format === 'default')
            return { parse, numeric: true, kind: kind === 'date' ? 3 /* ParseKind.Date */ : 0 /* ParseKind.Generic */ };
        if (format === 'any')
            return { parse: anyDateParser(kind), numeric: true };
        return { parse: () => true, numeric: false, unsupported: `${kind} format '${format}' is not checked (only 'default' ISO 8601 and 'any' are)` };
    };
    switch (type) {
        case 'string': {
            if (format === 'default')
                return { parse: () => true, numeric: false, kind: 4 /* ParseKind.Text */ };
            const pattern = STRING_FORMATS[format];
            if (!pattern)
                return { parse: () => true, numeric: false, unsupported: `string format '${format}' is not checked (default, email, uri, uuid and binary are)` };
            const memo = new _text_memo_js__WEBPACK_IMPORTED_MODULE_3__/* .TextMemo */ .O((text) => pattern.test(text));
            return { parse: (buf, s, e) => memo.test(buf, s, e), numeric: false };
        }
        case 'any':
            return { parse: () => true, numeric: false };
        case 'integer': {
            const parse = numberParser(field, true);
            return { parse, numeric: true, kind: parse === _cell_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIntegerBytes */ .PD ? 1 /* ParseKind.Integer */ : 0 /* ParseKind.Generic */ };
        }
        case 'number': {
            const parse = numberParser(field, false);
            return { parse, numeric: true, kind: parse === _cell_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseNumberBytes */ .oX ? 2 /* ParseKind.Number */ : 0 /* ParseKind.Generic */ };
        }
        case 'year':
            return { parse: _cell_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYearBytes */ .K4, numeric: true };
        case 'boolean': {
            const truthy = missingMatcher(field.trueValues ?? DEFAULT_TRUE);
            const falsy = missingMatcher(field.falseValues ?? DEFAULT_FALSE);
            return {
                parse: (buf, s, e, out) => (truthy(buf, s, e) ? ((out.num = 1), true) : falsy(buf, s, e) ? ((out.num = 0), true) : false),
                numeric: true,
                kind: field.trueValues === undefined && field.falseValues === undefined ? 5 /* ParseKind.Boolean */ : 0 /* ParseKind.Generic */,
            };
        }
        case 'date':
            return dateLike('date', _cell_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDateBytes */ .X8);
        case 'time':
            return dateLike('time', _cell_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTimeBytes */ .yQ);
        case 'datetime':
            return dateLike('datetime', _cell_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDatetimeBytes */ .eo);
        default:
            return { parse: () => true, numeric: false, unsupported: `type '${type}' is not checked (supported: ${[..._table_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECKED_TYPES */ .o].join(', ')})` };
    }
}
/**
 * Compiles one field of `schema` (position `index`). Constraint values that do not fit the field's
 * type (a minimum that is not a number for an integer field) are {@link UserError}s naming `schemaFile`.
 */
function compileField(schema, index, schemaFile) {
    const field = schema.fields[index];
    const type = field.type ?? 'string';
    const setup = setupType(field, type);
    const c = field.constraints ?? {};
    const bad = (constraint, message) => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`schema: ${schemaFile}: field '${field.name}', constraint ${constraint}: ${message}`, { file: schemaFile });
    };
    const scratch = { num: 0 };
    const bound = (name, raw) => {
        if (!setup.numeric || type === 'boolean')
            bad(name, `applies to number, integer, year, date, time and datetime fields, not ${type}`);
        if (typeof raw === 'number')
            return raw;
        const bytes = Buffer.from(raw);
        if (!setup.parse(bytes, 0, bytes.length, scratch))
            bad(name, `'${raw}' is not a valid ${type}`);
        return scratch.num;
    };
    const constraints = [];
    const numericBound = (name, raw, op, ok, words) => {
        if (raw === undefined)
            return;
        const b = bound(name, raw);
        constraints.push({ name, op, bound: b, allowed: `${words} ${raw}`, test: (_buf, _s, _e, v) => ok(v.num, b) });
    };
    numericBound('minimum', c.minimum, 1 /* BoundOp.Minimum */, (v, b) => v >= b, 'at least');
    numericBound('maximum', c.maximum, 2 /* BoundOp.Maximum */, (v, b) => v <= b, 'at most');
    numericBound('exclusiveMinimum', c.exclusiveMinimum, 3 /* BoundOp.ExclusiveMinimum */, (v, b) => v > b, 'more than');
    numericBound('exclusiveMaximum', c.exclusiveMaximum, 4 /* BoundOp.ExclusiveMaximum */, (v, b) => v < b, 'less than');
    const length = (buf, s, e) => (0,_cell_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .codePointLength */ .O7)(buf, s, e);
    if (c.minLength !== undefined) {
        const n = c.minLength;
        constraints.push({ name: 'minLength', op: 5 /* BoundOp.MinLength */, bound: n, allowed: `at least ${n} characters`, test: (buf, s, e) => length(buf, s, e) >= n });
    }
    if (c.maxLength !== undefined) {
        const n = c.maxLength;
        constraints.push({ name: 'maxLength', op: 6 /* BoundOp.MaxLength */, bound: n, allowed: `at most ${n} characters`, test: (buf, s, e) => length(buf, s, e) <= n });
    }
    if (c.pattern !== undefined) {
        const regex = new RegExp(`^(?:${c.pattern})$`, 'u');
        // Keyed by bytes, which decode to one text: the same answer as testing the decoded cell each time.
        const memo = new _text_memo_js__WEBPACK_IMPORTED_MODULE_3__/* .TextMemo */ .O((text) => regex.test(text));
        constraints.push({ name: 'pattern', op: 0 /* BoundOp.None */, bound: 0, allowed: `matching /${c.pattern}/`, test: (buf, s, e) => memo.test(buf, s, e) });
    }
    if (c.enum !== undefined) {
        const listed = c.enum.map(String).join(', ');
        if (setup.numeric) {
            const allowed = new Set(c.enum.map((raw) => {
                if (typeof raw === 'number')
                    return raw;
                if (typeof raw === 'boolean')
                    return raw ? 1 : 0;
                const bytes = Buffer.from(String(raw));
                if (!setup.parse(bytes, 0, bytes.length, scratch))
                    bad('enum', `'${String(raw)}' is not a valid ${type}`);
                return scratch.num;
            }));
            constraints.push({ name: 'enum', op: 0 /* BoundOp.None */, bound: 0, allowed: `one of: ${listed}`, test: (_buf, _s, _e, v) => allowed.has(v.num) });
        }
        else {
            const allowed = new Set(c.enum.map(String));
            const memo = new _text_memo_js__WEBPACK_IMPORTED_MODULE_3__/* .TextMemo */ .O((text) => allowed.has(text));
            constraints.push({ name: 'enum', op: 0 /* BoundOp.None */, bound: 0, allowed: `one of: ${listed}`, test: (buf, s, e) => memo.test(buf, s, e) });
        }
    }
    const missing = missingTexts(field.missingValues ?? schema.missingValues ?? ['']);
    const supported = setup.unsupported === undefined;
    const profileKind = !supported
        ? undefined
        : type === 'number' || type === 'integer' || type === 'year'
            ? 'numeric'
            : type === 'string' || type === 'boolean'
                ? 'categorical'
                : undefined;
    return {
        name: field.name,
        number: index + 1,
        type,
        supported,
        unsupported: setup.unsupported,
        numeric: setup.numeric,
        textual: !setup.numeric,
        required: c.required === true,
        unique: c.unique === true,
        profileKind,
        constraints,
        isMissing: missingMatcher(missing),
        parse: setup.parse,
        parseKind: setup.kind ?? 0 /* ParseKind.Generic */,
        missingIsEmpty: missing.length === 1 && missing[0] === '',
    };
}


/***/ }),

/***/ 23411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Uy: () => (/* binding */ MAX_CATEGORIES),
  C9: () => (/* reexport */ MAX_DISTINCT),
  I5: () => (/* reexport */ MAX_SAMPLE),
  bZ: () => (/* binding */ ProfileBuilder),
  ZL: () => (/* binding */ numericStats),
  YV: () => (/* binding */ quantile),
  Xl: () => (/* binding */ sortCategories)
});

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/data/byte-hash.js
var byte_hash = __webpack_require__(47904);
;// CONCATENATED MODULE: ./build/data/category-counter.js

/**
 * Counts of up to `capacity` distinct byte strings (a categorical column's values), keyed by their
 * bytes: a value seen before costs a hash and a byte comparison, no string and no Map lookup. The
 * values are decoded (UTF-8) only by {@link entries}. An open-addressing table, sized once for
 * `capacity` keys, so adding never rehashes.
 */
class CategoryCounter {
    capacity;
    /** Entry number + 1 per slot, 0 when free. */
    slots;
    mask;
    hashes;
    starts;
    lengths;
    counts;
    /** The keys' bytes, back to back. */
    slab = Buffer.allocUnsafe(4096);
    used = 0;
    /** Distinct values held. */
    size = 0;
    constructor(capacity) {
        this.capacity = capacity;
        let tableSize = 16;
        while (tableSize < capacity * 2)
            tableSize *= 2;
        this.slots = new Int32Array(tableSize);
        this.mask = tableSize - 1;
        const initial = Math.min(capacity, 64);
        this.hashes = new Int32Array(initial);
        this.starts = new Int32Array(initial);
        this.lengths = new Int32Array(initial);
        this.counts = new Float64Array(initial);
    }
    /**
     * Counts one occurrence of `buf[s, e)`: true when counted (seen before, or new and there was
     * room), false when it is new and the counter is full (the caller counts it elsewhere).
     */
    add(buf, s, e, count = 1) {
        const n = e - s;
        const h = (0,byte_hash/* hashBytes */.y)(buf, s, e) | 0;
        let slot = h & this.mask;
        for (;;) {
            const entry = this.slots[slot];
            if (entry === 0)
                break;
            const k = entry - 1;
            if (this.hashes[k] === h && this.lengths[k] === n && (0,byte_hash/* sameBytes */.e)(this.slab, this.starts[k], buf, s, n)) {
                this.counts[k] = this.counts[k] + count;
                return true;
            }
            slot = (slot + 1) & this.mask;
        }
        if (this.size >= this.capacity)
            return false;
        const k = this.size++;
        if (k >= this.hashes.length)
            this.growEntries();
        if (this.used + n > this.slab.length) {
            const grown = Buffer.allocUnsafe(Math.max(this.slab.length * 2, this.used + n));
            this.slab.copy(grown, 0, 0, this.used);
            this.slab = grown;
        }
        for (let p = 0; p < n; p++)
            this.slab[this.used + p] = buf[s + p];
        this.hashes[k] = h;
        this.starts[k] = this.used;
        this.lengths[k] = n;
        this.counts[k] = count;
        this.used += n;
        this.slots[slot] = k + 1;
        return true;
    }
    growEntries() {
        const size = Math.min(this.capacity, this.hashes.length * 2);
        const grow = (old, make) => {
            const next = make(size);
            next.set(old);
            return next;
        };
        this.hashes = grow(this.hashes, (n) => new Int32Array(n));
        this.starts = grow(this.starts, (n) => new Int32Array(n));
        this.lengths = grow(this.lengths, (n) => new Int32Array(n));
        this.counts = grow(this.counts, (n) => new Float64Array(n));
    }
    /** Every value (decoded as UTF-8) with its count, in insertion order. */
    entries() {
        const out = [];
        for (let k = 0; k < this.size; k++) {
            const start = this.starts[k];
            out.push([this.slab.toString('utf8', start, start + this.lengths[k]), this.counts[k]]);
        }
        return out;
    }
}

// EXTERNAL MODULE: ./build/data/sketch.js + 1 modules
var data_sketch = __webpack_require__(93093);
;// CONCATENATED MODULE: ./build/data/exact-accumulator.js

/**
 * A fast exact accumulator of doubles (a "superaccumulator" in the manner of Neal's xsum): each
 * value's 53-bit mantissa, shifted to its binary position, is cut into 32-bit chunks that are added
 * to integer-valued double bins, one bin per 32 bits of the exponent range. A bin takes 2^20 chunks
 * before it could leave the exactly representable integers, so carries are propagated every 2^20
 * adds. Adding costs a few arithmetic operations and no branching on the data, unlike an expansion
 * whose length varies. {@link toExactSum} folds the bins into an {@link ExactSum}; the exact value, and
 * so the canonical components, are those of adding the same values one by one to an ExactSum.
 *
 * Only finite values below 2^900 in magnitude may be added (the caller keeps them below 1e100, and
 * their squares below 1e200).
 */
class ExactAccumulator {
    // Bit positions counted from 2^-1074 (the least subnormal); 2098 positions + a carry bin.
    bins = new Float64Array(BINS);
    pendingAdds = 0;
    used = false;
    /** Adds a finite `x` exactly. */
    add(x) {
        F64[0] = x;
        const high = U32[HIGH];
        const exponent = (high >>> 20) & 0x7ff;
        let mantissa = (high & 0xfffff) * TWO32 + U32[1 - HIGH];
        if (mantissa === 0 && exponent === 0)
            return;
        // Normal numbers carry the hidden bit; subnormals sit at the position of the least normal.
        if (exponent !== 0)
            mantissa += TWO52;
        const position = exponent === 0 ? 0 : exponent - 1;
        const bin = position >>> 5;
        // Exact: a power-of-two scaling of an integer below 2^53 gives an integer below 2^84.
        const shifted = mantissa * POW2_SMALL[position & 31];
        const q1 = Math.floor(shifted * INV_TWO32);
        const q2 = Math.floor(q1 * INV_TWO32);
        const bins = this.bins;
        if (high >>> 31 === 0) {
            bins[bin] = bins[bin] + (shifted - q1 * TWO32);
            bins[bin + 1] = bins[bin + 1] + (q1 - q2 * TWO32);
            bins[bin + 2] = bins[bin + 2] + q2;
        }
        else {
            bins[bin] = bins[bin] - (shifted - q1 * TWO32);
            bins[bin + 1] = bins[bin + 1] - (q1 - q2 * TWO32);
            bins[bin + 2] = bins[bin + 2] - q2;
        }
        this.used = true;
        if (++this.pendingAdds === CARRY_EVERY)
            this.carry();
    }
    /**
     * Adds the non-null `values[from, to)` (`nulls[i] === 1` skips one), each finite and below 2^900 in
     * magnitude. A batch is first summed by binary exponent, xsum's "large accumulator": the mantissas
     * of one sign and exponent are integers, summed exactly in two doubles (their high 21 and low 32
     * bits) for up to 2^20 values, then moved here as two exact doubles per exponent in use.
     */
    addMany(values, from, to, nulls) {
        const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
        const high = LARGE_HIGH;
        const low = LARGE_LOW;
        let pending = 0;
        let used = 0;
        for (let i = from; i < to; i++) {
            if (nulls !== undefined && nulls[i] === 1)
                continue;
            const top = words[2 * i + HIGH];
            const bottom = words[2 * i + 1 - HIGH];
            // ±0 adds nothing (and would list its key again and again).
            if ((top & 0x7fffffff) === 0 && bottom === 0)
                continue;
            const key = top >>> 20;
            // Sums only grow: a key is listed once, when it is first met.
            if (high[key] === 0 && low[key] === 0)
                LARGE_USED[used++] = key;
            // The hidden bit of a normal number; a subnormal (exponent 0) has none.
            high[key] = high[key] + (top & 0xfffff) + ((key & 0x7ff) === 0 ? 0 : 0x100000);
            low[key] = low[key] + bottom;
            if (++pending === LARGE_FLUSH) {
                this.flushLarge(used);
                pending = used = 0;
            }
        }
        this.flushLarge(used);
    }
    /** {@link addSquare} of each non-null `values[from, to)`, through {@link addMany}; `|x|` below ~1e150. */
    addSquares(values, from, to, nulls) {
        const parts = SQUARES;
        let n = 0;
        for (let i = from; i < to; i++) {
            if (nulls !== undefined && nulls[i] === 1)
                continue;
            const x = values[i];
            const product = x * x;
            parts[n] = product;
            parts[n + 1] = (0,data_sketch/* squareError */.aW)(x, product);
            n += 2;
            if (n === parts.length) {
                this.addMany(parts, 0, n);
                n = 0;
            }
        }
        if (n > 0)
            this.addMany(parts, 0, n);
    }
    /** Moves the large accumulator's sums here, exactly, and clears them (`used` keys in {@link LARGE_USED}). */
    flushLarge(used) {
        for (let u = 0; u < used; u++) {
            const key = LARGE_USED[u];
            const h = LARGE_HIGH[key];
            const l = LARGE_LOW[key];
            LARGE_HIGH[key] = 0;
            LARGE_LOW[key] = 0;
            const exponent = key & 0x7ff;
            // The mantissa's unit: 2^(e − 1075), and 2^-1074 for subnormals. Both products are exact.
            const unit = POW2_UNIT[exponent === 0 ? 1 : exponent];
            const sign = key >>> 11 === 0 ? 1 : -1;
            if (h !== 0)
                this.add(sign * h * TWO32 * unit);
            if (l !== 0)
                this.add(sign * l * unit);
        }
    }
    /** Adds `x * x` exactly (Dekker's product, as {@link ExactSum.addSquare}); `|x|` below ~1e150. */
    addSquare(x) {
        const product = x * x;
        const error = (0,data_sketch/* squareError */.aW)(x, product);
        this.add(product);
        if (error !== 0)
            this.add(error);
    }
    /**
     * Moves each bin's part above 32 bits into the next bin, leaving every bin but the last below 2^32
     * in magnitude. Truncation (not floor) keeps a bin's sign, so a negative total does not ripple a
     * borrow up to the top bin.
     */
    carry() {
        const bins = this.bins;
        for (let i = 0; i < BINS - 1; i++) {
            const v = bins[i];
            if (v === 0)
                continue;
            const carry = Math.trunc(v * INV_TWO32);
            bins[i] = v - carry * TWO32;
            bins[i + 1] = bins[i + 1] + carry;
        }
        this.pendingAdds = 0;
    }
    /** The exact sum as an {@link ExactSum} (the accumulator stays usable). */
    toExactSum() {
        const sum = new data_sketch/* ExactSum */.PA();
        if (!this.used)
            return sum;
        this.carry();
        // Every bin but the last is an integer below 2^32 in magnitude and the last one is small: each term bin·2^k is
        // an exact double (subnormal at the bottom), so the ExactSum receives the exact total.
        for (let i = 0; i < BINS; i++) {
            const v = this.bins[i];
            if (v !== 0)
                sum.add(v * POW2_BIN[i]);
        }
        return sum;
    }
}
const TWO32 = 4294967296;
const INV_TWO32 = 1 / TWO32;
const TWO52 = 4503599627370496;
const CARRY_EVERY = 1 << 20;
const BINS = 68;
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
// The word holding the sign and exponent: the second on little-endian machines.
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
// xsum's large accumulator, by sign and exponent (12 bits): shared, as it is emptied by every call.
const LARGE_HIGH = new Float64Array(4096);
const LARGE_LOW = new Float64Array(4096);
// The keys in use, each once: a key is listed when its two sums are both 0 and it is met.
const LARGE_USED = new Int32Array(4096);
// Low words are below 2^32: 2^20 of them sum well below 2^53.
const LARGE_FLUSH = 1 << 20;
const SQUARES = new Float64Array(4096);
// 2^(e − 1075) for exponents e of values below 2^900 (larger ones are never added).
const POW2_UNIT = Float64Array.from({ length: 2048 }, (_, e) => (e < 1975 ? 2 ** (e - 1075) : 0));
const POW2_SMALL = Float64Array.from({ length: 32 }, (_, r) => 2 ** r);
// Bin i holds multiples of 2^(32i − 1074).
const POW2_BIN = Float64Array.from({ length: BINS }, (_, i) => 2 ** (32 * i - 1074));

;// CONCATENATED MODULE: ./build/data/profile-numeric.js
/**
 * A numeric column's accumulator in a profile (profile.ts): its exact sums, sketch, sample and
 * distinct values, added a value or a typed column at a time.
 */


/** Exact values are kept while a numeric column has at most this many, for exact KS tests. */
const MAX_SAMPLE = 1000;
/** Distinct numeric values tracked with counts, to tell low-cardinality numeric columns (Evidently's `nunique <= 5`). */
const MAX_DISTINCT = 5;
/** Values {@link NumericAccumulator.hold} holds back before it counts them in one batch. */
const PENDING = 1024;
// Values this large could overflow the exact sum of squares; the mean and deviation are then omitted.
const MAX_SUMMABLE = 1e100;
/** Whether every non-null `values[from, to)` is an integer: the first that is not ends the pass. */
function allIntegers(values, nulls, from, to) {
    for (let i = from; i < to; i++)
        if ((nulls === undefined || nulls[i] !== 1) && Math.floor(values[i]) !== values[i])
            return false;
    return true;
}
/** The state of one numeric column; {@link parts} is what the stored profile holds of it. */
class NumericAccumulator {
    count = 0;
    nulls = 0;
    invalid = 0;
    min = Infinity;
    max = -Infinity;
    tooLarge = false;
    sum = new ExactAccumulator();
    squares = new ExactAccumulator();
    sketch = new data_sketch/* QuantileSketch */.wh();
    sample = new Float64Array(MAX_SAMPLE);
    distinctValues = new Float64Array(MAX_DISTINCT);
    distinctCounts = new Float64Array(MAX_DISTINCT);
    distinctSize = 0;
    distinctOverflow = false;
    /** Values held back, in order, and how many. */
    held = new Float64Array(PENDING);
    heldCount = 0;
    /** Takes a value to count with the next batch. */
    hold(value) {
        this.held[this.heldCount++] = value;
        if (this.heldCount === PENDING)
            this.release();
    }
    /** Counts the values held back. */
    release() {
        const n = this.heldCount;
        if (n === 0)
            return;
        this.heldCount = 0;
        this.addMany(this.held, undefined, 0, n);
    }
    /** One value, counted now. */
    add(value) {
        if (value - value !== 0) {
            this.invalid++;
            return;
        }
        value += 0; // -0 becomes 0: JSON cannot tell them apart, so the sample must not either.
        const n = this.count++;
        if (value < this.min)
            this.min = value;
        if (value > this.max)
            this.max = value;
        if (value < MAX_SUMMABLE && value > -MAX_SUMMABLE) {
            this.sum.add(value);
            this.squares.addSquare(value);
        }
        else
            this.tooLarge = true;
        this.sketch.add(value);
        if (n < MAX_SAMPLE)
            this.sample[n] = value;
        if (!this.distinctOverflow)
            this.noteDistinct(value);
    }
    /**
     * {@link add} of each non-null `values[from, to)` (`nulls[i] === 1` marks a null, skipped), with
     * the same result: a column of integers is summed in doubles, exactly, in runs short enough that no
     * partial sum can round; other values through the exact accumulators' batch paththis.
     */
    addMany(values, nulls, from, to, known) {
        let present = 0;
        let least = Infinity;
        let greatest = -Infinity;
        let integers = true;
        if (known) {
            // The caller's pass over the values found these; what it could not tell, one short pass does.
            ({ present, least, greatest } = known);
            if (!(least > -MAX_SUMMABLE && greatest < MAX_SUMMABLE))
                return this.addEach(values, nulls, from, to);
            integers = known.integers ?? allIntegers(values, nulls, from, to);
        }
        else {
            for (let i = from; i < to; i++) {
                if (nulls !== undefined && nulls[i] === 1)
                    continue;
                const v = values[i];
                if (v - v !== 0 || v >= MAX_SUMMABLE || v <= -MAX_SUMMABLE)
                    return this.addEach(values, nulls, from, to);
                if (v < least)
                    least = v;
                if (v > greatest)
                    greatest = v;
                if (integers && Math.floor(v) !== v)
                    integers = false;
                present++;
            }
        }
        if (least > greatest)
            return;
        const largest = Math.max(-least, greatest);
        // -0 becomes 0, as add() makes it.
        if (least + 0 < this.min)
            this.min = least + 0;
        if (greatest + 0 > this.max)
            this.max = greatest + 0;
        let n = this.count;
        for (let i = from; i < to && (n < MAX_SAMPLE || !this.distinctOverflow); i++) {
            if (nulls !== undefined && nulls[i] === 1)
                continue;
            const v = values[i] + 0;
            if (n < MAX_SAMPLE)
                this.sample[n] = v;
            n++;
            if (!this.distinctOverflow)
                this.noteDistinct(v);
        }
        this.count += present;
        this.sketch.addMany(values, from, to, nulls);
        // Runs of `run` integers below 2^26 in magnitude sum, and sum their squares, below 2^53.
        const run = integers && largest < 2 ** 26 ? Math.floor(2 ** 53 / Math.max(1, largest * largest)) : 0;
        if (run < 2) {
            this.sum.addMany(values, from, to, nulls);
            this.squares.addSquares(values, from, to, nulls);
            return;
        }
        let sum = 0;
        let squares = 0;
        let left = run;
        for (let i = from; i < to; i++) {
            if (nulls !== undefined && nulls[i] === 1)
                continue;
            const v = values[i];
            sum += v;
            squares += v * v;
            if (--left === 0) {
                this.sum.add(sum);
                this.squares.add(squares);
                sum = squares = 0;
                left = run;
            }
        }
        this.sum.add(sum);
        this.squares.add(squares);
    }
    /**
     * {@link add} of each `entries[k]` `counts[k]` times (a dictionary-encoded column, counted by value),
     * with the same result as adding them in any order, for what no longer depends on order: so only
     * once the sample is full, and only for safe integers, whose products with a count are exact in two
     * doubles. Returns false, having done nothing, otherwise: the caller adds the values one by one.
     */
    addCounts(entries, counts) {
        this.release();
        if (this.count < MAX_SAMPLE)
            return false;
        for (let k = 0; k < entries.length; k++)
            if (counts[k] > 0 && !Number.isSafeInteger(entries[k]))
                return false;
        for (let k = 0; k < entries.length; k++) {
            const c = counts[k];
            if (c === 0)
                continue;
            const v = entries[k] + 0;
            this.count += c;
            if (v < this.min)
                this.min = v;
            if (v > this.max)
                this.max = v;
            this.sketch.addCount(v, c);
            if (!this.distinctOverflow)
                this.noteDistinct(v, c);
            const product = v * c;
            this.sum.add(product);
            this.sum.add((0,data_sketch/* productError */.GT)(v, c, product));
            // v² as two exact doubles (integers below 2^106), each times the count in two more.
            const square = v * v;
            const rest = (0,data_sketch/* squareError */.aW)(v, square);
            const high = square * c;
            this.squares.add(high);
            this.squares.add((0,data_sketch/* productError */.GT)(square, c, high));
            const low = rest * c;
            this.squares.add(low);
            this.squares.add((0,data_sketch/* productError */.GT)(rest, c, low));
        }
        return true;
    }
    addEach(values, nulls, from, to) {
        for (let i = from; i < to; i++)
            if (nulls === undefined || nulls[i] !== 1)
                this.add(values[i]);
    }
    noteDistinct(value, count = 1) {
        for (let d = 0; d < this.distinctSize; d++) {
            if (this.distinctValues[d] === value) {
                this.distinctCounts[d] = this.distinctCounts[d] + count;
                return;
            }
        }
        if (this.distinctSize === MAX_DISTINCT) {
            this.distinctOverflow = true;
            return;
        }
        this.distinctValues[this.distinctSize] = value;
        this.distinctCounts[this.distinctSize++] = count;
    }
    /** The column as a profile stores it (less its name and derived moments); counts what is held first. */
    parts() {
        this.release();
        const distinct = [];
        for (let d = 0; d < this.distinctSize; d++)
            distinct.push([this.distinctValues[d], this.distinctCounts[d]]);
        return {
            count: this.count,
            nulls: this.nulls,
            invalid: this.invalid,
            min: this.count > 0 ? this.min : null,
            max: this.count > 0 ? this.max : null,
            sum: this.tooLarge ? null : this.sum.toExactSum().canonical(),
            sumSquares: this.tooLarge ? null : this.squares.toExactSum().canonical(),
            distinct: this.distinctOverflow ? null : distinct.sort((a, b) => a[0] - b[0]),
            sample: this.count <= MAX_SAMPLE ? Array.from(this.sample.subarray(0, this.count)).sort((a, b) => a - b) : null,
            sketch: this.sketch.toJson(),
        };
    }
}

;// CONCATENATED MODULE: ./build/data/profile.js
/**
 * Data profiles: per-column statistics of a dataset, stored as JSON and compared by drift checks.
 *
 * Profiles are mergeable: profiles of shards merge (profile-merge.ts) into exactly (deep-equal after a
 * JSON round trip) the one-pass profile of the whole, in any order and grouping. Counts are integers,
 * sums are exact (see {@link ExactSum}), the sketch collapses deterministically, samples are stored
 * sorted, and the mean and deviation are derived from the exact sums. The one exception is a categorical column past
 * {@link MAX_CATEGORIES}: see {@link CategoricalColumnStats}.
 */




/** Distinct categories kept per column; later new ones are counted in `otherCount`. */
const MAX_CATEGORIES = 10_000;

const BOOLEAN_TEXTS = [Buffer.from('false'), Buffer.from('true')];
class CategoricalAccumulator {
    count = 0;
    nulls = 0;
    otherCount = 0;
    counts = new CategoryCounter(MAX_CATEGORIES);
    /** Booleans counted by value (false, true), moved into `counts` when the profile is read: no hash a cell. */
    booleans = [0, 0];
    settle() {
        for (let b = 0; b < 2; b++) {
            const n = this.booleans[b];
            if (n === 0)
                continue;
            this.booleans[b] = 0;
            const text = BOOLEAN_TEXTS[b];
            this.count += n;
            if (!this.counts.add(text, 0, text.length, n))
                this.otherCount += n;
        }
    }
}
/**
 * Accumulates a profile from a stream of values. The add methods are called from the validator's hot
 * loop: numeric values are held back and counted a batch at a time (see profile-numeric.ts), with no
 * allocation and no map lookup; categories are counted by their UTF-8 bytes
 * ({@link ProfileBuilder.addCategoryBytes}), so a value seen before costs no string.
 */
class ProfileBuilder {
    columns;
    numeric;
    categorical;
    rows = 0;
    scratch = Buffer.allocUnsafe(256);
    /** `columns` fixes the order and kinds; a duplicate name is a caller bug and throws. */
    constructor(columns) {
        this.columns = columns;
        const names = new Set();
        for (const c of columns) {
            if (names.has(c.name))
                throw new errors/* UserError */.yo(`profile: column '${c.name}' appears twice; column names must be unique`);
            names.add(c.name);
        }
        this.numeric = columns.map((c) => (c.kind === 'numeric' ? new NumericAccumulator() : undefined));
        this.categorical = columns.map((c) => (c.kind === 'categorical' ? new CategoricalAccumulator() : undefined));
    }
    /**
     * Counts a numeric value; NaN and ±Infinity are counted as invalid, not binned. Values are held
     * back, in order, and counted a batch at a time with {@link addNumbers}' code, which is several
     * times faster per value; {@link finish} counts what is held.
     */
    addNumber(column, value) {
        const s = this.numeric[column];
        if (s === undefined)
            throw new Error(`ProfileBuilder.addNumber: column ${column} is not a numeric column`);
        s.hold(value);
    }
    /**
     * Counts the non-null `values[from, to)` (`nulls[i] === 1` marks a null, skipped: the caller counts
     * it) as {@link addNumber} counts them one by one, with the same result; `known`, when the caller's
     * own pass over them found it, spares one.
     */
    addNumbers(column, values, nulls, from, to, known) {
        const s = this.numeric[column];
        if (s === undefined)
            throw new Error(`ProfileBuilder.addNumbers: column ${column} is not a numeric column`);
        // Values held back by addNumber came first.
        s.release();
        s.addMany(values, nulls, from, to, known);
    }
    /**
     * Counts each `entries[k]` `counts[k]` times, as {@link addNumbers} would count them in some order:
     * false, having done nothing, while the result could depend on the order (see
     * {@link NumericAccumulator.addCounts}); the caller then adds them in row order.
     */
    addNumberCounts(column, entries, counts) {
        const s = this.numeric[column];
        if (s === undefined)
            throw new Error(`ProfileBuilder.addNumberCounts: column ${column} is not a numeric column`);
        return s.addCounts(entries, counts);
    }
    /** Counts a categorical value. */
    addCategory(column, value) {
        // Keys are UTF-8 bytes, like the validator's cells; a lone surrogate encodes as U+FFFD.
        const need = Buffer.byteLength(value);
        if (need > this.scratch.length)
            this.scratch = Buffer.allocUnsafe(Math.max(need, this.scratch.length * 2));
        const n = this.scratch.write(value, 0);
        this.addCategoryBytes(column, this.scratch, 0, n);
    }
    /** Counts `count` of a categorical value given as valid UTF-8 bytes `buf[s, e)` (no string is made). */
    addCategoryBytes(column, buf, s, e, count = 1) {
        const c = this.categorical[column];
        if (c === undefined)
            throw new Error(`ProfileBuilder.addCategory: column ${column} is not a categorical column`);
        c.count += count;
        if (!c.counts.add(buf, s, e, count))
            c.otherCount += count;
    }
    /**
     * Counts a boolean as the category `true` or `false`, the same as {@link addCategoryBytes} of its
     * text: a column's categories are read sorted, so counting these later changes nothing.
     */
    addBoolean(column, value) {
        const c = this.categorical[column];
        if (c === undefined)
            throw new Error(`ProfileBuilder.addBoolean: column ${column} is not a categorical column`);
        c.booleans[value ? 1 : 0] = c.booleans[value ? 1 : 0] + 1;
    }
    /** Counts a missing value in any column. */
    addNull(column) {
        const s = this.numeric[column] ?? this.categorical[column];
        if (s === undefined)
            throw new Error(`ProfileBuilder.addNull: no column ${column}`);
        s.nulls++;
    }
    /** Rows counted once per row by the caller. */
    addRows(count) {
        this.rows += count;
    }
    /** The profile so far; the builder stays usable. */
    finish() {
        const columns = this.columns.map((c, i) => {
            const cat = this.categorical[i];
            if (cat !== undefined) {
                cat.settle();
                return { name: c.name, kind: 'categorical', count: cat.count, nulls: cat.nulls, categories: sortCategories(cat.counts.entries()), otherCount: cat.otherCount };
            }
            return numericStats(c.name, this.numeric[i].parts());
        });
        return { format: 'modelgate-profile', version: 1, rows: this.rows, columns };
    }
}
/** Assembles numeric stats in the stored key order, deriving the mean and deviation from the exact sums. */
function numericStats(name, parts) {
    let mean = null;
    let stdev = null;
    if (parts.count > 0 && parts.sum !== null && parts.sumSquares !== null) {
        const moments = (0,data_sketch/* momentsFromSums */.YW)(parts.count, parts.sum, parts.sumSquares);
        mean = moments.mean;
        stdev = moments.sampleVariance === null ? null : Math.sqrt(moments.sampleVariance);
    }
    const { count, nulls, invalid, min, max, sum, sumSquares, distinct, sample, sketch } = parts;
    return { name, kind: 'numeric', count, nulls, invalid, min, max, mean, stdev, sum, sumSquares, distinct, sample, sketch };
}
/** Categories highest count first, ties by value: the stored order. */
function sortCategories(pairs) {
    return pairs.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
/**
 * The `q` quantile (0..1) of a numeric column: exact (linear interpolation, like numpy) while the
 * profile keeps the values, else from the sketch within 1 % relative. `undefined` for a categorical
 * or empty column.
 */
function quantile(stats, q) {
    if (stats.kind !== 'numeric' || stats.count === 0 || !(q >= 0 && q <= 1))
        return undefined;
    if (stats.sample !== null) {
        const position = q * (stats.sample.length - 1);
        const below = Math.floor(position);
        const low = stats.sample[below];
        const high = stats.sample[Math.min(below + 1, stats.sample.length - 1)];
        return low + (high - low) * (position - below);
    }
    return (0,data_sketch/* sketchQuantile */.dW)(stats.sketch, q, stats.min, stats.max);
}


/***/ }),

/***/ 93093:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PA: () => (/* binding */ ExactSum),
  wh: () => (/* binding */ QuantileSketch),
  vQ: () => (/* reexport */ RELATIVE_ACCURACY),
  gV: () => (/* binding */ addComponents),
  tB: () => (/* binding */ mergeSketches),
  YW: () => (/* binding */ momentsFromSums),
  GT: () => (/* binding */ productError),
  gx: () => (/* binding */ sketchBuckets),
  dW: () => (/* binding */ sketchQuantile),
  aW: () => (/* binding */ squareError)
});

// UNUSED EXPORTS: GAMMA, MAX_BUCKETS, bucketIndex, fastBucketIndex

;// CONCATENATED MODULE: ./build/data/sketch-buckets.js
/**
 * The bucket of a value in the quantile sketch (sketch.ts): by its logarithm, as defined, and by table
 * lookup, which gives exactly the same index at a fraction of the cost.
 */
/** Relative accuracy of the sketch: every quantile is within 1 % of a true value of that rank. */
const RELATIVE_ACCURACY = 0.01;
/** Bucket ratio: bucket k holds magnitudes in (GAMMA^(k-1), GAMMA^k]. */
const GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
const INV_LOG_GAMMA = 1 / Math.log(GAMMA);
/** The bucket index of a positive magnitude. */
function bucketIndex(magnitude) {
    return Math.ceil(Math.log(magnitude) * INV_LOG_GAMMA);
}
// A bucket ~2 % wide holds ~80 slices of 2^-12 relative width; a slice inside one bucket takes its
// index from a table (one per binary exponent, built when first met), a slice across a boundary from
// the logarithm. A slice counts as inside only when both its ends lie clear of the boundaries by far
// more than the logarithm's error, so the table gives exactly what bucketIndex gives.
const SLICE_BITS = 12;
const ACROSS = 0x7fffffff;
const MARGIN = 1e-7;
const SLICES = new Array(2048).fill(undefined);
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
function sliceTable(exponent) {
    const table = new Int32Array(1 << SLICE_BITS);
    const shift = 20 - SLICE_BITS;
    for (let slice = 0; slice < table.length; slice++) {
        U32[HIGH] = (exponent << 20) | (slice << shift);
        U32[1 - HIGH] = 0;
        const low = Math.log(F64[0]) * INV_LOG_GAMMA;
        U32[HIGH] = (exponent << 20) | (slice << shift) | ((1 << shift) - 1);
        U32[1 - HIGH] = 0xffffffff;
        const high = Math.log(F64[0]) * INV_LOG_GAMMA;
        const index = Math.ceil(low);
        const clear = low > index - 1 + MARGIN && high < index - MARGIN && Math.ceil(high) === index;
        table[slice] = clear ? index : ACROSS;
    }
    SLICES[exponent] = table;
    return table;
}
// The slices of magnitudes 2^-64 to 2^64 in one flat table (2 MiB, filled an exponent at a time as
// values meet them): the per-exponent tables cost a dependent load and a branch the data decides.
const WINDOW_LOW = 1023 - 64;
const WINDOW_SIZE = 128;
const WINDOW = new Int32Array(WINDOW_SIZE << SLICE_BITS);
const WINDOW_BUILT = new Uint8Array(WINDOW_SIZE);
// Codes of sliceIndexes besides `index << 1 | sign` (bucket indexes stay within ±2^16).
const SKIP = 0x7ffffffe;
const OUTSIDE = 0x7fffffff;
/**
 * For each of the `n` values of `words` (as doubles) from `from`: `index << 1 | sign` of its bucket
 * from the window's table, {@link OUTSIDE} where the table cannot tell (zero, subnormal, beyond the
 * window, a slice across a boundary), {@link SKIP} for a null. A function of its own, with nothing
 * else in its loop, keeps the loop tight.
 */
function sliceIndexes(words, from, n, nulls, out) {
    for (let k = 0; k < n; k++) {
        const i = from + k;
        if (nulls !== undefined && nulls[i] === 1) {
            out[k] = SKIP;
            continue;
        }
        const top = words[2 * i + HIGH];
        const magnitude = top & 0x7fffffff;
        const exponent = magnitude >>> 20;
        if (exponent - WINDOW_LOW >= WINDOW_SIZE || exponent < WINDOW_LOW) {
            out[k] = OUTSIDE;
            continue;
        }
        if (WINDOW_BUILT[exponent - WINDOW_LOW] === 0)
            buildWindow(exponent);
        const index = WINDOW[(magnitude >>> (20 - SLICE_BITS)) - (WINDOW_LOW << SLICE_BITS)];
        out[k] = index === ACROSS ? OUTSIDE : (index << 1) | (top >>> 31);
    }
}
// The codes of a batch of values, counted a batch at a time.
const BATCH = 4096;
const INDEXES = new Int32Array(BATCH);
function buildWindow(exponent) {
    WINDOW.set(SLICES[exponent] ?? sliceTable(exponent), (exponent - WINDOW_LOW) << SLICE_BITS);
    WINDOW_BUILT[exponent - WINDOW_LOW] = 1;
}
/** {@link bucketIndex} of a normal positive magnitude, mostly by table lookup. */
function fastBucketIndex(magnitude) {
    F64[0] = magnitude;
    const high = U32[HIGH];
    const exponent = high >>> 20;
    const index = (SLICES[exponent] ?? sliceTable(exponent))[(high >>> (20 - SLICE_BITS)) & ((1 << SLICE_BITS) - 1)];
    return index === ACROSS ? bucketIndex(magnitude) : index;
}

;// CONCATENATED MODULE: ./build/data/sketch.js
/**
 * Mergeable, deterministic summaries of a numeric column: a DDSketch-style log-bucketed histogram for
 * quantiles and distribution distances, and exact floating-point sums for the mean and deviation.
 *
 * Both are built so that the summary of a whole equals, bit for bit, the merge of the summaries of its
 * parts in any order: bucket counts are integers, collapsing depends only on the final highest bucket,
 * and sums are kept as exact expansions (Shewchuk) stored in one canonical form.
 */


/** Most buckets a sign keeps; lower (smaller-magnitude) buckets collapse into the lowest kept one. */
const MAX_BUCKETS = 2048;
// Magnitudes below the smallest normal double count as zero, which keeps bucket indices bounded.
const MIN_INDEXABLE = 2.2250738585072014e-308;
/** Dense counts for one sign, indexed by bucket; grows rarely, so adding a value allocates nothing. */
class BucketStore {
    counts = new Float64Array(0);
    offset = 0;
    minIndex = Infinity;
    maxIndex = -Infinity;
    add(index, count = 1) {
        if (index < this.minIndex || index > this.maxIndex)
            index = this.extend(index);
        this.counts[index - this.offset] += count;
    }
    /** Widens the kept range to `index` and returns where it is counted (collapsed when too low). */
    extend(index) {
        const newMax = Math.max(this.maxIndex, index);
        const newMin = Math.max(Math.min(this.minIndex, index), newMax - MAX_BUCKETS + 1);
        if (newMin < this.offset || newMax >= this.offset + this.counts.length) {
            const span = newMax - newMin + 1;
            const size = Math.min(Math.max(64, span * 2), MAX_BUCKETS * 2);
            const next = new Float64Array(size);
            const nextOffset = newMin - Math.floor((size - span) / 2);
            for (let k = this.minIndex; k <= this.maxIndex; k++) {
                const count = this.counts[k - this.offset] ?? 0;
                next[Math.max(k, newMin) - nextOffset] += count;
            }
            this.counts = next;
            this.offset = nextOffset;
        }
        else if (newMin > this.minIndex) {
            // The window holds everything, but the highest bucket moved up: collapse in place.
            let collapsed = 0;
            for (let k = this.minIndex; k < newMin; k++) {
                collapsed += this.counts[k - this.offset];
                this.counts[k - this.offset] = 0;
            }
            this.counts[newMin - this.offset] += collapsed;
        }
        this.minIndex = newMin;
        this.maxIndex = newMax;
        return Math.max(index, newMin);
    }
    toJson() {
        let low = this.minIndex;
        let high = this.maxIndex;
        while (low <= high && this.counts[low - this.offset] === 0)
            low++;
        while (high >= low && this.counts[high - this.offset] === 0)
            high--;
        if (low > high)
            return { offset: 0, counts: [] };
        return { offset: low, counts: Array.from(this.counts.subarray(low - this.offset, high - this.offset + 1)) };
    }
}
/** Builds a {@link SketchJson} one value at a time without allocating per value. */
class QuantileSketch {
    positive = new BucketStore();
    negative = new BucketStore();
    zeros = 0;
    /** Adds a finite value. */
    add(value) {
        if (value >= MIN_INDEXABLE)
            this.positive.add(fastBucketIndex(value));
        else if (value <= -MIN_INDEXABLE)
            this.negative.add(fastBucketIndex(-value));
        else
            this.zeros++;
    }
    /** {@link add} of `value` (finite) `count` times. */
    addCount(value, count) {
        if (value >= MIN_INDEXABLE)
            this.positive.add(fastBucketIndex(value), count);
        else if (value <= -MIN_INDEXABLE)
            this.negative.add(fastBucketIndex(-value), count);
        else
            this.zeros += count;
    }
    /** {@link add} of each non-null `values[from, to)` (`nulls[i] === 1` skips one), each finite. */
    addMany(values, from, to, nulls) {
        const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
        for (let i = from; i < to; i += BATCH) {
            const n = Math.min(to - i, BATCH);
            sliceIndexes(words, i, n, nulls, INDEXES);
            // Equal buckets in a row (sorted or clustered values) are counted together.
            let last = SKIP;
            let run = 0;
            for (let k = 0; k < n; k++) {
                const code = INDEXES[k];
                if (code === SKIP)
                    continue;
                if (code === last) {
                    run++;
                    continue;
                }
                if (code === OUTSIDE) {
                    this.add(values[i + k]);
                    continue;
                }
                if (run > 0)
                    this.addCode(last, run);
                last = code;
                run = 1;
            }
            if (run > 0)
                this.addCode(last, run);
        }
    }
    addCode(code, count) {
        if ((code & 1) === 0)
            this.positive.add(code >> 1, count);
        else
            this.negative.add(code >> 1, count);
    }
    /** Adds every bucket of a stored sketch (merging). */
    addSketch(sketch) {
        this.zeros += sketch.zeros;
        sketch.positive.counts.forEach((count, i) => count > 0 && this.positive.add(sketch.positive.offset + i, count));
        sketch.negative.counts.forEach((count, i) => count > 0 && this.negative.add(sketch.negative.offset + i, count));
    }
    /** The sketch in its canonical stored form. */
    toJson() {
        return { relativeAccuracy: RELATIVE_ACCURACY, zeros: this.zeros, positive: this.positive.toJson(), negative: this.negative.toJson() };
    }
}
/** Merges stored sketches; equals the sketch of all their values in one pass. */
function mergeSketches(sketches) {
    const merged = new QuantileSketch();
    for (const sketch of sketches)
        merged.addSketch(sketch);
    return merged.toJson();
}
/**
 * The sketch's buckets in ascending value order, clamped to the column's [min, max] so the outermost
 * buckets do not reach past the data. Zeros are a bucket of width zero.
 */
function sketchBuckets(sketch, min, max) {
    const out = [];
    const clamp = (x) => Math.min(Math.max(x, min), max);
    const { negative, positive } = sketch;
    for (let i = negative.counts.length - 1; i >= 0; i--) {
        const count = negative.counts[i];
        const k = negative.offset + i;
        if (count > 0)
            out.push({ low: clamp(-Math.pow(GAMMA, k)), high: clamp(-Math.pow(GAMMA, k - 1)), count });
    }
    if (sketch.zeros > 0)
        out.push({ low: clamp(0), high: clamp(0), count: sketch.zeros });
    positive.counts.forEach((count, i) => {
        const k = positive.offset + i;
        if (count > 0)
            out.push({ low: clamp(Math.pow(GAMMA, k - 1)), high: clamp(Math.pow(GAMMA, k)), count });
    });
    return out;
}
/**
 * The value of rank `q * (count - 1)` (0-based, rounded down), within {@link RELATIVE_ACCURACY} of
 * it, clamped to [min, max]; `undefined` for an empty sketch.
 */
function sketchQuantile(sketch, q, min, max) {
    const total = sketch.zeros + sum(sketch.positive.counts) + sum(sketch.negative.counts);
    if (total === 0)
        return undefined;
    const rank = q * (total - 1);
    let seen = 0;
    const clamp = (x) => Math.min(Math.max(x, min), max);
    const { negative, positive } = sketch;
    for (let i = negative.counts.length - 1; i >= 0; i--) {
        seen += negative.counts[i];
        if (seen > rank)
            return clamp((-2 * Math.pow(GAMMA, negative.offset + i)) / (GAMMA + 1));
    }
    seen += sketch.zeros;
    if (seen > rank)
        return clamp(0);
    for (let i = 0; i < positive.counts.length; i++) {
        seen += positive.counts[i];
        if (seen > rank)
            return clamp((2 * Math.pow(GAMMA, positive.offset + i)) / (GAMMA + 1));
    }
    return max;
}
function sum(values) {
    let total = 0;
    for (const v of values)
        total += v;
    return total;
}
/**
 * An exact sum of doubles as a nonoverlapping expansion (Shewchuk; the algorithm of Python's
 * `math.fsum`). Adding allocates nothing; the partial count stays small (at most ~40).
 */
class ExactSum {
    partials = new Float64Array(64);
    length = 0;
    /** Adds `x` exactly. */
    add(x) {
        const p = this.partials;
        let kept = 0;
        for (let j = 0; j < this.length; j++) {
            const y = p[j];
            const hi = x + y;
            const yVirtual = hi - x;
            const lo = x - (hi - yVirtual) + (y - yVirtual);
            if (lo !== 0)
                p[kept++] = lo;
            x = hi;
        }
        if (x !== 0)
            p[kept++] = x;
        this.length = kept;
    }
    /** Adds `x * x` exactly (Dekker's product); `|x|` must stay below ~1e150 so nothing overflows. */
    addSquare(x) {
        const product = x * x;
        const error = squareError(x, product);
        this.add(product);
        // Squares of small integers and short decimals are often exact; skipping the zero saves a pass.
        if (error !== 0)
            this.add(error);
    }
    /** Adds `a * b` exactly (both below ~1e150 in magnitude). */
    addProduct(a, b) {
        const product = a * b;
        this.add(product);
        this.add(productError(a, b, product));
    }
    /** The correctly rounded value of the sum. */
    rounded() {
        const p = this.partials;
        let n = this.length;
        if (n === 0)
            return 0;
        let hi = p[--n];
        let lo = 0;
        while (n > 0) {
            const x = hi;
            const y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo !== 0)
                break;
        }
        // Round half to even across the remaining partials, as math.fsum does.
        if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
            const y = lo * 2;
            const x = hi + y;
            if (y === x - hi)
                hi = x;
        }
        return hi;
    }
    /**
     * The exact value as its canonical components: the rounded value, then the rounded remainder, and
     * so on until nothing remains. One exact value has one such list, so equal sums store equally.
     */
    canonical() {
        const rest = new ExactSum();
        for (let i = 0; i < this.length; i++)
            rest.add(this.partials[i]);
        const out = [];
        while (rest.length > 0) {
            const component = rest.rounded();
            out.push(component);
            rest.add(-component);
        }
        return out;
    }
}
// 2^27 + 1: splits a double into two halves whose products are exact.
const SPLITTER = 134217729;
/** What `a * b` (`product`) rounded away: Dekker's product, so `product + error` is exact (no overflow or underflow). */
function productError(a, b, product) {
    const ta = SPLITTER * a;
    const aHigh = ta - (ta - a);
    const aLow = a - aHigh;
    const tb = SPLITTER * b;
    const bHigh = tb - (tb - b);
    const bLow = b - bHigh;
    return aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;
}
/** What `x * x` (`product`) rounded away: Dekker's split, so `product + error` is the exact square. */
function squareError(x, product) {
    const t = SPLITTER * x;
    const high = t - (t - x);
    const low = x - high;
    return high * high - product + 2 * high * low + low * low;
}
/** The exact sum of canonical component lists (merging stored sums). */
function addComponents(lists) {
    const total = new ExactSum();
    for (const list of lists)
        for (const c of list)
            total.add(c);
    return total.canonical();
}
/**
 * Mean and deviations from exact sums: `n·Σx² − (Σx)²` is formed exactly and rounded once, so the
 * variance is accurate even when the mean is large next to the spread.
 */
function momentsFromSums(count, sumParts, squareParts) {
    const sumValue = new ExactSum();
    for (const c of sumParts)
        sumValue.add(c);
    const mean = sumValue.rounded() / count;
    const spread = new ExactSum();
    for (const q of squareParts)
        spread.addProduct(count, q);
    for (const a of sumParts)
        for (const b of sumParts)
            spread.addProduct(-a, b);
    const numerator = Math.max(0, spread.rounded());
    return {
        mean,
        populationVariance: numerator / count / count,
        sampleVariance: count > 1 ? numerator / count / (count - 1) : null,
    };
}


/***/ }),

/***/ 14895:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ie: () => (/* binding */ cellText),
/* harmony export */   Nb: () => (/* binding */ readCsv),
/* harmony export */   be: () => (/* binding */ formatOf),
/* harmony export */   bf: () => (/* binding */ isGzip),
/* harmony export */   fl: () => (/* binding */ readJsonl),
/* harmony export */   gN: () => (/* binding */ sizesOf),
/* harmony export */   xx: () => (/* binding */ RecordBuilder)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
/* harmony import */ var _core_csv_scanner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39025);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62807);
/* harmony import */ var _cell_parsers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46188);







const CHUNK = 512 * 1024;
/** The format of a file by its name (`.csv`, `.tsv`, `.jsonl`, `.ndjson`, `.parquet`, with optional `.gz`). */
function formatOf(file) {
    if (file.format)
        return file.format;
    const name = file.path.toLowerCase().replace(/\.gz$/, '');
    if (name.endsWith('.jsonl') || name.endsWith('.ndjson'))
        return 'jsonl';
    if (name.endsWith('.parquet'))
        return 'parquet';
    if (name.endsWith('.csv') || name.endsWith('.tsv'))
        return 'csv';
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`data: cannot tell the format of '${file.display}' from its name; use .csv, .tsv, .jsonl, .ndjson or .parquet (optionally .gz), or set the format`, {
        file: file.display,
    });
}
async function sizeOf(file) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file.path);
        if (!info.isFile())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`data: '${file.display}' is not a file`, { file: file.display });
        return info.size;
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo)
            throw error;
        const code = error.code;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`data: cannot read '${file.display}' (${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')})`, { file: file.display });
    }
}
/** Size in bytes of each file, failing with a {@link UserError} on a missing one before any work. */
async function sizesOf(files) {
    return Promise.all(files.map(sizeOf));
}
/** True when the file is gzip, by its `.gz` suffix or its magic bytes. */
async function isGzip(file) {
    if (/\.gz$/i.test(file.path))
        return true;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file.path, 'r');
    try {
        const head = Buffer.alloc(2);
        const { bytesRead } = await handle.read(head, 0, 2, 0);
        return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
    }
    finally {
        await handle.close();
    }
}
/**
 * Streams the bytes of a CSV or JSON Lines file, gunzipped when it is gzip (by suffix or magic
 * bytes), while hashing the raw bytes. Returns the raw file's sha256 (hex).
 */
async function streamBytes(file, handlers, onChunk) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const gzip = await isGzip(file);
    const raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file.path, { highWaterMark: CHUNK });
    const where = gzip ? 'while decompressing' : 'while reading';
    try {
        if (!gzip) {
            for await (const chunk of raw) {
                hash.update(chunk);
                handlers.onBytes(chunk.length);
                onChunk(chunk);
            }
        }
        else {
            const gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.createGunzip)({ chunkSize: CHUNK });
            raw.on('data', (chunk) => {
                hash.update(chunk);
                handlers.onBytes(chunk.length);
            });
            raw.on('error', (error) => gunzip.destroy(error));
            raw.pipe(gunzip);
            for await (const chunk of gunzip)
                onChunk(chunk);
        }
    }
    catch (error) {
        raw.destroy();
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo || error instanceof _core_csv_scanner_js__WEBPACK_IMPORTED_MODULE_4__/* .CsvSyntaxError */ .oC)
            throw error;
        const reason = error.code === 'Z_BUF_ERROR' ? 'the gzip stream is cut short (truncated file)' : error.message;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`data: ${file.display}: ${where}: ${reason}`, { file: file.display });
    }
    return hash.digest('hex');
}
/**
 * Reads a plain (not gzipped) CSV file into one reused buffer: no buffer per chunk, and the
 * unfinished record is moved to the front instead of concatenated with the next chunk, so memory
 * stays at about two chunks whatever the file size. Returns the file's sha256.
 */
async function scanPlainFile(file, handlers, scanner, skipHash) {
    const hash = skipHash ? undefined : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file.path, 'r');
        let work = Buffer.allocUnsafeSlow(2 * CHUNK);
        let carry = 0;
        for (;;) {
            if (work.length - carry < CHUNK) {
                // A record longer than a chunk: the scanner bounds it by maxRecordBytes.
                const grown = Buffer.allocUnsafeSlow(carry + 2 * CHUNK);
                work.copy(grown, 0, 0, carry);
                work = grown;
            }
            const { bytesRead } = await handle.read(work, carry, CHUNK, null);
            if (bytesRead === 0)
                break;
            const end = carry + bytesRead;
            hash?.update(work.subarray(carry, end));
            handlers.onBytes(bytesRead);
            const used = scanner.scanSome(work.subarray(0, end), false);
            work.copyWithin(0, used, end);
            carry = end - used;
        }
        if (carry > 0)
            scanner.scanSome(work.subarray(0, carry), true);
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo || error instanceof _core_csv_scanner_js__WEBPACK_IMPORTED_MODULE_4__/* .CsvSyntaxError */ .oC)
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`data: ${file.display}: while reading: ${error.message}`, { file: file.display });
    }
    finally {
        await handle?.close();
    }
    return hash?.digest('hex') ?? '';
}
/** Reads a CSV file; the first record is the header. Returns the raw file's sha256. */
async function readCsv(file, handlers, options = {}) {
    let header = true;
    const scanner = new _core_csv_scanner_js__WEBPACK_IMPORTED_MODULE_4__/* .CsvScanner */ .BR((record) => {
        if (header) {
            header = false;
            handlers.onHeader(record.texts());
        }
        else
            handlers.onRecord(record);
    }, { delimiter: options.delimiter ?? (/\.tsv(\.gz)?$/i.test(file.path) ? '\t' : ','), maxRecordBytes: options.maxRecordBytes });
    try {
        let sha;
        if (await isGzip(file)) {
            sha = await streamBytes(file, handlers, (chunk) => scanner.push(chunk));
            scanner.end();
        }
        else
            sha = await scanPlainFile(file, handlers, scanner, options.skipHash === true);
        if (header)
            handlers.onHeader([]);
        return sha;
    }
    catch (error) {
        if (error instanceof _core_csv_scanner_js__WEBPACK_IMPORTED_MODULE_4__/* .CsvSyntaxError */ .oC) {
            const hint = error.record === 0 ? quotedHeaderHint(error.message) : '';
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`data: ${file.display}:${error.line}: ${error.message}${hint}`, { file: file.display, line: error.line });
        }
        throw error;
    }
}
/**
 * A quoted header in another delimiter (`"a";"b"` read with `,`) fails at the first `;` after a closing
 * quote: the hint names the delimiter to set.
 */
function quotedHeaderHint(message) {
    const found = /^unexpected (?:'([;|,])'|byte 0x09) after a closing quote/.exec(message);
    if (!found)
        return '';
    const delimiter = found[1] ?? '\\t';
    return `; the header looks '${delimiter}'-separated: set input 'delimiter' to '${delimiter}'`;
}
/** Fills a record from JavaScript values (JSON or Parquet cells) as text, null staying null. */
class RecordBuilder {
    record = new _core_csv_scanner_js__WEBPACK_IMPORTED_MODULE_4__/* .CsvRecord */ .KL();
    buf = Buffer.alloc(4096);
    at = 0;
    /** Starts a new record. */
    reset(count, line, index) {
        this.record.grow(count);
        this.record.count = count;
        this.record.line = line;
        this.record.index = index;
        this.record.fieldBuffers = undefined;
        this.at = 0;
    }
    /** Sets field `i` to the bytes `from[s, e)`. */
    setBytes(i, from, s, e) {
        const r = this.record;
        const need = this.at + (e - s);
        if (need > this.buf.length) {
            const grown = Buffer.alloc(Math.max(need, this.buf.length * 2));
            this.buf.copy(grown, 0, 0, this.at);
            this.buf = grown;
        }
        r.starts[i] = this.at;
        this.buf.set(from.subarray(s, e), this.at);
        this.at += e - s;
        r.ends[i] = this.at;
        r.quoting[i] = 1 /* Quoting.Quoted */;
        r.buf = this.buf;
    }
    /** Sets field `i` to `text`, or to null. */
    set(i, text) {
        const r = this.record;
        if (text === null) {
            r.starts[i] = this.at;
            r.ends[i] = this.at;
            r.quoting[i] = 3 /* Quoting.Null */;
            return;
        }
        const need = this.at + Buffer.byteLength(text);
        if (need > this.buf.length) {
            const grown = Buffer.alloc(Math.max(need, this.buf.length * 2));
            this.buf.copy(grown, 0, 0, this.at);
            this.buf = grown;
        }
        r.starts[i] = this.at;
        this.at += this.buf.write(text, this.at);
        r.ends[i] = this.at;
        r.quoting[i] = 1 /* Quoting.Quoted */;
        r.buf = this.buf;
    }
}
/** A JavaScript value as the text a CSV would hold, for the field type (dates as ISO 8601). */
function cellText(value, type) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number')
        return Number.isNaN(value) ? 'NaN' : value === Infinity ? 'INF' : value === -Infinity ? '-INF' : String(value);
    if (typeof value === 'bigint' || typeof value === 'boolean')
        return String(value);
    if (value instanceof Date) {
        // A day count past ±100,000,000 days is no date; its text fails the type check, as in a CSV.
        if (Number.isNaN(value.getTime()))
            return 'Invalid Date';
        const iso = value.toISOString();
        return type === 'date' ? iso.slice(0, 10) : type === 'time' ? iso.slice(11) : iso;
    }
    if (value instanceof Uint8Array)
        return Buffer.from(value).toString('base64');
    return JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
}
/**
 * Reads JSON Lines: one object per line, the first object's keys being the header. A key missing
 * from a later object is a null cell; keys the header lacks become extra cells after the header's.
 */
async function readJsonl(file, handlers, options = {}) {
    let labels;
    // The header's keys as a set: a search of the list per key was quadratic in a wide object's width.
    let known;
    let line = 0;
    let index = 0;
    const builder = new RecordBuilder();
    let pending;
    const maxRecordBytes = options.maxRecordBytes ?? 16 * 1024 * 1024;
    const onLine = (buf, s, e) => {
        line++;
        if (e > s && buf[e - 1] === 0x0d)
            e--;
        if (e === s)
            return;
        if (!(0,_cell_parsers_js__WEBPACK_IMPORTED_MODULE_6__/* .isUtf8Range */ .n)(buf, s, e)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`data: ${file.display}:${line}: not valid UTF-8`, { file: file.display, line });
        }
        let value;
        try {
            value = JSON.parse(buf.toString('utf8', s, e));
        }
        catch (error) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`data: ${file.display}:${line}: not a JSON object (${error.message.split('\n')[0]})`, { file: file.display, line });
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`data: ${file.display}:${line}: each line must be one JSON object (keys = field names)`, { file: file.display, line });
        }
        const object = value;
        if (!labels) {
            labels = Object.keys(object);
            known = new Set(labels);
            handlers.onHeader(labels);
        }
        const extra = Object.keys(object).filter((k) => !known?.has(k));
        builder.reset(labels.length + extra.length, line, ++index);
        // Own keys only: a row without `__proto__` or `toString` must read as missing them, not as Object's.
        labels.forEach((label, i) => builder.set(i, cellText(Object.hasOwn(object, label) ? object[label] : undefined, options.typeOf?.(label))));
        extra.forEach((key, i) => builder.set(labels.length + i, cellText(object[key], undefined)));
        handlers.onRecord(builder.record);
    };
    const sha = await streamBytes(file, handlers, (chunk) => {
        const buf = pending ? Buffer.concat([pending, chunk]) : chunk;
        pending = undefined;
        let from = 0;
        for (;;) {
            const nl = buf.indexOf(0x0a, from);
            if (nl < 0)
                break;
            onLine(buf, from, nl);
            from = nl + 1;
        }
        if (buf.length - from > maxRecordBytes) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`data: ${file.display}:${line + 1}: a line longer than ${maxRecordBytes} bytes`, { file: file.display, line: line + 1 });
        }
        if (from < buf.length)
            pending = Buffer.from(buf.subarray(from));
    });
    if (pending)
        onLine(pending, 0, pending.length);
    if (!labels)
        handlers.onHeader([]);
    return sha;
}


/***/ }),

/***/ 92649:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ primaryKeyOf),
/* harmony export */   o: () => (/* binding */ CHECKED_TYPES)
/* harmony export */ });
/** Types whose values modelgate checks; the others are reported as unsupported (never silently passed). */
const CHECKED_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'date', 'datetime', 'time', 'year', 'any']);
/** The primary key as a list of field names (a string primary key is one field). */
function primaryKeyOf(schema) {
    const key = schema.primaryKey;
    return key === undefined ? [] : typeof key === 'string' ? [key] : key;
}


/***/ }),

/***/ 95077:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ TextMemo)
/* harmony export */ });
/* harmony import */ var _byte_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47904);

/** Keys longer than this are not cached (they are rarely repeated categories). */
const MAX_KEY = 64;
const SLOTS = 2048;
/**
 * A predicate over a cell's text (a pattern, an enum, a string format, a reference category set),
 * memoised by the cell's bytes in a direct-mapped cache: a column with few distinct values is
 * decoded and tested once per value, not once per cell. The predicate must be pure.
 */
class TextMemo {
    predicate;
    keys = Buffer.alloc(SLOTS * MAX_KEY);
    /** Key length + 1 per slot; 0 when empty. */
    lengths = new Int32Array(SLOTS);
    results = new Uint8Array(SLOTS);
    constructor(predicate) {
        this.predicate = predicate;
    }
    /** `predicate(text of buf[s, e))`, from the cache when these bytes were tested before. */
    test(buf, s, e) {
        const n = e - s;
        if (n > MAX_KEY)
            return this.predicate(Buffer.from(buf.buffer, buf.byteOffset + s, n).toString('utf8'));
        const slot = (0,_byte_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashBytes */ .y)(buf, s, e) & (SLOTS - 1);
        const at = slot * MAX_KEY;
        if (this.lengths[slot] === n + 1 && (0,_byte_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sameBytes */ .e)(this.keys, at, buf, s, n))
            return this.results[slot] === 1;
        const result = this.predicate(Buffer.from(buf.buffer, buf.byteOffset + s, n).toString('utf8'));
        for (let k = 0; k < n; k++)
            this.keys[at + k] = buf[s + k];
        this.lengths[slot] = n + 1;
        this.results[slot] = result ? 1 : 0;
        return result;
    }
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

/***/ 25836:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/files.js
var core_files = __webpack_require__(21645);
// EXTERNAL MODULE: ./build/data/checks.js
var data_checks = __webpack_require__(99644);
// EXTERNAL MODULE: ./build/data/sketch.js + 1 modules
var data_sketch = __webpack_require__(93093);
;// CONCATENATED MODULE: ./build/data/drift-numeric.js

/** A column's values as ascending pieces, with prefix sums for fast cumulative lookups. */
class NumericDistribution {
    pieces;
    before;
    /** Values in the distribution (the column's valid count). */
    total;
    constructor(pieces) {
        this.pieces = pieces;
        this.before = new Float64Array(pieces.length + 1);
        pieces.forEach((p, i) => (this.before[i + 1] = this.before[i] + p.count));
        this.total = this.before[pieces.length];
    }
    /** The exact sample when the column kept one and `exact` allows it, else the sketch. */
    static of(stats, exact) {
        if (exact && stats.sample !== null) {
            const pieces = [];
            for (const value of stats.sample) {
                const last = pieces[pieces.length - 1];
                if (last !== undefined && last.low === value)
                    last.count++;
                else
                    pieces.push({ low: value, high: value, count: 1 });
            }
            return new NumericDistribution(pieces);
        }
        if (stats.min === null || stats.max === null)
            return new NumericDistribution([]);
        return new NumericDistribution((0,data_sketch/* sketchBuckets */.gx)(stats.sketch, stats.min, stats.max));
    }
    /** Population standard deviation, each piece at its midpoint (for columns without exact sums). */
    stdev() {
        const mid = (p) => (p.low + p.high) / 2;
        const mean = this.pieces.reduce((t, p) => t + p.count * mid(p), 0) / this.total;
        return Math.sqrt(this.pieces.reduce((t, p) => t + p.count * (mid(p) - mean) ** 2, 0) / this.total);
    }
    /** Every piece edge, for building shared breakpoints. */
    edges() {
        return this.pieces.flatMap((p) => (p.low === p.high ? [p.low] : [p.low, p.high]));
    }
    /** Values strictly below `x` (`inclusive`: at most `x`). */
    massBelow(x, inclusive) {
        // Pieces wholly below x are counted from the prefix sums; at most a few touch or straddle x.
        let lo = 0;
        let hi = this.pieces.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.pieces[mid].high < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        let mass = this.before[lo];
        for (let i = lo; i < this.pieces.length; i++) {
            const p = this.pieces[i];
            if (p.low > x)
                break;
            if (p.low === p.high)
                mass += p.low < x || inclusive ? p.count : 0;
            else
                mass += (p.count * (Math.min(x, p.high) - p.low)) / (p.high - p.low);
        }
        return mass;
    }
}
function breakpoints(a, b) {
    return [...new Set([...a.edges(), ...b.edges()])].sort((x, y) => x - y);
}
/**
 * The first Wasserstein distance ∫|F_a − F_b| dx between the two distributions (scipy's
 * `wasserstein_distance` on samples). Between breakpoints both CDFs are linear, so each stretch is
 * integrated exactly, including where the difference changes sign.
 */
function wassersteinDistance(a, b) {
    const points = breakpoints(a, b);
    let distance = 0;
    for (let i = 0; i + 1 < points.length; i++) {
        const x0 = points[i];
        const x1 = points[i + 1];
        const start = a.massBelow(x0, true) / a.total - b.massBelow(x0, true) / b.total;
        const end = a.massBelow(x1, false) / a.total - b.massBelow(x1, false) / b.total;
        const width = x1 - x0;
        if (start * end >= 0)
            distance += ((Math.abs(start) + Math.abs(end)) / 2) * width;
        else
            distance += (width * (start * start + end * end)) / (2 * (Math.abs(start) + Math.abs(end)));
    }
    return distance;
}
/** The two-sample KS statistic sup|F_a − F_b|, checked on both sides of every breakpoint. */
function ksStatistic(a, b) {
    let d = 0;
    for (const x of breakpoints(a, b)) {
        for (const inclusive of [false, true]) {
            d = Math.max(d, Math.abs(a.massBelow(x, inclusive) / a.total - b.massBelow(x, inclusive) / b.total));
        }
    }
    return d;
}
/**
 * Histogram as Evidently's `get_binned_data` builds for numeric columns: `np.histogram_bin_edges` of
 * both columns together with Sturges' rule (⌈log₂ n⌉ + 1 equal-width bins from the smallest to the
 * largest value), bins half-open except the last, which includes the maximum.
 */
function sharedHistogram(reference, current, a, b) {
    const low = Math.min(reference.min, current.min);
    const high = Math.max(reference.max, current.max);
    const bins = high > low ? Math.ceil(Math.log2(reference.count + current.count)) + 1 : 1;
    const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? high : low + ((high - low) * i) / bins));
    const counts = (d) => edges.slice(0, -1).map((edge, i) => {
        const last = i === bins - 1;
        return d.massBelow(edges[i + 1], last) - d.massBelow(edge, false);
    });
    return { edges, reference: counts(a), current: counts(b) };
}

;// CONCATENATED MODULE: ./build/data/drift-stats.js
/**
 * The statistics behind the drift methods, on plain arrays of proportions or counts, each written to
 * give the same number as the Evidently/scipy function it mirrors (named on each).
 */
/** Log of the gamma function (Lanczos, g = 7); relative error below 1e-14 for x > 0. */
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const c = [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];
    x -= 1;
    let a = c[0];
    const t = x + 7.5;
    for (let i = 1; i < 9; i++)
        a += c[i] / (x + i);
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
/**
 * The regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a): a series below `a + 1`,
 * Lentz's continued fraction above (Numerical Recipes' gammq), to about 1e-14.
 */
function upperGammaRegularized(a, x) {
    if (x <= 0)
        return 1;
    if (!Number.isFinite(x))
        return 0;
    const logPrefix = a * Math.log(x) - x - logGamma(a);
    if (x < a + 1) {
        let term = 1 / a;
        let total = term;
        for (let n = 1; n < 10_000 && Math.abs(term) > Math.abs(total) * 1e-16; n++) {
            term *= x / (a + n);
            total += term;
        }
        return Math.max(0, 1 - total * Math.exp(logPrefix));
    }
    const tiny = 1e-300;
    let b = x + 1 - a;
    let c = 1 / tiny;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 10_000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const step = d * c;
        h *= step;
        if (Math.abs(step - 1) < 1e-16)
            break;
    }
    return Math.exp(logPrefix) * h;
}
/** Survival function of the chi-square distribution: P(X ≥ statistic) with `df` degrees of freedom. */
function chiSquarePValue(statistic, df) {
    if (df <= 0)
        return 1;
    return upperGammaRegularized(df / 2, statistic / 2);
}
/**
 * Survival function of the Kolmogorov distribution, Q(λ) = 2 Σ (−1)^(k−1) e^(−2k²λ²) (scipy's
 * `kstwobign.sf`); the theta-function form is used below λ = 1.18, where the alternating series is slow.
 */
function kolmogorovSurvival(lambda) {
    if (!(lambda > 0))
        return 1;
    if (lambda < 1.18) {
        const factor = (Math.PI * Math.PI) / (8 * lambda * lambda);
        let total = 0;
        for (let k = 1; k < 100; k++) {
            const term = Math.exp(-(2 * k - 1) * (2 * k - 1) * factor);
            total += term;
            if (term < 1e-17)
                break;
        }
        return Math.min(1, Math.max(0, 1 - (Math.sqrt(2 * Math.PI) / lambda) * total));
    }
    let total = 0;
    for (let k = 1; k < 100; k++) {
        const term = Math.exp(-2 * k * k * lambda * lambda);
        total += k % 2 === 1 ? term : -term;
        if (term < 1e-17)
            break;
    }
    return Math.min(1, Math.max(0, 2 * total));
}
/**
 * Asymptotic p-value of the two-sample KS statistic `d` for sample sizes `n` and `m`: Q(√(nm/(n+m))·d),
 * as scipy's `ks_2samp(method='asymp')`. (Evidently calls `ks_2samp` with scipy's default, which is
 * exact for small samples; the asymptotic value is close for the sizes drift checks see.)
 */
function ksPValue(d, n, m) {
    return kolmogorovSurvival(Math.sqrt((n * m) / (n + m)) * d);
}
/**
 * Chi-square goodness of fit of current counts against reference counts scaled to the current total,
 * as Evidently's `chisquare` test (`scipy.stats.chisquare(f_obs, f_exp)`, df = categories − 1). A
 * category absent from the reference but present now makes the statistic infinite (p = 0).
 */
function chiSquareTest(referenceCounts, currentCounts) {
    const referenceTotal = referenceCounts.reduce((a, b) => a + b, 0);
    const currentTotal = currentCounts.reduce((a, b) => a + b, 0);
    const scale = currentTotal / referenceTotal;
    let statistic = 0;
    referenceCounts.forEach((r, i) => {
        const expected = r * scale;
        const observed = currentCounts[i] ?? 0;
        if (expected > 0)
            statistic += ((observed - expected) * (observed - expected)) / expected;
        else if (observed > 0)
            statistic = Infinity;
    });
    return { statistic, pValue: chiSquarePValue(statistic, referenceCounts.length - 1) };
}
/**
 * Fills empty proportions as Evidently's `get_binned_data(feel_zeroes=True)`: with the smallest
 * non-zero proportion / 10⁶ when that is ≤ 0.0001, else with 0.0001, so PSI stays finite.
 */
function fillZeroes(proportions) {
    const positive = proportions.filter((p) => p > 0);
    if (positive.length === 0)
        return [...proportions];
    const smallest = Math.min(...positive);
    const fill = smallest <= 0.0001 ? smallest / 1e6 : 0.0001;
    return proportions.map((p) => (p === 0 ? fill : p));
}
/** Population stability index Σ (r − c)·ln(r / c) over zero-filled proportions (Evidently's `psi`). */
function populationStabilityIndex(reference, current) {
    const r = fillZeroes(reference);
    const c = fillZeroes(current);
    return r.reduce((total, ri, i) => total + (ri - c[i]) * Math.log(ri / c[i]), 0);
}
/**
 * Jensen-Shannon distance with base-2 logarithms, in [0, 1] (Evidently's `jensenshannon`, which calls
 * `scipy.spatial.distance.jensenshannon(p, q, base=2)`; scipy alone defaults to base e). Both inputs
 * are normalized first, as scipy does.
 */
function jensenShannonDistance(reference, current) {
    const rTotal = reference.reduce((a, b) => a + b, 0);
    const cTotal = current.reduce((a, b) => a + b, 0);
    let divergence = 0;
    reference.forEach((rRaw, i) => {
        const r = rRaw / rTotal;
        const c = (current[i] ?? 0) / cTotal;
        const m = (r + c) / 2;
        if (r > 0)
            divergence += r * Math.log2(r / m);
        if (c > 0)
            divergence += c * Math.log2(c / m);
    });
    return Math.sqrt(Math.max(0, divergence / 2));
}
/** Largest absolute difference between proportions (L-infinity distance). */
function lInfinityDistance(reference, current) {
    return reference.reduce((worst, r, i) => Math.max(worst, Math.abs(r - (current[i] ?? 0))), 0);
}

// EXTERNAL MODULE: ./build/data/profile.js + 3 modules
var data_profile = __webpack_require__(23411);
;// CONCATENATED MODULE: ./build/data/drift.js
/**
 * Drift between a stored reference profile and the current data's profile, column by column, with
 * the defaults of Evidently's data drift preset so users can compare numbers (checked against
 * `evidently/calculations/stattests`: `registry._get_default_stattest` and each test's
 * `default_threshold`):
 *
 * - numeric, reference > 1000 values: Wasserstein distance / max(reference population stdev, 0.001),
 *   drift at ≥ 0.1; with ≤ 5 distinct values in both profiles together: Jensen-Shannon, ≥ 0.1.
 * - categorical, reference > 1000: Jensen-Shannon distance (base 2), drift at ≥ 0.1.
 * - reference ≤ 1000: two-sample KS for numeric (drift when p < 0.05); chi-square for categorical and
 *   numeric with ≤ 5 distinct values (p < 0.05). Evidently uses a proportions z-test when there are
 *   only two values; here chi-square is used there too.
 * - PSI (Evidently's `psi`, ≥ 0.1) and L-infinity (≥ 0.1; Evidently has none, the value follows common
 *   practice) on request.
 *
 * Histograms follow Evidently's `get_binned_data`: Sturges-rule equal-width bins over both columns
 * for numeric columns, per value for categorical ones and numeric ones with ≤ 5 distinct values
 * (Evidently goes per value up to 20 distinct reference values; profiles only track 5). Evidently's
 * `n_bins = 30` parameter of `psi`/`jensenshannon` is unused by its current `get_binned_data`.
 *
 * Accuracy: when both profiles keep their values (≤ 1000 each) every number is exact. Otherwise they
 * come from the 1 %-relative sketches: bucket edges are 2 % of a value's magnitude apart, so a
 * normed Wasserstein distance can be off by roughly 0.01·mean|x| / stdev — fine for spread-out data,
 * coarse for columns whose spread is tiny next to their magnitude (e.g. values 1000 ± 1).
 */





const DEFAULT_THRESHOLDS = { psi: 0.1, wasserstein: 0.1, jensenshannon: 0.1, linf: 0.1, ks: 0.05, chisquare: 0.05 };
const P_VALUE_METHODS = new Set(['ks', 'chisquare']);
const METHODS = Object.keys(DEFAULT_THRESHOLDS);
/**
 * Compares every column of `current` with the same column of `reference`. Throws {@link UserError}
 * when the profiles' columns differ, when options name an unknown column or method, or when a method
 * does not apply to the column's kind (Wasserstein and KS need numbers).
 */
function detectDrift(reference, current, options = {}) {
    const byName = new Map(current.columns.map((c) => [c.name, c]));
    const missing = reference.columns.filter((c) => !byName.has(c.name)).map((c) => `'${c.name}'`);
    if (missing.length > 0)
        throw new errors/* UserError */.yo(`drift: column ${missing.join(', ')} of the reference profile is not in the current data; compare data with the same columns or regenerate the reference profile`);
    const known = new Set(reference.columns.map((c) => c.name));
    const extra = current.columns.filter((c) => !known.has(c.name)).map((c) => `'${c.name}'`);
    if (extra.length > 0)
        throw new errors/* UserError */.yo(`drift: column ${extra.join(', ')} of the current data is not in the reference profile; regenerate the reference profile with profile mode to include it`);
    for (const name of Object.keys(options.columns ?? {})) {
        if (!known.has(name))
            throw new errors/* UserError */.yo(`drift: options name column '${name}', which the reference profile lacks; columns are ${[...known].map((n) => `'${n}'`).join(', ')}`);
    }
    return reference.columns.map((ref) => {
        const cur = byName.get(ref.name);
        if (cur.kind !== ref.kind)
            throw new errors/* UserError */.yo(`drift: column '${ref.name}' is ${ref.kind} in the reference profile but ${cur.kind} now; regenerate the reference profile`);
        const chosen = { ...options.defaults, ...options.columns?.[ref.name] };
        return compareColumn(ref, cur, chosen);
    });
}
function compareColumn(ref, cur, chosen) {
    const values = ref.kind === 'numeric' ? distinctUnion(ref, cur) : undefined;
    const method = chosen.method ?? defaultMethod(ref, values);
    if (!METHODS.includes(method))
        throw new errors/* UserError */.yo(`drift: column '${ref.name}': unknown method '${String(method)}'; use one of ${METHODS.join(', ')}`);
    if (ref.kind === 'categorical' && (method === 'wasserstein' || method === 'ks')) {
        throw new errors/* UserError */.yo(`drift: column '${ref.name}' is categorical; '${method}' needs numbers, use jensenshannon, psi, linf or chisquare`);
    }
    const threshold = chosen.threshold ?? DEFAULT_THRESHOLDS[method];
    const pValue = P_VALUE_METHODS.has(method);
    if (!Number.isFinite(threshold) || threshold <= 0 || (pValue && threshold >= 1)) {
        throw new errors/* UserError */.yo(`drift: column '${ref.name}': threshold ${threshold} is not allowed; use a number above 0${pValue ? ' and below 1 (a p-value)' : ''}`);
    }
    const base = { column: ref.name, kind: ref.kind, method, threshold, referenceCount: ref.count, currentCount: cur.count };
    if (ref.count === 0 || cur.count === 0) {
        const both = ref.count === 0 && cur.count === 0;
        const worst = both ? 'no values in either profile' : `no values in the ${ref.count === 0 ? 'reference' : 'current data'}`;
        return { ...base, score: pValue ? (both ? 1 : 0) : both ? 0 : Infinity, drifted: !both, worst };
    }
    const table = ref.kind === 'categorical' ? categoryTable(ref, cur) : numericTable(ref, cur, values, method);
    const score = scoreOf(method, ref, cur, table);
    return { ...base, score, drifted: pValue ? score < threshold : score >= threshold, worst: describeWorst(table) };
}
/** Sorted distinct values of both numeric profiles together while at most 5, else undefined. */
function distinctUnion(ref, cur) {
    if (ref.distinct === null || cur.distinct === null)
        return undefined;
    const values = [...new Set([...ref.distinct, ...cur.distinct].map(([v]) => v))].sort((a, b) => a - b);
    return values.length <= 5 ? values : undefined;
}
function defaultMethod(ref, fewValues) {
    const small = ref.count <= data_profile/* MAX_SAMPLE */.I5;
    if (ref.kind === 'categorical' || fewValues !== undefined)
        return small ? 'chisquare' : 'jensenshannon';
    return small ? 'ks' : 'wasserstein';
}
function categoryTable(ref, cur) {
    const refCounts = new Map(ref.categories);
    const curCounts = new Map(cur.categories);
    const keys = [...new Set([...refCounts.keys(), ...curCounts.keys()])];
    const labels = keys.map((k) => `category '${k}'`);
    const reference = keys.map((k) => refCounts.get(k) ?? 0);
    const current = keys.map((k) => curCounts.get(k) ?? 0);
    if (ref.otherCount > 0 || cur.otherCount > 0) {
        labels.push('other categories (past the 10000 kept)');
        reference.push(ref.otherCount);
        current.push(cur.otherCount);
    }
    const isNew = reference.map((r, i) => r === 0 && i < keys.length && ref.otherCount === 0);
    return { labels, isNew, reference, current, referenceTotal: ref.count, currentTotal: cur.count };
}
function numericTable(ref, cur, values, method) {
    if (values !== undefined && method !== 'wasserstein' && method !== 'ks') {
        const count = (c, v) => c.distinct.find(([x]) => x === v)?.[1] ?? 0;
        const reference = values.map((v) => count(ref, v));
        return {
            labels: values.map((v) => `value ${format(v)}`),
            isNew: reference.map((r) => r === 0),
            reference,
            current: values.map((v) => count(cur, v)),
            referenceTotal: ref.count,
            currentTotal: cur.count,
        };
    }
    const exact = ref.sample !== null && cur.sample !== null;
    const h = sharedHistogram(ref, cur, NumericDistribution.of(ref, exact), NumericDistribution.of(cur, exact));
    const labels = h.reference.map((_, i) => `bin [${format(h.edges[i])}, ${format(h.edges[i + 1])}${i === h.reference.length - 1 ? ']' : ')'}`);
    return { labels, isNew: labels.map(() => false), reference: h.reference, current: h.current, referenceTotal: ref.count, currentTotal: cur.count };
}
function scoreOf(method, ref, cur, table) {
    const refShare = table.reference.map((c) => c / table.referenceTotal);
    const curShare = table.current.map((c) => c / table.currentTotal);
    switch (method) {
        case 'psi':
            return populationStabilityIndex(refShare, curShare);
        case 'jensenshannon':
            return jensenShannonDistance(refShare, curShare);
        case 'linf':
            return lInfinityDistance(refShare, curShare);
        case 'chisquare':
            return chiSquareTest(table.reference, table.current).pValue;
        case 'ks':
        case 'wasserstein': {
            const r = ref;
            const c = cur;
            const exact = r.sample !== null && c.sample !== null;
            const a = NumericDistribution.of(r, exact);
            const b = NumericDistribution.of(c, exact);
            if (method === 'ks')
                return ksPValue(ksStatistic(a, b), r.count, c.count);
            return wassersteinDistance(a, b) / Math.max(referenceStdev(r, a), 0.001);
        }
    }
}
/** Population stdev (numpy's default, as Evidently divides by `np.std`), exact from the sums when kept. */
function referenceStdev(ref, fallback) {
    if (ref.sum !== null && ref.sumSquares !== null)
        return Math.sqrt((0,data_sketch/* momentsFromSums */.YW)(ref.count, ref.sum, ref.sumSquares).populationVariance);
    return fallback.stdev();
}
function describeWorst(t) {
    let worst = -1;
    let change = -1;
    t.reference.forEach((r, i) => {
        const delta = Math.abs(t.current[i] / t.currentTotal - r / t.referenceTotal);
        if (delta > change)
            [worst, change] = [i, delta];
    });
    if (worst < 0)
        return 'no values to compare';
    const before = percent(t.reference[worst] / t.referenceTotal);
    const after = percent(t.current[worst] / t.currentTotal);
    const label = t.labels[worst];
    return t.isNew[worst] ? `new ${label} (${after})` : `${label}: ${before} -> ${after}`;
}
function percent(share) {
    return `${(share * 100).toFixed(1)}%`;
}
function format(value) {
    return String(Number(value.toPrecision(4)));
}
/**
 * Categories of the current column that the reference never had, most frequent first (for the
 * `new-categories` check). Empty for numeric columns. When the reference overflowed its category cap,
 * a value counted there under `otherCount` is reported as new: check `otherCount` before trusting it.
 */
function newCategories(reference, current) {
    if (reference.kind !== 'categorical' || current.kind !== 'categorical')
        return [];
    const known = new Set(reference.categories.map(([value]) => value));
    return current.categories.filter(([value]) => !known.has(value)).map(([value, count]) => ({ value, count }));
}

// EXTERNAL MODULE: ./build/core/json-error.js
var json_error = __webpack_require__(18173);
;// CONCATENATED MODULE: ./build/data/profile-file.js



/**
 * Reads a stored profile. Throws {@link UserError} naming `file` for bad JSON (with the line), another
 * format or version, or a malformed field (with its path, e.g. `columns[2].sketch.zeros`).
 */
function parseProfile(text, file) {
    let raw;
    try {
        // A byte order mark (an editor's) is not JSON: JSON.parse would refuse a profile edited by hand.
        raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch {
        const at = (0,json_error/* locateJsonError */.R)(text);
        throw new errors/* UserError */.yo(`${file}:${at.line}:${at.column}: not valid JSON (${at.reason}); a profile is the JSON that profile mode writes`, {
            file,
            line: at.line,
            column: at.column,
        });
    }
    const bad = (path, allowed) => {
        throw new errors/* UserError */.yo(`${file}: ${path} must be ${allowed}; regenerate the profile with profile mode`, { file });
    };
    const obj = (v, path) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : bad(path, 'an object'));
    const list = (v, path) => (Array.isArray(v) ? v : bad(path, 'an array'));
    const num = (v, path) => (typeof v === 'number' && Number.isFinite(v) ? v : bad(path, 'a finite number'));
    const whole = (v, path) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : bad(path, 'a whole number >= 0'));
    const str = (v, path) => (typeof v === 'string' ? v : bad(path, 'a string'));
    const orNull = (v, read) => (v === null ? null : read(v));
    const top = obj(raw, 'the file');
    if (top.format !== 'modelgate-profile')
        bad('format', "'modelgate-profile'");
    if (top.version !== 1)
        bad('version', `1 (this modelgate reads profile version 1, the file has ${JSON.stringify(top.version)})`);
    const columns = list(top.columns, 'columns').map((value, i) => {
        const at = `columns[${i}]`;
        const c = obj(value, at);
        const name = str(c.name, `${at}.name`);
        const count = whole(c.count, `${at}.count`);
        const nulls = whole(c.nulls, `${at}.nulls`);
        if (c.kind === 'categorical') {
            const categories = list(c.categories, `${at}.categories`).map((pair, j) => {
                const p = list(pair, `${at}.categories[${j}]`);
                return [str(p[0], `${at}.categories[${j}][0]`), whole(p[1], `${at}.categories[${j}][1]`)];
            });
            return { name, kind: 'categorical', count, nulls, categories, otherCount: whole(c.otherCount, `${at}.otherCount`) };
        }
        if (c.kind !== 'numeric')
            bad(`${at}.kind`, "'numeric' or 'categorical'");
        const numbers = (v, path) => list(v, path).map((x, j) => num(x, `${path}[${j}]`));
        const sk = obj(c.sketch, `${at}.sketch`);
        if (sk.relativeAccuracy !== data_sketch/* RELATIVE_ACCURACY */.vQ)
            bad(`${at}.sketch.relativeAccuracy`, String(data_sketch/* RELATIVE_ACCURACY */.vQ));
        const store = (v, path) => {
            const o = obj(v, path);
            const offset = num(o.offset, `${path}.offset`);
            if (!Number.isInteger(offset))
                bad(`${path}.offset`, 'a whole number');
            return { offset, counts: list(o.counts, `${path}.counts`).map((x, j) => whole(x, `${path}.counts[${j}]`)) };
        };
        const sketch = {
            relativeAccuracy: data_sketch/* RELATIVE_ACCURACY */.vQ,
            zeros: whole(sk.zeros, `${at}.sketch.zeros`),
            positive: store(sk.positive, `${at}.sketch.positive`),
            negative: store(sk.negative, `${at}.sketch.negative`),
        };
        const stats = {
            name,
            kind: 'numeric',
            count,
            nulls,
            invalid: whole(c.invalid, `${at}.invalid`),
            min: orNull(c.min, (v) => num(v, `${at}.min`)),
            max: orNull(c.max, (v) => num(v, `${at}.max`)),
            mean: orNull(c.mean, (v) => num(v, `${at}.mean`)),
            stdev: orNull(c.stdev, (v) => num(v, `${at}.stdev`)),
            sum: orNull(c.sum, (v) => numbers(v, `${at}.sum`)),
            sumSquares: orNull(c.sumSquares, (v) => numbers(v, `${at}.sumSquares`)),
            distinct: orNull(c.distinct, (v) => list(v, `${at}.distinct`).map((pair, j) => {
                const p = list(pair, `${at}.distinct[${j}]`);
                return [num(p[0], `${at}.distinct[${j}][0]`), whole(p[1], `${at}.distinct[${j}][1]`)];
            })),
            sample: orNull(c.sample, (v) => numbers(v, `${at}.sample`)),
            sketch,
        };
        if (count > 0 && (stats.min === null || stats.max === null))
            bad(`${at}.min and max`, 'numbers when count > 0');
        if (stats.sample !== null && stats.sample.length !== count)
            bad(`${at}.sample`, `null or an array of all ${count} values`);
        return stats;
    });
    return { format: 'modelgate-profile', version: 1, rows: whole(top.rows, 'rows'), columns };
}
/** The stored form: keys in a fixed order, 2-space JSON, ending with a newline. */
function serializeProfile(profile) {
    const columns = profile.columns.map((c) => {
        if (c.kind === 'categorical')
            return { name: c.name, kind: c.kind, count: c.count, nulls: c.nulls, categories: c.categories, otherCount: c.otherCount };
        const { zeros, positive, negative } = c.sketch;
        const sketch = {
            relativeAccuracy: c.sketch.relativeAccuracy,
            zeros,
            positive: { offset: positive.offset, counts: positive.counts },
            negative: { offset: negative.offset, counts: negative.counts },
        };
        const { name, kind, count, nulls, invalid, min, max, mean, stdev, sum, sumSquares, distinct, sample } = c;
        return { name, kind, count, nulls, invalid, min, max, mean, stdev, sum, sumSquares, distinct, sample, sketch };
    });
    return `${JSON.stringify({ format: profile.format, version: profile.version, rows: profile.rows, columns }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./build/data/profile-merge.js
/**
 * Merging profiles of shards (`mode: merge`) into the profile of the whole: exactly the one-pass
 * profile, but for a categorical column past {@link MAX_CATEGORIES} (see profile.ts).
 */



/**
 * Merges profiles of shards into the profile of the whole (see the module comment for exactness).
 * Throws {@link UserError} when the profiles do not have the same columns, of the same kinds, in order.
 */
function mergeProfiles(profiles) {
    const first = profiles[0];
    if (first === undefined)
        throw new errors/* UserError */.yo('merge profiles: no profiles given; pass at least one');
    const names = first.columns.map((c) => `${c.name} (${c.kind})`);
    profiles.forEach((p, i) => {
        const other = p.columns.map((c) => `${c.name} (${c.kind})`);
        const missing = names.filter((n) => !other.includes(n));
        const extra = other.filter((n) => !names.includes(n));
        if (missing.length > 0 || extra.length > 0) {
            const parts = [missing.length > 0 ? `lacks ${missing.join(', ')}` : '', extra.length > 0 ? `has extra ${extra.join(', ')}` : ''];
            throw new errors/* UserError */.yo(`merge profiles: profile ${i + 1} ${parts.filter(Boolean).join(' and ')} compared with profile 1; merge only profiles of the same columns`);
        }
        if (other.join('\n') !== names.join('\n'))
            throw new errors/* UserError */.yo(`merge profiles: profile ${i + 1} lists the columns in another order than profile 1; profile every shard with the same column order`);
    });
    const columns = first.columns.map((c, i) => mergeColumn(profiles.map((p) => p.columns[i])));
    return { format: 'modelgate-profile', version: 1, rows: profiles.reduce((n, p) => n + p.rows, 0), columns };
}
function mergeColumn(parts) {
    const first = parts[0];
    const total = (pick) => parts.reduce((n, c) => n + pick(c), 0);
    if (first.kind === 'categorical') {
        const cats = parts;
        const counts = new Map();
        for (const c of cats)
            for (const [value, n] of c.categories)
                counts.set(value, (counts.get(value) ?? 0) + n);
        const sorted = (0,data_profile/* sortCategories */.Xl)([...counts]);
        const kept = sorted.slice(0, data_profile/* MAX_CATEGORIES */.Uy);
        const dropped = sorted.slice(data_profile/* MAX_CATEGORIES */.Uy).reduce((n, [, count]) => n + count, 0);
        return {
            name: first.name,
            kind: 'categorical',
            count: total((c) => c.count),
            nulls: total((c) => c.nulls),
            categories: kept,
            otherCount: total((c) => c.otherCount) + dropped,
        };
    }
    const nums = parts;
    const count = total((c) => c.count);
    const present = nums.filter((c) => c.count > 0);
    const summable = nums.every((c) => c.sum !== null && c.sumSquares !== null);
    return (0,data_profile/* numericStats */.ZL)(first.name, {
        count,
        nulls: total((c) => c.nulls),
        invalid: total((c) => c.invalid),
        min: present.length > 0 ? Math.min(...present.map((c) => c.min)) : null,
        max: present.length > 0 ? Math.max(...present.map((c) => c.max)) : null,
        sum: summable ? (0,data_sketch/* addComponents */.gV)(nums.map((c) => c.sum)) : null,
        sumSquares: summable ? (0,data_sketch/* addComponents */.gV)(nums.map((c) => c.sumSquares)) : null,
        distinct: mergeDistinct(nums),
        sample: count <= data_profile/* MAX_SAMPLE */.I5 && nums.every((c) => c.sample !== null) ? nums.flatMap((c) => c.sample).sort((a, b) => a - b) : null,
        sketch: (0,data_sketch/* mergeSketches */.tB)(nums.map((c) => c.sketch)),
    });
}
function mergeDistinct(nums) {
    const counts = new Map();
    for (const c of nums) {
        if (c.distinct === null)
            return null;
        for (const [value, n] of c.distinct)
            counts.set(value, (counts.get(value) ?? 0) + n);
    }
    return counts.size > data_profile/* MAX_DISTINCT */.C9 ? null : [...counts].sort((a, b) => a[0] - b[0]);
}

// EXTERNAL MODULE: ./build/data/engine.js + 3 modules
var data_engine = __webpack_require__(61542);
// EXTERNAL MODULE: ./build/data/fields.js
var data_fields = __webpack_require__(44592);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./build/data/sources.js
var sources = __webpack_require__(14895);
;// CONCATENATED MODULE: ./build/data/parallel.js
/**
 * Column-split parallel validation: a worker thread reads the same CSV or Parquet files as the main
 * thread and checks a share of the fields (of a Parquet file it decodes only their columns), the main thread the rest plus the row-level checks (row
 * shapes, composite keys, the fingerprint). Every per-field check therefore sees every row in order,
 * exactly as in one thread, and the results merge without reordering: field checks, null counts,
 * running statistics, profile columns, new categories and per-field uniqueness belong to one thread;
 * only the shared encoding check is merged (by row, then field). Reading twice is cheap next to the
 * checking (the page cache serves the second read); a CSV is scanned twice, which is why the split
 * is only used for plain CSV and Parquet files large enough to pay for a thread.
 */






/** Files smaller than this in total are checked in one thread (a worker takes ~50 ms to start). */
const MIN_PARALLEL_BYTES = 32 * 1024 * 1024;
// ncc (dist/) bundles the worker as an entry of its own and turns this URL into a plain path
// string; compiled by tsc it stays a URL. Without the file beside it, validation uses one thread.
const WORKER_FILE = './validate-worker.js';
const WORKER_URL = __webpack_require__.ab + "validate-worker.js";
function workerPath() {
    const target = __webpack_require__.ab + "validate-worker.js";
    if (typeof target === 'string')
        return target;
    return target.protocol === 'file:' ? (0,external_node_url_.fileURLToPath)(target) : undefined;
}
/** Whether {@link planSplit} may split `fieldCount` fields of `totalBytes` at all: what it decides before it reads the files. */
function maySplit(fieldCount, totalBytes, threads) {
    const wanted = threads ?? (0,external_node_os_.availableParallelism)();
    if (wanted < 2 || fieldCount < 2)
        return false;
    if (threads === undefined && totalBytes < MIN_PARALLEL_BYTES)
        return false;
    // Running from TypeScript sources (tests) there is no compiled worker: one thread then.
    const path = workerPath();
    return path !== undefined && (0,external_node_fs_.existsSync)(path);
}
/**
 * Which fields a worker should check, or undefined to check everything in this thread: for two or
 * more threads (`threads`, default the machine's parallelism), plain CSV or Parquet sources of at least
 * {@link MIN_PARALLEL_BYTES} (any size when `threads` is set) and a built worker module.
 */
async function planSplit(options, fields, totalBytes, threads) {
    if (!maySplit(fields.length, totalBytes, threads))
        return undefined;
    // JSON Lines and gzip are read in one pass that a second thread would repeat in full.
    for (const file of options.sources)
        if ((0,sources/* formatOf */.be)(file) === 'jsonl' || (await (0,sources/* isGzip */.bf)(file)))
            return undefined;
    // Balance by a rough cost per field, measured on the benchmark's columns (profiling and uniqueness
    // dominate); the main thread starts with the row-level work (composite keys, whole-row repeats).
    const profiled = options.collectProfile === true || options.checks?.stats !== undefined;
    const parquet = options.sources.every((file) => (0,sources/* formatOf */.be)(file) === 'parquet') ? await parquetWidths(options) : undefined;
    const cost = parquet
        ? (f) => parquetCost(f, profiled, parquet.widths.get(f.name) ?? 0, parquet.dictionaries.has(f.name) && !options.checks?.stats?.[f.name])
        : (f) => 1 +
            (f.textual ? 0.5 : 0) +
            // Sequential ids are kept as runs and cost little; other keys are hashed and spilled.
            (f.unique ? 2 : 0) +
            f.constraints.length * 0.3 +
            (f.parseKind === 3 /* ParseKind.Date */ ? 0.3 : 0) +
            (profiled && f.profileKind === 'numeric' ? 1 : 0) +
            (profiled && f.profileKind === 'categorical' ? 2 : 0);
    const keys = (options.schema.primaryKey ? 3 : 0) +
        (options.schema.uniqueKeys?.length ?? 0) * 3 +
        (options.checks?.duplicateRows && options.checks.duplicateRows !== 'ignore' ? fields.length : 0);
    // The main thread hashes every byte (the fingerprint; of a Parquet file ~1 unit per 12 bytes a row)
    // and, of a CSV, checks every row's shape. The worker loads its modules while the split is planned,
    // and starts its reading ~50 ms later than this thread; this thread's greater variety of checks
    // takes about as much longer to warm up, so neither is counted.
    const mainHead = keys - 1 + (parquet ? parquet.bytesPerRow * 0.08 : 2);
    const costs = fields.map(cost);
    const owned = fields.map(() => false);
    if (fields.length <= 16) {
        // Few fields: the best split by the model, trying every subset.
        let best = Infinity;
        let bestMask = 0;
        for (let mask = 1; mask < 1 << fields.length; mask++) {
            let worker = 0;
            let main = mainHead;
            costs.forEach((c, i) => (mask & (1 << i) ? (worker += c) : (main += c)));
            const span = Math.max(worker, main);
            if (span < best) {
                best = span;
                bestMask = mask;
            }
        }
        costs.forEach((_, i) => (owned[i] = (bestMask & (1 << i)) !== 0));
    }
    else {
        let main = mainHead;
        let worker = 0;
        const order = costs.map((c, i) => [c, i]).sort((x, y) => y[0] - x[0]);
        for (const [c, i] of order) {
            if (worker <= main) {
                owned[i] = true;
                worker += c;
            }
            else
                main += c;
        }
    }
    // All fields in the worker is a fair split when the keys are the heavier half.
    return owned.some(Boolean) ? owned : undefined;
}
/**
 * A field's cost in a Parquet file, in units of ~10 ns a row (fitted to the bench's columns, one
 * thread, warm): decoding a column ~1.2; a numeric profile value by value ~3.7 (exact sums of squares
 * and the sketch), ~2 for integers (summed in doubles, often in runs), next to nothing when a
 * dictionary lets it be counted by value; a text column by its bytes a row, which a dictionary keeps
 * small and a column of distinct texts does not (each cell is checked and counted on its own).
 */
function parquetCost(f, profiled, width, byValue) {
    const integral = f.parseKind === 1 /* ParseKind.Integer */ || f.parseKind === 3 /* ParseKind.Date */;
    const profile = profiled && f.profileKind === 'numeric' ? (byValue && !f.unique ? 0.2 : integral ? 2 : 3.7) : 0;
    const text = f.textual ? 0.22 * width + (byValue || !profiled ? 0 : 0.5) : 0;
    return 1.2 + text + profile + (f.unique ? 1 : 0) + f.constraints.length * 0.1;
}
/** Uncompressed bytes a row, per column name and of the whole files, and the dictionary-encoded columns, from the Parquet footers. */
async function parquetWidths(options) {
    const { parquetFooter } = await Promise.all(/* import() */[__webpack_require__.e(9913), __webpack_require__.e(4064)]).then(__webpack_require__.bind(__webpack_require__, 74064));
    const bytes = new Map();
    const dictionaries = new Set();
    let rows = 0;
    let total = 0;
    try {
        for (const file of options.sources) {
            // Kept for this thread's reader, which takes it instead of parsing the footer again.
            const { metadata } = await parquetFooter(file.path, true);
            for (const group of metadata.row_groups) {
                rows += Number(group.num_rows);
                for (const chunk of group.columns) {
                    const name = chunk.meta_data?.path_in_schema[0];
                    if (name === undefined)
                        continue;
                    bytes.set(name, (bytes.get(name) ?? 0) + Number(chunk.meta_data?.total_uncompressed_size ?? 0));
                    if (chunk.meta_data?.dictionary_page_offset !== undefined)
                        dictionaries.add(name);
                    total += Number(chunk.meta_data?.total_compressed_size ?? 0);
                }
            }
        }
    }
    catch {
        // An unreadable file is reported by the reader; the split falls back to the default costs.
        return undefined;
    }
    if (rows === 0)
        return undefined;
    return { widths: new Map([...bytes].map(([name, b]) => [name, b / rows])), dictionaries, bytesPerRow: total / rows, rows };
}
/**
 * Starts a worker thread, which loads its modules (~0.1 s) while the caller plans the split; it does
 * not keep the process alive until it is given work. Undefined when no thread can be started.
 */
function startWorker(start) {
    // The hot loop allocates little: a small young generation keeps the second heap from growing.
    // Flags such as --input-type (node -e) are refused in a worker; the worker needs none.
    const execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type') && a !== '-e' && a !== '--eval');
    const make = (argv) => new external_node_worker_threads_.Worker(workerPath(), { execArgv: argv, workerData: start, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    let worker;
    try {
        worker = make(execArgv);
    }
    catch (error) {
        // V8 options (node --max-lazy ...) are refused in a worker: it runs without the parent's flags then.
        if (error.code !== 'ERR_WORKER_INVALID_EXEC_ARGV')
            return undefined;
        try {
            worker = make([]);
        }
        catch {
            return undefined;
        }
    }
    worker.unref();
    const result = new Promise((resolve, reject) => {
        worker.once('message', (message) => {
            if (message.ok)
                resolve(message.result);
            else if (message.user)
                reject(new errors/* UserError */.yo(message.message, message.file ? { file: message.file, line: message.line } : undefined));
            else
                reject(new Error(message.message));
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the validation worker stopped (exit code ${code}) before it answered`)));
    });
    // A worker stopped before it is given work rejects, and nobody waits for it.
    result.catch(() => undefined);
    const stop = async () => void (await worker.terminate());
    return {
        run(input) {
            worker.ref();
            worker.postMessage(input);
            const checked = result.catch(async (error) => {
                if (error instanceof errors/* UserError */.yo)
                    throw error;
                await worker.terminate();
                const { checkShare } = await __webpack_require__.e(/* import() */ 7699).then(__webpack_require__.bind(__webpack_require__, 27699));
                return checkShare(input);
            });
            // The main thread reports its own failure first; this one must not go unhandled meanwhile.
            checked.catch(() => undefined);
            return { result: checked, stop };
        },
        stop,
    };
}
/** Folds a worker's result into the main engine (before the dataset checks read it). */
function mergeWorker(engine, result, sourceOrder, found) {
    for (const part of result.fieldChecks) {
        const mine = engine.fieldChecks[part.field];
        if (!mine)
            continue;
        Object.assign(mine.type, pick(part.type));
        Object.assign(mine.required, pick(part.required));
        mine.constraints.forEach((c, k) => Object.assign(c, pick(part.constraints[k])));
    }
    const encoding = engine.encoding;
    encoding.count += result.encoding.count;
    encoding.passed = encoding.passed && result.encoding.passed;
    const byPlace = (a, b) => sourceOrder(a.file) - sourceOrder(b.file) || (a.rowNumber ?? 0) - (b.rowNumber ?? 0) || (a.fieldNumber ?? 0) - (b.fieldNumber ?? 0);
    encoding.examples = [...encoding.examples, ...result.encoding.examples].sort(byPlace).slice(0, engine.tally.maxExamples);
    for (const [f, nulls, present] of result.nulls) {
        engine.validator.nulls[f] = nulls;
        engine.validator.present[f] = present;
    }
    for (const [f, state] of result.stats) {
        const stats = engine.extras[f]?.stats;
        if (stats)
            stats.state = state;
    }
    for (const [f, entries] of result.newValues) {
        const extra = engine.extras[f];
        if (extra)
            extra.newValues = new Map(entries);
    }
    // Structured cloning turns Buffers into plain Uint8Arrays.
    for (const [f, r] of result.unique)
        found.set(f, { count: r.count, examples: r.examples.map((d) => ({ ...d, key: Buffer.from(d.key.buffer, d.key.byteOffset, d.key.byteLength) })) });
}
function pick(c) {
    return { passed: c.passed, count: c.count, examples: c.examples };
}
/** The main thread's profile with the worker's columns put in. */
function mergeProfileColumns(profile, result) {
    if (!result)
        return profile;
    const columns = [...profile.columns];
    for (const [column, stats] of result.profileColumns)
        columns[column] = stats;
    return { ...profile, columns };
}

// EXTERNAL MODULE: ./build/core/yaml.js
var yaml = __webpack_require__(49483);
;// CONCATENATED MODULE: ./build/data/table-schema-check.js
/**
 * The Table Schema profile (table-schema-profile.ts) compiled by ajv 8.20.0 into standalone code, written by
 * scripts/compile-schemas.mjs (`npm run docs`): do not edit. Validating loads and compiles no schema.
 */
/* eslint-disable */
// @ts-nocheck
function ucs2length(str) {
    let length = 0;
    for (let pos = 0; pos < str.length; length++) {
        const value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < str.length && (str.charCodeAt(pos) & 0xfc00) === 0xdc00)
            pos++;
    }
    return length;
}
const validate = validate10;
/* harmony default export */ const table_schema_check = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "Table Schema", "type": "object", "required": ["fields"], "properties": { "$schema": { "type": "string" }, "name": { "type": "string" }, "title": { "type": "string" }, "description": { "type": "string" }, "fields": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/field" } }, "fieldsMatch": { "type": "string", "enum": ["exact", "equal", "subset", "superset", "partial"] }, "missingValues": { "$ref": "#/definitions/missingValues" }, "primaryKey": { "oneOf": [{ "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" } }, { "type": "string" }] }, "uniqueKeys": { "type": "array", "minItems": 1, "items": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" } } }, "foreignKeys": { "type": "array" } }, "definitions": { "missingValues": { "type": "array", "items": { "oneOf": [{ "type": "string" }, { "type": "object", "required": ["value"], "properties": { "value": { "type": "string" }, "label": { "type": "string" } } }] } }, "field": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "title": { "type": "string" }, "description": { "type": "string" }, "example": {}, "type": { "type": "string", "enum": ["string", "number", "integer", "boolean", "object", "array", "list", "date", "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any"] }, "format": { "type": "string" }, "rdfType": { "type": "string" }, "missingValues": { "$ref": "#/definitions/missingValues" }, "trueValues": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "falseValues": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "decimalChar": { "type": "string", "minLength": 1, "maxLength": 1 }, "groupChar": { "type": "string", "minLength": 1, "maxLength": 1 }, "bareNumber": { "type": "boolean" }, "categories": { "type": "array" }, "categoriesOrdered": { "type": "boolean" }, "delimiter": { "type": "string" }, "itemType": { "type": "string" }, "constraints": { "$ref": "#/definitions/constraints" } } }, "bound": { "type": ["number", "string"] }, "constraints": { "type": "object", "additionalProperties": false, "properties": { "required": { "type": "boolean" }, "unique": { "type": "boolean" }, "minLength": { "type": "integer", "minimum": 0 }, "maxLength": { "type": "integer", "minimum": 0 }, "minimum": { "$ref": "#/definitions/bound" }, "maximum": { "$ref": "#/definitions/bound" }, "exclusiveMinimum": { "$ref": "#/definitions/bound" }, "exclusiveMaximum": { "$ref": "#/definitions/bound" }, "jsonSchema": { "type": "object" }, "pattern": { "type": "string" }, "enum": { "type": "array", "minItems": 1 } } } } };
const schema13 = { "type": "array", "items": { "oneOf": [{ "type": "string" }, { "type": "object", "required": ["value"], "properties": { "value": { "type": "string" }, "label": { "type": "string" } } }] } };
const schema12 = { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "title": { "type": "string" }, "description": { "type": "string" }, "example": {}, "type": { "type": "string", "enum": ["string", "number", "integer", "boolean", "object", "array", "list", "date", "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any"] }, "format": { "type": "string" }, "rdfType": { "type": "string" }, "missingValues": { "$ref": "#/definitions/missingValues" }, "trueValues": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "falseValues": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "decimalChar": { "type": "string", "minLength": 1, "maxLength": 1 }, "groupChar": { "type": "string", "minLength": 1, "maxLength": 1 }, "bareNumber": { "type": "boolean" }, "categories": { "type": "array" }, "categoriesOrdered": { "type": "boolean" }, "delimiter": { "type": "string" }, "itemType": { "type": "string" }, "constraints": { "$ref": "#/definitions/constraints" } } };
const func2 = ucs2length;
const schema14 = { "type": "object", "additionalProperties": false, "properties": { "required": { "type": "boolean" }, "unique": { "type": "boolean" }, "minLength": { "type": "integer", "minimum": 0 }, "maxLength": { "type": "integer", "minimum": 0 }, "minimum": { "$ref": "#/definitions/bound" }, "maximum": { "$ref": "#/definitions/bound" }, "exclusiveMinimum": { "$ref": "#/definitions/bound" }, "exclusiveMaximum": { "$ref": "#/definitions/bound" }, "jsonSchema": { "type": "object" }, "pattern": { "type": "string" }, "enum": { "type": "array", "minItems": 1 } } };
const schema15 = { "type": ["number", "string"] };
const func7 = Object.prototype.hasOwnProperty;
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func7.call(schema14.properties, key0))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.required !== undefined) {
        let data0 = data.required;
        if (typeof data0 !== "boolean") {
            const err1 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.required.type, parentSchema: schema14.properties.required, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.unique !== undefined) {
        let data1 = data.unique;
        if (typeof data1 !== "boolean") {
            const err2 = { instancePath: instancePath + "/unique", schemaPath: "#/properties/unique/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.unique.type, parentSchema: schema14.properties.unique, data: data1 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.minLength !== undefined) {
        let data2 = data.minLength;
        if (!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) {
            const err3 = { instancePath: instancePath + "/minLength", schemaPath: "#/properties/minLength/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.minLength.type, parentSchema: schema14.properties.minLength, data: data2 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (typeof data2 == "number") {
            if (data2 < 0 || isNaN(data2)) {
                const err4 = { instancePath: instancePath + "/minLength", schemaPath: "#/properties/minLength/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema14.properties.minLength, data: data2 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
    }
    if (data.maxLength !== undefined) {
        let data3 = data.maxLength;
        if (!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))) {
            const err5 = { instancePath: instancePath + "/maxLength", schemaPath: "#/properties/maxLength/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.maxLength.type, parentSchema: schema14.properties.maxLength, data: data3 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (typeof data3 == "number") {
            if (data3 < 0 || isNaN(data3)) {
                const err6 = { instancePath: instancePath + "/maxLength", schemaPath: "#/properties/maxLength/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema14.properties.maxLength, data: data3 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
    }
    if (data.minimum !== undefined) {
        let data4 = data.minimum;
        if ((!(typeof data4 == "number")) && (typeof data4 !== "string")) {
            const err7 = { instancePath: instancePath + "/minimum", schemaPath: "#/definitions/bound/type", keyword: "type", params: { type: schema15.type }, message: "must be number,string", schema: schema15.type, parentSchema: schema15, data: data4 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.maximum !== undefined) {
        let data5 = data.maximum;
        if ((!(typeof data5 == "number")) && (typeof data5 !== "string")) {
            const err8 = { instancePath: instancePath + "/maximum", schemaPath: "#/definitions/bound/type", keyword: "type", params: { type: schema15.type }, message: "must be number,string", schema: schema15.type, parentSchema: schema15, data: data5 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.exclusiveMinimum !== undefined) {
        let data6 = data.exclusiveMinimum;
        if ((!(typeof data6 == "number")) && (typeof data6 !== "string")) {
            const err9 = { instancePath: instancePath + "/exclusiveMinimum", schemaPath: "#/definitions/bound/type", keyword: "type", params: { type: schema15.type }, message: "must be number,string", schema: schema15.type, parentSchema: schema15, data: data6 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.exclusiveMaximum !== undefined) {
        let data7 = data.exclusiveMaximum;
        if ((!(typeof data7 == "number")) && (typeof data7 !== "string")) {
            const err10 = { instancePath: instancePath + "/exclusiveMaximum", schemaPath: "#/definitions/bound/type", keyword: "type", params: { type: schema15.type }, message: "must be number,string", schema: schema15.type, parentSchema: schema15, data: data7 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.jsonSchema !== undefined) {
        let data8 = data.jsonSchema;
        if (!(data8 && typeof data8 == "object" && !Array.isArray(data8))) {
            const err11 = { instancePath: instancePath + "/jsonSchema", schemaPath: "#/properties/jsonSchema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.jsonSchema.type, parentSchema: schema14.properties.jsonSchema, data: data8 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.pattern !== undefined) {
        let data9 = data.pattern;
        if (typeof data9 !== "string") {
            const err12 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.pattern.type, parentSchema: schema14.properties.pattern, data: data9 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    if (data.enum !== undefined) {
        let data10 = data.enum;
        if (Array.isArray(data10)) {
            if (data10.length < 1) {
                const err13 = { instancePath: instancePath + "/enum", schemaPath: "#/properties/enum/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema14.properties.enum, data: data10 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        else {
            const err14 = { instancePath: instancePath + "/enum", schemaPath: "#/properties/enum/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.enum.type, parentSchema: schema14.properties.enum, data: data10 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
}
else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
        vErrors = [err15];
    }
    else {
        vErrors.push(err15);
    }
    errors++;
} validate12.errors = vErrors; return errors === 0; }
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema12.required, parentSchema: schema12, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.name !== undefined) {
        let data0 = data.name;
        if (typeof data0 === "string") {
            if (func2(data0) < 1) {
                const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.name, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        else {
            const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.name.type, parentSchema: schema12.properties.name, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.title !== undefined) {
        let data1 = data.title;
        if (typeof data1 !== "string") {
            const err3 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.title.type, parentSchema: schema12.properties.title, data: data1 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.description !== undefined) {
        let data2 = data.description;
        if (typeof data2 !== "string") {
            const err4 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.description.type, parentSchema: schema12.properties.description, data: data2 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data3 = data.type;
        if (typeof data3 !== "string") {
            const err5 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.type.type, parentSchema: schema12.properties.type, data: data3 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (!((((((((((((((((data3 === "string") || (data3 === "number")) || (data3 === "integer")) || (data3 === "boolean")) || (data3 === "object")) || (data3 === "array")) || (data3 === "list")) || (data3 === "date")) || (data3 === "time")) || (data3 === "datetime")) || (data3 === "year")) || (data3 === "yearmonth")) || (data3 === "duration")) || (data3 === "geopoint")) || (data3 === "geojson")) || (data3 === "any"))) {
            const err6 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema12.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.type.enum, parentSchema: schema12.properties.type, data: data3 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.format !== undefined) {
        let data4 = data.format;
        if (typeof data4 !== "string") {
            const err7 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.format.type, parentSchema: schema12.properties.format, data: data4 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.rdfType !== undefined) {
        let data5 = data.rdfType;
        if (typeof data5 !== "string") {
            const err8 = { instancePath: instancePath + "/rdfType", schemaPath: "#/properties/rdfType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.rdfType.type, parentSchema: schema12.properties.rdfType, data: data5 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.missingValues !== undefined) {
        let data6 = data.missingValues;
        if (Array.isArray(data6)) {
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data7 = data6[i0];
                const _errs17 = errors;
                let valid4 = false;
                let passing0 = null;
                const _errs18 = errors;
                if (typeof data7 !== "string") {
                    const err9 = { instancePath: instancePath + "/missingValues/" + i0, schemaPath: "#/definitions/missingValues/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.items.oneOf[0].type, parentSchema: schema13.items.oneOf[0], data: data7 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                var _valid0 = _errs18 === errors;
                if (_valid0) {
                    valid4 = true;
                    passing0 = 0;
                }
                const _errs20 = errors;
                if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                    if (data7.value === undefined) {
                        const err10 = { instancePath: instancePath + "/missingValues/" + i0, schemaPath: "#/definitions/missingValues/items/oneOf/1/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'", schema: schema13.items.oneOf[1].required, parentSchema: schema13.items.oneOf[1], data: data7 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                    if (data7.value !== undefined) {
                        let data8 = data7.value;
                        if (typeof data8 !== "string") {
                            const err11 = { instancePath: instancePath + "/missingValues/" + i0 + "/value", schemaPath: "#/definitions/missingValues/items/oneOf/1/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.items.oneOf[1].properties.value.type, parentSchema: schema13.items.oneOf[1].properties.value, data: data8 };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                    }
                    if (data7.label !== undefined) {
                        let data9 = data7.label;
                        if (typeof data9 !== "string") {
                            const err12 = { instancePath: instancePath + "/missingValues/" + i0 + "/label", schemaPath: "#/definitions/missingValues/items/oneOf/1/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.items.oneOf[1].properties.label.type, parentSchema: schema13.items.oneOf[1].properties.label, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err13 = { instancePath: instancePath + "/missingValues/" + i0, schemaPath: "#/definitions/missingValues/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.items.oneOf[1].type, parentSchema: schema13.items.oneOf[1], data: data7 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
                var _valid0 = _errs20 === errors;
                if (_valid0 && valid4) {
                    valid4 = false;
                    passing0 = [passing0, 1];
                }
                else {
                    if (_valid0) {
                        valid4 = true;
                        passing0 = 1;
                    }
                }
                if (!valid4) {
                    const err14 = { instancePath: instancePath + "/missingValues/" + i0, schemaPath: "#/definitions/missingValues/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema13.items.oneOf, parentSchema: schema13.items, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
                else {
                    errors = _errs17;
                    if (vErrors !== null) {
                        if (_errs17) {
                            vErrors.length = _errs17;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/missingValues", schemaPath: "#/definitions/missingValues/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.type, parentSchema: schema13, data: data6 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.trueValues !== undefined) {
        let data10 = data.trueValues;
        if (Array.isArray(data10)) {
            if (data10.length < 1) {
                const err16 = { instancePath: instancePath + "/trueValues", schemaPath: "#/properties/trueValues/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.trueValues, data: data10 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            const len1 = data10.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data11 = data10[i1];
                if (typeof data11 !== "string") {
                    const err17 = { instancePath: instancePath + "/trueValues/" + i1, schemaPath: "#/properties/trueValues/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.trueValues.items.type, parentSchema: schema12.properties.trueValues.items, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
            }
        }
        else {
            const err18 = { instancePath: instancePath + "/trueValues", schemaPath: "#/properties/trueValues/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.trueValues.type, parentSchema: schema12.properties.trueValues, data: data10 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.falseValues !== undefined) {
        let data12 = data.falseValues;
        if (Array.isArray(data12)) {
            if (data12.length < 1) {
                const err19 = { instancePath: instancePath + "/falseValues", schemaPath: "#/properties/falseValues/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.falseValues, data: data12 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
            const len2 = data12.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data13 = data12[i2];
                if (typeof data13 !== "string") {
                    const err20 = { instancePath: instancePath + "/falseValues/" + i2, schemaPath: "#/properties/falseValues/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.falseValues.items.type, parentSchema: schema12.properties.falseValues.items, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
        }
        else {
            const err21 = { instancePath: instancePath + "/falseValues", schemaPath: "#/properties/falseValues/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.falseValues.type, parentSchema: schema12.properties.falseValues, data: data12 };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
    if (data.decimalChar !== undefined) {
        let data14 = data.decimalChar;
        if (typeof data14 === "string") {
            if (func2(data14) > 1) {
                const err22 = { instancePath: instancePath + "/decimalChar", schemaPath: "#/properties/decimalChar/maxLength", keyword: "maxLength", params: { limit: 1 }, message: "must NOT have more than 1 characters", schema: 1, parentSchema: schema12.properties.decimalChar, data: data14 };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
            if (func2(data14) < 1) {
                const err23 = { instancePath: instancePath + "/decimalChar", schemaPath: "#/properties/decimalChar/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.decimalChar, data: data14 };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
        else {
            const err24 = { instancePath: instancePath + "/decimalChar", schemaPath: "#/properties/decimalChar/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.decimalChar.type, parentSchema: schema12.properties.decimalChar, data: data14 };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
    }
    if (data.groupChar !== undefined) {
        let data15 = data.groupChar;
        if (typeof data15 === "string") {
            if (func2(data15) > 1) {
                const err25 = { instancePath: instancePath + "/groupChar", schemaPath: "#/properties/groupChar/maxLength", keyword: "maxLength", params: { limit: 1 }, message: "must NOT have more than 1 characters", schema: 1, parentSchema: schema12.properties.groupChar, data: data15 };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
            if (func2(data15) < 1) {
                const err26 = { instancePath: instancePath + "/groupChar", schemaPath: "#/properties/groupChar/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.groupChar, data: data15 };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
        }
        else {
            const err27 = { instancePath: instancePath + "/groupChar", schemaPath: "#/properties/groupChar/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.groupChar.type, parentSchema: schema12.properties.groupChar, data: data15 };
            if (vErrors === null) {
                vErrors = [err27];
            }
            else {
                vErrors.push(err27);
            }
            errors++;
        }
    }
    if (data.bareNumber !== undefined) {
        let data16 = data.bareNumber;
        if (typeof data16 !== "boolean") {
            const err28 = { instancePath: instancePath + "/bareNumber", schemaPath: "#/properties/bareNumber/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.bareNumber.type, parentSchema: schema12.properties.bareNumber, data: data16 };
            if (vErrors === null) {
                vErrors = [err28];
            }
            else {
                vErrors.push(err28);
            }
            errors++;
        }
    }
    if (data.categories !== undefined) {
        let data17 = data.categories;
        if (!(Array.isArray(data17))) {
            const err29 = { instancePath: instancePath + "/categories", schemaPath: "#/properties/categories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.categories.type, parentSchema: schema12.properties.categories, data: data17 };
            if (vErrors === null) {
                vErrors = [err29];
            }
            else {
                vErrors.push(err29);
            }
            errors++;
        }
    }
    if (data.categoriesOrdered !== undefined) {
        let data18 = data.categoriesOrdered;
        if (typeof data18 !== "boolean") {
            const err30 = { instancePath: instancePath + "/categoriesOrdered", schemaPath: "#/properties/categoriesOrdered/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.categoriesOrdered.type, parentSchema: schema12.properties.categoriesOrdered, data: data18 };
            if (vErrors === null) {
                vErrors = [err30];
            }
            else {
                vErrors.push(err30);
            }
            errors++;
        }
    }
    if (data.delimiter !== undefined) {
        let data19 = data.delimiter;
        if (typeof data19 !== "string") {
            const err31 = { instancePath: instancePath + "/delimiter", schemaPath: "#/properties/delimiter/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.delimiter.type, parentSchema: schema12.properties.delimiter, data: data19 };
            if (vErrors === null) {
                vErrors = [err31];
            }
            else {
                vErrors.push(err31);
            }
            errors++;
        }
    }
    if (data.itemType !== undefined) {
        let data20 = data.itemType;
        if (typeof data20 !== "string") {
            const err32 = { instancePath: instancePath + "/itemType", schemaPath: "#/properties/itemType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.itemType.type, parentSchema: schema12.properties.itemType, data: data20 };
            if (vErrors === null) {
                vErrors = [err32];
            }
            else {
                vErrors.push(err32);
            }
            errors++;
        }
    }
    if (data.constraints !== undefined) {
        if (!(validate12(data.constraints, { instancePath: instancePath + "/constraints", parentData: data, parentDataProperty: "constraints", rootData }))) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
        vErrors = [err33];
    }
    else {
        vErrors.push(err33);
    }
    errors++;
} validate11.errors = vErrors; return errors === 0; }
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.fields === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fields" }, message: "must have required property '" + "fields" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.$schema !== undefined) {
        let data0 = data.$schema;
        if (typeof data0 !== "string") {
            const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.name.type, parentSchema: schema11.properties.name, data: data1 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.title !== undefined) {
        let data2 = data.title;
        if (typeof data2 !== "string") {
            const err3 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.title.type, parentSchema: schema11.properties.title, data: data2 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.description !== undefined) {
        let data3 = data.description;
        if (typeof data3 !== "string") {
            const err4 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.description.type, parentSchema: schema11.properties.description, data: data3 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.fields !== undefined) {
        let data4 = data.fields;
        if (Array.isArray(data4)) {
            if (data4.length < 1) {
                const err5 = { instancePath: instancePath + "/fields", schemaPath: "#/properties/fields/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.fields, data: data4 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate11(data4[i0], { instancePath: instancePath + "/fields/" + i0, parentData: data4, parentDataProperty: i0, rootData }))) {
                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/fields", schemaPath: "#/properties/fields/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.fields.type, parentSchema: schema11.properties.fields, data: data4 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.fieldsMatch !== undefined) {
        let data6 = data.fieldsMatch;
        if (typeof data6 !== "string") {
            const err7 = { instancePath: instancePath + "/fieldsMatch", schemaPath: "#/properties/fieldsMatch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.fieldsMatch.type, parentSchema: schema11.properties.fieldsMatch, data: data6 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if (!(((((data6 === "exact") || (data6 === "equal")) || (data6 === "subset")) || (data6 === "superset")) || (data6 === "partial"))) {
            const err8 = { instancePath: instancePath + "/fieldsMatch", schemaPath: "#/properties/fieldsMatch/enum", keyword: "enum", params: { allowedValues: schema11.properties.fieldsMatch.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.fieldsMatch.enum, parentSchema: schema11.properties.fieldsMatch, data: data6 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.missingValues !== undefined) {
        let data7 = data.missingValues;
        if (Array.isArray(data7)) {
            const len1 = data7.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data8 = data7[i1];
                const _errs18 = errors;
                let valid6 = false;
                let passing0 = null;
                const _errs19 = errors;
                if (typeof data8 !== "string") {
                    const err9 = { instancePath: instancePath + "/missingValues/" + i1, schemaPath: "#/definitions/missingValues/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.items.oneOf[0].type, parentSchema: schema13.items.oneOf[0], data: data8 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                var _valid0 = _errs19 === errors;
                if (_valid0) {
                    valid6 = true;
                    passing0 = 0;
                }
                const _errs21 = errors;
                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                    if (data8.value === undefined) {
                        const err10 = { instancePath: instancePath + "/missingValues/" + i1, schemaPath: "#/definitions/missingValues/items/oneOf/1/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'", schema: schema13.items.oneOf[1].required, parentSchema: schema13.items.oneOf[1], data: data8 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                    if (data8.value !== undefined) {
                        let data9 = data8.value;
                        if (typeof data9 !== "string") {
                            const err11 = { instancePath: instancePath + "/missingValues/" + i1 + "/value", schemaPath: "#/definitions/missingValues/items/oneOf/1/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.items.oneOf[1].properties.value.type, parentSchema: schema13.items.oneOf[1].properties.value, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                    }
                    if (data8.label !== undefined) {
                        let data10 = data8.label;
                        if (typeof data10 !== "string") {
                            const err12 = { instancePath: instancePath + "/missingValues/" + i1 + "/label", schemaPath: "#/definitions/missingValues/items/oneOf/1/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.items.oneOf[1].properties.label.type, parentSchema: schema13.items.oneOf[1].properties.label, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err13 = { instancePath: instancePath + "/missingValues/" + i1, schemaPath: "#/definitions/missingValues/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.items.oneOf[1].type, parentSchema: schema13.items.oneOf[1], data: data8 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
                var _valid0 = _errs21 === errors;
                if (_valid0 && valid6) {
                    valid6 = false;
                    passing0 = [passing0, 1];
                }
                else {
                    if (_valid0) {
                        valid6 = true;
                        passing0 = 1;
                    }
                }
                if (!valid6) {
                    const err14 = { instancePath: instancePath + "/missingValues/" + i1, schemaPath: "#/definitions/missingValues/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema13.items.oneOf, parentSchema: schema13.items, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
                else {
                    errors = _errs18;
                    if (vErrors !== null) {
                        if (_errs18) {
                            vErrors.length = _errs18;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/missingValues", schemaPath: "#/definitions/missingValues/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.type, parentSchema: schema13, data: data7 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.primaryKey !== undefined) {
        let data11 = data.primaryKey;
        const _errs28 = errors;
        let valid8 = false;
        let passing1 = null;
        const _errs29 = errors;
        if (Array.isArray(data11)) {
            if (data11.length < 1) {
                const err16 = { instancePath: instancePath + "/primaryKey", schemaPath: "#/properties/primaryKey/oneOf/0/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.primaryKey.oneOf[0], data: data11 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            const len2 = data11.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data12 = data11[i2];
                if (typeof data12 !== "string") {
                    const err17 = { instancePath: instancePath + "/primaryKey/" + i2, schemaPath: "#/properties/primaryKey/oneOf/0/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.primaryKey.oneOf[0].items.type, parentSchema: schema11.properties.primaryKey.oneOf[0].items, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
            }
            let i3 = data11.length;
            let j0;
            if (i3 > 1) {
                const indices0 = {};
                for (; i3--;) {
                    let item0 = data11[i3];
                    if (typeof item0 !== "string") {
                        continue;
                    }
                    if (typeof indices0[item0] == "number") {
                        j0 = indices0[item0];
                        const err18 = { instancePath: instancePath + "/primaryKey", schemaPath: "#/properties/primaryKey/oneOf/0/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema11.properties.primaryKey.oneOf[0], data: data11 };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                        break;
                    }
                    indices0[item0] = i3;
                }
            }
        }
        else {
            const err19 = { instancePath: instancePath + "/primaryKey", schemaPath: "#/properties/primaryKey/oneOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.primaryKey.oneOf[0].type, parentSchema: schema11.properties.primaryKey.oneOf[0], data: data11 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
        var _valid1 = _errs29 === errors;
        if (_valid1) {
            valid8 = true;
            passing1 = 0;
        }
        const _errs33 = errors;
        if (typeof data11 !== "string") {
            const err20 = { instancePath: instancePath + "/primaryKey", schemaPath: "#/properties/primaryKey/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.primaryKey.oneOf[1].type, parentSchema: schema11.properties.primaryKey.oneOf[1], data: data11 };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
        var _valid1 = _errs33 === errors;
        if (_valid1 && valid8) {
            valid8 = false;
            passing1 = [passing1, 1];
        }
        else {
            if (_valid1) {
                valid8 = true;
                passing1 = 1;
            }
        }
        if (!valid8) {
            const err21 = { instancePath: instancePath + "/primaryKey", schemaPath: "#/properties/primaryKey/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.primaryKey.oneOf, parentSchema: schema11.properties.primaryKey, data: data11 };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
        else {
            errors = _errs28;
            if (vErrors !== null) {
                if (_errs28) {
                    vErrors.length = _errs28;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.uniqueKeys !== undefined) {
        let data13 = data.uniqueKeys;
        if (Array.isArray(data13)) {
            if (data13.length < 1) {
                const err22 = { instancePath: instancePath + "/uniqueKeys", schemaPath: "#/properties/uniqueKeys/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.uniqueKeys, data: data13 };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
            const len3 = data13.length;
            for (let i4 = 0; i4 < len3; i4++) {
                let data14 = data13[i4];
                if (Array.isArray(data14)) {
                    if (data14.length < 1) {
                        const err23 = { instancePath: instancePath + "/uniqueKeys/" + i4, schemaPath: "#/properties/uniqueKeys/items/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.uniqueKeys.items, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                    const len4 = data14.length;
                    for (let i5 = 0; i5 < len4; i5++) {
                        let data15 = data14[i5];
                        if (typeof data15 !== "string") {
                            const err24 = { instancePath: instancePath + "/uniqueKeys/" + i4 + "/" + i5, schemaPath: "#/properties/uniqueKeys/items/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.uniqueKeys.items.items.type, parentSchema: schema11.properties.uniqueKeys.items.items, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err24];
                            }
                            else {
                                vErrors.push(err24);
                            }
                            errors++;
                        }
                    }
                    let i6 = data14.length;
                    let j1;
                    if (i6 > 1) {
                        const indices1 = {};
                        for (; i6--;) {
                            let item1 = data14[i6];
                            if (typeof item1 !== "string") {
                                continue;
                            }
                            if (typeof indices1[item1] == "number") {
                                j1 = indices1[item1];
                                const err25 = { instancePath: instancePath + "/uniqueKeys/" + i4, schemaPath: "#/properties/uniqueKeys/items/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i6 + " are identical)", schema: true, parentSchema: schema11.properties.uniqueKeys.items, data: data14 };
                                if (vErrors === null) {
                                    vErrors = [err25];
                                }
                                else {
                                    vErrors.push(err25);
                                }
                                errors++;
                                break;
                            }
                            indices1[item1] = i6;
                        }
                    }
                }
                else {
                    const err26 = { instancePath: instancePath + "/uniqueKeys/" + i4, schemaPath: "#/properties/uniqueKeys/items/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.uniqueKeys.items.type, parentSchema: schema11.properties.uniqueKeys.items, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
            }
        }
        else {
            const err27 = { instancePath: instancePath + "/uniqueKeys", schemaPath: "#/properties/uniqueKeys/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.uniqueKeys.type, parentSchema: schema11.properties.uniqueKeys, data: data13 };
            if (vErrors === null) {
                vErrors = [err27];
            }
            else {
                vErrors.push(err27);
            }
            errors++;
        }
    }
    if (data.foreignKeys !== undefined) {
        let data16 = data.foreignKeys;
        if (!(Array.isArray(data16))) {
            const err28 = { instancePath: instancePath + "/foreignKeys", schemaPath: "#/properties/foreignKeys/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.foreignKeys.type, parentSchema: schema11.properties.foreignKeys, data: data16 };
            if (vErrors === null) {
                vErrors = [err28];
            }
            else {
                vErrors.push(err28);
            }
            errors++;
        }
    }
}
else {
    const err29 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err29];
    }
    else {
        vErrors.push(err29);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }

;// CONCATENATED MODULE: ./build/data/table-schema-load.js
/**
 * Reading a Table Schema file: JSON or YAML, checked against the Table Schema profile (compiled ahead
 * of time by ajv: table-schema-check.ts) and for references that do not resolve. Kept apart from
 * table-schema.ts, so that the engine's worker thread loads none of it.
 */





// Compiled ahead of time (scripts/compile-schemas.mjs): ajv's compiler is neither loaded nor run here.
const checkProfile = validate;
/**
 * Reads a Table Schema from a JSON or YAML file and checks it against the Table Schema profile and
 * for references that do not resolve (a primary key naming no field, a pattern that is not a regular
 * expression). Mistakes are {@link UserError}s naming the file, the line and the property.
 */
async function loadTableSchema(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new errors/* UserError */.yo(`schema: cannot read '${file}' (${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')})`, { file });
    }
    return parseTableSchema(text, file);
}
/** {@link loadTableSchema} on text already read; `file` names it in messages. */
async function parseTableSchema(raw, file) {
    // Editors on Windows save a byte order mark, which JSON.parse refuses (and YAML skips).
    const text = raw.replace(/^\uFEFF/, '');
    const isJson = /\.json$/i.test(file) || /^\s*\{/.test(text);
    let value;
    if (isJson) {
        try {
            value = JSON.parse(text);
        }
        catch {
            const where = (0,json_error/* locateJsonError */.R)(text);
            throw new errors/* UserError */.yo(`schema: ${file}:${where.line}:${where.column}: not valid JSON: ${where.reason}`, { file, line: where.line, column: where.column });
        }
        // JSON.parse keeps the last of a key given twice (YAML refuses it) and takes any depth: an enum
        // nested thousands deep overflowed the stack when its values were turned into text.
        const twice = (0,json_error/* duplicateJsonKey */.j)(text);
        if (twice)
            throw new errors/* UserError */.yo(`schema: ${file}:${twice.line}:${twice.column}: ${twice.reason}`, { file, line: twice.line, column: twice.column });
    }
    let located;
    if (!isJson) {
        located = await (0,yaml/* parseYaml */.h)(text, file, 'schema: ');
        value = located.toJS();
    }
    const problem = problemOf(value);
    if (!problem)
        return value;
    // YAML is a superset of JSON: a JSON file is parsed again as YAML only for the line of its problem.
    if (isJson)
        located = await (0,yaml/* parseYaml */.h)(text, file, 'schema: ').catch(() => undefined);
    const line = located ? lineOf(located, problem.path) : undefined;
    const where = problem.path.length > 0 ? ` (${describePath(problem.path)})` : '';
    throw new errors/* UserError */.yo(`schema: ${file}${line ? `:${line}` : ''}: ${problem.message}${where}`, { file, line });
}
/** The line of the deepest node of `path` that has one. */
function lineOf(located, path) {
    for (let n = path.length; n >= 0; n--) {
        const line = located.lineOf(located.doc.getIn(path.slice(0, n), true));
        if (line !== undefined)
            return line;
    }
    return undefined;
}
/** What is wrong with a parsed schema, first found first; undefined when nothing is. */
function problemOf(value) {
    try {
        checkSchema(value);
        return undefined;
    }
    catch (error) {
        if (error instanceof Problem)
            return error;
        throw error;
    }
}
class Problem {
    path;
    message;
    constructor(path, message) {
        this.path = path;
        this.message = message;
    }
}
function checkSchema(value) {
    const fail = (path, message) => {
        throw new Problem(path, message);
    };
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        fail([], 'a Table Schema must be a mapping with a `fields` list');
    if (!checkProfile(value)) {
        const error = pickError(checkProfile.errors ?? []);
        const path = pathOf(error);
        fail(path, explain(error));
    }
    const schema = value;
    const names = new Map();
    schema.fields.forEach((field, i) => {
        if (names.has(field.name))
            fail(['fields', i, 'name'], `field name '${field.name}' is used twice; field names must be unique`);
        names.set(field.name, i);
        const pattern = field.constraints?.pattern;
        if (pattern !== undefined) {
            try {
                new RegExp(`^(?:${pattern})$`, 'u');
            }
            catch (error) {
                fail(['fields', i, 'constraints', 'pattern'], `pattern is not a valid regular expression: ${error.message}`);
            }
        }
    });
    const keyNames = (key) => (key === undefined ? [] : typeof key === 'string' ? [key] : key);
    keyNames(schema.primaryKey).forEach((name, i) => {
        if (!names.has(name))
            fail(typeof schema.primaryKey === 'string' ? ['primaryKey'] : ['primaryKey', i], `primaryKey names '${name}', which is not a field; fields: ${[...names.keys()].join(', ')}`);
    });
    (schema.uniqueKeys ?? []).forEach((key, k) => key.forEach((name, i) => {
        if (!names.has(name))
            fail(['uniqueKeys', k, i], `uniqueKeys names '${name}', which is not a field; fields: ${[...names.keys()].join(', ')}`);
    }));
}
// The most specific error: ajv reports a failing `oneOf` together with why each branch failed; the
// deepest one names the property that is actually wrong.
function pickError(errors) {
    let best = errors[0];
    for (const error of errors) {
        if (error.keyword === 'oneOf')
            continue;
        if (best.keyword === 'oneOf' || pathOf(error).length > pathOf(best).length)
            best = error;
    }
    return best;
}
function pathOf(error) {
    const parts = error.instancePath
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const extra = error.params.additionalProperty;
    return extra === undefined ? parts : [...parts, extra];
}
function explain(error) {
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperties': {
            const allowed = Object.keys(error.parentSchema?.properties ?? {});
            return `'${String(params.additionalProperty)}' is not a Table Schema constraint; allowed: ${allowed.join(', ')}`;
        }
        case 'enum':
            return `must be one of: ${params.allowedValues.map(String).join(', ')}`;
        case 'required':
            return `missing required property '${String(params.missingProperty)}'`;
        case 'type':
            return `must be ${Array.isArray(params.type) ? params.type.join(' or ') : String(params.type)}`;
        default:
            return error.message ?? `fails '${error.keyword}'`;
    }
}
function describePath(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

;// CONCATENATED MODULE: ./build/data/validate.js








/**
 * Validates data files against a Table Schema and dataset checks, streaming each file once. Large
 * plain CSV and Parquet datasets are checked by two threads, each taking a share of the fields (see parallel.ts);
 * the report is the same either way.
 */
async function validateData(options) {
    const started = performance.now();
    const maxExamples = options.maxExamples ?? 10;
    // Schema mistakes are reported before missing files, as the checks are compiled first.
    const fields = options.schema.fields.map((_, i) => (0,data_fields/* compileField */.g)(options.schema, i, options.schemaFile));
    const sizes = await (0,sources/* sizesOf */.gN)(options.sources);
    const total = sizes.reduce((a, b) => a + b, 0);
    // The worker loads its modules while the split is planned; it is stopped if there is none.
    const parquet = options.sources.filter((file) => (0,sources/* formatOf */.be)(file) === 'parquet').map((file) => file.path);
    const early = maySplit(fields.length, total, options.threads) ? startWorker({ parquet: parquet.length > 0 }) : undefined;
    let split;
    let engine;
    try {
        split = early ? await planSplit(options, fields, total, options.threads) : undefined;
        // Not waited for: an idle worker does not keep the process alive, and this thread has work.
        if (!split)
            void early?.stop().catch(() => undefined);
        engine = await (0,data_engine/* createEngine */.P)(options, split?.map((o) => !o), true);
    }
    catch (error) {
        await early?.stop();
        throw error;
    }
    const { tally, validator, extras } = engine;
    // The worker's spill files go under this engine's folder, removed below even if the worker is stopped.
    // The footers planning parsed go along, so the worker's reading starts without parsing them again.
    const footers = split && parquet.length > 0 ? (await Promise.all(/* import() */[__webpack_require__.e(9913), __webpack_require__.e(4064)]).then(__webpack_require__.bind(__webpack_require__, 74064))).keptFooters(parquet) : undefined;
    const worker = split ? early?.run({ options: { ...engineOptions(options), tempDir: engine.spillDir }, owned: split, footers }) : undefined;
    let done = 0;
    let fingerprint;
    let workerResult;
    const sourceOrder = (display) => options.sources.findIndex((s) => s.display === display);
    try {
        fingerprint = await (0,data_engine/* readSources */.tW)(engine, options, (n) => {
            done += n;
            options.onProgress?.(done, total);
        });
        const found = new Map();
        const mine = (0,data_engine/* finishUnique */.$Z)(engine, maxExamples, (u) => u.fieldIndex < 0 || !split?.[u.fieldIndex]);
        if (worker) {
            workerResult = await worker.result;
            mergeWorker(engine, workerResult, sourceOrder, found);
        }
        for (const u of engine.uniqueChecks) {
            const { check, field, type } = u;
            const result = mine.get(u) ?? found.get(u.fieldIndex);
            if (!result)
                continue;
            for (const d of result.examples) {
                const file = options.sources[d.again.source]?.display ?? '';
                const firstFile = options.sources[d.first.source]?.display ?? '';
                const where = d.first.source === d.again.source ? `row ${d.first.rowNumber}` : `${firstFile} row ${d.first.rowNumber}`;
                const error = {
                    type,
                    severity: check.severity,
                    file,
                    rowNumber: d.again.rowNumber,
                    message: `${field ? `'${field.name}' value` : type === 'duplicate-row' ? 'the row' : 'the key'} repeats ${where}${d.first.line > 0 ? ` (line ${d.first.line})` : ''}`,
                };
                if (d.again.line > 0)
                    error.line = d.again.line;
                if (field)
                    Object.assign(error, { fieldName: field.name, fieldNumber: field.number, cell: field.numeric ? undefined : d.key.toString('utf8', 0, 100) });
                check.examples.push(error);
            }
            if (result.count > 0) {
                check.passed = false;
                check.count += result.count;
                check.examples.sort((a, b) => sourceOrder(a.file) - sourceOrder(b.file) || (a.rowNumber ?? 0) - (b.rowNumber ?? 0));
                check.examples.splice(tally.maxExamples);
            }
        }
    }
    finally {
        await worker?.stop();
        for (const u of engine.uniqueChecks)
            u.index.dispose();
        await (0,promises_.rm)(engine.spillDir, { recursive: true, force: true });
    }
    const built = engine.profile ? mergeProfileColumns(engine.profile.finish(), workerResult) : undefined;
    datasetChecks(options, tally, engine.fields, validator, extras, built);
    const all = tally.all();
    const count = (severity) => all.filter((c) => !c.passed && c.severity === severity).reduce((n, c) => n + c.count, 0);
    const report = {
        valid: all.every((c) => c.passed || c.severity !== 'error'),
        stats: {
            files: options.sources.length,
            rows: validator.rows,
            bytes: total,
            fields: fields.length,
            errors: count('error'),
            warnings: count('warning'),
            seconds: (performance.now() - started) / 1000,
        },
        checks: all,
        errors: all.flatMap((c) => c.examples),
        fingerprint: `sha256:${fingerprint}`,
    };
    if (options.collectProfile && built)
        report.profile = built;
    return report;
}
/** The options a worker needs: plain data only (no callbacks). */
function engineOptions(options) {
    const rest = { ...options };
    delete rest.onProgress;
    delete rest.threads;
    return rest;
}
function datasetChecks(options, tally, fields, validator, extras, profile) {
    const checks = options.checks ?? {};
    const file = options.sources.map((s) => s.display).join(', ');
    const fail = (check, type, message, fieldName) => tally.fail(check, { type, severity: check.severity, file, message, ...(fieldName ? { fieldName } : {}) });
    if (checks.rows) {
        const check = tally.check('rows', 'Row count is within bounds');
        const { ok, allowed } = (0,data_checks/* withinBounds */.zu)(validator.rows, checks.rows);
        if (!ok)
            fail(check, 'row-count', `${validator.rows} rows; expected ${allowed}`);
    }
    for (const [name, max] of Object.entries(checks.nullFraction ?? {})) {
        const f = fields.findIndex((x) => x.name === name);
        const check = tally.check(`null-fraction:${name}`, `${name} is missing in at most ${max * 100}% of rows`);
        const rows = validator.present[f] ?? 0;
        const fraction = rows === 0 ? 0 : (validator.nulls[f] ?? 0) / rows;
        if (fraction > max)
            fail(check, 'null-fraction', `${name} is missing in ${(fraction * 100).toFixed(2)}% of rows (${validator.nulls[f]} of ${rows}); at most ${max * 100}% allowed`, name);
    }
    for (const [name, bounds] of Object.entries(checks.stats ?? {})) {
        const f = fields.findIndex((x) => x.name === name);
        const stats = extras[f]?.stats;
        const column = profile?.columns.find((c) => c.name === name);
        const values = [
            ['mean', stats && stats.count > 0 ? stats.mean : undefined],
            ['median', column ? (0,data_profile/* quantile */.YV)(column, 0.5) : undefined],
            ['stdev', stats?.stdev],
        ];
        for (const [stat, value] of values) {
            const b = bounds[stat];
            if (!b)
                continue;
            const check = tally.check(`stats:${name}:${stat}`, `${name} ${stat} is within bounds`);
            if (value === undefined) {
                fail(check, 'stat-bounds', `${name} has no ${stat} (no valid numeric values${stat === 'median' ? ', or no profile' : ''})`, name);
                continue;
            }
            const { ok, allowed } = (0,data_checks/* withinBounds */.zu)(value, b);
            if (!ok)
                fail(check, 'stat-bounds', `${name} ${stat} is ${value}; expected ${allowed}`, name);
        }
    }
    for (const [name, mode] of Object.entries(checks.newCategories ?? {})) {
        const f = fields.findIndex((x) => x.name === name);
        const check = tally.check(`new-categories:${name}`, `${name} has no values unseen in the reference`, mode === 'fail' ? 'error' : 'warning');
        if (!options.referenceProfile) {
            fail(check, 'new-category', `no reference profile to compare ${name} with`, name);
            continue;
        }
        for (const [value, seen] of extras[f]?.newValues ?? []) {
            tally.fail(check, {
                type: 'new-category',
                severity: check.severity,
                file: options.sources[seen.source]?.display ?? file,
                rowNumber: seen.rowNumber,
                ...(seen.line > 0 ? { line: seen.line } : {}),
                fieldName: name,
                fieldNumber: f + 1,
                cell: value.slice(0, 100),
                message: `'${value}' (${seen.count} rows) is not a category of ${name} in the reference profile`,
            }, seen.count);
        }
    }
}

// EXTERNAL MODULE: ./build/steps/figures.js
var figures = __webpack_require__(85221);
// EXTERNAL MODULE: ./build/core/suggest.js
var suggest = __webpack_require__(57980);
;// CONCATENATED MODULE: ./build/steps/validate-data/config.js



/** The checks' YAML keys and the engine's names for them. */
const CHECK_KEYS = {
    rows: 'rows',
    'null-fraction': 'nullFraction',
    'duplicate-rows': 'duplicateRows',
    stats: 'stats',
    'new-categories': 'newCategories',
    drift: 'drift',
};
const DRIFT_METHODS = ['psi', 'wasserstein', 'jensenshannon', 'linf', 'ks', 'chisquare'];
/**
 * Reads the `data:` section of the config file (absent file: nothing) and the `checks` input, which
 * overrides the config's checks key by key. Every mistake names the file or input and the line.
 */
async function loadDataConfig(file, checksInput) {
    const configShown = file.shown;
    const parsed = await file.document();
    const config = { checks: [], drift: { columns: {} } };
    if (parsed !== undefined) {
        const { doc, yaml, lineOf, toJS } = parsed;
        const root = doc.contents;
        const section = yaml.isMap(root) ? root.items.find((p) => yaml.isScalar(p.key) && p.key.value === 'data')?.value : undefined;
        if (section !== undefined && section !== null) {
            const where = (node) => `validate-data: ${configShown}${lineOf(node) ? `:${lineOf(node)}` : ''}: `;
            if (!yaml.isMap(section))
                throw new errors/* UserError */.yo(`${where(section)}'data' must be a map with schema, checks and reference`, { file: configShown, line: lineOf(section) });
            for (const pair of section.items) {
                const key = yaml.isScalar(pair.key) ? String(pair.key.value) : '';
                const fail = (what) => new errors/* UserError */.yo(`${where(pair.key)}data.${key}: ${what}`, { file: configShown, line: lineOf(pair.key) });
                if (key === 'schema' || key === 'reference') {
                    if (!yaml.isScalar(pair.value) || typeof pair.value.value !== 'string')
                        throw fail('must be a path');
                    config[key] = pair.value.value;
                }
                else if (key === 'checks') {
                    parseChecks(pair.value === null ? {} : yaml.isNode(pair.value) ? toJS(pair.value) : {}, `${configShown}${lineOf(pair.value) ? `:${lineOf(pair.value)}` : ''} data`, config);
                }
                else
                    throw fail('unknown key; allowed: schema, checks, reference');
            }
        }
    }
    if (checksInput) {
        parseChecks((await (0,yaml/* parseYaml */.h)(checksInput, "input 'checks'", 'validate-data: ')).toJS() ?? {}, "input 'checks'", config);
    }
    return config;
}
function parseChecks(value, where, into) {
    const fail = (what) => new errors/* UserError */.yo(`validate-data: ${where}: ${what}`);
    const map = (v, what) => {
        if (!v || typeof v !== 'object' || Array.isArray(v))
            throw fail(`${what} must be a map`);
        return v;
    };
    const checks = {};
    for (const [key, v] of Object.entries(map(value, 'checks'))) {
        const name = CHECK_KEYS[key];
        if (!name)
            throw fail(`unknown check '${key}'${(0,suggest.didYouMean)(key, Object.keys(CHECK_KEYS))}; allowed: ${Object.keys(CHECK_KEYS).join(', ')}`);
        if (name !== 'drift') {
            checks[name] = v;
            continue;
        }
        for (const [column, d] of Object.entries(map(v, key))) {
            const o = map(d, `drift.${column}`);
            for (const k of Object.keys(o))
                if (!['method', 'threshold', 'severity'].includes(k))
                    throw fail(`drift.${column}: unknown key '${k}'; allowed: method, threshold, severity`);
            if (o.method !== undefined && !DRIFT_METHODS.includes(o.method))
                throw fail(`drift.${column}.method must be one of ${DRIFT_METHODS.join(', ')}`);
            if (o.threshold !== undefined && (typeof o.threshold !== 'number' || !(o.threshold > 0)))
                throw fail(`drift.${column}.threshold must be a positive number`);
            if (o.severity !== undefined && o.severity !== 'fail' && o.severity !== 'warn')
                throw fail(`drift.${column}.severity must be fail or warn`);
            into.drift.columns[column] = {
                method: o.method,
                threshold: o.threshold,
                severity: o.severity ?? 'fail',
            };
        }
    }
    into.checks.push({ origin: where, checks });
}

;// CONCATENATED MODULE: ./build/steps/validate-data/junit.js
const XML_TEXT = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Text for XML: escaped, and stripped of characters XML 1.0 cannot hold (data is untrusted). */
function xml(text) {
    return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD').replace(/[&<>"']/g, (c) => XML_TEXT[c]);
}
function where(e) {
    return `${e.file}${e.line ? `:${e.line}` : ''}${e.rowNumber ? ` row ${e.rowNumber}` : ''}${e.fieldName ? ` field ${e.fieldName}` : ''}`;
}
/**
 * The checks as a JUnit XML report: one test case per check, a failure (errors) or a skipped-free pass
 * with a system-out note (warnings), so GitLab's merge request widget lists them.
 */
function junitXml(suite, checks, seconds) {
    const failures = checks.filter((c) => !c.passed && c.severity === 'error').length;
    const cases = checks.map((c) => {
        const head = `    <testcase classname="${xml(suite)}" name="${xml(c.title)}" time="0">`;
        if (c.passed)
            return `${head}</testcase>`;
        const details = c.examples.map((e) => `${where(e)}: ${e.message}`).join('\n');
        const body = `${c.count} failure${c.count === 1 ? '' : 's'}${c.examples.length < c.count ? ` (first ${c.examples.length} shown)` : ''}\n${details}`;
        if (c.severity === 'error')
            return `${head}\n      <failure message="${xml(`${c.count} failure${c.count === 1 ? '' : 's'}: ${c.examples[0]?.message ?? c.title}`.slice(0, 500))}" type="${xml(c.id)}">${xml(body)}</failure>\n    </testcase>`;
        return `${head}\n      <system-out>${xml(`warning: ${body}`)}</system-out>\n    </testcase>`;
    });
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="modelgate validate-data" tests="${checks.length}" failures="${failures}" time="${seconds.toFixed(3)}">\n  <testsuite name="${xml(suite)}" tests="${checks.length}" failures="${failures}" errors="0" skipped="0" time="${seconds.toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}

// EXTERNAL MODULE: ./build/core/duration.js
var duration = __webpack_require__(61420);
// EXTERNAL MODULE: ./build/core/markdown.js + 1 modules
var core_markdown = __webpack_require__(37980);
;// CONCATENATED MODULE: ./build/steps/validate-data/report.js


const ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
const MAX_TABLE_ROWS = 200;
function report_status(c) {
    return c.passed ? 'pass' : c.severity === 'error' ? 'fail' : 'warn';
}
function formatScore(n) {
    return Math.abs(n) >= 1000 || (n !== 0 && Math.abs(n) < 0.001) ? n.toExponential(2) : n.toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
}
/**
 * The data report for people: the verdict and figures, a table of every check, the examples of the
 * failed ones (cell values are untrusted data: shown only as code spans), and the drift table.
 */
function renderDataReport(report, drift, title, verdict) {
    const s = report.stats;
    const mbps = s.seconds > 0 ? (s.bytes / 1e6 / s.seconds).toFixed(0) : '—';
    const figures = `${s.rows.toLocaleString('en-US')} rows in ${s.files} file${s.files === 1 ? '' : 's'} (${(s.bytes / 1e6).toFixed(1)} MB, ${(0,duration/* formatDuration */.a)(s.seconds * 1000)}, ${mbps} MB/s) · ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'} · fingerprint ${(0,core_markdown/* code */.aY)(report.fingerprint.slice(0, 23))}`;
    const shown = report.checks.slice(0, MAX_TABLE_ROWS);
    const rows = shown.map((c) => [
        ICON[report_status(c)],
        (0,core_markdown/* code */.aY)(c.title, { inTable: true }),
        String(c.count),
        c.examples[0] ? (0,core_markdown/* code */.aY)(`${c.examples[0].file}${c.examples[0].line ? `:${c.examples[0].line}` : ''} ${c.examples[0].message}`, { inTable: true, maxLength: 160 }) : '',
    ]);
    const more = report.checks.length > shown.length ? `\n\n${report.checks.length - shown.length} more checks are in the JSON report.` : '';
    const failed = report.checks.filter((c) => !c.passed).slice(0, 20);
    const details = failed
        .map((c) => {
        const lines = c.examples.map((e) => `- ${(0,core_markdown/* code */.aY)(`${e.file}${e.line ? `:${e.line}` : ''}`)}${e.rowNumber ? ` row ${e.rowNumber}` : ''}${e.fieldName ? ` ${(0,core_markdown/* code */.aY)(e.fieldName)}` : ''}: ${(0,core_markdown/* code */.aY)(e.message, { maxLength: 200 })}`);
        return `<details><summary>${ICON[report_status(c)]} ${(0,core_markdown/* escapeMarkdown */.FV)(c.title)}: ${c.count} failure${c.count === 1 ? '' : 's'}</summary>\n\n${lines.join('\n')}${c.count > c.examples.length ? `\n- … and ${c.count - c.examples.length} more` : ''}\n\n</details>`;
    })
        .join('\n');
    const driftTable = drift.length
        ? `\n\n#### Drift against the reference\n\n${(0,core_markdown/* table */.tp)(['', 'column', 'method', 'score', 'threshold', 'moved most'], drift.map((d) => [
            d.drifted ? '❌' : '✅',
            (0,core_markdown/* code */.aY)(d.column, { inTable: true }),
            d.method,
            formatScore(d.score),
            formatScore(d.threshold),
            (0,core_markdown/* code */.aY)(d.worst, { inTable: true, maxLength: 120 }),
        ]))}`
        : '';
    const head = `### ${(0,core_markdown/* escapeMarkdown */.FV)(title)}: ${ICON[verdict]} ${verdict}\n\n${figures}\n\n`;
    const markdown = `${head}${(0,core_markdown/* table */.tp)(['', 'check', 'failures', 'first'], rows)}${more}${details ? `\n\n${details}` : ''}${driftTable}\n`;
    const text = [
        `${title}: ${verdict.toUpperCase()}`,
        `${s.rows} rows, ${s.files} files, ${(s.bytes / 1e6).toFixed(1)} MB in ${(0,duration/* formatDuration */.a)(s.seconds * 1000)} (${mbps} MB/s); ${s.errors} errors, ${s.warnings} warnings`,
        ...report.checks
            .filter((c) => !c.passed)
            .map((c) => `  ${report_status(c).toUpperCase().padEnd(4)} ${c.title}: ${c.count}${c.examples[0] ? ` (first: ${c.examples[0].file}${c.examples[0].line ? `:${c.examples[0].line}` : ''} ${c.examples[0].message})` : ''}`),
        `  ${report.checks.filter((c) => c.passed).length} checks passed`,
        ...drift.map((d) => `  drift ${d.drifted ? 'YES' : 'no '} ${d.column}: ${d.method} ${formatScore(d.score)} (threshold ${formatScore(d.threshold)}); ${d.worst}`),
    ].join('\n');
    // Cell values may hold terminal escape sequences: the log gets them as visible placeholders.
    return { markdown, text: `${text.replace(/[\u0000-\u0008\u000B-\u001F\u007F\u009B]/g, '\uFFFD')}\n` };
}

;// CONCATENATED MODULE: ./build/steps/validate-data/run.js














/** The runner shows at most this many annotations of each level per step. */
const ANNOTATIONS = 10;
/**
 * validate-data: one streaming pass over the data checks the Table Schema and the dataset checks,
 * and profiles the data when a reference is given (drift) or a profile is asked for. Writes the JSON
 * report, a markdown report and JUnit XML, annotates the first problems, and fails on `fail-on`.
 */
async function run(inputs, platform, configFile) {
    const { workspace } = platform.context;
    const reportDir = await (0,core_files/* confinePath */.ey)(workspace, inputs.report, "validate-data: input 'report'");
    const config = await loadDataConfig(configFile, inputs.checks);
    if (inputs.mode === 'merge')
        return merge(platform, inputs, reportDir);
    const { files, unmatched } = await (0,core_files/* expandPatterns */.qL)((0,core_files/* workspaceSource */.$Q)(workspace), inputs.data);
    if (unmatched.length > 0)
        throw new errors/* UserError */.yo(`validate-data: input 'data': '${unmatched[0]}' matched no file in the workspace`);
    const schemaName = inputs.schema ?? config.schema;
    if (!schemaName)
        throw new errors/* UserError */.yo(`validate-data: input 'schema' is required (or 'data.schema' in ${inputs.config}): a Frictionless Table Schema file, e.g. data/schema.yaml`);
    const schemaFile = await (0,core_files/* confinePath */.ey)(workspace, schemaName, "validate-data: input 'schema'");
    const schema = await loadTableSchema(schemaFile);
    const referenceName = inputs.reference ?? config.reference;
    const reference = referenceName ? await readProfile(await (0,core_files/* confinePath */.ey)(workspace, referenceName, "validate-data: input 'reference'"), referenceName) : undefined;
    const tempDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'modelgate-validate-'));
    let report;
    try {
        report = await validateData({
            sources: await Promise.all(files.map(async (file) => ({ path: await (0,core_files/* confinePath */.ey)(workspace, file, "validate-data: input 'data'"), display: file }))),
            schema,
            schemaFile: (0,core_files/* displayPath */.Gt)(workspace, schemaFile),
            checks: run_datasetChecks(platform, config, schema, reference !== undefined),
            tempDir,
            collectProfile: inputs.mode === 'profile' || reference !== undefined,
            referenceProfile: reference,
            maxExamples: inputs.maxExamples,
            delimiter: inputs.delimiter,
            onProgress: progress(platform),
        });
    }
    finally {
        await (0,promises_.rm)(tempDir, { recursive: true, force: true });
    }
    const drift = reference && report.profile ? driftChecks(reference, report.profile, config, report) : [];
    return finish(platform, inputs, reportDir, report, drift);
}
/** The config's checks overridden key by key by the input's, each checked against the schema's fields. */
function run_datasetChecks(platform, config, schema, hasReference) {
    const columns = schema.fields.map((f) => f.name);
    const checks = Object.assign({}, ...config.checks.map((c) => (0,data_checks/* parseDatasetChecks */.f$)(c.checks, `validate-data: ${c.origin}`, columns)));
    if (checks.newCategories && !hasReference) {
        // Nothing to compare with: a first run, before any reference profile exists.
        platform.log.warning(`validate-data: new-categories (${Object.keys(checks.newCategories).join(', ')}) needs a reference profile ('reference' input or data.reference): not checked`);
        delete checks.newCategories;
    }
    return checks;
}
/** Adds one check per column compared, so drift fails or warns like any other check. */
function driftChecks(reference, current, config, report) {
    const { '*': all, ...columns } = config.drift.columns;
    const results = detectDrift(reference, current, { columns, defaults: all });
    for (const d of results) {
        const severity = (config.drift.columns[d.column] ?? all)?.severity === 'warn' ? 'warning' : 'error';
        const check = {
            id: `drift:${d.column}`,
            title: `drift: ${d.column} (${d.method})`,
            severity,
            passed: !d.drifted,
            count: d.drifted ? 1 : 0,
            examples: d.drifted
                ? [{ type: 'drift', severity, file: 'reference profile', fieldName: d.column, message: `${d.method} ${d.score.toPrecision(3)} beyond ${d.threshold}: ${d.worst}` }]
                : [],
        };
        report.checks.push(check);
        if (d.drifted) {
            report.errors.push(...check.examples);
            if (severity === 'error')
                report.stats.errors++;
            else
                report.stats.warnings++;
        }
    }
    report.valid = report.checks.every((c) => c.passed || c.severity !== 'error');
    return results;
}
async function finish(platform, inputs, reportDir, report, drift) {
    const { workspace } = platform.context;
    const hasErrors = report.checks.some((c) => !c.passed && c.severity === 'error');
    const hasWarnings = report.checks.some((c) => !c.passed && c.severity === 'warning');
    const verdict = hasErrors ? 'fail' : hasWarnings ? 'warn' : 'pass';
    const failed = inputs.failOn === 'fail' ? hasErrors : inputs.failOn === 'warn' ? hasErrors || hasWarnings : false;
    const { profile, ...json } = report;
    const reportPath = (0,external_node_path_.join)(reportDir, 'report.json');
    await (0,core_files/* writeFileAtomic */.Zf)(reportPath, `${JSON.stringify({ ...json, valid: !hasErrors, drift }, null, 2)}\n`);
    const rendered = renderDataReport(report, drift, 'Data validation', verdict);
    await (0,core_files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(reportDir, 'report.md'), rendered.markdown);
    await (0,core_files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(reportDir, 'junit.xml'), junitXml('validate-data', report.checks, report.stats.seconds));
    if (inputs.mode === 'profile' && profile) {
        const profilePath = await (0,core_files/* confinePath */.ey)(workspace, inputs.profile ?? (0,external_node_path_.join)(inputs.report, 'profile.json'), "validate-data: input 'profile'");
        await (0,core_files/* writeFileAtomic */.Zf)(profilePath, serializeProfile(profile));
        platform.setOutput('profile', profilePath);
        platform.log.info(`validate-data: profile written to ${(0,core_files/* displayPath */.Gt)(workspace, profilePath)}`);
    }
    annotate(platform, report);
    await platform.summary(rendered);
    platform.setOutput('valid', String(!failed));
    platform.setOutput('report', reportPath);
    platform.setOutput('fingerprint', report.fingerprint);
    platform.setOutput('rows', String(report.stats.rows));
    platform.setOutput('drifted', drift
        .filter((d) => d.drifted)
        .map((d) => d.column)
        .join(','));
    const samples = (0,figures/* validateOutcome */.d8)(report.stats.rows, report.checks.filter((c) => !c.passed).length, drift);
    if (!failed)
        return { samples };
    const worst = report.checks.filter((c) => !c.passed && (hasErrors ? c.severity === 'error' : true));
    return {
        failure: `validate-data: ${worst.length} check${worst.length === 1 ? '' : 's'} failed: ${worst
            .slice(0, 5)
            .map((c) => `${c.title} (${c.count})`)
            .join(', ')}${worst.length > 5 ? ', …' : ''}. See ${(0,core_files/* displayPath */.Gt)(workspace, reportPath)}`,
        samples,
    };
}
/** The first problems as annotations on their file and line (the runner shows 10 of each level). */
function annotate(platform, report) {
    let errors = 0;
    let warnings = 0;
    for (const e of report.errors) {
        const at = { file: e.file, line: e.line };
        const message = `${e.fieldName ? `${e.fieldName}: ` : ''}${e.message}`;
        if (e.severity === 'error' && errors++ < ANNOTATIONS)
            platform.log.error(message, at);
        else if (e.severity === 'warning' && warnings++ < ANNOTATIONS)
            platform.log.warning(message, at);
    }
}
/** Mode `merge`: shard profiles into the profile of the whole. */
async function merge(platform, inputs, reportDir) {
    const { workspace } = platform.context;
    const { files, unmatched } = await (0,core_files/* expandPatterns */.qL)((0,core_files/* workspaceSource */.$Q)(workspace), inputs.data);
    if (unmatched.length > 0 || files.length === 0)
        throw new errors/* UserError */.yo(`validate-data: input 'data': '${unmatched[0] ?? inputs.data[0]}' matched no profile in the workspace`);
    const profiles = await Promise.all(files.map(async (f) => readProfile(await (0,core_files/* confinePath */.ey)(workspace, f, "validate-data: input 'data'"), f)));
    const merged = mergeProfiles(profiles);
    const out = await (0,core_files/* confinePath */.ey)(workspace, inputs.profile ?? (0,external_node_path_.join)((0,core_files/* displayPath */.Gt)(workspace, reportDir), 'profile.json'), "validate-data: input 'profile'");
    await (0,core_files/* writeFileAtomic */.Zf)(out, serializeProfile(merged));
    platform.setOutput('profile', out);
    platform.setOutput('rows', String(merged.rows));
    await platform.summary({
        markdown: `### Data profile merged\n\n${files.length} shard profiles, ${merged.rows} rows → \`${(0,core_files/* displayPath */.Gt)(workspace, out)}\`\n`,
        text: `validate-data: merged ${files.length} profiles (${merged.rows} rows) into ${(0,core_files/* displayPath */.Gt)(workspace, out)}\n`,
    });
    return {};
}
async function readProfile(path, shown) {
    const text = await (0,promises_.readFile)(path, 'utf8').catch((error) => {
        throw new errors/* UserError */.yo(`validate-data: profile ${shown}: cannot read it (${error.code ?? error.message})`, { file: shown });
    });
    return parseProfile(text, shown);
}
/** A progress bar on a terminal someone watches; CI logs get none. */
function progress(platform) {
    if (!platform.features.interactive)
        return undefined;
    let last = 0;
    return (done, total) => {
        const now = Date.now();
        if (now - last < 200 && done < total)
            return;
        last = now;
        const pct = total > 0 ? Math.min(100, (done / total) * 100) : 0;
        const bar = '#'.repeat(Math.round(pct / 4)).padEnd(25, '.');
        platform.log.stream(`\r[${bar}] ${pct.toFixed(0).padStart(3)}% ${(done / 1e6).toFixed(0)}/${(total / 1e6).toFixed(0)} MB${done >= total ? '\n' : ''}`);
    };
}


/***/ })

};
