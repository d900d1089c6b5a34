export const id = 288;
export const ids = [288];
export const modules = {

/***/ 32288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actor: () => (/* binding */ actor),
/* harmony export */   historyReport: () => (/* binding */ historyReport),
/* harmony export */   openModelStore: () => (/* binding */ openModelStore),
/* harmony export */   shortDigest: () => (/* binding */ shortDigest)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43937);
/* harmony import */ var _registry_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70);


/** Opens the store the registry inputs name, relative to the workspace. */
function openModelStore(platform, inputs) {
    return (0,_registry_store_js__WEBPACK_IMPORTED_MODULE_0__.openStore)(inputs.registry, { workspace: platform.context.workspace, username: inputs.registryUsername, password: inputs.registryPassword });
}
/** Who is acting, for the record: the CI user and run where there is one. */
function actor(platform, env = process.env) {
    return env.GITHUB_ACTOR ?? env.GITLAB_USER_LOGIN ?? env.USER ?? env.USERNAME ?? `${platform.context.platform} user`;
}
/** A digest shortened for tables: `sha256:0123456789ab`. */
function shortDigest(digest) {
    return digest ? digest.slice(0, 19) : '—';
}
/** One row per record, newest first: when, what, from which digest to which, the verdict, who and why. */
function historyReport(model, environment, records, pointer, forks) {
    const rows = records.map(({ record }) => [
        record.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z'),
        record.action,
        record.version ?? '',
        `${shortDigest(record.from)} → ${shortDigest(record.to)}`,
        `${record.verdict ?? '—'}${record.forced ? ' (forced)' : ''}`,
        record.actor,
        record.reason,
    ]);
    const header = ['time', 'action', 'version', 'from → to', 'gate', 'by', 'why'];
    const head = `Deployment history of ${model} in ${environment}: ${records.length} record${records.length === 1 ? '' : 's'}, pointer at ${pointer ?? 'nothing'}`;
    const forkNote = forks.length ? `\nLost races: ${forks.length} record${forks.length === 1 ? '' : 's'} share a predecessor with the chain (${forks.map(shortDigest).join(', ')}).` : '';
    const markdown = `### ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(model)} in ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(environment)}\n\n${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(header, rows.map((r) => r.map((c) => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(c, { inTable: true }))))}\n\nPointer: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(pointer ?? 'none')}${forkNote}\n`;
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    const text = [head, line(header), ...rows.map(line)].join('\n') + forkNote + '\n';
    return { markdown, text };
}


/***/ })

};
