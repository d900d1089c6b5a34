export const id = 9627;
export const ids = [9627];
export const modules = {

/***/ 71998:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ sha256Of),
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   hW: () => (/* binding */ digestTree),
/* harmony export */   qW: () => (/* binding */ digestOfSet)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62807);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(21645);






/** The sha256 (hex) of bytes in memory. */
function sha256Of(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
/** The sha256 (hex) and size of a file, streamed in large reads (model files can be gigabytes). */
async function hashFile(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: _files_js__WEBPACK_IMPORTED_MODULE_5__/* .READ_CHUNK */ .vA })) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}
/** The sha256 (hex) of a file, streamed; see {@link hashFile}. */
async function sha256File(path) {
    return (await hashFile(path)).sha256;
}
/**
 * Every regular file under a path (itself when it is a file), sorted, with digests relative to `root`.
 * A symbolic link to a file inside `root` is hashed as that file; a link leading out of `root` is an
 * error (it would ship a file from elsewhere); a link to a folder is not followed (it could loop).
 */
async function digestTree(path, root) {
    const out = [];
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(root);
    const visit = async (p) => {
        let info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(p);
        if (info.isSymbolicLink()) {
            const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(p).catch(() => undefined);
            if (!target || !(target === realRoot || target.startsWith(realRoot + node_path__WEBPACK_IMPORTED_MODULE_3__.sep))) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`'${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(root, p)}' is a symbolic link leading out of the workspace (or nowhere); copy the file in instead`);
            }
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(p);
            if (info.isDirectory())
                return;
        }
        if (info.isDirectory()) {
            for (const entry of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(p)).sort())
                await visit((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(p, entry));
        }
        else if (info.isFile()) {
            out.push({ path: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(root, p).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/'), sha256: await sha256File(p), size: info.size });
        }
    };
    await visit(path);
    return out;
}
/**
 * One digest for a set of files: sha256 over sorted `path NUL sha256 NUL size LF` lines, so the same
 * files with the same content give the same digest wherever they were produced.
 */
function digestOfSet(files) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
        hash.update(`${f.path}\0${f.sha256}\0${f.size}\n`);
    return `sha256:${hash.digest('hex')}`;
}


/***/ }),

/***/ 89627:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readParquet: () => (/* binding */ readParquet)
/* harmony export */ });
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51609);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96367);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(42123);
/* harmony import */ var hyparquet_compressors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20138);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);
/* harmony import */ var _core_hashing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71998);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14895);





/**
 * Reads a Parquet file one row group at a time (memory is bounded by the largest row group), the
 * top-level columns being the header. Returns the file's sha256. Parquet is read by random access,
 * so the hash is a separate sequential read of the file.
 */
async function readParquet(file, handlers, options = {}) {
    const fail = (error) => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`data: ${file.display}: not a readable Parquet file (${error.message})`, { file: file.display });
    };
    const buffer = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_4__/* .asyncBufferFromFile */ .Rv)(file.path).catch(fail);
    const metadata = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_5__/* .parquetMetadataAsync */ .Ei)(buffer).catch(fail);
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
    const builder = new _sources_js__WEBPACK_IMPORTED_MODULE_3__/* .RecordBuilder */ .xx();
    let rowStart = 0;
    let index = 0;
    for (const group of metadata.row_groups) {
        const rowEnd = rowStart + Number(group.num_rows);
        let rows = [];
        await (0,hyparquet__WEBPACK_IMPORTED_MODULE_6__/* .parquetRead */ .bA)({ file: buffer, metadata, compressors: hyparquet_compressors__WEBPACK_IMPORTED_MODULE_0__/* .compressors */ .Vm, rowStart, rowEnd, columns: labels, onComplete: (r) => (rows = r) }).catch(fail);
        for (const row of rows) {
            index++;
            builder.reset(labels.length, 0, index);
            for (let i = 0; i < labels.length; i++)
                builder.set(i, (0,_sources_js__WEBPACK_IMPORTED_MODULE_3__/* .cellText */ .Ie)(row[i], types[i]));
            handlers.onRecord(builder.record);
        }
        handlers.onBytes(Number(group.total_compressed_size ?? group.total_byte_size));
        rowStart = rowEnd;
    }
    return (0,_core_hashing_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256File */ .Q3)(file.path);
}


/***/ })

};
