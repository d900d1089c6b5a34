export const id = 121;
export const ids = [121];
export const modules = {

/***/ 9121:
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
;// CONCATENATED MODULE: ./build/core/glob.js


/**
 * Glob patterns for metric and data files, matched by picomatch: `*` and `?` within one path segment, `**`
 * as a whole segment across segments, `[ax]`, `[!x]`, `[a-z]` and `[[:digit:]]` for one character, `{a,b}`
 * alternatives (which may hold globs: `{*.json,*.yaml}`). Paths are POSIX-style and relative to the
 * workspace or repository root; wildcards match dotfiles and dot-folders too. Everything else is literal:
 * `(`, `)`, `|`, `!`, `+`, `@`, `"`, `\`, a `{a}` without a comma and `{1..3}` (no ranges).
 *
 * Patterns come from pull requests, and picomatch compiles to a backtracking regular expression whose work
 * can grow with a power of the path's length (`*a*a*a*a*ab` takes over a minute against a name of 255
 * `a`s), so a glob is bounded before it is compiled (see {@link MAX_PARTS}) and the expression matches no
 * path longer than {@link MAX_PATH} characters or with a name longer than {@link MAX_NAME} (file systems
 * have none).
 */
function glob_hasMagic(pattern) {
    return /[*?{[]/.test(pattern);
}
/** Compiles a glob to an anchored regular expression; a glob over the limits is a {@link UserError}. */
function glob_globToRegExp(pattern) {
    let re = cache.get(pattern);
    if (!re) {
        re = compile(pattern);
        if (cache.size >= 64)
            cache.delete(cache.keys().next().value);
        cache.set(pattern, re);
    }
    return re;
}
/**
 * The leading segments of a pattern that contain no wildcard: where a directory walk can start. A `{…}`
 * or `[…]` may hold a `/`, so the prefix ends before the first segment with any of `*?{[`. Checks the
 * glob too, so that one over the limits fails before the walk.
 */
function glob_staticPrefix(pattern) {
    glob_globToRegExp(pattern);
    const segments = pattern.split('/');
    const fixed = [];
    for (const segment of segments.slice(0, -1)) {
        if (glob_hasMagic(segment))
            break;
        fixed.push(segment);
    }
    return fixed.join('/');
}
/** The longest glob accepted. */
const MAX_PATTERN = 1024;
/** Paths longer than this (Linux's PATH_MAX) are never matched by a glob. */
const MAX_PATH = 4096;
/** Paths with a name (segment) longer than this (NAME_MAX) are never matched by a glob. */
const MAX_NAME = 255;
/**
 * The parts that make the expression backtrack, each multiplying the work per path by up to the length
 * of a name or path: a `**`; a second (third, …) `*` within one segment; a `{…}` whose alternatives hold
 * wildcards or begin one another (`{a,ab}`), or that follows a `*` in its segment with alternatives of
 * different lengths (unless none ends another and nothing varies after it: `*.{json,yml}` is none).
 * Measured against adversarial paths (names of 255 `a`s, up to 4096 characters): 2 parts take at most
 * about a tenth of a second a path, or a second where both are a second `*` (hence {@link MAX_EXTRA_STARS});
 * 3 parts take seconds (`*a*a*a*ab`, `**` thrice) to tens of seconds (a second `*` in each of three
 * segments), 4 over a minute.
 */
const MAX_PARTS = 2;
const MAX_EXTRA_STARS = 1;
const OPTIONS = {
    dot: true,
    posix: true,
    noextglob: true,
    nonegate: true,
    // `[ax]` is a class only; picomatch would also match the literal name `[ax]`, an ambiguous alternation.
    literalBrackets: false,
    // `{1..3}` stays literal, as it always was (picomatch would make `{1..10}` the class `[1-10]`).
    expandRange: (...args) => `(?:${args
        .filter((a) => typeof a === 'string')
        .map(escapeRegExp)
        .join('\\.\\.')})`,
};
const cache = new Map();
function compile(pattern) {
    const shown = pattern.length > 80 ? `${pattern.slice(0, 80)}…` : pattern;
    if (pattern.length > MAX_PATTERN) {
        throw new UserError(`glob '${shown}' is ${pattern.length} characters long; a glob may have at most ${MAX_PATTERN}`);
    }
    let state;
    try {
        state = parse(pattern);
    }
    catch (error) {
        throw new UserError(`glob '${shown}' is not a valid glob (${error.message})`);
    }
    const { parts, extraStars, unclosed } = backtracking(state.tokens);
    if (unclosed)
        throw new UserError(`glob '${shown}' has a '{' without its '}'; alternatives are written {a,b}`);
    if (parts > MAX_PARTS || extraStars > MAX_EXTRA_STARS) {
        throw new UserError(`glob '${shown}' is too complex to match safely. A glob may combine at most ${MAX_PARTS} of: a '**'; a second '*' in one path segment ` +
            `(at most ${MAX_EXTRA_STARS} such in the glob); a '{…}' whose alternatives hold wildcards or begin one another. ` +
            "'**/*.json', 'runs/*/metrics-*.json', 'data/**/*.{csv,tsv}' and '**/{*.json,*.yaml}' are fine; list several simpler globs instead");
    }
    try {
        return new RegExp(`^(?=[^]{0,${MAX_PATH}}$)(?!(?:[^/]*/)*[^/]{${MAX_NAME + 1}})(?:${state.output})$`);
    }
    catch (error) {
        throw new UserError(`glob '${shown}' is not a valid glob (${error.message})`);
    }
}
function parse(pattern) {
    // Characters picomatch would read as regex groups, quotes or escapes are literal here.
    return picomatch.parse(pattern.replace(/[\\()|"]/g, '\\$&'), { ...OPTIONS, maxLength: 2 * MAX_PATTERN });
}
/**
 * The parts of a parsed glob that make its expression backtrack (see {@link MAX_PARTS}), read off
 * picomatch's tokens: alternatives count their most complex one.
 */
function backtracking(tokens) {
    const alternative = (stars) => ({ parts: 0, extraStars: 0, stars, pending: 0, plain: true, text: '' });
    const settle = (a) => {
        a.parts += a.pending;
        a.pending = 0;
    };
    let current = alternative(0);
    const groups = [];
    let afterStar = false;
    for (const token of tokens) {
        const star = token.type === 'star';
        if (star) {
            if (!afterStar) {
                settle(current);
                if (current.stars > 0) {
                    current.parts++;
                    current.extraStars++;
                }
                current.stars++;
            }
            current.plain = false;
        }
        else if (token.type === 'globstar') {
            // picomatch also reads `**` before a `{` as one, and then it varies within the segment that goes on.
            settle(current);
            current.parts++;
            current.stars = 1;
            current.plain = false;
        }
        else if (token.type === 'slash') {
            current.stars = 0;
            current.pending = 0;
            current.text += '/';
        }
        else if (token.type === 'brace' && token.value === '{') {
            groups.push({ parent: current, done: [] });
            current = alternative(current.stars);
        }
        else if (token.type === 'comma' && groups.length > 0) {
            const group = groups[groups.length - 1];
            group.done.push(current);
            current = alternative(group.parent.stars);
        }
        else if (token.type === 'brace' && token.value === '}' && token.output === ')' && groups.length > 0) {
            const { parent, done } = groups.pop();
            const alternatives = [...done, current];
            alternatives.forEach(settle);
            settle(parent);
            const texts = alternatives.map((a) => a.text);
            const plain = alternatives.every((a) => a.plain);
            const none = (holds) => texts.every((t, i) => texts.every((u, j) => i === j || !holds(u, t)));
            const sameLength = texts.every((t) => t.length === texts[0].length);
            // Plain names that begin alike (`{a,ab}`), or that hold wildcards, can match in more than one way;
            // after a `*`, names of different lengths can too, unless none ends another and nothing varies after.
            if (!plain || !none((u, t) => u.startsWith(t)))
                parent.parts++;
            else if (parent.stars > 0 && !sameLength) {
                if (none((u, t) => u.endsWith(t)))
                    parent.pending++;
                else
                    parent.parts++;
            }
            parent.parts += Math.max(...alternatives.map((a) => a.parts));
            parent.extraStars += Math.max(...alternatives.map((a) => a.extraStars));
            parent.stars = Math.max(...alternatives.map((a) => a.stars));
            parent.plain = false;
            current = parent;
        }
        else if (token.type === 'text' || token.type === 'dot' || token.type === 'comma' || token.type === 'brace') {
            current.text += token.value;
        }
        else if (token.type !== 'bos') {
            current.plain = false;
        }
        afterStar = star;
    }
    // picomatch leaves an unclosed `{` as an open group in the expression.
    return { parts: current.parts, extraStars: current.extraStars, unclosed: groups.length > 0 };
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
        const matches = hasMagic(pattern) ? (await source.list(staticPrefix(pattern))).filter((p) => globToRegExp(pattern).test(p)) : [pattern];
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
/** Read size for model files: large reads keep hashing and uploading near memory speed. */
const READ_CHUNK = 4 * 1024 * 1024;
/** Writes a file so that readers see the old or the new content, never a torn one. */
async function writeFileAtomic(path, data) {
    await viaTemporary(path, (temp) => writeFile(temp, data));
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
