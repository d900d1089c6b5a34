import { posix } from 'node:path';
import { parseCsv } from './csv.js';
import { UserError, type SourceLocation } from './errors.js';
import { expandPatterns, type FileSource } from './files.js';
import { duplicateJsonKey, locateJsonError } from './json-error.js';
import { RUN_RECORD_KIND, trainingFailure, type RunRecord } from './run-record.js';
import { closest } from './suggest.js';
import { parseYaml } from './yaml.js';

/** A metric's value: a number (possibly NaN or infinite, which gates reject) or text that is not one. */
export type MetricValue = number | string;

/** One metric read from a file. */
export interface Metric {
  readonly name: string;
  readonly value: MetricValue;
  readonly source: SourceLocation;
}

/** Metrics by name, in the order they were read. */
export type MetricSet = Map<string, Metric>;

/** Formats the readers understand; `auto` picks by file name, then content. */
export type MetricFormat = 'json' | 'yaml' | 'csv' | 'auto';

/** A run record among the metric files whose run failed: its metrics are not a candidate's. */
export interface FailedRun {
  /** The record, as the source names it. */
  file: string;
  /** `training failed: exit 2`, `training timed out (exit 143)`, `training was cancelled`. */
  reason: string;
}

/** What {@link readMetrics} read. */
export interface MetricsRead {
  metrics: MetricSet;
  /** The files read, and the plain paths skipped because they do not exist (with `missingOk`). */
  files: string[];
  missing: string[];
  /** Run records among the files whose run failed (always set by {@link readMetrics}). */
  failedRuns?: FailedRun[];
  /** The run records among the files, as read (unchecked), for what a report says beside the metrics. */
  records?: { file: string; record: Record<string, unknown> }[];
}

/** Where a metrics read is named in its errors, when it is not the candidate's `metrics` input. */
export interface MetricsOrigin {
  /** What the messages start with instead of `metrics`, e.g. `compare-metrics: input 'baseline' (ref:main)`. */
  label: string;
  /** Whether errors keep their file and line as a location (an annotation); not for files read from a commit. */
  annotate: boolean;
}

/**
 * Reads metric files (plain paths or globs) from a source: JSON and YAML (nested objects become dotted
 * names, arrays indexed ones), CSV (`name,value` rows or one row of columns), DVC's `dvc.yaml` (its
 * `metrics` entries are followed), DVCLive's `metrics.json`, and modelgate run records (their `metrics`;
 * a record of a failed run is listed in `failedRuns`).
 * A metric named twice, an unreadable file or a glob that matches nothing is a {@link UserError}, whose
 * message starts with `metrics:` (the candidate's input) or with `origin.label`.
 * With `missingOk`, plain paths that do not exist are skipped and listed in `missing`.
 */
export async function readMetrics(source: FileSource, patterns: readonly string[], options: { missingOk?: boolean; origin?: MetricsOrigin } = {}): Promise<MetricsRead> {
  try {
    return await readAll(source, patterns, options.missingOk === true);
  } catch (error) {
    throw options.origin ? relabel(error, options.origin) : error;
  }
}

/** A metrics error said for another origin: its `metrics:` prefix replaced, its location kept or dropped. */
function relabel(error: unknown, origin: MetricsOrigin): unknown {
  if (!(error instanceof UserError)) return error;
  const message = error.message.replace(/^metrics: /, '');
  return new UserError(`${origin.label}: ${message}`, origin.annotate ? error.location : undefined);
}

async function readAll(source: FileSource, patterns: readonly string[], missingOk: boolean): Promise<MetricsRead & { failedRuns: FailedRun[] }> {
  const metrics: MetricSet = new Map();
  const files: string[] = [];
  const missing: string[] = [];
  const failedRuns: FailedRun[] = [];
  const records: { file: string; record: Record<string, unknown> }[] = [];
  const { files: entries, unmatched } = await expandPatterns(source, patterns);
  if (unmatched.length > 0 && !missingOk) throw new UserError(`metrics: '${unmatched[0]}' matched no file in ${source.label}`);
  const queue = [...entries];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const path = queue.shift() as string;
    // dvc.yaml may list a file also given directly, or itself.
    if (seen.has(path)) continue;
    seen.add(path);
    const text = await source.read(path);
    if (text === undefined) {
      if (missingOk) {
        missing.push(path);
        continue;
      }
      throw new UserError(`metrics: file '${path}' does not exist in ${source.label}${await nearFile(source, path)}`);
    }
    files.push(path);
    const parsed = await parseMetricsFile(path, text);
    queue.push(...parsed.follow);
    if (parsed.runFailure) failedRuns.push({ file: path, reason: parsed.runFailure });
    if (parsed.record) records.push({ file: path, record: parsed.record });
    for (const metric of parsed.metrics) {
      const earlier = metrics.get(metric.name);
      if (earlier) {
        throw new UserError(`metrics: '${metric.name}' is defined twice, in ${where(earlier.source)} and ${where(metric.source)}; give each metric one file`, metric.source);
      }
      metrics.set(metric.name, metric);
    }
  }
  if (metrics.size === 0 && files.length > 0 && !missingOk) {
    throw new UserError(`metrics: no metrics found in ${files.slice(0, 5).join(', ')}; a metrics file maps names to numbers, like {"accuracy": 0.91}`, {
      file: files[0] as string,
    });
  }
  return { metrics, files, missing, failedRuns, records };
}

/**
 * Parses one metrics file. `follow` lists further files a `dvc.yaml` points at (relative to the root);
 * `runFailure` says how the run failed, for a run record of a failed run; `record` is a run record as read.
 */
export async function parseMetricsFile(
  path: string,
  text: string,
  format: MetricFormat = 'auto',
): Promise<{ metrics: Metric[]; follow: string[]; runFailure?: string; record?: Record<string, unknown> }> {
  const kind = format === 'auto' ? detectFormat(path, text) : format;
  if (kind === 'csv') return { metrics: csvMetrics(path, text), follow: [] };
  const tree = kind === 'json' ? parseJson(path, text) : await parseYamlTree(path, text);
  const root = tree.value;
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    throw new UserError(`metrics: ${path}:1: expected an object of metric names to values, found ${describe(root)}`, { file: path, line: 1 });
  }
  const object = root as Record<string, unknown>;
  if (/(^|\/)dvc\.ya?ml$/.test(path)) return { metrics: [], follow: dvcMetricFiles(path, object) };
  const body = object.kind === RUN_RECORD_KIND ? object.metrics : object;
  const metrics: Metric[] = [];
  if (object.kind === RUN_RECORD_KIND && (body === null || typeof body !== 'object')) {
    throw new UserError(`metrics: ${path}: this run record has no 'metrics' object`, { file: path });
  }
  const fail = (what: string) => new UserError(`metrics: ${path}: ${what}`, { file: path });
  flatten(body, '', (name, value) => metrics.push({ name, value, source: { file: path, line: tree.lineOf(name) } }), fail);
  const runFailure = object.kind === RUN_RECORD_KIND ? recordFailure(object) : undefined;
  const record = object.kind === RUN_RECORD_KIND ? { record: object } : {};
  return { metrics, follow: [], ...record, ...(runFailure ? { runFailure } : {}) };
}

/**
 * Why a run record's training did not succeed (`training failed: exit 2`), as {@link trainingFailure}
 * says it; the record is read as found, so fields of the wrong type are left out rather than trusted.
 */
function recordFailure(record: Record<string, unknown>): string | undefined {
  const { outcome, command, missingOutputs } = record;
  return trainingFailure({
    // JSON for what is not text: an object outcome is not named '[object Object]' in the report.
    outcome: outcome === undefined ? undefined : ((typeof outcome === 'string' ? outcome : JSON.stringify(outcome)) as RunRecord['outcome']),
    command: (command && typeof command === 'object' ? command : undefined) as RunRecord['command'],
    missingOutputs: Array.isArray(missingOutputs) ? missingOutputs.filter((m) => m && typeof m === 'object') : undefined,
  });
}

function detectFormat(path: string, text: string): Exclude<MetricFormat, 'auto'> {
  if (/\.json$/i.test(path)) return 'json';
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  if (/\.(csv|tsv)$/i.test(path)) return 'csv';
  const first = text.trimStart()[0];
  return first === '{' || first === '[' ? 'json' : 'yaml';
}

interface ParsedTree {
  value: unknown;
  lineOf(dottedName: string): number | undefined;
}

function parseJson(path: string, text: string): ParsedTree {
  const clean = text.replace(/^\uFEFF/, '');
  const lineOf = keyLines(text);
  // Python's json.dump writes NaN and Infinity bare (a diverged run does); read them as the text
  // "NaN", which the gate then rejects per metric instead of the whole file failing. Strings are
  // matched whole and kept, so a value like "[NaN]" is not quoted open (which refused the file).
  const quoted = clean.replace(/"(?:[^"\\\n]|\\.)*"|([:[,]\s*)(-?Infinity|NaN)(?=\s*[,\]}])/g, (match, before: string | undefined, word: string) =>
    before === undefined ? match : `${before}"${word}"`,
  );
  for (const candidate of quoted === clean ? [clean] : [clean, quoted]) {
    let value: unknown;
    try {
      value = JSON.parse(candidate);
    } catch {
      continue;
    }
    const twice = duplicateJsonKey(candidate);
    if (twice) throw new UserError(`metrics: ${path}:${twice.line}: ${twice.reason} (column ${twice.column})`, { file: path, line: twice.line, column: twice.column });
    return { value, lineOf };
  }
  const { line, column, reason } = locateJsonError(text);
  throw new UserError(`metrics: ${path}:${line}: not valid JSON: ${reason} (column ${column})`, { file: path, line, column });
}

async function parseYamlTree(path: string, text: string): Promise<ParsedTree> {
  const { doc, yaml, lineOf: lineOfNode, toJS } = await parseYaml(text, path, 'metrics: ');
  const { isMap, isScalar } = yaml;
  // Each map's pairs by key text, built on first use: a search of the map per metric made a file of
  // 60,000 metrics take minutes.
  const indexes = new Map<unknown, Map<string, { key: unknown; value: unknown }>>();
  const pairs = (map: { items: { key: unknown; value: unknown }[] }) => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
      indexes.set(map, index);
    }
    return index;
  };
  const lineOf = (name: string): number | undefined => {
    let node: unknown = doc.contents;
    for (const key of name.split('.')) {
      if (!isMap(node)) return undefined;
      const pair = pairs(node).get(key);
      if (!pair) return undefined;
      node = pair.value;
      if (!isMap(node)) return lineOfNode(pair.key);
    }
    return undefined;
  };
  return { value: toJS(), lineOf };
}

/**
 * The line of the first `"key"` literal for a metric's last name part. Built once per file on first
 * use (one pass over the quoted strings and the line breaks), so a file of many metrics costs a lookup
 * each, not a scan of the text each.
 */
function keyLines(text: string): (dottedName: string) => number | undefined {
  let index: Map<string, number> | undefined;
  return (dottedName) => {
    if (!index) {
      index = new Map();
      let line = 1;
      // The next line break not yet counted: each is found once, so a file on one line (minified JSON)
      // is not scanned to its end for every key.
      let next = text.indexOf('\n');
      for (const m of text.matchAll(/"(?:[^"\\\n]|\\.)*"/g)) {
        while (next !== -1 && next < m.index) {
          line++;
          next = text.indexOf('\n', next + 1);
        }
        if (!index.has(m[0])) index.set(m[0], line);
      }
    }
    return index.get(JSON.stringify(dottedName.split('.').pop() as string));
  };
}

const MAX_DEPTH = 32;

function flatten(value: unknown, prefix: string, emit: (name: string, value: MetricValue) => void, fail: (what: string) => UserError, depth = 0): void {
  if (value !== null && typeof value === 'object') {
    if (depth >= MAX_DEPTH) throw fail(`'${prefix.slice(0, 80)}…' nests deeper than ${MAX_DEPTH} levels`);
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [key, child] of entries) {
      if (key.trim() === '') throw fail(`an empty metric name${prefix ? ` inside '${prefix}'` : ''}`);
      flatten(child, prefix ? `${prefix}.${key}` : key, emit, fail, depth + 1);
    }
    return;
  }
  if (typeof value === 'number') emit(prefix, value);
  else if (typeof value === 'string') emit(prefix, numberOrText(value));
  else emit(prefix, String(value));
}

/** Text that spells a number becomes one (CSV cells, quoted YAML); `NaN`/`inf` spellings included. */
export function numberOrText(text: string): MetricValue {
  const t = text.trim();
  // One way to match each spelling: `\d+\.?\d*` backtracked quadratically on a long run of digits.
  if (/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(t)) return Number(t);
  if (/^[+-]?(nan|\.nan)$/i.test(t)) return Number.NaN;
  if (/^[+-]?(inf|infinity|\.inf)$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  return text;
}

function csvMetrics(path: string, text: string): Metric[] {
  const rows = parseCsv(text, path, path.toLowerCase().endsWith('.tsv') ? '\t' : ',');
  const header = rows[0];
  if (!header || header.cells.length === 0) throw new UserError(`metrics: ${path}:1: the CSV file is empty`, { file: path, line: 1 });
  const names = header.cells.map((c) => c.trim().toLowerCase());
  if (names.length === 2 && ['name', 'metric'].includes(names[0] as string) && names[1] === 'value') {
    return rows.slice(1).map((row) => {
      const name = (row.cells[0] as string).trim();
      if (name === '') throw new UserError(`metrics: ${path}:${row.line}: empty metric name`, { file: path, line: row.line });
      return { name, value: numberOrText(row.cells[1] as string), source: { file: path, line: row.line } };
    });
  }
  if (rows.length !== 2) {
    throw new UserError(
      `metrics: ${path}:${rows[2]?.line ?? 1}: a CSV metrics file is either 'name,value' rows or one header row and one row of values; found ${rows.length - 1} rows of values`,
      { file: path, line: rows[2]?.line ?? 1 },
    );
  }
  const values = rows[1] as { cells: string[]; line: number };
  const blank = header.cells.findIndex((c) => c.trim() === '');
  if (blank >= 0) {
    throw new UserError(`metrics: ${path}:${header.line}: column ${blank + 1} of the header has no name (pandas writes its index so: use to_csv(index=False))`, {
      file: path,
      line: header.line,
    });
  }
  return header.cells.map((name, i) => ({ name: name.trim(), value: numberOrText(values.cells[i] as string), source: { file: path, line: values.line } }));
}

function dvcMetricFiles(path: string, dvc: Record<string, unknown>): string[] {
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
  const out: string[] = [];
  const take = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const entry of list) {
      const file = typeof entry === 'string' ? entry : entry && typeof entry === 'object' ? Object.keys(entry)[0] : undefined;
      if (file) out.push(dir + file);
    }
  };
  take(dvc.metrics);
  const stages = dvc.stages;
  if (stages && typeof stages === 'object') for (const stage of Object.values(stages)) take((stage as Record<string, unknown>)?.metrics);
  if (out.length === 0) throw new UserError(`metrics: ${path}: lists no metrics files (no 'metrics:' at the top or in a stage)`, { file: path });
  return out;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

function where(location: SourceLocation): string {
  return location.line ? `${location.file}:${location.line}` : location.file;
}

/** Numeric metrics as `name value` lines, the text format of GitLab's metrics report. */
export function metricsReportText(metrics: MetricSet): string {
  const lines: string[] = [];
  for (const m of metrics.values()) if (typeof m.value === 'number') lines.push(`${m.name.replace(/[^A-Za-z0-9_.:-]/g, '_')} ${m.value}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** `; did you mean 'metrics.json'?` for a mistyped file name, from the files beside where it should be. */
async function nearFile(source: FileSource, path: string): Promise<string> {
  const dir = posix.dirname(path);
  const names = await source.list(dir === '.' ? '' : dir).catch(() => [] as string[]);
  const hit = closest(
    path,
    names.filter((n) => posix.dirname(n) === dir),
  );
  return hit === undefined ? '' : `; did you mean '${hit}'?`;
}
