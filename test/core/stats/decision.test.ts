// The verdict definitions, case by case, and the sample-size arithmetic.
import { describe, expect, it } from 'vitest';
import { detectionPower, examplesForPower, outcome } from '../../../src/core/stats/paired.js';
import { normalQuantile } from '../../../src/core/stats/distributions.js';

describe('outcome', () => {
  // margin 0.01 on a higher-is-better metric: [low, high] of challenger − champion → verdict
  it.each([
    [0.002, 0.02, 'improved'], // significantly better, possibly by more than the margin
    [0.015, 0.03, 'improved'],
    [0.001, 0.009, 'equivalent'], // significant but within the margin: negligible
    [-0.005, 0.008, 'equivalent'], // no change, and none beyond the margin is plausible
    [-0.01, 0.01, 'equivalent'], // the margin band is closed
    [-0.02, -0.001, 'regressed'], // significantly worse, a drop beyond the margin plausible
    [-0.03, -0.015, 'regressed'],
    [-0.009, -0.002, 'equivalent'], // a real but negligible drop does not block
    [-0.02, 0.005, 'inconclusive'], // holds 0 and reaches past −margin: more data needed
    [-0.005, 0.03, 'inconclusive'],
    [-0.02, 0.02, 'inconclusive'],
    [0, 0.02, 'inconclusive'], // "excludes 0" is strict
  ] as const)('[%s, %s] → %s', (low, high, verdict) => {
    expect(outcome({ low, high, margin: 0.01, better: 'higher' })).toBe(verdict);
    // The same change in a lower-is-better metric (a loss) reads as the mirror image.
    expect(outcome({ low: -high, high: -low, margin: 0.01, better: 'lower' })).toBe(verdict);
  });

  it('with margin 0 it is a plain significance test', () => {
    expect(outcome({ low: 0.001, high: 0.002, margin: 0, better: 'higher' })).toBe('improved');
    expect(outcome({ low: -0.002, high: -0.001, margin: 0, better: 'higher' })).toBe('regressed');
    expect(outcome({ low: -0.001, high: 0.002, margin: 0, better: 'higher' })).toBe('inconclusive');
    expect(outcome({ low: 0, high: 0, margin: 0, better: 'higher' })).toBe('equivalent');
  });

  it('refuses an inverted interval or a negative margin', () => {
    expect(() => outcome({ low: 1, high: 0, margin: 0, better: 'higher' })).toThrow(RangeError);
    expect(() => outcome({ low: 0, high: 1, margin: -1, better: 'higher' })).toThrow(RangeError);
  });
});

describe('examplesForPower and detectionPower', () => {
  it('scales the examples by (z·SE/margin)², z = z(1 − alpha/2) + z(power)', () => {
    const z = normalQuantile(0.975) + normalQuantile(0.8);
    expect(examplesForPower({ standardError: 0.02, examples: 1000, margin: 0.01 })).toBe(Math.ceil(1000 * (z * 2) ** 2));
    const z99 = normalQuantile(0.995) + normalQuantile(0.9);
    expect(examplesForPower({ standardError: 0.01, examples: 400, margin: 0.02, alpha: 0.01, power: 0.9 })).toBe(Math.ceil(400 * ((z99 * 0.01) / 0.02) ** 2));
    expect(examplesForPower({ standardError: 0.001, examples: 10, margin: 1 })).toBe(1);
    expect(examplesForPower({ standardError: 0.01, examples: 10, margin: 0 })).toBe(Infinity);
  });

  it('detectionPower is alpha with no effect and 80 % at the size examplesForPower asks for', () => {
    expect(detectionPower({ standardError: 0.01, margin: 0 })).toBeCloseTo(0.05, 14);
    const needed = examplesForPower({ standardError: 0.02, examples: 500, margin: 0.01 });
    expect(detectionPower({ standardError: 0.02 * Math.sqrt(500 / needed), margin: 0.01 })).toBeCloseTo(0.8, 3);
  });

  it('refuses nonsense inputs', () => {
    expect(() => examplesForPower({ standardError: -1, examples: 10, margin: 0.1 })).toThrow(RangeError);
    expect(() => examplesForPower({ standardError: 0.1, examples: 0, margin: 0.1 })).toThrow(RangeError);
    expect(() => examplesForPower({ standardError: 0.1, examples: 10, margin: 0.1, power: 1 })).toThrow(RangeError);
  });
});
