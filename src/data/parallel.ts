/**
 * Column-split parallel validation: a worker thread reads the same CSV or Parquet files as the main
 * thread and checks a share of the fields (of a Parquet file it decodes only their columns), the main thread the rest plus the row-level checks (row
 * shapes, composite keys, the fingerprint). Every per-field check therefore sees every row in order,
 * exactly as in one thread, and the results merge without reordering: field checks, null counts,
 * running statistics, profile columns, new categories and per-field uniqueness belong to one thread;
 * only the shared encoding check is merged (by row, then field). Reading twice is cheap next to the
 * checking (the page cache serves the second read); a CSV is scanned twice, which is why the split
 * is only used for plain CSV and Parquet files large enough to pay for a thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError } from '../core/errors.js';
import type { CheckResult, DataError } from './check-results.js';
import type { Engine, EngineOptions, UniqueFound } from './engine.js';
import { type CompiledField, ParseKind } from './fields.js';
import type { KeptFooter } from './parquet-source.js';
import type { ColumnStats, Profile } from './profile.js';
import { formatOf, isGzip } from './sources.js';
import type { Duplicate } from './unique.js';

/** Files smaller than this in total are checked in one thread (a worker takes ~50 ms to start). */
export const MIN_PARALLEL_BYTES = 32 * 1024 * 1024;

// ncc (dist/) bundles the worker as an entry of its own and turns this URL into a plain path
// string; compiled by tsc it stays a URL. Without the file beside it, validation uses one thread.
const WORKER_FILE = './validate-worker.js';
const WORKER_URL: URL | string = new URL(WORKER_FILE, import.meta.url);

function workerPath(): string | undefined {
  const target = WORKER_URL as URL | string;
  if (typeof target === 'string') return target;
  return target.protocol === 'file:' ? fileURLToPath(target) : undefined;
}

/** What the worker is given. */
export interface WorkerInput {
  options: EngineOptions;
  /** By schema field index: the fields the worker checks. */
  owned: boolean[];
  /** Parquet footers the main thread parsed while planning, which the worker need not parse again. */
  footers?: KeptFooter[];
}

/** What the worker sends back: the state of its fields, in the shapes the main thread keeps. */
export interface WorkerResult {
  /** Per owned field: its type, required and constraint checks (as registered). */
  fieldChecks: { field: number; type: CheckResult; required: CheckResult; constraints: CheckResult[] }[];
  encoding: CheckResult;
  nulls: [field: number, nulls: number, present: number][];
  stats: [field: number, state: [number, number, number]][];
  profileColumns: [column: number, stats: ColumnStats][];
  newValues: [field: number, entries: [string, { count: number; rowNumber: number; line: number; source: number }][]][];
  unique: [field: number, found: UniqueFound][];
}

/** A worker's answer: its result or why it failed. */
export type WorkerMessage = { ok: true; result: WorkerResult } | { ok: false; message: string; user: boolean; file?: string; line?: number };

/** Whether {@link planSplit} may split `fieldCount` fields of `totalBytes` at all: what it decides before it reads the files. */
export function maySplit(fieldCount: number, totalBytes: number, threads: number | undefined): boolean {
  const wanted = threads ?? availableParallelism();
  if (wanted < 2 || fieldCount < 2) return false;
  if (threads === undefined && totalBytes < MIN_PARALLEL_BYTES) return false;
  // Running from TypeScript sources (tests) there is no compiled worker: one thread then.
  const path = workerPath();
  return path !== undefined && existsSync(path);
}

/**
 * Which fields a worker should check, or undefined to check everything in this thread: for two or
 * more threads (`threads`, default the machine's parallelism), plain CSV or Parquet sources of at least
 * {@link MIN_PARALLEL_BYTES} (any size when `threads` is set) and a built worker module.
 */
export async function planSplit(options: EngineOptions, fields: readonly CompiledField[], totalBytes: number, threads: number | undefined): Promise<boolean[] | undefined> {
  if (!maySplit(fields.length, totalBytes, threads)) return undefined;
  // JSON Lines and gzip are read in one pass that a second thread would repeat in full.
  for (const file of options.sources) if (formatOf(file) === 'jsonl' || (await isGzip(file))) return undefined;
  // Balance by a rough cost per field, measured on the benchmark's columns (profiling and uniqueness
  // dominate); the main thread starts with the row-level work (composite keys, whole-row repeats).
  const profiled = options.collectProfile === true || options.checks?.stats !== undefined;
  const parquet = options.sources.every((file) => formatOf(file) === 'parquet') ? await parquetWidths(options) : undefined;
  const cost = parquet
    ? (f: CompiledField) => parquetCost(f, profiled, parquet.widths.get(f.name) ?? 0, parquet.dictionaries.has(f.name) && !options.checks?.stats?.[f.name])
    : (f: CompiledField) =>
        1 +
        (f.textual ? 0.5 : 0) +
        // Sequential ids are kept as runs and cost little; other keys are hashed and spilled.
        (f.unique ? 2 : 0) +
        f.constraints.length * 0.3 +
        (f.parseKind === ParseKind.Date ? 0.3 : 0) +
        (profiled && f.profileKind === 'numeric' ? 1 : 0) +
        (profiled && f.profileKind === 'categorical' ? 2 : 0);
  const keys =
    (options.schema.primaryKey ? 3 : 0) +
    (options.schema.uniqueKeys?.length ?? 0) * 3 +
    (options.checks?.duplicateRows && options.checks.duplicateRows !== 'ignore' ? fields.length : 0);
  // The main thread hashes every byte (the fingerprint; of a Parquet file ~1 unit per 12 bytes a row)
  // and, of a CSV, checks every row's shape. The worker loads its modules while the split is planned,
  // and starts its reading ~50 ms later than this thread; this thread's greater variety of checks
  // takes about as much longer to warm up, so neither is counted.
  const mainHead = keys - 1 + (parquet ? parquet.bytesPerRow * 0.08 : 2);
  const costs = fields.map(cost);
  const owned = fields.map(() => false);
  if (fields.length <= 16) {
    // Few fields: the best split by the model, trying every subset.
    let best = Infinity;
    let bestMask = 0;
    for (let mask = 1; mask < 1 << fields.length; mask++) {
      let worker = 0;
      let main = mainHead;
      costs.forEach((c, i) => (mask & (1 << i) ? (worker += c) : (main += c)));
      const span = Math.max(worker, main);
      if (span < best) {
        best = span;
        bestMask = mask;
      }
    }
    costs.forEach((_, i) => (owned[i] = (bestMask & (1 << i)) !== 0));
  } else {
    let main = mainHead;
    let worker = 0;
    const order = costs.map((c, i) => [c, i] as const).sort((x, y) => y[0] - x[0]);
    for (const [c, i] of order) {
      if (worker <= main) {
        owned[i] = true;
        worker += c;
      } else main += c;
    }
  }
  // All fields in the worker is a fair split when the keys are the heavier half.
  return owned.some(Boolean) ? owned : undefined;
}

/**
 * A field's cost in a Parquet file, in units of ~10 ns a row (fitted to the bench's columns, one
 * thread, warm): decoding a column ~1.2; a numeric profile value by value ~3.7 (exact sums of squares
 * and the sketch), ~2 for integers (summed in doubles, often in runs), next to nothing when a
 * dictionary lets it be counted by value; a text column by its bytes a row, which a dictionary keeps
 * small and a column of distinct texts does not (each cell is checked and counted on its own).
 */
function parquetCost(f: CompiledField, profiled: boolean, width: number, byValue: boolean): number {
  const integral = f.parseKind === ParseKind.Integer || f.parseKind === ParseKind.Date;
  const profile = profiled && f.profileKind === 'numeric' ? (byValue && !f.unique ? 0.2 : integral ? 2 : 3.7) : 0;
  const text = f.textual ? 0.22 * width + (byValue || !profiled ? 0 : 0.5) : 0;
  return 1.2 + text + profile + (f.unique ? 1 : 0) + f.constraints.length * 0.1;
}

/** Uncompressed bytes a row, per column name and of the whole files, and the dictionary-encoded columns, from the Parquet footers. */
async function parquetWidths(options: EngineOptions): Promise<{ widths: Map<string, number>; dictionaries: Set<string>; bytesPerRow: number; rows: number } | undefined> {
  const { parquetFooter } = await import('./parquet-source.js');
  const bytes = new Map<string, number>();
  const dictionaries = new Set<string>();
  let rows = 0;
  let total = 0;
  try {
    for (const file of options.sources) {
      // Kept for this thread's reader, which takes it instead of parsing the footer again.
      const { metadata } = await parquetFooter(file.path, true);
      for (const group of metadata.row_groups) {
        rows += Number(group.num_rows);
        for (const chunk of group.columns) {
          const name = chunk.meta_data?.path_in_schema[0];
          if (name === undefined) continue;
          bytes.set(name, (bytes.get(name) ?? 0) + Number(chunk.meta_data?.total_uncompressed_size ?? 0));
          if (chunk.meta_data?.dictionary_page_offset !== undefined) dictionaries.add(name);
          total += Number(chunk.meta_data?.total_compressed_size ?? 0);
        }
      }
    }
  } catch {
    // An unreadable file is reported by the reader; the split falls back to the default costs.
    return undefined;
  }
  if (rows === 0) return undefined;
  return { widths: new Map([...bytes].map(([name, b]) => [name, b / rows])), dictionaries, bytesPerRow: total / rows, rows };
}

/** A running worker: its result, and a way to stop it. */
export interface RunningWorker {
  result: Promise<WorkerResult>;
  stop(): Promise<void>;
}

/** A worker thread loading its modules, waiting for its share. */
export interface StartedWorker {
  /**
   * Gives the worker its share. Should the thread fail for another reason than the data (it cannot
   * start, it runs out of memory), the main thread checks the share itself afterwards.
   */
  run(input: WorkerInput): RunningWorker;
  stop(): Promise<void>;
}

/** What a worker is given when it starts, before its share. */
export interface WorkerStart {
  /** Whether it will read Parquet files: it loads the Parquet modules meanwhile. */
  parquet: boolean;
}

/**
 * Starts a worker thread, which loads its modules (~0.1 s) while the caller plans the split; it does
 * not keep the process alive until it is given work. Undefined when no thread can be started.
 */
export function startWorker(start: WorkerStart): StartedWorker | undefined {
  // The hot loop allocates little: a small young generation keeps the second heap from growing.
  // Flags such as --input-type (node -e) are refused in a worker; the worker needs none.
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type') && a !== '-e' && a !== '--eval');
  const make = (argv: string[]) => new Worker(workerPath() as string, { execArgv: argv, workerData: start, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
  let worker: Worker;
  try {
    worker = make(execArgv);
  } catch (error) {
    // V8 options (node --max-lazy ...) are refused in a worker: it runs without the parent's flags then.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') return undefined;
    try {
      worker = make([]);
    } catch {
      return undefined;
    }
  }
  worker.unref();
  const result = new Promise<WorkerResult>((resolve, reject) => {
    worker.once('message', (message: WorkerMessage) => {
      if (message.ok) resolve(message.result);
      else if (message.user) reject(new UserError(message.message, message.file ? { file: message.file, line: message.line } : undefined));
      else reject(new Error(message.message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the validation worker stopped (exit code ${code}) before it answered`)));
  });
  // A worker stopped before it is given work rejects, and nobody waits for it.
  result.catch(() => undefined);
  const stop = async () => void (await worker.terminate());
  return {
    run(input) {
      worker.ref();
      worker.postMessage(input);
      const checked = result.catch(async (error: unknown) => {
        if (error instanceof UserError) throw error;
        await worker.terminate();
        const { checkShare } = await import('./check-share.js');
        return checkShare(input);
      });
      // The main thread reports its own failure first; this one must not go unhandled meanwhile.
      checked.catch(() => undefined);
      return { result: checked, stop };
    },
    stop,
  };
}

/** Folds a worker's result into the main engine (before the dataset checks read it). */
export function mergeWorker(engine: Engine, result: WorkerResult, sourceOrder: (display: string) => number, found: Map<number, UniqueFound>): void {
  for (const part of result.fieldChecks) {
    const mine = engine.fieldChecks[part.field];
    if (!mine) continue;
    Object.assign(mine.type, pick(part.type));
    Object.assign(mine.required, pick(part.required));
    mine.constraints.forEach((c, k) => Object.assign(c, pick(part.constraints[k] as CheckResult)));
  }
  const encoding = engine.encoding;
  encoding.count += result.encoding.count;
  encoding.passed = encoding.passed && result.encoding.passed;
  const byPlace = (a: DataError, b: DataError) =>
    sourceOrder(a.file) - sourceOrder(b.file) || (a.rowNumber ?? 0) - (b.rowNumber ?? 0) || (a.fieldNumber ?? 0) - (b.fieldNumber ?? 0);
  encoding.examples = [...encoding.examples, ...result.encoding.examples].sort(byPlace).slice(0, engine.tally.maxExamples);
  for (const [f, nulls, present] of result.nulls) {
    engine.validator.nulls[f] = nulls;
    engine.validator.present[f] = present;
  }
  for (const [f, state] of result.stats) {
    const stats = engine.extras[f]?.stats;
    if (stats) stats.state = state;
  }
  for (const [f, entries] of result.newValues) {
    const extra = engine.extras[f];
    if (extra) extra.newValues = new Map(entries);
  }
  // Structured cloning turns Buffers into plain Uint8Arrays.
  for (const [f, r] of result.unique)
    found.set(f, { count: r.count, examples: r.examples.map((d: Duplicate) => ({ ...d, key: Buffer.from(d.key.buffer, d.key.byteOffset, d.key.byteLength) })) });
}

function pick(c: CheckResult): Pick<CheckResult, 'passed' | 'count' | 'examples'> {
  return { passed: c.passed, count: c.count, examples: c.examples };
}

/** The main thread's profile with the worker's columns put in. */
export function mergeProfileColumns(profile: Profile, result: WorkerResult | undefined): Profile {
  if (!result) return profile;
  const columns = [...profile.columns];
  for (const [column, stats] of result.profileColumns) columns[column] = stats;
  return { ...profile, columns };
}
