export const id = 548;
export const ids = [548,288];
export const modules = {

/***/ 32288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LOCAL_STORE: () => (/* reexport safe */ _registry_inputs_js__WEBPACK_IMPORTED_MODULE_1__.K5),
/* harmony export */   actor: () => (/* binding */ actor),
/* harmony export */   historyReport: () => (/* binding */ historyReport),
/* harmony export */   openModelStore: () => (/* binding */ openModelStore),
/* harmony export */   shortDigest: () => (/* binding */ shortDigest),
/* harmony export */   storeAddress: () => (/* binding */ storeAddress)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43937);
/* harmony import */ var _registry_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70);
/* harmony import */ var _registry_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21303);




const warned = new WeakSet();
/**
 * Opens the store the registry inputs name, or the platform's own registry (GHCR for the repository,
 * the GitLab project's container registry), or on-disk outside CI. The platform's credentials (and the
 * `token` input on GHCR) go to the platform's own registry host only, never to one a user named.
 */
function openModelStore(platform, inputs) {
    const { uri, username, password } = storeAddress(platform.context, inputs);
    const { context } = platform;
    const own = context.registry;
    if (context.platform !== 'local' && uri.trim().startsWith('oci-layout:') && !warned.has(platform)) {
        warned.add(platform);
        platform.log.warning(`registry '${uri}' is a folder in this job's workspace: it disappears when the job ends, so later jobs and pipelines find no recorded runs (no baseline) and nothing deployed. ` +
            `Leave 'registry' unset to use ${own ? `this ${context.platform === 'github' ? "repository's GHCR" : "project's container registry"} (${own.uri})` : "the platform's registry"}, or name an oci:// registry`);
    }
    return (0,_registry_store_js__WEBPACK_IMPORTED_MODULE_0__.openStore)(uri, { workspace: context.workspace, username, password });
}
/** Which store, with which credentials: the inputs', else the platform's own registry, else on disk. */
function storeAddress(context, inputs) {
    const own = context.registry;
    const uri = inputs.registry ?? own?.uri ?? _registry_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .LOCAL_STORE */ .K5;
    const ownHost = own !== undefined && hostOf(uri) === hostOf(own.uri);
    const username = inputs.registryUsername ?? (ownHost ? own.username : undefined);
    const password = inputs.registryPassword ?? (ownHost ? (own.password ?? inputs.token) : undefined);
    return { uri, username, password };
}
function hostOf(uri) {
    return /^oci:\/\/([^/]+)/.exec(uri.trim())?.[1]?.toLowerCase();
}
/** Who is acting, for the record: the CI user and run where there is one. */
function actor(platform, env = process.env) {
    return env.GITHUB_ACTOR ?? env.GITLAB_USER_LOGIN ?? env.USER ?? env.USERNAME ?? `${platform.context.platform} user`;
}
/** A digest shortened for tables: `sha256:0123456789ab`. */
function shortDigest(digest) {
    return digest ? digest.slice(0, 19) : '—';
}
/** One row per record, newest first: when, what, from which digest to which, the verdict, who and why. */
function historyReport(model, environment, records, pointer, forks) {
    const rows = records.map(({ record }) => [
        record.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z'),
        record.action,
        record.version ?? '',
        `${shortDigest(record.from)} → ${shortDigest(record.to)}`,
        `${record.verdict ?? '—'}${record.forced ? ' (forced)' : ''}`,
        record.actor,
        record.reason,
    ]);
    const header = ['time', 'action', 'version', 'from → to', 'gate', 'by', 'why'];
    const head = `Deployment history of ${model} in ${environment}: ${records.length} record${records.length === 1 ? '' : 's'}, pointer at ${pointer ?? 'nothing'}`;
    const forkNote = forks.length ? `\nLost races: ${forks.length} record${forks.length === 1 ? '' : 's'} share a predecessor with the chain (${forks.map(shortDigest).join(', ')}).` : '';
    const markdown = `### ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(model)} in ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(environment)}\n\n${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(header, rows.map((r) => r.map((c) => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(c, { inTable: true }))))}\n\nPointer: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(pointer ?? 'none')}${forkNote}\n`;
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    const text = [head, line(header), ...rows.map(line)].join('\n') + forkNote + '\n';
    return { markdown, text };
}


/***/ }),

/***/ 30232:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43937);
/* harmony import */ var _registry_models_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73707);
/* harmony import */ var _deployments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32288);
/* harmony import */ var _figures_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85221);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41692);






/**
 * rollback: re-points an environment at an earlier version, with a deployment record. In watch mode it
 * first evaluates a PromQL query for a while and rolls back only on a breach.
 */
async function run(platform) {
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseInputs */ .T)(platform);
    const store = (0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.openModelStore)(platform, inputs);
    let reason = inputs.reason;
    if (inputs.watch) {
        const breach = await watchFor(platform, inputs.watch);
        platform.setOutput('breached', String(breach !== undefined));
        if (breach === undefined) {
            platform.setOutput('rolled-back', 'false');
            await platform.summary(report('healthy', [['environment', inputs.environment], ['query', inputs.watch.query], ['outcome', `stayed within ${inputs.watch.threshold} for the whole watch`]]));
            return {};
        }
        reason ??= breach;
    }
    const current = await (0,_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.currentDeployment)(store, inputs.modelName, inputs.environment);
    if (!current)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`rollback: ${inputs.modelName} has never been deployed to ${inputs.environment} in ${store.uri}: nothing to roll back`);
    const target = inputs.to ? await explicitTarget(store, inputs, inputs.to) : await previousTarget(store, inputs, current.digest);
    if (target.digest === current.digest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`rollback: ${inputs.environment} already points at ${target.version ?? target.digest}`);
    const rows = [
        ['environment', inputs.environment],
        ['from', `${current.version ?? ''} ${(0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.shortDigest)(current.digest)}`.trim()],
        ['to', `${target.version ?? ''} ${(0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.shortDigest)(target.digest)}`.trim()],
        ['why', reason ?? 'manual rollback'],
    ];
    platform.setOutput('from-digest', current.digest);
    platform.setOutput('digest', target.digest);
    platform.setOutput('version', target.version ?? '');
    if (inputs.dryRun) {
        platform.setOutput('rolled-back', 'false');
        platform.log.info(`rollback: dry run: would re-point ${inputs.environment} from ${current.version ?? current.digest} to ${target.version ?? target.digest}`);
        await platform.summary(report('dry run: nothing changed', rows));
        return {};
    }
    const done = await (0,_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.deploy)(store, { model: inputs.modelName, environment: inputs.environment, action: 'rollback', to: target.digest, version: target.version, actor: (0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.actor)(platform), runUrl: platform.context.runUrl, reason: reason ?? 'manual rollback' });
    if (done.lostRace)
        return { failure: `rollback: lost a race for ${inputs.environment}: ${done.lostRace}. Check 'modelgate history' and re-run` };
    platform.setOutput('rolled-back', 'true');
    platform.setOutput('record', done.recordDigest);
    const revision = target.annotations[_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.ANNOTATIONS.revision];
    await platform.recordDeployment?.({ environment: inputs.environment, sha: revision ?? platform.context.sha, state: 'success', description: `rolled back to ${target.version ?? (0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.shortDigest)(target.digest)}`, token: inputs.token });
    await platform.summary(report('rolled back', rows));
    const outcome = (0,_figures_js__WEBPACK_IMPORTED_MODULE_3__/* .rollbackOutcome */ .pl)(inputs.modelName, inputs.environment, target.version ?? (0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.shortDigest)(target.digest), reason ?? 'manual rollback');
    if (inputs.watch)
        return { failure: `rollback: ${reason}; ${inputs.environment} was rolled back to ${target.version ?? (0,_deployments_js__WEBPACK_IMPORTED_MODULE_2__.shortDigest)(target.digest)}`, ...outcome };
    return outcome;
}
/**
 * An explicit `to`: a version the environment ran before, whose promotion there passed its gate. Gate
 * outcomes live in the deployment records (a version holds only what training made), so a version
 * the environment never ran has nothing that vouches for it: deploy-model, with its gate, takes it there.
 */
async function explicitTarget(store, inputs, to) {
    const found = await (0,_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.resolveVersion)(store, inputs.modelName, to);
    if (!found)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`rollback: input 'to': ${inputs.modelName} has no version or digest '${to}' in ${store.uri}`);
    const { records } = await (0,_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.history)(store, inputs.modelName, inputs.environment);
    const promotions = records.filter(({ record }) => record.to === found.digest && record.action === 'promote');
    if (promotions.length === 0 && !records.some(({ record }) => record.to === found.digest)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`rollback: input 'to': ${to} never ran in ${inputs.environment}, so no gate vouches for it there; promote it with deploy-model (its gate decides), or pick a version from 'modelgate history --env ${inputs.environment}'`);
    }
    if (promotions.length > 0 && promotions.every(({ record }) => record.forced === true || record.verdict === 'fail')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`rollback: input 'to': ${to} only reached ${inputs.environment} forced past its gate (${promotions.map(({ record }) => record.verdict ?? 'no verdict').join(', ')}); pick another version, or promote it again with deploy-model and 'force'`);
    }
    return found;
}
/** The newest version the environment held before, skipping any that a rollback moved away from. */
async function previousTarget(store, inputs, current) {
    const { records } = await (0,_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.history)(store, inputs.modelName, inputs.environment);
    const bad = new Set([current]);
    for (const { record } of records)
        if (record.action === 'rollback' && record.from)
            bad.add(record.from);
    for (const { record } of records) {
        if (bad.has(record.to))
            continue;
        const found = await (0,_registry_models_js__WEBPACK_IMPORTED_MODULE_1__.resolveVersion)(store, inputs.modelName, record.to);
        if (found)
            return found;
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`rollback: ${inputs.environment} has no earlier version to go back to (${records.length} record${records.length === 1 ? '' : 's'} in its history); name one with 'to'`);
}
/** Watches the query; the breach in words, or undefined when it stayed healthy. */
async function watchFor(platform, watch) {
    const { watch: watchQuery } = await __webpack_require__.e(/* import() */ 937).then(__webpack_require__.bind(__webpack_require__, 79937));
    platform.log.info(`rollback: watching '${watch.query}' every ${watch.everyMs / 1000}s for ${watch.forMs / 1000}s (breach when ${watch.above ? 'above' : 'below'} ${watch.threshold})`);
    const result = await watchQuery({
        url: watch.url,
        query: watch.query,
        threshold: watch.threshold,
        above: watch.above,
        forMs: watch.forMs,
        everyMs: watch.everyMs,
        fetch: watch.token ? withBearer(watch.token) : undefined,
        onSample: (sample) => platform.log.info(`rollback: ${sample.time} ${sample.value ?? 'no data'}`),
    });
    const last = result.samples.at(-1)?.value;
    if (last !== undefined || result.value !== undefined)
        platform.setOutput('value', String(result.value ?? last));
    if (result.noData)
        platform.log.warning(`rollback: '${watch.query}' returned no data for the whole watch: no breach, but no evidence of health either (check the query's labels)`);
    if (!result.breached)
        return undefined;
    return `'${watch.query}' was ${result.value} at ${result.at}, ${watch.above ? 'above' : 'below'} the threshold ${watch.threshold}`;
}
/** A fetch that sends Prometheus a bearer token (the token never reaches a message). */
function withBearer(token) {
    return (input, init) => {
        const headers = new Headers(init?.headers);
        headers.set('Authorization', `Bearer ${token}`);
        return fetch(input, { ...init, headers });
    };
}
function report(outcome, rows) {
    const markdown = `### rollback: ${outcome}\n\n${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .table */ .tp)(['', ''], rows.map(([k, v]) => [k, (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(v, { inTable: true })]))}\n`;
    return { markdown, text: `rollback: ${outcome}\n${rows.map(([k, v]) => `  ${k.padEnd(12)} ${v}`).join('\n')}\n` };
}


/***/ }),

/***/ 735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ markdownTable)
/* harmony export */ });
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}


/***/ })

};
