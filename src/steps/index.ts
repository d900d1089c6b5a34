import type { InputDecls, InputSpec, InputValues } from '../core/inputs.js';
import { inputSpecs } from '../core/inputs.js';
import { step as calibrate } from './calibrate/step.js';
import { step as compareMetrics } from './compare-metrics/step.js';
import { step as deployModel } from './deploy-model/step.js';
import { step as history } from './history/step.js';
import { step as pull } from './pull/step.js';
import { step as rollback } from './rollback/step.js';
import { step as setupGpuRunner } from './setup-gpu-runner/step.js';
import type { StepDeclaration, StepRun } from './step.js';
import { step as trainModel } from './train-model/step.js';
import { step as validateData } from './validate-data/step.js';
import { step as versions } from './versions/step.js';

/** A declared step with loaders for its code (imported on use, so the declaration stays cheap to read). */
export interface StepEntry {
  readonly declaration: StepDeclaration;
  /** The inputs as the front doors list them. */
  readonly specs: readonly InputSpec[];
  readonly load: () => Promise<StepRun>;
  readonly loadPost?: () => Promise<StepRun>;
}

function entry<I extends InputDecls>(declaration: StepDeclaration<I>, load: () => Promise<StepRun<InputValues<I>>>, loadPost?: () => Promise<StepRun<InputValues<I>>>): StepEntry {
  // The loaders' types were checked against the declaration above; the table holds them untyped.
  return {
    declaration: declaration as unknown as StepDeclaration,
    specs: inputSpecs(declaration.inputs),
    load: load as unknown as () => Promise<StepRun>,
    loadPost: loadPost as unknown as StepEntry['loadPost'],
  };
}

/** The six steps: each an Action, a GitLab component and a CLI verb. */
export const STEPS: Readonly<Record<string, StepEntry>> = {
  'setup-gpu-runner': entry(
    setupGpuRunner,
    async () => (await import('./setup-gpu-runner/run.js')).run,
    async () => (await import('./setup-gpu-runner/run.js')).post,
  ),
  'validate-data': entry(validateData, async () => (await import('./validate-data/run.js')).run),
  'train-model': entry(trainModel, async () => (await import('./train-model/run.js')).run),
  'compare-metrics': entry(compareMetrics, async () => (await import('./compare-metrics/run.js')).run),
  'deploy-model': entry(deployModel, async () => (await import('./deploy-model/run.js')).run),
  rollback: entry(rollback, async () => (await import('./rollback/run.js')).run),
};

/** Commands of the CLI only, run by the same machinery as the steps. */
export const COMMANDS: Readonly<Record<string, StepEntry>> = {
  history: entry(history, async () => (await import('./history/run.js')).run),
  calibrate: entry(calibrate, async () => (await import('./calibrate/run.js')).run),
  pull: entry(pull, async () => (await import('./pull/run.js')).run),
  versions: entry(versions, async () => (await import('./versions/run.js')).run),
};

/** The ids of the shipped steps, in pipeline order. */
export const STEP_IDS = Object.keys(STEPS);
