import { formatNumber, formatPercent, type Comparison, type ComparisonRow } from './compare.js';
import type { MetricValue } from './metrics.js';
import type { ReportContext } from './report.js';

const MAX_ROWS = 200;

/**
 * A comparison as an aligned plain-text table for terminals and CI logs. Control characters in names
 * are replaced so repository text cannot move the cursor or recolour the log. Unchanged metrics are
 * counted, not listed; past 200 rows the rest are counted too (the markdown report has them all).
 */
export function renderText(comparison: Comparison, context: ReportContext): string {
  const shown = comparison.rows.filter((r) => r.change !== 'unchanged' || r.status === 'fail' || r.status === 'warn' || r.test !== undefined);
  const unchanged = comparison.rows.length - shown.length;
  const header = ['', 'metric', 'value', 'baseline', 'delta', 'delta %', 'note'];
  const rows = shown
    .slice(0, MAX_ROWS)
    .map((r) => [
      r.status === 'info' ? '' : r.status.toUpperCase(),
      clean(r.name, 60),
      value(r.value),
      value(r.baseline),
      r.delta === undefined ? '' : `${r.delta > 0 ? '+' : ''}${formatNumber(r.delta)}`,
      r.relative === undefined ? '' : `${r.relative > 0 ? '+' : ''}${formatPercent(r.relative)}`,
      clean(note(r), 100),
    ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i >= 2 && i <= 5 ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  const b = context.baseline;
  const lines = [
    `${clean(context.title, 80)}: ${comparison.verdict.toUpperCase()} (${comparison.counts.fail} failing, ${comparison.counts.warn} warning, ${comparison.rows.length} metrics)`,
    b
      ? `baseline: ${clean(b.spec, 120)}${b.ref ? ` ${clean(b.ref, 60)}` : ''}${b.sha ? ` @ ${b.sha.slice(0, 7)}` : ''}${b.source === 'run' ? ` (recorded run${b.distance ? `, ${b.distance} commits before ${clean(b.targetLabel ?? 'the baseline commit', 60)}` : ''})` : b.source === 'none' ? ' (nothing found: only absolute bounds checked)' : ''}`
      : 'baseline: none',
    ...(comparison.candidateFailure
      ? [`${clean(comparison.candidateFailure.reason, 100)} (run record ${clean(comparison.candidateFailure.file, 120)}): the verdict is fail whatever the metrics say`]
      : []),
    '',
  ];
  if (rows.length > 0) lines.push(line(header), ...rows.map(line));
  if (shown.length > MAX_ROWS) lines.push(`… ${shown.length - MAX_ROWS} more changed metrics in the report file`);
  if (unchanged > 0) lines.push(`${unchanged} unchanged metric${unchanged === 1 ? '' : 's'} not listed`);
  // Sections draw from files a pull request writes: cleaned line by line like the rows.
  for (const section of context.sections ?? []) if (section.text) lines.push('', ...section.text.split('\n').map((l) => clean(l, 200)));
  return lines.join('\n');
}

function note(r: ComparisonRow): string {
  return [r.change === 'new' ? 'new' : r.change === 'removed' ? 'removed' : (r.direction ?? ''), ...r.reasons].filter(Boolean).join('; ');
}

function value(v: MetricValue | undefined): string {
  if (v === undefined) return '-';
  return typeof v === 'number' ? formatNumber(v) : JSON.stringify(clean(v, 30));
}

function clean(text: string, max: number): string {
  const t = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
