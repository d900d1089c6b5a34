// Does the gate's statistics mean what it says? Seeded simulations: A/A comparisons (both arms from
// one distribution) must raise false alarms at the nominal rate, a planted effect must be found about
// as often as the power formula predicts, and the bootstrap must respond to the eval set the way
// theory says (swapping arms flips the sign, duplicating examples shrinks the interval by √2, unless
// the duplicates are one cluster). Every simulation is seeded, so each run sees the same numbers.
import { describe, expect, it } from 'vitest';
import { binomialCdf } from '../../../src/core/stats/distributions.js';
import {
  delong,
  detectionPower,
  examplesForPower,
  mcnemarExact,
  pairedBootstrap,
  welch,
  type PairedBootstrapOptions,
  type PairedExamples,
} from '../../../src/core/stats/paired.js';
import { createRandom, type Random } from '../../../src/core/stats/random.js';

const ALPHA = 0.05;
const TRIALS = 2000;

/** The central 95 % range of Binomial(trials, p): false-alarm counts a calibrated test lands in 95 % of the time. */
function binomialRange(trials: number, p: number): [number, number] {
  let low = 0;
  while (binomialCdf(low, trials, p) < 0.025) low++;
  let high = low;
  while (binomialCdf(high, trials, p) < 0.975) high++;
  return [low, high];
}
const [LOW, HIGH] = binomialRange(TRIALS, ALPHA); // 81 and 120 of 2000

function ids(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `e${String(i).padStart(6, '0')}`);
}

/** Paired continuous values (log loss-like): a shared per-example difficulty plus each arm's own noise, and `shift` added to the challenger. */
function continuous(random: Random, n: number, shift = 0): PairedExamples {
  const championValues = new Float64Array(n);
  const challengerValues = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const difficulty = random.normal();
    championValues[i] = difficulty + random.normal() / Math.SQRT2;
    challengerValues[i] = difficulty + random.normal() / Math.SQRT2 + shift;
  }
  return { ids: ids(n), championValues, challengerValues };
}

/** Paired 0/1 correctness, both arms right with probability `p` on examples of varying difficulty. */
function correctness(random: Random, n: number, p: number): PairedExamples {
  const championValues = new Float64Array(n);
  const challengerValues = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const easy = random.uniform() < 0.5 ? p + (1 - p) / 2 : p - (1 - p) / 2;
    championValues[i] = random.uniform() < easy ? 1 : 0;
    challengerValues[i] = random.uniform() < easy ? 1 : 0;
  }
  return { ids: ids(n), championValues, challengerValues };
}

function falseAlarms(trial: (random: Random, t: number) => number): number {
  const random = createRandom(2024);
  let alarms = 0;
  for (let t = 0; t < TRIALS; t++) if (trial(random, t) < ALPHA) alarms++;
  return alarms;
}

describe(`A/A comparisons: ${TRIALS} seeded trials raise false alarms at about alpha = ${ALPHA} (95 % range ${LOW}–${HIGH})`, () => {
  it('exact McNemar stays at or below the upper end (it is conservative)', () => {
    const alarms = falseAlarms((random) => {
      const d = correctness(random, 300, 0.8);
      let b = 0;
      let c = 0;
      d.championValues!.forEach((x, i) => {
        if (x > d.challengerValues![i]!) b++;
        else if (x < d.challengerValues![i]!) c++;
      });
      return mcnemarExact(b, c).pValue;
    });
    expect(alarms).toBeLessThanOrEqual(HIGH);
    expect(alarms, 'a test that never rejects is not calibrated either').toBeGreaterThan(TRIALS * 0.02);
  });

  it("Welch's t on 5 runs a side lands in the range", () => {
    const alarms = falseAlarms((random) => {
      const run = () => Array.from({ length: 5 }, () => 0.9 + 0.004 * random.normal());
      return welch(run(), run()).pValue;
    });
    expect(alarms).toBeGreaterThanOrEqual(LOW);
    expect(alarms).toBeLessThanOrEqual(HIGH);
  });

  const bootstrapOptions = (method: PairedBootstrapOptions['method'], seed: number): PairedBootstrapOptions => ({ metric: { kind: 'mean' }, resamples: 300, seed, method });

  it('the multinomial bootstrap on accuracy lands in the range', () => {
    const alarms = falseAlarms((random, t) => pairedBootstrap(correctness(random, 200, 0.8), bootstrapOptions('multinomial', t)).pValue);
    expect(alarms).toBeGreaterThanOrEqual(LOW);
    expect(alarms).toBeLessThanOrEqual(HIGH);
  });

  it('the Poisson bootstrap and the normal method on a continuous metric land in the range', () => {
    const poisson = falseAlarms((random, t) => pairedBootstrap(continuous(random, 200), bootstrapOptions('poisson', t)).pValue);
    const normal = falseAlarms((random) => pairedBootstrap(continuous(random, 200), bootstrapOptions('normal', 0)).pValue);
    for (const alarms of [poisson, normal]) {
      expect(alarms).toBeGreaterThanOrEqual(LOW);
      expect(alarms).toBeLessThanOrEqual(HIGH);
    }
  });

  it('DeLong on two equally good scorers lands in the range', () => {
    const alarms = falseAlarms((random) => {
      const labels = Array.from({ length: 200 }, (_, i) => i % 2);
      const signal = labels.map((l) => l + random.normal());
      return delong(
        labels,
        signal.map((s) => s + random.normal()),
        signal.map((s) => s + random.normal()),
      ).pValue;
    });
    expect(alarms).toBeGreaterThanOrEqual(LOW);
    expect(alarms).toBeLessThanOrEqual(HIGH);
  });

  it('with clustered examples, the cluster bootstrap lands in the range and the example bootstrap does not', () => {
    // 40 users × 5 conversations: the challenger is better for some users and worse for others, 0 on average.
    const clustered = (random: Random): PairedExamples => {
      const d = continuous(random, 200);
      const clusters = Int32Array.from({ length: 200 }, (_, i) => Math.floor(i / 5));
      const userEffect = Array.from({ length: 40 }, () => random.normal());
      d.challengerValues!.forEach((v, i) => (d.challengerValues![i] = v + userEffect[clusters[i]!]!));
      return { ...d, clusters, clusterIds: Array.from({ length: 40 }, (_, u) => `user${u}`) };
    };
    const byCluster = falseAlarms((random, t) => pairedBootstrap(clustered(random), bootstrapOptions('multinomial', t)).pValue);
    const byExample = falseAlarms((random, t) => {
      const unclustered = { ...clustered(random), clusters: undefined, clusterIds: undefined };
      return pairedBootstrap(unclustered, bootstrapOptions('multinomial', t)).pValue;
    });
    expect(byCluster).toBeGreaterThanOrEqual(LOW);
    expect(byCluster).toBeLessThanOrEqual(HIGH);
    expect(byExample, 'ignoring the clusters understates the noise').toBeGreaterThan(2 * HIGH);
  });
});

describe('power', () => {
  it('a planted effect is detected about as often as detectionPower predicts', () => {
    // Per-example differences have standard deviation 1 (two noises of variance ½), so SE = 1/√n.
    const n = 200;
    const effect = 2.2 / Math.sqrt(n);
    const predicted = detectionPower({ standardError: 1 / Math.sqrt(n), margin: effect });
    const random = createRandom(7);
    const trials = 1000;
    let detected = 0;
    for (let t = 0; t < trials; t++) if (pairedBootstrap(continuous(random, n, effect), { metric: { kind: 'mean' }, resamples: 300, seed: t }).pValue < ALPHA) detected++;
    // Monte Carlo noise (3 standard errors) plus 0.02 for the bootstrap's estimated, not known, SE.
    expect(Math.abs(detected / trials - predicted)).toBeLessThanOrEqual(3 * Math.sqrt((predicted * (1 - predicted)) / trials) + 0.02);
  });

  it('examplesForPower gives a size at which the margin is detected 80 % of the time', () => {
    const margin = 0.1;
    const pilot = 100;
    const needed = examplesForPower({ standardError: 1 / Math.sqrt(pilot), examples: pilot, margin });
    expect(needed).toBe(785); // 100 · ((1.95996 + 0.84162) · 0.1 / 0.1)², rounded up
    const random = createRandom(11);
    const trials = 1000;
    let detected = 0;
    for (let t = 0; t < trials; t++) if (pairedBootstrap(continuous(random, needed, margin), { metric: { kind: 'mean' }, method: 'normal' }).pValue < ALPHA) detected++;
    expect(Math.abs(detected / trials - 0.8)).toBeLessThanOrEqual(3 * Math.sqrt((0.8 * 0.2) / trials) + 0.01);
  });
});

describe('how the bootstrap responds to the eval set', () => {
  const swap = (d: PairedExamples): PairedExamples => ({
    ...d,
    championValues: d.challengerValues,
    challengerValues: d.championValues,
    championPredictions: d.challengerPredictions,
    challengerPredictions: d.championPredictions,
  });

  it('swapping the arms flips the sign of the difference and of the interval, and keeps the p-value', () => {
    const random = createRandom(3);
    const values = continuous(random, 300, 0.1);
    const labels = Int32Array.from({ length: 300 }, () => random.int(3));
    const predict = (skill: number) => labels.map((l) => (random.uniform() < skill ? l : random.int(3)));
    const classes: PairedExamples = {
      ids: values.ids,
      classes: ['x', 'y', 'z'],
      labels,
      championPredictions: predict(0.6),
      challengerPredictions: predict(0.7),
      clusters: Int32Array.from({ length: 300 }, (_, i) => i % 50),
      clusterIds: Array.from({ length: 50 }, (_, u) => `c${u}`),
    };
    const squares: PairedExamples = { ...values, championValues: values.championValues!.map((v) => v * v), challengerValues: values.challengerValues!.map((v) => v * v) };
    const cases: [PairedExamples, PairedBootstrapOptions][] = [
      [values, { metric: { kind: 'mean' }, resamples: 500, method: 'multinomial' }],
      [squares, { metric: { kind: 'rmse' }, resamples: 500, method: 'poisson' }],
      [classes, { metric: { kind: 'f1' }, resamples: 500, method: 'multinomial' }],
      [classes, { metric: { kind: 'recall', class: 'y' }, method: 'normal' }],
    ];
    for (const [data, options] of cases) {
      const forward = pairedBootstrap(data, options);
      const backward = pairedBootstrap(swap(data), options);
      // === rather than toBe: a zero difference may come back as −0, which is the same number.
      expect(backward.difference === -forward.difference, `${backward.difference} vs ${forward.difference}`).toBe(true);
      expect(backward.low).toBeCloseTo(-forward.high, 14);
      expect(backward.high).toBeCloseTo(-forward.low, 14);
      expect(backward.pValue).toBe(forward.pValue);
      expect(backward.standardError).toBeCloseTo(forward.standardError, 14);
      if (forward.differences) expect(forward.differences.every((d, r) => backward.differences![r] === -d)).toBe(true);
    }
    const a = [0.91, 0.92, 0.905];
    const b = [0.9, 0.902, 0.899, 0.905];
    expect(welch(b, a)).toMatchObject({ t: -welch(a, b).t, pValue: welch(a, b).pValue });
    expect(mcnemarExact(12, 25)).toEqual(mcnemarExact(25, 12));
  });

  it('each example twice shrinks the interval by √2; as one cluster per pair it does not', () => {
    const once = continuous(createRandom(5), 300, 0.05);
    const twice: PairedExamples = {
      ids: once.ids.flatMap((id) => [`${id}-a`, `${id}-b`]),
      championValues: Float64Array.from(Array.from(once.championValues!).flatMap((v) => [v, v])),
      challengerValues: Float64Array.from(Array.from(once.challengerValues!).flatMap((v) => [v, v])),
    };
    const pairsAsClusters: PairedExamples = { ...twice, clusters: Int32Array.from({ length: 600 }, (_, i) => i >> 1), clusterIds: once.ids };
    const options: PairedBootstrapOptions = { metric: { kind: 'mean' }, resamples: 4000, method: 'multinomial' };
    const a = pairedBootstrap(once, options);
    const b = pairedBootstrap(twice, options);
    const c = pairedBootstrap(pairsAsClusters, options);
    const width = (r: typeof a) => r.high - r.low;
    expect(a.standardError / b.standardError).toBeGreaterThan(Math.SQRT2 * 0.97);
    expect(a.standardError / b.standardError).toBeLessThan(Math.SQRT2 * 1.03);
    expect(width(a) / width(b)).toBeGreaterThan(Math.SQRT2 * 0.95);
    expect(width(a) / width(b)).toBeLessThan(Math.SQRT2 * 1.05);
    // A pair as one cluster is the original example counted twice: same units, same draws, same answer.
    expect(c.standardError / a.standardError).toBeCloseTo(1, 12);
    expect([c.low, c.high]).toEqual([a.low, a.high].map((v) => expect.closeTo(v, 14)));
    // The normal method's delta-method SE scales exactly.
    const normalSE = (d: PairedExamples) => pairedBootstrap(d, { ...options, method: 'normal' }).standardError;
    expect(normalSE(once) / normalSE(twice)).toBeCloseTo(Math.SQRT2, 12);
  });
});
