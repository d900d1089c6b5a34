/**
 * The buffers the Parquet column decoder (parquet-columns.ts) writes into and reuses: a page's parts
 * while the page is decoded, and the arrays of a column checked and dropped before the next is read.
 */
import type { ColumnMetaData } from 'hyparquet';
import { decompressPage } from 'hyparquet/src/datapage.js';
import { compressors } from 'hyparquet-compressors';
import { HYSNAPPY_WASM } from './hysnappy-wasm.js';

/** One typed array used again and again: {@link take} gives its first `n` slots, growing it (doubling) when short. */
class Reusable<T extends Uint8Array | Int32Array | Float64Array> {
  private array: T;
  constructor(private readonly make: (size: number) => T) {
    this.array = make(0);
  }

  take(n: number): T {
    if (this.array.length < n) this.array = this.make(Math.max(n, this.array.length * 2));
    return this.array.subarray(0, n) as T;
  }
}

/**
 * A page's decoded parts (its levels, dictionary indexes, bits, joined INT64s), used while the page
 * is decoded and then written over by the next one: fresh buffers per page were much of the memory
 * of a run (dead pages awaiting collection), not just time.
 */
export const PAGE = {
  levels: new Reusable((n) => new Uint8Array(n)),
  bits: new Reusable((n) => new Uint8Array(n)),
  indexes: new Reusable((n) => new Int32Array(n)),
  joined: new Reusable((n) => new Float64Array(n)),
};

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
 * The arrays of the last column decoded with `reuse`, handed out again (zeroed) for the next: a
 * column checked and dropped before the next is read need not cost a fresh megabyte or two (and the
 * collections that follow). A column kept while another is decoded (a key column) takes new arrays.
 */
export const POOL = {
  values: new Reusable((n) => new Float64Array(n)),
  starts: new Reusable((n) => new Int32Array(n)),
  ends: new Reusable((n) => new Int32Array(n)),
  indexes: new Reusable((n) => new Int32Array(n)),
  nulls: new Reusable((n) => new Uint8Array(n)),
  /** The bytes buffer of a text column, kept whole (it is grown as pages are copied in). */
  data: Buffer.alloc(0) as Buffer,
};
