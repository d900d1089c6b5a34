// From two predictions files to the paired data one statistic needs: per-example values (correctness,
// errors, losses, scores) or classes, aligned by example id. Every problem is a UserError naming the
// file and the example, since these files come from training code, which a pull request controls.
import { UserError } from './errors.js';
import { alignPairs, type PairedExamples, type PredictionRow } from './stats/paired.js';

/**
 * Per-example predictions of one model on an eval set, by column: one entry per example, in file
 * order. `id` is required and unique: it is what pairs the challenger's examples with the champion's.
 */
export interface Predictions {
  /** The file as shown in messages. */
  display: string;
  ids: string[];
  /** The true label (classification) or target (regression), as text. */
  label?: string[];
  /** The predicted label or value, as text. */
  prediction?: string[];
  /** Probability of the positive class (binary), for AUC and log loss. */
  score?: Float64Array;
  /** `prob.<class>` columns: each class's probability (multiclass log loss). */
  probs?: { classes: string[]; values: Float64Array[] };
  /** A per-example value the user computed (a loss, a correctness, a judge score). */
  value?: Float64Array;
  weight?: Float64Array;
  /** Examples that are not independent (a user, a conversation, a passage): resampled together. */
  cluster?: string[];
}

/** What a paired test measures on the predictions. */
export const STATISTICS = ['accuracy', 'f1', 'precision', 'recall', 'auc', 'log-loss', 'rmse', 'mse', 'mae', 'mean'] as const;
export type Statistic = (typeof STATISTICS)[number];

/** Which direction is better for each statistic (`mean` takes the rule's `better`). */
export const STATISTIC_BETTER: Record<Exclude<Statistic, 'mean'>, 'higher' | 'lower'> = {
  accuracy: 'higher',
  f1: 'higher',
  precision: 'higher',
  recall: 'higher',
  auc: 'higher',
  'log-loss': 'lower',
  rmse: 'lower',
  mse: 'lower',
  mae: 'lower',
};

/** Statistics that are proportions, reported in percentage points. */
export const PROPORTIONS: ReadonlySet<Statistic> = new Set(['accuracy', 'f1', 'precision', 'recall', 'auc']);

const NAME_STATISTIC: [RegExp, Statistic][] = [
  [/^(acc|accuracy)$/, 'accuracy'],
  [/^(f1|f1[_-]?(score|macro)|macro[_-]?f1)$/, 'f1'],
  [/^precision$/, 'precision'],
  [/^recall$/, 'recall'],
  [/^(auc|roc[_-]?auc|auroc)$/, 'auc'],
  [/^(log[_-]?loss|nll|cross[_-]?entropy)$/, 'log-loss'],
  [/^rmse$/, 'rmse'],
  [/^mse$/, 'mse'],
  [/^mae$/, 'mae'],
];

/** The statistic a metric's name stands for (its last dotted part: `eval.accuracy` → accuracy), if any. */
export function statisticOfName(name: string): Statistic | undefined {
  const last = (name.split('.').pop() ?? name).toLowerCase();
  return NAME_STATISTIC.find(([pattern]) => pattern.test(last))?.[1];
}

/** The two sides of a comparison, with the names their messages use. */
export interface PredictionSides {
  champion: Predictions;
  challenger: Predictions;
}

const few = (ids: readonly string[]) =>
  ids
    .slice(0, 3)
    .map((id) => JSON.stringify(id))
    .join(', ') + (ids.length > 3 ? ` and ${ids.length - 3} more` : '');

function need<K extends 'label' | 'prediction' | 'score' | 'value'>(p: Predictions, column: K, statistic: Statistic): NonNullable<Predictions[K]> {
  const have = p[column];
  if (have === undefined) throw new UserError(`${p.display}: the statistic '${statistic}' needs a '${column}' column, which this predictions file lacks`, { file: p.display });
  return have as NonNullable<Predictions[K]>;
}

/** The positive class of a binary task: `class` when given, else `1` or `true` when those are the labels. */
function positiveClass(p: Predictions, given: string | undefined, statistic: Statistic): string {
  const labels = need(p, 'label', statistic);
  const seen = [...new Set(labels)];
  if (given !== undefined) {
    // A misspelt class would score every example as the other class, and the test would still run.
    if (!seen.includes(given)) throw new UserError(`${p.display}: the rule's 'class: ${given}' is not among the labels (${few(seen)})`, { file: p.display });
    return given;
  }
  const positive = seen.find((l) => l === '1' || l.toLowerCase() === 'true');
  if (positive !== undefined && seen.length <= 2) return positive;
  throw new UserError(
    `${p.display}: '${statistic}' from a score needs the positive class: the labels are ${few(seen)}; give the rule 'class: <the label the score is the probability of>'`,
    { file: p.display },
  );
}

function numeric(p: Predictions, column: 'label' | 'prediction', statistic: Statistic): Float64Array {
  const cells = need(p, column, statistic);
  const out = new Float64Array(cells.length);
  const bad: string[] = [];
  cells.forEach((cell, i) => {
    const n = cell.trim() === '' ? NaN : Number(cell);
    if (Number.isFinite(n)) out[i] = n;
    else bad.push(p.ids[i] as string);
  });
  if (bad.length > 0)
    throw new UserError(`${p.display}: '${statistic}' needs a numeric '${column}'; example${bad.length === 1 ? '' : 's'} ${few(bad)} ${bad.length === 1 ? 'has' : 'have'} none`, {
      file: p.display,
    });
  return out;
}

/** Each example's predicted class: the `prediction` column, else the most probable `prob.<class>`. */
function predictedClasses(p: Predictions, statistic: Statistic): string[] {
  if (p.prediction) return p.prediction;
  if (p.probs) {
    const { classes, values } = p.probs;
    return p.ids.map((_, i) => {
      let best = 0;
      for (let k = 1; k < classes.length; k++) if ((values[k] as Float64Array)[i]! > (values[best] as Float64Array)[i]!) best = k;
      return classes[best] as string;
    });
  }
  return need(p, 'prediction', statistic);
}

const EPSILON = 1e-15;
const clip = (q: number) => Math.min(1 - EPSILON, Math.max(EPSILON, q));

/** Per-example log loss: −log p(true class), p clipped to [1e-15, 1 − 1e-15] as scikit-learn does. */
function logLosses(p: Predictions, positive: string | undefined): Float64Array {
  const labels = need(p, 'label', 'log-loss');
  if (p.probs) {
    const column = new Map(p.probs.classes.map((c, k) => [c, p.probs?.values[k] as Float64Array]));
    const missing = [...new Set(labels.filter((l) => !column.has(l)))];
    if (missing.length > 0) throw new UserError(`${p.display}: 'log-loss' needs a 'prob.<class>' column for every label; none for ${few(missing)}`, { file: p.display });
    return Float64Array.from(labels, (l, i) => -Math.log(clip((column.get(l) as Float64Array)[i] as number)));
  }
  const score = need(p, 'score', 'log-loss');
  const target = positiveClass(p, positive, 'log-loss');
  return Float64Array.from(labels, (l, i) => -Math.log(clip(l === target ? (score[i] as number) : 1 - (score[i] as number))));
}

/** The per-example values a mean statistic averages (rmse: squared errors, whose mean's root it takes). */
export function exampleValues(p: Predictions, statistic: Statistic, positive?: string): Float64Array {
  switch (statistic) {
    case 'accuracy': {
      const labels = need(p, 'label', statistic);
      const predicted = predictedClasses(p, statistic);
      return Float64Array.from(labels, (l, i) => (l === predicted[i] ? 1 : 0));
    }
    case 'rmse':
    case 'mse':
    case 'mae': {
      const truth = numeric(p, 'label', statistic);
      const predicted = p.prediction ? numeric(p, 'prediction', statistic) : need(p, 'score', statistic);
      return Float64Array.from(truth, (t, i) => (statistic === 'mae' ? Math.abs((predicted[i] as number) - t) : ((predicted[i] as number) - t) ** 2));
    }
    case 'log-loss':
      return logLosses(p, positive);
    case 'auc':
      return need(p, 'score', statistic);
    case 'mean':
      return need(p, 'value', statistic);
    default:
      throw new RangeError(`exampleValues: '${statistic}' is not a mean statistic`);
  }
}

/** Rows for {@link alignPairs}: the example's value or classes, and its weight and cluster. */
function rows(p: Predictions, statistic: Statistic, positive: string | undefined, withWeights: boolean): PredictionRow[] {
  const counted = statistic === 'f1' || statistic === 'precision' || statistic === 'recall';
  const values = counted ? undefined : exampleValues(p, statistic, positive);
  const labels = counted || statistic === 'auc' ? need(p, 'label', statistic) : undefined;
  const predicted = counted ? predictedClasses(p, statistic) : undefined;
  return p.ids.map((id, i) => ({
    id,
    value: values?.[i],
    label: labels?.[i],
    prediction: predicted?.[i],
    weight: withWeights ? p.weight?.[i] : undefined,
    cluster: withWeights ? p.cluster?.[i] : undefined,
  }));
}

/**
 * Pairs the champion's and the challenger's predictions for one statistic. Different example ids, an
 * id given twice, or labels, weights or clusters that differ between the two files are refused: the
 * two sides must be scored on the same eval set. `plain` leaves weights and clusters out (McNemar and
 * DeLong count examples).
 */
export function pairFor(sides: PredictionSides, statistic: Statistic, positive: string | undefined, plain = false): PairedExamples {
  const names = { champion: `baseline's (${sides.champion.display})`, challenger: `candidate's (${sides.challenger.display})` };
  return alignPairs(rows(sides.champion, statistic, positive, !plain), rows(sides.challenger, statistic, positive, !plain), names);
}

/** The binary label of each aligned example (1 = the positive class), for DeLong. */
export function binaryLabels(data: PairedExamples, sides: PredictionSides, positive: string | undefined): Uint8Array {
  const target = positiveClass(sides.challenger, positive, 'auc');
  const classes = data.classes ?? [];
  const at = classes.indexOf(target);
  if (at < 0) throw new UserError(`${sides.challenger.display}: the positive class '${target}' is not among the labels`, { file: sides.challenger.display });
  return Uint8Array.from(data.labels ?? [], (l) => (l === at ? 1 : 0));
}
