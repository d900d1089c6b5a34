import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { compareMetrics } from '../../src/core/compare.js';
import { fromRows, validateBundle } from '../../src/core/comparison-file.js';
import { code, escapeMarkdown } from '../../src/core/markdown.js';
import type { MetricSet, MetricValue } from '../../src/core/metrics.js';
import { GITHUB_COMMENT_LIMIT, renderReport, type ReportContext } from '../../src/core/report.js';
import { parseRulesYaml } from '../../src/core/rules.js';
import { renderText } from '../../src/core/text-report.js';

const md = new MarkdownIt({ html: true, linkify: true });
const set = (entries: [string, MetricValue][]): MetricSet => new Map(entries.map(([name, value]) => [name, { name, value, source: { file: 'm.json' } }]));
const context: ReportContext = {
  marker: '<!-- modelgate:compare-metrics:ci -->',
  title: 'Model metrics',
  baseline: { kind: 'merge-base', spec: 'merge-base', ref: 'main', sha: 'a'.repeat(40), files: ['metrics.json'], missing: [] },
  runUrl: 'https://github.com/o/r/actions/runs/1',
  sha: 'b'.repeat(40),
};

/** Checks what a renderer would break on: every table row has the header's cell count, details balance. */
function assertIntactMarkdown(markdown: string): void {
  const lines = markdown.split('\n');
  let width: number | undefined;
  for (const line of lines) {
    if (!line.startsWith('|')) {
      width = undefined;
      continue;
    }
    // GFM splits cells on pipes not preceded by a backslash, inside code spans too.
    const cells = line.split(/(?<!\\)\|/).length;
    width ??= cells;
    expect(cells, `row: ${line.slice(0, 120)}`).toBe(width);
  }
  const html = md.render(markdown);
  // Balanced in what renders (a name may hold the text '</details>' inside its code span).
  expect(html.match(/<details[\s>]/g)?.length ?? 0).toBe(html.match(/<\/details>/g)?.length ?? 0);
  expect(html.match(/<table>/g)?.length ?? 0).toBe(markdown.match(/^\| *:?-+:? *\|/gm)?.length ?? 0);
}

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '[click](https://evil.example/phish)',
  '![pixel](https://evil.example/p.png)',
  'https://evil.example/autolink',
  'www.evil.example',
  '@octocat please look',
  'someone@example.com',
  'fixes #123',
  'a|b|c',
  '**bold** _it_ `code` ~~strike~~',
  '<!-- modelgate:compare-metrics:ci -->',
  '</details><script>alert(1)</script>',
  'line\nbreak\r\n| --- |',
  '<a href="javascript:alert(1)">x</a>',
  '\\| escaped pipe',
  '&lt;entity&gt;',
  '_www.evil.example/login',
  'see GH-123',
  'gitlab !12 grp/proj!3 ~bug %v1 $snip &epic',
  'back`tick``s',
  ' padded ',
];

const decode = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('markdown report', () => {
  it('renders hostile metric names and values as literal text', async () => {
    const candidate = set(HOSTILE.map((name, i) => [name, i % 2 ? 0.5 : `<b>${name}</b>`]));
    const baseline = set(HOSTILE.map((name) => [name, 0.4]));
    const comparison = compareMetrics(candidate, baseline, await parseRulesYaml('"*": {max-rise: 1%}', 'rules'));
    const markdown = renderReport(comparison, { ...context, title: '@team [x](https://evil.example)' });
    assertIntactMarkdown(markdown);
    const html = md.render(markdown);
    // The only link is the run link; no element came from the names.
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('<a href="https://github.com/o/r/actions/runs/1">');
    for (const tag of ['<img', '<script', '<b>', '<em>', '<code>code', '<s>', '<del>']) expect(html).not.toContain(tag);
    expect(html).not.toContain('<strong>bold');
    // The real marker opens the body; a planted one only shows as text.
    expect(markdown.startsWith(context.marker)).toBe(true);
    expect(html.match(/<!-- modelgate:/g)).toHaveLength(1);
    // Every name and text value is a code span holding exactly the original text (newlines as spaces).
    const spans = [...html.matchAll(/<code>([\s\S]*?)<\/code>/g)].map((m) => decode(m[1] as string));
    for (const name of HOSTILE) expect(spans, name).toContain(name.replace(/[\r\n]+/g, ' '));
    // Outside code spans, nothing a platform links or references is left.
    const prose = decode(html.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<[^>]+>/g, ''));
    expect(prose).not.toMatch(/@\w|#\d|GH-\d|www\.|https?:\/\/evil|[!~%$&^]\w/i);
  });

  it('escapes a title as prose that reads the same and links nothing', () => {
    const title = '@team [x](https://evil.example) _www.evil.example GH-12 #3 !4 ~bug %v1 $s &e <b>**bold**</b> a|b';
    const html = md.renderInline(escapeMarkdown(title));
    expect(decode(html).replace(/\u200b/g, '')).toBe(title);
    expect(html).not.toMatch(/<a |<b>|<strong>/);
    expect(decode(html)).not.toMatch(/@\w|#\d|GH-\d|www\.|https?:\/\/|[!~%$&^]\w/i);
  });

  it.each(['# heading', '- item', '+ item', '1. item', '7) item', '---', '===', '    indented code', '\t# tab'])('text at the start of a paragraph opens no block: %j', (text) => {
    // A fork's saved report puts baseline.note at the start of its own paragraph.
    const html = md.render(`before\n\n${escapeMarkdown(text)}\n\nafter`);
    expect(html).not.toMatch(/<h\d|<ul|<ol|<hr|<pre|<code/);
    expect(html).toContain(`<p>${text.trim()}</p>`);
  });

  it('fences a code span longer than any backtick run in the text', () => {
    expect(code('a``b')).toBe('```a``b```');
    expect(code('`x')).toBe('`` `x ``');
    expect(code('a|b', { inTable: true })).toBe('`a\\|b`');
    expect(md.renderInline(code('x `` y'))).toBe('<code>x `` y</code>');
  });

  it('keeps a 10,000-metric report under the comment limit with intact markdown and says what it left out', async () => {
    const n = 10_000;
    const names = Array.from({ length: n }, (_, i) => `layer_${i}.metric|with<html>_${'x'.repeat(i % 50)}`);
    const candidate = set(names.map((name, i) => [name, i % 3 === 0 ? i : i + 0.5]));
    const baseline = set(names.map((name, i) => [name, i]));
    const comparison = compareMetrics(candidate, baseline, await parseRulesYaml('"layer_1*": {max-rise: 0}', 'rules'));
    const markdown = renderReport(comparison, { ...context, fullReportHint: 'The full report is in the job summary.' }, GITHUB_COMMENT_LIMIT);
    expect(markdown.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(markdown.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT * 0.8); // it used the room it had
    assertIntactMarkdown(markdown);
    expect(markdown).toMatch(
      /> \*\*Shortened:\*\* \d+ failing, \d+ other changed, \d+ unchanged metric rows left out to fit the size limit\. The full report is in the job summary\./,
    );
    // Failures come first, so the shown rows are failures.
    const firstRow = markdown.split('\n').find((l) => l.startsWith('| ❌'));
    expect(firstRow).toBeDefined();
    const full = renderReport(comparison, context);
    expect(full).not.toContain('Shortened');
    // Three tables (header + delimiter each): the changed rows, the 1,111 under the pattern rule as one group, the unchanged.
    expect(full.split('\n').filter((l) => l.startsWith('| ')).length).toBe(n + 6);
    expect(full).toContain('<details open><summary>1111 metrics under the rule <code>layer_1*</code> (max-rise 0): 742 failing; worst first</summary>');
  });

  it('names the baseline, the candidate and the run, and says when the baseline has no metrics', async () => {
    const comparison = compareMetrics(set([['a', 1]]), set([]), await parseRulesYaml('', 'r'));
    const markdown = renderReport(comparison, { ...context, baseline: { ...context.baseline!, files: [], missing: ['metrics.json'] } });
    expect(markdown).toContain('candidate `bbbbbbb` vs baseline: the metric files at `aaaaaaa` on `main` (merge-base) · [CI run](https://github.com/o/r/actions/runs/1)');
    expect(markdown).toContain('The baseline has none of the metrics files, so every metric is new.');
  });

  it('refuses a run link that is not a plain http(s) URL', async () => {
    const comparison = compareMetrics(set([['a', 1]]), undefined, await parseRulesYaml('', 'r'));
    expect(renderReport(comparison, { ...context, runUrl: 'javascript:alert(1)' })).not.toContain('javascript');
  });

  it('renders a terminal table without control characters', async () => {
    const comparison = compareMetrics(set([['evil\u001b[31mred', 0.5]]), set([['evil\u001b[31mred', 0.4]]), await parseRulesYaml('', 'r'));
    const text = renderText(comparison, context);
    expect(text).not.toContain('\u001b');
    expect(text).toContain('evil?[31mred');
    expect(text).toMatch(/evil\?\[31mred\s+0\.5\s+0\.4\s+\+0\.1\s+\+25%/);
  });

  it('says a failed training run above the table and in the terminal table, and a saved one stays a failure', async () => {
    const candidateFailure = { reason: 'training failed: exit 2', file: 'out/run.json' };
    const comparison = compareMetrics(set([['a', 1]]), set([['a', 1]]), await parseRulesYaml('a: {min: 0}', 'r'), { candidateFailure });
    const markdown = renderReport(comparison, context);
    expect(markdown).toContain('### ❌ Model metrics: fail');
    expect(markdown).toContain('**Training failed: exit 2** (run record `out/run.json`): the metrics are from a failed run, so the verdict is fail whatever they say.');
    expect(renderText(comparison, context)).toContain(
      'Model metrics: FAIL (0 failing, 0 warning, 1 metrics)\nbaseline: merge-base main @ aaaaaaa\ntraining failed: exit 2 (run record out/run.json)',
    );
    expect(fromRows(comparison.rows, 'pass', candidateFailure)).toMatchObject({ verdict: 'fail', candidateFailure });
    expect(fromRows(comparison.rows, 'fail').verdict).toBe('fail');
    expect(fromRows(comparison.rows, 'pass').verdict).toBe('pass');
    const bundle = { kind: 'modelgate/comparison', version: 1, key: 'k', title: 't', failOn: 'fail', rows: comparison.rows };
    expect(() => validateBundle({ ...bundle, candidateFailure: { reason: 1 } }, 'c.json', 'x', {})).toThrow(/bad candidateFailure/);
    expect(validateBundle({ ...bundle, candidateFailure }, 'c.json', 'x', {}).candidateFailure).toEqual(candidateFailure);
  });
});
