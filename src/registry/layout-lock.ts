import { open, rm, stat } from 'node:fs/promises';
import { ExternalError } from '../core/errors.js';
import { retry } from '../core/retry.js';

/** A lock older than this is taken to belong to a process that died holding it. */
export const STALE_LOCK_MS = 30_000;
/** How long a writer waits for a live lock before it gives up. */
const WAIT_LIMIT_MS = 60_000;

/** Another process holds the lock: wait and try again. */
class LockHeld extends Error {}

/**
 * Runs `work` while holding `<file>.lock`, created with O_EXCL so exactly one process holds it.
 * The lock is removed afterwards, also when `work` throws. A lock left by a crashed process is
 * removed once it is older than {@link STALE_LOCK_MS}.
 */
export async function withFileLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const lock = `${file}.lock`;
  const started = Date.now();
  // Locks are held for milliseconds (an index rewrite), so waits start tiny and stay short; jitter
  // spreads out waiters that would otherwise retry in lockstep. WAIT_LIMIT_MS, not a count, ends it.
  await retry(() => takeLock(lock, started), { attempts: Infinity, baseMs: 4, capMs: 100, jitter: true, retryable: (error) => error instanceof LockHeld });
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}

async function takeLock(lock: string, started: number): Promise<void> {
  try {
    const handle = await open(lock, 'wx');
    await handle.writeFile(`${process.pid} ${new Date().toISOString()}\n`).finally(() => handle.close());
    return;
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
    return takeLock(lock, started);
  }
  if (Date.now() - started > WAIT_LIMIT_MS) {
    throw new ExternalError(
      `oci-layout: '${lock}' has been held for over ${WAIT_LIMIT_MS / 1000} s by another process; remove it if no modelgate step is running`,
      'oci-layout',
      undefined,
      true,
    );
  }
  throw new LockHeld(`'${lock}' is held`);
}
