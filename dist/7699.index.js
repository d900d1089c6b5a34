export const id = 7699;
export const ids = [7699];
export const modules = {

/***/ 27699:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkShare: () => (/* binding */ checkShare)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61542);
/**
 * The share of a column-split validation that the worker thread checks (see parallel.ts): the
 * engine over all sources for the given fields only, its state returned in transferable shapes. The
 * main thread runs it itself when the worker cannot start.
 */


/** Checks the fields `input.owned` marks and returns their state. */
async function checkShare(input) {
    const { options, owned } = input;
    const engine = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .createEngine */ .P)(options, owned, false);
    try {
        await (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .readSources */ .tW)(engine, options, () => undefined, true);
        const found = (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .finishUnique */ .$Z)(engine, engine.tally.maxExamples, (u) => u.fieldIndex >= 0 && owned[u.fieldIndex] === true);
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(engine.spillDir, { recursive: true, force: true });
    }
}


/***/ })

};
