import type { MetricSet, MetricValue } from './metrics.js';
import { ruleFor, type MetricRule, type RuleSet, type Threshold } from './rules.js';

/**
 * The outcome of a gate. `no-baseline`: nothing to compare with (no recorded run, no committed files,
 * nothing deployed), so only absolute bounds were checked; never a pass.
 */
export type Verdict = 'pass' | 'warn' | 'fail' | 'no-baseline';
/** A row's outcome; `info` means shown but not gated. */
export type RowStatus = 'pass' | 'warn' | 'fail' | 'info';

/** How a metric moved against the baseline. */
export type Change = 'new' | 'removed' | 'missing' | 'changed' | 'unchanged' | 'incomparable';

/** One metric in a comparison. Raw values are kept so reports and re-renders show what was measured. */
export interface ComparisonRow {
  name: string;
  value?: MetricValue;
  baseline?: MetricValue;
  /** value − baseline, when both are finite numbers. */
  delta?: number;
  /** delta / |baseline|, when the baseline is a non-zero finite number. */
  relative?: number;
  change: Change;
  /** `improved`/`regressed` when the rule names a direction and the value moved. */
  direction?: 'improved' | 'regressed';
  status: RowStatus;
  /** Why the status is what it is, one short phrase per rule that fired. */
  reasons: string[];
  /** The rule as written, for the report (`higher, min 0.9, max-drop 1%`). */
  rule?: string;
}

/** The result of comparing a candidate's metrics with a baseline's under a set of rules. */
export interface Comparison {
  verdict: Verdict;
  rows: ComparisonRow[];
  counts: Record<RowStatus, number>;
  /** Exact rules that matched no metric and were not required (e.g. a shared config's rules for another step). */
  unusedRules?: string[];
}

/** Rows ordered for reading: failures, warnings, regressions, other changes, new, removed, unchanged. */
export function orderRows(rows: readonly ComparisonRow[]): ComparisonRow[] {
  const rank = (r: ComparisonRow) =>
    r.status === 'fail'
      ? 0
      : r.status === 'warn'
        ? 1
        : r.direction === 'regressed'
          ? 2
          : r.change === 'changed' || r.change === 'incomparable'
            ? 3
            : r.change === 'new'
              ? 4
              : r.change === 'removed' || r.change === 'missing'
                ? 5
                : 6;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index)
    .map((e) => e.row);
}

/**
 * Compares candidate metrics with baseline metrics (or none) under rules. A gated metric that is
 * missing, non-numeric, NaN or infinite fails; an ungated one is shown with status `info`. An exact
 * rule in `required` whose metric is in neither set fails (a typo must not pass in silence); other
 * such rules are listed in `unusedRules`.
 */
export function compareMetrics(
  candidate: MetricSet,
  baseline: MetricSet | undefined,
  rules: RuleSet,
  required: ReadonlySet<string> = new Set(rules.exact.keys()),
  options: { noBaseline?: boolean } = {},
): Comparison {
  const names = [...candidate.keys()];
  for (const name of baseline?.keys() ?? []) if (!candidate.has(name)) names.push(name);
  const known = new Set(names);
  const unusedRules: string[] = [];
  for (const name of rules.exact.keys()) {
    if (known.has(name)) continue;
    if (required.has(name)) names.push(name);
    else unusedRules.push(name);
  }
  const rows = orderRows(names.map((name) => compareOne(name, candidate.get(name)?.value, baseline?.get(name)?.value, ruleFor(rules, name))));
  return { ...verdictOf(rows, options.noBaseline === true), unusedRules };
}

/** Counts rows and derives the verdict: any failure fails; else no baseline is its own verdict; else warn or pass. */
export function verdictOf(rows: ComparisonRow[], noBaseline: boolean): Comparison {
  const counts: Record<RowStatus, number> = { pass: 0, warn: 0, fail: 0, info: 0 };
  for (const row of rows) counts[row.status]++;
  const verdict: Verdict = counts.fail > 0 ? 'fail' : noBaseline ? 'no-baseline' : counts.warn > 0 ? 'warn' : 'pass';
  return { verdict, rows, counts };
}

function compareOne(name: string, value: MetricValue | undefined, base: MetricValue | undefined, rule: MetricRule | undefined): ComparisonRow {
  const row: ComparisonRow = { name, value, baseline: base, change: 'unchanged', status: rule ? 'pass' : 'info', reasons: [], rule: rule && describeRule(rule) };
  const finite = (v: MetricValue | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
  if (value === undefined) row.change = base === undefined ? 'missing' : 'removed';
  else if (base === undefined) row.change = 'new';
  else if (finite(value) && finite(base)) {
    row.delta = value - base;
    if (base !== 0) row.relative = row.delta / Math.abs(base);
    row.change = row.delta === 0 ? 'unchanged' : 'changed';
    if (rule?.better && row.delta !== 0) row.direction = row.delta > 0 === (rule.better === 'higher') ? 'improved' : 'regressed';
  } else row.change = Object.is(value, base) || value === base ? 'unchanged' : 'incomparable';
  if (!rule) return row;

  const fail = (reason: string) => {
    row.status = 'fail';
    row.reasons.push(reason);
  };
  const warn = (reason: string) => {
    if (row.status !== 'fail') row.status = 'warn';
    row.reasons.push(reason);
  };
  if (value === undefined) {
    fail(base === undefined ? 'in neither the candidate nor the baseline (check the name)' : 'missing from the candidate');
    return row;
  }
  if (!finite(value)) {
    fail(typeof value === 'number' ? `${value} is not a finite number` : 'not a number');
    return row;
  }
  if (rule.min !== undefined && value < rule.min) fail(`below min ${rule.min}`);
  if (rule.max !== undefined && value > rule.max) fail(`above max ${rule.max}`);
  const gatesChange = Boolean(rule.maxDrop || rule.maxRise || rule.warnDrop || rule.warnRise);
  // A change rule with nothing to measure the change against has checked nothing: never a plain pass.
  if (base === undefined) {
    if (gatesChange) warn('not in the baseline; change not checked');
    return row;
  }
  if (!finite(base)) {
    if (gatesChange) warn('baseline is not a finite number; change not checked');
    return row;
  }
  const check = (threshold: Threshold | undefined, moved: number, label: string, act: (r: string) => void) => {
    if (!threshold || moved <= 0) return;
    const amount = threshold.relative ? (base === 0 ? Infinity : moved / Math.abs(base)) : moved;
    // Float subtraction (0.9 - 0.89) must not fail a rule the numbers meet exactly.
    if (amount > threshold.amount * (1 + 1e-9) + 1e-12) act(`${label} ${threshold.relative ? formatPercent(amount) : formatNumber(moved)} > ${threshold.text}`);
  };
  const delta = value - base;
  check(rule.maxDrop, -delta, 'dropped', fail);
  check(rule.maxRise, delta, 'rose', fail);
  if (row.status !== 'fail') {
    check(rule.warnDrop, -delta, 'dropped', warn);
    check(rule.warnRise, delta, 'rose', warn);
  }
  return row;
}

/** A compact description of a rule, e.g. `higher · min 0.9 · max-drop 1%`. */
export function describeRule(rule: MetricRule): string {
  const parts: string[] = [];
  if (rule.better) parts.push(`${rule.better} is better`);
  if (rule.min !== undefined) parts.push(`min ${rule.min}`);
  if (rule.max !== undefined) parts.push(`max ${rule.max}`);
  if (rule.maxDrop) parts.push(`max-drop ${rule.maxDrop.text}`);
  if (rule.maxRise) parts.push(`max-rise ${rule.maxRise.text}`);
  if (rule.warnDrop) parts.push(`warn-drop ${rule.warnDrop.text}`);
  if (rule.warnRise) parts.push(`warn-rise ${rule.warnRise.text}`);
  return parts.join(' · ');
}

/** Six significant digits, exponent form for very large or small magnitudes; exact integers as is. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e9)) return value.toExponential(4).replace(/\.?0+e/, 'e');
  return String(Number(value.toPrecision(6)));
}

/** A fraction as a percentage with up to two decimals (`0.0123` → `1.23%`). */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return fraction > 0 ? '∞%' : '-∞%';
  return `${Number((fraction * 100).toFixed(2))}%`;
}
