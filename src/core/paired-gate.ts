// Noise-aware gates: a rule with `test:` is decided by a paired test of the challenger against the
// champion on the same eval examples, not by comparing two point estimates with a threshold. The
// margin is the smallest change that matters; the interval decides whether the data show a change
// beyond it, its absence, or neither (inconclusive: the eval set is too small to tell).
import { checkChange, formatNumber, verdictOf, type Comparison, type ComparisonRow } from './compare.js';
import { UserError } from './errors.js';
import { binaryLabels, pairFor, PROPORTIONS, STATISTIC_BETTER, statisticOfName, STATISTICS, type PredictionSides, type Predictions, type Statistic } from './paired-values.js';
import { ruleFor, type MetricRule, type RuleSet } from './rules.js';
import { normalCdf, normalQuantile } from './stats/distributions.js';
import { delong, examplesForPower, holm, mcnemarExact, outcome as decide, pairedBootstrap, type Outcome, type PairedMetric } from './stats/paired.js';

export type { Predictions } from './paired-values.js';

/** A paired test as the report and the comparison JSON show it. Differences are candidate − baseline. */
export interface PairedTestResult {
  test: 'paired-bootstrap' | 'mcnemar' | 'delong';
  statistic: Statistic;
  class?: string;
  /** The statistic on all examples, per side, as measured from the predictions. */
  baseline: number;
  candidate: number;
  difference: number;
  /** The 1 − alpha interval for the difference. */
  low: number;
  high: number;
  alpha: number;
  pValue: number;
  /** Holm-adjusted over the metrics tested in this comparison (absent when only one was). */
  adjustedP?: number;
  margin: number;
  better: 'higher' | 'lower';
  outcome: Outcome;
  examples: number;
  /** Clusters resampled, when the predictions give `cluster`. */
  clusters?: number;
  resamples?: number;
  seed?: number;
  method?: string;
  /** For an inconclusive result: how many examples (clusters) would detect the margin at 80 % power. */
  examplesForPower?: number;
}

/** Defaults of a paired test's keys. */
export const PAIRED_DEFAULTS = { alpha: 0.05, resamples: 10_000, seed: 0, inconclusive: 'warn' } as const;

/**
 * Runs the paired tests the rules ask for and folds them into the comparison. A row whose rule has
 * `test:` was gated by compareMetrics on its bounds (`min`, `max`) only; here it gets the test's
 * outcome: `regressed` fails, `inconclusive` warns (or fails with `inconclusive: fail`), `equivalent`
 * and `improved` pass. Without baseline predictions the row falls back to its point thresholds and
 * warns that the test did not run; without candidate predictions the step cannot gate what the rule
 * asks and refuses ({@link UserError}). Several tests are Holm-corrected together.
 */
export function applyPairedTests(
  comparison: Comparison,
  rules: RuleSet,
  sides: { candidate?: Predictions; baseline?: Predictions; baselineMissing?: string; noBaseline?: boolean },
): Comparison {
  const tested = comparison.rows.map((row) => ({ row, rule: ruleFor(rules, row.name) })).filter((e): e is { row: ComparisonRow; rule: MetricRule } => e.rule?.test !== undefined);
  if (tested.length === 0) return comparison;
  // One test computes one statistic from the predictions: a pattern would give every metric it matches
  // the same number (each class's F1 the macro F1), so it must name one metric.
  const shared = tested.find((e, i) => tested.findIndex((o) => o.rule === e.rule) !== i);
  if (shared) {
    const names = tested.filter((e) => e.rule === shared.rule).map((e) => `'${e.row.name}'`);
    const at = `${shared.rule.source.file}${shared.rule.source.line ? `:${shared.rule.source.line}` : ''}`;
    throw new UserError(
      `compare-metrics: ${at}: a rule with test '${shared.rule.test}' matches ${names.length} metrics (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}), but a test computes one statistic from the predictions: write one rule per tested metric (with 'class:' for a per-class one)`,
      shared.rule.source,
    );
  }
  if (!sides.candidate) {
    const { row, rule } = tested[0] as { row: ComparisonRow; rule: MetricRule };
    const at = `${rule.source.file}${rule.source.line ? `:${rule.source.line}` : ''}`;
    throw new UserError(
      `compare-metrics: ${at}: the rule for '${row.name}' asks for test '${rule.test}', which needs the candidate's per-example predictions: set input 'predictions' to the file your evaluation writes (CSV, JSON Lines or Parquet, with an 'id' column)`,
      rule.source,
    );
  }
  const results: { row: ComparisonRow; rule: MetricRule; result: Omit<PairedTestResult, 'outcome'> }[] = [];
  for (const { row, rule } of tested) {
    if (row.value === undefined || row.status === 'fail') continue;
    if (!sides.baseline) {
      checkChange(row, rule, row.value as number, row.baseline, sides.noBaseline);
      warn(row, `${rule.test} not run: ${sides.baselineMissing ?? 'the baseline has no predictions'}`);
      continue;
    }
    results.push({ row, rule, result: runTest(row.name, rule, { champion: sides.baseline, challenger: sides.candidate }) });
  }
  const adjusted = results.length > 1 ? holm(results.map((r) => r.result.pValue)) : undefined;
  results.forEach(({ row, rule, result }, i) => {
    const adjustedP = adjusted?.[i];
    let verdict = decide({ low: result.low, high: result.high, margin: result.margin, better: result.better });
    // The interval is at level alpha for this metric alone; across several, significance is Holm's.
    if ((verdict === 'regressed' || verdict === 'improved') && adjustedP !== undefined && adjustedP >= result.alpha) verdict = 'inconclusive';
    const full: PairedTestResult = { ...result, ...(adjustedP !== undefined ? { adjustedP } : {}), outcome: verdict };
    if (verdict === 'inconclusive' && result.margin > 0) {
      const standardError = (result.high - result.low) / (2 * normalQuantile(1 - result.alpha / 2));
      const units = result.clusters ?? result.examples;
      full.examplesForPower = examplesForPower({ standardError, examples: units, margin: result.margin, alpha: result.alpha });
    }
    row.test = full;
    // The direction the report counts is the test's: a drop within noise is neither regressed nor improved.
    if (verdict === 'improved' || verdict === 'regressed') row.direction = verdict;
    else delete row.direction;
    const line = describeTest(full, adjusted?.length);
    if (verdict === 'regressed') fail(row, `regressed: ${line}`);
    else if (verdict === 'inconclusive') (rule.inconclusive === 'fail' ? fail : warn)(row, `inconclusive: ${line}${powerHint(full)}`);
    else row.reasons.push(`${verdict === 'equivalent' ? 'no change beyond the margin' : 'improved'}: ${line}`);
  });
  return { ...comparison, ...verdictOf(comparison.rows, sides.noBaseline === true, comparison.candidateFailure !== undefined) };
}

function fail(row: ComparisonRow, reason: string): void {
  row.status = 'fail';
  row.reasons.push(reason);
}

function warn(row: ComparisonRow, reason: string): void {
  if (row.status !== 'fail') row.status = 'warn';
  row.reasons.push(reason);
}

/** The statistic, direction and margin of a tested rule, for the metric `name`. */
function setting(name: string, rule: MetricRule): { statistic: Statistic; better: 'higher' | 'lower' } {
  const at = `${rule.source.file}${rule.source.line ? `:${rule.source.line}` : ''}`;
  const statistic = rule.statistic ?? statisticOfName(name);
  if (!statistic)
    throw new UserError(
      `compare-metrics: ${at}: the rule for '${name}' asks for test '${rule.test}' but the name does not say what to compute from the predictions; give it 'statistic:' (one of ${STATISTICS.join(', ')})`,
      rule.source,
    );
  const better = statistic === 'mean' ? rule.better : STATISTIC_BETTER[statistic];
  if (!better) throw new UserError(`compare-metrics: ${at}: the rule for '${name}' tests the mean of 'value': give it 'better: higher' or 'better: lower'`, rule.source);
  if (rule.better && rule.better !== better)
    throw new UserError(
      `compare-metrics: ${at}: the rule for '${name}' says 'better: ${rule.better}', but ${statistic} is better ${better}; drop 'better' or fix 'statistic'`,
      rule.source,
    );
  const fits = rule.test === 'mcnemar' ? statistic === 'accuracy' : rule.test === 'delong' ? statistic === 'auc' : statistic !== 'auc';
  if (!fits)
    throw new UserError(
      `compare-metrics: ${at}: the rule for '${name}' pairs test '${rule.test}' with statistic '${statistic}': mcnemar tests accuracy, delong tests auc, paired-bootstrap every other statistic`,
      rule.source,
    );
  return { statistic, better };
}

function runTest(name: string, rule: MetricRule, sides: PredictionSides): Omit<PairedTestResult, 'outcome'> {
  const { statistic, better } = setting(name, rule);
  const alpha = rule.alpha ?? PAIRED_DEFAULTS.alpha;
  const test = rule.test as PairedTestResult['test'];
  const base = { test, statistic, ...(rule.class !== undefined ? { class: rule.class } : {}), alpha, better };
  // The margin: the rule's, else its max-drop (max-rise for lower-is-better) as the smallest change that matters.
  const threshold = rule.margin ?? (better === 'higher' ? rule.maxDrop : rule.maxRise);
  const marginOf = (champion: number) => (threshold ? (threshold.relative ? threshold.amount * Math.abs(champion) : threshold.amount) : 0);
  if (test === 'mcnemar') {
    refuseWeights(sides, name, test);
    const data = pairFor(sides, 'accuracy', undefined, true);
    const [a, b] = [data.championValues as Float64Array, data.challengerValues as Float64Array];
    let onlyChampion = 0;
    let onlyChallenger = 0;
    let champion = 0;
    let challenger = 0;
    for (let i = 0; i < a.length; i++) {
      champion += a[i] as number;
      challenger += b[i] as number;
      if (a[i] === 1 && b[i] === 0) onlyChampion++;
      else if (a[i] === 0 && b[i] === 1) onlyChallenger++;
    }
    const n = a.length;
    const difference = (onlyChallenger - onlyChampion) / n;
    // The paired-proportions (Wald) interval: its width shows what the discordant pairs can resolve.
    const se = Math.sqrt(Math.max(0, (onlyChampion + onlyChallenger) / n - difference ** 2) / n);
    const z = normalQuantile(1 - alpha / 2);
    const p = mcnemarExact(onlyChampion, onlyChallenger).pValue;
    return {
      ...base,
      baseline: champion / n,
      candidate: challenger / n,
      difference,
      low: difference - z * se,
      high: difference + z * se,
      pValue: p,
      margin: marginOf(champion / n),
      examples: n,
    };
  }
  if (test === 'delong') {
    refuseWeights(sides, name, test);
    const data = pairFor(sides, 'auc', rule.class, true);
    const labels = binaryLabels(data, sides, rule.class);
    const r = delong(labels, data.challengerValues as Float64Array, data.championValues as Float64Array);
    const se = Math.sqrt(r.variance);
    const z = normalQuantile(1 - alpha / 2);
    const pValue = se > 0 ? 2 * normalCdf(-Math.abs(r.difference) / se) : r.difference === 0 ? 1 : 0;
    return {
      ...base,
      baseline: r.aucB,
      candidate: r.aucA,
      difference: r.difference,
      low: r.difference - z * se,
      high: r.difference + z * se,
      pValue,
      margin: marginOf(r.aucB),
      examples: labels.length,
    };
  }
  const data = pairFor(sides, statistic, rule.class);
  const metric: PairedMetric =
    statistic === 'f1' || statistic === 'precision' || statistic === 'recall'
      ? { kind: statistic, ...(rule.class !== undefined ? { class: rule.class } : {}) }
      : { kind: statistic === 'rmse' ? 'rmse' : 'mean' };
  const resamples = rule.resamples ?? PAIRED_DEFAULTS.resamples;
  const seed = rule.seed ?? PAIRED_DEFAULTS.seed;
  const r = pairedBootstrap(data, { metric, resamples, seed, alpha });
  return {
    ...base,
    baseline: r.champion,
    candidate: r.challenger,
    difference: r.difference,
    low: r.low,
    high: r.high,
    pValue: r.pValue,
    margin: marginOf(r.champion),
    examples: r.examples,
    ...(r.clustered ? { clusters: r.units } : {}),
    ...(r.method === 'normal' ? {} : { resamples: r.resamples, seed }),
    method: r.method,
  };
}

/** McNemar and DeLong count examples: a weight or a cluster they would ignore is refused, not dropped. */
function refuseWeights(sides: PredictionSides, name: string, test: string): void {
  for (const p of [sides.champion, sides.challenger]) {
    const column = p.weight ? 'weight' : p.cluster ? 'cluster' : undefined;
    if (column)
      throw new UserError(
        `compare-metrics: the rule for '${name}' uses test '${test}', which counts examples, but ${p.display} gives '${column}'; use test 'paired-bootstrap', which honours it`,
        {
          file: p.display,
        },
      );
  }
}

/** The difference in the statistic's units: percentage points for proportions. */
function amount(value: number, statistic: Statistic, signed = true): string {
  const sign = signed && value > 0 ? '+' : '';
  if (PROPORTIONS.has(statistic))
    return `${sign}${Number((value * 100).toFixed(2))
      .toString()
      .replace('-', '−')} pt`;
  // Three significant digits: the interval's own uncertainty makes more of them noise.
  return `${sign}${formatNumber(Number(value.toPrecision(3))).replace('-', '−')}`;
}

/** "−1.9 pt [−3.1, −0.7] (margin 1 pt), paired bootstrap, n = 10,000, B = 10,000, seed 7, p = 0.002". */
export function describeTest(t: PairedTestResult, tests?: number): string {
  const interval = PROPORTIONS.has(t.statistic)
    ? `[${amount(t.low, t.statistic, false).replace(' pt', '')}, ${amount(t.high, t.statistic, false).replace(' pt', '')}]`
    : `[${amount(t.low, t.statistic, false)}, ${amount(t.high, t.statistic, false)}]`;
  const level = `${Number(((1 - t.alpha) * 100).toFixed(2))} %`;
  const parts = [
    `${t.statistic}${t.class !== undefined ? ` (class ${t.class})` : ''} ${amount(t.difference, t.statistic)} ${interval} at ${level} (margin ${amount(t.margin, t.statistic, false)})`,
    t.test === 'paired-bootstrap' ? (t.clusters !== undefined ? 'paired cluster bootstrap' : 'paired bootstrap') : t.test === 'mcnemar' ? 'exact McNemar' : 'DeLong',
    `n = ${t.examples.toLocaleString('en-US')}`,
    ...(t.clusters !== undefined ? [`${t.clusters.toLocaleString('en-US')} clusters`] : []),
    ...(t.resamples !== undefined ? [`B = ${t.resamples.toLocaleString('en-US')}`, `seed ${t.seed}`] : t.method === 'normal' ? ['normal approximation'] : []),
    `p = ${formatP(t.pValue)}`,
    ...(t.adjustedP !== undefined ? [`Holm-adjusted over ${tests} tests p = ${formatP(t.adjustedP)}`] : []),
  ];
  return parts.join(', ');
}

function powerHint(t: PairedTestResult): string {
  if (t.examplesForPower === undefined) return '; with margin 0 no eval set can show "no change"';
  const unit = t.clusters !== undefined ? 'clusters' : 'examples';
  return `; about ${t.examplesForPower.toLocaleString('en-US')} ${unit} would detect a change of ${amount(t.margin, t.statistic, false)} with 80 % power`;
}

function formatP(p: number): string {
  if (p === 0) return '0';
  if (p < 0.001) return p.toExponential(1);
  return String(Number(p.toPrecision(2)));
}
