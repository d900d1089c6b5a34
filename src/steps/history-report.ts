import { code, table } from '../core/markdown.js';
import type { RenderedReport } from '../platform/platform.js';
import type { DeploymentRecord } from '../registry/models.js';
import { plain, shortDigest, summaryCells, type RunSummary } from './run-summary.js';

/** A deployment record with its manifest digest, as the chain holds it. */
export interface HistoryEntry {
  digest: string;
  record: DeploymentRecord;
}

/** One environment's history: its chain (newest first), what its pointer names, and the records off the chain. */
export interface EnvironmentHistory {
  environment: string;
  records: readonly HistoryEntry[];
  pointer?: string;
  offChain: readonly HistoryEntry[];
}

/** The run behind the version a record moved the environment to, when it is known. */
export type RunOf = (entry: HistoryEntry) => RunSummary | undefined;

/**
 * One row per record, newest first: when, what, from which digest to which, the verdict, who and why.
 * With `runs`, each row also shows the commit (linked only when safe), the headline metrics and the CI
 * run of the version the record moved to.
 */
export function historyReport(
  model: string,
  environment: string,
  records: readonly HistoryEntry[],
  pointer: string | undefined,
  offChain: readonly HistoryEntry[] = [],
  runs?: RunOf,
): RenderedReport {
  // Reasons, actors, versions and metric names are anyone's text: in a terminal a control character
  // could clear the screen or forge a link (OSC 8), so the text form shows each as '?'; in markdown
  // each is a code span.
  const row = (entry: HistoryEntry) => {
    const { record } = entry;
    const cells = [
      record.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z'),
      record.action,
      record.version ?? '',
      `${shortDigest(record.from)} → ${shortDigest(record.to)}`,
      `${record.verdict ?? '—'}${record.forced ? ' (forced)' : ''}`,
      record.actor,
    ].map(String);
    const md = cells.map((c) => code(c, { inTable: true }));
    const summary = runs?.(entry);
    const why = String(record.reason);
    return {
      text: [...cells, ...(runs ? summaryCells(summary, false) : []), why],
      markdown: [...md, ...(runs ? summaryCells(summary, true) : []), code(why, { inTable: true })],
    };
  };
  const rows = records.map(row);
  const lost = offChain.map(row);
  const header = ['time', 'action', 'version', 'from → to', 'gate', 'by', ...(runs ? ['commit', 'metrics', 'run'] : []), 'why'];
  const head = `Deployment history of ${model} in ${environment}: ${records.length} record${records.length === 1 ? '' : 's'}, pointer at ${pointer ?? 'nothing'}`;
  // Records that lost a race, or whose deployment died deciding, are not in the chain: shown apart, never left out.
  const lostHead = lost.length ? `Not in effect: ${lost.length} record${lost.length === 1 ? '' : 's'} of deployments that lost a race (or did not finish)` : '';
  const chain = table(
    header,
    rows.map((r) => r.markdown),
  );
  const apart = lost.length
    ? `\n${lostHead}:\n\n${table(
        header,
        lost.map((r) => r.markdown),
      )}\n`
    : '';
  const markdown = `### ${code(model)} in ${code(environment)}\n\n${chain}\n\nPointer: ${code(pointer ?? 'none')}\n${apart}`;
  const widths = header.map((h, i) => Math.max(h.length, ...[...rows, ...lost].map((r) => (r.text[i] as string).length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => plain(c).padEnd(widths[i] as number))
      .join('  ')
      .trimEnd();
  const text =
    [plain(head), line(header), ...rows.map((r) => line(r.text)), ...(lost.length ? ['', `${lostHead}:`, line(header), ...lost.map((r) => line(r.text))] : [])].join('\n') + '\n';
  return { markdown, text };
}

/** Every environment's history, one after another (sorted by name), under one heading. */
export function environmentsReport(model: string, environments: readonly EnvironmentHistory[], runs?: RunOf): RenderedReport {
  const parts = environments.map((e) => historyReport(model, e.environment, e.records, e.pointer, e.offChain, runs));
  const names = environments.map((e) => e.environment);
  const head = `Deployment history of ${model}: ${names.length} environment${names.length === 1 ? '' : 's'} (${names.join(', ')})`;
  return {
    text: `${plain(head)}\n\n${parts.map((p) => p.text).join('\n')}`,
    markdown: `## Deployment history of ${code(model)}\n\nEnvironments: ${names.map((n) => code(n)).join(', ')}\n\n${parts.map((p) => p.markdown).join('\n')}`,
  };
}
