import { rm } from 'node:fs/promises';
import { type CheckResult, type CheckTally, type DataError } from './check-results.js';
import { withinBounds } from './checks.js';
import { createEngine, type Engine, type EngineOptions, finishUnique, readSources, type UniqueFound } from './engine.js';
import { compileField, type CompiledField } from './fields.js';
import { maySplit, mergeProfileColumns, mergeWorker, planSplit, startWorker, type WorkerResult } from './parallel.js';
import { type Profile, quantile } from './profile.js';
import type { FieldExtras, RowValidator } from './row-validator.js';
import { type DataFormat, formatOf, sizesOf } from './sources.js';

export type { CheckResult, DataError } from './check-results.js';
export type { DatasetChecks } from './checks.js';
export { loadTableSchema } from './table-schema-load.js';
export type { TableSchema } from './table-schema.js';

/** A data file to validate. */
export interface DataSource {
  path: string;
  /** Workspace-relative name for messages. */
  display: string;
  /** Default by extension: .csv, .tsv, .jsonl, .ndjson, .parquet, with optional .gz. */
  format?: DataFormat;
}

/** What to validate and how: the engine's options, and what stays with the calling thread. */
export interface ValidateOptions extends EngineOptions {
  sources: DataSource[];
  onProgress?: (done: number, total: number) => void;
  /**
   * Threads to check with: 1 for one thread; 2 or more checks plain CSV and Parquet files in two
   * threads, each taking a share of the fields. Default: two threads when the machine has two cores
   * and the files add up to 32 MiB or more.
   */
  threads?: number;
}

/** The outcome of a validation. */
export interface DataReport {
  valid: boolean;
  stats: { files: number; rows: number; bytes: number; fields: number; errors: number; warnings: number; seconds: number };
  checks: CheckResult[];
  /** All examples flattened, frictionless-py shape. */
  errors: DataError[];
  /** 'sha256:' + sha256 over each file's hex sha256 and a newline, in source order. */
  fingerprint: string;
  profile?: Profile;
}

/**
 * Validates data files against a Table Schema and dataset checks, streaming each file once. Large
 * plain CSV and Parquet datasets are checked by two threads, each taking a share of the fields (see parallel.ts);
 * the report is the same either way.
 */
export async function validateData(options: ValidateOptions): Promise<DataReport> {
  const started = performance.now();
  const maxExamples = options.maxExamples ?? 10;
  // Schema mistakes are reported before missing files, as the checks are compiled first.
  const fields = options.schema.fields.map((_, i) => compileField(options.schema, i, options.schemaFile));
  const sizes = await sizesOf(options.sources);
  const total = sizes.reduce((a, b) => a + b, 0);
  // The worker loads its modules while the split is planned; it is stopped if there is none.
  const parquet = options.sources.filter((file) => formatOf(file) === 'parquet').map((file) => file.path);
  const early = maySplit(fields.length, total, options.threads) ? startWorker({ parquet: parquet.length > 0 }) : undefined;
  let split: boolean[] | undefined;
  let engine: Engine;
  try {
    split = early ? await planSplit(options, fields, total, options.threads) : undefined;
    // Not waited for: an idle worker does not keep the process alive, and this thread has work.
    if (!split) void early?.stop().catch(() => undefined);
    engine = await createEngine(
      options,
      split?.map((o) => !o),
      true,
    );
  } catch (error) {
    await early?.stop();
    throw error;
  }
  const { tally, validator, extras } = engine;
  // The worker's spill files go under this engine's folder, removed below even if the worker is stopped.
  // The footers planning parsed go along, so the worker's reading starts without parsing them again.
  const footers = split && parquet.length > 0 ? (await import('./parquet-source.js')).keptFooters(parquet) : undefined;
  const worker = split ? early?.run({ options: { ...engineOptions(options), tempDir: engine.spillDir }, owned: split, footers }) : undefined;
  let done = 0;
  let fingerprint: string;
  let workerResult: WorkerResult | undefined;
  const sourceOrder = (display: string) => options.sources.findIndex((s) => s.display === display);
  try {
    fingerprint = await readSources(engine, options, (n) => {
      done += n;
      options.onProgress?.(done, total);
    });
    const found = new Map<number, UniqueFound>();
    const mine = finishUnique(engine, maxExamples, (u) => u.fieldIndex < 0 || !split?.[u.fieldIndex]);
    if (worker) {
      workerResult = await worker.result;
      mergeWorker(engine, workerResult, sourceOrder, found);
    }
    for (const u of engine.uniqueChecks) {
      const { check, field, type } = u;
      const result = mine.get(u) ?? found.get(u.fieldIndex);
      if (!result) continue;
      for (const d of result.examples) {
        const file = options.sources[d.again.source]?.display ?? '';
        const firstFile = options.sources[d.first.source]?.display ?? '';
        const where = d.first.source === d.again.source ? `row ${d.first.rowNumber}` : `${firstFile} row ${d.first.rowNumber}`;
        const error: DataError = {
          type,
          severity: check.severity,
          file,
          rowNumber: d.again.rowNumber,
          message: `${field ? `'${field.name}' value` : type === 'duplicate-row' ? 'the row' : 'the key'} repeats ${where}${d.first.line > 0 ? ` (line ${d.first.line})` : ''}`,
        };
        if (d.again.line > 0) error.line = d.again.line;
        if (field) Object.assign(error, { fieldName: field.name, fieldNumber: field.number, cell: field.numeric ? undefined : d.key.toString('utf8', 0, 100) });
        check.examples.push(error);
      }
      if (result.count > 0) {
        check.passed = false;
        check.count += result.count;
        check.examples.sort((a, b) => sourceOrder(a.file) - sourceOrder(b.file) || (a.rowNumber ?? 0) - (b.rowNumber ?? 0));
        check.examples.splice(tally.maxExamples);
      }
    }
  } finally {
    await worker?.stop();
    for (const u of engine.uniqueChecks) u.index.dispose();
    await rm(engine.spillDir, { recursive: true, force: true });
  }
  const built = engine.profile ? mergeProfileColumns(engine.profile.finish(), workerResult) : undefined;
  datasetChecks(options, tally, engine.fields, validator, extras, built);
  const all = tally.all();
  const count = (severity: string) => all.filter((c) => !c.passed && c.severity === severity).reduce((n, c) => n + c.count, 0);
  const report: DataReport = {
    valid: all.every((c) => c.passed || c.severity !== 'error'),
    stats: {
      files: options.sources.length,
      rows: validator.rows,
      bytes: total,
      fields: fields.length,
      errors: count('error'),
      warnings: count('warning'),
      seconds: (performance.now() - started) / 1000,
    },
    checks: all,
    errors: all.flatMap((c) => c.examples),
    fingerprint: `sha256:${fingerprint}`,
  };
  if (options.collectProfile && built) report.profile = built;
  return report;
}

/** The options a worker needs: plain data only (no callbacks). */
function engineOptions(options: ValidateOptions): EngineOptions {
  const rest: EngineOptions & { onProgress?: unknown; threads?: unknown } = { ...options };
  delete rest.onProgress;
  delete rest.threads;
  return rest;
}

function datasetChecks(
  options: ValidateOptions,
  tally: CheckTally,
  fields: readonly CompiledField[],
  validator: RowValidator,
  extras: readonly FieldExtras[],
  profile: Profile | undefined,
): void {
  const checks = options.checks ?? {};
  const file = options.sources.map((s) => s.display).join(', ');
  const fail = (check: CheckResult, type: string, message: string, fieldName?: string) =>
    tally.fail(check, { type, severity: check.severity, file, message, ...(fieldName ? { fieldName } : {}) });
  if (checks.rows) {
    const check = tally.check('rows', 'Row count is within bounds');
    const { ok, allowed } = withinBounds(validator.rows, checks.rows);
    if (!ok) fail(check, 'row-count', `${validator.rows} rows; expected ${allowed}`);
  }
  for (const [name, max] of Object.entries(checks.nullFraction ?? {})) {
    const f = fields.findIndex((x) => x.name === name);
    const check = tally.check(`null-fraction:${name}`, `${name} is missing in at most ${max * 100}% of rows`);
    const rows = validator.present[f] ?? 0;
    const fraction = rows === 0 ? 0 : (validator.nulls[f] ?? 0) / rows;
    if (fraction > max)
      fail(check, 'null-fraction', `${name} is missing in ${(fraction * 100).toFixed(2)}% of rows (${validator.nulls[f]} of ${rows}); at most ${max * 100}% allowed`, name);
  }
  for (const [name, bounds] of Object.entries(checks.stats ?? {})) {
    const f = fields.findIndex((x) => x.name === name);
    const stats = extras[f]?.stats;
    const column = profile?.columns.find((c) => c.name === name);
    const values: [string, number | undefined][] = [
      ['mean', stats && stats.count > 0 ? stats.mean : undefined],
      ['median', column ? quantile(column, 0.5) : undefined],
      ['stdev', stats?.stdev],
    ];
    for (const [stat, value] of values) {
      const b = bounds[stat as 'mean'];
      if (!b) continue;
      const check = tally.check(`stats:${name}:${stat}`, `${name} ${stat} is within bounds`);
      if (value === undefined) {
        fail(check, 'stat-bounds', `${name} has no ${stat} (no valid numeric values${stat === 'median' ? ', or no profile' : ''})`, name);
        continue;
      }
      const { ok, allowed } = withinBounds(value, b);
      if (!ok) fail(check, 'stat-bounds', `${name} ${stat} is ${value}; expected ${allowed}`, name);
    }
  }
  for (const [name, mode] of Object.entries(checks.newCategories ?? {})) {
    const f = fields.findIndex((x) => x.name === name);
    const check = tally.check(`new-categories:${name}`, `${name} has no values unseen in the reference`, mode === 'fail' ? 'error' : 'warning');
    if (!options.referenceProfile) {
      fail(check, 'new-category', `no reference profile to compare ${name} with`, name);
      continue;
    }
    for (const [value, seen] of extras[f]?.newValues ?? []) {
      tally.fail(
        check,
        {
          type: 'new-category',
          severity: check.severity,
          file: options.sources[seen.source]?.display ?? file,
          rowNumber: seen.rowNumber,
          ...(seen.line > 0 ? { line: seen.line } : {}),
          fieldName: name,
          fieldNumber: f + 1,
          cell: value.slice(0, 100),
          message: `'${value}' (${seen.count} rows) is not a category of ${name} in the reference profile`,
        },
        seen.count,
      );
    }
  }
}
