import { choice, custom, duration, flag, integer, list, secret, text } from '../../core/input-kinds.js';
import { pushInputs } from '../reporting-inputs.js';
import { declareStep, type InputsOf } from '../step.js';

/** Sizes like `40GiB`, `24GB`, `16000MiB`, `16000` (MiB) in MiB, as nvidia-smi reports memory. */
export function parseMemoryMiB(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(GiB|GB|MiB|MB|TiB|TB)?\s*$/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'MiB').toLowerCase();
  const factor: Record<string, number> = { mib: 1, mb: 1e6 / 2 ** 20, gib: 1024, gb: 1e9 / 2 ** 20, tib: 2 ** 20, tb: 1e12 / 2 ** 20 };
  return Math.floor(n * (factor[unit] as number));
}

const version = (description: string) => text({ rule: [/^\d+(\.\d+)*$/, 'must be a version like 12.2 or 535.104.05'], description });

/** setup-gpu-runner, declared once. */
export const step = declareStep({
  id: 'setup-gpu-runner',
  title: 'Set up GPU runner',
  description: 'Verifies the GPUs a job got against its requirements, or provisions an ephemeral GPU runner on EC2 that never outlives its job.',
  inputs: {
    mode: choice(['verify', 'provision', 'stop', 'reap'], {
      default: 'verify',
      description: '`verify` the GPUs of this machine; `provision` an ephemeral GPU runner for a later job; `stop` it; `reap` runners past their lifetime.',
    }),
    'min-gpus': integer({ min: 0, default: '1', description: 'Mode `verify`: fewest GPUs the job needs.' }),
    'min-memory': custom<number | undefined>({ description: 'Mode `verify`: least memory per selected GPU, e.g. `40GiB`, `24GB`, `16000MiB`.' }, (t, c) => {
      if (t === undefined) return undefined;
      const mib = parseMemoryMiB(t);
      if (mib === undefined) throw c.fail('must be a size like 40GiB, 24GB or 16000MiB');
      return mib;
    }),
    'gpu-name': text({ description: 'Mode `verify`: a pattern the GPU name must match (`*` wildcards, case-insensitive), e.g. `*H100*`.' }),
    'min-compute-capability': version('Mode `verify`: least CUDA compute capability, e.g. `8.0`.'),
    'min-driver': version('Mode `verify`: least driver version, e.g. `535.104`.'),
    'min-cuda': version('Mode `verify`: least CUDA version the driver supports, e.g. `12.2`.'),
    'allow-cpu': flag({ default: 'false', description: 'Mode `verify`: no GPU is a warning (and CPU outputs), not a failure.' }),
    count: integer({ min: 0, default: '0', description: 'Mode `verify`: use this many GPUs (the first that meet the requirements); `0`, the default, uses all of them.' }),
    gpus: list({ description: 'Mode `verify`: use these GPUs, by index or UUID.' }),
    output: text({ default: 'modelgate-gpu', description: 'Folder (in the workspace) for `gpu-info.json`.' }),
    region: text({ description: 'Modes `provision`, `stop`, `reap`: the AWS region (default: the AWS_REGION of the job).' }),
    'instance-type': text({ default: 'g5.xlarge', description: 'Mode `provision`: the EC2 instance type.' }),
    ami: text({ description: 'Mode `provision`: the image (AMI id) to boot, with the GPU driver and the runner prerequisites.' }),
    subnet: text({ description: 'Mode `provision`: the subnet id to launch in.' }),
    'security-group': text({ description: 'Mode `provision`: the security group id (egress to GitHub/GitLab; no ingress needed).' }),
    market: choice(['spot-or-on-demand', 'spot', 'on-demand'], {
      default: 'spot-or-on-demand',
      description: 'Mode `provision`: spot capacity, on-demand, or spot with on-demand when spot has none.',
    }),
    'disk-size': integer({ min: 8, default: '100', description: 'Mode `provision`: root volume size in GiB.' }),
    'max-lifetime': duration({ default: '6h', description: 'Modes `provision`, `reap`: the instance terminates itself after this long whatever happens (`90m`, `6h`).' }),
    'runner-timeout': duration({
      default: '10m',
      description: 'Mode `provision`: how long the new machine may take to boot and connect its runner; past it, it is terminated and the step fails.',
    }),
    label: text({ gitlabExpand: true, description: 'Mode `stop`: the runner label `provision` returned (default: the one this job provisioned).' }),
    'allow-forks': flag({ default: 'false', description: 'Mode `provision`: allow pull requests from forks to start a machine.' }),
    token: secret({
      only: 'github',
      description:
        'Modes `provision`, `stop`: a token that may register runners (GitHub: a PAT or app token with administration rights, not GITHUB_TOKEN; GitLab: a token with `create_runner`).',
    }),
    ...pushInputs,
  },
  config: ['monitoring'],
  check: (v, fail) => {
    if (v.maxLifetime < 60_000) throw fail('max-lifetime', 'must be at least 1m');
  },
  outputs: {
    'gpu-count': 'Number of GPUs selected (0 on CPU with `allow-cpu`).',
    'gpu-names': 'Names of the selected GPUs, comma-separated.',
    'gpu-memory': 'Memory of each selected GPU in MiB, comma-separated.',
    'driver-version': 'The GPU driver version.',
    'cuda-version': 'The CUDA version the driver supports.',
    'gpu-info': 'Path of `gpu-info.json` (train-model puts it into the run record).',
    label: 'Mode `provision`: the label the next job runs on (`runs-on`, GitLab `tags`).',
    'instance-id': 'Mode `provision`: the EC2 instance id.',
  },
  // A provisioned runner must outlive the provisioning job when all went well (the training job runs
  // on it; the workflow's stop job ends it); after a failure or a cancel nothing else will.
  post: 'failure() || cancelled()',
  gitlab: {
    description:
      'modelgate setup-gpu-runner: verify the GPUs of the runner this job got (tag the job for your GPU runners), select them and pass CUDA_VISIBLE_DEVICES to later jobs; or provision, stop and reap ephemeral EC2 GPU runners. The provision and stop modes need a token with create_runner in the masked variable MODELGATE_TOKEN.',
    stage: '.pre',
    imageNote: 'Image of the job; it needs Node.js 20 or later with npm and tar (and, to verify, the GPU passed through: nvidia-smi comes with the NVIDIA Container Toolkit).',
    // No `tags:` here: GitLab refuses an empty list, and a `gpu` tag on a CPU fallback (`allow-cpu`) would wait for a
    // GPU runner for ever. A GPU job adds its runners' tag by redefining the job (`<job-name>: { tags: [gpu] }`).
    job: {
      artifacts: { when: 'always', paths: ['$[[ inputs.output ]]/'], reports: { dotenv: 'setup-gpu-runner.env' } },
      rules: [{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }, { if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }],
    },
  },
});

/** The parsed inputs of setup-gpu-runner. */
export type GpuInputs = InputsOf<typeof step>;
