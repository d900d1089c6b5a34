// Calibration: what the gate would say about runs that differ only by noise. Repeated runs of one
// commit (A/A: other seeds, other runners) measure each metric's run-to-run spread; every ordered pair
// of them, one as baseline and one as candidate, is a no-op pull request, so the share of pairs the
// current rule fails is its false-alarm rate.
import { checkChange, formatNumber, formatPercent, type ComparisonRow } from './compare.js';
import { UserError } from './errors.js';
import type { MetricSet } from './metrics.js';
import { ruleFor, type MetricRule, type RuleSet } from './rules.js';
import { normalQuantile } from './stats/distributions.js';

/** One repeated run: its metrics and how messages name it. */
export interface CalibrationRun {
  name: string;
  metrics: MetricSet;
}

/** What calibration found for one metric. */
export interface MetricCalibration {
  name: string;
  runs: number;
  mean: number;
  /** Run-to-run standard deviation (n − 1): the noise floor of a single run. */
  sd: number;
  min: number;
  max: number;
  /** The rule as written, when there is one. */
  rule?: string;
  /** Share of ordered pairs (baseline, candidate) the rule fails (and warns); absent without a change rule. */
  falseAlarms?: { fail: number; warn: number; pairs: number };
  /** The smallest one-sided allowance that a no-op change exceeds with probability `alpha` (normal noise). */
  suggested: { absolute: number; relative?: number; alpha: number };
  /** The rule's direction, or undefined when it names none (both directions suggested). */
  better?: 'higher' | 'lower';
}

/** Fewer runs than this give no usable spread. */
export const MIN_CALIBRATION_RUNS = 3;

/**
 * Calibrates the rules on repeated runs of one commit: for each numeric metric every run has, its
 * spread, the false-alarm rate of its rule over all ordered pairs of runs, and the allowance that a
 * difference of two runs exceeds with probability `alpha` if the noise is normal: z(1 − alpha)·√2·sd.
 * Fewer than {@link MIN_CALIBRATION_RUNS} runs, or a metric some runs lack, is a {@link UserError}
 * naming the runs.
 */
export function calibrate(runs: readonly CalibrationRun[], rules: RuleSet, alpha = 0.05): MetricCalibration[] {
  if (runs.length < MIN_CALIBRATION_RUNS)
    throw new UserError(
      `calibrate: ${runs.length} run${runs.length === 1 ? '' : 's'} given; at least ${MIN_CALIBRATION_RUNS} repeated runs of one commit are needed to measure the noise`,
    );
  const names = new Set(runs.flatMap((r) => [...r.metrics.keys()]));
  const out: MetricCalibration[] = [];
  for (const name of names) {
    const values = runs.map((r) => r.metrics.get(name)?.value);
    const lacking = runs.filter((_, i) => values[i] === undefined).map((r) => r.name);
    if (lacking.length > 0) {
      if (ruleFor(rules, name))
        throw new UserError(
          `calibrate: the gated metric '${name}' is missing from ${lacking.length} of ${runs.length} runs (${lacking.slice(0, 3).join(', ')}${lacking.length > 3 ? ', …' : ''}); give runs that all wrote it`,
        );
      continue;
    }
    if (!values.every((v): v is number => typeof v === 'number' && Number.isFinite(v))) continue;
    out.push(calibrateOne(name, values, ruleFor(rules, name), alpha));
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

function calibrateOne(name: string, values: number[], rule: MetricRule | undefined, alpha: number): MetricCalibration {
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  const absolute = normalQuantile(1 - alpha) * Math.SQRT2 * sd;
  const result: MetricCalibration = {
    name,
    runs: n,
    mean,
    sd,
    min: Math.min(...values),
    max: Math.max(...values),
    suggested: { absolute, ...(mean !== 0 ? { relative: absolute / Math.abs(mean) } : {}), alpha },
    ...(rule?.better ? { better: rule.better } : {}),
  };
  if (!rule) return result;
  result.rule = [
    rule.better && `${rule.better} is better`,
    rule.maxDrop && `max-drop ${rule.maxDrop.text}`,
    rule.maxRise && `max-rise ${rule.maxRise.text}`,
    rule.warnDrop && `warn-drop ${rule.warnDrop.text}`,
    rule.warnRise && `warn-rise ${rule.warnRise.text}`,
  ]
    .filter(Boolean)
    .join(' · ');
  if (!(rule.maxDrop || rule.maxRise || rule.warnDrop || rule.warnRise)) return result;
  let fail = 0;
  let warn = 0;
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const row: ComparisonRow = { name, change: 'changed', status: 'pass', reasons: [] };
      checkChange(row, rule, values[j] as number, values[i] as number);
      pairs++;
      if (row.status === 'fail') fail++;
      else if (row.status === 'warn') warn++;
    }
  }
  result.falseAlarms = { fail: fail / pairs, warn: warn / pairs, pairs };
  return result;
}

/** The suggestion as a rule key, e.g. `max-drop: 0.0123 (1.4%)`. */
export function suggestion(c: MetricCalibration): string {
  const amount = `${formatNumber(Number(c.suggested.absolute.toPrecision(3)))}${c.suggested.relative !== undefined ? ` (${formatPercent(c.suggested.relative)})` : ''}`;
  if (c.sd === 0) return 'no run-to-run noise: any change is real';
  return c.better === 'higher' ? `max-drop ${amount}` : c.better === 'lower' ? `max-rise ${amount}` : `max-drop or max-rise ${amount}`;
}
