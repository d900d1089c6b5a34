import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { parseProfile, serializeProfile } from '../../src/data/profile-file.js';
import { mergeProfiles } from '../../src/data/profile-merge.js';
import { MAX_DISTINCT, MAX_SAMPLE, numericStats, ProfileBuilder, quantile, type NumericColumnStats, type Profile, type ProfileColumn } from '../../src/data/profile.js';
import { bucketIndex, ExactSum, fastBucketIndex, GAMMA, QuantileSketch } from '../../src/data/sketch.js';
import { mulberry32 } from '../helpers/random.js';

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

type Row = [number | null, string | null, number | null];
const COLUMNS: ProfileColumn[] = [
  { name: 'height', kind: 'numeric' },
  { name: 'species', kind: 'categorical' },
  { name: 'income', kind: 'numeric' },
];

function makeRows(count: number, seed: number): Row[] {
  const random = mulberry32(seed);
  const species = ['setosa', 'versicolor', 'virginica', 'x'];
  return Array.from({ length: count }, (_, i): Row => {
    const r = random();
    const height = r < 0.02 ? null : r < 0.03 ? NaN : i % 997 === 0 ? -0 : 170 + 10 * normal(random);
    const income = Math.exp(10 + 2 * normal(random)) * (random() < 0.1 ? -1 : 1);
    return [height, random() < 0.05 ? null : species[Math.floor(random() ** 2 * 4)]!, i % 500 === 0 ? Infinity : income];
  });
}

function profileOf(rows: readonly Row[]): Profile {
  const builder = new ProfileBuilder(COLUMNS);
  for (const [height, species, income] of rows) {
    builder.addRows(1);
    if (height === null) builder.addNull(0);
    else builder.addNumber(0, height);
    if (species === null) builder.addNull(1);
    else builder.addCategory(1, species);
    if (income === null) builder.addNull(2);
    else builder.addNumber(2, income);
  }
  return builder.finish();
}

/** What a stored profile holds, compared exactly. */
function stored(profile: Profile): unknown {
  return JSON.parse(serializeProfile(profile));
}

describe('profile builder', () => {
  it('counts nulls, invalid values and rows, and keeps the stats of the valid values', () => {
    const builder = new ProfileBuilder([{ name: 'x', kind: 'numeric' }]);
    for (const v of [3, NaN, Infinity, -Infinity, -0, 1]) builder.addNumber(0, v);
    builder.addNull(0);
    builder.addRows(7);
    const profile = builder.finish();
    const x = profile.columns[0] as NumericColumnStats;
    expect(profile.rows).toBe(7);
    expect(x).toMatchObject({
      count: 3,
      nulls: 1,
      invalid: 3,
      min: 0,
      max: 3,
      mean: 4 / 3,
      sample: [0, 1, 3],
      distinct: [
        [0, 1],
        [1, 1],
        [3, 1],
      ],
    });
    expect(x.stdev).toBeCloseTo(Math.sqrt(7 / 3), 14);
    expect(Object.is(x.sample![0], -0)).toBe(false);
  });

  it('keeps the deviation exact when the mean is huge next to the spread', () => {
    // 1e15 + {0,1,2,3}: naive Σx² − (Σx)²/n loses every digit here.
    const builder = new ProfileBuilder([{ name: 'x', kind: 'numeric' }]);
    for (let i = 0; i < 4000; i++) builder.addNumber(0, 1e15 + (i % 4));
    const x = builder.finish().columns[0] as NumericColumnStats;
    expect(x.mean).toBe(1e15 + 1.5);
    expect(x.stdev).toBe(Math.sqrt((1.25 * 4000) / 3999));
  });

  it('sums exactly where plain addition does not', () => {
    const sum = new ExactSum();
    for (const v of [1e100, 1, -1e100, 1e-30]) sum.add(v);
    expect(sum.canonical()).toEqual([1, 1e-30]);
    expect(sum.rounded()).toBe(1);
  });

  it('drops the sample above 1000 values and counts categories exactly', () => {
    const profile = profileOf(makeRows(3000, 1));
    const height = profile.columns[0] as NumericColumnStats;
    expect(height.sample).toBeNull();
    const species = profile.columns[1]!;
    expect(species.kind).toBe('categorical');
    if (species.kind !== 'categorical') return;
    expect(species.categories.reduce((n, [, c]) => n + c, 0)).toBe(species.count);
    expect(species.count + species.nulls).toBe(3000);
    expect(species.categories.map(([v]) => v)).toEqual(['setosa', 'versicolor', 'virginica', 'x']);
  });

  it('caps distinct categories and counts the rest in otherCount', () => {
    const builder = new ProfileBuilder([{ name: 'id', kind: 'categorical' }]);
    for (let i = 0; i < 10_005; i++) builder.addCategory(0, `id${i}`);
    builder.addCategory(0, 'id0');
    const id = builder.finish().columns[0]!;
    if (id.kind !== 'categorical') throw new Error('kind');
    expect(id.categories).toHaveLength(10_000);
    expect(id.otherCount).toBe(5);
    expect(id.categories[0]).toEqual(['id0', 2]);
  });
});

describe('mergeProfiles', () => {
  for (const size of [900, 5000]) {
    it(`merges three shards into exactly the one-pass profile (${size} rows)`, () => {
      const rows = makeRows(size, size);
      const whole = profileOf(rows);
      const cuts = [Math.floor(size * 0.2), Math.floor(size * 0.7)];
      const shards = [rows.slice(0, cuts[0]), rows.slice(cuts[0], cuts[1]), rows.slice(cuts[1])].map(profileOf);
      const merged = mergeProfiles(shards);
      expect(stored(merged)).toEqual(stored(whole));
      expect(serializeProfile(merged)).toBe(serializeProfile(whole));
      // The shards were truly summarised apart: their sums are not the whole's.
      expect((shards[0]!.columns[0] as NumericColumnStats).sum).not.toEqual((whole.columns[0] as NumericColumnStats).sum);
    });
  }

  it('is associative and commutative', () => {
    const [a, b, c] = [makeRows(700, 11), makeRows(400, 12), makeRows(2500, 13)].map(profileOf) as [Profile, Profile, Profile];
    const left = stored(mergeProfiles([mergeProfiles([a, b]), c]));
    expect(stored(mergeProfiles([a, mergeProfiles([b, c])]))).toEqual(left);
    expect(stored(mergeProfiles([c, a, b]))).toEqual(left);
    expect(stored(mergeProfiles([mergeProfiles([c, b]), a]))).toEqual(left);
  });

  it('stays exact when the sketch collapses its lowest buckets', () => {
    const random = mulberry32(5);
    const values = Array.from({ length: 3000 }, () => 10 ** (random() * 400 - 200));
    const build = (vs: number[]) => {
      const b = new ProfileBuilder([{ name: 'wide', kind: 'numeric' }]);
      for (const v of vs) b.addNumber(0, v);
      return b.finish();
    };
    const whole = build(values);
    const sketch = (whole.columns[0] as NumericColumnStats).sketch;
    expect(sketch.positive.counts.length).toBe(2048);
    expect(stored(mergeProfiles([build(values.slice(2000)), build(values.slice(0, 1000)), build(values.slice(1000, 2000))]))).toEqual(stored(whole));
  });

  it('refuses profiles of different columns and names the column', () => {
    const a = profileOf(makeRows(10, 1));
    const other = new ProfileBuilder([COLUMNS[0]!, { name: 'petal_width', kind: 'numeric' }, COLUMNS[2]!]).finish();
    expect(() => mergeProfiles([a, other])).toThrow(UserError);
    expect(() => mergeProfiles([a, other])).toThrow(/species \(categorical\).*petal_width/);
    expect(() => mergeProfiles([])).toThrow(UserError);
  });
});

describe('parseProfile and serializeProfile', () => {
  it('round-trips', () => {
    const profile = profileOf(makeRows(1200, 3));
    const text = serializeProfile(profile);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "rows": 1200,');
    const parsed = parseProfile(text, 'profiles/ref.json');
    expect(parsed).toEqual(JSON.parse(text));
    expect(serializeProfile(parsed)).toBe(text);
  });

  it('writes keys in a fixed order whatever order the object has', () => {
    const profile = profileOf(makeRows(50, 4));
    const shuffled = JSON.parse(JSON.stringify(profile), (_key, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    ) as Profile;
    expect(Object.keys(shuffled)[0]).toBe('columns');
    expect(serializeProfile(shuffled)).toBe(serializeProfile(profile));
  });

  it('names the file, line and field in errors', () => {
    const good = JSON.parse(serializeProfile(profileOf(makeRows(20, 5)))) as Record<string, unknown>;
    const fail = (text: string) => {
      try {
        parseProfile(text, 'ref/profile.json');
      } catch (error) {
        expect(error).toBeInstanceOf(UserError);
        return (error as Error).message;
      }
      throw new Error('parseProfile accepted bad input');
    };
    expect(fail('{\n  "format": "modelgate-profile",\n  oops\n}')).toMatch(/^ref\/profile\.json:3:\d+: not valid JSON/);
    expect(fail(JSON.stringify({ ...good, format: 'other' }))).toMatch(/^ref\/profile\.json: format must be 'modelgate-profile'/);
    expect(fail(JSON.stringify({ ...good, version: 2 }))).toMatch(/ref\/profile\.json: version must be 1.*has 2/);
    const columns = good.columns as Record<string, unknown>[];
    const badCount = { ...good, columns: [columns[0], { ...columns[1], count: -1 }] };
    expect(fail(JSON.stringify(badCount))).toMatch(/ref\/profile\.json: columns\[1\]\.count must be a whole number >= 0/);
    const badSketch = { ...good, columns: [{ ...columns[0], sketch: { ...(columns[0]!.sketch as object), zeros: 'many' } }] };
    expect(fail(JSON.stringify(badSketch))).toMatch(/columns\[0\]\.sketch\.zeros/);
    expect(fail(JSON.stringify({ ...good, columns: [{ ...columns[0], kind: 'text' }] }))).toMatch(/columns\[0\]\.kind must be 'numeric' or 'categorical'/);
  });
});

describe('quantile', () => {
  it('is within 1 % relative on a lognormal sample, from the sketch', () => {
    const random = mulberry32(42);
    const values = Array.from({ length: 20_000 }, () => Math.exp(1 + 1.5 * normal(random)));
    const builder = new ProfileBuilder([{ name: 'x', kind: 'numeric' }]);
    for (const v of values) builder.addNumber(0, v);
    const stats = builder.finish().columns[0]!;
    const sorted = [...values].sort((a, b) => a - b);
    for (const q of [0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1]) {
      const exact = sorted[Math.floor(q * (sorted.length - 1))]!;
      const estimate = quantile(stats, q)!;
      expect(Math.abs(estimate - exact) / exact).toBeLessThanOrEqual(0.01);
    }
  });

  it('is exact (linear interpolation) while the values are kept, and undefined where it cannot be', () => {
    const builder = new ProfileBuilder([
      { name: 'x', kind: 'numeric' },
      { name: 'c', kind: 'categorical' },
      { name: 'empty', kind: 'numeric' },
    ]);
    for (const v of [10, 1, 4, 2]) builder.addNumber(0, v);
    builder.addCategory(1, 'a');
    const [x, c, empty] = builder.finish().columns;
    expect(quantile(x!, 0.5)).toBe(3);
    expect(quantile(x!, 1)).toBe(10);
    expect(quantile(x!, 0.25)).toBeCloseTo(1.75, 12);
    expect(quantile(c!, 0.5)).toBeUndefined();
    expect(quantile(empty!, 0.5)).toBeUndefined();
  });
});

describe('addNumbers (a typed column at once) and addNumber (values held back and counted in batches)', () => {
  /** The stats of `values` computed here, value by value, from the definitions (not through the builder). */
  function reference(values: number[], nulls: Uint8Array | undefined): NumericColumnStats {
    const kept = values.filter((_, i) => nulls?.[i] !== 1);
    const valid = kept.filter((v) => Number.isFinite(v)).map((v) => v + 0);
    const sum = new ExactSum();
    const squares = new ExactSum();
    const sketch = new QuantileSketch();
    const distinct = new Map<number, number>();
    for (const v of valid) {
      sum.add(v);
      squares.addSquare(v);
      sketch.add(v);
      if (distinct.size <= MAX_DISTINCT) distinct.set(v, (distinct.get(v) ?? 0) + 1);
    }
    const tooLarge = valid.some((v) => Math.abs(v) >= 1e100);
    return numericStats('x', {
      count: valid.length,
      nulls: values.length - kept.length,
      invalid: kept.length - valid.length,
      min: valid.length > 0 ? Math.min(...valid) : null,
      max: valid.length > 0 ? Math.max(...valid) : null,
      sum: tooLarge ? null : sum.canonical(),
      sumSquares: tooLarge ? null : squares.canonical(),
      distinct: distinct.size > MAX_DISTINCT ? null : [...distinct].sort((a, b) => a[0] - b[0]),
      sample: valid.length <= MAX_SAMPLE ? [...valid].sort((a, b) => a - b) : null,
      sketch: sketch.toJson(),
    });
  }

  /** The profile of `values` added one by one (held back), and as columns cut at `cuts`. */
  function both(values: number[], nulls: Uint8Array | undefined, cuts: number[]): [Profile, Profile] {
    const one = new ProfileBuilder([{ name: 'x', kind: 'numeric' }]);
    values.forEach((v, i) => (nulls?.[i] === 1 ? one.addNull(0) : one.addNumber(0, v)));
    const bulk = new ProfileBuilder([{ name: 'x', kind: 'numeric' }]);
    const typed = Float64Array.from(values);
    const edges = [0, ...cuts, values.length];
    for (let k = 0; k + 1 < edges.length; k++) bulk.addNumbers(0, typed, nulls, edges[k] as number, edges[k + 1] as number);
    nulls?.forEach((n) => n === 1 && bulk.addNull(0));
    const [a, b] = [one.finish(), bulk.finish()];
    expect(a.columns[0]).toEqual(reference(values, nulls));
    return [a, b];
  }

  it('keeps the order of held values when a column is also given at once', () => {
    const builder = new ProfileBuilder([{ name: 'x', kind: 'numeric' }]);
    const values = Array.from({ length: 1500 }, (_, i) => (i * 37) % 1001);
    values.slice(0, 700).forEach((v) => builder.addNumber(0, v));
    builder.addNumbers(0, Float64Array.from(values.slice(700)), undefined, 0, 800);
    expect(builder.finish().columns[0]).toEqual(reference(values, undefined));
  });

  const random = mulberry32(7);
  const cases: Record<string, number[]> = {
    // Integers whose sums of squares need many runs (2^26 − 1 squared is near 2^52), with negatives.
    'integers near 2^26': Array.from({ length: 5000 }, (_, i) => (i % 2 ? -1 : 1) * (2 ** 26 - 1 - (i % 7))),
    'integers past 2^26 (summed one by one)': Array.from({ length: 3000 }, (_, i) => 2 ** 40 + i * 12345),
    'small integers with -0 and zeros': Array.from({ length: 4000 }, (_, i) => (i % 11 === 0 ? -0 : i % 5 === 0 ? 0 : Math.floor(random() * 200) - 100)),
    'ids 1..n': Array.from({ length: 20000 }, (_, i) => i + 1),
    'doubles with cents and full digits': Array.from({ length: 4000 }, (_, i) => (i % 2 ? Math.round(random() * 1e6) / 100 : random() * 1e9 - 5e8)),
    'a NaN and infinities (counted as invalid, one by one)': [1, 2, NaN, 3, Infinity, -Infinity, 4.5],
    'a value too large to sum': [1, 2, 1e150, 3],
    'subnormals and extremes': [5e-324, -5e-324, 2.2250738585072014e-308, 1e99, -1e99, 0.1],
    'few distinct values': Array.from({ length: 3000 }, (_, i) => i % 4),
  };
  for (const [name, values] of Object.entries(cases)) {
    it(`equals addNumber one by one: ${name}`, () => {
      const [one, bulk] = both(values, undefined, [Math.floor(values.length / 3), Math.floor(values.length / 2)]);
      expect(bulk).toEqual(one);
    });
  }

  it('skips nulls, which the caller counts', () => {
    const values = Array.from({ length: 3000 }, (_, i) => i * 3 - 1000);
    const nulls = Uint8Array.from(values, (_, i) => (i % 13 === 0 ? 1 : 0));
    const [one, bulk] = both(values, nulls, [1000]);
    expect(bulk).toEqual(one);
    expect((bulk.columns[0] as NumericColumnStats).nulls).toBe(Math.ceil(3000 / 13));
    expect((bulk.columns[0] as NumericColumnStats).count).toBe(3000 - Math.ceil(3000 / 13));
  });
});

describe('the sketch bucket of a value', () => {
  it('is the same from the slice table as from the logarithm, across magnitudes and at bucket edges', () => {
    const f = new Float64Array(1);
    const u = new Uint32Array(f.buffer);
    const hi = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
    const r = mulberry32(99);
    const values: number[] = [];
    for (let i = 0; i < 200_000; i++) {
      u[1 - hi] = Math.floor(r() * 2 ** 32) >>> 0;
      u[hi] = ((1 + Math.floor(r() * 0x7fe)) << 20) | Math.floor(r() * 2 ** 20);
      values.push(f[0] as number);
    }
    // The doubles next to bucket boundaries GAMMA^k, where a table could disagree with the logarithm.
    for (let k = -2000; k <= 2000; k += 7) {
      const edge = GAMMA ** k;
      for (let d = -3; d <= 3; d++) {
        const g = new Float64Array([edge]);
        new BigInt64Array(g.buffer)[0] = new BigInt64Array(g.buffer)[0]! + BigInt(d);
        values.push(g[0] as number);
      }
    }
    for (let v = 1; v <= 5000; v++) values.push(v, v + 0.5);
    const differ = values.filter((v) => fastBucketIndex(v) !== bucketIndex(v));
    expect(differ).toEqual([]);
  });
});

describe('addNumberCounts (a dictionary-encoded column counted by value)', () => {
  /** Rows drawn from `entries` by `pick`, profiled one by one and, past the first `head` rows, by value. */
  function byValue(entries: number[], pick: (i: number) => number, rows: number, head: number): [Profile, Profile, boolean] {
    const dictionary = Float64Array.from(entries);
    const picks = Array.from({ length: rows }, (_, i) => pick(i));
    const one = new ProfileBuilder([{ name: 'x', kind: 'numeric' }]);
    picks.forEach((k) => one.addNumber(0, dictionary[k] as number));
    const counted = new ProfileBuilder([{ name: 'x', kind: 'numeric' }]);
    picks.slice(0, head).forEach((k) => counted.addNumber(0, dictionary[k] as number));
    const counts = new Float64Array(entries.length);
    for (const k of picks.slice(head)) counts[k] = (counts[k] as number) + 1;
    const took = counted.addNumberCounts(0, dictionary, counts);
    if (!took) picks.slice(head).forEach((k) => counted.addNumber(0, dictionary[k] as number));
    return [one.finish(), counted.finish(), took];
  }

  const random = mulberry32(11);
  const cases: [string, number[]][] = [
    ['ages', Array.from({ length: 70 }, (_, i) => 18 + i)],
    ['days since 1970, before and after', Array.from({ length: 400 }, (_, i) => -5000 + i * 37)],
    ['integers near 2^53, whose products with a count need two doubles', [2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 52 + 3, 1, 0, -0]],
    ['integers around 2^26, whose squares round', [2 ** 26 + 1, 2 ** 27 - 1, -(2 ** 26 + 3), 94906267]],
    ['few distinct values (kept with their counts)', [3, 1, 2]],
  ];
  for (const [name, entries] of cases) {
    it(`equals adding the rows one by one: ${name}`, () => {
      const [one, counted, took] = byValue(entries, () => Math.floor(random() * entries.length), 5000, 1200);
      expect(took).toBe(true);
      expect(counted).toEqual(one);
    });
  }

  it('declines, changing nothing, while the sample is filling or for an entry that is not a safe integer', () => {
    const early = byValue([1, 2, 3], (i) => i % 3, 3000, 500);
    expect(early[2]).toBe(false);
    expect(early[1]).toEqual(early[0]);
    const fractional = byValue([1, 2.5, 3], (i) => i % 3, 3000, 1500);
    expect(fractional[2]).toBe(false);
    expect(fractional[1]).toEqual(fractional[0]);
    // An unused entry does not matter.
    const unused = byValue([1, 2.5, 3], (i) => (i % 2) * 2, 3000, 1500);
    expect(unused[2]).toBe(true);
    expect(unused[1]).toEqual(unused[0]);
  });
});

describe('addBoolean', () => {
  it('counts as the texts true and false would, also across finish() calls and mixed with counted texts', () => {
    const texts = new ProfileBuilder([{ name: 'b', kind: 'categorical' }]);
    const booleans = new ProfileBuilder([{ name: 'b', kind: 'categorical' }]);
    const values = Array.from({ length: 50 }, (_, i) => i % 3 === 0);
    values.slice(0, 20).forEach((v) => texts.addCategory(0, String(v)));
    values.slice(0, 20).forEach((v) => booleans.addBoolean(0, v));
    expect(booleans.finish()).toEqual(texts.finish());
    values.slice(20).forEach((v) => texts.addCategory(0, String(v)));
    // A Parquet boolean column is counted by value through the texts' bytes.
    booleans.addCategoryBytes(0, Buffer.from('true'), 0, 4, values.slice(20).filter(Boolean).length);
    values.slice(20).forEach((v) => !v && booleans.addBoolean(0, v));
    expect(booleans.finish()).toEqual(texts.finish());
    expect(booleans.finish().columns[0]).toMatchObject({
      count: 50,
      categories: [
        ['false', 33],
        ['true', 17],
      ],
    });
  });
});
