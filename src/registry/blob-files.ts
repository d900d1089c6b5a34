import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { writeStreamAtomic } from '../core/files.js';
import { hashFile, sha256Of } from '../core/hashing.js';

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
  await writeStreamAtomic(target, source, {
    through: tap,
    beforeRename: () => {
      const actual = `sha256:${hash.digest('hex')}`;
      if (actual !== expected) throw onMismatch(actual);
    },
  });
  return written;
}
