import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type CheckResult, CheckTally, type DataError } from './check-results.js';
import { type DatasetChecks, RunningStats, withinBounds } from './checks.js';
import { compileField, type CompiledField } from './fields.js';
import { matchHeader } from './header-check.js';
import { readParquet } from './parquet-source.js';
import { type CategoricalColumnStats, type Profile, ProfileBuilder, quantile } from './profile.js';
import { type FieldChecks, type FieldExtras, type KeyCheck, RowValidator } from './row-validator.js';
import { type DataFormat, formatOf, readCsv, readJsonl, sizesOf, type SourceHandlers } from './sources.js';
import { primaryKeyOf, type TableSchema } from './table-schema.js';
import { UniqueIndex } from './unique.js';

export type { CheckResult, DataError } from './check-results.js';
export type { DatasetChecks } from './checks.js';
export { loadTableSchema, type TableSchema } from './table-schema.js';

/** A data file to validate. */
export interface DataSource {
  path: string;
  /** Workspace-relative name for messages. */
  display: string;
  /** Default by extension: .csv, .tsv, .jsonl, .ndjson, .parquet, with optional .gz. */
  format?: DataFormat;
}

/** What to validate and how. */
export interface ValidateOptions {
  sources: DataSource[];
  schema: TableSchema;
  /** Names the schema in messages. */
  schemaFile: string;
  checks?: DatasetChecks;
  /** A folder for spill files (removed again before returning). */
  tempDir: string;
  collectProfile?: boolean;
  /** The reference profile, for `checks.newCategories`. */
  referenceProfile?: Profile;
  /** Examples kept per check, default 10. */
  maxExamples?: number;
  onProgress?: (done: number, total: number) => void;
  /** CSV delimiter, default ',' (tab for .tsv). */
  delimiter?: string;
  /** Longest record allowed, bytes (default 16 MiB): bounds memory on a file without line breaks. */
  maxRecordBytes?: number;
  /** Tuning of uniqueness checks: hash partitions (power of two) and bytes buffered before spilling. */
  uniquePartitions?: number;
  uniqueMemoryBytes?: number;
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

/** Validates data files against a Table Schema and dataset checks, streaming each file once. */
export async function validateData(options: ValidateOptions): Promise<DataReport> {
  const started = performance.now();
  const { schema, checks = {} } = options;
  const tally = new CheckTally(options.maxExamples ?? 10);
  const fields = schema.fields.map((_, i) => compileField(schema, i, options.schemaFile));
  const names = fields.map((f) => f.name);
  const indexOf = (name: string) => names.indexOf(name);
  const header = tally.check('header', 'Header matches the schema fields');
  const shape = tally.check('row-shape', 'Every row has as many cells as the header');
  const encoding = tally.check('encoding', 'Text cells are valid UTF-8');
  const spillDir = await mkdtemp(join(options.tempDir, 'unique-'));
  const indexes: UniqueIndex[] = [];
  const newIndex = (name: string) => {
    const index = new UniqueIndex({ dir: spillDir, name, partitions: options.uniquePartitions, memoryBytes: options.uniqueMemoryBytes });
    indexes.push(index);
    return index;
  };
  const needsProfile = options.collectProfile === true || Object.values(checks.stats ?? {}).some((s) => s.median !== undefined);
  const profileColumns = fields.filter((f) => f.profileKind !== undefined);
  const profile = needsProfile ? new ProfileBuilder(profileColumns.map((f) => ({ name: f.name, kind: f.profileKind as 'numeric' | 'categorical' }))) : undefined;
  const fieldChecks: FieldChecks[] = [];
  const extras: FieldExtras[] = fields.map((f, i) => {
    const id = `field:${f.name}`;
    const type = tally.check(`${id}:type`, `${f.name} is ${f.supported ? `a valid ${f.type}` : `${f.type} (not checked)`}`, f.supported ? 'error' : 'warning');
    if (!f.supported) {
      tally.fail(type, { type: 'unsupported-type', severity: 'warning', file: options.schemaFile, fieldName: f.name, fieldNumber: f.number, message: `field '${f.name}': ${f.unsupported as string}` });
    }
    fieldChecks.push({
      type,
      required: f.required ? tally.check(`${id}:required`, `${f.name} is never missing`) : type,
      constraints: f.constraints.map((c) => tally.check(`${id}:${c.name}`, `${f.name} is ${c.allowed}`)),
    });
    const extra: FieldExtras = { profileColumn: profile ? profileColumns.indexOf(f) : -1 };
    if (f.unique) extra.unique = newIndex(`field-${i}`);
    if (checks.stats?.[f.name]) extra.stats = new RunningStats();
    const mode = checks.newCategories?.[f.name];
    if (mode) {
      const ref = options.referenceProfile?.columns.find((c) => c.name === f.name);
      extra.reference = new Set(ref?.kind === 'categorical' ? (ref as CategoricalColumnStats).categories.map(([v]) => v) : []);
    }
    return extra;
  });
  const uniqueChecks = new Map<UniqueIndex, { check: CheckResult; field?: CompiledField; type: string }>();
  fields.forEach((f, i) => {
    const index = extras[i]?.unique;
    if (index) uniqueChecks.set(index, { check: tally.check(`unique:${f.name}`, `${f.name} values are unique`), field: f, type: 'unique-error' });
  });
  const keys: KeyCheck[] = [];
  const primary = primaryKeyOf(schema);
  if (primary.length > 0) {
    const key: KeyCheck = { fields: primary.map(indexOf), index: newIndex('primary-key'), primary: true, check: tally.check('primary-key', `Primary key (${primary.join(', ')}) is unique and never missing`) };
    keys.push(key);
    uniqueChecks.set(key.index, { check: key.check, type: 'primary-key' });
  }
  (schema.uniqueKeys ?? []).forEach((names, k) => {
    const key: KeyCheck = { fields: names.map(indexOf), index: newIndex(`unique-key-${k}`), primary: false, check: tally.check(`unique-keys:${names.join('+')}`, `(${names.join(', ')}) is unique`) };
    keys.push(key);
    uniqueChecks.set(key.index, { check: key.check, type: 'unique-error' });
  });
  const duplicates = checks.duplicateRows ?? 'ignore';
  if (duplicates !== 'ignore') {
    const key: KeyCheck = { fields: [], index: newIndex('rows'), primary: false, check: tally.check('duplicate-rows', 'No row repeats an earlier one', duplicates === 'fail' ? 'error' : 'warning') };
    keys.push(key);
    uniqueChecks.set(key.index, { check: key.check, type: 'duplicate-row' });
  }
  const validator = new RowValidator(fields, fieldChecks, extras, keys, tally, shape, encoding, profile);
  const sizes = await sizesOf(options.sources);
  const total = sizes.reduce((a, b) => a + b, 0);
  let done = 0;
  const fingerprint = createHash('sha256');
  try {
    for (const [source, file] of options.sources.entries()) {
      const handlers: SourceHandlers = {
        onHeader: (labels) => {
          const match = matchHeader(labels, names, schema.fieldsMatch);
          for (const p of match.problems) tally.fail(header, { ...p, severity: 'error', file: file.display, rowNumber: 1, line: 1 });
          validator.startSource(source, file.display, match.columnOfField, labels.length);
        },
        onRecord: (record) => validator.row(record),
        onBytes: (n) => {
          done += n;
          options.onProgress?.(done, total);
        },
      };
      const format = formatOf(file);
      const typeOf = (label: string) => fields.find((f) => f.name === label)?.type;
      const reader = format === 'csv' ? readCsv : format === 'jsonl' ? readJsonl : readParquet;
      const sha = await reader(file, handlers, { delimiter: options.delimiter, maxRecordBytes: options.maxRecordBytes, typeOf });
      fingerprint.update(`${sha}\n`);
    }
    for (const [index, { check, field, type }] of uniqueChecks) {
      const found = index.finish(tally.maxExamples);
      for (const d of found.examples) {
        const file = options.sources[d.again.source]?.display ?? '';
        const firstFile = options.sources[d.first.source]?.display ?? '';
        const where = d.first.source === d.again.source ? `row ${d.first.rowNumber}` : `${firstFile} row ${d.first.rowNumber}`;
        const error: DataError = { type, severity: check.severity, file, rowNumber: d.again.rowNumber, message: `${field ? `'${field.name}' value` : type === 'duplicate-row' ? 'the row' : 'the key'} repeats ${where}${d.first.line > 0 ? ` (line ${d.first.line})` : ''}` };
        if (d.again.line > 0) error.line = d.again.line;
        if (field) Object.assign(error, { fieldName: field.name, fieldNumber: field.number, cell: field.numeric ? undefined : d.key.toString('utf8', 0, 100) });
        check.examples.push(error);
      }
      if (found.count > 0) {
        check.passed = false;
        check.count += found.count;
        check.examples.sort((a, b) => options.sources.findIndex((s) => s.display === a.file) - options.sources.findIndex((s) => s.display === b.file) || (a.rowNumber ?? 0) - (b.rowNumber ?? 0));
        check.examples.splice(tally.maxExamples);
      }
    }
  } finally {
    for (const index of indexes) index.dispose();
    await rm(spillDir, { recursive: true, force: true });
  }
  const built = profile?.finish();
  datasetChecks(options, tally, fields, validator, extras, built);
  const all = tally.all();
  const count = (severity: string) => all.filter((c) => !c.passed && c.severity === severity).reduce((n, c) => n + c.count, 0);
  const report: DataReport = {
    valid: all.every((c) => c.passed || c.severity !== 'error'),
    stats: { files: options.sources.length, rows: validator.rows, bytes: total, fields: fields.length, errors: count('error'), warnings: count('warning'), seconds: (performance.now() - started) / 1000 },
    checks: all,
    errors: all.flatMap((c) => c.examples),
    fingerprint: `sha256:${fingerprint.digest('hex')}`,
  };
  if (options.collectProfile && built) report.profile = built;
  return report;
}

function datasetChecks(options: ValidateOptions, tally: CheckTally, fields: readonly CompiledField[], validator: RowValidator, extras: readonly FieldExtras[], profile: Profile | undefined): void {
  const checks = options.checks ?? {};
  const file = options.sources.map((s) => s.display).join(', ');
  const fail = (check: CheckResult, type: string, message: string, fieldName?: string) => tally.fail(check, { type, severity: check.severity, file, message, ...(fieldName ? { fieldName } : {}) });
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
    if (fraction > max) fail(check, 'null-fraction', `${name} is missing in ${(fraction * 100).toFixed(2)}% of rows (${validator.nulls[f]} of ${rows}); at most ${max * 100}% allowed`, name);
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
      tally.fail(check, { type: 'new-category', severity: check.severity, file: options.sources[seen.source]?.display ?? file, rowNumber: seen.rowNumber, ...(seen.line > 0 ? { line: seen.line } : {}), fieldName: name, fieldNumber: f + 1, cell: value.slice(0, 100), message: `'${value}' (${seen.count} rows) is not a category of ${name} in the reference profile` }, seen.count);
    }
  }
}
