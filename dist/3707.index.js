export const id = 3707;
export const ids = [3707];
export const modules = {

/***/ 73707:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ANNOTATIONS: () => (/* reexport */ versions.ANNOTATIONS),
  DEPLOYMENT_ARTIFACT_TYPE: () => (/* reexport */ DEPLOYMENT_ARTIFACT_TYPE),
  MODEL_ARTIFACT_TYPE: () => (/* reexport */ versions.MODEL_ARTIFACT_TYPE),
  RUN_RECORD_MEDIA_TYPE: () => (/* reexport */ versions.RUN_RECORD_MEDIA_TYPE),
  currentDeployment: () => (/* reexport */ currentDeployment),
  deploy: () => (/* reexport */ deploy),
  history: () => (/* reexport */ history_history),
  listVersions: () => (/* reexport */ versions.listVersions),
  openStore: () => (/* reexport */ store.openStore),
  pullVersion: () => (/* reexport */ versions.pullVersion),
  pushVersion: () => (/* reexport */ versions.pushVersion),
  resolveVersion: () => (/* reexport */ versions.resolveVersion)
});

// EXTERNAL MODULE: ./build/registry/versions.js
var versions = __webpack_require__(69701);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/retry.js
var retry = __webpack_require__(68216);
// EXTERNAL MODULE: ./build/registry/blob-files.js
var blob_files = __webpack_require__(1685);
// EXTERNAL MODULE: ./build/core/names.js
var names = __webpack_require__(5562);
;// CONCATENATED MODULE: ./build/registry/deployment-chain.js



/** artifactType of a deployment record's manifest. */
const DEPLOYMENT_ARTIFACT_TYPE = 'application/vnd.modelgate.deployment.v1';
/** Media type of the record's JSON layer. */
const DEPLOYMENT_RECORD_MEDIA_TYPE = 'application/vnd.modelgate.deployment-record.v1+json';
/**
 * Second tags a deployment puts on its own record once it knows whether it won: the same manifest, so
 * they cost no blob. Only won records form the chain, so nothing ever follows a record still deciding.
 */
const OUTCOME_SUFFIX = { won: '-won', lost: '-lost' };
/** Parallel reads while loading records: quick on a big history, gentle on the registry. */
const READ_PARALLELISM = 8;
/** The pointer tag `env-<environment>`, after checking that the environment name can be part of tags. */
function environmentTag(environment) {
    if (!names/* ENVIRONMENT_NAME */.YR.test(environment)) {
        throw new errors/* UserError */.yo(`environment: '${environment}' is not a valid environment name; it ${names/* ENVIRONMENT_NAME */.YR.allowed}`);
    }
    return `env-${environment}`;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Reads the pointer and all records of an environment and works out heads, chain and forks. */
async function readChain(store, model, environment) {
    (0,versions.checkModelName)(model);
    const pointerTag = environmentTag(environment);
    // The timestamp part keeps 'prod' from matching the records of 'prod-eu'.
    const pattern = new RegExp(`^deploy-${escapeRegExp(environment)}-\\d{8}T\\d{6}Z-[0-9a-f]{8}$`);
    const [tags, pointerManifest] = await Promise.all([store.listTags(model), store.getManifest(model, pointerTag)]);
    const recordTags = tags.filter((t) => pattern.test(t));
    const marked = (suffix) => new Set(tags.filter((t) => t.endsWith(suffix) && pattern.test(t.slice(0, -suffix.length))).map((t) => t.slice(0, -suffix.length)));
    const [wonTags, lostTags] = [marked(OUTCOME_SUFFIX.won), marked(OUTCOME_SUFFIX.lost)];
    const loaded = new Array(recordTags.length);
    let next = 0;
    const worker = async () => {
        while (next < recordTags.length) {
            const i = next++;
            loaded[i] = await readRecord(store, model, recordTags[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(READ_PARALLELISM, recordTags.length) }, worker));
    const byDigest = new Map();
    for (const entry of loaded) {
        if (!entry || entry.record.environment !== environment || byDigest.has(entry.digest))
            continue;
        if (wonTags.has(entry.tag))
            entry.won = true;
        else if (lostTags.has(entry.tag))
            entry.lost = true;
        byDigest.set(entry.digest, entry);
    }
    const records = [...byDigest.values()].sort(newestFirst);
    // Only a record whose deployment won (or one from before outcome tags that did not lose) can be
    // followed: one still deciding, or whose deployment died deciding, is kept and shown off the chain.
    const eligible = records.filter((r) => r.won || (!r.lost && !r.record.outcomeTagged));
    const named = new Set(eligible.map((r) => r.record.previous).filter((p) => p !== undefined));
    const heads = eligible.filter((r) => !named.has(r.digest));
    const pointer = pointerManifest?.digest;
    // Won records form one line (of two rivals from one state, the later writer sees the earlier and
    // loses). Without any, as in a history from before outcome tags: the head that names what runs.
    const head = heads.find((h) => h.won) ?? heads.find((h) => h.record.to === pointer) ?? heads[0];
    const chain = [];
    const seen = new Set();
    for (let entry = head; entry && !seen.has(entry.digest); entry = entry.record.previous ? byDigest.get(entry.record.previous) : undefined) {
        seen.add(entry.digest);
        chain.push(entry);
    }
    let pointerVersion;
    if (pointerManifest) {
        pointerVersion = (0,versions.parseManifest)(pointerManifest.bytes, `${store.uri} ${model}:${pointerTag}`).annotations?.[versions.ANNOTATIONS.version];
    }
    return { environment, pointer, pointerVersion, records, heads, chain, forks: heads.filter((h) => h !== head).map((h) => h.digest) };
}
/** Newest first by record time, then by tag (its timestamp and random part break ties the same way everywhere). */
function newestFirst(a, b) {
    if (a.record.time !== b.record.time)
        return a.record.time < b.record.time ? 1 : -1;
    return a.tag < b.tag ? 1 : a.tag > b.tag ? -1 : 0;
}
async function readRecord(store, model, tag) {
    const found = await store.getManifest(model, tag);
    if (!found)
        return undefined;
    const manifest = (0,versions.parseManifest)(found.bytes, `${store.uri} ${model}:${tag}`);
    if (manifest.artifactType !== DEPLOYMENT_ARTIFACT_TYPE)
        return undefined;
    const layer = manifest.layers[0];
    if (!layer)
        return undefined;
    const record = JSON.parse((await store.readBlob(model, layer.digest)).toString('utf8'));
    return { digest: found.digest, tag, record };
}

// EXTERNAL MODULE: ./build/registry/store-types.js
var store_types = __webpack_require__(86535);
;// CONCATENATED MODULE: ./build/registry/history.js








const EMPTY_CONFIG = Buffer.from('{}');
/** Tries of a deployment whose rivals from the same state all lost too (none of them moved the pointer). */
const RACE_ATTEMPTS = 5;
/** How long a deployment waits for rivals to tag their own outcome (deciding takes each a tag list or two). */
const OUTCOME_WAIT_MS = 20_000;
/** What an environment points at now (tag `env-<environment>`), with the newest deployment record of the chain. */
async function currentDeployment(store, model, environment) {
    const state = await readChain(store, model, environment);
    return state.pointer === undefined ? undefined : deployedOf(state);
}
/**
 * The chain of an environment, newest first: `previous` is followed from the head (the record no other
 * names as previous). With several heads (a lost race) the chain is that of the head whose `to` is the
 * current pointer, and the other heads' digests are listed in `forks`. `offChain` holds every record
 * not in that chain (the losers of races and what they led to), newest first: no record is hidden.
 */
async function history_history(store, model, environment) {
    const state = await readChain(store, model, environment);
    const inChain = new Set(state.chain.map((r) => r.digest));
    return { records: state.chain, pointer: state.pointer, forks: state.forks, offChain: state.records.filter((r) => !inChain.has(r.digest)) };
}
/**
 * Records a deployment and re-points the environment, in moves that need no compare-and-swap from the
 * store:
 * 1. writes the record (artifactType {@link DEPLOYMENT_ARTIFACT_TYPE}, empty config, the record as JSON
 *    layer and annotations, a unique `deploy-<environment>-<UTC time>-<random>` tag, `previous` = the
 *    head of the chain it read, which only ever holds records whose deployment won);
 * 2. re-reads: records from the same `previous` are rivals (other deployments from the same state).
 *    The rival whose tag sorts first goes first: this one loses at once to a rival that goes first or
 *    already won, and otherwise waits for the rest to decide ({@link settle}). A loser tags its record
 *    `<tag>-lost` and leaves the pointer alone; when every rival lost as well (one died deciding), it
 *    tries again after a random pause (up to {@link RACE_ATTEMPTS} times);
 * 3. otherwise tags its record `<tag>-won`, PUTs the version manifest's exact bytes under
 *    `env-<environment>` and re-reads.
 * Of two rivals the later writer always sees the earlier in step 2, so at most one deployment from a
 * state moves the pointer, and won records form one line; and one of them always does, unless one dies. A result without `lostRace` means this
 * deployment is in effect when it returns: its record heads the chain and the environment runs its
 * version. A deployment that followed this one and finished first (its pointer write overtaken by this
 * one's) is put back in effect, and this one reports that it was superseded. Nothing is ever deleted.
 */
async function deploy(store, input) {
    (0,versions.checkModelName)(input.model);
    environmentTag(input.environment);
    if (input.action !== 'promote' && input.action !== 'rollback')
        throw new errors/* UserError */.yo(`action: '${String(input.action)}' is not a deployment action; use 'promote' or 'rollback'`);
    if (!(0,store_types/* isDigest */.Bc)(input.to))
        throw new errors/* UserError */.yo(`deploy: '${input.to}' is not a version digest (sha256:<64 hex digits>); resolve the version first`);
    const target = await store.getManifest(input.model, input.to);
    if (!target)
        throw new errors/* UserError */.yo(`deploy: ${input.model}@${input.to} is not in ${store.uri}; push the version before deploying it`);
    const targetManifest = (0,versions.parseManifest)(target.bytes, `${store.uri} ${input.model}@${input.to}`);
    if (targetManifest.artifactType !== versions.MODEL_ARTIFACT_TYPE)
        throw new errors/* UserError */.yo(`deploy: ${input.model}@${input.to} is not a model version (artifact type ${targetManifest.artifactType ?? 'none'})`);
    const pointerTag = environmentTag(input.environment);
    const runs = (state) => `${pointerTag} runs ${state.pointer ?? 'nothing'}${state.pointerVersion ? ` (version ${state.pointerVersion})` : ''}`;
    for (let attempt = 1;; attempt++) {
        const before = await readChain(store, input.model, input.environment);
        const previous = before.chain[0]?.digest;
        const record = dropUndefined({
            model: input.model,
            environment: input.environment,
            action: input.action,
            from: before.pointer,
            to: input.to,
            version: input.version ?? targetManifest.annotations?.[versions.ANNOTATIONS.version],
            previous,
            actor: input.actor,
            time: input.time ?? new Date().toISOString(),
            runUrl: input.runUrl,
            runRecordDigest: input.runRecordDigest,
            verdict: input.verdict,
            forced: input.forced,
            reason: input.reason,
            outcomeTagged: true,
        });
        const tag = recordTag(input.environment, new Date());
        const written = await writeRecord(store, record, tag);
        const result = { record, recordDigest: written.digest, previousDigest: previous };
        const seen = await readChain(store, input.model, input.environment);
        const rivals = seen.records.filter((r) => r.digest !== written.digest && !r.lost && r.record.previous === previous);
        const base = seen.records.find((r) => r.digest === previous);
        const verdict = base?.lost ? 'base lost' : await settle(store, input.model, tag, rivals);
        if (verdict !== 'won') {
            // Marked, so that no chain runs through a record whose deployment never moved the pointer.
            await store.putManifest(input.model, `${tag}${OUTCOME_SUFFIX.lost}`, written.bytes, store_types/* MEDIA_TYPES */.Z2.manifest);
            // When every rival lost too (one died deciding, or timed out waiting), the environment is where
            // all of them found it: try again after a random pause rather than leave it to a person.
            const outcome = verdict === 'lost' ? await rivalsOutcome(store, input.model, rivals) : 'unknown';
            if (outcome === 'all lost' && attempt < RACE_ATTEMPTS) {
                await sleep(Math.random() * 200 * attempt);
                continue;
            }
            const named = `${rivals.length} other deployment(s) to '${input.environment}' (${listTags(rivals)}) started from the same state as this one (${tag})`;
            const why = verdict === 'base lost'
                ? `the deployment this one (${tag}) followed (${base?.tag}) lost a race`
                : typeof outcome === 'object'
                    ? `${named} and ${outcome.tag}, which deploys ${outcome.record.to}${outcome.record.version ? ` (version ${outcome.record.version})` : ''}, went first${attempt > 1 ? ` (attempt ${attempt})` : ''}`
                    : `${named} and did not all finish deciding within ${OUTCOME_WAIT_MS / 1000} s`;
            const now = await readChain(store, input.model, input.environment);
            return {
                ...result,
                lostRace: `${why}, so this one left the environment alone: ${runs(now)}; this deployment is not in effect. Check which version should run and deploy it again.`,
            };
        }
        // Won before the pointer moves: a deployment that follows this record then follows one that ran.
        await store.putManifest(input.model, `${tag}${OUTCOME_SUFFIX.won}`, written.bytes, store_types/* MEDIA_TYPES */.Z2.manifest);
        await store.putManifest(input.model, pointerTag, target.bytes, target.mediaType);
        let after = await readChain(store, input.model, input.environment);
        const followers = after.records.filter((r) => r.won && r.digest !== written.digest && descendsFrom(after, r, written.digest));
        if (followers.length === 0 && after.pointer === input.to)
            return result;
        const follower = followers[0];
        if (follower && after.pointer === input.to && follower.record.to !== input.to) {
            // This PUT landed after that of a deployment that followed this record: put the follower back.
            const manifest = await store.getManifest(input.model, follower.record.to);
            if (manifest)
                await store.putManifest(input.model, pointerTag, manifest.bytes, manifest.mediaType);
            after = await readChain(store, input.model, input.environment);
        }
        const why = follower
            ? `another deployment to '${input.environment}' (${follower.tag}) followed this one (${tag}) before it had finished`
            : `another deployment to '${input.environment}' re-pointed it after this one (${tag})`;
        return { ...result, lostRace: `${why}; ${runs(after)}; this deployment is not in effect. Check which version should run and deploy it again.` };
    }
}
/**
 * Who goes first among deployments from one state: the earliest record tag (its UTC time, then its
 * random part). Every deployment orders rivals the same way; clock skew only changes who wins, never
 * whether one does.
 */
function goesBefore(a, b) {
    return a < b;
}
/**
 * Decides a deployment against the rivals it saw (records from the same state, not lost):
 * - a rival that won, or one that goes first and has not lost: this one loses at once;
 * - otherwise every rival goes after this one: it waits for them to decide. A rival that saw this
 *   record loses to it; one that did not (it read before this one wrote) decides among the rest, and
 *   if it won this one loses.
 * Safe: of two winners from one state the later writer would have seen the earlier, and either lost to
 * it (it goes first) or waited for it (it goes after) and lost. Live: the rival that goes first of all
 * only ever waits, so unless a deployment dies deciding, one of them wins.
 */
async function settle(store, model, tag, rivals) {
    if (rivals.some((r) => r.won || goesBefore(r.tag, tag)))
        return 'lost';
    if (rivals.length === 0)
        return 'won';
    const outcome = await rivalsOutcome(store, model, rivals);
    return outcome === 'all lost' ? 'won' : outcome === 'unknown' ? 'unknown' : 'lost';
}
/** Waits for rivals to tag their outcome: 'all lost', the rival that won, or 'unknown' when one never said. One tag list per look. */
async function rivalsOutcome(store, model, rivals) {
    const deadline = Date.now() + OUTCOME_WAIT_MS;
    for (let pause = 20;; pause = Math.min(pause * 2, 250)) {
        const tags = new Set(await store.listTags(model));
        const won = rivals.find((r) => tags.has(`${r.tag}${OUTCOME_SUFFIX.won}`));
        if (won)
            return won;
        if (rivals.every((r) => tags.has(`${r.tag}${OUTCOME_SUFFIX.lost}`)))
            return 'all lost';
        if (Date.now() > deadline)
            return 'unknown';
        await sleep(pause);
    }
}
/** At most three tags, then how many more: a 20-way race stays readable. */
function listTags(entries) {
    const shown = entries.slice(0, 3).map((r) => r.tag);
    return entries.length > 3 ? `${shown.join(', ')} and ${entries.length - 3} more` : shown.join(', ');
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** Whether `digest` is on the line that `previous` links lead back from `head`. */
function descendsFrom(state, head, digest) {
    const byDigest = new Map(state.records.map((r) => [r.digest, r]));
    const seen = new Set();
    for (let entry = head; entry && !seen.has(entry.digest); entry = entry.record.previous ? byDigest.get(entry.record.previous) : undefined) {
        if (entry.digest === digest)
            return true;
        seen.add(entry.digest);
    }
    return false;
}
async function writeRecord(store, record, tag) {
    const layer = Buffer.from(JSON.stringify(record, null, 2) + '\n');
    const layerDigest = (0,blob_files/* digestOf */.ol)(layer);
    const configDigest = (0,blob_files/* digestOf */.ol)(EMPTY_CONFIG);
    const pushBlobs = async () => {
        await store.pushBlobBytes(record.model, EMPTY_CONFIG, configDigest);
        await store.pushBlobBytes(record.model, layer, layerDigest);
    };
    await pushBlobs();
    const annotations = { [versions.ANNOTATIONS.created]: record.time };
    for (const [key, value] of Object.entries(record))
        annotations[`org.modelgate.deployment.${key}`] = String(value);
    const manifest = {
        schemaVersion: 2,
        mediaType: store_types/* MEDIA_TYPES */.Z2.manifest,
        artifactType: DEPLOYMENT_ARTIFACT_TYPE,
        config: { mediaType: store_types/* MEDIA_TYPES */.Z2.empty, digest: configDigest, size: EMPTY_CONFIG.length },
        layers: [{ mediaType: DEPLOYMENT_RECORD_MEDIA_TYPE, digest: layerDigest, size: layer.length }],
        annotations,
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    // Concurrent deploys all upload the same empty config blob; Distribution 2.8 can then answer a
    // manifest PUT with MANIFEST_BLOB_UNKNOWN for a moment. The blobs are pushed again (HEAD first) and
    // the PUT retried: both are idempotent, and the tag is this record's alone. Jitter keeps the racing
    // deploys from coming back together. (A failed re-push never names a manifest, so it is not retried here.)
    const digest = await (0,retry/* retry */.L5)(async (attempt) => {
        if (attempt > 1)
            await pushBlobs();
        return store.putManifest(record.model, tag, bytes, store_types/* MEDIA_TYPES */.Z2.manifest);
    }, { attempts: 4, baseMs: 150, jitter: true, retryable: (error) => error instanceof errors/* ExternalError */.yA && error.message.includes('MANIFEST_BLOB_UNKNOWN') });
    return { digest, bytes };
}
/** `deploy-<environment>-<UTC yyyymmddThhmmssZ>-<random 8 hex>`: unique, so no record is ever overwritten. */
function recordTag(environment, now) {
    const stamp = now
        .toISOString()
        .replace(/\.\d+Z$/, 'Z')
        .replace(/[-:]/g, '');
    const tag = `deploy-${environment}-${stamp}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    if (!(0,store_types/* isTag */.dz)(tag))
        throw new errors/* UserError */.yo(`environment: '${environment}' is too long for a record tag; use at most 95 characters`);
    return tag;
}
function deployedOf(state) {
    const head = state.chain[0];
    return {
        environment: state.environment,
        digest: state.pointer,
        version: state.pointerVersion,
        record: head ? { digest: head.digest, record: head.record } : undefined,
    };
}
function dropUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

// EXTERNAL MODULE: ./build/registry/store.js + 6 modules
var store = __webpack_require__(73524);
;// CONCATENATED MODULE: ./build/registry/models.js
/**
 * The model-level API of the model store: versions (push, resolve, list, pull) and deployments
 * (deploy, current deployment, history). Steps use only this module; the stores behind it are
 * opened with `openStore` from ./store.js.
 */





/***/ }),

/***/ 69701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ANNOTATIONS: () => (/* binding */ ANNOTATIONS),
/* harmony export */   MODEL_ARTIFACT_TYPE: () => (/* binding */ MODEL_ARTIFACT_TYPE),
/* harmony export */   RESERVED_TAG_PREFIXES: () => (/* binding */ RESERVED_TAG_PREFIXES),
/* harmony export */   RUN_RECORD_MEDIA_TYPE: () => (/* binding */ RUN_RECORD_MEDIA_TYPE),
/* harmony export */   checkModelName: () => (/* binding */ checkModelName),
/* harmony export */   fileLayer: () => (/* binding */ fileLayer),
/* harmony export */   fileSize: () => (/* binding */ fileSize),
/* harmony export */   listVersions: () => (/* binding */ listVersions),
/* harmony export */   parseManifest: () => (/* binding */ parseManifest),
/* harmony export */   pullVersion: () => (/* binding */ pullVersion),
/* harmony export */   pushVersion: () => (/* binding */ pushVersion),
/* harmony export */   resolveVersion: () => (/* binding */ resolveVersion)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);
/* harmony import */ var _blob_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1685);
/* harmony import */ var _store_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86535);





/** artifactType of a model version's manifest. */
const MODEL_ARTIFACT_TYPE = 'application/vnd.modelgate.model.v1';
/** Media type of a version's config blob: the run record that produced the model. */
const RUN_RECORD_MEDIA_TYPE = 'application/vnd.modelgate.run-record.v1+json';
/** Standard annotations the model layer writes and reads. */
const ANNOTATIONS = {
    title: 'org.opencontainers.image.title',
    created: 'org.opencontainers.image.created',
    version: 'org.opencontainers.image.version',
    /** The commit the model or run was made from. */
    revision: 'org.opencontainers.image.revision',
    /** The repository's web page; GHCR links a package to its repository by it. */
    source: 'org.opencontainers.image.source',
    /** The run record's id. */
    runId: 'org.modelgate.run-id',
};
/** Tag prefixes the deployment records use; a version tag may not start with them. */
const RESERVED_TAG_PREFIXES = ['env-', 'deploy-', 'run-'];
/** Refuses a model name that is not an OCI repository name (input `model-name`). */
function checkModelName(model) {
    if (!(0,_store_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isRepositoryName */ .en)(model)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`model-name: '${model}' is not a valid model name; use lowercase letters and digits, with '.', '_' or '-' between them and '/' between parts (e.g. 'fraud/classifier')`);
    }
}
/** Parses manifest bytes, naming the store and reference when they are not a manifest. */
function parseManifest(bytes, where) {
    try {
        const manifest = JSON.parse(bytes.toString('utf8'));
        if (typeof manifest.config?.digest !== 'string' || !Array.isArray(manifest.layers))
            throw new Error('no config or layers');
        return manifest;
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExternalError */ .yA(`${where} is not an OCI image manifest (${error.message})`, 'registry', undefined, false);
    }
}
/** A model file's size; a path that is not a readable file is the user's to fix. */
async function fileSize(file) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file.path).catch(() => undefined);
    if (!info?.isFile())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`model files: '${file.path}' is not a readable file`);
    return info.size;
}
/**
 * A model file as a layer, titled with its name: the digest the run record gave (the store checks the
 * bytes against it), else hashed here; a size other than `size` means the file changed while read.
 */
async function fileLayer(file, size) {
    const known = file.sha256 && /^[0-9a-f]{64}$/.test(file.sha256) ? { digest: `sha256:${file.sha256}`, size } : await (0,_blob_files_js__WEBPACK_IMPORTED_MODULE_3__/* .digestFile */ .TM)(file.path);
    if (known.size !== size)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`model files: '${file.path}' changed size while it was read; push once nothing writes to it`);
    return { mediaType: 'application/octet-stream', digest: known.digest, size, annotations: { [ANNOTATIONS.title]: file.name.replace(/\\/g, '/') } };
}
function checkVersionTag(version) {
    if (!(0,_store_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isTag */ .dz)(version)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`version: '${version}' is not a valid version tag; use letters, digits, '_', '.' and '-' (not first), at most 128 characters`);
    }
    if (RESERVED_TAG_PREFIXES.some((p) => version.startsWith(p))) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`version: '${version}' starts with '${version.split('-')[0]}-', which modelgate keeps for environment pointers and deployment records; choose another version`);
    }
}
function checkFileNames(files) {
    const seen = new Set();
    for (const file of files) {
        const name = file.name.replace(/\\/g, '/');
        if (!name || name.startsWith('/') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(file.name) || name.split('/').some((part) => part === '..' || part === '.' || part === '')) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`model files: '${file.name}' is not a relative path inside the model; name files like 'model.onnx' or 'weights/part-1.bin'`);
        }
        if (seen.has(name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`model files: '${file.name}' is named twice; each file needs its own name`);
        seen.add(name);
    }
}
/** The manifest's content other than its creation time: what decides whether a re-push is the same version. */
function identity(manifest) {
    const annotations = { ...manifest.annotations };
    delete annotations[ANNOTATIONS.created];
    return JSON.stringify([
        manifest.artifactType,
        manifest.config.digest,
        manifest.layers.map((l) => [l.digest, l.annotations?.[ANNOTATIONS.title]]),
        Object.entries(annotations).sort(),
    ]);
}
/**
 * Pushes a model version: the run record as config, one layer per file (titled with its name), a
 * manifest with artifactType {@link MODEL_ARTIFACT_TYPE} and the caller's annotations plus created
 * and version, tagged `version`. Versions are immutable: the same content again is `created: false`,
 * other content under an existing version is a UserError. Blobs the store has are not sent again.
 */
async function pushVersion(store, model, version, files, runRecord, annotations, onProgress) {
    checkModelName(model);
    checkVersionTag(version);
    checkFileNames(files);
    const sized = await Promise.all(files.map(async (f) => ({ ...f, size: await fileSize(f) })));
    const total = runRecord.length + sized.reduce((sum, f) => sum + f.size, 0);
    const layers = [];
    const digests = [];
    for (const file of sized) {
        const layer = await fileLayer(file, file.size);
        digests.push(layer.digest);
        layers.push(layer);
    }
    const configDigest = (0,_blob_files_js__WEBPACK_IMPORTED_MODULE_3__/* .digestOf */ .ol)(runRecord);
    const manifest = {
        schemaVersion: 2,
        mediaType: _store_types_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA_TYPES */ .Z2.manifest,
        artifactType: MODEL_ARTIFACT_TYPE,
        config: { mediaType: RUN_RECORD_MEDIA_TYPE, digest: configDigest, size: runRecord.length },
        layers,
        annotations: { ...annotations, [ANNOTATIONS.version]: version, [ANNOTATIONS.created]: annotations[ANNOTATIONS.created] ?? new Date().toISOString() },
    };
    const existing = await store.getManifest(model, version);
    if (existing)
        return sameOrRefuse(store, model, version, existing.bytes, existing.digest, manifest, 0);
    // Progress counts skipped blobs as done, so it reaches `total` whatever the store already had.
    let done = 0;
    let bytesSent = 0;
    const report = () => onProgress?.(done, total);
    bytesSent += await store.pushBlobBytes(model, runRecord, configDigest);
    done += runRecord.length;
    report();
    for (const [i, file] of sized.entries()) {
        const before = done;
        bytesSent += await store.pushBlobFile(model, file.path, digests[i], file.size, (sent) => {
            done = before + Math.min(sent, file.size);
            report();
        });
        done = before + file.size;
        report();
    }
    const bytes = Buffer.from(JSON.stringify(manifest));
    const digest = await store.putManifest(model, version, bytes, _store_types_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA_TYPES */ .Z2.manifest);
    // Two pushes of one version can both find the tag free; the registry keeps the last. Check which won.
    const after = await store.getManifest(model, version);
    if (after && after.digest !== digest)
        return sameOrRefuse(store, model, version, after.bytes, after.digest, manifest, bytesSent);
    return { version, digest, bytesSent, created: true };
}
function sameOrRefuse(store, model, version, existingBytes, existingDigest, wanted, bytesSent) {
    const existing = parseManifest(existingBytes, `${store.uri} ${model}:${version}`);
    if (identity(existing) === identity(wanted))
        return { version, digest: existingDigest, bytesSent, created: false };
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`version: ${model}:${version} already exists in ${store.uri} with other content (${existingDigest}); versions are immutable, so push the change as a new version`);
}
/** A version by tag or by `sha256:` digest; undefined when missing. */
async function resolveVersion(store, model, ref) {
    checkModelName(model);
    if (!(0,_store_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isTag */ .dz)(ref) && !(0,_store_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isDigest */ .Bc)(ref))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`version: '${ref}' is neither a version tag nor a sha256 digest`);
    const found = await store.getManifest(model, ref);
    if (!found)
        return undefined;
    const manifest = parseManifest(found.bytes, `${store.uri} ${model}@${ref}`);
    return infoOf(store, model, ref, found.digest, manifest);
}
async function infoOf(store, model, ref, digest, manifest) {
    if (manifest.artifactType !== MODEL_ARTIFACT_TYPE) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`version: ${model}@${ref} in ${store.uri} is not a model version (its artifact type is ${manifest.artifactType ?? 'none'})`);
    }
    const annotations = manifest.annotations ?? {};
    let runRecord;
    if (manifest.config.mediaType === RUN_RECORD_MEDIA_TYPE) {
        const bytes = await store.readBlob(model, manifest.config.digest);
        try {
            runRecord = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            runRecord = bytes.toString('utf8');
        }
    }
    const version = (0,_store_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isDigest */ .Bc)(ref) ? annotations[ANNOTATIONS.version] : ref;
    return { version, digest, annotations, runRecord, created: annotations[ANNOTATIONS.created] };
}
/** The model's version tags (environment pointers and deployment records left out), in natural order. */
async function listVersions(store, model) {
    checkModelName(model);
    const tags = await store.listTags(model);
    return tags.filter((t) => !RESERVED_TAG_PREFIXES.some((p) => t.startsWith(p))).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
/** Downloads a version's files into a folder, by their titles, each confined to the folder. */
async function pullVersion(store, model, ref, dir) {
    checkModelName(model);
    const found = (0,_store_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isTag */ .dz)(ref) || (0,_store_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isDigest */ .Bc)(ref) ? await store.getManifest(model, ref) : undefined;
    if (!found)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`version: ${model}:${ref} is not in ${store.uri}; list the versions there or push it first`);
    const manifest = parseManifest(found.bytes, `${store.uri} ${model}@${ref}`);
    const info = await infoOf(store, model, ref, found.digest, manifest);
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);
    for (const layer of manifest.layers) {
        const title = layer.annotations?.[ANNOTATIONS.title];
        if (!title)
            continue;
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(title));
        if (!target.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(title) || title.split('/').includes('..')) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExternalError */ .yA(`${store.uri}: ${model}@${info.digest} names a file '${title}' outside the model folder; refusing to write it`, 'registry', undefined, false);
        }
        await store.fetchBlobToFile(model, layer.digest, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(target));
    }
    return info;
}


/***/ })

};
