export const id = 6991;
export const ids = [6991];
export const modules = {

/***/ 46991:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPredictions: () => (/* binding */ readPredictions)
/* harmony export */ });
/* unused harmony export PREDICTION_COLUMNS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51609);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96367);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27992);
/* harmony import */ var hyparquet_compressors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20138);
/* harmony import */ var _core_csv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96542);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62807);
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(57980);






/** Columns a predictions file may have besides `prob.<class>`; other columns are kept out (text, features). */
const PREDICTION_COLUMNS = (/* unused pure expression or super */ null && (['id', 'label', 'prediction', 'score', 'value', 'weight', 'cluster']));
const USED = ['label', 'prediction', 'score', 'value'];
/**
 * Reads a predictions file: CSV (a header row), JSON Lines (one object per line) or Parquet, by its
 * extension. Every problem is a {@link UserError} naming the file, the line (row for Parquet) and what
 * is allowed: a missing or repeated `id`, a score, value or weight that is not a finite number, a
 * negative weight, a file with none of `label`, `prediction`, `score`, `value`.
 */
async function readPredictions(path, display) {
    const lower = display.toLowerCase();
    const table = lower.endsWith('.parquet')
        ? await parquetTable(path, display)
        : lower.endsWith('.jsonl') || lower.endsWith('.ndjson')
            ? jsonlTable(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'), display)
            : lower.endsWith('.csv')
                ? csvTable(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'), display)
                : unsupported(display);
    return fromTable(table, display);
}
function unsupported(display) {
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`predictions: ${display}: use a .csv, .jsonl or .parquet file`, { file: display });
}
function csvTable(text, display) {
    const [header, ...rows] = (0,_core_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCsv */ .W)(text, display);
    const columns = header?.cells ?? [];
    return { columns, unit: 'line', rows: rows.map((r) => ({ line: r.line, cells: new Map(columns.map((c, i) => [c, r.cells[i]])) })) };
}
function jsonlTable(text, display) {
    const columns = new Set();
    const rows = [];
    for (const [i, raw] of text.split('\n').entries()) {
        const line = raw.trim();
        if (line === '')
            continue;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`predictions: ${display}:${i + 1}: not a JSON object (one example per line)`, { file: display, line: i + 1 });
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`predictions: ${display}:${i + 1}: not a JSON object (one example per line)`, { file: display, line: i + 1 });
        }
        // Own keys only: a row without `__proto__` must not find Object's members.
        const cells = new Map(Object.entries(value));
        for (const key of cells.keys())
            columns.add(key);
        rows.push({ line: i + 1, cells });
    }
    return { columns: [...columns], rows, unit: 'line' };
}
async function parquetTable(path, display) {
    const fail = (error) => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`predictions: ${display}: not a readable Parquet file (${error.message})`, { file: display });
    };
    const file = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_4__/* .asyncBufferFromFile */ .Rv)(path).catch(fail);
    const metadata = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_5__/* .parquetMetadataAsync */ .Ei)(file).catch(fail);
    const columns = metadata.schema.slice(1).map((s) => s.name);
    const objects = (await (0,hyparquet__WEBPACK_IMPORTED_MODULE_6__/* .parquetReadObjects */ .pS)({ file, metadata, compressors: hyparquet_compressors__WEBPACK_IMPORTED_MODULE_1__/* .compressors */ .Vm }).catch(fail));
    return { columns, unit: 'row', rows: objects.map((o, i) => ({ line: i + 1, cells: new Map(Object.entries(o)) })) };
}
function fromTable(table, display) {
    const at = (line) => `predictions: ${display}:${table.unit === 'row' ? ` row ${line}` : line}`;
    const fail = (line, what) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${at(line)}: ${what}`, { file: display, line: table.unit === 'line' ? line : undefined });
    const has = new Set(table.columns);
    if (!has.has('id')) {
        const near = (0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_7__.didYouMean)('id', table.columns);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`predictions: ${display}: no 'id' column: every example needs a stable id, the same in the champion's and the challenger's file${near ? `${near} Name it 'id'` : ''}`, { file: display });
    }
    if (!USED.some((c) => has.has(c)) && !table.columns.some((c) => c.startsWith('prob.'))) {
        const near = USED.map((c) => (0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_7__.didYouMean)(c, table.columns)).find((s) => s !== '') ?? '';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`predictions: ${display}: none of the columns ${USED.join(', ')} or prob.<class>, and a metric needs at least one${near}`, { file: display });
    }
    const n = table.rows.length;
    const text = (name) => (has.has(name) ? table.rows.map((r) => cellString(r.cells.get(name))) : undefined);
    const number = (name, check) => {
        if (!has.has(name))
            return undefined;
        const values = new Float64Array(n);
        for (const [i, row] of table.rows.entries()) {
            const raw = row.cells.get(name);
            const v = typeof raw === 'number' ? raw : typeof raw === 'bigint' ? Number(raw) : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
            if (!Number.isFinite(v))
                throw fail(row.line, `'${name}' is ${shown(raw)}, not a finite number`);
            const problem = check?.(v);
            if (problem)
                throw fail(row.line, `'${name}' is ${v}: ${problem}`);
            values[i] = v;
        }
        return values;
    };
    const ids = text('id');
    const seen = new Map();
    for (const [i, id] of ids.entries()) {
        const line = table.rows[i].line;
        if (id === '')
            throw fail(line, "'id' is empty; every example needs one");
        const first = seen.get(id);
        if (first !== undefined)
            throw fail(line, `id '${id}' is repeated (first at ${table.unit} ${first}); ids pair the examples of two models, so each must be unique`);
        seen.set(id, line);
    }
    const probability = (v) => (v < 0 || v > 1 ? 'a probability is between 0 and 1' : undefined);
    const probColumns = table.columns.filter((c) => c.startsWith('prob.'));
    return dropUndefined({
        display,
        ids,
        label: text('label'),
        prediction: text('prediction'),
        score: number('score', probability),
        value: number('value'),
        weight: number('weight', (v) => (v < 0 ? 'a weight is 0 or more' : undefined)),
        cluster: text('cluster'),
        probs: probColumns.length ? { classes: probColumns.map((c) => c.slice('prob.'.length)), values: probColumns.map((c) => number(c, probability)) } : undefined,
    });
}
function cellString(value) {
    if (value === undefined || value === null)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
        return String(value);
    return JSON.stringify(value);
}
function shown(value) {
    if (value === undefined || value === null || value === '')
        return 'empty';
    return JSON.stringify(typeof value === 'bigint' ? String(value) : value).slice(0, 40);
}
function dropUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}


/***/ })

};
