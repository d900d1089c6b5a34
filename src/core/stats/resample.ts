// The inner loops of the paired bootstrap: a metric's challenger − champion difference on a resample,
// given how many times each resampling unit (an example, or a cluster) was drawn. Every supported
// metric is a function of sums over units, so a resample costs one pass over the units and no copy
// of the data; the same sums give the delta-method standard error for the large-n normal method.
import type { PairedExamples } from './align.js';
import type { Random } from './random.js';

/**
 * The metric compared. `mean`: the (weighted) mean of the per-example `value`, which covers accuracy
 * (1/0 correctness), log loss, MAE (absolute errors), a judge score. `rmse`: the square root of the
 * (weighted) mean of `value`, which holds squared errors. `f1`, `precision`, `recall`: from label and
 * prediction, for one `class`, or macro-averaged over all classes when `class` is omitted; a class
 * whose denominator is zero in a resample scores 0 (scikit-learn's `zero_division=0` with
 * `labels=` all classes seen in the labels and either model's predictions).
 */
export type PairedMetric = { kind: 'mean' } | { kind: 'rmse' } | { kind: 'f1' | 'precision' | 'recall'; class?: string | number };

/** Evaluates one metric's difference (challenger − champion) on the full data and on resamples. */
export interface Resampler {
  /** Resampling units: clusters when the data has them, else examples. */
  readonly units: number;
  /** The metric on the full data, champion and challenger. */
  point(): { champion: number; challenger: number };
  /** The difference on a resample in which unit u was drawn counts[u] times. */
  fromCounts(counts: ArrayLike<number>): number;
  /** B differences, each from U units drawn uniformly with replacement. */
  multinomial(random: Random, resamples: number): Float64Array;
  /** B differences, each unit weighted by an independent Poisson(1) draw (no random access into the data). */
  poisson(random: Random, resamples: number): Float64Array;
  /** The delta-method standard error of the difference (the bootstrap's own variance, to first order). */
  standardError(): number;
}

/** Members of each unit as ranges of `order` (counting sort by cluster), or undefined for one example per unit. */
function clusterMembers(data: PairedExamples): { start: Int32Array; order: Int32Array } | undefined {
  const clusters = data.clusters;
  if (clusters === undefined) return undefined;
  const units = (data.clusterIds as readonly string[]).length;
  const start = new Int32Array(units + 1);
  for (const c of clusters) start[c + 1]!++;
  for (let u = 0; u < units; u++) start[u + 1]! += start[u]!;
  const next = start.slice(0, units);
  const order = new Int32Array(clusters.length);
  clusters.forEach((c, i) => (order[next[c]!++] = i));
  return { start, order };
}

function sumOfSquares(d: Float64Array): number {
  let s = 0;
  let s2 = 0;
  for (const v of d) {
    s += v;
    s2 += v * v;
  }
  return Math.max(0, s2 - (s * s) / d.length);
}

/** Mean and RMSE: per-unit sums of weight, weight·champion value and weight·challenger value. */
export function meanResampler(data: PairedExamples, root: boolean): Resampler {
  const a = data.championValues as Float64Array;
  const b = data.challengerValues as Float64Array;
  const n = a.length;
  const units = data.clusters ? (data.clusterIds as readonly string[]).length : n;
  const W = new Float64Array(units);
  const A = new Float64Array(units);
  const B = new Float64Array(units);
  for (let i = 0; i < n; i++) {
    const u = data.clusters ? (data.clusters[i] as number) : i;
    const w = data.weights ? (data.weights[i] as number) : 1;
    W[u]! += w;
    A[u]! += w * a[i]!;
    B[u]! += w * b[i]!;
  }
  const f = root ? (s: number, w: number) => Math.sqrt(s / w) : (s: number, w: number) => s / w;
  const total = (x: Float64Array) => x.reduce((s, v) => s + v, 0);
  const [tw, ta, tb] = [total(W), total(A), total(B)];
  return {
    units,
    point: () => ({ champion: f(ta, tw), challenger: f(tb, tw) }),
    fromCounts(counts) {
      let sw = 0;
      let sa = 0;
      let sb = 0;
      for (let u = 0; u < units; u++) {
        const c = counts[u] as number;
        if (c === 0) continue;
        sw += c * (W[u] as number);
        sa += c * (A[u] as number);
        sb += c * (B[u] as number);
      }
      return f(sb, sw) - f(sa, sw);
    },
    multinomial(random, resamples) {
      // Gathering the drawn units' sums directly skips the counts array the count metrics need.
      const out = new Float64Array(resamples);
      for (let r = 0; r < resamples; r++) {
        let sw = 0;
        let sa = 0;
        let sb = 0;
        for (let k = 0; k < units; k++) {
          const u = random.int(units);
          sw += W[u] as number;
          sa += A[u] as number;
          sb += B[u] as number;
        }
        out[r] = f(sb, sw) - f(sa, sw);
      }
      return out;
    },
    poisson(random, resamples) {
      // Unit-major: each unit is read once and its weight drawn for every resample, so the data can
      // stream and the B accumulators (3·8·B bytes) stay in cache.
      const sw = new Float64Array(resamples);
      const sa = new Float64Array(resamples);
      const sb = new Float64Array(resamples);
      for (let u = 0; u < units; u++) {
        const [w, x, y] = [W[u] as number, A[u] as number, B[u] as number];
        for (let r = 0; r < resamples; r++) {
          const c = random.poisson1();
          if (c === 0) continue;
          sw[r]! += c * w;
          sa[r]! += c * x;
          sb[r]! += c * y;
        }
      }
      return Float64Array.from(sw, (w, r) => f(sb[r] as number, w) - f(sa[r] as number, w));
    },
    standardError() {
      // Influence of unit u on s/w is (s_u − m·w_u)/w; on √(s/w) half that over the root.
      const [ma, mb] = [ta / tw, tb / tw];
      const [ka, kb] = root ? [ma > 0 ? 1 / (2 * Math.sqrt(ma)) : 0, mb > 0 ? 1 / (2 * Math.sqrt(mb)) : 0] : [1, 1];
      const d = Float64Array.from(W, (w, u) => (kb * ((B[u] as number) - mb * w) - ka * ((A[u] as number) - ma * w)) / tw);
      return Math.sqrt(sumOfSquares(d));
    },
  };
}

/**
 * F1, precision and recall: per-resample confusion sums tp, fp and fn per class for each model, laid
 * out as [tp, fp, fn] × K for the champion and then the challenger (6K numbers).
 */
export function countResampler(data: PairedExamples, metric: 'f1' | 'precision' | 'recall', target: number | undefined): Resampler {
  const K = (data.classes as readonly string[]).length;
  const L = data.labels as Int32Array;
  const PA = data.championPredictions as Int32Array;
  const PB = data.challengerPredictions as Int32Array;
  const weights = data.weights;
  const n = L.length;
  const members = clusterMembers(data);
  const units = members ? members.start.length - 1 : n;
  const width = 6 * K;

  const add = (acc: Float64Array, base: number, i: number, m: number) => {
    const l = L[i] as number;
    const a = PA[i] as number;
    const b = PB[i] as number;
    if (a === l) {
      acc[base + l]! += m;
    } else {
      acc[base + K + a]! += m;
      acc[base + 2 * K + l]! += m;
    }
    if (b === l) {
      acc[base + 3 * K + l]! += m;
    } else {
      acc[base + 4 * K + b]! += m;
      acc[base + 5 * K + l]! += m;
    }
  };
  // Numerator and denominator of class k's ratio, from the arm's [tp, fp, fn] block at `base`.
  const ratio = (acc: Float64Array, base: number, k: number) => {
    const tp = acc[base + k] as number;
    const fp = acc[base + K + k] as number;
    const fn = acc[base + 2 * K + k] as number;
    const [num, den] = metric === 'f1' ? [2 * tp, 2 * tp + fp + fn] : metric === 'precision' ? [tp, tp + fp] : [tp, tp + fn];
    return { num, den, r: den > 0 ? num / den : 0 };
  };
  const value = (acc: Float64Array, base: number) => {
    if (target !== undefined) return ratio(acc, base, target).r;
    let s = 0;
    for (let k = 0; k < K; k++) s += ratio(acc, base, k).r;
    return s / K;
  };
  const weightOf = (i: number) => (weights ? (weights[i] as number) : 1);
  const addUnit = (acc: Float64Array, base: number, u: number, c: number) => {
    if (!members) return add(acc, base, u, c * weightOf(u));
    for (let j = members.start[u] as number; j < (members.start[u + 1] as number); j++) {
      const i = members.order[j] as number;
      add(acc, base, i, c * weightOf(i));
    }
  };
  const full = new Float64Array(width);
  for (let u = 0; u < units; u++) addUnit(full, 0, u, 1);
  const acc = new Float64Array(width);
  const fromCounts = (counts: ArrayLike<number>) => {
    acc.fill(0);
    for (let u = 0; u < units; u++) if (counts[u] !== 0) addUnit(acc, 0, u, counts[u] as number);
    return value(acc, 3 * K) - value(acc, 0);
  };
  return {
    units,
    point: () => ({ champion: value(full, 0), challenger: value(full, 3 * K) }),
    fromCounts,
    multinomial(random, resamples) {
      const counts = new Int32Array(units);
      const out = new Float64Array(resamples);
      for (let r = 0; r < resamples; r++) {
        counts.fill(0);
        for (let k = 0; k < units; k++) counts[random.int(units)]!++;
        out[r] = fromCounts(counts);
      }
      return out;
    },
    poisson(random, resamples) {
      // Resample by resample, not unit-major as for means: B sets of 6K sums would take gigabytes at
      // 10^4 resamples and 1000 classes; one set is 6K numbers.
      const out = new Float64Array(resamples);
      for (let r = 0; r < resamples; r++) {
        acc.fill(0);
        for (let u = 0; u < units; u++) {
          const c = random.poisson1();
          if (c !== 0) addUnit(acc, 0, u, c);
        }
        out[r] = value(acc, 3 * K) - value(acc, 0);
      }
      return out;
    },
    standardError() {
      // Influence of one example on class k's ratio num/den is (Δnum − r·Δden)/den; summed per unit.
      const scale = target === undefined ? 1 / K : 1;
      const influence = (base: number, k: number, dNum: number, dDen: number) => {
        if (target !== undefined && k !== target) return 0;
        const { den, r } = ratio(full, base, k);
        return den > 0 ? (scale * (dNum - r * dDen)) / den : 0;
      };
      const arm = (base: number, l: number, p: number, w: number) => {
        if (p === l) return metric === 'f1' ? influence(base, l, 2 * w, 2 * w) : influence(base, l, w, w);
        const fpPart = metric === 'recall' ? 0 : influence(base, p, 0, w);
        const fnPart = metric === 'precision' ? 0 : influence(base, l, 0, w);
        return fpPart + fnPart;
      };
      const d = new Float64Array(units);
      for (let i = 0; i < n; i++) {
        const w = weightOf(i);
        const u = data.clusters ? (data.clusters[i] as number) : i;
        d[u]! += arm(3 * K, L[i] as number, PB[i] as number, w) - arm(0, L[i] as number, PA[i] as number, w);
      }
      return Math.sqrt(sumOfSquares(d));
    },
  };
}
