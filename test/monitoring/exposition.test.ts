import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { escapeLabelValue, renderExposition, sanitizeLabelName, sanitizeMetricName } from '../../src/monitoring/exposition.js';
import { groupPath } from '../../src/monitoring/pushgateway.js';
import { driftSamples, metricName, modelMetricSamples, promotedVersionSamples, stepDurationSample, stepSamples, verdictSamples } from '../../src/monitoring/series.js';

/** A sample line of the text format: name, optional {labels} with escaped quoted values, one value. */
const SAMPLE_LINE = /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="(\\[\\"n]|[^\\"\n])*",?)*\})? (NaN|[+-]Inf|-?[0-9.e+-]+)$/;

describe('exposition', () => {
  it('sanitizes names and escapes label values', () => {
    expect(sanitizeMetricName('accuracy')).toBe('accuracy');
    expect(sanitizeMetricName('val/acc-top5')).toBe('val_acc_top5');
    expect(sanitizeMetricName('1st')).toBe('_1st');
    expect(sanitizeMetricName('a\n# TYPE evil counter\nevil 1')).toBe('a___TYPE_evil_counter_evil_1');
    expect(sanitizeLabelName('__name__')).toBe('_name__');
    expect(sanitizeLabelName('a:b')).toBe('a_b');
    expect(escapeLabelValue('a\\b"c\nd')).toBe('a\\\\b\\"c\\nd');
  });

  it('renders families with HELP and TYPE, samples together, special values', () => {
    const text = renderExposition([
      { name: 'm_a', help: 'first\nhelp \\ line', type: 'gauge', value: 1, labels: { z: '1', a: '2' } },
      { name: 'm_b', help: 'b', type: 'counter', value: Infinity },
      { name: 'm_a', help: 'ignored', type: 'gauge', value: NaN, labels: { a: '3' } },
      { name: 'm_c', help: 'c', type: 'gauge', value: -Infinity },
    ]);
    expect(text).toBe(
      [
        '# HELP m_a first\\nhelp \\\\ line',
        '# TYPE m_a gauge',
        'm_a{a="2",z="1"} 1',
        'm_a{a="3"} NaN',
        '# HELP m_b b',
        '# TYPE m_b counter',
        'm_b +Inf',
        '# HELP m_c c',
        '# TYPE m_c gauge',
        'm_c -Inf',
        '',
      ].join('\n'),
    );
  });

  it('refuses two inputs that become one series, and one family with two types', () => {
    expect(() => renderExposition(stepSamples('train', { 'acc-1': 1, acc_1: 2 }))).toThrow(/both become the series modelgate_train_acc_1/);
    expect(() => renderExposition([{ name: 'x', help: '', type: 'gauge', value: 1, labels: { 'a-b': '1', a_b: '2' } }])).toThrow(UserError);
    expect(() =>
      renderExposition([
        { name: 'x', help: '', type: 'gauge', value: 1 },
        { name: 'x', help: '', type: 'counter', value: 1, labels: { a: '1' } },
      ]),
    ).toThrow(/gauge.*counter|counter.*gauge/);
  });

  it('makes one well-formed line per sample whatever the names, labels and help say', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 5, selector: (s) => sanitizeMetricName(s) }),
        fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 }), { maxKeys: 3 }),
        fc.string({ maxLength: 40 }),
        (names, labels, help) => {
          // Label names that collapse into one are refused by design; keep one of each.
          const unique = Object.fromEntries(
            Object.entries(labels).filter(([name], i, all) => all.findIndex(([other]) => sanitizeLabelName(other) === sanitizeLabelName(name)) === i),
          );
          const text = renderExposition(names.map((name, i) => ({ name, help, type: 'gauge', value: i, labels: unique })));
          const lines = text.trimEnd().split('\n');
          expect(lines).toHaveLength(names.length * 3);
          for (const line of lines.filter((l) => !l.startsWith('# '))) expect(line).toMatch(SAMPLE_LINE);
          expect(lines.filter((l) => l.startsWith('# TYPE '))).toHaveLength(names.length);
        },
      ),
    );
  });
});

describe('series names', () => {
  it('names step figures modelgate_<step>_<figure> and turns booleans into 1/0', () => {
    expect(metricName('setup-gpu-runner', 'gpu memory bytes')).toBe('modelgate_setup_gpu_runner_gpu_memory_bytes');
    expect(stepSamples('validate-data', { rows: 1200, passed: true, failed: false }, { dataset: 'train' })).toEqual([
      { name: 'modelgate_validate_data_rows', help: 'modelgate validate-data: rows', type: 'gauge', value: 1200, labels: { dataset: 'train' } },
      { name: 'modelgate_validate_data_passed', help: 'modelgate validate-data: passed', type: 'gauge', value: 1, labels: { dataset: 'train' } },
      { name: 'modelgate_validate_data_failed', help: 'modelgate validate-data: failed', type: 'gauge', value: 0, labels: { dataset: 'train' } },
    ]);
  });

  it('keeps untrusted names in label values, verdicts as a state set, versions as info', () => {
    expect(modelMetricSamples({ 'acc}\n evil 1': 0.9, loss: NaN }).map((s) => [s.name, s.labels])).toEqual([['modelgate_model_metric', { metric: 'acc}\n evil 1' }]]);
    expect(renderExposition(modelMetricSamples({ 'acc"}\nevil 1': 0.9 }))).toContain('modelgate_model_metric{metric="acc\\"}\\nevil 1"} 0.9\n');
    expect(verdictSamples('fail').map((s) => `${s.labels?.verdict}=${s.value}`)).toEqual(['pass=0', 'warn=0', 'fail=1', 'no-baseline=0', 'promoted=0', 'rolled-back=0']);
    expect(promotedVersionSamples('12').map((s) => s.name)).toEqual(['modelgate_promoted_version_info', 'modelgate_promoted_version']);
    expect(promotedVersionSamples('v1.2').map((s) => s.name)).toEqual(['modelgate_promoted_version_info']);
    expect(driftSamples({ age: 0.3, income: Infinity }, 1).map((s) => [s.name, s.labels?.feature])).toEqual([
      ['modelgate_drift_score', 'age'],
      ['modelgate_drift_features_drifted', undefined],
    ]);
    expect(stepDurationSample('train-model', 12.5)).toMatchObject({ name: 'modelgate_step_duration_seconds', labels: { step: 'train-model' }, value: 12.5 });
  });
});

describe('grouping key path', () => {
  it('uses plain segments for plain values and base64url for the rest', () => {
    expect(groupPath({ job: 'modelgate', labels: { model: 'churn', environment: 'prod' } })).toBe('/metrics/job/modelgate/model/churn/environment/prod');
    expect(groupPath({ job: 'modelgate', labels: { branch: 'feature/x', empty: '', 'bad-name': 'a b' } })).toBe(
      `/metrics/job/modelgate/branch@base64/${Buffer.from('feature/x').toString('base64url')}/empty@base64/=/bad_name@base64/${Buffer.from('a b').toString('base64url')}`,
    );
    expect(() => groupPath({ job: 'j', labels: { job: 'other' } })).toThrow(/is the job itself/);
    expect(() => groupPath({ job: 'j', labels: { 'a-b': '1', a_b: '2' } })).toThrow(/repeats 'a_b'/);
  });
});
