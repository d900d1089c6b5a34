import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { ByteWriter } from 'hyparquet-writer/src/bytewriter.js';
import { writePageHeader } from 'hyparquet-writer/src/datapage.js';
import { describe, expect, it } from 'vitest';
import { decodeChunk, type DecodedColumn, expandDictionary, Unsupported } from '../../src/data/parquet-columns.js';
import { validateData, type DataError, type DataReport, type ValidateOptions } from '../../src/data/validate.js';
import { comparable as comparableReport, csvTwin } from '../helpers/report-parity.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'parquet');
const dir = mkdtempSync(join(tmpdir(), 'mg-parquet-columns-'));

/** Each row group's chunk of column `name`, decoded here, as the values hyparquet gives for it (null for a null slot). */
function decodedValues(buffer: ArrayBuffer, name: string, lazy = false): unknown[] {
  const metadata = parquetMetadata(buffer);
  const index = metadata.schema.slice(1).findIndex((e) => e.name === name);
  const element = metadata.schema[index + 1];
  if (!element) throw new Error(`no column ${name}`);
  const out: unknown[] = [];
  for (const group of metadata.row_groups) {
    const meta = group.columns[index]?.meta_data;
    if (!meta) throw new Error('no chunk');
    const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
    const bytes = new Uint8Array(buffer, start, Number(meta.total_compressed_size));
    const decoded = decodeChunk(bytes, meta, element, Number(group.num_rows), element.repetition_type === 'OPTIONAL', false, lazy);
    // Decoded lazily, a dictionary-encoded chunk holds only its indexes until it is expanded.
    if (lazy && decoded.indexes) expect(decoded.expanded).toBeFalsy();
    const column: DecodedColumn = lazy ? expandDictionary(decoded) : decoded;
    for (let i = 0; i < Number(group.num_rows); i++) {
      if (column.nulls?.[i] === 1) out.push(null);
      else if (column.kind === 'bytes') out.push(column.data.toString('utf8', column.starts[i], column.ends[i]));
      else if (column.logical === 'boolean') out.push(column.values[i] === 1);
      else if (column.logical === 'date') out.push(new Date((column.values[i] as number) * 86_400_000));
      else out.push(column.values[i]);
    }
  }
  return out;
}

async function hyparquetValues(buffer: ArrayBuffer, name: string): Promise<unknown[]> {
  const rows = await parquetReadObjects({ file: buffer, compressors, columns: [name] });
  return rows.map((r) => {
    const v = r[name];
    return typeof v === 'bigint' ? Number(v) : v;
  });
}

const toArrayBuffer = (b: ArrayBuffer | Uint8Array) => (b instanceof ArrayBuffer ? b : (b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer));

// Dates (INT32 DATE) are covered by the DuckDB file below and by format-parity.test.ts.
describe('the column decoder reads what hyparquet reads', () => {
  const n = 3000;
  const ints = Array.from({ length: n }, (_, i) => (i % 13 === 0 ? null : ((i * 7919) % 2001) - 1000));
  const doubles = Array.from({ length: n }, (_, i) => (i % 11 === 0 ? null : i % 5 === 0 ? -0 : i * 0.37 - 200));
  const texts = Array.from({ length: n }, (_, i) => (i % 17 === 0 ? null : i % 3 === 0 ? `ünïcode-${i % 40}` : `t${i % 7}`));
  const flags = Array.from({ length: n }, (_, i) => (i % 19 === 0 ? null : i % 3 === 0));

  const layouts: [string, { pageSize?: number; rowGroupSize?: number | number[]; dictionarySize?: number }][] = [
    ['dictionary pages where they pay (the writer default), small pages, several row groups', { pageSize: 2048, rowGroupSize: [1000, 1, 1999] }],
    ['plain pages only', { dictionarySize: 0, rowGroupSize: 1024 }],
    ['one row group', {}],
  ];
  for (const [label, options] of layouts) {
    it(label, async () => {
      const buffer = toArrayBuffer(
        parquetWriteBuffer({
          columnData: [
            { name: 'i', data: ints, type: 'INT32' },
            { name: 'l', data: ints.map((v) => (v === null ? null : BigInt(v))), type: 'INT64' },
            { name: 'd', data: doubles, type: 'DOUBLE' },
            { name: 'f', data: doubles.map((v) => (v === null ? null : Math.fround(v))), type: 'FLOAT' },
            { name: 's', data: texts, type: 'STRING' },
            { name: 'b', data: flags, type: 'BOOLEAN' },
          ],
          ...options,
        }),
      );
      for (const name of ['i', 'l', 'd', 'f', 's', 'b']) {
        const expected = await hyparquetValues(buffer, name);
        expect(decodedValues(buffer, name), name).toEqual(expected);
        expect(decodedValues(buffer, name, true), `${name}, decoded lazily`).toEqual(expected);
      }
    });
  }

  it('leaves what it does not decode to hyparquet: delta encodings, byte stream split, INT64 past 2^53', () => {
    const big = toArrayBuffer(parquetWriteBuffer({ columnData: [{ name: 'l', data: [1n, 2n ** 53n + 1n, 3n], type: 'INT64' }] }));
    expect(() => decodedValues(big, 'l')).toThrow(Unsupported);
    const delta = toArrayBuffer(
      parquetWriteBuffer({ columnData: [{ name: 'i', data: Int32Array.from(ints.map((v) => v ?? 0)), type: 'INT32', encoding: 'DELTA_BINARY_PACKED' }] }),
    );
    expect(() => decodedValues(delta, 'i')).toThrow(Unsupported);
    const split = toArrayBuffer(parquetWriteBuffer({ columnData: [{ name: 'd', data: Float64Array.from([1.5, 2.5]), type: 'DOUBLE', encoding: 'BYTE_STREAM_SPLIT' }] }));
    expect(() => decodedValues(split, 'd')).toThrow(Unsupported);
  });
});

const schema: ValidateOptions['schema'] = {
  fields: [
    { name: 'id', type: 'integer', constraints: { required: true, unique: true, minimum: 1 } },
    { name: 'age', type: 'integer', constraints: { minimum: 0, maximum: 120 } },
    { name: 'score', type: 'number', constraints: { minimum: 0, maximum: 100 } },
    { name: 'big', type: 'integer' },
    { name: 'color', type: 'string', constraints: { enum: ['red', 'green', 'blue', 'cyan', 'magenta'] } },
    { name: 'city', type: 'string', constraints: { pattern: 'city_[0-9]+' } },
    { name: 'joined', type: 'date', constraints: { minimum: '2000-01-01' } },
    { name: 'ratio', type: 'number' },
    { name: 'name', type: 'string', constraints: { maxLength: 20 } },
    { name: 'flag', type: 'boolean', constraints: { required: true } },
  ],
  primaryKey: ['id'],
};

function comparable(report: DataReport) {
  // Lines and the file's name, size and hash belong to the file, not to what it holds.
  const example = ({ line: _line, file: _file, ...rest }: DataError) => ({ ...rest, message: rest.message.replace(/ \(line \d+\)/g, '') });
  return { valid: report.valid, rows: report.stats.rows, checks: report.checks.map((c) => ({ ...c, examples: c.examples.map(example) })), profile: report.profile };
}

describe('a file DuckDB wrote (data pages v1, dictionaries, snappy, nulls), checked by column', () => {
  const validate = (path: string, threads: number) =>
    validateData({ sources: [{ path, display: path }], schema, schemaFile: 'schema.json', tempDir: dir, collectProfile: true, checks: { duplicateRows: 'fail' }, threads });

  it('gives the report its CSV twin gives, with the planted defects at their rows', async () => {
    const csv = await validate(join(FIXTURES, 'duckdb-v1.csv'), 1);
    const parquet = await validate(join(FIXTURES, 'duckdb-v1.parquet'), 1);
    expect(comparable(parquet)).toEqual(comparable(csv));
    const failed = Object.fromEntries(parquet.checks.filter((c) => !c.passed).map((c) => [c.id, c.examples.map((e) => e.rowNumber)]));
    // Row numbers count the header as row 1, as in the CSV: id i is on row i + 1.
    expect(failed).toMatchObject({
      'field:score:maximum': [4001],
      'field:color:enum': [2501],
      'field:city:pattern': [3002],
      'field:joined:minimum': [1235],
      'field:name:maxLength': [5000],
      'field:flag:required': expect.arrayContaining([72, 143]),
    });
    expect(parquet.stats.rows).toBe(5000);
    writeFileSync(join(dir, 'report.json'), JSON.stringify(parquet));
  });
});

/** Validates a Parquet file and its CSV twin (what hyparquet decodes, as text) alike; returns both reports. */
async function withTwin(name: string, write: Parameters<typeof parquetWriteBuffer>[0], schema: ValidateOptions['schema'], extra: Partial<ValidateOptions> = {}) {
  const path = join(dir, `${name}.parquet`);
  writeFileSync(path, Buffer.from(parquetWriteBuffer(write)));
  const run = (p: string) => validateData({ sources: [{ path: p, display: p }], schema, schemaFile: 'schema.json', tempDir: dir, collectProfile: true, threads: 1, ...extra });
  const parquet = await run(path);
  const csv = await run(await csvTwin(path, schema));
  return { parquet, csv };
}

const root = (n: number) => ({ name: 'root', num_children: n });

describe('annotations are read as hyparquet converts them, so every chunk reads alike', () => {
  for (const unit of ['MILLIS', 'MICROS', 'NANOS'] as const) {
    it(`a TIMESTAMP (${unit}) given only as a logical type is a datetime, not an integer`, async () => {
      const v = unit === 'MILLIS' ? 1_700_000_000_000n : unit === 'MICROS' ? 1_700_000_000_000_000n : 1_700_000_000_000_000_000n;
      const { parquet, csv } = await withTwin(
        `ts-${unit}`,
        {
          columnData: [{ name: 't', data: [v, v + 1n] }],
          schema: [root(1), { name: 't', type: 'INT64', repetition_type: 'REQUIRED', logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: false, unit } }],
        },
        { fields: [{ name: 't', type: 'datetime' }] },
      );
      expect(parquet.valid).toBe(true);
      expect(comparableReport(parquet)).toEqual(comparableReport(csv));
    });
  }

  it('a DATE past any calendar is a type error, not a crash; a logical DATE without the converted type is its day number', async () => {
    const huge = await withTwin(
      'huge-date',
      { columnData: [{ name: 'd', data: [1, 200_000_000] }], schema: [root(1), { name: 'd', type: 'INT32', repetition_type: 'REQUIRED', converted_type: 'DATE' }] },
      { fields: [{ name: 'd', type: 'date' }] },
    );
    expect(huge.parquet.checks.find((c) => c.id === 'field:d:type')?.examples.map((e) => [e.rowNumber, e.cell])).toEqual([[3, 'Invalid Date']]);
    expect(comparableReport(huge.parquet)).toEqual(comparableReport(huge.csv));
    const logical = await withTwin(
      'logical-date',
      { columnData: [{ name: 'd', data: [19_000] }], schema: [root(1), { name: 'd', type: 'INT32', repetition_type: 'OPTIONAL', logical_type: { type: 'DATE' } }] },
      { fields: [{ name: 'd', type: 'integer' }] },
    );
    expect(logical.parquet.valid).toBe(true);
    expect(comparableReport(logical.parquet)).toEqual(comparableReport(logical.csv));
  });

  it('new categories of a number field are looked up by their text', async () => {
    const write = { columnData: [{ name: 'n', data: new Int32Array([1, 2, 3]) }] };
    const schema: ValidateOptions['schema'] = { fields: [{ name: 'n', type: 'integer' }] };
    const reference = (await withTwin('cats-ref', { columnData: [{ name: 'n', data: new Int32Array([1]) }] }, schema)).parquet.profile;
    const { parquet, csv } = await withTwin('cats', write, schema, { checks: { newCategories: { n: 'fail' } }, referenceProfile: reference });
    expect(parquet.errors.map((e) => e.message).join('\n')).toMatch(/'2'/);
    expect(comparableReport(parquet)).toEqual(comparableReport(csv));
  });

  it('a primary key on a date repeats across a Parquet file and a CSV holding the same day', async () => {
    const path = join(dir, 'pk.parquet');
    writeFileSync(
      path,
      Buffer.from(
        parquetWriteBuffer({
          columnData: [{ name: 'd', data: [new Date('2024-01-01')] }],
          schema: [root(1), { name: 'd', type: 'INT32', repetition_type: 'REQUIRED', converted_type: 'DATE' }],
        }),
      ),
    );
    writeFileSync(join(dir, 'pk.csv'), 'd\n2024-01-01\n');
    const report = await validateData({
      sources: [
        { path, display: 'pk.parquet' },
        { path: join(dir, 'pk.csv'), display: 'pk.csv' },
      ],
      schema: { fields: [{ name: 'd', type: 'date' }], primaryKey: ['d'] },
      schemaFile: 'schema.json',
      tempDir: dir,
      threads: 1,
    });
    expect(report.checks.find((c) => c.id === 'primary-key')?.count).toBe(1);
  });
});

describe('a corrupt column chunk is an error, never a hang or a quiet wrong value', () => {
  const int32 = { name: 'x', type: 'INT32', repetition_type: 'REQUIRED' } as const;
  const meta = { codec: 'UNCOMPRESSED' } as Parameters<typeof decodeChunk>[1];
  const dataPage = (values: number, encoding: string, body: number[]) => ({
    header: {
      type: 'DATA_PAGE',
      uncompressed_page_size: body.length,
      compressed_page_size: body.length,
      data_page_header: { num_values: values, encoding, definition_level_encoding: 'RLE', repetition_level_encoding: 'RLE' },
    },
    body,
  });
  const dictionary = {
    header: { type: 'DICTIONARY_PAGE', uncompressed_page_size: 8, compressed_page_size: 8, dictionary_page_header: { num_values: 2, encoding: 'PLAIN' } },
    body: [7, 0, 0, 0, 9, 0, 0, 0],
  };
  const chunk = (pages: { header: unknown; body: number[] }[]) => {
    const writer = new ByteWriter();
    for (const { header, body } of pages) {
      writePageHeader(writer, header as Parameters<typeof writePageHeader>[1]);
      writer.appendBytes(Uint8Array.from(body));
    }
    return new Uint8Array(writer.getBytes());
  };
  const cases: [string, Uint8Array, boolean, RegExp][] = [
    ['a bit-packed run without its bytes', chunk([dictionary, dataPage(8, 'RLE_DICTIONARY', [1, 3])]), false, /bit-packed groups past the end/],
    ['an RLE run without its value', chunk([dictionary, dataPage(4, 'RLE_DICTIONARY', [1, 8])]), false, /a run without its value/],
    ['a run header that never ends', chunk([dictionary, dataPage(4, 'RLE_DICTIONARY', [1, 0x80])]), false, /a run header that does not end/],
    ['a dictionary index of 2^32 - 1', chunk([dictionary, dataPage(1, 'RLE_DICTIONARY', [32, 2, 255, 255, 255, 255])]), false, /dictionary index -1 of 2 entries/],
    ['an index width of 40 bits', chunk([dictionary, dataPage(1, 'RLE_DICTIONARY', [40, 2, 1, 0, 0, 0, 1])]), false, /index width of 40 bits/],
    ['a definition level of 3', chunk([dataPage(2, 'PLAIN', [2, 0, 0, 0, 4, 3, 5, 0, 0, 0, 6, 0, 0, 0])]), true, /the value 3 in 1 bits/],
  ];
  for (const [label, bytes, optional, message] of cases) {
    it(label, () => {
      expect(() => decodeChunk(bytes, meta, { ...int32, repetition_type: optional ? 'OPTIONAL' : 'REQUIRED' }, 8, optional)).toThrow(message);
    });
  }

  it('a page whose size runs past its chunk', () => {
    const page = dataPage(1, 'PLAIN', [1, 0, 0, 0]);
    const bytes = chunk([{ ...page, header: { ...page.header, compressed_page_size: 400 } }]);
    expect(() => decodeChunk(bytes, meta, int32, 1, false)).toThrow(/a page of 400 bytes/);
  });
});

describe('a column checked at once gives what its cells give one by one', () => {
  // Row groups of 100: some pass whole (the column-at-once paths), some hold one failing cell (cell by cell).
  const n = 600;
  const codes = Array.from({ length: n }, (_, i) => (i === 150 ? 'x'.repeat(9) : i === 420 ? 'ab' : i % 7 === 0 ? null : `c${String(i % 1000).padStart(4, '0')}`));
  const words = Array.from({ length: n }, (_, i) => (i === 250 ? 'ünïcödé-too-long' : i % 5 === 0 ? 'ünï' : `w${i % 90}`));
  const counts = Array.from({ length: n }, (_, i) => (i === 330 ? -1 : i % 9 === 0 ? null : (i * 37) % 500));
  const ids = Array.from({ length: n }, (_, i) => BigInt(i === 520 ? 7 : i + 1));
  const flags = Array.from({ length: n }, (_, i) => (i % 11 === 0 ? null : i % 3 === 0));
  const schema: ValidateOptions['schema'] = {
    fields: [
      { name: 'code', type: 'string', constraints: { minLength: 3, maxLength: 5, required: true } },
      { name: 'word', type: 'string', constraints: { maxLength: 8 } },
      { name: 'count', type: 'integer', constraints: { minimum: 0, maximum: 499 } },
      { name: 'id', type: 'integer', constraints: { unique: true } },
      { name: 'flag', type: 'boolean' },
    ],
  };
  const write = {
    columnData: [
      { name: 'code', data: codes, type: 'STRING' as const },
      { name: 'word', data: words, type: 'STRING' as const },
      { name: 'count', data: counts.map((v) => (v === null ? null : v)), type: 'INT32' as const },
      { name: 'id', data: ids, type: 'INT64' as const },
      { name: 'flag', data: flags, type: 'BOOLEAN' as const },
    ],
    rowGroupSize: 100,
  };

  // Plain pages reach the text path; dictionary pages are counted by value first.
  for (const [label, dictionarySize] of [
    ['plain pages', 0],
    ['dictionary pages', undefined],
  ] as const) {
    it(`${label}: ASCII and non-ASCII texts, lengths, bounds, nulls, a repeated id and booleans, with stats and a profile`, async () => {
      const extra: Partial<ValidateOptions> = { checks: { stats: { count: { mean: { min: 0 } } }, nullFraction: { code: 0.5 } }, maxExamples: 50 };
      const { parquet, csv } = await withTwin(`at-once-${dictionarySize ?? 'dict'}`, { ...write, ...(dictionarySize === undefined ? {} : { dictionarySize }) }, schema, extra);
      expect(comparableReport(parquet)).toEqual(comparableReport(csv));
      const failed = Object.fromEntries(parquet.checks.filter((c) => !c.passed).map((c) => [c.id, c.examples.map((e) => e.rowNumber)]));
      // A null code is a missing required cell; each planted defect is found at its row (data row i is row i + 2).
      expect(failed).toMatchObject({
        'field:code:maxLength': [152],
        'field:code:minLength': [422],
        'field:word:maxLength': [252],
        'field:count:minimum': [332],
        'unique:id': [522],
      });
      expect(parquet.checks.find((c) => c.id === 'field:code:required')?.count).toBe(codes.filter((c) => c === null).length);
      const flag = parquet.profile?.columns.find((c) => c.name === 'flag');
      expect(flag).toMatchObject({ kind: 'categorical', nulls: flags.filter((f) => f === null).length });
    });
  }
});

describe('a dictionary-encoded number column counted by value gives what its cells give one by one', () => {
  // Row groups of 700: the first fills the profile's sample cell by cell, the later ones are counted
  // by value; one group holds an age past its maximum, and one a day before the minimum.
  const n = 4200;
  const ages = Array.from({ length: n }, (_, i) => (i === 3000 ? 121 : i % 17 === 0 ? null : 18 + ((i * 31) % 70)));
  // Days since 1970: 10956 is 1999-12-31, 14610 is 2010-01-01.
  const days = Array.from({ length: n }, (_, i) => (i === 1500 ? 10956 : i % 23 === 0 ? null : 14610 + ((i * 7) % 900)));
  const visits = Array.from({ length: n }, (_, i) => BigInt((i * 13) % 60) - 3n);
  const schema: ValidateOptions['schema'] = {
    fields: [
      { name: 'age', type: 'integer', constraints: { minimum: 0, maximum: 120 } },
      { name: 'joined', type: 'date', constraints: { minimum: '2000-01-01' } },
      { name: 'visits', type: 'integer' },
    ],
  };
  const write = {
    columnData: [
      { name: 'age', data: ages, encoding: 'RLE_DICTIONARY' as const },
      { name: 'joined', data: days, encoding: 'RLE_DICTIONARY' as const },
      { name: 'visits', data: visits, encoding: 'RLE_DICTIONARY' as const },
    ],
    schema: [
      root(3),
      { name: 'age', type: 'INT32' as const, repetition_type: 'OPTIONAL' as const },
      { name: 'joined', type: 'INT32' as const, repetition_type: 'OPTIONAL' as const, converted_type: 'DATE' as const },
      { name: 'visits', type: 'INT64' as const, repetition_type: 'REQUIRED' as const },
    ],
    rowGroupSize: 700,
  };

  it('the same checks, rows, counts and profile as the CSV twin, with nulls and a failing group', async () => {
    const buffer = toArrayBuffer(parquetWriteBuffer(write));
    // Dictionary pages throughout: the test is about them.
    const metadata = parquetMetadata(buffer);
    for (const chunk of metadata.row_groups.flatMap((g) => g.columns)) expect(chunk.meta_data?.dictionary_page_offset).toBeDefined();
    const { parquet, csv } = await withTwin('by-value', write, schema, { maxExamples: 50, checks: { nullFraction: { age: 0.01, joined: 0.5 } } });
    expect(comparableReport(parquet)).toEqual(comparableReport(csv));
    const failed = Object.fromEntries(parquet.checks.filter((c) => !c.passed).map((c) => [c.id, c.examples.map((e) => e.rowNumber)]));
    expect(failed).toMatchObject({ 'field:age:maximum': [3002], 'field:joined:minimum': [1502] });
    expect(parquet.checks.find((c) => c.id.includes('null') && c.id.includes('age'))?.passed).toBe(false);
    const age = parquet.profile?.columns.find((c) => c.name === 'age');
    expect(age).toMatchObject({ kind: 'numeric', nulls: ages.filter((a) => a === null).length, max: 121, sample: null });
  });
});
