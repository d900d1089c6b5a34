/**
 * A numeric column's accumulator in a profile (profile.ts): its exact sums, sketch, sample and
 * distinct values, added a value or a typed column at a time.
 */
import { ExactAccumulator } from './exact-accumulator.js';
import type { NumericParts } from './profile.js';
import { productError, QuantileSketch, squareError } from './sketch.js';

/** Exact values are kept while a numeric column has at most this many, for exact KS tests. */
export const MAX_SAMPLE = 1000;
/** Distinct numeric values tracked with counts, to tell low-cardinality numeric columns (Evidently's `nunique <= 5`). */
export const MAX_DISTINCT = 5;
/** Values {@link NumericAccumulator.hold} holds back before it counts them in one batch. */
const PENDING = 1024;
// Values this large could overflow the exact sum of squares; the mean and deviation are then omitted.
const MAX_SUMMABLE = 1e100;

/**
 * What a caller's own pass found of the non-null values it gives {@link NumericAccumulator.addMany}:
 * how many, the least and greatest (NaN excluded), and whether all are integers when it knows.
 */
export interface KnownRange {
  present: number;
  least: number;
  greatest: number;
  integers?: boolean;
}

/** Whether every non-null `values[from, to)` is an integer: the first that is not ends the pass. */
function allIntegers(values: Float64Array, nulls: Uint8Array | undefined, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((nulls === undefined || nulls[i] !== 1) && Math.floor(values[i] as number) !== values[i]) return false;
  return true;
}

/** The state of one numeric column; {@link parts} is what the stored profile holds of it. */
export class NumericAccumulator {
  count = 0;
  nulls = 0;
  private invalid = 0;
  private min = Infinity;
  private max = -Infinity;
  private tooLarge = false;
  private readonly sum = new ExactAccumulator();
  private readonly squares = new ExactAccumulator();
  private readonly sketch = new QuantileSketch();
  private readonly sample = new Float64Array(MAX_SAMPLE);
  private readonly distinctValues = new Float64Array(MAX_DISTINCT);
  private readonly distinctCounts = new Float64Array(MAX_DISTINCT);
  private distinctSize = 0;
  private distinctOverflow = false;
  /** Values held back, in order, and how many. */
  private readonly held = new Float64Array(PENDING);
  private heldCount = 0;

  /** Takes a value to count with the next batch. */
  hold(value: number): void {
    this.held[this.heldCount++] = value;
    if (this.heldCount === PENDING) this.release();
  }

  /** Counts the values held back. */
  release(): void {
    const n = this.heldCount;
    if (n === 0) return;
    this.heldCount = 0;
    this.addMany(this.held, undefined, 0, n);
  }

  /** One value, counted now. */
  add(value: number): void {
    if (value - value !== 0) {
      this.invalid++;
      return;
    }
    value += 0; // -0 becomes 0: JSON cannot tell them apart, so the sample must not either.
    const n = this.count++;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    if (value < MAX_SUMMABLE && value > -MAX_SUMMABLE) {
      this.sum.add(value);
      this.squares.addSquare(value);
    } else this.tooLarge = true;
    this.sketch.add(value);
    if (n < MAX_SAMPLE) this.sample[n] = value;
    if (!this.distinctOverflow) this.noteDistinct(value);
  }

  /**
   * {@link add} of each non-null `values[from, to)` (`nulls[i] === 1` marks a null, skipped), with
   * the same result: a column of integers is summed in doubles, exactly, in runs short enough that no
   * partial sum can round; other values through the exact accumulators' batch paththis.
   */
  addMany(values: Float64Array, nulls: Uint8Array | undefined, from: number, to: number, known?: KnownRange): void {
    let present = 0;
    let least = Infinity;
    let greatest = -Infinity;
    let integers = true;
    if (known) {
      // The caller's pass over the values found these; what it could not tell, one short pass does.
      ({ present, least, greatest } = known);
      if (!(least > -MAX_SUMMABLE && greatest < MAX_SUMMABLE)) return this.addEach(values, nulls, from, to);
      integers = known.integers ?? allIntegers(values, nulls, from, to);
    } else {
      for (let i = from; i < to; i++) {
        if (nulls !== undefined && nulls[i] === 1) continue;
        const v = values[i] as number;
        if (v - v !== 0 || v >= MAX_SUMMABLE || v <= -MAX_SUMMABLE) return this.addEach(values, nulls, from, to);
        if (v < least) least = v;
        if (v > greatest) greatest = v;
        if (integers && Math.floor(v) !== v) integers = false;
        present++;
      }
    }
    if (least > greatest) return;
    const largest = Math.max(-least, greatest);
    // -0 becomes 0, as add() makes it.
    if (least + 0 < this.min) this.min = least + 0;
    if (greatest + 0 > this.max) this.max = greatest + 0;
    let n = this.count;
    for (let i = from; i < to && (n < MAX_SAMPLE || !this.distinctOverflow); i++) {
      if (nulls !== undefined && nulls[i] === 1) continue;
      const v = (values[i] as number) + 0;
      if (n < MAX_SAMPLE) this.sample[n] = v;
      n++;
      if (!this.distinctOverflow) this.noteDistinct(v);
    }
    this.count += present;
    this.sketch.addMany(values, from, to, nulls);
    // Runs of `run` integers below 2^26 in magnitude sum, and sum their squares, below 2^53.
    const run = integers && largest < 2 ** 26 ? Math.floor(2 ** 53 / Math.max(1, largest * largest)) : 0;
    if (run < 2) {
      this.sum.addMany(values, from, to, nulls);
      this.squares.addSquares(values, from, to, nulls);
      return;
    }
    let sum = 0;
    let squares = 0;
    let left = run;
    for (let i = from; i < to; i++) {
      if (nulls !== undefined && nulls[i] === 1) continue;
      const v = values[i] as number;
      sum += v;
      squares += v * v;
      if (--left === 0) {
        this.sum.add(sum);
        this.squares.add(squares);
        sum = squares = 0;
        left = run;
      }
    }
    this.sum.add(sum);
    this.squares.add(squares);
  }

  /**
   * {@link add} of each `entries[k]` `counts[k]` times (a dictionary-encoded column, counted by value),
   * with the same result as adding them in any order, for what no longer depends on order: so only
   * once the sample is full, and only for safe integers, whose products with a count are exact in two
   * doubles. Returns false, having done nothing, otherwise: the caller adds the values one by one.
   */
  addCounts(entries: Float64Array, counts: Float64Array): boolean {
    this.release();
    if (this.count < MAX_SAMPLE) return false;
    for (let k = 0; k < entries.length; k++) if ((counts[k] as number) > 0 && !Number.isSafeInteger(entries[k])) return false;
    for (let k = 0; k < entries.length; k++) {
      const c = counts[k] as number;
      if (c === 0) continue;
      const v = (entries[k] as number) + 0;
      this.count += c;
      if (v < this.min) this.min = v;
      if (v > this.max) this.max = v;
      this.sketch.addCount(v, c);
      if (!this.distinctOverflow) this.noteDistinct(v, c);
      const product = v * c;
      this.sum.add(product);
      this.sum.add(productError(v, c, product));
      // v² as two exact doubles (integers below 2^106), each times the count in two more.
      const square = v * v;
      const rest = squareError(v, square);
      const high = square * c;
      this.squares.add(high);
      this.squares.add(productError(square, c, high));
      const low = rest * c;
      this.squares.add(low);
      this.squares.add(productError(rest, c, low));
    }
    return true;
  }

  private addEach(values: Float64Array, nulls: Uint8Array | undefined, from: number, to: number): void {
    for (let i = from; i < to; i++) if (nulls === undefined || nulls[i] !== 1) this.add(values[i] as number);
  }

  private noteDistinct(value: number, count = 1): void {
    for (let d = 0; d < this.distinctSize; d++) {
      if (this.distinctValues[d] === value) {
        this.distinctCounts[d] = (this.distinctCounts[d] as number) + count;
        return;
      }
    }
    if (this.distinctSize === MAX_DISTINCT) {
      this.distinctOverflow = true;
      return;
    }
    this.distinctValues[this.distinctSize] = value;
    this.distinctCounts[this.distinctSize++] = count;
  }

  /** The column as a profile stores it (less its name and derived moments); counts what is held first. */
  parts(): NumericParts {
    this.release();
    const distinct: [number, number][] = [];
    for (let d = 0; d < this.distinctSize; d++) distinct.push([this.distinctValues[d] as number, this.distinctCounts[d] as number]);
    return {
      count: this.count,
      nulls: this.nulls,
      invalid: this.invalid,
      min: this.count > 0 ? this.min : null,
      max: this.count > 0 ? this.max : null,
      sum: this.tooLarge ? null : this.sum.toExactSum().canonical(),
      sumSquares: this.tooLarge ? null : this.squares.toExactSum().canonical(),
      distinct: this.distinctOverflow ? null : distinct.sort((a, b) => a[0] - b[0]),
      sample: this.count <= MAX_SAMPLE ? Array.from(this.sample.subarray(0, this.count)).sort((a, b) => a - b) : null,
      sketch: this.sketch.toJson(),
    };
  }
}
