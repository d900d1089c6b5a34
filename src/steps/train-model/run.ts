import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { constants } from 'node:os';
import { join, relative, sep } from 'node:path';
import { formatDuration } from '../../core/duration.js';
import { ExternalError, messageOf, UserError } from '../../core/errors.js';
import { confinePath, displayPath, workspaceSource, writeFileAtomic } from '../../core/files.js';
import { digestOfSet } from '../../core/hashing.js';
import { readMetrics, type MetricSet } from '../../core/metrics.js';
import { commandEnv, runCommand, type CommandResult } from '../../core/process.js';
import { metricsForRecord, runRecordJson, type RunRecord } from '../../core/run-record.js';
import type { Platform } from '../../platform/platform.js';
import { trainOutcome } from '../figures.js';
import type { StepResult } from '../step.js';
import { captureData, captureEnvironment, captureGit, captureModel, captureParams, existingPaths } from './capture.js';
import { recordingStore, recordThisRun } from './record-run.js';
import { recordSummary, select } from './select.js';
import type { TrainInputs } from './step.js';

const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|KEY|CREDENTIAL/i;

/**
 * train-model: runs the training command (mode `run`) or takes another job's outputs (mode `record`),
 * and writes the run record; or picks the best of several records (mode `select`).
 */
export async function run(inputs: TrainInputs, platform: Platform): Promise<StepResult> {
  if (inputs.mode === 'select') {
    // A sweep's winner is the run of its commit: the one pull requests compare with.
    const recordTo = await recordingStore(platform, inputs);
    const { winner, ...result } = await select(platform, inputs);
    if (recordTo && inputs.modelName) await recordThisRun(platform, { ...inputs, modelName: inputs.modelName }, recordTo, winner, true);
    return result;
  }
  const { context, log } = platform;
  const workspace = context.workspace;
  if ((inputs.upload || inputs.attest || inputs.cachePaths.length > 0) && !platform.storage) {
    throw new UserError("train-model: inputs 'cache-paths', 'upload' and 'attest' work on GitHub; on GitLab the template's cache: and artifacts: keep the files");
  }
  // Parallel legs of one job write side by side, so a select job can download them all.
  const outDir = await confinePath(workspace, context.leg ? join(inputs.output, context.leg) : inputs.output, "train-model: input 'output'");
  const cwd = await confinePath(workspace, inputs.workingDirectory, "train-model: input 'working-directory'");
  const recordPath = join(outDir, 'run.json');
  const recordTo = await recordingStore(platform, inputs);
  await rm(recordPath, { force: true }); // a record from an earlier run must not pass for this one's
  const env = commandEnv(process.env, inputs.env);

  // What the command is given is captured before it runs: its outputs must not count as changes to the
  // code, and nothing it leaves behind (a git hook, a python on PATH) may run with this step's secrets.
  const { params, files: paramsFiles } = await captureParams(workspace, inputs.params);
  const gitState = await captureGit(context, displayPath(workspace, outDir), env);
  const environment = await captureEnvironment(env, inputs.gpuInfo, workspace, context.runner);
  const recordedEnv = Object.fromEntries(Object.entries(inputs.env).map(([k, v]) => [k, SECRET_NAME.test(k) ? '***' : v]));
  const configDigest = digestOfSet([...paramsFiles, { path: 'env', sha256: JSON.stringify(recordedEnv), size: 0 }]);
  const cacheKey = `${inputs.cacheKey ?? 'modelgate-train'}-${process.platform}-${process.arch}-${configDigest.slice(7, 23)}`;
  if (inputs.cachePaths.length > 0) await restoreCache(platform, inputs.cachePaths, cacheKey, `${inputs.cacheKey ?? 'modelgate-train'}-${process.platform}-${process.arch}-`);
  const data = await captureData(workspace, inputs.data);

  const logFile = join(outDir, 'train.log');
  const now = new Date().toISOString();
  let result: CommandResult = { exitCode: inputs.exitCode ?? null, signal: null, timedOut: false, cancelled: false, startedAt: now, finishedAt: now, durationMs: 0 };
  if (inputs.mode === 'run') {
    log.info(`$ ${inputs.run}`);
    result = await runCommand(inputs.run as string, {
      cwd,
      env,
      timeoutMs: inputs.timeout,
      graceMs: inputs.gracePeriod,
      logFile,
      onOutput: (chunk) => log.stream(chunk),
      onTimeout: () =>
        log.error(
          `train-model: the command ran past its timeout of ${formatDuration(inputs.timeout as number)}: sending SIGTERM to its process group, SIGKILL in ${formatDuration(inputs.gracePeriod)}`,
        ),
    });
  }
  const exitCode = result.exitCode ?? (result.signal ? 128 + (constants.signals[result.signal as NodeJS.Signals] ?? 0) : null);
  const succeeded = exitCode === 0 && !result.timedOut && !result.cancelled;
  // A failed run (or a record of one) keeps whatever it wrote; a successful one must have its outputs.
  const partial = !succeeded && exitCode !== null;
  const { metrics, files: metricsFiles } = await capturePartial(
    platform,
    partial,
    'metrics',
    () => readMetrics(workspaceSource(workspace, [displayPath(workspace, outDir)]), inputs.metrics, { missingOk: partial }),
    { metrics: new Map() as MetricSet, files: [] as string[], missing: [] as string[] },
  );
  const model = await capturePartial(platform, partial, 'model', async () => captureModel(workspace, partial ? await existingPaths(workspace, inputs.model) : inputs.model), {
    digest: null,
    files: [],
    size: 0,
  });

  const record: RunRecord = {
    kind: 'modelgate/run-record',
    version: 1,
    id: randomUUID(),
    createdAt: new Date().toISOString(),
    command: {
      run: inputs.mode === 'run' ? (inputs.run as string) : null,
      workingDirectory: relative(workspace, cwd).split(sep).join('/') || '.',
      env: recordedEnv,
      exitCode,
      signal: result.signal,
      timedOut: result.timedOut,
      cancelled: result.cancelled,
      startedAt: inputs.mode === 'run' ? result.startedAt : null,
      finishedAt: inputs.mode === 'run' ? result.finishedAt : null,
      durationMs: inputs.mode === 'run' ? result.durationMs : null,
      log: inputs.mode === 'run' ? displayPath(workspace, logFile) : null,
    },
    params,
    paramsFiles,
    metrics: metricsForRecord(metrics),
    metricsFiles,
    model,
    data,
    git: gitState,
    environment,
    ci: {
      platform: context.platform,
      repository: context.repository ?? null,
      runUrl: context.runUrl ?? null,
      pipeline: context.pipeline,
      job: context.job ?? null,
      leg: context.leg ?? null,
    },
  };
  await writeFileAtomic(recordPath, runRecordJson(record));
  if (record.git.dirty)
    log.warning(
      `train-model: the working tree had uncommitted changes (${record.git.changed?.slice(0, 5).join(', ')}): this run cannot be reproduced from commit ${record.git.sha?.slice(0, 7)} alone`,
    );

  platform.setOutput('run-record', recordPath);
  platform.setOutput('model-digest', model.digest ?? '');
  platform.setOutput('metrics', JSON.stringify(record.metrics));
  platform.setOutput('exit-code', String(exitCode ?? ''));
  await platform.summary(recordSummary(record, displayPath(workspace, recordPath)));

  if (succeeded && inputs.cachePaths.length > 0) await saveCache(platform, inputs.cachePaths, cacheKey);
  if (inputs.upload) await upload(platform, inputs, [recordPath, ...model.files.map((f) => join(workspace, f.path))], configDigest);
  if (inputs.attest && succeeded) await attest(platform, inputs, model.files);
  if (recordTo && inputs.modelName) await recordThisRun(platform, { ...inputs, modelName: inputs.modelName }, recordTo, record, succeeded);

  const shownLog = displayPath(workspace, logFile);
  const samples = trainOutcome(record.metrics, exitCode);
  if (result.cancelled)
    return { samples, failure: `train-model: cancelled; the command was stopped and what it wrote so far is in ${displayPath(workspace, recordPath)}`, exitCode: exitCode ?? 1 };
  if (result.timedOut)
    return {
      samples,
      failure: `train-model: timed out after ${formatDuration(inputs.timeout as number)}; what it wrote so far is in ${displayPath(workspace, recordPath)}`,
      exitCode: exitCode || 1,
    };
  if (exitCode !== 0 && exitCode !== null)
    return { samples, failure: `train-model: the command exited with ${exitCode}${result.signal ? ` (${result.signal})` : ''}; its output is in ${shownLog}`, exitCode };
  return { samples };
}

/** Reads an output; after a failure a torn or missing file is a warning, so the record is still written. */
async function capturePartial<T>(platform: Platform, partial: boolean, what: string, read: () => Promise<T>, empty: T): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!partial || !(error instanceof UserError)) throw error;
    platform.log.warning(`train-model: the failed run left no readable ${what} (${messageOf(error)}); recording without it`);
    return empty;
  }
}

async function restoreCache(platform: Platform, paths: string[], key: string, prefix: string): Promise<void> {
  try {
    const hit = await platform.storage?.restoreCache(paths, key, [prefix]);
    platform.log.info(hit ? `Cache restored from ${hit}` : `Cache miss for ${key}`);
    if (hit) platform.setOutput('cache-hit', hit);
  } catch (error) {
    if (!(error instanceof ExternalError)) throw error;
    platform.log.warning(`${error.message}; training without the cache`);
  }
}

async function saveCache(platform: Platform, paths: string[], key: string): Promise<void> {
  try {
    const saved = await platform.storage?.saveCache(paths, key);
    platform.log.info(saved === 'saved' ? `Cache saved as ${key}` : `Cache ${key} exists already`);
  } catch (error) {
    if (!(error instanceof ExternalError)) throw error;
    platform.log.warning(`${error.message}; the cache was not saved`);
  }
}

/**
 * Uploads the record and the model (not the log: it may hold what the training printed, and only the
 * job log masks secrets). The name is unique per job, configuration and attempt; the storage adds a
 * suffix if it is taken anyway. A failed upload warns: the training's result stands.
 */
async function upload(platform: Platform, inputs: TrainInputs, files: string[], configDigest: string): Promise<void> {
  const { job, attempt } = platform.context;
  const name = inputs.artifactName ?? ['model', job, configDigest.slice(7, 19), attempt && attempt !== '1' ? `a${attempt}` : undefined].filter(Boolean).join('-');
  try {
    const result = await (platform.storage as NonNullable<Platform['storage']>).uploadArtifact(name, files, platform.context.workspace);
    platform.log.info(`Uploaded artifact ${result.name}${result.size ? ` (${result.size} bytes)` : ''}`);
    platform.setOutput('artifact-name', result.name);
  } catch (error) {
    if (!(error instanceof ExternalError)) throw error;
    platform.log.warning(`${error.message}; the model was not uploaded`);
  }
}

async function attest(platform: Platform, inputs: TrainInputs, files: RunRecord['model']['files']): Promise<void> {
  if (!platform.storage?.attest) throw new UserError("train-model: input 'attest' works on GitHub (artifact attestations)");
  if (files.length === 0) throw new UserError("train-model: input 'attest' needs model files (input 'model')");
  const result = await platform.storage.attest(files, inputs.token ?? '');
  platform.log.info(`Attested ${files.length} model files${result.url ? `: ${result.url}` : ''}`);
  if (result.url) platform.setOutput('attestation-url', result.url);
}
