import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Where a key was seen: source index (order of the sources), 1-based row number and line. */
export interface KeyLocation {
  source: number;
  rowNumber: number;
  line: number;
}

/** A repeated key: where it was first seen and where again. */
export interface Duplicate {
  first: KeyLocation;
  again: KeyLocation;
  key: Buffer;
}

/** Options of a {@link UniqueIndex}. */
export interface UniqueIndexOptions {
  /** Folder for spill files (the caller's temp dir; files are removed by {@link UniqueIndex.dispose}). */
  dir: string;
  /** Distinguishes this index's files from others in `dir`. */
  name: string;
  /** Number of hash partitions, a power of two (default 256). */
  partitions?: number;
  /** Bytes buffered in memory over all partitions before they are appended to their files (default 24 MiB). */
  memoryBytes?: number;
  /** Replaces the 64-bit key hash (tests use a weak one to force collisions). */
  hash?: (key: Uint8Array, s: number, e: number, out: Uint32Array) => void;
}

// Record: hash1 u32, hash2 u32, source u32, rowNumber u32, line u32, key length u32, key bytes.
const HEADER = 24;

/** Two independent 32-bit hashes of the key (FNV-1a and a multiplicative mix): 64 bits in all. */
export function hashKey(key: Uint8Array, s: number, e: number, out: Uint32Array): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c ^ (e - s);
  for (let p = s; p < e; p++) {
    const c = key[p] as number;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 ^= h1 >>> 13;
  h1 = Math.imul(h1, 0xc2b2ae35);
  h1 ^= h1 >>> 16;
  h2 = Math.imul(h2 ^ (h2 >>> 13), 0x85ebca6b);
  h2 ^= h2 >>> 16;
  out[0] = h1 >>> 0;
  out[1] = h2 >>> 0;
}

/**
 * Exact duplicate detection over any number of keys in bounded memory. Keys are hashed to 64 bits
 * and appended, with their bytes and location, to one of N partitions, which spill to files once the
 * memory budget is used. {@link finish} checks one partition at a time: equal hashes are confirmed
 * by comparing the key bytes, so a hash collision never reports a false duplicate.
 */
export class UniqueIndex {
  private readonly partitions: number;
  private readonly memoryBytes: number;
  private readonly buffers: Buffer[];
  private readonly lengths: Int32Array;
  private readonly spilled: boolean[];
  private buffered = 0;
  private readonly hash = new Uint32Array(2);
  /** Keys added. */
  count = 0;
  /** True once any partition was written to disk. */
  didSpill = false;

  constructor(private readonly options: UniqueIndexOptions) {
    this.partitions = options.partitions ?? 256;
    if (this.partitions < 1 || (this.partitions & (this.partitions - 1)) !== 0) throw new Error('partitions must be a power of two');
    this.memoryBytes = options.memoryBytes ?? 24 * 1024 * 1024;
    this.buffers = Array.from({ length: this.partitions }, () => Buffer.alloc(0));
    this.lengths = new Int32Array(this.partitions);
    this.spilled = new Array<boolean>(this.partitions).fill(false);
  }

  private file(partition: number): string {
    return join(this.options.dir, `${this.options.name}.${partition}.spill`);
  }

  /** Adds the key bytes `key[s, e)` seen at a location. */
  add(key: Uint8Array, s: number, e: number, source: number, rowNumber: number, line: number): void {
    (this.options.hash ?? hashKey)(key, s, e, this.hash);
    const h1 = this.hash[0] as number;
    const part = h1 & (this.partitions - 1);
    const size = HEADER + (e - s);
    let buf = this.buffers[part] as Buffer;
    const at = this.lengths[part] as number;
    if (at + size > buf.length) {
      const grown = Buffer.allocUnsafe(Math.max(at + size, buf.length * 2, 4096));
      buf.copy(grown, 0, 0, at);
      this.buffered += grown.length - buf.length;
      buf = grown;
      this.buffers[part] = buf;
    }
    buf.writeUInt32LE(h1, at);
    buf.writeUInt32LE(this.hash[1] as number, at + 4);
    buf.writeUInt32LE(source, at + 8);
    buf.writeUInt32LE(Math.min(rowNumber, 0xffffffff), at + 12);
    buf.writeUInt32LE(Math.min(line, 0xffffffff), at + 16);
    buf.writeUInt32LE(e - s, at + 20);
    // A byte loop: short keys are the rule, and subarray() would allocate a view per key.
    for (let p = s, o = at + HEADER; p < e; p++, o++) buf[o] = key[p] as number;
    this.lengths[part] = at + size;
    this.count++;
    if (this.buffered > this.memoryBytes) this.spill();
  }

  /** Appends every partition's buffer to its file and frees the memory. */
  private spill(): void {
    for (let part = 0; part < this.partitions; part++) {
      const n = this.lengths[part] as number;
      if (n > 0) {
        appendFileSync(this.file(part), (this.buffers[part] as Buffer).subarray(0, n));
        this.spilled[part] = true;
      }
      this.buffers[part] = Buffer.alloc(0);
      this.lengths[part] = 0;
    }
    this.buffered = 0;
    this.didSpill = true;
  }

  /**
   * Finds every repeated key. Returns how many keys repeat an earlier one and, as examples, the
   * `maxExamples` earliest repeats (by source, then row).
   */
  finish(maxExamples: number): { count: number; examples: Duplicate[] } {
    let count = 0;
    let examples: Duplicate[] = [];
    const byPosition = (a: Duplicate, b: Duplicate) => a.again.source - b.again.source || a.again.rowNumber - b.again.rowNumber;
    for (let part = 0; part < this.partitions; part++) {
      const tail = (this.buffers[part] as Buffer).subarray(0, this.lengths[part]);
      const data = this.spilled[part] ? Buffer.concat([readFileSync(this.file(part)), tail]) : tail;
      this.buffers[part] = Buffer.alloc(0);
      this.lengths[part] = 0;
      const seen = new Map<number, number>();
      let collided: Map<number, number[]> | undefined;
      for (let at = 0; at < data.length; ) {
        const h1 = data.readUInt32LE(at);
        const h2 = data.readUInt32LE(at + 4);
        const size = HEADER + data.readUInt32LE(at + 20);
        // 53 bits fit a Map key exactly: all of hash2 and the bits of hash1 above the partition bits.
        const slot = h2 * 2097152 + (h1 >>> 11);
        const earlier = seen.get(slot);
        if (earlier === undefined) seen.set(slot, at);
        else {
          const candidates = [earlier, ...(collided?.get(slot) ?? [])];
          const match = candidates.find((other) => sameRecord(data, other, at));
          if (match === undefined) {
            collided ??= new Map();
            collided.set(slot, [...(collided.get(slot) ?? []), at]);
          } else {
            count++;
            if (examples.length < maxExamples * 4) {
              examples.push({ first: locationAt(data, match), again: locationAt(data, at), key: Buffer.from(data.subarray(at + HEADER, at + size)) });
            }
            if (examples.length >= maxExamples * 4) examples = examples.sort(byPosition).slice(0, maxExamples);
          }
        }
        at += size;
      }
    }
    return { count, examples: examples.sort(byPosition).slice(0, maxExamples) };
  }

  /** Removes the spill files. */
  dispose(): void {
    for (let part = 0; part < this.partitions; part++) if (this.spilled[part]) rmSync(this.file(part), { force: true });
  }
}

function locationAt(data: Buffer, at: number): KeyLocation {
  return { source: data.readUInt32LE(at + 8), rowNumber: data.readUInt32LE(at + 12), line: data.readUInt32LE(at + 16) };
}

function sameRecord(data: Buffer, a: number, b: number): boolean {
  if (data.readUInt32LE(a) !== data.readUInt32LE(b) || data.readUInt32LE(a + 4) !== data.readUInt32LE(b + 4)) return false;
  const n = data.readUInt32LE(a + 20);
  if (n !== data.readUInt32LE(b + 20)) return false;
  return data.compare(data, b + HEADER, b + HEADER + n, a + HEADER, a + HEADER + n) === 0;
}
