export const id = 6307;
export const ids = [6307];
export const modules = {

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

/***/ 16307:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./build/core/compare.js
var compare = __webpack_require__(45573);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/rules.js
var core_rules = __webpack_require__(54653);
// EXTERNAL MODULE: ./build/core/stats/distributions.js + 1 modules
var distributions = __webpack_require__(95590);
;// CONCATENATED MODULE: ./build/core/calibrate.js
// Calibration: what the gate would say about runs that differ only by noise. Repeated runs of one
// commit (A/A: other seeds, other runners) measure each metric's run-to-run spread; every ordered pair
// of them, one as baseline and one as candidate, is a no-op pull request, so the share of pairs the
// current rule fails is its false-alarm rate.




/** Fewer runs than this give no usable spread. */
const MIN_CALIBRATION_RUNS = 3;
/**
 * Calibrates the rules on repeated runs of one commit: for each numeric metric every run has, its
 * spread, the false-alarm rate of its rule over all ordered pairs of runs, and the allowance that a
 * difference of two runs exceeds with probability `alpha` if the noise is normal: z(1 − alpha)·√2·sd.
 * Fewer than {@link MIN_CALIBRATION_RUNS} runs, or a metric some runs lack, is a {@link UserError}
 * naming the runs.
 */
function calibrate(runs, rules, alpha = 0.05) {
    if (runs.length < MIN_CALIBRATION_RUNS)
        throw new errors/* UserError */.yo(`calibrate: ${runs.length} run${runs.length === 1 ? '' : 's'} given; at least ${MIN_CALIBRATION_RUNS} repeated runs of one commit are needed to measure the noise`);
    const names = new Set(runs.flatMap((r) => [...r.metrics.keys()]));
    const out = [];
    for (const name of names) {
        const values = runs.map((r) => r.metrics.get(name)?.value);
        const lacking = runs.filter((_, i) => values[i] === undefined).map((r) => r.name);
        if (lacking.length > 0) {
            if ((0,core_rules/* ruleFor */.sG)(rules, name))
                throw new errors/* UserError */.yo(`calibrate: the gated metric '${name}' is missing from ${lacking.length} of ${runs.length} runs (${lacking.slice(0, 3).join(', ')}${lacking.length > 3 ? ', …' : ''}); give runs that all wrote it`);
            continue;
        }
        if (!values.every((v) => typeof v === 'number' && Number.isFinite(v)))
            continue;
        out.push(calibrateOne(name, values, (0,core_rules/* ruleFor */.sG)(rules, name), alpha));
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
}
function calibrateOne(name, values, rule, alpha) {
    const n = values.length;
    const mean = values.reduce((s, v) => s + v, 0) / n;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
    const absolute = (0,distributions/* normalQuantile */.Zl)(1 - alpha) * Math.SQRT2 * sd;
    const result = {
        name,
        runs: n,
        mean,
        sd,
        min: Math.min(...values),
        max: Math.max(...values),
        suggested: { absolute, ...(mean !== 0 ? { relative: absolute / Math.abs(mean) } : {}), alpha },
        ...(rule?.better ? { better: rule.better } : {}),
    };
    if (!rule)
        return result;
    result.rule = [
        rule.better && `${rule.better} is better`,
        rule.maxDrop && `max-drop ${rule.maxDrop.text}`,
        rule.maxRise && `max-rise ${rule.maxRise.text}`,
        rule.warnDrop && `warn-drop ${rule.warnDrop.text}`,
        rule.warnRise && `warn-rise ${rule.warnRise.text}`,
    ]
        .filter(Boolean)
        .join(' · ');
    if (!(rule.maxDrop || rule.maxRise || rule.warnDrop || rule.warnRise))
        return result;
    let fail = 0;
    let warn = 0;
    let pairs = 0;
    for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
            if (i === j)
                continue;
            const row = { name, change: 'changed', status: 'pass', reasons: [] };
            (0,compare/* checkChange */.$_)(row, rule, values[j], values[i]);
            pairs++;
            if (row.status === 'fail')
                fail++;
            else if (row.status === 'warn')
                warn++;
        }
    }
    result.falseAlarms = { fail: fail / pairs, warn: warn / pairs, pairs };
    return result;
}
/** The suggestion as a rule key, e.g. `max-drop: 0.0123 (1.4%)`. */
function suggestion(c) {
    const amount = `${(0,compare/* formatNumber */.ZV)(Number(c.suggested.absolute.toPrecision(3)))}${c.suggested.relative !== undefined ? ` (${(0,compare/* formatPercent */.l9)(c.suggested.relative)})` : ''}`;
    if (c.sd === 0)
        return 'no run-to-run noise: any change is real';
    return c.better === 'higher' ? `max-drop ${amount}` : c.better === 'lower' ? `max-rise ${amount}` : `max-drop or max-rise ${amount}`;
}

// EXTERNAL MODULE: ./build/core/files.js
var core_files = __webpack_require__(21645);
// EXTERNAL MODULE: ./build/core/markdown.js + 1 modules
var markdown = __webpack_require__(37980);
// EXTERNAL MODULE: ./build/core/metrics.js
var metrics = __webpack_require__(46491);
;// CONCATENATED MODULE: ./build/steps/calibrate/run.js







/** `modelgate calibrate`: reads each run's metrics, calibrates the rules on them, prints the result on stdout. */
async function run(inputs, platform, config) {
    const source = (0,core_files/* workspaceSource */.$Q)(platform.context.workspace);
    const { files, unmatched } = await (0,core_files/* expandPatterns */.qL)(source, inputs.runs);
    if (unmatched.length > 0)
        throw new errors/* UserError */.yo(`calibrate: input 'runs': '${unmatched[0]}' matched no file in the workspace`);
    const runs = [];
    for (const file of files) {
        const read = await (0,metrics/* readMetrics */.Uw)(source, [file], { origin: { label: `calibrate: input 'runs' (${file})`, annotate: true } });
        // A failed run's metrics are not noise of the commit: calibrating on them would widen every margin.
        if (read.failedRuns?.length)
            throw new errors/* UserError */.yo(`calibrate: ${file} is the record of a failed run (${read.failedRuns[0]?.reason}); give only runs that succeeded`);
        runs.push({ name: file, metrics: read.metrics });
    }
    const parsed = await config.document();
    const rules = (0,core_rules/* mergeRules */.ub)(parsed ? (0,core_rules/* rulesFromYaml */.zw)(parsed, config.shown, 'metrics') : core_rules/* EMPTY_RULES */.oq, inputs.rules ? await (0,core_rules/* parseRulesYaml */.gr)(inputs.rules, "input 'rules'") : core_rules/* EMPTY_RULES */.oq);
    const found = calibrate(runs, rules);
    if (inputs.format === 'json')
        process.stdout.write(`${JSON.stringify({ runs: runs.map((r) => r.name), metrics: found }, null, 2)}\n`);
    else
        process.stdout.write(inputs.format === 'markdown' ? run_markdown(found, runs.length) : table(found, runs.length));
    return {};
}
const HEADER = ['metric', 'mean', 'sd (noise)', 'range', 'rule', 'false alarms', 'suggested'];
function cells(c, name) {
    const rate = c.falseAlarms
        ? `${(0,compare/* formatPercent */.l9)(c.falseAlarms.fail)} fail${c.falseAlarms.warn > 0 ? `, ${(0,compare/* formatPercent */.l9)(c.falseAlarms.warn)} warn` : ''} of ${c.falseAlarms.pairs} pairs`
        : c.rule
            ? 'no change rule'
            : 'not gated';
    return [name, (0,compare/* formatNumber */.ZV)(c.mean), (0,compare/* formatNumber */.ZV)(Number(c.sd.toPrecision(3))), `${(0,compare/* formatNumber */.ZV)(c.min)} … ${(0,compare/* formatNumber */.ZV)(c.max)}`, c.rule || '—', rate, suggestion(c)];
}
function footer(runs) {
    return `${runs} runs of one commit; each ordered pair is a no-op change. Suggested: the allowance a no-op change exceeds 5 % of the time (one-sided, normal noise), or use a paired test (test: in the rule; see docs/baselines-and-gates.md).\n`;
}
function table(found, runs) {
    const rows = [HEADER, ...found.map((c) => cells(c, c.name))];
    const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    return `${rows
        .map((r) => r
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd())
        .join('\n')}\n\n${footer(runs)}`;
}
function run_markdown(found, runs) {
    const line = (r) => `| ${r.join(' | ')} |`;
    const body = found.map((c) => line(cells(c, (0,markdown/* code */.aY)(c.name, { inTable: true })).map((cell, i) => (i === 0 ? cell : (0,markdown/* escapeMarkdown */.FV)(cell)))));
    return `${[line(HEADER), line(HEADER.map(() => '---')), ...body].join('\n')}\n\n${footer(runs)}`;
}


/***/ })

};
