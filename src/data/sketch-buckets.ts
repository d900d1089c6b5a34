/**
 * The bucket of a value in the quantile sketch (sketch.ts): by its logarithm, as defined, and by table
 * lookup, which gives exactly the same index at a fraction of the cost.
 */
/** Relative accuracy of the sketch: every quantile is within 1 % of a true value of that rank. */
export const RELATIVE_ACCURACY = 0.01;
/** Bucket ratio: bucket k holds magnitudes in (GAMMA^(k-1), GAMMA^k]. */
export const GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
const INV_LOG_GAMMA = 1 / Math.log(GAMMA);

/** The bucket index of a positive magnitude. */
export function bucketIndex(magnitude: number): number {
  return Math.ceil(Math.log(magnitude) * INV_LOG_GAMMA);
}

// A bucket ~2 % wide holds ~80 slices of 2^-12 relative width; a slice inside one bucket takes its
// index from a table (one per binary exponent, built when first met), a slice across a boundary from
// the logarithm. A slice counts as inside only when both its ends lie clear of the boundaries by far
// more than the logarithm's error, so the table gives exactly what bucketIndex gives.
const SLICE_BITS = 12;
const ACROSS = 0x7fffffff;
const MARGIN = 1e-7;
const SLICES: (Int32Array | undefined)[] = new Array<Int32Array | undefined>(2048).fill(undefined);
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

function sliceTable(exponent: number): Int32Array {
  const table = new Int32Array(1 << SLICE_BITS);
  const shift = 20 - SLICE_BITS;
  for (let slice = 0; slice < table.length; slice++) {
    U32[HIGH] = (exponent << 20) | (slice << shift);
    U32[1 - HIGH] = 0;
    const low = Math.log(F64[0] as number) * INV_LOG_GAMMA;
    U32[HIGH] = (exponent << 20) | (slice << shift) | ((1 << shift) - 1);
    U32[1 - HIGH] = 0xffffffff;
    const high = Math.log(F64[0] as number) * INV_LOG_GAMMA;
    const index = Math.ceil(low);
    const clear = low > index - 1 + MARGIN && high < index - MARGIN && Math.ceil(high) === index;
    table[slice] = clear ? index : ACROSS;
  }
  SLICES[exponent] = table;
  return table;
}

// The slices of magnitudes 2^-64 to 2^64 in one flat table (2 MiB, filled an exponent at a time as
// values meet them): the per-exponent tables cost a dependent load and a branch the data decides.
const WINDOW_LOW = 1023 - 64;
const WINDOW_SIZE = 128;
const WINDOW = new Int32Array(WINDOW_SIZE << SLICE_BITS);
const WINDOW_BUILT = new Uint8Array(WINDOW_SIZE);
// Codes of sliceIndexes besides `index << 1 | sign` (bucket indexes stay within ±2^16).
export const SKIP = 0x7ffffffe;
export const OUTSIDE = 0x7fffffff;

/**
 * For each of the `n` values of `words` (as doubles) from `from`: `index << 1 | sign` of its bucket
 * from the window's table, {@link OUTSIDE} where the table cannot tell (zero, subnormal, beyond the
 * window, a slice across a boundary), {@link SKIP} for a null. A function of its own, with nothing
 * else in its loop, keeps the loop tight.
 */
export function sliceIndexes(words: Uint32Array, from: number, n: number, nulls: Uint8Array | undefined, out: Int32Array): void {
  for (let k = 0; k < n; k++) {
    const i = from + k;
    if (nulls !== undefined && nulls[i] === 1) {
      out[k] = SKIP;
      continue;
    }
    const top = words[2 * i + HIGH] as number;
    const magnitude = top & 0x7fffffff;
    const exponent = magnitude >>> 20;
    if (exponent - WINDOW_LOW >= WINDOW_SIZE || exponent < WINDOW_LOW) {
      out[k] = OUTSIDE;
      continue;
    }
    if (WINDOW_BUILT[exponent - WINDOW_LOW] === 0) buildWindow(exponent);
    const index = WINDOW[(magnitude >>> (20 - SLICE_BITS)) - (WINDOW_LOW << SLICE_BITS)] as number;
    out[k] = index === ACROSS ? OUTSIDE : (index << 1) | (top >>> 31);
  }
}

// The codes of a batch of values, counted a batch at a time.
export const BATCH = 4096;
export const INDEXES = new Int32Array(BATCH);

function buildWindow(exponent: number): void {
  WINDOW.set(SLICES[exponent] ?? sliceTable(exponent), (exponent - WINDOW_LOW) << SLICE_BITS);
  WINDOW_BUILT[exponent - WINDOW_LOW] = 1;
}

/** {@link bucketIndex} of a normal positive magnitude, mostly by table lookup. */
export function fastBucketIndex(magnitude: number): number {
  F64[0] = magnitude;
  const high = U32[HIGH] as number;
  const exponent = high >>> 20;
  const index = (SLICES[exponent] ?? sliceTable(exponent))[(high >>> (20 - SLICE_BITS)) & ((1 << SLICE_BITS) - 1)] as number;
  return index === ACROSS ? bucketIndex(magnitude) : index;
}
