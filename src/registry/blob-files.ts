import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Read size for model files: large reads keep hashing and uploading near memory speed. */
export const READ_CHUNK = 4 * 1024 * 1024;

/** The OCI digest (`sha256:<hex>`) of bytes in memory. */
export function digestOf(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** The OCI digest and size of a file, read once in large chunks. */
export async function digestFile(path: string): Promise<{ digest: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK })) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { digest: `sha256:${hash.digest('hex')}`, size };
}

/** A temporary name next to `target`, unique across processes, so a rename publishes it atomically. */
export function tempPathFor(target: string): string {
  return `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

/** Writes bytes to a file through a temporary file and a rename: readers never see a torn file. */
export async function writeBytesAtomic(target: string, bytes: Buffer): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  try {
    await writeFile(temp, bytes);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Streams `source` into `target` while hashing it; the file is renamed into place only when the
 * digest is `expected`, otherwise it is removed and `onMismatch(actual)` is thrown. Returns the bytes written.
 */
export async function writeStreamVerified(
  target: string,
  source: Readable,
  expected: string,
  onMismatch: (actual: string) => Error,
  onProgress?: (written: number) => void,
): Promise<number> {
  await mkdir(dirname(target), { recursive: true });
  const temp = tempPathFor(target);
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
  try {
    await pipeline(source, tap, createWriteStream(temp));
    const actual = `sha256:${hash.digest('hex')}`;
    if (actual !== expected) throw onMismatch(actual);
    await rename(temp, target);
    return written;
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
