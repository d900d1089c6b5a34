export const id = 5;
export const ids = [5,9598];
export const modules = {

/***/ 37980:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aY: () => (/* binding */ code),
  ZD: () => (/* binding */ escapeHtml),
  FV: () => (/* binding */ escapeMarkdown),
  h8: () => (/* binding */ htmlCode),
  YY: () => (/* binding */ linkUrl),
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
 * Mentions, autolinks and references (GitHub's #1 and GH-1, GitLab's !1 ~label %milestone $snippet
 * &epic ^) are found in rendered text, where an escape no longer exists; a zero-width space breaks the
 * pattern without changing what is read.
 */
function breakReferences(text) {
    return text
        .replace(/@/g, '\u200b@\u200b')
        .replace(/:\/\//g, ':\u200b//')
        .replace(/www\./gi, (m) => `${m.slice(0, 3)}\u200b.`)
        .replace(/\b(GH)-(?=\d)/gi, '$1-\u200b')
        .replace(/([#!~%$&^])(?=[\w"'])/g, '$1\u200b');
}
/** A URL safe to place in a markdown or HTML link: plain http(s), nothing that could end the link or add markup. */
function linkUrl(url) {
    return url && /^https?:\/\/[^\s()<>[\]"']+$/.test(url) ? url : undefined;
}
/**
 * Untrusted text as prose (a title): renders as the literal text, with no HTML, emphasis, links,
 * autolinks, mentions, references or block syntax (where it starts a paragraph) on GitHub or GitLab. Newlines become spaces.
 */
function escapeMarkdown(text, maxLength = 200) {
    const t = breakReferences(shorten(text, maxLength));
    return (t
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // Only what is markdown inside a paragraph or a table cell: block syntax cannot start mid-line.
        .replace(/[\\`*_[\]~]/g, (c) => `\\${c}`)
        .replace(/\|/g, '&#124;')
        // A dot before a letter makes a domain (`train.py`, `a.b.cx`) that fuzzy linkers (markdown-it,
        // chat clients) link; the escaped dot renders the same and links nothing.
        .replace(/\.(?=\p{L})/gu, '\\.')
        // Placed at the start of a paragraph it must not open a block either: a heading (#), a list item
        // (-, +, 1. or 1)), a rule (---), a setext underline (===), or an indented code block.
        .replace(/^\s+/, '')
        // Nor may it end in a space: `**text **` is no strong emphasis, and the report's bold is lost.
        .replace(/\s+$/, '')
        .replace(/^([#+=-])/, '\\$1')
        .replace(/^(\d{1,9})([.)])/, '$1\\$2'));
}
/**
 * Untrusted text inside HTML the report writes (a `<summary>`): markdown is not read there, so it is
 * HTML-escaped, and mentions, references and autolinks are broken as in {@link escapeMarkdown}.
 */
function escapeHtml(text, maxLength = 200) {
    return breakReferences(shorten(text, maxLength)).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** Untrusted text as `<code>` inside HTML the report writes. */
function htmlCode(text, maxLength = 200) {
    return `<code>${escapeHtml(text, maxLength)}</code>`;
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

/***/ 49598:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   METRIC_PREFIX: () => (/* binding */ METRIC_PREFIX),
/* harmony export */   VERDICTS: () => (/* binding */ VERDICTS),
/* harmony export */   driftSamples: () => (/* binding */ driftSamples),
/* harmony export */   gpuSamples: () => (/* binding */ gpuSamples),
/* harmony export */   metricName: () => (/* binding */ metricName),
/* harmony export */   modelMetricSamples: () => (/* binding */ modelMetricSamples),
/* harmony export */   promotedVersionSamples: () => (/* binding */ promotedVersionSamples),
/* harmony export */   pushTimeSample: () => (/* binding */ pushTimeSample),
/* harmony export */   stepDurationSample: () => (/* binding */ stepDurationSample),
/* harmony export */   stepSamples: () => (/* binding */ stepSamples),
/* harmony export */   validationSamples: () => (/* binding */ validationSamples),
/* harmony export */   verdictSamples: () => (/* binding */ verdictSamples)
/* harmony export */ });
/* harmony import */ var _exposition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31893);

/**
 * The series modelgate pushes, all named `modelgate_...`. Model metrics, drift scores and verdicts
 * carry the untrusted names (a metric from a PR's file, a feature of a data set) in label values, which
 * are escaped, never in series names; step figures are ours and become names.
 *
 * Grouping labels are not set here: the Pushgateway adds its grouping key to every series of a group
 * (see `pushMetrics`). Give each push `model`, `environment` and `step` labels: the example dashboard
 * (examples/grafana-dashboard.json) filters by the first two, and `step` keeps steps from replacing
 * each other's groups.
 */
/** Every name starts with this. */
const METRIC_PREFIX = 'modelgate_';
/** The verdicts a gate or a deployment ends with, one series each in {@link verdictSamples}. */
const VERDICTS = ['pass', 'warn', 'fail', 'no-baseline', 'promoted', 'rolled-back'];
/**
 * `modelgate_` and the parts joined with `_`, sanitized: `metricName('train-model', 'duration seconds')`
 * is `modelgate_train_model_duration_seconds`.
 */
function metricName(...parts) {
    return (0,_exposition_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeMetricName */ .H9)(METRIC_PREFIX + parts.map((part) => part.replace(/[^a-zA-Z0-9_:]+/g, '_')).join('_'));
}
/**
 * A step's figures as gauges `modelgate_<step>_<figure>` (booleans as 1 and 0), e.g.
 * `stepSamples('validate-data', { rows: 1200, passed: true })` gives `modelgate_validate_data_rows 1200`
 * and `modelgate_validate_data_passed 1`. `labels` go on every sample.
 */
function stepSamples(step, figures, labels) {
    return Object.entries(figures).map(([figure, value]) => ({
        name: metricName(step, figure),
        help: `modelgate ${step}: ${figure}`,
        type: 'gauge',
        value: typeof value === 'boolean' ? (value ? 1 : 0) : value,
        ...(labels ? { labels: { ...labels } } : {}),
    }));
}
/** How long a step took, as `modelgate_step_duration_seconds{step="..."}`: one panel for all steps. */
function stepDurationSample(step, seconds) {
    return { name: metricName('step', 'duration_seconds'), help: 'Duration of a modelgate step in seconds', type: 'gauge', value: seconds, labels: { step } };
}
/** When the step pushed, as `modelgate_last_push_timestamp_seconds` (for "stale" alerts). */
function pushTimeSample(at = new Date()) {
    return { name: metricName('last_push_timestamp_seconds'), help: 'Unix time of the last modelgate push of this group', type: 'gauge', value: at.getTime() / 1000 };
}
/**
 * A model's metric values, as `modelgate_model_metric{metric="<name>"}`: the name from the PR's file is
 * a label value, so it cannot make a series of its own. Non-finite values are left out (a metric file
 * with `NaN` says nothing to plot).
 */
function modelMetricSamples(values) {
    return Object.entries(values)
        .filter(([, value]) => Number.isFinite(value))
        .map(([metric, value]) => ({ name: metricName('model_metric'), help: 'A model metric as the candidate reported it', type: 'gauge', value, labels: { metric } }));
}
/** Drift scores per feature, as `modelgate_drift_score{feature="<name>"}`, plus `modelgate_drift_features_drifted`. */
function driftSamples(scores, drifted) {
    return [
        ...Object.entries(scores)
            .filter(([, value]) => Number.isFinite(value))
            .map(([feature, value]) => ({
            name: metricName('drift_score'),
            help: 'Drift score of a feature between reference and current data',
            type: 'gauge',
            value,
            labels: { feature },
        })),
        { name: metricName('drift_features_drifted'), help: 'Features whose drift score is past the threshold', type: 'gauge', value: drifted },
    ];
}
/**
 * The verdict as a state set: `modelgate_gate_verdict{verdict="..."}` is 1 for the verdict and 0 for the
 * others, so a panel can show the current one and a graph its history.
 */
function verdictSamples(verdict) {
    return VERDICTS.map((each) => ({
        name: metricName('gate_verdict'),
        help: 'The verdict of the gate or deployment (1 for the current one)',
        type: 'gauge',
        value: each === verdict ? 1 : 0,
        labels: { verdict: each },
    }));
}
/**
 * The version a deployment promoted: `modelgate_promoted_version_info{version="..."} 1` (registry
 * versions are not always numbers), and `modelgate_promoted_version` when the version is a whole number.
 */
function promotedVersionSamples(version) {
    const samples = [
        { name: metricName('promoted_version_info'), help: 'The model version last promoted (value always 1)', type: 'gauge', value: 1, labels: { version } },
    ];
    if (/^\d{1,15}$/.test(version.trim()))
        samples.push({ name: metricName('promoted_version'), help: 'The model version last promoted, when numeric', type: 'gauge', value: Number(version.trim()) });
    return samples;
}
/** validate-data's figures under the names the example dashboard reads (`modelgate_validate_data_*`). */
function validationSamples(rows, failedChecks) {
    return stepSamples('validate-data', { rows, failed_checks: failedChecks });
}
/** setup-gpu-runner's figures under the names the example dashboard reads (`modelgate_setup_gpu_runner_*`). */
function gpuSamples(gpus, memoryBytesPerGpu) {
    return stepSamples('setup-gpu-runner', { gpus, gpu_memory_bytes: memoryBytesPerGpu });
}


/***/ }),

/***/ 85221:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ deployOutcome),
/* harmony export */   Hc: () => (/* binding */ trainOutcome),
/* harmony export */   bm: () => (/* binding */ gpuOutcome),
/* harmony export */   d8: () => (/* binding */ validateOutcome),
/* harmony export */   mg: () => (/* binding */ compareOutcome),
/* harmony export */   pl: () => (/* binding */ rollbackOutcome)
/* harmony export */ });
/* harmony import */ var _monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49598);

/** Finite numbers of a metric map, for the `modelgate_model_metric` series. */
function numbers(values) {
    const out = {};
    for (const [name, value] of values)
        if (typeof value === 'number' && Number.isFinite(value))
            out[name] = value;
    return out;
}
/** compare-metrics: the candidate's metrics, each delta, the verdict; a chat line per regression. */
function compareOutcome(comparison, title, links) {
    const deltas = comparison.rows
        .filter((r) => typeof r.delta === 'number' && Number.isFinite(r.delta))
        .map((r) => ({
        name: 'modelgate_model_metric_delta',
        help: 'Change of a model metric against the baseline',
        type: 'gauge',
        value: r.delta,
        labels: { metric: r.name },
    }));
    const samples = [
        ...(0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.modelMetricSamples)(numbers(comparison.rows.map((r) => [r.name, r.value]))),
        ...deltas,
        ...(0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.verdictSamples)(comparison.verdict),
        ...(0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.stepSamples)('compare-metrics', { failed_rules: comparison.counts.fail, warned_rules: comparison.counts.warn }),
    ];
    const lines = comparison.rows
        .filter((r) => r.status === 'fail' || r.status === 'warn')
        .slice(0, 10)
        .map((r) => `${r.status === 'fail' ? '✗' : '!'} ${r.name}: ${r.reasons.join('; ')}`);
    if (comparison.verdict === 'no-baseline')
        lines.unshift('nothing to compare with: only absolute bounds were checked');
    else if (lines.length === 0)
        lines.push(`${comparison.rows.length} metrics compared, none regressed past its rule`);
    return {
        samples,
        notice: {
            event: comparison.verdict === 'fail' ? 'fail' : comparison.verdict === 'no-baseline' ? 'no-baseline' : 'pass',
            message: { title: `${title}: ${comparison.verdict}`, verdict: comparison.verdict, lines, links },
        },
    };
}
/** deploy-model: the promoted version, or the refusal. */
function deployOutcome(model, environment, version, outcome, why) {
    const samples = [...(0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.stepSamples)('deploy-model', { promoted: outcome === 'promoted' }), ...(outcome === 'promoted' ? (0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.promotedVersionSamples)(version) : [])];
    if (outcome === 'pushed' || !environment)
        return { samples };
    const verdict = outcome === 'promoted' ? 'promoted' : outcome === 'rolled-back' ? 'rolled-back' : 'fail';
    const event = outcome === 'promoted' ? 'promote' : outcome === 'rolled-back' ? 'rollback' : 'fail';
    return {
        samples: [...samples, ...(0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.verdictSamples)(verdict)],
        notice: {
            event,
            message: {
                title: `${model}:${version} ${outcome === 'promoted' ? 'promoted to' : outcome === 'rolled-back' ? 'rolled back in' : 'not promoted to'} ${environment}`,
                verdict,
                lines: [why],
                links: [],
            },
        },
    };
}
/** rollback: what the environment went back to, and why. */
function rollbackOutcome(model, environment, version, why) {
    return {
        samples: [...(0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.stepSamples)('rollback', { rolled_back: true }), ...(0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.verdictSamples)('rolled-back'), ...(0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.promotedVersionSamples)(version)],
        notice: { event: 'rollback', message: { title: `${model} in ${environment} rolled back to ${version}`, verdict: 'rolled-back', lines: [why], links: [] } },
    };
}
/** validate-data: rows, failed checks, drift scores. */
function validateOutcome(rows, failedChecks, drift) {
    return [
        ...(0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.validationSamples)(rows, failedChecks),
        ...(drift.length ? (0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.driftSamples)(Object.fromEntries(drift.map((d) => [d.column, d.score])), drift.filter((d) => d.drifted).length) : []),
    ];
}
/** train-model: the run's metrics. */
function trainOutcome(metrics, exitCode) {
    return [...(0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.modelMetricSamples)(numbers(Object.entries(metrics))), ...(0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.stepSamples)('train-model', { exit_code: exitCode ?? -1 })];
}
/** setup-gpu-runner: GPUs selected and the memory of each. */
function gpuOutcome(count, memoryMiB) {
    return (0,_monitoring_series_js__WEBPACK_IMPORTED_MODULE_0__.gpuSamples)(count, memoryMiB * 1024 * 1024);
}


/***/ }),

/***/ 40005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  post: () => (/* binding */ post),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/files.js
var files = __webpack_require__(21645);
// EXTERNAL MODULE: ./build/core/markdown.js + 1 modules
var markdown = __webpack_require__(37980);
// EXTERNAL MODULE: ./build/steps/figures.js
var figures = __webpack_require__(85221);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./build/steps/setup-gpu-runner/detect.js


const runTool = (tool, args) => new Promise((resolve) => {
    (0,external_node_child_process_.execFile)(tool, args, { timeout: 30_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
        const code = error?.code;
        if (code === 'ENOENT')
            resolve({ code: null, stdout: '', stderr: '', missing: true });
        else
            resolve({
                code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
                stdout: String(stdout),
                stderr: String(stderr),
            });
    });
});
const QUERY = 'index,name,uuid,memory.total,memory.used,driver_version,utilization.gpu,temperature.gpu';
/**
 * Finds the GPUs: NVIDIA through `nvidia-smi` (the CSV query; `compute_cap` asked separately because R470
 * drivers reject a query that names it; the XML report when the query fails), then AMD through
 * `amd-smi`, then `rocm-smi`. Common failures become plain words in `problem`.
 */
async function detectGpus(run = runTool, inContainer = isContainer()) {
    const query = await run('nvidia-smi', [`--query-gpu=${QUERY}`, '--format=csv,noheader,nounits']);
    if (!query.missing) {
        const problem = nvidiaProblem(`${query.stdout}\n${query.stderr}`, inContainer);
        if (problem)
            return { vendor: 'none', tool: 'nvidia-smi', gpus: [], problem };
        let gpus = query.code === 0 ? parseNvidiaCsv(query.stdout) : [];
        let driverVersion = query.code === 0 ? firstField(query.stdout, 3) : undefined;
        let cudaVersion;
        if (gpus.length === 0) {
            const xml = await run('nvidia-smi', ['-q', '-x']);
            if (xml.code === 0)
                ({ gpus, driverVersion, cudaVersion } = parseNvidiaXml(xml.stdout));
        }
        if (gpus.length > 0) {
            const caps = await run('nvidia-smi', ['--query-gpu=index,compute_cap', '--format=csv,noheader']);
            if (caps.code === 0)
                for (const [index, cap] of parseCsvLines(caps.stdout).map((c) => [Number(c[0]), c[1]])) {
                    const gpu = gpus.find((g) => g.index === index);
                    if (gpu && cap && /^\d+\.\d+$/.test(cap))
                        gpu.computeCapability = cap;
                }
            cudaVersion ??= /CUDA Version:\s*([\d.]+)/.exec((await run('nvidia-smi', [])).stdout)?.[1];
            gpus = await expandMig(run, gpus);
            return { vendor: 'nvidia', tool: 'nvidia-smi', gpus, driverVersion, cudaVersion, toolkitCudaVersion: await toolkitCuda(run) };
        }
        return { vendor: 'none', tool: 'nvidia-smi', gpus: [], problem: `nvidia-smi found no GPU (exit ${query.code}: ${oneLine(query.stderr || query.stdout)})` };
    }
    const amd = await detectAmd(run);
    if (amd)
        return amd;
    const devices = (0,external_node_fs_.existsSync)('/dev/nvidia0') || (0,external_node_fs_.existsSync)('/dev/kfd');
    return {
        vendor: 'none',
        gpus: [],
        problem: inContainer && !devices
            ? 'no GPU tools and no GPU devices in this container: start it with GPU access (docker --gpus all, with the NVIDIA Container Toolkit installed on the host; or the GPU runner/executor settings of your CI)'
            : 'no GPU found: nvidia-smi, amd-smi and rocm-smi are not installed here (is this a GPU machine, and is its driver installed?)',
    };
}
function nvidiaProblem(output, inContainer) {
    if (/couldn't communicate with the NVIDIA driver/i.test(output)) {
        return inContainer
            ? "nvidia-smi cannot reach the NVIDIA driver: this container was started without GPU access (docker --gpus all and the NVIDIA Container Toolkit on the host), or the host's driver is not loaded"
            : 'nvidia-smi cannot reach the NVIDIA driver: the driver is not loaded (install it, or reboot after an update; check `lsmod | grep nvidia`)';
    }
    if (/Driver\/library version mismatch/i.test(output)) {
        return 'the NVIDIA driver and its user-space library differ (Driver/library version mismatch): the driver was updated without a reboot, or the container mounts libraries that do not match the host driver; reboot the host or use an image matching its driver';
    }
    if (/Failed to initialize NVML: Unknown Error/i.test(output)) {
        return inContainer
            ? 'NVML cannot open the GPUs from this container (Failed to initialize NVML: Unknown Error): the container lost its device access (a known effect of systemd cgroup reloads); restart it with --gpus, or set the NVIDIA Container Toolkit to manage device nodes'
            : 'NVML failed to initialize (Unknown Error): check the driver installation and permissions on /dev/nvidia*';
    }
    if (/No devices were found/i.test(output))
        return 'nvidia-smi runs but sees no GPU (No devices were found): the GPUs are not visible to this machine or container';
    return undefined;
}
/** Parses comma-separated rows (nvidia-smi puts a space after each comma). */
function parseCsvLines(text) {
    return text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l) => l.split(',').map((c) => c.trim()));
}
function num(text) {
    if (text === undefined)
        return undefined;
    const n = Number.parseFloat(text);
    return Number.isFinite(n) ? n : undefined;
}
/**
 * Rows of the `--query-gpu` CSV in {@link QUERY}'s order. nvidia-smi does not quote fields, and a GPU
 * name may hold a comma: the index is the first field, the six after the name are counted from the right.
 */
function parseNvidiaCsv(text) {
    return parseCsvLines(text)
        .filter((c) => c.length >= 8 && /^\d+$/.test(c[0]))
        .map((c) => {
        const tail = c.slice(-6);
        return {
            index: Number(c[0]),
            name: c.slice(1, -6).join(', '),
            uuid: tail[0],
            memoryMiB: num(tail[1]) ?? 0,
            memoryUsedMiB: num(tail[2]),
            utilization: num(tail[4]),
            temperature: num(tail[5]),
        };
    });
}
function firstField(text, fromRight) {
    const row = parseCsvLines(text)[0];
    return row?.[row.length - fromRight];
}
/**
 * A GPU in MIG mode cannot be used whole: CUDA sees its slices, addressed by `MIG-` UUIDs, each with a
 * share of the memory. Such GPUs are replaced by their slices from `nvidia-smi -L`; the others stay.
 */
async function expandMig(run, gpus) {
    const modes = await run('nvidia-smi', ['--query-gpu=index,mig.mode.current', '--format=csv,noheader']);
    if (modes.code !== 0)
        return gpus; // drivers or GPUs without MIG
    const enabled = new Set(parseCsvLines(modes.stdout)
        .filter((c) => c[1] === 'Enabled')
        .map((c) => Number(c[0])));
    if (enabled.size === 0)
        return gpus;
    const list = await run('nvidia-smi', ['-L']);
    const slices = list.code === 0 ? parseMigList(list.stdout) : new Map();
    return gpus.flatMap((gpu) => {
        if (!enabled.has(gpu.index))
            return [gpu];
        return (slices.get(gpu.index) ?? []).map((s) => ({
            index: gpu.index,
            name: `${gpu.name} MIG ${s.profile}`,
            uuid: s.uuid,
            memoryMiB: migMemoryMiB(s.profile),
            computeCapability: gpu.computeCapability,
            mig: { parent: gpu.uuid, profile: s.profile },
        }));
    });
}
/** `nvidia-smi -L`: `GPU 0: ... (UUID: GPU-...)` lines, each followed by its `  MIG 1g.10gb Device 0: (UUID: MIG-...)` lines. */
function parseMigList(text) {
    const out = new Map();
    let current;
    for (const line of text.split('\n')) {
        const gpu = /^GPU (\d+):/.exec(line);
        if (gpu) {
            current = Number(gpu[1]);
            continue;
        }
        const mig = /^\s+MIG\s+(\S+)\s+Device\s+\d+:\s+\(UUID:\s*(MIG-[^)\s]+)\)/.exec(line);
        if (mig && current !== undefined)
            out.set(current, [...(out.get(current) ?? []), { profile: mig[1], uuid: mig[2] }]);
    }
    return out;
}
/** A slice's memory from its profile name (`3g.20gb` → 20 GB), in MiB. */
function migMemoryMiB(profile) {
    const gb = /\.(\d+)gb/.exec(profile)?.[1];
    return gb ? Math.floor((Number(gb) * 1e9) / 2 ** 20) : 0;
}
/** `nvidia-smi -q -x`: the fallback when the query fails (very old drivers, odd setups). */
function parseNvidiaXml(xml) {
    const tag = (text, name) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(text)?.[1]?.trim();
    const gpus = [];
    for (const [i, block] of [...xml.matchAll(/<gpu id="[^"]*">([\s\S]*?)<\/gpu>/g)].map((m, i) => [i, m[1]])) {
        const fb = /<fb_memory_usage>([\s\S]*?)<\/fb_memory_usage>/.exec(block)?.[1] ?? '';
        gpus.push({
            index: num(tag(block, 'minor_number')) ?? i,
            name: tag(block, 'product_name') ?? 'unknown',
            uuid: tag(block, 'uuid') ?? '',
            memoryMiB: num(tag(fb, 'total')) ?? 0,
            memoryUsedMiB: num(tag(fb, 'used')),
            utilization: num(tag(block, 'gpu_util')),
            temperature: num(tag(block, 'gpu_temp')),
        });
    }
    return { gpus, driverVersion: tag(xml, 'driver_version'), cudaVersion: tag(xml, 'cuda_version') };
}
async function toolkitCuda(run) {
    const nvcc = await run('nvcc', ['--version']);
    return nvcc.code === 0 ? /release ([\d.]+)/.exec(nvcc.stdout)?.[1] : undefined;
}
async function detectAmd(run) {
    const stat = await run('amd-smi', ['static', '--json']);
    if (!stat.missing && stat.code === 0) {
        const gpus = parseAmdSmi(stat.stdout);
        if (gpus.gpus.length > 0)
            return { vendor: 'amd', tool: 'amd-smi', ...gpus };
    }
    const rocm = await run('rocm-smi', ['--showproductname', '--showmeminfo', 'vram', '--showdriverversion', '--showuniqueid', '--json']);
    if (!rocm.missing && rocm.code === 0) {
        const gpus = parseRocmSmi(rocm.stdout);
        if (gpus.gpus.length > 0)
            return { vendor: 'amd', tool: 'rocm-smi', ...gpus };
    }
    if (stat.missing && rocm.missing)
        return undefined;
    return {
        vendor: 'none',
        tool: stat.missing ? 'rocm-smi' : 'amd-smi',
        gpus: [],
        problem: `AMD tools found no GPU: ${oneLine(stat.stderr || rocm.stderr || 'the amdgpu driver may not be loaded')}`,
    };
}
const get = (o, ...path) => path.reduce((v, k) => (v && typeof v === 'object' ? v[k] : undefined), o);
/** `amd-smi static --json` (ROCm 6): a list of GPUs (or `{gpu_data: [...]}` in newer versions). */
function parseAmdSmi(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return { gpus: [] };
    }
    const list = (Array.isArray(data) ? data : get(data, 'gpu_data')) ?? [];
    const gpus = list.map((g, i) => {
        const size = get(g, 'vram', 'size');
        const value = typeof size === 'object' ? num(String(get(size, 'value'))) : num(String(size));
        const unit = typeof size === 'object' ? String(get(size, 'unit') ?? 'MB') : /GB/i.test(String(size)) ? 'GB' : 'MB';
        return {
            index: num(String(get(g, 'gpu'))) ?? i,
            name: String(get(g, 'asic', 'market_name') ?? 'AMD GPU'),
            uuid: String(get(g, 'asic', 'asic_serial') ?? get(g, 'uuid') ?? ''),
            memoryMiB: Math.round((value ?? 0) * (/GB/i.test(unit) ? 1024 : 1)),
        };
    });
    const driver = get(list[0], 'driver', 'version');
    return { gpus, driverVersion: driver === undefined ? undefined : String(driver) };
}
/** `rocm-smi ... --json`: `{card0: {...}, system: {...}}`. */
function parseRocmSmi(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return { gpus: [] };
    }
    // Key case changed across ROCm releases (`Card series` → `Card Series`).
    const field = (o, name) => (o && typeof o === 'object' ? Object.entries(o).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1] : undefined);
    const gpus = Object.entries(data)
        .filter(([k]) => /^card\d+$/.test(k))
        .map(([k, v]) => ({
        index: Number(k.slice(4)),
        name: String(field(v, 'Card series') ?? field(v, 'Card model') ?? 'AMD GPU'),
        uuid: String(field(v, 'Unique ID') ?? ''),
        memoryMiB: Math.round((num(String(field(v, 'VRAM Total Memory (B)'))) ?? 0) / 2 ** 20),
    }));
    const driver = field(field(data, 'system'), 'Driver version');
    return { gpus, driverVersion: driver === undefined ? undefined : String(driver) };
}
function oneLine(text) {
    return text.trim().split('\n')[0]?.slice(0, 200) ?? '';
}
function isContainer() {
    return (0,external_node_fs_.existsSync)('/.dockerenv') || (0,external_node_fs_.existsSync)('/run/.containerenv');
}

;// CONCATENATED MODULE: ./build/steps/setup-gpu-runner/verify.js






/** Compares dotted versions numerically (`535.104.05` vs `535.54`); negative when a < b. */
function compareVersions(a, b) {
    // Leading numeric parts only: kernel-style driver versions carry suffixes (`6.8.0-48-generic`).
    const parts = (v) => (/^[\d.]+/.exec(v)?.[0] ?? '0').split('.').filter(Boolean).map(Number);
    const x = parts(a);
    const y = parts(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const d = (x[i] ?? 0) - (y[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
const gib = (mib) => `${(mib / 1024).toFixed(1)} GiB`;
/** Why one GPU does not meet the per-GPU requirements, or nothing when it does. */
function gpuShortfalls(gpu, inputs) {
    const out = [];
    if (inputs.gpuName &&
        !new RegExp(`^${inputs.gpuName
            .split('*')
            .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*')}$`, 'i').test(gpu.name))
        out.push(`name does not match '${inputs.gpuName}'`);
    // nvidia-smi reports usable memory, a little under the size a card is sold as (81559 MiB on an "80GB"
    // H100): 3% of slack keeps `80GiB` meaning what users mean.
    if (inputs.minMemory !== undefined && !(gpu.memoryMiB > 0))
        out.push('memory unknown');
    else if (inputs.minMemory !== undefined && gpu.memoryMiB < inputs.minMemory * 0.97)
        out.push(`${gib(gpu.memoryMiB)} < ${gib(inputs.minMemory)}`);
    if (inputs.minComputeCapability) {
        if (!gpu.computeCapability)
            out.push('compute capability unknown (driver too old to report it)');
        else if (compareVersions(gpu.computeCapability, inputs.minComputeCapability) < 0)
            out.push(`compute capability ${gpu.computeCapability} < ${inputs.minComputeCapability}`);
    }
    return out;
}
/** The machine-level requirements (driver, CUDA) that fail. */
function machineShortfalls(report, inputs) {
    const out = [];
    if (inputs.minDriver && (!report.driverVersion || compareVersions(report.driverVersion, inputs.minDriver) < 0))
        out.push(`driver ${report.driverVersion ?? 'unknown'} < ${inputs.minDriver}`);
    if (inputs.minCuda && (!report.cudaVersion || compareVersions(report.cudaVersion, inputs.minCuda) < 0))
        out.push(`CUDA ${report.cudaVersion ?? 'unknown'} (what the driver supports) < ${inputs.minCuda}`);
    return out;
}
/**
 * Mode `verify`: finds the GPUs, checks them against the requirements, selects them and exports
 * `CUDA_VISIBLE_DEVICES` (by UUID, stable across reboots and containers) for the rest of the job, and
 * writes `gpu-info.json` for train-model's run record. Everything found is listed when a requirement fails.
 */
async function verify(platform, inputs, probe = {}) {
    const report = await detectGpus(probe.run, probe.inContainer);
    // A runner that shares a machine may already limit its jobs to some GPUs: never hand out the others.
    const env = probe.env ?? process.env;
    const limit = report.vendor === 'amd' ? env.ROCR_VISIBLE_DEVICES : env.CUDA_VISIBLE_DEVICES;
    if (limit !== undefined && report.gpus.length > 0) {
        const allowed = limit
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
        const visible = report.gpus.filter((g) => allowed.includes(g.uuid) || allowed.includes(String(g.index)));
        platform.log.info(`setup-gpu-runner: ${report.vendor === 'amd' ? 'ROCR' : 'CUDA'}_VISIBLE_DEVICES='${limit}' was set for this job: considering ${visible.length} of the ${report.gpus.length} GPUs`);
        report.gpus = visible;
        if (visible.length === 0)
            report.problem = `this job was given no GPU (${report.vendor === 'amd' ? 'ROCR' : 'CUDA'}_VISIBLE_DEVICES='${limit}')`;
    }
    const workspace = platform.context.workspace;
    const infoPath = (0,external_node_path_.join)(await (0,files/* confinePath */.ey)(workspace, inputs.output, "setup-gpu-runner: input 'output'"), 'gpu-info.json');
    if (report.gpus.length === 0) {
        if (!inputs.allowCpu || inputs.minGpus > 1)
            throw new errors/* UserError */.yo(`setup-gpu-runner: ${report.problem ?? 'no GPU found'}${inputs.allowCpu ? '' : " (set 'allow-cpu: true' to run on CPU instead)"}`);
        platform.log.warning(`setup-gpu-runner: ${report.problem ?? 'no GPU found'}; continuing on CPU (allow-cpu)`);
        return finish(platform, report, [], infoPath, workspace);
    }
    let candidates = report.gpus;
    if (inputs.gpus.length > 0) {
        candidates = [...new Set(inputs.gpus)].map((id) => {
            const gpu = report.gpus.find((g) => String(g.index) === id || g.uuid === id);
            if (!gpu)
                throw new errors/* UserError */.yo(`setup-gpu-runner: input 'gpus': no GPU '${id}' here; found ${report.gpus.map((g) => `#${g.index} ${g.uuid}`).join(', ')}`);
            return gpu;
        });
    }
    const fitting = candidates.filter((g) => gpuShortfalls(g, inputs).length === 0);
    const selected = fitting.slice(0, inputs.count || fitting.length);
    const machine = machineShortfalls(report, inputs);
    const needed = Math.max(inputs.minGpus, inputs.count);
    if (selected.length < needed || machine.length > 0) {
        const found = report.gpus.map((g) => {
            const why = gpuShortfalls(g, inputs);
            return `#${g.index} ${g.name} (${gib(g.memoryMiB)}${g.computeCapability ? `, compute ${g.computeCapability}` : ''})${why.length ? `: ${why.join(', ')}` : ': ok'}`;
        });
        const wanted = [
            `${needed} GPU${needed === 1 ? '' : 's'}`,
            inputs.gpuName && `named '${inputs.gpuName}'`,
            inputs.minMemory !== undefined && `with ≥ ${gib(inputs.minMemory)}`,
            inputs.minComputeCapability && `compute ≥ ${inputs.minComputeCapability}`,
        ]
            .filter(Boolean)
            .join(' ');
        throw new errors/* UserError */.yo(`setup-gpu-runner: this machine does not meet the requirements: wanted ${wanted}${machine.length ? `; ${machine.join('; ')}` : ''}. Found ${report.gpus.length} (driver ${report.driverVersion ?? '?'}, CUDA ${report.cudaVersion ?? '?'}): ${found.join('; ')}`);
    }
    // CUDA's minor-version compatibility runs a 12.6 toolkit on a 12.4 driver; a newer major needs a newer driver.
    if (report.toolkitCudaVersion && report.cudaVersion && compareVersions(report.toolkitCudaVersion.split('.')[0], report.cudaVersion.split('.')[0]) > 0) {
        platform.log.warning(`setup-gpu-runner: the CUDA toolkit here (${report.toolkitCudaVersion}) is newer than the driver supports (${report.cudaVersion}): CUDA programs built with it fail with "driver version is insufficient" unless the image ships NVIDIA's forward-compatibility package; use an image for CUDA ${report.cudaVersion} or a newer host driver`);
    }
    return finish(platform, report, selected, infoPath, workspace);
}
async function finish(platform, report, selected, infoPath, workspace) {
    // NVIDIA by UUID (stable when indices shift); ROCm by index (its tools report no GPU-style UUID).
    if (report.vendor === 'amd')
        platform.exportVariable('ROCR_VISIBLE_DEVICES', selected.map((g) => String(g.index)).join(','));
    else
        platform.exportVariable('CUDA_VISIBLE_DEVICES', selected.map((g) => g.uuid || String(g.index)).join(',')); // empty on CPU: frameworks then use none
    const info = {
        vendor: report.vendor,
        tool: report.tool ?? null,
        driverVersion: report.driverVersion ?? null,
        cudaVersion: report.cudaVersion ?? null,
        toolkitCudaVersion: report.toolkitCudaVersion ?? null,
        selected,
        all: report.gpus,
    };
    await (0,files/* writeFileAtomic */.Zf)(infoPath, `${JSON.stringify(info, null, 2)}\n`);
    platform.setOutput('gpu-count', String(selected.length));
    platform.setOutput('gpu-names', selected.map((g) => g.name).join(','));
    platform.setOutput('gpu-memory', selected.map((g) => String(g.memoryMiB)).join(','));
    platform.setOutput('driver-version', report.driverVersion ?? '');
    platform.setOutput('cuda-version', report.cudaVersion ?? '');
    platform.setOutput('gpu-info', infoPath);
    const rows = report.gpus.map((g) => [
        selected.includes(g) ? '✅' : '',
        String(g.index),
        (0,markdown/* code */.aY)(g.name, { inTable: true }),
        gib(g.memoryMiB),
        g.computeCapability ?? '',
        g.temperature === undefined ? '' : `${g.temperature} °C`,
        (0,markdown/* code */.aY)(g.uuid || '-', { inTable: true }),
    ]);
    const head = selected.length ? `### setup-gpu-runner: ${selected.length} GPU${selected.length === 1 ? '' : 's'} selected` : '### setup-gpu-runner: no GPU, running on CPU';
    const versions = `Driver ${report.driverVersion ?? '?'} · CUDA (driver) ${report.cudaVersion ?? '?'}${report.toolkitCudaVersion ? ` · CUDA toolkit ${report.toolkitCudaVersion}` : ''} · ${(0,markdown/* code */.aY)((0,files/* displayPath */.Gt)(workspace, infoPath))}`;
    await platform.summary({
        markdown: `${head}\n\n${rows.length ? `${(0,markdown/* table */.tp)(['', '#', 'GPU', 'Memory', 'Compute', 'Temp', 'UUID'], rows, ['c', 'r', 'l', 'r', 'r', 'r', 'l'])}\n\n` : ''}${versions}\n`,
        text: [
            head.replace(/^### /, ''),
            ...report.gpus.map((g) => `${selected.includes(g) ? '*' : ' '} #${g.index} ${g.name} ${gib(g.memoryMiB)}${g.computeCapability ? ` compute ${g.computeCapability}` : ''} ${g.uuid}`),
            versions.replace(/`/g, ''),
        ].join('\n'),
    });
    // The smallest selected GPU's memory: what a job can count on per device.
    return { samples: (0,figures/* gpuOutcome */.bm)(selected.length, selected.length ? Math.min(...selected.map((g) => g.memoryMiB)) : 0) };
}

;// CONCATENATED MODULE: ./build/steps/setup-gpu-runner/run.js

/** setup-gpu-runner: `verify` here; the EC2 modes load the AWS SDK only when used. */
async function run(inputs, platform) {
    if (inputs.mode === 'verify')
        return verify(platform, inputs);
    const provisioning = await __webpack_require__.e(/* import() */ 3448).then(__webpack_require__.bind(__webpack_require__, 33448));
    return provisioning[inputs.mode](platform, inputs);
}
/** The GitHub `post:` step: terminates what `provision` started in this job, whatever happened. */
async function post(inputs, platform) {
    if (inputs.mode !== 'provision')
        return {};
    return (await __webpack_require__.e(/* import() */ 3448).then(__webpack_require__.bind(__webpack_require__, 33448))).post(platform, inputs);
}


/***/ })

};
