import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareClasses, confusionFromPredictions, readConfusionFile, renderConfusion, type ConfusionMatrix } from '../../src/core/confusion.js';
import { UserError } from '../../src/core/errors.js';
import type { Predictions } from '../../src/core/paired-values.js';
import { readPredictions } from '../../src/data/predictions.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'plots');
const md = new MarkdownIt({ html: true, linkify: true });
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'confusion-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const predictions = (label: string[], prediction: string[], extra: Partial<Predictions> = {}): Predictions => ({
  display: 'p.csv',
  ids: label.map((_, i) => String(i)),
  label,
  prediction,
  ...extra,
});

/** The table's rows as rendered: cells' inner HTML, header first. */
function renderedRows(markdown: string): string[][] {
  const html = md.render(markdown);
  expect(html.match(/<table>/g)).toHaveLength(1);
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...(m[1] as string).matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1] as string));
}

async function errorOf(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('confusionFromPredictions', () => {
  it('counts a predictions file by true and predicted class, summing weights', async () => {
    const p = await readPredictions(join(FIXTURES, 'predictions', 'classification.csv'), 'classification.csv');
    expect(confusionFromPredictions(p)).toEqual({
      labels: ['bird', 'cat', 'dog'],
      counts: [
        [3, 1, 0],
        [0, 1, 2],
        [0, 0, 1.5],
      ],
      total: 8.5,
    });
  });

  it('has no matrix for regression targets, value-only files or a bare score', async () => {
    expect(confusionFromPredictions(await readPredictions(join(FIXTURES, 'predictions', 'regression.csv'), 'regression.csv'))).toBeUndefined();
    expect(confusionFromPredictions(await readPredictions(join(FIXTURES, 'predictions', 'values.csv'), 'values.csv'))).toBeUndefined();
    expect(confusionFromPredictions({ display: 'p', ids: ['a'], label: ['1'], score: Float64Array.of(0.7) })).toBeUndefined();
    // Whole-number classes are classes, not a regression.
    expect(confusionFromPredictions(predictions(['0', '1', '2'], ['0', '2', '2']))?.labels).toEqual(['0', '1', '2']);
  });

  it('takes the most probable class when there is no prediction column', () => {
    const p: Predictions = {
      display: 'p',
      ids: ['a', 'b'],
      label: ['x', 'y'],
      probs: { classes: ['x', 'y'], values: [Float64Array.of(0.9, 0.6), Float64Array.of(0.1, 0.4)] },
    };
    expect(confusionFromPredictions(p)?.counts).toEqual([
      [1, 0],
      [1, 0],
    ]);
  });

  it('orders classes numerically where they are numbers, and numeric-aware where text', () => {
    expect(['10', '2', 'class10', '-1', 'class2', 'b', 'B', '1.5'].sort(compareClasses)).toEqual(['-1', '1.5', '2', '10', 'b', 'B', 'class2', 'class10']);
  });

  it('keeps the most confused classes past maxClasses and counts the examples left out', () => {
    // a↔b confused often, c↔d once, e never.
    const m = confusionFromPredictions(predictions(['a', 'a', 'b', 'b', 'c', 'd', 'e', 'e'], ['b', 'b', 'a', 'b', 'd', 'd', 'e', 'e']), { maxClasses: 2 });
    expect(m?.labels).toEqual(['a', 'b']);
    expect(m?.counts).toEqual([
      [0, 2],
      [1, 1],
    ]);
    expect(m?.omitted).toEqual({ classes: 3, examples: 4 });
  });
});

describe('readConfusionFile', () => {
  it("reads DVCLive's log_sklearn_plot('confusion_matrix') JSON", async () => {
    const m = await readConfusionFile(join(FIXTURES, 'dvclive', 'plots', 'sklearn', 'confusion_matrix.json'), 'confusion_matrix.json');
    expect(m).toEqual({
      labels: ['0', '1', '2'],
      counts: [
        [1, 1, 0],
        [0, 2, 0],
        [1, 0, 2],
      ],
      total: 7,
    });
  });

  it('reads a CSV matrix with class names, a labels+matrix JSON and actual,predicted rows', async () => {
    const csv = await readConfusionFile(join(FIXTURES, 'confusion', 'matrix.csv'), 'matrix.csv');
    expect(csv.labels).toEqual(['bird', 'cat', 'dog']);
    expect(csv.counts).toEqual([
      [20, 0, 5],
      [2, 50, 3],
      [1, 4, 40],
    ]);
    expect(csv.total).toBe(125);
    const json = await readConfusionFile(join(FIXTURES, 'confusion', 'matrix.json'), 'matrix.json');
    // Reordered by class, each count kept at its true and predicted class.
    expect(json.labels).toEqual(['1', '2', '10']);
    expect(json.counts).toEqual([
      [9, 0, 0],
      [1, 7, 2],
      [0, 1, 5],
    ]);
    const pairs = await readConfusionFile(join(FIXTURES, 'confusion', 'pairs.csv'), 'pairs.csv');
    expect(pairs.counts).toEqual([
      [1, 1],
      [0, 1],
    ]);
  });

  it.each([
    ['bad.json', '[\n  {"actual": "a", "predicted": "b"},\n  {"actual": "a" "predicted": "b"}\n]\n', /bad\.json:3: not valid JSON/],
    ['rows.json', '[{"actual": "a"}]', /rows\.json: entry 1 is not an \{"actual"/],
    ['shape.json', '{"accuracy": 0.9}', /shape\.json: expected DVCLive's list/],
    ['neg.csv', ',a,b\na,1,2\nb,-3,4\n', /neg\.csv:3: "-3" is not a count/],
    ['ragged.json', '{"labels": ["a", "b"], "matrix": [[1, 2], [3]]}', /ragged\.json: row 2 has 1 counts for 2 classes/],
    ['twice.csv', ',a,a\na,1,2\n', /twice\.csv:1: class "a" names two columns/],
    ['rows.csv', ',a,b\na,1,2\nb,0,1\na,3,4\n', /rows\.csv:4: class "a" names two rows/],
    ['short.csv', ',a,b\na,1\n', /short\.csv:2: row has 2 fields, the header has 3/],
    ['empty.csv', '\n', /empty\.csv:1: the file is empty/],
  ])('refuses a malformed %s, naming the file and line', async (name, text, message) => {
    await writeFile(join(dir, name), text);
    const error = await errorOf(readConfusionFile(join(dir, name), name));
    expect(error.message).toMatch(/^confusion: /);
    expect(error.message).toMatch(message);
    expect(error.location?.file).toBe(name);
  });

  it('keeps a file of many classes sparse: the most confused are kept, the rest counted', async () => {
    // Ids mistaken for labels: 5,950 classes (a0..a2999, b50..b2999), which a dense matrix of all would square.
    const rows = Array.from({ length: 3000 }, (_, i) => ({ actual: `a${i}`, predicted: i < 50 ? `a${i + 1}` : `b${i}` }));
    await writeFile(join(dir, 'many.json'), JSON.stringify(rows));
    const m = await readConfusionFile(join(dir, 'many.json'), 'many.json');
    expect(m.labels).toHaveLength(100);
    expect(m.omitted?.classes).toBe(5850);
    // a1..a49 are confused twice (a chain of a→a+1 errors), every other class once: ties go by class order.
    expect(m.labels.slice(0, 3)).toEqual(['a0', 'a1', 'a2']);
  });

  it('reads a TSV matrix by its name', async () => {
    await writeFile(join(dir, 'm.tsv'), '\tx\ty\nx\t1\t0\ny\t2\t3\n');
    expect((await readConfusionFile(join(dir, 'm.tsv'), 'm.tsv')).counts).toEqual([
      [1, 0],
      [2, 3],
    ]);
  });

  it('refuses a missing file and a folder, naming them', async () => {
    expect((await errorOf(readConfusionFile(join(dir, 'none.json'), 'none.json'))).message).toBe('confusion: none.json does not exist');
    await mkdir(join(dir, 'folder.json'), { recursive: true });
    expect((await errorOf(readConfusionFile(join(dir, 'folder.json'), 'folder.json'))).message).toMatch(/folder\.json is not a regular file/);
  });
});

describe('renderConfusion', () => {
  const m: ConfusionMatrix = {
    labels: ['cat', 'dog'],
    counts: [
      [8, 2],
      [1, 9],
    ],
    total: 20,
  };

  it('renders rows as true classes, columns as predicted, the diagonal bold and each recall', () => {
    expect(renderedRows(renderConfusion(m))).toEqual([
      ['true ↓ predicted →', '<code>cat</code>', '<code>dog</code>', 'recall'],
      ['<code>cat</code>', '<strong>8</strong>', '2', '80.0%'],
      ['<code>dog</code>', '1', '<strong>9</strong>', '90.0%'],
    ]);
  });

  it('keeps hostile class names literal and the table whole', () => {
    const hostile = [
      '<img src=x onerror=alert(1)>',
      'a|b|c',
      '`tick` ``two``',
      'line\nbreak\r\n| --- |',
      '@octocat',
      '[link](https://evil.example)',
      '**bold**',
      '</table><script>x</script>',
      'x'.repeat(500),
      '',
    ];
    const n = hostile.length;
    const hm: ConfusionMatrix = { labels: hostile, counts: hostile.map((_, i) => hostile.map((__, j) => (i === j ? 5 : 1))), total: n * n + 4 * n };
    const markdown = renderConfusion(hm, { maxClasses: n });
    const rows = renderedRows(markdown);
    expect(rows).toHaveLength(n + 1);
    for (const row of rows) expect(row).toHaveLength(n + 2);
    const html = md.render(markdown);
    expect(html).not.toMatch(/<img|<script|<a |<strong>bold|<\/table>[\s\S]*<table/);
    // Every class name is one code span in its row's first cell, whatever it holds.
    for (const row of rows.slice(1)) expect(row[0]).toMatch(/^<code>[^]*<\/code>$/);
    expect(rows[1]?.[0]).toBe('<code>&lt;img src=x onerror=alert(1)&gt;</code>');
    expect(rows[2]?.[0]).toBe('<code>a|b|c</code>');
    expect(rows[9]?.[0]?.length).toBeLessThan(60);
  });

  it('shows the most confused classes of many, an other column that keeps rows whole, and says how many were left out', () => {
    const labels = Array.from({ length: 30 }, (_, i) => `c${i}`);
    // Classes c20..c29 are confused with their neighbour; the rest are always right.
    const counts: number[][] = labels.map((_, i) => labels.map((__, j) => (i === j ? 10 : i >= 20 && j === (i === 29 ? 20 : i + 1) ? 3 : 0)));
    counts[5]![20] = 1;
    const markdown = renderConfusion({ labels, counts, total: 0, omitted: { classes: 4, examples: 17 } });
    const rows = renderedRows(markdown);
    expect(rows[0]?.slice(1)).toEqual([...[0, 5, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29].map((i) => `<code>c${i}</code>`), 'other classes', 'recall']);
    expect(rows).toHaveLength(13);
    // c5 predicted as c20 once, which is shown; c29's confusion with c20 is shown too.
    expect(rows.find((r) => r[0] === '<code>c29</code>')?.slice(-2)).toEqual(['0', '76.9%']);
    expect(markdown).toMatch(/12 of 30 classes shown, those most often confused; 18 left out/);
    expect(markdown).toMatch(/4 more classes \(17 examples\) were left out of the matrix itself/);
  });

  it('gives the change from a baseline per cell and per-class recall', () => {
    const baseline: ConfusionMatrix = {
      labels: ['cat', 'dog'],
      counts: [
        [6, 4],
        [1, 9],
      ],
      total: 20,
    };
    const rows = renderedRows(renderConfusion({ ...m, labels: ['cat', 'dog', 'eel'], counts: [...m.counts.map((r) => [...r, 0]), [0, 0, 2]] }, { baseline }));
    expect(rows[0]?.at(-1)).toBe('Δ recall');
    expect(rows[1]).toEqual(['<code>cat</code>', '<strong>8</strong> (+2)', '2 (−2)', '0', '80.0%', '+20.0 pp']);
    expect(rows[2]).toEqual(['<code>dog</code>', '1', '<strong>9</strong>', '0', '90.0%', '0.0 pp']);
    expect(rows[3]?.at(-1)).toBe('new');
  });

  it('formats weighted counts and leaves the recall of an empty row blank', () => {
    const rows = renderedRows(
      renderConfusion({
        labels: ['a', 'b'],
        counts: [
          [1.25, 0.5],
          [0, 0],
        ],
        total: 1.75,
      }),
    );
    expect(rows[1]).toEqual(['<code>a</code>', '<strong>1.25</strong>', '0.5', '71.4%']);
    expect(rows[2]?.at(-1)).toBe('–');
  });
});
