// The paired tests against golden values from statsmodels, scipy and R pROC, and the bootstrap
// against numpy on the same resample indices (test/fixtures/stats-golden.json, made by
// scripts/stats-golden.py). Tolerances, stated per check: integer results exact; p-values 1e-10
// relative or better (most are far tighter); bootstrap differences and percentiles 1e-12 absolute.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignPairs, delong, holm, mcnemarExact, pairedBootstrapWithIndices, welch, type PredictionRow } from '../../../src/core/stats/paired.js';

interface Arm {
  prediction: string[];
  correct: number[];
  logloss: number[];
  squared_error: number[];
}
interface BootstrapCase {
  name: string;
  metric: { kind: 'mean' | 'rmse' | 'f1' | 'precision' | 'recall'; class?: string };
  value: 'correct' | 'logloss' | null;
  weighted: boolean;
  clustered: boolean;
  champion: number;
  challenger: number;
  differences: number[];
  low: number;
  high: number;
  standard_error: number;
  pvalue: number;
}
interface Golden {
  mcnemar: { b: number; c: number; statistic: number; statsmodels: number; exact?: number }[];
  welch: { name: string; a: number[]; b: number[]; t: number; df: number; pvalue: number }[];
  holm: { p: number[]; adjusted: number[] }[];
  delong: { name: string; labels: number[]; a: number[]; b: number[]; auc_a: number; auc_b: number; z: number; pvalue: number; variance: number }[];
  bootstrap: {
    data: { ids: string[]; cluster: string[]; label: string[]; weight: number[]; champion: Arm; challenger: Arm };
    example_indices: number[][];
    cluster_indices: number[][];
    cases: BootstrapCase[];
  };
}
const golden = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'stats-golden.json'), 'utf8')) as Golden;

function relativeError(actual: number, expected: number): number {
  if (actual === expected) return 0;
  return expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
}

function expectRelative(actual: number, expected: number, tolerance: number, what: string): void {
  expect(relativeError(actual, expected), `${what}: got ${actual}, expected ${expected}`).toBeLessThanOrEqual(tolerance);
}

describe('exact McNemar against statsmodels mcnemar(exact=True) and exact rational arithmetic', () => {
  it.each(golden.mcnemar)('b=$b c=$c', ({ b, c, statistic, statsmodels, exact }) => {
    const result = mcnemarExact(b, c);
    expect(result.statistic).toBe(statistic);
    // statsmodels (scipy's binom.cdf) is itself off by up to 3e-14 at n = 11 000; the exact value is the sharper test.
    expectRelative(result.pValue, statsmodels, 1e-12, 'against statsmodels');
    if (exact !== undefined) expectRelative(result.pValue, exact, 1e-13, 'against the exact rational value');
  });

  it('refuses counts that are not non-negative integers', () => {
    expect(() => mcnemarExact(-1, 3)).toThrow(/non-negative integer/);
    expect(() => mcnemarExact(2.5, 3)).toThrow(/non-negative integer/);
  });
});

describe("Welch's t-test against scipy ttest_ind(equal_var=False)", () => {
  it.each(golden.welch)('$name', ({ a, b, t, df, pvalue }) => {
    const result = welch(a, b);
    expectRelative(result.t, t, 1e-12, 't');
    expectRelative(result.df, df, 1e-12, 'df');
    expectRelative(result.pValue, pvalue, 1e-10, 'p');
  });

  it('answers for zero variance on both sides (scipy: NaN) and refuses fewer than two runs', () => {
    expect(welch([0.9, 0.9, 0.9], [0.9, 0.9])).toMatchObject({ t: 0, pValue: 1 });
    expect(welch([0.91, 0.91], [0.9, 0.9])).toMatchObject({ t: Infinity, pValue: 0 });
    expect(() => welch([1], [1, 2])).toThrow(/at least 2 values/);
  });
});

describe('Holm against statsmodels multipletests(method="holm")', () => {
  it.each(golden.holm)('%#', ({ p, adjusted }) => {
    // The same multiplications and running maximum: equal to the last bit.
    expect(holm(p)).toEqual(adjusted);
  });

  it('refuses p-values outside [0, 1]', () => {
    expect(() => holm([0.1, 1.2])).toThrow(/\[0, 1\]/);
    expect(holm([])).toEqual([]);
  });
});

describe('DeLong against R pROC roc.test(method="delong", paired=TRUE), ties included', () => {
  it.each(golden.delong)('$name', ({ labels, a, b, auc_a, auc_b, z, pvalue, variance }) => {
    const result = delong(labels, a, b);
    expectRelative(result.aucA, auc_a, 1e-14, 'AUC A');
    expectRelative(result.aucB, auc_b, 1e-14, 'AUC B');
    expectRelative(result.variance, variance, 1e-10, 'variance of the difference');
    expectRelative(result.z, z, 1e-10, 'z');
    expectRelative(result.pValue, pvalue, 1e-10, 'p');
  });

  it('gives p = 1 for identical scores and refuses a single class', () => {
    const labels = [0, 1, 0, 1, 1, 0];
    const scores = [0.1, 0.9, 0.4, 0.35, 0.8, 0.2];
    expect(delong(labels, scores, scores)).toMatchObject({ difference: 0, variance: 0, z: 0, pValue: 1 });
    expect(() => delong([1, 1, 1], [1, 2, 3], [1, 2, 3])).toThrow(/2 positives and 2 negatives/);
  });
});

describe('paired bootstrap on numpy-drawn resample indices', () => {
  const { data, example_indices, cluster_indices, cases } = golden.bootstrap;

  function rows(kase: BootstrapCase, arm: Arm): PredictionRow[] {
    const values = kase.value === null ? arm.squared_error : arm[kase.value];
    return data.ids.map((id, i) => ({
      id,
      ...(kase.metric.kind === 'mean' || kase.metric.kind === 'rmse' ? { value: values[i] } : { label: data.label[i], prediction: arm.prediction[i] }),
      ...(kase.weighted ? { weight: data.weight[i] } : {}),
      ...(kase.clustered ? { cluster: data.cluster[i] } : {}),
    }));
  }

  it.each(cases)('$name', (kase) => {
    const paired = alignPairs(rows(kase, data.champion), rows(kase, data.challenger));
    const result = pairedBootstrapWithIndices(paired, kase.clustered ? cluster_indices : example_indices, { metric: kase.metric });
    const units = kase.clustered ? 12 : data.ids.length;
    expect(result).toMatchObject({ method: 'given', resamples: kase.differences.length, examples: data.ids.length, units, clustered: kase.clustered });
    expectRelative(result.champion, kase.champion, 1e-14, 'champion metric');
    expectRelative(result.challenger, kase.challenger, 1e-14, 'challenger metric');
    const worst = Math.max(...kase.differences.map((d, r) => Math.abs(d - (result.differences as Float64Array)[r]!)));
    expect(worst, 'largest difference from numpy over the resamples').toBeLessThanOrEqual(1e-12);
    expect(Math.abs(result.low - kase.low), 'lower percentile').toBeLessThanOrEqual(1e-12);
    expect(Math.abs(result.high - kase.high), 'upper percentile').toBeLessThanOrEqual(1e-12);
    expectRelative(result.standardError, kase.standard_error, 1e-10, 'standard error');
    // The p-value counts resamples at or beyond 0; exact ties (accuracy, F1 from integer counts) come out 0 on both sides.
    expect(result.pValue).toBe(kase.pvalue);
  });

  it('refuses index lists of the wrong length or out of range', () => {
    const kase = cases[0] as BootstrapCase;
    const paired = alignPairs(rows(kase, data.champion), rows(kase, data.challenger));
    expect(() => pairedBootstrapWithIndices(paired, [[0, 1]], { metric: kase.metric })).toThrow(/must draw 60/);
    expect(() => pairedBootstrapWithIndices(paired, [Array.from({ length: 60 }, () => 60)], { metric: kase.metric })).toThrow(/outside 0\.\.59/);
  });
});
