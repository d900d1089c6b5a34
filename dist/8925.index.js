export const id = 8925;
export const ids = [8925];
export const modules = {

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


/***/ }),

/***/ 88925:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   versionsReport: () => (/* binding */ versionsReport)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37980);
/* harmony import */ var _run_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81093);


/**
 * `modelgate versions`: prints the versions and recorded runs of a model, newest first, each with its
 * commit, time, outcome, headline metrics (those its newest gate judged, else its first metrics by
 * name), CI run and the environments that run it. A model with nothing recorded fails.
 */
async function run(inputs, platform) {
    const [{ gatedByVersion, openCommandStore, readEnvironments, requireModel }, { readEntries }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(9701), __webpack_require__.e(3524), __webpack_require__.e(575), __webpack_require__.e(2408)]).then(__webpack_require__.bind(__webpack_require__, 72408)),
        Promise.all(/* import() */[__webpack_require__.e(9701), __webpack_require__.e(3524), __webpack_require__.e(575)]).then(__webpack_require__.bind(__webpack_require__, 46664)),
    ]);
    const { modelName, format } = inputs;
    const store = openCommandStore(platform, inputs);
    const index = await requireModel('versions', store, modelName);
    const [found, states] = await Promise.all([readEntries(store, modelName, index), readEnvironments(store, modelName, index.environments)]);
    const gated = gatedByVersion(states);
    // A recorded run shows what the gate of a version made from it judged (they share the run record).
    const gatedByRecord = new Map();
    for (const e of found) {
        const names = gated.get(e.digest);
        if (e.kind === 'version' && names && e.runRecordDigest && !gatedByRecord.has(e.runRecordDigest))
            gatedByRecord.set(e.runRecordDigest, names);
    }
    const entries = found.map((e) => entryOf(e, platform, gated.get(e.digest) ?? (e.runRecordDigest ? gatedByRecord.get(e.runRecordDigest) : undefined), states));
    if (format === 'json') {
        const environments = states.map((s) => ({
            environment: s.environment,
            pointer: s.pointer ?? null,
            version: entries.find((e) => e.kind === 'version' && e.digest === s.pointer)?.tag ?? null,
        }));
        process.stdout.write(`${JSON.stringify({ model: modelName, environments, entries }, null, 2)}\n`);
        return {};
    }
    const report = versionsReport(modelName, entries);
    process.stdout.write(format === 'markdown' ? report.markdown : report.text);
    return {};
}
function entryOf(entry, platform, gated, states) {
    const s = (0,_run_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .summarize */ .eh)({ ...entry, version: entry.tag }, platform.context, gated);
    return {
        kind: entry.kind,
        tag: entry.tag,
        digest: s.digest,
        commit: s.commit,
        commitUrl: s.commitUrl,
        created: s.created,
        outcome: s.outcome,
        runUrl: s.runUrl,
        headline: s.headline,
        runRecordDigest: entry.runRecordDigest ?? null,
        environments: entry.kind === 'version' ? states.filter((s) => s.pointer === entry.digest).map((s) => s.environment) : [],
    };
}
/** The table, newest first; store text is `?` for control characters in the terminal and code in markdown. */
function versionsReport(model, entries) {
    const versions = entries.filter((e) => e.kind === 'version').length;
    const head = `Versions and recorded runs of ${model}: ${versions} version${versions === 1 ? '' : 's'}, ${entries.length - versions} run${entries.length - versions === 1 ? '' : 's'}, newest first`;
    const header = ['created', 'kind', 'tag', 'commit', 'outcome', 'metrics', 'environments', 'run'];
    const row = (e, markdown) => {
        const summary = { ...e, version: e.tag };
        const [commit, metrics, runCell] = (0,_run_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryCells */ .S)(summary, markdown);
        const own = [(e.created ?? '—').replace('T', ' ').replace(/\.\d+Z$/, 'Z'), e.kind, e.tag, e.outcome ?? '—', e.environments.join(', ') || '—'];
        const [created, kind, tag, outcome, where] = markdown ? own.map((c) => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(c, { inTable: true })) : own;
        return [created, kind, tag, commit, outcome, metrics, where, runCell];
    };
    const text = entries.map((e) => row(e, false));
    const widths = header.map((h, i) => Math.max(h.length, ...text.map((r) => r[i].length)));
    const line = (cells) => cells
        .map((c, i) => (0,_run_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(c).padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    return {
        text: [(0,_run_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(head), line(header), ...text.map(line)].join('\n') + '\n',
        markdown: `### Versions of ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(model)}\n\n${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(header, entries.map((e) => row(e, true)))}\n`,
    };
}


/***/ })

};
