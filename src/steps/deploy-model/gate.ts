import type { ComparisonRow, Verdict } from '../../core/compare.js';
import { fromRows, readComparisonFile } from '../../core/comparison-file.js';
import { UserError } from '../../core/errors.js';
import { trainingFailure, type RunRecord } from '../../core/run-record.js';

/** The gate a candidate passed or failed, and where that was read. */
export interface Gate {
  verdict: Verdict | 'unknown';
  /** Whether the verdict allows a promotion by itself (without `force`). */
  passed: boolean;
  source: string;
  /** The regressions behind a failed verdict, in words. */
  reasons: string[];
  /** The metrics a rule of the comparison named (at most 10), for the deployment record; none without a comparison. */
  metrics?: string[];
  /** For a `no-baseline` challenge against an environment (`env:<name>`): that environment, which runs nothing yet. */
  noChampion?: string;
  /**
   * Why the run record says its training did not succeed (`training failed: exit 2`), when it does: the
   * gate is then `fail` whatever the comparison said, and only `force` promotes.
   */
  training?: string;
  /** With {@link training}: the verdict the comparison or the record's `gate` gave on their own. */
  comparedVerdict?: Verdict | 'unknown';
}

/**
 * The gate verdict for a candidate: from compare-metrics' comparison file when given (its run-level
 * verdict, which the rows can only make worse: `fail` and `no-baseline` block, `warn` passes), else
 * from the run record's `gate`, else unknown. A comparison
 * made for another commit than the record's is refused: it gated a different model.
 *
 * A run whose training failed, timed out or was cancelled (its record's `outcome`, or for an older
 * record its command's exit code and flags) fails the gate whatever the comparison says: its metrics
 * are of a run that did not finish, or not its own.
 */
export async function readGate(comparisonPath: string | undefined, shown: string | undefined, record: RunRecord): Promise<Gate> {
  const gate = await verdictOf(comparisonPath, shown, record);
  const training = trainingFailure(record);
  if (training === undefined) return gate;
  const compared = gate.verdict === 'unknown' ? [] : [`${gate.source} said ${gate.verdict}${gate.passed ? ', but it judged the metrics of a run that did not succeed' : ''}`];
  return {
    verdict: 'fail',
    passed: false,
    source: "the run record's outcome",
    reasons: [training, ...compared, ...gate.reasons],
    training,
    comparedVerdict: gate.verdict,
  };
}

async function verdictOf(comparisonPath: string | undefined, shown: string | undefined, record: RunRecord): Promise<Gate> {
  if (comparisonPath) {
    const bundle = await readComparisonFile(comparisonPath, shown ?? comparisonPath, "deploy-model: input 'comparison'", { forChangeRequest: false });
    if (bundle.sha && record.git.sha && bundle.sha !== record.git.sha) {
      throw new UserError(
        `deploy-model: input 'comparison': ${shown} compared commit ${bundle.sha.slice(0, 12)}, but the run record is of ${record.git.sha.slice(0, 12)}: pass the comparison made for this run`,
        { file: shown ?? comparisonPath },
      );
    }
    // The rules' verdict gates: compare-metrics' fail-on only decided whether its own job failed
    // (a challenge job runs with fail-on never so that this step can act on the verdict).
    const comparison = fromRows(bundle.rows, bundle.verdict, bundle.candidateFailure);
    const noChampion =
      comparison.verdict === 'no-baseline' && bundle.baseline?.kind === 'env' && bundle.baseline.source === 'none' ? bundle.baseline.spec.slice('env:'.length) : undefined;
    return {
      verdict: comparison.verdict,
      passed: comparison.verdict === 'pass' || comparison.verdict === 'warn',
      source: shown ?? comparisonPath,
      reasons: [...(bundle.candidateFailure ? [`${bundle.candidateFailure.reason} (${bundle.candidateFailure.file})`] : []), ...reasonsOf(bundle.rows)],
      metrics: gatedMetrics(bundle.rows),
      noChampion,
    };
  }
  const gate = record.gate as { verdict?: unknown; passed?: unknown } | undefined;
  if (gate && ['pass', 'warn', 'fail'].includes(gate.verdict as string)) {
    const verdict = gate.verdict as Gate['verdict'];
    return { verdict, passed: typeof gate.passed === 'boolean' ? gate.passed : verdict !== 'fail', source: "the run record's gate", reasons: [] };
  }
  return { verdict: 'unknown', passed: false, source: 'no comparison and no gate in the run record', reasons: [] };
}

/** The metrics the rules judged: rows with a rule (or a status other than `info`), each name once, at most 10. */
function gatedMetrics(rows: ComparisonRow[]): string[] {
  const names = rows.filter((r) => typeof r.rule === 'string' || r.status !== 'info').map((r) => r.name);
  return [...new Set(names)].slice(0, 10);
}

function reasonsOf(rows: ComparisonRow[]): string[] {
  return rows.filter((r) => r.status === 'fail').map((r) => `${r.name}: ${Array.isArray(r.reasons) && r.reasons.length ? r.reasons.join('; ') : 'failed'}`);
}
