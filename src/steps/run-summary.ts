import { formatNumber } from '../core/compare.js';
import { commitLink, isCommitId, plainHttpsUrl } from '../core/links.js';
import { code } from '../core/markdown.js';
import { runOutcome, type RunRecord } from '../core/run-record.js';
import type { Context } from '../platform/platform.js';

/** One headline metric: its name and its value as the run record holds it (`null` when the run has none). */
export interface HeadlineMetric {
  name: string;
  value: number | string | null;
}

/**
 * What `modelgate history` and `modelgate versions` say about the run behind a version or a recorded
 * run, in their JSON (`null` for what is not known). Text from the store is kept as it was written;
 * only `commitUrl` is built, and only from a plain https repository URL and a hex commit id.
 */
export interface RunSummary {
  /** The version tag (a recorded run's `run-<commit>` tag in `modelgate versions`). */
  version: string | null;
  /** The manifest's digest. */
  digest: string;
  commit: string | null;
  commitUrl: string | null;
  /** When the version was pushed or the run recorded, else when the run record was made. */
  created: string | null;
  /** The run record's outcome (`succeeded`, `failed`, …). */
  outcome: string | null;
  /** The CI run that produced it, as recorded. */
  runUrl: string | null;
  headline: HeadlineMetric[];
}

/** What a summary is made from: a version or recorded run as the store gives it back. */
export interface SummarySource {
  digest: string;
  version?: string;
  created?: string;
  annotations: Record<string, string>;
  runRecord: unknown;
}

/** How many metrics a summary shows when no gate named any. */
export const DEFAULT_HEADLINE = 3;
/** The most gated metrics a summary shows. */
export const MAX_GATED_HEADLINE = 5;

/**
 * Control characters (terminal escapes, OSC 8 links, line breaks) as `?`, one for one so widths
 * stay: the store's text is anyone's, and a terminal acts on those characters.
 */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

/** A digest shortened for tables: `sha256:0123456789ab`. */
export function shortDigest(digest: string | undefined): string {
  return digest ? digest.slice(0, 19) : '—';
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * The summary of a version or recorded run. Headline metrics: `gated` (the metrics a deployment's gate
 * judged, at most {@link MAX_GATED_HEADLINE}) when given, else the first {@link DEFAULT_HEADLINE} of the
 * run record's metrics by name (natural order). The commit links to the platform's repository
 * (`context.repositoryUrl`), else to the version's `org.opencontainers.image.source`.
 */
export function summarize(source: SummarySource, context: Pick<Context, 'platform' | 'repositoryUrl'>, gated?: readonly string[]): RunSummary {
  const record = (source.runRecord && typeof source.runRecord === 'object' ? source.runRecord : {}) as Partial<RunRecord>;
  const a = source.annotations;
  const commit = text(record.git?.sha) ?? text(a['org.opencontainers.image.revision']);
  const link = context.repositoryUrl ? commitLink(context.repositoryUrl, context.platform, commit) : commitLink(a['org.opencontainers.image.source'], record.ci?.platform, commit);
  const metrics = metricsOf(record, a);
  const names = gated?.length ? [...new Set(gated)].slice(0, MAX_GATED_HEADLINE) : Object.keys(metrics).sort(natural).slice(0, DEFAULT_HEADLINE);
  return {
    version: source.version ?? null,
    digest: source.digest,
    commit: commit ?? null,
    commitUrl: link ?? null,
    created: text(source.created) ?? text(record.createdAt) ?? null,
    outcome: record.command && typeof record.command === 'object' ? String(runOutcome(record as RunRecord)) : (text(record.outcome) ?? null),
    runUrl: text(record.ci?.runUrl) ?? text(a['org.modelgate.run-url']) ?? null,
    headline: names.map((name) => {
      const value = Object.hasOwn(metrics, name) ? metrics[name] : undefined;
      return { name, value: typeof value === 'number' || typeof value === 'string' ? value : null };
    }),
  };
}

function natural(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** The run record's metrics, else the version's `org.modelgate.metrics` annotation (its first 10). */
function metricsOf(record: Partial<RunRecord>, annotations: Record<string, string>): Record<string, unknown> {
  if (record.metrics && typeof record.metrics === 'object' && !Array.isArray(record.metrics)) return record.metrics;
  try {
    const parsed = JSON.parse(annotations['org.modelgate.metrics'] ?? '{}') as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Headline metrics in words: `accuracy 0.95, f1 0.94` (numbers as compare-metrics writes them, `—` for none). */
export function headlineText(headline: readonly HeadlineMetric[]): string {
  return headline.map((m) => `${m.name} ${m.value === null ? '—' : typeof m.value === 'number' ? formatNumber(m.value) : m.value}`).join(', ');
}

/** The table cells of a summary, text or markdown: commit, headline metrics, run. Untrusted text is code, links only safe ones. */
export function summaryCells(summary: RunSummary | undefined, markdown: boolean): [string, string, string] {
  if (!summary) return ['—', '—', '—'];
  const short = summary.commit === null ? '—' : isCommitId(summary.commit) ? summary.commit.slice(0, 12) : summary.commit;
  const metrics = summary.headline.length ? headlineText(summary.headline) : '—';
  if (!markdown) return [short, metrics, summary.runUrl ?? '—'];
  const commitCell = summary.commitUrl && summary.commit !== null ? `[${code(short, { inTable: true })}](${summary.commitUrl})` : code(short, { inTable: true });
  const runUrl = plainHttpsUrl(summary.runUrl);
  const runCell = runUrl ? `[run](${runUrl})` : summary.runUrl === null ? '—' : code(summary.runUrl, { inTable: true });
  return [commitCell, summary.headline.length ? code(metrics, { inTable: true }) : '—', runCell];
}
