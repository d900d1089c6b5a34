import { describe, expect, it } from 'vitest';
import { compareMetrics } from '../../src/core/compare.js';
import type { MetricSet } from '../../src/core/metrics.js';
import { GITHUB_COMMENT_LIMIT, renderReport, type ReportContext, type ReportSection } from '../../src/core/report.js';
import { parseRulesYaml } from '../../src/core/rules.js';
import { renderProblems } from '../helpers/markdown-render.js';

const context: ReportContext = { marker: '<!-- modelgate:compare-metrics:ci -->', title: 'Model metrics', baseline: undefined };

function set(entries: [string, number][]): MetricSet {
  return new Map(entries.map(([name, value]) => [name, { name, value, source: { file: 'm.json' } }]));
}

/** 3,000 per-class F1 scores under one pattern rule: 40 regressed past it, the rest moved a little. */
async function perClass() {
  const classes = Array.from({ length: 3000 }, (_, i) => `class_${String(i).padStart(4, '0')}`);
  const baseline = set(classes.map((c) => [`per_class.${c}.f1`, 0.9]));
  const candidate = set(classes.map((c, i) => [`per_class.${c}.f1`, i % 75 === 0 ? 0.9 - 0.2 * (i / 3000) - 0.05 : 0.9 + (i % 7) / 1000]));
  return compareMetrics(candidate, baseline, await parseRulesYaml('"per_class.*.f1": {better: higher, max-drop: 2%}\n', 'rules'));
}

describe('the report beside its metric rows', () => {
  it('shows 3,000 per-class metrics under one rule as a group, worst first, under the comment limit', async () => {
    const comparison = await perClass();
    expect(comparison.counts.fail).toBe(40);
    const markdown = renderReport(comparison, context, GITHUB_COMMENT_LIMIT);
    expect(markdown.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    // The rule is said once, in the group's summary, not on 3,000 rows.
    expect(markdown.match(/max-drop 2%/g)).toHaveLength(1);
    expect(markdown).toContain(
      '<details open><summary>3000 metrics under the rule <code>per_class.*.f1</code> (higher is better · max-drop 2%): 40 failing, 40 regressed; worst first</summary>',
    );
    const rows = markdown.split('\n').filter((l) => l.startsWith('| ❌'));
    expect(rows).toHaveLength(40);
    // Worst first: the largest drop leads.
    expect(rows[0]).toContain('`per_class.class_2925.f1`');
    expect(renderProblems(markdown)).toEqual([]);
  });

  it('drops pictures before numbers, and says which it left out', async () => {
    const comparison = await perClass();
    const numbers: ReportSection = {
      title: 'what changed',
      kind: 'numbers',
      markdown: '<details open><summary>What changed: params unchanged</summary>\n\nNothing else.\n\n</details>',
    };
    const picture = (title: string, size: number): ReportSection => ({
      title,
      kind: 'picture',
      markdown: `<details><summary>${title}</summary>\n\n${'x'.repeat(size)}\n\n</details>`,
    });
    const sections = [numbers, picture('the trend charts', 2_000), picture('the confusion matrix', 70_000)];
    const full = renderReport(comparison, { ...context, sections });
    expect(full).toContain('What changed: params unchanged');
    expect(full).toContain('the confusion matrix</summary>');
    const cut = renderReport(comparison, { ...context, sections, fullReportHint: 'The full report is in the job summary.' }, GITHUB_COMMENT_LIMIT);
    expect(cut.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(cut).toContain('What changed: params unchanged');
    // The 40 failing rows stay; the big picture goes, and the note says so.
    expect(cut.split('\n').filter((l) => l.startsWith('| ❌'))).toHaveLength(40);
    // The small picture is kept ahead of passing rows; the big one goes, and the note says so.
    expect(cut).toContain('the trend charts</summary>');
    expect(cut).not.toContain('the confusion matrix</summary>');
    expect(cut).toMatch(/> \*\*Shortened:\*\* \d+ other changed metric rows and the confusion matrix left out to fit the size limit\. The full report is in the job summary\./);
    // Numbers lead the report: the section comes before the metric table.
    expect(cut.indexOf('What changed')).toBeLessThan(cut.indexOf('| ❌'));
  });

  it('a small report keeps every section, pictures after the metric rows', async () => {
    const comparison = compareMetrics(set([['acc', 0.9]]), set([['acc', 0.8]]), await parseRulesYaml('acc: {better: higher}', 'r'));
    const sections: ReportSection[] = [
      { title: 'the trend charts', kind: 'picture', markdown: '<details><summary>Trends</summary>\n\nchart\n\n</details>' },
      { title: 'what changed', kind: 'numbers', markdown: '<details><summary>What changed</summary>\n\ndiff\n\n</details>' },
    ];
    const markdown = renderReport(comparison, { ...context, sections }, GITHUB_COMMENT_LIMIT);
    expect(markdown).not.toContain('Shortened');
    expect(markdown.indexOf('What changed')).toBeLessThan(markdown.indexOf('| ✅'));
    expect(markdown.indexOf('| ✅')).toBeLessThan(markdown.indexOf('Trends'));
  });
});
