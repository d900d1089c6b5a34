export const id = 1706;
export const ids = [1706,2288,5215,7850];
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

/***/ 68216:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony export backoffMs */
/**
 * The one retry loop and the one sleep. Callers differ only in their numbers (attempts, first wait, cap,
 * jitter) and in which failures they retry; keeping the loop here means a fix to it (abort handling,
 * Retry-After, caps) reaches every caller at once.
 */
/**
 * Sleeps `ms` milliseconds. With a signal, an abort ends the sleep at once and rejects with the signal's
 * reason (so a cancelled step does not sit out a long wait).
 */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/**
 * The wait after failed attempt `attempt` (from 1), before jitter and Retry-After:
 * `baseMs * factor^(attempt - 1)`, at most `capMs`.
 */
function backoffMs(attempt, options) {
    return Math.min(options.baseMs * (options.factor ?? 2) ** (attempt - 1), options.capMs ?? Infinity);
}
/**
 * Runs `fn` until it resolves, a failure is not `retryable`, or `attempts` are used up; then rejects with
 * the last failure as it was thrown. `fn` is given the attempt number (from 1), so work that must be
 * redone before another try (re-pushing blobs, asking an upload where it got to) can see that it is one.
 */
async function retry(fn, options) {
    if (!(options.attempts >= 1))
        throw new RangeError(`retry: attempts must be at least 1, got ${options.attempts}`);
    const wait = options.sleep ?? sleep;
    const random = options.random ?? Math.random;
    for (let attempt = 1;; attempt++) {
        options.signal?.throwIfAborted();
        try {
            return await fn(attempt);
        }
        catch (error) {
            if (attempt >= options.attempts || !(options.retryable?.(error, attempt) ?? true))
                throw error;
            const backoff = backoffMs(attempt, options);
            const jittered = options.jitter ? random() * backoff : backoff;
            // The server's own estimate beats ours when longer; the cap still holds, so a server cannot park
            // a CI job for an hour.
            const delayMs = Math.min(Math.max(jittered, options.retryAfterMs?.(error) ?? 0), options.capMs ?? Infinity);
            options.onRetry?.({ error, attempt, delayMs });
            await wait(delayMs, options.signal);
        }
    }
}


/***/ }),

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


/***/ }),

/***/ 30232:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37980);
/* harmony import */ var _registry_models_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73707);
/* harmony import */ var _deployments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32288);
/* harmony import */ var _figures_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85221);





function watchOf(inputs) {
    if (!inputs.prometheusUrl || !inputs.query || inputs.threshold === undefined)
        return undefined;
    return {
        url: inputs.prometheusUrl,
        query: inputs.query,
        threshold: inputs.threshold,
        above: inputs.breachWhen === 'above',
        forMs: inputs.watchFor,
        everyMs: inputs.watchEvery,
        token: inputs.prometheusToken,
    };
}
/**
 * rollback: re-points an environment at an earlier version, with a deployment record. In watch mode it
 * first evaluates a PromQL query for a while and rolls back only on a breach.
 */
async function run(inputs, platform) {
    // Set before anything can fail; made true only once the environment was re-pointed.
    platform.setOutput('rolled-back', 'false');
    const store = (0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.openModelStore)(platform, inputs);
    let reason = inputs.reason;
    const watch = watchOf(inputs);
    if (watch) {
        const breach = await watchFor(platform, watch);
        platform.setOutput('breached', String(breach !== undefined));
        if (breach === undefined) {
            platform.setOutput('rolled-back', 'false');
            await platform.summary(report('healthy', [
                ['environment', inputs.environment],
                ['query', watch.query],
                ['outcome', `stayed within ${watch.threshold} for the whole watch`],
            ]));
            return {};
        }
        reason ??= breach;
    }
    const current = await (0,_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.currentDeployment)(store, inputs.modelName, inputs.environment);
    if (!current)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`rollback: ${inputs.modelName} has never been deployed to ${inputs.environment} in ${store.uri}: nothing to roll back`);
    const target = inputs.to ? await explicitTarget(store, inputs, inputs.to) : await previousTarget(store, inputs, current.digest);
    if (target.digest === current.digest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`rollback: ${inputs.environment} already points at ${target.version ?? target.digest}`);
    const why = reason ?? 'manual rollback';
    const rows = [
        ['environment', inputs.environment],
        ['from', `${current.version ?? ''} ${(0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.shortDigest)(current.digest)}`.trim()],
        ['to', `${target.version ?? ''} ${(0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.shortDigest)(target.digest)}`.trim()],
        ['why', why],
    ];
    platform.setOutput('from-digest', current.digest);
    platform.setOutput('digest', target.digest);
    platform.setOutput('version', target.version ?? '');
    const move = `${inputs.environment} from ${describe(current)} to ${describe(target)}`;
    if (inputs.dryRun) {
        platform.log.info(`rollback: dry run: would re-point ${move} (why: ${why}); nothing changed, no record written`);
        await platform.summary(report('dry run: nothing changed', rows));
        return {};
    }
    const done = await (0,_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.deploy)(store, {
        model: inputs.modelName,
        environment: inputs.environment,
        action: 'rollback',
        to: target.digest,
        version: target.version,
        actor: (0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.actor)(platform),
        runUrl: platform.context.runUrl,
        reason: why,
    });
    if (done.lostRace)
        return { failure: `rollback: lost a race for ${inputs.environment}: ${done.lostRace}. Check 'modelgate history' and re-run` };
    platform.setOutput('rolled-back', 'true');
    platform.setOutput('record', done.recordDigest);
    platform.log.info(`rollback: re-pointed ${move} (why: ${why}); record ${done.recordDigest}`);
    // The environment moved: what only reports it warns when it fails, saying so.
    const production = `${inputs.environment} now runs ${target.version ?? (0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.shortDigest)(target.digest)}: the rollback went ahead`;
    const revision = target.annotations[_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.ANNOTATIONS.revision];
    await (0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.recordDeploymentOrWarn)(platform, 'rollback', {
        environment: inputs.environment,
        sha: revision ?? platform.context.sha,
        state: 'success',
        description: `rolled back to ${target.version ?? (0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.shortDigest)(target.digest)}`,
        token: inputs.token,
    }, production);
    await (0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.reportOrWarn)(platform, 'rollback', 'write the summary', production, () => platform.summary(report('rolled back', rows)));
    const outcome = (0,_figures_js__WEBPACK_IMPORTED_MODULE_3__/* .rollbackOutcome */ .pl)(inputs.modelName, inputs.environment, target.version ?? (0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.shortDigest)(target.digest), why);
    if (watch)
        return { failure: `rollback: ${reason}; ${inputs.environment} was rolled back to ${target.version ?? (0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.shortDigest)(target.digest)}`, ...outcome };
    return outcome;
}
/**
 * An explicit `to`: a version the environment ran before, whose promotion there passed its gate. Gate
 * outcomes live in the deployment records (a version holds only what training made), so a version
 * the environment never ran has nothing that vouches for it: deploy-model, with its gate, takes it there.
 */
async function explicitTarget(store, inputs, to) {
    const found = await (0,_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.resolveVersion)(store, inputs.modelName, to);
    if (!found)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`rollback: input 'to': ${inputs.modelName} has no version or digest '${to}' in ${store.uri}`);
    const { records } = await (0,_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.history)(store, inputs.modelName, inputs.environment);
    const promotions = records.filter(({ record }) => record.to === found.digest && record.action === 'promote');
    if (promotions.length === 0 && !records.some(({ record }) => record.to === found.digest)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`rollback: input 'to': ${to} never ran in ${inputs.environment}, so no gate vouches for it there; promote it with deploy-model (its gate decides), or pick a version from 'modelgate history --env ${inputs.environment}'`);
    }
    if (promotions.length > 0 && promotions.every(({ record }) => record.forced === true || record.verdict === 'fail')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`rollback: input 'to': ${to} only reached ${inputs.environment} forced past its gate (${promotions.map(({ record }) => record.verdict ?? 'no verdict').join(', ')}); pick another version, or promote it again with deploy-model and 'force'`);
    }
    return found;
}
/** The newest version the environment held before, skipping any that a rollback moved away from. */
async function previousTarget(store, inputs, current) {
    const { records } = await (0,_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.history)(store, inputs.modelName, inputs.environment);
    const bad = new Set([current]);
    for (const { record } of records)
        if (record.action === 'rollback' && record.from)
            bad.add(record.from);
    for (const { record } of records) {
        if (bad.has(record.to))
            continue;
        const found = await (0,_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.resolveVersion)(store, inputs.modelName, record.to);
        if (found)
            return found;
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`rollback: ${inputs.environment} has no earlier version to go back to (${records.length} record${records.length === 1 ? '' : 's'} in its history); name one with 'to'`);
}
/** Watches the query; the breach in words, or undefined when it stayed healthy. */
async function watchFor(platform, watch) {
    const { watch: watchQuery } = await __webpack_require__.e(/* import() */ 9696).then(__webpack_require__.bind(__webpack_require__, 69696));
    platform.log.info(`rollback: watching '${watch.query}' every ${watch.everyMs / 1000}s for ${watch.forMs / 1000}s (breach when ${watch.above ? 'above' : 'below'} ${watch.threshold})`);
    const result = await watchQuery({
        url: watch.url,
        query: watch.query,
        threshold: watch.threshold,
        above: watch.above,
        forMs: watch.forMs,
        everyMs: watch.everyMs,
        fetch: watch.token ? withBearer(watch.token) : undefined,
        onSample: (sample) => platform.log.info(`rollback: ${sample.time} ${sample.value ?? 'no data'}`),
    });
    const last = result.samples.at(-1)?.value;
    if (last !== undefined || result.value !== undefined)
        platform.setOutput('value', String(result.value ?? last));
    if (result.noData)
        platform.log.warning(`rollback: '${watch.query}' returned no data for the whole watch: no breach, but no evidence of health either (check the query's labels)`);
    if (!result.breached)
        return undefined;
    return `'${watch.query}' was ${result.value} at ${result.at}, ${watch.above ? 'above' : 'below'} the threshold ${watch.threshold}`;
}
/** A fetch that sends Prometheus a bearer token (the token never reaches a message). */
function withBearer(token) {
    return (input, init) => {
        const headers = new Headers(init?.headers);
        headers.set('Authorization', `Bearer ${token}`);
        return fetch(input, { ...init, headers });
    };
}
/** A version in a log line: its tag and short digest, or the digest alone. */
function describe(version) {
    return version.version ? `${version.version} (${(0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.shortDigest)(version.digest)})` : version.digest;
}
function report(outcome, rows) {
    const markdown = `### rollback: ${outcome}\n\n${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .table */ .tp)(['', ''], rows.map(([k, v]) => [k, (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(v, { inTable: true })]))}\n`;
    return { markdown, text: `rollback: ${outcome}\n${rows.map(([k, v]) => `  ${k.padEnd(12)} ${v}`).join('\n')}\n` };
}


/***/ })

};
