import { cp, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { downsample, MAX_PLOT_BYTES, readCurves, type Curve } from '../../src/core/plots.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'plots');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plots-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A fresh workspace holding `files` (path → text). */
async function workspace(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(dir, 'ws-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

async function errorOf(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

const noNaN = (curves: Curve[]) => {
  for (const c of curves) {
    expect(c.x.values.every(Number.isFinite)).toBe(true);
    for (const s of c.series) expect(s.values.every((v) => v === null || Number.isFinite(v))).toBe(true);
  }
};

describe('readCurves from DVCLive output', () => {
  it("reads a DVCLive folder: each metric's step TSV and the sklearn ROC and precision-recall points; the confusion rows are no curve", async () => {
    const curves = await readCurves(FIXTURES, ['dvclive']);
    expect(curves.map((c) => [c.title, c.file, c.x.label])).toEqual([
      ['eval/acc', 'dvclive/plots/metrics/eval/acc.tsv', 'step'],
      ['train/loss', 'dvclive/plots/metrics/train/loss.tsv', 'step'],
      ['Precision-Recall Curve', 'dvclive/plots/sklearn/precision_recall.json', 'Recall'],
      ['Receiver operating characteristic (ROC)', 'dvclive/plots/sklearn/roc.json', 'False Positive Rate'],
    ]);
    // The timestamp column is no series; dvclive's `nan` is null.
    expect(curves[0]?.series).toEqual([{ name: 'acc', values: [0.5, 0.6, 0.7, 0.72, 0.75] }]);
    expect(curves[1]).toMatchObject({ x: { values: [0, 1, 2, 3, 4] }, series: [{ name: 'loss', values: [1.2, 0.8, 0.5, null, 0.3] }] });
    expect(curves[2]).toMatchObject({ x: { values: [1, 1, 0.5, 0.5] }, series: [{ name: 'precision', values: [0.5, 2 / 3, 0.5, 1] }] });
    expect(curves[3]).toMatchObject({ x: { values: [0, 0, 0.5, 0.5, 1] }, series: [{ name: 'tpr', values: [0, 0.5, 0.5, 1, 1] }] });
    noNaN(curves);
  });

  it('reads the dvc.yaml DVCLive writes: the metrics folder with x: step, the ROC with its title; confusion and images are skipped', async () => {
    const curves = await readCurves(FIXTURES, ['dvc.yaml']);
    expect(curves.map((c) => [c.title, c.file, c.x.label, c.series.map((s) => s.name)])).toEqual([
      ['eval/acc', 'dvclive/plots/metrics/eval/acc.tsv', 'step', ['acc']],
      ['train/loss', 'dvclive/plots/metrics/train/loss.tsv', 'step', ['loss']],
      ['Receiver operating characteristic (ROC)', 'dvclive/plots/sklearn/roc.json', 'False Positive Rate', ['tpr']],
    ]);
  });

  it("reads dvc.yaml's other plot forms: stage plots, {id: {x, y: {file: field}}} and x per file", async () => {
    const curves = await readCurves(FIXTURES, ['project/dvc.yaml']);
    expect(curves.map((c) => c.title)).toEqual([
      'project/eval/train.csv',
      'train_val_test',
      'roc_vs_prc (dvclive/plots/sklearn/precision_recall.json)',
      'roc_vs_prc (dvclive/plots/sklearn/roc.json)',
    ]);
    expect(curves[0]).toMatchObject({
      x: { label: 'epoch', values: [1, 2, 3, 4] },
      series: [
        { name: 'acc', values: [0.61, 0.72, 0.79, 0.81] },
        { name: 'loss', values: [1.1, 0.8, 0.6, null] },
      ],
    });
    // Epochs of two files on one axis: each series null where its file has no row.
    expect(curves[1]).toEqual({
      title: 'train_val_test',
      file: 'project/dvc.yaml',
      x: { label: 'epoch', values: [1, 2, 3, 4] },
      series: [
        { name: 'project/eval/train.csv: acc', values: [0.61, 0.72, 0.79, 0.81] },
        { name: 'project/eval/test.csv: acc', values: [null, 0.7, null, 0.78] },
      ],
    });
    // A ROC's fpr repeats, so the two curves keep their own axes.
    expect(curves[2]).toMatchObject({ x: { label: 'recall', values: [1, 1, 0.5, 0.5] } });
    expect(curves[3]).toMatchObject({ x: { label: 'fpr', values: [0, 0, 0.5, 0.5, 1] }, series: [{ values: [0, 0.5, 0.5, 1, 1] }] });
  });

  it('takes globs and plain files, and stops at maxCurves', async () => {
    expect((await readCurves(FIXTURES, ['dvclive/plots/metrics/**/*.tsv'])).map((c) => c.title)).toEqual(['eval/acc', 'train/loss']);
    expect((await readCurves(FIXTURES, ['dvclive/plots/metrics/train/loss.tsv'])).map((c) => c.title)).toEqual(['train/loss']);
    expect(await readCurves(FIXTURES, ['dvclive', 'dvc.yaml'], { maxCurves: 3 })).toHaveLength(3);
    // What a folder and the dvc.yaml both name is drawn once.
    expect((await readCurves(FIXTURES, ['dvclive', 'dvc.yaml'], { maxCurves: 10 })).map((c) => c.file)).toEqual([
      'dvclive/plots/metrics/eval/acc.tsv',
      'dvclive/plots/metrics/train/loss.tsv',
      'dvclive/plots/sklearn/precision_recall.json',
      'dvclive/plots/sklearn/roc.json',
    ]);
    // A glob that matches nothing is a mistake said, not an empty section.
    await expect(readCurves(FIXTURES, ['nothing/**/*.tsv'])).rejects.toThrow("plots: 'nothing/**/*.tsv' matched no file in the workspace");
  });

  it('reads older DVCLive step files (the full metric name as the column) and CRLF lines', async () => {
    const root = await workspace({ 'live/plots/metrics/train/loss.tsv': 'timestamp\tstep\ttrain/loss\r\n1\t0\t0.9\r\n2\t1\tinf\r\n3\t2\t0.4\r\n' });
    const [curve] = await readCurves(root, ['live']);
    expect(curve).toEqual({
      title: 'train/loss',
      file: 'live/plots/metrics/train/loss.tsv',
      x: { label: 'step', values: [0, 1, 2] },
      series: [{ name: 'train/loss', values: [0.9, null, 0.4] }],
    });
  });

  it('drops rows whose x is not a number, and keeps text cells as null', async () => {
    const root = await workspace({ 'log.csv': 'epoch,loss\n1,0.5\nbest,0.4\n3,diverged\n4,\n' });
    const [curve] = await readCurves(root, ['log.csv']);
    expect(curve?.x).toEqual({ label: 'step', values: [0, 1, 2, 3] });
    const [byEpoch] = await readCurves(await workspace({ 'log.csv': 'epoch,loss\n1,0.5\nbest,0.4\n3,diverged\n4,\n', 'dvc.yaml': 'plots:\n  - log.csv:\n      x: epoch\n' }), [
      'dvc.yaml',
    ]);
    expect(byEpoch).toMatchObject({ x: { label: 'epoch', values: [1, 3, 4] }, series: [{ name: 'loss', values: [0.5, null, null] }] });
  });
});

describe('downsampling', () => {
  const long: Curve = {
    title: 'loss',
    file: 'loss.tsv',
    x: { label: 'step', values: Array.from({ length: 1000 }, (_, i) => i * 10) },
    series: [
      { name: 'loss', values: Array.from({ length: 1000 }, (_, i) => (i === 500 ? 99 : i === 777 ? -5 : i === 3 ? null : 1 / (i + 1))) },
      { name: 'acc', values: Array.from({ length: 1000 }, (_, i) => (i === 123 ? 2 : 0.5)) },
    ],
  };

  it('keeps first, last, each series min and max, and real points evenly between', () => {
    const d = downsample(long, 60);
    expect(d.x.values).toHaveLength(60);
    for (const step of [0, 9990, 5000, 7770, 1230]) expect(d.x.values).toContain(step);
    // Real points: each kept x has its own values, in order.
    d.x.values.forEach((x, k) => {
      expect(d.series[0]?.values[k]).toBe(long.series[0]?.values[x / 10]);
      if (k > 0) expect(x).toBeGreaterThan(d.x.values[k - 1] as number);
    });
    expect(Math.max(...(d.series[0]?.values.filter((v) => v !== null) as number[]))).toBe(99);
    expect(downsample(long, 1).x.values).toEqual([0, 9990]);
    expect(downsample({ ...long, x: { label: 'step', values: [1, 2] }, series: [] }, 60).x.values).toEqual([1, 2]);
  });

  it('applies maxPoints to the curves read', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => `${i}\t${i === 250 ? 7 : 1 / (i + 1)}`).join('\n');
    const root = await workspace({ 'dvclive/plots/metrics/loss.tsv': `step\tloss\n${rows}\n` });
    const [curve] = await readCurves(root, ['dvclive'], { maxPoints: 20 });
    expect(curve?.x.values).toHaveLength(20);
    expect(curve?.x.values).toEqual(expect.arrayContaining([0, 250, 499]));
    expect(curve?.series[0]?.values).toContain(7);
  });
});

describe('readCurves refuses', () => {
  it('a path that does not exist or leaves the workspace', async () => {
    expect((await errorOf(readCurves(FIXTURES, ['missing.tsv']))).message).toBe("plots: 'missing.tsv' does not exist in the workspace");
    const root = await workspace({ 'importance.png': 'PNG' });
    expect((await errorOf(readCurves(root, ['importance.png']))).message).toBe('plots: importance.png: is not a TSV, CSV, JSON or YAML data file');
    expect((await errorOf(readCurves(FIXTURES, ['../fixtures/plots/dvc.yaml']))).message).toMatch(/^plots: path .* must be relative to the repository root and stay inside it/);
  });

  it('a dvc.yaml plot path that leads outside the root, naming the dvc.yaml line', async () => {
    // The same project file, with its folder as the root: ../dvclive is outside it.
    const error = await errorOf(readCurves(join(FIXTURES, 'project'), ['dvc.yaml']));
    expect(error.message).toMatch(/^plots: dvc\.yaml:14: plot path '\.\.\/dvclive\/plots\/sklearn\/precision_recall\.json' leads outside the repository/);
    expect(error.location).toEqual({ file: 'dvc.yaml', line: 14 });
    const absolute = await errorOf(readCurves(await workspace({ 'dvc.yaml': 'plots:\n  - /etc/passwd\n' }), ['dvc.yaml']));
    expect(absolute.message).toMatch(/dvc\.yaml:2: plot path '\/etc\/passwd' leads outside/);
  });

  it('symbolic links out of the workspace; links inside a walked folder are not followed', async () => {
    const outside = await workspace({ 'secret.tsv': 'step\tx\n0\t1\n' });
    const root = await workspace({ 'dvclive/plots/metrics/ok.tsv': 'step\tok\n0\t1\n' });
    await symlink(join(outside, 'secret.tsv'), join(root, 'link.tsv'));
    await symlink(join(outside, 'secret.tsv'), join(root, 'dvclive/plots/metrics/link.tsv'));
    expect((await errorOf(readCurves(root, ['link.tsv']))).message).toMatch(/^plots: path 'link.tsv' leads outside the workspace through a symbolic link/);
    expect((await readCurves(root, ['dvclive'])).map((c) => c.title)).toEqual(['ok']);
    await writeFile(join(root, 'dvc.yaml'), 'plots:\n  - dvclive/plots/metrics/link.tsv\n');
    expect((await errorOf(readCurves(root, ['dvc.yaml']))).message).toMatch(/leads outside the workspace through a symbolic link/);
  });

  it('an oversized file', async () => {
    const root = await workspace({});
    await writeFile(join(root, 'big.tsv'), '');
    await truncate(join(root, 'big.tsv'), MAX_PLOT_BYTES + 1);
    expect((await errorOf(readCurves(root, ['big.tsv']))).message).toMatch(/^plots: big\.tsv: is \d+ bytes; at most \d+ are read/);
  });

  it.each([
    ['bad.json', '{\n  "roc": [\n    {"fpr": 0.0,, "tpr": 1}\n  ]\n}\n', /^plots: bad\.json:3: not valid JSON/, 3],
    ['ragged.tsv', 'step\tloss\n0\t1\n1\t2\t3\n', /^plots: ragged\.tsv:3: row has 3 fields, the header has 2/, 3],
    ['bad.yaml', 'rows:\n  - {a: 1\n', /^plots: bad\.yaml:\d+: not valid YAML/, undefined],
    ['summary.json', '{"accuracy": 0.9}', /^plots: summary\.json: has no data series to plot/, undefined],
  ])('a malformed %s, naming the file and line', async (name, text, message, line) => {
    const root = await workspace({ [name]: text });
    const error = await errorOf(readCurves(root, [name]));
    expect(error.message).toMatch(message);
    expect(error.location?.file).toBe(name);
    if (line) expect(error.location?.line).toBe(line);
  });

  it("a dvc.yaml naming a field its file lacks, or that is not YAML, at the dvc.yaml's line", async () => {
    const root = await workspace({ 'eval/log.csv': 'epoch,acc\n1,0.5\n', 'dvc.yaml': 'plots:\n  - curves:\n      x: epoch\n      y:\n        eval/log.csv: [acc, accuracy]\n' });
    const error = await errorOf(readCurves(root, ['dvc.yaml']));
    expect(error.message).toBe("plots: dvc.yaml:2: 'accuracy' is not a field of eval/log.csv (its fields: epoch, acc)");
    await writeFile(join(root, 'dvc.yaml'), 'plots:\n  - a: [\n');
    expect((await errorOf(readCurves(root, ['dvc.yaml']))).message).toMatch(/^plots: dvc\.yaml:\d+: not valid YAML/);
  });

  it('leaves out files a folder holds that are no curves, and missing dvc.yaml outputs', async () => {
    const root = await workspace({ 'out/notes.json': '{"a": 1}', 'out/cm.json': '[{"actual": "a", "predicted": "b"}]', 'out/loss.csv': 'step,loss\n0,1\n' });
    await cp(join(FIXTURES, 'project'), join(root, 'project'), { recursive: true });
    expect((await readCurves(root, ['out'])).map((c) => c.file)).toEqual(['out/loss.csv']);
    // Here ../dvclive is inside the root but not there (its stage did not run), nor is eval/not-run-yet.csv.
    expect((await readCurves(root, ['project/dvc.yaml'])).map((c) => c.title)).toEqual(['project/eval/train.csv', 'train_val_test']);
  });
});
