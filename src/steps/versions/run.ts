import { code, table } from '../../core/markdown.js';
import type { Platform, RenderedReport } from '../../platform/platform.js';
import type { ModelEntry } from '../../registry/models.js';
import { plain, summarize, summaryCells, type RunSummary } from '../run-summary.js';
import type { StepResult } from '../step.js';
import type { VersionsInputs } from './step.js';

/** One entry of `modelgate versions --format json`: a version or a recorded run, with the environments that run it. */
export interface VersionsEntry extends Omit<RunSummary, 'version'> {
  kind: 'version' | 'run';
  tag: string;
  /** The run record's blob digest: a version and the recorded run it was made from share it. */
  runRecordDigest: string | null;
  /** The environments whose pointer names this manifest now, by name. */
  environments: string[];
}

/**
 * `modelgate versions`: prints the versions and recorded runs of a model, newest first, each with its
 * commit, time, outcome, headline metrics (those its newest gate judged, else its first metrics by
 * name), CI run and the environments that run it. A model with nothing recorded fails.
 */
export async function run(inputs: VersionsInputs, platform: Platform): Promise<StepResult> {
  const [{ gatedByVersion, openCommandStore, readEnvironments, requireModel }, { readEntries }] = await Promise.all([
    import('../model-listing.js'),
    import('../../registry/models.js'),
  ]);
  const { modelName, format } = inputs;
  const store = openCommandStore(platform, inputs);
  const index = await requireModel('versions', store, modelName);
  const [found, states] = await Promise.all([readEntries(store, modelName, index), readEnvironments(store, modelName, index.environments)]);
  const gated = gatedByVersion(states);
  // A recorded run shows what the gate of a version made from it judged (they share the run record).
  const gatedByRecord = new Map<string, string[]>();
  for (const e of found) {
    const names = gated.get(e.digest);
    if (e.kind === 'version' && names && e.runRecordDigest && !gatedByRecord.has(e.runRecordDigest)) gatedByRecord.set(e.runRecordDigest, names);
  }
  const entries = found.map((e) => entryOf(e, platform, gated.get(e.digest) ?? (e.runRecordDigest ? gatedByRecord.get(e.runRecordDigest) : undefined), states));
  if (format === 'json') {
    const environments = states.map((s) => ({
      environment: s.environment,
      pointer: s.pointer ?? null,
      version: entries.find((e) => e.kind === 'version' && e.digest === s.pointer)?.tag ?? null,
    }));
    process.stdout.write(`${JSON.stringify({ model: modelName, environments, entries }, null, 2)}\n`);
    return {};
  }
  const report = versionsReport(modelName, entries);
  process.stdout.write(format === 'markdown' ? report.markdown : report.text);
  return {};
}

function entryOf(entry: ModelEntry, platform: Platform, gated: string[] | undefined, states: readonly { environment: string; pointer?: string }[]): VersionsEntry {
  const s = summarize({ ...entry, version: entry.tag }, platform.context, gated);
  return {
    kind: entry.kind,
    tag: entry.tag,
    digest: s.digest,
    commit: s.commit,
    commitUrl: s.commitUrl,
    created: s.created,
    outcome: s.outcome,
    runUrl: s.runUrl,
    headline: s.headline,
    runRecordDigest: entry.runRecordDigest ?? null,
    environments: entry.kind === 'version' ? states.filter((s) => s.pointer === entry.digest).map((s) => s.environment) : [],
  };
}

/** The table, newest first; store text is `?` for control characters in the terminal and code in markdown. */
export function versionsReport(model: string, entries: readonly VersionsEntry[]): RenderedReport {
  const versions = entries.filter((e) => e.kind === 'version').length;
  const head = `Versions and recorded runs of ${model}: ${versions} version${versions === 1 ? '' : 's'}, ${entries.length - versions} run${entries.length - versions === 1 ? '' : 's'}, newest first`;
  const header = ['created', 'kind', 'tag', 'commit', 'outcome', 'metrics', 'environments', 'run'];
  const row = (e: VersionsEntry, markdown: boolean) => {
    const summary = { ...e, version: e.tag };
    const [commit, metrics, runCell] = summaryCells(summary, markdown);
    const own = [(e.created ?? '—').replace('T', ' ').replace(/\.\d+Z$/, 'Z'), e.kind, e.tag, e.outcome ?? '—', e.environments.join(', ') || '—'];
    const [created, kind, tag, outcome, where] = markdown ? own.map((c) => code(c, { inTable: true })) : own;
    return [created, kind, tag, commit, outcome, metrics, where, runCell] as string[];
  };
  const text = entries.map((e) => row(e, false));
  const widths = header.map((h, i) => Math.max(h.length, ...text.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => plain(c).padEnd(widths[i] as number))
      .join('  ')
      .trimEnd();
  return {
    text: [plain(head), line(header), ...text.map(line)].join('\n') + '\n',
    markdown: `### Versions of ${code(model)}\n\n${table(
      header,
      entries.map((e) => row(e, true)),
    )}\n`,
  };
}
