import { meta as compareMetrics } from './compare-metrics/inputs.js';
import { meta as deployModel } from './deploy-model/inputs.js';
import { meta as rollback } from './rollback/inputs.js';
import { meta as setupGpuRunner } from './setup-gpu-runner/inputs.js';
import { meta as trainModel } from './train-model/inputs.js';
import { meta as validateData } from './validate-data/inputs.js';
import type { StepMeta, StepRun } from './step.js';

/** Every step this version ships: metadata (cheap) and a loader for its code (imported on use). */
export const STEPS: Readonly<Record<string, { meta: StepMeta; load: () => Promise<StepRun>; loadPost?: () => Promise<StepRun> }>> = {
  'setup-gpu-runner': {
    meta: setupGpuRunner,
    load: async () => (await import('./setup-gpu-runner/run.js')).run,
    loadPost: async () => (await import('./setup-gpu-runner/run.js')).post,
  },
  'validate-data': { meta: validateData, load: async () => (await import('./validate-data/run.js')).run },
  'train-model': { meta: trainModel, load: async () => (await import('./train-model/run.js')).run },
  'compare-metrics': { meta: compareMetrics, load: async () => (await import('./compare-metrics/run.js')).run },
  'deploy-model': { meta: deployModel, load: async () => (await import('./deploy-model/run.js')).run },
  rollback: { meta: rollback, load: async () => (await import('./rollback/run.js')).run },
};

/** The ids of the shipped steps, in pipeline order. */
export const STEP_IDS = Object.keys(STEPS);
