import { execute, findStep, prepare } from '../../src/entrypoints/main.js';
import type { Platform } from '../../src/platform/platform.js';
import type { StepResult } from '../../src/steps/step.js';

/**
 * A step as the entry runs it, minus the catch: inputs parsed from the platform against the
 * declaration, secrets masked, `modelgate.yml` read once, then the step's code.
 */
export function stepRun(id: string): (platform: Platform) => Promise<StepResult> {
  return (platform) => execute(id, platform);
}

/** A step's inputs as the entry parses them from the platform (for tests that drive one of its functions). */
export async function stepInputs<T>(id: string, platform: Platform): Promise<T> {
  return (await prepare(findStep(id), platform)).inputs as T;
}
