import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { mermaidLabel, mermaidLineChart, sparkline, type LineChart, type Series } from '../../src/core/charts.js';
import { mermaidBlocks, parseMermaid, renderMermaid, xyChartData } from '../helpers/mermaid.js';

const MARK = '\ufffd';

/** The one block a chart is, its body parsed: fails the test when it is not exactly one xychart block. */
async function parsed(chart: LineChart) {
  const block = mermaidLineChart(chart);
  expect(block).toBeDefined();
  const bodies = mermaidBlocks(block ?? '');
  expect(bodies).toHaveLength(1);
  const body = bodies[0] ?? '';
  expect(await parseMermaid(body)).toBe('xychart');
  return { block: block ?? '', body, data: await xyChartData(body) };
}

const HOSTILE = [
  '"]; x-axis [a',
  '```',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '#35;',
  '#lt;img#gt;',
  'style:#f00;',
  '%%{init: {"theme": "dark"}}%%',
  '%% comment',
  'a\nb',
  '\n',
  'line [1, 2]\nline [3',
  'a,b',
  '[',
  ']',
  '"',
  "'",
  '\\',
  '&amp;',
  'a & b',
  '`"md`',
  '---\nconfig: {}\n---',
  'ﬂ°°60¶ß',
  '🚀 loss 👩‍💻',
  'دقة النموذج',
  'דיוק',
  '\u202eevil\u202c',
  'x\u0000y\u0007z',
  'é (e + U+0301)',
  'x'.repeat(500),
  '',
  '   ',
  '-->',
  '@user #1 !2',
];

describe('mermaidLabel', () => {
  it('keeps letters, digits and marks of any script and the safe punctuation', () => {
    expect(mermaidLabel("val/accuracy@top-5 (run #12, 50%): x_y+z'")).toBe("val/accuracy@top-5 (run #12, 50%): x_y+z'");
    expect(mermaidLabel('دقة النموذج')).toBe('دقة النموذج');
    expect(mermaidLabel('精度 ١٢٣ Ελληνικά')).toBe('精度 ١٢٣ Ελληνικά');
    expect(mermaidLabel('e\u0301')).toBe('e\u0301');
  });

  it('replaces every other character with U+FFFD, one per code point, never dropping it', () => {
    expect(mermaidLabel('a"b`c<d>e&f;g=h')).toBe(`a${MARK}b${MARK}c${MARK}d${MARK}e${MARK}f${MARK}g${MARK}h`);
    expect(mermaidLabel('#35;')).toBe(`#35${MARK}`);
    expect(mermaidLabel('🚀x')).toBe(`${MARK}x`);
    expect(mermaidLabel('\ud800x')).toBe(`${MARK}x`);
    expect(mermaidLabel('\u202eab')).toBe(`${MARK}ab`);
    // Mermaid's own entity placeholders cannot be spelled.
    expect(mermaidLabel('ﬂ°°60¶ß')).toBe(`ﬂ${MARK}${MARK}60${MARK}ß`);
  });

  it('never leaves %% (a directive or a comment to Mermaid)', () => {
    expect(mermaidLabel('%%{init: {}}%%')).toBe(`%${MARK}${MARK}init: ${MARK}${MARK}${MARK}%${MARK}`);
    expect(mermaidLabel('50%')).toBe('50%');
    expect(mermaidLabel('%%%')).toBe(`%${MARK}${MARK}`);
  });

  it('turns whitespace and control characters into single spaces and trims', () => {
    expect(mermaidLabel('  a\n\tb\r\n\u0000c\u2028 ')).toBe('a b c');
    expect(mermaidLabel('\n')).toBe('');
  });

  it('cuts long text by code points, marking the cut', () => {
    expect(mermaidLabel('x'.repeat(500))).toBe(`${'x'.repeat(59)}…`);
    expect(mermaidLabel('abcdef', 4)).toBe('abc…');
    expect(mermaidLabel('ab cdef', 4)).toBe('ab…');
    expect([...mermaidLabel('𝐀'.repeat(10), 5)]).toEqual(['𝐀', '𝐀', '𝐀', '𝐀', '…']);
    expect(mermaidLabel('abc', 3)).toBe('abc');
  });
});

describe('mermaidLineChart', () => {
  it('writes a trend as one fenced xychart-beta block that Mermaid parses to the same chart', async () => {
    const chart: LineChart = {
      title: 'accuracy',
      x: { label: 'run', categories: ['a1b2c3d', 'e4f5a6b', 'candidate'] },
      y: { label: 'accuracy' },
      series: [{ name: 'accuracy', values: [0.91, 0.925, -0.5] }],
    };
    const { block, data } = await parsed(chart);
    expect(block).toBe(
      [
        '```mermaid',
        'xychart-beta',
        'title "accuracy"',
        'x-axis "run" ["a1b2c3d", "e4f5a6b", "candidate"]',
        'y-axis "accuracy" -0.5 --> 0.925',
        'line "accuracy" [0.91, 0.925, -0.5]',
        '```',
        '',
      ].join('\n'),
    );
    expect(data).toEqual({
      title: 'accuracy',
      categories: ['a1b2c3d', 'e4f5a6b', 'candidate'],
      lines: [[0.91, 0.925, -0.5]],
      names: ['accuracy'],
      xLabel: 'run',
      yLabel: 'accuracy',
      yRange: [-0.5, 0.925],
    });
  });

  it('draws a numeric x axis as categories of its numbers, so irregular steps are not spread evenly', async () => {
    const { data, body } = await parsed({ title: 'loss', x: { label: 'epoch', values: [1, 2, 5, 10, 0.5, 1e21] }, series: [{ name: 'train', values: [3, 2, 1, 0.5, 4, 0.1] }] });
    expect(body).not.toContain('-->  ');
    expect(data.categories).toEqual(['1', '2', '5', '10', '0.5', '1e+21']);
    expect(data.lines).toEqual([[3, 2, 1, 0.5, 4, 0.1]]);
  });

  it('leaves out, never fills, the categories where a series has no value', async () => {
    const { data } = await parsed({
      title: 'f1',
      x: { categories: ['a', 'b', 'c', 'd', 'e'] },
      series: [{ name: 'f1', values: [0.5, null, Number.NaN, 0.7, Number.POSITIVE_INFINITY] }],
    });
    expect(data.categories).toEqual(['a', 'd']);
    expect(data.lines).toEqual([[0.5, 0.7]]);
  });

  it('draws several series only where all of them have a value, and leaves out one that shares none', async () => {
    const { data } = await parsed({
      title: 'loss',
      x: { values: [1, 2, 3, 4, 5, 6] },
      series: [
        { name: 'train', values: [6, 5, 4, 3, 2, 1] },
        { name: 'val', values: [null, 5.5, null, 3.5, null, 1.5] },
        { name: 'test', values: [1, null, 1, null, 1, null] },
        { name: 'empty', values: [] },
        // Shorter than the axis: the missing tail has no value.
        { name: 'short', values: [9, 9, 9, 9] },
      ],
    });
    expect(data.categories).toEqual(['2', '4']);
    expect(data.names).toEqual(['train', 'val', 'short']);
    expect(data.lines).toEqual([
      [5, 3],
      [5.5, 3.5],
      [9, 9],
    ]);
  });

  it('is undefined when there is no finite value to draw', () => {
    expect(mermaidLineChart({ title: 't', x: { categories: ['a', 'b'] }, series: [] })).toBeUndefined();
    expect(mermaidLineChart({ title: 't', x: { categories: [] }, series: [{ name: 's', values: [1] }] })).toBeUndefined();
    expect(mermaidLineChart({ title: 't', x: { values: [1, 2] }, series: [{ name: 's', values: [null, Number.NaN] }] })).toBeUndefined();
  });

  it('widens the y axis when all values are equal, and keeps extreme and negative numbers exact', async () => {
    for (const v of [0, -0, 1, -3, 0.1, 1e308, -Number.MAX_VALUE, Number.MAX_VALUE, 5e-324, -5e-324, 1e-7, 123456789012345680000]) {
      const { data } = await parsed({ title: 't', x: { categories: ['a', 'b'] }, series: [{ name: 's', values: [v, v] }] });
      expect(data.lines).toEqual([[v, v]]);
      const [lo, hi] = data.yRange ?? [Number.NaN, Number.NaN];
      expect(lo).toBeLessThan(hi);
      expect(lo).toBeLessThanOrEqual(v);
      expect(hi).toBeGreaterThanOrEqual(v);
      expect(Number.isFinite(lo) && Number.isFinite(hi)).toBe(true);
    }
  });

  it('writes numbers without exponents, which the grammar refuses', async () => {
    const { body, data } = await parsed({ title: 't', x: { categories: ['a', 'b', 'c'] }, series: [{ name: 's', values: [1e-7, 2.5e21, -1.5e-10] }] });
    expect(body).not.toMatch(/\d[eE]/);
    expect(body).toContain('line "s" [0.0000001, 2500000000000000000000, -0.00000000015]');
    expect(data.lines).toEqual([[1e-7, 2.5e21, -1.5e-10]]);
  });

  it('gives empty and repeated categories a distinct label, since Mermaid draws repeats at one x', async () => {
    const { data } = await parsed({
      title: '',
      x: { categories: ['a', 'a', '', '\n', 'a (2)', '"', '`'] },
      series: [{ name: '', values: [1, 2, 3, 4, 5, 6, 7] }],
    });
    expect(data.title).toBe('');
    expect(data.categories).toEqual(['a', 'a (2)', MARK, `${MARK} (2)`, 'a (2) (2)', `${MARK} (3)`, `${MARK} (4)`]);
    expect(new Set(data.categories).size).toBe(7);
    expect(data.lines).toEqual([[1, 2, 3, 4, 5, 6, 7]]);
  });

  it('caps series at 10 and points at 60: the latest categories, or numbers spread first to last', async () => {
    const many = (n: number): Series[] => Array.from({ length: n }, (_, k) => ({ name: `s${k}`, values: Array.from({ length: 100 }, (_, i) => i + k) }));
    const trend = await parsed({ title: 't', x: { categories: Array.from({ length: 100 }, (_, i) => `r${i}`) }, series: many(12) });
    expect(trend.data.names).toEqual(many(10).map((s) => s.name));
    expect(trend.data.categories).toEqual(Array.from({ length: 60 }, (_, i) => `r${i + 40}`));
    expect(trend.data.lines[9]).toEqual(Array.from({ length: 60 }, (_, i) => i + 49));

    const curve = await parsed({ title: 't', x: { values: Array.from({ length: 100 }, (_, i) => i + 1) }, series: many(1) });
    expect(curve.data.categories).toHaveLength(60);
    expect(curve.data.categories[0]).toBe('1');
    expect(curve.data.categories[59]).toBe('100');
    expect(curve.data.lines[0]?.map((v) => String(v + 1))).toEqual(curve.data.categories);
  });

  it('draws fewer points when the digits would pass Mermaid’s 50,000-character limit', async () => {
    const tiny = Array.from({ length: 60 }, (_, i) => (i + 1) * 5e-324);
    const { block, data } = await parsed({
      title: 't',
      x: { categories: tiny.map((_, i) => `r${i}`) },
      series: Array.from({ length: 10 }, (_, k) => ({ name: `s${k}`, values: tiny })),
    });
    expect(block.length).toBeLessThanOrEqual(50_000);
    expect(data.categories.length).toBeGreaterThan(0);
    expect(data.categories.length).toBeLessThan(60);
    expect(data.lines[0]).toEqual(tiny.slice(-data.categories.length));
  });

  it.each(HOSTILE)('keeps the hostile label %j literal everywhere it can appear', async (hostile) => {
    const chart: LineChart = {
      title: hostile,
      x: { label: hostile, categories: [hostile, `${hostile}2`, 'c'] },
      y: { label: hostile },
      series: [{ name: hostile, values: [1, 2, 3] }],
    };
    const { block, body, data } = await parsed(chart);
    expect(data.title).toBe(mermaidLabel(hostile, 100));
    expect(data.xLabel).toBe(mermaidLabel(hostile));
    expect(data.yLabel).toBe(mermaidLabel(hostile));
    expect(data.names).toEqual([mermaidLabel(hostile)]);
    const first = mermaidLabel(hostile, 30) || MARK;
    const second = mermaidLabel(`${hostile}2`, 30);
    expect(data.categories).toEqual([first, second === first ? `${first} (2)` : second, 'c']);
    expect(data.lines).toEqual([[1, 2, 3]]);

    // The body: a line a statement, no quote but ours, nothing Mermaid or markdown reads as markup.
    expect(body.split('\n')).toHaveLength(mermaidLabel(hostile, 100) === '' ? 5 : 6);
    expect(body.replace(/^(y-axis .*\d) --> (-?\d)/m, '$1 $2')).not.toMatch(/[`<>&;=]|%%|\u00b0|\u00b6/);
    for (const line of body.split('\n').filter(Boolean)) expect(line).toMatch(/^(xychart-beta|title|x-axis|y-axis|line)\b/);

    // The surrounding markdown: the block stays one code block, whatever the caption around it.
    const html = new MarkdownIt({ html: true, linkify: true }).render(`Caption\n\n${block}\nAfter`);
    expect(html.match(/<pre>/g)).toHaveLength(1);
    expect(html).toMatch(/^<p>Caption<\/p>\n<pre><code class="language-mermaid">[^<]*<\/code><\/pre>\n<p>After<\/p>\n$/);

    // And rendered the way a browser does, the labels are text, never elements or attributes.
    const svg = await renderMermaid(body);
    const tags = new Set([...svg.matchAll(/<([a-zA-Z][\w:-]*)/g)].map((m) => m[1]));
    expect([...tags].filter((t) => !['svg', 'style', 'g', 'rect', 'path', 'text'].includes(t ?? ''))).toEqual([]);
    const title = mermaidLabel(hostile, 100);
    if (title !== '') expect(svg).toContain(`>${title}</text>`);
    expect(svg).not.toMatch(/\son\w+=|<script|<img/i);
  });

  it('parses, and reads back the values given, for arbitrary labels and doubles', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 80 });
    const value = fc.oneof(
      fc.double(),
      fc.constant(null),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0, 1e308, -1e308, 5e-324, -5e-324, Number.MAX_VALUE, Number.MIN_VALUE),
    );
    const chart = fc.integer({ min: 0, max: 12 }).chain((n) =>
      fc.record({
        title: text,
        x: fc.oneof(
          fc.record({ label: fc.option(text, { nil: undefined }), categories: fc.array(text, { minLength: n, maxLength: n }) }),
          fc.record({ label: fc.option(text, { nil: undefined }), values: fc.array(fc.double(), { minLength: n, maxLength: n }) }),
        ),
        y: fc.option(fc.record({ label: fc.option(text, { nil: undefined }) }), { nil: undefined }),
        series: fc.array(fc.record({ name: text, values: fc.array(value, { maxLength: n + 2 }) }), { maxLength: 4 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(chart, async (c: LineChart) => {
        // The documented rule, independently: series in order, each kept when it shares a category
        // where every kept series has a finite value.
        const n = 'values' in c.x ? c.x.values.length : c.x.categories.length;
        let shown: number[] = [];
        const kept: Series[] = [];
        for (const s of c.series) {
          const both = (kept.length === 0 ? Array.from({ length: n }, (_, i) => i) : shown).filter((i) => Number.isFinite(s.values[i]));
          if (both.length > 0) {
            kept.push(s);
            shown = both;
          }
        }
        const block = mermaidLineChart(c);
        if (kept.length === 0) {
          expect(block).toBeUndefined();
          return;
        }
        const { data } = await parsed(c);
        expect(data.title).toBe(mermaidLabel(c.title, 100));
        expect(data.categories).toHaveLength(shown.length);
        expect(new Set(data.categories).size).toBe(shown.length);
        expect(data.names).toEqual(kept.map((s) => mermaidLabel(s.name)));
        expect(data.lines).toEqual(kept.map((s) => shown.map((i) => s.values[i])));
        const [lo, hi] = data.yRange ?? [Number.NaN, Number.NaN];
        expect(lo).toBeLessThan(hi);
        for (const v of data.lines.flat()) expect(lo <= v && v <= hi).toBe(true);
      }),
      { numRuns: 300, seed: 20_260_512 },
    );
  });
});

describe('sparkline', () => {
  it('scales the values to eight levels, lowest to highest, negatives included', () => {
    expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8])).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([-1, 0, 1])).toBe('▁▅█');
    expect(sparkline([-1e308, 1e308])).toBe('▁█');
  });

  it('draws equal values, and a single one, as a flat line at mid height', () => {
    expect(sparkline([0.9, 0.9, 0.9])).toBe('▄▄▄');
    expect(sparkline([42])).toBe('▄');
    expect(sparkline([-0, 0])).toBe('▄▄');
  });

  it('marks null and non-finite values with a gap, never a level', () => {
    expect(sparkline([1, null, 3, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])).toBe('▁·█···');
    expect(sparkline([null, null])).toBe('··');
    expect(sparkline([null, 5])).toBe('·▄');
  });

  it('is empty for no values', () => {
    expect(sparkline([])).toBe('');
  });

  it('takes a long history without overflowing the stack', () => {
    const line = sparkline(Array.from({ length: 300_000 }, (_, i) => i));
    expect(line).toHaveLength(300_000);
    expect(line.startsWith('▁') && line.endsWith('█')).toBe(true);
  });
});
