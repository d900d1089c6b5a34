import { readFile } from 'node:fs/promises';
import { verdictOf, type CandidateFailure, type Comparison, type ComparisonRow, type Verdict } from './compare.js';
import { UserError } from './errors.js';
import type { BaselineInfo } from './report.js';

/**
 * The comparison file: what compare-metrics saves beside its report, enough to render and post it again
 * elsewhere (a fork PR's `workflow_run`) and to gate a promotion (deploy-model). One shape, one reader.
 */
export interface ComparisonBundle {
  kind: 'modelgate/comparison';
  version: 1;
  key: string;
  title: string;
  changeRequest?: number;
  sha?: string;
  runUrl?: string;
  failOn: 'fail' | 'warn' | 'never';
  /** The run-level verdict; `no-baseline` when nothing was there to compare with. */
  verdict?: Verdict;
  baseline?: BaselineInfo;
  rows: ComparisonRow[];
  unusedRules?: string[];
  /** The candidate came from a failed training run: the verdict is `fail` whatever the rows say. */
  candidateFailure?: CandidateFailure;
}

const NON_FINITE = new Set(['NaN', 'Infinity', '-Infinity']);

/** Serialises a bundle; JSON has no NaN or infinities, so they are written as their names. */
export function bundleJson(bundle: ComparisonBundle): string {
  return `${JSON.stringify(bundle, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v), 2)}\n`;
}

/** Whether a verdict reaches the `fail-on` level. */
export function reaches(verdict: Verdict, failOn: ComparisonBundle['failOn']): boolean {
  return failOn === 'fail' ? verdict === 'fail' : failOn === 'warn' ? verdict !== 'pass' : false;
}

/**
 * Recounts a comparison from its rows; a saved verdict can only make it worse (a saved pass never
 * hides failing rows, a saved `no-baseline` stays one, a saved `fail` stays one), and a candidate from
 * a failed training run fails.
 */
export function fromRows(rows: ComparisonRow[], saved?: Verdict, candidateFailure?: CandidateFailure): Comparison {
  const comparison = verdictOf(rows, saved === 'no-baseline', saved === 'fail' || candidateFailure !== undefined);
  return candidateFailure ? { ...comparison, candidateFailure } : comparison;
}

/**
 * Reads and checks a comparison file; `label` names the input in messages (`deploy-model: input
 * 'comparison'`). `forChangeRequest`: it must name the pull request and head commit it was made for.
 */
export async function readComparisonFile(path: string, shown: string, label: string, options: { forChangeRequest?: boolean } = {}): Promise<ComparisonBundle> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`${label}: ${shown}: ${code ? `cannot read it (${code})` : 'not valid JSON'}`, { file: shown });
  }
  return validateBundle(data, shown, label, options);
}

/**
 * Checks a bundle read from an artifact that untrusted code may have written: shape, types and sizes.
 * Text fields are escaped again when rendered, so this guards against crashes and nonsense, not markup.
 */
export function validateBundle(
  data: unknown,
  file: string,
  label = "compare-metrics: input 'publish'",
  options: { forChangeRequest?: boolean } = { forChangeRequest: true },
): ComparisonBundle {
  const bad = (what: string) => new UserError(`${label}: ${file} is not a comparison saved by compare-metrics (${what})`, { file });
  if (!data || typeof data !== 'object') throw bad('not an object');
  const b = data as Record<string, unknown>;
  if (b.kind !== 'modelgate/comparison' || b.version !== 1) throw bad("kind must be 'modelgate/comparison', version 1");
  if (typeof b.key !== 'string' || !/^[A-Za-z0-9._/:-]{1,200}$/.test(b.key)) throw bad('bad key');
  if (typeof b.title !== 'string') throw bad('bad title');
  if (options.forChangeRequest ? !Number.isInteger(b.changeRequest) || (b.changeRequest as number) <= 0 : b.changeRequest !== undefined && !Number.isInteger(b.changeRequest))
    throw bad('no pull request number');
  if (options.forChangeRequest ? typeof b.sha !== 'string' || !/^[0-9a-f]{40}$/.test(b.sha) : b.sha !== undefined && (typeof b.sha !== 'string' || !/^[0-9a-f]{7,64}$/.test(b.sha)))
    throw bad('no head sha');
  if (!['fail', 'warn', 'never'].includes(b.failOn as string)) throw bad('bad fail-on');
  if (b.verdict !== undefined && !['pass', 'warn', 'fail', 'no-baseline'].includes(b.verdict as string)) throw bad('bad verdict');
  if (!Array.isArray(b.rows) || b.rows.length > 100_000) throw bad('rows must be a list');
  const value = (v: unknown) => v === undefined || typeof v === 'number' || typeof v === 'string';
  const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
  const optionalString = (v: unknown) => v === undefined || typeof v === 'string';
  if (b.unusedRules !== undefined && !strings(b.unusedRules)) throw bad('bad unusedRules');
  const failure = b.candidateFailure as Record<string, unknown> | undefined;
  if (failure !== undefined && (typeof failure !== 'object' || failure === null || typeof failure.reason !== 'string' || typeof failure.file !== 'string'))
    throw bad('bad candidateFailure');
  for (const row of b.rows as Record<string, unknown>[]) {
    if (!row || typeof row !== 'object' || typeof row.name !== 'string' || !value(row.value) || !value(row.baseline)) throw bad('a row without a name or with a bad value');
    if (!optionalString(row.rule) || !optionalString(row.pattern) || !optionalString(row.direction) || typeof row.change !== 'string')
      throw bad('a row with a bad rule, pattern, direction or change');
    if (!['pass', 'warn', 'fail', 'info'].includes(row.status as string)) throw bad('a row with a bad status');
    if (!strings(row.reasons)) throw bad('a row with bad reasons');
    for (const k of ['delta', 'relative'] as const) {
      // A difference can overflow (1e308 - -1e308), and bundleJson writes it as "Infinity": read it back.
      if (typeof row[k] === 'string' && NON_FINITE.has(row[k] as string)) row[k] = Number(row[k]);
      if (row[k] !== undefined && typeof row[k] !== 'number') throw bad(`a row with a bad ${k}`);
    }
    for (const k of ['value', 'baseline'] as const) if (typeof row[k] === 'string' && NON_FINITE.has(row[k] as string)) row[k] = Number(row[k]);
  }
  if (b.baseline !== undefined) {
    const base = b.baseline as Record<string, unknown>;
    if (
      typeof base.kind !== 'string' ||
      typeof base.spec !== 'string' ||
      !strings(base.files) ||
      !strings(base.missing) ||
      !optionalString(base.ref) ||
      !optionalString(base.sha)
    ) {
      throw bad('bad baseline');
    }
    const commit = (v: unknown) => v === undefined || (typeof v === 'string' && /^[0-9a-f]{7,64}$/.test(v));
    if (!commit(base.sha) || !commit(base.target) || !optionalString(base.targetLabel) || !optionalString(base.note)) throw bad('bad baseline commit');
    if (base.source !== undefined && !['run', 'files', 'none'].includes(base.source as string)) throw bad('bad baseline source');
    if (base.distance !== undefined && !(Number.isInteger(base.distance) && (base.distance as number) >= 0)) throw bad('bad baseline distance');
    const run = base.run as Record<string, unknown> | undefined;
    if (run !== undefined && (typeof run !== 'object' || run === null || typeof run.tag !== 'string' || !optionalString(run.runUrl))) throw bad('bad baseline run');
  }
  return b as unknown as ComparisonBundle;
}
