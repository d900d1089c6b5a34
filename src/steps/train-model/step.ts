import { choice, custom, duration, flag, integer, list, secret, text } from '../../core/input-kinds.js';
import { splitList } from '../../core/inputs.js';
import { optionalRegistryInputs } from '../registry-inputs.js';
import { pushInputs } from '../reporting-inputs.js';
import { declareStep, type InputsOf } from '../step.js';

/** `NAME=value` lines, one variable each. */
const env = custom<Record<string, string>>({ kind: 'list', description: 'Extra environment for the command, `NAME=value` per line.' }, (t, c) => {
  const vars: Record<string, string> = {};
  for (const line of splitList(t ?? '')) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(line);
    if (!m) throw c.fail('takes NAME=value lines', line);
    vars[m[1] as string] = m[2] as string;
  }
  return vars;
});

/** train-model, declared once. */
export const step = declareStep({
  id: 'train-model',
  title: 'Train model',
  description: 'Runs the training command with a timeout that stops its whole process group, and records what it produced, from what, where: the run record.',
  inputs: {
    mode: choice(['run', 'record', 'select'], {
      default: 'run',
      description: '`run` the command and record it; `record` a run another job made (from its files); `select` the best of several run records.',
    }),
    run: text({ description: 'The training command, run with bash like a workflow `run:` step (mode `run`).' }),
    'working-directory': text({ default: '.', description: 'Folder (in the workspace) the command runs in; the other paths are relative to the workspace.' }),
    timeout: duration({ description: 'Stop the command after this long (`90s`, `30m`, `2h`): SIGTERM to its process group, then SIGKILL after `grace-period`.' }),
    'grace-period': duration({ default: '30s', description: 'Time between SIGTERM and SIGKILL on timeout, for a checkpoint.' }),
    env,
    params: list({ description: 'Parameter files (YAML or JSON, DVC-style `params.yaml`) recorded with the run.' }),
    metrics: list({
      description: 'Metric files or globs the command writes (JSON, YAML, CSV, DVCLive); required in modes `run` and `record`. A file the command did not write is not taken.',
    }),
    model: list({ description: 'Model files or folders: each file is hashed, and the set gets one digest.' }),
    predictions: text({
      description:
        "The per-example predictions file the command writes on the eval set (CSV, JSON Lines or Parquet, with an `id` column): checked, recorded with the run and stored with it, so that compare-metrics' paired tests (`test:` rules) find the champion's.",
    }),
    data: list({ description: 'Data files or folders the model was trained on: fingerprinted (or taken from `dvc.lock`).' }),
    'gpu-info': text({ description: "The GPU report setup-gpu-runner wrote (its `gpu-info` output), put into the record's environment." }),
    output: text({ default: 'modelgate-train', description: 'Folder (in the workspace) for `run.json` and the log.' }),
    'exit-code': integer({ min: 0, max: 255, description: "Mode `record`: the training job's exit code, when known." }),
    runs: list({ description: 'Mode `select`: run records (files or globs), e.g. the downloaded artifacts of a matrix.' }),
    'select-by': text({ description: 'Mode `select`: the metric that picks the winner.' }),
    better: choice(['higher', 'lower'], { default: 'higher', description: 'Mode `select`: whether a higher or a lower `select-by` wins.' }),
    'cache-paths': list({ only: 'github', description: 'Paths to restore before and save after the command (datasets, pip wheels) with the Actions cache.' }),
    'cache-key': text({ only: 'github', description: 'Cache key prefix; the key adds the OS and a hash of the params files and the `env` input.' }),
    upload: flag({ default: 'false', only: 'github', description: 'Upload the model, the run record and the log as an artifact.' }),
    attest: flag({
      default: 'false',
      only: 'github',
      description: 'Sign a build-provenance attestation of the model files (needs `permissions: id-token: write, attestations: write`).',
    }),
    'record-run': choice(['auto', 'true', 'false'], {
      default: 'auto',
      description:
        'Record a successful run in the model store by commit, so pull/merge requests find it as their baseline: `auto` on pushes to the default branch (never for a pull/merge request), `true` always, `false` never. Needs `model-name`.',
    }),
    'record-model': flag({ default: 'false', description: 'Store the model files with the recorded run (by default only the run record, a few KB).' }),
    ...optionalRegistryInputs("The model whose runs are recorded (its repository in the store), the same as compare-metrics' and deploy-model's."),
    token: secret({
      githubDefault: '${{ github.token }}',
      only: 'github',
      description: "Token for the attestation API and for the repository's GHCR (recording runs needs `packages: write`).",
    }),
    'artifact-name': text({
      only: 'github',
      rule: [/^[A-Za-z0-9._-]{1,200}$/, 'may hold letters, digits, dot, dash and underscore'],
      description: 'Artifact name (default: `model-<job>-<params digest>`); a name already used in the run gets a `-2`, `-3` suffix.',
    }),
    ...pushInputs,
  },
  config: ['monitoring'],
  check: (v, fail) => {
    if (v.mode === 'run' && !v.run) throw fail('run', "is required in mode 'run': the training command, e.g. python train.py");
    if (v.mode !== 'select' && v.metrics.length === 0) throw fail('metrics', `is required in mode '${v.mode}': the metric files the command writes, e.g. metrics.json`);
    if (v.mode === 'select' && v.runs.length === 0) throw fail('runs', "is required in mode 'select': the run records to choose from, e.g. runs/*/run.json");
    if (v.mode === 'select' && !v.selectBy) throw fail('select-by', "is required in mode 'select': the metric that picks the winner");
  },
  outputs: {
    'run-record': "Path of `run.json` (the winner's, in mode `select`).",
    'model-digest': '`sha256:` digest of the model files.',
    metrics: 'The metrics as one JSON object.',
    'exit-code': "The command's exit code (128 + signal number when a signal ended it).",
    'cache-hit': 'The cache key restored, when there was a hit.',
    'artifact-name': 'The name the artifact was uploaded under.',
    'attestation-url': 'The attestation of the model files, with `attest`.',
    'recorded-run': 'Where the run was recorded (`<model>:run-<commit>`), when it was.',
  },
  gitlab: {
    description:
      "modelgate train-model: run the training command (its image needs Node.js 20 or later and git), or record another job's outputs (mode record, on a Node image), or select the best run of a parallel:matrix sweep (mode select); writes run.json, the lineage of the model.",
    stage: 'train',
    imageNote: 'Image of the job: your training image, with Node.js 20 or later, npm, git and tar (or use mode record in a follow-up job on a Node image).',
    inputs: {
      'artifact-paths': {
        type: 'array',
        default: ['modelgate-train/'],
        description: 'What the job keeps as artifacts: the output folder, and add your model and metrics paths (a record or deploy job needs them).',
      },
      'cache-paths': { type: 'array', default: [], description: "Paths GitLab's cache keeps between pipelines (datasets, pip wheels)." },
      'cache-key': { default: 'modelgate-train', description: "Key of GitLab's cache for cache-paths." },
    },
    job: {
      cache: { key: '$[[ inputs.cache-key ]]', paths: '$[[ inputs.cache-paths ]]' },
      artifacts: { when: 'always', paths: '$[[ inputs.artifact-paths ]]', reports: { dotenv: 'train-model.env' } },
      rules: [{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }, { if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }],
    },
  },
});

/** The parsed inputs of train-model. */
export type TrainInputs = InputsOf<typeof step>;
