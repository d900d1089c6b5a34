import { createHash } from 'node:crypto';
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { UserError } from './errors.js';
import { READ_CHUNK } from './files.js';

/** A file's content digest and size, its path relative to a root (POSIX separators). */
export interface FileDigest {
  path: string;
  sha256: string;
  size: number;
}

/** The sha256 (hex) of bytes in memory. */
export function sha256Of(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The sha256 (hex) and size of a file, read in large reads (model files can be gigabytes) into one
 * buffer: a stream's fresh chunk per read leaves the whole file as garbage for the collector, which
 * showed as a hundred megabytes of peak memory hashing a gigabyte.
 */
export async function hashFile(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(READ_CHUNK);
  let size = 0;
  const handle = await open(path, 'r');
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      size += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return { sha256: hash.digest('hex'), size };
}

/** The sha256 (hex) of a file, streamed; see {@link hashFile}. */
export async function sha256File(path: string): Promise<string> {
  return (await hashFile(path)).sha256;
}

/**
 * Every regular file under a path (itself when it is a file), sorted, with digests relative to `root`.
 * A symbolic link to a file inside `root` is hashed as that file; a link leading out of `root` is an
 * error (it would ship a file from elsewhere); a link to a folder is not followed (it could loop).
 */
export async function digestTree(path: string, root: string): Promise<FileDigest[]> {
  const out: FileDigest[] = [];
  const realRoot = await realpath(root);
  const visit = async (p: string): Promise<void> => {
    let info = await lstat(p);
    if (info.isSymbolicLink()) {
      const target = await realpath(p).catch(() => undefined);
      if (!target || !(target === realRoot || target.startsWith(realRoot + sep))) {
        throw new UserError(`'${relative(root, p)}' is a symbolic link leading out of the workspace (or nowhere); copy the file in instead`);
      }
      info = await stat(p);
      if (info.isDirectory()) return;
    }
    if (info.isDirectory()) {
      for (const entry of (await readdir(p)).sort()) await visit(join(p, entry));
    } else if (info.isFile()) {
      out.push({ path: relative(root, p).split(sep).join('/'), sha256: await sha256File(p), size: info.size });
    }
  };
  await visit(path);
  return out;
}

/**
 * One digest for a set of files: sha256 over sorted `path NUL sha256 NUL size LF` lines, so the same
 * files with the same content give the same digest wherever they were produced.
 */
export function digestOfSet(files: readonly FileDigest[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) hash.update(`${f.path}\0${f.sha256}\0${f.size}\n`);
  return `sha256:${hash.digest('hex')}`;
}
