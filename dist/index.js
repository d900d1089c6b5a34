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

/***/ 9831:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ parseInputs),
/* harmony export */   m: () => (/* binding */ meta)
/* harmony export */ });
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(97529);

const inputs = [
    { name: 'metrics', kind: 'list', required: true, description: 'Metric files or globs of the candidate (JSON, YAML, CSV, `dvc.yaml`, DVCLive, run records), one per line or comma-separated.' },
    {
        name: 'baseline',
        kind: 'string',
        default: 'merge-base',
        description: 'What to compare with: `merge-base` (the same files at the PR/MR merge-base), `ref:<git ref>`, `file:<paths or globs>`, or `none`.',
    },
    { name: 'rules', kind: 'yaml', description: 'Rules per metric as YAML, e.g. `accuracy: {better: higher, min: 0.9, max-drop: 1%}`; override `metrics:` in the config file.' },
    { name: 'config', kind: 'string', default: 'modelgate.yml', description: 'The modelgate config file; its `metrics:` section holds rules. Ignored when absent.' },
    { name: 'fail-on', kind: 'choice', default: 'fail', options: ['fail', 'warn', 'never'], description: 'The verdict that fails the job: `fail`, `warn` (warnings too) or `never`.' },
    { name: 'comment', kind: 'boolean', default: 'true', description: 'Post or update one sticky comment on the pull/merge request.' },
    { name: 'status', kind: 'boolean', default: 'true', only: 'github', description: 'Set the commit status `modelgate/compare-metrics` (with `id`) for branch protection.' },
    { name: 'id', kind: 'string', description: 'Distinguishes several comparisons in one workflow (its own comment and status).' },
    { name: 'title', kind: 'string', default: 'Model metrics', description: 'Heading of the report.' },
    { name: 'report', kind: 'string', default: 'modelgate-report', description: 'Folder (in the workspace) for the markdown report and the comparison JSON.' },
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
];
/** compare-metrics: inputs and outputs, listed once. */
const meta = {
    id: 'compare-metrics',
    title: 'Compare metrics',
    description: "Diffs a candidate's metrics against a baseline (the PR's merge-base by default), gates them on per-metric rules, and posts one sticky PR/MR comment.",
    inputs,
    outputs: [
        { name: 'verdict', description: '`pass`, `warn` or `fail`.' },
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
    const id = read.string('id');
    if (id !== undefined && !/^[A-Za-z0-9._-]{1,64}$/.test(id))
        throw read.error('id', 'may hold letters, digits, dot, dash and underscore (at most 64)', id);
    return {
        metrics,
        baseline: read.string('baseline'),
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
    };
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
    gitlabExpand: ['label'],
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
    { name: 'cache-key', kind: 'string', only: 'github', description: 'Cache key prefix; the key adds a hash of the params and data files.' },
    { name: 'upload', kind: 'boolean', default: 'false', only: 'github', description: 'Upload the model, the run record and the log as an artifact.' },
    {
        name: 'attest',
        kind: 'boolean',
        default: 'false',
        only: 'github',
        description: 'Sign a build-provenance attestation of the model files (needs `permissions: id-token: write, attestations: write`).',
    },
    { name: 'token', kind: 'string', secret: true, githubDefault: '${{ github.token }}', only: 'github', description: 'Token for the attestation API.' },
    { name: 'artifact-name', kind: 'string', only: 'github', description: 'Artifact name (default: `model-<job>-<params digest>`); a name already used in the run gets a `-2`, `-3` suffix.' },
];
/** train-model: inputs and outputs, listed once. */
const meta = {
    id: 'train-model',
    title: 'Train model',
    description: 'Runs the training command with a timeout that stops its whole process group, and records what it produced, from what, where: the run record.',
    inputs,
    gitlabInputs: ['artifact-paths', 'cache-paths', 'cache-key'],
    outputs: [
        { name: 'run-record', description: 'Path of `run.json` (the winner\'s, in mode `select`).' },
        { name: 'model-digest', description: '`sha256:` digest of the model files.' },
        { name: 'metrics', description: 'The metrics as one JSON object.' },
        { name: 'exit-code', description: "The command's exit code (128 + signal number when a signal ended it)." },
        { name: 'cache-hit', description: 'The cache key restored, when there was a hit.' },
        { name: 'artifact-name', description: 'The name the artifact was uploaded under.' },
        { name: 'attestation-url', description: 'The attestation of the model files, with `attest`.' },
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

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __nccwpck_require__(62807);
// EXTERNAL MODULE: ./build/steps/compare-metrics/inputs.js
var inputs = __nccwpck_require__(9831);
// EXTERNAL MODULE: ./build/steps/setup-gpu-runner/inputs.js
var setup_gpu_runner_inputs = __nccwpck_require__(18757);
// EXTERNAL MODULE: ./build/steps/train-model/inputs.js
var train_model_inputs = __nccwpck_require__(14136);
;// CONCATENATED MODULE: ./build/steps/index.js



/** Every step this version ships: metadata (cheap) and a loader for its code (imported on use). */
const STEPS = {
    'setup-gpu-runner': {
        meta: setup_gpu_runner_inputs/* meta */.mI,
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7), __nccwpck_require__.e(5)]).then(__nccwpck_require__.bind(__nccwpck_require__, 40005))).run,
        loadPost: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7), __nccwpck_require__.e(5)]).then(__nccwpck_require__.bind(__nccwpck_require__, 40005))).post,
    },
    'train-model': { meta: train_model_inputs/* meta */.m, load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7), __nccwpck_require__.e(912), __nccwpck_require__.e(186)]).then(__nccwpck_require__.bind(__nccwpck_require__, 97186))).run },
    'compare-metrics': { meta: inputs/* meta */.m, load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7), __nccwpck_require__.e(912), __nccwpck_require__.e(37)]).then(__nccwpck_require__.bind(__nccwpck_require__, 63037))).run },
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
        const result = await runStepCode(platform);
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
/** Runs a step as a GitHub Action (what `dist/<id>.js` and `dist/<id>-post.js` call). Sets the process exit code. */
async function runStep(id, phase = 'main') {
    const outcome = await runOn(id, async () => (await __nccwpck_require__.e(/* import() */ 240).then(__nccwpck_require__.bind(__nccwpck_require__, 2240))).createGitHubPlatform(), phase);
    process.exitCode = outcome.exitCode;
}

;// CONCATENATED MODULE: ./build/platform/cli-inputs.js

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
            throw new errors/* UserError */.yo(`${step}: unexpected argument '${arg}'; inputs are given as --name value`);
        const name = match[1];
        if (!known.includes(name))
            throw new errors/* UserError */.yo(`${step}: unknown option '--${name}'; the inputs are: ${known.map((k) => `--${k}`).join(', ')}`);
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

;// CONCATENATED MODULE: ./build/entrypoints/cli.js




const HELP = (version) => `modelgate ${version}: CI/CD steps for machine learning

Usage: modelgate <step> [--input value ...]
       modelgate <step> --help

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
    if (rest.includes('--help') || rest.includes('-h')) {
        process.stdout.write(stepHelp(id) || HELP(version));
        return STEPS[id] ? 0 : 2;
    }
    const outcome = await runOn(id, async () => {
        const meta = STEPS[id]?.meta;
        if (!meta)
            throw new errors/* UserError */.yo(`unknown step '${id}'`);
        const source = cliInputSource(parseFlags(id, rest, meta.inputs.map((i) => i.name)), env);
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
