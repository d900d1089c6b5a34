import { lstat, stat } from 'node:fs/promises';
import { messageOf, UserError } from '../../core/errors.js';
import { confinePath, displayPath } from '../../core/files.js';
import { hashFile } from '../../core/hashing.js';
import type { MissingOutput, RunRecord } from '../../core/run-record.js';

/** The predictions file before the command ran, to tell this run's from an earlier run's copy. */
export interface PredictionsBefore {
  full: string;
  shown: string;
  state?: { size: bigint; mtimeNs: bigint; ino: bigint };
}

/** Where the `predictions` input points, checked before the command runs, and what is there now. */
export async function predictionsBefore(workspace: string, path: string): Promise<PredictionsBefore> {
  const full = await confinePath(workspace, path, "train-model: input 'predictions'");
  const info = await stat(full, { bigint: true }).catch(() => undefined);
  return { full, shown: displayPath(workspace, full), state: info?.isFile() ? { size: info.size, mtimeNs: info.mtimeNs, ino: info.ino } : undefined };
}

/**
 * After the command: the predictions file it wrote, read through to check it (an `id` per example,
 * finite scores), with its digest for the record; or why it is missing. An earlier run's copy left in
 * place is not this run's (mode `run`), and a link is refused: the file is stored with the run.
 */
export async function capturePredictions(
  before: PredictionsBefore,
  fromThisRun: boolean,
): Promise<{ predictions?: RunRecord['predictions']; missing?: MissingOutput & { detail: string } }> {
  const { full, shown } = before;
  const link = await lstat(full).catch(() => undefined);
  if (!link) return { missing: { input: 'predictions', path: shown, reason: 'absent', detail: `predictions: ${shown} was not written` } };
  if (link.isSymbolicLink())
    return { missing: { input: 'predictions', path: shown, reason: 'unreadable', detail: `predictions: ${shown} is a symbolic link; write the predictions file itself` } };
  const now = await stat(full, { bigint: true });
  if (fromThisRun && before.state && before.state.size === now.size && before.state.mtimeNs === now.mtimeNs && before.state.ino === now.ino)
    return {
      missing: {
        input: 'predictions',
        path: shown,
        reason: 'stale',
        detail: `predictions: ${shown} is unchanged since before the command ran: an earlier run's copy, not this run's`,
      },
    };
  try {
    const { readPredictions } = await import('../../data/predictions.js');
    const read = await readPredictions(full, shown);
    const { sha256, size } = await hashFile(full);
    return { predictions: { path: shown, sha256, size, examples: read.ids.length } };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { missing: { input: 'predictions', path: shown, reason: 'unreadable', detail: messageOf(error) } };
  }
}
