// The paired bootstrap: the distribution of a metric's challenger − champion difference over
// resamples of the eval examples (or of clusters of them), both models scored on each resample's
// same examples, so example difficulty cancels out and only the models' difference varies.
import { UserError } from '../errors.js';
import type { PairedExamples } from './align.js';
import { normalCdf, normalQuantile } from './distributions.js';
import { createRandom } from './random.js';
import { countResampler, meanResampler, type PairedMetric, type Resampler } from './resample.js';

/**
 * How the resamples are drawn. `multinomial`: the classic bootstrap, U units drawn with replacement.
 * `poisson`: each unit weighted by an independent Poisson(1) draw (Hanley and MacGibbon 2006; the
 * same distribution as U grows), which reads the data once in order instead of at random, so it stays
 * fast past the cache. `normal`: no resampling; the delta-method standard error and a normal interval,
 * which is what the bootstrap converges to at large n.
 */
export type BootstrapMethod = 'multinomial' | 'poisson' | 'normal';

/** Options of {@link pairedBootstrap}. */
export interface PairedBootstrapOptions {
  metric: PairedMetric;
  /** B, the number of resamples (default 10 000). */
  resamples?: number;
  /** The PRNG seed (default 0); reported back. */
  seed?: number;
  /** 1 − the interval's confidence level (default 0.05: a 95 % interval). */
  alpha?: number;
  /** Default `auto`: multinomial up to {@link MULTINOMIAL_MAX_UNITS} units, Poisson up to {@link RESAMPLING_MAX_WORK} unit-resamples, normal beyond. */
  method?: 'auto' | BootstrapMethod;
}

/** What {@link pairedBootstrap} found. Differences are challenger − champion throughout. */
export interface PairedBootstrapResult {
  metric: PairedMetric;
  /** How the distribution was obtained; `given` for {@link pairedBootstrapWithIndices}. */
  method: BootstrapMethod | 'given';
  /** The metric on all examples, per model, and their difference. */
  champion: number;
  challenger: number;
  difference: number;
  /** The interval: the alpha/2 and 1 − alpha/2 percentiles of the resampled differences (numpy's default 'linear' percentile), or difference ± z·SE for `normal`. */
  low: number;
  high: number;
  alpha: number;
  /** The standard deviation of the resampled differences (n − 1 denominator), or the delta-method SE for `normal`. */
  standardError: number;
  /** Two-sided p-value for "no difference"; see {@link bootstrapPValue}. */
  pValue: number;
  /** Resamples used (those whose total weight was 0 are left out), and the seed they came from (undefined when given). */
  resamples: number;
  seed: number | undefined;
  examples: number;
  /** Resampling units: clusters when clustered, else examples. */
  units: number;
  clustered: boolean;
  /** The resampled differences in draw order; absent for `normal`. */
  differences?: Float64Array;
}

/** `auto` resamples units with replacement up to this many: their sums (24 bytes a unit) still fit in cache. */
export const MULTINOMIAL_MAX_UNITS = 50_000;
/** `auto` uses the Poisson bootstrap while units × resamples stays under this (about 12 s on one core), the normal method beyond. */
export const RESAMPLING_MAX_WORK = 1e9;

/**
 * numpy's default ('linear') quantile of sorted values, q in [0, 1]: position h = (n − 1)·q, then
 * linear interpolation between the neighbours, in numpy's own form (from the upper neighbour when
 * the fraction is >= ½), so that the result matches `numpy.percentile(x, 100·q)` to the last bit.
 */
export function quantileLinear(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  if (h >= n - 1) return sorted[n - 1] as number;
  if (h <= 0) return sorted[0] as number;
  const lo = Math.floor(h);
  const g = h - lo;
  const a = sorted[lo] as number;
  const b = sorted[lo + 1] as number;
  const diff = b - a;
  return g >= 0.5 ? b - diff * (1 - g) : a + diff * g;
}

/**
 * The two-sided bootstrap p-value for "no difference", with the +1 correction that keeps it a valid
 * p-value (never 0 from B finite resamples; Davison and Hinkley 1997, §4.4):
 * min(1, 2·min(1 + #{d* <= 0}, 1 + #{d* >= 0}) / (B + 1)). It is below alpha exactly when 0 lies
 * outside the percentile interval at level 1 − alpha (up to interpolation), so the two never disagree.
 */
export function bootstrapPValue(differences: ArrayLike<number>): number {
  let atOrBelow = 0;
  let atOrAbove = 0;
  for (let i = 0; i < differences.length; i++) {
    const d = differences[i] as number;
    if (d <= 0) atOrBelow++;
    if (d >= 0) atOrAbove++;
  }
  return Math.min(1, (2 * (1 + Math.min(atOrBelow, atOrAbove))) / (differences.length + 1));
}

function resamplerFor(data: PairedExamples, metric: PairedMetric): Resampler {
  const n = data.ids.length;
  if (n === 0) throw new UserError('The paired bootstrap needs at least one example.');
  const lengthOk = (name: string, a: ArrayLike<number> | undefined) => {
    if (a !== undefined && a.length !== n) throw new UserError(`Paired examples: '${name}' has ${a.length} entries for ${n} ids.`);
  };
  for (const [name, column] of Object.entries(data)) if (name !== 'ids' && name !== 'classes' && name !== 'clusterIds') lengthOk(name, column as ArrayLike<number>);
  if (data.weights) {
    let total = 0;
    for (const w of data.weights) {
      if (!(w >= 0) || w === Infinity) throw new UserError(`Paired examples: weights must be finite and >= 0, got ${w}.`);
      total += w;
    }
    if (!(total > 0)) throw new UserError('Paired examples: the weights sum to 0, which leaves nothing to compare.');
  }
  if (data.clusters && !data.clusterIds) throw new UserError("Paired examples: 'clusters' needs 'clusterIds'.");
  if (metric.kind === 'mean' || metric.kind === 'rmse') {
    if (!data.championValues || !data.challengerValues) throw new UserError(`The ${metric.kind} metric needs a per-example 'value' from both models.`);
    if (metric.kind === 'rmse' && [...data.championValues, ...data.challengerValues].some((v) => v < 0)) {
      throw new UserError("The rmse metric takes squared errors as 'value', which cannot be negative.");
    }
    return meanResampler(data, metric.kind === 'rmse');
  }
  if (!data.labels || !data.championPredictions || !data.challengerPredictions || !data.classes) {
    throw new UserError(`The ${metric.kind} metric needs 'label' and both models' 'prediction' for every example.`);
  }
  let target: number | undefined;
  if (metric.class !== undefined) {
    target = data.classes.indexOf(String(metric.class));
    const name = JSON.stringify(String(metric.class));
    if (target < 0) throw new UserError(`The ${metric.kind} metric names class ${name}, which no label or prediction has (classes: ${data.classes.join(', ')}).`);
  }
  return countResampler(data, metric.kind, target);
}

function summarize(
  resampler: Resampler,
  data: PairedExamples,
  metric: PairedMetric,
  alpha: number,
  method: PairedBootstrapResult['method'],
  seed: number | undefined,
  drawn: Float64Array,
): PairedBootstrapResult {
  const { champion, challenger } = resampler.point();
  // A resample whose units all had weight 0 has no metric (0/0); it carries no information, so it is left out.
  const differences = drawn.some(Number.isNaN) ? drawn.filter((d) => !Number.isNaN(d)) : drawn;
  const sorted = Float64Array.from(differences).sort();
  let mean = 0;
  for (const d of differences) mean += d;
  mean /= differences.length;
  let ss = 0;
  for (const d of differences) ss += (d - mean) * (d - mean);
  return {
    metric,
    method,
    champion,
    challenger,
    difference: challenger - champion,
    low: quantileLinear(sorted, alpha / 2),
    high: quantileLinear(sorted, 1 - alpha / 2),
    alpha,
    standardError: differences.length > 1 ? Math.sqrt(ss / (differences.length - 1)) : NaN,
    pValue: differences.length > 0 ? bootstrapPValue(differences) : NaN,
    resamples: differences.length,
    seed,
    examples: data.ids.length,
    units: resampler.units,
    clustered: data.clusters !== undefined,
    differences,
  };
}

function chooseMethod(method: 'auto' | BootstrapMethod, units: number, resamples: number): BootstrapMethod {
  if (method !== 'auto') return method;
  if (units <= MULTINOMIAL_MAX_UNITS) return 'multinomial';
  return units * resamples <= RESAMPLING_MAX_WORK ? 'poisson' : 'normal';
}

function checkAlpha(alpha: number): void {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be between 0 and 1, got ${alpha}`);
}

/**
 * The paired bootstrap of `options.metric` on `data`: interval, standard error and p-value of the
 * challenger − champion difference. Deterministic for a given seed. The method (see
 * {@link BootstrapMethod}) is reported in the result; `auto` picks by size so that 10^6 examples take
 * seconds, not minutes.
 */
export function pairedBootstrap(data: PairedExamples, options: PairedBootstrapOptions): PairedBootstrapResult {
  const { metric, resamples = 10_000, seed = 0, alpha = 0.05 } = options;
  checkAlpha(alpha);
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
  const resampler = resamplerFor(data, metric);
  const units = resampler.units;
  const method = chooseMethod(options.method ?? 'auto', units, resamples);
  if (method === 'normal') {
    const { champion, challenger } = resampler.point();
    const difference = challenger - champion;
    const se = resampler.standardError();
    const z = normalQuantile(1 - alpha / 2);
    const pValue = se > 0 ? 2 * normalCdf(-Math.abs(difference) / se) : difference === 0 ? 1 : 0;
    const [low, high] = [difference - z * se, difference + z * se];
    const sizes = { resamples: 0, seed: undefined, examples: data.ids.length, units, clustered: data.clusters !== undefined };
    return { metric, method, champion, challenger, difference, low, high, alpha, standardError: se, pValue, ...sizes };
  }
  const random = createRandom(seed);
  const drawn = method === 'poisson' ? resampler.poisson(random, resamples) : resampler.multinomial(random, resamples);
  return summarize(resampler, data, metric, alpha, method, seed, drawn);
}

/**
 * The paired bootstrap on resamples given explicitly: `indices[r]` lists the units (cluster indices
 * into `data.clusterIds` when clustered, else example indices) drawn for resample r, U of them each.
 * For reproducing a resampling made elsewhere (the golden tests reuse numpy's).
 */
export function pairedBootstrapWithIndices(data: PairedExamples, indices: readonly ArrayLike<number>[], options: { metric: PairedMetric; alpha?: number }): PairedBootstrapResult {
  const { metric, alpha = 0.05 } = options;
  checkAlpha(alpha);
  const resampler = resamplerFor(data, metric);
  const units = resampler.units;
  const counts = new Float64Array(units);
  const drawn = indices.map((resample, r) => {
    if (resample.length !== units) throw new RangeError(`resample ${r} draws ${resample.length} units; it must draw ${units}`);
    counts.fill(0);
    for (let k = 0; k < resample.length; k++) {
      const u = resample[k] as number;
      if (!Number.isInteger(u) || u < 0 || u >= units) throw new RangeError(`resample ${r} draws unit ${u}, outside 0..${units - 1}`);
      counts[u]!++;
    }
    return resampler.fromCounts(counts);
  });
  return summarize(resampler, data, metric, alpha, 'given', undefined, Float64Array.from(drawn));
}
