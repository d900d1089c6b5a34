export const id = 2408;
export const ids = [2408];
export const modules = {

/***/ 72408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gatedByVersion: () => (/* binding */ gatedByVersion),
/* harmony export */   openCommandStore: () => (/* binding */ openCommandStore),
/* harmony export */   readEnvironments: () => (/* binding */ readEnvironments),
/* harmony export */   requireModel: () => (/* binding */ requireModel),
/* harmony export */   runsOfRecords: () => (/* binding */ runsOfRecords)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _registry_models_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46664);
/* harmony import */ var _registry_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73524);
/* harmony import */ var _registry_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21303);
/* harmony import */ var _run_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81093);





/** Parallel version reads: quick on a long history, gentle on the registry. */
const READ_PARALLELISM = 8;
/**
 * The store a command reads: `--registry`, else the on-disk store (commands do not default to the
 * platform's registry), with the credentials given.
 */
function openCommandStore(platform, inputs) {
    return (0,_registry_store_js__WEBPACK_IMPORTED_MODULE_2__/* .openStore */ .Ch)(inputs.registry ?? _registry_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .LOCAL_STORE */ .K5, { workspace: platform.context.workspace, username: inputs.registryUsername, password: inputs.registryPassword });
}
/** The model's index; a model with no tag at all fails closed, saying how runs and versions get recorded. */
async function requireModel(command, store, model) {
    const index = await (0,_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.readModelIndex)(store, model);
    if (index.tags.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${command}: nothing is recorded for model '${model}' in ${store.uri}: no versions, runs or deployments. ` +
            `train-model records runs (with 'model-name' and 'record-run'), deploy-model pushes versions and promotes them; ` +
            `check --model-name, and --registry (without it, ${command} reads ${_registry_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .LOCAL_STORE */ .K5})`);
    }
    return index;
}
/** Each environment's chain, pointer and off-chain records, one environment after another. */
async function readEnvironments(store, model, environments) {
    const states = [];
    for (const environment of environments)
        states.push({ environment, ...(await (0,_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.history)(store, model, environment)) });
    return states;
}
/**
 * The metrics each version's gate judged: for every version digest, the `gatedMetrics` of the newest
 * deployment record (of any environment read) that moved an environment to it and recorded them.
 */
function gatedByVersion(states) {
    const all = states.flatMap((s) => [...s.records, ...s.offChain]).sort((a, b) => (a.record.time < b.record.time ? 1 : a.record.time > b.record.time ? -1 : 0));
    const gated = new Map();
    for (const { record } of all) {
        const names = Array.isArray(record.gatedMetrics) ? record.gatedMetrics.filter((n) => typeof n === 'string' && n !== '') : [];
        if (names.length && !gated.has(record.to))
            gated.set(record.to, names);
    }
    return gated;
}
/**
 * Reads the version every record moved to (once per digest) and returns the summary of each record's:
 * the headline is the record's own gated metrics, else those of the newest gate of that version in the
 * same environment (a rollback's target), else the run's first metrics by name. A version the store no longer has, or that is not one, has none;
 * one whose run record cannot be read has none either, with a warning.
 */
async function runsOfRecords(store, model, platform, states) {
    const digests = [...new Set(states.flatMap((s) => [...s.records, ...s.offChain].map((e) => e.record.to)))];
    const versions = new Map();
    let next = 0;
    const worker = async () => {
        while (next < digests.length) {
            const digest = digests[next++];
            const info = await (0,_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.resolveVersion)(store, model, digest).catch((error) => {
                // Not a version (UserError): nothing to show. A blob the store cannot give: said, and the history still printed.
                if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo))
                    platform.log.warning(`the run behind ${model}@${(0,_run_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .plain */ .pj)(String(digest))} could not be read (${(0,_run_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .plain */ .pj)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error))}); its row shows no commit or metrics`);
                return undefined;
            });
            versions.set(digest, info);
        }
    };
    await Promise.all(Array.from({ length: Math.min(READ_PARALLELISM, digests.length) }, worker));
    const gated = new Map(states.map((s) => [s.environment, gatedByVersion([s])]));
    const cache = new Map();
    return ({ digest, record }) => {
        if (!cache.has(digest)) {
            const info = versions.get(record.to);
            const own = Array.isArray(record.gatedMetrics) && record.gatedMetrics.length ? record.gatedMetrics : undefined;
            cache.set(digest, info ? (0,_run_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .summarize */ .eh)(info, platform.context, own ?? gated.get(record.environment)?.get(record.to)) : undefined);
        }
        return cache.get(digest);
    };
}


/***/ })

};
