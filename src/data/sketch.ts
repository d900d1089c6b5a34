/**
 * Mergeable, deterministic summaries of a numeric column: a DDSketch-style log-bucketed histogram for
 * quantiles and distribution distances, and exact floating-point sums for the mean and deviation.
 *
 * Both are built so that the summary of a whole equals, bit for bit, the merge of the summaries of its
 * parts in any order: bucket counts are integers, collapsing depends only on the final highest bucket,
 * and sums are kept as exact expansions (Shewchuk) stored in one canonical form.
 */

import { BATCH, fastBucketIndex, GAMMA, INDEXES, OUTSIDE, RELATIVE_ACCURACY, SKIP, sliceIndexes } from './sketch-buckets.js';

export { bucketIndex, fastBucketIndex, GAMMA, RELATIVE_ACCURACY } from './sketch-buckets.js';
/** Most buckets a sign keeps; lower (smaller-magnitude) buckets collapse into the lowest kept one. */
export const MAX_BUCKETS = 2048;
// Magnitudes below the smallest normal double count as zero, which keeps bucket indices bounded.
const MIN_INDEXABLE = 2.2250738585072014e-308;

/** One sign's buckets as stored: `counts[i]` is the count of bucket `offset + i`; no leading or trailing zeros. */
export interface StoreJson {
  offset: number;
  counts: number[];
}

/** A numeric column's sketch as stored in a profile. */
export interface SketchJson {
  relativeAccuracy: number;
  zeros: number;
  positive: StoreJson;
  negative: StoreJson;
}

/** Dense counts for one sign, indexed by bucket; grows rarely, so adding a value allocates nothing. */
class BucketStore {
  private counts = new Float64Array(0);
  private offset = 0;
  private minIndex = Infinity;
  private maxIndex = -Infinity;

  add(index: number, count = 1): void {
    if (index < this.minIndex || index > this.maxIndex) index = this.extend(index);
    this.counts[index - this.offset]! += count;
  }

  /** Widens the kept range to `index` and returns where it is counted (collapsed when too low). */
  private extend(index: number): number {
    const newMax = Math.max(this.maxIndex, index);
    const newMin = Math.max(Math.min(this.minIndex, index), newMax - MAX_BUCKETS + 1);
    if (newMin < this.offset || newMax >= this.offset + this.counts.length) {
      const span = newMax - newMin + 1;
      const size = Math.min(Math.max(64, span * 2), MAX_BUCKETS * 2);
      const next = new Float64Array(size);
      const nextOffset = newMin - Math.floor((size - span) / 2);
      for (let k = this.minIndex; k <= this.maxIndex; k++) {
        const count = this.counts[k - this.offset] ?? 0;
        next[Math.max(k, newMin) - nextOffset]! += count;
      }
      this.counts = next;
      this.offset = nextOffset;
    } else if (newMin > this.minIndex) {
      // The window holds everything, but the highest bucket moved up: collapse in place.
      let collapsed = 0;
      for (let k = this.minIndex; k < newMin; k++) {
        collapsed += this.counts[k - this.offset]!;
        this.counts[k - this.offset] = 0;
      }
      this.counts[newMin - this.offset]! += collapsed;
    }
    this.minIndex = newMin;
    this.maxIndex = newMax;
    return Math.max(index, newMin);
  }

  toJson(): StoreJson {
    let low = this.minIndex;
    let high = this.maxIndex;
    while (low <= high && this.counts[low - this.offset] === 0) low++;
    while (high >= low && this.counts[high - this.offset] === 0) high--;
    if (low > high) return { offset: 0, counts: [] };
    return { offset: low, counts: Array.from(this.counts.subarray(low - this.offset, high - this.offset + 1)) };
  }
}

/** Builds a {@link SketchJson} one value at a time without allocating per value. */
export class QuantileSketch {
  private readonly positive = new BucketStore();
  private readonly negative = new BucketStore();
  private zeros = 0;

  /** Adds a finite value. */
  add(value: number): void {
    if (value >= MIN_INDEXABLE) this.positive.add(fastBucketIndex(value));
    else if (value <= -MIN_INDEXABLE) this.negative.add(fastBucketIndex(-value));
    else this.zeros++;
  }

  /** {@link add} of `value` (finite) `count` times. */
  addCount(value: number, count: number): void {
    if (value >= MIN_INDEXABLE) this.positive.add(fastBucketIndex(value), count);
    else if (value <= -MIN_INDEXABLE) this.negative.add(fastBucketIndex(-value), count);
    else this.zeros += count;
  }

  /** {@link add} of each non-null `values[from, to)` (`nulls[i] === 1` skips one), each finite. */
  addMany(values: Float64Array, from: number, to: number, nulls?: Uint8Array): void {
    const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
    for (let i = from; i < to; i += BATCH) {
      const n = Math.min(to - i, BATCH);
      sliceIndexes(words, i, n, nulls, INDEXES);
      // Equal buckets in a row (sorted or clustered values) are counted together.
      let last = SKIP;
      let run = 0;
      for (let k = 0; k < n; k++) {
        const code = INDEXES[k] as number;
        if (code === SKIP) continue;
        if (code === last) {
          run++;
          continue;
        }
        if (code === OUTSIDE) {
          this.add(values[i + k] as number);
          continue;
        }
        if (run > 0) this.addCode(last, run);
        last = code;
        run = 1;
      }
      if (run > 0) this.addCode(last, run);
    }
  }

  private addCode(code: number, count: number): void {
    if ((code & 1) === 0) this.positive.add(code >> 1, count);
    else this.negative.add(code >> 1, count);
  }

  /** Adds every bucket of a stored sketch (merging). */
  addSketch(sketch: SketchJson): void {
    this.zeros += sketch.zeros;
    sketch.positive.counts.forEach((count, i) => count > 0 && this.positive.add(sketch.positive.offset + i, count));
    sketch.negative.counts.forEach((count, i) => count > 0 && this.negative.add(sketch.negative.offset + i, count));
  }

  /** The sketch in its canonical stored form. */
  toJson(): SketchJson {
    return { relativeAccuracy: RELATIVE_ACCURACY, zeros: this.zeros, positive: this.positive.toJson(), negative: this.negative.toJson() };
  }
}

/** Merges stored sketches; equals the sketch of all their values in one pass. */
export function mergeSketches(sketches: readonly SketchJson[]): SketchJson {
  const merged = new QuantileSketch();
  for (const sketch of sketches) merged.addSketch(sketch);
  return merged.toJson();
}

/** A stretch of the value axis and how many values fell in it, ascending by value. */
export interface SketchBucket {
  low: number;
  high: number;
  count: number;
}

/**
 * The sketch's buckets in ascending value order, clamped to the column's [min, max] so the outermost
 * buckets do not reach past the data. Zeros are a bucket of width zero.
 */
export function sketchBuckets(sketch: SketchJson, min: number, max: number): SketchBucket[] {
  const out: SketchBucket[] = [];
  const clamp = (x: number) => Math.min(Math.max(x, min), max);
  const { negative, positive } = sketch;
  for (let i = negative.counts.length - 1; i >= 0; i--) {
    const count = negative.counts[i]!;
    const k = negative.offset + i;
    if (count > 0) out.push({ low: clamp(-Math.pow(GAMMA, k)), high: clamp(-Math.pow(GAMMA, k - 1)), count });
  }
  if (sketch.zeros > 0) out.push({ low: clamp(0), high: clamp(0), count: sketch.zeros });
  positive.counts.forEach((count, i) => {
    const k = positive.offset + i;
    if (count > 0) out.push({ low: clamp(Math.pow(GAMMA, k - 1)), high: clamp(Math.pow(GAMMA, k)), count });
  });
  return out;
}

/**
 * The value of rank `q * (count - 1)` (0-based, rounded down), within {@link RELATIVE_ACCURACY} of
 * it, clamped to [min, max]; `undefined` for an empty sketch.
 */
export function sketchQuantile(sketch: SketchJson, q: number, min: number, max: number): number | undefined {
  const total = sketch.zeros + sum(sketch.positive.counts) + sum(sketch.negative.counts);
  if (total === 0) return undefined;
  const rank = q * (total - 1);
  let seen = 0;
  const clamp = (x: number) => Math.min(Math.max(x, min), max);
  const { negative, positive } = sketch;
  for (let i = negative.counts.length - 1; i >= 0; i--) {
    seen += negative.counts[i]!;
    if (seen > rank) return clamp((-2 * Math.pow(GAMMA, negative.offset + i)) / (GAMMA + 1));
  }
  seen += sketch.zeros;
  if (seen > rank) return clamp(0);
  for (let i = 0; i < positive.counts.length; i++) {
    seen += positive.counts[i]!;
    if (seen > rank) return clamp((2 * Math.pow(GAMMA, positive.offset + i)) / (GAMMA + 1));
  }
  return max;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * An exact sum of doubles as a nonoverlapping expansion (Shewchuk; the algorithm of Python's
 * `math.fsum`). Adding allocates nothing; the partial count stays small (at most ~40).
 */
export class ExactSum {
  private readonly partials = new Float64Array(64);
  private length = 0;

  /** Adds `x` exactly. */
  add(x: number): void {
    const p = this.partials;
    let kept = 0;
    for (let j = 0; j < this.length; j++) {
      const y = p[j]!;
      const hi = x + y;
      const yVirtual = hi - x;
      const lo = x - (hi - yVirtual) + (y - yVirtual);
      if (lo !== 0) p[kept++] = lo;
      x = hi;
    }
    if (x !== 0) p[kept++] = x;
    this.length = kept;
  }

  /** Adds `x * x` exactly (Dekker's product); `|x|` must stay below ~1e150 so nothing overflows. */
  addSquare(x: number): void {
    const product = x * x;
    const error = squareError(x, product);
    this.add(product);
    // Squares of small integers and short decimals are often exact; skipping the zero saves a pass.
    if (error !== 0) this.add(error);
  }

  /** Adds `a * b` exactly (both below ~1e150 in magnitude). */
  addProduct(a: number, b: number): void {
    const product = a * b;
    this.add(product);
    this.add(productError(a, b, product));
  }

  /** The correctly rounded value of the sum. */
  rounded(): number {
    const p = this.partials;
    let n = this.length;
    if (n === 0) return 0;
    let hi = p[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Round half to even across the remaining partials, as math.fsum does.
    if (n > 0 && ((lo < 0 && p[n - 1]! < 0) || (lo > 0 && p[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
    return hi;
  }

  /**
   * The exact value as its canonical components: the rounded value, then the rounded remainder, and
   * so on until nothing remains. One exact value has one such list, so equal sums store equally.
   */
  canonical(): number[] {
    const rest = new ExactSum();
    for (let i = 0; i < this.length; i++) rest.add(this.partials[i]!);
    const out: number[] = [];
    while (rest.length > 0) {
      const component = rest.rounded();
      out.push(component);
      rest.add(-component);
    }
    return out;
  }
}

// 2^27 + 1: splits a double into two halves whose products are exact.
const SPLITTER = 134217729;

/** What `a * b` (`product`) rounded away: Dekker's product, so `product + error` is exact (no overflow or underflow). */
export function productError(a: number, b: number, product: number): number {
  const ta = SPLITTER * a;
  const aHigh = ta - (ta - a);
  const aLow = a - aHigh;
  const tb = SPLITTER * b;
  const bHigh = tb - (tb - b);
  const bLow = b - bHigh;
  return aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;
}

/** What `x * x` (`product`) rounded away: Dekker's split, so `product + error` is the exact square. */
export function squareError(x: number, product: number): number {
  const t = SPLITTER * x;
  const high = t - (t - x);
  const low = x - high;
  return high * high - product + 2 * high * low + low * low;
}

/** The exact sum of canonical component lists (merging stored sums). */
export function addComponents(lists: readonly (readonly number[])[]): number[] {
  const total = new ExactSum();
  for (const list of lists) for (const c of list) total.add(c);
  return total.canonical();
}

/**
 * Mean and deviations from exact sums: `n·Σx² − (Σx)²` is formed exactly and rounded once, so the
 * variance is accurate even when the mean is large next to the spread.
 */
export function momentsFromSums(
  count: number,
  sumParts: readonly number[],
  squareParts: readonly number[],
): { mean: number; populationVariance: number; sampleVariance: number | null } {
  const sumValue = new ExactSum();
  for (const c of sumParts) sumValue.add(c);
  const mean = sumValue.rounded() / count;
  const spread = new ExactSum();
  for (const q of squareParts) spread.addProduct(count, q);
  for (const a of sumParts) for (const b of sumParts) spread.addProduct(-a, b);
  const numerator = Math.max(0, spread.rounded());
  return {
    mean,
    populationVariance: numerator / count / count,
    sampleVariance: count > 1 ? numerator / count / (count - 1) : null,
  };
}
