import type { Platform } from '../../platform/platform.js';
import type { StepResult } from '../step.js';
import { parseInputs } from './inputs.js';
import { verify } from './verify.js';

/** setup-gpu-runner: `verify` here; the EC2 modes load the AWS SDK only when used. */
export async function run(platform: Platform): Promise<StepResult> {
  const inputs = parseInputs(platform);
  if (inputs.mode === 'verify') return verify(platform, inputs);
  const provisioning = await import('./provision.js');
  return provisioning[inputs.mode](platform, inputs);
}

/** The GitHub `post:` step: terminates what `provision` started in this job, whatever happened. */
export async function post(platform: Platform): Promise<StepResult> {
  const inputs = parseInputs(platform);
  if (inputs.mode !== 'provision') return {};
  return (await import('./provision.js')).post(platform, inputs);
}
