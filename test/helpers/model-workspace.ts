import { createHash } from 'node:crypto';
import { writeFiles } from './git.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Writes a trained model and its run record into a workspace, as train-model leaves them: the model
 * files under `model/`, the record at `<dir>/run.json`. Returns the record's path (workspace-relative).
 */
export function writeTrainedModel(
  workspace: string,
  options: { dir?: string; id?: string; sha?: string; metrics?: Record<string, number>; weights?: string; gate?: Record<string, unknown>; failed?: number } = {},
): string {
  const dir = options.dir ?? 'train';
  const weights = options.weights ?? `weights of ${options.id ?? 'run-1'}`;
  const files = { 'model/weights.json': weights, 'model/meta/labels.txt': 'setosa\nversicolor\nvirginica\n' };
  const record = {
    kind: 'modelgate/run-record',
    version: 1,
    id: options.id ?? 'run-1',
    createdAt: '2026-11-28T10:00:00.000Z',
    command: { run: 'node train.mjs', workingDirectory: '.', exitCode: options.failed ?? 0, timedOut: false, durationMs: 1200 },
    ...(options.failed ? { outcome: 'failed' } : {}),
    params: { lr: 0.1 },
    metrics: options.metrics ?? { 'test.accuracy': 0.95, 'test.f1.macro': 0.94 },
    model: {
      digest: `sha256:${sha256(weights)}`,
      files: Object.entries(files).map(([path, text]) => ({ path, sha256: sha256(text), size: Buffer.byteLength(text) })),
      size: Object.values(files).reduce((n, t) => n + Buffer.byteLength(t), 0),
    },
    data: [],
    git: { sha: options.sha ?? 'a'.repeat(40), ref: 'refs/heads/main', dirty: false },
    environment: { os: 'linux', arch: 'x64', cpus: 2, memoryBytes: 1, node: 'v24' },
    ci: { platform: 'local' },
    ...(options.gate ? { gate: options.gate } : {}),
  };
  writeFiles(workspace, { ...files, [`${dir}/run.json`]: `${JSON.stringify(record, null, 2)}\n` });
  return `${dir}/run.json`;
}

/** A comparison file as compare-metrics saves it, with one row per (name, status). */
export function writeComparison(
  workspace: string,
  path: string,
  rows: [string, 'pass' | 'warn' | 'fail' | 'info'][],
  sha = 'a'.repeat(40),
  failOn: 'fail' | 'warn' | 'never' = 'fail',
  extra: Record<string, unknown> = {},
): string {
  const bundle = {
    kind: 'modelgate/comparison',
    version: 1,
    key: 'compare-metrics:test',
    title: 'Model metrics',
    sha,
    failOn,
    ...extra,
    rows: rows.map(([name, status]) => ({ name, value: 0.9, baseline: 0.95, change: 'changed', status, reasons: status === 'fail' ? [`${name} dropped 5.3% > 1%`] : [] })),
  };
  writeFiles(workspace, { [path]: `${JSON.stringify(bundle, null, 2)}\n` });
  return path;
}
