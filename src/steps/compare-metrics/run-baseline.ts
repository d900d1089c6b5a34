import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AccessRefusedError, messageOf, UserError } from '../../core/errors.js';
import { parseMetricsFile, type MetricSet } from '../../core/metrics.js';
import type { Predictions } from '../../core/paired-gate.js';
import { checkRunRecord, type RunRecord } from '../../core/run-record.js';
import type { Platform } from '../../platform/platform.js';
import { LOCAL_STORE, type RegistryInputs } from '../registry-inputs.js';
import { firstParentLine, type FoundRun, type RunLookup } from './baseline.js';

/**
 * The runs train-model recorded by commit in the model store, as compare-metrics' `merge-base` and
 * `ref:` baselines look them up. The store's code is loaded only when a lookup happens.
 */
export function runLookup(platform: Platform, registry: Omit<RegistryInputs, 'modelName'> & { modelName: string }, depth: number, slot?: string): RunLookup {
  const { workspace } = platform.context;
  let opened: Promise<{ nearestRun: typeof import('../../registry/runs.js').nearestRun; store: import('../../registry/store.js').ModelStore }> | undefined;
  const open = () =>
    (opened ??= Promise.all([import('../../registry/runs.js'), import('../deployments.js')]).then(([runs, deployments]) => ({
      nearestRun: runs.nearestRun,
      store: deployments.openModelStore(platform, registry),
    })));
  return {
    depth,
    // Named without opening the store: it is opened (and its code loaded) only for a lookup.
    where: `${registry.modelName} in ${registry.registry ?? platform.context.registry?.uri ?? LOCAL_STORE}`,
    async nearest(commits, batch) {
      const { nearestRun, store } = await open();
      return lookUp(nearestRun, store, commits, batch);
    },
    async recorded(sha, count) {
      const { nearestRun, store } = await open();
      const line = await firstParentLine(workspace, sha, count * 3);
      const runs: FoundRun[] = [];
      for (let at = 0; at < line.length && runs.length < count;) {
        const found = await lookUp(nearestRun, store, line.slice(at), true);
        if (!found.run) break;
        runs.push(found.run);
        at += found.index + 1;
      }
      return runs;
    },
  };

  async function lookUp(
    nearestRun: typeof import('../../registry/runs.js').nearestRun,
    store: import('../../registry/store.js').ModelStore,
    commits: readonly string[],
    batch?: boolean,
  ): ReturnType<RunLookup['nearest']> {
    {
      let found: Awaited<ReturnType<typeof nearestRun>>;
      try {
        found = await nearestRun(store, registry.modelName, commits, { slot, firstAlone: !batch });
      } catch (error) {
        // Refused is not "found nothing" for sure, so it is said; but it must not block a new project's first PR.
        if (!(error instanceof AccessRefusedError)) throw error;
        platform.log.warning(`compare-metrics: ${error.message}`);
        return { index: -1, tried: commits.length === 0 ? 0 : 1, refused: `${error.status}` };
      }
      if (!found.run) return { index: found.index, tried: found.tried };
      const where = `${store.uri} ${registry.modelName}:${found.run.tag}`;
      // A store anyone can write to must not turn a broken record into a baseline that everything passes.
      let record: RunRecord;
      try {
        record = checkRunRecord(found.run.record, where);
      } catch (error) {
        throw new UserError(
          `compare-metrics: the run recorded for ${found.run.commit.slice(0, 7)} (${where}) is not a modelgate run record with a 'metrics' object (${messageOf(error)}): re-run the pipeline on that commit to record it again, or delete the tag`,
        );
      }
      const parsed = await parseMetricsFile(where, JSON.stringify({ kind: record.kind, metrics: record.metrics }), 'json');
      if (parsed.metrics.length === 0)
        throw new UserError(
          `compare-metrics: the run recorded for ${found.run.commit.slice(0, 7)} (${where}) has no metrics: its training wrote none, so it cannot be a baseline; re-run the pipeline on that commit`,
        );
      const metrics: MetricSet = new Map(parsed.metrics.map((m) => [m.name, m]));
      const runUrl = typeof record.ci?.runUrl === 'string' ? record.ci.runUrl : undefined;
      const layer = found.run.predictions;
      const predictions = layer ? () => recordedPredictions(store, registry.modelName, layer, where) : undefined;
      return { run: { commit: found.run.commit, tag: found.run.tag, metrics, runUrl, record, ...(predictions ? { predictions } : {}) }, index: found.index, tried: found.tried };
    }
  }
}

const PREDICTION_FORMATS = ['.csv', '.jsonl', '.ndjson', '.parquet'];

/**
 * The predictions stored with a recorded run, read from a private temporary copy (Parquet is read by
 * offset). Only the stored name's extension is used: it says the format, and nothing else of a name
 * from the store reaches the file system.
 */
async function recordedPredictions(
  store: import('../../registry/store.js').ModelStore,
  model: string,
  layer: { digest: string; name: string },
  where: string,
): Promise<Predictions> {
  const extension = PREDICTION_FORMATS.find((e) => layer.name.toLowerCase().endsWith(e));
  if (!extension) throw new UserError(`compare-metrics: the predictions stored with ${where} ('${layer.name.slice(0, 80)}') are not CSV, JSON Lines or Parquet`);
  const bytes = await store.readBlob(model, layer.digest);
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-baseline-'));
  try {
    const file = join(dir, `predictions${extension}`);
    await writeFile(file, bytes, { flag: 'wx', mode: 0o600 });
    const { readPredictions } = await import('../../data/predictions.js');
    return await readPredictions(file, `${where} ${layer.name.slice(0, 200)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
