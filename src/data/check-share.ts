/**
 * The share of a column-split validation that the worker thread checks (see parallel.ts): the
 * engine over all sources for the given fields only, its state returned in transferable shapes. The
 * main thread runs it itself when the worker cannot start.
 */
import { rm } from 'node:fs/promises';
import { createEngine, finishUnique, readSources } from './engine.js';
import type { WorkerInput, WorkerResult } from './parallel.js';
import type { FieldChecks } from './row-validator.js';

/** Checks the fields `input.owned` marks and returns their state. */
export async function checkShare(input: WorkerInput): Promise<WorkerResult> {
  const { options, owned } = input;
  const engine = await createEngine(options, owned, false);
  try {
    await readSources(engine, options, () => undefined, true);
    const found = finishUnique(engine, engine.tally.maxExamples, (u) => u.fieldIndex >= 0 && owned[u.fieldIndex] === true);
    const mine = engine.fields.map((_, i) => i).filter((i) => owned[i]);
    const columns = engine.profile?.finish().columns ?? [];
    return {
      fieldChecks: mine.map((f) => ({ ...(engine.fieldChecks[f] as FieldChecks), field: f })),
      encoding: engine.encoding,
      nulls: mine.map((f) => [f, engine.validator.nulls[f] as number, engine.validator.present[f] as number]),
      stats: mine.flatMap((f) => {
        const stats = engine.extras[f]?.stats;
        return stats ? [[f, stats.state] as [number, [number, number, number]]] : [];
      }),
      profileColumns: mine.flatMap((f) => {
        const column = engine.extras[f]?.profileColumn ?? -1;
        const stats = columns[column];
        return column >= 0 && stats ? [[column, stats] as WorkerResult['profileColumns'][number]] : [];
      }),
      newValues: mine.flatMap((f) => {
        const values = engine.extras[f]?.newValues;
        return values ? [[f, [...values]] as WorkerResult['newValues'][number]] : [];
      }),
      unique: [...found].map(([u, r]) => [u.fieldIndex, r] as [number, typeof r]),
    };
  } finally {
    for (const u of engine.uniqueChecks) u.index.dispose();
    await rm(engine.spillDir, { recursive: true, force: true });
  }
}
