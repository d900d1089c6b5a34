// Confusion matrices for the report: computed from a predictions file, or read from the file a
// training job wrote (DVCLive's confusion JSON, a matrix with class names). Class names come from
// training code a pull request controls, so they are only ever rendered as code spans.
import { open } from 'node:fs/promises';
import { parseCsv } from './csv.js';
import { UserError } from './errors.js';
import { locateJsonError } from './json-error.js';
import { code, table } from './markdown.js';
import type { Predictions } from './paired-values.js';

/** Counts of examples by true class (rows) and predicted class (columns); weighted counts when weights were given. */
export interface ConfusionMatrix {
  /** The classes, in {@link compareClasses} order; both axes use the same list. */
  labels: string[];
  /** `counts[t][p]`: examples of true class `labels[t]` predicted as `labels[p]`. */
  counts: number[][];
  /** The sum of `counts`. */
  total: number;
  /** Classes left out when the matrix was built (see `maxClasses`), and the examples (unweighted) in their rows or columns. */
  omitted?: { classes: number; examples: number };
}

/** Classes a matrix computed from predictions keeps by default; rendering keeps fewer ({@link renderConfusion}). */
export const DEFAULT_COMPUTE_CLASSES = 100;
/** Classes a rendered matrix shows by default: 12 columns of counts still fit a PR comment's width. */
export const DEFAULT_RENDER_CLASSES = 12;
/** A confusion file larger than this is refused: a matrix or per-example rows for a report is far smaller. */
export const MAX_CONFUSION_BYTES = 64 * 1024 * 1024;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const collator = new Intl.Collator('en', { numeric: true });

/**
 * Class order: numbers by value first (`2` before `10`, `-1` before `0`), then text in numeric-aware
 * collation (`class2` before `class10`), code units breaking ties so the order is total and stable.
 */
export function compareClasses(a: string, b: string): number {
  const na = NUMBER.test(a.trim()) ? Number(a) : undefined;
  const nb = NUMBER.test(b.trim()) ? Number(b) : undefined;
  if (na !== undefined && nb !== undefined && na !== nb) return na - nb;
  if ((na === undefined) !== (nb === undefined)) return na === undefined ? 1 : -1;
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The confusion matrix of classification predictions (label and prediction columns); undefined when the
 * predictions have no labels (regression or value-only). Weights, when given, are summed.
 *
 * The predicted class is the `prediction` column, else the most probable `prob.<class>`; with neither
 * (a binary score alone, whose threshold is not ours to pick) there is no matrix. Labels and predictions
 * that are all numbers with some not whole are regression targets: no matrix either. Past `maxClasses`
 * (default {@link DEFAULT_COMPUTE_CLASSES}) the most confused classes are kept and `omitted` counts the rest.
 */
export function confusionFromPredictions(p: Predictions, options: { maxClasses?: number } = {}): ConfusionMatrix | undefined {
  const truth = p.label;
  const predicted = p.prediction ?? argmaxClasses(p);
  if (!truth || !predicted) return undefined;
  const numeric = (v: string) => NUMBER.test(v.trim());
  const whole = (v: string) => Number.isInteger(Number(v));
  if (truth.every(numeric) && predicted.every(numeric) && !(truth.every(whole) && predicted.every(whole))) return undefined;
  const cells = new Cells();
  truth.forEach((t, i) => cells.add(t, predicted[i] as string, p.weight ? (p.weight[i] as number) : 1, 1));
  return cells.matrix(options.maxClasses ?? DEFAULT_COMPUTE_CLASSES);
}

function argmaxClasses(p: Predictions): string[] | undefined {
  if (!p.probs) return undefined;
  const { classes, values } = p.probs;
  return p.ids.map((_, i) => {
    let best = 0;
    for (let k = 1; k < classes.length; k++) if ((values[k] as Float64Array)[i]! > (values[best] as Float64Array)[i]!) best = k;
    return classes[best] as string;
  });
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Counts by (true, predicted) pair, kept sparse: a file may name many classes (ids mistaken for labels),
 * and only the classes kept become a dense matrix, never all of them squared.
 */
class Cells {
  private readonly cells = new Map<string, Map<string, { weight: number; examples: number }>>();
  private readonly classes = new Set<string>();

  add(truth: string, predicted: string, weight: number, examples: number): void {
    this.classes.add(truth).add(predicted);
    let row = this.cells.get(truth);
    if (!row) this.cells.set(truth, (row = new Map()));
    const cell = row.get(predicted) ?? { weight: 0, examples: 0 };
    cell.weight += weight;
    cell.examples += examples;
    row.set(predicted, cell);
  }

  /** The matrix of the `max` most confused classes, the rest counted in `omitted`. */
  matrix(max: number): ConfusionMatrix {
    const all = [...this.classes].sort(compareClasses);
    const index = new Map(all.map((c, i) => [c, i]));
    const mass = all.map(() => 0);
    for (const [t, row] of this.cells) {
      for (const [q, cell] of row) {
        if (t === q) continue;
        mass[index.get(t) as number]! += cell.weight;
        mass[index.get(q) as number]! += cell.weight;
      }
    }
    const labels = mostConfused(mass, max).map((k) => all[k] as string);
    const counts = labels.map((t) => labels.map((q) => this.cells.get(t)?.get(q)?.weight ?? 0));
    const m: ConfusionMatrix = { labels, counts, total: sum(counts.flat()) };
    if (labels.length < all.length) {
      const shown = new Set(labels);
      let examples = 0;
      for (const [t, row] of this.cells) for (const [q, cell] of row) if (!shown.has(t) || !shown.has(q)) examples += cell.examples;
      m.omitted = { classes: all.length - labels.length, examples };
    }
    return m;
  }
}

/**
 * Indexes of the classes to keep, in class order: all when they fit, else the `max` with the most
 * off-diagonal mass in their rows and columns (where the model errs), ties broken by class order. A
 * class that is never confused tells a reviewer least, so it is the first left out.
 */
function mostConfused(mass: readonly number[], max: number): number[] {
  const all = [...mass.keys()];
  const limit = Math.max(1, Math.floor(max));
  if (all.length <= limit) return all;
  return all
    .sort((a, b) => (mass[b] as number) - (mass[a] as number) || a - b)
    .slice(0, limit)
    .sort((a, b) => a - b);
}

/**
 * Reads a confusion file a training job wrote. Formats, by content:
 * - DVCLive's `log_sklearn_plot("confusion_matrix", ...)` JSON: a list of `{"actual": ..., "predicted": ...}`
 *   rows, one per example (also inside an object, as DVC's hierarchical plot files allow);
 * - the same rows as CSV with an `actual,predicted` header (DVC's confusion template data);
 * - a matrix: JSON `{"labels": [...], "matrix": [[...]]}` (rows true, columns predicted), or CSV whose
 *   header names the predicted classes after a corner cell and whose rows start with the true class
 *   (what `pandas.DataFrame(cm, index=labels, columns=labels).to_csv()` writes); TSV by a `.tsv` name.
 * `path` is read as given: the caller confines it to the workspace. Errors are UserErrors naming `shown`.
 */
export async function readConfusionFile(path: string, shown: string): Promise<ConfusionMatrix> {
  const fail = (what: string, line?: number) => new UserError(`confusion: ${shown}${line ? `:${line}` : ''}: ${what}`, { file: shown, line });
  const text = (await readBounded(path, shown)).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw fail('the file is empty', 1);
  if (/^\s*[[{]/.test(text)) return fromJson(text, fail);
  let rows;
  try {
    rows = parseCsv(text, shown, /\.tsv$/i.test(shown) ? '\t' : ',');
  } catch (error) {
    throw error instanceof UserError ? new UserError(error.message.replace(/^metrics: /, 'confusion: '), error.location) : error;
  }
  const header = (rows[0]?.cells ?? []).map((c) => c.trim());
  if (header.length === 2 && header[0]?.toLowerCase() === 'actual' && header[1]?.toLowerCase() === 'predicted') {
    return fromPairs(rows.slice(1).map((r) => [r.cells[0] as string, r.cells[1] as string]));
  }
  if (header.length < 2) throw fail("expected 'actual,predicted' rows or a matrix with the predicted classes in the header", 1);
  const columns = header.slice(1);
  const body = rows.slice(1).map((r) => {
    const values = r.cells.slice(1).map((c) => count(c, (what) => fail(what, r.line)));
    return { name: (r.cells[0] as string).trim(), values, line: r.line };
  });
  return fromMatrix(
    body.map((r) => r.name),
    columns,
    body.map((r) => r.values),
    (what, i) => fail(what, i === undefined ? 1 : body[i]?.line),
  );
}

/** The file's text, refusing what is not a regular file (a FIFO would block) or is too large to be a matrix. */
async function readBounded(path: string, shown: string): Promise<string> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as NodeJS.ErrnoException).code})`;
    throw new UserError(`confusion: ${shown} ${reason}`, { file: shown });
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new UserError(`confusion: ${shown} is not a regular file`, { file: shown });
    if (stat.size > MAX_CONFUSION_BYTES) throw new UserError(`confusion: ${shown} is ${stat.size} bytes; at most ${MAX_CONFUSION_BYTES} are read`, { file: shown });
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

function fromJson(text: string, fail: (what: string, line?: number) => UserError): ConfusionMatrix {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const { line, column, reason } = locateJsonError(text);
    throw fail(`not valid JSON: ${reason} (column ${column})`, line);
  }
  const object = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  const labels = object?.labels ?? object?.classes;
  const matrix = object?.matrix ?? object?.counts ?? object?.confusion_matrix;
  if (Array.isArray(labels) && Array.isArray(matrix)) {
    const names = labels.map((l) => (typeof l === 'string' || typeof l === 'number' ? String(l) : undefined));
    if (names.includes(undefined)) throw fail("'labels' must be a list of class names");
    const values = matrix.map((row, i) => {
      if (!Array.isArray(row)) throw fail(`row ${i + 1} of 'matrix' is not a list of counts`);
      return row.map((c) => count(c, (what) => fail(`row ${i + 1} of 'matrix': ${what}`)));
    });
    return fromMatrix(names as string[], names as string[], values, (what) => fail(what));
  }
  // DVC's hierarchical plot files: the rows are the list itself, or the first list in the object.
  const list = Array.isArray(value) ? value : Object.values(object ?? {}).find(Array.isArray);
  if (!Array.isArray(list)) throw fail('expected DVCLive\'s list of {"actual", "predicted"} rows or {"labels": [...], "matrix": [[...]]}');
  return fromPairs(
    list.map((row, i) => {
      const r = row && typeof row === 'object' ? (row as Record<string, unknown>) : {};
      const cell = (k: string) => (typeof r[k] === 'string' || typeof r[k] === 'number' || typeof r[k] === 'boolean' ? String(r[k]) : undefined);
      const [a, p] = [cell('actual'), cell('predicted')];
      if (a === undefined || p === undefined) throw fail(`entry ${i + 1} is not an {"actual": ..., "predicted": ...} row`);
      return [a, p];
    }),
  );
}

/** A count cell: a finite number of 0 or more (a weighted count need not be whole). */
function count(cell: unknown, fail: (what: string) => UserError): number {
  const text = typeof cell === 'string' ? cell.trim() : undefined;
  const v = typeof cell === 'number' ? cell : text !== undefined && NUMBER.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(v) || v < 0) throw fail(`${JSON.stringify(cell)?.slice(0, 40) ?? 'nothing'} is not a count (a number of 0 or more)`);
  return v;
}

function fromPairs(pairs: readonly (readonly [string, string])[]): ConfusionMatrix {
  const cells = new Cells();
  for (const [a, p] of pairs) cells.add(a, p, 1, 1);
  return cells.matrix(DEFAULT_COMPUTE_CLASSES);
}

/** A matrix from named rows and columns (which may differ in order or members), as one class list. */
function fromMatrix(rows: string[], columns: string[], values: number[][], fail: (what: string, row?: number) => UserError): ConfusionMatrix {
  const twice = (names: string[], seen = new Set<string>()) => names.find((n) => seen.has(n) || !seen.add(n));
  const row = twice(rows);
  const column = twice(columns);
  if (row !== undefined) throw fail(`class ${JSON.stringify(row).slice(0, 80)} names two rows`, rows.lastIndexOf(row));
  if (column !== undefined) throw fail(`class ${JSON.stringify(column).slice(0, 80)} names two columns`);
  const cells = new Cells();
  values.forEach((counts, i) => {
    if (counts.length !== columns.length) throw fail(`row ${i + 1} has ${counts.length} counts for ${columns.length} classes`, i);
    counts.forEach((v, j) => cells.add(rows[i] as string, columns[j] as string, v, v));
  });
  return cells.matrix(DEFAULT_COMPUTE_CLASSES);
}

/** A count as text: whole counts as they are, weighted ones to two decimals (trailing zeros dropped). */
function formatCount(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/\.?0+$/, '');
}

const signed = (v: number, text: string) => (v > 0 ? `+${text}` : v < 0 ? `−${text.replace(/^-/, '')}` : text);
const percent = (v: number | undefined) => (v === undefined ? '–' : `${(v * 100).toFixed(1)}%`);

/**
 * The matrix as a markdown table: rows are true classes, columns predicted ones, the diagonal bold,
 * and each row's recall (its diagonal over its whole row, shown or not). With more than `maxClasses`
 * (default {@link DEFAULT_RENDER_CLASSES}) classes, the most confused are kept and an `other classes` column
 * holds each row's predictions of the rest, so rows still add up; a note says what was left out.
 * With `baseline`, each changed cell says by how much, and a column gives the recall's change in points.
 */
export function renderConfusion(m: ConfusionMatrix, options: { maxClasses?: number; baseline?: ConfusionMatrix } = {}): string {
  const offDiagonal = m.labels.map((_, c) => sum(m.labels.map((__, o) => (o === c ? 0 : (m.counts[c]?.[o] ?? 0) + (m.counts[o]?.[c] ?? 0)))));
  const keep = mostConfused(offDiagonal, options.maxClasses ?? DEFAULT_RENDER_CLASSES);
  const hidden = m.labels.length - keep.length;
  const base = options.baseline;
  const baseAt = new Map(base?.labels.map((l, i) => [l, i]));
  const cell = (t: number, p: number) => m.counts[t]?.[p] ?? 0;
  const recall = (c: ConfusionMatrix, t: number) => {
    const row = sum(c.counts[t] ?? []);
    return row > 0 ? (c.counts[t]?.[t] ?? 0) / row : undefined;
  };
  const header = ['true ↓ predicted →', ...keep.map((k) => code(m.labels[k] as string, { inTable: true, maxLength: 40 })), ...(hidden ? ['other classes'] : []), 'recall'];
  if (base) header.push('Δ recall');
  const rows = keep.map((t) => {
    const bt = baseAt.get(m.labels[t] as string);
    const cells = keep.map((p) => {
      const v = cell(t, p);
      const bp = baseAt.get(m.labels[p] as string);
      const was = bt === undefined || bp === undefined ? undefined : (base?.counts[bt]?.[bp] ?? 0);
      const text = t === p ? `**${formatCount(v)}**` : formatCount(v);
      // Weighted counts differ by rounding alone where nothing changed.
      return was === undefined || Math.abs(v - was) < 1e-9 ? text : `${text} (${signed(v - was, formatCount(Math.abs(v - was)))})`;
    });
    const other = sum(m.counts[t] ?? []) - sum(keep.map((p) => cell(t, p)));
    const r = recall(m, t);
    const out = [code(m.labels[t] as string, { inTable: true, maxLength: 40 }), ...cells, ...(hidden ? [formatCount(Math.max(0, other))] : []), percent(r)];
    if (base) {
      const was = bt === undefined ? undefined : recall(base, bt);
      out.push(r === undefined || was === undefined ? (bt === undefined ? 'new' : '–') : signed(r - was, `${(Math.abs(r - was) * 100).toFixed(1)} pp`));
    }
    return out;
  });
  const align = ['l', ...keep.map(() => 'r' as const), ...(hidden ? ['r' as const] : []), 'r', ...(base ? ['r' as const] : [])] as ('l' | 'r')[];
  const notes: string[] = [];
  if (hidden) notes.push(`${keep.length} of ${m.labels.length} classes shown, those most often confused; ${hidden} left out (their predictions are under other classes).`);
  if (m.omitted) notes.push(`${m.omitted.classes} more classes (${m.omitted.examples} examples) were left out of the matrix itself.`);
  return `${table(header, rows, align)}\n${notes.length ? `\n${notes.join(' ')}\n` : ''}`;
}
