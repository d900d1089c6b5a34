import { mkdir, readdir, readFile, realpath, rename, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UserError } from './errors.js';
import { globToRegExp, hasMagic, staticPrefix } from './glob.js';

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
    const matches = hasMagic(pattern) ? (await source.list(staticPrefix(pattern))).filter((p) => globToRegExp(pattern).test(p)) : [pattern];
    if (matches.length === 0) unmatched.push(raw);
    for (const path of matches) {
      if (seen.has(path)) continue;
      seen.add(path);
      files.push(path);
    }
  }
  return { files, unmatched };
}

/** Writes a file so that readers see the old or the new content, never a torn one. */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, data);
  await rename(temp, path);
}

/** A path shown relative to the workspace when inside it. */
export function displayPath(workspace: string, path: string): string {
  const rel = relative(workspace, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path;
}
