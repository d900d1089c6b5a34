import { hashBytes, sameBytes } from './byte-hash.js';

/**
 * Counts of up to `capacity` distinct byte strings (a categorical column's values), keyed by their
 * bytes: a value seen before costs a hash and a byte comparison, no string and no Map lookup. The
 * values are decoded (UTF-8) only by {@link entries}. An open-addressing table, sized once for
 * `capacity` keys, so adding never rehashes.
 */
export class CategoryCounter {
  /** Entry number + 1 per slot, 0 when free. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private hashes: Int32Array;
  private starts: Int32Array;
  private lengths: Int32Array;
  private counts: Float64Array;
  /** The keys' bytes, back to back. */
  private slab = Buffer.allocUnsafe(4096);
  private used = 0;
  /** Distinct values held. */
  size = 0;

  constructor(private readonly capacity: number) {
    let tableSize = 16;
    while (tableSize < capacity * 2) tableSize *= 2;
    this.slots = new Int32Array(tableSize);
    this.mask = tableSize - 1;
    const initial = Math.min(capacity, 64);
    this.hashes = new Int32Array(initial);
    this.starts = new Int32Array(initial);
    this.lengths = new Int32Array(initial);
    this.counts = new Float64Array(initial);
  }

  /**
   * Counts one occurrence of `buf[s, e)`: true when counted (seen before, or new and there was
   * room), false when it is new and the counter is full (the caller counts it elsewhere).
   */
  add(buf: Uint8Array, s: number, e: number, count = 1): boolean {
    const n = e - s;
    const h = hashBytes(buf, s, e) | 0;
    let slot = h & this.mask;
    for (;;) {
      const entry = this.slots[slot] as number;
      if (entry === 0) break;
      const k = entry - 1;
      if (this.hashes[k] === h && this.lengths[k] === n && sameBytes(this.slab, this.starts[k] as number, buf, s, n)) {
        this.counts[k] = (this.counts[k] as number) + count;
        return true;
      }
      slot = (slot + 1) & this.mask;
    }
    if (this.size >= this.capacity) return false;
    const k = this.size++;
    if (k >= this.hashes.length) this.growEntries();
    if (this.used + n > this.slab.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.slab.length * 2, this.used + n));
      this.slab.copy(grown, 0, 0, this.used);
      this.slab = grown;
    }
    for (let p = 0; p < n; p++) this.slab[this.used + p] = buf[s + p] as number;
    this.hashes[k] = h;
    this.starts[k] = this.used;
    this.lengths[k] = n;
    this.counts[k] = count;
    this.used += n;
    this.slots[slot] = k + 1;
    return true;
  }

  private growEntries(): void {
    const size = Math.min(this.capacity, this.hashes.length * 2);
    const grow = <T extends Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.hashes = grow(this.hashes, (n) => new Int32Array(n));
    this.starts = grow(this.starts, (n) => new Int32Array(n));
    this.lengths = grow(this.lengths, (n) => new Int32Array(n));
    this.counts = grow(this.counts, (n) => new Float64Array(n));
  }

  /** Every value (decoded as UTF-8) with its count, in insertion order. */
  entries(): [string, number][] {
    const out: [string, number][] = [];
    for (let k = 0; k < this.size; k++) {
      const start = this.starts[k] as number;
      out.push([this.slab.toString('utf8', start, start + (this.lengths[k] as number)), this.counts[k] as number]);
    }
    return out;
  }
}
