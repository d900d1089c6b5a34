// The statistical core of noise-aware gates (issue #16), in one import: pair two models' per-example
// results, measure the difference with its uncertainty, and turn that into a verdict. Each part lives
// in its own module (align, bootstrap, resample, tests, decision); this one only gathers them.

export { alignPairs, type PairedExamples, type PairNames, type PredictionRow } from './align.js';
export {
  bootstrapPValue,
  MULTINOMIAL_MAX_UNITS,
  pairedBootstrap,
  pairedBootstrapWithIndices,
  quantileLinear,
  RESAMPLING_MAX_WORK,
  type BootstrapMethod,
  type PairedBootstrapOptions,
  type PairedBootstrapResult,
} from './bootstrap.js';
export { detectionPower, examplesForPower, outcome, type Outcome, type OutcomeInput, type PowerInput } from './decision.js';
export type { PairedMetric } from './resample.js';
export { delong, holm, mcnemarExact, welch, type DeLongResult, type McNemarResult, type WelchResult } from './tests.js';
