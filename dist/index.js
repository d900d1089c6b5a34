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

/***/ 19311:
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


/***/ }),

/***/ 97529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ Inputs),
/* harmony export */   r: () => (/* binding */ splitList)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(62807);

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
/**
 * Typed access to a step's inputs. Every read validates, applies the listed default and throws a
 * {@link UserError} naming the step and input with what is allowed.
 */
class Inputs {
    step;
    source;
    specs;
    constructor(step, specs, source) {
        this.step = step;
        this.source = source;
        this.specs = new Map(specs.map((s) => [s.name, s]));
    }
    /** The text of an input (trimmed), its default, or `undefined`. */
    string(name) {
        const spec = this.spec(name);
        const raw = this.source(name)?.trim();
        if (raw !== undefined && raw !== '')
            return raw;
        return spec.default === undefined || spec.default === '' ? undefined : spec.default;
    }
    /** A required input's text. */
    required(name) {
        const value = this.string(name);
        if (value === undefined)
            throw this.error(name, 'is required', undefined);
        return value;
    }
    /** `true`/`false` (YAML 1.2 core schema spellings, as the Actions toolkit accepts). */
    boolean(name) {
        const value = this.string(name) ?? 'false';
        if (/^(true|True|TRUE)$/.test(value))
            return true;
        if (/^(false|False|FALSE)$/.test(value))
            return false;
        throw this.error(name, 'must be true or false', value);
    }
    /** One of the spec's options. */
    choice(name) {
        const spec = this.spec(name);
        const value = this.required(name);
        if (!spec.options?.includes(value))
            throw this.error(name, `must be one of ${spec.options?.join(', ')}`, value);
        return value;
    }
    /** Items separated by newlines or commas (not those inside a glob's `{a,b}`), blanks and `#` comments dropped. */
    list(name) {
        return splitList(this.string(name) ?? '');
    }
    /** An error about an input, in the one format every step uses. */
    error(name, what, got) {
        const shown = got === undefined ? '' : `, got '${got.length > 80 ? `${got.slice(0, 80)}…` : got}'`;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${this.step}: input '${name}' ${what}${shown}`);
    }
    spec(name) {
        const spec = this.specs.get(name);
        if (!spec)
            throw new Error(`${this.step}: input '${name}' is not declared in its inputs list`);
        return spec;
    }
}


/***/ }),

/***/ 11692:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MC: () => (/* binding */ cliInputSource),
/* harmony export */   bQ: () => (/* binding */ parseFlags)
/* harmony export */ });
/* unused harmony export inputEnvName */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(62807);

/** The environment variable that carries an input for the CLI: `fail-on` → `MODELGATE_FAIL_ON`. */
function inputEnvName(name) {
    return `MODELGATE_${name.replace(/-/g, '_').toUpperCase()}`;
}
/**
 * Parses `--name value` / `--name=value` flags against the step's known inputs. A flag given twice
 * joins its values with newlines (a list). Unknown flags are an error listing the known ones.
 */
function parseFlags(step, argv, known) {
    const flags = new Map();
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const match = /^--([a-z0-9-]+)(?:=(.*))?$/s.exec(arg);
        if (!match)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${step}: unexpected argument '${arg}'; inputs are given as --name value`);
        const name = match[1];
        if (!known.includes(name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${step}: unknown option '--${name}'; the inputs are: ${known.map((k) => `--${k}`).join(', ')}`);
        let value = match[2];
        if (value === undefined) {
            const next = argv[i + 1];
            value = next === undefined || next.startsWith('--') ? 'true' : (i++, next);
        }
        flags.set(name, flags.has(name) ? `${flags.get(name)}\n${value}` : value);
    }
    return flags;
}
/** Inputs from flags first, then `MODELGATE_<NAME>` environment variables. */
function cliInputSource(flags, env) {
    return (name) => {
        const value = flags.get(name) ?? env[inputEnvName(name)];
        return value === undefined || value === '' ? undefined : value;
    };
}


/***/ }),

/***/ 9831:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ parseInputs),
/* harmony export */   m: () => (/* binding */ meta)
/* harmony export */ });
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(97529);
/* harmony import */ var _registry_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(21303);
/* harmony import */ var _reporting_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(67874);



const inputs = [
    { name: 'metrics', kind: 'list', required: true, description: 'Metric files or globs of the candidate (JSON, YAML, CSV, `dvc.yaml`, DVCLive, run records), one per line or comma-separated.' },
    {
        name: 'baseline',
        kind: 'string',
        default: 'merge-base',
        description: 'What to compare with: `merge-base` (the run train-model recorded for the PR/MR merge-base, or for its nearest recorded ancestor, else the metric files committed there), `ref:<git ref>` (the same, at that ref), `file:<paths or globs>`, `env:<environment>` (the model deployed there), or `none` (absolute bounds only). Nothing found is the verdict `no-baseline`, never a pass.',
    },
    {
        name: 'baseline-depth',
        kind: 'string',
        default: '100',
        description: 'How many first-parent ancestors of the baseline commit may stand in for it when no run is recorded for it (one registry request each).',
    },
    { name: 'rules', kind: 'yaml', description: 'Rules per metric as YAML, e.g. `accuracy: {better: higher, min: 0.9, max-drop: 1%}`; override `metrics:` in the config file.' },
    { name: 'config', kind: 'string', default: 'modelgate.yml', description: 'The modelgate config file; its `metrics:` section holds rules. Ignored when absent.' },
    { name: 'fail-on', kind: 'choice', default: 'fail', options: ['fail', 'warn', 'never'], description: 'The verdict that fails the job: `fail`, `warn` (warnings too) or `never`.' },
    { name: 'comment', kind: 'boolean', default: 'true', description: 'Post or update one sticky comment on the pull/merge request.' },
    { name: 'status', kind: 'boolean', default: 'true', only: 'github', description: 'Set the commit status `modelgate/compare-metrics` (with `id`) for branch protection.' },
    { name: 'id', kind: 'string', description: 'Distinguishes several comparisons in one workflow (its own comment and status).' },
    { name: 'title', kind: 'string', default: 'Model metrics', description: 'Heading of the report.' },
    { name: 'report', kind: 'string', default: 'modelgate-report', description: 'Folder (in the workspace) for the markdown report and the comparison JSON.' },
    // For `baseline: env:<name>`: the model store, as deploy-model has it (model-name optional here).
    ...(0,_registry_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalRegistryInputs */ .VH)('The model whose recorded runs (`merge-base`, `ref:`) or deployed version (`env:`) is the baseline; the same as train-model\'s and deploy-model\'s. Without it only committed metric files can be a baseline.'),
    {
        name: 'publish',
        kind: 'string',
        only: 'github',
        description: 'Post a report saved by a fork PR run (the folder of its `report` artifact) from a `workflow_run` workflow, instead of comparing.',
    },
    {
        name: 'token',
        kind: 'string',
        secret: true,
        githubDefault: '${{ github.token }}',
        only: 'github',
        description: 'API token for the comment and status. GitLab: a project access token with `api` scope in the masked variable `MODELGATE_TOKEN` (CI_JOB_TOKEN cannot post notes).',
    },
    ..._reporting_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .pushInputs */ .o,
    ..._reporting_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .notifyInputs */ .v,
];
/** compare-metrics: inputs and outputs, listed once. */
const meta = {
    id: 'compare-metrics',
    title: 'Compare metrics',
    description: "Diffs a candidate's metrics against a baseline (the PR's merge-base by default), gates them on per-metric rules, and posts one sticky PR/MR comment.",
    inputs,
    gitlabExpand: ['registry', 'registry-username', 'registry-password', 'pushgateway-url', 'notify-webhook'],
    outputs: [
        { name: 'verdict', description: '`pass`, `warn`, `fail`, or `no-baseline` (nothing to compare with: only absolute bounds were checked).' },
        { name: 'passed', description: '`true` unless the verdict reached `fail-on`.' },
        { name: 'report', description: 'Path of the markdown report.' },
        { name: 'comparison', description: 'Path of the comparison as JSON (what a `workflow_run` job posts for a fork PR).' },
        { name: 'comment-url', description: 'URL of the sticky comment, when one was posted.' },
    ],
};
/** Reads and validates every input once. */
function parseInputs(platform) {
    const read = new _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G(meta.id, meta.inputs, (name) => platform.input(name));
    const token = read.string('token');
    if (token)
        platform.mask(token);
    const publish = read.string('publish');
    const metrics = read.list('metrics');
    if (metrics.length === 0 && !publish)
        throw read.error('metrics', 'is required: list the metric files or globs, e.g. metrics.json', undefined);
    const depth = read.string('baseline-depth');
    if (!/^\d{1,4}$/.test(depth))
        throw read.error('baseline-depth', 'must be a whole number of commits from 0 to 9999', depth);
    const id = read.string('id');
    if (id !== undefined && !/^[A-Za-z0-9._-]{1,64}$/.test(id))
        throw read.error('id', 'may hold letters, digits, dot, dash and underscore (at most 64)', id);
    return {
        metrics,
        baseline: read.string('baseline'),
        baselineDepth: Number(depth),
        rules: read.string('rules'),
        config: read.string('config'),
        failOn: read.choice('fail-on'),
        comment: read.boolean('comment'),
        status: read.boolean('status'),
        id,
        title: read.string('title'),
        reportDir: read.string('report'),
        publish,
        token,
        ...(0,_registry_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readOptionalRegistryInputs */ .Vr)(read, platform),
    };
}


/***/ }),

/***/ 57613:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qo: () => (/* binding */ readEnvironment),
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   mI: () => (/* binding */ meta)
/* harmony export */ });
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(61420);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(97529);
/* harmony import */ var _reporting_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(67874);
/* harmony import */ var _registry_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(21303);




const inputs = [
    { name: 'run-record', kind: 'string', required: true, description: "The candidate's run record (`run.json` from train-model): its model files are pushed, the record is stored with them." },
    ..._registry_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .registryInputs */ .P4,
    { name: 'model-version', kind: 'string', description: 'The version tag (immutable). Default: `<git sha 12>-<run record id>`, so a re-run pushes the same version.' },
    { name: 'model-dir', kind: 'string', default: '.', description: "Folder (in the workspace) the run record's model paths are relative to, e.g. where a downloaded artifact was unpacked." },
    { name: 'environment', kind: 'string', description: 'Promote the version to this environment (`staging`, `production`); without it the version is only pushed.' },
    {
        name: 'comparison',
        kind: 'string',
        description: "compare-metrics' comparison JSON (its `comparison` output): its verdict gates the promotion. Without it the run record's `gate` is used; with neither, only `force` promotes.",
    },
    { name: 'force', kind: 'boolean', default: 'false', description: 'Promote even when the gate failed or is unknown. Recorded in the deployment record.' },
    { name: 'reason', kind: 'string', description: 'Why, in words, kept in the deployment record (default: the gate verdict).' },
    {
        name: 'deploy-command',
        kind: 'string',
        description: 'Your rollout, run with bash after the environment is re-pointed; gets `MODELGATE_MODEL`, `MODELGATE_VERSION`, `MODELGATE_DIGEST`, `MODELGATE_ENVIRONMENT`, `MODELGATE_REGISTRY`. A failure rolls the environment back.',
    },
    {
        name: 'smoke-test',
        kind: 'string',
        description: 'After the rollout: a command (bash) that must exit 0, or an `http(s)://` URL that must answer `smoke-status`. A failure rolls the environment back and fails the step.',
    },
    { name: 'smoke-status', kind: 'string', default: '200', description: 'The HTTP status a `smoke-test` URL must answer.' },
    { name: 'smoke-timeout', kind: 'string', default: '60s', description: 'How long the deploy command and the smoke test may take, each.' },
    _registry_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .deploymentTokenInput */ .n9,
    ..._reporting_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .pushInputs */ .o,
    ..._reporting_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .notifyInputs */ .v,
];
/** deploy-model: inputs and outputs, listed once. */
const meta = {
    id: 'deploy-model',
    title: 'Deploy model',
    description: "Pushes a trained model as an immutable OCI artifact and promotes it to an environment only when its gate passed, with a deployment record that keeps the environment's history.",
    inputs,
    gitlabExpand: ['registry', 'registry-username', 'registry-password', 'pushgateway-url', 'notify-webhook'],
    outputs: [
        { name: 'version', description: 'The version tag pushed.' },
        { name: 'digest', description: "The version's manifest digest (`sha256:...`)." },
        { name: 'environment', description: 'The environment promoted to (empty when only pushed or refused).' },
        { name: 'previous-digest', description: 'What the environment pointed at before.' },
        { name: 'record', description: "The deployment record's digest." },
        { name: 'promoted', description: '`true` when the environment now points at this version.' },
    ],
};
/** Reads and validates every input once. */
function parseInputs(platform) {
    const read = new _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G(meta.id, meta.inputs, (name) => platform.input(name));
    const token = read.string('token');
    if (token)
        platform.mask(token);
    const status = read.string('smoke-status');
    if (!/^[1-5]\d\d$/.test(status))
        throw read.error('smoke-status', 'must be an HTTP status code such as 200', status);
    const version = read.string('model-version');
    if (version !== undefined && !/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(version))
        throw read.error('model-version', 'must be an OCI tag: letters, digits, _ . - (at most 128, not starting with . or -)', version);
    return {
        ...(0,_registry_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegistryInputs */ .rS)(read, platform),
        runRecord: read.required('run-record'),
        version,
        modelDir: read.string('model-dir'),
        environment: readEnvironment(read),
        comparison: read.string('comparison'),
        force: read.boolean('force'),
        reason: read.string('reason'),
        deployCommand: read.string('deploy-command'),
        smokeTest: read.string('smoke-test'),
        smokeStatus: Number(status),
        smokeTimeoutMs: (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(read.string('smoke-timeout'), "deploy-model: input 'smoke-timeout'"),
        token,
    };
}
/** Environment names become tags (`env-<name>`), so they follow the tag grammar, lowercase. */
function readEnvironment(read) {
    const environment = read.string('environment');
    if (environment !== undefined && !/^[a-z0-9][a-z0-9._-]{0,63}$/.test(environment))
        throw read.error('environment', 'may hold lowercase letters, digits, . _ - (at most 64), e.g. production', environment);
    return environment;
}


/***/ }),

/***/ 21303:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K5: () => (/* binding */ LOCAL_STORE),
/* harmony export */   P4: () => (/* binding */ registryInputs),
/* harmony export */   VH: () => (/* binding */ optionalRegistryInputs),
/* harmony export */   Vr: () => (/* binding */ readOptionalRegistryInputs),
/* harmony export */   n9: () => (/* binding */ deploymentTokenInput),
/* harmony export */   rS: () => (/* binding */ readRegistryInputs)
/* harmony export */ });
/** The store outside CI, and wherever the platform has no registry of its own. */
const LOCAL_STORE = 'oci-layout:.modelgate/registry';
/** The inputs every step that reaches the model store shares (train-model's run records, compare-metrics, deploy-model, rollback). */
const registryInputs = [
    {
        name: 'registry',
        kind: 'string',
        description: "Where models and recorded runs live: `oci://<host>/<prefix>` (any OCI registry: GHCR, GitLab, Harbor, ECR, Distribution) or `oci-layout:<folder>` (an OCI image layout on disk). Default: in GitHub Actions the repository's GHCR (`oci://ghcr.io/<owner>/<repo>`), in GitLab CI the project's container registry (`$CI_REGISTRY_IMAGE`), locally `oci-layout:.modelgate/registry`.",
    },
    { name: 'model-name', kind: 'string', required: true, description: 'The model: its repository in the store (lowercase, `a-z0-9` separated by `.`, `_`, `-` or `/`).' },
    { name: 'registry-username', kind: 'string', description: "User for the registry. Default for the platform's own registry: `github.actor` on GHCR, `$CI_REGISTRY_USER` on GitLab." },
    {
        name: 'registry-password',
        kind: 'string',
        secret: true,
        description: "Password or token for the registry. Default for the platform's own registry: the `token` input on GHCR (`GITHUB_TOKEN` with `packages: write` to record or push, `packages: read` to compare), `$CI_REGISTRY_PASSWORD` on GitLab.",
    },
];
/** {@link registryInputs} for a step where the store is optional: without `model-name` nothing is stored or looked up. */
function optionalRegistryInputs(description) {
    return registryInputs.map((i) => (i.name === 'model-name' ? { ...i, required: false, description } : i));
}
/** The token deploy-model and rollback record a GitHub Deployment with. */
const deploymentTokenInput = {
    name: 'token',
    kind: 'string',
    secret: true,
    githubDefault: '${{ github.token }}',
    only: 'github',
    description: 'Token for the GitHub Deployment of the environment (needs `deployments: write`) and, by default, for GHCR; without it no Deployment is recorded.',
};
const MODEL_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
/** Reads the shared registry inputs; the password is masked at once. */
function readRegistryInputs(read, platform) {
    const found = readOptionalRegistryInputs(read, platform);
    if (!found.modelName)
        throw read.error('model-name', 'is required', undefined);
    return found;
}
/** {@link readRegistryInputs} where `model-name` may be absent. */
function readOptionalRegistryInputs(read, platform) {
    const registryPassword = read.string('registry-password');
    if (registryPassword)
        platform.mask(registryPassword);
    const modelName = read.string('model-name');
    if (modelName !== undefined && !MODEL_NAME.test(modelName)) {
        throw read.error('model-name', 'must be an OCI repository name: lowercase letters and digits, separated by ., _, - or /', modelName);
    }
    return { registry: read.string('registry'), modelName, registryUsername: read.string('registry-username'), registryPassword };
}


/***/ }),

/***/ 67874:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ pushInputs),
/* harmony export */   v: () => (/* binding */ notifyInputs)
/* harmony export */ });
/** Every step can push its figures to a Prometheus Pushgateway. */
const pushInputs = [
    {
        name: 'pushgateway-url',
        kind: 'string',
        description: "Push this step's figures to a Prometheus Pushgateway (e.g. `http://pushgateway:9091`), grouped by model, environment and pipeline. Default: `monitoring.pushgateway-url` in `modelgate.yml`.",
    },
];
/** The steps that decide something (compare-metrics, deploy-model, rollback) can tell a chat channel. */
const notifyInputs = [
    { name: 'notify-webhook', kind: 'string', secret: true, description: 'An incoming-webhook URL (Slack or Microsoft Teams) told about the events in `notify-on`. Keep it in a secret.' },
    { name: 'notify-format', kind: 'choice', default: 'auto', options: ['auto', 'slack', 'teams'], description: 'The webhook\'s message format; `auto` goes by its host.' },
    { name: 'notify-on', kind: 'list', default: 'fail, no-baseline, promote, rollback', description: 'Events that send a message: `pass`, `fail`, `no-baseline` (nothing to compare with), `promote`, `rollback`.' },
];


/***/ }),

/***/ 41692:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ parseInputs),
/* harmony export */   m: () => (/* binding */ meta)
/* harmony export */ });
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(61420);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(97529);
/* harmony import */ var _deploy_model_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(57613);
/* harmony import */ var _registry_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(21303);
/* harmony import */ var _reporting_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(67874);





const inputs = [
    ..._registry_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .registryInputs */ .P4,
    { name: 'environment', kind: 'string', required: true, description: 'The environment to roll back (`production`).' },
    { name: 'to', kind: 'string', description: 'A version tag or `sha256:` digest to go back to. Default: the newest earlier version in the environment that was not itself rolled back.' },
    { name: 'dry-run', kind: 'boolean', default: 'false', description: 'Show what would happen; change nothing.' },
    { name: 'reason', kind: 'string', description: 'Why, in words, kept in the deployment record.' },
    { name: 'prometheus-url', kind: 'string', description: 'Watch mode: the Prometheus server to ask (e.g. `http://prometheus:9090`). The environment is rolled back only if `query` breaches `threshold`.' },
    { name: 'query', kind: 'string', description: 'Watch mode: a PromQL query that returns one number, e.g. an error rate or p95 latency of the new model.' },
    { name: 'threshold', kind: 'string', description: 'Watch mode: the value the query must stay under (or over, with `breach-when: below`).' },
    { name: 'breach-when', kind: 'choice', default: 'above', options: ['above', 'below'], description: 'Watch mode: a value above (error rate, latency) or below (accuracy, throughput) the threshold is a breach.' },
    { name: 'watch-for', kind: 'string', default: '10m', description: 'Watch mode: how long to watch after a deploy (`90s`, `10m`).' },
    { name: 'watch-every', kind: 'string', default: '15s', description: 'Watch mode: how often to evaluate the query.' },
    { name: 'prometheus-token', kind: 'string', secret: true, description: 'Watch mode: a bearer token for Prometheus, when it needs one.' },
    _registry_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .deploymentTokenInput */ .n9,
    ..._reporting_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .pushInputs */ .o,
    ..._reporting_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .notifyInputs */ .v,
];
/** rollback: inputs and outputs, listed once. */
const meta = {
    id: 'rollback',
    title: 'Roll back model',
    description: 'Puts an environment back on an earlier version in one step (or when a Prometheus query breaches during a watch), recorded in its history like a promotion.',
    inputs,
    gitlabExpand: ['registry', 'registry-username', 'registry-password', 'pushgateway-url', 'notify-webhook'],
    outputs: [
        { name: 'rolled-back', description: '`true` when the environment was re-pointed.' },
        { name: 'from-digest', description: 'What the environment pointed at before.' },
        { name: 'digest', description: 'What it points at now (or would, with `dry-run`).' },
        { name: 'version', description: 'The version it points at now (or would).' },
        { name: 'record', description: "The deployment record's digest." },
        { name: 'breached', description: 'Watch mode: `true` when the query breached its threshold.' },
        { name: 'value', description: 'Watch mode: the last value the query returned.' },
    ],
};
/** Reads and validates every input once. */
function parseInputs(platform) {
    const read = new _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G(meta.id, meta.inputs, (name) => platform.input(name));
    const token = read.string('token');
    if (token)
        platform.mask(token);
    const environment = (0,_deploy_model_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readEnvironment */ .Qo)(read);
    if (!environment)
        throw read.error('environment', 'is required: the environment to roll back, e.g. production', undefined);
    return { ...(0,_registry_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegistryInputs */ .rS)(read, platform), environment, to: read.string('to'), dryRun: read.boolean('dry-run'), reason: read.string('reason'), watch: readWatch(read, platform), token };
}
function readWatch(read, platform) {
    const url = read.string('prometheus-url');
    if (!url) {
        for (const name of ['query', 'threshold'])
            if (read.string(name))
                throw read.error(name, "needs 'prometheus-url' (watch mode)", read.string(name));
        return undefined;
    }
    if (!/^https?:\/\/[^\s]+$/i.test(url))
        throw read.error('prometheus-url', 'must be an http(s) URL of a Prometheus server', url);
    const query = read.string('query');
    if (!query)
        throw read.error('query', "is required with 'prometheus-url': a PromQL query returning one number", undefined);
    const thresholdText = read.string('threshold');
    const threshold = Number(thresholdText);
    if (thresholdText === undefined || !Number.isFinite(threshold))
        throw read.error('threshold', "is required with 'prometheus-url': a number", thresholdText);
    const token = read.string('prometheus-token');
    if (token)
        platform.mask(token);
    const forMs = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(read.string('watch-for'), "rollback: input 'watch-for'");
    const everyMs = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(read.string('watch-every'), "rollback: input 'watch-every'");
    if (everyMs < 100 || everyMs > forMs)
        throw read.error('watch-every', "must be at least 100ms and at most 'watch-for'", read.string('watch-every'));
    return { url, query, threshold, above: read.choice('breach-when') === 'above', forMs, everyMs, token };
}


/***/ }),

/***/ 18757:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   mI: () => (/* binding */ meta)
/* harmony export */ });
/* unused harmony export parseMemoryMiB */
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(61420);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(97529);
/* harmony import */ var _reporting_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(67874);



const inputs = [
    { name: 'mode', kind: 'choice', default: 'verify', options: ['verify', 'provision', 'stop', 'reap'], description: '`verify` the GPUs of this machine; `provision` an ephemeral GPU runner for a later job; `stop` it; `reap` runners past their lifetime.' },
    { name: 'min-gpus', kind: 'string', default: '1', description: 'Mode `verify`: fewest GPUs the job needs.' },
    { name: 'min-memory', kind: 'string', description: 'Mode `verify`: least memory per selected GPU, e.g. `40GiB`, `24GB`, `16000MiB`.' },
    { name: 'gpu-name', kind: 'string', description: 'Mode `verify`: a pattern the GPU name must match (`*` wildcards, case-insensitive), e.g. `*H100*`.' },
    { name: 'min-compute-capability', kind: 'string', description: 'Mode `verify`: least CUDA compute capability, e.g. `8.0`.' },
    { name: 'min-driver', kind: 'string', description: 'Mode `verify`: least driver version, e.g. `535.104`.' },
    { name: 'min-cuda', kind: 'string', description: 'Mode `verify`: least CUDA version the driver supports, e.g. `12.2`.' },
    { name: 'allow-cpu', kind: 'boolean', default: 'false', description: 'Mode `verify`: no GPU is a warning (and CPU outputs), not a failure.' },
    { name: 'count', kind: 'string', description: 'Mode `verify`: use this many GPUs (the first that meet the requirements); default all of them.' },
    { name: 'gpus', kind: 'list', description: 'Mode `verify`: use these GPUs, by index or UUID.' },
    { name: 'output', kind: 'string', default: 'modelgate-gpu', description: 'Folder (in the workspace) for `gpu-info.json`.' },
    { name: 'region', kind: 'string', description: 'Modes `provision`, `stop`, `reap`: the AWS region (default: the AWS_REGION of the job).' },
    { name: 'instance-type', kind: 'string', default: 'g5.xlarge', description: 'Mode `provision`: the EC2 instance type.' },
    { name: 'ami', kind: 'string', description: 'Mode `provision`: the image (AMI id) to boot, with the GPU driver and the runner prerequisites.' },
    { name: 'subnet', kind: 'string', description: 'Mode `provision`: the subnet id to launch in.' },
    { name: 'security-group', kind: 'string', description: 'Mode `provision`: the security group id (egress to GitHub/GitLab; no ingress needed).' },
    { name: 'market', kind: 'choice', default: 'spot-or-on-demand', options: ['spot-or-on-demand', 'spot', 'on-demand'], description: 'Mode `provision`: spot capacity, on-demand, or spot with on-demand when spot has none.' },
    { name: 'disk-size', kind: 'string', default: '100', description: 'Mode `provision`: root volume size in GiB.' },
    { name: 'max-lifetime', kind: 'string', default: '6h', description: 'Modes `provision`, `reap`: the instance terminates itself after this long whatever happens (`90m`, `6h`).' },
    { name: 'runner-timeout', kind: 'string', default: '10m', description: 'Mode `provision`: how long the new machine may take to boot and connect its runner; past it, it is terminated and the step fails.' },
    { name: 'label', kind: 'string', description: 'Mode `stop`: the runner label `provision` returned (default: the one this job provisioned).' },
    { name: 'allow-forks', kind: 'boolean', default: 'false', description: 'Mode `provision`: allow pull requests from forks to start a machine.' },
    { name: 'token', kind: 'string', secret: true, only: 'github', description: 'Modes `provision`, `stop`: a token that may register runners (GitHub: a PAT or app token with administration rights, not GITHUB_TOKEN; GitLab: a token with `create_runner`).' },
    ..._reporting_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .pushInputs */ .o,
];
/** setup-gpu-runner: inputs and outputs, listed once. */
const meta = {
    id: 'setup-gpu-runner',
    title: 'Set up GPU runner',
    description: 'Verifies the GPUs a job got against its requirements, or provisions an ephemeral GPU runner on EC2 that never outlives its job.',
    inputs,
    // A provisioned runner must outlive the provisioning job when all went well (the training job runs
    // on it; the workflow's stop job ends it); after a failure or a cancel nothing else will.
    post: 'failure() || cancelled()',
    gitlabInputs: ['tags'],
    gitlabExpand: ['label', 'pushgateway-url'],
    outputs: [
        { name: 'gpu-count', description: 'Number of GPUs selected (0 on CPU with `allow-cpu`).' },
        { name: 'gpu-names', description: 'Names of the selected GPUs, comma-separated.' },
        { name: 'gpu-memory', description: 'Memory of each selected GPU in MiB, comma-separated.' },
        { name: 'driver-version', description: 'The GPU driver version.' },
        { name: 'cuda-version', description: 'The CUDA version the driver supports.' },
        { name: 'gpu-info', description: 'Path of `gpu-info.json` (train-model puts it into the run record).' },
        { name: 'label', description: 'Mode `provision`: the label the next job runs on (`runs-on`, GitLab `tags`).' },
        { name: 'instance-id', description: 'Mode `provision`: the EC2 instance id.' },
    ],
};
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
/** Reads and validates every input once. */
function parseInputs(platform) {
    const read = new _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G(meta.id, meta.inputs, (name) => platform.input(name));
    const token = read.string('token');
    if (token)
        platform.mask(token);
    const integer = (name, min) => {
        const text = read.string(name);
        if (text === undefined)
            return undefined;
        if (!/^\d+$/.test(text) || Number(text) < min)
            throw read.error(name, `must be a whole number of at least ${min}`, text);
        return Number(text);
    };
    const version = (name) => {
        const text = read.string(name);
        if (text !== undefined && !/^\d+(\.\d+)*$/.test(text))
            throw read.error(name, 'must be a version like 12.2 or 535.104.05', text);
        return text;
    };
    const memory = read.string('min-memory');
    const minMemoryMiB = memory === undefined ? undefined : parseMemoryMiB(memory);
    if (memory !== undefined && minMemoryMiB === undefined)
        throw read.error('min-memory', 'must be a size like 40GiB, 24GB or 16000MiB', memory);
    return {
        mode: read.choice('mode'),
        minGpus: integer('min-gpus', 0),
        minMemoryMiB,
        gpuName: read.string('gpu-name'),
        minComputeCapability: version('min-compute-capability'),
        minDriver: version('min-driver'),
        minCuda: version('min-cuda'),
        allowCpu: read.boolean('allow-cpu'),
        count: integer('count', 1),
        gpus: read.list('gpus'),
        output: read.string('output'),
        region: read.string('region'),
        instanceType: read.string('instance-type'),
        ami: read.string('ami'),
        subnet: read.string('subnet'),
        securityGroup: read.string('security-group'),
        market: read.choice('market'),
        diskSizeGiB: integer('disk-size', 8),
        maxLifetime: read.string('max-lifetime'),
        runnerTimeoutMs: (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(read.string('runner-timeout'), "setup-gpu-runner: input 'runner-timeout'"),
        label: read.string('label'),
        allowForks: read.boolean('allow-forks'),
        token,
    };
}


/***/ }),

/***/ 14136:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ parseInputs),
/* harmony export */   m: () => (/* binding */ meta)
/* harmony export */ });
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(61420);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(97529);
/* harmony import */ var _registry_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(21303);
/* harmony import */ var _reporting_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(67874);




const inputs = [
    { name: 'mode', kind: 'choice', default: 'run', options: ['run', 'record', 'select'], description: '`run` the command and record it; `record` a run another job made (from its files); `select` the best of several run records.' },
    { name: 'run', kind: 'string', description: 'The training command, run with bash like a workflow `run:` step (mode `run`).' },
    { name: 'working-directory', kind: 'string', default: '.', description: 'Folder (in the workspace) the command runs in; the other paths are relative to the workspace.' },
    { name: 'timeout', kind: 'string', description: 'Stop the command after this long (`90s`, `30m`, `2h`): SIGTERM to its process group, then SIGKILL after `grace-period`.' },
    { name: 'grace-period', kind: 'string', default: '30s', description: 'Time between SIGTERM and SIGKILL on timeout, for a checkpoint.' },
    { name: 'env', kind: 'list', description: 'Extra environment for the command, `NAME=value` per line.' },
    { name: 'params', kind: 'list', description: 'Parameter files (YAML or JSON, DVC-style `params.yaml`) recorded with the run.' },
    { name: 'metrics', kind: 'list', description: 'Metric files or globs the command writes (JSON, YAML, CSV, DVCLive).' },
    { name: 'model', kind: 'list', description: 'Model files or folders: each file is hashed, and the set gets one digest.' },
    { name: 'data', kind: 'list', description: 'Data files or folders the model was trained on: fingerprinted (or taken from `dvc.lock`).' },
    { name: 'gpu-info', kind: 'string', description: "The GPU report setup-gpu-runner wrote (its `gpu-info` output), put into the record's environment." },
    { name: 'output', kind: 'string', default: 'modelgate-train', description: 'Folder (in the workspace) for `run.json` and the log.' },
    { name: 'exit-code', kind: 'string', description: "Mode `record`: the training job's exit code, when known." },
    { name: 'runs', kind: 'list', description: 'Mode `select`: run records (files or globs), e.g. the downloaded artifacts of a matrix.' },
    { name: 'select-by', kind: 'string', description: 'Mode `select`: the metric that picks the winner.' },
    { name: 'better', kind: 'choice', default: 'higher', options: ['higher', 'lower'], description: 'Mode `select`: whether a higher or a lower `select-by` wins.' },
    { name: 'cache-paths', kind: 'list', only: 'github', description: 'Paths to restore before and save after the command (datasets, pip wheels) with the Actions cache.' },
    { name: 'cache-key', kind: 'string', only: 'github', description: 'Cache key prefix; the key adds the OS and a hash of the params files and the `env` input.' },
    { name: 'upload', kind: 'boolean', default: 'false', only: 'github', description: 'Upload the model, the run record and the log as an artifact.' },
    {
        name: 'attest',
        kind: 'boolean',
        default: 'false',
        only: 'github',
        description: 'Sign a build-provenance attestation of the model files (needs `permissions: id-token: write, attestations: write`).',
    },
    {
        name: 'record-run',
        kind: 'choice',
        default: 'auto',
        options: ['auto', 'true', 'false'],
        description: 'Record a successful run in the model store by commit, so pull/merge requests find it as their baseline: `auto` on pushes to the default branch (never for a pull/merge request), `true` always, `false` never. Needs `model-name`.',
    },
    { name: 'record-model', kind: 'boolean', default: 'false', description: 'Store the model files with the recorded run (by default only the run record, a few KB).' },
    ...(0,_registry_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalRegistryInputs */ .VH)('The model whose runs are recorded (its repository in the store), the same as compare-metrics\' and deploy-model\'s.'),
    { name: 'token', kind: 'string', secret: true, githubDefault: '${{ github.token }}', only: 'github', description: "Token for the attestation API and for the repository's GHCR (recording runs needs `packages: write`)." },
    { name: 'artifact-name', kind: 'string', only: 'github', description: 'Artifact name (default: `model-<job>-<params digest>`); a name already used in the run gets a `-2`, `-3` suffix.' },
    ..._reporting_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .pushInputs */ .o,
];
/** train-model: inputs and outputs, listed once. */
const meta = {
    id: 'train-model',
    title: 'Train model',
    description: 'Runs the training command with a timeout that stops its whole process group, and records what it produced, from what, where: the run record.',
    inputs,
    gitlabExpand: ['registry', 'registry-username', 'registry-password', 'pushgateway-url'],
    gitlabInputs: ['artifact-paths', 'cache-paths', 'cache-key'],
    outputs: [
        { name: 'run-record', description: 'Path of `run.json` (the winner\'s, in mode `select`).' },
        { name: 'model-digest', description: '`sha256:` digest of the model files.' },
        { name: 'metrics', description: 'The metrics as one JSON object.' },
        { name: 'exit-code', description: "The command's exit code (128 + signal number when a signal ended it)." },
        { name: 'cache-hit', description: 'The cache key restored, when there was a hit.' },
        { name: 'artifact-name', description: 'The name the artifact was uploaded under.' },
        { name: 'attestation-url', description: 'The attestation of the model files, with `attest`.' },
        { name: 'recorded-run', description: 'Where the run was recorded (`<model>:run-<commit>`), when it was.' },
    ],
};
/** Reads and validates every input once. */
function parseInputs(platform) {
    const read = new _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G(meta.id, meta.inputs, (name) => platform.input(name));
    const mode = read.choice('mode');
    const env = {};
    for (const line of read.list('env')) {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(line);
        if (!m)
            throw read.error('env', 'takes NAME=value lines', line);
        env[m[1]] = m[2];
    }
    const timeout = read.string('timeout');
    const token = read.string('token');
    if (token)
        platform.mask(token);
    const exitCode = read.string('exit-code');
    if (exitCode !== undefined && !/^\d{1,3}$/.test(exitCode))
        throw read.error('exit-code', 'must be a number from 0 to 255', exitCode);
    const parsed = {
        mode,
        run: read.string('run'),
        workingDirectory: read.string('working-directory'),
        timeoutMs: timeout === undefined ? undefined : (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(timeout, "train-model: input 'timeout'"),
        graceMs: (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(read.string('grace-period'), "train-model: input 'grace-period'"),
        env,
        params: read.list('params'),
        metrics: read.list('metrics'),
        model: read.list('model'),
        data: read.list('data'),
        gpuInfo: read.string('gpu-info'),
        output: read.string('output'),
        exitCode: exitCode === undefined ? undefined : Number(exitCode),
        runs: read.list('runs'),
        selectBy: read.string('select-by'),
        better: read.choice('better'),
        cachePaths: read.list('cache-paths'),
        cacheKey: read.string('cache-key'),
        upload: read.boolean('upload'),
        artifactName: read.string('artifact-name'),
        attest: read.boolean('attest'),
        token,
        recordRun: read.choice('record-run'),
        recordModel: read.boolean('record-model'),
        ...(0,_registry_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readOptionalRegistryInputs */ .Vr)(read, platform),
    };
    if (mode === 'run' && !parsed.run)
        throw read.error('run', "is required in mode 'run': the training command, e.g. python train.py", undefined);
    if (mode !== 'select' && parsed.metrics.length === 0)
        throw read.error('metrics', `is required in mode '${mode}': the metric files the command writes, e.g. metrics.json`, undefined);
    if (mode === 'select' && parsed.runs.length === 0)
        throw read.error('runs', "is required in mode 'select': the run records to choose from, e.g. runs/*/run.json", undefined);
    if (mode === 'select' && !parsed.selectBy)
        throw read.error('select-by', "is required in mode 'select': the metric that picks the winner", undefined);
    if (parsed.artifactName !== undefined && !/^[A-Za-z0-9._-]{1,200}$/.test(parsed.artifactName))
        throw read.error('artifact-name', 'may hold letters, digits, dot, dash and underscore', parsed.artifactName);
    return parsed;
}


/***/ }),

/***/ 48289:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ parseInputs),
/* harmony export */   m: () => (/* binding */ meta)
/* harmony export */ });
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(97529);
/* harmony import */ var _reporting_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(67874);


const inputs = [
    { name: 'data', kind: 'list', required: true, description: 'Data files or globs: CSV/TSV, JSON Lines, Parquet; `.gz` for gzip. One per line or comma-separated.' },
    { name: 'schema', kind: 'string', description: "A Frictionless Table Schema (JSON or YAML) the data must follow. Default: `data.schema` in the config file." },
    {
        name: 'checks',
        kind: 'yaml',
        description: 'Dataset checks as YAML: `rows: {min, max}`, `null-fraction: {column: 0.01}`, `duplicate-rows: fail|warn`, `stats: {column: {mean: {min, max}}}`, `new-categories: {column: fail|warn}`, `drift: {column: {method, threshold}}`. Override `data.checks` in the config file.',
    },
    { name: 'config', kind: 'string', default: 'modelgate.yml', description: 'The modelgate config file; its `data:` section may hold `schema`, `checks` and `reference`. Ignored when absent.' },
    { name: 'reference', kind: 'string', description: 'A reference profile (written by mode `profile`) to test drift and new categories against.' },
    {
        name: 'mode',
        kind: 'choice',
        default: 'validate',
        options: ['validate', 'profile', 'merge'],
        description: '`validate` the data; `profile` it (validate, then write a profile to use as a reference); `merge` the profiles listed in `data` (from shards) into one.',
    },
    { name: 'profile', kind: 'string', description: 'Where modes `profile` and `merge` write the profile (default: `<report>/profile.json`).' },
    { name: 'fail-on', kind: 'choice', default: 'error', options: ['error', 'warning', 'never'], description: 'What fails the job: errors, warnings too, or nothing.' },
    { name: 'delimiter', kind: 'string', description: 'CSV delimiter (default `,`; `\\t` for `.tsv`).' },
    { name: 'max-examples', kind: 'string', default: '10', description: 'Example rows kept per failed check (all failures are counted).' },
    { name: 'report', kind: 'string', default: 'modelgate-data', description: 'Folder (in the workspace) for the JSON report, the markdown report and the JUnit XML.' },
    ..._reporting_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .pushInputs */ .o,
];
/** validate-data: inputs and outputs, listed once. */
const meta = {
    id: 'validate-data',
    title: 'Validate data',
    description: 'Checks data against a Frictionless Table Schema and dataset checks in one streaming pass in bounded memory, and tests drift against a reference profile.',
    inputs,
    gitlabExpand: ['pushgateway-url'],
    outputs: [
        { name: 'valid', description: '`true` when no check reached `fail-on`.' },
        { name: 'report', description: 'Path of the JSON report (frictionless-style: `valid`, `stats`, `errors`).' },
        { name: 'fingerprint', description: '`sha256:` content hash of the data files, for lineage.' },
        { name: 'rows', description: 'Rows read.' },
        { name: 'profile', description: 'Path of the profile written (modes `profile` and `merge`).' },
        { name: 'drifted', description: 'Columns that drifted, comma-separated.' },
    ],
};
/** Reads and validates every input once. */
function parseInputs(platform) {
    const read = new _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G(meta.id, meta.inputs, (name) => platform.input(name));
    const data = read.list('data');
    if (data.length === 0)
        throw read.error('data', 'is required: data files or globs, e.g. data/*.csv', undefined);
    const maxText = read.string('max-examples');
    if (!/^\d{1,4}$/.test(maxText))
        throw read.error('max-examples', 'must be a whole number from 0 to 9999', maxText);
    let delimiter = read.string('delimiter');
    if (delimiter === '\\t' || delimiter === 'tab')
        delimiter = '\t';
    if (delimiter !== undefined && (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r'))
        throw read.error('delimiter', 'must be one character other than a quote or a line break (\\t for tab)', delimiter);
    return {
        data,
        schema: read.string('schema'),
        checks: read.string('checks'),
        config: read.string('config'),
        reference: read.string('reference'),
        mode: read.choice('mode'),
        profile: read.string('profile'),
        failOn: read.choice('fail-on'),
        delimiter,
        maxExamples: Number(maxText),
        reportDir: read.string('report'),
    };
}


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
/******/ 		792: 0
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __nccwpck_require__(62807);
// EXTERNAL MODULE: ./build/steps/compare-metrics/inputs.js
var inputs = __nccwpck_require__(9831);
// EXTERNAL MODULE: ./build/steps/deploy-model/inputs.js
var deploy_model_inputs = __nccwpck_require__(57613);
// EXTERNAL MODULE: ./build/steps/rollback/inputs.js
var rollback_inputs = __nccwpck_require__(41692);
// EXTERNAL MODULE: ./build/steps/setup-gpu-runner/inputs.js
var setup_gpu_runner_inputs = __nccwpck_require__(18757);
// EXTERNAL MODULE: ./build/steps/train-model/inputs.js
var train_model_inputs = __nccwpck_require__(14136);
// EXTERNAL MODULE: ./build/steps/validate-data/inputs.js
var validate_data_inputs = __nccwpck_require__(48289);
;// CONCATENATED MODULE: ./build/steps/index.js






/** Every step this version ships: metadata (cheap) and a loader for its code (imported on use). */
const STEPS = {
    'setup-gpu-runner': {
        meta: setup_gpu_runner_inputs/* meta */.mI,
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(802), __nccwpck_require__.e(235)]).then(__nccwpck_require__.bind(__nccwpck_require__, 40005))).run,
        loadPost: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(802), __nccwpck_require__.e(235)]).then(__nccwpck_require__.bind(__nccwpck_require__, 40005))).post,
    },
    'validate-data': { meta: validate_data_inputs/* meta */.m, load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(177), __nccwpck_require__.e(802), __nccwpck_require__.e(721)]).then(__nccwpck_require__.bind(__nccwpck_require__, 64721))).run },
    'train-model': { meta: train_model_inputs/* meta */.m, load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(802), __nccwpck_require__.e(575), __nccwpck_require__.e(400), __nccwpck_require__.e(103)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57103))).run },
    'compare-metrics': { meta: inputs/* meta */.m, load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(802), __nccwpck_require__.e(575), __nccwpck_require__.e(400), __nccwpck_require__.e(379)]).then(__nccwpck_require__.bind(__nccwpck_require__, 13379))).run },
    'deploy-model': { meta: deploy_model_inputs/* meta */.mI, load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(802), __nccwpck_require__.e(70), __nccwpck_require__.e(707), __nccwpck_require__.e(575), __nccwpck_require__.e(464)]).then(__nccwpck_require__.bind(__nccwpck_require__, 62464))).run },
    rollback: { meta: rollback_inputs/* meta */.m, load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(802), __nccwpck_require__.e(70), __nccwpck_require__.e(707), __nccwpck_require__.e(548)]).then(__nccwpck_require__.bind(__nccwpck_require__, 30232))).run },
};
/** The ids of the shipped steps, in pipeline order. */
const STEP_IDS = Object.keys(STEPS);

;// CONCATENATED MODULE: ./build/entrypoints/main.js




/**
 * Runs one step on a platform: the one place that catches. A {@link UserError} or
 * {@link ExternalError} is reported as a message (with file and line when known); anything else is a
 * bug, reported with its stack in the debug log only.
 */
async function runOn(id, makePlatform, phase = 'main') {
    let platform;
    try {
        const step = STEPS[id];
        if (!step)
            throw new errors/* UserError */.yo(`unknown step '${id}'; the steps are: ${Object.keys(STEPS).join(', ')}`);
        const load = phase === 'post' ? step.loadPost : step.load;
        if (!load)
            throw new Error(`${id} has no post step`);
        // Both chunks load at once; the step's code does not wait for the adapter's.
        const [made, runStepCode] = await Promise.all([makePlatform(), load()]);
        platform = made;
        // Secrets are hidden before the step can log anything, whichever step reads them.
        for (const spec of step.meta.inputs) {
            const secret = spec.secret ? platform.input(spec.name)?.trim() : undefined;
            if (secret)
                platform.mask(secret);
        }
        const started = performance.now();
        const result = await runStepCode(platform);
        if (phase === 'main' && wantsReporting(platform))
            await (await __nccwpck_require__.e(/* import() */ 370).then(__nccwpck_require__.bind(__nccwpck_require__, 1370))).reportOutcome(platform, id, result, (performance.now() - started) / 1000);
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
function wantsReporting(platform) {
    if (platform.input('pushgateway-url')?.trim() || platform.input('notify-webhook')?.trim())
        return true;
    try {
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(platform.context.workspace, 'modelgate.yml'), 'utf8').includes('pushgateway-url');
    }
    catch {
        return false;
    }
}
/** Runs a step as a GitHub Action (what `dist/<id>.js` and `dist/<id>-post.js` call). Sets the process exit code. */
async function runStep(id, phase = 'main') {
    const outcome = await runOn(id, async () => (await __nccwpck_require__.e(/* import() */ 240).then(__nccwpck_require__.bind(__nccwpck_require__, 2240))).createGitHubPlatform(), phase);
    process.exitCode = outcome.exitCode;
}

// EXTERNAL MODULE: ./build/platform/cli-inputs.js
var cli_inputs = __nccwpck_require__(11692);
;// CONCATENATED MODULE: ./build/entrypoints/cli.js




const HELP = (version) => `modelgate ${version}: CI/CD steps for machine learning

Usage: modelgate <step> [--input value ...]
       modelgate <step> --help
       modelgate history --model-name <name> --env <environment>

Steps:
${Object.values(STEPS)
    .map((s) => `  ${s.meta.id.padEnd(18)} ${s.meta.description}`)
    .join('\n')}

Inputs also come from MODELGATE_<INPUT> variables (fail-on: MODELGATE_FAIL_ON).
On GitLab CI (GITLAB_CI=true) the GitLab platform is used: MR notes, dotenv outputs.
Elsewhere outputs are printed as one JSON object on stdout; logs and reports go to stderr.
`;
function stepHelp(id) {
    const meta = STEPS[id]?.meta;
    if (!meta)
        return '';
    const inputs = meta.inputs.filter((i) => i.only !== 'github' || i.name === 'token');
    return `modelgate ${id}: ${meta.description}\n\nInputs:\n${inputs
        .map((i) => `  --${i.name.padEnd(12)} ${i.description.replace(/`/g, '')}${i.default ? ` (default: ${i.default})` : ''}${i.options ? ` [${i.options.join('|')}]` : ''}`)
        .join('\n')}\n`;
}
/**
 * The `modelgate` command: `modelgate <step> --input value`. Picks the GitLab platform inside GitLab
 * CI and the local one elsewhere. Returns the exit code.
 */
async function cli(argv, env = process.env) {
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
    if (id === 'history') {
        const { historyCommand, HISTORY_HELP } = await Promise.all(/* import() */[__nccwpck_require__.e(70), __nccwpck_require__.e(105)]).then(__nccwpck_require__.bind(__nccwpck_require__, 47996));
        if (rest.includes('--help') || rest.includes('-h'))
            return process.stdout.write(HISTORY_HELP), 0;
        return historyCommand(rest, env);
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        process.stdout.write(stepHelp(id) || HELP(version));
        return STEPS[id] ? 0 : 2;
    }
    const outcome = await runOn(id, async () => {
        const meta = STEPS[id]?.meta;
        if (!meta)
            throw new errors/* UserError */.yo(`unknown step '${id}'`);
        const source = (0,cli_inputs/* cliInputSource */.MC)((0,cli_inputs/* parseFlags */.bQ)(id, rest, meta.inputs.map((i) => i.name)), env);
        if (env.GITLAB_CI === 'true')
            return (await __nccwpck_require__.e(/* import() */ 748).then(__nccwpck_require__.bind(__nccwpck_require__, 86748))).createGitLabPlatform(id, source);
        return (await __nccwpck_require__.e(/* import() */ 281).then(__nccwpck_require__.bind(__nccwpck_require__, 82281))).createLocalPlatform(source, env);
    });
    return outcome.exitCode;
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
