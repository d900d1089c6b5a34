import { formatDuration } from '../../core/duration.js';
import { code, escapeMarkdown, table } from '../../core/markdown.js';
import type { DriftResult } from '../../data/drift.js';
import type { CheckResult, DataReport } from '../../data/validate.js';
import type { RenderedReport } from '../../platform/platform.js';

const ICON = { pass: '✅', warn: '⚠️', fail: '❌' } as const;
const MAX_TABLE_ROWS = 200;

function status(c: CheckResult): keyof typeof ICON {
  return c.passed ? 'pass' : c.severity === 'error' ? 'fail' : 'warn';
}

function formatScore(n: number): string {
  return Math.abs(n) >= 1000 || (n !== 0 && Math.abs(n) < 0.001) ? n.toExponential(2) : n.toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * The data report for people: the verdict and figures, a table of every check, the examples of the
 * failed ones (cell values are untrusted data: shown only as code spans), and the drift table.
 */
export function renderDataReport(report: DataReport, drift: readonly DriftResult[], title: string, verdict: 'pass' | 'warn' | 'fail'): RenderedReport {
  const s = report.stats;
  const mbps = s.seconds > 0 ? (s.bytes / 1e6 / s.seconds).toFixed(0) : '—';
  const figures = `${s.rows.toLocaleString('en-US')} rows in ${s.files} file${s.files === 1 ? '' : 's'} (${(s.bytes / 1e6).toFixed(1)} MB, ${formatDuration(s.seconds * 1000)}, ${mbps} MB/s) · ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'} · fingerprint ${code(report.fingerprint.slice(0, 23))}`;
  const shown = report.checks.slice(0, MAX_TABLE_ROWS);
  const rows = shown.map((c) => [
    ICON[status(c)],
    code(c.title, { inTable: true }),
    String(c.count),
    c.examples[0] ? code(`${c.examples[0].file}${c.examples[0].line ? `:${c.examples[0].line}` : ''} ${c.examples[0].message}`, { inTable: true, maxLength: 160 }) : '',
  ]);
  const more = report.checks.length > shown.length ? `\n\n${report.checks.length - shown.length} more checks are in the JSON report.` : '';
  const failed = report.checks.filter((c) => !c.passed).slice(0, 20);
  const details = failed
    .map((c) => {
      const lines = c.examples.map(
        (e) =>
          `- ${code(`${e.file}${e.line ? `:${e.line}` : ''}`)}${e.rowNumber ? ` row ${e.rowNumber}` : ''}${e.fieldName ? ` ${code(e.fieldName)}` : ''}: ${code(e.message, { maxLength: 200 })}`,
      );
      return `<details><summary>${ICON[status(c)]} ${escapeMarkdown(c.title)}: ${c.count} failure${c.count === 1 ? '' : 's'}</summary>\n\n${lines.join('\n')}${c.count > c.examples.length ? `\n- … and ${c.count - c.examples.length} more` : ''}\n\n</details>`;
    })
    .join('\n');
  const driftTable = drift.length
    ? `\n\n#### Drift against the reference\n\n${table(
        ['', 'column', 'method', 'score', 'threshold', 'moved most'],
        drift.map((d) => [
          d.drifted ? '❌' : '✅',
          code(d.column, { inTable: true }),
          d.method,
          formatScore(d.score),
          formatScore(d.threshold),
          code(d.worst, { inTable: true, maxLength: 120 }),
        ]),
      )}`
    : '';
  const head = `### ${escapeMarkdown(title)}: ${ICON[verdict]} ${verdict}\n\n${figures}\n\n`;
  const markdown = `${head}${table(['', 'check', 'failures', 'first'], rows)}${more}${details ? `\n\n${details}` : ''}${driftTable}\n`;
  const text = [
    `${title}: ${verdict.toUpperCase()}`,
    `${s.rows} rows, ${s.files} files, ${(s.bytes / 1e6).toFixed(1)} MB in ${formatDuration(s.seconds * 1000)} (${mbps} MB/s); ${s.errors} errors, ${s.warnings} warnings`,
    ...report.checks
      .filter((c) => !c.passed)
      .map(
        (c) =>
          `  ${status(c).toUpperCase().padEnd(4)} ${c.title}: ${c.count}${c.examples[0] ? ` (first: ${c.examples[0].file}${c.examples[0].line ? `:${c.examples[0].line}` : ''} ${c.examples[0].message})` : ''}`,
      ),
    `  ${report.checks.filter((c) => c.passed).length} checks passed`,
    ...drift.map((d) => `  drift ${d.drifted ? 'YES' : 'no '} ${d.column}: ${d.method} ${formatScore(d.score)} (threshold ${formatScore(d.threshold)}); ${d.worst}`),
  ].join('\n');
  // Cell values may hold terminal escape sequences: the log gets them as visible placeholders.
  return { markdown, text: `${text.replace(/[\u0000-\u0008\u000B-\u001F\u007F\u009B]/g, '\uFFFD')}\n` };
}
