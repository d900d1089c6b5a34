import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderExposition } from '../../src/monitoring/exposition.js';
import {
  driftSamples,
  gpuSamples,
  modelMetricSamples,
  promotedVersionSamples,
  pushTimeSample,
  stepDurationSample,
  validationSamples,
  verdictSamples,
} from '../../src/monitoring/series.js';

/**
 * The example Grafana dashboard reads only series modelgate's sample builders produce (so a renamed
 * series breaks this test, not a user's dashboard), and each builder's series is on it.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dashboard = JSON.parse(readFileSync(join(root, 'examples/grafana-dashboard.json'), 'utf8')) as {
  __inputs: { name: string; pluginId: string }[];
  schemaVersion: number;
  uid: string;
  panels: { id: number; type: string; datasource?: { uid: string }; gridPos: object; targets?: { expr: string; refId: string; datasource?: { uid: string } }[] }[];
  templating: { list: { name: string; query: { query: string } }[] };
};

/** Series names as the builders write them in the exposition (what the Pushgateway serves). */
function producedNames(): Set<string> {
  const samples = [
    ...modelMetricSamples({ accuracy: 0.9 }),
    ...verdictSamples('pass'),
    ...driftSamples({ age: 0.1 }, 0),
    ...validationSamples(100, 0),
    ...gpuSamples(2, 80e9),
    ...promotedVersionSamples('3'),
    stepDurationSample('train-model', 1),
    pushTimeSample(),
  ];
  const text = renderExposition(samples);
  return new Set(
    text
      .split('\n')
      .filter((line) => line.startsWith('# TYPE '))
      .map((line) => line.split(' ')[2]!),
  );
}

const expressions = [
  ...dashboard.panels.flatMap((panel) => (panel.targets ?? []).map((target) => ({ where: `panel ${panel.id} ${target.refId}`, expr: target.expr }))),
  ...dashboard.templating.list.map((variable) => ({ where: `variable ${variable.name}`, expr: variable.query.query })),
];

/** The modelgate series an expression reads. */
const seriesIn = (expr: string) => expr.match(/\bmodelgate_[a-zA-Z0-9_:]+/g) ?? [];

describe('examples/grafana-dashboard.json', () => {
  it('is an importable dashboard with a Prometheus data source input', () => {
    expect(dashboard.schemaVersion).toBeGreaterThanOrEqual(36);
    expect(dashboard.uid).toMatch(/^[a-z0-9-]{1,40}$/);
    expect(dashboard.__inputs).toEqual([expect.objectContaining({ name: 'DS_PROMETHEUS', pluginId: 'prometheus' })]);
    const ids = dashboard.panels.map((panel) => panel.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const panel of dashboard.panels.filter((p) => p.type !== 'row')) {
      expect(panel.datasource?.uid, `panel ${panel.id}`).toBe('${DS_PROMETHEUS}');
      expect(panel.targets?.length, `panel ${panel.id}`).toBeGreaterThan(0);
      for (const target of panel.targets ?? []) expect(target.datasource?.uid).toBe('${DS_PROMETHEUS}');
    }
  });

  it('reads only series the sample builders produce', () => {
    const produced = producedNames();
    expect(expressions.length).toBeGreaterThan(10);
    for (const { where, expr } of expressions) {
      const names = seriesIn(expr);
      expect(names.length, `${where}: ${expr} names no modelgate series`).toBeGreaterThan(0);
      for (const name of names) expect(produced, `${where}: ${expr}`).toContain(name);
    }
  });

  it('shows every series the builders produce', () => {
    const shown = new Set(expressions.flatMap(({ expr }) => seriesIn(expr)));
    for (const name of producedNames()) expect(shown, name).toContain(name);
  });

  it('filters every panel by the model and environment variables', () => {
    for (const panel of dashboard.panels.filter((p) => p.type !== 'row')) {
      for (const target of panel.targets ?? []) expect(target.expr, `panel ${panel.id}`).toContain('model=~"$model", environment=~"$environment"');
    }
  });
});
