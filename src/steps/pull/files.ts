import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { ExternalError, UserError } from '../../core/errors.js';
import { ANNOTATIONS } from '../../registry/models.js';
import { isDigest } from '../../registry/store.js';
import type { ImageManifest } from '../../registry/versions.js';

/** One file of a version as its manifest names it: a relative path, checked to stay inside the folder. */
export interface PulledFile {
  name: string;
  digest: string;
  size: number;
}

/** A name for messages: control characters escaped, so a hostile title cannot rewrite the terminal. */
function shown(name: string): string {
  return JSON.stringify(name).slice(1, -1);
}

/** Why a file name from a manifest cannot be written inside the folder; undefined when it can. */
function unsafeName(name: string): string | undefined {
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'is an absolute path';
  if (/[\u0000-\u001f\u007f\\]/.test(name)) return 'holds a backslash or a control character';
  const parts = name.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return "is not a plain relative path (it has a '..', '.' or empty part)";
  if (parts.some((p) => Buffer.byteLength(p) > 255)) return 'has a part longer than 255 bytes';
  return undefined;
}

/**
 * The files a version's manifest names, each a relative path (its title) with the digest and size of its
 * blob. The manifest may come from anyone who could push: a title that is absolute, climbs out with `..`,
 * is missing, repeats another or is both a file and a folder refuses the whole version before anything is written.
 */
export function filesOf(manifest: ImageManifest, where: string): PulledFile[] {
  const refuse = (what: string) => new ExternalError(`${where} ${what}; refusing to pull it (nothing was written)`, 'registry', undefined, false);
  if (manifest.layers.length === 0) throw refuse('holds no files');
  const files: PulledFile[] = [];
  const names = new Set<string>();
  for (const [i, layer] of manifest.layers.entries()) {
    const name = layer?.annotations?.[ANNOTATIONS.title];
    if (typeof name !== 'string' || name === '') throw refuse(`has a layer (#${i + 1}) with no file name (${ANNOTATIONS.title})`);
    const why = unsafeName(name);
    if (why) throw refuse(`names a file '${shown(name)}' that ${why}`);
    if (typeof layer.digest !== 'string' || !isDigest(layer.digest)) throw refuse(`gives file '${shown(name)}' a digest that is not sha256:<64 hex digits>`);
    if (!Number.isSafeInteger(layer.size) || layer.size < 0) throw refuse(`gives file '${shown(name)}' a size that is not a whole number of bytes`);
    if (names.has(name)) throw refuse(`names the file '${shown(name)}' twice`);
    names.add(name);
    files.push({ name, digest: layer.digest, size: layer.size });
  }
  for (const { name } of files) {
    const parts = name.split('/');
    for (let n = 1; n < parts.length; n++) {
      const folder = parts.slice(0, n).join('/');
      if (names.has(folder)) throw refuse(`names '${shown(folder)}' both as a file and as the folder of '${shown(name)}'`);
    }
  }
  return files;
}

const inside = (path: string, root: string) => path.startsWith(root + sep);

/** The entries of a folder, none when it does not exist. */
async function entriesOf(path: string): Promise<string[]> {
  return readdir(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
}

/**
 * Refuses a target folder that is not one: a file, a symbolic link (a name, even inside the workspace,
 * whose content would land elsewhere), or a non-empty folder without `force`.
 */
export async function checkTarget(target: string, label: string, force: boolean): Promise<void> {
  const info = await lstat(target).catch(() => undefined);
  if (!info) return;
  if (info.isSymbolicLink()) throw new UserError(`${label} is a symbolic link; name the folder itself`);
  if (!info.isDirectory()) throw new UserError(`${label} is a file, not a folder; name a new or empty folder`);
  const entries = await entriesOf(target);
  if (entries.length > 0 && !force)
    throw new UserError(
      `${label} is not empty (${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}); pull into a new or empty folder, or set 'force' to replace what it holds`,
    );
}

/**
 * Writes the files into `target` as one: each is fetched (the store checks its digest and writes it
 * whole) into a fresh hidden folder beside `target`, and that folder is renamed into place only when all
 * arrived at their sizes. A failure removes it, and any folder made for it, so `target` is as it was;
 * with `force` a non-empty `target` is swapped out and removed after the rename.
 */
export async function writeTree(
  target: string,
  files: readonly PulledFile[],
  fetch: (file: PulledFile, path: string) => Promise<void>,
  options: { label: string; force: boolean; where: string },
): Promise<void> {
  const parent = dirname(target);
  const made = await mkdir(parent, { recursive: true });
  const staging = join(parent, `.${basename(target)}.pull-${randomBytes(6).toString('hex')}`);
  await mkdir(staging);
  try {
    for (const file of files) {
      const path = resolve(staging, ...file.name.split('/'));
      // filesOf refused every name that could leave the folder; this guards the join itself.
      if (!inside(path, staging)) throw new Error(`pull: '${file.name}' resolved outside the staging folder`);
      await fetch(file, path);
      const info = await lstat(path);
      if (!info.isFile() || info.size !== file.size)
        throw new ExternalError(
          `${options.where}: file '${shown(file.name)}' arrived with ${info.size} bytes, not the ${file.size} its manifest gives`,
          'registry',
          undefined,
          false,
        );
    }
    await publish(staging, target, options);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (made) await removeEmpty(parent, made);
    throw error;
  }
}

/** Renames the staged folder to `target`: over nothing, over an empty folder, or (with force) over a full one. */
async function publish(staging: string, target: string, options: { label: string; force: boolean }): Promise<void> {
  // Checked again: the first look was before the download, and something may have written there since.
  await checkTarget(target, options.label, options.force);
  const existing = await lstat(target).catch(() => undefined);
  if (!existing) return rename(staging, target);
  if ((await entriesOf(target)).length === 0) {
    await rmdir(target);
    return rename(staging, target);
  }
  const old = `${staging}.old`;
  await rename(target, old);
  try {
    await rename(staging, target);
  } catch (error) {
    await rename(old, target).catch(() => undefined);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}

/** Removes `from` and its parents up to `top` (the first folder `mkdir` made), while they are empty. */
async function removeEmpty(from: string, top: string): Promise<void> {
  for (let dir = from; ; dir = dirname(dir)) {
    if (
      !(await rmdir(dir).then(
        () => true,
        () => false,
      ))
    )
      return;
    if (dir === top || relative(top, dir).startsWith('..') || dirname(dir) === dir) return;
  }
}
