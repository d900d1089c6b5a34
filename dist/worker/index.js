import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 807:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony exports AccessRefusedError, ExternalError, messageOf, quoted */
/**
 * A problem the user fixes: a bad input, a malformed file, a missing token.
 * The message names the input or file and says what is allowed; it is shown without a stack trace.
 */
class UserError extends Error {
    location;
    name = 'UserError';
    constructor(message, location) {
        super(message);
        this.location = location;
    }
}
/**
 * A server that refused the credentials (401/403): the user fixes them. Registries answer so for a
 * repository that does not exist yet too (GHCR: "denied"), which callers that only look may need to tell.
 */
class AccessRefusedError extends UserError {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/**
 * A server or API that failed: names which, its status, and whether retrying the step is safe.
 */
class ExternalError extends Error {
    service;
    status;
    retrySafe;
    name = 'ExternalError';
    constructor(message, service, status, retrySafe = true) {
        super(message);
        this.service = service;
        this.status = status;
        this.retrySafe = retrySafe;
    }
}
/** The message of any thrown value, for places that must not leak a stack. */
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * Untrusted text (a key, a name) as it goes into a message: JSON-quoted, cut at `max` characters, and
 * with the line separators JSON leaves raw (U+2028, U+2029) escaped too, so it stays on one log line.
 */
function quoted(text, max = 80) {
    const cut = text.length > max ? `${text.slice(0, max)}…` : text;
    return JSON.stringify(cut).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}


/***/ }),

/***/ 904:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 842:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  O7: () => (/* binding */ codePointLength),
  ib: () => (/* binding */ isAsciiBuffer),
  Jk: () => (/* binding */ isAsciiRange),
  n: () => (/* binding */ isUtf8Range),
  R9: () => (/* binding */ parseBooleanBytes),
  X8: () => (/* binding */ parseDateBytes),
  eo: () => (/* binding */ parseDatetimeBytes),
  PD: () => (/* binding */ parseIntegerBytes),
  oX: () => (/* binding */ parseNumberBytes),
  yQ: () => (/* binding */ parseTimeBytes),
  K4: () => (/* binding */ parseYearBytes),
  bh: () => (/* binding */ slowNumber)
});

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./build/data/cell-parsers.js
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
    return (0,external_node_buffer_namespaceObject.isAscii)(buf);
}
/** True when bytes `[s, e)` are valid UTF-8. */
function isUtf8Range(buf, s, e) {
    return isAsciiRange(buf, s, e) || (0,external_node_buffer_namespaceObject.isUtf8)(buf.subarray(s, e));
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

/***/ 202:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 843:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  lH: () => (/* binding */ ColumnValidator),
  Cc: () => (/* binding */ FIRST_DAY),
  Gy: () => (/* binding */ LAST_DAY)
});

// EXTERNAL MODULE: ./build/data/cell-parsers.js + 1 modules
var cell_parsers = __nccwpck_require__(842);
// EXTERNAL MODULE: ./build/data/check-results.js
var check_results = __nccwpck_require__(202);
// EXTERNAL MODULE: ./build/data/text-memo.js
var text_memo = __nccwpck_require__(77);
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

/***/ 330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xx: () => (/* binding */ RecordBuilder),
  Ie: () => (/* binding */ cellText),
  be: () => (/* binding */ formatOf),
  Nb: () => (/* binding */ readCsv),
  fl: () => (/* binding */ readJsonl)
});

// UNUSED EXPORTS: isGzip, sizesOf

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./build/core/csv-scanner.js
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

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __nccwpck_require__(807);
// EXTERNAL MODULE: ./build/data/cell-parsers.js + 1 modules
var cell_parsers = __nccwpck_require__(842);
;// CONCATENATED MODULE: ./build/data/sources.js







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
    throw new errors/* UserError */.yo(`data: cannot tell the format of '${file.display}' from its name; use .csv, .tsv, .jsonl, .ndjson or .parquet (optionally .gz), or set the format`, {
        file: file.display,
    });
}
async function sizeOf(file) {
    try {
        const info = await stat(file.path);
        if (!info.isFile())
            throw new UserError(`data: '${file.display}' is not a file`, { file: file.display });
        return info.size;
    }
    catch (error) {
        if (error instanceof UserError)
            throw error;
        const code = error.code;
        throw new UserError(`data: cannot read '${file.display}' (${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')})`, { file: file.display });
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
    const handle = await (0,promises_.open)(file.path, 'r');
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
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const gzip = await isGzip(file);
    const raw = (0,external_node_fs_.createReadStream)(file.path, { highWaterMark: CHUNK });
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
            const gunzip = (0,external_node_zlib_namespaceObject.createGunzip)({ chunkSize: CHUNK });
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
        if (error instanceof errors/* UserError */.yo || error instanceof CsvSyntaxError)
            throw error;
        const reason = error.code === 'Z_BUF_ERROR' ? 'the gzip stream is cut short (truncated file)' : error.message;
        throw new errors/* UserError */.yo(`data: ${file.display}: ${where}: ${reason}`, { file: file.display });
    }
    return hash.digest('hex');
}
/**
 * Reads a plain (not gzipped) CSV file into one reused buffer: no buffer per chunk, and the
 * unfinished record is moved to the front instead of concatenated with the next chunk, so memory
 * stays at about two chunks whatever the file size. Returns the file's sha256.
 */
async function scanPlainFile(file, handlers, scanner, skipHash) {
    const hash = skipHash ? undefined : (0,external_node_crypto_.createHash)('sha256');
    let handle;
    try {
        handle = await (0,promises_.open)(file.path, 'r');
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
        if (error instanceof errors/* UserError */.yo || error instanceof CsvSyntaxError)
            throw error;
        throw new errors/* UserError */.yo(`data: ${file.display}: while reading: ${error.message}`, { file: file.display });
    }
    finally {
        await handle?.close();
    }
    return hash?.digest('hex') ?? '';
}
/** Reads a CSV file; the first record is the header. Returns the raw file's sha256. */
async function readCsv(file, handlers, options = {}) {
    let header = true;
    const scanner = new CsvScanner((record) => {
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
        if (error instanceof CsvSyntaxError) {
            const hint = error.record === 0 ? quotedHeaderHint(error.message) : '';
            throw new errors/* UserError */.yo(`data: ${file.display}:${error.line}: ${error.message}${hint}`, { file: file.display, line: error.line });
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
    record = new CsvRecord();
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
        if (!(0,cell_parsers/* isUtf8Range */.n)(buf, s, e)) {
            throw new errors/* UserError */.yo(`data: ${file.display}:${line}: not valid UTF-8`, { file: file.display, line });
        }
        let value;
        try {
            value = JSON.parse(buf.toString('utf8', s, e));
        }
        catch (error) {
            throw new errors/* UserError */.yo(`data: ${file.display}:${line}: not a JSON object (${error.message.split('\n')[0]})`, { file: file.display, line });
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            throw new errors/* UserError */.yo(`data: ${file.display}:${line}: each line must be one JSON object (keys = field names)`, { file: file.display, line });
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
            throw new errors/* UserError */.yo(`data: ${file.display}:${line + 1}: a line longer than ${maxRecordBytes} bytes`, { file: file.display, line: line + 1 });
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

/***/ 77:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ TextMemo)
/* harmony export */ });
/* harmony import */ var _byte_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(904);

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


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __nccwpck_require__(807);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: ./build/data/check-results.js
var check_results = __nccwpck_require__(202);
;// CONCATENATED MODULE: ./build/data/checks.js

const TOP_KEYS = (/* unused pure expression or super */ null && (['rows', 'nullFraction', 'duplicateRows', 'stats', 'newCategories']));
/**
 * Checks a parsed `checks` value and returns it typed; `origin` names where it came from (a file or
 * an input). Any mistake is a {@link UserError} naming the key and what is allowed. Column names are
 * checked against `columns` when given.
 */
function parseDatasetChecks(value, origin, columns) {
    const fail = (key, message) => {
        throw new UserError(`${origin}: checks.${key}: ${message}`);
    };
    const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
    if (value === undefined || value === null)
        return {};
    if (!isObject(value))
        throw new UserError(`${origin}: checks must be a mapping with keys ${TOP_KEYS.join(', ')}`);
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

// EXTERNAL MODULE: ./build/data/column-validator.js + 1 modules
var column_validator = __nccwpck_require__(843);
// EXTERNAL MODULE: ./build/data/cell-parsers.js + 1 modules
var cell_parsers = __nccwpck_require__(842);
;// CONCATENATED MODULE: ./build/data/table-schema.js
/** Types whose values modelgate checks; the others are reported as unsupported (never silently passed). */
const CHECKED_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'date', 'datetime', 'time', 'year', 'any']);
/** The primary key as a list of field names (a string primary key is one field). */
function primaryKeyOf(schema) {
    const key = schema.primaryKey;
    return key === undefined ? [] : typeof key === 'string' ? [key] : key;
}

// EXTERNAL MODULE: ./build/data/text-memo.js
var text_memo = __nccwpck_require__(77);
;// CONCATENATED MODULE: ./build/data/fields.js




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
    const plain = integer ? cell_parsers/* parseIntegerBytes */.PD : cell_parsers/* parseNumberBytes */.oX;
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
        return (0,cell_parsers/* slowNumber */.bh)(text, out);
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
            const memo = new text_memo/* TextMemo */.O((text) => pattern.test(text));
            return { parse: (buf, s, e) => memo.test(buf, s, e), numeric: false };
        }
        case 'any':
            return { parse: () => true, numeric: false };
        case 'integer': {
            const parse = numberParser(field, true);
            return { parse, numeric: true, kind: parse === cell_parsers/* parseIntegerBytes */.PD ? 1 /* ParseKind.Integer */ : 0 /* ParseKind.Generic */ };
        }
        case 'number': {
            const parse = numberParser(field, false);
            return { parse, numeric: true, kind: parse === cell_parsers/* parseNumberBytes */.oX ? 2 /* ParseKind.Number */ : 0 /* ParseKind.Generic */ };
        }
        case 'year':
            return { parse: cell_parsers/* parseYearBytes */.K4, numeric: true };
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
            return dateLike('date', cell_parsers/* parseDateBytes */.X8);
        case 'time':
            return dateLike('time', cell_parsers/* parseTimeBytes */.yQ);
        case 'datetime':
            return dateLike('datetime', cell_parsers/* parseDatetimeBytes */.eo);
        default:
            return { parse: () => true, numeric: false, unsupported: `type '${type}' is not checked (supported: ${[...CHECKED_TYPES].join(', ')})` };
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
        throw new errors/* UserError */.yo(`schema: ${schemaFile}: field '${field.name}', constraint ${constraint}: ${message}`, { file: schemaFile });
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
    const length = (buf, s, e) => (0,cell_parsers/* codePointLength */.O7)(buf, s, e);
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
        const memo = new text_memo/* TextMemo */.O((text) => regex.test(text));
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
            const memo = new text_memo/* TextMemo */.O((text) => allowed.has(text));
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

// EXTERNAL MODULE: ./build/data/byte-hash.js
var byte_hash = __nccwpck_require__(904);
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

;// CONCATENATED MODULE: ./build/data/sketch-buckets.js
/**
 * The bucket of a value in the quantile sketch (sketch.ts): by its logarithm, as defined, and by table
 * lookup, which gives exactly the same index at a fraction of the cost.
 */
/** Relative accuracy of the sketch: every quantile is within 1 % of a true value of that rank. */
const RELATIVE_ACCURACY = 0.01;
/** Bucket ratio: bucket k holds magnitudes in (GAMMA^(k-1), GAMMA^k]. */
const sketch_buckets_GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
const INV_LOG_GAMMA = 1 / Math.log(sketch_buckets_GAMMA);
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
function sketch_sketchQuantile(sketch, q, min, max) {
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
        exact_accumulator_F64[0] = x;
        const high = exact_accumulator_U32[exact_accumulator_HIGH];
        const exponent = (high >>> 20) & 0x7ff;
        let mantissa = (high & 0xfffff) * TWO32 + exact_accumulator_U32[1 - exact_accumulator_HIGH];
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
            const top = words[2 * i + exact_accumulator_HIGH];
            const bottom = words[2 * i + 1 - exact_accumulator_HIGH];
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
            parts[n + 1] = squareError(x, product);
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
        const error = squareError(x, product);
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
        const sum = new ExactSum();
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
const exact_accumulator_F64 = new Float64Array(1);
const exact_accumulator_U32 = new Uint32Array(exact_accumulator_F64.buffer);
// The word holding the sign and exponent: the second on little-endian machines.
const exact_accumulator_HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
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
    sketch = new QuantileSketch();
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
            this.sum.add(productError(v, c, product));
            // v² as two exact doubles (integers below 2^106), each times the count in two more.
            const square = v * v;
            const rest = squareError(v, square);
            const high = square * c;
            this.squares.add(high);
            this.squares.add(productError(square, c, high));
            const low = rest * c;
            this.squares.add(low);
            this.squares.add(productError(rest, c, low));
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
        const moments = momentsFromSums(parts.count, parts.sum, parts.sumSquares);
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
    return sketchQuantile(stats.sketch, q, stats.min, stats.max);
}

// EXTERNAL MODULE: ./build/data/sources.js + 2 modules
var sources = __nccwpck_require__(330);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
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
    const fields = schema.fields.map((_, i) => compileField(schema, i, options.schemaFile));
    const names = fields.map((f) => f.name);
    const indexOf = (name) => names.indexOf(name);
    const header = tally.check('header', 'Header matches the schema fields');
    const shape = tally.check('row-shape', 'Every row has as many cells as the header');
    const encoding = tally.check('encoding', 'Text cells are valid UTF-8');
    const spillDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempDir, 'unique-'));
    const newIndex = (name) => new UniqueIndex({ dir: spillDir, name, partitions: options.uniquePartitions, memoryBytes: options.uniqueMemoryBytes });
    const needsProfile = options.collectProfile === true || Object.values(checks.stats ?? {}).some((s) => s.median !== undefined);
    const profileColumns = fields.filter((f) => f.profileKind !== undefined);
    const profile = needsProfile ? new ProfileBuilder(profileColumns.map((f) => ({ name: f.name, kind: f.profileKind }))) : undefined;
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
            extra.stats = new RunningStats();
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
    const primary = primaryKeyOf(schema);
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
            const { readParquet } = await Promise.all(/* import() */[__nccwpck_require__.e(913), __nccwpck_require__.e(899)]).then(__nccwpck_require__.bind(__nccwpck_require__, 899));
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

;// CONCATENATED MODULE: ./build/data/check-share.js
/**
 * The share of a column-split validation that the worker thread checks (see parallel.ts): the
 * engine over all sources for the given fields only, its state returned in transferable shapes. The
 * main thread runs it itself when the worker cannot start.
 */


/** Checks the fields `input.owned` marks and returns their state. */
async function checkShare(input) {
    const { options, owned } = input;
    const engine = await createEngine(options, owned, false);
    try {
        await readSources(engine, options, () => undefined, true);
        const found = finishUnique(engine, engine.tally.maxExamples, (u) => u.fieldIndex >= 0 && owned[u.fieldIndex] === true);
        const mine = engine.fields.map((_, i) => i).filter((i) => owned[i]);
        const columns = engine.profile?.finish().columns ?? [];
        return {
            fieldChecks: mine.map((f) => ({ ...engine.fieldChecks[f], field: f })),
            encoding: engine.encoding,
            nulls: mine.map((f) => [f, engine.validator.nulls[f], engine.validator.present[f]]),
            stats: mine.flatMap((f) => {
                const stats = engine.extras[f]?.stats;
                return stats ? [[f, stats.state]] : [];
            }),
            profileColumns: mine.flatMap((f) => {
                const column = engine.extras[f]?.profileColumn ?? -1;
                const stats = columns[column];
                return column >= 0 && stats ? [[column, stats]] : [];
            }),
            newValues: mine.flatMap((f) => {
                const values = engine.extras[f]?.newValues;
                return values ? [[f, [...values]]] : [];
            }),
            unique: [...found].map(([u, r]) => [u.fieldIndex, r]),
        };
    }
    finally {
        for (const u of engine.uniqueChecks)
            u.index.dispose();
        await (0,promises_.rm)(engine.spillDir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./build/data/validate-worker.js
/**
 * The worker side of column-split validation (see parallel.ts): runs {@link checkShare} and posts
 * the result back. It is started by the main thread only.
 */



if (external_node_worker_threads_namespaceObject.parentPort) {
    const port = external_node_worker_threads_namespaceObject.parentPort;
    // The share comes once the main thread has planned the split; the modules load meanwhile, the
    // Parquet ones too when there are Parquet files (they are loaded only for them).
    const { parquet } = external_node_worker_threads_namespaceObject.workerData;
    const ready = parquet ? Promise.all(/* import() */[__nccwpck_require__.e(913), __nccwpck_require__.e(899)]).then(__nccwpck_require__.bind(__nccwpck_require__, 899)) : undefined;
    ready?.catch(() => undefined);
    port.once('message', (input) => void run(port, input, ready));
}
async function run(port, input, ready) {
    // Seeding the footers only saves time: should the modules fail to load, the reader reports it.
    const footers = input.footers;
    if (ready && footers)
        await ready.then((m) => m.keepFooters(footers), () => undefined);
    return share(port, input);
}
function share(port, input) {
    return checkShare(input).then((result) => port.postMessage({ ok: true, result }), (error) => {
        const user = error instanceof errors/* UserError */.yo;
        port.postMessage({
            ok: false,
            message: error instanceof Error ? error.message : String(error),
            user,
            file: user ? error.location?.file : undefined,
            line: user ? error.location?.line : undefined,
        });
    });
}

