export const id = 7566;
export const ids = [7566];
export const modules = {

/***/ 47566:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PREDICTIONS_MEDIA_TYPE: () => (/* binding */ PREDICTIONS_MEDIA_TYPE),
/* harmony export */   RUN_ARTIFACT_TYPE: () => (/* binding */ RUN_ARTIFACT_TYPE),
/* harmony export */   findRun: () => (/* binding */ findRun),
/* harmony export */   nearestRun: () => (/* binding */ nearestRun),
/* harmony export */   recordRun: () => (/* binding */ recordRun),
/* harmony export */   runTag: () => (/* binding */ runTag)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _blob_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1685);
/* harmony import */ var _store_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86535);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69701);




/** artifactType of a recorded run: a run record by commit (and the model files, when asked). */
const RUN_ARTIFACT_TYPE = 'application/vnd.modelgate.run.v1';
/** Media type of the predictions layer of a recorded run (the file as the training wrote it). */
const PREDICTIONS_MEDIA_TYPE = 'application/vnd.modelgate.predictions.v1';
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const SLOT = /^[a-z0-9][a-z0-9_-]{0,40}$/;
/**
 * The tag a run of `commit` is recorded under: `run-<sha>` for a job's one run, `run-<sha>.<slot>` for
 * one leg of a matrix or seed sweep. Derived from the commit, so a later job finds it with one request,
 * whatever the number of runs the model has (tag lists are not paginated on every registry).
 */
function runTag(commit, slot) {
    if (!SHA.test(commit))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`run store: '${commit}' is not a full commit sha (40 or 64 lowercase hex digits)`);
    if (slot !== undefined && !SLOT.test(slot))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`run store: '${slot}' cannot name a run; use lowercase letters, digits, '_' and '-' (at most 41)`);
    const tag = `run-${commit}${slot ? `.${slot}` : ''}`;
    if (!(0,_store_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isTag */ .dz)(tag))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`run store: '${tag}' is not a valid tag`);
    return tag;
}
/**
 * Records a run of `commit`: the run record as config, the model files as layers when given, under
 * {@link runTag}. A re-run of the same job re-points the same tag (the earlier manifest stays in the
 * store by digest), so retries never pile up tags; blobs the store has are not sent again.
 */
async function recordRun(store, model, options) {
    (0,_versions_js__WEBPACK_IMPORTED_MODULE_3__.checkModelName)(model);
    const tag = runTag(options.commit, options.slot);
    let bytesSent = await store.pushBlobBytes(model, options.record, (0,_blob_files_js__WEBPACK_IMPORTED_MODULE_1__/* .digestOf */ .ol)(options.record));
    const layers = [];
    for (const file of options.files ?? []) {
        const layer = await (0,_versions_js__WEBPACK_IMPORTED_MODULE_3__.fileLayer)(file, await (0,_versions_js__WEBPACK_IMPORTED_MODULE_3__.fileSize)(file));
        bytesSent += await store.pushBlobFile(model, file.path, layer.digest, layer.size);
        layers.push(layer);
    }
    if (options.predictions) {
        const layer = await (0,_versions_js__WEBPACK_IMPORTED_MODULE_3__.fileLayer)(options.predictions, await (0,_versions_js__WEBPACK_IMPORTED_MODULE_3__.fileSize)(options.predictions));
        bytesSent += await store.pushBlobFile(model, options.predictions.path, layer.digest, layer.size);
        layers.push({ ...layer, mediaType: PREDICTIONS_MEDIA_TYPE });
    }
    const manifest = {
        schemaVersion: 2,
        mediaType: _store_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.manifest,
        artifactType: RUN_ARTIFACT_TYPE,
        config: { mediaType: _versions_js__WEBPACK_IMPORTED_MODULE_3__.RUN_RECORD_MEDIA_TYPE, digest: (0,_blob_files_js__WEBPACK_IMPORTED_MODULE_1__/* .digestOf */ .ol)(options.record), size: options.record.length },
        layers,
        annotations: { ...options.annotations, [_versions_js__WEBPACK_IMPORTED_MODULE_3__.ANNOTATIONS.revision]: options.commit, [_versions_js__WEBPACK_IMPORTED_MODULE_3__.ANNOTATIONS.created]: new Date().toISOString() },
    };
    const digest = await store.putManifest(model, tag, Buffer.from(JSON.stringify(manifest)), _store_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.manifest);
    return { tag, digest, bytesSent };
}
/** The run recorded for `commit` (and `slot`), or undefined; one manifest and one blob request when found. */
async function findRun(store, model, commit, slot) {
    (0,_versions_js__WEBPACK_IMPORTED_MODULE_3__.checkModelName)(model);
    const tag = runTag(commit, slot);
    const found = await store.getManifest(model, tag);
    if (!found)
        return undefined;
    const manifest = (0,_versions_js__WEBPACK_IMPORTED_MODULE_3__.parseManifest)(found.bytes, `${store.uri} ${model}:${tag}`);
    if (manifest.artifactType !== RUN_ARTIFACT_TYPE)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`run store: ${model}:${tag} in ${store.uri} is not a recorded run (artifact type ${manifest.artifactType ?? 'none'})`);
    const bytes = await store.readBlob(model, manifest.config.digest);
    let record;
    try {
        record = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        record = undefined;
    }
    const layer = manifest.layers.find((l) => l.mediaType === PREDICTIONS_MEDIA_TYPE);
    const predictions = layer ? { digest: layer.digest, size: layer.size, name: layer.annotations?.[_versions_js__WEBPACK_IMPORTED_MODULE_3__.ANNOTATIONS.title] ?? 'predictions' } : undefined;
    return { tag, digest: found.digest, commit, record, created: manifest.annotations?.[_versions_js__WEBPACK_IMPORTED_MODULE_3__.ANNOTATIONS.created], ...(predictions ? { predictions } : {}) };
}
/**
 * The nearest of `commits` (nearest first) with a recorded run, looking `parallel` commits up at a time;
 * `tried` counts the commits asked about, for the report and the bench.
 */
async function nearestRun(store, model, commits, options = {}) {
    const { slot, parallel = 8, firstAlone = true } = options;
    let tried = 0;
    // The baseline commit itself is the usual hit: ask for it alone, then the ancestors in batches.
    for (let start = 0; start < commits.length;) {
        const end = start === 0 && firstAlone ? 1 : start + parallel;
        const batch = commits.slice(start, end);
        tried += batch.length;
        const found = await Promise.all(batch.map((sha) => findRun(store, model, sha, slot)));
        const hit = found.findIndex((r) => r !== undefined);
        if (hit >= 0)
            return { run: found[hit], index: start + hit, tried };
        start = end;
    }
    return { index: -1, tried };
}


/***/ })

};
