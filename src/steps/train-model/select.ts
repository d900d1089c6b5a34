import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatNumber } from '../../core/compare.js';
import { formatDuration } from '../../core/duration.js';
import { UserError } from '../../core/errors.js';
import { confinePath, expandPatterns, workspaceSource, writeFileAtomic } from '../../core/files.js';
import { code, escapeMarkdown, table } from '../../core/markdown.js';
import { readRunRecord, runOutcome, trainingFailure, type RunRecord } from '../../core/run-record.js';
import { summarizeSweep, type SweepConfiguration } from '../../core/sweep.js';
import type { Platform, RenderedReport } from '../../platform/platform.js';
import type { StepResult } from '../step.js';
import type { TrainInputs } from './step.js';

/** Text for a terminal: no control characters. */
const plain = (text: string) => text.replace(/[\u0000-\u001f\u007f]/g, '?');

/** The job summary of one run: command, outcome, metrics, model, data, git. */
export function recordSummary(record: RunRecord, path: string): RenderedReport {
  const c = record.command;
  const ended = runOutcome(record);
  const outcome =
    ended === 'succeeded'
      ? 'succeeded'
      : ended === 'unknown'
        ? 'recorded'
        : ended === 'timed-out'
          ? 'timed out'
          : ended === 'cancelled'
            ? 'cancelled'
            : typeof c.exitCode === 'number' && c.exitCode !== 0
              ? `failed (exit ${c.exitCode})`
              : 'failed (outputs missing)';
  const metrics = Object.entries(record.metrics).slice(0, 50);
  const missing = (record.missingOutputs ?? []).map((m) => `${m.input} ${code(m.path)} (${m.reason})`);
  const stale = record.staleFiles ?? [];
  const markdown = [
    `### ${ended === 'succeeded' ? '✅' : ended === 'unknown' ? '📝' : '❌'} train-model: ${outcome}${c.durationMs ? ` in ${formatDuration(c.durationMs)}` : ''}`,
    '',
    c.run ? `Command: ${code(c.run, { maxLength: 300 })}` : 'Recorded from files another job wrote.',
    '',
    ...(missing.length ? [`Missing: ${missing.slice(0, 10).join(', ')}`, ''] : []),
    ...(stale.length
      ? [
          `Not taken (the command did not write them): ${stale
            .slice(0, 10)
            .map((p) => code(p))
            .join(', ')}`,
          '',
        ]
      : []),
    table(
      ['Metric', 'Value'],
      metrics.map(([name, value]) => [code(name, { inTable: true }), typeof value === 'number' ? formatNumber(value) : code(value, { inTable: true })]),
      ['l', 'r'],
    ),
    '',
    `Model: ${record.model.digest ? code(record.model.digest) : 'none'} · ${record.model.files.length} files, ${record.model.size} bytes`,
    `Data: ${record.data.length ? record.data.map((d) => code(d.path)).join(', ') : 'none recorded'} · Git: ${record.git.sha ? code(record.git.sha.slice(0, 7)) : 'unknown'}${record.git.dirty ? ' (uncommitted changes)' : ''}`,
    `Run record: ${code(path)}`,
  ].join('\n');
  const text = [
    `train-model: ${outcome}${c.durationMs ? ` in ${formatDuration(c.durationMs)}` : ''}`,
    ...(record.missingOutputs ?? []).slice(0, 10).map((m) => `missing ${m.input} ${plain(m.path)} (${m.reason})`),
    ...stale.slice(0, 10).map((p) => `not taken ${plain(p)} (the command did not write it)`),
    ...metrics.map(([name, value]) => `  ${plain(name)}  ${typeof value === 'number' ? formatNumber(value) : value}`),
    `model ${record.model.digest ?? 'none'}`,
    `run record ${path}`,
  ].join('\n');
  return { markdown: `${markdown}\n`, text };
}

/**
 * Mode `select`: reads run records (a sweep's legs), picks the best by one metric and direction, copies
 * the winner to the output folder, and shows every leg. A leg without the metric, or with a value
 * that is not a finite number, cannot win and is listed as such.
 */
export async function select(platform: Platform, inputs: TrainInputs): Promise<StepResult & { winner: RunRecord }> {
  const { context } = platform;
  const workspace = context.workspace;
  const { files, unmatched } = await expandPatterns(workspaceSource(workspace), inputs.runs);
  if (unmatched.length > 0) throw new UserError(`train-model: input 'runs': '${unmatched[0]}' matched no run record`);
  const metric = inputs.selectBy as string;
  const legs: { path: string; record: RunRecord; value?: number; failed: boolean }[] = [];
  for (const path of files) {
    const record = await readRunRecord(await confinePath(workspace, path, "train-model: input 'runs'"), path);
    // The same record downloaded twice is one leg.
    if (legs.some((l) => l.record.id === record.id)) continue;
    const v = record.metrics[metric];
    const failed = trainingFailure(record) !== undefined;
    legs.push({ path, record, failed, value: typeof v === 'number' && Number.isFinite(v) ? v : undefined });
  }
  // A leg that failed or timed out cannot win, however good its last metrics looked.
  const ranked = legs
    .filter((l) => l.value !== undefined && !l.failed)
    .sort((a, b) => (inputs.better === 'higher' ? (b.value as number) - (a.value as number) : (a.value as number) - (b.value as number)));
  const winner = ranked[0];
  if (!winner) throw new UserError(`train-model: none of the ${legs.length} run records is a successful run with a numeric '${metric}' (input 'select-by')`);
  const tied = ranked.filter((l) => l.value === winner.value);
  if (tied.length > 1)
    platform.log.warning(`train-model: ${tied.length} runs tie on ${metric} = ${winner.value}; taking ${winner.path} (the first by path): ${tied.map((l) => l.path).join(', ')}`);

  const outDir = await confinePath(workspace, inputs.output, "train-model: input 'output'");
  await mkdir(outDir, { recursive: true });
  const recordPath = join(outDir, 'run.json');
  // Written, not copied: copyFile would follow a link the repository committed at run.json.
  await writeFileAtomic(recordPath, await readFile(join(workspace, winner.path)));
  platform.setOutput('run-record', recordPath);
  platform.setOutput('model-digest', winner.record.model.digest ?? '');
  platform.setOutput('metrics', JSON.stringify(winner.record.metrics));

  const rows = [...ranked, ...legs.filter((l) => !ranked.includes(l))].map((l) => [
    l === winner ? '🏆' : '',
    code(l.path, { inTable: true }),
    l.failed ? `failed${l.value === undefined ? '' : ` (${formatNumber(l.value)})`}` : l.value === undefined ? 'missing' : formatNumber(l.value),
    code(JSON.stringify(l.record.params).slice(0, 120), { inTable: true }),
    l.record.model.digest ? code(l.record.model.digest.slice(0, 19)) : '',
  ]);
  const heading = `### train-model: ${legs.length} runs, best ${escapeMarkdown(metric)} (${inputs.better} is better): ${escapeMarkdown(winner.path)}`;
  const seeds = seedReport(platform, ranked, inputs.better, metric, winner);
  await platform.summary({
    markdown: `${heading}\n\n${table(['', 'Run', escapeMarkdown(metric), 'Params', 'Model'], rows, ['c', 'l', 'r', 'l', 'l'])}\n${seeds.markdown}`,
    text: [
      `best ${metric} (${inputs.better}): ${winner.path} = ${formatNumber(winner.value as number)}`,
      ...legs.map((l) => `  ${l.path}  ${l.value === undefined ? 'missing' : formatNumber(l.value)}`),
      ...seeds.text,
    ].join('\n'),
  });
  return { winner: winner.record };
}

/**
 * Legs that share a configuration and differ by seed: each configuration's mean ± 95 % interval over
 * its seeds, since the best leg is the luckiest seed, and whether the seeds separate the best
 * configuration from the next. Nothing when no configuration ran with two seeds.
 */
function seedReport(
  platform: Platform,
  ranked: readonly { path: string; record: RunRecord; value?: number }[],
  better: 'higher' | 'lower',
  metric: string,
  winner: { path: string; value?: number },
) {
  const sweep = summarizeSweep(
    ranked.map((l) => ({ params: l.record.params, value: l.value as number })),
    better,
  );
  if (!sweep.configurations.some((c) => c.values.length > 1)) return { markdown: '', text: [] as string[] };
  const interval = (c: SweepConfiguration) =>
    c.low === undefined
      ? 'one seed'
      : `${formatNumber(Number(c.mean.toPrecision(4)))} [${formatNumber(Number(c.low.toPrecision(4)))}, ${formatNumber(Number((c.high as number).toPrecision(4)))}]`;
  const shown = (c: SweepConfiguration) => JSON.stringify(c.params).slice(0, 120);
  const rows = sweep.configurations.map((c) => [code(shown(c), { inTable: true }), String(c.values.length), interval(c)]);
  const lines = [
    `${sweep.configurations.length} configurations over seeds, by mean ${metric} (95 % interval):`,
    ...sweep.configurations.map((c) => `  ${shown(c)}  n=${c.values.length}  ${interval(c)}`),
  ];
  const best = sweep.configurations[0] as SweepConfiguration;
  const chosen = sweep.configurations.find((c) => c.legs.some((i) => ranked[i]?.path === winner.path));
  const notes: string[] = [];
  if (chosen && chosen.values.length > 1)
    notes.push(
      `The winning leg's ${metric} (${formatNumber(winner.value as number)}) is the best of ${chosen.values.length} seeds of its configuration, whose mean is ${interval(chosen)}: expect the mean, not the best seed.`,
    );
  if (chosen && chosen !== best) notes.push(`The configuration with the best mean is another one: ${shown(best)} (${interval(best)}).`);
  const sep = sweep.separation;
  if (sep && !sep.separated)
    notes.push(`The seeds cannot separate the best two configurations (Welch's t-test, p = ${Number(sep.pValue.toPrecision(2))}): run more seeds before preferring one.`);
  for (const note of notes) platform.log.warning(`train-model: ${note}`);
  return {
    markdown: `\n${escapeMarkdown(lines[0] as string)}\n\n${table(['Configuration', 'Seeds', escapeMarkdown(`mean ${metric}`)], rows, ['l', 'r', 'r'])}\n${notes.map((n) => `\n${escapeMarkdown(n, 600)}\n`).join('')}`,
    text: [...lines, ...notes],
  };
}
