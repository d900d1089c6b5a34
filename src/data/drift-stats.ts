/**
 * The statistics behind the drift methods, on plain arrays of proportions or counts, each written to
 * give the same number as the Evidently/scipy function it mirrors (named on each).
 */

/** Log of the gamma function (Lanczos, g = 7); relative error below 1e-14 for x > 0. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  x -= 1;
  let a = c[0]!;
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * The regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a): a series below `a + 1`,
 * Lentz's continued fraction above (Numerical Recipes' gammq), to about 1e-14.
 */
export function upperGammaRegularized(a: number, x: number): number {
  if (x <= 0) return 1;
  if (!Number.isFinite(x)) return 0;
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let total = term;
    for (let n = 1; n < 10_000 && Math.abs(term) > Math.abs(total) * 1e-16; n++) {
      term *= x / (a + n);
      total += term;
    }
    return Math.max(0, 1 - total * Math.exp(logPrefix));
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-16) break;
  }
  return Math.exp(logPrefix) * h;
}

/** Survival function of the chi-square distribution: P(X ≥ statistic) with `df` degrees of freedom. */
export function chiSquarePValue(statistic: number, df: number): number {
  if (df <= 0) return 1;
  return upperGammaRegularized(df / 2, statistic / 2);
}

/**
 * Survival function of the Kolmogorov distribution, Q(λ) = 2 Σ (−1)^(k−1) e^(−2k²λ²) (scipy's
 * `kstwobign.sf`); the theta-function form is used below λ = 1.18, where the alternating series is slow.
 */
export function kolmogorovSurvival(lambda: number): number {
  if (!(lambda > 0)) return 1;
  if (lambda < 1.18) {
    const factor = (Math.PI * Math.PI) / (8 * lambda * lambda);
    let total = 0;
    for (let k = 1; k < 100; k++) {
      const term = Math.exp(-(2 * k - 1) * (2 * k - 1) * factor);
      total += term;
      if (term < 1e-17) break;
    }
    return Math.min(1, Math.max(0, 1 - (Math.sqrt(2 * Math.PI) / lambda) * total));
  }
  let total = 0;
  for (let k = 1; k < 100; k++) {
    const term = Math.exp(-2 * k * k * lambda * lambda);
    total += k % 2 === 1 ? term : -term;
    if (term < 1e-17) break;
  }
  return Math.min(1, Math.max(0, 2 * total));
}

/**
 * Asymptotic p-value of the two-sample KS statistic `d` for sample sizes `n` and `m`: Q(√(nm/(n+m))·d),
 * as scipy's `ks_2samp(method='asymp')`. (Evidently calls `ks_2samp` with scipy's default, which is
 * exact for small samples; the asymptotic value is close for the sizes drift checks see.)
 */
export function ksPValue(d: number, n: number, m: number): number {
  return kolmogorovSurvival(Math.sqrt((n * m) / (n + m)) * d);
}

/**
 * Chi-square goodness of fit of current counts against reference counts scaled to the current total,
 * as Evidently's `chisquare` test (`scipy.stats.chisquare(f_obs, f_exp)`, df = categories − 1). A
 * category absent from the reference but present now makes the statistic infinite (p = 0).
 */
export function chiSquareTest(referenceCounts: readonly number[], currentCounts: readonly number[]): { statistic: number; pValue: number } {
  const referenceTotal = referenceCounts.reduce((a, b) => a + b, 0);
  const currentTotal = currentCounts.reduce((a, b) => a + b, 0);
  const scale = currentTotal / referenceTotal;
  let statistic = 0;
  referenceCounts.forEach((r, i) => {
    const expected = r * scale;
    const observed = currentCounts[i] ?? 0;
    if (expected > 0) statistic += ((observed - expected) * (observed - expected)) / expected;
    else if (observed > 0) statistic = Infinity;
  });
  return { statistic, pValue: chiSquarePValue(statistic, referenceCounts.length - 1) };
}

/**
 * Fills empty proportions as Evidently's `get_binned_data(feel_zeroes=True)`: with the smallest
 * non-zero proportion / 10⁶ when that is ≤ 0.0001, else with 0.0001, so PSI stays finite.
 */
export function fillZeroes(proportions: readonly number[]): number[] {
  const positive = proportions.filter((p) => p > 0);
  if (positive.length === 0) return [...proportions];
  const smallest = Math.min(...positive);
  const fill = smallest <= 0.0001 ? smallest / 1e6 : 0.0001;
  return proportions.map((p) => (p === 0 ? fill : p));
}

/** Population stability index Σ (r − c)·ln(r / c) over zero-filled proportions (Evidently's `psi`). */
export function populationStabilityIndex(reference: readonly number[], current: readonly number[]): number {
  const r = fillZeroes(reference);
  const c = fillZeroes(current);
  return r.reduce((total, ri, i) => total + (ri - c[i]!) * Math.log(ri / c[i]!), 0);
}

/**
 * Jensen-Shannon distance with base-2 logarithms, in [0, 1] (Evidently's `jensenshannon`, which calls
 * `scipy.spatial.distance.jensenshannon(p, q, base=2)`; scipy alone defaults to base e). Both inputs
 * are normalized first, as scipy does.
 */
export function jensenShannonDistance(reference: readonly number[], current: readonly number[]): number {
  const rTotal = reference.reduce((a, b) => a + b, 0);
  const cTotal = current.reduce((a, b) => a + b, 0);
  let divergence = 0;
  reference.forEach((rRaw, i) => {
    const r = rRaw / rTotal;
    const c = (current[i] ?? 0) / cTotal;
    const m = (r + c) / 2;
    if (r > 0) divergence += r * Math.log2(r / m);
    if (c > 0) divergence += c * Math.log2(c / m);
  });
  return Math.sqrt(Math.max(0, divergence / 2));
}

/** Largest absolute difference between proportions (L-infinity distance). */
export function lInfinityDistance(reference: readonly number[], current: readonly number[]): number {
  return reference.reduce((worst, r, i) => Math.max(worst, Math.abs(r - (current[i] ?? 0))), 0);
}
