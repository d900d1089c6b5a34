import { stat } from 'node:fs/promises';
import { UserError } from '../../core/errors.js';
import { confinePath, displayPath } from '../../core/files.js';
import type { Predictions } from '../../core/paired-gate.js';
import type { RuleSet } from '../../core/rules.js';
import type { Platform } from '../../platform/platform.js';
import type { Baseline } from './baseline.js';
import type { CompareInputs } from './step.js';

/** The two sides of the paired tests, and why the baseline's are missing when they are. */
export interface PredictionSides {
  candidate?: Predictions;
  baseline?: Predictions;
  baselineMissing?: string;
  noBaseline: boolean;
}

/** Whether any rule asks for a paired test. */
export function wantsTests(rules: RuleSet): boolean {
  return [...rules.exact.values(), ...rules.patterns.map((p) => p.rule)].some((r) => r.test !== undefined);
}

/**
 * Reads the predictions the paired tests need: the candidate's from input 'predictions', the
 * baseline's from input 'baseline-predictions' or from the baseline run's record in the store (that
 * one only when a rule has `test:`). Without such a rule, the files given are read for the report's
 * confusion matrix.
 */
export async function loadPredictions(platform: Platform, inputs: CompareInputs, rules: RuleSet, baseline: Baseline): Promise<PredictionSides> {
  const noBaseline = baseline.info?.source === 'none' || (!baseline.metrics && !baseline.info);
  const { workspace } = platform.context;
  const read = async (input: string, path: string) => {
    const full = await confinePath(workspace, path, `compare-metrics: input '${input}'`);
    const shown = displayPath(workspace, full);
    const found = await stat(full).catch(() => undefined);
    if (!found?.isFile())
      throw new UserError(
        `compare-metrics: input '${input}': no predictions file at ${shown}; write it in your evaluation step (train-model's 'predictions' input records it with the run)`,
      );
    const { readPredictions } = await import('../../data/predictions.js');
    return readPredictions(full, shown);
  };
  // Without a paired test, the predictions given still make the report's confusion matrix.
  if (!wantsTests(rules)) {
    const candidate = inputs.predictions ? await read('predictions', inputs.predictions) : undefined;
    const given = inputs.baselinePredictions ? await read('baseline-predictions', inputs.baselinePredictions) : undefined;
    return { candidate, baseline: given, noBaseline };
  }
  const candidate = inputs.predictions ? await read('predictions', inputs.predictions) : undefined;
  if (inputs.baselinePredictions) return { candidate, baseline: await read('baseline-predictions', inputs.baselinePredictions), noBaseline };
  const fromRun = await baseline.predictions?.();
  if (fromRun) return { candidate, baseline: fromRun, noBaseline };
  const info = baseline.info;
  const baselineMissing =
    noBaseline || !info
      ? 'there is no baseline'
      : info.kind === 'env'
        ? `the version deployed there (${info.spec}) carries no predictions (only runs recorded by commit store them); set 'baseline-predictions'`
        : info.source === 'run'
          ? `the baseline run ${info.run?.tag ?? ''} was recorded without predictions (give train-model the 'predictions' input on the default branch, or set 'baseline-predictions')`
          : `the baseline (${info.spec}) is metric files, which hold no predictions; set 'baseline-predictions'`;
  return { candidate, baselineMissing, noBaseline };
}
