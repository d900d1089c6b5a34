/**
 * The reports under fuzz, through GitHub's renderer: cmark-gfm with raw HTML on (`--unsafe`) and the
 * table, strikethrough, autolink and tagfilter extensions, as github.com renders comments before its
 * sanitiser. markdown-it (HTML and linkify on) is a second renderer.
 *
 * Each report is rendered twice: built from hostile texts (metric names, values, rules, notes, titles,
 * file names, cell values, actors, reasons) and from its benign twin, the same report with every such
 * text replaced by a plain word. Whatever the hostile texts are, both renderings must have the same
 * elements, links, comments and table columns: untrusted text opens no block (heading, list, rule,
 * code block), makes no HTML element, link, image or @mention. The terminal forms must hold no control
 * characters.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { compareMetrics, type Comparison, type ComparisonRow } from '../../src/core/compare.js';
import { bundleJson, fromRows, validateBundle, type ComparisonBundle } from '../../src/core/comparison-file.js';
import { code, escapeMarkdown } from '../../src/core/markdown.js';
import type { MetricSet, MetricValue } from '../../src/core/metrics.js';
import { GITHUB_COMMENT_LIMIT, renderReport, type BaselineInfo, type ReportContext } from '../../src/core/report.js';
import { parseRulesYaml } from '../../src/core/rules.js';
import { renderText } from '../../src/core/text-report.js';
import { validateData } from '../../src/data/validate.js';
import { historyReport } from '../../src/steps/deployments.js';
import { renderDataReport } from '../../src/steps/validate-data/report.js';
import { csvCell, HOSTILE, metricName } from './generators.js';
import { bytesOf, Family, runs, TIMEOUT } from './harness.js';
import { cmark, decodeHtml, RENDERERS } from '../helpers/markdown-render.js';

const family = new Family('markdown');
const dir = mkdtempSync(join(tmpdir(), 'mg-fuzz-markdown-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a rendering is made of: elements by name, link targets, images, comments, cells per table row, and the text outside code. */
function shape(html: string) {
  const tags: Record<string, number> = {};
  for (const m of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)(?=[\s/>])/g)) {
    const name = (m[1] as string).toLowerCase();
    tags[name] = (tags[name] ?? 0) + 1;
  }
  const closes = (name: string) => html.match(new RegExp(`</${name}>`, 'gi'))?.length ?? 0;
  const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => (m[1] as string).match(/<t[hd][\s>]/g)?.length ?? 0);
  const prose = decodeHtml(
    html
      .replace(/<code>[\s\S]*?<\/code>/g, ' ')
      .replace(/<pre[\s\S]*?<\/pre>/g, ' ')
      .replace(/<[^>]*>/g, ' '),
  );
  return {
    tags,
    hrefs: [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => m[1]),
    comments: html.match(/<!--/g)?.length ?? 0,
    details: [tags.details ?? 0, closes('details')],
    rows,
    // What GitHub and GitLab turn into mentions, references and autolinks in rendered text.
    mentions: prose.match(/@[\w-]/g)?.length ?? 0,
    references: prose.match(/#\d|\bGH-\d|(?:^|\s)[!~%$&^][\w"']/gi)?.length ?? 0,
    autolinks: prose.match(/www\.|:\/\/|\w@\w/gi)?.length ?? 0,
  };
}

/**
 * Replaces every untrusted text with a plain word, the same text with the same word (metric identity
 * is kept), a blank text with itself (a report leaves out what is empty).
 */
class Twin {
  private readonly words = new Map<string, string>();
  text = (s: string): string => {
    // Blank (once control characters are spaces): a report may leave it out, so it stays as it is.
    if (/^[\s\u0000-\u001f\u007f]*$/.test(s)) return s;
    let w = this.words.get(s);
    if (w === undefined) this.words.set(s, (w = `w${this.words.size}`));
    return w;
  };
  value = (v: MetricValue | undefined): MetricValue | undefined => (typeof v === 'string' ? this.text(v) : v);
}

/** Asserts that the hostile rendering has the benign twin's structure, in every renderer. */
function sameStructure(hostile: string, benign: string): void {
  for (const [renderer, render] of RENDERERS) {
    const h = shape(render(hostile));
    const b = shape(render(benign));
    const where = `${renderer}:\n--- markdown ---\n${hostile.slice(0, 3000)}`;
    expect(h.tags, where).toEqual(b.tags);
    expect(h.hrefs, where).toEqual(b.hrefs);
    expect(h.tags.img ?? 0, where).toBe(0);
    expect(h.comments, where).toBe(b.comments);
    expect(h.details, where).toEqual(b.details);
    expect(h.details[0], where).toBe(h.details[1]);
    expect(h.rows, where).toEqual(b.rows);
    expect(h.mentions, where).toBe(b.mentions);
    expect(h.references, where).toBe(b.references);
    expect(h.autolinks, where).toBe(b.autolinks);
  }
}

/** No control character a terminal acts on (colours, cursor moves, OSC 8 links) in a text report. */
function plainText(text: string): void {
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
}

const hostile = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: metricName },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...HOSTILE), metricName).map(([a, b]) => `${a} ${b}`) },
);
const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, 0.5, 1e-9, 1e20));
const value: fc.Arbitrary<MetricValue> = fc.oneof({ weight: 3, arbitrary: number }, { weight: 1, arbitrary: hostile });

const RUN_URL = 'https://github.com/o/r/actions/runs/1';
const commitUrl = (sha: string) => `https://github.com/o/r/commit/${sha}`;

const baseline: fc.Arbitrary<BaselineInfo | undefined> = fc.option(
  fc.record(
    {
      kind: fc.oneof(fc.constantFrom('merge-base', 'ref', 'file', 'env'), hostile),
      spec: hostile,
      ref: hostile,
      sha: fc.constantFrom('a'.repeat(40), '0123abc'),
      files: fc.array(hostile, { maxLength: 3 }),
      missing: fc.array(hostile, { maxLength: 12 }),
      note: hostile,
      source: fc.constantFrom('run', 'files', 'none', undefined),
      target: fc.constant('b'.repeat(40)),
      targetLabel: hostile,
      distance: fc.nat({ max: 3 }),
      run: fc.record({ tag: hostile }),
    },
    { requiredKeys: ['kind', 'spec', 'files', 'missing'] },
  ),
  { nil: undefined },
);

function twinBaseline(b: BaselineInfo | undefined, t: Twin): BaselineInfo | undefined {
  if (!b) return b;
  const opt = (s: string | undefined) => (s === undefined ? s : t.text(s));
  return {
    ...b,
    // The kinds a report words differently keep their name; any other is text.
    kind: ['merge-base', 'ref'].includes(b.kind) ? b.kind : t.text(b.kind),
    spec: t.text(b.spec),
    ref: opt(b.ref),
    files: b.files.map(t.text),
    missing: b.missing.map(t.text),
    note: opt(b.note),
    targetLabel: opt(b.targetLabel),
    run: b.run ? { tag: t.text(b.run.tag) } : undefined,
  };
}

function contextOf(title: string, b: BaselineInfo | undefined): ReportContext {
  return { marker: '<!-- modelgate:compare-metrics:ci -->', title, baseline: b, runUrl: RUN_URL, sha: 'c'.repeat(40), commitUrl };
}

describe('the compare-metrics report', () => {
  it(
    'hostile metric names, values, rules, titles and baseline texts render with the structure of their benign twin',
    () =>
      family.check(
        'compare-metrics report',
        fc.record({
          metrics: fc.uniqueArray(fc.record({ name: hostile, value, base: fc.option(value, { nil: undefined }), gated: fc.boolean() }), { maxLength: 8, selector: (m) => m.name }),
          title: hostile,
          baseline,
          failure: fc.option(fc.record({ reason: hostile, file: hostile }), { nil: undefined }),
          limit: fc.constantFrom(Infinity, GITHUB_COMMENT_LIMIT),
        }),
        async ({ metrics, title, baseline: b, failure, limit }) => {
          const render = async (t: (s: string) => string, tv: (v: MetricValue | undefined) => MetricValue | undefined, base: BaselineInfo | undefined) => {
            const set = (pick: (m: (typeof metrics)[number]) => MetricValue | undefined): MetricSet =>
              new Map(metrics.flatMap((m) => (pick(m) === undefined ? [] : [[t(m.name), { name: t(m.name), value: tv(pick(m)) as MetricValue, source: { file: 'm.json' } }]])));
            // A `*` makes a rule a pattern, which would gate other metrics than its twin's.
            const rules = metrics
              .filter((m) => m.gated && m.name !== '' && !m.name.includes('*'))
              .map((m) => `${JSON.stringify(t(m.name))}: {better: higher, min: 0, max-drop: 1%}`)
              .join('\n');
            const failed = failure && { reason: t(failure.reason), file: t(failure.file) };
            const comparison = compareMetrics(
              set((m) => m.value),
              set((m) => m.base),
              await parseRulesYaml(rules, "input 'rules'"),
              { candidateFailure: failed },
            );
            const context = contextOf(t(title), base);
            return { markdown: renderReport(comparison, context, limit), text: renderText(comparison, context) };
          };
          const twin = new Twin();
          const h = await render(
            (s) => s,
            (v) => v,
            b,
          );
          const w = await render(twin.text, twin.value, twinBaseline(b, twin));
          sameStructure(h.markdown, w.markdown);
          plainText(h.text);
          expect(h.markdown.length).toBeLessThanOrEqual(limit);
          return { bytes: bytesOf(h.markdown), label: `${metrics.length} metrics${limit < Infinity ? ', comment limit' : ''}` };
        },
        { seed: 0x4a01, numRuns: runs(60, 3_000) },
      ),
    TIMEOUT,
  );

  it(
    "a fork's saved comparison, accepted by validateBundle, renders with the structure of its benign twin",
    () =>
      family.check(
        'saved comparison report',
        fc.record({
          title: hostile,
          rows: fc.array(
            fc.record({
              name: hostile,
              value: fc.option(value, { nil: undefined }),
              baseline: fc.option(value, { nil: undefined }),
              change: fc.constantFrom('new', 'removed', 'changed', 'unchanged', 'incomparable', 'missing'),
              status: fc.constantFrom('pass', 'warn', 'fail', 'info'),
              reasons: fc.array(hostile, { maxLength: 2 }),
              rule: fc.option(hostile, { nil: undefined }),
              direction: fc.constantFrom('improved', 'regressed', undefined),
              delta: fc.option(number, { nil: undefined }),
              relative: fc.option(number, { nil: undefined }),
            }),
            { maxLength: 8 },
          ),
          baseline,
          unusedRules: fc.array(hostile, { maxLength: 12 }),
          failure: fc.option(fc.record({ reason: hostile, file: hostile }), { nil: undefined }),
          verdict: fc.constantFrom('pass', 'warn', 'fail', 'no-baseline', undefined),
        }),
        async ({ title, rows, baseline: b, unusedRules, failure, verdict }) => {
          const render = (t: Twin | undefined) => {
            const text = (s: string) => (t ? t.text(s) : s);
            const saved = {
              kind: 'modelgate/comparison',
              version: 1,
              key: 'compare-metrics:ci',
              title: text(title),
              changeRequest: 7,
              sha: 'c'.repeat(40),
              failOn: 'fail',
              verdict,
              baseline: t ? twinBaseline(b, t) : b,
              rows: rows.map((r) => ({
                ...r,
                name: text(r.name),
                value: t ? t.value(r.value) : r.value,
                baseline: t ? t.value(r.baseline) : r.baseline,
                reasons: r.reasons.map(text),
                rule: r.rule === undefined ? undefined : text(r.rule),
              })),
              unusedRules: unusedRules.map(text),
              candidateFailure: failure && { reason: text(failure.reason), file: text(failure.file) },
            };
            // As the publish step reads it: written as compare-metrics writes it (NaN and infinities as
            // their names), read back from the artifact and validated; the run link is the trusted one.
            const bundle = validateBundle(JSON.parse(bundleJson(saved as unknown as ComparisonBundle)), 'report/compare-metrics.json');
            const comparison: Comparison = { ...fromRows(bundle.rows as ComparisonRow[], bundle.verdict, bundle.candidateFailure), unusedRules: bundle.unusedRules };
            const context = contextOf(bundle.title, bundle.baseline);
            return { markdown: renderReport(comparison, context, GITHUB_COMMENT_LIMIT), text: renderText(comparison, context) };
          };
          const h = render(undefined);
          const w = render(new Twin());
          sameStructure(h.markdown, w.markdown);
          plainText(h.text);
          return { bytes: bytesOf(h.markdown), label: `${rows.length} saved rows` };
        },
        {
          seed: 0x4a02,
          numRuns: runs(60, 3_000),
          examples: [
            { title: 't', rows: [], baseline: undefined, unusedRules: ['', 'a', '<img src=x>', '[l](https://evil.example)'], failure: undefined, verdict: 'pass' },
            // markdown-it's linkify made a domain of a title's `a.b.cx` (seed 18946).
            { title: '__proto__ a.b.cx: NaN,', rows: [], baseline: undefined, unusedRules: [], failure: undefined, verdict: 'pass' },
          ],
        },
      ),
    TIMEOUT,
  );

  it(
    'escapeMarkdown and code keep any text inline and literal at the start of a paragraph and in a table cell',
    () =>
      family.check(
        'inline escapes',
        fc.array(
          fc.oneof(
            hostile,
            fc.constant(''),
            fc.string({
              unit: fc.constantFrom(
                '#',
                '-',
                '+',
                '*',
                '=',
                '_',
                '`',
                '|',
                '<',
                '>',
                '[',
                ']',
                '(',
                ')',
                '!',
                '@',
                ' ',
                '\t',
                '\n',
                '1',
                '.',
                ')',
                '~',
                ':',
                '/',
                'w',
                '&',
                ';',
                '\\',
              ),
              maxLength: 16,
            }),
          ),
          { minLength: 1, maxLength: 4 },
        ),
        async (texts) => {
          const twin = new Twin();
          // Each text as prose opening a paragraph, as a code span, several spans on one line (as the
          // report lists rules and files), and both in a table row.
          const doc = (ts: string[]) =>
            [
              'before',
              ...ts.map((t) => escapeMarkdown(t)),
              `after ${ts.map((t) => code(t)).join(', ')}.`,
              `| a | b |\n|---|---|\n${ts.map((t) => `| ${escapeMarkdown(t)} | ${ts.map((u) => code(u, { inTable: true })).join(' ')} |`).join('\n')}`,
            ].join('\n\n');
          sameStructure(doc(texts), doc(texts.map(twin.text)));
          return { bytes: bytesOf(texts.join('')), label: JSON.stringify(texts).slice(0, 60) };
        },
        // An empty text made `` (no code span), and the spans after it on the line paired up anew.
        { seed: 0x4a03, numRuns: runs(120, 5_000), examples: [['', 'a', '<img src=x>', '[l](https://evil.example)']] },
      ),
    TIMEOUT,
  );
});

describe('the validate-data report', () => {
  it(
    'hostile field names and cell values render with the structure of their benign twin',
    () =>
      family.check(
        'validate-data report',
        fc.record({ names: fc.uniqueArray(hostile, { minLength: 1, maxLength: 3 }), cells: fc.array(hostile, { minLength: 1, maxLength: 6 }), title: hostile }),
        async ({ names, cells, title }) => {
          const render = async (t: (s: string) => string, tag: string) => {
            const fields = names.map((name, i) => ({ name: t(name), constraints: i === 0 ? { enum: ['only this'] } : { maxLength: 0 } }));
            const path = join(dir, `${tag}.csv`);
            const lines = [fields.map((f) => csvCell(f.name, true)).join(','), ...cells.map((c) => fields.map(() => csvCell(t(c), true)).join(','))];
            writeFileSync(path, `${lines.join('\n')}\n`);
            const report = await validateData({ sources: [{ path, display: `${t(title)}.csv` }], schema: { fields }, schemaFile: 'schema.yaml', tempDir: dir });
            return renderDataReport(report, [], t(title), report.valid ? 'pass' : 'fail');
          };
          const twin = new Twin();
          const h = await render((s) => s, 'hostile');
          const w = await render(twin.text, 'benign');
          sameStructure(h.markdown, w.markdown);
          plainText(h.text.replace(/\uFFFD/g, ''));
          return { bytes: bytesOf(h.markdown), label: `${names.length} fields, ${cells.length} rows` };
        },
        { seed: 0x4b01, numRuns: runs(30, 1_000) },
      ),
    TIMEOUT,
  );
});

describe('the history report', () => {
  it(
    'hostile models, environments, versions, actors and reasons render with the structure of their benign twin',
    () =>
      family.check(
        'history report',
        fc.record({
          model: hostile,
          environment: hostile,
          records: fc.array(
            fc.record({
              version: fc.option(hostile, { nil: undefined }),
              actor: hostile,
              reason: hostile,
              verdict: fc.option(hostile, { nil: undefined }),
              forced: fc.boolean(),
              rollback: fc.boolean(),
            }),
            { maxLength: 5 },
          ),
          lost: fc.nat({ max: 2 }),
          pointer: fc.option(hostile, { nil: undefined }),
        }),
        async ({ model, environment, records, lost, pointer }) => {
          const render = (t: (s: string) => string) => {
            const list = records.map((r, i) => ({
              digest: `sha256:${String(i).repeat(64).slice(0, 64)}`,
              record: {
                model: t(model),
                environment: t(environment),
                action: r.rollback ? ('rollback' as const) : ('promote' as const),
                from: i > 0 ? `sha256:${'e'.repeat(64)}` : undefined,
                to: `sha256:${'f'.repeat(64)}`,
                version: r.version === undefined ? undefined : t(r.version),
                actor: t(r.actor),
                time: '2024-05-01T10:00:00.000Z',
                verdict: r.verdict === undefined ? undefined : t(r.verdict),
                forced: r.forced,
                reason: t(r.reason),
              },
            }));
            return historyReport(t(model), t(environment), list, pointer === undefined ? undefined : t(pointer), list.slice(0, lost));
          };
          const twin = new Twin();
          const h = render((s) => s);
          const w = render(twin.text);
          sameStructure(h.markdown, w.markdown);
          plainText(h.text);
          return { bytes: bytesOf(h.markdown), label: `${records.length} records` };
        },
        { seed: 0x4c01, numRuns: runs(60, 3_000) },
      ),
    TIMEOUT,
  );
});

describe('the renderer itself', () => {
  it('cmark-gfm renders raw HTML and autolinks as github.com does before sanitising, so the checks above can fail', () => {
    // A check that cannot see an element would pass every report: the renderer must show them.
    const html = cmark('# h\n\n<img src=x> www.evil.example @octocat\n\n- item\n\n```\ncode\n```\n\n<details><summary>s</summary>\n\nx\n\n</details>\n');
    const s = shape(html);
    expect(s.tags).toMatchObject({ h1: 1, img: 1, ul: 1, li: 1, pre: 1, details: 1, summary: 1 });
    expect(s.mentions).toBe(1);
    expect(cmark('see www.evil.example/x now')).toContain('<a href="http://www.evil.example/x">');
  });
});
