import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import type { FileSource } from '../../src/core/files.js';
import { metricsReportText, numberOrText, parseMetricsFile, readMetrics } from '../../src/core/metrics.js';

const memory = (files: Record<string, string>): FileSource => ({
  label: 'memory',
  list: async (dir) =>
    Object.keys(files)
      .filter((f) => !dir || f.startsWith(`${dir}/`))
      .sort(),
  read: async (path) => files[path],
});

async function values(path: string, text: string) {
  const { metrics } = await parseMetricsFile(path, text);
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

async function errorOf(path: string, text: string): Promise<UserError> {
  const error = await parseMetricsFile(path, text).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('metric readers', () => {
  it('flattens nested JSON into dotted names and indexes arrays', async () => {
    expect(await values('m.json', '{"test": {"accuracy": 0.9, "per_class": [0.8, 0.7]}, "loss": 0.3}')).toEqual({
      'test.accuracy': 0.9,
      'test.per_class.0': 0.8,
      'test.per_class.1': 0.7,
      loss: 0.3,
    });
  });

  it('reads YAML, keeping text and NaN spellings distinguishable', async () => {
    const v = await values('m.yaml', 'accuracy: 0.91\nnote: good\nbad: .nan\nbig: .inf\nquoted: "0.5"\n');
    expect(v.accuracy).toBe(0.91);
    expect(v.note).toBe('good');
    expect(v.bad).toBeNaN();
    expect(v.big).toBe(Infinity);
    expect(v.quoted).toBe(0.5);
  });

  it('reads CSV as name,value rows and as one row of columns', async () => {
    expect(await values('m.csv', 'name,value\naccuracy,0.9\n"loss, total",0.3\n')).toEqual({ accuracy: 0.9, 'loss, total': 0.3 });
    expect(await values('m.csv', '\uFEFFaccuracy,loss\r\n0.9,0.3\r\n')).toEqual({ accuracy: 0.9, loss: 0.3 });
  });

  it('reads CSV and TSV metric files with the data scanner: the same cells and lines validate-data sees', async () => {
    const { metrics } = await parseMetricsFile('m.csv', '\nname,value\n\n"per ""class""\naccuracy",0.8\nloss, 0.3 \r\n\n');
    expect(metrics.map((m) => [m.name, m.value, m.source.line])).toEqual([
      ['per "class"\naccuracy', 0.8, 4],
      ['loss', 0.3, 6],
    ]);
    expect(await values('m.tsv', 'metric\tvalue\n"a\tb"\t1\n')).toEqual({ 'a\tb': 1 });
  });

  it('reads the metrics of a modelgate run record', async () => {
    const record = JSON.stringify({ kind: 'modelgate/run-record', version: 1, model: { digest: 'sha256:x' }, metrics: { accuracy: 0.9 } });
    expect(await values('run.json', record)).toEqual({ accuracy: 0.9 });
  });

  it('follows the metrics files a dvc.yaml lists', async () => {
    const source = memory({
      'dvc.yaml': 'stages:\n  train:\n    cmd: python train.py\n    metrics:\n      - eval/metrics.json:\n          cache: false\nmetrics:\n  - dvclive/metrics.json\n',
      'dvclive/metrics.json': '{"step": 9, "train": {"loss": 0.2}}',
      'eval/metrics.json': '{"accuracy": 0.93}',
    });
    const { metrics, files } = await readMetrics(source, ['dvc.yaml']);
    expect(Object.fromEntries([...metrics].map(([k, m]) => [k, m.value]))).toEqual({ step: 9, 'train.loss': 0.2, accuracy: 0.93 });
    expect(files).toEqual(['dvc.yaml', 'dvclive/metrics.json', 'eval/metrics.json']);
  });

  it('expands globs and refuses a metric defined in two files', async () => {
    const source = memory({ 'out/a.json': '{"x": 1}', 'out/b.json': '{"y": 2}', 'out/c.json': '{"x": 3}' });
    const { metrics } = await readMetrics(source, ['out/{a,b}.json']);
    expect([...metrics.keys()]).toEqual(['x', 'y']);
    await expect(readMetrics(source, ['out/*.json'])).rejects.toThrow(/'x' is defined twice, in out\/a.json:1 and out\/c.json:1/);
  });

  it('reports missing files and empty globs, or lists them when allowed', async () => {
    const source = memory({ 'a.json': '{"x": 1}' });
    await expect(readMetrics(source, ['nope.json'])).rejects.toThrow("file 'nope.json' does not exist in memory");
    await expect(readMetrics(source, ['*.yaml'])).rejects.toThrow("'*.yaml' matched no file in memory");
    expect((await readMetrics(source, ['a.json', 'nope.json'], { missingOk: true })).missing).toEqual(['nope.json']);
  });

  it('refuses paths that leave the repository', async () => {
    await expect(readMetrics(memory({}), ['../secrets.json'])).rejects.toThrow(/must be relative to the repository root/);
    await expect(readMetrics(memory({}), ['/etc/passwd'])).rejects.toThrow(/must be relative/);
  });
});

describe('malformed metric files: a clear error with file and line', () => {
  it.each([
    ['broken.json', '{\n  "accuracy": 0.9,\n  "loss": \n}\n', /^metrics: broken\.json:4: not valid JSON/, 4],
    ['list.json', '[1, 2]', /^metrics: list\.json:1: expected an object of metric names to values, found a list/, 1],
    ['bad.yaml', 'accuracy: 0.9\nloss: [1, 2\n', /^metrics: bad\.yaml:\d: not valid YAML/, undefined],
    ['dup.yaml', 'accuracy: 0.9\naccuracy: 0.8\n', /^metrics: dup\.yaml:2: not valid YAML: Map keys must be unique/, 2],
    ['short.csv', 'name,value\naccuracy,0.9\nloss\n', /^metrics: short\.csv:3: row has 1 fields, the header has 2/, 3],
    ['open.csv', 'name,value\n"accuracy,0.9\n', /^metrics: open\.csv:2: a quoted field is never closed/, 2],
    // The old metric reader read this as the name `accuracyx`; the one dialect refuses it.
    ['stray.csv', 'name,value\nloss,0.3\n"accuracy"x,0.9\n', /^metrics: stray\.csv:3: unexpected 'x' after a closing quote/, 3],
    ['quote.csv', 'name,value\nacc"uracy,0.9\n', /^metrics: quote\.csv:2: a quote inside an unquoted field/, 2],
    ['mac.csv', 'name,value\raccuracy,0.9\r', /^metrics: mac\.csv:1: the lines end in a lone CR/, 1],
    ['rows.csv', 'a,b\n1,2\n3,4\n', /^metrics: rows\.csv:3: a CSV metrics file is either/, 3],
    ['empty.csv', '', /^metrics: empty\.csv:1: the CSV file is empty/, 1],
    ['scalar.yaml', '42\n', /found a number/, 1],
  ])('%s', async (file, text, message, line) => {
    const error = await errorOf(file, text);
    expect(error.message).toMatch(message);
    expect(error.location?.file).toBe(file);
    if (line !== undefined) expect(error.location?.line).toBe(line);
  });
});

describe('numberOrText', () => {
  it.each([
    ['0.5', 0.5],
    ['-1e-3', -0.001],
    ['NaN', Number.NaN],
    ['-inf', -Infinity],
    ['12abc', '12abc'],
    ['', ''],
    ['.5', 0.5],
    ['1.', 1],
    ['+3E2', 300],
    ['1.2.3', '1.2.3'],
    ['1e', '1e'],
    ['.', '.'],
    // A long run of digits then a letter: text, and read in one pass (the old pattern backtracked
    // quadratically: 25,000 digits took 1.6 s, 100,000 about 30 s).
    [`${'9'.repeat(100_000)}x`, `${'9'.repeat(100_000)}x`],
  ])('%j', (text, expected) => {
    expect(numberOrText(text)).toEqual(expected);
  });
});

describe('metric lines in a large JSON file', () => {
  it('names the line of each metric, the first occurrence of its key, in one pass over the file', async () => {
    const metrics: Record<string, unknown> = { nested: { accuracy: 0.9, 'with \\"quote': 1 } };
    for (let i = 0; i < 20_000; i++) metrics[`m${i}`] = i;
    metrics.accuracy = 0.8;
    const text = JSON.stringify(metrics, null, 2);
    const { metrics: read } = await parseMetricsFile('big.json', text, 'json');
    const line = (name: string) => read.find((m) => m.name === name)?.source.line;
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
    expect(line('nested.accuracy')).toBe(lineOf('"accuracy"'));
    expect(line('m19999')).toBe(lineOf('"m19999"'));
    expect(line('nested.with \\"quote')).toBe(lineOf('"with \\\\\\"quote"'));
    // A key written twice is located at its first occurrence, as before.
    expect(line('accuracy')).toBe(line('nested.accuracy'));
  });
});

it('writes numeric metrics in the GitLab metrics report format', () => {
  const metrics = new Map([
    ['test.acc', { name: 'test.acc', value: 0.9, source: { file: 'm' } }],
    ['label', { name: 'label', value: 'x', source: { file: 'm' } }],
    ['with space', { name: 'with space', value: 2, source: { file: 'm' } }],
  ]);
  expect(metricsReportText(metrics)).toBe('test.acc 0.9\nwith_space 2\n');
});

describe('reader edge cases', () => {
  it('reads a file once when dvc.yaml lists it too, or lists itself', async () => {
    const source = memory({ 'dvc.yaml': 'metrics:\n  - metrics.json\n  - dvc.yaml\n', 'metrics.json': '{"acc": 1}' });
    const { metrics, files } = await readMetrics(source, ['dvc.yaml', 'metrics.json']);
    expect([...metrics.keys()]).toEqual(['acc']);
    expect(files).toEqual(['dvc.yaml', 'metrics.json']);
  });

  it('does not call a glob unmatched because another pattern took its files first', async () => {
    const source = memory({ 'metrics.json': '{"a": 1}', 'more.json': '{"b": 2}' });
    expect([...(await readMetrics(source, ['metrics.json', '*.json'])).metrics.keys()]).toEqual(['a', 'b']);
  });

  it("reads Python's bare NaN and Infinity as values the gate rejects per metric", async () => {
    const v = await values('m.json', '{"loss": NaN, "grad": -Infinity, "acc": 0.5, "note": "NaN, kept"}');
    expect(v.loss).toBeNaN();
    expect(v.grad).toBe(-Infinity);
    expect(v.note).toBe('NaN, kept');
  });

  it.each([
    ['index.csv', ',acc,loss\n0,0.9,0.2\n', /index\.csv:1: column 1 of the header has no name \(pandas writes its index so: use to_csv\(index=False\)\)/],
    ['empty-key.json', '{"": 1}', /empty-key\.json: an empty metric name/],
    ['deep.json', '{"a":'.repeat(40) + '1' + '}'.repeat(40), /nests deeper than 32 levels/],
    ['run.json', '{"kind": "modelgate/run-record", "version": 1, "metric": {}}', /this run record has no 'metrics' object/],
  ])('rejects %s clearly', async (file, text, message) => {
    expect((await errorOf(file, text)).message).toMatch(message);
  });

  it('refuses a file set with no metrics at all', async () => {
    await expect(readMetrics(memory({ 'm.json': '{}', 'n.csv': 'name,value\n' }), ['m.json', 'n.csv'])).rejects.toThrow(/no metrics found in m\.json, n\.csv/);
  });
});

describe('readMetrics for another origin, and run records of failed runs', () => {
  it("says a baseline's errors as the baseline's, its location kept or dropped", async () => {
    const broken = memory({ 'm.json': '{\n  "a": 1,\n  "b": }\n' });
    const kept = await readMetrics(broken, ['m.json'], { origin: { label: "compare-metrics: input 'baseline' (file:m.json)", annotate: true } }).catch((e: unknown) => e);
    expect(kept).toBeInstanceOf(UserError);
    expect((kept as UserError).message).toMatch(/^compare-metrics: input 'baseline' \(file:m\.json\): m\.json:3: not valid JSON/);
    expect((kept as UserError).location).toMatchObject({ file: 'm.json', line: 3 });
    const dropped = await readMetrics(broken, ['m.json'], { origin: { label: 'base', annotate: false } }).catch((e: unknown) => e);
    expect((dropped as UserError).message).toMatch(/^base: m\.json:3: not valid JSON/);
    expect((dropped as UserError).location).toBeUndefined();
    // Without an origin, the candidate's messages are as before.
    await expect(readMetrics(broken, ['m.json'])).rejects.toThrow(/^metrics: m\.json:3: not valid JSON/);
  });

  it('lists run records whose training failed, and takes their metrics as read', async () => {
    const record = (command: object) => JSON.stringify({ kind: 'modelgate/run-record', version: 1, command, metrics: { a: 1 } });
    const source = memory({ 'ok/run.json': record({ exitCode: 0, timedOut: false }), 'bad/run.json': record({ exitCode: 3, timedOut: false }), 'plain.json': '{"b": 2}' });
    const read = await readMetrics(source, ['bad/run.json', 'plain.json']);
    expect(read.failedRuns).toEqual([{ file: 'bad/run.json', reason: 'training failed: exit 3' }]);
    expect([...read.metrics.keys()]).toEqual(['a', 'b']);
    expect((await readMetrics(source, ['ok/run.json', 'plain.json'])).failedRuns).toEqual([]);
    // A record of another job's files without its exit code is not known to have failed.
    expect((await parseMetricsFile('r.json', record({ exitCode: null, timedOut: false }))).runFailure).toBeUndefined();
  });
});
