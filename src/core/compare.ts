import { UserError, type SourceLocation } from './errors.js';
import type { MetricSet, MetricValue } from './metrics.js';
import type { PairedTestResult } from './paired-gate.js';
import { ruleFor, type MetricRule, type RuleSet, type Threshold } from './rules.js';
import { closest } from './suggest.js';

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
  /** The pattern whose rule applies, when no exact rule names the metric (`per_class.*.f1`). */
  pattern?: string;
  /** The paired test that decided the change, when the rule asks for one. */
  test?: PairedTestResult;
}

/**
 * Why the candidate cannot pass whatever its metrics say: the train-model run they were recorded from
 * failed (`training failed: exit 2`, `training timed out (exit 143)`, `training was cancelled`).
 */
export interface CandidateFailure {
  reason: string;
  /** The run record it was read from. */
  file: string;
}

/** The result of comparing a candidate's metrics with a baseline's under a set of rules. */
export interface Comparison {
  verdict: Verdict;
  rows: ComparisonRow[];
  counts: Record<RowStatus, number>;
  /** Rules that matched no metric: exact ones marked `optional`, and patterns (which warn). */
  unusedRules?: string[];
  /** Pattern rules that matched no metric, with where they are written (for a warning each). */
  unmatchedPatterns?: { pattern: string; source: SourceLocation }[];
  /** Set when the candidate came from a failed run: the verdict is `fail`. */
  candidateFailure?: CandidateFailure;
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
 * missing from the candidate, non-numeric, NaN or infinite fails; one with a change rule and no
 * baseline value to measure the change against warns ("change not checked"); an ungated one is shown
 * with status `info`. An exact rule whose metric is in neither set is a {@link UserError} (see
 * {@link matchRules}); a candidate from a failed run (`candidateFailure`) fails whatever its metrics say.
 */
export function compareMetrics(
  candidate: MetricSet,
  baseline: MetricSet | undefined,
  rules: RuleSet,
  options: { noBaseline?: boolean; candidateFailure?: CandidateFailure } = {},
): Comparison {
  const names = [...candidate.keys()];
  for (const name of baseline?.keys() ?? []) if (!candidate.has(name)) names.push(name);
  const { unused, patterns } = matchRules(rules, names);
  const noBaseline = options.noBaseline === true;
  const rows = orderRows(
    names.map((name) => {
      const row = compareOne(name, candidate.get(name)?.value, baseline?.get(name)?.value, ruleFor(rules, name), noBaseline);
      const pattern = rules.exact.has(name) ? undefined : rules.patterns.find((p) => p.matches(name))?.pattern;
      return pattern === undefined ? row : { ...row, pattern };
    }),
  );
  return {
    ...verdictOf(rows, noBaseline, options.candidateFailure !== undefined),
    unusedRules: [...unused, ...patterns.map((p) => p.pattern)],
    unmatchedPatterns: patterns,
    ...(options.candidateFailure ? { candidateFailure: options.candidateFailure } : {}),
  };
}

/**
 * Checks that the rules match the metrics `names` (the candidate's and the baseline's): an exact rule
 * that matches none is a {@link UserError} at the rule's file (or input) and line, with the closest
 * metric name, since a typo would otherwise gate nothing in silence; unless the rule is `optional`,
 * then it is returned in `unused`. Patterns that match nothing are returned for the caller to warn.
 */
export function matchRules(rules: RuleSet, names: readonly string[]): { unused: string[]; patterns: { pattern: string; source: SourceLocation }[] } {
  const known = new Set(names);
  const unused: string[] = [];
  const missing: { name: string; rule: MetricRule }[] = [];
  for (const [name, rule] of rules.exact) {
    if (known.has(name)) continue;
    if (rule.optional) unused.push(name);
    else missing.push({ name, rule });
  }
  if (missing.length > 0) throw unmatchedError(missing, names);
  const patterns = rules.patterns.filter((p) => !names.some((n) => p.matches(n))).map((p) => ({ pattern: p.pattern, source: p.rule.source }));
  return { unused, patterns };
}

function unmatchedError(missing: { name: string; rule: MetricRule }[], names: readonly string[]): UserError {
  const at = (s: SourceLocation) => `${s.file}${s.line ? `:${s.line}` : ''}`;
  const hint = (name: string) => {
    const hit = closest(name, names);
    return hit === undefined ? undefined : `did you mean '${hit}'?`;
  };
  const listed =
    names.length === 0
      ? 'there are no metrics'
      : `the metrics are ${names
          .slice(0, 5)
          .map((n) => `'${n}'`)
          .join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}`;
  const optional = "'optional: true' when this run may lack the metric (a config shared by several models)";
  const first = missing[0] as { name: string; rule: MetricRule };
  if (missing.length === 1) {
    return new UserError(
      `compare-metrics: ${at(first.rule.source)}: rule '${first.name}' matches no metric in the candidate or the baseline; ${hint(first.name) ?? `${listed}.`} Fix the name, or give the rule ${optional}`,
      first.rule.source,
    );
  }
  const each = missing.slice(0, 10).map(({ name, rule }) => `'${name}' (${[at(rule.source), hint(name)].filter(Boolean).join('; ')})`);
  const more = missing.length > 10 ? ` and ${missing.length - 10} more` : '';
  const anyHint = missing.some(({ name }) => hint(name) !== undefined);
  return new UserError(
    `compare-metrics: ${missing.length} rules match no metric in the candidate or the baseline: ${each.join(', ')}${more}${anyHint ? '' : `; ${listed}`}. Fix the names, or give a rule ${optional}`,
    first.rule.source,
  );
}

/**
 * Counts rows and derives the verdict: any failure (or a failed training run) fails; else no baseline
 * is its own verdict; else warn or pass.
 */
export function verdictOf(rows: ComparisonRow[], noBaseline: boolean, failed = false): Comparison {
  const counts: Record<RowStatus, number> = { pass: 0, warn: 0, fail: 0, info: 0 };
  for (const row of rows) counts[row.status]++;
  const verdict: Verdict = failed || counts.fail > 0 ? 'fail' : noBaseline ? 'no-baseline' : counts.warn > 0 ? 'warn' : 'pass';
  return { verdict, rows, counts };
}

function compareOne(name: string, value: MetricValue | undefined, base: MetricValue | undefined, rule: MetricRule | undefined, noBaseline: boolean): ComparisonRow {
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
  // A paired test decides the change (core/paired-gate), with the predictions this module never sees.
  if (rule.test) return row;
  checkChange(row, rule, value, base, noBaseline);
  return row;
}

/**
 * The point-threshold checks of a row (max-drop, max-rise, warn-drop, warn-rise) against the baseline
 * value; a change rule with no finite baseline to measure against warns. Also what a tested rule falls
 * back to when the baseline has no predictions.
 */
export function checkChange(row: ComparisonRow, rule: MetricRule, value: number, base: MetricValue | undefined, noBaseline = false): void {
  const fail = (reason: string) => {
    row.status = 'fail';
    row.reasons.push(reason);
  };
  const warn = (reason: string) => {
    if (row.status !== 'fail') row.status = 'warn';
    row.reasons.push(reason);
  };
  const gatesChange = Boolean(rule.maxDrop || rule.maxRise || rule.warnDrop || rule.warnRise);
  // A change rule with nothing to measure the change against has checked nothing: never a plain pass.
  if (base === undefined) {
    if (gatesChange) warn(noBaseline ? 'no baseline; change not checked' : 'not in the baseline; change not checked');
    return;
  }
  if (typeof base !== 'number' || !Number.isFinite(base)) {
    if (gatesChange) warn('baseline is not a finite number; change not checked');
    return;
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
  if (rule.test) parts.push(`${rule.test}${rule.margin ? ` margin ${rule.margin.text}` : ''}`);
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
