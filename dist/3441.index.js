export const id = 3441;
export const ids = [3441];
export const modules = {

/***/ 63441:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attestModel: () => (/* binding */ attestModel),
/* harmony export */   sigstoreFor: () => (/* binding */ sigstoreFor)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62807);




const SERVICE = 'GitHub attestations';
/** The hosts `@actions/attest` can sign for: its OIDC issuer check refuses anything else (GHES has no attestations). */
const ATTESTING_HOSTS = /^https:\/\/(github\.com|[a-z0-9-]+\.ghe\.com)\/?$/;
/**
 * Attests the build provenance (SLSA v1, GitHub Actions workflow build type) of trained model files and stores
 * the attestation with the repository, where `gh attestation verify <file> -R owner/repo` finds it.
 *
 * `@actions/attest` (with sigstore and jose under it) is imported only here. It signs: it fetches the job's OIDC
 * token (twice: audience `nobody` for the provenance claims, `sigstore` for the certificate), gets a short-lived
 * certificate for an ephemeral key from Fulcio and a timestamp (GitHub's instance) or a Rekor entry (public good).
 * The attestation is then written here rather than by the library, whose writer drops the HTTP status.
 *
 * The job needs `permissions: id-token: write` and `attestations: write`. The library reads `process.env`
 * (ACTIONS_ID_TOKEN_REQUEST_*, GITHUB_SERVER_URL); `env` decides the checks, the repository and the URLs.
 */
async function attestModel(files, env, token, options = {}) {
    if (files.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('attest: there are no model files to attest');
    for (const file of files) {
        if (!/^[0-9a-f]{64}$/.test(file.sha256))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`attest: '${file.path}' has no valid sha256 digest ('${file.sha256}')`);
    }
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('attest: the job cannot request an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is unset). Add to the job:\n' +
            '  permissions:\n    id-token: write\n    attestations: write\n    contents: read\n' +
            '(pull requests from forks never get an OIDC token; attest on push or release instead)');
    }
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    if (!ATTESTING_HOSTS.test(server))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`attest: artifact attestations are not available on ${server} (only github.com and GHE.com)`);
    const repository = env.GITHUB_REPOSITORY;
    if (!repository || !repository.includes('/'))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('attest: GITHUB_REPOSITORY is unset; attestations are stored with a repository');
    if (!token)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('attest: no GitHub token; the attestation is stored with a token that has attestations: write');
    const { attestProvenance } = await guard('load @actions/attest', () => Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(3251), __webpack_require__.e(1351), __webpack_require__.e(7981), __webpack_require__.e(8029), __webpack_require__.e(2088), __webpack_require__.e(4476)]).then(__webpack_require__.bind(__webpack_require__, 4476)));
    const attestation = await guard('sign the provenance attestation', () => attestProvenance({
        subjects: files.map((f) => ({ name: f.path, digest: { sha256: f.sha256 } })),
        token,
        sigstore: options.sigstore ?? sigstoreFor(env),
        skipWrite: true,
    }));
    const id = await store(attestation.bundle, repository, env, token, options.fetch);
    const bundlePath = await writeBundle(attestation.bundle, options.bundleDir ?? env.RUNNER_TEMP);
    return { id, url: `${server.replace(/\/$/, '')}/${repository}/attestations/${id}`, ...(bundlePath ? { bundlePath } : {}) };
}
/** Public repositories sign with the public-good instance (as `@actions/attest` would choose); all others with GitHub's. */
function sigstoreFor(env) {
    let repository;
    try {
        repository = env.GITHUB_EVENT_PATH ? JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8')).repository : undefined;
    }
    catch {
        repository = undefined;
    }
    const isPublic = repository?.visibility ? repository.visibility === 'public' : repository?.private === false;
    return isPublic ? 'public-good' : 'github';
}
/** POST /repos/{owner}/{repo}/attestations with octokit and its retry plugin (5xx and 429 retried; 4xx not). */
async function store(bundle, repository, env, token, fetcher) {
    const [{ getOctokit }, { retry }] = await guard('load @actions/github', () => Promise.all([Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1351)]).then(__webpack_require__.bind(__webpack_require__, 61351)), Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(9735)]).then(__webpack_require__.bind(__webpack_require__, 49735))]));
    const octokit = getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com', ...(fetcher ? { request: { fetch: fetcher } } : {}) }, retry);
    const [owner = '', repo = ''] = repository.split('/');
    try {
        const response = await octokit.request('POST /repos/{owner}/{repo}/attestations', { owner, repo, bundle: bundle });
        const data = (typeof response.data === 'string' ? JSON.parse(response.data) : response.data);
        if (data?.id === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExternalError */ .yA(`${SERVICE}: could not store the attestation: the response had no id`, SERVICE, response.status);
        return String(data.id);
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExternalError */ .yA)
            throw error;
        const status = statusOf(error);
        const hint = status === 403 || status === 404 ? ' (the job needs permissions: attestations: write; private repositories need GitHub Enterprise Cloud for attestations)' : '';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExternalError */ .yA(`${SERVICE}: could not store the attestation in ${repository}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error)}${hint}`, SERVICE, status, status === undefined || status >= 500 || status === 429);
    }
}
async function writeBundle(bundle, dir) {
    if (!dir)
        return undefined;
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'modelgate-attestation-')), 'attestation.sigstore.json');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(path, `${JSON.stringify(bundle)}\n`);
    return path;
}
async function guard(what, fn) {
    try {
        return await fn();
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo || error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExternalError */ .yA)
            throw error;
        const status = statusOf(error);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExternalError */ .yA(`${SERVICE}: could not ${what}: ${describe(error)}`, SERVICE, status, status === undefined || status >= 500 || status === 429);
    }
}
/**
 * The HTTP status of a failure, wherever the libraries left it: octokit's `status`, sigstore's `statusCode` on
 * the cause, `@actions/core`'s "Error Code : 403" in the OIDC message.
 */
function statusOf(error) {
    for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
        const { status, statusCode } = e;
        for (const value of [status, statusCode])
            if (typeof value === 'number' && value >= 100 && value < 600)
                return value;
    }
    const found = /Error Code : (\d{3})|\((\d{3})\)/.exec((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error));
    return found ? Number(found[1] ?? found[2]) : undefined;
}
/** The message with its causes' (sigstore's InternalError says only "error creating signing certificate"). */
function describe(error) {
    const parts = [(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error)];
    for (let e = error?.cause, depth = 0; e && depth < 4; e = e.cause, depth++) {
        const message = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(e);
        if (!parts.some((p) => p.includes(message)))
            parts.push(message);
    }
    return parts.join(': ');
}


/***/ })

};
