import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { detectDrift, newCategories } from '../../src/data/drift.js';
import { chiSquarePValue, kolmogorovSurvival, ksPValue, upperGammaRegularized } from '../../src/data/drift-stats.js';
import { ProfileBuilder, type Profile } from '../../src/data/profile.js';
import { mulberry32 } from '../helpers/random.js';

function normals(count: number, seed: number, mean = 0, sd = 1): number[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => mean + sd * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()));
}

function numeric(values: readonly number[], name = 'x'): Profile {
  const builder = new ProfileBuilder([{ name, kind: 'numeric' }]);
  for (const v of values) builder.addNumber(0, v);
  builder.addRows(values.length);
  return builder.finish();
}

function categorical(counts: Record<string, number>, name = 'c'): Profile {
  const builder = new ProfileBuilder([{ name, kind: 'categorical' }]);
  for (const [value, count] of Object.entries(counts)) for (let i = 0; i < count; i++) builder.addCategory(0, value);
  return builder.finish();
}

/** Draws `count` categories with the given weights. */
function mix(count: number, seed: number, weights: Record<string, number>): Record<string, number> {
  const random = mulberry32(seed);
  const entries = Object.entries(weights);
  const total = entries.reduce((n, [, w]) => n + w, 0);
  const out: Record<string, number> = {};
  for (let i = 0; i < count; i++) {
    let r = random() * total;
    const [value] = entries.find(([, w]) => (r -= w) < 0) ?? entries[entries.length - 1]!;
    out[value] = (out[value] ?? 0) + 1;
  }
  return out;
}

function only(results: ReturnType<typeof detectDrift>) {
  expect(results).toHaveLength(1);
  return results[0]!;
}

/** scipy's wasserstein_distance for equal-sized samples: mean gap between order statistics. */
function exactWasserstein(a: number[], b: number[]): number {
  const x = [...a].sort((p, q) => p - q);
  const y = [...b].sort((p, q) => p - q);
  return x.reduce((t, v, i) => t + Math.abs(v - y[i]!), 0) / x.length;
}

function populationStdev(values: number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((t, v) => t + (v - mean) ** 2, 0) / values.length);
}

describe('default methods on realistic data', () => {
  it('large numeric: normed Wasserstein flags a +0.5 sd shift, not a resample', () => {
    const reference = normals(5000, 1, 10, 2);
    const shifted = only(detectDrift(numeric(reference), numeric(normals(5000, 2, 11, 2))));
    expect(shifted).toMatchObject({ method: 'wasserstein', threshold: 0.1, drifted: true, referenceCount: 5000, currentCount: 5000 });
    expect(shifted.score).toBeGreaterThan(0.4);
    expect(shifted.worst).toMatch(/^bin \[[-\d.]+, [-\d.]+[)\]]: \d+\.\d% -> \d+\.\d%$/);
    const same = only(detectDrift(numeric(reference), numeric(normals(5000, 3, 10, 2))));
    expect(same).toMatchObject({ method: 'wasserstein', drifted: false });
    expect(same.score).toBeLessThan(0.1);
  });

  it('sketch-based Wasserstein agrees with the exact value', () => {
    const a = normals(5000, 4, 3, 1);
    const b = normals(5000, 5, 3.3, 1.2);
    const result = only(detectDrift(numeric(a), numeric(b)));
    const exact = exactWasserstein(a, b) / populationStdev(a);
    expect(Math.abs(result.score - exact)).toBeLessThan(0.01);
  });

  it('small numeric: KS flags the shift, not a resample', () => {
    const reference = normals(500, 6);
    const shifted = only(detectDrift(numeric(reference), numeric(normals(500, 7, 0.5))));
    expect(shifted).toMatchObject({ method: 'ks', threshold: 0.05, drifted: true });
    expect(shifted.score).toBeLessThan(0.001);
    const same = only(detectDrift(numeric(reference), numeric(normals(500, 8))));
    expect(same).toMatchObject({ method: 'ks', drifted: false });
    expect(same.score).toBeGreaterThan(0.05);
  });

  it('large categorical: Jensen-Shannon flags a changed mix, not a resample', () => {
    const weights = { setosa: 0.5, versicolor: 0.3, virginica: 0.2 };
    const reference = categorical(mix(5000, 9, weights));
    const changed = only(detectDrift(reference, categorical(mix(5000, 10, { setosa: 0.2, versicolor: 0.3, virginica: 0.5 }))));
    expect(changed).toMatchObject({ method: 'jensenshannon', drifted: true });
    expect(changed.worst).toMatch(/^category '(setosa|virginica)': \d+\.\d% -> \d+\.\d%$/);
    const same = only(detectDrift(reference, categorical(mix(5000, 11, weights))));
    expect(same).toMatchObject({ method: 'jensenshannon', drifted: false });
  });

  it('small categorical: chi-square flags a changed mix, not a resample', () => {
    const weights = { a: 0.6, b: 0.3, c: 0.1 };
    const reference = categorical(mix(500, 12, weights));
    expect(only(detectDrift(reference, categorical(mix(500, 13, { a: 0.4, b: 0.4, c: 0.2 }))))).toMatchObject({ method: 'chisquare', drifted: true });
    const same = only(detectDrift(reference, categorical(mix(500, 14, weights))));
    expect(same).toMatchObject({ method: 'chisquare', drifted: false });
    expect(same.score).toBeGreaterThan(0.05);
  });

  it('numeric columns with few distinct values are compared per value', () => {
    const values = (n: number, share: number) => Array.from({ length: n }, (_, i) => (i < n * share ? 1 : i % 2 === 0 ? 2 : 3));
    const large = only(detectDrift(numeric(values(4000, 0.5)), numeric(values(4000, 0.2))));
    expect(large).toMatchObject({ method: 'jensenshannon', drifted: true, worst: 'value 1: 50.0% -> 20.0%' });
    expect(only(detectDrift(numeric(values(400, 0.5)), numeric(values(400, 0.5))))).toMatchObject({ method: 'chisquare', drifted: false, score: 1 });
  });
});

describe('methods against known values', () => {
  it('Wasserstein between point masses, normed by the reference population stdev', () => {
    // Reference half 0 half 1 (stdev 0.5); current half 1 half 2: every value moves by 1.
    const ref = numeric([0, 0, 1, 1]);
    const cur = numeric([1, 1, 2, 2]);
    expect(only(detectDrift(ref, cur, { defaults: { method: 'wasserstein' } })).score).toBeCloseTo(2, 12);
    const far = only(detectDrift(numeric([5, 5, 5]), numeric([6, 6, 6]), { defaults: { method: 'wasserstein' } }));
    expect(far.score).toBeCloseTo(1 / 0.001, 6);
  });

  it('Jensen-Shannon distance of disjoint categories is 1 (base 2)', () => {
    const result = only(detectDrift(categorical({ a: 10, b: 10 }), categorical({ c: 5, d: 15 }), { defaults: { method: 'jensenshannon' } }));
    expect(result.score).toBeCloseTo(1, 12);
    expect(result.drifted).toBe(true);
    expect(result.worst).toBe("new category 'd' (75.0%)");
  });

  it('PSI on two bins', () => {
    const result = only(detectDrift(categorical({ a: 50, b: 50 }), categorical({ a: 25, b: 75 }), { defaults: { method: 'psi' } }));
    expect(result.score).toBeCloseTo(0.25 * Math.log(2) + 0.25 * Math.log(1.5), 12);
    expect(result).toMatchObject({ threshold: 0.1, drifted: true, worst: "category 'a': 50.0% -> 25.0%" });
  });

  it('L-infinity is the largest change in share', () => {
    const result = only(detectDrift(categorical({ a: 50, b: 50 }), categorical({ a: 30, b: 70 }), { columns: { c: { method: 'linf', threshold: 0.25 } } }));
    expect(result.score).toBeCloseTo(0.2, 12);
    expect(result.drifted).toBe(false);
  });

  it('chi-square p-values', () => {
    expect(chiSquarePValue(3.841458820694124, 1)).toBeCloseTo(0.05, 12);
    expect(chiSquarePValue(5.991464547107979, 2)).toBeCloseTo(0.05, 12);
    // Even df has a closed form: e^(−x/2) Σ_{k<df/2} (x/2)^k / k!.
    expect(chiSquarePValue(30, 10) / (Math.exp(-15) * (1 + 15 + 112.5 + 562.5 + 2109.375))).toBeCloseTo(1, 12);
    expect(chiSquarePValue(3, 10) / (Math.exp(-1.5) * (1 + 1.5 + 1.125 + 0.5625 + 0.2109375))).toBeCloseTo(1, 12);
    expect(upperGammaRegularized(3, 2)).toBeCloseTo(5 * Math.exp(-2), 13);
    // Statistic (60-50)²/50 + (40-50)²/50 = 4 with one degree of freedom: p = erfc(√2).
    const result = only(detectDrift(categorical({ a: 50, b: 50 }), categorical({ a: 60, b: 40 })));
    expect(result).toMatchObject({ method: 'chisquare', drifted: true });
    expect(result.score).toBeCloseTo(0.04550026389635842, 10);
    const unseen = only(detectDrift(categorical({ a: 50, b: 50 }), categorical({ a: 50, b: 49, z: 1 })));
    expect(unseen).toMatchObject({ score: 0, drifted: true });
  });

  it('Kolmogorov distribution and KS p-values', () => {
    expect(kolmogorovSurvival(1)).toBeCloseTo(0.26999967167735456, 10);
    expect(kolmogorovSurvival(1.3580986)).toBeCloseTo(0.05, 6);
    expect(kolmogorovSurvival(0.5)).toBeCloseTo(0.9639452436648751, 8);
    // Both series agree where they meet.
    expect(kolmogorovSurvival(1.1799999)).toBeCloseTo(kolmogorovSurvival(1.18), 6);
    expect(ksPValue(0.1, 100, 100)).toBeCloseTo(kolmogorovSurvival(Math.sqrt(50) * 0.1), 14);
    // 0..99 against 10..109: D = 0.1 exactly.
    const result = only(detectDrift(numeric(Array.from({ length: 100 }, (_, i) => i)), numeric(Array.from({ length: 100 }, (_, i) => i + 10))));
    expect(result.method).toBe('ks');
    expect(result.score).toBeCloseTo(kolmogorovSurvival(Math.sqrt(50) * 0.1), 12);
  });
});

describe('detectDrift rules', () => {
  it('reports new categories', () => {
    const ref = categorical(mix(2000, 15, { a: 1, b: 1 }));
    const cur = categorical({ a: 900, b: 900, x: 150, y: 50 });
    expect(newCategories(ref.columns[0]!, cur.columns[0]!)).toEqual([
      { value: 'x', count: 150 },
      { value: 'y', count: 50 },
    ]);
    expect(newCategories(numeric([1]).columns[0]!, numeric([2]).columns[0]!)).toEqual([]);
  });

  it('refuses mismatched columns, methods that do not fit and bad thresholds', () => {
    const profileWith = (name: string) => numeric([1, 2, 3], name);
    expect(() => detectDrift(profileWith('age'), profileWith('height'))).toThrow(/column 'age' of the reference profile/);
    expect(() => detectDrift(categorical({ a: 1 }), categorical({ a: 1 }), { defaults: { method: 'ks' } })).toThrow(UserError);
    expect(() => detectDrift(profileWith('x'), profileWith('x'), { columns: { y: { method: 'psi' } } })).toThrow(/'y'/);
    expect(() => detectDrift(profileWith('x'), profileWith('x'), { defaults: { method: 'ks', threshold: 5 } })).toThrow(/below 1/);
    expect(() => detectDrift(profileWith('x'), categorical({ a: 1 }, 'x'))).toThrow(/numeric in the reference profile but categorical/);
  });

  it('flags a column that has no values now', () => {
    const empty = new ProfileBuilder([{ name: 'x', kind: 'numeric' }]).finish();
    expect(only(detectDrift(numeric([1, 2, 3]), empty))).toMatchObject({ drifted: true, worst: 'no values in the current data' });
    expect(only(detectDrift(empty, empty))).toMatchObject({ drifted: false });
  });
});
