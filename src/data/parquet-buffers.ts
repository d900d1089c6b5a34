/**
 * The buffers the Parquet column decoder (parquet-columns.ts) writes into and reuses: a page's parts
 * while the page is decoded, and the arrays of a column checked and dropped before the next is read.
 */
import { type ColumnMetaData, snappyUncompress } from 'hyparquet';
import { decompressPage } from 'hyparquet/src/datapage.js';
import { compressors } from 'hyparquet-compressors';

/**
 * A page's decoded parts (its bytes, levels, dictionary indexes, bits, joined INT64s), used while the
 * page is decoded and then written over by the next one: a fresh buffer per page was most of the
 * memory of a run (dead pages awaiting collection), not just time.
 */
class PageScratch {
  private page = new Uint8Array(0);
  private levelBytes = new Uint8Array(0);
  private bitBytes = new Uint8Array(0);
  private indexInts = new Int32Array(0);
  private joinedNumbers = new Float64Array(0);

  bytes(n: number): Uint8Array {
    if (this.page.length < n) this.page = new Uint8Array(Math.max(n, this.page.length * 2));
    return this.page.subarray(0, n);
  }

  levels(n: number): Uint8Array {
    if (this.levelBytes.length < n) this.levelBytes = new Uint8Array(Math.max(n, this.levelBytes.length * 2));
    return this.levelBytes.subarray(0, n);
  }

  bits(n: number): Uint8Array {
    if (this.bitBytes.length < n) this.bitBytes = new Uint8Array(Math.max(n, this.bitBytes.length * 2));
    return this.bitBytes.subarray(0, n);
  }

  indexes(n: number): Int32Array {
    if (this.indexInts.length < n) this.indexInts = new Int32Array(Math.max(n, this.indexInts.length * 2));
    return this.indexInts.subarray(0, n);
  }

  joined(n: number): Float64Array {
    if (this.joinedNumbers.length < n) this.joinedNumbers = new Float64Array(Math.max(n, this.joinedNumbers.length * 2));
    return this.joinedNumbers.subarray(0, n);
  }
}
export const PAGE = new PageScratch();

/** A page's bytes uncompressed: Snappy (the writers' default) into {@link PAGE}'s buffer, other codecs as hyparquet does. */
export function decompress(raw: Uint8Array, size: number, codec: ColumnMetaData['codec']): Uint8Array {
  if (codec !== 'SNAPPY') return decompressPage(raw, size, codec, compressors);
  const out = PAGE.bytes(size);
  snappyUncompress(raw, out);
  return out;
}

/**
 * The arrays of the last column decoded with `reuse`, zeroed and handed out again for the next: a
 * column checked and dropped before the next is read need not cost a fresh megabyte or two (and the
 * collections that follow). A column kept while another is decoded (a key column) takes new arrays.
 */
class Pool {
  private values = new Float64Array(0);
  /** Starts, ends and dictionary indexes. */
  private readonly ints = [new Int32Array(0), new Int32Array(0), new Int32Array(0)];
  private flags = new Uint8Array(0);
  /** The bytes buffer of a text column, kept whole (it is grown as pages are copied in). */
  data: Buffer = Buffer.alloc(0);

  numbers(rows: number): Float64Array {
    if (this.values.length < rows) this.values = new Float64Array(Math.max(rows, this.values.length * 2));
    return this.values.subarray(0, rows).fill(0);
  }

  indexes(slot: 0 | 1 | 2, rows: number): Int32Array {
    if ((this.ints[slot] as Int32Array).length < rows) this.ints[slot] = new Int32Array(Math.max(rows, (this.ints[slot] as Int32Array).length * 2));
    return (this.ints[slot] as Int32Array).subarray(0, rows).fill(0);
  }

  nulls(rows: number): Uint8Array {
    if (this.flags.length < rows) this.flags = new Uint8Array(Math.max(rows, this.flags.length * 2));
    return this.flags.subarray(0, rows).fill(0);
  }
}
export const POOL = new Pool();
