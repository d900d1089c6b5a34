/**
 * Merging profiles of shards (`mode: merge`) into the profile of the whole: exactly the one-pass
 * profile, but for a categorical column past {@link MAX_CATEGORIES} (see profile.ts).
 */
import { UserError } from '../core/errors.js';
import {
  type CategoricalColumnStats,
  type ColumnStats,
  MAX_CATEGORIES,
  MAX_DISTINCT,
  MAX_SAMPLE,
  type NumericColumnStats,
  numericStats,
  type Profile,
  sortCategories,
} from './profile.js';
import { addComponents, mergeSketches } from './sketch.js';

/**
 * Merges profiles of shards into the profile of the whole (see the module comment for exactness).
 * Throws {@link UserError} when the profiles do not have the same columns, of the same kinds, in order.
 */
export function mergeProfiles(profiles: readonly Profile[]): Profile {
  const first = profiles[0];
  if (first === undefined) throw new UserError('merge profiles: no profiles given; pass at least one');
  const names = first.columns.map((c) => `${c.name} (${c.kind})`);
  profiles.forEach((p, i) => {
    const other = p.columns.map((c) => `${c.name} (${c.kind})`);
    const missing = names.filter((n) => !other.includes(n));
    const extra = other.filter((n) => !names.includes(n));
    if (missing.length > 0 || extra.length > 0) {
      const parts = [missing.length > 0 ? `lacks ${missing.join(', ')}` : '', extra.length > 0 ? `has extra ${extra.join(', ')}` : ''];
      throw new UserError(`merge profiles: profile ${i + 1} ${parts.filter(Boolean).join(' and ')} compared with profile 1; merge only profiles of the same columns`);
    }
    if (other.join('\n') !== names.join('\n'))
      throw new UserError(`merge profiles: profile ${i + 1} lists the columns in another order than profile 1; profile every shard with the same column order`);
  });
  const columns = first.columns.map((c, i) => mergeColumn(profiles.map((p) => p.columns[i]!)));
  return { format: 'modelgate-profile', version: 1, rows: profiles.reduce((n, p) => n + p.rows, 0), columns };
}

function mergeColumn(parts: ColumnStats[]): ColumnStats {
  const first = parts[0]!;
  const total = (pick: (c: ColumnStats) => number) => parts.reduce((n, c) => n + pick(c), 0);
  if (first.kind === 'categorical') {
    const cats = parts as CategoricalColumnStats[];
    const counts = new Map<string, number>();
    for (const c of cats) for (const [value, n] of c.categories) counts.set(value, (counts.get(value) ?? 0) + n);
    const sorted = sortCategories([...counts]);
    const kept = sorted.slice(0, MAX_CATEGORIES);
    const dropped = sorted.slice(MAX_CATEGORIES).reduce((n, [, count]) => n + count, 0);
    return {
      name: first.name,
      kind: 'categorical',
      count: total((c) => c.count),
      nulls: total((c) => c.nulls),
      categories: kept,
      otherCount: total((c) => (c as CategoricalColumnStats).otherCount) + dropped,
    };
  }
  const nums = parts as NumericColumnStats[];
  const count = total((c) => c.count);
  const present = nums.filter((c) => c.count > 0);
  const summable = nums.every((c) => c.sum !== null && c.sumSquares !== null);
  return numericStats(first.name, {
    count,
    nulls: total((c) => c.nulls),
    invalid: total((c) => (c as NumericColumnStats).invalid),
    min: present.length > 0 ? Math.min(...present.map((c) => c.min!)) : null,
    max: present.length > 0 ? Math.max(...present.map((c) => c.max!)) : null,
    sum: summable ? addComponents(nums.map((c) => c.sum!)) : null,
    sumSquares: summable ? addComponents(nums.map((c) => c.sumSquares!)) : null,
    distinct: mergeDistinct(nums),
    sample: count <= MAX_SAMPLE && nums.every((c) => c.sample !== null) ? nums.flatMap((c) => c.sample!).sort((a, b) => a - b) : null,
    sketch: mergeSketches(nums.map((c) => c.sketch)),
  });
}

function mergeDistinct(nums: NumericColumnStats[]): [number, number][] | null {
  const counts = new Map<number, number>();
  for (const c of nums) {
    if (c.distinct === null) return null;
    for (const [value, n] of c.distinct) counts.set(value, (counts.get(value) ?? 0) + n);
  }
  return counts.size > MAX_DISTINCT ? null : [...counts].sort((a, b) => a[0] - b[0]);
}
