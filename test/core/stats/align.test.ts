// Pairing two prediction sets by example id, and the errors a user sees when the sets do not pair.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/errors.js';
import { alignPairs, pairedBootstrap, type PredictionRow } from '../../../src/core/stats/paired.js';

const rows = (ids: (string | number)[], extra: (i: number) => Partial<PredictionRow> = () => ({})): PredictionRow[] => ids.map((id, i) => ({ id, value: i % 2, ...extra(i) }));

function errorOf(f: () => unknown): UserError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected a UserError');
}

describe('alignPairs', () => {
  it('pairs rows by id whatever their order, sorted by id, ids compared as strings', () => {
    const champion = rows(['b', 'a', 3]);
    const challenger: PredictionRow[] = [
      { id: '3', value: 0.5 },
      { id: 'a', value: 0.25 },
      { id: 'b', value: 1 },
    ];
    const paired = alignPairs(champion, challenger);
    expect(paired.ids).toEqual(['3', 'a', 'b']);
    expect(Array.from(paired.championValues!)).toEqual([0, 1, 0]);
    expect(Array.from(paired.challengerValues!)).toEqual([0.5, 0.25, 1]);
  });

  it('refuses id sets that differ, naming counts and the first few ids on each side', () => {
    const champion = rows(Array.from({ length: 20 }, (_, i) => `ex${i}`));
    const challenger = rows([...Array.from({ length: 12 }, (_, i) => `ex${i}`), 'new1', 'new2']);
    const error = errorOf(() => alignPairs(champion, challenger, { champion: 'baseline (main)', challenger: 'this branch' }));
    const differ = '8 ids only in baseline (main) ("ex12", "ex13", "ex14", "ex15", "ex16" and 3 more), 2 only in this branch ("new1", "new2"); 12 in both.';
    expect(error.message).toBe(
      `The baseline (main) and this branch predictions cover different examples: ${differ} A paired comparison needs both models scored on the same examples: score them on one eval set.`,
    );
  });

  it('refuses an id set that only gained ids, and one that only lost some', () => {
    const gained = errorOf(() => alignPairs(rows(['a']), rows(['a', 'b']))).message;
    expect(gained).toMatch(/^The champion and challenger predictions cover different examples: 1 only in challenger \("b"\); 1 in both\./);
    expect(errorOf(() => alignPairs(rows(['a', 'b']), rows(['a']))).message).toMatch(/: 1 id only in champion \("b"\); 1 in both\./);
  });

  it('refuses ids repeated within a set', () => {
    expect(errorOf(() => alignPairs(rows(['a', 'b', 'a', 'c', 'c']), rows(['a', 'b', 'c']))).message).toBe(
      'The champion predictions list 2 example ids more than once ("a", "c"); each example must appear once per set.',
    );
  });

  it('refuses a field given for some rows only, or in one set only', () => {
    const partial = rows(['a', 'b', 'c'], (i) => (i === 0 ? { weight: 2 } : {}));
    expect(errorOf(() => alignPairs(partial, rows(['a', 'b', 'c']))).message).toMatch(/give 'weight' for some examples but not for 2 of 3 \("b", "c"\)/);
    const noValues = [{ id: 'a' }, { id: 'b' }];
    expect(errorOf(() => alignPairs(rows(['a', 'b']), noValues)).message).toMatch(/The champion predictions give 'value' and the challenger do not/);
  });

  it('refuses sets that disagree on what an example is (label, weight, cluster), and takes it from either set', () => {
    const a = rows(['x', 'y'], (i) => ({ label: 'cat', prediction: 'cat', cluster: `u${i}` }));
    const b = rows(['x', 'y'], (i) => ({ label: i === 0 ? 'cat' : 'dog', prediction: 'dog' }));
    expect(errorOf(() => alignPairs(a, b)).message).toMatch(/disagree on 'label' for 1 example \("y": "cat" vs "dog"\)/);
    const paired = alignPairs(
      a,
      rows(['x', 'y'], () => ({ prediction: 'dog' })),
    );
    expect(paired.classes).toEqual(['cat', 'dog']);
    expect([Array.from(paired.labels!), Array.from(paired.championPredictions!), Array.from(paired.challengerPredictions!)]).toEqual([
      [0, 0],
      [0, 0],
      [1, 1],
    ]);
    expect(paired.clusterIds).toEqual(['u0', 'u1']);
  });

  it('refuses values that are not finite numbers, negative weights, empty sets, predictions without labels', () => {
    expect(errorOf(() => alignPairs([{ id: 'a', value: NaN }], [{ id: 'a', value: 1 }])).message).toMatch(/'value' must be a finite number; 1 example is not \("a"\)/);
    expect(
      errorOf(() =>
        alignPairs(
          rows(['a'], () => ({ weight: -1 })),
          rows(['a']),
        ),
      ).message,
    ).toMatch(/'weight' must be a finite number >= 0/);
    expect(errorOf(() => alignPairs([], [])).message).toMatch(/empty/);
    expect(errorOf(() => alignPairs([{ id: 'a', prediction: 1 }], [{ id: 'a', prediction: 2 }])).message).toMatch(/no 'label'/);
  });

  it('gives the same seeded bootstrap whatever order the rows came in', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `q${i}`);
    const champion = ids.map((id, i) => ({ id, value: (i * 7919) % 3 === 0 ? 0 : 1 }));
    const challenger = ids.map((id, i) => ({ id, value: (i * 104729) % 4 === 0 ? 0 : 1 }));
    const options = { metric: { kind: 'mean' as const }, resamples: 200, seed: 9 };
    const inOrder = pairedBootstrap(alignPairs(champion, challenger), options);
    const shuffled = pairedBootstrap(alignPairs([...champion].reverse(), [...challenger.slice(100), ...challenger.slice(0, 100)]), options);
    expect(shuffled).toEqual(inOrder);
  });
});

describe('what the bootstrap refuses', () => {
  const paired = alignPairs(
    rows(['a', 'b'], () => ({ label: 'x', prediction: 'x' })),
    rows(['a', 'b'], () => ({ label: 'x', prediction: 'y' })),
  );
  it('names a class that no label or prediction has, a metric the data cannot give, negative squared errors', () => {
    expect(errorOf(() => pairedBootstrap(paired, { metric: { kind: 'f1', class: 'z' } })).message).toMatch(/names class "z", which no label or prediction has \(classes: x, y\)/);
    const values = (a: number[], b: number[]) => ({ ids: a.map((_, i) => `e${i}`), championValues: Float64Array.from(a), challengerValues: Float64Array.from(b) });
    expect(errorOf(() => pairedBootstrap(values([1], [1]), { metric: { kind: 'f1' } })).message).toMatch(/needs 'label' and both models' 'prediction'/);
    expect(errorOf(() => pairedBootstrap(values([-1], [1]), { metric: { kind: 'rmse' } })).message).toMatch(/squared errors/);
    const short = { ...values([1, 2], [1, 2]), championValues: Float64Array.of(1) };
    expect(errorOf(() => pairedBootstrap(short, { metric: { kind: 'mean' } })).message).toMatch(/'championValues' has 1 entries for 2 ids/);
    expect(() => pairedBootstrap(paired, { metric: { kind: 'f1' }, resamples: 0 })).toThrow(RangeError);
  });
});
