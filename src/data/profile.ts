/**
 * Data profiles: per-column statistics of a dataset, stored as JSON and compared by drift checks.
 *
 * Profiles are mergeable: profiles of shards merge (profile-merge.ts) into exactly (deep-equal after a
 * JSON round trip) the one-pass profile of the whole, in any order and grouping. Counts are integers,
 * sums are exact (see {@link ExactSum}), the sketch collapses deterministically, samples are stored
 * sorted, and the mean and deviation are derived from the exact sums. The one exception is a categorical column past
 * {@link MAX_CATEGORIES}: see {@link CategoricalColumnStats}.
 */
import { UserError } from '../core/errors.js';
import { CategoryCounter } from './category-counter.js';
import { type KnownRange, NumericAccumulator } from './profile-numeric.js';
import { momentsFromSums, sketchQuantile, type SketchJson } from './sketch.js';

/** How a column's values are profiled. */
export type ColumnKind = 'numeric' | 'categorical';

/** A column the builder profiles; its index in the array is the `column` argument of the add methods. */
export interface ProfileColumn {
  name: string;
  kind: ColumnKind;
}

/** Distinct categories kept per column; later new ones are counted in `otherCount`. */
export const MAX_CATEGORIES = 10_000;
export { MAX_DISTINCT, MAX_SAMPLE } from './profile-numeric.js';

/** Statistics of one column; `count` is non-null valid values, so `count + nulls (+ invalid)` is the rows. */
export type ColumnStats = NumericColumnStats | CategoricalColumnStats;

/** A numeric column. NaN and ±Infinity are counted in `invalid` and appear nowhere else. */
export interface NumericColumnStats {
  name: string;
  kind: 'numeric';
  count: number;
  nulls: number;
  invalid: number;
  /** `null` when `count` is 0. */
  min: number | null;
  max: number | null;
  /** Derived from `sum`; `null` when `count` is 0 or a value's magnitude reached 1e100. */
  mean: number | null;
  /** Sample standard deviation (n − 1, like pandas), derived from the exact sums; `null` below 2 values. */
  stdev: number | null;
  /** Exact Σx as canonical components (largest first; their exact sum is the sum). */
  sum: number[] | null;
  /** Exact Σx² as canonical components. */
  sumSquares: number[] | null;
  /** `[value, count]` ascending by value while there are at most {@link MAX_DISTINCT} distinct values, else `null`. */
  distinct: [number, number][] | null;
  /** All values ascending while `count <= MAX_SAMPLE`, else `null`. */
  sample: number[] | null;
  sketch: SketchJson;
}

/**
 * A categorical column. `categories` holds exact `[value, count]` pairs, highest count first (ties by
 * value). The rule for the cap: one pass keeps the first {@link MAX_CATEGORIES} distinct values and
 * counts later new ones in `otherCount`; a merge whose union exceeds the cap keeps the highest counts
 * (ties by value) and moves the rest to `otherCount`. Below the cap merges are exact; above it the
 * kept set depends on order, and drift over `otherCount` is approximate (it is one pseudo-category).
 */
export interface CategoricalColumnStats {
  name: string;
  kind: 'categorical';
  count: number;
  nulls: number;
  categories: [string, number][];
  otherCount: number;
}

/** A stored profile (`profile` mode output); versioned like any artifact. */
export interface Profile {
  format: 'modelgate-profile';
  version: 1;
  /** Rows as counted by the caller with {@link ProfileBuilder.addRows}. */
  rows: number;
  columns: ColumnStats[];
}

const BOOLEAN_TEXTS = [Buffer.from('false'), Buffer.from('true')] as const;

class CategoricalAccumulator {
  count = 0;
  nulls = 0;
  otherCount = 0;
  readonly counts = new CategoryCounter(MAX_CATEGORIES);
  /** Booleans counted by value (false, true), moved into `counts` when the profile is read: no hash a cell. */
  readonly booleans = [0, 0];

  settle(): void {
    for (let b = 0; b < 2; b++) {
      const n = this.booleans[b] as number;
      if (n === 0) continue;
      this.booleans[b] = 0;
      const text = BOOLEAN_TEXTS[b] as Buffer;
      this.count += n;
      if (!this.counts.add(text, 0, text.length, n)) this.otherCount += n;
    }
  }
}

/**
 * Accumulates a profile from a stream of values. The add methods are called from the validator's hot
 * loop: numeric values are held back and counted a batch at a time (see profile-numeric.ts), with no
 * allocation and no map lookup; categories are counted by their UTF-8 bytes
 * ({@link ProfileBuilder.addCategoryBytes}), so a value seen before costs no string.
 */
export class ProfileBuilder {
  private readonly numeric: (NumericAccumulator | undefined)[];
  private readonly categorical: (CategoricalAccumulator | undefined)[];
  private rows = 0;
  private scratch = Buffer.allocUnsafe(256);

  /** `columns` fixes the order and kinds; a duplicate name is a caller bug and throws. */
  constructor(private readonly columns: readonly ProfileColumn[]) {
    const names = new Set<string>();
    for (const c of columns) {
      if (names.has(c.name)) throw new UserError(`profile: column '${c.name}' appears twice; column names must be unique`);
      names.add(c.name);
    }
    this.numeric = columns.map((c) => (c.kind === 'numeric' ? new NumericAccumulator() : undefined));
    this.categorical = columns.map((c) => (c.kind === 'categorical' ? new CategoricalAccumulator() : undefined));
  }

  /**
   * Counts a numeric value; NaN and ±Infinity are counted as invalid, not binned. Values are held
   * back, in order, and counted a batch at a time with {@link addNumbers}' code, which is several
   * times faster per value; {@link finish} counts what is held.
   */
  addNumber(column: number, value: number): void {
    const s = this.numeric[column];
    if (s === undefined) throw new Error(`ProfileBuilder.addNumber: column ${column} is not a numeric column`);
    s.hold(value);
  }

  /**
   * Counts the non-null `values[from, to)` (`nulls[i] === 1` marks a null, skipped: the caller counts
   * it) as {@link addNumber} counts them one by one, with the same result; `known`, when the caller's
   * own pass over them found it, spares one.
   */
  addNumbers(column: number, values: Float64Array, nulls: Uint8Array | undefined, from: number, to: number, known?: KnownRange): void {
    const s = this.numeric[column];
    if (s === undefined) throw new Error(`ProfileBuilder.addNumbers: column ${column} is not a numeric column`);
    // Values held back by addNumber came first.
    s.release();
    s.addMany(values, nulls, from, to, known);
  }

  /**
   * Counts each `entries[k]` `counts[k]` times, as {@link addNumbers} would count them in some order:
   * false, having done nothing, while the result could depend on the order (see
   * {@link NumericAccumulator.addCounts}); the caller then adds them in row order.
   */
  addNumberCounts(column: number, entries: Float64Array, counts: Float64Array): boolean {
    const s = this.numeric[column];
    if (s === undefined) throw new Error(`ProfileBuilder.addNumberCounts: column ${column} is not a numeric column`);
    return s.addCounts(entries, counts);
  }

  /** Counts a categorical value. */
  addCategory(column: number, value: string): void {
    // Keys are UTF-8 bytes, like the validator's cells; a lone surrogate encodes as U+FFFD.
    const need = Buffer.byteLength(value);
    if (need > this.scratch.length) this.scratch = Buffer.allocUnsafe(Math.max(need, this.scratch.length * 2));
    const n = this.scratch.write(value, 0);
    this.addCategoryBytes(column, this.scratch, 0, n);
  }

  /** Counts `count` of a categorical value given as valid UTF-8 bytes `buf[s, e)` (no string is made). */
  addCategoryBytes(column: number, buf: Uint8Array, s: number, e: number, count = 1): void {
    const c = this.categorical[column];
    if (c === undefined) throw new Error(`ProfileBuilder.addCategory: column ${column} is not a categorical column`);
    c.count += count;
    if (!c.counts.add(buf, s, e, count)) c.otherCount += count;
  }

  /**
   * Counts a boolean as the category `true` or `false`, the same as {@link addCategoryBytes} of its
   * text: a column's categories are read sorted, so counting these later changes nothing.
   */
  addBoolean(column: number, value: boolean): void {
    const c = this.categorical[column];
    if (c === undefined) throw new Error(`ProfileBuilder.addBoolean: column ${column} is not a categorical column`);
    c.booleans[value ? 1 : 0] = (c.booleans[value ? 1 : 0] as number) + 1;
  }

  /** Counts a missing value in any column. */
  addNull(column: number): void {
    const s = this.numeric[column] ?? this.categorical[column];
    if (s === undefined) throw new Error(`ProfileBuilder.addNull: no column ${column}`);
    s.nulls++;
  }

  /** Rows counted once per row by the caller. */
  addRows(count: number): void {
    this.rows += count;
  }

  /** The profile so far; the builder stays usable. */
  finish(): Profile {
    const columns = this.columns.map((c, i): ColumnStats => {
      const cat = this.categorical[i];
      if (cat !== undefined) {
        cat.settle();
        return { name: c.name, kind: 'categorical', count: cat.count, nulls: cat.nulls, categories: sortCategories(cat.counts.entries()), otherCount: cat.otherCount };
      }
      return numericStats(c.name, (this.numeric[i] as NumericAccumulator).parts());
    });
    return { format: 'modelgate-profile', version: 1, rows: this.rows, columns };
  }
}

/** Everything of a numeric column but the derived mean and deviation, which this computes. */
export type NumericParts = Omit<NumericColumnStats, 'name' | 'kind' | 'mean' | 'stdev'>;

/** Assembles numeric stats in the stored key order, deriving the mean and deviation from the exact sums. */
export function numericStats(name: string, parts: NumericParts): NumericColumnStats {
  let mean: number | null = null;
  let stdev: number | null = null;
  if (parts.count > 0 && parts.sum !== null && parts.sumSquares !== null) {
    const moments = momentsFromSums(parts.count, parts.sum, parts.sumSquares);
    mean = moments.mean;
    stdev = moments.sampleVariance === null ? null : Math.sqrt(moments.sampleVariance);
  }
  const { count, nulls, invalid, min, max, sum, sumSquares, distinct, sample, sketch } = parts;
  return { name, kind: 'numeric', count, nulls, invalid, min, max, mean, stdev, sum, sumSquares, distinct, sample, sketch };
}

/** Categories highest count first, ties by value: the stored order. */
export function sortCategories(pairs: [string, number][]): [string, number][] {
  return pairs.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * The `q` quantile (0..1) of a numeric column: exact (linear interpolation, like numpy) while the
 * profile keeps the values, else from the sketch within 1 % relative. `undefined` for a categorical
 * or empty column.
 */
export function quantile(stats: ColumnStats, q: number): number | undefined {
  if (stats.kind !== 'numeric' || stats.count === 0 || !(q >= 0 && q <= 1)) return undefined;
  if (stats.sample !== null) {
    const position = q * (stats.sample.length - 1);
    const below = Math.floor(position);
    const low = stats.sample[below]!;
    const high = stats.sample[Math.min(below + 1, stats.sample.length - 1)]!;
    return low + (high - low) * (position - below);
  }
  return sketchQuantile(stats.sketch, q, stats.min!, stats.max!);
}
