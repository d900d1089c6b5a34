import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 61420:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(62807);

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/**
 * Parses a duration like `90s`, `30m`, `2h`, `1h30m` or `500ms` into milliseconds. A bare number is
 * seconds. `what` names the input for the error.
 */
function parseDuration(text, what) {
    const t = text.trim();
    if (/^\d+(\.\d+)?$/.test(t))
        return Number(t) * 1000;
    const parts = [...t.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== t.replace(/\s+/g, '')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} must be a duration like 90s, 30m, 2h or 1h30m, got '${text}'`);
    }
    return parts.reduce((sum, p) => sum + Number(p[1]) * UNIT_MS[p[2]], 0);
}
/** A duration for people: `1h 2m`, `3m 4s`, `5.2s`, `120ms`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    const s = Math.round(ms / 1000);
    if (s < 3600)
        return `${Math.floor(s / 60)}m ${s % 60}s`;
    return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`;
}


/***/ }),

/***/ 62807:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R2: () => (/* binding */ AccessRefusedError),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   yA: () => (/* binding */ ExternalError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * A problem the user fixes: a bad input, a malformed file, a missing token.
 * The message names the input or file and says what is allowed; it is shown without a stack trace.
 */
class UserError extends Error {
    location;
    name = 'UserError';
    constructor(message, location) {
        super(message);
        this.location = location;
    }
}
/**
 * A server that refused the credentials (401/403): the user fixes them. Registries answer so for a
 * repository that does not exist yet too (GHCR: "denied"), which callers that only look may need to tell.
 */
class AccessRefusedError extends UserError {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/**
 * A server or API that failed: names which, its status, and whether retrying the step is safe.
 */
class ExternalError extends Error {
    service;
    status;
    retrySafe;
    name = 'ExternalError';
    constructor(message, service, status, retrySafe = true) {
        super(message);
        this.service = service;
        this.status = status;
        this.retrySafe = retrySafe;
    }
}
/** The message of any thrown value, for places that must not leak a stack. */
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * Untrusted text (a key, a name) as it goes into a message: JSON-quoted, cut at `max` characters, and
 * with the line separators JSON leaves raw (U+2028, U+2029) escaped too, so it stays on one log line.
 */
function quoted(text, max = 80) {
    const cut = text.length > max ? `${text.slice(0, max)}…` : text;
    return JSON.stringify(cut).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}


/***/ }),

/***/ 21645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ workspaceSource),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   ey: () => (/* binding */ confinePath),
/* harmony export */   qL: () => (/* binding */ expandPatterns),
/* harmony export */   vA: () => (/* binding */ READ_CHUNK),
/* harmony export */   zm: () => (/* binding */ openNoFollow)
/* harmony export */ });
/* unused harmony export writeStreamAtomic */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(76760);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(46466);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(62807);
/* harmony import */ var _glob_syntax_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(59496);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(28527);








/**
 * Resolves a user-given path inside the workspace and refuses one that escapes it (`..`, an absolute
 * path elsewhere, or a symlink pointing out). `what` names the input or key for the error.
 */
async function confinePath(workspace, path, what) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(workspace);
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(root, path);
    const outside = (p, r) => p !== r && !p.startsWith(r + node_path__WEBPACK_IMPORTED_MODULE_3__.sep);
    if (outside(full, root)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${what}: path '${path}' is outside the workspace; use a path inside the repository`);
    }
    // A path not written yet is checked through its nearest existing folder, which a link may redirect.
    let existing = full;
    let real;
    for (;;) {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(existing).catch(() => undefined);
        if (real !== undefined || existing === root || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(existing) === existing)
            break;
        existing = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(existing);
    }
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(root).catch(() => root);
    if (real !== undefined && outside(real, realRoot)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${what}: path '${path}' leads outside the workspace through a symbolic link`);
    }
    return full;
}
/**
 * Opens a file modelgate writes in the workspace (a log, the export file) without following a symbolic
 * link in its place: a repository can commit `modelgate.env.sh -> ~/.bashrc`, and a PR's link must not
 * turn our write into one outside the workspace. `append` keeps what is there; otherwise it is replaced.
 */
function openNoFollow(path, append) {
    const { O_WRONLY, O_CREAT, O_APPEND, O_TRUNC, O_NOFOLLOW } = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, O_WRONLY | O_CREAT | O_NOFOLLOW | (append ? O_APPEND : O_TRUNC), 0o644);
    }
    catch (error) {
        if (error.code === 'ELOOP')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${path} is a symbolic link: modelgate does not write through one (remove it from the repository)`);
        throw error;
    }
}
/**
 * The workspace on disk as a {@link FileSource}. `.git`, `node_modules` and the folders in `exclude`
 * (relative paths, e.g. the step's own report folder) are never listed.
 */
function workspaceSource(workspace, exclude = []) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(workspace);
    const skip = new Set(exclude.map((p) => p.replace(/\\/g, '/').replace(/^\.\/|\/$/g, '')));
    return {
        label: 'workspace',
        root,
        async list(directory) {
            const out = [];
            const walk = async (dir) => {
                let entries;
                try {
                    entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, dir), { withFileTypes: true });
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
                return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(full, 'utf8');
            }
            catch (error) {
                const code = error.code;
                if (code === 'ENOENT')
                    return undefined;
                if (code === 'EISDIR')
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`metrics: '${path}' is a folder; name the files in it, e.g. '${path}/*.json'`);
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`metrics: cannot read '${path}' (${code ?? error.message})`);
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
        const inRoot = source.root && (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(raw) ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(source.root, raw) : undefined;
        const pattern = (inRoot !== undefined && inRoot !== '' && !(0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(inRoot) && !inRoot.startsWith('..') ? inRoot : raw).replace(/\\/g, '/').replace(/^\.\//, '');
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(pattern) || pattern.split('/').includes('..')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`metrics: path '${raw}' must be relative to the repository root and stay inside it`);
        }
        const matches = (0,_glob_syntax_js__WEBPACK_IMPORTED_MODULE_7__/* .hasMagic */ .q)(pattern) ? await globMatches(source, pattern) : [pattern];
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
    const { globToRegExp, staticPrefix } = await Promise.all(/* import() */[__nccwpck_require__.e(8016), __nccwpck_require__.e(8998)]).then(__nccwpck_require__.bind(__nccwpck_require__, 98998));
    const regex = globToRegExp(pattern);
    return (await source.list(staticPrefix(pattern))).filter((p) => regex.test(p));
}
/** Read size for model files: large reads keep hashing and uploading near memory speed. */
const READ_CHUNK = 4 * 1024 * 1024;
/** Writes a file so that readers see the old or the new content, never a torn one. */
async function writeFileAtomic(path, data) {
    // Text modelgate writes (reports, records, logs) never holds a secret; bytes (blobs) are written as they are.
    await viaTemporary(path, (temp) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(temp, typeof data === 'string' ? (0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .scrub */ ._I)(data) : data));
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
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), { recursive: true });
    const temp = `${target}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
    try {
        await fill(temp);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, target);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
        throw error;
    }
}
/** A path shown relative to the workspace when inside it. */
function displayPath(workspace, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(workspace, path);
    return rel && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(rel) ? rel.split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/') : path;
}


/***/ }),

/***/ 59496:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ hasMagic)
/* harmony export */ });
/**
 * Whether a path is a glob (`*`, `?`, `[...]` or `{...}`). Apart from the matcher (`glob.ts`, which
 * loads picomatch) so that reading plain paths never loads it.
 */
function hasMagic(pattern) {
    return /[*?{[]/.test(pattern);
}


/***/ }),

/***/ 46580:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ie: () => (/* binding */ custom),
/* harmony export */   Jt: () => (/* binding */ flag),
/* harmony export */   Ko: () => (/* binding */ failOn),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Vm: () => (/* binding */ versionTag),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   ai: () => (/* binding */ number),
/* harmony export */   cA: () => (/* binding */ environment),
/* harmony export */   fD: () => (/* binding */ modelName),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   pS: () => (/* binding */ yamlText),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   rJ: () => (/* binding */ secret)
/* harmony export */ });
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(61420);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(62807);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(97529);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5562);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(57980);





function decl(kind, o, parse) {
    const spec = { ...o };
    delete spec.rule;
    return { kind, ...spec, parse };
}
const isNameRule = (rule) => !Array.isArray(rule);
function checked(text, context, rule) {
    if (!rule)
        return text;
    const [grammar, allowed] = isNameRule(rule) ? [rule, rule.allowed] : rule;
    if (!grammar.test(text))
        throw context.fail(allowed);
    return text;
}
function text(o) {
    const grammar = o.rule && (isNameRule(o.rule) ? o.rule.pattern : o.rule[0]);
    // GitLab checks a default too: an input that may be left out also takes the empty string.
    const gitlabRegex = grammar && !o.gitlabExpand ? (o.required ? grammar.source : `^(?:${grammar.source.replace(/^\^|\$$/g, '')})?$`) : undefined;
    return decl('string', { ...o, ...(gitlabRegex ? { gitlabRegex } : {}) }, (t, c) => (t === undefined ? undefined : checked(t, c, o.rule)));
}
/** A token, password or webhook URL: masked on every platform before the step runs. */
function secret(o) {
    return text({ ...o, secret: true });
}
/** `true`/`false` (YAML 1.2 core schema spellings, as the Actions toolkit accepts). */
function flag(o) {
    return decl('boolean', { gitlabType: 'boolean', ...o }, (t, c) => {
        const value = t ?? 'false';
        if (/^(true|True|TRUE)$/.test(value))
            return true;
        if (/^(false|False|FALSE)$/.test(value))
            return false;
        throw c.fail('must be true or false', value);
    });
}
/**
 * One of a fixed set of words; a near miss is suggested. `aliases` are older spellings still taken
 * (with a warning that names the word to write instead).
 */
function choice(options, o) {
    const { aliases, ...rest } = o;
    return decl('choice', { ...rest, options, ...(aliases ? { aliases: Object.keys(aliases) } : {}) }, (t, c) => {
        let value = t ?? o.default;
        const alias = aliases?.[value];
        if (alias !== undefined) {
            c.warn(`'${value}' is an older spelling: write '${alias}' (the same in every step: ${options.join(', ')})`);
            value = alias;
        }
        if (!options.includes(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${c.fail(`must be one of ${options.join(', ')}`, value).message}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__.didYouMean)(value, options)}`);
        return value;
    });
}
/** Items one per line or comma-separated (not the commas inside a glob's `{a,b}`); blanks and `#` comments dropped. */
function list(o) {
    return decl('list', o, (t) => (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .ry)(t ?? ''));
}
/** YAML text, parsed by the step (`rules`, `checks`). */
function yamlText(o) {
    return decl('yaml', o, (t) => t);
}
function duration(o) {
    return decl('duration', o, (t, c) => (t === undefined ? undefined : (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(t, c.label)));
}
function integer(o) {
    const { min, max, ...rest } = o;
    return decl('integer', rest, (t, c) => {
        if (t === undefined)
            return undefined;
        const n = Number(t);
        if (!/^\d{1,15}$/.test(t) || n < min || (max !== undefined && n > max))
            throw c.fail(max === undefined ? `must be a whole number of at least ${min}` : `must be a whole number from ${min} to ${max}`);
        return n;
    });
}
/** Any finite number (`0.05`, `-3`, `1e-3`). */
function number(o) {
    return decl('number', o, (t, c) => {
        if (t === undefined)
            return undefined;
        const n = Number(t);
        if (!Number.isFinite(n))
            throw c.fail('must be a number');
        return n;
    });
}
/** Text parsed by a step's own grammar (a size, a status code, `NAME=value` lines); the front doors show it as text. */
function custom(o, parse) {
    const { kind = 'string', ...rest } = o;
    return decl(kind, rest, parse);
}
function modelName(o) {
    return text({ ...o, rule: _names_js__WEBPACK_IMPORTED_MODULE_3__/* .MODEL_NAME */ .Ub });
}
function environment(o) {
    return text({ ...o, rule: _names_js__WEBPACK_IMPORTED_MODULE_3__/* .ENVIRONMENT_NAME */ .YR });
}
/** A version tag. */
function versionTag(o) {
    return text({ ...o, rule: _names_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION_TAG */ .kD });
}
/**
 * `fail-on`, one vocabulary in every step: `fail` (failures fail the job), `warn` (warnings too),
 * `never`. validate-data's older `error` and `warning` are still taken, with a warning.
 */
function failOn(o) {
    return choice(['fail', 'warn', 'never'], { default: 'fail', ...o, aliases: { error: 'fail', warning: 'warn' } });
}


/***/ }),

/***/ 97529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   Tx: () => (/* binding */ inputSpecs),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/* unused harmony exports camelName, inputText */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(62807);

/** `fail-on` → `failOn`. */
function camelName(name) {
    return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
/** An error about an input, in the one format every step uses. */
function inputError(step, name, what, got) {
    const shown = got === undefined ? '' : `, got '${got.length > 80 ? `${got.slice(0, 80)}…` : got}'`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${step}: input '${name}' ${what}${shown}`);
}
/** The front-door view of declared inputs, in order. */
function inputSpecs(inputs) {
    return Object.entries(inputs).map(([name, decl]) => {
        const spec = { name, ...decl };
        delete spec.parse;
        return spec;
    });
}
/** The trimmed text of an input or its default; `undefined` when neither. */
function inputText(decl, raw) {
    const text = raw?.trim();
    if (text !== undefined && text !== '')
        return text;
    return decl.default === undefined || decl.default === '' ? undefined : decl.default;
}
/**
 * Parses every declared input once, in declaration order: defaults applied, required inputs checked,
 * each kind's grammar enforced. The first problem is a {@link UserError} naming the step and the input.
 */
async function parseInputs(step, inputs, source, warnings = []) {
    const values = {};
    for (const [name, decl] of Object.entries(inputs)) {
        const text = inputText(decl, source(name));
        const label = `${step}: input '${name}'`;
        if (text === undefined && decl.required && !(decl.requiredUnless && inputText(inputs[decl.requiredUnless], source(decl.requiredUnless)))) {
            throw inputError(step, name, `is required${decl.hint ? `: ${decl.hint}` : ''}`, undefined);
        }
        values[camelName(name)] = await decl.parse(text, {
            label,
            fail: (what, got = text) => inputError(step, name, what, got),
            warn: (message) => warnings.push(`${label} ${message}`),
        });
    }
    return values;
}
/** Splits a list input on newlines and on commas outside `{...}`; drops blanks and `#` comments. */
function splitList(text) {
    const items = [];
    let depth = 0;
    let current = '';
    for (const c of text) {
        if (c === '{')
            depth++;
        if (c === '}')
            depth = Math.max(0, depth - 1);
        if (c === '\n' || (c === ',' && depth === 0)) {
            items.push(current);
            current = '';
            depth = 0;
        }
        else
            current += c;
    }
    items.push(current);
    return items.map((s) => s.trim()).filter((s) => s !== '' && !s.startsWith('#'));
}


/***/ }),

/***/ 5562:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ub: () => (/* binding */ MODEL_NAME),
/* harmony export */   YR: () => (/* binding */ ENVIRONMENT_NAME),
/* harmony export */   kD: () => (/* binding */ VERSION_TAG)
/* harmony export */ });
/**
 * The names modelgate gives things in a store, one grammar and one message each: a model is an OCI
 * repository, a version an OCI tag, and an environment becomes part of a tag (`env-<name>`).
 */
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const ENVIRONMENT = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** A model: an OCI repository name (lowercase components separated by `/`, at most 255 characters). */
const MODEL_NAME = {
    test: (name) => name.length <= 255 && REPOSITORY.test(name),
    pattern: REPOSITORY,
    allowed: 'must be an OCI repository name: lowercase letters and digits, separated by ., _, - or /',
};
/** A version: an OCI tag. */
const VERSION_TAG = {
    test: (name) => TAG.test(name),
    pattern: TAG,
    allowed: 'must be an OCI tag: letters, digits, _ . - (at most 128, not starting with . or -)',
};
/** An environment: lowercase, so that `env-<name>` is a tag on every registry. */
const ENVIRONMENT_NAME = {
    test: (name) => ENVIRONMENT.test(name),
    pattern: ENVIRONMENT,
    allowed: 'may hold lowercase letters, digits, . _ - (at most 64), e.g. production',
};


/***/ }),

/***/ 28527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ addSecret),
/* harmony export */   WB: () => (/* binding */ addEnvironmentSecrets),
/* harmony export */   _I: () => (/* binding */ scrub),
/* harmony export */   zF: () => (/* binding */ streamScrubber)
/* harmony export */ });
/* unused harmony exports SECRET_ENV, secretForms, scrubBytes */
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
const SECRET_ENV = [
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
];
const forms = new Set();
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
        if (forms.has(form))
            continue;
        forms.add(form);
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
    if (forms.size === 0)
        return undefined;
    // Longest first, so a form inside another is not replaced first and leaves the rest visible.
    pattern ??= new RegExp([...forms]
        .sort((a, b) => b.length - a.length)
        .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'), 'g');
    return pattern;
}
/** `text` with every known secret, in every form, replaced by `***`. */
function scrub(text) {
    const regex = compiled();
    return regex ? text.replace(regex, '***') : text;
}
/** {@link scrub} for a byte buffer of text (UTF-8); the same bytes when nothing is secret. */
function scrubBytes(data) {
    if (!compiled())
        return data;
    const text = Buffer.from(data).toString('utf8');
    const clean = scrub(text);
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
            const text = scrub(held + chunk);
            const keep = Math.max(0, longest - 1);
            // Hold back only what may still be the start of a secret; everything before it is written now.
            const cut = keep === 0 ? text.length : Math.max(0, text.length - keep);
            held = text.slice(cut);
            return text.slice(0, cut);
        },
        end() {
            const rest = scrub(held);
            held = '';
            return rest;
        },
    };
}


/***/ }),

/***/ 57980:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   closest: () => (/* binding */ closest),
/* harmony export */   didYouMean: () => (/* binding */ didYouMean)
/* harmony export */ });
/** Edit distance (insertions, deletions, substitutions, adjacent swaps) between two short words. */
function distance(a, b) {
    const rows = [];
    for (let i = 0; i <= a.length; i++)
        rows.push([i, ...Array(b.length).fill(0)]);
    for (let j = 0; j <= b.length; j++)
        rows[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const row = rows[i];
            const up = rows[i - 1];
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            row[j] = Math.min(up[j] + 1, row[j - 1] + 1, up[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
        }
    }
    return rows[a.length][b.length];
}
/**
 * The known word closest to what the user wrote, when it is close enough to be a typo (`fail_on` for
 * `fail-on`, `warning` for `warn`); `undefined` otherwise. Case, `_` and `-` are ignored.
 */
function closest(word, known) {
    // Case, '-' and '_' do not tell words apart (fail_on, maxdrop and Max-Drop are the same mistake).
    const norm = (s) => s.toLowerCase().replace(/[-_]/g, '');
    const w = norm(word);
    if (w.length > 64)
        return undefined;
    let best;
    let bestScore = Infinity;
    for (const k of known) {
        const n = norm(k);
        const score = n === w ? 0 : n.startsWith(w) || w.startsWith(n) ? 1 : distance(w, n);
        if (score < bestScore)
            [best, bestScore] = [k, score];
    }
    return best !== undefined && bestScore <= Math.max(1, Math.floor(Math.max(w.length, 3) / 3)) ? best : undefined;
}
/** `; did you mean 'x'?` for {@link closest}, or nothing. */
function didYouMean(word, known) {
    const hit = closest(word, known);
    return hit === undefined ? '' : `; did you mean '${hit}'?`;
}


/***/ }),

/***/ 49483:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ parseYaml)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(62807);

/**
 * Parses YAML safely (YAML 1.2 core schema: no custom tags, nothing executed; duplicate keys are an
 * error; alias expansion is capped when converted). The library is loaded on first use, so steps that
 * read no YAML do not pay for it. A syntax error is a {@link UserError} `<prefix><origin>:<line>: ...`.
 */
async function parseYaml(text, origin, prefix = '') {
    const yaml = await __nccwpck_require__.e(/* import() */ 8815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 38815, 19));
    const lineCounter = new yaml.LineCounter();
    // Keys are checked for uniqueness below: the library's own check compares each key with every
    // earlier one of its map (60,000 metrics took 48 s).
    const doc = yaml.parseDocument(text, { lineCounter, uniqueKeys: false });
    const syntax = doc.errors[0];
    const twice = duplicateKey(doc, yaml);
    if (twice && (!syntax || twice.offset < syntax.pos[0])) {
        const { line } = lineCounter.linePos(twice.offset);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${prefix}${origin}:${line}: not valid YAML: Map keys must be unique; ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(twice.key)} is given twice`, { file: origin, line });
    }
    if (syntax) {
        const line = syntax.linePos?.[0]?.line;
        // The parser reports its own stack overflow as a problem of the text: say what that means.
        const what = syntax.code === 'RESOURCE_EXHAUSTION' ? 'Maximum call stack size exceeded: it nests too deeply for the parser' : syntax.message.split('\n')[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${prefix}${origin}${line ? `:${line}` : ''}: not valid YAML: ${what}`, { file: origin, line });
    }
    const lineOf = (node) => {
        const range = node?.range;
        return range ? lineCounter.linePos(range[0]).line : undefined;
    };
    const toJS = (node) => {
        try {
            return node === undefined ? doc.toJS({ maxAliasCount: 100 }) : yaml.isNode(node) ? node.toJS(doc, { maxAliasCount: 100 }) : node;
        }
        catch (error) {
            if (!(error instanceof ReferenceError || error instanceof RangeError))
                throw error;
            const what = /Excessive alias count/.test(error.message)
                ? 'expands its aliases too many times (at most 100; a YAML alias bomb?)'
                : /Unresolved alias/.test(error.message)
                    ? `uses an alias whose anchor is not set before it (${error.message.replace(/^.*?: /, '')})`
                    : 'is nested too deeply';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${prefix}${origin}: not usable YAML: it ${what}`, { file: origin });
        }
    };
    return { doc, yaml, lineOf, toJS };
}
/**
 * The first key given twice in one map, in document order, as the library's `uniqueKeys` finds it
 * (scalar keys with the same value; collection keys are never equal), in one pass over the nodes. The
 * walk keeps its own stack: the document may nest as deep as the parser allows.
 */
function duplicateKey(doc, yaml) {
    let first;
    const stack = [doc.contents];
    while (stack.length > 0) {
        const node = stack.pop();
        if (yaml.isMap(node)) {
            const seen = new Set();
            for (const pair of node.items) {
                const key = pair.key;
                if (yaml.isScalar(key) && !Number.isNaN(key.value)) {
                    const offset = key.range?.[0] ?? 0;
                    if (seen.has(key.value) && (!first || offset < first.offset))
                        first = { key: String(key.value), offset };
                    seen.add(key.value);
                }
                stack.push(key, pair.value);
            }
        }
        else if (yaml.isSeq(node))
            stack.push(...node.items);
    }
    return first;
}


/***/ }),

/***/ 21303:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K5: () => (/* binding */ LOCAL_STORE),
/* harmony export */   P4: () => (/* binding */ registryInputs),
/* harmony export */   VH: () => (/* binding */ optionalRegistryInputs),
/* harmony export */   _0: () => (/* binding */ commandRegistryInputs),
/* harmony export */   n9: () => (/* binding */ deploymentTokenInput)
/* harmony export */ });
/* harmony import */ var _core_input_kinds_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(46580);

/** The store outside CI, and wherever the platform has no registry of its own. */
const LOCAL_STORE = 'oci-layout:.modelgate/registry';
const store = {
    registry: (0,_core_input_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({
        gitlabExpand: true,
        description: "Where models and recorded runs live: `oci://<host>/<prefix>` (any OCI registry: GHCR, GitLab, Harbor, ECR, Distribution) or `oci-layout:<folder>` (an OCI image layout on disk). Default: in GitHub Actions the repository's GHCR (`oci://ghcr.io/<owner>/<repo>`), in GitLab CI the project's container registry (`$CI_REGISTRY_IMAGE`), locally `oci-layout:.modelgate/registry`.",
    }),
};
const credentials = {
    'registry-username': (0,_core_input_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({
        gitlabExpand: true,
        description: "User for the registry. Default for the platform's own registry: `github.actor` on GHCR, `$CI_REGISTRY_USER` on GitLab.",
    }),
    'registry-password': (0,_core_input_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .secret */ .rJ)({
        gitlabExpand: true,
        description: "Password or token for the registry. Default for the platform's own registry: the `token` input on GHCR (`GITHUB_TOKEN` with `packages: write` to record or push, `packages: read` to compare), `$CI_REGISTRY_PASSWORD` on GitLab.",
    }),
};
/** The inputs every step that needs the model store shares (deploy-model, rollback, history). */
const registryInputs = {
    ...store,
    'model-name': (0,_core_input_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .modelName */ .fD)({ required: true, description: 'The model: its repository in the store (lowercase, `a-z0-9` separated by `.`, `_`, `-` or `/`).' }),
    ...credentials,
};
/**
 * {@link registryInputs} for a CLI command that reads the store (history, versions): without `registry`
 * it reads the on-disk store, in CI too, and the credentials have no platform defaults.
 */
const commandRegistryInputs = {
    ...registryInputs,
    registry: (0,_core_input_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({
        description: "Where models and recorded runs live: `oci://<host>/<prefix>` (any OCI registry: GHCR, GitLab, Harbor, ECR, Distribution) or `oci-layout:<folder>` (an OCI image layout on disk). Default: `oci-layout:.modelgate/registry` (a command does not use the platform's registry).",
    }),
    'registry-username': (0,_core_input_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ description: 'User for the registry, when it needs one.' }),
    'registry-password': (0,_core_input_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .secret */ .rJ)({ description: 'Password or token for the registry (`GITHUB_TOKEN` or a personal access token for GHCR, `CI_REGISTRY_PASSWORD` on GitLab).' }),
};
/** {@link registryInputs} for a step where the store is optional: without `model-name` nothing is stored or looked up. */
function optionalRegistryInputs(description) {
    return { ...store, 'model-name': (0,_core_input_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .modelName */ .fD)({ description }), ...credentials };
}
/** The token deploy-model and rollback record a GitHub Deployment with. */
const deploymentTokenInput = {
    token: (0,_core_input_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .secret */ .rJ)({
        githubDefault: '${{ github.token }}',
        only: 'github',
        description: 'Token for the GitHub Deployment of the environment (needs `deployments: write`) and, by default, for GHCR; without it no Deployment is recorded.',
    }),
};


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xw: () => (/* reexport */ cli),
  l9: () => (/* reexport */ runOn),
  eg: () => (/* reexport */ runStep)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __nccwpck_require__(62807);
// EXTERNAL MODULE: ./build/core/files.js
var files = __nccwpck_require__(21645);
// EXTERNAL MODULE: ./build/core/yaml.js
var yaml = __nccwpck_require__(49483);
;// CONCATENATED MODULE: ./build/core/config.js





/** The default name of the config file, looked for in the workspace. */
const CONFIG_FILE = 'modelgate.yml';
/** A config without a file. */
function noConfig(shown = CONFIG_FILE) {
    return { shown, document: async () => undefined, section: async () => undefined };
}
/**
 * Reads the config file named `name` (relative to the workspace, confined to it). The default name may
 * be absent; a file the user named must exist. `label` names the input in messages.
 */
async function loadConfig(workspace, name, label, step) {
    const path = await (0,files/* confinePath */.ey)(workspace, name, label);
    const text = await (0,promises_.readFile)(path, 'utf8').catch((error) => {
        if (error.code === 'ENOENT' && name === CONFIG_FILE)
            return undefined;
        throw new errors/* UserError */.yo(`${label}: cannot read '${name}' (${error.code ?? error.message})${error.code === 'ENOENT' ? ': there is no such file in the workspace' : ''}`);
    });
    if (text === undefined) {
        // A config under a near name would otherwise be ignored in silence, its rules with it.
        for (const near of ['modelgate.yaml', '.modelgate.yml', '.modelgate.yaml']) {
            if (await (0,promises_.stat)((0,external_node_path_.join)(workspace, near)).then((s) => s.isFile(), () => false)) {
                throw new errors/* UserError */.yo(`${step}: found ${near} but no ${CONFIG_FILE}: modelgate reads ${CONFIG_FILE}; rename the file (or name it with the 'config' input of the steps that have one)`, { file: near });
            }
        }
        return noConfig(name);
    }
    let parsed;
    const document = () => (parsed ??= (0,yaml/* parseYaml */.h)(text, name, `${step}: `));
    return {
        shown: name,
        text,
        document,
        section: async (section) => {
            const { doc, yaml } = await document();
            const root = doc.contents;
            return yaml.isMap(root) ? root.items.find((p) => yaml.isScalar(p.key) && p.key.value === section)?.value : undefined;
        },
    };
}
/** Top-level keys people write for a section of another name (what other tools call it). */
const TOP_LEVEL_HINTS = {
    rules: 'metrics',
    gates: 'metrics',
    thresholds: 'metrics',
    checks: 'data',
    schema: 'data',
    'pushgateway-url': 'monitoring',
    prometheus: 'monitoring',
};
/**
 * What the shipped schema ({@link CONFIG_SCHEMA}, `modelgate.schema.json`) refuses in the config file,
 * each with the file, the line and what is allowed. The validator loads only when there is a file.
 */
async function configProblems(config) {
    const parsed = await config.document();
    if (!parsed)
        return [];
    // Compiled ahead of time (scripts/compile-schemas.mjs): ajv's compiler is neither loaded nor run here.
    const [{ validate: compiled }, { closest }] = await Promise.all([__nccwpck_require__.e(/* import() */ 1875).then(__nccwpck_require__.bind(__nccwpck_require__, 91875)), Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 57980))]);
    const validate = compiled;
    if (validate(parsed.toJS()))
        return [];
    const problems = [];
    for (const error of validate.errors ?? []) {
        const path = error.instancePath
            .split('/')
            .slice(1)
            .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
        // The section the problem is in: an unknown key at the top is in none (every step refuses it).
        const section = path[0];
        let what = error.message ?? 'is not allowed';
        let node = parsed.doc.getIn(path, true);
        if (error.keyword === 'additionalProperties') {
            const extra = String(error.params.additionalProperty);
            const allowed = Object.keys(error.parentSchema?.properties ?? {});
            const hit = closest(extra, allowed) ?? (path.length === 0 ? TOP_LEVEL_HINTS[extra] : undefined);
            what = `unknown key '${extra}'${hit ? ` (did you mean '${hit}'?)` : ''}; allowed: ${allowed.join(', ')}`;
            const map = node;
            node = map?.items?.find((p) => p.key?.value === extra)?.key ?? node;
            path.push(extra);
        }
        else if (error.keyword === 'enum') {
            const allowed = error.params.allowedValues.map(String);
            const hit = closest(String(error.data), allowed);
            what = `must be one of ${allowed.join(', ')}, got '${String(error.data)}'${hit ? ` (did you mean '${hit}'?)` : ''}`;
        }
        const line = parsed.lineOf(node);
        problems.push({ message: `${config.shown}${line ? `:${line}` : ''}: ${path.length ? path.join('.') : 'the top level'}: ${what}`, section, line });
    }
    return problems;
}

// EXTERNAL MODULE: ./build/core/inputs.js
var core_inputs = __nccwpck_require__(97529);
// EXTERNAL MODULE: ./build/core/secrets.js
var secrets = __nccwpck_require__(28527);
// EXTERNAL MODULE: ./build/core/suggest.js
var suggest = __nccwpck_require__(57980);
// EXTERNAL MODULE: ./build/core/input-kinds.js
var input_kinds = __nccwpck_require__(46580);
;// CONCATENATED MODULE: ./build/steps/step.js
/** Declares a step; the identity, for inference: `run` receives {@link InputValues} of these inputs. */
function declareStep(declaration) {
    return declaration;
}

;// CONCATENATED MODULE: ./build/steps/calibrate/step.js


/** `modelgate calibrate`, declared once: a CLI command (no action, no GitLab component). */
const step = declareStep({
    id: 'calibrate',
    title: 'Calibrate the gate',
    description: "Measures each metric's run-to-run noise from repeated runs of one commit (A/A), the false-alarm rate of the current rules on them, and the allowance a no-op change exceeds only 5 % of the time.",
    usage: 'modelgate calibrate --runs "runs/*/run.json" [--config modelgate.yml] [--rules <yaml>] [--format table|markdown|json]',
    inputs: {
        runs: (0,input_kinds/* list */.p_)({
            required: true,
            hint: 'the run records (or metric files) of repeated runs of one commit, e.g. --runs "runs/*/run.json"',
            description: 'Run records or metric files of repeated runs of one commit (other seeds, other runners), at least 3; each file is one run.',
        }),
        config: (0,input_kinds/* text */.Qq)({ default: 'modelgate.yml', description: 'The modelgate config file whose `metrics:` rules are calibrated; `modelgate.yml` may be absent.' }),
        rules: (0,input_kinds/* yamlText */.pS)({ description: 'Rules per metric as YAML, overriding the config file (as compare-metrics takes them).' }),
        format: (0,input_kinds/* choice */.Yq)(['table', 'markdown', 'json'], { default: 'table', description: 'How to print it.' }),
    },
    config: ['metrics'],
    outputs: {},
});

// EXTERNAL MODULE: ./build/steps/registry-inputs.js
var registry_inputs = __nccwpck_require__(21303);
;// CONCATENATED MODULE: ./build/steps/reporting-inputs.js

/** Every step can push its figures to a Prometheus Pushgateway. */
const pushInputs = {
    'pushgateway-url': (0,input_kinds/* text */.Qq)({
        gitlabExpand: true,
        description: "Push this step's figures to a Prometheus Pushgateway (e.g. `http://pushgateway:9091`), grouped by model, environment and pipeline. Default: `monitoring.pushgateway-url` in `modelgate.yml`.",
    }),
    'pushgateway-job': (0,input_kinds/* text */.Qq)({
        default: 'modelgate',
        rule: [/^[A-Za-z0-9_.:-]{1,64}$/, 'may hold letters, digits and _ . : - (at most 64)'],
        description: 'The `job` label the figures are pushed under (what a PromQL `job=` selects), e.g. one per team sharing a Pushgateway.',
    }),
};
/** The steps that decide something (compare-metrics, deploy-model, rollback) can tell a chat channel. */
const notifyInputs = {
    'notify-webhook': (0,input_kinds/* secret */.rJ)({ gitlabExpand: true, description: 'An incoming-webhook URL (Slack or Microsoft Teams) told about the events in `notify-on`. Keep it in a secret.' }),
    'notify-format': (0,input_kinds/* choice */.Yq)(['auto', 'slack', 'teams'], { default: 'auto', description: "The webhook's message format; `auto` goes by its host." }),
    'notify-on': (0,input_kinds/* list */.p_)({
        default: 'fail, no-baseline, promote, rollback',
        description: 'Events that send a message: `pass`, `fail`, `no-baseline` (nothing to compare with), `promote`, `rollback`.',
    }),
};

;// CONCATENATED MODULE: ./build/steps/compare-metrics/step.js




/** compare-metrics, declared once. */
const step_step = declareStep({
    id: 'compare-metrics',
    title: 'Compare metrics',
    description: "Diffs a candidate's metrics against a baseline (the PR's merge-base by default), gates them on per-metric rules, and posts one sticky PR/MR comment.",
    inputs: {
        metrics: (0,input_kinds/* list */.p_)({
            required: true,
            requiredUnless: 'publish',
            hint: 'list the metric files or globs, e.g. metrics.json',
            description: 'Metric files or globs of the candidate (JSON, YAML, CSV, `dvc.yaml`, DVCLive, run records), one per line or comma-separated.',
        }),
        baseline: (0,input_kinds/* text */.Qq)({
            default: 'merge-base',
            description: 'What to compare with: `merge-base` (the run train-model recorded for the PR/MR merge-base, or for its nearest recorded ancestor, else the metric files committed there), `ref:<git ref>` (the same, at that ref), `file:<paths or globs>`, `env:<environment>` (the model deployed there), or `none` (absolute bounds only). Nothing found is the verdict `no-baseline`, never `pass` (`fail-on: warn` fails the job on it).',
        }),
        'baseline-depth': (0,input_kinds/* integer */.nd)({
            min: 0,
            max: 9999,
            default: '100',
            description: 'How many first-parent ancestors of the baseline commit may stand in for it when no run is recorded for it (one registry request each).',
        }),
        predictions: (0,input_kinds/* text */.Qq)({
            description: "The candidate's per-example predictions on the eval set (CSV, JSON Lines or Parquet; columns `id`, `label`, `prediction`, `score`, `prob.<class>`, `value`, `weight`, `cluster`), for rules with `test:` (paired tests of the candidate against the baseline on the same examples).",
        }),
        'baseline-predictions': (0,input_kinds/* text */.Qq)({
            description: "The baseline's predictions on the same examples, for rules with `test:`. By default the predictions recorded with the baseline run (train-model's `predictions` input).",
        }),
        'trend-runs': (0,input_kinds/* integer */.nd)({
            min: 0,
            max: 50,
            default: '10',
            description: 'How many runs recorded along the default branch (before the baseline, it included) the report draws as a trend of each gated metric, with the candidate; `0` draws none. Needs `model-name` and a baseline that is a recorded run.',
        }),
        plots: (0,input_kinds/* list */.p_)({
            description: "Training curves for the report: DVCLive's `plots/metrics` files (`.tsv`, `.json`), its ROC and precision-recall files, or a `dvc.yaml` whose `plots:` name them; drawn as Mermaid charts.",
        }),
        confusion: (0,input_kinds/* text */.Qq)({
            description: 'A confusion matrix file (DVCLive `confusion_matrix.json`, or a CSV or JSON matrix with class names) for the report. By default the matrix is computed from `predictions` when they hold labels.',
        }),
        'report-extra': (0,input_kinds/* text */.Qq)({
            description: 'A file whose Mermaid blocks (or the whole file, for `.mmd`) are placed in a section of the report; its other lines are shown as plain text (a pull request writes it, so it adds no links, images or HTML).',
        }),
        rules: (0,input_kinds/* yamlText */.pS)({ description: 'Rules per metric as YAML, e.g. `accuracy: {better: higher, min: 0.9, max-drop: 1%}`; override `metrics:` in the config file.' }),
        config: (0,input_kinds/* text */.Qq)({
            default: 'modelgate.yml',
            description: 'The modelgate config file; its `metrics:` section holds rules. `modelgate.yml` may be absent; a file named here must exist. Checked against `modelgate.schema.json`: an unknown key or a wrong value fails the step.',
        }),
        'fail-on': (0,input_kinds/* failOn */.Ko)({ description: 'The verdict that fails the job: `fail`, `warn` (warnings too) or `never`.' }),
        comment: (0,input_kinds/* flag */.Jt)({ default: 'true', description: 'Post or update one sticky comment on the pull/merge request.' }),
        status: (0,input_kinds/* flag */.Jt)({ default: 'true', only: 'github', description: 'Set the commit status `modelgate/compare-metrics` (with `id`) for branch protection.' }),
        id: (0,input_kinds/* text */.Qq)({
            rule: [/^[A-Za-z0-9._-]{1,64}$/, 'may hold letters, digits, dot, dash and underscore (at most 64)'],
            description: 'Distinguishes several comparisons in one workflow (its own comment and status).',
        }),
        title: (0,input_kinds/* text */.Qq)({ default: 'Model metrics', description: 'Heading of the report.' }),
        report: (0,input_kinds/* text */.Qq)({ default: 'modelgate-report', description: 'Folder (in the workspace) for the markdown report and the comparison JSON.' }),
        // For `baseline: env:<name>` and recorded runs: the model store, as deploy-model has it (model-name optional here).
        ...(0,registry_inputs/* optionalRegistryInputs */.VH)("The model whose recorded runs (`merge-base`, `ref:`) or deployed version (`env:`) is the baseline; the same as train-model's and deploy-model's. Without it only committed metric files can be a baseline."),
        publish: (0,input_kinds/* text */.Qq)({
            only: 'github',
            description: 'Post a report saved by a fork PR run (the folder of its `report` artifact) from a `workflow_run` workflow, instead of comparing.',
        }),
        token: (0,input_kinds/* secret */.rJ)({
            githubDefault: '${{ github.token }}',
            only: 'github',
            description: 'API token for the comment and status. GitLab: a project access token with `api` scope in the masked variable `MODELGATE_TOKEN` (CI_JOB_TOKEN cannot post notes).',
        }),
        ...pushInputs,
        ...notifyInputs,
    },
    config: ['metrics', 'monitoring'],
    outputs: {
        verdict: '`pass`, `warn`, `fail`, or `no-baseline` (nothing to compare with: only absolute bounds were checked).',
        passed: '`true` unless the verdict reached `fail-on`.',
        report: 'Path of the markdown report.',
        comparison: 'Path of the comparison as JSON (what a `workflow_run` job posts for a fork PR).',
        'comment-url': 'URL of the sticky comment, when one was posted.',
    },
    gitlab: {
        description: "modelgate compare-metrics: diff a candidate's metrics against the MR's merge-base, gate them on per-metric rules, and post one sticky MR note. Needs a project access token (scope api) in the masked CI/CD variable MODELGATE_TOKEN for the note.",
        stage: 'test',
        job: {
            artifacts: { when: 'always', paths: ['$[[ inputs.report ]]/'], reports: { dotenv: 'compare-metrics.env', metrics: 'metrics.txt' } },
            rules: [{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }, { if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }],
        },
    },
});

;// CONCATENATED MODULE: ./build/steps/deploy-model/step.js




/** deploy-model, declared once. */
const deploy_model_step_step = declareStep({
    id: 'deploy-model',
    title: 'Deploy model',
    description: "Pushes a trained model as an immutable OCI artifact and promotes it to an environment only when its gate passed, with a deployment record that keeps the environment's history.",
    inputs: {
        'run-record': (0,input_kinds/* text */.Qq)({ required: true, description: "The candidate's run record (`run.json` from train-model): its model files are pushed, the record is stored with them." }),
        ...registry_inputs/* registryInputs */.P4,
        'model-version': (0,input_kinds/* versionTag */.Vm)({ description: 'The version tag (immutable). Default: `<git sha 12>-<run record id>`, so a re-run pushes the same version.' }),
        'model-dir': (0,input_kinds/* text */.Qq)({ default: '.', description: "Folder (in the workspace) the run record's model paths are relative to, e.g. where a downloaded artifact was unpacked." }),
        environment: (0,input_kinds/* environment */.cA)({
            alias: 'env',
            description: 'Promote the version to this environment (`staging`, `production`). Required in the GitLab component; elsewhere, without it the version is only pushed.',
        }),
        comparison: (0,input_kinds/* text */.Qq)({
            description: "compare-metrics' comparison JSON (its `comparison` output): its verdict gates the promotion. Without it the run record's `gate` is used; with neither, only `force` promotes.",
        }),
        force: (0,input_kinds/* flag */.Jt)({ default: 'false', description: 'Promote even when the gate failed or is unknown. Recorded in the deployment record.' }),
        reason: (0,input_kinds/* text */.Qq)({ description: 'Why, in words, kept in the deployment record (default: the gate verdict).' }),
        'deploy-command': (0,input_kinds/* text */.Qq)({
            description: 'Your rollout, run with bash after the environment is re-pointed; gets `MODELGATE_MODEL`, `MODELGATE_VERSION`, `MODELGATE_DIGEST`, `MODELGATE_ENVIRONMENT`, `MODELGATE_REGISTRY`. A failure rolls the environment back.',
        }),
        'smoke-test': (0,input_kinds/* text */.Qq)({
            description: 'After the rollout: a command (bash) that must exit 0, or an `http(s)://` URL that must answer `smoke-status`. A failure rolls the environment back and fails the step.',
        }),
        'smoke-status': (0,input_kinds/* custom */.Ie)({ default: '200', description: 'The HTTP status a `smoke-test` URL must answer.' }, (t, c) => {
            if (!/^[1-5]\d\d$/.test(t ?? ''))
                throw c.fail('must be an HTTP status code such as 200');
            return Number(t);
        }),
        'smoke-timeout': (0,input_kinds/* duration */.p0)({ default: '60s', description: 'How long the deploy command and the smoke test may take, each.' }),
        ...registry_inputs/* deploymentTokenInput */.n9,
        ...pushInputs,
        ...notifyInputs,
    },
    config: ['monitoring'],
    outputs: {
        version: 'The version tag pushed.',
        digest: "The version's manifest digest (`sha256:...`).",
        environment: 'The environment this version now runs in: empty unless it was promoted (only pushed, refused, or rolled back after a failed rollout).',
        'previous-digest': 'What the environment pointed at before.',
        record: "The deployment record's digest.",
        promoted: '`true` when the environment now points at this version.',
    },
    gitlab: {
        description: "modelgate deploy-model: push a trained model as an immutable OCI artifact and promote it to an environment only when its gate passed, with a deployment record that keeps the environment's history. Deploys of one model and environment run one at a time (resource_group).",
        stage: 'deploy',
        // A GitLab job's `environment:` needs a name, so the component always promotes (a push alone is the CLI's and the Action's).
        required: ['environment'],
        comments: { resource_group: 'One deploy per model and environment at a time: a second pipeline waits instead of racing.' },
        job: {
            resource_group: 'modelgate-$[[ inputs.model-name ]]-$[[ inputs.environment ]]',
            environment: { name: '$[[ inputs.environment ]]', action: 'start' },
            artifacts: { when: 'always', paths: ['.modelgate/'], reports: { dotenv: 'deploy-model.env' } },
            rules: [{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }],
        },
    },
});

;// CONCATENATED MODULE: ./build/steps/history/step.js



/** `modelgate history`, declared once: a CLI command (no action, no GitLab component). */
const history_step_step = declareStep({
    id: 'history',
    title: 'Deployment history',
    description: 'The deployment history of an environment (or of every environment of the model), newest first: each record with its version, commit, headline metrics and CI run, and the pointer it ends at.',
    usage: 'modelgate history --model-name <name> [--env <environment>] [--registry <uri>] [--format table|markdown|json]',
    inputs: {
        ...registry_inputs/* commandRegistryInputs */._0,
        environment: (0,input_kinds/* environment */.cA)({
            alias: 'env',
            description: 'The environment whose history to show (`production`). Default: every environment of the model, by name.',
        }),
        format: (0,input_kinds/* choice */.Yq)(['table', 'markdown', 'json'], { default: 'table', description: 'How to print it: a table for the terminal, markdown, or `json` for scripts.' }),
    },
    outputs: {},
});

;// CONCATENATED MODULE: ./build/steps/pull/step.js



/** A version as `pull` takes it: a tag, or the `sha256:` digest of its manifest. */
const VERSION_REFERENCE = /^(?:[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}|sha256:[a-f0-9]{64})$/;
/** `modelgate pull`, declared once: a CLI command (no action, no GitLab component). */
const pull_step_step = declareStep({
    id: 'pull',
    title: 'Pull model',
    description: "Writes a model version's files from the store into a folder, each checked against its digest: what an environment runs, or one version.",
    usage: 'modelgate pull --model-name <name> (--env <environment> | --version <tag|sha256:digest>) [--to <folder>] [--force] [--registry <uri>] [--format table|json]',
    inputs: {
        ...registry_inputs/* registryInputs */.P4,
        environment: (0,input_kinds/* environment */.cA)({
            alias: 'env',
            description: "Pull the version this environment runs (`production`). Give this or 'version'.",
        }),
        version: (0,input_kinds/* text */.Qq)({
            rule: [VERSION_REFERENCE, 'must be a version tag or a sha256:<64 hex digits> digest'],
            description: "Pull this version: its tag or its manifest's `sha256:` digest. Give this or 'environment'.",
        }),
        to: (0,input_kinds/* text */.Qq)({
            default: 'model',
            description: "Folder in the workspace to write the files into; each keeps its name in the version (train-model's path: `model/weights.onnx` lands at `<to>/model/weights.onnx`). It must be new or empty unless 'force' is set.",
        }),
        force: (0,input_kinds/* flag */.Jt)({
            default: 'false',
            description: "Replace a non-empty 'to' folder: its old contents are removed, and only once every file arrived whole.",
        }),
        format: (0,input_kinds/* choice */.Yq)(['table', 'json'], { default: 'table', description: 'How to print what was written (files, sizes, digests); `json` for scripts.' }),
    },
    check: (v, fail) => {
        if (v.environment === undefined && v.version === undefined)
            throw fail('environment', "or 'version' is required: pull what an environment runs (--env production) or one version (--version <tag> or sha256:<digest>)");
        if (v.environment !== undefined && v.version !== undefined)
            throw fail('version', "cannot be given with 'environment': pull what an environment runs or one version, not both (inputs also come from MODELGATE_VERSION and MODELGATE_ENVIRONMENT, which a deploy-command gets; unset the one you do not mean)");
    },
    outputs: {},
});

;// CONCATENATED MODULE: ./build/steps/rollback/step.js




/** rollback, declared once. */
const rollback_step_step = declareStep({
    id: 'rollback',
    title: 'Roll back model',
    description: 'Puts an environment back on an earlier version in one step (or when a Prometheus query breaches during a watch), recorded in its history like a promotion.',
    inputs: {
        ...registry_inputs/* registryInputs */.P4,
        environment: (0,input_kinds/* environment */.cA)({ required: true, alias: 'env', hint: 'the environment to roll back, e.g. production', description: 'The environment to roll back (`production`).' }),
        to: (0,input_kinds/* text */.Qq)({
            gitlabExpand: true,
            description: 'A version tag or `sha256:` digest to go back to. Default: the newest earlier version in the environment that was not itself rolled back.',
        }),
        'dry-run': (0,input_kinds/* flag */.Jt)({ default: 'false', description: 'Show what would happen; change nothing.' }),
        reason: (0,input_kinds/* text */.Qq)({ gitlabExpand: true, description: 'Why, in words, kept in the deployment record.' }),
        'prometheus-url': (0,input_kinds/* text */.Qq)({
            rule: [/^https?:\/\/[^\s]+$/i, 'must be an http(s) URL of a Prometheus server'],
            description: 'Watch mode: the Prometheus server to ask (e.g. `http://prometheus:9090`). The environment is rolled back only if `query` breaches `threshold`.',
        }),
        query: (0,input_kinds/* text */.Qq)({ description: 'Watch mode: a PromQL query that returns one number, e.g. an error rate or p95 latency of the new model.' }),
        threshold: (0,input_kinds/* number */.ai)({ description: 'Watch mode: the value the query must stay under (or over, with `breach-when: below`).' }),
        'breach-when': (0,input_kinds/* choice */.Yq)(['above', 'below'], {
            default: 'above',
            description: 'Watch mode: a value above (error rate, latency) or below (accuracy, throughput) the threshold is a breach.',
        }),
        'watch-for': (0,input_kinds/* duration */.p0)({ default: '10m', description: 'Watch mode: how long to watch after a deploy (`90s`, `10m`).' }),
        'watch-every': (0,input_kinds/* duration */.p0)({ default: '15s', description: 'Watch mode: how often to evaluate the query.' }),
        'prometheus-token': (0,input_kinds/* secret */.rJ)({ description: 'Watch mode: a bearer token for Prometheus, when it needs one.' }),
        ...registry_inputs/* deploymentTokenInput */.n9,
        ...pushInputs,
        ...notifyInputs,
    },
    config: ['monitoring'],
    check: (v, fail) => {
        if (!v.prometheusUrl) {
            if (v.query)
                throw fail('query', "needs 'prometheus-url' (watch mode)", v.query);
            if (v.threshold !== undefined)
                throw fail('threshold', "needs 'prometheus-url' (watch mode)", String(v.threshold));
            return;
        }
        if (!v.query)
            throw fail('query', "is required with 'prometheus-url': a PromQL query returning one number");
        if (v.threshold === undefined)
            throw fail('threshold', "is required with 'prometheus-url': a number");
        if (v.watchEvery < 100 || v.watchEvery > v.watchFor)
            throw fail('watch-every', "must be at least 100ms and at most 'watch-for'");
    },
    outputs: {
        'rolled-back': '`true` when the environment was re-pointed.',
        'from-digest': 'What the environment pointed at before.',
        digest: 'What it points at now (or would, with `dry-run`).',
        version: 'The version it points at now (or would).',
        record: "The deployment record's digest.",
        breached: 'Watch mode: `true` when the query breached its threshold.',
        value: 'Watch mode: the last value the query returned.',
    },
    gitlab: {
        description: "modelgate rollback: put an environment back on an earlier version in one step, or watch a Prometheus query after a deploy and roll back when it breaches; recorded in the environment's history like a promotion.",
        stage: 'deploy',
        job: {
            resource_group: 'modelgate-$[[ inputs.model-name ]]-$[[ inputs.environment ]]',
            environment: { name: '$[[ inputs.environment ]]', action: 'start' },
            artifacts: { when: 'always', paths: ['.modelgate/'], reports: { dotenv: 'rollback.env' } },
            rules: [{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }],
        },
    },
});

;// CONCATENATED MODULE: ./build/steps/setup-gpu-runner/step.js



/** Sizes like `40GiB`, `24GB`, `16000MiB`, `16000` (MiB) in MiB, as nvidia-smi reports memory. */
function parseMemoryMiB(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(GiB|GB|MiB|MB|TiB|TB)?\s*$/i.exec(text);
    if (!m)
        return undefined;
    const n = Number(m[1]);
    const unit = (m[2] ?? 'MiB').toLowerCase();
    const factor = { mib: 1, mb: 1e6 / 2 ** 20, gib: 1024, gb: 1e9 / 2 ** 20, tib: 2 ** 20, tb: 1e12 / 2 ** 20 };
    return Math.floor(n * factor[unit]);
}
const version = (description) => (0,input_kinds/* text */.Qq)({ rule: [/^\d+(\.\d+)*$/, 'must be a version like 12.2 or 535.104.05'], description });
/** setup-gpu-runner, declared once. */
const setup_gpu_runner_step_step = declareStep({
    id: 'setup-gpu-runner',
    title: 'Set up GPU runner',
    description: 'Verifies the GPUs a job got against its requirements, or provisions an ephemeral GPU runner on EC2 that never outlives its job.',
    inputs: {
        mode: (0,input_kinds/* choice */.Yq)(['verify', 'provision', 'stop', 'reap'], {
            default: 'verify',
            description: '`verify` the GPUs of this machine; `provision` an ephemeral GPU runner for a later job; `stop` it; `reap` runners past their lifetime.',
        }),
        'min-gpus': (0,input_kinds/* integer */.nd)({ min: 0, default: '1', description: 'Mode `verify`: fewest GPUs the job needs.' }),
        'min-memory': (0,input_kinds/* custom */.Ie)({ description: 'Mode `verify`: least memory per selected GPU, e.g. `40GiB`, `24GB`, `16000MiB`.' }, (t, c) => {
            if (t === undefined)
                return undefined;
            const mib = parseMemoryMiB(t);
            if (mib === undefined)
                throw c.fail('must be a size like 40GiB, 24GB or 16000MiB');
            return mib;
        }),
        'gpu-name': (0,input_kinds/* text */.Qq)({ description: 'Mode `verify`: a pattern the GPU name must match (`*` wildcards, case-insensitive), e.g. `*H100*`.' }),
        'min-compute-capability': version('Mode `verify`: least CUDA compute capability, e.g. `8.0`.'),
        'min-driver': version('Mode `verify`: least driver version, e.g. `535.104`.'),
        'min-cuda': version('Mode `verify`: least CUDA version the driver supports, e.g. `12.2`.'),
        'allow-cpu': (0,input_kinds/* flag */.Jt)({ default: 'false', description: 'Mode `verify`: no GPU is a warning (and CPU outputs), not a failure.' }),
        count: (0,input_kinds/* integer */.nd)({ min: 0, default: '0', description: 'Mode `verify`: use this many GPUs (the first that meet the requirements); `0`, the default, uses all of them.' }),
        gpus: (0,input_kinds/* list */.p_)({ description: 'Mode `verify`: use these GPUs, by index or UUID.' }),
        output: (0,input_kinds/* text */.Qq)({ default: 'modelgate-gpu', description: 'Folder (in the workspace) for `gpu-info.json`.' }),
        region: (0,input_kinds/* text */.Qq)({ description: 'Modes `provision`, `stop`, `reap`: the AWS region (default: the AWS_REGION of the job).' }),
        'instance-type': (0,input_kinds/* text */.Qq)({ default: 'g5.xlarge', description: 'Mode `provision`: the EC2 instance type.' }),
        ami: (0,input_kinds/* text */.Qq)({ description: 'Mode `provision`: the image (AMI id) to boot, with the GPU driver and the runner prerequisites.' }),
        subnet: (0,input_kinds/* text */.Qq)({ description: 'Mode `provision`: the subnet id to launch in.' }),
        'security-group': (0,input_kinds/* text */.Qq)({ description: 'Mode `provision`: the security group id (egress to GitHub/GitLab; no ingress needed).' }),
        market: (0,input_kinds/* choice */.Yq)(['spot-or-on-demand', 'spot', 'on-demand'], {
            default: 'spot-or-on-demand',
            description: 'Mode `provision`: spot capacity, on-demand, or spot with on-demand when spot has none.',
        }),
        'disk-size': (0,input_kinds/* integer */.nd)({ min: 8, default: '100', description: 'Mode `provision`: root volume size in GiB.' }),
        'max-lifetime': (0,input_kinds/* duration */.p0)({ default: '6h', description: 'Modes `provision`, `reap`: the instance terminates itself after this long whatever happens (`90m`, `6h`).' }),
        'runner-timeout': (0,input_kinds/* duration */.p0)({
            default: '10m',
            description: 'Mode `provision`: how long the new machine may take to boot and connect its runner; past it, it is terminated and the step fails.',
        }),
        label: (0,input_kinds/* text */.Qq)({ gitlabExpand: true, description: 'Mode `stop`: the runner label `provision` returned (default: the one this job provisioned).' }),
        'allow-forks': (0,input_kinds/* flag */.Jt)({ default: 'false', description: 'Mode `provision`: allow pull requests from forks to start a machine.' }),
        token: (0,input_kinds/* secret */.rJ)({
            only: 'github',
            description: 'Modes `provision`, `stop`: a token that may register runners (GitHub: a PAT or app token with administration rights, not GITHUB_TOKEN; GitLab: a token with `create_runner`).',
        }),
        ...pushInputs,
    },
    config: ['monitoring'],
    check: (v, fail) => {
        if (v.maxLifetime < 60_000)
            throw fail('max-lifetime', 'must be at least 1m');
    },
    outputs: {
        'gpu-count': 'Number of GPUs selected (0 on CPU with `allow-cpu`).',
        'gpu-names': 'Names of the selected GPUs, comma-separated.',
        'gpu-memory': 'Memory of each selected GPU in MiB, comma-separated.',
        'driver-version': 'The GPU driver version.',
        'cuda-version': 'The CUDA version the driver supports.',
        'gpu-info': 'Path of `gpu-info.json` (train-model puts it into the run record).',
        label: 'Mode `provision`: the label the next job runs on (`runs-on`, GitLab `tags`).',
        'instance-id': 'Mode `provision`: the EC2 instance id.',
    },
    // A provisioned runner must outlive the provisioning job when all went well (the training job runs
    // on it; the workflow's stop job ends it); after a failure or a cancel nothing else will.
    post: 'failure() || cancelled()',
    gitlab: {
        description: 'modelgate setup-gpu-runner: verify the GPUs of the runner this job got (tag the job for your GPU runners), select them and pass CUDA_VISIBLE_DEVICES to later jobs; or provision, stop and reap ephemeral EC2 GPU runners. The provision and stop modes need a token with create_runner in the masked variable MODELGATE_TOKEN.',
        stage: '.pre',
        imageNote: 'Image of the job; it needs Node.js 20 or later with npm and tar (and, to verify, the GPU passed through: nvidia-smi comes with the NVIDIA Container Toolkit).',
        // No `tags:` here: GitLab refuses an empty list, and a `gpu` tag on a CPU fallback (`allow-cpu`) would wait for a
        // GPU runner for ever. A GPU job adds its runners' tag by redefining the job (`<job-name>: { tags: [gpu] }`).
        job: {
            artifacts: { when: 'always', paths: ['$[[ inputs.output ]]/'], reports: { dotenv: 'setup-gpu-runner.env' } },
            rules: [{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }, { if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }],
        },
    },
});

;// CONCATENATED MODULE: ./build/steps/train-model/step.js





/** `NAME=value` lines, one variable each. */
const env = (0,input_kinds/* custom */.Ie)({ kind: 'list', description: 'Extra environment for the command, `NAME=value` per line.' }, (t, c) => {
    const vars = {};
    for (const line of (0,core_inputs/* splitList */.ry)(t ?? '')) {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(line);
        if (!m)
            throw c.fail('takes NAME=value lines', line);
        vars[m[1]] = m[2];
    }
    return vars;
});
/** train-model, declared once. */
const train_model_step_step = declareStep({
    id: 'train-model',
    title: 'Train model',
    description: 'Runs the training command with a timeout that stops its whole process group, and records what it produced, from what, where: the run record.',
    inputs: {
        mode: (0,input_kinds/* choice */.Yq)(['run', 'record', 'select'], {
            default: 'run',
            description: '`run` the command and record it; `record` a run another job made (from its files); `select` the best of several run records.',
        }),
        run: (0,input_kinds/* text */.Qq)({ description: 'The training command, run with bash like a workflow `run:` step (mode `run`).' }),
        'working-directory': (0,input_kinds/* text */.Qq)({ default: '.', description: 'Folder (in the workspace) the command runs in; the other paths are relative to the workspace.' }),
        timeout: (0,input_kinds/* duration */.p0)({ description: 'Stop the command after this long (`90s`, `30m`, `2h`): SIGTERM to its process group, then SIGKILL after `grace-period`.' }),
        'grace-period': (0,input_kinds/* duration */.p0)({ default: '30s', description: 'Time between SIGTERM and SIGKILL on timeout, for a checkpoint.' }),
        env,
        params: (0,input_kinds/* list */.p_)({ description: 'Parameter files (YAML or JSON, DVC-style `params.yaml`) recorded with the run.' }),
        metrics: (0,input_kinds/* list */.p_)({
            description: 'Metric files or globs the command writes (JSON, YAML, CSV, DVCLive); required in modes `run` and `record`. A file the command did not write is not taken.',
        }),
        model: (0,input_kinds/* list */.p_)({ description: 'Model files or folders: each file is hashed, and the set gets one digest.' }),
        predictions: (0,input_kinds/* text */.Qq)({
            description: "The per-example predictions file the command writes on the eval set (CSV, JSON Lines or Parquet, with an `id` column): checked, recorded with the run and stored with it, so that compare-metrics' paired tests (`test:` rules) find the champion's.",
        }),
        data: (0,input_kinds/* list */.p_)({ description: 'Data files or folders the model was trained on: fingerprinted (or taken from `dvc.lock`).' }),
        'gpu-info': (0,input_kinds/* text */.Qq)({ description: "The GPU report setup-gpu-runner wrote (its `gpu-info` output), put into the record's environment." }),
        output: (0,input_kinds/* text */.Qq)({ default: 'modelgate-train', description: 'Folder (in the workspace) for `run.json` and the log.' }),
        'exit-code': (0,input_kinds/* integer */.nd)({ min: 0, max: 255, description: "Mode `record`: the training job's exit code, when known." }),
        runs: (0,input_kinds/* list */.p_)({ description: 'Mode `select`: run records (files or globs), e.g. the downloaded artifacts of a matrix.' }),
        'select-by': (0,input_kinds/* text */.Qq)({ description: 'Mode `select`: the metric that picks the winner.' }),
        better: (0,input_kinds/* choice */.Yq)(['higher', 'lower'], { default: 'higher', description: 'Mode `select`: whether a higher or a lower `select-by` wins.' }),
        'cache-paths': (0,input_kinds/* list */.p_)({ only: 'github', description: 'Paths to restore before and save after the command (datasets, pip wheels) with the Actions cache.' }),
        'cache-key': (0,input_kinds/* text */.Qq)({ only: 'github', description: 'Cache key prefix; the key adds the OS and a hash of the params files and the `env` input.' }),
        upload: (0,input_kinds/* flag */.Jt)({ default: 'false', only: 'github', description: 'Upload the model, the run record and the log as an artifact.' }),
        attest: (0,input_kinds/* flag */.Jt)({
            default: 'false',
            only: 'github',
            description: 'Sign a build-provenance attestation of the model files (needs `permissions: id-token: write, attestations: write`).',
        }),
        'record-run': (0,input_kinds/* choice */.Yq)(['auto', 'true', 'false'], {
            default: 'auto',
            description: 'Record a successful run in the model store by commit, so pull/merge requests find it as their baseline: `auto` on pushes to the default branch (never for a pull/merge request), `true` always, `false` never. Needs `model-name`.',
        }),
        'record-model': (0,input_kinds/* flag */.Jt)({ default: 'false', description: 'Store the model files with the recorded run (by default only the run record, a few KB).' }),
        ...(0,registry_inputs/* optionalRegistryInputs */.VH)("The model whose runs are recorded (its repository in the store), the same as compare-metrics' and deploy-model's."),
        token: (0,input_kinds/* secret */.rJ)({
            githubDefault: '${{ github.token }}',
            only: 'github',
            description: "Token for the attestation API and for the repository's GHCR (recording runs needs `packages: write`).",
        }),
        'artifact-name': (0,input_kinds/* text */.Qq)({
            only: 'github',
            rule: [/^[A-Za-z0-9._-]{1,200}$/, 'may hold letters, digits, dot, dash and underscore'],
            description: 'Artifact name (default: `model-<job>-<params digest>`); a name already used in the run gets a `-2`, `-3` suffix.',
        }),
        ...pushInputs,
    },
    config: ['monitoring'],
    check: (v, fail) => {
        if (v.mode === 'run' && !v.run)
            throw fail('run', "is required in mode 'run': the training command, e.g. python train.py");
        if (v.mode !== 'select' && v.metrics.length === 0)
            throw fail('metrics', `is required in mode '${v.mode}': the metric files the command writes, e.g. metrics.json`);
        if (v.mode === 'select' && v.runs.length === 0)
            throw fail('runs', "is required in mode 'select': the run records to choose from, e.g. runs/*/run.json");
        if (v.mode === 'select' && !v.selectBy)
            throw fail('select-by', "is required in mode 'select': the metric that picks the winner");
    },
    outputs: {
        'run-record': "Path of `run.json` (the winner's, in mode `select`).",
        'model-digest': '`sha256:` digest of the model files.',
        metrics: 'The metrics as one JSON object.',
        'exit-code': "The command's exit code (128 + signal number when a signal ended it).",
        'cache-hit': 'The cache key restored, when there was a hit.',
        'artifact-name': 'The name the artifact was uploaded under.',
        'attestation-url': 'The attestation of the model files, with `attest`.',
        'recorded-run': 'Where the run was recorded (`<model>:run-<commit>`), when it was.',
    },
    gitlab: {
        description: "modelgate train-model: run the training command (its image needs Node.js 20 or later and git), or record another job's outputs (mode record, on a Node image), or select the best run of a parallel:matrix sweep (mode select); writes run.json, the lineage of the model.",
        stage: 'train',
        imageNote: 'Image of the job: your training image, with Node.js 20 or later, npm, git and tar (or use mode record in a follow-up job on a Node image).',
        inputs: {
            'artifact-paths': {
                type: 'array',
                default: ['modelgate-train/'],
                description: 'What the job keeps as artifacts: the output folder, and add your model and metrics paths (a record or deploy job needs them).',
            },
            'cache-paths': { type: 'array', default: [], description: "Paths GitLab's cache keeps between pipelines (datasets, pip wheels)." },
            'cache-key': { default: 'modelgate-train', description: "Key of GitLab's cache for cache-paths." },
        },
        job: {
            cache: { key: '$[[ inputs.cache-key ]]', paths: '$[[ inputs.cache-paths ]]' },
            artifacts: { when: 'always', paths: '$[[ inputs.artifact-paths ]]', reports: { dotenv: 'train-model.env' } },
            rules: [{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }, { if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }],
        },
    },
});

;// CONCATENATED MODULE: ./build/steps/validate-data/step.js



/** A delimiter as written (`\t` and `tab` for a tab): one character other than a quote or a line break. */
const delimiter = (0,input_kinds/* custom */.Ie)({ description: 'CSV delimiter (default `,`; `\\t` for `.tsv`).' }, (t, c) => {
    const d = t === '\\t' || t === 'tab' ? '\t' : t;
    if (d !== undefined && (d.length !== 1 || d === '"' || d === '\n' || d === '\r'))
        throw c.fail('must be one character other than a quote or a line break (\\t for tab)', d);
    return d;
});
/** validate-data, declared once. */
const validate_data_step_step = declareStep({
    id: 'validate-data',
    title: 'Validate data',
    description: 'Checks data against a Frictionless Table Schema and dataset checks in one streaming pass in bounded memory, and tests drift against a reference profile.',
    inputs: {
        data: (0,input_kinds/* list */.p_)({
            required: true,
            hint: 'data files or globs, e.g. data/*.csv',
            description: 'Data files or globs: CSV/TSV, JSON Lines, Parquet; `.gz` for gzip. One per line or comma-separated.',
        }),
        schema: (0,input_kinds/* text */.Qq)({ description: 'A Frictionless Table Schema (JSON or YAML) the data must follow. Default: `data.schema` in the config file.' }),
        checks: (0,input_kinds/* yamlText */.pS)({
            description: 'Dataset checks as YAML: `rows: {min, max}`, `null-fraction: {column: 0.01}`, `duplicate-rows: fail|warn`, `stats: {column: {mean: {min, max}}}`, `new-categories: {column: fail|warn}`, `drift: {column: {method, threshold}}`. Override `data.checks` in the config file.',
        }),
        config: (0,input_kinds/* text */.Qq)({
            default: 'modelgate.yml',
            description: 'The modelgate config file; its `data:` section may hold `schema`, `checks` and `reference`. `modelgate.yml` may be absent; a file named here must exist. Checked against `modelgate.schema.json`: an unknown key or a wrong value fails the step.',
        }),
        reference: (0,input_kinds/* text */.Qq)({ description: 'A reference profile (written by mode `profile`) to test drift and new categories against.' }),
        mode: (0,input_kinds/* choice */.Yq)(['validate', 'profile', 'merge'], {
            default: 'validate',
            description: '`validate` the data; `profile` it (validate, then write a profile to use as a reference); `merge` the profiles listed in `data` (from shards) into one.',
        }),
        profile: (0,input_kinds/* text */.Qq)({ description: 'Where modes `profile` and `merge` write the profile (default: `<report>/profile.json`).' }),
        'fail-on': (0,input_kinds/* failOn */.Ko)({ description: 'What fails the job: `fail` (failed checks), `warn` (warnings too) or `never` (the older `error` and `warning` still work).' }),
        delimiter,
        'max-examples': (0,input_kinds/* integer */.nd)({ min: 0, max: 9999, default: '10', description: 'Example rows kept per failed check (all failures are counted).' }),
        report: (0,input_kinds/* text */.Qq)({ default: 'modelgate-data', description: 'Folder (in the workspace) for the JSON report, the markdown report and the JUnit XML.' }),
        ...pushInputs,
    },
    config: ['data', 'monitoring'],
    outputs: {
        valid: '`true` when no check reached `fail-on`.',
        report: 'Path of the JSON report (frictionless-style: `valid`, `stats`, `errors`).',
        fingerprint: '`sha256:` content hash of the data files, for lineage.',
        rows: 'Rows read.',
        profile: 'Path of the profile written (modes `profile` and `merge`).',
        drifted: 'Columns that drifted, comma-separated.',
    },
    gitlab: {
        description: 'modelgate validate-data: check data against a Frictionless Table Schema and dataset checks in one streaming pass, and test drift against a reference profile. The checks show in the MR widget (JUnit report).',
        stage: 'test',
        job: {
            artifacts: { when: 'always', paths: ['$[[ inputs.report ]]/'], reports: { dotenv: 'validate-data.env', junit: '$[[ inputs.report ]]/junit.xml' } },
            rules: [{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }, { if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }],
        },
    },
});

;// CONCATENATED MODULE: ./build/steps/versions/step.js



/** `modelgate versions`, declared once: a CLI command (no action, no GitLab component). */
const versions_step_step = declareStep({
    id: 'versions',
    title: 'Versions and recorded runs',
    description: 'The versions and recorded runs of a model, newest first: each with its commit, creation time, outcome, headline metrics, CI run and the environments that run it.',
    usage: 'modelgate versions --model-name <name> [--registry <uri>] [--format table|markdown|json]',
    inputs: {
        ...registry_inputs/* commandRegistryInputs */._0,
        format: (0,input_kinds/* choice */.Yq)(['table', 'markdown', 'json'], { default: 'table', description: 'How to print it: a table for the terminal, markdown, or `json` for scripts.' }),
    },
    outputs: {},
});

;// CONCATENATED MODULE: ./build/steps/index.js











function entry(declaration, load, loadPost) {
    // The loaders' types were checked against the declaration above; the table holds them untyped.
    return {
        declaration: declaration,
        specs: (0,core_inputs/* inputSpecs */.Tx)(declaration.inputs),
        load: load,
        loadPost: loadPost,
    };
}
/** The six steps: each an Action, a GitLab component and a CLI verb. */
const STEPS = {
    'setup-gpu-runner': entry(setup_gpu_runner_step_step, async () => (await __nccwpck_require__.e(/* import() */ 5).then(__nccwpck_require__.bind(__nccwpck_require__, 40005))).run, async () => (await __nccwpck_require__.e(/* import() */ 5).then(__nccwpck_require__.bind(__nccwpck_require__, 40005))).post),
    'validate-data': entry(validate_data_step_step, async () => (await __nccwpck_require__.e(/* import() */ 5836).then(__nccwpck_require__.bind(__nccwpck_require__, 25836))).run),
    'train-model': entry(train_model_step_step, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(9002), __nccwpck_require__.e(6491), __nccwpck_require__.e(8516), __nccwpck_require__.e(4561)]).then(__nccwpck_require__.bind(__nccwpck_require__, 84561))).run),
    'compare-metrics': entry(step_step, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(9002), __nccwpck_require__.e(6491), __nccwpck_require__.e(8516), __nccwpck_require__.e(10)]).then(__nccwpck_require__.bind(__nccwpck_require__, 90010))).run),
    'deploy-model': entry(deploy_model_step_step, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(9002), __nccwpck_require__.e(9701), __nccwpck_require__.e(3524), __nccwpck_require__.e(575), __nccwpck_require__.e(2464)]).then(__nccwpck_require__.bind(__nccwpck_require__, 62464))).run),
    rollback: entry(rollback_step_step, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(9002), __nccwpck_require__.e(9701), __nccwpck_require__.e(3524), __nccwpck_require__.e(575), __nccwpck_require__.e(232)]).then(__nccwpck_require__.bind(__nccwpck_require__, 30232))).run),
};
/** Commands of the CLI only, run by the same machinery as the steps. */
const COMMANDS = {
    history: entry(history_step_step, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(9002), __nccwpck_require__.e(8866)]).then(__nccwpck_require__.bind(__nccwpck_require__, 18866))).run),
    calibrate: entry(step, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(9002), __nccwpck_require__.e(6491), __nccwpck_require__.e(6307)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16307))).run),
    pull: entry(pull_step_step, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(9002), __nccwpck_require__.e(9701), __nccwpck_require__.e(3524), __nccwpck_require__.e(575), __nccwpck_require__.e(9313)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69313))).run),
    versions: entry(versions_step_step, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(9002), __nccwpck_require__.e(8925)]).then(__nccwpck_require__.bind(__nccwpck_require__, 88925))).run),
};
/** The ids of the shipped steps, in pipeline order. */
const STEP_IDS = Object.keys(STEPS);

;// CONCATENATED MODULE: ./build/entrypoints/main.js






/** The step or command with this id; an unknown id is a {@link UserError} with the nearest one. */
function findStep(id) {
    const step = STEPS[id] ?? COMMANDS[id];
    if (!step) {
        const ids = [...Object.keys(STEPS), ...Object.keys(COMMANDS)];
        const hit = (0,suggest.closest)(id, ids);
        throw new errors/* UserError */.yo(`unknown step '${id}'${hit ? ` (did you mean '${hit}'?)` : ''}; the steps are: ${ids.join(', ')}`);
    }
    return step;
}
/**
 * Everything before a step's own code, in one place: secrets masked before anything can log them, every
 * input parsed against the declaration and checked together (all before any I/O), outputs held to the
 * declared names, and `modelgate.yml` read once.
 */
async function prepare(step, platform) {
    const { declaration } = step;
    guardSecrets(platform);
    for (const spec of step.specs) {
        const secret = spec.secret ? platform.input(spec.name)?.trim() : undefined;
        if (secret)
            platform.mask(secret);
    }
    checkGivenInputs(step, platform);
    const warnings = [];
    const inputs = (await (0,core_inputs/* parseInputs */.TL)(declaration.id, declaration.inputs, (name) => platform.input(name), warnings));
    for (const warning of warnings)
        platform.log.warning(warning);
    declaration.check?.(inputs, (name, what, got = platform.input(name)?.trim() || undefined) => (0,core_inputs/* inputError */.Xu)(declaration.id, name, what, got));
    const setOutput = platform.setOutput.bind(platform);
    platform.setOutput = (name, value) => {
        if (!(name in declaration.outputs))
            throw new Error(`${declaration.id} set the output '${name}', which its declaration does not list`);
        setOutput(name, value);
    };
    const configName = typeof inputs.config === 'string' ? inputs.config : undefined;
    const config = declaration.config?.length
        ? await loadConfig(platform.context.workspace, configName ?? 'modelgate.yml', `${declaration.id}: input 'config'`, declaration.id)
        : noConfig();
    // The schema decides, for the sections this step reads and the top level: a mistake there fails the
    // step before it runs (a section another step reads is that step's to refuse).
    if (config.text !== undefined) {
        const problems = (await configProblems(config)).filter((p) => p.section === undefined || declaration.config?.includes(p.section));
        const [first] = problems;
        if (first) {
            const rest = problems.slice(1, 10).map((p) => `\n  ${p.message}`);
            if (problems.length > 10)
                rest.push(`\n  and ${problems.length - 10} more`);
            throw new errors/* UserError */.yo(`${declaration.id}: ${first.message}${rest.join('')}`, { file: config.shown, line: first.line });
        }
    }
    return { inputs, config };
}
/**
 * Every secret the step knows (its secret inputs, the platform's tokens in the environment, what a step
 * masks later) is scrubbed, in every encoding, from everything the step hands the platform: log lines,
 * the summary, the comment, outputs, the metrics report. Files go through the same scrubber
 * (`writeFileAtomic`, the command logs); the platform's own masking (GitHub's) stays on top.
 */
function guardSecrets(platform) {
    (0,secrets/* addEnvironmentSecrets */.WB)(process.env);
    const mask = platform.mask.bind(platform);
    platform.mask = (secret) => {
        (0,secrets/* addSecret */.Ck)(secret);
        mask(secret);
    };
    const log = platform.log;
    const { info, warning, error, debug } = { info: log.info.bind(log), warning: log.warning.bind(log), error: log.error.bind(log), debug: log.debug.bind(log) };
    Object.assign(log, {
        info: (m) => info((0,secrets/* scrub */._I)(m)),
        warning: (m, location) => warning((0,secrets/* scrub */._I)(m), location),
        error: (m, location) => error((0,secrets/* scrub */._I)(m), location),
        debug: (m) => debug((0,secrets/* scrub */._I)(m)),
    });
    const summary = platform.summary.bind(platform);
    platform.summary = (report) => summary({ markdown: (0,secrets/* scrub */._I)(report.markdown), text: (0,secrets/* scrub */._I)(report.text) });
    const upsert = platform.upsertComment.bind(platform);
    platform.upsertComment = (options) => upsert({ ...options, body: (0,secrets/* scrub */._I)(options.body) });
    const setOutput = platform.setOutput.bind(platform);
    platform.setOutput = (name, value) => setOutput(name, (0,secrets/* scrub */._I)(value));
    const metrics = platform.metricsReport?.bind(platform);
    if (metrics)
        platform.metricsReport = (text) => metrics((0,secrets/* scrub */._I)(text));
}
/**
 * A misspelled input (`fail_on`, `treshold`) must not be ignored: where the names were written for this
 * step (a GitHub `with:`) it is an error, where they may come from the environment at large a warning.
 */
function checkGivenInputs(step, platform) {
    const given = platform.givenInputs?.();
    if (!given)
        return;
    const known = step.specs.map((s) => s.name);
    // A job-level MODELGATE_* variable may be meant for another step of the job: only a name no step has is a mistake.
    const anyStep = new Set(Object.values({ ...STEPS, ...COMMANDS }).flatMap((s) => s.specs.map((i) => i.name)));
    for (const name of given.names) {
        if (known.includes(name) || (!given.strict && anyStep.has(name)))
            continue;
        const hit = (0,suggest.closest)(name, known);
        const message = `${step.declaration.id}: unknown input '${name}'${hit ? ` (did you mean '${hit}'?)` : ''}; the inputs are: ${known.join(', ')}`;
        if (given.strict)
            throw new errors/* UserError */.yo(message);
        platform.log.warning(`${message} (from MODELGATE_${name.replace(/-/g, '_').toUpperCase()})`);
    }
}
/** Prepares and runs a step's code on a platform, without the entry's catch (what tests drive). */
async function execute(id, platform, phase = 'main') {
    const step = findStep(id);
    const code = await loader(step, phase)();
    const { inputs, config } = await prepare(step, platform);
    return code(inputs, platform, config);
}
function loader(step, phase) {
    const load = phase === 'post' ? step.loadPost : step.load;
    if (!load)
        throw new Error(`${step.declaration.id} has no post step`);
    return load;
}
/**
 * Runs one step on a platform: the one place that catches. A {@link UserError} or
 * {@link ExternalError} is reported as a message (with file and line when known); anything else is a
 * bug, reported with its stack in the debug log only.
 */
async function runOn(id, makePlatform, phase = 'main') {
    let platform;
    try {
        const step = findStep(id);
        // Both chunks load at once; the step's code does not wait for the adapter's.
        const [made, code] = await Promise.all([makePlatform(), loader(step, phase)()]);
        platform = made;
        const { inputs, config } = await prepare(step, platform);
        const started = performance.now();
        const result = await code(inputs, platform, config);
        if (phase === 'main' && wantsReporting(inputs, config))
            await (await __nccwpck_require__.e(/* import() */ 1370).then(__nccwpck_require__.bind(__nccwpck_require__, 1370))).reportOutcome(platform, id, result, (performance.now() - started) / 1000, inputs, config);
        await platform.finish();
        if (result.failure) {
            platform.log.error(result.failure);
            return { exitCode: result.exitCode || 1 };
        }
        return { exitCode: 0 };
    }
    catch (error) {
        const log = platform?.log;
        const report = (message, location) => (log ? log.error(message, location) : process.stderr.write(`error: ${message}\n`));
        // Messages name their file and line themselves; the location also becomes a GitHub annotation.
        if (error instanceof errors/* UserError */.yo)
            report(error.message, error.location);
        else if (error instanceof errors/* ExternalError */.yA)
            report(`${error.message}${error.retrySafe ? ' (safe to re-run)' : ''}`);
        else {
            report(`${id}: internal error: ${(0,errors/* messageOf */.bD)(error)}. Please report this with the debug log.`);
            const stack = error instanceof Error ? (error.stack ?? '') : '';
            if (log)
                log.debug(stack);
        }
        await platform?.finish().catch(() => undefined);
        return { exitCode: 1 };
    }
}
/** Whether the inputs or `modelgate.yml` ask for a Pushgateway or a webhook: only then is that code loaded. */
function wantsReporting(inputs, config) {
    return Boolean(inputs.pushgatewayUrl || inputs.notifyWebhook || config.text?.includes('pushgateway-url'));
}
/** Runs a step as a GitHub Action (what `dist/<id>.js` and `dist/<id>-post.js` call). Sets the process exit code. */
async function runStep(id, phase = 'main') {
    const outcome = await runOn(id, async () => (await __nccwpck_require__.e(/* import() */ 2240).then(__nccwpck_require__.bind(__nccwpck_require__, 2240))).createGitHubPlatform(), phase);
    process.exitCode = outcome.exitCode;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./build/platform/cli-inputs.js


/** The environment variable that carries an input for the CLI: `fail-on` → `MODELGATE_FAIL_ON`. */
function inputEnvName(name) {
    return `MODELGATE_${name.replace(/-/g, '_').toUpperCase()}`;
}
/**
 * Parses `--name value` / `--name=value` flags against the step's declared inputs (and their aliases).
 * A flag given twice joins its values with newlines (a list). An unknown flag is an error with the
 * nearest known one and the list of them.
 */
function parseFlags(step, argv, specs) {
    const flags = new Map();
    const names = new Map(specs.flatMap((s) => s.alias
        ? [
            [s.name, s.name],
            [s.alias, s.name],
        ]
        : [[s.name, s.name]]));
    const known = specs.map((s) => s.name);
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const match = /^--([A-Za-z0-9_-]+)(?:=(.*))?$/s.exec(arg);
        if (!match)
            throw new errors/* UserError */.yo(`${step}: unexpected argument '${arg}'; inputs are given as --name value`);
        const given = match[1];
        const name = names.get(given);
        if (name === undefined) {
            const hint = (0,suggest.closest)(given, known);
            throw new errors/* UserError */.yo(`${step}: unknown option '--${given}'${hint ? ` (did you mean '--${hint}'?)` : ''}; the inputs are: ${known.map((k) => `--${k}`).join(', ')}`);
        }
        let value = match[2];
        if (value === undefined) {
            const next = argv[i + 1];
            const bare = next === undefined || next.startsWith('--');
            // Only a flag stands alone (`--force`); any other input needs its value.
            if (bare && specs.find((s) => s.name === name)?.kind !== 'boolean')
                throw new errors/* UserError */.yo(`${step}: option '--${given}' needs a value (--${given} <value>)`);
            value = bare ? 'true' : (i++, next);
        }
        flags.set(name, flags.has(name) ? `${flags.get(name)}\n${value}` : value);
    }
    return flags;
}
/**
 * `MODELGATE_*` variables that are settings of modelgate or what a deploy hook is given, not inputs
 * of a step; every other `MODELGATE_<NAME>` is read as input `<name>`.
 */
const SETTINGS = new Set(['DEBUG', 'SUMMARY_FILE', 'EXPORT_FILE', 'BASE_REF', 'NODE24', 'MODEL', 'VERSION', 'DIGEST']);
/** The input names `MODELGATE_<NAME>` variables hand a step (`MODELGATE_FAIL_ON` → `fail-on`), and the flags given. */
function givenCliInputs(flags, env) {
    const fromEnv = Object.keys(env)
        .filter((k) => k.startsWith('MODELGATE_') && !SETTINGS.has(k.slice('MODELGATE_'.length)) && env[k] !== '')
        .map((k) => k.slice('MODELGATE_'.length).toLowerCase().replace(/_/g, '-'));
    return { names: [...new Set([...flags.keys(), ...fromEnv])], strict: false };
}
/** The line that starts each input in an inputs file: `--- modelgate input: fail-on ---`. */
const INPUT_LINE = /^--- modelgate input: ([A-Za-z0-9_.-]+) ---$/;
/**
 * The inputs file a GitLab component hands the CLI on stdin (`--inputs -`): each input a line
 * `--- modelgate input: <name> ---` followed by its value, verbatim, up to the next such line. The
 * template writes it as a quoted heredoc, so no shell and no CI/CD variable touches a value.
 * Returns the values by input name; a name the step does not have is an error with the nearest one.
 */
function parseInputsFile(step, text, specs, shown = 'the inputs file') {
    const values = new Map();
    const known = specs.map((s) => s.name);
    let current;
    let lines = [];
    const close = () => {
        if (current !== undefined)
            values.set(current, lines.join('\n'));
    };
    const all = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
    for (const [index, line] of all.entries()) {
        const match = INPUT_LINE.exec(line);
        if (!match) {
            if (current === undefined && line.trim() !== '')
                throw new errors/* UserError */.yo(`${step}: ${shown} line ${index + 1}: expected '--- modelgate input: <name> ---' before any value`);
            lines.push(line);
            continue;
        }
        close();
        current = match[1];
        lines = [];
        if (!known.includes(current)) {
            const hit = (0,suggest.closest)(current, known);
            throw new errors/* UserError */.yo(`${step}: ${shown} line ${index + 1}: unknown input '${current}'${hit ? ` (did you mean '${hit}'?)` : ''}; the inputs are: ${known.join(', ')}`);
        }
        if (values.has(current))
            throw new errors/* UserError */.yo(`${step}: ${shown} line ${index + 1}: input '${current}' is given twice`);
    }
    close();
    return values;
}
/**
 * `$NAME`, `${NAME}` and `$$` in a value, expanded as GitLab expands job variables (an unset variable
 * is empty): what an input that names a variable (`registry: oci://$CI_REGISTRY_IMAGE`) needs once it
 * no longer travels as a variable. Nothing else (no commands, no defaults) is expanded.
 */
function expandVariables(value, env) {
    return value.replace(/\$(\$|\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_all, dollar, braced, bare) => dollar === '$' ? '$' : (env[(braced ?? bare)] ?? ''));
}
/**
 * Inputs given explicitly (flags, or a component's inputs file), with `MODELGATE_*` variables only for
 * what was not given. A non-secret input that a variable contradicts is an error: on GitLab every
 * project, group and pipeline variable outranks a job's own, so a `MODELGATE_FAIL_ON=never` set there
 * would otherwise change what the pipeline's author wrote, in silence.
 */
function explicitInputSource(step, explicit, env, specs, from) {
    for (const spec of specs) {
        const name = inputEnvName(spec.name);
        const variable = env[name];
        const given = explicit.get(spec.name);
        if (spec.secret || variable === undefined || variable === '' || given === undefined || variable.trim() === given.trim())
            continue;
        const shown = (v) => (v === '' ? 'empty' : `'${v.length > 60 ? `${v.slice(0, 57)}...` : v}'`.replace(/\n/g, '\\n'));
        throw new errors/* UserError */.yo(`${step}: the variable ${name}=${shown(variable)} contradicts the input '${spec.name}' (${given.trim() === '' ? 'left empty' : shown(given)}) given ${from}. ` +
            `A CI/CD variable (project, group, pipeline or job) does not change an input: remove ${name}, or change the input where it is written`);
    }
    return (name) => {
        const value = explicit.get(name) ?? env[inputEnvName(name)];
        return value === undefined || value === '' ? undefined : value;
    };
}

;// CONCATENATED MODULE: ./build/entrypoints/cli.js






const HELP = (version) => `modelgate ${version}: CI/CD steps for machine learning

Usage: modelgate <step> [--input value ...]
       modelgate <step> --help
${Object.values(COMMANDS)
    .map((c) => `       ${c.declaration.usage ?? `modelgate ${c.declaration.id}`}`)
    .join('\n')}

Steps:
${Object.values(STEPS)
    .map((s) => `  ${s.declaration.id.padEnd(18)} ${s.declaration.description}`)
    .join('\n')}

Commands:
${Object.values(COMMANDS)
    .map((s) => `  ${s.declaration.id.padEnd(18)} ${s.declaration.description}`)
    .join('\n')}

Inputs also come from MODELGATE_<INPUT> variables (fail-on: MODELGATE_FAIL_ON), and from a file:
--inputs <file> (or - for stdin) holds '--- modelgate input: <name> ---' lines, each followed by its
value (what the GitLab components pass). A variable that contradicts an input given as a flag or in
the file is an error.
On GitLab CI (GITLAB_CI=true) the GitLab platform is used: MR notes, dotenv outputs.
Elsewhere outputs are printed as one JSON object on stdout; logs and reports go to stderr.
`;
/** The inputs the CLI takes: all but those only a GitHub workflow can give (its token is the exception). */
function cliSpecs(step) {
    return step.specs.filter((i) => i.only !== 'github' || i.name === 'token');
}
/** `modelgate <step> --help`, from the step's declaration. */
function stepHelp(step) {
    const { declaration } = step;
    const flag = (i) => `--${i.name}${i.alias ? `, --${i.alias}` : ''}`;
    const specs = cliSpecs(step);
    const width = Math.max(12, ...specs.map((i) => flag(i).length));
    const lines = specs.map((i) => {
        const extra = [i.required && !i.requiredUnless ? 'required' : '', i.default ? `default: ${i.default}` : '', i.secret ? 'secret' : ''].filter(Boolean).join('; ');
        return `  ${flag(i).padEnd(width)} ${i.description.replace(/`/g, '')}${extra ? ` (${extra})` : ''}${i.options ? ` [${i.options.join('|')}]` : ''}`;
    });
    const usage = declaration.usage ? `Usage: ${declaration.usage}\n\n` : '';
    return `modelgate ${declaration.id}: ${declaration.description}\n\n${usage}Inputs:\n${lines.join('\n')}\n`;
}
/**
 * The `modelgate` command: `modelgate <step> --input value`. Picks the GitLab platform inside GitLab
 * CI and the local one elsewhere; commands (history) always run locally. Returns the exit code.
 */
async function cli(argv, env = process.env, cwd = process.cwd()) {
    const [id, ...rest] = argv;
    const version = packageVersion();
    if (id === undefined || id === '--help' || id === '-h' || id === 'help') {
        process.stdout.write(HELP(version));
        return id === undefined ? 2 : 0;
    }
    if (id === '--version' || id === '-v') {
        process.stdout.write(`${version}\n`);
        return 0;
    }
    const known = STEPS[id] ?? COMMANDS[id];
    if (rest.includes('--help') || rest.includes('-h')) {
        process.stdout.write(known ? stepHelp(known) : HELP(version));
        return known ? 0 : 2;
    }
    const outcome = await runOn(id, async () => {
        const step = findStep(id);
        const specs = cliSpecs(step);
        const { file, args } = inputsFileArg(id, rest);
        const flags = parseFlags(id, args, specs);
        const explicit = new Map(flags);
        if (file !== undefined) {
            const shown = file === '-' ? 'the inputs on stdin' : file;
            const text = readInputs(id, file, cwd);
            for (const [name, value] of parseInputsFile(id, text, specs, shown)) {
                if (flags.has(name))
                    throw new errors/* UserError */.yo(`${id}: input '${name}' is given both as --${name} and in ${shown}`);
                explicit.set(name, specs.find((s) => s.name === name)?.gitlabExpand ? expandVariables(value, env) : value);
            }
        }
        const source = explicitInputSource(id, explicit, env, specs, file === undefined ? 'as a flag' : file === '-' ? 'by the component (include: inputs:)' : `in ${file}`);
        const given = { givenInputs: () => givenCliInputs(explicit, env) };
        if (COMMANDS[id]) {
            // A command reads a store and prints; it is the same on every machine, in CI or not.
            return Object.assign((await __nccwpck_require__.e(/* import() */ 2281).then(__nccwpck_require__.bind(__nccwpck_require__, 82281))).createLocalPlatform(source, env, env.CI_PROJECT_DIR ?? env.GITHUB_WORKSPACE ?? cwd, { printOutputs: false }), given);
        }
        if (env.GITLAB_CI === 'true')
            return Object.assign((await __nccwpck_require__.e(/* import() */ 6748).then(__nccwpck_require__.bind(__nccwpck_require__, 86748))).createGitLabPlatform(id, source), given);
        return Object.assign((await __nccwpck_require__.e(/* import() */ 2281).then(__nccwpck_require__.bind(__nccwpck_require__, 82281))).createLocalPlatform(source, env, cwd), given);
    });
    return outcome.exitCode;
}
/** `--inputs <file>` taken out of the arguments (the rest are the step's flags). */
function inputsFileArg(id, argv) {
    const args = [];
    let file;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const inline = arg.startsWith('--inputs=') ? arg.slice('--inputs='.length) : undefined;
        if (arg !== '--inputs' && inline === undefined) {
            args.push(arg);
            continue;
        }
        const value = inline ?? argv[++i];
        if (!value || (inline === undefined && value.startsWith('--')))
            throw new errors/* UserError */.yo(`${id}: option '--inputs' needs a file (or - for stdin)`);
        if (file !== undefined)
            throw new errors/* UserError */.yo(`${id}: option '--inputs' is given twice`);
        file = value;
    }
    return { file, args };
}
function readInputs(id, file, cwd) {
    try {
        return (0,external_node_fs_.readFileSync)(file === '-' ? 0 : (0,external_node_path_.resolve)(cwd, file), 'utf8');
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${id}: cannot read the inputs ${file === '-' ? 'on stdin' : `file ${file}`}: ${error.message}`);
    }
}
/** Replaced by scripts/build.mjs with the package version; `dev` when run from source. */
const VERSION = '0.1.0';
function packageVersion() {
    return VERSION.startsWith('__') ? 'dev' : VERSION;
}

;// CONCATENATED MODULE: ./build/entrypoints/index.js
// The one bundle's entry: dist/<id>.js stubs import runStep, dist/cli.js imports cli.



var __webpack_exports__cli = __webpack_exports__.xw;
var __webpack_exports__runOn = __webpack_exports__.l9;
var __webpack_exports__runStep = __webpack_exports__.eg;
export { __webpack_exports__cli as cli, __webpack_exports__runOn as runOn, __webpack_exports__runStep as runStep };
