import { parseDuration } from '../../core/duration.js';
import { Inputs, type InputSpec } from '../../core/inputs.js';
import type { Platform } from '../../platform/platform.js';
import { notifyInputs, pushInputs } from '../reporting-inputs.js';
import type { StepMeta } from '../step.js';
import { deploymentTokenInput, registryInputs, readRegistryInputs, type RegistryInputs } from '../registry-inputs.js';

const inputs: readonly InputSpec[] = [
  { name: 'run-record', kind: 'string', required: true, description: "The candidate's run record (`run.json` from train-model): its model files are pushed, the record is stored with them." },
  ...registryInputs,
  { name: 'model-version', kind: 'string', description: 'The version tag (immutable). Default: `<git sha 12>-<run record id>`, so a re-run pushes the same version.' },
  { name: 'model-dir', kind: 'string', default: '.', description: "Folder (in the workspace) the run record's model paths are relative to, e.g. where a downloaded artifact was unpacked." },
  { name: 'environment', kind: 'string', description: 'Promote the version to this environment (`staging`, `production`); without it the version is only pushed.' },
  {
    name: 'comparison',
    kind: 'string',
    description: "compare-metrics' comparison JSON (its `comparison` output): its verdict gates the promotion. Without it the run record's `gate` is used; with neither, only `force` promotes.",
  },
  { name: 'force', kind: 'boolean', default: 'false', description: 'Promote even when the gate failed or is unknown. Recorded in the deployment record.' },
  { name: 'reason', kind: 'string', description: 'Why, in words, kept in the deployment record (default: the gate verdict).' },
  {
    name: 'deploy-command',
    kind: 'string',
    description:
      'Your rollout, run with bash after the environment is re-pointed; gets `MODELGATE_MODEL`, `MODELGATE_VERSION`, `MODELGATE_DIGEST`, `MODELGATE_ENVIRONMENT`, `MODELGATE_REGISTRY`. A failure rolls the environment back.',
  },
  {
    name: 'smoke-test',
    kind: 'string',
    description: 'After the rollout: a command (bash) that must exit 0, or an `http(s)://` URL that must answer `smoke-status`. A failure rolls the environment back and fails the step.',
  },
  { name: 'smoke-status', kind: 'string', default: '200', description: 'The HTTP status a `smoke-test` URL must answer.' },
  { name: 'smoke-timeout', kind: 'string', default: '60s', description: 'How long the deploy command and the smoke test may take, each.' },
  deploymentTokenInput,
  ...pushInputs,
  ...notifyInputs,
];

/** deploy-model: inputs and outputs, listed once. */
export const meta: StepMeta = {
  id: 'deploy-model',
  title: 'Deploy model',
  description: "Pushes a trained model as an immutable OCI artifact and promotes it to an environment only when its gate passed, with a deployment record that keeps the environment's history.",
  inputs,
  gitlabExpand: ['registry', 'registry-username', 'registry-password', 'pushgateway-url', 'notify-webhook'],
  outputs: [
    { name: 'version', description: 'The version tag pushed.' },
    { name: 'digest', description: "The version's manifest digest (`sha256:...`)." },
    { name: 'environment', description: 'The environment promoted to (empty when only pushed or refused).' },
    { name: 'previous-digest', description: 'What the environment pointed at before.' },
    { name: 'record', description: "The deployment record's digest." },
    { name: 'promoted', description: '`true` when the environment now points at this version.' },
  ],
};

/** The parsed inputs of deploy-model. */
export interface DeployInputs extends RegistryInputs {
  runRecord: string;
  version?: string;
  modelDir: string;
  environment?: string;
  comparison?: string;
  force: boolean;
  reason?: string;
  deployCommand?: string;
  smokeTest?: string;
  smokeStatus: number;
  smokeTimeoutMs: number;
  token?: string;
}

/** Reads and validates every input once. */
export function parseInputs(platform: Platform): DeployInputs {
  const read = new Inputs(meta.id, meta.inputs, (name) => platform.input(name));
  const token = read.string('token');
  if (token) platform.mask(token);
  const status = read.string('smoke-status') as string;
  if (!/^[1-5]\d\d$/.test(status)) throw read.error('smoke-status', 'must be an HTTP status code such as 200', status);
  const version = read.string('model-version');
  if (version !== undefined && !/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(version)) throw read.error('model-version', 'must be an OCI tag: letters, digits, _ . - (at most 128, not starting with . or -)', version);
  return {
    ...readRegistryInputs(read, platform),
    runRecord: read.required('run-record'),
    version,
    modelDir: read.string('model-dir') as string,
    environment: readEnvironment(read),
    comparison: read.string('comparison'),
    force: read.boolean('force'),
    reason: read.string('reason'),
    deployCommand: read.string('deploy-command'),
    smokeTest: read.string('smoke-test'),
    smokeStatus: Number(status),
    smokeTimeoutMs: parseDuration(read.string('smoke-timeout') as string, "deploy-model: input 'smoke-timeout'"),
    token,
  };
}

/** Environment names become tags (`env-<name>`), so they follow the tag grammar, lowercase. */
export function readEnvironment(read: Inputs): string | undefined {
  const environment = read.string('environment');
  if (environment !== undefined && !/^[a-z0-9][a-z0-9._-]{0,63}$/.test(environment)) throw read.error('environment', 'may hold lowercase letters, digits, . _ - (at most 64), e.g. production', environment);
  return environment;
}
