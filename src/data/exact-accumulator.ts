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
const POW2_SMALL = Float64Array.from({ length: 32 }, (_, r) => 2 ** r);
// Bin i holds multiples of 2^(32i − 1074).
const POW2_BIN = Float64Array.from({ length: BINS }, (_, i) => 2 ** (32 * i - 1074));
