import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { parseMetricsFile } from '../../src/core/metrics.js';
import { parseYaml } from '../../src/core/yaml.js';

const BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  '',
].join('\n');

describe('YAML from a change (metrics, schemas, checks, params, dvc.lock, the config)', () => {
  it.each([
    [BOMB, /metrics\.yaml: not usable YAML: it expands its aliases too many times \(at most 100; a YAML alias bomb\?\)/],
    ['accuracy: *nope\n', /metrics\.yaml: not usable YAML: it uses an alias whose anchor is not set before it \(nope\)/],
    [`${'['.repeat(20000)}${']'.repeat(20000)}`, /metrics\.yaml:1: not valid YAML: Maximum call stack size exceeded/],
  ])('is a clear error, never an internal one: %#', async (text, message) => {
    const error = await parseMetricsFile('metrics.yaml', text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(message);
  });

  it('aliases within the limit still work, in a whole document and in one node', async () => {
    const parsed = await parseYaml('base: &b {min: 0.9}\nacc: *b\n', 'rules');
    expect(parsed.toJS()).toEqual({ base: { min: 0.9 }, acc: { min: 0.9 } });
    const root = parsed.doc.contents as { items: { value: unknown }[] };
    expect(parsed.toJS(root.items[1]?.value)).toEqual({ min: 0.9 });
  });
});

describe('JSON metrics from a change', () => {
  it('a key given twice is an error at its line, not the last one winning in silence', async () => {
    const error = await parseMetricsFile('metrics.json', '{\n  "acc": 0.1,\n  "nested": {"a": 1, "b": 2},\n  "acc": 0.99\n}\n').catch((e: unknown) => e);
    expect((error as Error).message).toBe('metrics: metrics.json:4: the key "acc" is given twice in one object (JSON would keep the last in silence) (column 3)');
    // The same name in different objects, or spelled with an escape, is told apart correctly.
    expect((await parseMetricsFile('m.json', '{"a": {"x": 1}, "b": {"x": 2}}')).metrics.map((m) => m.name)).toEqual(['a.x', 'b.x']);
    await expect(parseMetricsFile('m.json', '{"acc": 1, "\\u0061cc": 2}')).rejects.toThrow(/the key "acc" is given twice/);
  });

  it('a key with a line separator is named on one line, in JSON as in YAML (fuzz seed 5539)', async () => {
    const json = await parseMetricsFile('m.json', '{"a\u2028b": 1, "a\u2028b": 2}').catch((e: unknown) => e);
    expect((json as Error).message).toContain('the key "a\\u2028b" is given twice');
    const yaml = await parseMetricsFile('m.yaml', '"a\u2029b": 1\n"a\u2029b": 2\n').catch((e: unknown) => e);
    expect((yaml as Error).message).toContain('"a\\u2029b" is given twice');
    for (const error of [json, yaml]) expect((error as Error).message).not.toMatch(/[\u2028\u2029\n]/);
  });
});
