import { randomBytes } from 'node:crypto';
import { constants, createWriteStream, openSync } from 'node:fs';
import { mkdir, readdir, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UserError } from './errors.js';
import { hasMagic } from './glob-syntax.js';
import { scrub } from './secrets.js';

/**
 * A tree of files that metric readers can list and read: the workspace, or a git commit.
 * Paths are POSIX-style, relative to the root.
 */
export interface FileSource {
  /** Human-readable name for reports and errors, e.g. `workspace` or `main@1a2b3c4`. */
  readonly label: string;
  /**
   * The workspace folder the relative paths map to (a commit's files map to the same paths): an absolute
   * path inside it, like another step's output, is taken as the relative path it names.
   */
  readonly root?: string;
  /** Files under a directory (recursive), relative to the root. */
  list(directory: string): Promise<string[]>;
  /** A file's text, or `undefined` when it does not exist. */
  read(path: string): Promise<string | undefined>;
}

/**
 * Resolves a user-given path inside the workspace and refuses one that escapes it (`..`, an absolute
 * path elsewhere, or a symlink pointing out). `what` names the input or key for the error.
 */
export async function confinePath(workspace: string, path: string, what: string): Promise<string> {
  const root = resolve(workspace);
  const full = resolve(root, path);
  const outside = (p: string, r: string) => p !== r && !p.startsWith(r + sep);
  if (outside(full, root)) {
    throw new UserError(`${what}: path '${path}' is outside the workspace; use a path inside the repository`);
  }
  // A path not written yet is checked through its nearest existing folder, which a link may redirect.
  let existing = full;
  let real: string | undefined;
  for (;;) {
    real = await realpath(existing).catch(() => undefined);
    if (real !== undefined || existing === root || dirname(existing) === existing) break;
    existing = dirname(existing);
  }
  const realRoot = await realpath(root).catch(() => root);
  if (real !== undefined && outside(real, realRoot)) {
    throw new UserError(`${what}: path '${path}' leads outside the workspace through a symbolic link`);
  }
  return full;
}

/**
 * Opens a file modelgate writes in the workspace (a log, the export file) without following a symbolic
 * link in its place: a repository can commit `modelgate.env.sh -> ~/.bashrc`, and a PR's link must not
 * turn our write into one outside the workspace. `append` keeps what is there; otherwise it is replaced.
 */
export function openNoFollow(path: string, append: boolean): number {
  const { O_WRONLY, O_CREAT, O_APPEND, O_TRUNC, O_NOFOLLOW } = constants;
  try {
    return openSync(path, O_WRONLY | O_CREAT | O_NOFOLLOW | (append ? O_APPEND : O_TRUNC), 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new UserError(`${path} is a symbolic link: modelgate does not write through one (remove it from the repository)`);
    throw error;
  }
}

/**
 * The workspace on disk as a {@link FileSource}. `.git`, `node_modules` and the folders in `exclude`
 * (relative paths, e.g. the step's own report folder) are never listed.
 */
export function workspaceSource(workspace: string, exclude: readonly string[] = []): FileSource {
  const root = resolve(workspace);
  const skip = new Set(exclude.map((p) => p.replace(/\\/g, '/').replace(/^\.\/|\/$/g, '')));
  return {
    label: 'workspace',
    root,
    async list(directory) {
      const out: string[] = [];
      const walk = async (dir: string): Promise<void> => {
        let entries;
        try {
          entries = await readdir(join(root, dir), { withFileTypes: true });
        } catch {
          return;
        }
        for (const entry of entries) {
          if (entry.name === '.git' || entry.name === 'node_modules') continue;
          const rel = dir ? `${dir}/${entry.name}` : entry.name;
          if (entry.isDirectory() && !skip.has(rel)) await walk(rel);
          else if (entry.isFile()) out.push(rel);
        }
      };
      await walk(directory);
      return out.sort();
    },
    async read(path) {
      const full = await confinePath(root, path, 'metrics');
      try {
        return await readFile(full, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return undefined;
        if (code === 'EISDIR') throw new UserError(`metrics: '${path}' is a folder; name the files in it, e.g. '${path}/*.json'`);
        throw new UserError(`metrics: cannot read '${path}' (${code ?? (error as Error).message})`);
      }
    },
  };
}

/**
 * Expands patterns against a source: a plain path is kept as is (its absence is the caller's to
 * report), a glob is replaced by its sorted matches. Duplicates are dropped, order is kept;
 * `unmatched` lists the globs that matched nothing.
 */
export async function expandPatterns(source: FileSource, patterns: readonly string[]): Promise<{ files: string[]; unmatched: string[] }> {
  const seen = new Set<string>();
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const raw of patterns) {
    const inRoot = source.root && isAbsolute(raw) ? relative(source.root, raw) : undefined;
    const pattern = (inRoot !== undefined && inRoot !== '' && !isAbsolute(inRoot) && !inRoot.startsWith('..') ? inRoot : raw).replace(/\\/g, '/').replace(/^\.\//, '');
    if (isAbsolute(pattern) || pattern.split('/').includes('..')) {
      throw new UserError(`metrics: path '${raw}' must be relative to the repository root and stay inside it`);
    }
    const matches = hasMagic(pattern) ? await globMatches(source, pattern) : [pattern];
    if (matches.length === 0) unmatched.push(raw);
    for (const path of matches) {
      if (seen.has(path)) continue;
      seen.add(path);
      files.push(path);
    }
  }
  return { files, unmatched };
}

/** The paths a glob matches; the matcher loads on the first glob, so plain paths never pay for it. */
async function globMatches(source: FileSource, pattern: string): Promise<string[]> {
  const { globToRegExp, staticPrefix } = await import('./glob.js');
  const regex = globToRegExp(pattern);
  return (await source.list(staticPrefix(pattern))).filter((p) => regex.test(p));
}

/** Read size for model files: large reads keep hashing and uploading near memory speed. */
export const READ_CHUNK = 4 * 1024 * 1024;

/** Options of {@link writeStreamAtomic}. */
export interface WriteStreamOptions {
  /** A transform the bytes pass through on their way to the file (e.g. one that hashes them). */
  through?: Transform;
  /**
   * Runs once every byte is on disk, before the rename; throwing from it (a digest that does not match)
   * removes the temporary file and leaves `target` as it was.
   */
  beforeRename?: () => void | Promise<void>;
}

/** Writes a file so that readers see the old or the new content, never a torn one. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  // Text modelgate writes (reports, records, logs) never holds a secret; bytes (blobs) are written as they are.
  await viaTemporary(path, (temp) => writeFile(temp, typeof data === 'string' ? scrub(data) : data));
}

/**
 * Streams `source` into `target` through a temporary file and a rename, like {@link writeFileAtomic}
 * for content too large to hold in memory (model blobs).
 */
export async function writeStreamAtomic(target: string, source: Readable, options: WriteStreamOptions = {}): Promise<void> {
  // A source that fails while the folder is being made, before pipeline listens, would otherwise be an
  // uncaught exception; pipeline still sees the failure, the stream being errored by then.
  const early = () => undefined;
  source.on('error', early);
  try {
    await viaTemporary(target, async (temp) => {
      await (options.through ? pipeline(source, options.through, createWriteStream(temp)) : pipeline(source, createWriteStream(temp)));
      await options.beforeRename?.();
    });
  } finally {
    source.off('error', early);
  }
}

/**
 * Fills a temporary file next to `target` and renames it into place. The name is unique across
 * processes and calls (pid and random bytes), so concurrent writers never share one; a failed write
 * removes it, so none are left to pile up.
 */
async function viaTemporary(target: string, fill: (temp: string) => Promise<void>): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await fill(temp);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A path shown relative to the workspace when inside it. */
export function displayPath(workspace: string, path: string): string {
  const rel = relative(workspace, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path;
}
