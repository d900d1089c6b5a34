import { parseMetricsFile, type MetricSet } from '../../core/metrics.js';
import type { Platform } from '../../platform/platform.js';
import type { RegistryInputs } from '../registry-inputs.js';
import type { RunLookup } from './baseline.js';

/**
 * The runs train-model recorded by commit in the model store, as compare-metrics' `merge-base` and
 * `ref:` baselines look them up. The store's code is loaded only when a lookup happens.
 */
export function runLookup(platform: Platform, registry: Omit<RegistryInputs, 'modelName'> & { modelName: string }, depth: number, slot?: string): RunLookup {
  let opened: Promise<{ nearestRun: typeof import('../../registry/runs.js').nearestRun; store: import('../../registry/store.js').ModelStore }> | undefined;
  const open = () =>
    (opened ??= Promise.all([import('../../registry/runs.js'), import('../deployments.js')]).then(([runs, deployments]) => ({ nearestRun: runs.nearestRun, store: deployments.openModelStore(platform, registry) })));
  return {
    depth,
    // Named without opening the store: it is opened (and its code loaded) only for a lookup.
    where: `${registry.modelName} in ${registry.registry ?? platform.context.registry?.uri ?? 'oci-layout:.modelgate/registry'}`,
    async nearest(commits, batch) {
      const { nearestRun, store } = await open();
      const found = await nearestRun(store, registry.modelName, commits, { slot, firstAlone: !batch });
      if (!found.run) return { index: found.index, tried: found.tried };
      const record = found.run.record as { metrics?: unknown; ci?: { runUrl?: unknown } } | undefined;
      const parsed = await parseMetricsFile(`${found.run.tag}.json`, JSON.stringify(record ?? {}), 'json');
      const metrics: MetricSet = new Map(parsed.metrics.map((m) => [m.name, m]));
      const runUrl = typeof record?.ci?.runUrl === 'string' ? record.ci.runUrl : undefined;
      platform.log.info(`compare-metrics: baseline: the run recorded for ${found.run.commit.slice(0, 7)} (${found.tried} commit${found.tried === 1 ? '' : 's'} looked up in ${store.uri})`);
      return { run: { commit: found.run.commit, tag: found.run.tag, metrics, runUrl }, index: found.index, tried: found.tried };
    },
  };
}
