/**
 * A numeric column as a distribution for drift: exact point masses from the kept sample, or the
 * sketch's buckets with their mass spread evenly inside each bucket. One engine then gives the
 * Wasserstein distance, the KS statistic and histogram bins: exact (scipy's values) on samples, and
 * on sketches accurate to the bucket width (2 % of a value's magnitude; see the accuracy note in
 * drift.ts).
 */
import type { NumericColumnStats } from './profile.js';
import { sketchBuckets } from './sketch.js';

/** Mass on [low, high]: a point mass when `low === high`, else spread evenly. Ascending, not overlapping. */
interface Piece {
  low: number;
  high: number;
  count: number;
}

/** A column's values as ascending pieces, with prefix sums for fast cumulative lookups. */
export class NumericDistribution {
  private readonly before: Float64Array;
  /** Values in the distribution (the column's valid count). */
  readonly total: number;

  private constructor(private readonly pieces: readonly Piece[]) {
    this.before = new Float64Array(pieces.length + 1);
    pieces.forEach((p, i) => (this.before[i + 1] = this.before[i]! + p.count));
    this.total = this.before[pieces.length]!;
  }

  /** The exact sample when the column kept one and `exact` allows it, else the sketch. */
  static of(stats: NumericColumnStats, exact: boolean): NumericDistribution {
    if (exact && stats.sample !== null) {
      const pieces: Piece[] = [];
      for (const value of stats.sample) {
        const last = pieces[pieces.length - 1];
        if (last !== undefined && last.low === value) last.count++;
        else pieces.push({ low: value, high: value, count: 1 });
      }
      return new NumericDistribution(pieces);
    }
    if (stats.min === null || stats.max === null) return new NumericDistribution([]);
    return new NumericDistribution(sketchBuckets(stats.sketch, stats.min, stats.max));
  }

  /** Population standard deviation, each piece at its midpoint (for columns without exact sums). */
  stdev(): number {
    const mid = (p: Piece) => (p.low + p.high) / 2;
    const mean = this.pieces.reduce((t, p) => t + p.count * mid(p), 0) / this.total;
    return Math.sqrt(this.pieces.reduce((t, p) => t + p.count * (mid(p) - mean) ** 2, 0) / this.total);
  }

  /** Every piece edge, for building shared breakpoints. */
  edges(): number[] {
    return this.pieces.flatMap((p) => (p.low === p.high ? [p.low] : [p.low, p.high]));
  }

  /** Values strictly below `x` (`inclusive`: at most `x`). */
  massBelow(x: number, inclusive: boolean): number {
    // Pieces wholly below x are counted from the prefix sums; at most a few touch or straddle x.
    let lo = 0;
    let hi = this.pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pieces[mid]!.high < x) lo = mid + 1;
      else hi = mid;
    }
    let mass = this.before[lo]!;
    for (let i = lo; i < this.pieces.length; i++) {
      const p = this.pieces[i]!;
      if (p.low > x) break;
      if (p.low === p.high) mass += p.low < x || inclusive ? p.count : 0;
      else mass += (p.count * (Math.min(x, p.high) - p.low)) / (p.high - p.low);
    }
    return mass;
  }
}

function breakpoints(a: NumericDistribution, b: NumericDistribution): number[] {
  return [...new Set([...a.edges(), ...b.edges()])].sort((x, y) => x - y);
}

/**
 * The first Wasserstein distance ∫|F_a − F_b| dx between the two distributions (scipy's
 * `wasserstein_distance` on samples). Between breakpoints both CDFs are linear, so each stretch is
 * integrated exactly, including where the difference changes sign.
 */
export function wassersteinDistance(a: NumericDistribution, b: NumericDistribution): number {
  const points = breakpoints(a, b);
  let distance = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const x0 = points[i]!;
    const x1 = points[i + 1]!;
    const start = a.massBelow(x0, true) / a.total - b.massBelow(x0, true) / b.total;
    const end = a.massBelow(x1, false) / a.total - b.massBelow(x1, false) / b.total;
    const width = x1 - x0;
    if (start * end >= 0) distance += ((Math.abs(start) + Math.abs(end)) / 2) * width;
    else distance += (width * (start * start + end * end)) / (2 * (Math.abs(start) + Math.abs(end)));
  }
  return distance;
}

/** The two-sample KS statistic sup|F_a − F_b|, checked on both sides of every breakpoint. */
export function ksStatistic(a: NumericDistribution, b: NumericDistribution): number {
  let d = 0;
  for (const x of breakpoints(a, b)) {
    for (const inclusive of [false, true]) {
      d = Math.max(d, Math.abs(a.massBelow(x, inclusive) / a.total - b.massBelow(x, inclusive) / b.total));
    }
  }
  return d;
}

/** Equal-width bins over both columns' range and each side's count in them. */
export interface Histogram {
  edges: number[];
  reference: number[];
  current: number[];
}

/**
 * Histogram as Evidently's `get_binned_data` builds for numeric columns: `np.histogram_bin_edges` of
 * both columns together with Sturges' rule (⌈log₂ n⌉ + 1 equal-width bins from the smallest to the
 * largest value), bins half-open except the last, which includes the maximum.
 */
export function sharedHistogram(reference: NumericColumnStats, current: NumericColumnStats, a: NumericDistribution, b: NumericDistribution): Histogram {
  const low = Math.min(reference.min!, current.min!);
  const high = Math.max(reference.max!, current.max!);
  const bins = high > low ? Math.ceil(Math.log2(reference.count + current.count)) + 1 : 1;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? high : low + ((high - low) * i) / bins));
  const counts = (d: NumericDistribution) =>
    edges.slice(0, -1).map((edge, i) => {
      const last = i === bins - 1;
      return d.massBelow(edges[i + 1]!, last) - d.massBelow(edge, false);
    });
  return { edges, reference: counts(a), current: counts(b) };
}
