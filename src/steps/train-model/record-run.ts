import { join } from 'node:path';
import { ExternalError, UserError } from '../../core/errors.js';
import { runRecordJson, type RunRecord } from '../../core/run-record.js';
import type { Platform } from '../../platform/platform.js';
import type { ModelStore } from '../../registry/store-types.js';
import type { TrainInputs } from './step.js';

/**
 * Whether this run is recorded by commit: `auto` means a push (or a manual or scheduled run) on the
 * default branch, never a pull/merge request, whose runs must not become baselines.
 */
function shouldRecord(platform: Platform, inputs: TrainInputs): boolean {
  if (inputs.recordRun !== 'auto') return inputs.recordRun === 'true';
  const { context } = platform;
  return platform.features.ci && !context.changeRequest && context.push === true && context.defaultBranch !== undefined && context.ref === context.defaultBranch;
}

/**
 * The store this run will be recorded in, opened before the training so that a mistyped store or a
 * missing `model-name` is said before hours of work, not after; undefined when nothing is recorded.
 */
export async function recordingStore(platform: Platform, inputs: TrainInputs): Promise<ModelStore | undefined> {
  if (!shouldRecord(platform, inputs)) return undefined;
  if (!inputs.modelName) {
    if (inputs.recordRun === 'true') throw new UserError("train-model: input 'record-run' is true but 'model-name' is not set: name the model whose runs are recorded");
    platform.log.warning(
      `train-model: this is a run on ${platform.context.defaultBranch}, but it will not be recorded: set 'model-name' (and compare-metrics' too) so pull requests find it as their baseline`,
    );
    return undefined;
  }
  const { openModelStore } = await import('../deployments.js');
  return openModelStore(platform, inputs);
}

/**
 * Records a successful run in the model store under its commit, so a later pull request finds it as
 * the run of its merge-base. A store that fails warns: the training's result stands, and a pull
 * request then compares with an older recorded ancestor (named in its report) or has no baseline.
 */
export async function recordThisRun(platform: Platform, inputs: TrainInputs & { modelName: string }, store: ModelStore, record: RunRecord, succeeded: boolean): Promise<void> {
  const { context, log } = platform;
  // Metrics the command did not write (an earlier run's copy) made the run a failure, with them missing.
  if (!succeeded) {
    const missing = record.command.exitCode === 0 ? (record.missingOutputs ?? []) : [];
    return missing.length > 0
      ? log.warning(
          `train-model: the run is not recorded as a baseline: it did not write ${missing
            .slice(0, 3)
            .map((m) => `${m.input} '${m.path}' (${m.reason})`)
            .join(', ')}`,
        )
      : log.info('train-model: the run failed, so it is not recorded as a baseline');
  }
  const commit = record.git.sha ?? context.sha;
  if (!commit) throw new UserError('train-model: the run cannot be recorded by commit: the workspace is not a git checkout and the platform names no commit');
  const [{ recordRun }, { ANNOTATIONS }] = await Promise.all([import('../../registry/runs.js'), import('../../registry/versions.js')]);
  const files = inputs.recordModel ? record.model.files.map((f) => ({ path: join(context.workspace, f.path), name: f.path, sha256: f.sha256 })) : [];
  // A leg of a sweep records beside the others; the sweep's select job records the winner as the commit's run.
  const slot =
    context.leg && inputs.mode !== 'select'
      ? context.leg
          .toLowerCase()
          .replace(/[^a-z0-9_-]+/g, '-')
          .replace(/^[^a-z0-9]+/, '')
          .slice(0, 41) || undefined
      : undefined;
  try {
    const annotations: Record<string, string> = { [ANNOTATIONS.runId]: record.id };
    if (context.repositoryUrl) annotations[ANNOTATIONS.source] = context.repositoryUrl;
    // The predictions go with the record: a pull request's paired tests need the champion's.
    const predictions = record.predictions
      ? { path: join(context.workspace, record.predictions.path), name: record.predictions.path, sha256: record.predictions.sha256 }
      : undefined;
    const done = await recordRun(store, inputs.modelName, { commit, slot, record: Buffer.from(runRecordJson(record)), files, predictions, annotations });
    log.info(`train-model: recorded the run of ${commit.slice(0, 7)} as ${inputs.modelName}:${done.tag} in ${store.uri} (${done.bytesSent} bytes sent)`);
    platform.setOutput('recorded-run', `${inputs.modelName}:${done.tag}`);
  } catch (error) {
    if (!(error instanceof ExternalError)) throw error;
    log.warning(`train-model: the run was not recorded (${error.message}); pull requests will compare with an older recorded run, or have no baseline`);
  }
}
