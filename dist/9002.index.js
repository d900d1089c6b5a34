export const id = 9002;
export const ids = [9002];
export const modules = {

/***/ 45573:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ checkChange),
/* harmony export */   O1: () => (/* binding */ orderRows),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   fz: () => (/* binding */ compareMetrics),
/* harmony export */   l9: () => (/* binding */ formatPercent)
/* harmony export */ });
/* unused harmony exports matchRules, describeRule */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54653);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57980);



/** Rows ordered for reading: failures, warnings, regressions, other changes, new, removed, unchanged. */
function orderRows(rows) {
    const rank = (r) => r.status === 'fail'
        ? 0
        : r.status === 'warn'
            ? 1
            : r.direction === 'regressed'
                ? 2
                : r.change === 'changed' || r.change === 'incomparable'
                    ? 3
                    : r.change === 'new'
                        ? 4
                        : r.change === 'removed' || r.change === 'missing'
                            ? 5
                            : 6;
    return rows
        .map((row, index) => ({ row, index }))
        .sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index)
        .map((e) => e.row);
}
/**
 * Compares candidate metrics with baseline metrics (or none) under rules. A gated metric that is
 * missing from the candidate, non-numeric, NaN or infinite fails; one with a change rule and no
 * baseline value to measure the change against warns ("change not checked"); an ungated one is shown
 * with status `info`. An exact rule whose metric is in neither set is a {@link UserError} (see
 * {@link matchRules}); a candidate from a failed run (`candidateFailure`) fails whatever its metrics say.
 */
function compareMetrics(candidate, baseline, rules, options = {}) {
    const names = [...candidate.keys()];
    for (const name of baseline?.keys() ?? [])
        if (!candidate.has(name))
            names.push(name);
    const { unused, patterns } = matchRules(rules, names);
    const noBaseline = options.noBaseline === true;
    const rows = orderRows(names.map((name) => {
        const row = compareOne(name, candidate.get(name)?.value, baseline?.get(name)?.value, (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleFor */ .sG)(rules, name), noBaseline);
        const pattern = rules.exact.has(name) ? undefined : rules.patterns.find((p) => p.matches(name))?.pattern;
        return pattern === undefined ? row : { ...row, pattern };
    }));
    return {
        ...verdictOf(rows, noBaseline, options.candidateFailure !== undefined),
        unusedRules: [...unused, ...patterns.map((p) => p.pattern)],
        unmatchedPatterns: patterns,
        ...(options.candidateFailure ? { candidateFailure: options.candidateFailure } : {}),
    };
}
/**
 * Checks that the rules match the metrics `names` (the candidate's and the baseline's): an exact rule
 * that matches none is a {@link UserError} at the rule's file (or input) and line, with the closest
 * metric name, since a typo would otherwise gate nothing in silence; unless the rule is `optional`,
 * then it is returned in `unused`. Patterns that match nothing are returned for the caller to warn.
 */
function matchRules(rules, names) {
    const known = new Set(names);
    const unused = [];
    const missing = [];
    for (const [name, rule] of rules.exact) {
        if (known.has(name))
            continue;
        if (rule.optional)
            unused.push(name);
        else
            missing.push({ name, rule });
    }
    if (missing.length > 0)
        throw unmatchedError(missing, names);
    const patterns = rules.patterns.filter((p) => !names.some((n) => p.matches(n))).map((p) => ({ pattern: p.pattern, source: p.rule.source }));
    return { unused, patterns };
}
function unmatchedError(missing, names) {
    const at = (s) => `${s.file}${s.line ? `:${s.line}` : ''}`;
    const hint = (name) => {
        const hit = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__.closest)(name, names);
        return hit === undefined ? undefined : `did you mean '${hit}'?`;
    };
    const listed = names.length === 0
        ? 'there are no metrics'
        : `the metrics are ${names
            .slice(0, 5)
            .map((n) => `'${n}'`)
            .join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}`;
    const optional = "'optional: true' when this run may lack the metric (a config shared by several models)";
    const first = missing[0];
    if (missing.length === 1) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`compare-metrics: ${at(first.rule.source)}: rule '${first.name}' matches no metric in the candidate or the baseline; ${hint(first.name) ?? `${listed}.`} Fix the name, or give the rule ${optional}`, first.rule.source);
    }
    const each = missing.slice(0, 10).map(({ name, rule }) => `'${name}' (${[at(rule.source), hint(name)].filter(Boolean).join('; ')})`);
    const more = missing.length > 10 ? ` and ${missing.length - 10} more` : '';
    const anyHint = missing.some(({ name }) => hint(name) !== undefined);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`compare-metrics: ${missing.length} rules match no metric in the candidate or the baseline: ${each.join(', ')}${more}${anyHint ? '' : `; ${listed}`}. Fix the names, or give a rule ${optional}`, first.rule.source);
}
/**
 * Counts rows and derives the verdict: any failure (or a failed training run) fails; else no baseline
 * is its own verdict; else warn or pass.
 */
function verdictOf(rows, noBaseline, failed = false) {
    const counts = { pass: 0, warn: 0, fail: 0, info: 0 };
    for (const row of rows)
        counts[row.status]++;
    const verdict = failed || counts.fail > 0 ? 'fail' : noBaseline ? 'no-baseline' : counts.warn > 0 ? 'warn' : 'pass';
    return { verdict, rows, counts };
}
function compareOne(name, value, base, rule, noBaseline) {
    const row = { name, value, baseline: base, change: 'unchanged', status: rule ? 'pass' : 'info', reasons: [], rule: rule && describeRule(rule) };
    const finite = (v) => typeof v === 'number' && Number.isFinite(v);
    if (value === undefined)
        row.change = base === undefined ? 'missing' : 'removed';
    else if (base === undefined)
        row.change = 'new';
    else if (finite(value) && finite(base)) {
        row.delta = value - base;
        if (base !== 0)
            row.relative = row.delta / Math.abs(base);
        row.change = row.delta === 0 ? 'unchanged' : 'changed';
        if (rule?.better && row.delta !== 0)
            row.direction = row.delta > 0 === (rule.better === 'higher') ? 'improved' : 'regressed';
    }
    else
        row.change = Object.is(value, base) || value === base ? 'unchanged' : 'incomparable';
    if (!rule)
        return row;
    const fail = (reason) => {
        row.status = 'fail';
        row.reasons.push(reason);
    };
    if (value === undefined) {
        fail(base === undefined ? 'in neither the candidate nor the baseline (check the name)' : 'missing from the candidate');
        return row;
    }
    if (!finite(value)) {
        fail(typeof value === 'number' ? `${value} is not a finite number` : 'not a number');
        return row;
    }
    if (rule.min !== undefined && value < rule.min)
        fail(`below min ${rule.min}`);
    if (rule.max !== undefined && value > rule.max)
        fail(`above max ${rule.max}`);
    // A paired test decides the change (core/paired-gate), with the predictions this module never sees.
    if (rule.test)
        return row;
    checkChange(row, rule, value, base, noBaseline);
    return row;
}
/**
 * The point-threshold checks of a row (max-drop, max-rise, warn-drop, warn-rise) against the baseline
 * value; a change rule with no finite baseline to measure against warns. Also what a tested rule falls
 * back to when the baseline has no predictions.
 */
function checkChange(row, rule, value, base, noBaseline = false) {
    const fail = (reason) => {
        row.status = 'fail';
        row.reasons.push(reason);
    };
    const warn = (reason) => {
        if (row.status !== 'fail')
            row.status = 'warn';
        row.reasons.push(reason);
    };
    const gatesChange = Boolean(rule.maxDrop || rule.maxRise || rule.warnDrop || rule.warnRise);
    // A change rule with nothing to measure the change against has checked nothing: never a plain pass.
    if (base === undefined) {
        if (gatesChange)
            warn(noBaseline ? 'no baseline; change not checked' : 'not in the baseline; change not checked');
        return;
    }
    if (typeof base !== 'number' || !Number.isFinite(base)) {
        if (gatesChange)
            warn('baseline is not a finite number; change not checked');
        return;
    }
    const check = (threshold, moved, label, act) => {
        if (!threshold || moved <= 0)
            return;
        const amount = threshold.relative ? (base === 0 ? Infinity : moved / Math.abs(base)) : moved;
        // Float subtraction (0.9 - 0.89) must not fail a rule the numbers meet exactly.
        if (amount > threshold.amount * (1 + 1e-9) + 1e-12)
            act(`${label} ${threshold.relative ? formatPercent(amount) : formatNumber(moved)} > ${threshold.text}`);
    };
    const delta = value - base;
    check(rule.maxDrop, -delta, 'dropped', fail);
    check(rule.maxRise, delta, 'rose', fail);
    if (row.status !== 'fail') {
        check(rule.warnDrop, -delta, 'dropped', warn);
        check(rule.warnRise, delta, 'rose', warn);
    }
}
/** A compact description of a rule, e.g. `higher · min 0.9 · max-drop 1%`. */
function describeRule(rule) {
    const parts = [];
    if (rule.better)
        parts.push(`${rule.better} is better`);
    if (rule.min !== undefined)
        parts.push(`min ${rule.min}`);
    if (rule.max !== undefined)
        parts.push(`max ${rule.max}`);
    if (rule.maxDrop)
        parts.push(`max-drop ${rule.maxDrop.text}`);
    if (rule.maxRise)
        parts.push(`max-rise ${rule.maxRise.text}`);
    if (rule.warnDrop)
        parts.push(`warn-drop ${rule.warnDrop.text}`);
    if (rule.warnRise)
        parts.push(`warn-rise ${rule.warnRise.text}`);
    if (rule.test)
        parts.push(`${rule.test}${rule.margin ? ` margin ${rule.margin.text}` : ''}`);
    return parts.join(' · ');
}
/** Six significant digits, exponent form for very large or small magnitudes; exact integers as is. */
function formatNumber(value) {
    if (!Number.isFinite(value))
        return String(value);
    if (Number.isInteger(value) && Math.abs(value) < 1e15)
        return String(value);
    const abs = Math.abs(value);
    if (abs !== 0 && (abs < 1e-4 || abs >= 1e9))
        return value.toExponential(4).replace(/\.?0+e/, 'e');
    return String(Number(value.toPrecision(6)));
}
/** A fraction as a percentage with up to two decimals (`0.0123` → `1.23%`). */
function formatPercent(fraction) {
    if (!Number.isFinite(fraction))
        return fraction > 0 ? '∞%' : '-∞%';
    return `${Number((fraction * 100).toFixed(2))}%`;
}


/***/ }),

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

/***/ 71528:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Er: () => (/* binding */ PROPORTIONS),
/* harmony export */   Ls: () => (/* binding */ binaryLabels),
/* harmony export */   Q1: () => (/* binding */ STATISTIC_BETTER),
/* harmony export */   g5: () => (/* binding */ pairFor),
/* harmony export */   gS: () => (/* binding */ STATISTICS),
/* harmony export */   lL: () => (/* binding */ statisticOfName)
/* harmony export */ });
/* unused harmony export exampleValues */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _stats_paired_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41419);
// From two predictions files to the paired data one statistic needs: per-example values (correctness,
// errors, losses, scores) or classes, aligned by example id. Every problem is a UserError naming the
// file and the example, since these files come from training code, which a pull request controls.


/** What a paired test measures on the predictions. */
const STATISTICS = ['accuracy', 'f1', 'precision', 'recall', 'auc', 'log-loss', 'rmse', 'mse', 'mae', 'mean'];
/** Which direction is better for each statistic (`mean` takes the rule's `better`). */
const STATISTIC_BETTER = {
    accuracy: 'higher',
    f1: 'higher',
    precision: 'higher',
    recall: 'higher',
    auc: 'higher',
    'log-loss': 'lower',
    rmse: 'lower',
    mse: 'lower',
    mae: 'lower',
};
/** Statistics that are proportions, reported in percentage points. */
const PROPORTIONS = new Set(['accuracy', 'f1', 'precision', 'recall', 'auc']);
const NAME_STATISTIC = [
    [/^(acc|accuracy)$/, 'accuracy'],
    [/^(f1|f1[_-]?(score|macro)|macro[_-]?f1)$/, 'f1'],
    [/^precision$/, 'precision'],
    [/^recall$/, 'recall'],
    [/^(auc|roc[_-]?auc|auroc)$/, 'auc'],
    [/^(log[_-]?loss|nll|cross[_-]?entropy)$/, 'log-loss'],
    [/^rmse$/, 'rmse'],
    [/^mse$/, 'mse'],
    [/^mae$/, 'mae'],
];
/** The statistic a metric's name stands for (its last dotted part: `eval.accuracy` → accuracy), if any. */
function statisticOfName(name) {
    const last = (name.split('.').pop() ?? name).toLowerCase();
    return NAME_STATISTIC.find(([pattern]) => pattern.test(last))?.[1];
}
const few = (ids) => ids
    .slice(0, 3)
    .map((id) => JSON.stringify(id))
    .join(', ') + (ids.length > 3 ? ` and ${ids.length - 3} more` : '');
function need(p, column, statistic) {
    const have = p[column];
    if (have === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${p.display}: the statistic '${statistic}' needs a '${column}' column, which this predictions file lacks`, { file: p.display });
    return have;
}
/** The positive class of a binary task: `class` when given, else `1` or `true` when those are the labels. */
function positiveClass(p, given, statistic) {
    const labels = need(p, 'label', statistic);
    const seen = [...new Set(labels)];
    if (given !== undefined) {
        // A misspelt class would score every example as the other class, and the test would still run.
        if (!seen.includes(given))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${p.display}: the rule's 'class: ${given}' is not among the labels (${few(seen)})`, { file: p.display });
        return given;
    }
    const positive = seen.find((l) => l === '1' || l.toLowerCase() === 'true');
    if (positive !== undefined && seen.length <= 2)
        return positive;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${p.display}: '${statistic}' from a score needs the positive class: the labels are ${few(seen)}; give the rule 'class: <the label the score is the probability of>'`, { file: p.display });
}
function numeric(p, column, statistic) {
    const cells = need(p, column, statistic);
    const out = new Float64Array(cells.length);
    const bad = [];
    cells.forEach((cell, i) => {
        const n = cell.trim() === '' ? NaN : Number(cell);
        if (Number.isFinite(n))
            out[i] = n;
        else
            bad.push(p.ids[i]);
    });
    if (bad.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${p.display}: '${statistic}' needs a numeric '${column}'; example${bad.length === 1 ? '' : 's'} ${few(bad)} ${bad.length === 1 ? 'has' : 'have'} none`, {
            file: p.display,
        });
    return out;
}
/** Each example's predicted class: the `prediction` column, else the most probable `prob.<class>`. */
function predictedClasses(p, statistic) {
    if (p.prediction)
        return p.prediction;
    if (p.probs) {
        const { classes, values } = p.probs;
        return p.ids.map((_, i) => {
            let best = 0;
            for (let k = 1; k < classes.length; k++)
                if (values[k][i] > values[best][i])
                    best = k;
            return classes[best];
        });
    }
    return need(p, 'prediction', statistic);
}
const EPSILON = 1e-15;
const clip = (q) => Math.min(1 - EPSILON, Math.max(EPSILON, q));
/** Per-example log loss: −log p(true class), p clipped to [1e-15, 1 − 1e-15] as scikit-learn does. */
function logLosses(p, positive) {
    const labels = need(p, 'label', 'log-loss');
    if (p.probs) {
        const column = new Map(p.probs.classes.map((c, k) => [c, p.probs?.values[k]]));
        const missing = [...new Set(labels.filter((l) => !column.has(l)))];
        if (missing.length > 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${p.display}: 'log-loss' needs a 'prob.<class>' column for every label; none for ${few(missing)}`, { file: p.display });
        return Float64Array.from(labels, (l, i) => -Math.log(clip(column.get(l)[i])));
    }
    const score = need(p, 'score', 'log-loss');
    const target = positiveClass(p, positive, 'log-loss');
    return Float64Array.from(labels, (l, i) => -Math.log(clip(l === target ? score[i] : 1 - score[i])));
}
/** The per-example values a mean statistic averages (rmse: squared errors, whose mean's root it takes). */
function exampleValues(p, statistic, positive) {
    switch (statistic) {
        case 'accuracy': {
            const labels = need(p, 'label', statistic);
            const predicted = predictedClasses(p, statistic);
            return Float64Array.from(labels, (l, i) => (l === predicted[i] ? 1 : 0));
        }
        case 'rmse':
        case 'mse':
        case 'mae': {
            const truth = numeric(p, 'label', statistic);
            const predicted = p.prediction ? numeric(p, 'prediction', statistic) : need(p, 'score', statistic);
            return Float64Array.from(truth, (t, i) => (statistic === 'mae' ? Math.abs(predicted[i] - t) : (predicted[i] - t) ** 2));
        }
        case 'log-loss':
            return logLosses(p, positive);
        case 'auc':
            return need(p, 'score', statistic);
        case 'mean':
            return need(p, 'value', statistic);
        default:
            throw new RangeError(`exampleValues: '${statistic}' is not a mean statistic`);
    }
}
/** Rows for {@link alignPairs}: the example's value or classes, and its weight and cluster. */
function rows(p, statistic, positive, withWeights) {
    const counted = statistic === 'f1' || statistic === 'precision' || statistic === 'recall';
    const values = counted ? undefined : exampleValues(p, statistic, positive);
    const labels = counted || statistic === 'auc' ? need(p, 'label', statistic) : undefined;
    const predicted = counted ? predictedClasses(p, statistic) : undefined;
    return p.ids.map((id, i) => ({
        id,
        value: values?.[i],
        label: labels?.[i],
        prediction: predicted?.[i],
        weight: withWeights ? p.weight?.[i] : undefined,
        cluster: withWeights ? p.cluster?.[i] : undefined,
    }));
}
/**
 * Pairs the champion's and the challenger's predictions for one statistic. Different example ids, an
 * id given twice, or labels, weights or clusters that differ between the two files are refused: the
 * two sides must be scored on the same eval set. `plain` leaves weights and clusters out (McNemar and
 * DeLong count examples).
 */
function pairFor(sides, statistic, positive, plain = false) {
    const names = { champion: `baseline's (${sides.champion.display})`, challenger: `candidate's (${sides.challenger.display})` };
    return (0,_stats_paired_js__WEBPACK_IMPORTED_MODULE_1__/* .alignPairs */ .RV)(rows(sides.champion, statistic, positive, !plain), rows(sides.challenger, statistic, positive, !plain), names);
}
/** The binary label of each aligned example (1 = the positive class), for DeLong. */
function binaryLabels(data, sides, positive) {
    const target = positiveClass(sides.challenger, positive, 'auc');
    const classes = data.classes ?? [];
    const at = classes.indexOf(target);
    if (at < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${sides.challenger.display}: the positive class '${target}' is not among the labels`, { file: sides.challenger.display });
    return Uint8Array.from(data.labels ?? [], (l) => (l === at ? 1 : 0));
}


/***/ }),

/***/ 54653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gr: () => (/* binding */ parseRulesYaml),
/* harmony export */   oq: () => (/* binding */ EMPTY_RULES),
/* harmony export */   sG: () => (/* binding */ ruleFor),
/* harmony export */   ub: () => (/* binding */ mergeRules),
/* harmony export */   zw: () => (/* binding */ rulesFromYaml)
/* harmony export */ });
/* unused harmony exports RULE_KEYS, TESTS, parseThreshold, globMatcher */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _paired_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71528);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57980);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49483);




const EMPTY_RULES = { exact: new Map(), patterns: [] };
/** The keys a rule may have (modelgate.schema.json lists the same). */
const RULE_KEYS = [
    'better',
    'min',
    'max',
    'max-drop',
    'max-rise',
    'warn-drop',
    'warn-rise',
    'optional',
    'test',
    'statistic',
    'class',
    'alpha',
    'margin',
    'inconclusive',
    'resamples',
    'seed',
];
/** The paired tests a rule may name. */
const TESTS = ['paired-bootstrap', 'mcnemar', 'delong'];
/** Keys that only mean something with `test:`. */
const TEST_KEYS = ['statistic', 'class', 'alpha', 'margin', 'inconclusive', 'resamples', 'seed'];
/** The rule that applies to a metric: its exact entry, else the first pattern that matches. */
function ruleFor(rules, name) {
    return rules.exact.get(name) ?? rules.patterns.find((p) => p.matches(name))?.rule;
}
/**
 * Later rule sets override earlier ones (inputs over `modelgate.yml`), field by field for the same
 * name or pattern. Patterns of a later set are tried before an earlier set's, each set in its own
 * order; an exact name always wins over any pattern.
 */
function mergeRules(...sets) {
    const exact = new Map();
    let patterns = [];
    for (const set of sets) {
        for (const [name, rule] of set.exact)
            exact.set(name, { ...exact.get(name), ...defined(rule) });
        const earlier = new Map(patterns.map((p) => [p.pattern, p.rule]));
        const block = set.patterns.map((p) => ({ ...p, rule: { ...earlier.get(p.pattern), ...defined(p.rule) } }));
        patterns = [...block, ...patterns.filter((p) => !block.some((b) => b.pattern === p.pattern))];
    }
    return { exact, patterns };
}
function defined(rule) {
    return Object.fromEntries(Object.entries(rule).filter(([, v]) => v !== undefined));
}
/**
 * Parses rules from YAML text (an input or a `metrics:` section): a map of metric name or pattern to
 * `{better, min, max, max-drop, max-rise, warn-drop, warn-rise, optional}`. Unknown keys and bad values are a
 * {@link UserError} naming the file (or input), the line and what is allowed. Nothing is evaluated.
 */
async function parseRulesYaml(text, origin, section) {
    return rulesFromYaml(await (0,_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYaml */ .h)(text, origin), origin, section);
}
/** {@link parseRulesYaml} on a document already parsed (the config file, read once by the entry). */
function rulesFromYaml(parsed, origin, section) {
    const { doc, yaml, lineOf } = parsed;
    const { isMap, isScalar } = yaml;
    let node = doc.contents;
    if (section !== undefined) {
        if (!isMap(node))
            return EMPTY_RULES;
        node = node.items.find((p) => isScalar(p.key) && p.key.value === section)?.value;
        if (node === undefined || node === null)
            return EMPTY_RULES;
    }
    if (node === null || (isScalar(node) && (node.value === null || node.value === '')))
        return EMPTY_RULES;
    const at = lineOf;
    const where = section ? `${origin} '${section}'` : origin;
    if (!isMap(node)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${origin}${at(node) ? `:${at(node)}` : ''}: ${where} must map metric names to rules, like 'accuracy: {better: higher, max-drop: 1%}'`, {
            file: origin,
            line: at(node),
        });
    }
    const exact = new Map();
    const patterns = [];
    for (const pair of node.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : '';
        const location = { file: origin, line: at(pair.key) };
        const fail = (what, line = location.line) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${origin}${line ? `:${line}` : ''}: rule for '${name}': ${what}`, { file: origin, line });
        // `metrics:` is the config file's section; an input holds what goes inside it.
        if (section === undefined && name === 'metrics' && isMap(pair.value))
            throw fail("this holds the rules themselves: drop the 'metrics:' wrapper (it is the section's name in modelgate.yml)");
        if (name === '')
            throw fail('the metric name must be text');
        const body = pair.value;
        if (!isMap(body))
            throw fail(`expected a map like {better: higher, min: 0.9, max-drop: 1%}`);
        const fields = {};
        for (const item of body.items) {
            const key = isScalar(item.key) ? String(item.key.value) : '';
            const line = at(item.key);
            if (!RULE_KEYS.includes(key))
                throw fail(`unknown key '${key}'${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__.didYouMean)(key, RULE_KEYS)}; allowed: ${RULE_KEYS.join(', ')}`, line);
            fields[key] = { value: isScalar(item.value) ? item.value.value : item.value, source: isScalar(item.value) ? (item.value.source ?? String(item.value.value)) : '', line };
        }
        const rule = buildRule(fields, location, fail);
        if (name.includes('*'))
            patterns.push({ pattern: name, matches: globMatcher(name), rule });
        else
            exact.set(name, rule);
    }
    return { exact, patterns };
}
function buildRule(fields, source, fail) {
    const number = (key) => {
        const field = fields[key];
        if (!field)
            return undefined;
        const value = field.value;
        if (typeof value === 'string')
            throw fail(`'${key}' must be a number, got the text '${value}' (write it without quotes)`, field.line);
        if (typeof value !== 'number' || !Number.isFinite(value))
            throw fail(`'${key}' must be a finite number, got '${field.source}'`, field.line);
        return value;
    };
    const threshold = (key) => {
        const field = fields[key];
        if (!field)
            return undefined;
        const parsed = parseThreshold(field.value);
        if (!parsed)
            throw fail(`'${key}' must be an absolute amount like 0.01 or a percentage like 1%, not negative, got '${field.source}'`, field.line);
        return parsed;
    };
    const better = fields.better;
    if (better && better.value !== 'higher' && better.value !== 'lower')
        throw fail(`'better' must be higher or lower, got '${better.source}'${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__.didYouMean)(String(better.source), ['higher', 'lower'])}`, better.line);
    const optional = fields.optional;
    if (optional && typeof optional.value !== 'boolean')
        throw fail(`'optional' must be true or false, got '${optional.source}'`, optional.line);
    const choice = (key, allowed) => {
        const field = fields[key];
        if (!field)
            return undefined;
        if (!allowed.includes(field.value))
            throw fail(`'${key}' must be one of ${allowed.join(', ')}, got '${field.source}'${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__.didYouMean)(String(field.source), allowed)}`, field.line);
        return field.value;
    };
    const whole = (key, min, max) => {
        const value = number(key);
        if (value !== undefined && (!Number.isInteger(value) || value < min || value > max))
            throw fail(`'${key}' must be a whole number from ${min} to ${max}, got '${fields[key]?.source}'`, fields[key]?.line);
        return value;
    };
    const test = choice('test', TESTS);
    const stray = TEST_KEYS.find((key) => fields[key]);
    if (!test && stray)
        throw fail(`'${stray}' belongs to a paired test: add 'test: paired-bootstrap' (or mcnemar, delong), or drop '${stray}'`, fields[stray]?.line);
    const alpha = number('alpha');
    if (alpha !== undefined && !(alpha > 0 && alpha < 0.5))
        throw fail(`'alpha' must be between 0 and 0.5 (0.05 for a 95 % interval), got '${fields.alpha?.source}'`, fields.alpha?.line);
    const classField = fields.class;
    if (classField && (classField.value === null || typeof classField.value === 'object'))
        throw fail(`'class' must be a label, like 'spam' or 1`, classField.line);
    const rule = {
        test,
        statistic: choice('statistic', _paired_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STATISTICS */ .gS),
        class: classField ? String(classField.value) : undefined,
        alpha,
        margin: threshold('margin'),
        inconclusive: choice('inconclusive', ['warn', 'fail']),
        resamples: whole('resamples', 100, 1_000_000),
        seed: whole('seed', 0, 2 ** 32 - 1),
        better: better?.value,
        min: number('min'),
        max: number('max'),
        maxDrop: threshold('max-drop'),
        maxRise: threshold('max-rise'),
        warnDrop: threshold('warn-drop'),
        warnRise: threshold('warn-rise'),
        optional: optional?.value,
        source,
    };
    if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max)
        throw fail(`'min' (${rule.min}) is above 'max' (${rule.max})`);
    return rule;
}
/** `0.01` → absolute, `1%` → relative 0.01; `undefined` when neither or negative. */
function parseThreshold(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) && value >= 0 ? { relative: false, amount: value, text: String(value) } : undefined;
    if (typeof value !== 'string')
        return undefined;
    const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(value);
    if (!match)
        return undefined;
    const amount = Number(match[1]);
    return match[2] ? { relative: true, amount: amount / 100, text: `${match[1]}%` } : { relative: false, amount, text: match[1] };
}
/**
 * Matches a rule pattern where `*` stands for any characters, dots and line breaks included (a metric
 * named "f1.b\n" from a pull request must not slip past `f1.*` ungated). In time linear in the name
 * for each literal part: the first part must start the name and the last end it, the others are found
 * in order, each at its leftmost place. A regular expression `^a.*b.*c.*d$` backtracks polynomially
 * in the name's length per star; a 6 KB name held it for two minutes.
 */
function globMatcher(pattern) {
    const parts = pattern.split('*');
    if (parts.length === 1)
        return (name) => name === pattern;
    const first = parts[0];
    const last = parts[parts.length - 1];
    const middle = parts.slice(1, -1).filter((p) => p !== '');
    return (name) => {
        if (name.length < first.length + last.length || !name.startsWith(first) || !name.endsWith(last))
            return false;
        let at = first.length;
        const end = name.length - last.length;
        for (const part of middle) {
            const found = name.indexOf(part, at);
            if (found < 0 || found + part.length > end)
                return false;
            at = found + part.length;
        }
        return true;
    };
}


/***/ }),

/***/ 69549:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ runOutcome),
/* harmony export */   ZM: () => (/* binding */ runRecordJson),
/* harmony export */   fL: () => (/* binding */ RUN_RECORD_KIND),
/* harmony export */   kl: () => (/* binding */ metricsForRecord),
/* harmony export */   lJ: () => (/* binding */ trainingFailure),
/* harmony export */   lR: () => (/* binding */ readRunRecord),
/* harmony export */   nJ: () => (/* binding */ checkRunRecord)
/* harmony export */ });
/* unused harmony exports RUN_RECORD_VERSION, RUN_OUTCOMES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);


/** The discriminator every run record carries (`schemas/run-record.schema.json`). */
const RUN_RECORD_KIND = 'modelgate/run-record';
const RUN_RECORD_VERSION = 1;
/**
 * How a run ended. `failed` is a command that exited non-zero (or was ended by a signal), and also one
 * that exited 0 without writing a declared output (see {@link MissingOutput}); `unknown` is a record of
 * another job's outputs (mode `record`) that was not given that job's exit code.
 */
const RUN_OUTCOMES = ['succeeded', 'failed', 'timed-out', 'cancelled', 'unknown'];
/**
 * A record's outcome as written, or for a record written before `outcome` existed, from its `command`:
 * one of {@link RUN_OUTCOMES}, or what a newer modelgate wrote.
 */
function runOutcome(record) {
    if (record.outcome !== undefined)
        return record.outcome;
    const c = record.command;
    if (c?.cancelled)
        return 'cancelled';
    if (c?.timedOut)
        return 'timed-out';
    if (c?.exitCode === null || c?.exitCode === undefined)
        return 'unknown';
    return c.exitCode === 0 ? 'succeeded' : 'failed';
}
/**
 * Why a record says its training did not succeed, in words (`training failed: exit 2`), or undefined when
 * it succeeded (or, from another job's files, is not known to have failed). An outcome this modelgate
 * does not know counts as a failure: a gate fails closed.
 */
function trainingFailure(record) {
    const outcome = runOutcome(record);
    const c = record.command;
    const exit = typeof c?.exitCode === 'number' ? `exit ${c.exitCode}${c.signal ? `, ${c.signal}` : ''}` : undefined;
    switch (outcome) {
        case 'succeeded':
        case 'unknown':
            return undefined;
        case 'timed-out':
            return `training timed out${exit ? ` (${exit})` : ''}`;
        case 'cancelled':
            return `training was cancelled${exit ? ` (${exit})` : ''}`;
        case 'failed': {
            if (exit && c.exitCode !== 0)
                return `training failed: ${exit}`;
            const missing = (record.missingOutputs ?? []).map((m) => `${m.input} '${m.path}' (${m.reason})`);
            return missing.length
                ? `training failed: it did not write ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ` and ${missing.length - 3} more` : ''}`
                : 'training failed';
        }
        default:
            return `training outcome '${String(outcome)}' is not one this modelgate knows (${RUN_OUTCOMES.join(', ')})`;
    }
}
/** Metrics as a record stores them: by name; JSON has no NaN or infinities, so those are their names. */
function metricsForRecord(metrics) {
    const out = {};
    for (const [name, metric] of metrics)
        out[name] = typeof metric.value === 'number' && !Number.isFinite(metric.value) ? String(metric.value) : metric.value;
    return out;
}
/** The record as written: stable key order, two-space indent, a final newline. */
function runRecordJson(record) {
    return `${JSON.stringify(record, null, 2)}\n`;
}
/**
 * Reads a run record and checks what readers rely on (kind, version, metrics, model); names the
 * file and the problem otherwise.
 */
async function readRunRecord(path, shown = path) {
    let data;
    try {
        data = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
    }
    catch (error) {
        const code = error.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(code ? `run record ${shown}: cannot read it (${code})` : `run record ${shown}: not valid JSON`, { file: shown });
    }
    return checkRunRecord(data, shown);
}
/** Checks what readers of a run record rely on (kind, version, metrics, model), wherever it was read from. */
function checkRunRecord(data, shown) {
    const r = data;
    const bad = (what) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`run record ${shown}: ${what}`, { file: shown });
    if (!r || typeof r !== 'object' || r.kind !== RUN_RECORD_KIND)
        throw bad(`not a modelgate run record (kind must be '${RUN_RECORD_KIND}')`);
    if (r.version !== RUN_RECORD_VERSION)
        throw bad(`version ${String(r.version)} is not supported (this modelgate reads version ${RUN_RECORD_VERSION})`);
    if (!r.metrics || typeof r.metrics !== 'object' || Array.isArray(r.metrics))
        throw bad("it has no 'metrics' object");
    if (!r.model || typeof r.model !== 'object' || !Array.isArray(r.model.files))
        throw bad("it has no 'model' with 'files'");
    // Written since version 1 began, so optional: a record without them is read from its `command`.
    if (r.outcome !== undefined && typeof r.outcome !== 'string')
        throw bad("its 'outcome' is not a string");
    if (r.missingOutputs !== undefined && !Array.isArray(r.missingOutputs))
        throw bad("its 'missingOutputs' is not a list");
    return r;
}


/***/ }),

/***/ 95590:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HU: () => (/* binding */ binomialCdf),
  vr: () => (/* binding */ normalCdf),
  Zl: () => (/* binding */ normalQuantile),
  $J: () => (/* binding */ studentTQuantile),
  tX: () => (/* binding */ studentTTwoSided)
});

// UNUSED EXPORTS: bd0, incompleteBeta, incompleteGamma, logGamma, normalPdf, normalSf, regularizedBeta, regularizedGammaP, regularizedGammaQ, stirlingError, studentTCdf, studentTPdf

;// CONCATENATED MODULE: ./build/core/stats/special.js
// Special functions behind the p-values: log-gamma and the regularized incomplete beta and gamma
// functions. The incomplete functions are evaluated by their textbook series and continued fractions
// (modified Lentz), and their prefactors x^a (1-x)^b / B(a, b) and x^a e^-x / Γ(a) by Loader's
// saddle-point form (stirlingError and bd0 below) instead of exp(a·ln x + … − lnΓ(…)): with a and b
// near 10^6, as in an exact McNemar test on a large eval set, the log-gamma route cancels terms of
// size 10^7 and loses six digits, the saddle-point form loses none.
const LN_2PI = Math.log(2 * Math.PI);
/** Below this the continued fractions treat a denominator as zero (the Lentz guard). */
const TINY = 1e-300;
const EPS = 1e-16;
const MAX_ITERATIONS = 200_000;
/**
 * Stirling's series remainder δ(x) = lnΓ(x) − [(x − ½)·ln x − x + ½·ln 2π] for x >= 10, from the
 * Bernoulli numbers B2…B16; the next term is below 2e-18 at x = 10.
 */
function stirlingSeries(x) {
    const r = 1 / (x * x);
    return (1 / 12 + r * (-1 / 360 + r * (1 / 1260 + r * (-1 / 1680 + r * (1 / 1188 + r * (-691 / 360360 + r * (1 / 156 + r * (-3617 / 122400)))))))) / x;
}
/**
 * ln Γ(x) for x > 0, as Stirling's formula plus its remainder: (x − ½)·ln x − x + ½·ln 2π + δ(x), with
 * δ from {@link stirlingError}. Relative error about 1e-16 for x >= 10, absolute error below 1e-15
 * under 10 (where lnΓ crosses zero at 1 and 2, so relative error is the wrong yardstick).
 */
function logGamma(x) {
    if (!(x > 0))
        throw new RangeError(`logGamma needs x > 0, got ${x}`);
    if (x === Infinity)
        return Infinity;
    if (x === 1 || x === 2)
        return 0; // exact, where the sum below leaves ~1e-17
    return (x - 0.5) * Math.log(x) - x + 0.5 * LN_2PI + stirlingError(x);
}
/**
 * Loader's stirlerr: δ(x) = lnΓ(x + 1) − (x + ½)·ln x + x − ½·ln 2π, the part of ln Γ that Stirling's
 * formula leaves out (equal to lnΓ(x) − [(x − ½)·ln x − x + ½·ln 2π]). The series for x >= 10; below,
 * the exact recurrence δ(x) = δ(x + 1) + (x + ½)·ln(1 + 1/x) − 1 climbs there first. Each step adds a
 * small term formed without cancelling large ones, which is what keeps the prefactors of the incomplete
 * functions accurate for small a or b (a t test's b = ½, a binomial's k + 1).
 */
function stirlingError(x) {
    let sum = 0;
    let z = x;
    while (z < 10) {
        sum += (z + 0.5) * Math.log1p(1 / z) - 1;
        z++;
    }
    return sum + stirlingSeries(z);
}
/**
 * Loader's deviance term bd0(x, m) = x·ln(x/m) + m − x >= 0, summed as a series in v = (x−m)/(x+m)
 * when x and m are close, where the direct form would cancel to nothing (C. Loader, "Fast and accurate
 * computation of binomial probabilities", 2000).
 */
function bd0(x, m) {
    if (x === 0)
        return m;
    if (m === 0)
        return Infinity;
    if (Math.abs(x - m) < 0.1 * (x + m)) {
        const v = (x - m) / (x + m);
        const v2 = v * v;
        let sum = (x - m) * v;
        let term = 2 * x * v;
        for (let j = 1; j < 1000; j++) {
            term *= v2;
            const next = sum + term / (2 * j + 1);
            if (next === sum)
                return next;
            sum = next;
        }
        return sum;
    }
    return x * Math.log(x / m) + m - x;
}
/**
 * x^a y^b / B(a, b) with y = 1 − x, in the saddle-point form
 * exp(−bd0(a, x(a+b)) − bd0(b, y(a+b)) + δ(a+b) − δ(a) − δ(b)) · √(ab / (2π(a+b))), which follows from
 * writing each Γ as Stirling's formula times e^δ.
 */
function betaPrefactor(a, b, x, y) {
    const s = a + b;
    const exponent = -bd0(a, x * s) - bd0(b, y * s) + stirlingError(s) - stirlingError(a) - stirlingError(b);
    return Math.exp(exponent) * Math.sqrt((a * b) / (2 * Math.PI * s));
}
/**
 * The continued fraction for I_x(a, b)·a·B(a, b) / (x^a y^b), 1 / (1 + d1 / (1 + d2 / (1 + …))) with
 * d(2m) = m(b−m)x / ((a+2m−1)(a+2m)) and d(2m+1) = −(a+m)(a+b+m)x / ((a+2m)(a+2m+1)), evaluated as its
 * even contraction (two levels per step) by the modified Lentz method. It converges fast for
 * x < (a+1)/(a+b+2); callers swap a and b beyond that.
 *
 * Why not the plain form: with a large and x near 1 (a Student t with 10^6 degrees of freedom) each
 * 1 + d(2m+1) is a difference of two numbers near 1 whose true size is about y = 1 − x, so the rounding
 * of x is multiplied by a (1e-10 relative error at a = 5·10^5). The contraction groups every such sum
 * into a partial denominator 1 + d(2m+1) + d(2m+2), and for x > ½ the 1 + d(2m+1) part is expanded
 * algebraically in y (a(2m+1−b) + m(3m+2−b) + (a+m)(a+b+m)y over (a+2m)(a+2m+1)), which has no
 * cancellation to lose digits in.
 */
function betaFraction(a, b, x, y) {
    const even = (m) => (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    const odd = (m) => (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    const onePlusOdd = (m) => {
        const numerator = x > 0.5 ? a * (2 * m + 1 - b) + m * (3 * m + 2 - b) + (a + m) * (a + b + m) * y : (a + 2 * m) * (a + 2 * m + 1) - (a + m) * (a + b + m) * x;
        return numerator / ((a + 2 * m) * (a + 2 * m + 1));
    };
    // 1 + d1/(1 + d2 − T) with T = α1/(β1 − α2/(β2 − …)), α(m) = d(2m)·d(2m+1), β(m) = 1 + d(2m+1) + d(2m+2).
    let f = TINY;
    let c = f;
    let d = 0;
    for (let m = 1; m <= MAX_ITERATIONS; m++) {
        const alpha = even(m) * odd(m);
        const an = m === 1 ? alpha : -alpha;
        const bn = onePlusOdd(m) + even(m + 1);
        d = bn + an * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        d = 1 / d;
        c = bn + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        const delta = c * d;
        f *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    const tail = f === TINY ? 0 : f;
    // 1 / (1 + d1/(1 + d2 − T)) = (1 + d2 − T) / (1 + d1 + d2 − T), with 1 + d1 + d2 formed without cancellation.
    return (1 + even(1) - tail) / (onePlusOdd(0) + even(1) - tail);
}
/**
 * The regularized incomplete beta function as the pair [I_x(a, b), 1 − I_x(a, b)], each to full
 * relative precision (the small one is computed, never found as 1 − the large one). `y` is 1 − x; pass
 * it when it is known more precisely than 1 − x can be formed (as t²/(ν+t²) for the t distribution).
 */
function incompleteBeta(a, b, x, y = 1 - x) {
    if (!(a > 0) || !(b > 0))
        throw new RangeError(`incompleteBeta needs a > 0 and b > 0, got a=${a}, b=${b}`);
    if (!(x >= 0 && y >= 0) || Math.abs(x + y - 1) > 1e-12)
        throw new RangeError(`incompleteBeta needs 0 <= x <= 1 and y = 1 − x, got x=${x}, y=${y}`);
    if (x === 0)
        return [0, 1];
    if (y === 0)
        return [1, 0];
    if (x < (a + 1) / (a + b + 2)) {
        const lower = (betaPrefactor(a, b, x, y) / a) * betaFraction(a, b, x, y);
        return [lower, 1 - lower];
    }
    const upper = (betaPrefactor(b, a, y, x) / b) * betaFraction(b, a, y, x);
    return [1 - upper, upper];
}
/** The regularized incomplete beta function I_x(a, b) (the Beta(a, b) CDF at x); see {@link incompleteBeta}. */
function regularizedBeta(a, b, x) {
    return incompleteBeta(a, b, x)[0];
}
/**
 * The regularized incomplete gamma functions as the pair [P(a, x), Q(a, x)] = [γ(a, x)/Γ(a), Γ(a, x)/Γ(a)],
 * the smaller one to full relative precision: the power series for x < a + 1, Legendre's continued
 * fraction (even part, modified Lentz) beyond. The prefactor x^a e^-x / Γ(a+1) is
 * exp(−bd0(a, x) − δ(a)) / √(2πa).
 */
function incompleteGamma(a, x) {
    if (!(a > 0))
        throw new RangeError(`incompleteGamma needs a > 0, got ${a}`);
    if (!(x >= 0))
        throw new RangeError(`incompleteGamma needs x >= 0, got ${x}`);
    if (x === 0)
        return [0, 1];
    if (x === Infinity)
        return [1, 0];
    const prefactor = Math.exp(-bd0(a, x) - stirlingError(a)) / Math.sqrt(2 * Math.PI * a);
    if (x < a + 1) {
        // P(a, x) = x^a e^-x / Γ(a+1) · Σ x^n / ((a+1)(a+2)…(a+n)); all terms positive.
        let term = 1;
        let sum = 1;
        for (let n = 1; n <= MAX_ITERATIONS; n++) {
            term *= x / (a + n);
            sum += term;
            if (term < sum * EPS)
                break;
        }
        const lower = prefactor * sum;
        return [lower, 1 - lower];
    }
    // Q(a, x) = x^a e^-x / Γ(a) / (x+1−a − 1(1−a) / (x+3−a − 2(2−a) / (x+5−a − …))).
    let f = x + 1 - a;
    if (Math.abs(f) < TINY)
        f = TINY;
    let c = f;
    let d = 0;
    for (let n = 1; n <= MAX_ITERATIONS; n++) {
        const an = -n * (n - a);
        const bn = x + 2 * n + 1 - a;
        d = bn + an * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        d = 1 / d;
        c = bn + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        const delta = c * d;
        f *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    const upper = (a * prefactor) / f;
    return [1 - upper, upper];
}
/** The regularized lower incomplete gamma function P(a, x) (the Gamma(a, 1) CDF at x). */
function regularizedGammaP(a, x) {
    return incompleteGamma(a, x)[0];
}
/** The regularized upper incomplete gamma function Q(a, x) = 1 − P(a, x), accurate when it is tiny. */
function regularizedGammaQ(a, x) {
    return incompleteGamma(a, x)[1];
}

;// CONCATENATED MODULE: ./build/core/stats/distributions.js
// The distributions the gate's p-values come from: normal, Student t and binomial. Tails are computed
// directly (never as 1 − something), so a p-value of 1e-30 comes out as 1e-30, not 0 or noise.

/** The special functions underneath, for callers that need them directly (see special.ts). */

const SQRT_2PI = Math.sqrt(2 * Math.PI);
const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
/**
 * e^(−x²/2) with x² never rounded: x splits into hi (a multiple of 1/16, so hi² is exact) and lo, and
 * x²/2 = hi²/2 + lo·(x+hi)/2. Rounding x² directly would cost a relative error of x²·2^-53 in the
 * density — 1e-13 at x = 37 — which the split avoids (the trick Cody's erfc uses).
 */
function gaussianKernel(x) {
    const ax = Math.abs(x);
    const hi = Math.floor(ax * 16) / 16;
    const lo = ax - hi;
    return Math.exp((-hi * hi) / 2) * Math.exp((-lo * (ax + hi)) / 2);
}
/** The standard normal density φ(x). */
function normalPdf(x) {
    return gaussianKernel(x) / SQRT_2PI;
}
/**
 * The upper tail P(Z > x) for x >= 0. Below x = 2 it is ½(1 − erf(x/√2)) with erf from its all-positive
 * series (erf(u) = 2u e^(−u²)/√π · Σ (2u²)^n / (1·3·…·(2n+1))), where the tail is at least 0.02 so the
 * subtraction costs under two digits. From x = 2 on it is φ(x)·x / (2·K) with K the even continued
 * fraction of Γ(½, x²/2) (Legendre), which converges in a few dozen terms there and faster beyond.
 */
function upperTail(x) {
    if (x === Infinity)
        return 0;
    const z = (x * x) / 2;
    if (x < 2) {
        let term = 1;
        let sum = 1;
        for (let n = 1; n < 200; n++) {
            term *= z / (n + 0.5);
            sum += term;
            if (term < sum * 1e-17)
                break;
        }
        const erf = x * SQRT_2_OVER_PI * gaussianKernel(x) * sum;
        return 0.5 - 0.5 * erf;
    }
    let f = z + 0.5;
    let c = f;
    let d = 0;
    for (let n = 1; n < 1000; n++) {
        const an = -n * (n - 0.5);
        const bn = z + 2 * n + 0.5;
        d = 1 / (bn + an * d);
        c = bn + an / c;
        const delta = c * d;
        f *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return (normalPdf(x) * x) / (2 * f);
}
/** The standard normal CDF Φ(x), to about 1e-15 relative in the lower tail (Φ(−37) ≈ 5.7e-300 included). */
function normalCdf(x) {
    if (Number.isNaN(x))
        return NaN;
    return x < 0 ? upperTail(-x) : 1 - upperTail(x);
}
/** The standard normal survival function 1 − Φ(x), accurate in the upper tail. */
function normalSf(x) {
    if (Number.isNaN(x))
        return NaN;
    return x < 0 ? 1 - upperTail(-x) : upperTail(x);
}
// Acklam's rational approximation to the normal quantile (relative error below 1.2e-9), which the
// Halley steps below then polish to full precision.
const ACKLAM_A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const ACKLAM_B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const ACKLAM_C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const ACKLAM_D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
function polynomial(coefficients, x) {
    let value = 0;
    for (const c of coefficients)
        value = value * x + c;
    return value;
}
/** Acklam's starting point for p <= 0.5. */
function acklam(p) {
    if (p < 0.02425) {
        const q = Math.sqrt(-2 * Math.log(p));
        return polynomial(ACKLAM_C, q) / (polynomial(ACKLAM_D, q) * q + 1);
    }
    const q = p - 0.5;
    const r = q * q;
    return (polynomial(ACKLAM_A, r) * q) / (polynomial(ACKLAM_B, r) * r + 1);
}
/**
 * The standard normal quantile Φ⁻¹(p): Acklam's rational approximation, then Halley steps on
 * Φ(x) − p (cubic convergence; two steps usually reach the last bit). Worked on the lower half only,
 * using Φ⁻¹(p) = −Φ⁻¹(1 − p), so that 1 − p is exact and the tail CDF is the accurate one.
 */
function normalQuantile(p) {
    if (!(p >= 0 && p <= 1))
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    if (p > 0.5)
        return -normalQuantile(1 - p);
    let x = acklam(p);
    for (let step = 0; step < 4; step++) {
        const density = normalPdf(x);
        if (density === 0)
            break;
        const u = (normalCdf(x) - p) / density;
        const next = x - u / (1 + (x * u) / 2);
        const done = Math.abs(next - x) <= 1e-15 * Math.abs(x);
        x = next;
        if (done)
            break;
    }
    return x;
}
/**
 * P(T > t) for t >= 0 under Student's t with `df` degrees of freedom: ½·I_(ν/(ν+t²))(ν/2, ½), with
 * 1 − x passed as t²/(ν+t²) so that neither side of the beta function loses digits.
 */
function tUpperTail(t, df) {
    if (t === Infinity)
        return 0;
    const t2 = t * t;
    const x = df / (df + t2);
    const y = t2 / (df + t2);
    return incompleteBeta(df / 2, 0.5, x, y)[0] / 2;
}
function checkDf(df) {
    if (!(df > 0))
        throw new RangeError(`Student t needs degrees of freedom > 0, got ${df}`);
}
/** The Student t CDF P(T <= t) with `df` > 0 degrees of freedom (not necessarily an integer: Welch's are not). */
function studentTCdf(t, df) {
    checkDf(df);
    if (Number.isNaN(t))
        return NaN;
    if (df === Infinity)
        return normalCdf(t);
    return t < 0 ? tUpperTail(-t, df) : 1 - tUpperTail(t, df);
}
/** The two-sided p-value P(|T| >= |t|) under Student's t with `df` degrees of freedom, accurate when tiny. */
function studentTTwoSided(t, df) {
    checkDf(df);
    if (Number.isNaN(t))
        return NaN;
    if (df === Infinity)
        return 2 * normalSf(Math.abs(t));
    return Math.min(1, 2 * tUpperTail(Math.abs(t), df));
}
/** The Student t density. */
function studentTPdf(t, df) {
    checkDf(df);
    if (df === Infinity)
        return normalPdf(t);
    const logNorm = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
    return Math.exp(logNorm - ((df + 1) / 2) * Math.log1p((t * t) / df));
}
/**
 * The Student t quantile: the t with P(T <= t) = p. Newton's method on the upper tail from the normal
 * quantile, kept inside a bracket that doubles until it holds the root and falls back to bisection
 * whenever a step would leave it, so heavy tails (df near 1) cannot throw it off.
 */
function studentTQuantile(p, df) {
    checkDf(df);
    if (!(p >= 0 && p <= 1))
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    if (p === 0.5)
        return 0;
    if (df === Infinity)
        return normalQuantile(p);
    if (p < 0.5)
        return -studentTQuantile(1 - p, df);
    const q = 1 - p; // exact for p > 0.5; the tail probability to hit
    let low = 0;
    let high = Math.max(1, -normalQuantile(q));
    while (tUpperTail(high, df) > q)
        high *= 2;
    let t = Math.min(-normalQuantile(q), high);
    for (let i = 0; i < 200; i++) {
        const excess = tUpperTail(t, df) - q;
        if (excess > 0)
            low = t;
        else
            high = t;
        let next = t + excess / studentTPdf(t, df);
        if (!(next > low && next < high))
            next = (low + high) / 2;
        if (Math.abs(next - t) <= 1e-15 * t || high - low <= 1e-15 * high)
            return next;
        t = next;
    }
    return t;
}
/**
 * The binomial CDF P(X <= k) for X ~ Binomial(n, p): I_(1−p)(n − k, k + 1), with p passed as the
 * complement so small tails keep their digits. `k` is floored; k < 0 gives 0 and k >= n gives 1.
 */
function binomialCdf(k, n, p) {
    if (!Number.isInteger(n) || n < 0)
        throw new RangeError(`binomial n must be a non-negative integer, got ${n}`);
    if (!(p >= 0 && p <= 1))
        throw new RangeError(`binomial p must be in [0, 1], got ${p}`);
    const j = Math.floor(k);
    if (j < 0)
        return 0;
    if (j >= n)
        return 1;
    if (p === 0)
        return 1;
    if (p === 1)
        return 0;
    return incompleteBeta(n - j, j + 1, 1 - p, p)[0];
}


/***/ }),

/***/ 41419:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RV: () => (/* reexport */ alignPairs),
  Cu: () => (/* reexport */ delong),
  go: () => (/* reexport */ examplesForPower),
  fU: () => (/* reexport */ holm),
  B1: () => (/* reexport */ mcnemarExact),
  bu: () => (/* reexport */ outcome),
  Wx: () => (/* reexport */ pairedBootstrap),
  Mz: () => (/* reexport */ welch)
});

// UNUSED EXPORTS: MULTINOMIAL_MAX_UNITS, RESAMPLING_MAX_WORK, bootstrapPValue, detectionPower, pairedBootstrapWithIndices, quantileLinear

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
;// CONCATENATED MODULE: ./build/core/stats/align.js
// Pairs two models' per-example results by example id. A paired test is only valid when both models
// were scored on the same examples, so a mismatch is refused here, loudly, rather than by quietly
// comparing the intersection (which hides an eval set that changed under one of the models).

const SHOWN = 5;
/** A few items for a message: up to five, JSON-quoted, then how many more. */
function few(items) {
    const shown = items.slice(0, SHOWN).map((id) => JSON.stringify(id));
    return items.length > SHOWN ? `${shown.join(', ')} and ${items.length - SHOWN} more` : shown.join(', ');
}
/** The rows sorted by id (code-unit order), refusing an id that repeats. Sorting, not a Map: at 10^6 rows it is 10× faster. */
function sortById(rows, name) {
    const keyed = rows.map((row) => ({ id: String(row.id), row }));
    keyed.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    const duplicates = [];
    for (let i = 1; i < keyed.length; i++) {
        const id = keyed[i].id;
        if (id === keyed[i - 1].id && id !== duplicates[duplicates.length - 1])
            duplicates.push(id);
    }
    if (duplicates.length > 0) {
        const count = `${duplicates.length} example id${duplicates.length === 1 ? '' : 's'}`;
        throw new errors/* UserError */.yo(`The ${name} predictions list ${count} more than once (${few(duplicates)}); each example must appear once per set.`);
    }
    return { ids: keyed.map((k) => k.id), rows: keyed.map((k) => k.row) };
}
/** The ids only in `a` and only in `b`, two sorted lists of distinct ids, by one merge. */
function difference(a, b) {
    const onlyA = [];
    const onlyB = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        const x = a[i];
        const y = b[j];
        if (x === y) {
            i++;
            j++;
        }
        else if (y === undefined || (x !== undefined && x < y)) {
            onlyA.push(x);
            i++;
        }
        else {
            onlyB.push(y);
            j++;
        }
    }
    return { onlyA, onlyB };
}
/** Every row or no row has `field` in this set; returns whether all do. */
function allOrNone(ids, rows, field, name) {
    const lacking = ids.filter((_, i) => rows[i][field] === undefined);
    if (lacking.length === 0)
        return true;
    if (lacking.length === ids.length)
        return false;
    const which = `${lacking.length} of ${ids.length} (${few(lacking)})`;
    throw new errors/* UserError */.yo(`The ${name} predictions give '${field}' for some examples but not for ${which}; give it for every example or for none.`);
}
/** An example property (label, weight, cluster) from whichever set gives it, refusing disagreement. */
function exampleProperty(ids, a, b, field, names) {
    const inA = allOrNone(ids, a, field, names.champion);
    const inB = allOrNone(ids, b, field, names.challenger);
    if (!inA && !inB)
        return undefined;
    const values = (inA ? a : b).map((row) => row[field]);
    if (inA && inB) {
        const differ = ids.map((id, i) => ({ id, x: a[i][field], y: b[i][field] })).filter(({ x, y }) => String(x) !== String(y));
        if (differ.length > 0) {
            const shown = differ.slice(0, SHOWN).map(({ id, x, y }) => `${JSON.stringify(id)}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
            throw new errors/* UserError */.yo(`The ${names.champion} and ${names.challenger} predictions disagree on '${field}' for ${differ.length} example${differ.length === 1 ? '' : 's'} (${shown.join(', ')}${differ.length > SHOWN ? ', …' : ''}); it describes the example, so it must be the same in both.`);
        }
    }
    return values;
}
function numbers(ids, values, field, name, min = -Infinity) {
    const out = new Float64Array(values.length);
    const bad = [];
    values.forEach((v, i) => {
        if (typeof v !== 'number' || !Number.isFinite(v) || v < min)
            bad.push(ids[i]);
        else
            out[i] = v;
    });
    if (bad.length > 0) {
        throw new errors/* UserError */.yo(`The ${name} '${field}' must be a finite number${min === 0 ? ' >= 0' : ''}; ${bad.length} example${bad.length === 1 ? ' is' : 's are'} not (${few(bad)}).`);
    }
    return out;
}
/** Sorted distinct names, and each value's index among them. */
function codes(columns) {
    const names = [...new Set(columns.flatMap((c) => c.map(String)))].sort();
    const position = new Map(names.map((n, i) => [n, i]));
    return { names, coded: columns.map((c) => Int32Array.from(c, (v) => position.get(String(v)))) };
}
/**
 * Pairs the champion's and the challenger's rows by `id`. Throws a {@link UserError} when the two sets
 * do not cover exactly the same examples (naming how many ids are only in one set, and the first few
 * of them), when an id repeats within a set, when a field is given for some rows of a set but not all,
 * or when the sets disagree on an example's label, weight or cluster.
 */
function alignPairs(champion, challenger, names = { champion: 'champion', challenger: 'challenger' }) {
    const { ids, rows: a } = sortById(champion, names.champion);
    const { ids: idsB, rows: b } = sortById(challenger, names.challenger);
    const { onlyA, onlyB } = difference(ids, idsB);
    if (onlyA.length > 0 || onlyB.length > 0) {
        const parts = [];
        if (onlyA.length > 0)
            parts.push(`${onlyA.length} id${onlyA.length === 1 ? '' : 's'} only in ${names.champion} (${few(onlyA)})`);
        if (onlyB.length > 0)
            parts.push(`${onlyB.length} only in ${names.challenger} (${few(onlyB)})`);
        throw new errors/* UserError */.yo(`The ${names.champion} and ${names.challenger} predictions cover different examples: ${parts.join(', ')}; ${ids.length - onlyA.length} in both. A paired comparison needs both models scored on the same examples: score them on one eval set.`);
    }
    if (ids.length === 0)
        throw new errors/* UserError */.yo(`The ${names.champion} and ${names.challenger} predictions are empty; there is nothing to compare.`);
    const onBothSides = (field) => {
        const inA = allOrNone(ids, a, field, names.champion);
        const inB = allOrNone(ids, b, field, names.challenger);
        const [has, lacks] = inA ? [names.champion, names.challenger] : [names.challenger, names.champion];
        if (inA !== inB)
            throw new errors/* UserError */.yo(`The ${has} predictions give '${field}' and the ${lacks} do not; give it in both or neither.`);
        return inA;
    };
    const hasValueA = onBothSides('value');
    const hasPredA = onBothSides('prediction');
    const labels = exampleProperty(ids, a, b, 'label', names);
    if (hasPredA && labels === undefined)
        throw new errors/* UserError */.yo(`The predictions give 'prediction' but no 'label'; count metrics need the true class of every example.`);
    const weights = exampleProperty(ids, a, b, 'weight', names);
    const clusters = exampleProperty(ids, a, b, 'cluster', names);
    const out = { ids };
    if (hasValueA) {
        out.championValues = numbers(ids, a.map((row) => row.value), 'value', names.champion);
        out.challengerValues = numbers(ids, b.map((row) => row.value), 'value', names.challenger);
    }
    if (labels !== undefined) {
        const columns = [labels];
        if (hasPredA)
            columns.push(a.map((row) => row.prediction), b.map((row) => row.prediction));
        const { names: classes, coded } = codes(columns);
        out.classes = classes;
        out.labels = coded[0];
        if (hasPredA)
            [out.championPredictions, out.challengerPredictions] = [coded[1], coded[2]];
    }
    if (weights !== undefined)
        out.weights = numbers(ids, weights, 'weight', 'example', 0);
    if (clusters !== undefined) {
        const { names: clusterIds, coded } = codes([clusters]);
        out.clusterIds = clusterIds;
        out.clusters = coded[0];
    }
    return out;
}

// EXTERNAL MODULE: ./build/core/stats/distributions.js + 1 modules
var distributions = __webpack_require__(95590);
;// CONCATENATED MODULE: ./build/core/stats/random.js
// A seeded pseudo-random generator for the statistics in this folder. Gate results must be reproducible
// from the seed alone (same seed, same resamples, same verdict on every runner and Node version), so
// nothing here touches Math.random, and every draw is built from 32-bit integer arithmetic, which is
// exact in JavaScript on every platform.
const TWO_32 = 4294967296;
const TWO_53 = 9007199254740992;
/** Up to this n, x·n for a 32-bit x is below 2^53 and so exact in a double. */
const SMALL_INT = 2097152;
const MASK_64 = (1n << 64n) - 1n;
/** e^-1, the probability that a Poisson(1) draw is 0. */
const POISSON1_P0 = Math.exp(-1);
/**
 * Cumulative Poisson(1) probabilities F(k) = P(K <= k) for k = 0..POISSON_TABLE-1, and the same scaled
 * to 32-bit integers: a 32-bit draw below floor(F(k)·2^32) is certainly below F(k), above it certainly
 * not, so one 32-bit draw decides all but a 2^-28 fraction of cases without touching floating point.
 */
const POISSON_TABLE = 14;
const POISSON_CDF = [];
const POISSON_CUTS = new Uint32Array(POISSON_TABLE);
{
    let p = POISSON1_P0;
    let f = p;
    for (let k = 0; k < POISSON_TABLE; k++) {
        POISSON_CDF.push(f);
        POISSON_CUTS[k] = Math.floor(f * TWO_32);
        p /= k + 1;
        f += p;
    }
}
/**
 * A guide table on the top 8 bits of the 32-bit draw: GUIDE[j] is the k whose whole cell the j-th of
 * 256 equal slices of [0, 2^32) falls in, or 255 when a cut crosses the slice (14 of the 256 at most).
 * So most draws cost one table read instead of a search (the "guide table" of Chen and Asau 1974).
 */
const GUIDE = new Uint8Array(256);
for (let j = 0; j < 256; j++) {
    const low = j * 16777216;
    const high = low + 16777215;
    let k = 0;
    while (k < POISSON_TABLE && POISSON_CUTS[k] <= low)
        k++;
    const exact = k < POISSON_TABLE && POISSON_CUTS[k] > high && (k === 0 || POISSON_CUTS[k - 1] < low);
    GUIDE[j] = exact ? k : 255;
}
/** One step of SplitMix64 (Steele, Lea and Flood 2014), used only to spread a seed over the state. */
function splitMix64(state) {
    const next = (state + 0x9e3779b97f4a7c15n) & MASK_64;
    let z = next;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK_64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK_64;
    return [next, z ^ (z >> 31n)];
}
/**
 * xoshiro128** 1.1 (Blackman and Vigna 2018): 128 bits of state, period 2^128 − 1, passes BigCrush, and
 * needs only 32-bit operations, which JavaScript does exactly and fast (Math.imul, >>>). Seeded through
 * SplitMix64 as its authors recommend, so nearby seeds give unrelated streams.
 *
 * Construct with {@link createRandom}; every method advances the state.
 */
class Random {
    s0;
    s1;
    s2;
    s3;
    /** The n of the last int(n) call and its rejection threshold, so the loop does no division. */
    intN = 0;
    intThreshold = 0;
    /** The seed this generator started from, reported back with results so a run can be repeated. */
    seed;
    /** @param seed an integer in [0, 2^53); the same seed always gives the same sequence. */
    constructor(seed) {
        if (!Number.isSafeInteger(seed) || seed < 0)
            throw new RangeError(`seed must be an integer from 0 to 2^53-1, got ${seed}`);
        this.seed = seed;
        const [next, a] = splitMix64(BigInt(seed));
        const [, b] = splitMix64(next);
        // Kept as signed 32-bit values (| 0) from the start, so V8 stores the fields as small integers.
        this.s0 = Number(a & 0xffffffffn) | 0;
        this.s1 = Number(a >> 32n) | 0;
        this.s2 = Number(b & 0xffffffffn) | 0;
        this.s3 = Number(b >> 32n) | 0;
        // The all-zero state is the one fixed point of xoshiro; SplitMix64 never gives two zero words, but be sure.
        if ((this.s0 | this.s1 | this.s2 | this.s3) === 0)
            this.s0 = 1;
    }
    /** The next 32 random bits, as an unsigned integer in [0, 2^32). */
    next32() {
        const s1 = this.s1;
        const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
        const t = s1 << 9;
        this.s2 ^= this.s0;
        this.s3 ^= s1;
        this.s1 ^= this.s2;
        this.s0 ^= this.s3;
        this.s2 ^= t;
        this.s3 = rotl(this.s3, 11);
        return result;
    }
    /** A uniform double in [0, 1) with all 53 bits of the mantissa random (two 32-bit draws). */
    uniform() {
        const hi = this.next32() >>> 5; // 27 bits
        const lo = this.next32() >>> 6; // 26 bits
        return (hi * 67108864 + lo) / TWO_53;
    }
    /**
     * A uniform integer in [0, n), without the modulo bias of `floor(uniform() * n)`. For n <= 2^21 it is
     * Lemire's multiply-and-reject (2019): the high half of x·n (exact in a double) is the answer unless
     * the low half falls below 2^32 mod n, which happens for fewer than n of the 2^32 values of x. The
     * bootstrap calls this in its innermost loop, so the rejection threshold is kept for the last n.
     * Larger n (to 2^53) reject on a 53-bit draw instead.
     * @param n an integer from 1 to 2^53.
     */
    int(n) {
        if (n !== this.intN)
            this.prepareInt(n);
        if (n <= SMALL_INT) {
            for (;;) {
                const m = this.next32() * n;
                const high = Math.floor(m / TWO_32);
                if (m - high * TWO_32 >= this.intThreshold)
                    return high;
            }
        }
        for (;;) {
            const x = (this.next32() >>> 11) * TWO_32 + this.next32();
            if (x < this.intThreshold)
                return x % n;
        }
    }
    prepareInt(n) {
        if (!(n >= 1) || !Number.isSafeInteger(n - 1))
            throw new RangeError(`int(n) needs an integer n from 1 to 2^53, got ${n}`);
        this.intN = n;
        this.intThreshold = n <= SMALL_INT ? TWO_32 % n : TWO_53 - (TWO_53 % n);
    }
    /**
     * A Poisson(1) draw, by inversion: the smallest k with U < F(k). One 32-bit draw settles it against
     * the integer table almost always; a draw that lands on a table entry, or beyond the table (k >= 14,
     * probability 5e-12), is finished with 53 more bits in floating point, so the distribution is exact
     * to double precision rather than truncated at 2^-32.
     */
    poisson1() {
        const u = this.next32();
        const guess = GUIDE[u >>> 24];
        if (guess !== 255)
            return guess;
        for (let k = 0; k < POISSON_TABLE; k++) {
            const cut = POISSON_CUTS[k];
            if (u < cut)
                return k;
            if (u === cut)
                break;
        }
        return this.poissonTail(u);
    }
    /** A standard normal draw (Box–Muller; 1 − uniform() is in (0, 1], so the log is finite). */
    normal() {
        const r = Math.sqrt(-2 * Math.log(1 - this.uniform()));
        return r * Math.cos(2 * Math.PI * this.uniform());
    }
    poissonTail(u) {
        const x = (u + this.uniform()) / TWO_32;
        let k = 0;
        let f = POISSON1_P0;
        let p = POISSON1_P0;
        // F(k) reaches 1 − 1e-16 near k = 18 and stops growing in double precision; past that, x < 1 ends it.
        while (x >= f && k < 40) {
            k++;
            p /= k;
            f = k < POISSON_TABLE ? POISSON_CDF[k] : f + p;
        }
        return k;
    }
}
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}
/** A generator seeded with `seed` (an integer in [0, 2^53)); see {@link Random}. */
function createRandom(seed) {
    return new Random(seed);
}

;// CONCATENATED MODULE: ./build/core/stats/resample.js
/** Members of each unit as ranges of `order` (counting sort by cluster), or undefined for one example per unit. */
function clusterMembers(data) {
    const clusters = data.clusters;
    if (clusters === undefined)
        return undefined;
    const units = data.clusterIds.length;
    const start = new Int32Array(units + 1);
    for (const c of clusters)
        start[c + 1]++;
    for (let u = 0; u < units; u++)
        start[u + 1] += start[u];
    const next = start.slice(0, units);
    const order = new Int32Array(clusters.length);
    clusters.forEach((c, i) => (order[next[c]++] = i));
    return { start, order };
}
function sumOfSquares(d) {
    let s = 0;
    let s2 = 0;
    for (const v of d) {
        s += v;
        s2 += v * v;
    }
    return Math.max(0, s2 - (s * s) / d.length);
}
/** Mean and RMSE: per-unit sums of weight, weight·champion value and weight·challenger value. */
function meanResampler(data, root) {
    const a = data.championValues;
    const b = data.challengerValues;
    const n = a.length;
    const units = data.clusters ? data.clusterIds.length : n;
    const W = new Float64Array(units);
    const A = new Float64Array(units);
    const B = new Float64Array(units);
    for (let i = 0; i < n; i++) {
        const u = data.clusters ? data.clusters[i] : i;
        const w = data.weights ? data.weights[i] : 1;
        W[u] += w;
        A[u] += w * a[i];
        B[u] += w * b[i];
    }
    const f = root ? (s, w) => Math.sqrt(s / w) : (s, w) => s / w;
    const total = (x) => x.reduce((s, v) => s + v, 0);
    const [tw, ta, tb] = [total(W), total(A), total(B)];
    return {
        units,
        point: () => ({ champion: f(ta, tw), challenger: f(tb, tw) }),
        fromCounts(counts) {
            let sw = 0;
            let sa = 0;
            let sb = 0;
            for (let u = 0; u < units; u++) {
                const c = counts[u];
                if (c === 0)
                    continue;
                sw += c * W[u];
                sa += c * A[u];
                sb += c * B[u];
            }
            return f(sb, sw) - f(sa, sw);
        },
        multinomial(random, resamples) {
            // Gathering the drawn units' sums directly skips the counts array the count metrics need.
            const out = new Float64Array(resamples);
            for (let r = 0; r < resamples; r++) {
                let sw = 0;
                let sa = 0;
                let sb = 0;
                for (let k = 0; k < units; k++) {
                    const u = random.int(units);
                    sw += W[u];
                    sa += A[u];
                    sb += B[u];
                }
                out[r] = f(sb, sw) - f(sa, sw);
            }
            return out;
        },
        poisson(random, resamples) {
            // Unit-major: each unit is read once and its weight drawn for every resample, so the data can
            // stream and the B accumulators (3·8·B bytes) stay in cache.
            const sw = new Float64Array(resamples);
            const sa = new Float64Array(resamples);
            const sb = new Float64Array(resamples);
            for (let u = 0; u < units; u++) {
                const [w, x, y] = [W[u], A[u], B[u]];
                for (let r = 0; r < resamples; r++) {
                    const c = random.poisson1();
                    if (c === 0)
                        continue;
                    sw[r] += c * w;
                    sa[r] += c * x;
                    sb[r] += c * y;
                }
            }
            return Float64Array.from(sw, (w, r) => f(sb[r], w) - f(sa[r], w));
        },
        standardError() {
            // Influence of unit u on s/w is (s_u − m·w_u)/w; on √(s/w) half that over the root.
            const [ma, mb] = [ta / tw, tb / tw];
            const [ka, kb] = root ? [ma > 0 ? 1 / (2 * Math.sqrt(ma)) : 0, mb > 0 ? 1 / (2 * Math.sqrt(mb)) : 0] : [1, 1];
            const d = Float64Array.from(W, (w, u) => (kb * (B[u] - mb * w) - ka * (A[u] - ma * w)) / tw);
            return Math.sqrt(sumOfSquares(d));
        },
    };
}
/**
 * F1, precision and recall: per-resample confusion sums tp, fp and fn per class for each model, laid
 * out as [tp, fp, fn] × K for the champion and then the challenger (6K numbers).
 */
function countResampler(data, metric, target) {
    const K = data.classes.length;
    const L = data.labels;
    const PA = data.championPredictions;
    const PB = data.challengerPredictions;
    const weights = data.weights;
    const n = L.length;
    const members = clusterMembers(data);
    const units = members ? members.start.length - 1 : n;
    const width = 6 * K;
    const add = (acc, base, i, m) => {
        const l = L[i];
        const a = PA[i];
        const b = PB[i];
        if (a === l) {
            acc[base + l] += m;
        }
        else {
            acc[base + K + a] += m;
            acc[base + 2 * K + l] += m;
        }
        if (b === l) {
            acc[base + 3 * K + l] += m;
        }
        else {
            acc[base + 4 * K + b] += m;
            acc[base + 5 * K + l] += m;
        }
    };
    // Numerator and denominator of class k's ratio, from the arm's [tp, fp, fn] block at `base`.
    const ratio = (acc, base, k) => {
        const tp = acc[base + k];
        const fp = acc[base + K + k];
        const fn = acc[base + 2 * K + k];
        const [num, den] = metric === 'f1' ? [2 * tp, 2 * tp + fp + fn] : metric === 'precision' ? [tp, tp + fp] : [tp, tp + fn];
        return { num, den, r: den > 0 ? num / den : 0 };
    };
    const value = (acc, base) => {
        if (target !== undefined)
            return ratio(acc, base, target).r;
        let s = 0;
        for (let k = 0; k < K; k++)
            s += ratio(acc, base, k).r;
        return s / K;
    };
    const weightOf = (i) => (weights ? weights[i] : 1);
    const addUnit = (acc, base, u, c) => {
        if (!members)
            return add(acc, base, u, c * weightOf(u));
        for (let j = members.start[u]; j < members.start[u + 1]; j++) {
            const i = members.order[j];
            add(acc, base, i, c * weightOf(i));
        }
    };
    const full = new Float64Array(width);
    for (let u = 0; u < units; u++)
        addUnit(full, 0, u, 1);
    const acc = new Float64Array(width);
    const fromCounts = (counts) => {
        acc.fill(0);
        for (let u = 0; u < units; u++)
            if (counts[u] !== 0)
                addUnit(acc, 0, u, counts[u]);
        return value(acc, 3 * K) - value(acc, 0);
    };
    return {
        units,
        point: () => ({ champion: value(full, 0), challenger: value(full, 3 * K) }),
        fromCounts,
        multinomial(random, resamples) {
            const counts = new Int32Array(units);
            const out = new Float64Array(resamples);
            for (let r = 0; r < resamples; r++) {
                counts.fill(0);
                for (let k = 0; k < units; k++)
                    counts[random.int(units)]++;
                out[r] = fromCounts(counts);
            }
            return out;
        },
        poisson(random, resamples) {
            // Resample by resample, not unit-major as for means: B sets of 6K sums would take gigabytes at
            // 10^4 resamples and 1000 classes; one set is 6K numbers.
            const out = new Float64Array(resamples);
            for (let r = 0; r < resamples; r++) {
                acc.fill(0);
                for (let u = 0; u < units; u++) {
                    const c = random.poisson1();
                    if (c !== 0)
                        addUnit(acc, 0, u, c);
                }
                out[r] = value(acc, 3 * K) - value(acc, 0);
            }
            return out;
        },
        standardError() {
            // Influence of one example on class k's ratio num/den is (Δnum − r·Δden)/den; summed per unit.
            const scale = target === undefined ? 1 / K : 1;
            const influence = (base, k, dNum, dDen) => {
                if (target !== undefined && k !== target)
                    return 0;
                const { den, r } = ratio(full, base, k);
                return den > 0 ? (scale * (dNum - r * dDen)) / den : 0;
            };
            const arm = (base, l, p, w) => {
                if (p === l)
                    return metric === 'f1' ? influence(base, l, 2 * w, 2 * w) : influence(base, l, w, w);
                const fpPart = metric === 'recall' ? 0 : influence(base, p, 0, w);
                const fnPart = metric === 'precision' ? 0 : influence(base, l, 0, w);
                return fpPart + fnPart;
            };
            const d = new Float64Array(units);
            for (let i = 0; i < n; i++) {
                const w = weightOf(i);
                const u = data.clusters ? data.clusters[i] : i;
                d[u] += arm(3 * K, L[i], PB[i], w) - arm(0, L[i], PA[i], w);
            }
            return Math.sqrt(sumOfSquares(d));
        },
    };
}

;// CONCATENATED MODULE: ./build/core/stats/bootstrap.js
// The paired bootstrap: the distribution of a metric's challenger − champion difference over
// resamples of the eval examples (or of clusters of them), both models scored on each resample's
// same examples, so example difficulty cancels out and only the models' difference varies.




/** `auto` resamples units with replacement up to this many: their sums (24 bytes a unit) still fit in cache. */
const MULTINOMIAL_MAX_UNITS = 50_000;
/** `auto` uses the Poisson bootstrap while units × resamples stays under this (about 12 s on one core), the normal method beyond. */
const RESAMPLING_MAX_WORK = 1e9;
/**
 * numpy's default ('linear') quantile of sorted values, q in [0, 1]: position h = (n − 1)·q, then
 * linear interpolation between the neighbours, in numpy's own form (from the upper neighbour when
 * the fraction is >= ½), so that the result matches `numpy.percentile(x, 100·q)` to the last bit.
 */
function quantileLinear(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return NaN;
    const h = (n - 1) * q;
    if (h >= n - 1)
        return sorted[n - 1];
    if (h <= 0)
        return sorted[0];
    const lo = Math.floor(h);
    const g = h - lo;
    const a = sorted[lo];
    const b = sorted[lo + 1];
    const diff = b - a;
    return g >= 0.5 ? b - diff * (1 - g) : a + diff * g;
}
/**
 * The two-sided bootstrap p-value for "no difference", with the +1 correction that keeps it a valid
 * p-value (never 0 from B finite resamples; Davison and Hinkley 1997, §4.4):
 * min(1, 2·min(1 + #{d* <= 0}, 1 + #{d* >= 0}) / (B + 1)). It is below alpha exactly when 0 lies
 * outside the percentile interval at level 1 − alpha (up to interpolation), so the two never disagree.
 */
function bootstrapPValue(differences) {
    let atOrBelow = 0;
    let atOrAbove = 0;
    for (let i = 0; i < differences.length; i++) {
        const d = differences[i];
        if (d <= 0)
            atOrBelow++;
        if (d >= 0)
            atOrAbove++;
    }
    return Math.min(1, (2 * (1 + Math.min(atOrBelow, atOrAbove))) / (differences.length + 1));
}
function resamplerFor(data, metric) {
    const n = data.ids.length;
    if (n === 0)
        throw new errors/* UserError */.yo('The paired bootstrap needs at least one example.');
    const lengthOk = (name, a) => {
        if (a !== undefined && a.length !== n)
            throw new errors/* UserError */.yo(`Paired examples: '${name}' has ${a.length} entries for ${n} ids.`);
    };
    for (const [name, column] of Object.entries(data))
        if (name !== 'ids' && name !== 'classes' && name !== 'clusterIds')
            lengthOk(name, column);
    if (data.weights) {
        let total = 0;
        for (const w of data.weights) {
            if (!(w >= 0) || w === Infinity)
                throw new errors/* UserError */.yo(`Paired examples: weights must be finite and >= 0, got ${w}.`);
            total += w;
        }
        if (!(total > 0))
            throw new errors/* UserError */.yo('Paired examples: the weights sum to 0, which leaves nothing to compare.');
    }
    if (data.clusters && !data.clusterIds)
        throw new errors/* UserError */.yo("Paired examples: 'clusters' needs 'clusterIds'.");
    if (metric.kind === 'mean' || metric.kind === 'rmse') {
        if (!data.championValues || !data.challengerValues)
            throw new errors/* UserError */.yo(`The ${metric.kind} metric needs a per-example 'value' from both models.`);
        if (metric.kind === 'rmse' && [...data.championValues, ...data.challengerValues].some((v) => v < 0)) {
            throw new errors/* UserError */.yo("The rmse metric takes squared errors as 'value', which cannot be negative.");
        }
        return meanResampler(data, metric.kind === 'rmse');
    }
    if (!data.labels || !data.championPredictions || !data.challengerPredictions || !data.classes) {
        throw new errors/* UserError */.yo(`The ${metric.kind} metric needs 'label' and both models' 'prediction' for every example.`);
    }
    let target;
    if (metric.class !== undefined) {
        target = data.classes.indexOf(String(metric.class));
        const name = JSON.stringify(String(metric.class));
        if (target < 0)
            throw new errors/* UserError */.yo(`The ${metric.kind} metric names class ${name}, which no label or prediction has (classes: ${data.classes.join(', ')}).`);
    }
    return countResampler(data, metric.kind, target);
}
function summarize(resampler, data, metric, alpha, method, seed, drawn) {
    const { champion, challenger } = resampler.point();
    // A resample whose units all had weight 0 has no metric (0/0); it carries no information, so it is left out.
    const differences = drawn.some(Number.isNaN) ? drawn.filter((d) => !Number.isNaN(d)) : drawn;
    const sorted = Float64Array.from(differences).sort();
    let mean = 0;
    for (const d of differences)
        mean += d;
    mean /= differences.length;
    let ss = 0;
    for (const d of differences)
        ss += (d - mean) * (d - mean);
    return {
        metric,
        method,
        champion,
        challenger,
        difference: challenger - champion,
        low: quantileLinear(sorted, alpha / 2),
        high: quantileLinear(sorted, 1 - alpha / 2),
        alpha,
        standardError: differences.length > 1 ? Math.sqrt(ss / (differences.length - 1)) : NaN,
        pValue: differences.length > 0 ? bootstrapPValue(differences) : NaN,
        resamples: differences.length,
        seed,
        examples: data.ids.length,
        units: resampler.units,
        clustered: data.clusters !== undefined,
        differences,
    };
}
function chooseMethod(method, units, resamples) {
    if (method !== 'auto')
        return method;
    if (units <= MULTINOMIAL_MAX_UNITS)
        return 'multinomial';
    return units * resamples <= RESAMPLING_MAX_WORK ? 'poisson' : 'normal';
}
function checkAlpha(alpha) {
    if (!(alpha > 0 && alpha < 1))
        throw new RangeError(`alpha must be between 0 and 1, got ${alpha}`);
}
/**
 * The paired bootstrap of `options.metric` on `data`: interval, standard error and p-value of the
 * challenger − champion difference. Deterministic for a given seed. The method (see
 * {@link BootstrapMethod}) is reported in the result; `auto` picks by size so that 10^6 examples take
 * seconds, not minutes.
 */
function pairedBootstrap(data, options) {
    const { metric, resamples = 10_000, seed = 0, alpha = 0.05 } = options;
    checkAlpha(alpha);
    if (!Number.isInteger(resamples) || resamples < 1)
        throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
    const resampler = resamplerFor(data, metric);
    const units = resampler.units;
    const method = chooseMethod(options.method ?? 'auto', units, resamples);
    if (method === 'normal') {
        const { champion, challenger } = resampler.point();
        const difference = challenger - champion;
        const se = resampler.standardError();
        const z = (0,distributions/* normalQuantile */.Zl)(1 - alpha / 2);
        const pValue = se > 0 ? 2 * (0,distributions/* normalCdf */.vr)(-Math.abs(difference) / se) : difference === 0 ? 1 : 0;
        const [low, high] = [difference - z * se, difference + z * se];
        const sizes = { resamples: 0, seed: undefined, examples: data.ids.length, units, clustered: data.clusters !== undefined };
        return { metric, method, champion, challenger, difference, low, high, alpha, standardError: se, pValue, ...sizes };
    }
    const random = createRandom(seed);
    const drawn = method === 'poisson' ? resampler.poisson(random, resamples) : resampler.multinomial(random, resamples);
    return summarize(resampler, data, metric, alpha, method, seed, drawn);
}
/**
 * The paired bootstrap on resamples given explicitly: `indices[r]` lists the units (cluster indices
 * into `data.clusterIds` when clustered, else example indices) drawn for resample r, U of them each.
 * For reproducing a resampling made elsewhere (the golden tests reuse numpy's).
 */
function pairedBootstrapWithIndices(data, indices, options) {
    const { metric, alpha = 0.05 } = options;
    checkAlpha(alpha);
    const resampler = resamplerFor(data, metric);
    const units = resampler.units;
    const counts = new Float64Array(units);
    const drawn = indices.map((resample, r) => {
        if (resample.length !== units)
            throw new RangeError(`resample ${r} draws ${resample.length} units; it must draw ${units}`);
        counts.fill(0);
        for (let k = 0; k < resample.length; k++) {
            const u = resample[k];
            if (!Number.isInteger(u) || u < 0 || u >= units)
                throw new RangeError(`resample ${r} draws unit ${u}, outside 0..${units - 1}`);
            counts[u]++;
        }
        return resampler.fromCounts(counts);
    });
    return summarize(resampler, data, metric, alpha, 'given', undefined, Float64Array.from(drawn));
}

;// CONCATENATED MODULE: ./build/core/stats/decision.js
// From an interval to a gate verdict, and how many examples a verdict would need. Kept apart from the
// statistics so the definitions, which users read in the docs, live in one short place.

/**
 * The verdict from an interval for the difference, a margin m and the better direction. The interval
 * is first turned into gains, [g_lo, g_hi], positive meaning better (for a lower-is-better metric,
 * g_lo = −high and g_hi = −low). Then, checked in this order:
 *
 * - `equivalent`: −m <= g_lo and g_hi <= m. Every difference the data allow is within the margin,
 *   whether or not it excludes 0 (a significant but negligible change is equivalent). This is the
 *   two one-sided tests (TOST) equivalence rule, at level alpha/2 per side for a 1 − alpha interval.
 * - `regressed`: g_hi < 0, and (not being equivalent) g_lo < −m. The challenger is significantly worse
 *   and a drop beyond the margin is among the plausible ones. A true drop of at least m is called
 *   regressed whenever the interval excludes 0 and covers the truth; a drop within noise (an interval
 *   that holds 0) never is.
 * - `improved`: g_lo > 0 and g_hi > m, the mirror image: significantly better, by possibly more than m.
 * - `inconclusive`: the rest: the interval holds 0 and reaches beyond the margin on at least one
 *   side, so neither a change nor its absence is shown; more examples would tell
 *   (see {@link examplesForPower}).
 *
 * The four are exhaustive and exclusive. With m = 0: equivalent only for the interval [0, 0],
 * improved/regressed exactly when the interval excludes 0. Boundaries: the margin band is closed,
 * "excludes 0" is strict.
 */
function outcome(input) {
    const { low, high, margin, better } = input;
    if (!(low <= high))
        throw new RangeError(`outcome: the interval must have low <= high, got [${low}, ${high}]`);
    if (!(margin >= 0))
        throw new RangeError(`outcome: the margin must be >= 0, got ${margin}`);
    const [gainLow, gainHigh] = better === 'higher' ? [low, high] : [-high, -low];
    if (gainLow >= -margin && gainHigh <= margin)
        return 'equivalent';
    if (gainHigh < 0)
        return 'regressed';
    if (gainLow > 0)
        return 'improved';
    return 'inconclusive';
}
/**
 * How many examples a two-sided level-alpha test needs to detect a true difference of `margin` with
 * probability `power`, from a standard error observed on `examples` examples. The standard error of
 * a mean-like metric scales as 1/√n, so with z = Φ⁻¹(1 − alpha/2) + Φ⁻¹(power) the answer is
 * ceil(examples · (z · standardError / margin)²) (the far tail's sliver of power is ignored, which
 * errs on the side of more examples). For a cluster bootstrap the count is of clusters: more examples
 * in the same clusters help less. Infinity when margin is 0.
 */
function examplesForPower(input) {
    const { standardError, examples, margin, alpha = 0.05, power = 0.8 } = input;
    checkPower(input, alpha, power);
    if (margin === 0)
        return Infinity;
    const z = (0,distributions/* normalQuantile */.Zl)(1 - alpha / 2) + (0,distributions/* normalQuantile */.Zl)(power);
    return Math.max(1, Math.ceil(examples * ((z * standardError) / margin) ** 2));
}
/**
 * The probability that a two-sided level-alpha test (normal approximation) rejects "no difference"
 * when the true difference is `margin` and the difference's standard error is `standardError`:
 * Φ(margin/SE − z) + Φ(−margin/SE − z) with z = Φ⁻¹(1 − alpha/2). Pass the standard error scaled to
 * another size (SE·√(n/n')) to predict the power there.
 */
function detectionPower(input) {
    const { standardError, margin, alpha = 0.05 } = input;
    checkPower({ ...input, examples: 1 }, alpha, 0.5);
    if (standardError === 0)
        return margin > 0 ? 1 : alpha;
    const z = normalQuantile(1 - alpha / 2);
    const shift = Math.abs(margin) / standardError;
    return normalCdf(shift - z) + normalCdf(-shift - z);
}
function checkPower(input, alpha, power) {
    if (!(input.standardError >= 0) || input.standardError === Infinity)
        throw new RangeError(`the standard error must be finite and >= 0, got ${input.standardError}`);
    if (!(input.examples >= 1))
        throw new RangeError(`examples must be >= 1, got ${input.examples}`);
    if (!(input.margin >= 0) || input.margin === Infinity)
        throw new RangeError(`the margin must be finite and >= 0, got ${input.margin}`);
    if (!(alpha > 0 && alpha < 1))
        throw new RangeError(`alpha must be between 0 and 1, got ${alpha}`);
    if (!(power > 0 && power < 1))
        throw new RangeError(`power must be between 0 and 1, got ${power}`);
}

;// CONCATENATED MODULE: ./build/core/stats/tests.js
// Classical paired and two-sample tests the gate uses beside the bootstrap: exact McNemar for paired
// correctness, Welch's t for metrics from N training runs per side (seeds), DeLong for two AUCs on the
// same examples, and Holm's correction when several metrics are gated at once.


/**
 * The exact McNemar test on the discordant pairs of a paired comparison: b examples only the champion
 * got right, c only the challenger. Under "same accuracy" each discordant pair is a fair coin, so the
 * p-value is min(1, 2·P(X <= min(b, c))) with X ~ Binomial(b + c, ½), as statsmodels'
 * `mcnemar(table, exact=True)` computes it. Concordant pairs carry no information and are not asked
 * for. The test is conservative (its false-alarm rate is at most alpha, often below).
 */
function mcnemarExact(b, c) {
    for (const [name, v] of [
        ['b', b],
        ['c', c],
    ]) {
        if (!Number.isSafeInteger(v) || v < 0)
            throw new RangeError(`mcnemarExact: ${name} must be a non-negative integer count, got ${v}`);
    }
    const statistic = Math.min(b, c);
    return { statistic, pValue: Math.min(1, 2 * (0,distributions/* binomialCdf */.HU)(statistic, b + c, 0.5)) };
}
function meanAndVariance(x, name) {
    const n = x.length;
    if (n < 2)
        throw new errors/* UserError */.yo(`Welch's test needs at least 2 values on each side; '${name}' has ${n}.`);
    let sum = 0;
    for (let i = 0; i < n; i++) {
        const v = x[i];
        if (!Number.isFinite(v))
            throw new errors/* UserError */.yo(`Welch's test needs finite values; '${name}' has ${v} at position ${i}.`);
        sum += v;
    }
    const mean = sum / n;
    // Two passes (mean, then squared deviations), as numpy does: one-pass formulas cancel badly when
    // the runs agree to many digits, as seeds of one model do.
    let ss = 0;
    for (let i = 0; i < n; i++)
        ss += (x[i] - mean) ** 2;
    return { n, mean, variance: ss / (n - 1) };
}
/**
 * Welch's unequal-variance t-test of mean(a) = mean(b), e.g. a metric over N training runs (seeds) of
 * the challenger against N of the champion: t, Welch–Satterthwaite df and the two-sided p-value, as
 * scipy's `ttest_ind(a, b, equal_var=False)`. When both sides have zero variance scipy answers NaN;
 * here the p-value is then 1 if the means are equal and 0 if not (t is ±Infinity, df is na + nb − 2),
 * so a gate gets an answer for deterministic runs.
 */
function welch(a, b) {
    const x = meanAndVariance(a, 'a');
    const y = meanAndVariance(b, 'b');
    const va = x.variance / x.n;
    const vb = y.variance / y.n;
    const difference = x.mean - y.mean;
    const standardError = Math.sqrt(va + vb);
    if (standardError === 0) {
        return { difference, standardError, t: difference === 0 ? 0 : difference > 0 ? Infinity : -Infinity, df: x.n + y.n - 2, pValue: difference === 0 ? 1 : 0 };
    }
    const t = difference / standardError;
    const df = (va + vb) ** 2 / (va ** 2 / (x.n - 1) + vb ** 2 / (y.n - 1));
    return { difference, standardError, t, df, pValue: (0,distributions/* studentTTwoSided */.tX)(t, df) };
}
/**
 * Midranks (1-based; tied values share the mean of their ranks) of the examples listed in `order`,
 * which must list them by ascending value; indexed by example, 0 for examples not listed. One sort of
 * all the scores serves all three rankings DeLong needs (all, positives, negatives): each class's
 * examples appear in the overall order already sorted.
 */
function midranks(order, values) {
    const ranks = new Float64Array(values.length);
    for (let start = 0; start < order.length;) {
        let end = start + 1;
        while (end < order.length && values[order[end]] === values[order[start]])
            end++;
        const rank = (start + end + 1) / 2; // mean of the ranks start+1 … end
        for (let k = start; k < end; k++)
            ranks[order[k]] = rank;
        start = end;
    }
    return ranks;
}
/** 2×2 sample covariance (n − 1 denominator) of two equal-length columns. */
function covariance2(x, y) {
    const n = x.length;
    let mx = 0;
    let my = 0;
    for (let i = 0; i < n; i++) {
        mx += x[i];
        my += y[i];
    }
    mx /= n;
    my /= n;
    let sxx = 0;
    let syy = 0;
    let sxy = 0;
    for (let i = 0; i < n; i++) {
        const dx = x[i] - mx;
        const dy = y[i] - my;
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
    }
    return [sxx / (n - 1), syy / (n - 1), sxy / (n - 1)];
}
/**
 * DeLong's test for two correlated AUCs (DeLong, DeLong and Clarke-Pearson 1988) on the same examples,
 * with the midrank algorithm of Sun and Xu (2014), O(n log n): the placement values
 * V10 = (rank among all − rank among positives) / negatives for each positive and V01 = 1 − (rank
 * among all − rank among negatives) / positives for each negative give each AUC (their mean) and its
 * covariance S10/m + S01/n. Ties count ½, so this is the Mann–Whitney AUC. Agrees with R pROC's
 * `roc.test(roc(labels, a, direction = "<"), roc(labels, b, direction = "<"), method = "delong", paired = TRUE)`.
 * Higher scores mean positive; `labels` are 1/true for positive, 0/false for negative.
 */
function delong(labels, scoresA, scoresB) {
    const n = labels.length;
    if (scoresA.length !== n || scoresB.length !== n) {
        throw new errors/* UserError */.yo(`DeLong's test needs one score per label from each model: ${n} labels, ${scoresA.length} and ${scoresB.length} scores.`);
    }
    const positive = [];
    const negative = [];
    for (let i = 0; i < n; i++) {
        const l = labels[i];
        if (l === 1 || l === true)
            positive.push(i);
        else if (l === 0 || l === false)
            negative.push(i);
        else
            throw new errors/* UserError */.yo(`DeLong's test needs labels 0/1 (or false/true); position ${i} has ${JSON.stringify(l)}.`);
        if (!Number.isFinite(scoresA[i]) || !Number.isFinite(scoresB[i]))
            throw new errors/* UserError */.yo(`DeLong's test needs finite scores; position ${i} has ${scoresA[i]} and ${scoresB[i]}.`);
    }
    const m = positive.length;
    const k = negative.length;
    if (m < 2 || k < 2)
        throw new errors/* UserError */.yo(`DeLong's test needs at least 2 positives and 2 negatives; got ${m} and ${k}.`);
    const isPositive = new Uint8Array(n);
    for (const i of positive)
        isPositive[i] = 1;
    const placements = (scores) => {
        const values = Float64Array.from(scores);
        const order = Uint32Array.from({ length: n }, (_, i) => i).sort((i, j) => values[i] - values[j]);
        const all = midranks(order, values);
        const pos = midranks(order.filter((i) => isPositive[i] === 1), values);
        const neg = midranks(order.filter((i) => isPositive[i] === 0), values);
        const v10 = Float64Array.from(positive, (i) => (all[i] - pos[i]) / k);
        const v01 = Float64Array.from(negative, (i) => 1 - (all[i] - neg[i]) / m);
        return { v10, v01, auc: v10.reduce((s, v) => s + v, 0) / m };
    };
    const a = placements(scoresA);
    const b = placements(scoresB);
    const [s10aa, s10bb, s10ab] = covariance2(a.v10, b.v10);
    const [s01aa, s01bb, s01ab] = covariance2(a.v01, b.v01);
    const variance = Math.max(0, (s10aa + s10bb - 2 * s10ab) / m + (s01aa + s01bb - 2 * s01ab) / k);
    const difference = a.auc - b.auc;
    // Identical rankings give variance 0: no evidence of a difference (pROC reports NaN there).
    const z = variance > 0 ? difference / Math.sqrt(variance) : difference === 0 ? 0 : Math.sign(difference) * Infinity;
    return { aucA: a.auc, aucB: b.auc, difference, variance, z, pValue: 2 * (0,distributions/* normalCdf */.vr)(-Math.abs(z)), positives: m, negatives: k };
}
/**
 * Holm's step-down adjusted p-values (Holm 1979), in the order given: the i-th smallest p becomes
 * max over j <= i of min(1, (m − j + 1)·p(j)). Rejecting where the adjusted p-value is below alpha
 * keeps the chance of any false alarm across the m metrics at most alpha. As statsmodels'
 * `multipletests(p, method='holm')[1]`.
 */
function holm(pValues) {
    const m = pValues.length;
    pValues.forEach((p, i) => {
        if (!(p >= 0 && p <= 1))
            throw new RangeError(`holm: p-values must be in [0, 1]; position ${i} has ${p}`);
    });
    const order = pValues.map((_, i) => i).sort((i, j) => pValues[i] - pValues[j]);
    const adjusted = new Array(m);
    let running = 0;
    order.forEach((i, rank) => {
        running = Math.max(running, Math.min(1, (m - rank) * pValues[i]));
        adjusted[i] = running;
    });
    return adjusted;
}

;// CONCATENATED MODULE: ./build/core/stats/paired.js
// The statistical core of noise-aware gates (issue #16), in one import: pair two models' per-example
// results, measure the difference with its uncertainty, and turn that into a verdict. Each part lives
// in its own module (align, bootstrap, resample, tests, decision); this one only gathers them.






/***/ })

};
