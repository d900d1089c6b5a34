import { parseDuration } from '../../core/duration.js';
import { Inputs, type InputSpec } from '../../core/inputs.js';
import type { Platform } from '../../platform/platform.js';
import { pushInputs } from '../reporting-inputs.js';
import type { StepMeta } from '../step.js';

const inputs: readonly InputSpec[] = [
  { name: 'mode', kind: 'choice', default: 'verify', options: ['verify', 'provision', 'stop', 'reap'], description: '`verify` the GPUs of this machine; `provision` an ephemeral GPU runner for a later job; `stop` it; `reap` runners past their lifetime.' },
  { name: 'min-gpus', kind: 'string', default: '1', description: 'Mode `verify`: fewest GPUs the job needs.' },
  { name: 'min-memory', kind: 'string', description: 'Mode `verify`: least memory per selected GPU, e.g. `40GiB`, `24GB`, `16000MiB`.' },
  { name: 'gpu-name', kind: 'string', description: 'Mode `verify`: a pattern the GPU name must match (`*` wildcards, case-insensitive), e.g. `*H100*`.' },
  { name: 'min-compute-capability', kind: 'string', description: 'Mode `verify`: least CUDA compute capability, e.g. `8.0`.' },
  { name: 'min-driver', kind: 'string', description: 'Mode `verify`: least driver version, e.g. `535.104`.' },
  { name: 'min-cuda', kind: 'string', description: 'Mode `verify`: least CUDA version the driver supports, e.g. `12.2`.' },
  { name: 'allow-cpu', kind: 'boolean', default: 'false', description: 'Mode `verify`: no GPU is a warning (and CPU outputs), not a failure.' },
  { name: 'count', kind: 'string', description: 'Mode `verify`: use this many GPUs (the first that meet the requirements); default all of them.' },
  { name: 'gpus', kind: 'list', description: 'Mode `verify`: use these GPUs, by index or UUID.' },
  { name: 'output', kind: 'string', default: 'modelgate-gpu', description: 'Folder (in the workspace) for `gpu-info.json`.' },
  { name: 'region', kind: 'string', description: 'Modes `provision`, `stop`, `reap`: the AWS region (default: the AWS_REGION of the job).' },
  { name: 'instance-type', kind: 'string', default: 'g5.xlarge', description: 'Mode `provision`: the EC2 instance type.' },
  { name: 'ami', kind: 'string', description: 'Mode `provision`: the image (AMI id) to boot, with the GPU driver and the runner prerequisites.' },
  { name: 'subnet', kind: 'string', description: 'Mode `provision`: the subnet id to launch in.' },
  { name: 'security-group', kind: 'string', description: 'Mode `provision`: the security group id (egress to GitHub/GitLab; no ingress needed).' },
  { name: 'market', kind: 'choice', default: 'spot-or-on-demand', options: ['spot-or-on-demand', 'spot', 'on-demand'], description: 'Mode `provision`: spot capacity, on-demand, or spot with on-demand when spot has none.' },
  { name: 'disk-size', kind: 'string', default: '100', description: 'Mode `provision`: root volume size in GiB.' },
  { name: 'max-lifetime', kind: 'string', default: '6h', description: 'Modes `provision`, `reap`: the instance terminates itself after this long whatever happens (`90m`, `6h`).' },
  { name: 'runner-timeout', kind: 'string', default: '10m', description: 'Mode `provision`: how long the new machine may take to boot and connect its runner; past it, it is terminated and the step fails.' },
  { name: 'label', kind: 'string', description: 'Mode `stop`: the runner label `provision` returned (default: the one this job provisioned).' },
  { name: 'allow-forks', kind: 'boolean', default: 'false', description: 'Mode `provision`: allow pull requests from forks to start a machine.' },
  { name: 'token', kind: 'string', secret: true, only: 'github', description: 'Modes `provision`, `stop`: a token that may register runners (GitHub: a PAT or app token with administration rights, not GITHUB_TOKEN; GitLab: a token with `create_runner`).' },
  ...pushInputs,
];

/** setup-gpu-runner: inputs and outputs, listed once. */
export const meta: StepMeta = {
  id: 'setup-gpu-runner',
  title: 'Set up GPU runner',
  description: 'Verifies the GPUs a job got against its requirements, or provisions an ephemeral GPU runner on EC2 that never outlives its job.',
  inputs,
  // A provisioned runner must outlive the provisioning job when all went well (the training job runs
  // on it; the workflow's stop job ends it); after a failure or a cancel nothing else will.
  post: 'failure() || cancelled()',
  gitlabInputs: ['tags'],
  gitlabExpand: ['label', 'pushgateway-url'],
  outputs: [
    { name: 'gpu-count', description: 'Number of GPUs selected (0 on CPU with `allow-cpu`).' },
    { name: 'gpu-names', description: 'Names of the selected GPUs, comma-separated.' },
    { name: 'gpu-memory', description: 'Memory of each selected GPU in MiB, comma-separated.' },
    { name: 'driver-version', description: 'The GPU driver version.' },
    { name: 'cuda-version', description: 'The CUDA version the driver supports.' },
    { name: 'gpu-info', description: 'Path of `gpu-info.json` (train-model puts it into the run record).' },
    { name: 'label', description: 'Mode `provision`: the label the next job runs on (`runs-on`, GitLab `tags`).' },
    { name: 'instance-id', description: 'Mode `provision`: the EC2 instance id.' },
  ],
};

/** Sizes like `40GiB`, `24GB`, `16000MiB`, `16000` (MiB) in MiB, as nvidia-smi reports memory. */
export function parseMemoryMiB(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(GiB|GB|MiB|MB|TiB|TB)?\s*$/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'MiB').toLowerCase();
  const factor: Record<string, number> = { mib: 1, mb: 1e6 / 2 ** 20, gib: 1024, gb: 1e9 / 2 ** 20, tib: 2 ** 20, tb: 1e12 / 2 ** 20 };
  return Math.floor(n * (factor[unit] as number));
}

/** The parsed inputs of setup-gpu-runner. */
export interface GpuInputs {
  mode: 'verify' | 'provision' | 'stop' | 'reap';
  minGpus: number;
  minMemoryMiB?: number;
  gpuName?: string;
  minComputeCapability?: string;
  minDriver?: string;
  minCuda?: string;
  allowCpu: boolean;
  count?: number;
  gpus: string[];
  output: string;
  region?: string;
  instanceType: string;
  ami?: string;
  subnet?: string;
  securityGroup?: string;
  market: 'spot-or-on-demand' | 'spot' | 'on-demand';
  diskSizeGiB: number;
  maxLifetime: string;
  runnerTimeoutMs: number;
  label?: string;
  allowForks: boolean;
  token?: string;
}

/** Reads and validates every input once. */
export function parseInputs(platform: Platform): GpuInputs {
  const read = new Inputs(meta.id, meta.inputs, (name) => platform.input(name));
  const token = read.string('token');
  if (token) platform.mask(token);
  const integer = (name: string, min: number): number | undefined => {
    const text = read.string(name);
    if (text === undefined) return undefined;
    if (!/^\d+$/.test(text) || Number(text) < min) throw read.error(name, `must be a whole number of at least ${min}`, text);
    return Number(text);
  };
  const version = (name: string): string | undefined => {
    const text = read.string(name);
    if (text !== undefined && !/^\d+(\.\d+)*$/.test(text)) throw read.error(name, 'must be a version like 12.2 or 535.104.05', text);
    return text;
  };
  const memory = read.string('min-memory');
  const minMemoryMiB = memory === undefined ? undefined : parseMemoryMiB(memory);
  if (memory !== undefined && minMemoryMiB === undefined) throw read.error('min-memory', 'must be a size like 40GiB, 24GB or 16000MiB', memory);
  return {
    mode: read.choice('mode'),
    minGpus: integer('min-gpus', 0) as number,
    minMemoryMiB,
    gpuName: read.string('gpu-name'),
    minComputeCapability: version('min-compute-capability'),
    minDriver: version('min-driver'),
    minCuda: version('min-cuda'),
    allowCpu: read.boolean('allow-cpu'),
    count: integer('count', 1),
    gpus: read.list('gpus'),
    output: read.string('output') as string,
    region: read.string('region'),
    instanceType: read.string('instance-type') as string,
    ami: read.string('ami'),
    subnet: read.string('subnet'),
    securityGroup: read.string('security-group'),
    market: read.choice('market'),
    diskSizeGiB: integer('disk-size', 8) as number,
    maxLifetime: read.string('max-lifetime') as string,
    runnerTimeoutMs: parseDuration(read.string('runner-timeout') as string, "setup-gpu-runner: input 'runner-timeout'"),
    label: read.string('label'),
    allowForks: read.boolean('allow-forks'),
    token,
  };
}
