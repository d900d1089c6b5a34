import { messageOf, UserError } from '../../core/errors.js';
import { parseMetricsFile, type MetricSet } from '../../core/metrics.js';
import { ENVIRONMENT_NAME } from '../../core/names.js';
import { checkRunRecord, type RunRecord } from '../../core/run-record.js';
import { closest } from '../../core/suggest.js';
import type { Platform } from '../../platform/platform.js';
import type { RegistryInputs } from '../registry-inputs.js';
import type { BaselineResolver } from './baseline.js';

/**
 * `env:<environment>`: the metrics of the model an environment runs now (champion vs challenger), read
 * from the run record stored with that version in the model store.
 */
export function envBaseline(platform: Platform, registry: Omit<RegistryInputs, 'modelName'> & { modelName?: string }): BaselineResolver {
  return async (environment) => {
    if (!registry.modelName)
      throw new UserError(
        "compare-metrics: input 'baseline' 'env:' needs 'model-name': the model whose environment to compare with (the store is 'registry', by default the platform's own registry)",
      );
    if (!ENVIRONMENT_NAME.test(environment)) throw new UserError(`compare-metrics: input 'baseline': 'env:${environment}' names no environment; use e.g. env:production`);
    // Loaded only for this baseline: the store's code stays out of compare-metrics' start-up.
    const [{ currentDeployment, resolveVersion }, { openModelStore }] = await Promise.all([import('../../registry/models.js'), import('../deployments.js')]);
    const store = openModelStore(platform, registry);
    const deployed = await currentDeployment(store, registry.modelName, environment);
    const spec = `env:${environment}`;
    if (!deployed) {
      // A misspelled environment must not read as "nothing there yet", a pass on absolute bounds.
      const environments = (await store.listTags(registry.modelName).catch(() => [] as string[])).filter((t) => t.startsWith('env-')).map((t) => t.slice('env-'.length));
      const hit = closest(environment, environments);
      if (hit !== undefined) {
        throw new UserError(
          `compare-metrics: input 'baseline': ${registry.modelName} has nothing in '${environment}' (did you mean 'env:${hit}'?); its environments in ${store.uri}: ${environments.join(', ')}`,
        );
      }
      platform.log.warning(
        `compare-metrics: ${registry.modelName} has nothing in ${environment} yet (${store.uri}): no baseline, the candidate is checked against absolute bounds only`,
      );
      return {
        info: {
          kind: 'env',
          spec,
          source: 'none',
          targetLabel: environment,
          files: [],
          missing: [spec],
          note: `Nothing is deployed to ${environment} yet: there is no champion to compare with.`,
        },
      };
    }
    const version = await resolveVersion(store, registry.modelName, deployed.digest);
    const name = `${environment}@${deployed.version ?? deployed.digest.slice(0, 19)}`;
    let record: RunRecord;
    try {
      record = checkRunRecord(version?.runRecord, `${registry.modelName}@${deployed.digest}`);
    } catch (error) {
      throw new UserError(
        `compare-metrics: ${registry.modelName} in ${environment} (${deployed.digest}, ${store.uri}) has no modelgate run record with metrics (${messageOf(error)}), so it cannot be the baseline; deploy a version pushed by deploy-model`,
      );
    }
    const parsed = await parseMetricsFile(`${name}.json`, JSON.stringify({ kind: record.kind, metrics: record.metrics }), 'json');
    const metrics: MetricSet = new Map(parsed.metrics.map((m) => [m.name, m]));
    return {
      metrics,
      info: { kind: 'env', spec, ref: name, files: [name], missing: [], note: `The baseline is the model ${environment} runs now (${deployed.version ?? deployed.digest}).` },
    };
  };
}
