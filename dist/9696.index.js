export const id = 9696;
export const ids = [9696];
export const modules = {

/***/ 69696:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  watch: () => (/* binding */ watch)
});

// UNUSED EXPORTS: MAX_CONSECUTIVE_FAILURES

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/retry.js
var retry = __webpack_require__(68216);
;// CONCATENATED MODULE: ./build/monitoring/prometheus.js

/** A sample value as Prometheus writes it (Go's float formatting: `+Inf`, `-Inf`, `NaN`). */
function parseValue(text) {
    if (text === '+Inf' || text === 'Inf')
        return Infinity;
    if (text === '-Inf')
        return -Infinity;
    return typeof text === 'string' ? Number(text) : NaN;
}
/** `{a="1", b="2"}` for messages about a series. */
function describeSeries(metric) {
    const entries = Object.entries(metric ?? {});
    return `{${entries.map(([name, value]) => `${name}="${value}"`).join(', ')}}`;
}
/**
 * Evaluates an instant PromQL query through Prometheus's HTTP API (`GET <url>/api/v1/query`) and returns
 * its one number: a scalar, or a vector with one sample. An empty vector, or a NaN (a ratio over no
 * traffic), is `undefined`: no data. Several series are a {@link UserError} (aggregate them with `sum`,
 * `max`...), as are a range vector and a query Prometheus cannot parse (its `error` in the message).
 * Unreachable servers, 5xx and other refusals are {@link ExternalError}s (service `Prometheus`);
 * `retrySafe` says whether the next attempt may fare better.
 */
async function queryScalar(url, promql, options = {}) {
    let endpoint;
    try {
        endpoint = new URL(`${url.replace(/\/+$/, '')}/api/v1/query`);
    }
    catch {
        throw new errors/* UserError */.yo(`Prometheus URL is not a URL; expected e.g. http://prometheus:9090`);
    }
    endpoint.searchParams.set('query', promql);
    if (options.time)
        endpoint.searchParams.set('time', String(options.time.getTime() / 1000));
    const where = endpoint.origin;
    const timeoutMs = options.timeoutMs ?? 10_000;
    let response;
    try {
        response = await (options.fetch ?? fetch)(endpoint, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
    }
    catch (error) {
        const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : failureText(error);
        throw new errors/* ExternalError */.yA(`Prometheus at ${where} could not be reached: ${reason}`, 'Prometheus');
    }
    const text = await response.text().catch(() => '');
    let answer;
    try {
        answer = JSON.parse(text);
    }
    catch {
        answer = undefined;
    }
    if (!response.ok || answer?.status !== 'success') {
        const apiError = answer?.error ?? text.trim().slice(0, 300);
        if (answer?.errorType === 'bad_data') {
            throw new errors/* UserError */.yo(`Prometheus query '${promql}' is not valid PromQL: ${apiError}`);
        }
        const retrySafe = response.status >= 500 || response.status === 429 || answer?.errorType === 'timeout' || answer?.errorType === 'unavailable';
        throw new errors/* ExternalError */.yA(`Prometheus at ${where} answered ${response.status} to query '${promql}'${apiError ? `: ${apiError}` : ''}`, 'Prometheus', response.status, retrySafe);
    }
    const data = answer.data;
    if (data?.resultType === 'scalar') {
        const value = parseValue(data.result?.[1]);
        return Number.isNaN(value) ? undefined : value;
    }
    if (data?.resultType !== 'vector' || !Array.isArray(data.result)) {
        throw new errors/* UserError */.yo(`Prometheus query '${promql}' returned a ${data?.resultType ?? 'result of no known type'}; it must be an instant query giving one number (no [5m] range at the end)`);
    }
    const result = data.result;
    if (result.length === 0)
        return undefined;
    if (result.length > 1) {
        const shown = result.slice(0, 3).map((entry) => describeSeries(entry.metric));
        throw new errors/* UserError */.yo(`Prometheus query '${promql}' must return one series, it returned ${result.length} (${shown.join(', ')}${result.length > 3 ? ', ...' : ''}); aggregate them, e.g. sum(...) or max(...)`);
    }
    const value = parseValue(result[0]?.value?.[1]);
    return Number.isNaN(value) ? undefined : value;
}
function failureText(error) {
    if (!(error instanceof Error))
        return String(error);
    const cause = error.cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}

;// CONCATENATED MODULE: ./build/monitoring/watch.js



/** Consecutive failed queries after which {@link watch} gives up. */
const MAX_CONSECUTIVE_FAILURES = 3;
function validate(options) {
    const positive = (value, what) => {
        if (!Number.isFinite(value) || value <= 0)
            throw new errors/* UserError */.yo(`watch: ${what} must be a positive duration, got ${value} ms`);
    };
    positive(options.forMs, 'the period');
    positive(options.everyMs, 'the interval');
    if (options.everyMs > options.forMs)
        throw new errors/* UserError */.yo(`watch: the interval (${options.everyMs} ms) is longer than the period (${options.forMs} ms); poll at least twice`);
    if (!Number.isFinite(options.threshold))
        throw new errors/* UserError */.yo(`watch: the threshold must be a finite number, got ${options.threshold}`);
    if (!options.query.trim())
        throw new errors/* UserError */.yo('watch: the query is empty; give a PromQL expression that returns one number');
}
/**
 * Polls a PromQL query every `everyMs` for `forMs` (on a fixed schedule from the start: the first poll
 * at once, the last at the end of the period) and returns at the first value past the threshold.
 *
 * A failed query the server may answer next time (unreachable, 5xx, 429, a query timeout) is recorded as
 * a sample with its `error` and retried at the next tick; {@link MAX_CONSECUTIVE_FAILURES} in a row
 * throw the last {@link ExternalError}: a watch that cannot see is not a healthy watch. A query that
 * can never work (bad PromQL, several series, 401/404) throws at once.
 */
async function watch(options) {
    validate(options);
    const now = options.now ?? Date.now;
    const wait = options.sleep ?? retry/* sleep */.yy;
    const above = options.above ?? true;
    const samples = [];
    const start = now();
    let failures = 0;
    let last;
    for (let tick = 0; tick * options.everyMs <= options.forMs; tick++) {
        options.signal?.throwIfAborted();
        const delay = start + tick * options.everyMs - now();
        if (delay > 0)
            await wait(delay, options.signal);
        options.signal?.throwIfAborted();
        const time = new Date(now()).toISOString();
        let sample;
        try {
            const value = await queryScalar(options.url, options.query, { fetch: options.fetch, timeoutMs: options.timeoutMs });
            failures = 0;
            sample = value === undefined ? { time } : { time, value };
        }
        catch (error) {
            if (!(error instanceof errors/* ExternalError */.yA) || !error.retrySafe)
                throw error;
            failures += 1;
            sample = { time, error: error.message };
            samples.push(sample);
            options.onSample?.(sample);
            if (failures >= MAX_CONSECUTIVE_FAILURES) {
                throw new errors/* ExternalError */.yA(`${error.message} (${failures} queries in a row failed; the watch stopped)`, error.service, error.status, error.retrySafe);
            }
            continue;
        }
        samples.push(sample);
        options.onSample?.(sample);
        if (sample.value === undefined)
            continue;
        last = sample;
        if (above ? sample.value > options.threshold : sample.value < options.threshold) {
            return { breached: true, value: sample.value, at: sample.time, noData: false, samples };
        }
    }
    return { breached: false, ...(last ? { value: last.value, at: last.time } : {}), noData: last === undefined, samples };
}


/***/ })

};
