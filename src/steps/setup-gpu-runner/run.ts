import type { Platform } from '../../platform/platform.js';
import type { StepResult } from '../step.js';
import type { GpuInputs } from './step.js';
import { verify } from './verify.js';

/** setup-gpu-runner: `verify` here; the EC2 modes load the AWS SDK only when used. */
export async function run(inputs: GpuInputs, platform: Platform): Promise<StepResult> {
  if (inputs.mode === 'verify') return verify(platform, inputs);
  const provisioning = await import('./provision.js');
  return provisioning[inputs.mode](platform, inputs);
}

/** The GitHub `post:` step: terminates what `provision` started in this job, whatever happened. */
export async function post(inputs: GpuInputs, platform: Platform): Promise<StepResult> {
  if (inputs.mode !== 'provision') return {};
  return (await import('./provision.js')).post(platform, inputs);
}
