// The bootstrap's own mechanics: which method `auto` picks, that the three methods agree on the
// standard error for every metric kind (which checks the delta-method derivations against
// resampling), and the percentile and p-value definitions on small hand-checked inputs.
import { describe, expect, it } from 'vitest';
import { bootstrapPValue, pairedBootstrap, quantileLinear, type PairedExamples, type PairedMetric } from '../../../src/core/stats/paired.js';
import { createRandom } from '../../../src/core/stats/random.js';

/** The same data without clusters, so the bootstrap resamples examples. */
function unclustered(d: PairedExamples): PairedExamples {
  return { ...d, clusters: undefined, clusterIds: undefined };
}

function synthetic(n: number, clusters: number, seed: number): PairedExamples {
  const random = createRandom(seed);
  const labels = Int32Array.from({ length: n }, () => random.int(4));
  const predict = (skill: number) => labels.map((l) => (random.uniform() < skill ? l : random.int(4)));
  const championValues = Float64Array.from({ length: n }, () => random.normal() ** 2);
  return {
    ids: Array.from({ length: n }, (_, i) => `e${i}`),
    championValues,
    challengerValues: championValues.map((v) => v * (0.8 + 0.4 * random.uniform())),
    classes: ['a', 'b', 'c', 'd'],
    labels,
    championPredictions: predict(0.6),
    challengerPredictions: predict(0.65),
    weights: Float64Array.from({ length: n }, () => 0.5 + random.uniform()),
    clusters: Int32Array.from({ length: n }, () => random.int(clusters)),
    clusterIds: Array.from({ length: clusters }, (_, u) => `u${String(u).padStart(4, '0')}`),
  };
}

describe('method selection', () => {
  const small = synthetic(1000, 10, 1);
  const large = unclustered(synthetic(60_000, 10, 2));

  it('auto: multinomial for up to 50 000 units, Poisson up to 10^9 unit-resamples, normal beyond; reported back', () => {
    const multinomial = pairedBootstrap(small, { metric: { kind: 'mean' }, resamples: 100 });
    expect(multinomial).toMatchObject({ method: 'multinomial', resamples: 100, seed: 0, examples: 1000, units: 10, clustered: true });
    const poisson = pairedBootstrap(large, { metric: { kind: 'mean' }, resamples: 100, seed: 5 });
    expect(poisson).toMatchObject({ method: 'poisson', resamples: 100, seed: 5, units: 60_000, clustered: false });
    const normal = pairedBootstrap(large, { metric: { kind: 'mean' }, resamples: 20_000 });
    expect(normal).toMatchObject({ method: 'normal', resamples: 0, seed: undefined });
    expect(normal.differences).toBeUndefined();
  });
});

describe('the three methods agree on the standard error', () => {
  const data = synthetic(3000, 300, 3);
  const metrics: PairedMetric[] = [{ kind: 'mean' }, { kind: 'rmse' }, { kind: 'f1' }, { kind: 'precision', class: 'b' }, { kind: 'recall' }, { kind: 'f1', class: 'd' }];
  const cases = metrics.flatMap((metric) => [true, false].map((clustered) => ({ metric, clustered })));

  it.each(cases)('$metric.kind $metric.class, clustered $clustered', ({ metric, clustered }) => {
    const d = clustered ? data : unclustered(data);
    const [multinomial, poisson, normal] = (['multinomial', 'poisson', 'normal'] as const).map((method) => pairedBootstrap(d, { metric, resamples: 2000, seed: 1, method }));
    // With B = 2000 a bootstrap SE carries about 1.6 % Monte Carlo error; 8 % leaves room for skew at 300 clusters.
    expect(poisson!.standardError / multinomial!.standardError).toBeGreaterThan(0.92);
    expect(poisson!.standardError / multinomial!.standardError).toBeLessThan(1.08);
    expect(normal!.standardError / multinomial!.standardError).toBeGreaterThan(0.92);
    expect(normal!.standardError / multinomial!.standardError).toBeLessThan(1.08);
    // All three report the same full-data point estimate.
    expect(new Set([multinomial, poisson, normal].map((r) => r!.difference)).size).toBe(1);
  });
});

describe('percentiles, p-values, alpha and empty resamples', () => {
  it('quantileLinear is numpy.percentile (linear)', () => {
    // numpy.percentile([1, 2, 3, 4], [2.5, 50, 97.5]) = [1.075, 2.5, 3.925]
    expect([0.025, 0.5, 0.975].map((q) => quantileLinear([1, 2, 3, 4], q))).toEqual([1.075, 2.5, 3.925]);
    expect([quantileLinear([5], 0.3), quantileLinear([1, 9], 0), quantileLinear([1, 9], 1), quantileLinear([], 0.5)]).toEqual([5, 1, 9, NaN]);
  });

  it('bootstrapPValue: two-sided, with the +1 correction', () => {
    expect(bootstrapPValue([0.1, 0.2, 0.3])).toBe(2 / 4); // never 0: (1 + 0) · 2 / (3 + 1)
    expect(bootstrapPValue([-0.1, 0.2, 0.3, 0.4])).toBe((2 * 2) / 5);
    expect(bootstrapPValue([0, 0, 1, -1])).toBe(1); // ties at 0 count on both sides
  });

  it('a smaller alpha gives a wider interval around the same point', () => {
    const data = synthetic(500, 50, 4);
    const [wide, narrow] = [0.01, 0.2].map((alpha) => pairedBootstrap(data, { metric: { kind: 'mean' }, resamples: 1000, alpha }));
    expect(wide!.high - wide!.low).toBeGreaterThan(narrow!.high - narrow!.low);
    expect(wide!.difference).toBe(narrow!.difference);
    expect(() => pairedBootstrap(data, { metric: { kind: 'mean' }, alpha: 1 })).toThrow(RangeError);
  });

  it('leaves out resamples that drew only zero-weight examples, and says how many it used', () => {
    const data: PairedExamples = { ids: ['a', 'b'], championValues: Float64Array.of(1, 0), challengerValues: Float64Array.of(0, 1), weights: Float64Array.of(1, 0) };
    const result = pairedBootstrap(data, { metric: { kind: 'mean' }, resamples: 1000 });
    // Both draws land on 'b' in a quarter of the resamples.
    expect(result.resamples).toBeGreaterThan(700);
    expect(result.resamples).toBeLessThan(800);
    expect(result.differences!.every((d) => d === -1)).toBe(true);
    expect([result.low, result.high, result.difference]).toEqual([-1, -1, -1]);
  });
});
