import type { Comparison } from '../core/compare.js';
import type { MetricSample } from '../monitoring/exposition.js';
import { driftSamples, gpuSamples, modelMetricSamples, promotedVersionSamples, stepSamples, validationSamples, verdictSamples } from '../monitoring/series.js';
import type { StepResult } from './step.js';

/** Finite numbers of a metric map, for the `modelgate_model_metric` series. */
function numbers(values: Iterable<[string, unknown]>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, value] of values) if (typeof value === 'number' && Number.isFinite(value)) out[name] = value;
  return out;
}

/** compare-metrics: the candidate's metrics, each delta, the verdict; a chat line per regression. */
export function compareOutcome(comparison: Comparison, title: string, links: { text: string; url: string }[]): Pick<StepResult, 'samples' | 'notice'> {
  const deltas: MetricSample[] = comparison.rows
    .filter((r) => typeof r.delta === 'number' && Number.isFinite(r.delta))
    .map((r) => ({
      name: 'modelgate_model_metric_delta',
      help: 'Change of a model metric against the baseline',
      type: 'gauge',
      value: r.delta as number,
      labels: { metric: r.name },
    }));
  const samples = [
    ...modelMetricSamples(numbers(comparison.rows.map((r) => [r.name, r.value]))),
    ...deltas,
    ...verdictSamples(comparison.verdict),
    ...stepSamples('compare-metrics', { failed_rules: comparison.counts.fail, warned_rules: comparison.counts.warn }),
  ];
  const lines = comparison.rows
    .filter((r) => r.status === 'fail' || r.status === 'warn')
    .slice(0, 10)
    .map((r) => `${r.status === 'fail' ? '✗' : '!'} ${r.name}: ${r.reasons.join('; ')}`);
  if (comparison.verdict === 'no-baseline') lines.unshift('nothing to compare with: only absolute bounds were checked');
  else if (lines.length === 0) lines.push(`${comparison.rows.length} metrics compared, none regressed past its rule`);
  return {
    samples,
    notice: {
      event: comparison.verdict === 'fail' ? 'fail' : comparison.verdict === 'no-baseline' ? 'no-baseline' : 'pass',
      message: { title: `${title}: ${comparison.verdict}`, verdict: comparison.verdict, lines, links },
    },
  };
}

/** deploy-model: the promoted version, or the refusal. */
export function deployOutcome(
  model: string,
  environment: string | undefined,
  version: string,
  outcome: 'promoted' | 'refused' | 'rolled-back' | 'pushed',
  why: string,
): Pick<StepResult, 'samples' | 'notice'> {
  const samples = [...stepSamples('deploy-model', { promoted: outcome === 'promoted' }), ...(outcome === 'promoted' ? promotedVersionSamples(version) : [])];
  if (outcome === 'pushed' || !environment) return { samples };
  const verdict = outcome === 'promoted' ? 'promoted' : outcome === 'rolled-back' ? 'rolled-back' : 'fail';
  const event = outcome === 'promoted' ? 'promote' : outcome === 'rolled-back' ? 'rollback' : 'fail';
  return {
    samples: [...samples, ...verdictSamples(verdict)],
    notice: {
      event,
      message: {
        title: `${model}:${version} ${outcome === 'promoted' ? 'promoted to' : outcome === 'rolled-back' ? 'rolled back in' : 'not promoted to'} ${environment}`,
        verdict,
        lines: [why],
        links: [],
      },
    },
  };
}

/** rollback: what the environment went back to, and why. */
export function rollbackOutcome(model: string, environment: string, version: string, why: string): Pick<StepResult, 'samples' | 'notice'> {
  return {
    samples: [...stepSamples('rollback', { rolled_back: true }), ...verdictSamples('rolled-back'), ...promotedVersionSamples(version)],
    notice: { event: 'rollback', message: { title: `${model} in ${environment} rolled back to ${version}`, verdict: 'rolled-back', lines: [why], links: [] } },
  };
}

/** validate-data: rows, failed checks, drift scores. */
export function validateOutcome(rows: number, failedChecks: number, drift: readonly { column: string; score: number; drifted: boolean }[]): MetricSample[] {
  return [
    ...validationSamples(rows, failedChecks),
    ...(drift.length ? driftSamples(Object.fromEntries(drift.map((d) => [d.column, d.score])), drift.filter((d) => d.drifted).length) : []),
  ];
}

/** train-model: the run's metrics. */
export function trainOutcome(metrics: Record<string, number | string>, exitCode: number | null): MetricSample[] {
  return [...modelMetricSamples(numbers(Object.entries(metrics))), ...stepSamples('train-model', { exit_code: exitCode ?? -1 })];
}

/** setup-gpu-runner: GPUs selected and the memory of each. */
export function gpuOutcome(count: number, memoryMiB: number): MetricSample[] {
  return gpuSamples(count, memoryMiB * 1024 * 1024);
}
