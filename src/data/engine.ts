/**
 * The validation engine behind {@link validateData}: compiling the schema into checks, streaming the
 * sources through a {@link ColumnValidator} (a row validator that also takes typed columns), and
 * finding repeated keys. A worker thread runs the same engine over the same files for a share of the
 * fields (see parallel.ts), so everything here is set up identically whichever thread runs it, and
 * checks are registered in one fixed order.
 */
import { createHash } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { type CheckResult, CheckTally } from './check-results.js';
import { type DatasetChecks, RunningStats } from './checks.js';
import { ColumnValidator } from './column-validator.js';
import { compileField, type CompiledField } from './fields.js';
import { matchHeader } from './header-check.js';
import { type CategoricalColumnStats, type Profile, ProfileBuilder } from './profile.js';
import type { FieldChecks, FieldExtras, KeyCheck } from './row-validator.js';
import { type DataFormat, formatOf, readCsv, readJsonl, type SourceHandlers } from './sources.js';
import { primaryKeyOf, type TableSchema } from './table-schema.js';
import { type Duplicate, UniqueIndex } from './unique.js';

/** What the engine needs of the options (the serialisable part, sent as is to a worker). */
export interface EngineOptions {
  sources: { path: string; display: string; format?: DataFormat }[];
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
  /** CSV delimiter, default ',' (tab for .tsv). */
  delimiter?: string;
  /** Longest record allowed, bytes (default 16 MiB): bounds memory on a file without line breaks. */
  maxRecordBytes?: number;
  /** Tuning of uniqueness checks: hash partitions (power of two) and bytes buffered before spilling. */
  uniquePartitions?: number;
  uniqueMemoryBytes?: number;
}

/** A uniqueness check and what its repeats are reported as. */
export interface UniqueCheck {
  index: UniqueIndex;
  check: CheckResult;
  /** The field of a per-field `unique` constraint; absent for keys and whole rows. */
  field?: CompiledField;
  /** Schema index of that field, or -1. */
  fieldIndex: number;
  type: string;
}

/** Everything set up for one validation run. */
export interface Engine {
  fields: CompiledField[];
  tally: CheckTally;
  header: CheckResult;
  encoding: CheckResult;
  extras: FieldExtras[];
  fieldChecks: FieldChecks[];
  validator: ColumnValidator;
  profile: ProfileBuilder | undefined;
  uniqueChecks: UniqueCheck[];
  spillDir: string;
}

/**
 * Sets up the checks. `owned` (by schema field index) limits the per-field work to some fields and
 * `rowLevel` says whether this engine checks row shapes and composite keys; a lone engine owns all.
 */
export async function createEngine(options: EngineOptions, owned?: readonly boolean[], rowLevel = true): Promise<Engine> {
  const { schema, checks = {} } = options;
  const tally = new CheckTally(options.maxExamples ?? 10);
  const fields = schema.fields.map((_, i) => compileField(schema, i, options.schemaFile));
  const names = fields.map((f) => f.name);
  const indexOf = (name: string) => names.indexOf(name);
  const header = tally.check('header', 'Header matches the schema fields');
  const shape = tally.check('row-shape', 'Every row has as many cells as the header');
  const encoding = tally.check('encoding', 'Text cells are valid UTF-8');
  const spillDir = await mkdtemp(join(options.tempDir, 'unique-'));
  const newIndex = (name: string) => new UniqueIndex({ dir: spillDir, name, partitions: options.uniquePartitions, memoryBytes: options.uniqueMemoryBytes });
  const needsProfile = options.collectProfile === true || Object.values(checks.stats ?? {}).some((s) => s.median !== undefined);
  const profileColumns = fields.filter((f) => f.profileKind !== undefined);
  const profile = needsProfile ? new ProfileBuilder(profileColumns.map((f) => ({ name: f.name, kind: f.profileKind as 'numeric' | 'categorical' }))) : undefined;
  const fieldChecks: FieldChecks[] = [];
  const uniqueChecks: UniqueCheck[] = [];
  const extras: FieldExtras[] = fields.map((f, i) => {
    const id = `field:${f.name}`;
    const type = tally.check(`${id}:type`, `${f.name} is ${f.supported ? `a valid ${f.type}` : `${f.type} (not checked)`}`, f.supported ? 'error' : 'warning');
    if (!f.supported) {
      tally.fail(type, {
        type: 'unsupported-type',
        severity: 'warning',
        file: options.schemaFile,
        fieldName: f.name,
        fieldNumber: f.number,
        message: `field '${f.name}': ${f.unsupported as string}`,
      });
    }
    if (options.schema.fields[f.number - 1]?.constraints?.jsonSchema !== undefined) {
      // Object and array values are not parsed, so their JSON Schema cannot be checked: say so.
      const unchecked = tally.check(`${id}:jsonSchema`, `${f.name} matches its jsonSchema (not checked)`, 'warning');
      tally.fail(unchecked, {
        type: 'unsupported-constraint',
        severity: 'warning',
        file: options.schemaFile,
        fieldName: f.name,
        fieldNumber: f.number,
        message: `field '${f.name}': constraint 'jsonSchema' is not checked (object and array values are not supported)`,
      });
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
  fields.forEach((f, i) => {
    const index = extras[i]?.unique;
    if (index) uniqueChecks.push({ index, check: tally.check(`unique:${f.name}`, `${f.name} values are unique`), field: f, fieldIndex: i, type: 'unique-error' });
  });
  const keys: KeyCheck[] = [];
  const primary = primaryKeyOf(schema);
  if (primary.length > 0) {
    const key: KeyCheck = {
      fields: primary.map(indexOf),
      index: newIndex('primary-key'),
      primary: true,
      check: tally.check('primary-key', `Primary key (${primary.join(', ')}) is unique and never missing`),
    };
    keys.push(key);
    uniqueChecks.push({ index: key.index, check: key.check, fieldIndex: -1, type: 'primary-key' });
  }
  (schema.uniqueKeys ?? []).forEach((names, k) => {
    const key: KeyCheck = {
      fields: names.map(indexOf),
      index: newIndex(`unique-key-${k}`),
      primary: false,
      check: tally.check(`unique-keys:${names.join('+')}`, `(${names.join(', ')}) is unique`),
    };
    keys.push(key);
    uniqueChecks.push({ index: key.index, check: key.check, fieldIndex: -1, type: 'unique-error' });
  });
  const duplicates = checks.duplicateRows ?? 'ignore';
  if (duplicates !== 'ignore') {
    const key: KeyCheck = {
      fields: [],
      index: newIndex('rows'),
      primary: false,
      check: tally.check('duplicate-rows', 'No row repeats an earlier one', duplicates === 'fail' ? 'error' : 'warning'),
    };
    keys.push(key);
    uniqueChecks.push({ index: key.index, check: key.check, fieldIndex: -1, type: 'duplicate-row' });
  }
  const ownedMask = Uint8Array.from(fields, (_, i) => (owned === undefined || owned[i] ? 1 : 0));
  const validator = new ColumnValidator(fields, fieldChecks, extras, rowLevel ? keys : [], tally, shape, encoding, profile, ownedMask, rowLevel);
  return { fields, tally, header, encoding, extras, fieldChecks, validator, profile, uniqueChecks, spillDir };
}

/**
 * Streams every source through the engine's validator. A `helper` (a worker beside the main thread)
 * neither reports header problems nor hashes the files. Returns the dataset fingerprint.
 */
export async function readSources(engine: Engine, options: EngineOptions, onBytes: (count: number) => void, helper = false): Promise<string> {
  const reportHeader = !helper;
  const { fields, tally, header, validator } = engine;
  const names = fields.map((f) => f.name);
  const fingerprint = createHash('sha256');
  for (const [source, file] of options.sources.entries()) {
    const format = formatOf(file);
    // What the file is read with, so a header that only splits on another character gets that hint.
    const delimiter = options.delimiter ?? (/\.tsv(\.gz)?$/i.test(file.path) ? '\t' : ',');
    const handlers: SourceHandlers = {
      onHeader: (labels) => {
        const match = matchHeader(labels, names, options.schema.fieldsMatch, { format, delimiter });
        if (reportHeader) for (const p of match.problems) tally.fail(header, { ...p, severity: 'error', file: file.display, rowNumber: 1, line: 1 });
        validator.startSource(source, file.display, match.columnOfField, labels.length);
      },
      onRecord: (record) => validator.row(record),
      onBytes,
    };
    const typeOf = (label: string) => fields.find((f) => f.name === label)?.type;
    const readerOptions = { delimiter: options.delimiter, maxRecordBytes: options.maxRecordBytes, typeOf, skipHash: helper };
    let sha: string;
    if (format === 'parquet') {
      // Parquet's libraries cost ~15 MiB of memory per thread: loaded only for Parquet files.
      const { readParquet } = await import('./parquet-source.js');
      sha = await readParquet(file, handlers, readerOptions, { validator, fields });
    } else sha = await (format === 'csv' ? readCsv : readJsonl)(file, handlers, readerOptions);
    fingerprint.update(`${sha}\n`);
  }
  return fingerprint.digest('hex');
}

/** The repeats one uniqueness check found. */
export interface UniqueFound {
  count: number;
  examples: Duplicate[];
}

/** Finishes the uniqueness checks `which` selects (all by default), in registration order. */
export function finishUnique(engine: Engine, maxExamples: number, which: (u: UniqueCheck) => boolean = () => true): Map<UniqueCheck, UniqueFound> {
  const out = new Map<UniqueCheck, UniqueFound>();
  for (const u of engine.uniqueChecks) if (which(u)) out.set(u, u.index.finish(maxExamples));
  return out;
}
