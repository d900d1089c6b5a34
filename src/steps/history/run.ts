import { UserError } from '../../core/errors.js';
import { didYouMean } from '../../core/suggest.js';
import type { Platform } from '../../platform/platform.js';
import type { ModelStore } from '../../registry/store.js';
import { environmentsReport, historyReport, type RunOf } from '../history-report.js';
import type { EnvironmentState } from '../model-listing.js';
import type { StepResult } from '../step.js';
import type { HistoryInputs } from './step.js';

/**
 * `modelgate history`: prints the chain of deployment records of one environment (`--env`), or of
 * every environment of the model, on stdout, each record with the commit, headline metrics and CI run
 * of the version it moved to. An unknown model or environment fails, saying what there is.
 */
export async function run(inputs: HistoryInputs, platform: Platform): Promise<StepResult> {
  const { openCommandStore, readEnvironments, requireModel, runsOfRecords } = await import('../model-listing.js');
  const { modelName, environment, format } = inputs;
  const store = openCommandStore(platform, inputs);
  const index = await requireModel('history', store, modelName);
  const names = environment === undefined ? index.environments : [checkEnvironment(store, modelName, environment, index.environments)];
  if (names.length === 0) throw noEnvironments(store, modelName);
  const states = await readEnvironments(store, modelName, names);
  const runs = await runsOfRecords(store, modelName, platform, states);
  if (format === 'json') {
    const shown = states.map((s) => environmentJson(s, runs));
    const body = environment === undefined ? { model: modelName, environments: shown } : { model: modelName, ...shown[0] };
    process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    return {};
  }
  const report =
    environment === undefined
      ? environmentsReport(modelName, states, runs)
      : historyReport(modelName, environment, states[0]?.records ?? [], states[0]?.pointer, states[0]?.offChain ?? [], runs);
  process.stdout.write(format === 'markdown' ? report.markdown : report.text);
  return {};
}

/** The environment asked for, when the model has it; otherwise the error names the ones it has. */
function checkEnvironment(store: ModelStore, model: string, environment: string, known: readonly string[]): string {
  if (known.includes(environment)) return environment;
  if (known.length === 0) throw noEnvironments(store, model);
  throw new UserError(
    `history: model '${model}' has no environment '${environment}' in ${store.uri} (no pointer env-${environment}, no deployment record)${didYouMean(environment, known)}; its environments: ${known.join(', ')}`,
  );
}

function noEnvironments(store: ModelStore, model: string): UserError {
  return new UserError(
    `history: nothing of model '${model}' has been deployed in ${store.uri}: it has no environment yet (deploy-model with 'environment' promotes a version); 'modelgate versions --model-name ${model}' lists what is recorded`,
  );
}

/** One environment in the JSON: the chain's entries as stored, each with `run`, the summary of its version's run (or null). */
function environmentJson(state: EnvironmentState, runs: RunOf) {
  const withRun = (entries: EnvironmentState['records']) => entries.map((e) => ({ ...e, run: runs(e) ?? null }));
  return { environment: state.environment, pointer: state.pointer ?? null, forks: state.forks, records: withRun(state.records), offChain: withRun(state.offChain) };
}
