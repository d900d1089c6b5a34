export const id = 594;
export const ids = [594];
export const modules = {

/***/ 8594:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readParquet: () => (/* binding */ readParquet)
});

// EXTERNAL MODULE: ./node_modules/hyparquet/src/node.js
var node = __webpack_require__(1609);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 17 modules
var read = __webpack_require__(2123);
// EXTERNAL MODULE: ./node_modules/hyparquet-compressors/src/index.js + 16 modules
var src = __webpack_require__(138);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(2807);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./build/core/secrets.js
/**
 * Every secret this process knows, and the one place that takes them out of what modelgate writes.
 * A process of the job's user can read the step's initial environment (`/proc/<pid>/environ`) whatever
 * the step does, so a training command or a hook may find the tokens and print them, raw or encoded,
 * or write them into a metric name. GitHub masks its own log, GitLab masks only variables marked
 * masked, and neither masks files: so logs, reports, comments, records and outputs pass through here.
 */
/** Shorter values would mask ordinary words; GitHub's own masking has the same floor in practice. */
const MIN_LENGTH = 6;
/** Environment variables that hold a credential on the platforms modelgate runs on. */
const SECRET_ENV = (/* unused pure expression or super */ null && ([
    'GITHUB_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'CI_JOB_TOKEN',
    'CI_JOB_JWT',
    'CI_JOB_JWT_V2',
    'CI_REGISTRY_PASSWORD',
    'CI_DEPENDENCY_PROXY_PASSWORD',
    'CI_DEPLOY_PASSWORD',
    'MODELGATE_TOKEN',
    'MODELGATE_REGISTRY_PASSWORD',
    'MODELGATE_NOTIFY_WEBHOOK',
    'MODELGATE_PROMETHEUS_TOKEN',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'NODE_AUTH_TOKEN',
]));
const secrets_forms = new Set();
let longest = 0;
let pattern;
/** The standard base64 of `value` as it appears inside any longer base64 text: one core per alignment. */
function base64Cores(value) {
    const bytes = Buffer.from(value, 'utf8');
    const cores = [];
    for (let shift = 0; shift < 3; shift++) {
        const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
        // Drop the characters that carry the padding bytes before and the partial group after.
        const start = shift === 0 ? 0 : Math.ceil((shift * 4) / 3);
        const end = Math.floor(((shift + bytes.length) * 4) / 3);
        const core = encoded.slice(start, end);
        if (core.length >= MIN_LENGTH)
            cores.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return cores;
}
/** The ways a secret may be written: as is, URL-encoded, JSON-escaped, base64 (standard and URL-safe, any alignment), hex. */
function secretForms(value) {
    if (value.length < MIN_LENGTH)
        return [];
    const all = [value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1), Buffer.from(value).toString('hex'), ...base64Cores(value)];
    return [...new Set(all)].filter((f) => f.length >= MIN_LENGTH);
}
/** Adds a secret (an input marked secret, a token from the environment): from now on it is scrubbed from what modelgate writes. */
function addSecret(value) {
    const trimmed = value?.trim();
    if (!trimmed)
        return;
    for (const form of secretForms(trimmed)) {
        if (secrets_forms.has(form))
            continue;
        secrets_forms.add(form);
        longest = Math.max(longest, form.length);
        pattern = undefined;
    }
}
/** Adds the credentials the environment holds ({@link SECRET_ENV}). */
function addEnvironmentSecrets(env) {
    for (const name of SECRET_ENV)
        addSecret(env[name]);
}
function compiled() {
    if (secrets_forms.size === 0)
        return undefined;
    // Longest first, so a form inside another is not replaced first and leaves the rest visible.
    pattern ??= new RegExp([...secrets_forms]
        .sort((a, b) => b.length - a.length)
        .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'), 'g');
    return pattern;
}
/** `text` with every known secret, in every form, replaced by `***`. */
function secrets_scrub(text) {
    const regex = compiled();
    return regex ? text.replace(regex, '***') : text;
}
/** {@link scrub} for a byte buffer of text (UTF-8); the same bytes when nothing is secret. */
function scrubBytes(data) {
    if (!compiled())
        return data;
    const text = Buffer.from(data).toString('utf8');
    const clean = secrets_scrub(text);
    return clean === text ? data : Buffer.from(clean, 'utf8');
}
/**
 * Scrubs a stream of text cut into chunks anywhere, even inside a secret: each call returns what is
 * safe to write now and holds back a tail that could still be the start of one; `end()` returns the rest.
 */
function streamScrubber() {
    let held = '';
    return {
        push(chunk) {
            const text = secrets_scrub(held + chunk);
            const keep = Math.max(0, longest - 1);
            // Hold back only what may still be the start of a secret; everything before it is written now.
            const cut = keep === 0 ? text.length : Math.max(0, text.length - keep);
            held = text.slice(cut);
            return text.slice(0, cut);
        },
        end() {
            const rest = secrets_scrub(held);
            held = '';
            return rest;
        },
    };
}

;// CONCATENATED MODULE: ./build/core/files.js








/**
 * Resolves a user-given path inside the workspace and refuses one that escapes it (`..`, an absolute
 * path elsewhere, or a symlink pointing out). `what` names the input or key for the error.
 */
async function confinePath(workspace, path, what) {
    const root = resolve(workspace);
    const full = resolve(root, path);
    const outside = (p, r) => p !== r && !p.startsWith(r + sep);
    if (outside(full, root)) {
        throw new UserError(`${what}: path '${path}' is outside the workspace; use a path inside the repository`);
    }
    // A path not written yet is checked through its nearest existing folder, which a link may redirect.
    let existing = full;
    let real;
    for (;;) {
        real = await realpath(existing).catch(() => undefined);
        if (real !== undefined || existing === root || dirname(existing) === existing)
            break;
        existing = dirname(existing);
    }
    const realRoot = await realpath(root).catch(() => root);
    if (real !== undefined && outside(real, realRoot)) {
        throw new UserError(`${what}: path '${path}' leads outside the workspace through a symbolic link`);
    }
    return full;
}
/**
 * Opens a file modelgate writes in the workspace (a log, the export file) without following a symbolic
 * link in its place: a repository can commit `modelgate.env.sh -> ~/.bashrc`, and a PR's link must not
 * turn our write into one outside the workspace. `append` keeps what is there; otherwise it is replaced.
 */
function openNoFollow(path, append) {
    const { O_WRONLY, O_CREAT, O_APPEND, O_TRUNC, O_NOFOLLOW } = constants;
    try {
        return openSync(path, O_WRONLY | O_CREAT | O_NOFOLLOW | (append ? O_APPEND : O_TRUNC), 0o644);
    }
    catch (error) {
        if (error.code === 'ELOOP')
            throw new UserError(`${path} is a symbolic link: modelgate does not write through one (remove it from the repository)`);
        throw error;
    }
}
/**
 * The workspace on disk as a {@link FileSource}. `.git`, `node_modules` and the folders in `exclude`
 * (relative paths, e.g. the step's own report folder) are never listed.
 */
function workspaceSource(workspace, exclude = []) {
    const root = resolve(workspace);
    const skip = new Set(exclude.map((p) => p.replace(/\\/g, '/').replace(/^\.\/|\/$/g, '')));
    return {
        label: 'workspace',
        root,
        async list(directory) {
            const out = [];
            const walk = async (dir) => {
                let entries;
                try {
                    entries = await readdir(join(root, dir), { withFileTypes: true });
                }
                catch {
                    return;
                }
                for (const entry of entries) {
                    if (entry.name === '.git' || entry.name === 'node_modules')
                        continue;
                    const rel = dir ? `${dir}/${entry.name}` : entry.name;
                    if (entry.isDirectory() && !skip.has(rel))
                        await walk(rel);
                    else if (entry.isFile())
                        out.push(rel);
                }
            };
            await walk(directory);
            return out.sort();
        },
        async read(path) {
            const full = await confinePath(root, path, 'metrics');
            try {
                return await readFile(full, 'utf8');
            }
            catch (error) {
                const code = error.code;
                if (code === 'ENOENT')
                    return undefined;
                if (code === 'EISDIR')
                    throw new UserError(`metrics: '${path}' is a folder; name the files in it, e.g. '${path}/*.json'`);
                throw new UserError(`metrics: cannot read '${path}' (${code ?? error.message})`);
            }
        },
    };
}
/**
 * Expands patterns against a source: a plain path is kept as is (its absence is the caller's to
 * report), a glob is replaced by its sorted matches. Duplicates are dropped, order is kept;
 * `unmatched` lists the globs that matched nothing.
 */
async function expandPatterns(source, patterns) {
    const seen = new Set();
    const files = [];
    const unmatched = [];
    for (const raw of patterns) {
        const inRoot = source.root && isAbsolute(raw) ? relative(source.root, raw) : undefined;
        const pattern = (inRoot !== undefined && inRoot !== '' && !isAbsolute(inRoot) && !inRoot.startsWith('..') ? inRoot : raw).replace(/\\/g, '/').replace(/^\.\//, '');
        if (isAbsolute(pattern) || pattern.split('/').includes('..')) {
            throw new UserError(`metrics: path '${raw}' must be relative to the repository root and stay inside it`);
        }
        const matches = hasMagic(pattern) ? await globMatches(source, pattern) : [pattern];
        if (matches.length === 0)
            unmatched.push(raw);
        for (const path of matches) {
            if (seen.has(path))
                continue;
            seen.add(path);
            files.push(path);
        }
    }
    return { files, unmatched };
}
/** The paths a glob matches; the matcher loads on the first glob, so plain paths never pay for it. */
async function globMatches(source, pattern) {
    const { globToRegExp, staticPrefix } = await Promise.all(/* import() */[__webpack_require__.e(16), __webpack_require__.e(441)]).then(__webpack_require__.bind(__webpack_require__, 6441));
    const regex = globToRegExp(pattern);
    return (await source.list(staticPrefix(pattern))).filter((p) => regex.test(p));
}
/** Read size for model files: large reads keep hashing and uploading near memory speed. */
const READ_CHUNK = 4 * 1024 * 1024;
/** Writes a file so that readers see the old or the new content, never a torn one. */
async function writeFileAtomic(path, data) {
    // Text modelgate writes (reports, records, logs) never holds a secret; bytes (blobs) are written as they are.
    await viaTemporary(path, (temp) => writeFile(temp, typeof data === 'string' ? scrub(data) : data));
}
/**
 * Streams `source` into `target` through a temporary file and a rename, like {@link writeFileAtomic}
 * for content too large to hold in memory (model blobs).
 */
async function writeStreamAtomic(target, source, options = {}) {
    // A source that fails while the folder is being made, before pipeline listens, would otherwise be an
    // uncaught exception; pipeline still sees the failure, the stream being errored by then.
    const early = () => undefined;
    source.on('error', early);
    try {
        await viaTemporary(target, async (temp) => {
            await (options.through ? pipeline(source, options.through, createWriteStream(temp)) : pipeline(source, createWriteStream(temp)));
            await options.beforeRename?.();
        });
    }
    finally {
        source.off('error', early);
    }
}
/**
 * Fills a temporary file next to `target` and renames it into place. The name is unique across
 * processes and calls (pid and random bytes), so concurrent writers never share one; a failed write
 * removes it, so none are left to pile up.
 */
async function viaTemporary(target, fill) {
    await mkdir(dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
        await fill(temp);
        await rename(temp, target);
    }
    catch (error) {
        await rm(temp, { force: true });
        throw error;
    }
}
/** A path shown relative to the workspace when inside it. */
function displayPath(workspace, path) {
    const rel = relative(workspace, path);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path;
}

;// CONCATENATED MODULE: ./build/core/hashing.js






/** The sha256 (hex) of bytes in memory. */
function sha256Of(bytes) {
    return createHash('sha256').update(bytes).digest('hex');
}
/** The sha256 (hex) and size of a file, streamed in large reads (model files can be gigabytes). */
async function hashFile(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: READ_CHUNK })) {
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
    const realRoot = await realpath(root);
    const visit = async (p) => {
        let info = await lstat(p);
        if (info.isSymbolicLink()) {
            const target = await realpath(p).catch(() => undefined);
            if (!target || !(target === realRoot || target.startsWith(realRoot + sep))) {
                throw new UserError(`'${relative(root, p)}' is a symbolic link leading out of the workspace (or nowhere); copy the file in instead`);
            }
            info = await stat(p);
            if (info.isDirectory())
                return;
        }
        if (info.isDirectory()) {
            for (const entry of (await readdir(p)).sort())
                await visit(join(p, entry));
        }
        else if (info.isFile()) {
            out.push({ path: relative(root, p).split(sep).join('/'), sha256: await sha256File(p), size: info.size });
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
    const hash = createHash('sha256');
    for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
        hash.update(`${f.path}\0${f.sha256}\0${f.size}\n`);
    return `sha256:${hash.digest('hex')}`;
}

// EXTERNAL MODULE: ./build/data/sources.js + 2 modules
var sources = __webpack_require__(330);
;// CONCATENATED MODULE: ./build/data/parquet-source.js





/**
 * Reads a Parquet file one row group at a time (memory is bounded by the largest row group), the
 * top-level columns being the header. Returns the file's sha256. Parquet is read by random access,
 * so the hash is a separate sequential read of the file.
 */
async function readParquet(file, handlers, options = {}) {
    const fail = (error) => {
        throw new errors/* UserError */.yo(`data: ${file.display}: not a readable Parquet file (${error.message})`, { file: file.display });
    };
    const buffer = await (0,node/* asyncBufferFromFile */.Rv)(file.path).catch(fail);
    const metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(buffer).catch(fail);
    const root = metadata.schema[0];
    const labels = [];
    // Top-level columns: children of the root, skipping nested groups' descendants.
    for (let i = 1, left = root?.num_children ?? 0; i < metadata.schema.length && left > 0; left--) {
        const element = metadata.schema[i];
        if (!element)
            break;
        labels.push(element.name);
        let skip = element.num_children ?? 0;
        i++;
        while (skip > 0 && i < metadata.schema.length) {
            skip += (metadata.schema[i]?.num_children ?? 0) - 1;
            i++;
        }
    }
    handlers.onHeader(labels);
    const types = labels.map((label) => options.typeOf?.(label));
    const builder = new sources/* RecordBuilder */.xx();
    let rowStart = 0;
    let index = 0;
    for (const group of metadata.row_groups) {
        const rowEnd = rowStart + Number(group.num_rows);
        let rows = [];
        await (0,read/* parquetRead */.bA)({ file: buffer, metadata, compressors: src/* compressors */.Vm, rowStart, rowEnd, columns: labels, onComplete: (r) => (rows = r) }).catch(fail);
        for (const row of rows) {
            index++;
            builder.reset(labels.length, 0, index);
            for (let i = 0; i < labels.length; i++)
                builder.set(i, (0,sources/* cellText */.Ie)(row[i], types[i]));
            handlers.onRecord(builder.record);
        }
        handlers.onBytes(Number(group.total_compressed_size ?? group.total_byte_size));
        rowStart = rowEnd;
    }
    return sha256File(file.path);
}


/***/ })

};
