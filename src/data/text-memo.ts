import { hashBytes, sameBytes } from './byte-hash.js';

/** Keys longer than this are not cached (they are rarely repeated categories). */
const MAX_KEY = 64;
const SLOTS = 2048;

/**
 * A predicate over a cell's text (a pattern, an enum, a string format, a reference category set),
 * memoised by the cell's bytes in a direct-mapped cache: a column with few distinct values is
 * decoded and tested once per value, not once per cell. The predicate must be pure.
 */
export class TextMemo {
  private readonly keys = Buffer.alloc(SLOTS * MAX_KEY);
  /** Key length + 1 per slot; 0 when empty. */
  private readonly lengths = new Int32Array(SLOTS);
  private readonly results = new Uint8Array(SLOTS);

  constructor(private readonly predicate: (text: string) => boolean) {}

  /** `predicate(text of buf[s, e))`, from the cache when these bytes were tested before. */
  test(buf: Uint8Array, s: number, e: number): boolean {
    const n = e - s;
    if (n > MAX_KEY) return this.predicate(Buffer.from(buf.buffer, buf.byteOffset + s, n).toString('utf8'));
    const slot = hashBytes(buf, s, e) & (SLOTS - 1);
    const at = slot * MAX_KEY;
    if (this.lengths[slot] === n + 1 && sameBytes(this.keys, at, buf, s, n)) return this.results[slot] === 1;
    const result = this.predicate(Buffer.from(buf.buffer, buf.byteOffset + s, n).toString('utf8'));
    for (let k = 0; k < n; k++) this.keys[at + k] = buf[s + k] as number;
    this.lengths[slot] = n + 1;
    this.results[slot] = result ? 1 : 0;
    return result;
  }
}
