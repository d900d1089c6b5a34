// Training curves from what DVC and DVCLive already write, for the report's charts: no logging API of
// our own. Every file comes from training code a pull request controls, so each read is confined to
// the workspace and bounded, and a path a file names is never followed out of it.
import { constants } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { posix } from 'node:path';
import { parseCsv } from './csv.js';
import { UserError } from './errors.js';
import { confinePath, displayPath, expandPatterns, workspaceSource } from './files.js';
import { locateJsonError } from './json-error.js';
import { numberOrText } from './metrics.js';
import { parseYaml } from './yaml.js';

/** One chart's data: an x axis and one or more series over it (null where a series has no number). */
export interface Curve {
  title: string;
  /** The data file (relative to the root), or the `dvc.yaml` of a plot drawn from several files. */
  file: string;
  x: { label: string; values: number[] };
  series: { name: string; values: (number | null)[] }[];
}

/** Data files larger than this are refused: a per-step log of a long run is a few megabytes. */
export const MAX_PLOT_BYTES = 32 * 1024 * 1024;
const MAX_WALK_FILES = 2000;
const DATA = /\.(tsv|csv|json|ya?ml)$/i;
const DVC_FILE = /(^|\/)dvc\.ya?ml$/;
// DVCLive's sklearn plots, by the key its JSON nests the points under (dvclive/plots/sklearn.py).
const KNOWN: Record<string, { x: string; y: string; title: string; xLabel: string }> = {
  roc: { x: 'fpr', y: 'tpr', title: 'Receiver operating characteristic (ROC)', xLabel: 'False Positive Rate' },
  precision_recall: { x: 'recall', y: 'precision', title: 'Precision-Recall Curve', xLabel: 'Recall' },
  det: { x: 'fpr', y: 'fnr', title: 'Detection error tradeoff (DET)', xLabel: 'False Positive Rate' },
  calibration: { x: 'prob_pred', y: 'prob_true', title: 'Calibration Curve', xLabel: 'Mean Predicted Probability' },
};

interface Table {
  file: string;
  columns: string[];
  rows: Record<string, unknown>[];
  /** The key of the list in a JSON/YAML object (`roc` for DVCLive's roc.json). */
  key?: string;
}
/** One plot to draw: y fields of one or more files, each with its x: a field (of that file or another) or the row index. */
interface Spec {
  title?: string;
  xLabel?: string;
  y: { file: string; fields?: string[]; x?: { field: string; file?: string } }[];
  /** Where it was defined (`dvc.yaml:12`), for errors; absent for a file given directly. */
  at?: { file: string; line?: number };
}

const fail = (file: string, what: string, line?: number) => new UserError(`plots: ${file}${line ? `:${line}` : ''}: ${what}`, { file, line });

/**
 * Curves from DVCLive's step files and from `dvc.yaml` plot definitions, at most `maxCurves` (default 6)
 * of at most `maxPoints` points each (default 60, see {@link downsample}). `files` are paths or globs
 * relative to `root`:
 * - a `dvc.yaml`: its top-level `plots:` (DVC 3's list of paths, `{path: {x, y}}` and
 *   `{id: {x: field-or-{file: field}, y: {file: field-or-fields}}}`, or a mapping of ids) and its stages'
 *   `plots:`; paths are relative to the `dvc.yaml`, a directory stands for the data files in it, and
 *   images, `confusion` templates and missing files (a stage not run) are skipped;
 * - a DVCLive folder (one with `plots/`): the data files under `plots/`: `plots/metrics/**` (one
 *   `[timestamp\t]step\t<name>` TSV per metric, a `/` in its name a subfolder) and the ROC, precision-recall,
 *   DET and calibration JSON of `plots/sklearn/`; another folder: the data files in it;
 * - a TSV, CSV, JSON or YAML data file (DVC's tabular or hierarchical data: the last column is y, the
 *   `step` column or the row index is x).
 * Cells that are not finite numbers (`nan`, text) are null; rows whose x is not a number are dropped.
 * Errors are {@link UserError}s naming the file and line.
 */
export async function readCurves(root: string, files: readonly string[], options: { maxCurves?: number; maxPoints?: number } = {}): Promise<Curve[]> {
  const maxCurves = options.maxCurves ?? 6;
  const cache = new Map<string, Promise<Table | undefined>>();
  const load = (file: string) => cache.get(file) ?? cache.set(file, loadTable(root, file)).get(file)!;
  const curves: Curve[] = [];
  // A file both a folder and a dvc.yaml name is drawn once.
  const seen = new Set<string>();
  const draw = async (spec: Spec, strict: boolean) => {
    for (const curve of await curvesOf(spec, load, strict)) {
      const key = JSON.stringify([curve.file, curve.title]);
      if (curves.length < maxCurves && !seen.has(key)) curves.push(downsample(curve, options.maxPoints ?? 60));
      seen.add(key);
    }
  };
  const { files: paths, unmatched } = await expandPatterns(workspaceSource(root), files).catch(relabel);
  // A mistyped path would draw nothing in silence.
  if (unmatched.length > 0) throw new UserError(`plots: '${unmatched[0]}' matched no file in the workspace`);
  for (const path of paths) {
    if (curves.length >= maxCurves) break;
    const rel = displayPath(root, await confinePath(root, path, 'plots'));
    const kind = await probe(root, rel);
    if (kind === 'missing') throw new UserError(`plots: '${path}' does not exist in the workspace`, { file: rel });
    if (DVC_FILE.test(rel) && kind === 'file') {
      for (const spec of await dvcSpecs(root, rel)) if (curves.length < maxCurves) await draw(spec, false);
    } else if (kind === 'dir') {
      // A DVCLive folder's curves are under plots/ (beside them, its summary and params are no curves).
      const under = (await probe(root, `${rel}/plots`)) === 'dir' ? `${rel}/plots` : rel;
      for (const file of await walk(root, under)) if (curves.length < maxCurves) await draw({ y: [{ file }] }, false);
    } else if (!DATA.test(rel)) throw fail(rel, 'is not a TSV, CSV, JSON or YAML data file');
    else await draw({ y: [{ file: rel }] }, true);
  }
  return curves;
}

function relabel(error: unknown): never {
  throw error instanceof UserError ? new UserError(error.message.replace(/^metrics: /, 'plots: '), error.location) : error;
}

async function probe(root: string, rel: string): Promise<'file' | 'dir' | 'missing' | 'other'> {
  const handle = await open(await confinePath(root, rel, 'plots'), constants.O_RDONLY | constants.O_NONBLOCK).catch(() => undefined);
  if (!handle) return 'missing';
  const stat = await handle.stat().finally(() => handle.close());
  return stat.isFile() ? 'file' : stat.isDirectory() ? 'dir' : 'other';
}

/** The data files under a folder, sorted; symbolic links are not followed (as the workspace lister does). */
async function walk(root: string, dir: string, depth = 0, out: string[] = []): Promise<string[]> {
  const entries = await readdir(await confinePath(root, dir, 'plots'), { withFileTypes: true }).catch(() => []);
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (out.length >= MAX_WALK_FILES) break;
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory() && depth < 16) await walk(root, rel, depth + 1, out);
    else if (e.isFile() && DATA.test(e.name) && !DVC_FILE.test(rel)) out.push(rel);
  }
  return out;
}

/** A file's text: undefined when it does not exist; a folder, a FIFO or an oversized file is refused. */
async function readText(root: string, rel: string): Promise<string | undefined> {
  const handle = await open(await confinePath(root, rel, 'plots'), constants.O_RDONLY | constants.O_NONBLOCK).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw fail(rel, `cannot be read (${e.code ?? e.message})`);
  });
  if (!handle) return undefined;
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw fail(rel, 'is not a regular file');
    if (stat.size > MAX_PLOT_BYTES) throw fail(rel, `is ${stat.size} bytes; at most ${MAX_PLOT_BYTES} are read`);
    return (await handle.readFile('utf8')).replace(/^\uFEFF/, '');
  } finally {
    await handle.close();
  }
}

async function loadTable(root: string, file: string): Promise<Table | undefined> {
  if (!DATA.test(file)) return undefined;
  const text = await readText(root, file);
  if (text === undefined) return undefined;
  if (/\.(tsv|csv)$/i.test(file)) {
    const [header, ...rows] = await Promise.resolve()
      .then(() => parseCsv(text, file, /\.tsv$/i.test(file) ? '\t' : ','))
      .catch(relabel);
    const columns = header?.cells.map((c) => c.trim()) ?? [];
    return { file, columns, rows: rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r.cells[i]]))) };
  }
  let value: unknown;
  if (/\.json$/i.test(file)) {
    // Python's json.dump writes NaN and Infinity bare (sklearn's first ROC threshold is inf): they are
    // no numbers to plot, so they read as null; strings are matched whole and kept as they are.
    const clean = text.replace(/"(?:[^"\\\n]|\\.)*"|(-?Infinity|NaN)/g, (m, word: string | undefined) => (word ? 'null' : m));
    try {
      value = JSON.parse(clean);
    } catch {
      const { line, column, reason } = locateJsonError(text);
      throw fail(file, `not valid JSON: ${reason} (column ${column})`, line);
    }
  } else value = (await parseYaml(text, file, 'plots: ')).toJS();
  // DVC's hierarchical data: a list of objects, or the first such list in an object.
  const rowsOf = (v: unknown) => (Array.isArray(v) && v.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r)) ? (v as Record<string, unknown>[]) : undefined);
  const found = rowsOf(value) ? ([undefined, value] as const) : Object.entries(value && typeof value === 'object' ? value : {}).find(([, v]) => rowsOf(v));
  if (!found) return { file, columns: [], rows: [] };
  const rows = rowsOf(found[1]) as Record<string, unknown>[];
  return { file, columns: [...new Set(rows.flatMap((r) => Object.keys(r)))], rows, key: found[0] };
}

/** A cell as a plotted number: finite numbers, and text that spells one; anything else is null. */
function toNumber(cell: unknown): number | null {
  const v = typeof cell === 'number' ? cell : typeof cell === 'string' ? numberOrText(cell) : null;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

async function curvesOf(spec: Spec, load: (file: string) => Promise<Table | undefined>, strict: boolean): Promise<Curve[]> {
  const where = spec.at ?? { file: spec.y[0]?.file ?? '' };
  const problem = (what: string) => fail(where.file, what, where.line);
  const parts: Curve[] = [];
  for (const source of spec.y) {
    const t = await load(source.file);
    if (!t) continue;
    const known = t.key === undefined ? undefined : KNOWN[t.key];
    // DVCLive's confusion rows (DVC's `confusion` template) are a matrix, not a curve: readConfusionFile's.
    if (t.rows.length === 0 || t.columns.join() === 'actual,predicted') {
      if (strict) throw problem('has no data series to plot (a list of objects with numeric fields, or a table with a header)');
      continue;
    }
    const xField = source.x?.field ?? known?.x ?? (t.columns.includes('step') ? 'step' : undefined);
    const xTable = source.x?.file && source.x.file !== source.file ? await load(source.x.file) : t;
    if (!xTable) continue;
    const fields = source.fields ?? [known?.y ?? t.columns.filter((c) => c !== xField && c !== 'timestamp').pop() ?? ''];
    for (const [field, table] of [...fields.map((f) => [f, t] as const), ...(xField ? [[xField, xTable] as const] : [])]) {
      if (!table.columns.includes(field)) throw problem(`'${field.slice(0, 80)}' is not a field of ${table.file} (its fields: ${table.columns.join(', ').slice(0, 200)})`);
    }
    const xs: number[] = [];
    const values: (number | null)[][] = fields.map(() => []);
    t.rows.forEach((row, i) => {
      const x = xField ? toNumber(xTable.rows[i]?.[xField]) : i;
      if (x === null) return;
      xs.push(x);
      fields.forEach((f, k) => values[k]!.push(toNumber(row[f])));
    });
    if (xs.length === 0) {
      if (strict) throw problem(`its x field '${xField}' holds no numbers`);
      continue;
    }
    const metricsAt = t.file.lastIndexOf('plots/metrics/');
    // A DVCLive metric's name is its path under plots/metrics; any other file is named by its path.
    const title = spec.title ?? known?.title ?? (metricsAt >= 0 ? t.file.slice(metricsAt + 'plots/metrics/'.length).replace(DATA, '') : t.file);
    const name = (f: string) => (spec.y.length > 1 ? `${source.file}: ${f}` : f);
    const xLabel = spec.xLabel ?? (source.x ? xField : known?.xLabel) ?? xField ?? 'step';
    parts.push({ title, file: t.file, x: { label: xLabel, values: xs }, series: fields.map((f, k) => ({ name: name(f), values: values[k]! })) });
  }
  const first = parts[0];
  if (!first || parts.length === 1) return parts;
  // Curves that double back (a ROC's fpr repeats) cannot share an axis honestly: one chart each.
  if (!parts.every((p) => p.x.values.every((x, i, xs) => i === 0 || x > (xs[i - 1] as number)))) return parts.map((p) => ({ ...p, title: `${p.title} (${p.file})` }));
  // Steps or epochs of several files: one axis, each series null where its file has no row.
  const union = [...new Set(parts.flatMap((p) => p.x.values))].sort((a, b) => a - b);
  const series = parts.flatMap((p) => {
    const at = new Map(p.x.values.map((x, i) => [x, i]));
    return p.series.map((s) => ({ name: s.name, values: union.map((x) => (at.has(x) ? (s.values[at.get(x) as number] ?? null) : null)) }));
  });
  return [{ title: first.title, file: spec.at?.file ?? first.file, x: { label: first.x.label, values: union }, series }];
}

/** The plots a `dvc.yaml` defines, as specs; paths are resolved against its folder and must stay inside the root. */
async function dvcSpecs(root: string, rel: string): Promise<Spec[]> {
  const text = await readText(root, rel);
  const { doc, yaml, lineOf, toJS } = await parseYaml(text ?? '', rel, 'plots: ');
  const dir = posix.dirname(rel) === '.' ? '' : posix.dirname(rel);
  const inside = (path: string, line?: number) => {
    const joined = posix.normalize(posix.join(dir, path.replace(/\\/g, '/')));
    if (posix.isAbsolute(path) || joined === '..' || joined.startsWith('../')) throw fail(rel, `plot path '${path.slice(0, 120)}' leads outside the repository`, line);
    return joined;
  };
  const entries: { id: string; config: Record<string, unknown>; line?: number }[] = [];
  const take = (node: unknown) => {
    const line = lineOf(node);
    if (yaml.isScalar(node)) entries.push({ id: String(node.value), config: {}, line });
    else if (yaml.isMap(node) || yaml.isPair(node)) {
      const pair = yaml.isPair(node) ? node : node.items[0];
      const config = pair ? toJS(pair.value) : undefined;
      if (pair && yaml.isScalar(pair.key))
        entries.push({ id: String(pair.key.value), config: config && typeof config === 'object' ? (config as Record<string, unknown>) : {}, line: lineOf(pair.key) ?? line });
    }
  };
  const list = (node: unknown) => (yaml.isSeq(node) || yaml.isMap(node) ? node.items.forEach(take) : undefined);
  list(doc.get('plots', true));
  const stages = doc.get('stages', true);
  if (yaml.isMap(stages)) for (const stage of stages.items) if (yaml.isMap(stage.value)) list(stage.value.get('plots', true));
  // In the file's order, stages' plots among the top-level ones as they are written.
  entries.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const specs: Spec[] = [];
  const fields = (v: unknown) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((f): f is string => typeof f === 'string') : undefined);
  for (const { id, config, line } of entries) {
    // Templated paths (`${item}`) need DVC's resolver; confusion data is a matrix; images are pictures.
    if (id.includes('${') || /^confusion/.test(String(config.template ?? '')) || (!DATA.test(id) && /\.\w{2,4}$/.test(id))) continue;
    const at = { file: rel, line };
    const common = { at, title: typeof config.title === 'string' ? config.title : undefined, xLabel: typeof config.x_label === 'string' ? config.x_label : undefined };
    const { x, y } = config;
    const xField = (file: string) => {
      if (typeof x === 'string') return { field: x };
      // `x: {file: field}` names the x of each y file, or one file's x for all of them.
      const xs = x && typeof x === 'object' ? Object.entries(x).filter((e): e is [string, string] => typeof e[1] === 'string') : [];
      const own = xs.find(([f]) => inside(f, line) === file) ?? (xs.length === 1 ? xs[0] : undefined);
      return own ? { field: own[1], file: inside(own[0], line) } : undefined;
    };
    if (y && typeof y === 'object' && !Array.isArray(y)) {
      specs.push({ ...common, title: common.title ?? id, y: Object.entries(y).map(([f, v]) => ({ file: inside(f, line), fields: fields(v), x: xField(inside(f, line)) })) });
      continue;
    }
    const path = inside(id, line);
    const kind = await probe(root, path);
    const files = kind === 'dir' ? await walk(root, path) : kind === 'file' ? [path] : [];
    for (const file of files) specs.push({ ...common, y: [{ file, fields: fields(y), x: xField(file) }] });
  }
  return specs;
}

/**
 * A curve cut to at most `maxPoints` points (2 or more), by keeping real points, never averaging: the
 * first and the last, each series' minimum and maximum (the best loss, a spike: what a reviewer reads a
 * curve for), as long as they fit, and points evenly spaced among the rest. Shorter curves are unchanged.
 */
export function downsample(curve: Curve, maxPoints: number): Curve {
  const n = curve.x.values.length;
  const max = Math.max(2, Math.floor(maxPoints));
  if (n <= max) return curve;
  const keep = new Set([0, n - 1]);
  for (const s of curve.series) {
    let lo = -1;
    let hi = -1;
    s.values.forEach((v, i) => {
      if (v === null) return;
      if (lo < 0 || v < (s.values[lo] as number)) lo = i;
      if (hi < 0 || v > (s.values[hi] as number)) hi = i;
    });
    for (const i of [lo, hi]) if (i >= 0 && keep.size < max) keep.add(i);
  }
  const free = [...Array(n).keys()].filter((i) => !keep.has(i));
  const rest = max - keep.size;
  for (let k = 0; k < rest; k++) keep.add(free[Math.floor(((k + 0.5) * free.length) / rest)] as number);
  const at = [...keep].sort((a, b) => a - b);
  return {
    ...curve,
    x: { ...curve.x, values: at.map((i) => curve.x.values[i] as number) },
    series: curve.series.map((s) => ({ ...s, values: at.map((i) => s.values[i] ?? null) })),
  };
}
