export const id = 2288;
export const ids = [2288];
export const modules = {

/***/ 32288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LOCAL_STORE: () => (/* reexport safe */ _registry_inputs_js__WEBPACK_IMPORTED_MODULE_2__.K5),
/* harmony export */   actor: () => (/* binding */ actor),
/* harmony export */   historyReport: () => (/* binding */ historyReport),
/* harmony export */   openModelStore: () => (/* binding */ openModelStore),
/* harmony export */   recordDeploymentOrWarn: () => (/* binding */ recordDeploymentOrWarn),
/* harmony export */   reportOrWarn: () => (/* binding */ reportOrWarn),
/* harmony export */   shortDigest: () => (/* binding */ shortDigest),
/* harmony export */   storeAddress: () => (/* binding */ storeAddress)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37980);
/* harmony import */ var _registry_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73524);
/* harmony import */ var _registry_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21303);





const warned = new WeakSet();
/**
 * Opens the store the registry inputs name, or the platform's own registry (GHCR for the repository,
 * the GitLab project's container registry), or on-disk outside CI. The platform's credentials (and the
 * `token` input on GHCR) go to the platform's own registry host only, never to one a user named.
 */
function openModelStore(platform, inputs) {
    const { uri, username, password } = storeAddress(platform.context, inputs);
    const { context } = platform;
    const own = context.registry;
    if (platform.features.ci && uri.trim().startsWith('oci-layout:') && !warned.has(platform)) {
        warned.add(platform);
        platform.log.warning(`registry '${uri}' is a folder in this job's workspace: it disappears when the job ends, so later jobs and pipelines find no recorded runs (no baseline) and nothing deployed. ` +
            `Leave 'registry' unset to use ${own ? `${own.label ?? "the platform's registry"} (${own.uri})` : "the platform's registry"}, or name an oci:// registry`);
    }
    return (0,_registry_store_js__WEBPACK_IMPORTED_MODULE_1__.openStore)(uri, { workspace: context.workspace, username, password });
}
/** Which store, with which credentials: the inputs', else the platform's own registry, else on disk. */
function storeAddress(context, inputs) {
    const own = context.registry;
    const uri = inputs.registry ?? own?.uri ?? _registry_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .LOCAL_STORE */ .K5;
    const ownHost = own !== undefined && hostOf(uri) === hostOf(own.uri);
    const username = inputs.registryUsername ?? (ownHost ? own.username : undefined);
    const password = inputs.registryPassword ?? (ownHost ? (own.password ?? inputs.token) : undefined);
    return { uri, username, password };
}
function hostOf(uri) {
    return /^oci:\/\/([^/]+)/.exec(uri.trim())?.[1]?.toLowerCase();
}
/** Who is acting, for the record: the CI user and run where there is one. */
function actor(platform) {
    return platform.context.actor ?? `${platform.context.platform} user`;
}
/**
 * Records the environment's GitHub Deployment without letting it decide the job: the registry's
 * pointer is what runs, the Deployment only shows it on the repository's Environments page. A refusal
 * (403, or the 404 GitHub answers a token that may not see deployments) is a warning naming the
 * permission; any other failure a warning too. `production` says where the environment stands, for
 * the warning. Returns whether it was recorded (or there was nothing to record it on).
 */
async function recordDeploymentOrWarn(platform, step, status, production) {
    try {
        await platform.recordDeployment?.(status);
        return true;
    }
    catch (error) {
        const code = error.status;
        // The adapter's short hint is replaced by the full one below, with what it means for the environment.
        const said = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error).replace(/\s*\(the token lacks permission[^)]*\)\s*$/, '');
        platform.log.warning(code === 403 || code === 404
            ? `${step}: the GitHub Deployment of ${status.environment} was not recorded (${said}): grant the job 'permissions: deployments: write' (or pass a 'token' that has it) to see deploys on the Environments page; ${production}`
            : `${step}: the GitHub Deployment of ${status.environment} was not recorded (${said}); ${production}`);
        return false;
    }
}
/**
 * Runs what only reports on a deploy once the environment moved (the summary): a failure is a warning
 * that says where the environment stands, never the job's failure.
 */
async function reportOrWarn(platform, step, what, production, report) {
    try {
        await report();
    }
    catch (error) {
        platform.log.warning(`${step}: could not ${what} (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}); ${production}`);
    }
}
/** A digest shortened for tables: `sha256:0123456789ab`. */
function shortDigest(digest) {
    return digest ? digest.slice(0, 19) : '—';
}
/** One row per record, newest first: when, what, from which digest to which, the verdict, who and why. */
function historyReport(model, environment, records, pointer, offChain = []) {
    // Reasons, actors and versions are anyone's text: in a terminal a control character could clear the
    // screen or forge a link (OSC 8), so the text form shows each as '?'.
    const plain = (text) => (text ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
    const row = ({ record }) => [
        record.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z'),
        record.action,
        record.version ?? '',
        `${shortDigest(record.from)} → ${shortDigest(record.to)}`,
        `${record.verdict ?? '—'}${record.forced ? ' (forced)' : ''}`,
        record.actor,
        record.reason,
    ];
    const rows = records.map(row);
    const lost = offChain.map(row);
    const header = ['time', 'action', 'version', 'from → to', 'gate', 'by', 'why'];
    const head = `Deployment history of ${model} in ${environment}: ${records.length} record${records.length === 1 ? '' : 's'}, pointer at ${pointer ?? 'nothing'}`;
    // Records that lost a race, or whose deployment died deciding, are not in the chain: shown apart, never left out.
    const lostHead = lost.length ? `Not in effect: ${lost.length} record${lost.length === 1 ? '' : 's'} of deployments that lost a race (or did not finish)` : '';
    const cells = (r) => r.map((c) => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(c, { inTable: true }));
    const markdown = `### ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(model)} in ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(environment)}\n\n${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(header, rows.map(cells))}\n\nPointer: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(pointer ?? 'none')}\n${lost.length ? `\n${lostHead}:\n\n${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(header, lost.map(cells))}\n` : ''}`;
    const widths = header.map((h, i) => Math.max(h.length, ...[...rows, ...lost].map((r) => r[i].length)));
    const line = (cells) => cells
        .map((c, i) => plain(c).padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    const text = [plain(head), line(header), ...rows.map(line), ...(lost.length ? ['', `${lostHead}:`, line(header), ...lost.map(line)] : [])].join('\n') + '\n';
    return { markdown, text };
}


/***/ })

};
