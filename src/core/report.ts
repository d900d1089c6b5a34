import { formatNumber, formatPercent, orderRows, type Comparison, type ComparisonRow, type RowStatus, type Verdict } from './compare.js';
import { code, escapeHtml, escapeMarkdown, linkUrl, rowLength, table } from './markdown.js';
import type { MetricValue } from './metrics.js';

/** GitHub refuses comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** GitHub's job summary takes at most 1 MiB per step, counted in bytes. */
export const SUMMARY_BYTES = 1_000_000;

/** The baseline a comparison was made against, named in every report. */
export interface BaselineInfo {
  /** `merge-base`, `ref`, `file`, or `env` (from deploy-model). */
  kind: string;
  /** What the user asked for, e.g. `ref:main` or `file:baseline/*.json`. */
  spec: string;
  ref?: string;
  sha?: string;
  /** Files read, and those asked for but absent there. */
  files: string[];
  missing: string[];
  /** Why this baseline was chosen, when it needs saying. */
  note?: string;
  /** Where the metrics came from: a recorded run, committed (or given) files, or nothing at all. */
  source?: 'run' | 'files' | 'none';
  /** The commit the lookup started at (the merge-base, the base as merged, the previous commit). */
  target?: string;
  /** How the report names `target` ("the merge-base", "main as merged"). */
  targetLabel?: string;
  /** For a recorded run: how many first-parent commits before `target` its commit `sha` is. */
  distance?: number;
  /** For a recorded run: its tag in the store and the CI run that made it. */
  run?: { tag: string; runUrl?: string };
  /** How many commits were looked up in the run store. */
  looked?: number;
}

/** What a report says around the table. */
export interface ReportContext {
  /** Hidden marker that finds the sticky comment again. */
  marker: string;
  title: string;
  baseline: BaselineInfo | undefined;
  runUrl?: string;
  /** Candidate commit. */
  sha?: string;
  /** Where the untruncated report can be read, named when the comment had to be shortened. */
  fullReportHint?: string;
  /** A commit's web page, for links (absent outside a hosted repository). */
  commitUrl?: (sha: string) => string | undefined;
  /** What the report shows beside the metric rows: what changed, trends, pictures (see {@link ReportSection}). */
  sections?: readonly ReportSection[];
}

/**
 * A part of the report beside the metric rows, already rendered as markdown that closes everything it
 * opens. `numbers` (what changed) is kept before the metric rows are cut; a `picture` (a chart, a
 * matrix, a user's fragment) is the first thing left out when the report must fit a size limit.
 */
export interface ReportSection {
  /** How the report names it when it is left out ("the trend charts"). */
  title: string;
  markdown: string;
  kind: 'numbers' | 'picture';
  /** The section for terminals and CI logs (a sparkline for a chart), when it has one. */
  text?: string;
}

/** Rows under one pattern rule, this many or more, are shown as a group with the rule said once. */
export const GROUP_MIN = 25;

const ICON: Record<RowStatus, string> = { fail: '❌', warn: '⚠️', pass: '✅', info: '·' };
const VERDICT_ICON: Record<Verdict, string> = { fail: '❌', warn: '⚠️', pass: '✅', 'no-baseline': '⚠️' };
const HEADER = ['', 'Metric', 'Value', 'Baseline', 'Δ', 'Δ %', 'Rule', 'Note'];
const ALIGN = ['c', 'l', 'r', 'r', 'r', 'r', 'l', 'l'] as const;

/**
 * Renders a comparison as markdown within `limit` characters. Failures and warnings come first,
 * unchanged metrics are folded in `<details>`. When rows must be left out, tables and `<details>` are
 * still closed and a line says how many rows of which kind were dropped and where the full report is.
 */
export function renderReport(comparison: Comparison, context: ReportContext, limit = Infinity): string {
  const head = headLines(comparison, context).join('\n');
  const sections = context.sections ?? [];
  const numbers = sections.filter((x) => x.kind === 'numbers' && x.markdown.length < (limit - head.length) / 4);
  const shownMain = comparison.rows.filter((r) => r.change !== 'unchanged' || r.status === 'fail' || r.status === 'warn' || r.test !== undefined);
  const groups = ruleGroups(comparison.rows);
  const inGroup = new Set(groups.flatMap((g) => g.rows));
  const main = shownMain.filter((r) => !inGroup.has(r));
  const shown = new Set(shownMain);
  const unchanged = comparison.rows.filter((r) => !shown.has(r) && !inGroup.has(r));
  // Reserve room for the closing lines and the note that names what was left out.
  let budget = limit - head.length - 900 - numbers.reduce((n, x) => n + x.markdown.length + 2, 0);
  const pick = (rows: ComparisonRow[], cells: (r: ComparisonRow) => string[], overhead: number) => {
    const chosen: string[][] = [];
    budget -= overhead;
    for (const row of rows) {
      const c = cells(row);
      const size = rowLength(c);
      if (size > budget) break;
      budget -= size;
      chosen.push(c);
    }
    return chosen;
  };
  // Failures first, wherever they are shown: rows are chosen by rank across the main table and the
  // groups. Failing and warning rows come before the pictures; the other rows take what is left.
  const tableOf = new Map<ComparisonRow, number>([...main.map((r) => [r, -1] as const), ...groups.flatMap((g, i) => g.rows.map((r) => [r, i] as const))]);
  const opened = new Set<number>();
  const chosen = new Set<ComparisonRow>();
  const choose = (rows: readonly ComparisonRow[]) => {
    for (const row of rows) {
      const t = tableOf.get(row) as number;
      const overhead = opened.has(t) ? 0 : t < 0 ? rowLength(HEADER) * 2 + 4 : 400 + (groups[t] as RuleGroup).rule.length + (groups[t] as RuleGroup).pattern.length;
      const size = rowLength(t < 0 ? rowCells(row) : groupCells(row)) + overhead;
      if (size > budget) return;
      budget -= size;
      opened.add(t);
      chosen.add(row);
    }
  };
  const ranked = orderRows([...tableOf.keys()]);
  const urgent = ranked.filter((r) => r.status === 'fail' || r.status === 'warn');
  choose(urgent);
  // Pictures take what the numbers left, in order; one that does not fit is named as left out.
  const pictures: ReportSection[] = [];
  const dropped = sections.filter((x) => !numbers.includes(x) && x.kind === 'numbers').map((x) => x.title);
  for (const x of sections.filter((x) => x.kind === 'picture')) {
    if (x.markdown.length + 2 <= budget) {
      budget -= x.markdown.length + 2;
      pictures.push(x);
    } else dropped.push(x.title);
  }
  if (chosen.size === urgent.length) choose(ranked.slice(urgent.length));
  const mainCells = main.filter((r) => chosen.has(r)).map(rowCells);
  const groupRows = groups.map((g) => g.rows.filter((r) => chosen.has(r)).map(groupCells));
  const restCells = pick(unchanged, (r) => [code(r.name, { inTable: true }), value(r.value), r.rule ? escapeMarkdown(r.rule) : ''], 300);

  const parts = [head, ...numbers.map((x) => x.markdown)];
  if (comparison.rows.length === 0) parts.push('No metrics were found in the candidate or the baseline.');
  if (mainCells.length > 0) parts.push(table(HEADER, mainCells, ALIGN));
  else if (main.length === 0 && groups.length === 0 && unchanged.length > 0) parts.push('No metric changed.');
  groups.forEach((g, i) => parts.push(groupTable(g, groupRows[i] as string[][])));
  if (restCells.length > 0) {
    parts.push(
      `<details><summary>${unchanged.length} unchanged metric${unchanged.length === 1 ? '' : 's'}</summary>\n\n${table(['Metric', 'Value', 'Rule'], restCells, ['l', 'r', 'l'])}\n\n</details>`,
    );
  }
  parts.push(...pictures.map((x) => x.markdown));
  const leftMain = [...tableOf.keys()].filter((r) => !chosen.has(r));
  const leftRest = unchanged.length - restCells.length;
  if (leftMain.length > 0 || leftRest > 0 || dropped.length > 0) parts.push(omittedNote(leftMain, leftRest, dropped, context.fullReportHint));
  return `${parts.join('\n\n')}\n`;
}

/** Rows gated by one pattern rule (per-class metrics), worst first. */
interface RuleGroup {
  pattern: string;
  rule: string;
  rows: ComparisonRow[];
}

function ruleGroups(rows: readonly ComparisonRow[]): RuleGroup[] {
  const byPattern = new Map<string, ComparisonRow[]>();
  for (const r of rows) if (r.pattern !== undefined && r.test === undefined) byPattern.set(r.pattern, [...(byPattern.get(r.pattern) ?? []), r]);
  return [...byPattern].filter(([, list]) => list.length >= GROUP_MIN).map(([pattern, list]) => ({ pattern, rule: list[0]?.rule ?? '', rows: worstFirst(list) }));
}

/** Failures, then warnings, then the rest; within each, the largest move in the worse direction first. */
function worstFirst(rows: readonly ComparisonRow[]): ComparisonRow[] {
  const rank = { fail: 0, warn: 1, info: 2, pass: 3 } as const;
  const harm = (r: ComparisonRow) => (r.direction === 'regressed' ? Math.abs(r.relative ?? r.delta ?? 0) : r.direction === 'improved' ? -Math.abs(r.relative ?? r.delta ?? 0) : 0);
  return [...rows].sort((a, b) => rank[a.status] - rank[b.status] || harm(b) - harm(a));
}

/** A row of a group's table: the rule is said once, in its summary. */
function groupCells(row: ComparisonRow): string[] {
  return rowCells(row).filter((_, i) => i !== 6);
}

function groupTable(g: RuleGroup, cells: string[][]): string {
  const count = (s: RowStatus) => g.rows.filter((r) => r.status === s).length;
  const regressed = g.rows.filter((r) => r.direction === 'regressed').length;
  const said = [count('fail') && `${count('fail')} failing`, count('warn') && `${count('warn')} warning`, regressed && `${regressed} regressed`].filter(Boolean).join(', ');
  const open = count('fail') + count('warn') > 0 ? ' open' : '';
  // Markdown is not read inside <summary>: the rule is HTML-escaped there.
  const summary = `<summary>${g.rows.length} metrics under the rule <code>${escapeHtml(g.pattern, 120)}</code> (${escapeHtml(g.rule)})${said ? `: ${said}` : ': all pass'}; worst first</summary>`;
  const header = HEADER.filter((_, i) => i !== 6);
  const body =
    cells.length > 0
      ? table(
          header,
          cells,
          ALIGN.filter((_, i) => i !== 6),
        )
      : 'None of these rows fit the size limit.';
  return `<details${open}>${summary}\n\n${body}\n\n</details>`;
}

/** {@link renderReport} within a limit in UTF-8 bytes (names in other scripts take 2 to 4 bytes a character). */
export function renderReportBytes(comparison: Comparison, context: ReportContext, maxBytes: number): string {
  let limit = maxBytes;
  for (;;) {
    const markdown = renderReport(comparison, context, limit);
    const bytes = Buffer.byteLength(markdown);
    if (bytes <= maxBytes || limit < 2000) return markdown;
    limit = Math.floor((limit * maxBytes) / bytes) - 1000;
  }
}

function headLines(comparison: Comparison, context: ReportContext): string[] {
  const { counts, verdict } = comparison;
  const regressed = comparison.rows.filter((r) => r.direction === 'regressed').length;
  const improved = comparison.rows.filter((r) => r.direction === 'improved').length;
  const summary = [
    `**${counts.fail} failing**`,
    `${counts.warn} warning${counts.warn === 1 ? '' : 's'}`,
    `${improved} improved`,
    `${regressed} regressed`,
    `${comparison.rows.length} metric${comparison.rows.length === 1 ? '' : 's'}`,
  ].join(' · ');
  const lines = [
    context.marker,
    `### ${VERDICT_ICON[verdict]} ${escapeMarkdown(context.title)}: ${verdict === 'no-baseline' ? 'no baseline' : verdict}`,
    '',
    summary,
    '',
    baselineLine(context),
  ];
  const failed = comparison.candidateFailure;
  if (failed)
    lines.push(
      '',
      `**${escapeMarkdown(failed.reason.charAt(0).toUpperCase() + failed.reason.slice(1), 200)}** (run record ${code(failed.file, { maxLength: 200 })}): the metrics are from a failed run, so the verdict is fail whatever they say.`,
    );
  if (context.baseline?.note) lines.push('', escapeMarkdown(context.baseline.note, 1200));
  const unused = comparison.unusedRules ?? [];
  if (unused.length > 0)
    lines.push(
      '',
      `Rules that matched no metric here (optional rules and patterns): ${unused
        .slice(0, 10)
        .map((n) => code(n))
        .join(', ')}${unused.length > 10 ? ` and ${unused.length - 10} more` : ''}.`,
    );
  const missing = context.baseline?.missing ?? [];
  if (context.baseline?.source === 'none') lines.push('', '**Nothing to compare with**: only absolute bounds (`min`, `max`) were checked, so this is not a pass.');
  else if (context.baseline && context.baseline.files.length === 0) lines.push('', 'The baseline has none of the metrics files, so every metric is new.');
  else if (missing.length > 0)
    lines.push(
      '',
      `Not in the baseline: ${missing
        .slice(0, 10)
        .map((f) => code(f))
        .join(', ')}${missing.length > 10 ? ` and ${missing.length - 10} more` : ''}.`,
    );
  return lines;
}

function baselineLine(context: ReportContext): string {
  const b = context.baseline;
  const run = link('CI run', context.runUrl);
  const commit = (sha: string | undefined) => (sha ? commitLink(sha, context.commitUrl) : '');
  const candidate = context.sha ? `candidate ${commit(context.sha)} vs ` : '';
  if (!b) return `${candidate}no baseline (\`none\`: absolute bounds only)${run}`;
  const on = b.ref ? ` on ${code(b.ref, { maxLength: 80 })}` : '';
  const target = escapeMarkdown(b.targetLabel ?? b.kind, 120);
  if (b.source === 'none') return `${candidate}**no baseline** at ${target}${b.target ? ` ${commit(b.target)}` : ''}${on}${run}`;
  if (b.source === 'run') {
    const distance = Number(b.distance);
    const where = distance > 0 ? `, ${distance} commit${distance === 1 ? '' : 's'} before ${target} ${commit(b.target)}` : ` (${target})`;
    return `${candidate}baseline: the run recorded for ${commit(b.sha)}${on}${where}${link("the baseline's CI run", b.run?.runUrl)}${run}`;
  }
  if (b.kind === 'merge-base' || b.kind === 'ref') return `${candidate}baseline: the metric files at ${commit(b.sha)}${on} (${target})${run}`;
  const at = [b.ref ? code(b.ref, { maxLength: 80 }) : undefined, b.sha ? commit(b.sha) : undefined].filter(Boolean).join(' @ ');
  return `${candidate}baseline **${escapeMarkdown(b.kind)}**${at ? ` (${at})` : ''} from ${code(b.spec, { maxLength: 120 })}${run}`;
}

/** ` · [text](url)` for a plain http(s) URL; nothing otherwise (a URL from a PR must not smuggle markup). */
function link(text: string, url: string | undefined): string {
  const href = linkUrl(url);
  return href ? ` · [${text}](${href})` : '';
}

function commitLink(sha: string, url: ((sha: string) => string | undefined) | undefined): string {
  const text = short(sha);
  const href = /^[0-9a-f]{7,64}$/i.test(sha) ? url?.(sha) : undefined;
  return linkUrl(href) ? `[${text}](${href})` : text;
}

function rowCells(row: ComparisonRow): string[] {
  const delta = row.delta === undefined ? '' : `${row.delta > 0 ? '+' : ''}${formatNumber(row.delta)}`;
  const relative = row.relative === undefined ? '' : `${row.relative > 0 ? '+' : ''}${formatPercent(row.relative)}`;
  const note = [row.change === 'new' ? 'new' : row.change === 'removed' ? 'removed' : (row.direction ?? ''), ...row.reasons].filter(Boolean).join('; ');
  return [
    ICON[row.status],
    code(row.name, { inTable: true }),
    value(row.value),
    value(row.baseline),
    delta,
    relative,
    row.rule ? escapeMarkdown(row.rule) : '',
    escapeMarkdown(note, 300),
  ];
}

function value(v: MetricValue | undefined): string {
  if (v === undefined) return '—';
  return typeof v === 'number' ? formatNumber(v) : code(v, { inTable: true, maxLength: 60 });
}

function short(sha: string): string {
  return /^[0-9a-f]{7,64}$/i.test(sha) ? `\`${sha.slice(0, 7)}\`` : code(sha, { maxLength: 64 });
}

function omittedNote(leftMain: ComparisonRow[], leftUnchanged: number, dropped: readonly string[], hint?: string): string {
  const by = (s: RowStatus) => leftMain.filter((r) => r.status === s).length;
  const kinds = [
    by('fail') && `${by('fail')} failing`,
    by('warn') && `${by('warn')} warning`,
    leftMain.length - by('fail') - by('warn') && `${leftMain.length - by('fail') - by('warn')} other changed`,
    leftUnchanged && `${leftUnchanged} unchanged`,
  ].filter(Boolean);
  const rows = kinds.length > 0 ? `${kinds.join(', ')} metric row${leftMain.length + leftUnchanged === 1 ? '' : 's'}` : '';
  const what = [rows, ...dropped].filter(Boolean);
  const listed = what.length > 1 ? `${what.slice(0, -1).join(', ')} and ${what[what.length - 1]}` : what[0];
  return `> **Shortened:** ${listed} left out to fit the size limit. ${hint ?? 'The full report is in the job log and the report file.'}`;
}
