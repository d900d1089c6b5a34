import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { constants } from 'node:os';
import { join, relative, sep } from 'node:path';
import { formatDuration } from '../../core/duration.js';
import { ExternalError, UserError } from '../../core/errors.js';
import { confinePath, displayPath, writeFileAtomic } from '../../core/files.js';
import { digestOfSet } from '../../core/hashing.js';
import { commandEnv, runCommand, type CommandResult } from '../../core/process.js';
import { metricsForRecord, runRecordJson, type MissingOutput, type RunOutcome, type RunRecord } from '../../core/run-record.js';
import type { Platform } from '../../platform/platform.js';
import { trainOutcome } from '../figures.js';
import type { StepResult } from '../step.js';
import { captureData, captureEnvironment, captureGit, captureParams } from './capture.js';
import { captureOutputs, snapshotOutputs } from './outputs.js';
import { capturePredictions, predictionsBefore } from './predictions.js';
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
  // What the outputs' paths hold before the command runs: a file it leaves as it was is not its output.
  const shownOut = displayPath(workspace, outDir);
  const snapshot = inputs.mode === 'run' ? await snapshotOutputs(workspace, shownOut, inputs.metrics, inputs.model) : undefined;
  const predictionsAt = inputs.predictions ? await predictionsBefore(workspace, inputs.predictions) : undefined;

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
      confineTo: workspace,
      onOutput: (chunk) => log.stream(chunk),
      onTimeout: () =>
        log.error(
          `train-model: the command ran past its timeout of ${formatDuration(inputs.timeout as number)}: sending SIGTERM to its process group, SIGKILL in ${formatDuration(inputs.gracePeriod)}`,
        ),
    });
  }
  const exitCode = result.exitCode ?? (result.signal ? 128 + (constants.signals[result.signal as NodeJS.Signals] ?? 0) : null);
  const commandSucceeded = exitCode === 0 && !result.timedOut && !result.cancelled;
  // A failed command (or a record of one) leaves what it wrote so far; a run is only a success with every output.
  const partial = !commandSucceeded && exitCode !== null;
  const outputs = await captureOutputs(workspace, shownOut, inputs.metrics, inputs.model, snapshot);
  const { metrics, metricsFiles, model, stale } = outputs;
  const captured = predictionsAt ? await capturePredictions(predictionsAt, inputs.mode === 'run') : {};
  const missing: MissingOutput[] = outputs.missing.map(({ location: _, ...m }) => m);
  if (captured.missing) missing.push({ input: 'predictions', path: captured.missing.path, reason: captured.missing.reason });
  const outcome: RunOutcome = result.cancelled
    ? 'cancelled'
    : result.timedOut
      ? 'timed-out'
      : (exitCode !== null && exitCode !== 0) || missing.length > 0
        ? 'failed'
        : exitCode === null
          ? 'unknown'
          : 'succeeded';
  if (stale.length > 0)
    log.warning(`train-model: not taking ${listOf(stale)} as this run's: the command did not write ${stale.length === 1 ? 'it' : 'them'} (unchanged since before it ran)`);
  // After a failed command a missing output is expected; after a successful one the failure below names it.
  for (const m of outputs.missing) {
    if (partial && m.reason === 'stale') continue; // said just above
    if (partial) log.warning(`train-model: the failed run left no readable ${m.input} (${m.detail ?? m.path}); recording without it`, m.location);
    else if (m.location) log.warning(`train-model: ${m.input}: ${m.detail ?? m.path}`, m.location);
  }
  if (captured.missing) log.warning(`train-model: ${captured.missing.detail}${partial ? '; recording without them' : ''}`);

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
    ...(captured.predictions ? { predictions: captured.predictions } : {}),
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
    outcome,
    missingOutputs: missing,
    staleFiles: stale,
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

  const succeeded = outcome === 'succeeded';
  if (commandSucceeded && inputs.cachePaths.length > 0) await saveCache(platform, inputs.cachePaths, cacheKey);
  if (inputs.upload) await upload(platform, inputs, [recordPath, ...model.files.map((f) => join(workspace, f.path))], configDigest);
  if (inputs.attest && succeeded) await attest(platform, inputs, model.files);
  if (recordTo && inputs.modelName) await recordThisRun(platform, { ...inputs, modelName: inputs.modelName }, recordTo, record, succeeded);

  const shownLog = displayPath(workspace, logFile);
  const shownRecord = displayPath(workspace, recordPath);
  const samples = trainOutcome(record.metrics, exitCode);
  const notTaken = stale.length > 0 ? `; not taken as its outputs, unchanged since before it ran: ${listOf(stale)}` : '';
  if (result.cancelled)
    return { samples, failure: `train-model: cancelled; the command was stopped and what it wrote so far is in ${shownRecord}${notTaken}`, exitCode: exitCode ?? 1 };
  if (result.timedOut)
    return {
      samples,
      failure: `train-model: timed out after ${formatDuration(inputs.timeout as number)}; what it wrote so far is in ${shownRecord}${notTaken}`,
      exitCode: exitCode || 1,
    };
  if (exitCode !== 0 && exitCode !== null) {
    const exited = inputs.mode === 'run' ? `the command exited with ${exitCode}${result.signal ? ` (${result.signal})` : ''}` : `the training job exited with ${exitCode}`;
    const output = inputs.mode === 'run' ? `its output is in ${shownLog}, ` : '';
    return { samples, failure: `train-model: ${exited}; ${output}the run is recorded as failed in ${shownRecord}${notTaken}`, exitCode };
  }
  if (missing.length > 0) {
    const what = missing.map((m) => `${m.input}: ${m.detail ?? `'${m.path}' (${m.reason})`}`).join('; ');
    const ran = inputs.mode === 'run' ? 'the command exited 0 but did not write its outputs' : "the training job's outputs are missing";
    return { samples, failure: `train-model: ${ran} (${what}); the run is recorded as failed in ${shownRecord}` };
  }
  return { samples };
}

function listOf(paths: readonly string[]): string {
  return `${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ` and ${paths.length - 5} more` : ''}`;
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
