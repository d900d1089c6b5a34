// Honest sweeps: a matrix whose legs share a configuration and differ by seed measures that
// configuration several times. Picking the best leg reports the luckiest seed; the mean over seeds,
// with its interval, is what the configuration is worth, and Welch's test says whether the seeds can
// tell the best configuration from the next.
import { studentTQuantile } from './stats/distributions.js';
import { welch } from './stats/paired.js';

/** A parameter whose name says it is a seed: legs that differ only there share a configuration. */
export const SEED_PARAM = /(^|[._-])(seed|random[_-]?state|random[_-]?seed)$/i;

/** One configuration of a sweep, over its seeds. */
export interface SweepConfiguration {
  /** The parameters without the seed, as the legs share them. */
  params: Record<string, unknown>;
  /** The legs' indexes, and their values of the metric. */
  legs: number[];
  values: number[];
  mean: number;
  /** The 95 % t-interval of the mean (undefined with one seed). */
  low?: number;
  high?: number;
}

/** What {@link summarizeSweep} found. */
export interface SweepSummary {
  configurations: SweepConfiguration[];
  /** The best configuration by mean against the next, when both have two or more seeds. */
  separation?: { best: number; next: number; pValue: number; separated: boolean };
}

function flatten(value: unknown, prefix: string, out: Record<string, unknown>): void {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else out[prefix] = value;
}

/** The parameters of a leg, flattened to dotted names, without the seed. */
export function configurationOf(params: Record<string, unknown>): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  flatten(params, '', flat);
  return Object.fromEntries(
    Object.entries(flat)
      .filter(([name]) => !SEED_PARAM.test(name))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/**
 * Groups a sweep's legs by configuration (their params without the seed), and gives each group's mean
 * and 95 % interval over its seeds. Configurations are ordered best first by mean; when the best two
 * both have two or more seeds, Welch's t-test says whether the seeds separate them at 5 %.
 */
export function summarizeSweep(legs: readonly { params: Record<string, unknown>; value: number }[], better: 'higher' | 'lower'): SweepSummary {
  const groups = new Map<string, SweepConfiguration>();
  legs.forEach((leg, i) => {
    const params = configurationOf(leg.params);
    const key = JSON.stringify(params);
    const group = groups.get(key) ?? { params, legs: [], values: [], mean: 0 };
    group.legs.push(i);
    group.values.push(leg.value);
    groups.set(key, group);
  });
  const configurations = [...groups.values()].map((g) => {
    const n = g.values.length;
    const mean = g.values.reduce((s, v) => s + v, 0) / n;
    if (n < 2) return { ...g, mean };
    const sd = Math.sqrt(g.values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
    const half = studentTQuantile(0.975, n - 1) * (sd / Math.sqrt(n));
    return { ...g, mean, low: mean - half, high: mean + half };
  });
  configurations.sort((a, b) => (better === 'higher' ? b.mean - a.mean : a.mean - b.mean));
  const [first, second] = configurations;
  if (!first || !second || first.values.length < 2 || second.values.length < 2) return { configurations };
  const { pValue } = welch(first.values, second.values);
  return { configurations, separation: { best: 0, next: 1, pValue, separated: pValue < 0.05 } };
}
