import { randomBytes } from 'node:crypto';
import { readFileSync, readlinkSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { ExternalError } from '../core/errors.js';
import { retry } from '../core/retry.js';

/**
 * A lock older than this is taken to belong to a process that died holding it, where its holder cannot
 * be checked: a lock written on another host or container sharing the folder, or one without a holder.
 */
export const STALE_LOCK_MS = 30_000;
/** How long a writer waits for a live lock before it gives up. */
const WAIT_LIMIT_MS = 60_000;
/** Breaking a stale lock takes milliseconds; a breaker mark older than this was left by a dead breaker. */
const STALE_BREAK_MS = 5_000;

/** Who writes: the host (and pid namespace, where Linux shows it), the pid, and a random id of this process. */
export interface Writer {
  host: string;
  pid: number;
  id: string;
}

/**
 * This process as a writer. The host joins the hostname and the pid namespace, so two containers that
 * share a folder and a hostname but not their pids are still told apart; the id tells this process from
 * an earlier one that had the same pid (a restarted container's pid 1).
 */
export const THIS_WRITER: Writer = { host: `${hostname()}${pidNamespace()}`, pid: process.pid, id: randomBytes(6).toString('hex') };

function pidNamespace(): string {
  try {
    return ` ${readlinkSync('/proc/self/ns/pid')}`;
  } catch {
    return '';
  }
}

/**
 * Whether a writer is known to be gone: it ran on this host (and pid namespace) and its pid is no
 * longer running, is a zombie, or is this process under another id. Anything else (another host, an
 * unparsable record, a pid in use) is not known, and callers fall back to the age of what it left.
 */
export function isDeadWriter(writer: Writer): boolean {
  if (writer.host !== THIS_WRITER.host || !Number.isSafeInteger(writer.pid) || writer.pid <= 0) return false;
  if (writer.pid === process.pid) return writer.id !== THIS_WRITER.id;
  try {
    process.kill(writer.pid, 0);
  } catch (error) {
    // EPERM: the pid runs under another user, so it is alive.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
  try {
    // A killed process whose parent has not reaped it yet still answers kill(0): its state says Z.
    const stat = readFileSync(`/proc/${writer.pid}/stat`, 'utf8');
    return /^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3));
  } catch {
    return false;
  }
}

/** Another process holds the lock: wait and try again. */
class LockHeld extends Error {}

/** What a lock file says and which file it is (inode and mtime), read from one open file. */
interface LockState {
  text: string;
  ino: number;
  mtimeMs: number;
  writer?: Writer;
}

/**
 * Runs `work` while holding `<file>.lock`, created with O_EXCL so exactly one process holds it; the lock
 * names its holder (host, pid, process id). The lock is removed afterwards, also when `work` throws. A
 * lock left by a dead process is taken over: at once when its holder ran on this host and its pid is
 * gone ({@link isDeadWriter}), otherwise once it is older than {@link STALE_LOCK_MS}.
 */
export async function withFileLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const lock = `${file}.lock`;
  const started = Date.now();
  const token = randomBytes(6).toString('hex');
  // Locks are held for milliseconds (an index rewrite), so waits start tiny and stay short; jitter
  // spreads out waiters that would otherwise retry in lockstep. WAIT_LIMIT_MS, not a count, ends it.
  await retry(() => takeLock(lock, token, started), { attempts: Infinity, baseMs: 4, capMs: 100, jitter: true, retryable: (error) => error instanceof LockHeld });
  try {
    return await work();
  } finally {
    // Only our own lock is removed: one taken over from us (we were slower than STALE_LOCK_MS on a
    // shared folder) belongs to its new holder.
    const now = await readLock(lock);
    if (now?.text === lockText(token)) await rm(lock, { force: true });
  }
}

function lockText(token: string): string {
  return `${JSON.stringify({ ...THIS_WRITER, token })}\n`;
}

/** Creates `path` with O_EXCL and writes `text` into it; false when it exists. */
async function create(path: string, text: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  await handle.writeFile(text).finally(() => handle.close());
  return true;
}

async function readLock(path: string): Promise<LockState | undefined> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const [info, text] = await Promise.all([handle.stat(), handle.readFile('utf8')]);
    let writer: Writer | undefined;
    try {
      const parsed = JSON.parse(text) as Partial<Writer>;
      if (typeof parsed.host === 'string' && typeof parsed.pid === 'number' && typeof parsed.id === 'string') writer = { host: parsed.host, pid: parsed.pid, id: parsed.id };
    } catch {
      // Empty (its holder is between create and write, or died there) or from an older modelgate: age decides.
    }
    return { text, ino: info.ino, mtimeMs: info.mtimeMs, writer };
  } finally {
    await handle.close();
  }
}

function isStale(state: LockState, maxAgeMs: number): boolean {
  return (state.writer !== undefined && isDeadWriter(state.writer)) || Date.now() - state.mtimeMs > maxAgeMs;
}

async function takeLock(lock: string, token: string, started: number): Promise<void> {
  if (await create(lock, lockText(token))) return;
  const held = await readLock(lock);
  if (held && isStale(held, STALE_LOCK_MS)) {
    await breakLock(lock, held);
    if (await create(lock, lockText(token))) return;
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

/**
 * Removes the stale lock `seen`, and only it. Breakers take turns through `<lock>.break` (O_EXCL), and
 * the lock is removed only while it is still the file judged stale (same inode, mtime and content): two
 * waiters that both saw it stale would otherwise let the second remove the lock the first had just
 * taken, and two writers would rewrite index.json at once.
 */
async function breakLock(lock: string, seen: LockState): Promise<void> {
  const breaker = `${lock}.break`;
  if (!(await create(breaker, lockText('break')))) {
    // Another waiter is breaking it (this one waits), or a breaker died in those milliseconds.
    const mark = await readLock(breaker);
    if (mark && isStale(mark, STALE_BREAK_MS)) await rm(breaker, { force: true });
    return;
  }
  try {
    const now = await readLock(lock);
    if (now && now.ino === seen.ino && now.mtimeMs === seen.mtimeMs && now.text === seen.text) await rm(lock, { force: true });
  } finally {
    await rm(breaker, { force: true });
  }
}
