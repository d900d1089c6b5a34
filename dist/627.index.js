export const id = 627;
export const ids = [627];
export const modules = {

/***/ 89627:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readParquet: () => (/* binding */ readParquet)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51609);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(96367);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(42123);
/* harmony import */ var hyparquet_compressors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20138);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62807);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11737);






async function sha256Of(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: 1024 * 1024 }))
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * Reads a Parquet file one row group at a time (memory is bounded by the largest row group), the
 * top-level columns being the header. Returns the file's sha256. Parquet is read by random access,
 * so the hash is a separate sequential read of the file.
 */
async function readParquet(file, handlers, options = {}) {
    const fail = (error) => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`data: ${file.display}: not a readable Parquet file (${error.message})`, { file: file.display });
    };
    const buffer = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_5__/* .asyncBufferFromFile */ .Rv)(file.path).catch(fail);
    const metadata = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_6__/* .parquetMetadataAsync */ .Ei)(buffer).catch(fail);
    const root = metadata.schema[0];
    const labels = [];
    // Top-level columns: children of the root, skipping nested groups' descendants.
    for (let i = 1, left = root?.num_children ?? 0; i < metadata.schema.length && left > 0; left--) {
        const element = metadata.schema[i];
        if (!element)
            break;
        labels.push(element.name);
        let skip = element.num_children ?? 0;
        i++;
        while (skip > 0 && i < metadata.schema.length) {
            skip += (metadata.schema[i]?.num_children ?? 0) - 1;
            i++;
        }
    }
    handlers.onHeader(labels);
    const types = labels.map((label) => options.typeOf?.(label));
    const builder = new _sources_js__WEBPACK_IMPORTED_MODULE_4__/* .RecordBuilder */ .xx();
    let rowStart = 0;
    let index = 0;
    for (const group of metadata.row_groups) {
        const rowEnd = rowStart + Number(group.num_rows);
        let rows = [];
        await (0,hyparquet__WEBPACK_IMPORTED_MODULE_7__/* .parquetRead */ .bA)({ file: buffer, metadata, compressors: hyparquet_compressors__WEBPACK_IMPORTED_MODULE_2__/* .compressors */ .Vm, rowStart, rowEnd, columns: labels, onComplete: (r) => (rows = r) }).catch(fail);
        for (const row of rows) {
            index++;
            builder.reset(labels.length, 0, index);
            for (let i = 0; i < labels.length; i++)
                builder.set(i, (0,_sources_js__WEBPACK_IMPORTED_MODULE_4__/* .cellText */ .Ie)(row[i], types[i]));
            handlers.onRecord(builder.record);
        }
        handlers.onBytes(Number(group.total_compressed_size ?? group.total_byte_size));
        rowStart = rowEnd;
    }
    return sha256Of(file.path);
}


/***/ })

};
