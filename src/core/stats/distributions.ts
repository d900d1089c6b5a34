// The distributions the gate's p-values come from: normal, Student t and binomial. Tails are computed
// directly (never as 1 − something), so a p-value of 1e-30 comes out as 1e-30, not 0 or noise.
import { incompleteBeta, logGamma } from './special.js';

/** The special functions underneath, for callers that need them directly (see special.ts). */
export { bd0, incompleteBeta, incompleteGamma, logGamma, regularizedBeta, regularizedGammaP, regularizedGammaQ, stirlingError } from './special.js';

const SQRT_2PI = Math.sqrt(2 * Math.PI);
const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

/**
 * e^(−x²/2) with x² never rounded: x splits into hi (a multiple of 1/16, so hi² is exact) and lo, and
 * x²/2 = hi²/2 + lo·(x+hi)/2. Rounding x² directly would cost a relative error of x²·2^-53 in the
 * density — 1e-13 at x = 37 — which the split avoids (the trick Cody's erfc uses).
 */
function gaussianKernel(x: number): number {
  const ax = Math.abs(x);
  const hi = Math.floor(ax * 16) / 16;
  const lo = ax - hi;
  return Math.exp((-hi * hi) / 2) * Math.exp((-lo * (ax + hi)) / 2);
}

/** The standard normal density φ(x). */
export function normalPdf(x: number): number {
  return gaussianKernel(x) / SQRT_2PI;
}

/**
 * The upper tail P(Z > x) for x >= 0. Below x = 2 it is ½(1 − erf(x/√2)) with erf from its all-positive
 * series (erf(u) = 2u e^(−u²)/√π · Σ (2u²)^n / (1·3·…·(2n+1))), where the tail is at least 0.02 so the
 * subtraction costs under two digits. From x = 2 on it is φ(x)·x / (2·K) with K the even continued
 * fraction of Γ(½, x²/2) (Legendre), which converges in a few dozen terms there and faster beyond.
 */
function upperTail(x: number): number {
  if (x === Infinity) return 0;
  const z = (x * x) / 2;
  if (x < 2) {
    let term = 1;
    let sum = 1;
    for (let n = 1; n < 200; n++) {
      term *= z / (n + 0.5);
      sum += term;
      if (term < sum * 1e-17) break;
    }
    const erf = x * SQRT_2_OVER_PI * gaussianKernel(x) * sum;
    return 0.5 - 0.5 * erf;
  }
  let f = z + 0.5;
  let c = f;
  let d = 0;
  for (let n = 1; n < 1000; n++) {
    const an = -n * (n - 0.5);
    const bn = z + 2 * n + 0.5;
    d = 1 / (bn + an * d);
    c = bn + an / c;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return (normalPdf(x) * x) / (2 * f);
}

/** The standard normal CDF Φ(x), to about 1e-15 relative in the lower tail (Φ(−37) ≈ 5.7e-300 included). */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  return x < 0 ? upperTail(-x) : 1 - upperTail(x);
}

/** The standard normal survival function 1 − Φ(x), accurate in the upper tail. */
export function normalSf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  return x < 0 ? 1 - upperTail(-x) : upperTail(x);
}

// Acklam's rational approximation to the normal quantile (relative error below 1.2e-9), which the
// Halley steps below then polish to full precision.
const ACKLAM_A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const ACKLAM_B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const ACKLAM_C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const ACKLAM_D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

function polynomial(coefficients: readonly number[], x: number): number {
  let value = 0;
  for (const c of coefficients) value = value * x + c;
  return value;
}

/** Acklam's starting point for p <= 0.5. */
function acklam(p: number): number {
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    return polynomial(ACKLAM_C, q) / (polynomial(ACKLAM_D, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (polynomial(ACKLAM_A, r) * q) / (polynomial(ACKLAM_B, r) * r + 1);
}

/**
 * The standard normal quantile Φ⁻¹(p): Acklam's rational approximation, then Halley steps on
 * Φ(x) − p (cubic convergence; two steps usually reach the last bit). Worked on the lower half only,
 * using Φ⁻¹(p) = −Φ⁻¹(1 − p), so that 1 − p is exact and the tail CDF is the accurate one.
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p > 0.5) return -normalQuantile(1 - p);
  let x = acklam(p);
  for (let step = 0; step < 4; step++) {
    const density = normalPdf(x);
    if (density === 0) break;
    const u = (normalCdf(x) - p) / density;
    const next = x - u / (1 + (x * u) / 2);
    const done = Math.abs(next - x) <= 1e-15 * Math.abs(x);
    x = next;
    if (done) break;
  }
  return x;
}

/**
 * P(T > t) for t >= 0 under Student's t with `df` degrees of freedom: ½·I_(ν/(ν+t²))(ν/2, ½), with
 * 1 − x passed as t²/(ν+t²) so that neither side of the beta function loses digits.
 */
function tUpperTail(t: number, df: number): number {
  if (t === Infinity) return 0;
  const t2 = t * t;
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  return incompleteBeta(df / 2, 0.5, x, y)[0] / 2;
}

function checkDf(df: number): void {
  if (!(df > 0)) throw new RangeError(`Student t needs degrees of freedom > 0, got ${df}`);
}

/** The Student t CDF P(T <= t) with `df` > 0 degrees of freedom (not necessarily an integer: Welch's are not). */
export function studentTCdf(t: number, df: number): number {
  checkDf(df);
  if (Number.isNaN(t)) return NaN;
  if (df === Infinity) return normalCdf(t);
  return t < 0 ? tUpperTail(-t, df) : 1 - tUpperTail(t, df);
}

/** The two-sided p-value P(|T| >= |t|) under Student's t with `df` degrees of freedom, accurate when tiny. */
export function studentTTwoSided(t: number, df: number): number {
  checkDf(df);
  if (Number.isNaN(t)) return NaN;
  if (df === Infinity) return 2 * normalSf(Math.abs(t));
  return Math.min(1, 2 * tUpperTail(Math.abs(t), df));
}

/** The Student t density. */
export function studentTPdf(t: number, df: number): number {
  checkDf(df);
  if (df === Infinity) return normalPdf(t);
  const logNorm = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logNorm - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/**
 * The Student t quantile: the t with P(T <= t) = p. Newton's method on the upper tail from the normal
 * quantile, kept inside a bracket that doubles until it holds the root and falls back to bisection
 * whenever a step would leave it, so heavy tails (df near 1) cannot throw it off.
 */
export function studentTQuantile(p: number, df: number): number {
  checkDf(df);
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df === Infinity) return normalQuantile(p);
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  const q = 1 - p; // exact for p > 0.5; the tail probability to hit
  let low = 0;
  let high = Math.max(1, -normalQuantile(q));
  while (tUpperTail(high, df) > q) high *= 2;
  let t = Math.min(-normalQuantile(q), high);
  for (let i = 0; i < 200; i++) {
    const excess = tUpperTail(t, df) - q;
    if (excess > 0) low = t;
    else high = t;
    let next = t + excess / studentTPdf(t, df);
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - t) <= 1e-15 * t || high - low <= 1e-15 * high) return next;
    t = next;
  }
  return t;
}

/**
 * The binomial CDF P(X <= k) for X ~ Binomial(n, p): I_(1−p)(n − k, k + 1), with p passed as the
 * complement so small tails keep their digits. `k` is floored; k < 0 gives 0 and k >= n gives 1.
 */
export function binomialCdf(k: number, n: number, p: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`binomial n must be a non-negative integer, got ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomial p must be in [0, 1], got ${p}`);
  const j = Math.floor(k);
  if (j < 0) return 0;
  if (j >= n) return 1;
  if (p === 0) return 1;
  if (p === 1) return 0;
  return incompleteBeta(n - j, j + 1, 1 - p, p)[0];
}
