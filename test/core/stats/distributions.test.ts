// The special functions and distributions against golden values from scipy and R
// (test/fixtures/stats-golden.json, made by scripts/stats-golden.py). R's nmath is the tighter
// reference (Cody's pnorm, Wichura's qnorm, TOMS 708 pbeta); scipy 1.10's own t quantile (stdtrit) is
// good to only 2e-9 at small df, and its normal CDF to 1e-13 far in the tail, which the tolerances say.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  binomialCdf,
  incompleteBeta,
  incompleteGamma,
  logGamma,
  normalCdf,
  normalPdf,
  normalQuantile,
  normalSf,
  studentTCdf,
  studentTQuantile,
  studentTTwoSided,
} from '../../../src/core/stats/distributions.js';

type Row = Record<string, number>;
const golden = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'stats-golden.json'), 'utf8')) as { distributions: Record<string, Row[]> };
const table = (name: string): Row[] => golden.distributions[name] as Row[];

function relativeError(actual: number, expected: number): number {
  if (actual === expected) return 0;
  return expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
}

/** Checks every row, then reports all misses at once with their errors. */
function expectAll(rows: Row[], compute: (row: Row) => number, reference: string, relative: number, absolute = 0): void {
  const misses = rows
    .map((row) => ({ row, actual: compute(row), expected: row[reference] as number }))
    .filter(({ actual, expected }) => !(Math.abs(actual - expected) <= absolute || relativeError(actual, expected) <= relative))
    .map(({ row, actual, expected }) => `${JSON.stringify(row)}: got ${actual} (relative error ${relativeError(actual, expected).toExponential(2)})`);
  expect(misses, `against ${reference}, tolerance ${relative} relative${absolute ? ` or ${absolute} absolute` : ''}`).toEqual([]);
}

describe('normal distribution', () => {
  it('CDF matches R to 1e-14 relative and scipy to 1e-12, down to Φ(−37.5) ≈ 4.6e-308', () => {
    expectAll(table('normal_cdf'), (r) => normalCdf(r.x as number), 'r', 1e-14);
    expectAll(table('normal_cdf'), (r) => normalCdf(r.x as number), 'scipy', 1e-12);
  });

  it('quantile matches R and scipy to 1e-14 relative, 1e-300 and 1 − 1e-5 included', () => {
    expectAll(table('normal_quantile'), (r) => normalQuantile(r.p as number), 'r', 1e-14);
    expectAll(table('normal_quantile'), (r) => normalQuantile(r.p as number), 'scipy', 1e-14);
  });

  it('the quantile inverts the CDF, the tails are symmetric, and the edges are the limits', () => {
    for (const p of [1e-250, 1e-12, 0.003, 0.2, 0.5, 0.8, 0.9999]) expect(relativeError(normalCdf(normalQuantile(p)), p)).toBeLessThan(1e-14);
    for (const x of [0.1, 1, 3, 12, 30]) expect(relativeError(normalSf(x), normalCdf(-x))).toBeLessThan(1e-15);
    expect([normalQuantile(0), normalQuantile(1), normalCdf(-Infinity), normalCdf(Infinity), normalPdf(0)]).toEqual([-Infinity, Infinity, 0, 1, 1 / Math.sqrt(2 * Math.PI)]);
    expect(Number.isNaN(normalQuantile(1.5))).toBe(true);
  });
});

describe('Student t distribution', () => {
  it('CDF and two-sided p match R to 1e-13 and scipy to 1e-12 relative (df from 0.5 to 10^6, not only integers)', () => {
    for (const reference of ['r', 'scipy']) {
      const tolerance = reference === 'r' ? 1e-13 : 1e-12;
      expectAll(table('t_cdf'), (r) => studentTCdf(r.t as number, r.df as number), reference, tolerance);
      expectAll(table('t_two_sided'), (r) => studentTTwoSided(r.t as number, r.df as number), reference, tolerance);
    }
  });

  it('quantile matches R to 1e-13 relative (scipy only to 2e-9: its stdtrit is the looser one)', () => {
    expectAll(table('t_quantile'), (r) => studentTQuantile(r.p as number, r.df as number), 'r', 1e-13);
    expectAll(table('t_quantile'), (r) => studentTQuantile(r.p as number, r.df as number), 'scipy', 2e-9);
    // df = 1 and 2 have closed forms: tan(π(p − ½)) and (2p − 1)/√(2p(1 − p)).
    expect(relativeError(studentTQuantile(0.975, 1), Math.tan(Math.PI * 0.475))).toBeLessThan(1e-14);
    expect(relativeError(studentTQuantile(0.975, 2), 0.95 / Math.sqrt(2 * 0.975 * 0.025))).toBeLessThan(1e-14);
  });

  it('approaches the normal as df grows, and refuses df <= 0', () => {
    expect(studentTTwoSided(1.96, Infinity)).toBe(2 * normalSf(1.96));
    expect(relativeError(studentTTwoSided(1.96, 1e9), 2 * normalSf(1.96))).toBeLessThan(1e-8);
    expect(() => studentTCdf(1, 0)).toThrow(/degrees of freedom/);
  });
});

describe('binomial, log-gamma, incomplete beta and gamma', () => {
  it('binomial CDF matches R to 1e-13 and scipy to 1e-12 relative, to n = 10^6', () => {
    expectAll(table('binomial_cdf'), (r) => binomialCdf(r.k as number, r.n as number, r.p as number), 'r', 1e-13);
    expectAll(table('binomial_cdf'), (r) => binomialCdf(r.k as number, r.n as number, r.p as number), 'scipy', 1e-12);
    expect([binomialCdf(-1, 5, 0.5), binomialCdf(5, 5, 0.5), binomialCdf(2, 4, 0), binomialCdf(2, 4, 1)]).toEqual([0, 1, 1, 0]);
  });

  it('log-gamma matches R and scipy to 1e-14 relative, or 1e-14 absolute near its zeros at 1 and 2', () => {
    expectAll(table('log_gamma'), (r) => logGamma(r.x as number), 'r', 1e-14, 1e-14);
    expectAll(table('log_gamma'), (r) => logGamma(r.x as number), 'scipy', 1e-14, 1e-14);
    expect([logGamma(1), logGamma(2)]).toEqual([0, 0]);
  });

  it('incomplete beta matches R (TOMS 708) to 1e-13 relative on both sides, the small side included', () => {
    const rows = table('incomplete_beta');
    expectAll(rows, (r) => incompleteBeta(r.a as number, r.b as number, r.x as number, r.y as number)[0], 'r_lower', 1e-13);
    expectAll(rows, (r) => incompleteBeta(r.a as number, r.b as number, r.x as number, r.y as number)[1], 'r_upper', 1e-13);
    // Swapping the roles: I_y(b, a) = 1 − I_x(a, b).
    expectAll(rows, (r) => incompleteBeta(r.b as number, r.a as number, r.y as number, r.x as number)[0], 'r_upper', 1e-13);
  });

  it('incomplete gamma matches R to 1e-13 relative on both sides, and scipy to 1e-12', () => {
    const rows = table('incomplete_gamma');
    expectAll(rows, (r) => incompleteGamma(r.a as number, r.x as number)[0], 'r_lower', 1e-13);
    expectAll(rows, (r) => incompleteGamma(r.a as number, r.x as number)[1], 'r_upper', 1e-13);
    expectAll(rows, (r) => incompleteGamma(r.a as number, r.x as number)[0], 'scipy_lower', 1e-12);
    expectAll(rows, (r) => incompleteGamma(r.a as number, r.x as number)[1], 'scipy_upper', 1e-12);
  });
});
