import type { BigIntStats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, posix, relative, sep } from 'node:path';
import { messageOf, UserError, type SourceLocation } from '../../core/errors.js';
import { confinePath, expandPatterns, workspaceSource, type FileSource } from '../../core/files.js';
import { hasMagic } from '../../core/glob-syntax.js';
import { digestOfSet, digestTree, type FileDigest } from '../../core/hashing.js';
import { parseMetricsFile, readMetrics, type MetricSet } from '../../core/metrics.js';
import type { MissingOutput, RunRecord } from '../../core/run-record.js';
import { closest } from '../../core/suggest.js';
import { expandDirs } from './capture.js';

/** What a file was before the command ran: a file whose every field is the same afterwards was not written by it. */
interface FileState {
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  ino: bigint;
  dev: bigint;
}

/** The files the `metrics` and `model` paths matched before the command ran, by workspace-relative path. */
export type OutputSnapshot = ReadonlyMap<string, FileState>;

/** A declared output the run did not produce, with where the problem is for an annotation (not recorded). */
export type CapturedMissing = MissingOutput & { location?: SourceLocation };

/** The run's outputs, as far as it wrote them. */
export interface CapturedOutputs {
  metrics: MetricSet;
  metricsFiles: string[];
  model: RunRecord['model'];
  missing: CapturedMissing[];
  /** Files matched that the command did not write, in the order found. */
  stale: string[];
}

// A `dvc.yaml` names the metric files; the command writes those, not it.
const DVC_POINTER = /(^|\/)dvc\.ya?ml$/;

const stateOf = (info: BigIntStats): FileState => ({ size: info.size, mtimeNs: info.mtimeNs, ctimeNs: info.ctimeNs, ino: info.ino, dev: info.dev });

/**
 * Whether the file at a path is the one the snapshot saw there. Any change counts as written: new
 * content (size, mtime), a replaced file (`mv`, a DVC hardlink or symlink to another cache blob: another
 * inode), or a rewrite in place that kept the old mtime (`cp -p` onto the path: ctime moves).
 */
function unchanged(before: FileState, now: BigIntStats): boolean {
  return before.size === now.size && before.mtimeNs === now.mtimeNs && before.ctimeNs === now.ctimeNs && before.ino === now.ino && before.dev === now.dev;
}

const statOf = (path: string) => stat(path, { bigint: true }).catch(() => undefined);
const toPosix = (workspace: string, full: string) => relative(workspace, full).split(sep).join('/');

/**
 * Before the command runs: the state of every file the `metrics` and `model` paths match (folders
 * walked, the files a `dvc.yaml` lists included). A path that leaves the workspace or a glob too complex
 * to match is said now, not after the training.
 */
export async function snapshotOutputs(workspace: string, outDir: string, metrics: readonly string[], model: readonly string[]): Promise<OutputSnapshot> {
  const snapshot = new Map<string, FileState>();
  const source = workspaceSource(workspace, [outDir]);
  const queue = [...(await expandPatterns(source, metrics)).files];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    const full = await confinePath(workspace, path, "train-model: input 'metrics'");
    const info = await statOf(full);
    if (!info?.isFile()) continue;
    snapshot.set(path, stateOf(info));
    if (DVC_POINTER.test(path)) {
      const text = await readFile(full, 'utf8').catch(() => '');
      const parsed = await parseMetricsFile(path, text).catch(() => undefined);
      queue.push(...(parsed?.follow ?? []));
    }
  }
  for (const pattern of expandDirs(model)) {
    for (const path of (await expandPatterns(workspaceSource(workspace), [pattern])).files) {
      const full = await confinePath(workspace, path, "train-model: input 'model'");
      const info = await statOf(full);
      if (!info) continue;
      for (const file of info.isDirectory() ? await listTree(full) : [full]) {
        const state = await statOf(file);
        if (state?.isFile()) snapshot.set(toPosix(workspace, file), stateOf(state));
      }
    }
  }
  return snapshot;
}

/**
 * After the command: the metrics and model files it wrote. A file unchanged since the snapshot is not
 * this run's (it is listed in `stale`, and an output that has only such files is missing); without a
 * snapshot (mode `record`: the files come from another job) every file counts. Nothing here throws for
 * a missing or unreadable output: it is listed in `missing`, so that the record is still written.
 */
export async function captureOutputs(
  workspace: string,
  outDir: string,
  metricsPatterns: readonly string[],
  modelPatterns: readonly string[],
  snapshot?: OutputSnapshot,
): Promise<CapturedOutputs> {
  const stale = new Set<string>();
  const isStale = async (path: string): Promise<boolean> => {
    // A path the snapshot did not see is new: written by the command.
    const before = snapshot?.get(path);
    if (!before || DVC_POINTER.test(path)) return false;
    const info = await statOf(join(workspace, path));
    if (!info || !unchanged(before, info)) return false;
    stale.add(path);
    return true;
  };
  const missing: CapturedMissing[] = [];
  const metrics = await captureMetrics(workspace, outDir, metricsPatterns, isStale, missing);
  const model = await captureModel(workspace, modelPatterns, isStale, (paths) => paths.forEach((p) => stale.delete(p)), missing);
  return { ...metrics, model, missing, stale: [...stale] };
}

type IsStale = (path: string) => Promise<boolean>;

const STALE = "unchanged since before the command ran: an earlier run's copy, not this run's";

async function captureMetrics(workspace: string, outDir: string, patterns: readonly string[], isStale: IsStale, missing: CapturedMissing[]) {
  const base = workspaceSource(workspace, [outDir]);
  // The command's files only: one it did not write reads as absent, and a glob does not list it.
  const source: FileSource = {
    label: base.label,
    root: base.root,
    list: async (directory) => {
      const out: string[] = [];
      for (const path of await base.list(directory)) if (!(await isStale(path))) out.push(path);
      return out;
    },
    read: async (path) => ((await isStale(path)) ? undefined : base.read(path)),
  };
  for (const pattern of patterns) {
    if (!hasMagic(pattern)) continue;
    const { files } = await expandPatterns(base, [pattern]);
    const written = (await expandPatterns(source, [pattern])).files;
    if (written.length > 0) continue;
    missing.push(
      files.length > 0
        ? { input: 'metrics', path: pattern, reason: 'stale', detail: `'${pattern}' matched only files the command did not write (${list(files)}; ${STALE})` }
        : { input: 'metrics', path: pattern, reason: 'absent', detail: `'${pattern}' matched no file` },
    );
  }
  try {
    const read = await readMetrics(source, patterns, { missingOk: true });
    const before = missing.length;
    for (const path of read.missing) {
      missing.push(
        (await isStale(path))
          ? { input: 'metrics', path, reason: 'stale', detail: `'${path}' was not written by the command (${STALE})` }
          : { input: 'metrics', path, reason: 'absent', detail: `'${path}' does not exist${await didYouMeanPath(workspace, path)}` },
      );
    }
    if (read.metrics.size === 0 && read.files.length > 0 && missing.length === before) {
      missing.push({
        input: 'metrics',
        path: read.files[0] as string,
        reason: 'unreadable',
        detail: `no metrics found in ${list(read.files)}; a metrics file maps names to numbers, like {"accuracy": 0.91}`,
        location: { file: read.files[0] as string },
      });
    }
    return { metrics: read.metrics, metricsFiles: read.files };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const file = error.location?.file;
    missing.push({ input: 'metrics', path: file ?? patterns.join(', '), reason: 'unreadable', detail: error.message.replace(/^metrics: /, ''), location: error.location });
    return { metrics: new Map() as MetricSet, metricsFiles: [] as string[] };
  }
}

/**
 * The model files. A model output (a folder, a glob) is one thing: when the command wrote any of its
 * files it is this run's, the files it left alone included (a tokenizer or config copied in once);
 * only an output of which the command wrote nothing is stale.
 */
async function captureModel(
  workspace: string,
  patterns: readonly string[],
  isStale: IsStale,
  keep: (paths: string[]) => void,
  missing: CapturedMissing[],
): Promise<RunRecord['model']> {
  const files: FileDigest[] = [];
  const seen = new Set<string>();
  for (const pattern of expandDirs(patterns)) {
    const problem = (reason: MissingOutput['reason'], detail: string, path = pattern) => missing.push({ input: 'model', path, reason, detail });
    const before = missing.length;
    let written = 0;
    const skipped: string[] = [];
    try {
      const { files: paths, unmatched } = await expandPatterns(workspaceSource(workspace), [pattern]);
      if (unmatched.length > 0) problem('absent', `'${pattern}' matched nothing in the workspace`);
      for (const path of paths) {
        const full = await confinePath(workspace, path, "train-model: input 'model'");
        const info = await stat(full).catch(() => undefined);
        if (!info) {
          problem('absent', `'${path}' does not exist${await didYouMeanPath(workspace, path)}`, path);
          continue;
        }
        for (const file of info.isDirectory() ? await listTree(full) : [full]) {
          const shown = toPosix(workspace, file);
          if (seen.has(shown)) continue;
          seen.add(shown);
          if (await isStale(shown)) skipped.push(shown);
          else {
            const digests = await digestTree(file, workspace);
            files.push(...digests);
            written += digests.length;
          }
        }
      }
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problem('unreadable', messageOf(error));
    }
    if (written > 0 && skipped.length > 0) {
      for (const shown of skipped) files.push(...(await digestTree(join(workspace, shown), workspace)));
      keep(skipped);
    }
    if (written > 0 || missing.length > before) continue;
    if (skipped.length > 0) problem('stale', `'${pattern}' holds only files the command did not write (${list(skipped)}; ${STALE})`);
    else problem('absent', `'${pattern}' is an empty folder`);
  }
  return { digest: files.length ? digestOfSet(files) : null, files, size: files.reduce((n, f) => n + f.size, 0) };
}

/** The files under a folder, absolute, sorted by name within each folder; a link to a folder is not followed. */
async function listTree(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = (await readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) out.push(path);
      // digestTree says what is wrong with a link that leads nowhere or out of the workspace.
      else if (entry.isSymbolicLink() && !(await stat(path).catch(() => undefined))?.isDirectory()) out.push(path);
    }
  };
  await walk(dir);
  return out;
}

/** `; did you mean 'out/metrics.json'?` for a mistyped file name, from the files in its folder. */
async function didYouMeanPath(workspace: string, path: string): Promise<string> {
  const dir = posix.dirname(path);
  const names = await readdir(join(workspace, dir), { withFileTypes: true }).catch(() => []);
  const hit = closest(
    basename(path),
    names.filter((e) => e.isFile()).map((e) => e.name),
  );
  return hit === undefined ? '' : `; did you mean '${dir === '.' ? hit : `${dir}/${hit}`}'?`;
}

function list(paths: readonly string[]): string {
  return `${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ` and ${paths.length - 3} more` : ''}`;
}
