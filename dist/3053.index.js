export const id = 3053;
export const ids = [3053];
export const modules = {

/***/ 31893:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ sanitizeLabelName),
/* harmony export */   H9: () => (/* binding */ sanitizeMetricName),
/* harmony export */   fw: () => (/* binding */ renderExposition)
/* harmony export */ });
/* unused harmony export escapeLabelValue */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

/**
 * A metric name Prometheus accepts (`[a-zA-Z_:][a-zA-Z0-9_:]*`): every other character becomes `_` and
 * a leading digit gets a `_` before it. Names come from files in pull requests, so this is what keeps a
 * name with a newline or a `{` from adding lines or labels of its own to the exposition.
 */
function sanitizeMetricName(name) {
    const replaced = name.replace(/[^a-zA-Z0-9_:]/g, '_');
    if (replaced === '')
        return '_';
    return /^[0-9]/.test(replaced) ? `_${replaced}` : replaced;
}
/**
 * A label name Prometheus accepts (`[a-zA-Z_][a-zA-Z0-9_]*`, no reserved `__` prefix): as
 * {@link sanitizeMetricName}, with `:` replaced too and leading underscores collapsed to one.
 */
function sanitizeLabelName(name) {
    let replaced = name.replace(/[^a-zA-Z0-9_]/g, '_');
    if (replaced === '')
        return '_';
    if (/^[0-9]/.test(replaced))
        replaced = `_${replaced}`;
    // `__name__` and friends are Prometheus's own; a pushed one would be dropped or rejected.
    return replaced.startsWith('__') ? replaced.replace(/^_+/, '_') : replaced;
}
/** A label value as the text format wants it between double quotes: `\`, `"` and newlines escaped. */
function escapeLabelValue(value) {
    return value
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\r\n|\r|\n/g, '\\n');
}
/** Help text on one line: backslashes and newlines escaped (quotes are literal in HELP lines). */
function escapeHelp(help) {
    return help.replace(/\\/g, '\\\\').replace(/\r\n|\r|\n/g, '\\n');
}
/** A sample value as Go's ParseFloat reads it (`NaN`, `+Inf`, `-Inf` included). */
function formatValue(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Infinity)
        return '+Inf';
    if (value === -Infinity)
        return '-Inf';
    return String(value);
}
function renderLabels(labels, original) {
    if (!labels)
        return '';
    const seen = new Map();
    for (const name of Object.keys(labels)) {
        const clean = sanitizeLabelName(name);
        const earlier = seen.get(clean);
        if (earlier !== undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`metric '${original}': labels '${earlier}' and '${name}' both become the label name '${clean}'; rename one (label names allow letters, digits and _)`);
        }
        seen.set(clean, name);
    }
    const parts = Object.entries(labels)
        .map(([name, value]) => [sanitizeLabelName(name), value])
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, value]) => `${name}="${escapeLabelValue(value)}"`);
    return parts.length ? `{${parts.join(',')}}` : '';
}
/**
 * The Prometheus text exposition (version 0.0.4) of `samples`: one `# HELP` and `# TYPE` per family,
 * its samples together (the format requires it), names and labels sanitized so each sample is exactly
 * one line. Two samples that end up as the same series (e.g. `acc-1` and `acc_1`), or one family given
 * two types, are a {@link UserError}: the Pushgateway would reject the whole push.
 */
function renderExposition(samples) {
    const families = new Map();
    for (const sample of samples) {
        const name = sanitizeMetricName(sample.name);
        let family = families.get(name);
        if (!family) {
            family = { help: sample.help, type: sample.type, lines: new Map(), original: sample.name };
            families.set(name, family);
        }
        else if (family.type !== sample.type) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`metric '${sample.name}' is pushed as a ${sample.type} and '${family.original}' as a ${family.type}, but both are '${name}'; one name has one type`);
        }
        const labels = renderLabels(sample.labels, sample.name);
        if (family.lines.has(labels)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`metrics '${family.original}' and '${sample.name}' both become the series ${name}${labels}; rename one (metric names allow letters, digits, _ and :)`);
        }
        family.lines.set(labels, `${name}${labels} ${formatValue(sample.value)}`);
    }
    const out = [];
    for (const [name, family] of families) {
        out.push(`# HELP ${name} ${escapeHelp(family.help)}`, `# TYPE ${name} ${family.type}`, ...family.lines.values());
    }
    return out.length ? `${out.join('\n')}\n` : '';
}


/***/ }),

/***/ 23053:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   groupPath: () => (/* binding */ groupPath),
/* harmony export */   pushMetrics: () => (/* binding */ pushMetrics)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _exposition_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31893);


/** One path segment pair of a grouping key; base64url for values the plain form cannot carry. */
function keySegment(name, value) {
    // A `/` would split the path (even as %2F: the router sees the decoded path) and an empty segment is
    // dropped: the Pushgateway reads `name@base64/<base64url>` for both (`=` is its spelling of the empty
    // value). Anything beyond plain characters takes the same road rather than trusting percent-decoding.
    if (!/^[A-Za-z0-9._~-]+$/.test(value)) {
        return `${name}@base64/${value === '' ? '=' : Buffer.from(value, 'utf8').toString('base64url')}`;
    }
    return `${name}/${value}`;
}
/** `<url>/metrics/job/<job>/<label>/<value>...` for a group. */
function groupPath(group) {
    const segments = [keySegment('job', group.job)];
    const seen = new Set(['job']);
    for (const [name, value] of Object.entries(group.labels)) {
        const clean = (0,_exposition_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeLabelName */ .Dw)(name);
        if (seen.has(clean)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Pushgateway grouping label '${name}' ${clean === 'job' ? 'is the job itself; set it as the job' : `repeats '${clean}'`}; grouping labels need distinct names of letters, digits and _`);
        }
        seen.add(clean);
        segments.push(keySegment(clean, value));
    }
    return `/metrics/${segments.join('/')}`;
}
/**
 * A URL without its user-info, for messages; the user-info goes into an `Authorization: Basic` header
 * (fetch refuses URLs that carry credentials).
 */
function splitCredentials(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Pushgateway URL is not a URL; expected e.g. http://pushgateway:9091`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Pushgateway URL must be http or https, got '${parsed.protocol}'`);
    }
    let authorization;
    if (parsed.username || parsed.password) {
        authorization = `Basic ${Buffer.from(`${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`).toString('base64')}`;
        parsed.username = '';
        parsed.password = '';
    }
    parsed.pathname = parsed.pathname.replace(/\/+$/, '');
    parsed.search = '';
    parsed.hash = '';
    return { base: parsed, authorization };
}
/**
 * Replaces a group on a Prometheus Pushgateway with `samples` (HTTP PUT of the text exposition format).
 * Names are prefixed `modelgate_` when they are not already, and sanitized with the label names; label
 * values are escaped: see {@link renderExposition}. A Pushgateway that refuses the push or cannot be
 * reached is an {@link ExternalError} (service `Pushgateway`) the caller reports as a warning; its
 * message has the Pushgateway's address without credentials and never the token.
 */
async function pushMetrics(url, group, samples, options = {}) {
    const { base, authorization } = splitCredentials(url);
    const body = (0,_exposition_js__WEBPACK_IMPORTED_MODULE_1__/* .renderExposition */ .fw)(samples.map((sample) => (sample.name.startsWith('modelgate_') ? sample : { ...sample, name: `modelgate_${sample.name}` })));
    const target = `${base.origin}${base.pathname}${groupPath(group)}`;
    const headers = { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' };
    if (options.token)
        headers.authorization = `Bearer ${options.token}`;
    else if (authorization)
        headers.authorization = authorization;
    const where = `${base.origin}${base.pathname}`;
    let response;
    try {
        response = await (options.fetch ?? fetch)(target, { method: 'PUT', headers, body, signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
    }
    catch (error) {
        const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${options.timeoutMs ?? 10_000} ms` : describeFailure(error);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExternalError */ .yA(`Pushgateway at ${where} could not be reached: ${reason}`, 'Pushgateway');
    }
    if (response.ok) {
        await response.arrayBuffer().catch(() => undefined);
        return;
    }
    const text = (await response.text().catch(() => '')).trim().slice(0, 300);
    const hint = response.status === 401 || response.status === 403 ? ' (check the token)' : response.status === 404 ? ' (is this the Pushgateway address?)' : '';
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExternalError */ .yA(`Pushgateway at ${where} answered ${response.status} to the push of group ${groupPath(group)}${hint}${text ? `: ${text}` : ''}`, 'Pushgateway', response.status, response.status >= 500 || response.status === 429);
}
/** A fetch failure's cause (`ECONNREFUSED`, a DNS error) rather than undici's bare "fetch failed". */
function describeFailure(error) {
    if (!(error instanceof Error))
        return String(error);
    const cause = error.cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}


/***/ })

};
