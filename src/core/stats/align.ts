// Pairs two models' per-example results by example id. A paired test is only valid when both models
// were scored on the same examples, so a mismatch is refused here, loudly, rather than by quietly
// comparing the intersection (which hides an eval set that changed under one of the models).
import { UserError } from '../errors.js';

/**
 * One eval example as one model scored it. `id` pairs the two models' rows; the other fields are
 * optional, but each is given for every row of a set or for none.
 */
export interface PredictionRow {
  /** The example's id; compared as a string, so 7 and "7" are the same example. */
  id: string | number;
  /** The per-example metric value for mean metrics: 1/0 correctness, log loss, absolute or squared error, a judge score. */
  value?: number;
  /** The true class, for count metrics (F1, precision, recall). A property of the example: both sets must agree where both give it. */
  label?: string | number;
  /** The predicted class, for count metrics. */
  prediction?: string | number;
  /** The example's weight (>= 0, default 1). A property of the example, like `label`. */
  weight?: number;
  /** The example's cluster (user, conversation, document) for a cluster bootstrap. A property of the example, like `label`. */
  cluster?: string | number;
}

/**
 * Two models' results on the same examples, column by column, in the order of `ids` (sorted by code
 * unit, so the order, and with it a seeded bootstrap, does not depend on the order rows arrived in).
 * Build it with {@link alignPairs}, or directly from arrays of length `ids.length`.
 */
export interface PairedExamples {
  readonly ids: readonly string[];
  /** Per-example values of the champion (the model in production) and the challenger, for mean metrics. */
  readonly championValues?: Float64Array;
  readonly challengerValues?: Float64Array;
  /** Class names; `labels` and the predictions index into it. Sorted; the union of labels and both models' predictions. */
  readonly classes?: readonly string[];
  readonly labels?: Int32Array;
  readonly championPredictions?: Int32Array;
  readonly challengerPredictions?: Int32Array;
  readonly weights?: Float64Array;
  /** Cluster names, sorted; `clusters` indexes into it. Given, the bootstrap resamples clusters, not examples. */
  readonly clusterIds?: readonly string[];
  readonly clusters?: Int32Array;
}

/** What the two sets are called in error messages, e.g. "baseline (main)" and "this branch". */
export interface PairNames {
  champion: string;
  challenger: string;
}

const SHOWN = 5;

/** A few items for a message: up to five, JSON-quoted, then how many more. */
function few(items: readonly string[]): string {
  const shown = items.slice(0, SHOWN).map((id) => JSON.stringify(id));
  return items.length > SHOWN ? `${shown.join(', ')} and ${items.length - SHOWN} more` : shown.join(', ');
}

/** The rows sorted by id (code-unit order), refusing an id that repeats. Sorting, not a Map: at 10^6 rows it is 10× faster. */
function sortById(rows: readonly PredictionRow[], name: string): { ids: string[]; rows: PredictionRow[] } {
  const keyed = rows.map((row) => ({ id: String(row.id), row }));
  keyed.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const duplicates: string[] = [];
  for (let i = 1; i < keyed.length; i++) {
    const id = (keyed[i] as { id: string }).id;
    if (id === (keyed[i - 1] as { id: string }).id && id !== duplicates[duplicates.length - 1]) duplicates.push(id);
  }
  if (duplicates.length > 0) {
    const count = `${duplicates.length} example id${duplicates.length === 1 ? '' : 's'}`;
    throw new UserError(`The ${name} predictions list ${count} more than once (${few(duplicates)}); each example must appear once per set.`);
  }
  return { ids: keyed.map((k) => k.id), rows: keyed.map((k) => k.row) };
}

/** The ids only in `a` and only in `b`, two sorted lists of distinct ids, by one merge. */
function difference(a: readonly string[], b: readonly string[]): { onlyA: string[]; onlyB: string[] } {
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      i++;
      j++;
    } else if (y === undefined || (x !== undefined && x < y)) {
      onlyA.push(x as string);
      i++;
    } else {
      onlyB.push(y);
      j++;
    }
  }
  return { onlyA, onlyB };
}

/** Every row or no row has `field` in this set; returns whether all do. */
function allOrNone(ids: readonly string[], rows: readonly PredictionRow[], field: keyof PredictionRow, name: string): boolean {
  const lacking = ids.filter((_, i) => (rows[i] as PredictionRow)[field] === undefined);
  if (lacking.length === 0) return true;
  if (lacking.length === ids.length) return false;
  const which = `${lacking.length} of ${ids.length} (${few(lacking)})`;
  throw new UserError(`The ${name} predictions give '${field}' for some examples but not for ${which}; give it for every example or for none.`);
}

/** An example property (label, weight, cluster) from whichever set gives it, refusing disagreement. */
function exampleProperty(ids: readonly string[], a: readonly PredictionRow[], b: readonly PredictionRow[], field: 'label' | 'weight' | 'cluster', names: PairNames) {
  const inA = allOrNone(ids, a, field, names.champion);
  const inB = allOrNone(ids, b, field, names.challenger);
  if (!inA && !inB) return undefined;
  const values = (inA ? a : b).map((row) => row[field] as string | number);
  if (inA && inB) {
    const differ = ids.map((id, i) => ({ id, x: (a[i] as PredictionRow)[field], y: (b[i] as PredictionRow)[field] })).filter(({ x, y }) => String(x) !== String(y));
    if (differ.length > 0) {
      const shown = differ.slice(0, SHOWN).map(({ id, x, y }) => `${JSON.stringify(id)}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
      throw new UserError(
        `The ${names.champion} and ${names.challenger} predictions disagree on '${field}' for ${differ.length} example${differ.length === 1 ? '' : 's'} (${shown.join(', ')}${differ.length > SHOWN ? ', …' : ''}); it describes the example, so it must be the same in both.`,
      );
    }
  }
  return values;
}

function numbers(ids: readonly string[], values: readonly unknown[], field: string, name: string, min = -Infinity): Float64Array {
  const out = new Float64Array(values.length);
  const bad: string[] = [];
  values.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min) bad.push(ids[i] as string);
    else out[i] = v;
  });
  if (bad.length > 0) {
    throw new UserError(`The ${name} '${field}' must be a finite number${min === 0 ? ' >= 0' : ''}; ${bad.length} example${bad.length === 1 ? ' is' : 's are'} not (${few(bad)}).`);
  }
  return out;
}

/** Sorted distinct names, and each value's index among them. */
function codes(columns: readonly (readonly (string | number)[])[]): { names: string[]; coded: Int32Array[] } {
  const names = [...new Set(columns.flatMap((c) => c.map(String)))].sort();
  const position = new Map(names.map((n, i) => [n, i]));
  return { names, coded: columns.map((c) => Int32Array.from(c, (v) => position.get(String(v)) as number)) };
}

/**
 * Pairs the champion's and the challenger's rows by `id`. Throws a {@link UserError} when the two sets
 * do not cover exactly the same examples (naming how many ids are only in one set, and the first few
 * of them), when an id repeats within a set, when a field is given for some rows of a set but not all,
 * or when the sets disagree on an example's label, weight or cluster.
 */
export function alignPairs(
  champion: readonly PredictionRow[],
  challenger: readonly PredictionRow[],
  names: PairNames = { champion: 'champion', challenger: 'challenger' },
): PairedExamples {
  const { ids, rows: a } = sortById(champion, names.champion);
  const { ids: idsB, rows: b } = sortById(challenger, names.challenger);
  const { onlyA, onlyB } = difference(ids, idsB);
  if (onlyA.length > 0 || onlyB.length > 0) {
    const parts = [];
    if (onlyA.length > 0) parts.push(`${onlyA.length} id${onlyA.length === 1 ? '' : 's'} only in ${names.champion} (${few(onlyA)})`);
    if (onlyB.length > 0) parts.push(`${onlyB.length} only in ${names.challenger} (${few(onlyB)})`);
    throw new UserError(
      `The ${names.champion} and ${names.challenger} predictions cover different examples: ${parts.join(', ')}; ${ids.length - onlyA.length} in both. A paired comparison needs both models scored on the same examples: score them on one eval set.`,
    );
  }
  if (ids.length === 0) throw new UserError(`The ${names.champion} and ${names.challenger} predictions are empty; there is nothing to compare.`);

  const onBothSides = (field: 'value' | 'prediction') => {
    const inA = allOrNone(ids, a, field, names.champion);
    const inB = allOrNone(ids, b, field, names.challenger);
    const [has, lacks] = inA ? [names.champion, names.challenger] : [names.challenger, names.champion];
    if (inA !== inB) throw new UserError(`The ${has} predictions give '${field}' and the ${lacks} do not; give it in both or neither.`);
    return inA;
  };
  const hasValueA = onBothSides('value');
  const hasPredA = onBothSides('prediction');
  const labels = exampleProperty(ids, a, b, 'label', names);
  if (hasPredA && labels === undefined) throw new UserError(`The predictions give 'prediction' but no 'label'; count metrics need the true class of every example.`);
  const weights = exampleProperty(ids, a, b, 'weight', names);
  const clusters = exampleProperty(ids, a, b, 'cluster', names);

  const out: { -readonly [K in keyof PairedExamples]: PairedExamples[K] } = { ids };
  if (hasValueA) {
    out.championValues = numbers(
      ids,
      a.map((row) => row.value),
      'value',
      names.champion,
    );
    out.challengerValues = numbers(
      ids,
      b.map((row) => row.value),
      'value',
      names.challenger,
    );
  }
  if (labels !== undefined) {
    const columns = [labels];
    if (hasPredA)
      columns.push(
        a.map((row) => row.prediction as string | number),
        b.map((row) => row.prediction as string | number),
      );
    const { names: classes, coded } = codes(columns);
    out.classes = classes;
    out.labels = coded[0];
    if (hasPredA) [out.championPredictions, out.challengerPredictions] = [coded[1], coded[2]];
  }
  if (weights !== undefined) out.weights = numbers(ids, weights, 'weight', 'example', 0);
  if (clusters !== undefined) {
    const { names: clusterIds, coded } = codes([clusters]);
    out.clusterIds = clusterIds;
    out.clusters = coded[0];
  }
  return out;
}
