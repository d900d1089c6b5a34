export const id = 575;
export const ids = [575,7566,5240];
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
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62807);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21645);





/** The sha256 (hex) of bytes in memory. */
function sha256Of(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
/**
 * The sha256 (hex) and size of a file, read in large reads (model files can be gigabytes) into one
 * buffer: a stream's fresh chunk per read leaves the whole file as garbage for the collector, which
 * showed as a hundred megabytes of peak memory hashing a gigabyte.
 */
async function hashFile(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const buffer = Buffer.allocUnsafe(_files_js__WEBPACK_IMPORTED_MODULE_4__/* .READ_CHUNK */ .vA);
    let size = 0;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
            size += bytesRead;
        }
    }
    finally {
        await handle.close();
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
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root);
    const visit = async (p) => {
        let info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(p);
        if (info.isSymbolicLink()) {
            const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(p).catch(() => undefined);
            if (!target || !(target === realRoot || target.startsWith(realRoot + node_path__WEBPACK_IMPORTED_MODULE_2__.sep))) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`'${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, p)}' is a symbolic link leading out of the workspace (or nowhere); copy the file in instead`);
            }
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(p);
            if (info.isDirectory())
                return;
        }
        if (info.isDirectory()) {
            for (const entry of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(p)).sort())
                await visit((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(p, entry));
        }
        else if (info.isFile()) {
            out.push({ path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, p).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'), sha256: await sha256File(p), size: info.size });
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

/***/ 46664:
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
  environmentsOf: () => (/* reexport */ environmentsOf),
  history: () => (/* reexport */ history_history),
  listEnvironments: () => (/* reexport */ listEnvironments),
  listVersions: () => (/* reexport */ versions.listVersions),
  openStore: () => (/* reexport */ store/* openStore */.Ch),
  pullVersion: () => (/* reexport */ versions.pullVersion),
  pushVersion: () => (/* reexport */ versions.pushVersion),
  readEntries: () => (/* reexport */ readEntries),
  readModelIndex: () => (/* reexport */ readModelIndex),
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
var core_names = __webpack_require__(5562);
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
    if (!core_names/* ENVIRONMENT_NAME */.YR.test(environment)) {
        throw new errors/* UserError */.yo(`environment: '${environment}' is not a valid environment name; it ${core_names/* ENVIRONMENT_NAME */.YR.allowed}`);
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
            gatedMetrics: input.gatedMetrics?.length ? input.gatedMetrics : undefined,
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
        annotations[`org.modelgate.deployment.${key}`] = typeof value === 'object' ? JSON.stringify(value) : String(value);
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

// EXTERNAL MODULE: ./build/registry/runs.js
var runs = __webpack_require__(47566);
;// CONCATENATED MODULE: ./build/registry/catalog.js



/** A deployment record's tag, with its outcome mark: the environment is what comes before the UTC time. */
const RECORD_TAG = /^deploy-(.+)-\d{8}T\d{6}Z-[0-9a-f]{8}(?:-won|-lost)?$/;
const RUN_TAG = /^run-[0-9a-f]{40}(?:[0-9a-f]{24})?(?:\.[a-z0-9][a-z0-9_-]{0,40})?$/;
/** Parallel reads while loading entries: quick on a long list, gentle on the registry. */
const catalog_READ_PARALLELISM = 8;
/** The environments a tag list names: pointers and deployment records, valid environment names only, sorted. */
function environmentsOf(tags) {
    const names = new Set();
    for (const tag of tags) {
        const name = tag.startsWith('env-') ? tag.slice('env-'.length) : RECORD_TAG.exec(tag)?.[1];
        if (name !== undefined && core_names/* ENVIRONMENT_NAME */.YR.test(name))
            names.add(name);
    }
    return [...names].sort();
}
/** Reads the model's tag list once and sorts it into environments, versions and recorded runs. */
async function readModelIndex(store, model) {
    (0,versions.checkModelName)(model);
    const tags = await store.listTags(model);
    return {
        tags,
        environments: environmentsOf(tags),
        versions: tags.filter((t) => !versions.RESERVED_TAG_PREFIXES.some((p) => t.startsWith(p))).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
        runs: tags.filter((t) => RUN_TAG.test(t)).sort(),
    };
}
/** The environments of a model (those with a pointer or a deployment record), sorted. */
async function listEnvironments(store, model) {
    return (await readModelIndex(store, model)).environments;
}
/**
 * Every version and recorded run of the index, newest first (by `created`, then by tag; entries
 * without a time last): one manifest and one run record read each. A tag whose manifest is gone, or is
 * not a model version or a recorded run (another artifact under a version-like tag), is left out.
 */
async function readEntries(store, model, index) {
    (0,versions.checkModelName)(model);
    const wanted = [...index.versions.map((tag) => ({ tag, kind: 'version' })), ...index.runs.map((tag) => ({ tag, kind: 'run' }))];
    const loaded = new Array(wanted.length);
    let next = 0;
    const worker = async () => {
        while (next < wanted.length) {
            const i = next++;
            const { tag, kind } = wanted[i];
            loaded[i] = await readEntry(store, model, tag, kind);
        }
    };
    await Promise.all(Array.from({ length: Math.min(catalog_READ_PARALLELISM, wanted.length) }, worker));
    return loaded.filter((e) => e !== undefined).sort(catalog_newestFirst);
}
async function readEntry(store, model, tag, kind) {
    const found = await store.getManifest(model, tag);
    if (!found)
        return undefined;
    const manifest = (0,versions.parseManifest)(found.bytes, `${store.uri} ${model}:${tag}`);
    if (manifest.artifactType !== (kind === 'version' ? versions.MODEL_ARTIFACT_TYPE : runs.RUN_ARTIFACT_TYPE))
        return undefined;
    const annotations = manifest.annotations ?? {};
    let runRecord;
    const isRecord = manifest.config.mediaType === versions.RUN_RECORD_MEDIA_TYPE;
    if (isRecord) {
        try {
            runRecord = JSON.parse((await store.readBlob(model, manifest.config.digest)).toString('utf8'));
        }
        catch (error) {
            // A record that is not JSON is shown without its details; a store that fails is the caller's to hear.
            if (!(error instanceof SyntaxError))
                throw error;
        }
    }
    const created = annotations[versions.ANNOTATIONS.created];
    return { kind, tag, digest: found.digest, annotations, runRecord, ...(created ? { created } : {}), ...(isRecord ? { runRecordDigest: manifest.config.digest } : {}) };
}
function catalog_newestFirst(a, b) {
    const [x, y] = [Date.parse(a.created ?? ''), Date.parse(b.created ?? '')];
    if (Number.isNaN(x) !== Number.isNaN(y))
        return Number.isNaN(x) ? 1 : -1;
    if (!Number.isNaN(x) && x !== y)
        return y - x;
    return b.tag.localeCompare(a.tag, 'en', { numeric: true });
}

// EXTERNAL MODULE: ./build/registry/store.js + 6 modules
var store = __webpack_require__(73524);
;// CONCATENATED MODULE: ./build/registry/models.js
/**
 * The model-level API of the model store: versions (push, resolve, list, pull), deployments
 * (deploy, current deployment, history) and what a model holds (environments, versions, runs). Steps
 * use only this module; the stores behind it are opened with `openStore` from ./store.js.
 */






/***/ }),

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
