// The seeded generator: the exact stream (a bootstrap's result is defined by its seed, so the stream
// must never change silently) and the distributions of its draws.
import { describe, expect, it } from 'vitest';
import { regularizedGammaQ } from '../../../src/core/stats/distributions.js';
import { createRandom } from '../../../src/core/stats/random.js';

/** p-value of Pearson's chi-square for observed counts against expected ones. */
function chiSquareP(observed: number[], expected: number[]): number {
  const statistic = observed.reduce((s, o, i) => s + (o - expected[i]!) ** 2 / expected[i]!, 0);
  return regularizedGammaQ((observed.length - 1) / 2, statistic / 2);
}

describe('createRandom', () => {
  it('is xoshiro128** seeded by SplitMix64: the first outputs for seed 0', () => {
    // Checked against a C transcription of the authors' reference code (xoshiro128starstar.c, splitmix64.c).
    const random = createRandom(0);
    expect(Array.from({ length: 6 }, () => random.next32())).toEqual([3737715805, 2584255861, 2876756834, 3286328325, 1553311962, 1625202774]);
  });

  it('repeats a stream for a seed, gives another for another seed, and refuses bad seeds', () => {
    const draw = (seed: number) => {
      const r = createRandom(seed);
      return [r.uniform(), r.int(1000), r.poisson1(), r.normal(), r.int(2 ** 40)];
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(createRandom(2 ** 53 - 1).seed).toBe(2 ** 53 - 1);
    for (const bad of [-1, 1.5, 2 ** 53, NaN]) expect(() => createRandom(bad)).toThrow(RangeError);
  });

  it('uniform() is in [0, 1) with mean ½; int(n) is uniform over 0..n−1, small and large n', () => {
    const random = createRandom(1);
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = random.uniform();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
    }
    expect(outside).toBe(0);
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.005);
    for (const n of [7, 1000, 3_000_001]) {
      const bins = new Array<number>(7).fill(0);
      let outside = 0;
      for (let i = 0; i < 70_000; i++) {
        const k = random.int(n);
        if (!(Number.isInteger(k) && k >= 0 && k < n)) outside++;
        bins[Math.floor((k * 7) / n)]!++;
      }
      expect(outside).toBe(0);
      // Bins of (nearly) equal width n/7; for n = 1000 and 3 000 001 they differ by one value, negligible here.
      expect(chiSquareP(bins, new Array(7).fill(10_000))).toBeGreaterThan(1e-4);
    }
    const large = Array.from({ length: 1000 }, () => random.int(2 ** 53));
    expect(large.every((k) => Number.isSafeInteger(k) && k >= 0)).toBe(true);
    expect(Math.max(...large), 'the top bits are used too').toBeGreaterThan(2 ** 52);
    expect(random.int(1)).toBe(0);
    expect(() => random.int(0)).toThrow(RangeError);
    expect(() => random.int(2.5)).toThrow(RangeError);
  });

  it('poisson1() has the Poisson(1) frequencies, mean 1 and variance 1', () => {
    const random = createRandom(2);
    const draws = 200_000;
    const counts = new Array<number>(6).fill(0);
    let sum = 0;
    let sum2 = 0;
    for (let i = 0; i < draws; i++) {
      const k = random.poisson1();
      counts[Math.min(k, 5)]!++;
      sum += k;
      sum2 += k * k;
    }
    const pmf = [0, 1, 2, 3, 4].map((k) => Math.exp(-1) / [1, 1, 2, 6, 24][k]!);
    const expected = [...pmf, 1 - pmf.reduce((s, p) => s + p, 0)].map((p) => p * draws);
    expect(chiSquareP(counts, expected)).toBeGreaterThan(1e-4);
    expect(Math.abs(sum / draws - 1)).toBeLessThan(0.01);
    expect(Math.abs(sum2 / draws - (sum / draws) ** 2 - 1)).toBeLessThan(0.02);
  });

  it('normal() has mean 0 and variance 1', () => {
    const random = createRandom(3);
    let sum = 0;
    let sum2 = 0;
    for (let i = 0; i < 100_000; i++) {
      const z = random.normal();
      sum += z;
      sum2 += z * z;
    }
    expect(Math.abs(sum / 100_000)).toBeLessThan(0.01);
    expect(Math.abs(sum2 / 100_000 - 1)).toBeLessThan(0.02);
  });
});
