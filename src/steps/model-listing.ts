import { messageOf, UserError } from '../core/errors.js';
import type { Platform } from '../platform/platform.js';
import type { ChainEntry } from '../registry/deployment-chain.js';
import { history, readModelIndex, resolveVersion, type ModelIndex, type VersionInfo } from '../registry/models.js';
import { openStore, type ModelStore } from '../registry/store.js';
import type { EnvironmentHistory, RunOf } from './history-report.js';
import { LOCAL_STORE, type RegistryInputs } from './registry-inputs.js';
import { plain, summarize, type RunSummary } from './run-summary.js';

/** One environment as `history` and `versions` read it: {@link EnvironmentHistory} with its chain's forks. */
export interface EnvironmentState extends EnvironmentHistory {
  records: ChainEntry[];
  offChain: ChainEntry[];
  forks: string[];
}

/** Parallel version reads: quick on a long history, gentle on the registry. */
const READ_PARALLELISM = 8;

/**
 * The store a command reads: `--registry`, else the on-disk store (commands do not default to the
 * platform's registry), with the credentials given.
 */
export function openCommandStore(platform: Platform, inputs: Omit<RegistryInputs, 'modelName'>): ModelStore {
  return openStore(inputs.registry ?? LOCAL_STORE, { workspace: platform.context.workspace, username: inputs.registryUsername, password: inputs.registryPassword });
}

/** The model's index; a model with no tag at all fails closed, saying how runs and versions get recorded. */
export async function requireModel(command: string, store: ModelStore, model: string): Promise<ModelIndex> {
  const index = await readModelIndex(store, model);
  if (index.tags.length === 0) {
    throw new UserError(
      `${command}: nothing is recorded for model '${model}' in ${store.uri}: no versions, runs or deployments. ` +
        `train-model records runs (with 'model-name' and 'record-run'), deploy-model pushes versions and promotes them; ` +
        `check --model-name, and --registry (without it, ${command} reads ${LOCAL_STORE})`,
    );
  }
  return index;
}

/** Each environment's chain, pointer and off-chain records, one environment after another. */
export async function readEnvironments(store: ModelStore, model: string, environments: readonly string[]): Promise<EnvironmentState[]> {
  const states: EnvironmentState[] = [];
  for (const environment of environments) states.push({ environment, ...(await history(store, model, environment)) });
  return states;
}

/**
 * The metrics each version's gate judged: for every version digest, the `gatedMetrics` of the newest
 * deployment record (of any environment read) that moved an environment to it and recorded them.
 */
export function gatedByVersion(states: readonly EnvironmentState[]): Map<string, string[]> {
  const all = states.flatMap((s) => [...s.records, ...s.offChain]).sort((a, b) => (a.record.time < b.record.time ? 1 : a.record.time > b.record.time ? -1 : 0));
  const gated = new Map<string, string[]>();
  for (const { record } of all) {
    const names = Array.isArray(record.gatedMetrics) ? record.gatedMetrics.filter((n): n is string => typeof n === 'string' && n !== '') : [];
    if (names.length && !gated.has(record.to)) gated.set(record.to, names);
  }
  return gated;
}

/**
 * Reads the version every record moved to (once per digest) and returns the summary of each record's:
 * the headline is the record's own gated metrics, else those of the newest gate of that version in the
 * same environment (a rollback's target), else the run's first metrics by name. A version the store no longer has, or that is not one, has none;
 * one whose run record cannot be read has none either, with a warning.
 */
export async function runsOfRecords(store: ModelStore, model: string, platform: Platform, states: readonly EnvironmentState[]): Promise<RunOf> {
  const digests = [...new Set(states.flatMap((s) => [...s.records, ...s.offChain].map((e) => e.record.to)))];
  const versions = new Map<string, VersionInfo | undefined>();
  let next = 0;
  const worker = async () => {
    while (next < digests.length) {
      const digest = digests[next++] as string;
      const info = await resolveVersion(store, model, digest).catch((error: unknown) => {
        // Not a version (UserError): nothing to show. A blob the store cannot give: said, and the history still printed.
        if (!(error instanceof UserError))
          platform.log.warning(`the run behind ${model}@${plain(String(digest))} could not be read (${plain(messageOf(error))}); its row shows no commit or metrics`);
        return undefined;
      });
      versions.set(digest, info);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_PARALLELISM, digests.length) }, worker));
  const gated = new Map(states.map((s) => [s.environment, gatedByVersion([s])]));
  const cache = new Map<string, RunSummary | undefined>();
  return ({ digest, record }) => {
    if (!cache.has(digest)) {
      const info = versions.get(record.to);
      const own = Array.isArray(record.gatedMetrics) && record.gatedMetrics.length ? record.gatedMetrics : undefined;
      cache.set(digest, info ? summarize(info, platform.context, own ?? gated.get(record.environment)?.get(record.to)) : undefined);
    }
    return cache.get(digest);
  };
}
