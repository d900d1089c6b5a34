import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { arch, cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../core/errors.js';
import { confinePath, expandPatterns, workspaceSource } from '../../core/files.js';
import { git } from '../../core/git.js';
import { digestOfSet, digestTree, sha256File, type FileDigest } from '../../core/hashing.js';
import type { DataFingerprint, RunRecord } from '../../core/run-record.js';
import { parseYaml } from '../../core/yaml.js';
import type { Context } from '../../platform/platform.js';

/** Resolves patterns (globs allowed) to existing workspace paths; `what` names the input. */
export async function resolvePaths(workspace: string, patterns: readonly string[], what: string): Promise<string[]> {
  const { files, unmatched } = await expandPatterns(workspaceSource(workspace), patterns);
  if (unmatched.length > 0) throw new UserError(`train-model: input '${what}': '${unmatched[0]}' matched nothing in the workspace`);
  const out: string[] = [];
  for (const path of files) {
    const full = await confinePath(workspace, path, `train-model: input '${what}'`);
    if (!(await stat(full).catch(() => undefined))) throw new UserError(`train-model: input '${what}': '${path}' does not exist after the command ran`);
    out.push(full);
  }
  return out;
}

// A folder given as a model or data path is taken whole; `expandPatterns` matches files only.
export function expandDirs(patterns: readonly string[]): string[] {
  return patterns.map((p) => p.replace(/\/+$/, ''));
}

/**
 * Fingerprints of the data: `dvc.lock` entries when the repository has one and they cover the path
 * (DVC already hashed them), else a sha256 per file (a folder gets one digest over its files).
 */
export async function captureData(workspace: string, patterns: readonly string[]): Promise<DataFingerprint[]> {
  if (patterns.length === 0) return [];
  const dvc = await dvcLockOuts(workspace);
  const out: DataFingerprint[] = [];
  for (const full of await resolvePaths(workspace, expandDirs(patterns), 'data')) {
    const path = full
      .slice(workspace.length + 1)
      .split('\\')
      .join('/');
    const locked = dvc.get(path);
    if (locked) {
      out.push({ path, md5: locked.md5 ?? null, size: locked.size ?? null, source: 'dvc.lock' });
      continue;
    }
    const info = await stat(full);
    if (info.isDirectory()) {
      const files = await digestTree(full, workspace);
      out.push({ path, digest: digestOfSet(files), size: files.reduce((n, f) => n + f.size, 0), source: 'hashed' });
    } else out.push({ path, sha256: await sha256File(full), size: info.size, source: 'hashed' });
  }
  return out;
}

async function dvcLockOuts(workspace: string): Promise<Map<string, { md5?: string; size?: number }>> {
  const map = new Map<string, { md5?: string; size?: number }>();
  const text = await readFile(join(workspace, 'dvc.lock'), 'utf8').catch(() => undefined);
  if (text === undefined) return map;
  const lock = await parseYaml(text, 'dvc.lock', 'train-model: ');
  const stages = (lock.toJS() as { stages?: Record<string, { deps?: unknown[]; outs?: unknown[] }> })?.stages ?? {};
  for (const stage of Object.values(stages)) {
    for (const entry of [...(stage?.deps ?? []), ...(stage?.outs ?? [])]) {
      const e = entry as { path?: string; md5?: string; hash?: string; size?: number };
      if (typeof e?.path === 'string') map.set(e.path.replace(/\/+$/, ''), { md5: e.md5, size: e.size });
    }
  }
  return map;
}

/** Params from DVC-style files (YAML or JSON), nested as written, with the files' digests. */
export async function captureParams(workspace: string, patterns: readonly string[]): Promise<{ params: Record<string, unknown>; files: FileDigest[] }> {
  const params: Record<string, unknown> = {};
  const files: FileDigest[] = [];
  for (const full of await resolvePaths(workspace, patterns, 'params')) {
    const shown = full.slice(workspace.length + 1);
    const text = await readFile(full, 'utf8');
    const value = (await parseYaml(text, shown, 'train-model: params: ')).toJS();
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw new UserError(`train-model: params: ${shown}: expected a map of parameter names to values`, { file: shown });
    deepMerge(params, value as Record<string, unknown>);
    files.push({ path: shown, sha256: await sha256File(full), size: Buffer.byteLength(text) });
  }
  return { params, files };
}

/**
 * The commit, ref and whether the tree had uncommitted changes (which make a run hard to reproduce).
 * `exclude` is this step's own output folder, which is not part of the code. Git runs with the
 * command's environment and with hooks and fsmonitor off, so repository config cannot run code here.
 */
export async function captureGit(context: Context, exclude: string, env: NodeJS.ProcessEnv): Promise<RunRecord['git']> {
  const cwd = context.workspace;
  const safe = ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null'];
  const sha = (await git(cwd, [...safe, 'rev-parse', 'HEAD'], { env }).catch(() => '')).trim() || context.sha || null;
  if (!sha) return { sha: null, ref: context.ref ?? null, dirty: null };
  const status = await git(cwd, [...safe, 'status', '--porcelain', '--untracked-files=normal', '--', '.', `:(exclude)${exclude}`], { env }).catch(() => undefined);
  const changed =
    status === undefined
      ? []
      : status
          .split('\n')
          .filter(Boolean)
          .map((l) => l.slice(3));
  return { sha, ref: context.ref ?? null, dirty: status === undefined ? null : changed.length > 0, changed: changed.slice(0, 50) };
}

/** The machine: OS, CPU, memory, Node and Python versions, the runner, and the GPUs setup-gpu-runner found. */
export async function captureEnvironment(env: NodeJS.ProcessEnv, gpuInfo: string | undefined, workspace: string, runner: string | undefined): Promise<RunRecord['environment']> {
  const cpu = cpus();
  let gpus: unknown;
  if (gpuInfo) {
    const path = await confinePath(workspace, gpuInfo, "train-model: input 'gpu-info'");
    const text = await readFile(path, 'utf8').catch(() => {
      throw new UserError(`train-model: input 'gpu-info': cannot read '${gpuInfo}' (setup-gpu-runner writes it)`);
    });
    try {
      gpus = JSON.parse(text);
    } catch {
      throw new UserError(`train-model: input 'gpu-info': '${gpuInfo}' is not valid JSON`);
    }
  }
  return {
    os: `${platform()} ${release()}`,
    arch: arch(),
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? null,
    memoryBytes: totalmem(),
    node: process.version,
    python: await pythonVersion(env),
    runner: runner || null,
    ...(gpus !== undefined ? { gpus } : {}),
  };
}

function pythonVersion(env: NodeJS.ProcessEnv): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('python3', ['--version'], { env, timeout: 5000 }, (error, stdout, stderr) => resolve(error ? null : (stdout || stderr).trim().replace(/^Python /, '') || null));
  });
}

function deepMerge(into: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(from)) {
    const there = into[key];
    if (there && value && typeof there === 'object' && typeof value === 'object' && !Array.isArray(there) && !Array.isArray(value))
      deepMerge(there as Record<string, unknown>, value as Record<string, unknown>);
    else into[key] = value;
  }
}
