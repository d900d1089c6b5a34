/**
 * Drift between a stored reference profile and the current data's profile, column by column, with
 * the defaults of Evidently's data drift preset so users can compare numbers (checked against
 * `evidently/calculations/stattests`: `registry._get_default_stattest` and each test's
 * `default_threshold`):
 *
 * - numeric, reference > 1000 values: Wasserstein distance / max(reference population stdev, 0.001),
 *   drift at ≥ 0.1; with ≤ 5 distinct values in both profiles together: Jensen-Shannon, ≥ 0.1.
 * - categorical, reference > 1000: Jensen-Shannon distance (base 2), drift at ≥ 0.1.
 * - reference ≤ 1000: two-sample KS for numeric (drift when p < 0.05); chi-square for categorical and
 *   numeric with ≤ 5 distinct values (p < 0.05). Evidently uses a proportions z-test when there are
 *   only two values; here chi-square is used there too.
 * - PSI (Evidently's `psi`, ≥ 0.1) and L-infinity (≥ 0.1; Evidently has none, the value follows common
 *   practice) on request.
 *
 * Histograms follow Evidently's `get_binned_data`: Sturges-rule equal-width bins over both columns
 * for numeric columns, per value for categorical ones and numeric ones with ≤ 5 distinct values
 * (Evidently goes per value up to 20 distinct reference values; profiles only track 5). Evidently's
 * `n_bins = 30` parameter of `psi`/`jensenshannon` is unused by its current `get_binned_data`.
 *
 * Accuracy: when both profiles keep their values (≤ 1000 each) every number is exact. Otherwise they
 * come from the 1 %-relative sketches: bucket edges are 2 % of a value's magnitude apart, so a
 * normed Wasserstein distance can be off by roughly 0.01·mean|x| / stdev — fine for spread-out data,
 * coarse for columns whose spread is tiny next to their magnitude (e.g. values 1000 ± 1).
 */
import { UserError } from '../core/errors.js';
import { NumericDistribution, sharedHistogram, type Histogram, ksStatistic, wassersteinDistance } from './drift-numeric.js';
import { chiSquareTest, jensenShannonDistance, ksPValue, lInfinityDistance, populationStabilityIndex } from './drift-stats.js';
import { MAX_SAMPLE, type CategoricalColumnStats, type ColumnKind, type ColumnStats, type NumericColumnStats, type Profile } from './profile.js';
import { momentsFromSums } from './sketch.js';

/** A drift method, named as in Evidently. */
export type DriftMethod = 'psi' | 'wasserstein' | 'jensenshannon' | 'linf' | 'ks' | 'chisquare';

/** Per-column drift options; unset fields take the Evidently defaults above. */
export interface DriftOptions {
  method?: DriftMethod;
  /** A distance at or above this drifts; for `ks` and `chisquare` a p-value below it does. */
  threshold?: number;
}

/** One column's drift result. */
export interface DriftResult {
  column: string;
  kind: ColumnKind;
  method: DriftMethod;
  /** The distance, or the p-value for `ks` and `chisquare`. */
  score: number;
  threshold: number;
  drifted: boolean;
  /** The bin or category that moved most, in plain words. */
  worst: string;
  referenceCount: number;
  currentCount: number;
}

const DEFAULT_THRESHOLDS: Record<DriftMethod, number> = { psi: 0.1, wasserstein: 0.1, jensenshannon: 0.1, linf: 0.1, ks: 0.05, chisquare: 0.05 };
const P_VALUE_METHODS: ReadonlySet<DriftMethod> = new Set(['ks', 'chisquare']);
const METHODS = Object.keys(DEFAULT_THRESHOLDS);

/**
 * Compares every column of `current` with the same column of `reference`. Throws {@link UserError}
 * when the profiles' columns differ, when options name an unknown column or method, or when a method
 * does not apply to the column's kind (Wasserstein and KS need numbers).
 */
export function detectDrift(reference: Profile, current: Profile, options: { columns?: Record<string, DriftOptions>; defaults?: DriftOptions } = {}): DriftResult[] {
  const byName = new Map(current.columns.map((c) => [c.name, c]));
  const missing = reference.columns.filter((c) => !byName.has(c.name)).map((c) => `'${c.name}'`);
  if (missing.length > 0)
    throw new UserError(
      `drift: column ${missing.join(', ')} of the reference profile is not in the current data; compare data with the same columns or regenerate the reference profile`,
    );
  const known = new Set(reference.columns.map((c) => c.name));
  const extra = current.columns.filter((c) => !known.has(c.name)).map((c) => `'${c.name}'`);
  if (extra.length > 0)
    throw new UserError(`drift: column ${extra.join(', ')} of the current data is not in the reference profile; regenerate the reference profile with profile mode to include it`);
  for (const name of Object.keys(options.columns ?? {})) {
    if (!known.has(name)) throw new UserError(`drift: options name column '${name}', which the reference profile lacks; columns are ${[...known].map((n) => `'${n}'`).join(', ')}`);
  }
  return reference.columns.map((ref) => {
    const cur = byName.get(ref.name)!;
    if (cur.kind !== ref.kind) throw new UserError(`drift: column '${ref.name}' is ${ref.kind} in the reference profile but ${cur.kind} now; regenerate the reference profile`);
    const chosen = { ...options.defaults, ...options.columns?.[ref.name] };
    return compareColumn(ref, cur, chosen);
  });
}

function compareColumn(ref: ColumnStats, cur: ColumnStats, chosen: DriftOptions): DriftResult {
  const values = ref.kind === 'numeric' ? distinctUnion(ref, cur as NumericColumnStats) : undefined;
  const method = chosen.method ?? defaultMethod(ref, values);
  if (!METHODS.includes(method)) throw new UserError(`drift: column '${ref.name}': unknown method '${String(method)}'; use one of ${METHODS.join(', ')}`);
  if (ref.kind === 'categorical' && (method === 'wasserstein' || method === 'ks')) {
    throw new UserError(`drift: column '${ref.name}' is categorical; '${method}' needs numbers, use jensenshannon, psi, linf or chisquare`);
  }
  const threshold = chosen.threshold ?? DEFAULT_THRESHOLDS[method];
  const pValue = P_VALUE_METHODS.has(method);
  if (!Number.isFinite(threshold) || threshold <= 0 || (pValue && threshold >= 1)) {
    throw new UserError(`drift: column '${ref.name}': threshold ${threshold} is not allowed; use a number above 0${pValue ? ' and below 1 (a p-value)' : ''}`);
  }
  const base = { column: ref.name, kind: ref.kind, method, threshold, referenceCount: ref.count, currentCount: cur.count };
  if (ref.count === 0 || cur.count === 0) {
    const both = ref.count === 0 && cur.count === 0;
    const worst = both ? 'no values in either profile' : `no values in the ${ref.count === 0 ? 'reference' : 'current data'}`;
    return { ...base, score: pValue ? (both ? 1 : 0) : both ? 0 : Infinity, drifted: !both, worst };
  }
  const table = ref.kind === 'categorical' ? categoryTable(ref, cur as CategoricalColumnStats) : numericTable(ref, cur as NumericColumnStats, values, method);
  const score = scoreOf(method, ref, cur, table);
  return { ...base, score, drifted: pValue ? score < threshold : score >= threshold, worst: describeWorst(table) };
}

/** Sorted distinct values of both numeric profiles together while at most 5, else undefined. */
function distinctUnion(ref: NumericColumnStats, cur: NumericColumnStats): number[] | undefined {
  if (ref.distinct === null || cur.distinct === null) return undefined;
  const values = [...new Set([...ref.distinct, ...cur.distinct].map(([v]) => v))].sort((a, b) => a - b);
  return values.length <= 5 ? values : undefined;
}

function defaultMethod(ref: ColumnStats, fewValues: number[] | undefined): DriftMethod {
  const small = ref.count <= MAX_SAMPLE;
  if (ref.kind === 'categorical' || fewValues !== undefined) return small ? 'chisquare' : 'jensenshannon';
  return small ? 'ks' : 'wasserstein';
}

/** Counts per shared key (category, value or bin) on each side, with each key's label. */
interface Table {
  labels: string[];
  isNew: boolean[];
  reference: number[];
  current: number[];
  referenceTotal: number;
  currentTotal: number;
}

function categoryTable(ref: CategoricalColumnStats, cur: CategoricalColumnStats): Table {
  const refCounts = new Map(ref.categories);
  const curCounts = new Map(cur.categories);
  const keys = [...new Set([...refCounts.keys(), ...curCounts.keys()])];
  const labels = keys.map((k) => `category '${k}'`);
  const reference = keys.map((k) => refCounts.get(k) ?? 0);
  const current = keys.map((k) => curCounts.get(k) ?? 0);
  if (ref.otherCount > 0 || cur.otherCount > 0) {
    labels.push('other categories (past the 10000 kept)');
    reference.push(ref.otherCount);
    current.push(cur.otherCount);
  }
  const isNew = reference.map((r, i) => r === 0 && i < keys.length && ref.otherCount === 0);
  return { labels, isNew, reference, current, referenceTotal: ref.count, currentTotal: cur.count };
}

function numericTable(ref: NumericColumnStats, cur: NumericColumnStats, values: number[] | undefined, method: DriftMethod): Table {
  if (values !== undefined && method !== 'wasserstein' && method !== 'ks') {
    const count = (c: NumericColumnStats, v: number) => c.distinct!.find(([x]) => x === v)?.[1] ?? 0;
    const reference = values.map((v) => count(ref, v));
    return {
      labels: values.map((v) => `value ${format(v)}`),
      isNew: reference.map((r) => r === 0),
      reference,
      current: values.map((v) => count(cur, v)),
      referenceTotal: ref.count,
      currentTotal: cur.count,
    };
  }
  const exact = ref.sample !== null && cur.sample !== null;
  const h: Histogram = sharedHistogram(ref, cur, NumericDistribution.of(ref, exact), NumericDistribution.of(cur, exact));
  const labels = h.reference.map((_, i) => `bin [${format(h.edges[i]!)}, ${format(h.edges[i + 1]!)}${i === h.reference.length - 1 ? ']' : ')'}`);
  return { labels, isNew: labels.map(() => false), reference: h.reference, current: h.current, referenceTotal: ref.count, currentTotal: cur.count };
}

function scoreOf(method: DriftMethod, ref: ColumnStats, cur: ColumnStats, table: Table): number {
  const refShare = table.reference.map((c) => c / table.referenceTotal);
  const curShare = table.current.map((c) => c / table.currentTotal);
  switch (method) {
    case 'psi':
      return populationStabilityIndex(refShare, curShare);
    case 'jensenshannon':
      return jensenShannonDistance(refShare, curShare);
    case 'linf':
      return lInfinityDistance(refShare, curShare);
    case 'chisquare':
      return chiSquareTest(table.reference, table.current).pValue;
    case 'ks':
    case 'wasserstein': {
      const r = ref as NumericColumnStats;
      const c = cur as NumericColumnStats;
      const exact = r.sample !== null && c.sample !== null;
      const a = NumericDistribution.of(r, exact);
      const b = NumericDistribution.of(c, exact);
      if (method === 'ks') return ksPValue(ksStatistic(a, b), r.count, c.count);
      return wassersteinDistance(a, b) / Math.max(referenceStdev(r, a), 0.001);
    }
  }
}

/** Population stdev (numpy's default, as Evidently divides by `np.std`), exact from the sums when kept. */
function referenceStdev(ref: NumericColumnStats, fallback: NumericDistribution): number {
  if (ref.sum !== null && ref.sumSquares !== null) return Math.sqrt(momentsFromSums(ref.count, ref.sum, ref.sumSquares).populationVariance);
  return fallback.stdev();
}

function describeWorst(t: Table): string {
  let worst = -1;
  let change = -1;
  t.reference.forEach((r, i) => {
    const delta = Math.abs(t.current[i]! / t.currentTotal - r / t.referenceTotal);
    if (delta > change) [worst, change] = [i, delta];
  });
  if (worst < 0) return 'no values to compare';
  const before = percent(t.reference[worst]! / t.referenceTotal);
  const after = percent(t.current[worst]! / t.currentTotal);
  const label = t.labels[worst]!;
  return t.isNew[worst] ? `new ${label} (${after})` : `${label}: ${before} -> ${after}`;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function format(value: number): string {
  return String(Number(value.toPrecision(4)));
}

/**
 * Categories of the current column that the reference never had, most frequent first (for the
 * `new-categories` check). Empty for numeric columns. When the reference overflowed its category cap,
 * a value counted there under `otherCount` is reported as new: check `otherCount` before trusting it.
 */
export function newCategories(reference: ColumnStats, current: ColumnStats): { value: string; count: number }[] {
  if (reference.kind !== 'categorical' || current.kind !== 'categorical') return [];
  const known = new Set(reference.categories.map(([value]) => value));
  return current.categories.filter(([value]) => !known.has(value)).map(([value, count]) => ({ value, count }));
}
