/**
 * Where the column decoder (parquet-columns.ts) writes a chunk's pages: PLAIN values into a column's
 * typed slots, dictionary indexes beside them, a text column's bytes into one buffer.
 */
import type { SchemaElement } from 'hyparquet';
import { PAGE, POOL } from './parquet-buffers.js';
import type { DecodedColumn, NumberColumn } from './parquet-columns.js';
import { type Reader, rleHybrid } from './parquet-rle.js';

/** A column chunk this decoder does not handle (an encoding, type or nesting): read it another way. */
export class Unsupported extends Error {}

/** Aligned room for a page's values, reused page after page (a thread decodes one page at a time). */
let scratch = new ArrayBuffer(0);

/** The dictionary page's values, as a column of their own. */
export function plainColumn(page: Uint8Array, type: SchemaElement['type'], count: number, kind: NumberColumn['logical'] | 'bytes'): DecodedColumn {
  const column: DecodedColumn =
    kind === 'bytes'
      ? { kind: 'bytes', data: Buffer.alloc(0), starts: new Int32Array(count), ends: new Int32Array(count) }
      : { kind: 'number', logical: kind, values: new Float64Array(count) };
  const out = new Output(column);
  out.plain({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, type, kind, 0, count, undefined, false);
  return out.finish();
}

/** Writes decoded pages into a column's slots. */
export class Output {
  private data: Buffer;
  private at = 0;
  private dictionaryBytes = 0;

  constructor(
    private readonly column: DecodedColumn,
    private readonly reuse = false,
  ) {
    const size = column.kind === 'bytes' ? Math.max(1024, column.starts.length * 16) : 0;
    this.data = reuse && POOL.data.length >= size ? POOL.data : Buffer.allocUnsafe(size);
  }

  /** Each slot's dictionary index is kept; bytes columns keep the dictionary's bytes at the front of their buffer, so a slot can point into it. */
  useDictionary(dictionary: DecodedColumn): void {
    const column = this.column;
    if (this.at > 0 || column.indexes) throw new Unsupported('a second dictionary page');
    const rows = column.kind === 'bytes' ? column.starts.length : column.values.length;
    column.indexes = (this.reuse ? POOL.indexes.take(rows) : new Int32Array(rows)).fill(-1);
    if (column.kind === 'number' || dictionary.kind === 'number') {
      if (column.kind === 'number' && dictionary.kind === 'number') column.dictionary = dictionary.values;
      return;
    }
    column.dictionary = dictionary;
    this.reserve(dictionary.data.length);
    dictionary.data.copy(this.data, 0);
    this.at = this.dictionaryBytes = dictionary.data.length;
  }

  plain(r: Reader, type: SchemaElement['type'], kind: string, row: number, count: number, levels: Uint8Array | undefined, rle: boolean): void {
    const column = this.column;
    const view = r.view;
    if (column.kind === 'bytes') {
      // The page's values, length prefixes and all, in one copy; the slots point past the prefixes.
      const page = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
      this.reserve(view.byteLength - r.offset);
      const base = this.at - r.offset;
      this.data.set(page.subarray(r.offset), this.at);
      let p = r.offset;
      for (let i = 0; i < count; i++) {
        if (levels && levels[i] === 0) continue;
        if (p + 4 > page.length) throw new Error('a text runs past its page');
        const length = (page[p] as number) | ((page[p + 1] as number) << 8) | ((page[p + 2] as number) << 16) | ((page[p + 3] as number) << 24);
        if (length < 0 || p + 4 + length > page.length) throw new Error('a text runs past its page');
        column.starts[row + i] = base + p + 4;
        p += 4 + length;
        column.ends[row + i] = base + p;
      }
      this.at = base + p;
      r.offset = p;
      return;
    }
    const values = column.values;
    const present = levels ? count - countZeros(levels, count) : count;
    if (type === 'BOOLEAN') {
      const bits = PAGE.bits.take(present);
      if (rle) rleHybrid({ view, offset: 4 }, 1, bits, present, 4 + view.getUint32(0, true));
      else {
        const page = new Uint8Array(view.buffer, view.byteOffset + r.offset, view.byteLength - r.offset);
        if (page.length * 8 < present) throw new Error('the values run past their page');
        for (let j = 0; j < present; j++) bits[j] = ((page[j >> 3] as number) >> (j & 7)) & 1;
      }
      scatter(values, row, count, levels, bits);
      return;
    }
    const size = type === 'INT32' || type === 'FLOAT' ? 4 : 8;
    if (r.offset + present * size > view.byteLength) throw new Error('the values run past their page');
    // One copy into an aligned array, then typed reads: a DataView call per value was the decoder's cost.
    if (scratch.byteLength < present * size) scratch = new ArrayBuffer(Math.max(present * size, scratch.byteLength * 2));
    const raw = new Uint8Array(scratch, 0, present * size);
    raw.set(new Uint8Array(view.buffer, view.byteOffset + r.offset, present * size));
    r.offset += present * size;
    if (type === 'INT32') scatter(values, row, count, levels, new Int32Array(scratch, 0, present));
    else if (type === 'FLOAT') scatter(values, row, count, levels, new Float32Array(scratch, 0, present));
    else if (type === 'DOUBLE') scatter(values, row, count, levels, new Float64Array(scratch, 0, present));
    else {
      const a = new Int32Array(scratch, 0, 2 * present);
      const joined = PAGE.joined.take(present);
      for (let j = 0; j < present; j++) {
        const high = a[2 * j + 1] as number;
        // Beyond 2^53 a double cannot hold the integer: the caller reads the column as BigInts.
        if (high >= 0x200000 || high < -0x200000) throw new Unsupported('an INT64 beyond 2^53');
        joined[j] = high * 4294967296 + ((a[2 * j] as number) >>> 0);
      }
      scatter(values, row, count, levels, joined);
    }
  }

  /** Notes each slot's dictionary index; {@link expandDictionary} fills in the values when they are wanted. */
  fromDictionary(dictionary: DecodedColumn, indexes: Int32Array, row: number, count: number, levels: Uint8Array | undefined): void {
    const size = dictionary.kind === 'bytes' ? dictionary.starts.length : dictionary.values.length;
    const present = levels ? count - countZeros(levels, count) : count;
    // Every index checked here, so that whatever reads the dictionary later reads it unchecked.
    for (let j = 0; j < present; j++) {
      const k = indexes[j] as number;
      if (k >= size || k < 0) throw new Error(`dictionary index ${k} of ${size} entries`);
    }
    const slots = this.column.indexes as Int32Array;
    if (!levels) slots.set(indexes.subarray(0, count), row);
    else for (let i = 0, j = 0; i < count; i++) if (levels[i] === 1) slots[row + i] = indexes[j++] as number;
  }

  finish(): DecodedColumn {
    if (this.column.kind === 'bytes') {
      this.column.data = this.data.subarray(0, this.at);
      if (this.reuse) POOL.data = this.data;
    }
    return this.column;
  }

  private reserve(more: number): void {
    if (this.at + more <= this.data.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.at + more, this.data.length * 2));
    this.data.copy(grown, 0, 0, this.at);
    this.data = grown;
  }
}

function countZeros(levels: Uint8Array, count: number): number {
  let zeros = 0;
  for (let i = 0; i < count; i++) if (levels[i] === 0) zeros++;
  return zeros;
}

/** Puts the present values `from` into the slots of `values` from `row`, skipping null levels. */
function scatter(values: Float64Array, row: number, count: number, levels: Uint8Array | undefined, from: ArrayLike<number>): void {
  if (!levels) {
    if (from instanceof Float64Array) values.set(from.subarray(0, count), row);
    else for (let i = 0; i < count; i++) values[row + i] = from[i] as number;
    return;
  }
  for (let i = 0, j = 0; i < count; i++) if (levels[i] === 1) values[row + i] = from[j++] as number;
}
