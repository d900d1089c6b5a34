import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RUNS, MIN_RUN } from '../../src/data/unique-runs.js';
import { UniqueIndex } from '../../src/data/unique.js';
import { mulberry32 } from '../helpers/random.js';

/**
 * A numeric key added with addNumber (kept as runs where it can be) must give exactly what the same
 * keys give added one by one as their 8 bytes: the same count and the same earliest examples.
 */

const dir = mkdtempSync(join(tmpdir(), 'mg-runs-'));

/** A key as it is seen: value, source, row number, line (0 when the format has none). */
type Seen = [value: number, source: number, row: number, line: number];

function found(keys: readonly Seen[], numbers: boolean, memoryBytes = 1 << 20) {
  const index = new UniqueIndex({ dir, name: `t${Math.random().toString(36).slice(2)}`, partitions: 8, memoryBytes });
  const bytes = new Float64Array(1);
  for (const [v, source, row, line] of keys) {
    if (numbers) index.addNumber(v, source, row, line);
    else {
      bytes[0] = v;
      index.add(new Uint8Array(bytes.buffer), 0, 8, source, row, line);
    }
  }
  const result = index.finish(25);
  index.dispose();
  expect(index.count).toBe(keys.length);
  return { count: result.count, examples: result.examples.map((d) => ({ ...d, key: new Float64Array(new Uint8Array(d.key).buffer)[0] })) };
}

/** Rows 2.. of one source, lines as rows (CSV without line breaks in cells) or 0 (Parquet). */
const rowsOf = (values: number[], source = 0, lines = true, firstRow = 2): Seen[] => values.map((v, i) => [v, source, firstRow + i, lines ? firstRow + i : 0]);
const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

const cases: Record<string, Seen[]> = {
  'ids 1..n, no repeats': rowsOf(range(1, 5000)),
  'ids with one repeat planted inside the run': rowsOf([...range(1, 3000), 17, ...range(3001, 2000)]),
  'a repeat of a later id, before it': rowsOf([...range(1, 100), 4000, ...range(101, 5000)]),
  'two files with overlapping ranges': [...rowsOf(range(1, 3000), 0), ...rowsOf(range(2001, 3000), 1)],
  'three overlapping runs (a value three times)': [...rowsOf(range(1, 200)), ...rowsOf(range(150, 200), 1), ...rowsOf(range(100, 120), 2)],
  'a run that restarts (the file repeated)': rowsOf([...range(1, 1000), ...range(1, 1000)]),
  'runs broken by a line break in a row (lines jump)': range(1, 3000).map((v, i): Seen => [v, 0, i + 2, i + 2 + (i > 1500 ? 1 : 0)]),
  'Parquet rows (no lines)': rowsOf([...range(10, 4000), 500, 20], 0, false),
  'short runs, under the length kept': rowsOf(Array.from({ length: 4000 }, (_, i) => Math.floor(i / (MIN_RUN - 1)) * 1000 + (i % (MIN_RUN - 1)))),
  'negative, fractional and huge keys between runs': rowsOf([-5, -4, -3, 0.5, 2 ** 53, 2 ** 53, ...range(-100, 300), -3, 1e300, 0.5]),
  'descending ids (no runs)': rowsOf(range(1, 3000).reverse()),
};
const random = mulberry32(11);
cases['random ids with runs and repeats'] = rowsOf(Array.from({ length: 40 }, () => range(Math.floor(random() * 5000), 10 + Math.floor(random() * 300))).flat());

describe('UniqueIndex with numeric keys in runs', () => {
  for (const [name, keys] of Object.entries(cases)) {
    it(`finds what byte keys find: ${name}`, () => {
      const expected = found(keys, false);
      const actual = found(keys, true);
      expect(actual).toEqual(expected);
    });
  }

  it('finds the planted repeats at their rows', () => {
    const result = found(cases['ids with one repeat planted inside the run'] as Seen[], true);
    expect(result.count).toBe(1);
    expect(result.examples.map((d) => [d.key, d.first.rowNumber, d.again.rowNumber])).toEqual([[17, 18, 3002]]);
    const overlap = found(cases['two files with overlapping ranges'] as Seen[], true);
    expect(overlap.count).toBe(1000);
    expect(overlap.examples[0]).toMatchObject({ key: 2001, first: { source: 0, rowNumber: 2002 }, again: { source: 1, rowNumber: 2 } });
  });

  it('spills to disk as byte keys do, with the runs kept in memory', () => {
    const keys = [...rowsOf(Array.from({ length: 20000 }, (_, i) => (i * 7919) % 20011)), ...rowsOf(range(1, 20000), 1), ...rowsOf([5, 19999], 2)];
    expect(found(keys, true, 4096)).toEqual(found(keys, false, 4096));
  });

  it('keeps at most MAX_RUNS runs and takes later ones key by key', () => {
    const keys = rowsOf(Array.from({ length: MAX_RUNS + 50 }, (_, r) => range(r * 100, MIN_RUN)).flat());
    keys.push([MAX_RUNS * 100 + 3, 0, keys.length + 2, keys.length + 2]);
    expect(found(keys, true)).toEqual(found(keys, false));
  }, 60_000);

  it('leaves no files behind', () => {
    expect(readdirSync(dir).filter((f) => f.endsWith('.spill'))).toEqual([]);
  });
});
