import { open, rm, stat } from 'node:fs/promises';
import { ExternalError } from '../core/errors.js';

/** A lock older than this is taken to belong to a process that died holding it. */
export const STALE_LOCK_MS = 30_000;
/** How long a writer waits for a live lock before it gives up. */
const WAIT_LIMIT_MS = 60_000;

/**
 * Runs `work` while holding `<file>.lock`, created with O_EXCL so exactly one process holds it.
 * The lock is removed afterwards, also when `work` throws. A lock left by a crashed process is
 * removed once it is older than {@link STALE_LOCK_MS}.
 */
export async function withFileLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const lock = `${file}.lock`;
  const started = Date.now();
  let pause = 2;
  for (;;) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(`${process.pid} ${new Date().toISOString()}\n`).finally(() => handle.close());
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const age = await stat(lock).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    if (age > STALE_LOCK_MS) {
      // Two waiters may both see it stale; the loser of the next O_EXCL create simply waits again.
      await rm(lock, { force: true });
      continue;
    }
    if (Date.now() - started > WAIT_LIMIT_MS) {
      throw new ExternalError(
        `oci-layout: '${lock}' has been held for over ${WAIT_LIMIT_MS / 1000} s by another process; remove it if no modelgate step is running`,
        'oci-layout',
        undefined,
        true,
      );
    }
    // Jitter spreads out waiters that would otherwise retry in lockstep.
    await new Promise((resolve) => setTimeout(resolve, pause + Math.random() * pause));
    pause = Math.min(pause * 2, 50);
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}
