import { ExactSum, squareError } from './sketch.js';

/**
 * A fast exact accumulator of doubles (a "superaccumulator" in the manner of Neal's xsum): each
 * value's 53-bit mantissa, shifted to its binary position, is cut into 32-bit chunks that are added
 * to integer-valued double bins, one bin per 32 bits of the exponent range. A bin takes 2^20 chunks
 * before it could leave the exactly representable integers, so carries are propagated every 2^20
 * adds. Adding costs a few arithmetic operations and no branching on the data, unlike an expansion
 * whose length varies. {@link toExactSum} folds the bins into an {@link ExactSum}; the exact value, and
 * so the canonical components, are those of adding the same values one by one to an ExactSum.
 *
 * Only finite values below 2^900 in magnitude may be added (the caller keeps them below 1e100, and
 * their squares below 1e200).
 */
export class ExactAccumulator {
  // Bit positions counted from 2^-1074 (the least subnormal); 2098 positions + a carry bin.
  private readonly bins = new Float64Array(BINS);
  private pendingAdds = 0;
  private used = false;

  /** Adds a finite `x` exactly. */
  add(x: number): void {
    F64[0] = x;
    const high = U32[HIGH] as number;
    const exponent = (high >>> 20) & 0x7ff;
    let mantissa = (high & 0xfffff) * TWO32 + (U32[1 - HIGH] as number);
    if (mantissa === 0 && exponent === 0) return;
    // Normal numbers carry the hidden bit; subnormals sit at the position of the least normal.
    if (exponent !== 0) mantissa += TWO52;
    const position = exponent === 0 ? 0 : exponent - 1;
    const bin = position >>> 5;
    // Exact: a power-of-two scaling of an integer below 2^53 gives an integer below 2^84.
    const shifted = mantissa * (POW2_SMALL[position & 31] as number);
    const q1 = Math.floor(shifted * INV_TWO32);
    const q2 = Math.floor(q1 * INV_TWO32);
    const bins = this.bins;
    if (high >>> 31 === 0) {
      bins[bin] = (bins[bin] as number) + (shifted - q1 * TWO32);
      bins[bin + 1] = (bins[bin + 1] as number) + (q1 - q2 * TWO32);
      bins[bin + 2] = (bins[bin + 2] as number) + q2;
    } else {
      bins[bin] = (bins[bin] as number) - (shifted - q1 * TWO32);
      bins[bin + 1] = (bins[bin + 1] as number) - (q1 - q2 * TWO32);
      bins[bin + 2] = (bins[bin + 2] as number) - q2;
    }
    this.used = true;
    if (++this.pendingAdds === CARRY_EVERY) this.carry();
  }

  /**
   * Adds the non-null `values[from, to)` (`nulls[i] === 1` skips one), each finite and below 2^900 in
   * magnitude. A batch is first summed by binary exponent, xsum's "large accumulator": the mantissas
   * of one sign and exponent are integers, summed exactly in two doubles (their high 21 and low 32
   * bits) for up to 2^20 values, then moved here as two exact doubles per exponent in use.
   */
  addMany(values: Float64Array, from: number, to: number, nulls?: Uint8Array): void {
    const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
    const high = LARGE_HIGH;
    const low = LARGE_LOW;
    let pending = 0;
    let used = 0;
    for (let i = from; i < to; i++) {
      if (nulls !== undefined && nulls[i] === 1) continue;
      const top = words[2 * i + HIGH] as number;
      const bottom = words[2 * i + 1 - HIGH] as number;
      // ±0 adds nothing (and would list its key again and again).
      if ((top & 0x7fffffff) === 0 && bottom === 0) continue;
      const key = top >>> 20;
      // Sums only grow: a key is listed once, when it is first met.
      if (high[key] === 0 && low[key] === 0) LARGE_USED[used++] = key;
      // The hidden bit of a normal number; a subnormal (exponent 0) has none.
      high[key] = (high[key] as number) + (top & 0xfffff) + ((key & 0x7ff) === 0 ? 0 : 0x100000);
      low[key] = (low[key] as number) + bottom;
      if (++pending === LARGE_FLUSH) {
        this.flushLarge(used);
        pending = used = 0;
      }
    }
    this.flushLarge(used);
  }

  /** {@link addSquare} of each non-null `values[from, to)`, through {@link addMany}; `|x|` below ~1e150. */
  addSquares(values: Float64Array, from: number, to: number, nulls?: Uint8Array): void {
    const parts = SQUARES;
    let n = 0;
    for (let i = from; i < to; i++) {
      if (nulls !== undefined && nulls[i] === 1) continue;
      const x = values[i] as number;
      const product = x * x;
      parts[n] = product;
      parts[n + 1] = squareError(x, product);
      n += 2;
      if (n === parts.length) {
        this.addMany(parts, 0, n);
        n = 0;
      }
    }
    if (n > 0) this.addMany(parts, 0, n);
  }

  /** Moves the large accumulator's sums here, exactly, and clears them (`used` keys in {@link LARGE_USED}). */
  private flushLarge(used: number): void {
    for (let u = 0; u < used; u++) {
      const key = LARGE_USED[u] as number;
      const h = LARGE_HIGH[key] as number;
      const l = LARGE_LOW[key] as number;
      LARGE_HIGH[key] = 0;
      LARGE_LOW[key] = 0;
      const exponent = key & 0x7ff;
      // The mantissa's unit: 2^(e − 1075), and 2^-1074 for subnormals. Both products are exact.
      const unit = POW2_UNIT[exponent === 0 ? 1 : exponent] as number;
      const sign = key >>> 11 === 0 ? 1 : -1;
      if (h !== 0) this.add(sign * h * TWO32 * unit);
      if (l !== 0) this.add(sign * l * unit);
    }
  }

  /** Adds `x * x` exactly (Dekker's product, as {@link ExactSum.addSquare}); `|x|` below ~1e150. */
  addSquare(x: number): void {
    const product = x * x;
    const error = squareError(x, product);
    this.add(product);
    if (error !== 0) this.add(error);
  }

  /**
   * Moves each bin's part above 32 bits into the next bin, leaving every bin but the last below 2^32
   * in magnitude. Truncation (not floor) keeps a bin's sign, so a negative total does not ripple a
   * borrow up to the top bin.
   */
  private carry(): void {
    const bins = this.bins;
    for (let i = 0; i < BINS - 1; i++) {
      const v = bins[i] as number;
      if (v === 0) continue;
      const carry = Math.trunc(v * INV_TWO32);
      bins[i] = v - carry * TWO32;
      bins[i + 1] = (bins[i + 1] as number) + carry;
    }
    this.pendingAdds = 0;
  }

  /** The exact sum as an {@link ExactSum} (the accumulator stays usable). */
  toExactSum(): ExactSum {
    const sum = new ExactSum();
    if (!this.used) return sum;
    this.carry();
    // Every bin but the last is an integer below 2^32 in magnitude and the last one is small: each term bin·2^k is
    // an exact double (subnormal at the bottom), so the ExactSum receives the exact total.
    for (let i = 0; i < BINS; i++) {
      const v = this.bins[i] as number;
      if (v !== 0) sum.add(v * (POW2_BIN[i] as number));
    }
    return sum;
  }
}

const TWO32 = 4294967296;
const INV_TWO32 = 1 / TWO32;
const TWO52 = 4503599627370496;
const CARRY_EVERY = 1 << 20;
const BINS = 68;
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
// The word holding the sign and exponent: the second on little-endian machines.
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
// xsum's large accumulator, by sign and exponent (12 bits): shared, as it is emptied by every call.
const LARGE_HIGH = new Float64Array(4096);
const LARGE_LOW = new Float64Array(4096);
// The keys in use, each once: a key is listed when its two sums are both 0 and it is met.
const LARGE_USED = new Int32Array(4096);
// Low words are below 2^32: 2^20 of them sum well below 2^53.
const LARGE_FLUSH = 1 << 20;
const SQUARES = new Float64Array(4096);
// 2^(e − 1075) for exponents e of values below 2^900 (larger ones are never added).
const POW2_UNIT = Float64Array.from({ length: 2048 }, (_, e) => (e < 1975 ? 2 ** (e - 1075) : 0));
const POW2_SMALL = Float64Array.from({ length: 32 }, (_, r) => 2 ** r);
// Bin i holds multiples of 2^(32i − 1074).
const POW2_BIN = Float64Array.from({ length: BINS }, (_, i) => 2 ** (32 * i - 1074));
