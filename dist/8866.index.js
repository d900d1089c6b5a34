export const id = 8866;
export const ids = [8866];
export const modules = {

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

/***/ 18866:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57980);
/* harmony import */ var _history_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88103);



/**
 * `modelgate history`: prints the chain of deployment records of one environment (`--env`), or of
 * every environment of the model, on stdout, each record with the commit, headline metrics and CI run
 * of the version it moved to. An unknown model or environment fails, saying what there is.
 */
async function run(inputs, platform) {
    const { openCommandStore, readEnvironments, requireModel, runsOfRecords } = await Promise.all(/* import() */[__webpack_require__.e(9701), __webpack_require__.e(3524), __webpack_require__.e(575), __webpack_require__.e(2408)]).then(__webpack_require__.bind(__webpack_require__, 72408));
    const { modelName, environment, format } = inputs;
    const store = openCommandStore(platform, inputs);
    const index = await requireModel('history', store, modelName);
    const names = environment === undefined ? index.environments : [checkEnvironment(store, modelName, environment, index.environments)];
    if (names.length === 0)
        throw noEnvironments(store, modelName);
    const states = await readEnvironments(store, modelName, names);
    const runs = await runsOfRecords(store, modelName, platform, states);
    if (format === 'json') {
        const shown = states.map((s) => environmentJson(s, runs));
        const body = environment === undefined ? { model: modelName, environments: shown } : { model: modelName, ...shown[0] };
        process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
        return {};
    }
    const report = environment === undefined
        ? (0,_history_report_js__WEBPACK_IMPORTED_MODULE_1__/* .environmentsReport */ .V)(modelName, states, runs)
        : (0,_history_report_js__WEBPACK_IMPORTED_MODULE_1__/* .historyReport */ .T)(modelName, environment, states[0]?.records ?? [], states[0]?.pointer, states[0]?.offChain ?? [], runs);
    process.stdout.write(format === 'markdown' ? report.markdown : report.text);
    return {};
}
/** The environment asked for, when the model has it; otherwise the error names the ones it has. */
function checkEnvironment(store, model, environment, known) {
    if (known.includes(environment))
        return environment;
    if (known.length === 0)
        throw noEnvironments(store, model);
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`history: model '${model}' has no environment '${environment}' in ${store.uri} (no pointer env-${environment}, no deployment record)${(0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_2__.didYouMean)(environment, known)}; its environments: ${known.join(', ')}`);
}
function noEnvironments(store, model) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`history: nothing of model '${model}' has been deployed in ${store.uri}: it has no environment yet (deploy-model with 'environment' promotes a version); 'modelgate versions --model-name ${model}' lists what is recorded`);
}
/** One environment in the JSON: the chain's entries as stored, each with `run`, the summary of its version's run (or null). */
function environmentJson(state, runs) {
    const withRun = (entries) => entries.map((e) => ({ ...e, run: runs(e) ?? null }));
    return { environment: state.environment, pointer: state.pointer ?? null, forks: state.forks, records: withRun(state.records), offChain: withRun(state.offChain) };
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
