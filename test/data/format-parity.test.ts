import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetMetadata } from 'hyparquet';
import { parquetWriteBuffer, type SchemaElement } from 'hyparquet-writer';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../../src/data/profile.js';
import { validateData, type DataReport, type ValidateOptions } from '../../src/data/validate.js';
import { compileDataEngine, type CompiledData } from '../helpers/compiled-data.js';
import { mulberry32 } from '../helpers/random.js';
import { comparable, comparableError } from '../helpers/report-parity.js';

/**
 * A differential test of the readers: one dataset with planted defects, written once as CSV and once
 * as Parquet (one row group and several), validated in one thread and in two, must give the same
 * report in every variant, less what only says where the bytes came from (see {@link comparable}).
 */

const dir = mkdtempSync(join(tmpdir(), 'mg-parity-'));

// threads: 2 needs the worker as compiled JavaScript (from the TypeScript sources validateData stays in
// one thread): the two-thread variants run the engine compiled, as parallel.test.ts does.
let compiledValidate: CompiledData['validateData'];
let planSplit: CompiledData['planSplit'];
let compileField: CompiledData['compileField'];

beforeAll(async () => {
  ({ validateData: compiledValidate, planSplit, compileField } = await compileDataEngine());
}, 60_000);

const ROWS = 6000;
const COLORS = ['red', 'green', 'blue', 'black', 'white'];
const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2000, 0, 1) / DAY;
// Names that need quoting in CSV (comma, quote, spaces, a line break) or are not ASCII: both formats must
// agree on them. The line break also puts the CSV's line numbers off its row numbers.
const SPECIAL_NAMES = ['O"Brien, Jr.', 'Zoë', 'Ørsted', '  padded  ', '李明', 'a,b', 'x"y', 'two\nlines'];

interface Row {
  /** INT64 in Parquet. */
  id: bigint | null;
  age: number | null;
  score: number | null;
  amount: number | null;
  color: string | null;
  city: string | null;
  /** ISO 8601 day. */
  joined: string | null;
  visits: number | null;
  name: string | null;
  flag: boolean | null;
  /** An integer in the schema, text in the file (Parquet STRING): its type errors are the same text in both. */
  code: string | null;
}

const COLUMNS: (keyof Row)[] = ['id', 'age', 'score', 'amount', 'color', 'city', 'joined', 'visits', 'name', 'flag', 'code'];

const schema: ValidateOptions['schema'] = {
  fields: [
    { name: 'id', type: 'integer', constraints: { required: true, unique: true, minimum: 1 } },
    { name: 'age', type: 'integer', constraints: { minimum: 0, maximum: 120 } },
    { name: 'score', type: 'number', constraints: { minimum: 0, maximum: 100 } },
    { name: 'amount', type: 'number', constraints: { minimum: 0 } },
    { name: 'color', type: 'string', constraints: { enum: COLORS } },
    { name: 'city', type: 'string', constraints: { pattern: 'city_[0-9]+' } },
    { name: 'joined', type: 'date', constraints: { minimum: '2000-01-01' } },
    { name: 'visits', type: 'integer' },
    { name: 'name', type: 'string', constraints: { maxLength: 20 } },
    { name: 'flag', type: 'boolean' },
    { name: 'code', type: 'integer', constraints: { unique: true } },
  ],
  primaryKey: ['id'],
};

/** 0-based data row index → rowNumber in reports (the header is row 1). */
const rowNumber = (k: number) => k + 2;
/** The CSV line data row `k` starts on: its row number plus the line breaks inside earlier cells. */
const lineOf = (k: number) => rowNumber(k) + rows.slice(0, k).reduce((n, r) => n + COLUMNS.reduce((m, c) => m + (String(r[c]).match(/\n/g)?.length ?? 0), 0), 0);

/** The planted defects, by 0-based row index; the group boundaries of the Parquet variants are 999/1000 and 2499/2500 etc. */
const AGE_HIGH = [0, ROWS - 1];
const AGE_LOW = [1000];
const SCORE_HIGH = [0, 2501];
const SCORE_LOW = [2501];
const NEGATIVE_AMOUNT = 999;
const BAD_COLOR = 1;
const BAD_CITY = 999;
const EARLY_DATES = [2500, 2700]; // the day before the minimum, and a day before 1970 (negative in Parquet)
const LONG_NAMES = [1000, 3000];
const NULL_ID = 3500;
const NULL_AGE = 3501;
const DUPLICATE_ID = 4000; // id 17, which row 16 has
const HUGE_NEGATIVE_ID = 5500; // -(2^53 + 1): its text must survive INT64, not be rounded to a double's
const DUPLICATE_ROW = 4500; // a copy of row 100
const BAD_CODES = [5000, 5001, 5003];
const CODE_REPEAT = 5002; // '+100005' is the integer of row 5's '100005'
const NULL_CODE = 5004;

function makeRows(): Row[] {
  const random = mulberry32(20240601);
  const rows: Row[] = [];
  for (let k = 0; k < ROWS; k++) {
    rows.push({
      id: BigInt(k + 1),
      age: Math.floor(random() * 100),
      // Half rounded to cents, half full 17-digit doubles: both must come back as the same double.
      score: k % 2 === 0 ? Math.round(random() * 10000) / 100 : random() * 100,
      amount: random() * 1000,
      color: COLORS[Math.floor(random() * COLORS.length)] as string,
      city: `city_${Math.floor(random() * 50)}`,
      joined: new Date((FIRST_DAY + Math.floor(random() * 9000)) * DAY).toISOString().slice(0, 10),
      visits: Math.floor(random() * 2000) - 1000,
      name: k % 97 === 5 ? (SPECIAL_NAMES[Math.floor(random() * SPECIAL_NAMES.length)] as string) : `n${Math.floor(random() * 1e6)}`,
      flag: random() < 0.5,
      code: String(100000 + k),
    });
  }
  const at = (k: number) => rows[k] as Row;
  // Valid values at the edges of the number formats.
  Object.assign(at(10), { amount: 0 });
  Object.assign(at(11), { amount: 1e21 });
  Object.assign(at(12), { amount: 5e-324 });
  Object.assign(at(13), { amount: 123456789012.34567 });
  Object.assign(at(14), { amount: 0.1 + 0.2, score: 100, age: 120 });
  Object.assign(at(15), { visits: 2147483647, score: 0, age: 0 });
  Object.assign(at(16), { visits: -2147483648, joined: '2000-01-01' });
  Object.assign(at(17), { joined: '2099-12-31', name: 'x'.repeat(20) });
  // -0 (written '-0' in the CSV, a DOUBLE -0 in Parquet) and an infinite amount, both valid.
  Object.assign(at(4), { amount: -0, score: -0 });
  Object.assign(at(19), { amount: Infinity });
  // The defects.
  for (const k of AGE_HIGH) at(k).age = k === 0 ? 121 : 200;
  for (const k of AGE_LOW) at(k).age = -1;
  for (const k of SCORE_HIGH) at(k).score = k === 0 ? 100.5 : Number.NaN;
  at(NEGATIVE_AMOUNT).amount = -12.5;
  at(BAD_COLOR).color = 'purple';
  at(BAD_CITY).city = 'town_5';
  at(EARLY_DATES[0] as number).joined = '1999-12-31';
  at(EARLY_DATES[1] as number).joined = '1969-07-20';
  at(LONG_NAMES[0] as number).name = 'é'.repeat(21);
  at(LONG_NAMES[1] as number).name = 'a name that is far too long';
  at(NULL_ID).id = null;
  at(NULL_AGE).age = null;
  at(DUPLICATE_ID).id = 17n;
  at(HUGE_NEGATIVE_ID).id = -9007199254740993n;
  rows[DUPLICATE_ROW] = { ...at(100) };
  ['abc', '1.5', ' 12'].forEach((code, i) => (at(BAD_CODES[i] as number).code = code));
  at(CODE_REPEAT).code = '+100005';
  at(NULL_CODE).code = null;
  // Optional fields missing in the last row.
  Object.assign(at(ROWS - 1), { visits: null, name: null, flag: null, city: null });
  return rows;
}

/** A number as CSV text that parses back to the same double (the spellings validate-data reads). */
function numberText(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'INF';
  if (n === -Infinity) return '-INF';
  // String(-0) is '0', which reads back as +0.
  return Object.is(n, -0) ? '-0' : String(n);
}

function csvCell(value: Row[keyof Row]): string {
  if (value === null) return '';
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function writeCsv(path: string, rows: Row[]): void {
  const lines = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => csvCell(r[c])).join(','))];
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** Typed Parquet columns: INT64 and INT32 integers, DOUBLE, BOOLEAN, DATE (INT32 days), UTF8 strings; null for missing. */
function writeParquet(path: string, rows: Row[], rowGroupSize: number | number[], pageSize?: number): void {
  const optional = (name: string, type: SchemaElement['type'], extra: Partial<SchemaElement> = {}): SchemaElement => ({ name, type, repetition_type: 'OPTIONAL', ...extra });
  const parquetSchema: SchemaElement[] = [
    { name: 'root', num_children: COLUMNS.length },
    optional('id', 'INT64'),
    optional('age', 'INT32'),
    optional('score', 'DOUBLE'),
    optional('amount', 'DOUBLE'),
    optional('color', 'BYTE_ARRAY', { converted_type: 'UTF8' }),
    optional('city', 'BYTE_ARRAY', { converted_type: 'UTF8' }),
    optional('joined', 'INT32', { converted_type: 'DATE', logical_type: { type: 'DATE' } }),
    optional('visits', 'INT32'),
    optional('name', 'BYTE_ARRAY', { converted_type: 'UTF8' }),
    optional('flag', 'BOOLEAN'),
    optional('code', 'BYTE_ARRAY', { converted_type: 'UTF8' }),
  ];
  const column = <T>(f: (r: Row) => T) => rows.map(f);
  const buffer = parquetWriteBuffer({
    schema: parquetSchema,
    columnData: [
      { name: 'id', data: column((r) => r.id) },
      { name: 'age', data: column((r) => r.age) },
      { name: 'score', data: column((r) => r.score) },
      { name: 'amount', data: column((r) => r.amount) },
      { name: 'color', data: column((r) => r.color) },
      { name: 'city', data: column((r) => r.city) },
      { name: 'joined', data: column((r) => (r.joined === null ? null : new Date(`${r.joined}T00:00:00Z`))) },
      { name: 'visits', data: column((r) => r.visits) },
      { name: 'name', data: column((r) => r.name) },
      { name: 'flag', data: column((r) => r.flag) },
      { name: 'code', data: column((r) => r.code) },
    ],
    rowGroupSize,
    ...(pageSize ? { pageSize } : {}),
  });
  writeFileSync(path, Buffer.from(buffer));
}

const rows = makeRows();
const files = {
  csv: join(dir, 'data.csv'),
  // Groups of 1000: defects in the first row, the last row of a group, the first of the next, the last row.
  parquetGroups: join(dir, 'groups.parquet'),
  // Uneven groups, the first of one row, and small pages: boundaries at 1, 3, 1000, 2500, 4000, 5500.
  parquetUneven: join(dir, 'uneven.parquet'),
  parquetOneGroup: join(dir, 'one-group.parquet'),
};
writeCsv(files.csv, rows);
writeParquet(files.parquetGroups, rows, 1000);
writeParquet(files.parquetUneven, rows, [1, 2, 997, 1500], 4096);
writeParquet(files.parquetOneGroup, rows, ROWS);

const reference: Profile = {
  format: 'modelgate-profile',
  version: 1,
  rows: 1,
  columns: [
    { name: 'color', kind: 'categorical', count: 4, nulls: 0, categories: ['red', 'green', 'blue', 'black'].map((c) => [c, 1] as [string, number]), otherCount: 0 },
    { name: 'city', kind: 'categorical', count: 40, nulls: 0, categories: Array.from({ length: 40 }, (_, i) => [`city_${i}`, 1] as [string, number]), otherCount: 0 },
    { name: 'flag', kind: 'categorical', count: 1, nulls: 0, categories: [['true', 1]], otherCount: 0 },
  ],
};

/** Two configurations: the schema alone, and every dataset check with a profile. */
const configs: Record<string, Partial<ValidateOptions>> = {
  schema: {},
  everything: {
    collectProfile: true,
    maxExamples: 25,
    referenceProfile: reference,
    checks: {
      rows: { min: 1, max: 5000 },
      duplicateRows: 'fail',
      nullFraction: { age: 0, visits: 0.5, code: 0, id: 0.01 },
      stats: { score: { mean: { max: 10 }, median: { min: 0, max: 100 }, stdev: { max: 1 } }, age: { mean: { min: 0, max: 200 } }, amount: { stdev: { max: 1 } } },
      newCategories: { color: 'fail', city: 'warn', flag: 'warn' },
    },
  },
};

interface Variant {
  name: string;
  path: string;
  threads: number;
}

const variants: Variant[] = [
  { name: 'CSV, 1 thread', path: files.csv, threads: 1 },
  { name: 'CSV, 2 threads', path: files.csv, threads: 2 },
  { name: 'Parquet in groups of 1000, 1 thread', path: files.parquetGroups, threads: 1 },
  { name: 'Parquet in groups of 1000, 2 threads', path: files.parquetGroups, threads: 2 },
  { name: 'Parquet in uneven groups and small pages, 1 thread', path: files.parquetUneven, threads: 1 },
  { name: 'Parquet in uneven groups and small pages, 2 threads', path: files.parquetUneven, threads: 2 },
  { name: 'Parquet in one group, 1 thread', path: files.parquetOneGroup, threads: 1 },
  { name: 'Parquet in one group, 2 threads', path: files.parquetOneGroup, threads: 2 },
];

function options(variant: Variant, config: Partial<ValidateOptions>): ValidateOptions {
  return {
    sources: [{ path: variant.path, display: variant.path.split('/').pop() as string }],
    schema,
    schemaFile: 'schema.yaml',
    tempDir: mkdtempSync(join(dir, 't')),
    threads: variant.threads,
    ...config,
  };
}

/** Validates with the TypeScript sources in one thread, with the compiled copy (and its worker) in two. */
async function run(variant: Variant, config: Partial<ValidateOptions>): Promise<DataReport> {
  return (variant.threads === 1 ? validateData : compiledValidate)(options(variant, config));
}

const failed = (report: DataReport) => Object.fromEntries(report.checks.filter((c) => !c.passed).map((c) => [c.id, c.count]));
const examplesOf = (report: DataReport, id: string) => report.checks.find((c) => c.id === id)?.examples ?? [];

/** What the schema alone must find: one entry per planted defect. */
const SCHEMA_FAILURES: Record<string, number> = {
  'field:id:required': 1,
  'field:id:minimum': 1,
  'field:age:minimum': AGE_LOW.length,
  'field:age:maximum': AGE_HIGH.length,
  'field:score:minimum': SCORE_LOW.length,
  'field:score:maximum': SCORE_HIGH.length,
  'field:amount:minimum': 1,
  'field:color:enum': 1,
  'field:city:pattern': 1,
  'field:joined:minimum': EARLY_DATES.length,
  'field:name:maxLength': LONG_NAMES.length,
  'field:code:type': BAD_CODES.length,
  // The repeated id and the repeated row.
  'unique:id': 2,
  // The repeated row and '+100005'.
  'unique:code': 2,
  // The missing id and the two repeats.
  'primary-key': 3,
};

describe('CSV and Parquet give the same validate-data report', () => {
  it('the Parquet files have typed columns and the row groups they claim', () => {
    const metadata = (path: string) => {
      const bytes = readFileSync(path);
      return parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    };
    const groups = (path: string) => metadata(path).row_groups.map((g) => Number(g.num_rows));
    expect(groups(files.parquetGroups)).toEqual([1000, 1000, 1000, 1000, 1000, 1000]);
    expect(groups(files.parquetUneven)).toEqual([1, 2, 997, 1500, 1500, 1500, 500]);
    expect(groups(files.parquetOneGroup)).toEqual([ROWS]);
    expect(
      metadata(files.parquetGroups)
        .schema.slice(1)
        .map((e) => [e.name, e.type, e.converted_type]),
    ).toEqual([
      ['id', 'INT64', undefined],
      ['age', 'INT32', undefined],
      ['score', 'DOUBLE', undefined],
      ['amount', 'DOUBLE', undefined],
      ['color', 'BYTE_ARRAY', 'UTF8'],
      ['city', 'BYTE_ARRAY', 'UTF8'],
      ['joined', 'INT32', 'DATE'],
      ['visits', 'INT32', undefined],
      ['name', 'BYTE_ARRAY', 'UTF8'],
      ['flag', 'BOOLEAN', undefined],
      ['code', 'BYTE_ARRAY', 'UTF8'],
    ]);
  });

  it('the CSV and the Parquet files are split between two threads, so the two-thread variants run the worker', async () => {
    const fields = schema.fields.map((_, i) => compileField(schema, i, 'schema.yaml'));
    for (const variant of variants.filter((v) => v.threads === 2)) {
      expect(await planSplit(options(variant, configs.everything as Partial<ValidateOptions>), fields, 1, 2), variant.name).toBeDefined();
    }
  });

  for (const [configName, config] of Object.entries(configs)) {
    describe(`checks: ${configName}`, () => {
      const reports = new Map<string, DataReport>();
      beforeAll(async () => {
        for (const variant of variants) reports.set(variant.name, await run(variant, config));
      }, 120_000);
      const csv = () => reports.get((variants[0] as Variant).name) as DataReport;

      it('the CSV report finds every planted defect, at the planted rows', () => {
        const report = csv();
        expect(report.stats.rows).toBe(ROWS);
        const expected: Record<string, number> = { ...SCHEMA_FAILURES };
        if (configName === 'everything') {
          const newColors = rows.filter((r) => r.color !== null && !['red', 'green', 'blue', 'black'].includes(r.color)).length;
          const newCities = rows.filter((r) => r.city !== null && !/^city_([0-9]|[1-3][0-9])$/.test(r.city)).length;
          Object.assign(expected, {
            rows: 1,
            'duplicate-rows': 1,
            'null-fraction:age': 1,
            'null-fraction:code': 1,
            'stats:score:mean': 1,
            'stats:score:stdev': 1,
            'stats:amount:stdev': 1,
            'new-categories:color': newColors,
            'new-categories:city': newCities,
            'new-categories:flag': rows.filter((r) => r.flag === false).length,
          });
          expect(newColors).toBeGreaterThan(1000);
          expect(examplesOf(report, 'duplicate-rows').map(comparableError)).toEqual([
            { type: 'duplicate-row', severity: 'error', rowNumber: rowNumber(DUPLICATE_ROW), message: 'the row repeats row 102' },
          ]);
          expect(examplesOf(report, 'duplicate-rows')[0]?.message).toBe(`the row repeats row 102 (line ${lineOf(100)})`);
          expect(examplesOf(report, 'new-categories:color').map((e) => [e.cell, e.rowNumber])).toEqual([
            ['purple', rowNumber(BAD_COLOR)],
            ['white', rowNumber(rows.findIndex((r) => r.color === 'white'))],
          ]);
          expect(report.profile?.rows).toBe(ROWS);
          expect(report.profile?.columns.find((c) => c.name === 'score')).toMatchObject({ kind: 'numeric', count: ROWS - 1, invalid: 1, nulls: 0, max: 100.5, min: 0 });
        }
        expect(failed(report)).toEqual(expected);
        expect(report.valid).toBe(false);
        const at = (id: string) => examplesOf(report, id).map((e) => [e.rowNumber, e.cell]);
        expect(at('field:age:maximum')).toEqual([
          [rowNumber(0), '121'],
          [rowNumber(ROWS - 1), '200'],
        ]);
        expect(at('field:age:minimum')).toEqual([[rowNumber(1000), '-1']]);
        expect(at('field:score:maximum')).toEqual([
          [rowNumber(0), '100.5'],
          [rowNumber(2501), 'NaN'],
        ]);
        expect(at('field:amount:minimum')).toEqual([[rowNumber(NEGATIVE_AMOUNT), '-12.5']]);
        expect(at('field:city:pattern')).toEqual([[rowNumber(BAD_CITY), 'town_5']]);
        expect(at('field:joined:minimum')).toEqual([
          [rowNumber(2500), '1999-12-31'],
          [rowNumber(2700), '1969-07-20'],
        ]);
        expect(at('field:id:minimum')).toEqual([[rowNumber(HUGE_NEGATIVE_ID), '-9007199254740993']]);
        expect(at('field:name:maxLength')).toEqual([
          [rowNumber(1000), 'é'.repeat(21)],
          [rowNumber(3000), 'a name that is far too long'],
        ]);
        expect(at('field:code:type')).toEqual(BAD_CODES.map((k, i) => [rowNumber(k), ['abc', '1.5', ' 12'][i]]));
        expect(at('field:id:required')).toEqual([[rowNumber(NULL_ID), '']]);
        expect(examplesOf(report, 'unique:id').map((e) => e.rowNumber)).toEqual([rowNumber(DUPLICATE_ID), rowNumber(DUPLICATE_ROW)]);
        expect(examplesOf(report, 'unique:code').map((e) => [e.rowNumber, e.message])).toEqual([
          [rowNumber(DUPLICATE_ROW), `'code' value repeats row 102 (line ${lineOf(100)})`],
          [rowNumber(CODE_REPEAT), `'code' value repeats row 7 (line ${lineOf(5)})`],
        ]);
        // The line breaks inside names put lines and row numbers apart: what the normaliser drops is real.
        expect(lineOf(NULL_ID)).toBeGreaterThan(rowNumber(NULL_ID));
        expect(report.errors[0]).toMatchObject({ type: 'constraint-error', fieldName: 'id', fieldNumber: 1, rowNumber: rowNumber(NULL_ID), line: lineOf(NULL_ID) });
      });

      for (const variant of variants.slice(1)) {
        it(`${variant.name}: the same report as CSV in one thread`, () => {
          const report = reports.get(variant.name) as DataReport;
          if (variant.path !== files.csv) {
            // Parquet has no lines: the normaliser must not be hiding anything else.
            expect(report.errors.filter((e) => e.line !== undefined && e.type !== 'incorrect-label')).toEqual([]);
          }
          expect(comparable(report)).toEqual(comparable(csv()));
        });
      }
    });
  }
});

describe('a unique number column holding -0 and 0', () => {
  // -0 and 0 are the same number (frictionless-py and pandas count them as a repeat). The CSV spells the
  // double as written ('-0'); the Parquet DOUBLE holds the same double.
  it('is a repeat in both formats, reported alike', async () => {
    const values = [1.5, -0, 2.5, 0];
    const csvPath = join(dir, 'zero.csv');
    const parquetPath = join(dir, 'zero.parquet');
    writeFileSync(csvPath, `x\n${values.map(numberText).join('\n')}\n`);
    writeFileSync(parquetPath, Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'x', data: values, type: 'DOUBLE' }] })));
    const check = (path: string) =>
      validateData({
        sources: [{ path, display: path.split('/').pop() as string }],
        schema: { fields: [{ name: 'x', type: 'number', constraints: { unique: true } }] },
        schemaFile: 'schema.yaml',
        tempDir: mkdtempSync(join(dir, 't')),
      });
    const [csv, parquet] = [await check(csvPath), await check(parquetPath)];
    expect(comparable(parquet)).toEqual(comparable(csv));
    expect(failed(csv)).toEqual({ 'unique:x': 1 });
    expect(csv.errors.map(comparableError)).toEqual([
      { type: 'unique-error', severity: 'error', rowNumber: 5, fieldName: 'x', fieldNumber: 1, message: "'x' value repeats row 3" },
    ]);
  });
});
