import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { KeyRuns } from './unique-runs.js';

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
  /** Bytes buffered in memory over all partitions (each gets an equal share) before they are appended to their files (default 8 MiB). */
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
  /** Bytes a partition buffers before it is appended to its file. */
  private readonly share: number;
  private readonly hash = new Uint32Array(2);
  /** Keys added. */
  count = 0;
  private readonly runs = new KeyRuns();
  private readonly numberKey = new Float64Array(1);
  private readonly numberBytes = new Uint8Array(this.numberKey.buffer);
  /** A numeric key that is not in a run, as a record of its 8 bytes. */
  private readonly putNumber = (value: number, source: number, rowNumber: number, line: number): void => {
    this.numberKey[0] = value;
    this.put(this.numberBytes, 0, 8, source, rowNumber, line);
  };
  /** True once any partition was written to disk. */
  didSpill = false;

  constructor(private readonly options: UniqueIndexOptions) {
    this.partitions = options.partitions ?? 256;
    if (this.partitions < 1 || (this.partitions & (this.partitions - 1)) !== 0) throw new Error('partitions must be a power of two');
    this.memoryBytes = options.memoryBytes ?? 8 * 1024 * 1024;
    this.buffers = Array.from({ length: this.partitions }, () => Buffer.alloc(0));
    this.lengths = new Int32Array(this.partitions);
    this.spilled = new Array<boolean>(this.partitions).fill(false);
    this.share = Math.max(1, Math.floor(this.memoryBytes / this.partitions));
  }

  private file(partition: number): string {
    return join(this.options.dir, `${this.options.name}.${partition}.spill`);
  }

  /** Adds the key bytes `key[s, e)` seen at a location. */
  add(key: Uint8Array, s: number, e: number, source: number, rowNumber: number, line: number): void {
    this.count++;
    this.put(key, s, e, source, rowNumber, line);
  }

  /**
   * Adds a numeric key (its 8 bytes in the machine's order: an index takes numbers or bytes, not
   * both; -0 must come as 0). Consecutive integers on consecutive rows are kept as runs.
   */
  addNumber(value: number, source: number, rowNumber: number, line: number): void {
    this.count++;
    this.runs.add(value, source, rowNumber, line, this.putNumber);
  }

  private put(key: Uint8Array, s: number, e: number, source: number, rowNumber: number, line: number): void {
    (this.options.hash ?? hashKey)(key, s, e, this.hash);
    const h1 = this.hash[0] as number;
    const part = h1 & (this.partitions - 1);
    const size = HEADER + (e - s);
    let buf = this.buffers[part] as Buffer;
    let at = this.lengths[part] as number;
    if (at + size > buf.length) {
      // Each partition keeps at most its share of the budget (a buffer reused after each append to
      // its file), so memory is bounded without a pile of outgrown buffers for the GC.
      if (at > 0 && at + size > this.share) {
        this.spillPartition(part);
        at = 0;
      }
      if (at + size > buf.length) {
        const grown = Buffer.allocUnsafeSlow(Math.max(at + size, Math.min(Math.max(buf.length * 2, 1024), this.share)));
        buf.copy(grown, 0, 0, at);
        buf = grown;
        this.buffers[part] = buf;
      }
    }
    put32(buf, at, h1);
    put32(buf, at + 4, this.hash[1] as number);
    put32(buf, at + 8, source);
    put32(buf, at + 12, Math.min(rowNumber, 0xffffffff));
    put32(buf, at + 16, Math.min(line, 0xffffffff));
    put32(buf, at + 20, e - s);
    for (let p = s, o = at + HEADER; p < e; p++, o++) buf[o] = key[p] as number;
    this.lengths[part] = at + size;
  }

  /** Appends a partition's buffered records to its file; the buffer is reused. */
  private spillPartition(part: number): void {
    appendFileSync(this.file(part), (this.buffers[part] as Buffer).subarray(0, this.lengths[part]));
    this.spilled[part] = true;
    this.lengths[part] = 0;
    this.didSpill = true;
  }

  /**
   * Finds every repeated key. Returns how many keys repeat an earlier one and, as examples, the
   * `maxExamples` earliest repeats (by source, then row).
   */
  finish(maxExamples: number): { count: number; examples: Duplicate[] } {
    this.runs.close(this.putNumber);
    // Runs that share no value with each other or with any other key repeat nothing; otherwise their
    // keys become records (in an index of their own, in row order) and join the search.
    let replayed: UniqueIndex | undefined;
    if (this.runs.size > 0 && (this.runs.overlap() || this.someKeyInRuns())) {
      replayed = new UniqueIndex({ ...this.options, name: `${this.options.name}-runs` });
      this.runs.replay(replayed.putNumber);
    }
    try {
      return this.search(maxExamples, replayed);
    } finally {
      replayed?.dispose();
    }
  }

  private someKeyInRuns(): boolean {
    const key = this.numberBytes;
    for (let part = 0; part < this.partitions; part++) {
      const data = this.partitionData(part);
      for (let at = 0; at < data.length; at += HEADER + get32(data, at + 20)) {
        if (get32(data, at + 20) !== 8) continue;
        for (let k = 0; k < 8; k++) key[k] = data[at + HEADER + k] as number;
        if (this.runs.holds(this.numberKey[0] as number)) return true;
      }
    }
    return false;
  }

  private partitionData(part: number): Buffer {
    const tail = (this.buffers[part] as Buffer).subarray(0, this.lengths[part]);
    return this.spilled[part] ? Buffer.concat([readFileSync(this.file(part)), tail]) : tail;
  }

  /** The search of {@link finish}, over this index's records and `other`'s, partition by partition, in row order. */
  private search(maxExamples: number, other: UniqueIndex | undefined): { count: number; examples: Duplicate[] } {
    let count = 0;
    let examples: Duplicate[] = [];
    const byPosition = (a: Duplicate, b: Duplicate) => a.again.source - b.again.source || a.again.rowNumber - b.again.rowNumber;
    for (let part = 0; part < this.partitions; part++) {
      const own = this.partitionData(part);
      const data = other ? Buffer.concat([own, other.partitionData(part)]) : own;
      const split = own.length;
      this.buffers[part] = Buffer.alloc(0);
      this.lengths[part] = 0;
      // Open addressing over record offsets (+1; 0 is free): one entry per distinct key, the first
      // record that had it. Equal keys hash equally, so probing meets the earliest one first.
      let tableSize = 16;
      while (tableSize < (data.length / HEADER) * 2) tableSize *= 2;
      const table = new Int32Array(tableSize);
      const mask = tableSize - 1;
      // Each part is in row order: taking the earlier record of the two parts keeps the whole in order.
      for (let a = 0, b = split; a < split || b < data.length;) {
        let at: number;
        if (b >= data.length || (a < split && before(data, a, b))) {
          at = a;
          a += HEADER + get32(data, a + 20);
        } else {
          at = b;
          b += HEADER + get32(data, b + 20);
        }
        const h2 = get32(data, at + 4);
        const size = HEADER + get32(data, at + 20);
        // The low bits of hash1 chose the partition; hash2 spreads the keys within it.
        let slot = h2 & mask;
        let match = -1;
        for (;;) {
          const entry = table[slot] as number;
          if (entry === 0) {
            table[slot] = at + 1;
            break;
          }
          if (sameRecord(data, entry - 1, at)) {
            match = entry - 1;
            break;
          }
          slot = (slot + 1) & mask;
        }
        if (match >= 0) {
          count++;
          if (examples.length < maxExamples * 4) {
            examples.push({ first: locationAt(data, match), again: locationAt(data, at), key: Buffer.from(data.subarray(at + HEADER, at + size)) });
          }
          if (examples.length >= maxExamples * 4) examples = examples.sort(byPosition).slice(0, maxExamples);
        }
      }
    }
    return { count, examples: examples.sort(byPosition).slice(0, maxExamples) };
  }

  /** Removes the spill files. */
  dispose(): void {
    for (let part = 0; part < this.partitions; part++) if (this.spilled[part]) rmSync(this.file(part), { force: true });
  }
}

// Inline little-endian accessors: Buffer's own check their arguments on every call.
function put32(buf: Buffer, at: number, v: number): void {
  buf[at] = v;
  buf[at + 1] = v >>> 8;
  buf[at + 2] = v >>> 16;
  buf[at + 3] = v >>> 24;
}

function get32(buf: Buffer, at: number): number {
  return ((buf[at] as number) | ((buf[at + 1] as number) << 8) | ((buf[at + 2] as number) << 16) | ((buf[at + 3] as number) << 24)) >>> 0;
}

/** Whether the record at `a` comes before the one at `b` (by source, then row). */
function before(data: Buffer, a: number, b: number): boolean {
  const sa = get32(data, a + 8);
  const sb = get32(data, b + 8);
  return sa < sb || (sa === sb && get32(data, a + 12) < get32(data, b + 12));
}

function locationAt(data: Buffer, at: number): KeyLocation {
  return { source: get32(data, at + 8), rowNumber: get32(data, at + 12), line: get32(data, at + 16) };
}

/** True when the records at `a` and `b` hold the same key (same hashes, length and bytes). */
function sameRecord(data: Buffer, a: number, b: number): boolean {
  for (let k = 0; k < 8; k++) if (data[a + k] !== data[b + k]) return false;
  const n = get32(data, a + 20);
  if (n !== get32(data, b + 20)) return false;
  for (let k = 0; k < n; k++) if (data[a + HEADER + k] !== data[b + HEADER + k]) return false;
  return true;
}
