import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { hashFile, sha256Of } from '../core/hashing.js';
import { isDeadWriter, THIS_WRITER } from './layout-lock.js';

/**
 * A temporary file nobody can vouch for (another host's, or one named without its writer) is removed
 * once untouched this long. A live writer streams into its file without pause, so an hour of silence
 * means it is gone; and removing a live one's file would only fail that push, never corrupt a blob.
 */
export const STALE_TEMP_MS = 60 * 60 * 1000;

/** The host part of temporary names: short, and the same in every process of this host and pid namespace. */
const HOST_TAG = sha256Of(THIS_WRITER.host).slice(0, 12);
/** `<target>.mg-<host tag>-<pid>-<process id>-<n>.tmp`: who wrote it, so the next writer can tell it is dead. */
const OURS = /\.mg-([0-9a-f]{12})-(\d+)-([0-9a-f]{12})-\d+\.tmp$/;
let tempCount = 0;

/** The OCI digest (`sha256:<hex>`) of bytes in memory. */
export function digestOf(bytes: Buffer | string): string {
  return `sha256:${sha256Of(bytes)}`;
}

/** The OCI digest and size of a file, read once in large chunks. */
export async function digestFile(path: string): Promise<{ digest: string; size: number }> {
  const { sha256, size } = await hashFile(path);
  return { digest: `sha256:${sha256}`, size };
}

/**
 * Streams `source` into `target` while hashing it, through a temporary file beside it that names its
 * writer ({@link removeDeadTemporaries} reads it); the file is renamed into place only when the digest is
 * `expected`, otherwise it is removed and `onMismatch(actual)` is thrown. Returns the bytes written.
 */
export async function writeStreamVerified(
  target: string,
  source: Readable,
  expected: string,
  onMismatch: (actual: string) => Error,
  onProgress?: (written: number) => void,
): Promise<number> {
  // Hashed on the way to disk rather than read back afterwards: a blob can be gigabytes.
  const hash = createHash('sha256');
  let written = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      written += chunk.length;
      onProgress?.(written);
      done(null, chunk);
    },
  });
  // A source that fails while the folder is made, before pipeline listens, would otherwise be an
  // uncaught exception; pipeline still sees the failure, the stream being errored by then.
  const early = () => undefined;
  source.on('error', early);
  const temp = `${target}.mg-${HOST_TAG}-${THIS_WRITER.pid}-${THIS_WRITER.id}-${++tempCount}.tmp`;
  try {
    await mkdir(dirname(target), { recursive: true });
    await pipeline(source, tap, createWriteStream(temp));
    const actual = `sha256:${hash.digest('hex')}`;
    if (actual !== expected) throw onMismatch(actual);
    await rename(temp, target);
  } catch (error) {
    // A source pipeline never took (the folder could not be made) would keep its file open.
    source.destroy();
    await rm(temp, { force: true });
    throw error;
  } finally {
    source.off('error', early);
  }
  return written;
}

/**
 * Removes the temporary files (`*.tmp`) that dead writers left in `dir`: at once when the name says the
 * writer ran on this host and its pid is gone ({@link isDeadWriter}); otherwise (another host's file,
 * or one named by pid and random bytes only) once untouched for {@link STALE_TEMP_MS}. This process's
 * own files and those of live writers are never touched. Returns the names removed.
 */
export async function removeDeadTemporaries(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.endsWith('.tmp')) continue;
    const match = OURS.exec(name);
    let dead = false;
    if (match) {
      const writer = { host: match[1] === HOST_TAG ? THIS_WRITER.host : '', pid: Number(match[2]), id: match[3] as string };
      if (writer.host && writer.pid === THIS_WRITER.pid && writer.id === THIS_WRITER.id) continue;
      dead = isDeadWriter(writer);
    }
    if (!dead) {
      const info = await stat(join(dir, name)).catch(() => undefined);
      dead = info !== undefined && info.isFile() && Date.now() - info.mtimeMs > STALE_TEMP_MS;
    }
    // Best effort: a file this process may not remove is left for one that may, never a failed push.
    if (
      dead &&
      (await rm(join(dir, name), { force: true }).then(
        () => true,
        () => false,
      ))
    )
      removed.push(name);
  }
  return removed;
}
