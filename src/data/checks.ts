import { UserError } from '../core/errors.js';

/** Bounds of a summary statistic; either side may be left open. */
export interface StatBounds {
  min?: number;
  max?: number;
}

/** Dataset checks beyond the Table Schema, as the step's configuration gives them. */
export interface DatasetChecks {
  /** Number of data rows over all files. */
  rows?: StatBounds;
  /** Largest allowed fraction (0..1) of missing cells per column, like Great Expectations' `mostly`. */
  nullFraction?: Record<string, number>;
  /** What an exact repeat of an earlier row is. */
  duplicateRows?: 'fail' | 'warn' | 'ignore';
  /** Bounds on each numeric column's mean, median and standard deviation (sample). */
  stats?: Record<string, { mean?: StatBounds; median?: StatBounds; stdev?: StatBounds }>;
  /** Values of categorical columns not in the reference profile. */
  newCategories?: Record<string, 'fail' | 'warn'>;
}

const TOP_KEYS = ['rows', 'nullFraction', 'duplicateRows', 'stats', 'newCategories'];

/**
 * Checks a parsed `checks` value and returns it typed; `origin` names where it came from (a file or
 * an input). Any mistake is a {@link UserError} naming the key and what is allowed. Column names are
 * checked against `columns` when given.
 */
export function parseDatasetChecks(value: unknown, origin: string, columns?: readonly string[]): DatasetChecks {
  const fail = (key: string, message: string): never => {
    throw new UserError(`${origin}: checks.${key}: ${message}`);
  };
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (value === undefined || value === null) return {};
  if (!isObject(value)) throw new UserError(`${origin}: checks must be a mapping with keys ${TOP_KEYS.join(', ')}`);
  for (const key of Object.keys(value)) if (!TOP_KEYS.includes(key)) fail(key, `unknown check; allowed: ${TOP_KEYS.join(', ')}`);
  const column = (key: string, name: string) => {
    if (columns && !columns.includes(name)) fail(`${key}.${name}`, `no such field in the schema; fields: ${columns.join(', ')}`);
  };
  const bounds = (key: string, v: unknown, integer = false): StatBounds => {
    if (!isObject(v)) fail(key, 'must be a mapping with min and/or max');
    const out: StatBounds = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (k !== 'min' && k !== 'max') fail(`${key}.${k}`, 'unknown bound; allowed: min, max');
      if (typeof x !== 'number' || !Number.isFinite(x) || (integer && !Number.isInteger(x))) fail(`${key}.${k}`, `must be ${integer ? 'a whole number' : 'a number'}`);
      out[k as 'min' | 'max'] = x as number;
    }
    if (out.min !== undefined && out.max !== undefined && out.min > out.max) fail(key, `min ${out.min} is above max ${out.max}`);
    return out;
  };
  const out: DatasetChecks = {};
  if (value.rows !== undefined) out.rows = bounds('rows', value.rows, true);
  if (value.nullFraction !== undefined) {
    if (!isObject(value.nullFraction)) fail('nullFraction', 'must map column names to the largest allowed fraction of missing cells (0 to 1)');
    out.nullFraction = {};
    for (const [name, x] of Object.entries(value.nullFraction as Record<string, unknown>)) {
      column('nullFraction', name);
      if (typeof x !== 'number' || !(x >= 0 && x <= 1)) fail(`nullFraction.${name}`, 'must be a number from 0 to 1');
      out.nullFraction[name] = x as number;
    }
  }
  if (value.duplicateRows !== undefined) {
    if (value.duplicateRows !== 'fail' && value.duplicateRows !== 'warn' && value.duplicateRows !== 'ignore') fail('duplicateRows', 'must be fail, warn or ignore');
    out.duplicateRows = value.duplicateRows as 'fail' | 'warn' | 'ignore';
  }
  if (value.stats !== undefined) {
    if (!isObject(value.stats)) fail('stats', 'must map column names to { mean, median, stdev } bounds');
    out.stats = {};
    for (const [name, x] of Object.entries(value.stats as Record<string, unknown>)) {
      column('stats', name);
      if (!isObject(x)) fail(`stats.${name}`, 'must be a mapping with mean, median and/or stdev');
      const entry: { mean?: StatBounds; median?: StatBounds; stdev?: StatBounds } = {};
      for (const [stat, b] of Object.entries(x as Record<string, unknown>)) {
        if (stat !== 'mean' && stat !== 'median' && stat !== 'stdev') fail(`stats.${name}.${stat}`, 'unknown statistic; allowed: mean, median, stdev');
        entry[stat as 'mean'] = bounds(`stats.${name}.${stat}`, b);
      }
      out.stats[name] = entry;
    }
  }
  if (value.newCategories !== undefined) {
    if (!isObject(value.newCategories)) fail('newCategories', 'must map column names to fail or warn');
    out.newCategories = {};
    for (const [name, x] of Object.entries(value.newCategories as Record<string, unknown>)) {
      column('newCategories', name);
      if (x !== 'fail' && x !== 'warn') fail(`newCategories.${name}`, 'must be fail or warn');
      out.newCategories[name] = x as 'fail' | 'warn';
    }
  }
  return out;
}

/** Exact running mean and variance (Welford), mergeable. */
export class RunningStats {
  count = 0;
  mean = 0;
  private m2 = 0;

  /** Adds a finite value. */
  add(x: number): void {
    this.count++;
    const delta = x - this.mean;
    this.mean += delta / this.count;
    this.m2 += delta * (x - this.mean);
  }

  /** The exact state, to move the statistics between threads. */
  get state(): [count: number, mean: number, m2: number] {
    return [this.count, this.mean, this.m2];
  }

  /** Restores a {@link state} taken elsewhere. */
  set state([count, mean, m2]: [number, number, number]) {
    this.count = count;
    this.mean = mean;
    this.m2 = m2;
  }

  /** Sample standard deviation (n - 1), undefined below two values. */
  get stdev(): number | undefined {
    return this.count < 2 ? undefined : Math.sqrt(this.m2 / (this.count - 1));
  }
}

/** Whether `value` is inside `bounds`, and the bounds in words. */
export function withinBounds(value: number, bounds: StatBounds): { ok: boolean; allowed: string } {
  const parts = [bounds.min !== undefined ? `>= ${bounds.min}` : '', bounds.max !== undefined ? `<= ${bounds.max}` : ''].filter(Boolean);
  const ok = (bounds.min === undefined || value >= bounds.min) && (bounds.max === undefined || value <= bounds.max);
  return { ok, allowed: parts.join(' and ') };
}
