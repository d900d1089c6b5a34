// From an interval to a gate verdict, and how many examples a verdict would need. Kept apart from the
// statistics so the definitions, which users read in the docs, live in one short place.
import { normalCdf, normalQuantile } from './distributions.js';

/** The four verdicts of a noise-aware gate; see {@link outcome}. */
export type Outcome = 'improved' | 'regressed' | 'equivalent' | 'inconclusive';

/** Input of {@link outcome}. */
export interface OutcomeInput {
  /** The interval for challenger − champion (e.g. a 95 % bootstrap interval), in the metric's units. */
  low: number;
  high: number;
  /** The smallest change that matters, >= 0, in the metric's units (0: any significant change counts). */
  margin: number;
  /** Which direction of the metric is better (accuracy: higher; log loss: lower). */
  better: 'higher' | 'lower';
}

/**
 * The verdict from an interval for the difference, a margin m and the better direction. The interval
 * is first turned into gains, [g_lo, g_hi], positive meaning better (for a lower-is-better metric,
 * g_lo = −high and g_hi = −low). Then, checked in this order:
 *
 * - `equivalent`: −m <= g_lo and g_hi <= m. Every difference the data allow is within the margin,
 *   whether or not it excludes 0 (a significant but negligible change is equivalent). This is the
 *   two one-sided tests (TOST) equivalence rule, at level alpha/2 per side for a 1 − alpha interval.
 * - `regressed`: g_hi < 0, and (not being equivalent) g_lo < −m. The challenger is significantly worse
 *   and a drop beyond the margin is among the plausible ones. A true drop of at least m is called
 *   regressed whenever the interval excludes 0 and covers the truth; a drop within noise (an interval
 *   that holds 0) never is.
 * - `improved`: g_lo > 0 and g_hi > m, the mirror image: significantly better, by possibly more than m.
 * - `inconclusive`: the rest: the interval holds 0 and reaches beyond the margin on at least one
 *   side, so neither a change nor its absence is shown; more examples would tell
 *   (see {@link examplesForPower}).
 *
 * The four are exhaustive and exclusive. With m = 0: equivalent only for the interval [0, 0],
 * improved/regressed exactly when the interval excludes 0. Boundaries: the margin band is closed,
 * "excludes 0" is strict.
 */
export function outcome(input: OutcomeInput): Outcome {
  const { low, high, margin, better } = input;
  if (!(low <= high)) throw new RangeError(`outcome: the interval must have low <= high, got [${low}, ${high}]`);
  if (!(margin >= 0)) throw new RangeError(`outcome: the margin must be >= 0, got ${margin}`);
  const [gainLow, gainHigh] = better === 'higher' ? [low, high] : [-high, -low];
  if (gainLow >= -margin && gainHigh <= margin) return 'equivalent';
  if (gainHigh < 0) return 'regressed';
  if (gainLow > 0) return 'improved';
  return 'inconclusive';
}

/** Input of {@link examplesForPower} and {@link detectionPower}. */
export interface PowerInput {
  /** The standard error of the difference observed on `examples` examples (a bootstrap SE, or √variance from DeLong). */
  standardError: number;
  /** How many examples (or, for a cluster bootstrap, clusters) that standard error came from. */
  examples: number;
  /** The difference to detect, > 0, in the metric's units: the gate's margin. */
  margin: number;
  /** The two-sided test level (default 0.05). */
  alpha?: number;
  /** The probability of detecting a true difference of `margin` (default 0.8). */
  power?: number;
}

/**
 * How many examples a two-sided level-alpha test needs to detect a true difference of `margin` with
 * probability `power`, from a standard error observed on `examples` examples. The standard error of
 * a mean-like metric scales as 1/√n, so with z = Φ⁻¹(1 − alpha/2) + Φ⁻¹(power) the answer is
 * ceil(examples · (z · standardError / margin)²) (the far tail's sliver of power is ignored, which
 * errs on the side of more examples). For a cluster bootstrap the count is of clusters: more examples
 * in the same clusters help less. Infinity when margin is 0.
 */
export function examplesForPower(input: PowerInput): number {
  const { standardError, examples, margin, alpha = 0.05, power = 0.8 } = input;
  checkPower(input, alpha, power);
  if (margin === 0) return Infinity;
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(power);
  return Math.max(1, Math.ceil(examples * ((z * standardError) / margin) ** 2));
}

/**
 * The probability that a two-sided level-alpha test (normal approximation) rejects "no difference"
 * when the true difference is `margin` and the difference's standard error is `standardError`:
 * Φ(margin/SE − z) + Φ(−margin/SE − z) with z = Φ⁻¹(1 − alpha/2). Pass the standard error scaled to
 * another size (SE·√(n/n')) to predict the power there.
 */
export function detectionPower(input: Omit<PowerInput, 'examples' | 'power'>): number {
  const { standardError, margin, alpha = 0.05 } = input;
  checkPower({ ...input, examples: 1 }, alpha, 0.5);
  if (standardError === 0) return margin > 0 ? 1 : alpha;
  const z = normalQuantile(1 - alpha / 2);
  const shift = Math.abs(margin) / standardError;
  return normalCdf(shift - z) + normalCdf(-shift - z);
}

function checkPower(input: { standardError: number; examples: number; margin: number }, alpha: number, power: number): void {
  if (!(input.standardError >= 0) || input.standardError === Infinity) throw new RangeError(`the standard error must be finite and >= 0, got ${input.standardError}`);
  if (!(input.examples >= 1)) throw new RangeError(`examples must be >= 1, got ${input.examples}`);
  if (!(input.margin >= 0) || input.margin === Infinity) throw new RangeError(`the margin must be finite and >= 0, got ${input.margin}`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be between 0 and 1, got ${alpha}`);
  if (!(power > 0 && power < 1)) throw new RangeError(`power must be between 0 and 1, got ${power}`);
}
