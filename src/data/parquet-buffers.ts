/**
 * The buffers the Parquet column decoder (parquet-columns.ts) writes into and reuses: a page's parts
 * while the page is decoded, and the arrays of a column checked and dropped before the next is read.
 */
import type { ColumnMetaData } from 'hyparquet';
import { decompressPage } from 'hyparquet/src/datapage.js';
import { compressors } from 'hyparquet-compressors';
import { HYSNAPPY_WASM } from './hysnappy-wasm.js';

/**
 * A page's decoded parts (its levels, dictionary indexes, bits, joined INT64s), used while the page
 * is decoded and then written over by the next one: fresh buffers per page were much of the memory
 * of a run (dead pages awaiting collection), not just time.
 */
class PageScratch {
  private levelBytes = new Uint8Array(0);
  private bitBytes = new Uint8Array(0);
  private indexInts = new Int32Array(0);
  private joinedNumbers = new Float64Array(0);

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

/** hysnappy's module, instantiated here: its memory holds a page's compressed and uncompressed bytes. */
interface SnappyModule {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  uncompress(inputStart: number, inputLength: number, outputStart: number): number;
}
// The project's TypeScript libraries do not declare WebAssembly; Node has it.
const { Instance, Module } = (globalThis as unknown as { WebAssembly: { Module: new (bytes: Uint8Array) => object; Instance: new (module: object) => { exports: unknown } } })
  .WebAssembly;
let snappy: SnappyModule | undefined;
// hysnappy's own wrapper puts the input here: the module's C code uses the memory below.
const INPUT_START = 68_000;
// A Snappy copy of 64 bytes takes 3: no valid page uncompresses to more than ~22 times its size.
const MAX_RATIO = 22;

/**
 * A page's bytes uncompressed: Snappy (the writers' default) by hysnappy's WebAssembly decoder, read
 * in place in its memory (valid until the next page; hysnappy's wrapper copies every page out, which
 * left ~60 MiB of dead pages for the collector), other codecs as hyparquet does.
 */
export function decompress(raw: Uint8Array, size: number, codec: ColumnMetaData['codec']): Uint8Array {
  if (codec !== 'SNAPPY') return decompressPage(raw, size, codec, compressors);
  if (size > raw.length * MAX_RATIO + 64) throw new Error(`snappy: a page of ${raw.length} bytes cannot hold ${size}`);
  let claimed = 0;
  for (let p = 0, shift = 0; p < raw.length && shift < 35; p++, shift += 7) {
    claimed += ((raw[p] as number) & 0x7f) * 2 ** shift;
    if ((raw[p] as number) < 0x80) break;
  }
  if (claimed !== size) throw new Error(`snappy: the page holds ${claimed} bytes, its header says ${size}`);
  const module = (snappy ??= new Instance(new Module(Buffer.from(HYSNAPPY_WASM, 'base64'))).exports as unknown as SnappyModule);
  const outputStart = INPUT_START + raw.length;
  const need = outputStart + size;
  if (module.memory.buffer.byteLength < need) module.memory.grow(Math.ceil((need - module.memory.buffer.byteLength) / 65_536));
  new Uint8Array(module.memory.buffer, INPUT_START, raw.length).set(raw);
  const result = module.uncompress(INPUT_START, raw.length, outputStart);
  if (result !== 0) throw new Error(`snappy: the page is damaged (hysnappy's code ${result})`);
  return new Uint8Array(module.memory.buffer, outputStart, size);
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
