import { describe, expect, it } from 'vitest';
import { compareMetrics, formatNumber } from '../../src/core/compare.js';
import { UserError } from '../../src/core/errors.js';
import type { MetricSet, MetricValue } from '../../src/core/metrics.js';
import { mergeRules, parseRulesYaml, parseThreshold, ruleFor } from '../../src/core/rules.js';

const set = (values: Record<string, MetricValue>): MetricSet => new Map(Object.entries(values).map(([name, value]) => [name, { name, value, source: { file: 'm.json' } }]));

async function gate(rules: string, candidate: Record<string, MetricValue>, baseline?: Record<string, MetricValue>) {
  return compareMetrics(set(candidate), baseline && set(baseline), await parseRulesYaml(rules, 'rules'));
}

describe('rules', () => {
  it('parses thresholds as absolute or relative', () => {
    expect(parseThreshold(0.01)).toEqual({ relative: false, amount: 0.01, text: '0.01' });
    expect(parseThreshold('1%')).toEqual({ relative: true, amount: 0.01, text: '1%' });
    expect(parseThreshold('2.5 %')).toMatchObject({ relative: true, amount: 0.025 });
    for (const bad of ['abc', '-1', -0.1, '1%%', '', null]) expect(parseThreshold(bad)).toBeUndefined();
  });

  it.each([
    ['accuracy: {better: up}', /rules:1: rule for 'accuracy': 'better' must be higher or lower, got 'up'/],
    ['accuracy:\n  max_drop: 1%', /rules:2: rule for 'accuracy': unknown key 'max_drop'; did you mean 'max-drop'\?; allowed: better, min, max, max-drop/],
    ['accuracy: {max-drop: abc}', /'max-drop' must be an absolute amount like 0.01 or a percentage like 1%, not negative, got 'abc'/],
    ['accuracy: {min: "0.9"}', /'min' must be a number, got the text '0.9' \(write it without quotes\)/],
    ['accuracy: {min: 1, max: 0}', /'min' \(1\) is above 'max' \(0\)/],
    ['accuracy: 0.9', /expected a map like/],
    ['- accuracy', /must map metric names to rules/],
    ['accuracy: {min: 1\n', /rules:\d+: not valid YAML/],
    ['accuracy: {min: .nan}', /'min' must be a finite number, got '.nan'/],
  ])('rejects %j with a clear message', async (text, message) => {
    const error = await parseRulesYaml(text, 'rules').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(message);
  });

  it('reads the metrics section of a config and lets inputs override it per metric', async () => {
    const config = await parseRulesYaml('registry: x\nmetrics:\n  accuracy: {min: 0.8}\n  "loss*": {better: lower}\n', 'modelgate.yml', 'metrics');
    const input = await parseRulesYaml('accuracy: {min: 0.9}', "input 'rules'");
    const rules = mergeRules(config, input);
    expect(ruleFor(rules, 'accuracy')?.min).toBe(0.9);
    expect(ruleFor(rules, 'loss.val')?.better).toBe('lower');
    expect(ruleFor(rules, 'f1')).toBeUndefined();
    expect(ruleFor(config, 'accuracy')?.source).toEqual({ file: 'modelgate.yml', line: 3 });
  });

  it('a pattern gates names with line breaks in them too (a metric name from a PR is untrusted)', async () => {
    const rules = await parseRulesYaml('"f1.*": {better: higher, min: 0.5}', 'rules');
    expect(ruleFor(rules, 'f1.b\n')?.min).toBe(0.5);
    expect(ruleFor(rules, 'f1.\nclass_a')?.min).toBe(0.5);
    expect(ruleFor(rules, 'x\nf1.b')).toBeUndefined();
  });

  it('treats an empty or missing section as no rules', async () => {
    expect((await parseRulesYaml('other: 1\n', 'c', 'metrics')).exact.size).toBe(0);
    expect((await parseRulesYaml('', 'c')).exact.size).toBe(0);
  });
});

describe('gate', () => {
  it('fails a drop past max-drop, relative and absolute, and names it', async () => {
    const c = await gate('accuracy: {better: higher, max-drop: 1%}\nf1: {max-drop: 0.05}', { accuracy: 0.9, f1: 0.7 }, { accuracy: 0.92, f1: 0.76 });
    expect(c.verdict).toBe('fail');
    const [acc, f1] = [c.rows.find((r) => r.name === 'accuracy'), c.rows.find((r) => r.name === 'f1')];
    expect(acc).toMatchObject({ status: 'fail', direction: 'regressed', change: 'changed' });
    expect(acc?.reasons).toEqual(['dropped 2.17% > 1%']);
    expect(f1?.reasons).toEqual(['dropped 0.06 > 0.05']);
  });

  it('passes a change exactly at the threshold despite float error', async () => {
    const c = await gate('accuracy: {max-drop: 0.01}', { accuracy: 0.89 }, { accuracy: 0.9 });
    expect(c.verdict).toBe('pass');
  });

  it('checks min and max and rises, and warns on warn-drop only', async () => {
    const c = await gate(
      'accuracy: {min: 0.9}\nlatency_ms: {better: lower, max: 100, max-rise: 10%}\nrecall: {warn-drop: 1%}',
      { accuracy: 0.85, latency_ms: 120, recall: 0.7 },
      { accuracy: 0.95, latency_ms: 100, recall: 0.75 },
    );
    const byName = Object.fromEntries(c.rows.map((r) => [r.name, r]));
    expect(byName.accuracy?.reasons).toEqual(['below min 0.9']);
    expect(byName.latency_ms?.reasons).toEqual(['above max 100', 'rose 20% > 10%']);
    expect(byName.latency_ms?.direction).toBe('regressed');
    expect(byName.recall).toMatchObject({ status: 'warn', reasons: ['dropped 6.67% > 1%'] });
  });

  it('shows ungated, new and removed metrics without gating them', async () => {
    const c = await gate('', { a: 1, b: 2 }, { a: 1, c: 3 });
    expect(c.verdict).toBe('pass');
    expect(c.rows.map((r) => [r.name, r.change, r.status])).toEqual([
      ['b', 'new', 'info'],
      ['c', 'removed', 'info'],
      ['a', 'unchanged', 'info'],
    ]);
  });

  it('fails a gated metric that is missing, text, NaN or infinite', async () => {
    const c = await gate('"*": {min: 0}', { t: 'n/a', n: Number.NaN, i: Infinity }, { gone: 1, t: 1, n: 1, i: 1 });
    const reasons = Object.fromEntries(c.rows.map((r) => [r.name, r.reasons[0]]));
    expect(reasons).toEqual({ t: 'not a number', n: 'NaN is not a finite number', i: 'Infinity is not a finite number', gone: 'missing from the candidate' });
    expect(c.counts.fail).toBe(4);
  });

  it('handles a zero baseline and a non-numeric baseline', async () => {
    const c = await gate('x: {max-rise: 10%}\ny: {max-drop: 1%}', { x: 1, y: 1 }, { x: 0, y: 'oops' });
    expect(c.rows.find((r) => r.name === 'x')?.reasons).toEqual(['rose ∞% > 10%']);
    expect(c.rows.find((r) => r.name === 'y')).toMatchObject({ status: 'warn', reasons: ['baseline is not a finite number; change not checked'] });
  });

  it('orders failures first, then warnings, regressions, changes, new, removed, unchanged', async () => {
    const c = await gate('f: {min: 5}\nw: {warn-drop: 0}\nr: {better: higher}', { u: 1, n: 1, ch: 2, r: 1, w: 1, f: 1 }, { u: 1, ch: 1, r: 2, w: 2, f: 1, gone: 1 });
    expect(c.rows.map((r) => r.name)).toEqual(['f', 'w', 'r', 'ch', 'n', 'gone', 'u']);
  });
});

it.each([
  [0.123456789, '0.123457'],
  [12, '12'],
  [1e-7, '1e-7'],
  [123456789012.5, '1.2346e+11'],
  [-0.5, '-0.5'],
  [Number.NaN, 'NaN'],
])('formatNumber(%s)', (value, text) => {
  expect(formatNumber(value)).toBe(text);
});

it('merges an input rule into the config rule field by field', async () => {
  const config = await parseRulesYaml('accuracy: {better: higher, min: 0.8, max-drop: 5%}', 'modelgate.yml');
  const input = await parseRulesYaml('accuracy: {max-drop: 1%}', "input 'rules'");
  expect(ruleFor(mergeRules(config, input), 'accuracy')).toMatchObject({ better: 'higher', min: 0.8, maxDrop: { text: '1%' }, source: { file: "input 'rules'" } });
});

it('tries patterns in the order written, later sets first, merging the same pattern', async () => {
  const file = await parseRulesYaml('"val.*": {min: 0.9}\n"*": {min: 0}\n"loss*": {better: lower}', 'modelgate.yml');
  const input = await parseRulesYaml('"loss*": {max-rise: 5%}\n"*.f1": {min: 0.5}', "input 'rules'");
  const rules = mergeRules(file, input);
  expect(ruleFor(rules, 'val.acc')?.min).toBe(0.9);
  expect(ruleFor(rules, 'train.acc')?.min).toBe(0);
  expect(ruleFor(rules, 'val.f1')?.min).toBe(0.5);
  expect(ruleFor(rules, 'loss.val')).toMatchObject({ better: 'lower', maxRise: { text: '5%' } });
});

describe('rules that match no metric', () => {
  it('are a UserError at the rule, naming the closest metric, whether from a config or an input', async () => {
    const config = await parseRulesYaml('metrics:\n  test.accuracy: {min: 0.9}\n  test.roc_acu: {min: 0.8}\n', 'modelgate.yml', 'metrics');
    const error = (() => {
      try {
        compareMetrics(set({ 'test.accuracy': 0.95, 'test.roc_auc': 0.9 }), undefined, config);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(
      "compare-metrics: modelgate.yml:3: rule 'test.roc_acu' matches no metric in the candidate or the baseline; did you mean 'test.roc_auc'? Fix the name, or give the rule 'optional: true' when this run may lack the metric (a config shared by several models)",
    );
    expect((error as UserError).location).toEqual({ file: 'modelgate.yml', line: 3 });
    const input = await parseRulesYaml('latency_ms: {max: 50}', "input 'rules'");
    expect(() => compareMetrics(set({ acc: 0.5, f1: 0.2 }), set({ acc: 0.4 }), input)).toThrow(
      "compare-metrics: input 'rules':1: rule 'latency_ms' matches no metric in the candidate or the baseline; the metrics are 'acc', 'f1'. Fix the name",
    );
  });

  it('lists every unmatched exact rule in one error, each with its line and suggestion', async () => {
    const rules = await parseRulesYaml('acuracy: {min: 0.9}\nlatency: {max: 5}\nf1: {min: 0}', 'modelgate.yml');
    expect(() => compareMetrics(set({ accuracy: 0.95, f1: 0.5 }), undefined, rules)).toThrow(
      "compare-metrics: 2 rules match no metric in the candidate or the baseline: 'acuracy' (modelgate.yml:1; did you mean 'accuracy'?), 'latency' (modelgate.yml:2). Fix the names, or give a rule 'optional: true'",
    );
  });

  it('counts a metric only in the baseline as matched: the rule fails the row as missing from the candidate', async () => {
    const c = await gate('gone: {min: 0}', { a: 1 }, { a: 1, gone: 1 });
    expect(c.rows.find((r) => r.name === 'gone')).toMatchObject({ status: 'fail', change: 'removed', reasons: ['missing from the candidate'] });
  });

  it('lists optional exact rules and patterns that matched nothing as unused, the patterns with their lines', async () => {
    const rules = await parseRulesYaml('latency: {max: 5, optional: true}\n"val.*": {min: 0.5}\nacc: {min: 0.1}', 'modelgate.yml');
    const c = compareMetrics(set({ acc: 0.5 }), undefined, rules);
    expect(c.verdict).toBe('pass');
    expect(c.unusedRules).toEqual(['latency', 'val.*']);
    expect(c.unmatchedPatterns).toEqual([{ pattern: 'val.*', source: { file: 'modelgate.yml', line: 2 } }]);
    expect(c.rows.map((r) => r.name)).toEqual(['acc']);
  });

  it("parses 'optional' as true or false only, and an input rule keeps the config's optional", async () => {
    await expect(parseRulesYaml('a: {optional: yes please}', 'r')).rejects.toThrow("r:1: rule for 'a': 'optional' must be true or false, got 'yes please'");
    const merged = mergeRules(await parseRulesYaml('a: {optional: true, min: 0}', 'modelgate.yml'), await parseRulesYaml('a: {min: 1}', "input 'rules'"));
    expect(ruleFor(merged, 'a')).toMatchObject({ optional: true, min: 1 });
    expect(compareMetrics(set({ b: 1 }), undefined, merged).unusedRules).toEqual(['a']);
  });
});

describe('a gated metric absent on one side is not compared, never a pass', () => {
  it('warns for a change rule with no baseline value (missing or NaN), and still checks absolute bounds', async () => {
    const c = await gate('"*": {better: higher, min: 0.5, max-drop: 1%}', { fresh: 0.9, low: 0.1, nan: 0.9 }, { other: 1, nan: Number.NaN, low: 0.1 });
    const byName = Object.fromEntries(c.rows.map((r) => [r.name, r]));
    expect(byName.fresh).toMatchObject({ status: 'warn', change: 'new', reasons: ['not in the baseline; change not checked'] });
    expect(byName.nan).toMatchObject({ status: 'warn', reasons: ['baseline is not a finite number; change not checked'] });
    expect(byName.low).toMatchObject({ status: 'fail', reasons: ['below min 0.5'] });
    expect(byName.other).toMatchObject({ status: 'fail', change: 'removed', reasons: ['missing from the candidate'] });
    const onlyNew = await gate('fresh: {max-drop: 1%}', { fresh: 0.9, a: 1 }, { a: 1 });
    expect(onlyNew.verdict).toBe('warn');
  });

  it('passes a new metric whose rule has only absolute bounds (they were checked), and says no baseline when there is none', async () => {
    expect((await gate('fresh: {min: 0.5}', { fresh: 0.9, a: 1 }, { a: 1 })).rows.find((r) => r.name === 'fresh')?.status).toBe('pass');
    const none = compareMetrics(set({ a: 1 }), undefined, await parseRulesYaml('a: {max-drop: 1%}', 'r'), { noBaseline: true });
    expect(none.verdict).toBe('no-baseline');
    expect(none.rows[0]).toMatchObject({ status: 'warn', reasons: ['no baseline; change not checked'] });
  });
});

describe('a candidate from a failed training run', () => {
  it('fails whatever the metrics say, and keeps the reason', async () => {
    const candidateFailure = { reason: 'training failed: exit 2', file: 'out/run.json' };
    const c = compareMetrics(set({ a: 1 }), set({ a: 1 }), await parseRulesYaml('a: {min: 0}', 'r'), { candidateFailure });
    expect(c).toMatchObject({ verdict: 'fail', counts: { fail: 0, pass: 1 }, candidateFailure });
    expect(compareMetrics(set({ a: 1 }), undefined, await parseRulesYaml('', 'r'), { noBaseline: true, candidateFailure }).verdict).toBe('fail');
  });
});
