import { readFile } from 'node:fs/promises';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { parseCsv } from '../core/csv.js';
import { UserError } from '../core/errors.js';
import type { Predictions } from '../core/paired-values.js';
import { didYouMean } from '../core/suggest.js';

export type { Predictions };

/** Columns a predictions file may have besides `prob.<class>`; other columns are kept out (text, features). */
export const PREDICTION_COLUMNS = ['id', 'label', 'prediction', 'score', 'value', 'weight', 'cluster'] as const;
const USED = ['label', 'prediction', 'score', 'value'];

/**
 * Reads a predictions file: CSV (a header row), JSON Lines (one object per line) or Parquet, by its
 * extension. Every problem is a {@link UserError} naming the file, the line (row for Parquet) and what
 * is allowed: a missing or repeated `id`, a score, value or weight that is not a finite number, a
 * negative weight, a file with none of `label`, `prediction`, `score`, `value`.
 */
export async function readPredictions(path: string, display: string): Promise<Predictions> {
  const lower = display.toLowerCase();
  const table = lower.endsWith('.parquet')
    ? await parquetTable(path, display)
    : lower.endsWith('.jsonl') || lower.endsWith('.ndjson')
      ? jsonlTable(await readFile(path, 'utf8'), display)
      : lower.endsWith('.csv')
        ? csvTable(await readFile(path, 'utf8'), display)
        : unsupported(display);
  return fromTable(table, display);
}

interface Table {
  columns: string[];
  /** Cell of a row and column, as the file has it (text for CSV); undefined when absent. */
  rows: { line: number; cells: Map<string, unknown> }[];
  /** "line" for text formats, "row" for Parquet. */
  unit: string;
}

function unsupported(display: string): never {
  throw new UserError(`predictions: ${display}: use a .csv, .jsonl or .parquet file`, { file: display });
}

function csvTable(text: string, display: string): Table {
  const [header, ...rows] = parseCsv(text, display);
  const columns = header?.cells ?? [];
  return { columns, unit: 'line', rows: rows.map((r) => ({ line: r.line, cells: new Map(columns.map((c, i) => [c, r.cells[i]])) })) };
}

function jsonlTable(text: string, display: string): Table {
  const columns = new Set<string>();
  const rows: Table['rows'] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new UserError(`predictions: ${display}:${i + 1}: not a JSON object (one example per line)`, { file: display, line: i + 1 });
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new UserError(`predictions: ${display}:${i + 1}: not a JSON object (one example per line)`, { file: display, line: i + 1 });
    }
    // Own keys only: a row without `__proto__` must not find Object's members.
    const cells = new Map(Object.entries(value as Record<string, unknown>));
    for (const key of cells.keys()) columns.add(key);
    rows.push({ line: i + 1, cells });
  }
  return { columns: [...columns], rows, unit: 'line' };
}

async function parquetTable(path: string, display: string): Promise<Table> {
  const fail = (error: unknown): never => {
    throw new UserError(`predictions: ${display}: not a readable Parquet file (${(error as Error).message})`, { file: display });
  };
  const file = await asyncBufferFromFile(path).catch(fail);
  const metadata = await parquetMetadataAsync(file).catch(fail);
  const columns = metadata.schema.slice(1).map((s) => s.name);
  const objects = (await parquetReadObjects({ file, metadata, compressors }).catch(fail)) as Record<string, unknown>[];
  return { columns, unit: 'row', rows: objects.map((o, i) => ({ line: i + 1, cells: new Map(Object.entries(o)) })) };
}

function fromTable(table: Table, display: string): Predictions {
  const at = (line: number) => `predictions: ${display}:${table.unit === 'row' ? ` row ${line}` : line}`;
  const fail = (line: number, what: string) => new UserError(`${at(line)}: ${what}`, { file: display, line: table.unit === 'line' ? line : undefined });
  const has = new Set(table.columns);
  if (!has.has('id')) {
    const near = didYouMean('id', table.columns);
    throw new UserError(
      `predictions: ${display}: no 'id' column: every example needs a stable id, the same in the champion's and the challenger's file${near ? `${near} Name it 'id'` : ''}`,
      { file: display },
    );
  }
  if (!USED.some((c) => has.has(c)) && !table.columns.some((c) => c.startsWith('prob.'))) {
    const near = USED.map((c) => didYouMean(c, table.columns)).find((s) => s !== '') ?? '';
    throw new UserError(`predictions: ${display}: none of the columns ${USED.join(', ')} or prob.<class>, and a metric needs at least one${near}`, { file: display });
  }
  const n = table.rows.length;
  const text = (name: string) => (has.has(name) ? table.rows.map((r) => cellString(r.cells.get(name))) : undefined);
  const number = (name: string, check?: (v: number) => string | undefined) => {
    if (!has.has(name)) return undefined;
    const values = new Float64Array(n);
    for (const [i, row] of table.rows.entries()) {
      const raw = row.cells.get(name);
      const v = typeof raw === 'number' ? raw : typeof raw === 'bigint' ? Number(raw) : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
      if (!Number.isFinite(v)) throw fail(row.line, `'${name}' is ${shown(raw)}, not a finite number`);
      const problem = check?.(v);
      if (problem) throw fail(row.line, `'${name}' is ${v}: ${problem}`);
      values[i] = v;
    }
    return values;
  };
  const ids = text('id') as string[];
  const seen = new Map<string, number>();
  for (const [i, id] of ids.entries()) {
    const line = (table.rows[i] as Table['rows'][number]).line;
    if (id === '') throw fail(line, "'id' is empty; every example needs one");
    const first = seen.get(id);
    if (first !== undefined) throw fail(line, `id '${id}' is repeated (first at ${table.unit} ${first}); ids pair the examples of two models, so each must be unique`);
    seen.set(id, line);
  }
  const probability = (v: number) => (v < 0 || v > 1 ? 'a probability is between 0 and 1' : undefined);
  const probColumns = table.columns.filter((c) => c.startsWith('prob.'));
  return dropUndefined({
    display,
    ids,
    label: text('label'),
    prediction: text('prediction'),
    score: number('score', probability),
    value: number('value'),
    weight: number('weight', (v) => (v < 0 ? 'a weight is 0 or more' : undefined)),
    cluster: text('cluster'),
    probs: probColumns.length ? { classes: probColumns.map((c) => c.slice('prob.'.length)), values: probColumns.map((c) => number(c, probability) as Float64Array) } : undefined,
  });
}

function cellString(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'empty';
  return JSON.stringify(typeof value === 'bigint' ? String(value) : value).slice(0, 40);
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
