// Classical paired and two-sample tests the gate uses beside the bootstrap: exact McNemar for paired
// correctness, Welch's t for metrics from N training runs per side (seeds), DeLong for two AUCs on the
// same examples, and Holm's correction when several metrics are gated at once.
import { UserError } from '../errors.js';
import { binomialCdf, normalCdf, studentTTwoSided } from './distributions.js';

/** Result of {@link mcnemarExact}. */
export interface McNemarResult {
  /** min(b, c), the binomial test statistic (as statsmodels reports it). */
  statistic: number;
  /** Two-sided exact p-value. */
  pValue: number;
}

/**
 * The exact McNemar test on the discordant pairs of a paired comparison: b examples only the champion
 * got right, c only the challenger. Under "same accuracy" each discordant pair is a fair coin, so the
 * p-value is min(1, 2·P(X <= min(b, c))) with X ~ Binomial(b + c, ½), as statsmodels'
 * `mcnemar(table, exact=True)` computes it. Concordant pairs carry no information and are not asked
 * for. The test is conservative (its false-alarm rate is at most alpha, often below).
 */
export function mcnemarExact(b: number, c: number): McNemarResult {
  for (const [name, v] of [
    ['b', b],
    ['c', c],
  ] as const) {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`mcnemarExact: ${name} must be a non-negative integer count, got ${v}`);
  }
  const statistic = Math.min(b, c);
  return { statistic, pValue: Math.min(1, 2 * binomialCdf(statistic, b + c, 0.5)) };
}

/** Result of {@link welch}. */
export interface WelchResult {
  /** mean(a) − mean(b), and its standard error √(s²a/na + s²b/nb). */
  difference: number;
  standardError: number;
  /** (mean(a) − mean(b)) / standardError. */
  t: number;
  /** Welch–Satterthwaite degrees of freedom (not an integer in general). */
  df: number;
  /** Two-sided p-value from Student's t with df degrees of freedom. */
  pValue: number;
}

function meanAndVariance(x: ArrayLike<number>, name: string): { n: number; mean: number; variance: number } {
  const n = x.length;
  if (n < 2) throw new UserError(`Welch's test needs at least 2 values on each side; '${name}' has ${n}.`);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = x[i] as number;
    if (!Number.isFinite(v)) throw new UserError(`Welch's test needs finite values; '${name}' has ${v} at position ${i}.`);
    sum += v;
  }
  const mean = sum / n;
  // Two passes (mean, then squared deviations), as numpy does: one-pass formulas cancel badly when
  // the runs agree to many digits, as seeds of one model do.
  let ss = 0;
  for (let i = 0; i < n; i++) ss += ((x[i] as number) - mean) ** 2;
  return { n, mean, variance: ss / (n - 1) };
}

/**
 * Welch's unequal-variance t-test of mean(a) = mean(b), e.g. a metric over N training runs (seeds) of
 * the challenger against N of the champion: t, Welch–Satterthwaite df and the two-sided p-value, as
 * scipy's `ttest_ind(a, b, equal_var=False)`. When both sides have zero variance scipy answers NaN;
 * here the p-value is then 1 if the means are equal and 0 if not (t is ±Infinity, df is na + nb − 2),
 * so a gate gets an answer for deterministic runs.
 */
export function welch(a: ArrayLike<number>, b: ArrayLike<number>): WelchResult {
  const x = meanAndVariance(a, 'a');
  const y = meanAndVariance(b, 'b');
  const va = x.variance / x.n;
  const vb = y.variance / y.n;
  const difference = x.mean - y.mean;
  const standardError = Math.sqrt(va + vb);
  if (standardError === 0) {
    return { difference, standardError, t: difference === 0 ? 0 : difference > 0 ? Infinity : -Infinity, df: x.n + y.n - 2, pValue: difference === 0 ? 1 : 0 };
  }
  const t = difference / standardError;
  const df = (va + vb) ** 2 / (va ** 2 / (x.n - 1) + vb ** 2 / (y.n - 1));
  return { difference, standardError, t, df, pValue: studentTTwoSided(t, df) };
}

/** Result of {@link delong}. */
export interface DeLongResult {
  aucA: number;
  aucB: number;
  /** aucA − aucB. */
  difference: number;
  /** DeLong's estimate of Var(aucA − aucB) for the paired design. */
  variance: number;
  /** difference / √variance. */
  z: number;
  /** Two-sided p-value from the standard normal. */
  pValue: number;
  positives: number;
  negatives: number;
}

/**
 * Midranks (1-based; tied values share the mean of their ranks) of the examples listed in `order`,
 * which must list them by ascending value; indexed by example, 0 for examples not listed. One sort of
 * all the scores serves all three rankings DeLong needs (all, positives, negatives): each class's
 * examples appear in the overall order already sorted.
 */
function midranks(order: ArrayLike<number>, values: Float64Array): Float64Array {
  const ranks = new Float64Array(values.length);
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (end < order.length && values[order[end] as number] === values[order[start] as number]) end++;
    const rank = (start + end + 1) / 2; // mean of the ranks start+1 … end
    for (let k = start; k < end; k++) ranks[order[k] as number] = rank;
    start = end;
  }
  return ranks;
}

/** 2×2 sample covariance (n − 1 denominator) of two equal-length columns. */
function covariance2(x: Float64Array, y: Float64Array): [number, number, number] {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] as number;
    my += y[i] as number;
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  return [sxx / (n - 1), syy / (n - 1), sxy / (n - 1)];
}

/**
 * DeLong's test for two correlated AUCs (DeLong, DeLong and Clarke-Pearson 1988) on the same examples,
 * with the midrank algorithm of Sun and Xu (2014), O(n log n): the placement values
 * V10 = (rank among all − rank among positives) / negatives for each positive and V01 = 1 − (rank
 * among all − rank among negatives) / positives for each negative give each AUC (their mean) and its
 * covariance S10/m + S01/n. Ties count ½, so this is the Mann–Whitney AUC. Agrees with R pROC's
 * `roc.test(roc(labels, a, direction = "<"), roc(labels, b, direction = "<"), method = "delong", paired = TRUE)`.
 * Higher scores mean positive; `labels` are 1/true for positive, 0/false for negative.
 */
export function delong(labels: ArrayLike<number | boolean>, scoresA: ArrayLike<number>, scoresB: ArrayLike<number>): DeLongResult {
  const n = labels.length;
  if (scoresA.length !== n || scoresB.length !== n) {
    throw new UserError(`DeLong's test needs one score per label from each model: ${n} labels, ${scoresA.length} and ${scoresB.length} scores.`);
  }
  const positive: number[] = [];
  const negative: number[] = [];
  for (let i = 0; i < n; i++) {
    const l = labels[i];
    if (l === 1 || l === true) positive.push(i);
    else if (l === 0 || l === false) negative.push(i);
    else throw new UserError(`DeLong's test needs labels 0/1 (or false/true); position ${i} has ${JSON.stringify(l)}.`);
    if (!Number.isFinite(scoresA[i]) || !Number.isFinite(scoresB[i])) throw new UserError(`DeLong's test needs finite scores; position ${i} has ${scoresA[i]} and ${scoresB[i]}.`);
  }
  const m = positive.length;
  const k = negative.length;
  if (m < 2 || k < 2) throw new UserError(`DeLong's test needs at least 2 positives and 2 negatives; got ${m} and ${k}.`);
  const isPositive = new Uint8Array(n);
  for (const i of positive) isPositive[i] = 1;
  const placements = (scores: ArrayLike<number>) => {
    const values = Float64Array.from(scores);
    const order = Uint32Array.from({ length: n }, (_, i) => i).sort((i, j) => (values[i] as number) - (values[j] as number));
    const all = midranks(order, values);
    const pos = midranks(
      order.filter((i) => isPositive[i] === 1),
      values,
    );
    const neg = midranks(
      order.filter((i) => isPositive[i] === 0),
      values,
    );
    const v10 = Float64Array.from(positive, (i) => ((all[i] as number) - (pos[i] as number)) / k);
    const v01 = Float64Array.from(negative, (i) => 1 - ((all[i] as number) - (neg[i] as number)) / m);
    return { v10, v01, auc: v10.reduce((s, v) => s + v, 0) / m };
  };
  const a = placements(scoresA);
  const b = placements(scoresB);
  const [s10aa, s10bb, s10ab] = covariance2(a.v10, b.v10);
  const [s01aa, s01bb, s01ab] = covariance2(a.v01, b.v01);
  const variance = Math.max(0, (s10aa + s10bb - 2 * s10ab) / m + (s01aa + s01bb - 2 * s01ab) / k);
  const difference = a.auc - b.auc;
  // Identical rankings give variance 0: no evidence of a difference (pROC reports NaN there).
  const z = variance > 0 ? difference / Math.sqrt(variance) : difference === 0 ? 0 : Math.sign(difference) * Infinity;
  return { aucA: a.auc, aucB: b.auc, difference, variance, z, pValue: 2 * normalCdf(-Math.abs(z)), positives: m, negatives: k };
}

/**
 * Holm's step-down adjusted p-values (Holm 1979), in the order given: the i-th smallest p becomes
 * max over j <= i of min(1, (m − j + 1)·p(j)). Rejecting where the adjusted p-value is below alpha
 * keeps the chance of any false alarm across the m metrics at most alpha. As statsmodels'
 * `multipletests(p, method='holm')[1]`.
 */
export function holm(pValues: readonly number[]): number[] {
  const m = pValues.length;
  pValues.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`holm: p-values must be in [0, 1]; position ${i} has ${p}`);
  });
  const order = pValues.map((_, i) => i).sort((i, j) => (pValues[i] as number) - (pValues[j] as number));
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach((i, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * (pValues[i] as number)));
    adjusted[i] = running;
  });
  return adjusted;
}
