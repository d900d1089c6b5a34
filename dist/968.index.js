export const id = 968;
export const ids = [968,2288,5215,7850];
export const modules = {

/***/ 71998:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ sha256Of),
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   hW: () => (/* binding */ digestTree),
/* harmony export */   qW: () => (/* binding */ digestOfSet)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62807);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(21645);






/** The sha256 (hex) of bytes in memory. */
function sha256Of(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
/** The sha256 (hex) and size of a file, streamed in large reads (model files can be gigabytes). */
async function hashFile(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: _files_js__WEBPACK_IMPORTED_MODULE_5__/* .READ_CHUNK */ .vA })) {
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
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(root);
    const visit = async (p) => {
        let info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(p);
        if (info.isSymbolicLink()) {
            const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(p).catch(() => undefined);
            if (!target || !(target === realRoot || target.startsWith(realRoot + node_path__WEBPACK_IMPORTED_MODULE_3__.sep))) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`'${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(root, p)}' is a symbolic link leading out of the workspace (or nowhere); copy the file in instead`);
            }
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(p);
            if (info.isDirectory())
                return;
        }
        if (info.isDirectory()) {
            for (const entry of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(p)).sort())
                await visit((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(p, entry));
        }
        else if (info.isFile()) {
            out.push({ path: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(root, p).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/'), sha256: await sha256File(p), size: info.size });
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
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
        hash.update(`${f.path}\0${f.sha256}\0${f.size}\n`);
    return `sha256:${hash.digest('hex')}`;
}


/***/ }),

/***/ 37980:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aY: () => (/* binding */ code),
  FV: () => (/* binding */ escapeMarkdown),
  s8: () => (/* binding */ markerKey),
  zq: () => (/* binding */ rowLength),
  tp: () => (/* binding */ table)
});

;// CONCATENATED MODULE: ./node_modules/markdown-table/index.js
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

;// CONCATENATED MODULE: ./build/core/markdown.js

const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;
function shorten(text, maxLength) {
    const t = text.replace(CONTROL, ' ');
    return t.length > maxLength ? `${t.slice(0, maxLength - 1)}…` : t;
}
/**
 * Untrusted text (a metric name or value, a file name, a git ref) as a code span: GitHub and GitLab
 * render it literally, with no HTML, emphasis, links, autolinks, mentions or references. `inTable`
 * escapes `|`, which a GFM table splits on even inside code. Newlines become spaces.
 */
function code(text, options = {}) {
    let t = shorten(text, options.maxLength ?? 200);
    // `` is no code span: GitHub's renderer then pairs the backticks of the spans after it on the line
    // otherwise, and one of those texts renders as markdown and HTML. One space is an empty code span.
    if (t === '')
        return '` `';
    if (options.inTable)
        t = t.replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    // A span that starts or ends with a backtick or a space needs a space of padding, which is stripped.
    const pad = /^[` ]|[` ]$/.test(t) ? ' ' : '';
    return `${fence}${pad}${t}${pad}${fence}`;
}
/**
 * Untrusted text as prose (a title): renders as the literal text, with no HTML, emphasis, links,
 * autolinks, mentions, references or block syntax (where it starts a paragraph) on GitHub or GitLab. Newlines become spaces.
 */
function escapeMarkdown(text, maxLength = 200) {
    // Mentions, autolinks and references (GitHub's #1 and GH-1, GitLab's !1 ~label %milestone $snippet
    // &epic ^) are found in rendered text, where an escape no longer exists; a zero-width space breaks
    // the pattern without changing what is read.
    const t = shorten(text, maxLength)
        .replace(/@/g, '\u200b@\u200b')
        .replace(/:\/\//g, ':\u200b//')
        .replace(/www\./gi, (m) => `${m.slice(0, 3)}\u200b.`)
        .replace(/\b(GH)-(?=\d)/gi, '$1-\u200b')
        .replace(/([#!~%$&^])(?=[\w"'])/g, '$1\u200b');
    return (t
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // Only what is markdown inside a paragraph or a table cell: block syntax cannot start mid-line.
        .replace(/[\\`*_[\]~]/g, (c) => `\\${c}`)
        .replace(/\|/g, '&#124;')
        // Placed at the start of a paragraph it must not open a block either: a heading (#), a list item
        // (-, +, 1. or 1)), a rule (---), a setext underline (===), or an indented code block.
        .replace(/^\s+/, '')
        // Nor may it end in a space: `**text **` is no strong emphasis, and the report's bold is lost.
        .replace(/\s+$/, '')
        .replace(/^([#+=-])/, '\\$1')
        .replace(/^(\d{1,9})([.)])/, '$1\\$2'));
}
/** An identifier safe for an HTML comment marker: letters, digits and `._/:-` only. */
function markerKey(text) {
    return text.replace(/[^A-Za-z0-9._/:-]+/g, '-').slice(0, 120);
}
/** Characters a table row adds to the markdown, as {@link table} renders it (for size budgets). */
function rowLength(cells) {
    return `| ${cells.join(' | ')} |\n`.length;
}
/** A GitHub/GitLab table with unpadded delimiters; cells must already be escaped. */
function table(header, rows, align) {
    return markdownTable([header, ...rows], { alignDelimiters: false, align: align ? [...align] : undefined });
}


/***/ }),

/***/ 68216:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony export backoffMs */
/**
 * The one retry loop and the one sleep. Callers differ only in their numbers (attempts, first wait, cap,
 * jitter) and in which failures they retry; keeping the loop here means a fix to it (abort handling,
 * Retry-After, caps) reaches every caller at once.
 */
/**
 * Sleeps `ms` milliseconds. With a signal, an abort ends the sleep at once and rejects with the signal's
 * reason (so a cancelled step does not sit out a long wait).
 */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/**
 * The wait after failed attempt `attempt` (from 1), before jitter and Retry-After:
 * `baseMs * factor^(attempt - 1)`, at most `capMs`.
 */
function backoffMs(attempt, options) {
    return Math.min(options.baseMs * (options.factor ?? 2) ** (attempt - 1), options.capMs ?? Infinity);
}
/**
 * Runs `fn` until it resolves, a failure is not `retryable`, or `attempts` are used up; then rejects with
 * the last failure as it was thrown. `fn` is given the attempt number (from 1), so work that must be
 * redone before another try (re-pushing blobs, asking an upload where it got to) can see that it is one.
 */
async function retry(fn, options) {
    if (!(options.attempts >= 1))
        throw new RangeError(`retry: attempts must be at least 1, got ${options.attempts}`);
    const wait = options.sleep ?? sleep;
    const random = options.random ?? Math.random;
    for (let attempt = 1;; attempt++) {
        options.signal?.throwIfAborted();
        try {
            return await fn(attempt);
        }
        catch (error) {
            if (attempt >= options.attempts || !(options.retryable?.(error, attempt) ?? true))
                throw error;
            const backoff = backoffMs(attempt, options);
            const jittered = options.jitter ? random() * backoff : backoff;
            // The server's own estimate beats ours when longer; the cap still holds, so a server cannot park
            // a CI job for an hour.
            const delayMs = Math.min(Math.max(jittered, options.retryAfterMs?.(error) ?? 0), options.capMs ?? Infinity);
            options.onRetry?.({ error, attempt, delayMs });
            await wait(delayMs, options.signal);
        }
    }
}


/***/ }),

/***/ 32288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LOCAL_STORE: () => (/* reexport safe */ _registry_inputs_js__WEBPACK_IMPORTED_MODULE_2__.K5),
/* harmony export */   actor: () => (/* binding */ actor),
/* harmony export */   historyReport: () => (/* binding */ historyReport),
/* harmony export */   openModelStore: () => (/* binding */ openModelStore),
/* harmony export */   recordDeploymentOrWarn: () => (/* binding */ recordDeploymentOrWarn),
/* harmony export */   reportOrWarn: () => (/* binding */ reportOrWarn),
/* harmony export */   shortDigest: () => (/* binding */ shortDigest),
/* harmony export */   storeAddress: () => (/* binding */ storeAddress)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37980);
/* harmony import */ var _registry_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73524);
/* harmony import */ var _registry_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21303);





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
    if (platform.features.ci && uri.trim().startsWith('oci-layout:') && !warned.has(platform)) {
        warned.add(platform);
        platform.log.warning(`registry '${uri}' is a folder in this job's workspace: it disappears when the job ends, so later jobs and pipelines find no recorded runs (no baseline) and nothing deployed. ` +
            `Leave 'registry' unset to use ${own ? `${own.label ?? "the platform's registry"} (${own.uri})` : "the platform's registry"}, or name an oci:// registry`);
    }
    return (0,_registry_store_js__WEBPACK_IMPORTED_MODULE_1__.openStore)(uri, { workspace: context.workspace, username, password });
}
/** Which store, with which credentials: the inputs', else the platform's own registry, else on disk. */
function storeAddress(context, inputs) {
    const own = context.registry;
    const uri = inputs.registry ?? own?.uri ?? _registry_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .LOCAL_STORE */ .K5;
    const ownHost = own !== undefined && hostOf(uri) === hostOf(own.uri);
    const username = inputs.registryUsername ?? (ownHost ? own.username : undefined);
    const password = inputs.registryPassword ?? (ownHost ? (own.password ?? inputs.token) : undefined);
    return { uri, username, password };
}
function hostOf(uri) {
    return /^oci:\/\/([^/]+)/.exec(uri.trim())?.[1]?.toLowerCase();
}
/** Who is acting, for the record: the CI user and run where there is one. */
function actor(platform) {
    return platform.context.actor ?? `${platform.context.platform} user`;
}
/**
 * Records the environment's GitHub Deployment without letting it decide the job: the registry's
 * pointer is what runs, the Deployment only shows it on the repository's Environments page. A refusal
 * (403, or the 404 GitHub answers a token that may not see deployments) is a warning naming the
 * permission; any other failure a warning too. `production` says where the environment stands, for
 * the warning. Returns whether it was recorded (or there was nothing to record it on).
 */
async function recordDeploymentOrWarn(platform, step, status, production) {
    try {
        await platform.recordDeployment?.(status);
        return true;
    }
    catch (error) {
        const code = error.status;
        // The adapter's short hint is replaced by the full one below, with what it means for the environment.
        const said = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error).replace(/\s*\(the token lacks permission[^)]*\)\s*$/, '');
        platform.log.warning(code === 403 || code === 404
            ? `${step}: the GitHub Deployment of ${status.environment} was not recorded (${said}): grant the job 'permissions: deployments: write' (or pass a 'token' that has it) to see deploys on the Environments page; ${production}`
            : `${step}: the GitHub Deployment of ${status.environment} was not recorded (${said}); ${production}`);
        return false;
    }
}
/**
 * Runs what only reports on a deploy once the environment moved (the summary): a failure is a warning
 * that says where the environment stands, never the job's failure.
 */
async function reportOrWarn(platform, step, what, production, report) {
    try {
        await report();
    }
    catch (error) {
        platform.log.warning(`${step}: could not ${what} (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}); ${production}`);
    }
}
/** A digest shortened for tables: `sha256:0123456789ab`. */
function shortDigest(digest) {
    return digest ? digest.slice(0, 19) : '—';
}
/** One row per record, newest first: when, what, from which digest to which, the verdict, who and why. */
function historyReport(model, environment, records, pointer, offChain = []) {
    // Reasons, actors and versions are anyone's text: in a terminal a control character could clear the
    // screen or forge a link (OSC 8), so the text form shows each as '?'.
    const plain = (text) => (text ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
    const row = ({ record }) => [
        record.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z'),
        record.action,
        record.version ?? '',
        `${shortDigest(record.from)} → ${shortDigest(record.to)}`,
        `${record.verdict ?? '—'}${record.forced ? ' (forced)' : ''}`,
        record.actor,
        record.reason,
    ];
    const rows = records.map(row);
    const lost = offChain.map(row);
    const header = ['time', 'action', 'version', 'from → to', 'gate', 'by', 'why'];
    const head = `Deployment history of ${model} in ${environment}: ${records.length} record${records.length === 1 ? '' : 's'}, pointer at ${pointer ?? 'nothing'}`;
    // Records that lost a race, or whose deployment died deciding, are not in the chain: shown apart, never left out.
    const lostHead = lost.length ? `Not in effect: ${lost.length} record${lost.length === 1 ? '' : 's'} of deployments that lost a race (or did not finish)` : '';
    const cells = (r) => r.map((c) => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(c, { inTable: true }));
    const markdown = `### ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(model)} in ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(environment)}\n\n${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(header, rows.map(cells))}\n\nPointer: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(pointer ?? 'none')}\n${lost.length ? `\n${lostHead}:\n\n${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(header, lost.map(cells))}\n` : ''}`;
    const widths = header.map((h, i) => Math.max(h.length, ...[...rows, ...lost].map((r) => r[i].length)));
    const line = (cells) => cells
        .map((c, i) => plain(c).padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    const text = [plain(head), line(header), ...rows.map(line), ...(lost.length ? ['', `${lostHead}:`, line(header), ...lost.map(line)] : [])].join('\n') + '\n';
    return { markdown, text };
}


/***/ }),

/***/ 18866:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _deployments_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32288);
/* harmony import */ var _registry_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21303);


/** `modelgate history`: prints an environment's chain of deployment records on stdout. */
async function run(inputs, platform) {
    const [{ openStore }, { history }] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 73524)), __webpack_require__.e(/* import() */ 3707).then(__webpack_require__.bind(__webpack_require__, 73707))]);
    const { modelName, environment, format } = inputs;
    const store = openStore(inputs.registry ?? _registry_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .LOCAL_STORE */ .K5, { workspace: platform.context.workspace, username: inputs.registryUsername, password: inputs.registryPassword });
    const chain = await history(store, modelName, environment);
    if (format === 'json')
        process.stdout.write(`${JSON.stringify({ model: modelName, environment, pointer: chain.pointer ?? null, forks: chain.forks, records: chain.records, offChain: chain.offChain }, null, 2)}\n`);
    else {
        const report = (0,_deployments_js__WEBPACK_IMPORTED_MODULE_0__.historyReport)(modelName, environment, chain.records, chain.pointer, chain.offChain);
        process.stdout.write(format === 'markdown' ? report.markdown : report.text);
    }
    return {};
}


/***/ })

};
