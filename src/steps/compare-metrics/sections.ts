import { readFile, stat } from 'node:fs/promises';
import { mermaidLineChart, sparkline } from '../../core/charts.js';
import { type Comparison, formatNumber } from '../../core/compare.js';
import { confusionFromPredictions, readConfusionFile, renderConfusion } from '../../core/confusion.js';
import { UserError } from '../../core/errors.js';
import { confinePath, displayPath } from '../../core/files.js';
import { code, escapeHtml, escapeMarkdown, htmlCode } from '../../core/markdown.js';
import type { Predictions } from '../../core/paired-gate.js';
import { readCurves } from '../../core/plots.js';
import type { ReportSection } from '../../core/report.js';
import { diffRuns, renderRunDiff } from '../../core/run-diff.js';
import { commitUrl, compareUrl, type Platform } from '../../platform/platform.js';
import type { Baseline, FoundRun, RunLookup } from './baseline.js';
import type { CompareInputs } from './step.js';

/** What the sections are made from, besides the inputs. */
export interface SectionSources {
  comparison: Comparison;
  /** The candidate's run record, when its metrics came from one. */
  candidateRecord?: unknown;
  baseline: Baseline;
  runs?: RunLookup;
  candidatePredictions?: Predictions;
  baselinePredictions?: Predictions;
}

/** Gated metrics drawn as trends, at most: one chart each. */
const MAX_TRENDS = 4;

/**
 * The report's sections beside the metric rows: what changed between the two runs, the trend of each
 * gated metric along the default branch, the confusion matrix, training curves and the user's own
 * fragment. A section whose source is absent is left out; one whose file is broken fails the step
 * (a named input that cannot be read is never skipped in silence).
 */
export async function reportSections(platform: Platform, inputs: CompareInputs, sources: SectionSources): Promise<ReportSection[]> {
  const { context } = platform;
  const sections: ReportSection[] = [];
  const links = { commitUrl: (sha: string) => commitUrl(context, sha), compareUrl: (a: string, b: string) => compareUrl(context, a, b) };
  if (sources.candidateRecord !== undefined && sources.baseline.record !== undefined) {
    sections.push({ title: 'what changed', kind: 'numbers', markdown: renderRunDiff(diffRuns(sources.candidateRecord, sources.baseline.record), links) });
  }
  const trends = await trendSection(platform, inputs, sources);
  if (trends) sections.push(trends);
  const confusion = await confusionSection(platform, inputs, sources);
  if (confusion) sections.push(confusion);
  if (inputs.plots.length > 0) {
    const curves = await readCurves(context.workspace, inputs.plots);
    const charts = curves.map(
      (c) =>
        [
          chartCaption(
            c.title,
            c.file,
            c.series.map((s) => s.name),
          ),
          mermaidLineChart({ title: c.title, x: { label: c.x.label, values: c.x.values }, series: c.series }),
        ] as const,
    );
    const drawn = charts.filter(([, chart]) => chart !== undefined).map(([caption, chart]) => `${caption}\n\n${chart as string}`);
    if (drawn.length > 0) sections.push({ title: 'the training curves', kind: 'picture', markdown: folded(`Training curves (${drawn.length})`, drawn.join('\n\n')) });
  }
  if (inputs.reportExtra) sections.push(await fragmentSection(platform, inputs.reportExtra));
  return sections;
}

/** The last recorded runs along the baseline's first-parent line, oldest first, and the candidate. */
async function trendSection(platform: Platform, inputs: CompareInputs, sources: SectionSources): Promise<ReportSection | undefined> {
  const { runs, baseline, comparison } = sources;
  const sha = baseline.info?.source === 'run' ? baseline.info.sha : undefined;
  if (!runs?.recorded || !sha || inputs.trendRuns === 0) return undefined;
  let found: FoundRun[];
  try {
    found = await runs.recorded(sha, inputs.trendRuns);
  } catch (error) {
    // The trend is a picture: a store or history that cannot give it is said, and the gate goes on.
    platform.log.warning(`compare-metrics: no trend chart: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  if (found.length < 2) return undefined;
  const line = [...found].reverse();
  const gated = comparison.rows.filter((r) => r.rule && typeof r.value === 'number').slice(0, MAX_TRENDS);
  const labels = [...line.map((r) => r.commit.slice(0, 7)), 'candidate'];
  const blocks: string[] = [];
  const text: string[] = [];
  for (const row of gated) {
    const values = [...line.map((r) => numeric(r.metrics.get(row.name)?.value)), row.value as number];
    const chart = mermaidLineChart({ title: row.name, x: { label: 'run', categories: labels }, series: [{ name: row.name, values }] });
    if (!chart) continue;
    const spark = sparkline(values);
    blocks.push(`${code(row.name, { maxLength: 120 })} over the last ${line.length} recorded runs and the candidate: \`${spark}\`\n\n${chart}`);
    const first = values.find((v) => v !== null);
    text.push(`  ${spark}  ${row.name}: ${first === undefined || first === null ? '-' : formatNumber(first)} → ${formatNumber(row.value as number)}`);
  }
  if (blocks.length === 0) return undefined;
  return {
    title: 'the trend charts',
    kind: 'picture',
    markdown: folded(`Trends along ${escapeHtml(context(platform), 80)} (${line.length} recorded runs)`, blocks.join('\n\n')),
    text: [`trends along ${context(platform)} (${line.length} recorded runs, oldest first, then the candidate):`, ...text].join('\n'),
  };
}

function context(platform: Platform): string {
  return platform.context.defaultBranch ?? 'the default branch';
}

async function confusionSection(platform: Platform, inputs: CompareInputs, sources: SectionSources): Promise<ReportSection | undefined> {
  const { workspace } = platform.context;
  let matrix = sources.candidatePredictions ? confusionFromPredictions(sources.candidatePredictions) : undefined;
  const base = sources.baselinePredictions ? confusionFromPredictions(sources.baselinePredictions) : undefined;
  if (inputs.confusion) {
    const full = await confinePath(workspace, inputs.confusion, "compare-metrics: input 'confusion'");
    matrix = await readConfusionFile(full, displayPath(workspace, full));
  }
  if (!matrix) return undefined;
  return {
    title: 'the confusion matrix',
    kind: 'picture',
    markdown: folded(`Confusion matrix (${matrix.labels.length} classes, ${matrix.total} examples)`, renderConfusion(matrix, base ? { baseline: base } : {})),
  };
}

/**
 * The user's own fragment (input 'report-extra'): its ```mermaid blocks are placed as they are, in a
 * fence no line of theirs can close; every other line is shown as literal text. A pull request writes
 * this file, so it may not add links, images, mentions or HTML to the comment.
 */
async function fragmentSection(platform: Platform, path: string): Promise<ReportSection> {
  const { workspace } = platform.context;
  const full = await confinePath(workspace, path, "compare-metrics: input 'report-extra'");
  const shown = displayPath(workspace, full);
  const info = await stat(full).catch(() => undefined);
  if (!info?.isFile()) throw new UserError(`compare-metrics: input 'report-extra': no file at ${shown}`);
  if (info.size > 64_000) throw new UserError(`compare-metrics: input 'report-extra': ${shown} is ${info.size} bytes; at most 64000 fit in a comment`);
  const text = await readFile(full, 'utf8');
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  const mermaidFile = /\.mmd$/i.test(full);
  let block: string[] | undefined = mermaidFile ? [] : undefined;
  for (const line of lines) {
    if (!mermaidFile && block === undefined && /^\s*```\s*mermaid\s*$/.test(line)) block = [];
    else if (!mermaidFile && block !== undefined && /^\s*```\s*$/.test(line)) {
      out.push(fence(block));
      block = undefined;
    } else if (block !== undefined) block.push(line);
    else if (line.trim() !== '') out.push(escapeMarkdown(line, 500));
  }
  if (block !== undefined && block.length > 0) out.push(fence(block));
  return { title: `the fragment from ${shown}`, kind: 'picture', markdown: folded(`From ${htmlCode(shown, 120)}`, out.join('\n\n')) };
}

function fence(lines: readonly string[]): string {
  const longest = Math.max(2, ...lines.flatMap((l) => l.match(/`+|~+/g) ?? []).map((run) => run.length));
  const f = '`'.repeat(longest + 1);
  return `${f}mermaid\n${lines.join('\n')}\n${f}`;
}

function chartCaption(title: string, file: string, series: readonly string[]): string {
  return `${code(title, { maxLength: 120 })} from ${code(file, { maxLength: 120 })}${series.length > 1 ? `: ${series.map((s) => code(s, { maxLength: 60 })).join(', ')}` : ''}`;
}

/** A section folded under a summary, which must already be HTML (markdown is not read inside `<summary>`). */
function folded(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

function numeric(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
