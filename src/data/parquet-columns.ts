/**
 * A decoder of flat Parquet column chunks into typed arrays, for the encodings writers use by default
 * (PLAIN, dictionary, RLE booleans; data pages v1 and v2; any codec hyparquet-compressors has). It
 * exists because hyparquet builds a JavaScript value per cell (a BigInt per INT64, a string per text,
 * a list assembly per nullable column): most of the time and garbage of validating a Parquet file.
 * Here numbers land in a Float64Array and texts stay bytes in one buffer. A chunk it cannot decode
 * throws {@link Unsupported}, and the caller reads that column with hyparquet instead.
 */
import type { ColumnMetaData, PageHeader, SchemaElement } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { decompress, PAGE, POOL } from './parquet-buffers.js';
import { Output, plainColumn, Unsupported } from './parquet-output.js';
import { type Reader, rleHybrid } from './parquet-rle.js';

export { Unsupported } from './parquet-output.js';

/** One column of a row group, one slot per row. */
export type DecodedColumn = NumberColumn | BytesColumn;

/** Numbers (INT32, safe INT64, FLOAT, DOUBLE; DATE as days; BOOLEAN as 1/0), 0 in null slots. */
export interface NumberColumn {
  kind: 'number';
  /** What the values are, for the text a CSV would hold. */
  logical: 'integer' | 'float' | 'date' | 'boolean';
  values: Float64Array;
  /** 1 for a null slot; absent when the chunk has none. */
  nulls?: Uint8Array;
  /** The dictionary's values, when the chunk has one; with {@link indexes}, each slot's entry. */
  dictionary?: Float64Array;
  /** The dictionary index of each slot (-1 for a plain-encoded or null one), when the chunk has a dictionary. */
  indexes?: Int32Array;
  /** Whether the dictionary's values are in the slots (see {@link expandDictionary}). */
  expanded?: boolean;
}

/** Texts as UTF-8 bytes `data[starts[i], ends[i])`; a null slot is empty. */
export interface BytesColumn {
  kind: 'bytes';
  data: Buffer;
  starts: Int32Array;
  ends: Int32Array;
  /** The dictionary index of each slot (-1 for a plain-encoded or null one), when the chunk has a dictionary. */
  indexes?: Int32Array;
  /** The dictionary's entries, whose bytes lie at the front of {@link data} (the same offsets), when the chunk has one. */
  dictionary?: BytesColumn;
  /** Whether the dictionary's places are in the slots (see {@link expandDictionary}). */
  expanded?: boolean;
  nulls?: Uint8Array;
}

/**
 * The kind a flat column decodes to, or undefined when this decoder leaves it to hyparquet. It reads
 * the annotations as hyparquet converts values (its `convert`), so that a chunk read here and one read
 * by hyparquet give the same text: a date by the converted type DATE, a logical type other than a
 * signed INTEGER or STRING (a TIMESTAMP, UINT, DECIMAL, UUID...) left to hyparquet.
 */
export function decodedKind(element: SchemaElement): NumberColumn['logical'] | 'bytes' | undefined {
  if (element.num_children || element.repetition_type === 'REPEATED') return undefined;
  const logical = element.logical_type;
  const converted = element.converted_type;
  switch (element.type) {
    case 'BOOLEAN':
      return logical || converted ? undefined : 'boolean';
    case 'INT32':
    case 'INT64':
      if (converted === 'DATE') return element.type === 'INT32' && (!logical || logical.type === 'DATE') ? 'date' : undefined;
      if (logical && !(logical.type === 'INTEGER' && logical.isSigned) && logical.type !== 'DATE') return undefined;
      if (converted && !/^INT_(8|16|32|64)$/.test(converted)) return undefined;
      // A logical DATE without the converted type: hyparquet gives the day number, and so does this.
      return 'integer';
    case 'FLOAT':
    case 'DOUBLE':
      return logical || converted ? undefined : 'float';
    case 'BYTE_ARRAY':
      // hyparquet reads a BYTE_ARRAY as UTF-8 text unless an annotation says otherwise.
      return (!logical || logical.type === 'STRING') && (!converted || converted === 'UTF8') ? 'bytes' : undefined;
    default:
      return undefined;
  }
}

/**
 * Decodes one column chunk (`bytes`: the chunk as stored, from its first page) of `rows` rows.
 * `optional`: the column may hold nulls (definition level 1). `reuse`: into the pooled arrays
 * (parquet-buffers.ts). `lazy`: dictionary-encoded slots hold only their index until
 * {@link expandDictionary}.
 */
export function decodeChunk(bytes: Uint8Array, meta: ColumnMetaData, element: SchemaElement, rows: number, optional: boolean, reuse = false, lazy = false): DecodedColumn {
  const kind = decodedKind(element);
  if (!kind) throw new Unsupported(`${element.type} ${element.logical_type?.type ?? element.converted_type ?? ''}`);
  const nulls = optional ? (reuse ? POOL.nulls.take(rows).fill(0) : new Uint8Array(rows)) : undefined;
  const column: DecodedColumn =
    kind === 'bytes'
      ? {
          kind: 'bytes',
          data: Buffer.alloc(0),
          starts: reuse ? POOL.starts.take(rows).fill(0) : new Int32Array(rows),
          ends: reuse ? POOL.ends.take(rows).fill(0) : new Int32Array(rows),
        }
      : { kind: 'number', logical: kind, values: reuse ? POOL.values.take(rows).fill(0) : new Float64Array(rows) };
  const out = new Output(column, reuse);
  let dictionary: DecodedColumn | undefined;
  const reader: Reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
  let row = 0;
  let sawNull = false;
  while (row < rows) {
    if (reader.offset >= bytes.byteLength) throw new Error(`the column chunk ends after ${row} of ${rows} rows`);
    const before = reader.offset;
    const header: PageHeader = parquetHeader(reader);
    const start = reader.offset;
    const size = header.compressed_page_size;
    if (!(size >= 0) || start + size > bytes.byteLength || start <= before) throw new Error(`a page of ${size} bytes at byte ${start} of a ${bytes.byteLength}-byte column chunk`);
    reader.offset += size;
    const raw = bytes.subarray(start, start + header.compressed_page_size);
    if (header.type === 'DICTIONARY_PAGE') {
      const page = decompress(raw, header.uncompressed_page_size, meta.codec);
      const count = header.dictionary_page_header?.num_values ?? 0;
      dictionary = plainColumn(page, element.type, count, kind);
      out.useDictionary(dictionary);
      continue;
    }
    let levels: Uint8Array | undefined;
    let values: Uint8Array;
    let count: number;
    let encoding: string;
    if (header.type === 'DATA_PAGE') {
      const h = header.data_page_header;
      if (!h) throw new Error('a data page without its header');
      const page = decompress(raw, header.uncompressed_page_size, meta.codec);
      count = h.num_values;
      encoding = h.encoding;
      const r: Reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
      if (optional) {
        const length = r.view.getUint32(0, true);
        levels = PAGE.levels.take(count);
        rleHybrid({ view: r.view, offset: 4 }, 1, levels, count, 4 + length);
        r.offset = 4 + length;
      }
      values = page.subarray(r.offset);
    } else if (header.type === 'DATA_PAGE_V2') {
      const h = header.data_page_header_v2;
      if (!h) throw new Error('a data page v2 without its header');
      if (h.repetition_levels_byte_length > 0) throw new Unsupported('repetition levels');
      count = h.num_values;
      encoding = h.encoding;
      const levelBytes = h.definition_levels_byte_length;
      if (optional) {
        levels = PAGE.levels.take(count);
        rleHybrid({ view: new DataView(raw.buffer, raw.byteOffset, levelBytes), offset: 0 }, 1, levels, count, levelBytes);
      }
      if (levelBytes > raw.length) throw new Error('definition levels run past their page');
      const rest = raw.subarray(levelBytes);
      const size = header.uncompressed_page_size - levelBytes;
      // An all-null page may have no value bytes at all (hyparquet skips decompressing it too).
      values = h.is_compressed === false || size === 0 ? rest : decompress(rest, size, meta.codec);
    } else continue;
    if (row + count > rows) throw new Error(`the column chunk holds more than its ${rows} rows`);
    let present = count;
    if (levels && nulls) {
      present = 0;
      for (let i = 0; i < count; i++) present += levels[i] as number;
      if (present < count) {
        sawNull = true;
        for (let i = 0; i < count; i++) if (levels[i] === 0) nulls[row + i] = 1;
        // A page without nulls is decoded as a required one.
      } else levels = undefined;
    }
    const v: Reader = { view: new DataView(values.buffer, values.byteOffset, values.byteLength), offset: 0 };
    if (encoding === 'PLAIN' || (encoding === 'RLE' && element.type === 'BOOLEAN')) {
      out.plain(v, element.type, kind, row, count, levels, encoding === 'RLE');
    } else if (encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY') {
      if (!dictionary) throw new Error('a dictionary-encoded page before any dictionary page');
      const width = values.length > 0 ? v.view.getUint8(0) : 0;
      if (width > 32) throw new Error(`a dictionary index width of ${width} bits`);
      const indexes = PAGE.indexes.take(present);
      if (width > 0) rleHybrid({ view: v.view, offset: 1 }, width, indexes, present, values.byteLength);
      else indexes.fill(0);
      out.fromDictionary(dictionary, indexes, row, count, levels);
    } else throw new Unsupported(`encoding ${encoding}`);
    row += count;
  }
  if (sawNull) column.nulls = nulls;
  const decoded = out.finish();
  return lazy ? decoded : expandDictionary(decoded);
}

/**
 * Fills the slots of a column decoded with `lazy` from its dictionary (each slot's value, or its
 * text's place in the column's bytes), once; returns the column. Checks that count by value (see
 * parquet-checker.ts) read the indexes alone, which saves this pass.
 */
export function expandDictionary(column: DecodedColumn): DecodedColumn {
  const indexes = column.indexes;
  if (!indexes || column.expanded) return column;
  column.expanded = true;
  if (column.kind === 'bytes') {
    const dictionary = column.dictionary;
    if (!dictionary) return column;
    const { starts, ends } = dictionary;
    for (let i = 0; i < indexes.length; i++) {
      const k = indexes[i] as number;
      if (k < 0) continue;
      column.starts[i] = starts[k] as number;
      column.ends[i] = ends[k] as number;
    }
    return column;
  }
  const entries = column.dictionary;
  if (!entries) return column;
  const values = column.values;
  for (let i = 0; i < indexes.length; i++) {
    const k = indexes[i] as number;
    if (k >= 0) values[i] = entries[k] as number;
  }
  return column;
}
