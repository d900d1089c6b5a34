import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { decodeChunk, type DecodedColumn, Unsupported } from '../../src/data/parquet-columns.js';
import { validateData, type DataError, type DataReport, type ValidateOptions } from '../../src/data/validate.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'parquet');
const dir = mkdtempSync(join(tmpdir(), 'mg-parquet-columns-'));

/** Each row group's chunk of column `name`, decoded here, as the values hyparquet gives for it (null for a null slot). */
function decodedValues(buffer: ArrayBuffer, name: string): unknown[] {
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
    const column: DecodedColumn = decodeChunk(bytes, meta, element, Number(group.num_rows), element.repetition_type === 'OPTIONAL');
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
      for (const name of ['i', 'l', 'd', 'f', 's', 'b']) expect(decodedValues(buffer, name), name).toEqual(await hyparquetValues(buffer, name));
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
