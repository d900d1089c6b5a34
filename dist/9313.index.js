export const id = 9313;
export const ids = [9313];
export const modules = {

/***/ 32288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LOCAL_STORE: () => (/* reexport safe */ _registry_inputs_js__WEBPACK_IMPORTED_MODULE_2__.K5),
/* harmony export */   actor: () => (/* binding */ actor),
/* harmony export */   historyReport: () => (/* reexport safe */ _history_report_js__WEBPACK_IMPORTED_MODULE_3__.T),
/* harmony export */   openModelStore: () => (/* binding */ openModelStore),
/* harmony export */   recordDeploymentOrWarn: () => (/* binding */ recordDeploymentOrWarn),
/* harmony export */   reportOrWarn: () => (/* binding */ reportOrWarn),
/* harmony export */   shortDigest: () => (/* reexport safe */ _run_summary_js__WEBPACK_IMPORTED_MODULE_4__.VK),
/* harmony export */   storeAddress: () => (/* binding */ storeAddress)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _registry_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73524);
/* harmony import */ var _registry_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21303);
/* harmony import */ var _history_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88103);
/* harmony import */ var _run_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81093);






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
    return (0,_registry_store_js__WEBPACK_IMPORTED_MODULE_1__/* .openStore */ .Ch)(uri, { workspace: context.workspace, username, password });
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


/***/ }),

/***/ 88103:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ historyReport),
/* harmony export */   V: () => (/* binding */ environmentsReport)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37980);
/* harmony import */ var _run_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81093);


/**
 * One row per record, newest first: when, what, from which digest to which, the verdict, who and why.
 * With `runs`, each row also shows the commit (linked only when safe), the headline metrics and the CI
 * run of the version the record moved to.
 */
function historyReport(model, environment, records, pointer, offChain = [], runs) {
    // Reasons, actors, versions and metric names are anyone's text: in a terminal a control character
    // could clear the screen or forge a link (OSC 8), so the text form shows each as '?'; in markdown
    // each is a code span.
    const row = (entry) => {
        const { record } = entry;
        const cells = [
            record.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z'),
            record.action,
            record.version ?? '',
            `${(0,_run_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDigest */ .VK)(record.from)} → ${(0,_run_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDigest */ .VK)(record.to)}`,
            `${record.verdict ?? '—'}${record.forced ? ' (forced)' : ''}`,
            record.actor,
        ].map(String);
        const md = cells.map((c) => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(c, { inTable: true }));
        const summary = runs?.(entry);
        const why = String(record.reason);
        return {
            text: [...cells, ...(runs ? (0,_run_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryCells */ .S)(summary, false) : []), why],
            markdown: [...md, ...(runs ? (0,_run_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryCells */ .S)(summary, true) : []), (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(why, { inTable: true })],
        };
    };
    const rows = records.map(row);
    const lost = offChain.map(row);
    const header = ['time', 'action', 'version', 'from → to', 'gate', 'by', ...(runs ? ['commit', 'metrics', 'run'] : []), 'why'];
    const head = `Deployment history of ${model} in ${environment}: ${records.length} record${records.length === 1 ? '' : 's'}, pointer at ${pointer ?? 'nothing'}`;
    // Records that lost a race, or whose deployment died deciding, are not in the chain: shown apart, never left out.
    const lostHead = lost.length ? `Not in effect: ${lost.length} record${lost.length === 1 ? '' : 's'} of deployments that lost a race (or did not finish)` : '';
    const chain = (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(header, rows.map((r) => r.markdown));
    const apart = lost.length
        ? `\n${lostHead}:\n\n${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(header, lost.map((r) => r.markdown))}\n`
        : '';
    const markdown = `### ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(model)} in ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(environment)}\n\n${chain}\n\nPointer: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(pointer ?? 'none')}\n${apart}`;
    const widths = header.map((h, i) => Math.max(h.length, ...[...rows, ...lost].map((r) => r.text[i].length)));
    const line = (cells) => cells
        .map((c, i) => (0,_run_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(c).padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    const text = [(0,_run_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(head), line(header), ...rows.map((r) => line(r.text)), ...(lost.length ? ['', `${lostHead}:`, line(header), ...lost.map((r) => line(r.text))] : [])].join('\n') + '\n';
    return { markdown, text };
}
/** Every environment's history, one after another (sorted by name), under one heading. */
function environmentsReport(model, environments, runs) {
    const parts = environments.map((e) => historyReport(model, e.environment, e.records, e.pointer, e.offChain, runs));
    const names = environments.map((e) => e.environment);
    const head = `Deployment history of ${model}: ${names.length} environment${names.length === 1 ? '' : 's'} (${names.join(', ')})`;
    return {
        text: `${(0,_run_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(head)}\n\n${parts.map((p) => p.text).join('\n')}`,
        markdown: `## Deployment history of ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(model)}\n\nEnvironments: ${names.map((n) => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(n)).join(', ')}\n\n${parts.map((p) => p.markdown).join('\n')}`,
    };
}


/***/ }),

/***/ 69313:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/files.js
var core_files = __webpack_require__(21645);
// EXTERNAL MODULE: ./build/registry/models.js + 3 modules
var models = __webpack_require__(46664);
// EXTERNAL MODULE: ./build/registry/versions.js
var versions = __webpack_require__(69701);
// EXTERNAL MODULE: ./build/steps/deployments.js
var deployments = __webpack_require__(32288);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/registry/store.js + 6 modules
var store = __webpack_require__(73524);
;// CONCATENATED MODULE: ./build/steps/pull/files.js






/** A name for messages: control characters escaped, so a hostile title cannot rewrite the terminal. */
function shown(name) {
    return JSON.stringify(name).slice(1, -1);
}
/** Why a file name from a manifest cannot be written inside the folder; undefined when it can. */
function unsafeName(name) {
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name))
        return 'is an absolute path';
    if (/[\u0000-\u001f\u007f\\]/.test(name))
        return 'holds a backslash or a control character';
    const parts = name.split('/');
    if (parts.some((p) => p === '' || p === '.' || p === '..'))
        return "is not a plain relative path (it has a '..', '.' or empty part)";
    if (parts.some((p) => Buffer.byteLength(p) > 255))
        return 'has a part longer than 255 bytes';
    return undefined;
}
/**
 * The files a version's manifest names, each a relative path (its title) with the digest and size of its
 * blob. The manifest may come from anyone who could push: a title that is absolute, climbs out with `..`,
 * is missing, repeats another or is both a file and a folder refuses the whole version before anything is written.
 */
function filesOf(manifest, where) {
    const refuse = (what) => new errors/* ExternalError */.yA(`${where} ${what}; refusing to pull it (nothing was written)`, 'registry', undefined, false);
    if (manifest.layers.length === 0)
        throw refuse('holds no files');
    const files = [];
    const names = new Set();
    for (const [i, layer] of manifest.layers.entries()) {
        const name = layer?.annotations?.[models.ANNOTATIONS.title];
        if (typeof name !== 'string' || name === '')
            throw refuse(`has a layer (#${i + 1}) with no file name (${models.ANNOTATIONS.title})`);
        const why = unsafeName(name);
        if (why)
            throw refuse(`names a file '${shown(name)}' that ${why}`);
        if (typeof layer.digest !== 'string' || !(0,store/* isDigest */.Bc)(layer.digest))
            throw refuse(`gives file '${shown(name)}' a digest that is not sha256:<64 hex digits>`);
        if (!Number.isSafeInteger(layer.size) || layer.size < 0)
            throw refuse(`gives file '${shown(name)}' a size that is not a whole number of bytes`);
        if (names.has(name))
            throw refuse(`names the file '${shown(name)}' twice`);
        names.add(name);
        files.push({ name, digest: layer.digest, size: layer.size });
    }
    for (const { name } of files) {
        const parts = name.split('/');
        for (let n = 1; n < parts.length; n++) {
            const folder = parts.slice(0, n).join('/');
            if (names.has(folder))
                throw refuse(`names '${shown(folder)}' both as a file and as the folder of '${shown(name)}'`);
        }
    }
    return files;
}
const inside = (path, root) => path.startsWith(root + external_node_path_.sep);
/** The entries of a folder, none when it does not exist. */
async function entriesOf(path) {
    return (0,promises_.readdir)(path).catch((error) => {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    });
}
/**
 * Refuses a target folder that is not one: a file, a symbolic link (a name, even inside the workspace,
 * whose content would land elsewhere), or a non-empty folder without `force`.
 */
async function checkTarget(target, label, force) {
    const info = await (0,promises_.lstat)(target).catch(() => undefined);
    if (!info)
        return;
    if (info.isSymbolicLink())
        throw new errors/* UserError */.yo(`${label} is a symbolic link; name the folder itself`);
    if (!info.isDirectory())
        throw new errors/* UserError */.yo(`${label} is a file, not a folder; name a new or empty folder`);
    const entries = await entriesOf(target);
    if (entries.length > 0 && !force)
        throw new errors/* UserError */.yo(`${label} is not empty (${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}); pull into a new or empty folder, or set 'force' to replace what it holds`);
}
/**
 * Writes the files into `target` as one: each is fetched (the store checks its digest and writes it
 * whole) into a fresh hidden folder beside `target`, and that folder is renamed into place only when all
 * arrived at their sizes. A failure removes it, and any folder made for it, so `target` is as it was;
 * with `force` a non-empty `target` is swapped out and removed after the rename.
 */
async function writeTree(target, files, fetch, options) {
    const parent = (0,external_node_path_.dirname)(target);
    const made = await (0,promises_.mkdir)(parent, { recursive: true });
    const staging = (0,external_node_path_.join)(parent, `.${(0,external_node_path_.basename)(target)}.pull-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    await (0,promises_.mkdir)(staging);
    try {
        for (const file of files) {
            const path = (0,external_node_path_.resolve)(staging, ...file.name.split('/'));
            // filesOf refused every name that could leave the folder; this guards the join itself.
            if (!inside(path, staging))
                throw new Error(`pull: '${file.name}' resolved outside the staging folder`);
            await fetch(file, path);
            const info = await (0,promises_.lstat)(path);
            if (!info.isFile() || info.size !== file.size)
                throw new errors/* ExternalError */.yA(`${options.where}: file '${shown(file.name)}' arrived with ${info.size} bytes, not the ${file.size} its manifest gives`, 'registry', undefined, false);
        }
        await publish(staging, target, options);
    }
    catch (error) {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        if (made)
            await removeEmpty(parent, made);
        throw error;
    }
}
/** Renames the staged folder to `target`: over nothing, over an empty folder, or (with force) over a full one. */
async function publish(staging, target, options) {
    // Checked again: the first look was before the download, and something may have written there since.
    await checkTarget(target, options.label, options.force);
    const existing = await (0,promises_.lstat)(target).catch(() => undefined);
    if (!existing)
        return (0,promises_.rename)(staging, target);
    if ((await entriesOf(target)).length === 0) {
        await (0,promises_.rmdir)(target);
        return (0,promises_.rename)(staging, target);
    }
    const old = `${staging}.old`;
    await (0,promises_.rename)(target, old);
    try {
        await (0,promises_.rename)(staging, target);
    }
    catch (error) {
        await (0,promises_.rename)(old, target).catch(() => undefined);
        throw error;
    }
    await (0,promises_.rm)(old, { recursive: true, force: true });
}
/** Removes `from` and its parents up to `top` (the first folder `mkdir` made), while they are empty. */
async function removeEmpty(from, top) {
    for (let dir = from;; dir = (0,external_node_path_.dirname)(dir)) {
        if (!(await (0,promises_.rmdir)(dir).then(() => true, () => false)))
            return;
        if (dir === top || (0,external_node_path_.relative)(top, dir).startsWith('..') || (0,external_node_path_.dirname)(dir) === dir)
            return;
    }
}

;// CONCATENATED MODULE: ./build/steps/pull/run.js







/**
 * `modelgate pull`: writes the files of a version (the one an environment runs, or one named) into a
 * folder of the workspace, every file checked against its digest, all of them or none.
 */
async function run(inputs, platform) {
    const { workspace } = platform.context;
    const target = await targetFolder(platform, inputs);
    const shownTarget = (0,core_files/* displayPath */.Gt)(workspace, target);
    const label = `pull: input 'to' ('${shownTarget}')`;
    await checkTarget(target, label, inputs.force);
    const store = (0,deployments.openModelStore)(platform, inputs);
    const chosen = await choose(store, inputs);
    const files = filesOf(chosen.manifest, chosen.where);
    const total = files.reduce((n, f) => n + f.size, 0);
    platform.log.info(`pull: fetching ${files.length} file${files.length === 1 ? '' : 's'} (${size(total)}) of ${chosen.where} into ${shownTarget}`);
    await writeTree(target, files, (file, path) => store.fetchBlobToFile(inputs.modelName, file.digest, path), { label, force: inputs.force, where: chosen.where });
    const written = files.map((f) => ({ ...f, path: (0,core_files/* displayPath */.Gt)(workspace, (0,external_node_path_.resolve)(target, ...f.name.split('/'))) }));
    if (inputs.format === 'json') {
        const report = {
            model: inputs.modelName,
            environment: inputs.environment ?? null,
            version: chosen.version ?? null,
            digest: chosen.digest,
            to: shownTarget,
            size: total,
            files: written.map(({ name, path, size, digest }) => ({ name, path, size, digest })),
        };
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    }
    else
        process.stdout.write(table(inputs, chosen, shownTarget, written, total));
    return {};
}
/** `to` as an absolute path: inside the workspace, not the workspace itself, clear of an on-disk store. */
async function targetFolder(platform, inputs) {
    const { workspace } = platform.context;
    const target = await (0,core_files/* confinePath */.ey)(workspace, inputs.to, "pull: input 'to'");
    if (target === (0,external_node_path_.resolve)(workspace))
        throw new errors/* UserError */.yo(`pull: input 'to' is the workspace itself; name a folder in it, e.g. 'model'`);
    const { uri } = (0,deployments.storeAddress)(platform.context, inputs);
    if (uri.trim().startsWith('oci-layout:')) {
        const storeDir = (0,external_node_path_.resolve)(workspace, uri.trim().slice('oci-layout:'.length));
        if (target === storeDir || storeDir.startsWith(target + external_node_path_.sep) || target.startsWith(storeDir + external_node_path_.sep))
            throw new errors/* UserError */.yo(`pull: input 'to' ('${inputs.to}') overlaps the store ${uri.trim()}; pull into a folder outside it`);
    }
    return target;
}
/** The manifest to pull: the environment's pointer, or the named tag or digest; missing ones are the user's to fix. */
async function choose(store, inputs) {
    const model = inputs.modelName;
    let reference;
    if (inputs.environment !== undefined) {
        const deployed = await (0,models.currentDeployment)(store, model, inputs.environment);
        if (!deployed)
            throw new errors/* UserError */.yo(`pull: ${model} has never been deployed to ${inputs.environment} in ${store.uri}; name a version with 'version', or check 'registry' and 'environment'`);
        reference = deployed.digest;
    }
    else
        reference = inputs.version;
    const found = await store.getManifest(model, reference);
    if (!found) {
        if (inputs.environment !== undefined)
            throw new errors/* ExternalError */.yA(`${store.uri}: ${inputs.environment} points at ${model}@${reference}, which is not stored (the store is incomplete)`, 'registry', 404, false);
        throw new errors/* UserError */.yo(`pull: ${model}${reference.startsWith('sha256:') ? '@' : ':'}${reference} is not in ${store.uri}${await knownVersions(store, model)}`);
    }
    const where = `${store.uri} ${model}@${found.digest}`;
    const manifest = (0,versions.parseManifest)(found.bytes, where);
    if (manifest.artifactType !== models.MODEL_ARTIFACT_TYPE)
        throw new errors/* UserError */.yo(`pull: ${model}@${reference} in ${store.uri} is not a model version (its artifact type is ${manifest.artifactType ?? 'none'})`);
    const tag = reference.startsWith('sha256:') ? undefined : reference;
    return { digest: found.digest, version: tag ?? manifest.annotations?.[models.ANNOTATIONS.version], manifest, where };
}
/** `; its versions are: …` (the newest few), or how to find out there are none. */
async function knownVersions(store, model) {
    const versions = await (0,models.listVersions)(store, model).catch(() => undefined);
    if (versions === undefined)
        return '';
    if (versions.length === 0)
        return `; ${model} has no versions there yet (push one with deploy-model)`;
    const newest = versions.slice(-10).reverse();
    return `; its versions are: ${newest.join(', ')}${versions.length > newest.length ? `, and ${versions.length - newest.length} older` : ''}`;
}
/** Bytes for people: `812 B`, `4.2 KiB`, `1.3 GiB`. */
function size(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}
function table(inputs, chosen, to, files, total) {
    const what = inputs.environment !== undefined ? `, what ${inputs.environment} runs,` : '';
    const head = `Pulled ${inputs.modelName} ${chosen.version ?? (0,deployments.shortDigest)(chosen.digest)}${what} into ${to}: ${files.length} file${files.length === 1 ? '' : 's'}, ${size(total)}`;
    const rows = files.map((f) => [String(f.size), (0,deployments.shortDigest)(f.digest), f.name]);
    const header = ['bytes', 'digest', 'file'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells
        .map((c, i) => (i === 0 ? c.padStart(widths[0]) : i === cells.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return `${head}\nVersion digest: ${chosen.digest}\n\n${[line(header), ...rows.map(line)].join('\n')}\n`;
}


/***/ }),

/***/ 81093:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pj: () => (/* binding */ plain),
  VK: () => (/* binding */ shortDigest),
  eh: () => (/* binding */ summarize),
  S: () => (/* binding */ summaryCells)
});

// UNUSED EXPORTS: DEFAULT_HEADLINE, MAX_GATED_HEADLINE, headlineText

// EXTERNAL MODULE: ./build/core/compare.js
var compare = __webpack_require__(45573);
;// CONCATENATED MODULE: ./build/core/links.js
/**
 * Links built from what a store says (a run record's CI run, a version's repository annotation): anyone
 * with push rights wrote that text, so a link is made only from a plain `https://` URL and a hex commit
 * id, and everything else is shown as text.
 */
/**
 * A plain https URL: a host of letters, digits, `.` and `-` (an optional port), then a path of
 * unreserved characters, `/` and `%` escapes. No credentials, query, fragment, spaces, brackets,
 * quotes or markdown characters, so it can go into `[text](url)` and a terminal as it is.
 */
const PLAIN_HTTPS = /^https:\/\/[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::\d{1,5})?(?:\/(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})*)*$/;
/** A commit id: 7 to 64 lowercase hex digits. */
const COMMIT = /^[0-9a-f]{7,64}$/;
/** The URL when it is a plain https URL ({@link PLAIN_HTTPS}), else undefined. */
function plainHttpsUrl(text) {
    return typeof text === 'string' && text.length <= 2000 && PLAIN_HTTPS.test(text) ? text : undefined;
}
/** Whether a string is a commit id (7 to 64 lowercase hex digits). */
function isCommitId(text) {
    return typeof text === 'string' && COMMIT.test(text);
}
/**
 * A commit's web page from a repository's (`https://github.com/o/r`, `https://gitlab.com/g/p`): GitLab's
 * pages are under `/-/commit/`. Undefined unless the repository URL is plain https and `sha` is hex.
 */
function commitLink(repositoryUrl, platform, sha) {
    const base = plainHttpsUrl(repositoryUrl);
    if (!base || !isCommitId(sha))
        return undefined;
    return `${base.replace(/\/+$/, '')}${platform === 'gitlab' ? '/-' : ''}/commit/${sha}`;
}

// EXTERNAL MODULE: ./build/core/markdown.js + 1 modules
var core_markdown = __webpack_require__(37980);
// EXTERNAL MODULE: ./build/core/run-record.js
var run_record = __webpack_require__(69549);
;// CONCATENATED MODULE: ./build/steps/run-summary.js




/** How many metrics a summary shows when no gate named any. */
const DEFAULT_HEADLINE = 3;
/** The most gated metrics a summary shows. */
const MAX_GATED_HEADLINE = 5;
/**
 * Control characters (terminal escapes, OSC 8 links, line breaks) as `?`, one for one so widths
 * stay: the store's text is anyone's, and a terminal acts on those characters.
 */
function plain(text) {
    return (text ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
/** A digest shortened for tables: `sha256:0123456789ab`. */
function shortDigest(digest) {
    return digest ? digest.slice(0, 19) : '—';
}
const run_summary_text = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
/**
 * The summary of a version or recorded run. Headline metrics: `gated` (the metrics a deployment's gate
 * judged, at most {@link MAX_GATED_HEADLINE}) when given, else the first {@link DEFAULT_HEADLINE} of the
 * run record's metrics by name (natural order). The commit links to the platform's repository
 * (`context.repositoryUrl`), else to the version's `org.opencontainers.image.source`.
 */
function summarize(source, context, gated) {
    const record = (source.runRecord && typeof source.runRecord === 'object' ? source.runRecord : {});
    const a = source.annotations;
    const commit = run_summary_text(record.git?.sha) ?? run_summary_text(a['org.opencontainers.image.revision']);
    const link = context.repositoryUrl ? commitLink(context.repositoryUrl, context.platform, commit) : commitLink(a['org.opencontainers.image.source'], record.ci?.platform, commit);
    const metrics = metricsOf(record, a);
    const names = gated?.length ? [...new Set(gated)].slice(0, MAX_GATED_HEADLINE) : Object.keys(metrics).sort(natural).slice(0, DEFAULT_HEADLINE);
    return {
        version: source.version ?? null,
        digest: source.digest,
        commit: commit ?? null,
        commitUrl: link ?? null,
        created: run_summary_text(source.created) ?? run_summary_text(record.createdAt) ?? null,
        outcome: record.command && typeof record.command === 'object' ? String((0,run_record/* runOutcome */.CL)(record)) : (run_summary_text(record.outcome) ?? null),
        runUrl: run_summary_text(record.ci?.runUrl) ?? run_summary_text(a['org.modelgate.run-url']) ?? null,
        headline: names.map((name) => {
            const value = Object.hasOwn(metrics, name) ? metrics[name] : undefined;
            return { name, value: typeof value === 'number' || typeof value === 'string' ? value : null };
        }),
    };
}
function natural(a, b) {
    return a.localeCompare(b, 'en', { numeric: true });
}
/** The run record's metrics, else the version's `org.modelgate.metrics` annotation (its first 10). */
function metricsOf(record, annotations) {
    if (record.metrics && typeof record.metrics === 'object' && !Array.isArray(record.metrics))
        return record.metrics;
    try {
        const parsed = JSON.parse(annotations['org.modelgate.metrics'] ?? '{}');
        return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
    }
    catch {
        return {};
    }
}
/** Headline metrics in words: `accuracy 0.95, f1 0.94` (numbers as compare-metrics writes them, `—` for none). */
function headlineText(headline) {
    return headline.map((m) => `${m.name} ${m.value === null ? '—' : typeof m.value === 'number' ? (0,compare/* formatNumber */.ZV)(m.value) : m.value}`).join(', ');
}
/** The table cells of a summary, text or markdown: commit, headline metrics, run. Untrusted text is code, links only safe ones. */
function summaryCells(summary, markdown) {
    if (!summary)
        return ['—', '—', '—'];
    const short = summary.commit === null ? '—' : isCommitId(summary.commit) ? summary.commit.slice(0, 12) : summary.commit;
    const metrics = summary.headline.length ? headlineText(summary.headline) : '—';
    if (!markdown)
        return [short, metrics, summary.runUrl ?? '—'];
    const commitCell = summary.commitUrl && summary.commit !== null ? `[${(0,core_markdown/* code */.aY)(short, { inTable: true })}](${summary.commitUrl})` : (0,core_markdown/* code */.aY)(short, { inTable: true });
    const runUrl = plainHttpsUrl(summary.runUrl);
    const runCell = runUrl ? `[run](${runUrl})` : summary.runUrl === null ? '—' : (0,core_markdown/* code */.aY)(summary.runUrl, { inTable: true });
    return [commitCell, summary.headline.length ? (0,core_markdown/* code */.aY)(metrics, { inTable: true }) : '—', runCell];
}


/***/ })

};
