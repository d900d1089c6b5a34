import { parseDuration } from '../../core/duration.js';
import { Inputs, type InputSpec } from '../../core/inputs.js';
import type { Platform } from '../../platform/platform.js';
import { optionalRegistryInputs, readOptionalRegistryInputs } from '../registry-inputs.js';
import { pushInputs } from '../reporting-inputs.js';
import type { StepMeta } from '../step.js';

const inputs: readonly InputSpec[] = [
  { name: 'mode', kind: 'choice', default: 'run', options: ['run', 'record', 'select'], description: '`run` the command and record it; `record` a run another job made (from its files); `select` the best of several run records.' },
  { name: 'run', kind: 'string', description: 'The training command, run with bash like a workflow `run:` step (mode `run`).' },
  { name: 'working-directory', kind: 'string', default: '.', description: 'Folder (in the workspace) the command runs in; the other paths are relative to the workspace.' },
  { name: 'timeout', kind: 'string', description: 'Stop the command after this long (`90s`, `30m`, `2h`): SIGTERM to its process group, then SIGKILL after `grace-period`.' },
  { name: 'grace-period', kind: 'string', default: '30s', description: 'Time between SIGTERM and SIGKILL on timeout, for a checkpoint.' },
  { name: 'env', kind: 'list', description: 'Extra environment for the command, `NAME=value` per line.' },
  { name: 'params', kind: 'list', description: 'Parameter files (YAML or JSON, DVC-style `params.yaml`) recorded with the run.' },
  { name: 'metrics', kind: 'list', description: 'Metric files or globs the command writes (JSON, YAML, CSV, DVCLive).' },
  { name: 'model', kind: 'list', description: 'Model files or folders: each file is hashed, and the set gets one digest.' },
  { name: 'data', kind: 'list', description: 'Data files or folders the model was trained on: fingerprinted (or taken from `dvc.lock`).' },
  { name: 'gpu-info', kind: 'string', description: "The GPU report setup-gpu-runner wrote (its `gpu-info` output), put into the record's environment." },
  { name: 'output', kind: 'string', default: 'modelgate-train', description: 'Folder (in the workspace) for `run.json` and the log.' },
  { name: 'exit-code', kind: 'string', description: "Mode `record`: the training job's exit code, when known." },
  { name: 'runs', kind: 'list', description: 'Mode `select`: run records (files or globs), e.g. the downloaded artifacts of a matrix.' },
  { name: 'select-by', kind: 'string', description: 'Mode `select`: the metric that picks the winner.' },
  { name: 'better', kind: 'choice', default: 'higher', options: ['higher', 'lower'], description: 'Mode `select`: whether a higher or a lower `select-by` wins.' },
  { name: 'cache-paths', kind: 'list', only: 'github', description: 'Paths to restore before and save after the command (datasets, pip wheels) with the Actions cache.' },
  { name: 'cache-key', kind: 'string', only: 'github', description: 'Cache key prefix; the key adds the OS and a hash of the params files and the `env` input.' },
  { name: 'upload', kind: 'boolean', default: 'false', only: 'github', description: 'Upload the model, the run record and the log as an artifact.' },
  {
    name: 'attest',
    kind: 'boolean',
    default: 'false',
    only: 'github',
    description: 'Sign a build-provenance attestation of the model files (needs `permissions: id-token: write, attestations: write`).',
  },
  {
    name: 'record-run',
    kind: 'choice',
    default: 'auto',
    options: ['auto', 'true', 'false'],
    description:
      'Record a successful run in the model store by commit, so pull/merge requests find it as their baseline: `auto` on pushes to the default branch (never for a pull/merge request), `true` always, `false` never. Needs `model-name`.',
  },
  { name: 'record-model', kind: 'boolean', default: 'false', description: 'Store the model files with the recorded run (by default only the run record, a few KB).' },
  ...optionalRegistryInputs('The model whose runs are recorded (its repository in the store), the same as compare-metrics\' and deploy-model\'s.'),
  { name: 'token', kind: 'string', secret: true, githubDefault: '${{ github.token }}', only: 'github', description: "Token for the attestation API and for the repository's GHCR (recording runs needs `packages: write`)." },
  { name: 'artifact-name', kind: 'string', only: 'github', description: 'Artifact name (default: `model-<job>-<params digest>`); a name already used in the run gets a `-2`, `-3` suffix.' },
  ...pushInputs,
];

/** train-model: inputs and outputs, listed once. */
export const meta: StepMeta = {
  id: 'train-model',
  title: 'Train model',
  description: 'Runs the training command with a timeout that stops its whole process group, and records what it produced, from what, where: the run record.',
  inputs,
  gitlabExpand: ['registry', 'registry-username', 'registry-password', 'pushgateway-url'],
  gitlabInputs: ['artifact-paths', 'cache-paths', 'cache-key'],
  outputs: [
    { name: 'run-record', description: 'Path of `run.json` (the winner\'s, in mode `select`).' },
    { name: 'model-digest', description: '`sha256:` digest of the model files.' },
    { name: 'metrics', description: 'The metrics as one JSON object.' },
    { name: 'exit-code', description: "The command's exit code (128 + signal number when a signal ended it)." },
    { name: 'cache-hit', description: 'The cache key restored, when there was a hit.' },
    { name: 'artifact-name', description: 'The name the artifact was uploaded under.' },
    { name: 'attestation-url', description: 'The attestation of the model files, with `attest`.' },
    { name: 'recorded-run', description: 'Where the run was recorded (`<model>:run-<commit>`), when it was.' },
  ],
};

/** The parsed inputs of train-model. */
export interface TrainInputs {
  mode: 'run' | 'record' | 'select';
  run?: string;
  workingDirectory: string;
  timeoutMs?: number;
  graceMs: number;
  env: Record<string, string>;
  params: string[];
  metrics: string[];
  model: string[];
  data: string[];
  gpuInfo?: string;
  output: string;
  exitCode?: number;
  runs: string[];
  selectBy?: string;
  better: 'higher' | 'lower';
  cachePaths: string[];
  cacheKey?: string;
  upload: boolean;
  artifactName?: string;
  attest: boolean;
  token?: string;
  recordRun: 'auto' | 'true' | 'false';
  recordModel: boolean;
  registry?: string;
  modelName?: string;
  registryUsername?: string;
  registryPassword?: string;
}

/** Reads and validates every input once. */
export function parseInputs(platform: Platform): TrainInputs {
  const read = new Inputs(meta.id, meta.inputs, (name) => platform.input(name));
  const mode = read.choice<TrainInputs['mode']>('mode');
  const env: Record<string, string> = {};
  for (const line of read.list('env')) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(line);
    if (!m) throw read.error('env', 'takes NAME=value lines', line);
    env[m[1] as string] = m[2] as string;
  }
  const timeout = read.string('timeout');
  const token = read.string('token');
  if (token) platform.mask(token);
  const exitCode = read.string('exit-code');
  if (exitCode !== undefined && !/^\d{1,3}$/.test(exitCode)) throw read.error('exit-code', 'must be a number from 0 to 255', exitCode);
  const parsed: TrainInputs = {
    mode,
    run: read.string('run'),
    workingDirectory: read.string('working-directory') as string,
    timeoutMs: timeout === undefined ? undefined : parseDuration(timeout, "train-model: input 'timeout'"),
    graceMs: parseDuration(read.string('grace-period') as string, "train-model: input 'grace-period'"),
    env,
    params: read.list('params'),
    metrics: read.list('metrics'),
    model: read.list('model'),
    data: read.list('data'),
    gpuInfo: read.string('gpu-info'),
    output: read.string('output') as string,
    exitCode: exitCode === undefined ? undefined : Number(exitCode),
    runs: read.list('runs'),
    selectBy: read.string('select-by'),
    better: read.choice('better'),
    cachePaths: read.list('cache-paths'),
    cacheKey: read.string('cache-key'),
    upload: read.boolean('upload'),
    artifactName: read.string('artifact-name'),
    attest: read.boolean('attest'),
    token,
    recordRun: read.choice('record-run'),
    recordModel: read.boolean('record-model'),
    ...readOptionalRegistryInputs(read, platform),
  };
  if (mode === 'run' && !parsed.run) throw read.error('run', "is required in mode 'run': the training command, e.g. python train.py", undefined);
  if (mode !== 'select' && parsed.metrics.length === 0) throw read.error('metrics', `is required in mode '${mode}': the metric files the command writes, e.g. metrics.json`, undefined);
  if (mode === 'select' && parsed.runs.length === 0) throw read.error('runs', "is required in mode 'select': the run records to choose from, e.g. runs/*/run.json", undefined);
  if (mode === 'select' && !parsed.selectBy) throw read.error('select-by', "is required in mode 'select': the metric that picks the winner", undefined);
  if (parsed.artifactName !== undefined && !/^[A-Za-z0-9._-]{1,200}$/.test(parsed.artifactName)) throw read.error('artifact-name', 'may hold letters, digits, dot, dash and underscore', parsed.artifactName);
  return parsed;
}
