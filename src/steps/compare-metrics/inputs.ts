import { Inputs, type InputSpec } from '../../core/inputs.js';
import type { Platform } from '../../platform/platform.js';
import { optionalRegistryInputs, readOptionalRegistryInputs } from '../registry-inputs.js';
import { notifyInputs, pushInputs } from '../reporting-inputs.js';
import type { StepMeta } from '../step.js';

const inputs: readonly InputSpec[] = [
  { name: 'metrics', kind: 'list', required: true, description: 'Metric files or globs of the candidate (JSON, YAML, CSV, `dvc.yaml`, DVCLive, run records), one per line or comma-separated.' },
  {
    name: 'baseline',
    kind: 'string',
    default: 'merge-base',
    description:
      'What to compare with: `merge-base` (the run train-model recorded for the PR/MR merge-base, or for its nearest recorded ancestor, else the metric files committed there), `ref:<git ref>` (the same, at that ref), `file:<paths or globs>`, `env:<environment>` (the model deployed there), or `none` (absolute bounds only). Nothing found is the verdict `no-baseline`, never a pass.',
  },
  {
    name: 'baseline-depth',
    kind: 'string',
    default: '100',
    description: 'How many first-parent ancestors of the baseline commit may stand in for it when no run is recorded for it (one registry request each).',
  },
  { name: 'rules', kind: 'yaml', description: 'Rules per metric as YAML, e.g. `accuracy: {better: higher, min: 0.9, max-drop: 1%}`; override `metrics:` in the config file.' },
  { name: 'config', kind: 'string', default: 'modelgate.yml', description: 'The modelgate config file; its `metrics:` section holds rules. Ignored when absent.' },
  { name: 'fail-on', kind: 'choice', default: 'fail', options: ['fail', 'warn', 'never'], description: 'The verdict that fails the job: `fail`, `warn` (warnings too) or `never`.' },
  { name: 'comment', kind: 'boolean', default: 'true', description: 'Post or update one sticky comment on the pull/merge request.' },
  { name: 'status', kind: 'boolean', default: 'true', only: 'github', description: 'Set the commit status `modelgate/compare-metrics` (with `id`) for branch protection.' },
  { name: 'id', kind: 'string', description: 'Distinguishes several comparisons in one workflow (its own comment and status).' },
  { name: 'title', kind: 'string', default: 'Model metrics', description: 'Heading of the report.' },
  { name: 'report', kind: 'string', default: 'modelgate-report', description: 'Folder (in the workspace) for the markdown report and the comparison JSON.' },
  // For `baseline: env:<name>`: the model store, as deploy-model has it (model-name optional here).
  ...optionalRegistryInputs('The model whose recorded runs (`merge-base`, `ref:`) or deployed version (`env:`) is the baseline; the same as train-model\'s and deploy-model\'s. Without it only committed metric files can be a baseline.'),
  {
    name: 'publish',
    kind: 'string',
    only: 'github',
    description: 'Post a report saved by a fork PR run (the folder of its `report` artifact) from a `workflow_run` workflow, instead of comparing.',
  },
  {
    name: 'token',
    kind: 'string',
    secret: true,
    githubDefault: '${{ github.token }}',
    only: 'github',
    description: 'API token for the comment and status. GitLab: a project access token with `api` scope in the masked variable `MODELGATE_TOKEN` (CI_JOB_TOKEN cannot post notes).',
  },
  ...pushInputs,
  ...notifyInputs,
];

/** compare-metrics: inputs and outputs, listed once. */
export const meta: StepMeta = {
  id: 'compare-metrics',
  title: 'Compare metrics',
  description: "Diffs a candidate's metrics against a baseline (the PR's merge-base by default), gates them on per-metric rules, and posts one sticky PR/MR comment.",
  inputs,
  gitlabExpand: ['registry', 'registry-username', 'registry-password', 'pushgateway-url', 'notify-webhook'],
  outputs: [
    { name: 'verdict', description: '`pass`, `warn`, `fail`, or `no-baseline` (nothing to compare with: only absolute bounds were checked).' },
    { name: 'passed', description: '`true` unless the verdict reached `fail-on`.' },
    { name: 'report', description: 'Path of the markdown report.' },
    { name: 'comparison', description: 'Path of the comparison as JSON (what a `workflow_run` job posts for a fork PR).' },
    { name: 'comment-url', description: 'URL of the sticky comment, when one was posted.' },
  ],
};

/** The parsed inputs of compare-metrics. */
export interface CompareInputs {
  metrics: string[];
  baseline: string;
  rules?: string;
  config: string;
  baselineDepth: number;
  failOn: 'fail' | 'warn' | 'never';
  comment: boolean;
  status: boolean;
  id?: string;
  title: string;
  reportDir: string;
  publish?: string;
  token?: string;
  registry?: string;
  modelName?: string;
  registryUsername?: string;
  registryPassword?: string;
}

/** Reads and validates every input once. */
export function parseInputs(platform: Platform): CompareInputs {
  const read = new Inputs(meta.id, meta.inputs, (name) => platform.input(name));
  const token = read.string('token');
  if (token) platform.mask(token);
  const publish = read.string('publish');
  const metrics = read.list('metrics');
  if (metrics.length === 0 && !publish) throw read.error('metrics', 'is required: list the metric files or globs, e.g. metrics.json', undefined);
  const depth = read.string('baseline-depth') as string;
  if (!/^\d{1,4}$/.test(depth)) throw read.error('baseline-depth', 'must be a whole number of commits from 0 to 9999', depth);
  const id = read.string('id');
  if (id !== undefined && !/^[A-Za-z0-9._-]{1,64}$/.test(id)) throw read.error('id', 'may hold letters, digits, dot, dash and underscore (at most 64)', id);
  return {
    metrics,
    baseline: read.string('baseline') as string,
    baselineDepth: Number(depth),
    rules: read.string('rules'),
    config: read.string('config') as string,
    failOn: read.choice('fail-on'),
    comment: read.boolean('comment'),
    status: read.boolean('status'),
    id,
    title: read.string('title') as string,
    reportDir: read.string('report') as string,
    publish,
    token,
    ...readOptionalRegistryInputs(read, platform),
  };
}
