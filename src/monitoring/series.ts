import type { MetricSample } from './exposition.js';
import { sanitizeMetricName } from './exposition.js';

/**
 * The series modelgate pushes, all named `modelgate_...`. Model metrics, drift scores and verdicts
 * carry the untrusted names (a metric from a PR's file, a feature of a data set) in label values, which
 * are escaped, never in series names; step figures are ours and become names.
 *
 * Grouping labels are not set here: the Pushgateway adds its grouping key to every series of a group
 * (see `pushMetrics`). Give each push `model`, `environment` and `step` labels: the example dashboard
 * (examples/grafana-dashboard.json) filters by the first two, and `step` keeps steps from replacing
 * each other's groups.
 */

/** Every name starts with this. */
export const METRIC_PREFIX = 'modelgate_';

/** The verdicts a gate or a deployment ends with, one series each in {@link verdictSamples}. */
export const VERDICTS = ['pass', 'warn', 'fail', 'no-baseline', 'promoted', 'rolled-back'] as const;

/** A verdict of {@link VERDICTS}. */
export type Verdict = (typeof VERDICTS)[number];

/**
 * `modelgate_` and the parts joined with `_`, sanitized: `metricName('train-model', 'duration seconds')`
 * is `modelgate_train_model_duration_seconds`.
 */
export function metricName(...parts: string[]): string {
  return sanitizeMetricName(METRIC_PREFIX + parts.map((part) => part.replace(/[^a-zA-Z0-9_:]+/g, '_')).join('_'));
}

/**
 * A step's figures as gauges `modelgate_<step>_<figure>` (booleans as 1 and 0), e.g.
 * `stepSamples('validate-data', { rows: 1200, passed: true })` gives `modelgate_validate_data_rows 1200`
 * and `modelgate_validate_data_passed 1`. `labels` go on every sample.
 */
export function stepSamples(step: string, figures: Record<string, number | boolean>, labels?: Record<string, string>): MetricSample[] {
  return Object.entries(figures).map(([figure, value]) => ({
    name: metricName(step, figure),
    help: `modelgate ${step}: ${figure}`,
    type: 'gauge',
    value: typeof value === 'boolean' ? (value ? 1 : 0) : value,
    ...(labels ? { labels: { ...labels } } : {}),
  }));
}

/** How long a step took, as `modelgate_step_duration_seconds{step="..."}`: one panel for all steps. */
export function stepDurationSample(step: string, seconds: number): MetricSample {
  return { name: metricName('step', 'duration_seconds'), help: 'Duration of a modelgate step in seconds', type: 'gauge', value: seconds, labels: { step } };
}

/** When the step pushed, as `modelgate_last_push_timestamp_seconds` (for "stale" alerts). */
export function pushTimeSample(at: Date = new Date()): MetricSample {
  return { name: metricName('last_push_timestamp_seconds'), help: 'Unix time of the last modelgate push of this group', type: 'gauge', value: at.getTime() / 1000 };
}

/**
 * A model's metric values, as `modelgate_model_metric{metric="<name>"}`: the name from the PR's file is
 * a label value, so it cannot make a series of its own. Non-finite values are left out (a metric file
 * with `NaN` says nothing to plot).
 */
export function modelMetricSamples(values: Record<string, number>): MetricSample[] {
  return Object.entries(values)
    .filter(([, value]) => Number.isFinite(value))
    .map(([metric, value]) => ({ name: metricName('model_metric'), help: 'A model metric as the candidate reported it', type: 'gauge', value, labels: { metric } }));
}

/** Drift scores per feature, as `modelgate_drift_score{feature="<name>"}`, plus `modelgate_drift_features_drifted`. */
export function driftSamples(scores: Record<string, number>, drifted: number): MetricSample[] {
  return [
    ...Object.entries(scores)
      .filter(([, value]) => Number.isFinite(value))
      .map(([feature, value]): MetricSample => ({
        name: metricName('drift_score'),
        help: 'Drift score of a feature between reference and current data',
        type: 'gauge',
        value,
        labels: { feature },
      })),
    { name: metricName('drift_features_drifted'), help: 'Features whose drift score is past the threshold', type: 'gauge', value: drifted },
  ];
}

/**
 * The verdict as a state set: `modelgate_gate_verdict{verdict="..."}` is 1 for the verdict and 0 for the
 * others, so a panel can show the current one and a graph its history.
 */
export function verdictSamples(verdict: Verdict): MetricSample[] {
  return VERDICTS.map((each) => ({
    name: metricName('gate_verdict'),
    help: 'The verdict of the gate or deployment (1 for the current one)',
    type: 'gauge',
    value: each === verdict ? 1 : 0,
    labels: { verdict: each },
  }));
}

/**
 * The version a deployment promoted: `modelgate_promoted_version_info{version="..."} 1` (registry
 * versions are not always numbers), and `modelgate_promoted_version` when the version is a whole number.
 */
export function promotedVersionSamples(version: string): MetricSample[] {
  const samples: MetricSample[] = [
    { name: metricName('promoted_version_info'), help: 'The model version last promoted (value always 1)', type: 'gauge', value: 1, labels: { version } },
  ];
  if (/^\d{1,15}$/.test(version.trim()))
    samples.push({ name: metricName('promoted_version'), help: 'The model version last promoted, when numeric', type: 'gauge', value: Number(version.trim()) });
  return samples;
}

/** validate-data's figures under the names the example dashboard reads (`modelgate_validate_data_*`). */
export function validationSamples(rows: number, failedChecks: number): MetricSample[] {
  return stepSamples('validate-data', { rows, failed_checks: failedChecks });
}

/** setup-gpu-runner's figures under the names the example dashboard reads (`modelgate_setup_gpu_runner_*`). */
export function gpuSamples(gpus: number, memoryBytesPerGpu: number): MetricSample[] {
  return stepSamples('setup-gpu-runner', { gpus, gpu_memory_bytes: memoryBytesPerGpu });
}
