import { UserError } from '../core/errors.js';
import { locateJsonError } from '../core/json-error.js';
import type { ColumnStats, NumericColumnStats, Profile } from './profile.js';
import { RELATIVE_ACCURACY } from './sketch.js';

/**
 * Reads a stored profile. Throws {@link UserError} naming `file` for bad JSON (with the line), another
 * format or version, or a malformed field (with its path, e.g. `columns[2].sketch.zeros`).
 */
export function parseProfile(text: string, file: string): Profile {
  let raw: unknown;
  try {
    // A byte order mark (an editor's) is not JSON: JSON.parse would refuse a profile edited by hand.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const at = locateJsonError(text);
    throw new UserError(`${file}:${at.line}:${at.column}: not valid JSON (${at.reason}); a profile is the JSON that profile mode writes`, {
      file,
      line: at.line,
      column: at.column,
    });
  }
  const bad = (path: string, allowed: string): never => {
    throw new UserError(`${file}: ${path} must be ${allowed}; regenerate the profile with profile mode`, { file });
  };
  const obj = (v: unknown, path: string) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : bad(path, 'an object'));
  const list = (v: unknown, path: string) => (Array.isArray(v) ? (v as unknown[]) : bad(path, 'an array'));
  const num = (v: unknown, path: string) => (typeof v === 'number' && Number.isFinite(v) ? v : bad(path, 'a finite number'));
  const whole = (v: unknown, path: string) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : bad(path, 'a whole number >= 0'));
  const str = (v: unknown, path: string) => (typeof v === 'string' ? v : bad(path, 'a string'));
  const orNull = <T>(v: unknown, read: (v: unknown) => T): T | null => (v === null ? null : read(v));
  const top = obj(raw, 'the file');
  if (top.format !== 'modelgate-profile') bad('format', "'modelgate-profile'");
  if (top.version !== 1) bad('version', `1 (this modelgate reads profile version 1, the file has ${JSON.stringify(top.version)})`);
  const columns = list(top.columns, 'columns').map((value, i): ColumnStats => {
    const at = `columns[${i}]`;
    const c = obj(value, at);
    const name = str(c.name, `${at}.name`);
    const count = whole(c.count, `${at}.count`);
    const nulls = whole(c.nulls, `${at}.nulls`);
    if (c.kind === 'categorical') {
      const categories = list(c.categories, `${at}.categories`).map((pair, j): [string, number] => {
        const p = list(pair, `${at}.categories[${j}]`);
        return [str(p[0], `${at}.categories[${j}][0]`), whole(p[1], `${at}.categories[${j}][1]`)];
      });
      return { name, kind: 'categorical', count, nulls, categories, otherCount: whole(c.otherCount, `${at}.otherCount`) };
    }
    if (c.kind !== 'numeric') bad(`${at}.kind`, "'numeric' or 'categorical'");
    const numbers = (v: unknown, path: string) => list(v, path).map((x, j) => num(x, `${path}[${j}]`));
    const sk = obj(c.sketch, `${at}.sketch`);
    if (sk.relativeAccuracy !== RELATIVE_ACCURACY) bad(`${at}.sketch.relativeAccuracy`, String(RELATIVE_ACCURACY));
    const store = (v: unknown, path: string) => {
      const o = obj(v, path);
      const offset = num(o.offset, `${path}.offset`);
      if (!Number.isInteger(offset)) bad(`${path}.offset`, 'a whole number');
      return { offset, counts: list(o.counts, `${path}.counts`).map((x, j) => whole(x, `${path}.counts[${j}]`)) };
    };
    const sketch = {
      relativeAccuracy: RELATIVE_ACCURACY,
      zeros: whole(sk.zeros, `${at}.sketch.zeros`),
      positive: store(sk.positive, `${at}.sketch.positive`),
      negative: store(sk.negative, `${at}.sketch.negative`),
    };
    const stats: NumericColumnStats = {
      name,
      kind: 'numeric',
      count,
      nulls,
      invalid: whole(c.invalid, `${at}.invalid`),
      min: orNull(c.min, (v) => num(v, `${at}.min`)),
      max: orNull(c.max, (v) => num(v, `${at}.max`)),
      mean: orNull(c.mean, (v) => num(v, `${at}.mean`)),
      stdev: orNull(c.stdev, (v) => num(v, `${at}.stdev`)),
      sum: orNull(c.sum, (v) => numbers(v, `${at}.sum`)),
      sumSquares: orNull(c.sumSquares, (v) => numbers(v, `${at}.sumSquares`)),
      distinct: orNull(c.distinct, (v) =>
        list(v, `${at}.distinct`).map((pair, j): [number, number] => {
          const p = list(pair, `${at}.distinct[${j}]`);
          return [num(p[0], `${at}.distinct[${j}][0]`), whole(p[1], `${at}.distinct[${j}][1]`)];
        }),
      ),
      sample: orNull(c.sample, (v) => numbers(v, `${at}.sample`)),
      sketch,
    };
    if (count > 0 && (stats.min === null || stats.max === null)) bad(`${at}.min and max`, 'numbers when count > 0');
    if (stats.sample !== null && stats.sample.length !== count) bad(`${at}.sample`, `null or an array of all ${count} values`);
    return stats;
  });
  return { format: 'modelgate-profile', version: 1, rows: whole(top.rows, 'rows'), columns };
}

/** The stored form: keys in a fixed order, 2-space JSON, ending with a newline. */
export function serializeProfile(profile: Profile): string {
  const columns = profile.columns.map((c): ColumnStats => {
    if (c.kind === 'categorical') return { name: c.name, kind: c.kind, count: c.count, nulls: c.nulls, categories: c.categories, otherCount: c.otherCount };
    const { zeros, positive, negative } = c.sketch;
    const sketch = {
      relativeAccuracy: c.sketch.relativeAccuracy,
      zeros,
      positive: { offset: positive.offset, counts: positive.counts },
      negative: { offset: negative.offset, counts: negative.counts },
    };
    const { name, kind, count, nulls, invalid, min, max, mean, stdev, sum, sumSquares, distinct, sample } = c;
    return { name, kind, count, nulls, invalid, min, max, mean, stdev, sum, sumSquares, distinct, sample, sketch };
  });
  return `${JSON.stringify({ format: profile.format, version: profile.version, rows: profile.rows, columns }, null, 2)}\n`;
}
