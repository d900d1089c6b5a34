/**
 * validate-data's Parquet reader under fuzz. A random typed table (INT32, INT64 past 2^53, DOUBLE and
 * FLOAT edge values, BOOLEAN, INT32 DATE far outside 0000..9999, UTF8 texts that need quoting), in a
 * random layout (row groups, pages, dictionaries on and off, codecs, encodings the column decoder
 * leaves to hyparquet), must get the report its CSV twin gets, less what only says where the bytes
 * came from. The same files broken (truncated, bytes flipped in page headers, data and footer, the
 * footer length overwritten, runs zeroed) must be read or refused with a UserError naming the file,
 * in a thread of their own that is stopped when a case hangs (a loop that never yields would stall
 * the whole suite in this one).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { parquetMetadata } from 'hyparquet';
import { parquetWriteBuffer, type SchemaElement } from 'hyparquet-writer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import type { TableSchema, TableSchemaField } from '../../src/data/table-schema.js';
import { validateData, type DataReport, type DatasetChecks, type ValidateOptions } from '../../src/data/validate.js';
import { compileDataEngine } from '../helpers/compiled-data.js';
import { comparable } from '../helpers/report-parity.js';
import { csvCell, HOSTILE } from './generators.js';
import { bytesOf, Family, HANG_MS, InternalError, runs, TIMEOUT, userErrorOrValue } from './harness.js';

const family = new Family('parquet');
const dir = mkdtempSync(join(tmpdir(), 'mg-fuzz-parquet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** The Parquet physical (and logical) type of a column. */
type PType = 'int32' | 'int64' | 'double' | 'float' | 'boolean' | 'date' | 'string';
type Value = number | bigint | boolean | string;
/** A Table Schema type; undefined: no type (a string field). */
type SType = 'integer' | 'number' | 'boolean' | 'date' | 'string' | undefined;

const DAY = 86_400_000;
// 0000-01-01 and 9999-12-31 as days since 1970, and the last days a JavaScript Date holds (±8.64e15 ms).
const FIRST_ISO_DAY = -719528;
const LAST_ISO_DAY = 2932896;
const DATE_LIMIT = 100_000_000;

const INT32 = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -20, max: 120 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, -1, 2147483647, -2147483648, 2147483646) },
  { weight: 2, arbitrary: fc.integer() },
);
const INT64 = fc.oneof(
  { weight: 3, arbitrary: fc.bigInt({ min: -20n, max: 120n }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      2n ** 53n - 1n,
      2n ** 53n,
      2n ** 53n + 1n,
      -(2n ** 53n) + 1n,
      -(2n ** 53n),
      -(2n ** 53n) - 1n,
      2n ** 63n - 1n,
      -(2n ** 63n),
      2n ** 32n,
      -(2n ** 32n),
    ),
  },
  // Around ±2^53, where a double stops holding every integer: the decoder must hand these to hyparquet.
  { weight: 2, arbitrary: fc.bigInt({ min: 2n ** 53n - 3n, max: 2n ** 53n + 3n }).chain((v) => fc.constantFrom(v, -v)) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }) },
);
const DOUBLE_SPECIALS = [
  -0,
  0,
  Number.NaN,
  Infinity,
  -Infinity,
  5e-324,
  -5e-324,
  2.2250738585072014e-308 / 3,
  1e21,
  -1e21,
  0.1 + 0.2,
  1.5,
  100,
  -12.5,
  1e-7,
  123456789012.34567,
  Number.MAX_VALUE,
  2 ** 53 + 2,
];
const DOUBLE = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...DOUBLE_SPECIALS) },
  { weight: 2, arbitrary: fc.integer({ min: -20, max: 120 }) },
  { weight: 2, arbitrary: fc.double() },
);
const FLOAT = DOUBLE.map((v) => Math.fround(v));
const DATE = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 20000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1, 10957, FIRST_ISO_DAY, FIRST_ISO_DAY - 1, LAST_ISO_DAY, LAST_ISO_DAY + 1, -DATE_LIMIT, DATE_LIMIT) },
  { weight: 2, arbitrary: fc.integer({ min: FIRST_ISO_DAY, max: LAST_ISO_DAY }) },
  // Years before 0000 and after 9999: their ISO form is not YYYY-MM-DD.
  { weight: 1, arbitrary: fc.integer({ min: -DATE_LIMIT, max: DATE_LIMIT }) },
  // Days a JavaScript Date cannot hold (INT32 goes to ±2^31): hyparquet's Invalid Date, 'Invalid Date' in the CSV twin.
  { weight: 1, arbitrary: fc.oneof(fc.integer({ min: DATE_LIMIT + 1, max: 2147483647 }), fc.integer({ min: -2147483648, max: -DATE_LIMIT - 1 })) },
);
const STRING_POOL = ['', 'a', 'red', 'x"y', 'a,b', 'two\nlines', 'Zoë', '李明', ' padded ', '12', '-3', '+7', '1.5', '1e3', 'true', 'false', '2024-01-01', 'NaN', 'INF'];
const STRING = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...STRING_POOL) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const VALUES: Record<PType, fc.Arbitrary<Value>> = { int32: INT32, int64: INT64, double: DOUBLE, float: FLOAT, boolean: fc.boolean(), date: DATE, string: STRING };

/** The encodings hyparquet-writer can be asked for, per type: some the column decoder reads, some it leaves to hyparquet. */
const ENCODINGS: Record<PType, (string | undefined)[]> = {
  int32: [undefined, 'PLAIN', 'RLE_DICTIONARY', 'DELTA_BINARY_PACKED'],
  int64: [undefined, 'PLAIN', 'RLE_DICTIONARY', 'DELTA_BINARY_PACKED'],
  date: [undefined, 'PLAIN', 'RLE_DICTIONARY', 'DELTA_BINARY_PACKED'],
  double: [undefined, 'PLAIN', 'BYTE_STREAM_SPLIT'],
  float: [undefined, 'PLAIN', 'BYTE_STREAM_SPLIT'],
  boolean: [undefined, 'PLAIN', 'RLE'],
  string: [undefined, 'PLAIN', 'RLE_DICTIONARY', 'DELTA_LENGTH_BYTE_ARRAY', 'DELTA_BYTE_ARRAY'],
};

/** The schema type that reads a Parquet type as it is meant. */
const NATURAL: Record<PType, SType> = { int32: 'integer', int64: 'integer', double: 'number', float: 'number', boolean: 'boolean', date: 'date', string: 'string' };

interface Column {
  name: string;
  ptype: PType;
  /** OPTIONAL (nulls allowed) or REQUIRED. */
  optional: boolean;
  encoding: string | undefined;
  values: (Value | null)[];
}

/** Column names: identifiers, and a few that need quoting in CSV or are not ASCII. */
const columnName = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/) },
  { weight: 1, arbitrary: fc.constantFrom('a,b', 'x"y', 'Zoë', '李明', 'two\nlines', 'a.b', ' sp ') },
);

const PTYPES: PType[] = ['int32', 'int64', 'double', 'float', 'boolean', 'date', 'string'];

const columns: fc.Arbitrary<Column[]> = fc
  .tuple(
    fc.uniqueArray(
      fc.record({
        name: columnName,
        ptype: fc.constantFrom(...PTYPES),
        optional: fc.boolean(),
        nullWeight: fc.constantFrom(0, 1, 3),
        encodingPick: fc.nat(),
        encodingOn: fc.boolean(),
      }),
      { minLength: 1, maxLength: 6, selector: (c) => c.name },
    ),
    fc.integer({ min: 0, max: 60 }),
  )
  .chain(([specs, rows]) =>
    fc.tuple(
      ...specs.map((s) => {
        const value =
          s.optional && s.nullWeight > 0 ? fc.oneof({ weight: 6, arbitrary: VALUES[s.ptype] }, { weight: s.nullWeight, arbitrary: fc.constant(null) }) : VALUES[s.ptype];
        // Repeats make dictionaries pay and give unique and duplicate-row checks something to find.
        return fc.array(value, { minLength: Math.min(rows, 4), maxLength: Math.min(rows, 4) }).chain((seeds) =>
          fc.array(seeds.length > 0 ? fc.oneof(value, fc.constantFrom(...seeds)) : value, { minLength: rows, maxLength: rows }).map((values): Column => {
            const options = ENCODINGS[s.ptype];
            return { name: s.name, ptype: s.ptype, optional: s.optional, encoding: s.encodingOn ? options[s.encodingPick % options.length] : undefined, values };
          }),
        );
      }),
    ),
  );

/** The text a CSV holds for a value, as the reader writes hyparquet's value of it (src/data/sources.ts, cellText). */
function cellText(column: Column, value: Value | null, type: SType | 'time'): string | null {
  if (value === null) return null;
  if (column.ptype === 'date') {
    // hyparquet's value is new Date(days * 86400000): past ±100,000,000 days an Invalid Date.
    const date = new Date((value as number) * DAY);
    if (Number.isNaN(date.getTime())) return 'Invalid Date';
    const iso = date.toISOString();
    return type === 'date' ? iso.slice(0, 10) : type === 'time' ? iso.slice(11) : iso;
  }
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : value === Infinity ? 'INF' : value === -Infinity ? '-INF' : String(value);
  return String(value);
}

/** A Table Schema for some of the columns: the natural type or another, and constraints drawn from the column's values. */
function schemaFor(cols: readonly Column[]): fc.Arbitrary<{ schema: TableSchema; types: Map<string, SType> }> {
  const field = (c: Column): fc.Arbitrary<TableSchemaField & { type?: SType }> => {
    const others: SType[] = ['integer', 'number', 'boolean', 'date', 'string', undefined];
    return fc.oneof({ weight: 4, arbitrary: fc.constant(NATURAL[c.ptype]) }, { weight: 1, arbitrary: fc.constantFrom(...others) }).chain((type) => {
      const texts = [...new Set(c.values.map((v) => cellText(c, v, type)).filter((t): t is string => t !== null && t !== ''))];
      const numbers = c.values.map((v) => (typeof v === 'bigint' ? Number(v) : v)).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
      const integers = [0, 1, -1, 100, ...(c.ptype === 'date' ? [] : numbers.filter((v) => Number.isSafeInteger(v)))];
      const days = [0, 10957, ...(c.ptype === 'date' ? numbers.filter((d) => d >= FIRST_ISO_DAY && d <= LAST_ISO_DAY) : [])].map((d) =>
        new Date(d * DAY).toISOString().slice(0, 10),
      );
      const bounds: fc.Arbitrary<unknown> | undefined =
        type === 'integer'
          ? fc.constantFrom(...integers)
          : type === 'number'
            ? fc.constantFrom(...integers, ...numbers, 0.5)
            : type === 'date'
              ? fc.constantFrom(...days)
              : undefined;
      const constraints: Record<string, fc.Arbitrary<unknown>> = { required: fc.boolean(), unique: fc.boolean() };
      if (bounds) Object.assign(constraints, { minimum: bounds, maximum: bounds });
      if (type === 'string' || type === undefined) {
        Object.assign(constraints, {
          enum: fc.subarray([...texts, 'zzz']).filter((e) => e.length > 0),
          pattern: fc.constantFrom('[a-z]+', '.*', '\\d+', '[^,]*', '.{0,3}', '\\p{L}+', '-?\\d+(\\.\\d+)?'),
          maxLength: fc.integer({ min: 0, max: 8 }),
          minLength: fc.integer({ min: 0, max: 3 }),
        });
      }
      if (type === 'integer') Object.assign(constraints, { enum: fc.subarray([...new Set(integers)]).filter((e) => e.length > 0) });
      if (type === 'boolean') Object.assign(constraints, { enum: fc.constantFrom([true], [false]) });
      return fc.record(constraints, { requiredKeys: [] }).map((picked) => ({
        name: c.name,
        ...(type === undefined ? {} : { type }),
        ...(Object.keys(picked).length > 0 ? { constraints: picked } : {}),
      }));
    });
  };
  return fc
    .record({
      // Every column in order, or some of them in any order (fieldsMatch: subset).
      subset: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.shuffledSubarray([...cols], { minLength: 1 }) }),
      fields: fc.tuple(...cols.map(field)),
      primaryKey: fc.option(fc.shuffledSubarray([...cols], { minLength: 1, maxLength: Math.min(2, cols.length) }), { freq: 4 }),
    })
    .map(({ subset, fields, primaryKey }) => {
      const chosen = subset ? subset.map((c) => fields[cols.indexOf(c)] as TableSchemaField) : fields;
      const names = new Set(chosen.map((f) => f.name));
      const key = primaryKey?.map((c) => c.name).filter((k) => names.has(k));
      const schema: TableSchema = {
        fields: chosen,
        ...(subset ? { fieldsMatch: 'subset' as const } : {}),
        ...(key && key.length > 0 ? { primaryKey: key } : {}),
      };
      return { schema, types: new Map(chosen.map((f) => [f.name, f.type as SType])) };
    });
}

/** How the Parquet file is laid out. */
interface Layout {
  rowGroupSize?: number | number[];
  pageSize?: number;
  dictionarySize?: number;
  codec: 'SNAPPY' | 'UNCOMPRESSED';
  statistics: boolean;
}

const layout: fc.Arbitrary<Layout> = fc.record(
  {
    rowGroupSize: fc.oneof(fc.integer({ min: 1, max: 64 }), fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 4 })),
    pageSize: fc.constantFrom(1, 16, 64, 256, 4096, 1 << 20),
    // 0 turns dictionaries off.
    dictionarySize: fc.constantFrom(0, 8, 64, 1 << 20),
    codec: fc.constantFrom('SNAPPY', 'UNCOMPRESSED'),
    statistics: fc.boolean(),
  },
  { requiredKeys: ['codec', 'statistics'] },
);

interface Case {
  cols: Column[];
  schema: TableSchema;
  types: Map<string, SType>;
  layout: Layout;
  checks?: DatasetChecks;
  collectProfile: boolean;
  maxExamples?: number;
  quoteAll: boolean;
}

const tableCase: fc.Arbitrary<Case> = columns.chain((cols) =>
  fc
    .record({
      s: schemaFor(cols),
      layout,
      checks: fc.option(fc.constant<DatasetChecks>({ duplicateRows: 'fail' }), { nil: undefined }),
      collectProfile: fc.boolean(),
      maxExamples: fc.option(fc.constantFrom(1, 3, 25), { nil: undefined }),
      quoteAll: fc.boolean(),
    })
    .map(({ s, ...rest }) => ({ cols, schema: s.schema, types: s.types, ...rest })),
);

function parquetOf(c: Case): Buffer {
  const element = (col: Column): SchemaElement => {
    const base: SchemaElement = { name: col.name, repetition_type: col.optional ? 'OPTIONAL' : 'REQUIRED' };
    if (col.ptype === 'int32') return { ...base, type: 'INT32' };
    if (col.ptype === 'int64') return { ...base, type: 'INT64' };
    if (col.ptype === 'double') return { ...base, type: 'DOUBLE' };
    if (col.ptype === 'float') return { ...base, type: 'FLOAT' };
    if (col.ptype === 'boolean') return { ...base, type: 'BOOLEAN' };
    if (col.ptype === 'date') return { ...base, type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' } };
    return { ...base, type: 'BYTE_ARRAY', converted_type: 'UTF8' };
  };
  const { layout: l } = c;
  const bytes = parquetWriteBuffer({
    schema: [{ name: 'root', num_children: c.cols.length }, ...c.cols.map(element)],
    columnData: c.cols.map((col) => ({ name: col.name, data: col.values, ...(col.encoding ? { encoding: col.encoding as 'PLAIN' } : {}) })),
    codec: l.codec,
    statistics: l.statistics,
    ...(l.rowGroupSize === undefined ? {} : { rowGroupSize: l.rowGroupSize }),
    ...(l.pageSize === undefined ? {} : { pageSize: l.pageSize }),
    ...(l.dictionarySize === undefined ? {} : { dictionarySize: l.dictionarySize }),
  });
  return Buffer.from(bytes);
}

/** The CSV twin: RFC 4180, each cell the text the reader gives the Parquet value (null and '' an empty cell). */
function csvOf(c: Case): string {
  const one = c.cols.length === 1;
  const cell = (text: string) => csvCell(text, c.quoteAll || (one && text === '') || /^\s|\s$/.test(text));
  const lines = [c.cols.map((col) => cell(col.name)).join(',')];
  const rows = c.cols[0]?.values.length ?? 0;
  for (let i = 0; i < rows; i++) lines.push(c.cols.map((col) => cell(cellText(col, col.values[i] ?? null, c.types.get(col.name)) ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}

/** Where two reports first differ, and what each holds there: a failure's message that fits the report. */
function difference(parquet: unknown, csv: unknown, path = ''): string {
  if (Object.is(parquet, csv)) return '';
  if (typeof parquet === 'object' && typeof csv === 'object' && parquet !== null && csv !== null) {
    const keys = [...new Set([...Object.keys(parquet), ...Object.keys(csv)])];
    for (const k of keys) {
      const d = difference((parquet as Record<string, unknown>)[k], (csv as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
    return '';
  }
  const show = (v: unknown) => (Object.is(v, -0) ? '-0' : (JSON.stringify(v) ?? String(v)).slice(0, 400));
  return `at ${path || '(top)'}: Parquet ${show(parquet)}, CSV ${show(csv)}`;
}

/** Fails a case whose validation never settles. A loop that never yields is not caught here: broken files, likelier to loop, run in a {@link Sandbox}. */
async function settled<T>(what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: did not settle in ${4 * HANG_MS} ms`)), 4 * HANG_MS);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}

function optionsOf(path: string, file: string, c: Case): ValidateOptions {
  return {
    sources: [{ path, display: file }],
    schema: c.schema,
    schemaFile: 'schema.yaml',
    tempDir: dir,
    threads: 1,
    collectProfile: c.collectProfile,
    ...(c.checks ? { checks: c.checks } : {}),
    ...(c.maxExamples === undefined ? {} : { maxExamples: c.maxExamples }),
  };
}

async function validate(file: string, data: string | Buffer, c: Case): Promise<{ value: DataReport } | { error: UserError }> {
  const path = join(dir, `${n++}-${file}`);
  writeFileSync(path, data);
  try {
    return await settled(
      file,
      userErrorOrValue(file, () => validateData(optionsOf(path, file, c))),
    );
  } finally {
    rmSync(path, { force: true });
  }
}

/** A fixed case: one or more columns, a schema, the writer's defaults. */
function example(cols: (Pick<Column, 'name' | 'ptype' | 'values'> & Partial<Pick<Column, 'encoding' | 'optional'>>)[], schema: TableSchema, extra: Partial<Case> = {}): Case {
  const full = cols.map((col): Column => ({ optional: false, encoding: undefined, ...col }));
  return {
    cols: full,
    schema,
    types: new Map(schema.fields.map((f) => [f.name, f.type as SType])),
    layout: { codec: 'SNAPPY', statistics: false },
    collectProfile: false,
    quoteAll: false,
    ...extra,
  };
}

/** Cases that once failed. */
const PARITY_EXAMPLES: Case[] = [
  // A day past ±100,000,000 (no JavaScript Date holds it): RangeError "Invalid time value" from toISOString.
  example([{ name: 'd', ptype: 'date', values: [100000001, 0] }], { fields: [{ name: 'd', type: 'date' }] }),
  // '' and null are both a missing cell: the CSV twin's rows are the same row.
  example([{ name: 's', ptype: 'string', optional: true, values: ['', null] }], { fields: [{ name: 's', type: 'string' }] }, { checks: { duplicateRows: 'fail' } }),
  // Two days of August 275760: the CSV twin holds '+275760-08' for both (the first 10 characters of their ISO form).
  example([{ name: 'd', ptype: 'date', values: [99999957, 99999958] }], { fields: [{ name: 'd', type: 'date' }], primaryKey: ['d'] }, { checks: { duplicateRows: 'fail' } }),
  // hyparquet's TextDecoder dropped a leading U+FEFF in delta-encoded texts ('\uFEFFbom' read as 'bom').
  example(
    [{ name: 's', ptype: 'string', encoding: 'DELTA_LENGTH_BYTE_ARRAY', values: ['\uFEFFbom', 'a'] }],
    { fields: [{ name: 's', type: 'string', constraints: { maxLength: 3 } }] },
    { collectProfile: true },
  ),
];

const describeCase = (c: Case) =>
  `${c.cols.length} columns (${c.cols.map((col) => `${col.ptype}${col.optional ? '?' : ''}${col.encoding ? ` ${col.encoding}` : ''}`).join(', ')}), ${c.cols[0]?.values.length ?? 0} rows`;

describe('Parquet against its CSV twin', () => {
  it(
    'a typed Parquet table in any layout gets the report its CSV twin gets',
    () =>
      family.check(
        'parquet parity',
        tableCase,
        async (c) => {
          const parquet = parquetOf(c);
          const got = await validate('data.parquet', parquet, c);
          const csv = csvOf(c);
          const want = await validate('data.csv', csv, c);
          if ('error' in want) {
            // Only the schema can be refused here (both formats compile it first): the same refusal.
            expect('error' in got && got.error.message).toBe(want.error.message);
          } else {
            expect('value' in got, 'error' in got ? got.error.message : '').toBe(true);
            if (!('value' in got)) return { bytes: parquet.length, label: describeCase(c) };
            // Parquet has no lines: the normaliser must not be hiding anything else.
            expect(got.value.errors.filter((e) => e.line !== undefined && e.type !== 'incorrect-label')).toEqual([]);
            const [a, b] = [comparable(got.value), comparable(want.value)];
            expect(a, difference(a, b)).toEqual(b);
          }
          return { bytes: parquet.length + bytesOf(csv), label: describeCase(c) };
        },
        { seed: 0x5a01, numRuns: runs(150), examples: PARITY_EXAMPLES },
      ),
    TIMEOUT,
  );
});

/** One way to break a Parquet file, applied to its bytes. */
type Breakage =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; where: 'anywhere' | 'page header' | 'footer'; at: number[]; xor: number[] }
  | { kind: 'footer length'; value: number }
  | { kind: 'zero'; at: number; length: number };

const breakage: fc.Arbitrary<Breakage> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }) }),
  fc.record({
    kind: fc.constant('flip' as const),
    where: fc.constantFrom('anywhere' as const, 'page header' as const, 'footer' as const),
    at: fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { minLength: 1, maxLength: 6 }),
    xor: fc.array(fc.integer({ min: 1, max: 255 }), { minLength: 6, maxLength: 6 }),
  }),
  fc.record({
    kind: fc.constant('footer length' as const),
    value: fc.oneof(fc.constantFrom(0, 0xffffffff, 0x7fffffff, 0x80000000, -1, 1, -8, 8), fc.nat(), fc.integer({ min: -64, max: 64 })),
  }),
  fc.record({ kind: fc.constant('zero' as const), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), length: fc.integer({ min: 1, max: 64 }) }),
);

/** Where the page headers of a clean file start: each chunk's first page, dictionary or data. */
function pageStarts(clean: Buffer): number[] {
  const metadata = parquetMetadata(clean.buffer.slice(clean.byteOffset, clean.byteOffset + clean.byteLength) as ArrayBuffer);
  const starts: number[] = [];
  for (const group of metadata.row_groups) {
    for (const chunk of group.columns) {
      const meta = chunk.meta_data;
      if (!meta) continue;
      starts.push(Number(meta.data_page_offset));
      if (meta.dictionary_page_offset !== undefined) starts.push(Number(meta.dictionary_page_offset));
    }
  }
  return starts;
}

function broken(clean: Buffer, b: Breakage): { bytes: Buffer; note: string } {
  const bytes = Buffer.from(clean);
  const footerLength = clean.readUInt32LE(clean.length - 8);
  if (b.kind === 'truncate') {
    const at = Math.floor(b.at * clean.length);
    return { bytes: bytes.subarray(0, at), note: `truncated to ${at} of ${clean.length} bytes` };
  }
  if (b.kind === 'footer length') {
    // 0 and values past 64 as they are; -64 to 64 that many bytes more or fewer than the footer has.
    const value = b.value === 0 || b.value > 64 ? b.value : footerLength + b.value;
    bytes.writeUInt32LE(value >>> 0, clean.length - 8);
    return { bytes, note: `footer length ${footerLength} written as ${value >>> 0}` };
  }
  if (b.kind === 'zero') {
    const at = Math.floor(b.at * clean.length);
    bytes.fill(0, at, Math.min(clean.length, at + b.length));
    return { bytes, note: `${b.length} bytes zeroed at ${at}` };
  }
  const starts = b.where === 'page header' ? pageStarts(clean) : [];
  const footerStart = clean.length - 8 - footerLength;
  const at = b.at.map((f, i) => {
    if (b.where === 'footer') return footerStart + Math.floor(f * (footerLength + 8));
    // Within the first 24 bytes of a page header: its type, sizes, value count and encoding.
    if (b.where === 'page header' && starts.length > 0)
      return Math.min(clean.length - 1, (starts[Math.floor(f * starts.length)] as number) + ((i * 7 + Math.floor(f * 1000)) % 24));
    return Math.floor(f * clean.length);
  });
  at.forEach((p, i) => (bytes[p] = (bytes[p] as number) ^ (b.xor[i] as number)));
  return { bytes, note: `bytes flipped (${b.where}) at ${at.join(', ')}` };
}

/**
 * validateData in a thread of its own, from the compiled copy of src/data and src/core
 * (test/helpers/compiled-data.ts): a case that does not finish in time has the thread stopped, and
 * fails as a hang instead of stalling the suite; one that runs the thread out of memory fails too.
 */
class Sandbox {
  private out = '';
  private worker: Worker | undefined;
  private next = 0;

  async build(): Promise<void> {
    this.out = (await compileDataEngine()).dir;
    writeFileSync(
      join(this.out, 'validate-case.js'),
      [
        "import { parentPort } from 'node:worker_threads';",
        "import { UserError } from './core/errors.js';",
        "import { validateData } from './data/validate.js';",
        "parentPort.on('message', async ({ id, options }) => {",
        '  try {',
        '    const report = await validateData(options);',
        '    parentPort.postMessage({ id, value: { valid: report.valid, rows: report.stats.rows } });',
        '  } catch (e) {',
        '    const error = e instanceof Error ? e : new Error(String(e));',
        '    parentPort.postMessage({ id, thrown: { user: e instanceof UserError, name: error.name, message: error.message, stack: error.stack } });',
        '  }',
        '});',
      ].join('\n'),
    );
  }

  /** Validates in the thread: the outcome as userErrorOrValue gives it, or a thrown InternalError or hang. */
  async validate(file: string, options: ValidateOptions, limitMs: number): Promise<{ value: { valid: boolean; rows: number } } | { error: UserError }> {
    this.worker ??= new Worker(join(this.out, 'validate-case.js'), { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    const worker = this.worker;
    const id = this.next++;
    type Reply = { id: number; value?: { valid: boolean; rows: number }; thrown?: { user: boolean; name: string; message: string; stack?: string } };
    const reply = await new Promise<Reply | { crashed: string } | { hung: true }>((resolve) => {
      const done = (r: Reply | { crashed: string } | { hung: true }) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        resolve(r);
      };
      const onMessage = (r: Reply) => r.id === id && done(r);
      const onError = (error: Error) => done({ crashed: `${error.name}: ${error.message}` });
      const onExit = (code: number) => done({ crashed: `the thread exited with code ${code}` });
      const timer = setTimeout(() => done({ hung: true }), limitMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage({ id, options });
    });
    if ('hung' in reply || 'crashed' in reply) {
      this.worker = undefined;
      await worker.terminate();
      if ('hung' in reply) throw new Error(`${file}: did not finish in ${limitMs} ms (a hang: its thread was stopped)`);
      throw new InternalError(`${file}: validating crashed its thread: ${reply.crashed}`);
    }
    const { value, thrown } = reply;
    return userErrorOrValue(file, () => {
      if (!thrown) return value as { valid: boolean; rows: number };
      throw thrown.user ? new UserError(thrown.message) : Object.assign(new Error(thrown.message), { name: thrown.name, stack: thrown.stack });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    if (this.out) rmSync(this.out, { recursive: true, force: true });
  }
}

/** Broken files that once failed. */
const BROKEN_EXAMPLES: { c: Case; b: Breakage }[] = (() => {
  const ints = example([{ name: 'a', ptype: 'int32', values: [1, 2, 3] }], { fields: [{ name: 'a', type: 'integer' }] });
  const empty = example([{ name: 'a', ptype: 'int32', values: [] }], { fields: [{ name: 'a', type: 'integer' }] });
  return [
    // A zero byte where the first page header starts (byte 4) reads as an empty header: the decoder looped forever.
    { c: ints, b: { kind: 'zero', at: 4.5 / parquetOf(ints).length, length: 1 } },
    // The footer's first byte XOR 4: hyparquet's "Cannot read properties of undefined (reading 'map')" in the UserError.
    { c: empty, b: { kind: 'flip', where: 'footer', at: [0], xor: [4, 1, 1, 1, 1, 1] } },
  ];
})();

describe('broken Parquet files', () => {
  const sandbox = new Sandbox();
  beforeAll(() => sandbox.build(), 60_000);
  afterAll(() => sandbox.close());

  it(
    'a truncated or corrupted Parquet file is read or refused with a UserError naming it, and a truncated one never passes',
    () =>
      family.check(
        'parquet broken',
        fc.record({ c: tableCase, b: breakage }),
        async ({ c, b }) => {
          const clean = parquetOf(c);
          const { bytes, note } = broken(clean, b);
          const file = 'data.parquet';
          const path = join(dir, `${n++}-${file}`);
          writeFileSync(path, bytes);
          let got: Awaited<ReturnType<Sandbox['validate']>>;
          try {
            // Past the harness's hang guard for the size, the case fails anyway: no need to wait longer.
            got = await sandbox.validate(file, optionsOf(path, file, c), Math.ceil(HANG_MS * (1 + bytes.length / 1e6)) + 1000);
          } finally {
            rmSync(path, { force: true });
          }
          // A file cut short has lost its footer (the metadata and the closing magic): it cannot be read.
          if (b.kind === 'truncate' && 'value' in got) expect(got.value.valid, note).toBe(false);
          return { bytes: bytes.length, label: `${describeCase(c)}: ${note}` };
        },
        { seed: 0x5a02, numRuns: runs(200), examples: BROKEN_EXAMPLES },
      ),
    // A hanging case costs its limit each time fast-check shrinks it: room to shrink and report it.
    3 * TIMEOUT,
  );
});
