import { randomUUID } from 'node:crypto';
import { constants } from 'node:os';
import { join, relative, sep } from 'node:path';
import { formatDuration } from '../../core/duration.js';
import { ExternalError, UserError } from '../../core/errors.js';
import { confinePath, displayPath, workspaceSource, writeFileAtomic } from '../../core/files.js';
import { digestOfSet } from '../../core/hashing.js';
import { readMetrics } from '../../core/metrics.js';
import { metricsForRecord, runRecordJson, type RunRecord } from '../../core/run-record.js';
import type { Platform } from '../../platform/platform.js';
import type { StepResult } from '../step.js';
import { captureData, captureEnvironment, captureGit, captureModel, captureParams, resolvePaths } from './capture.js';
import { parseInputs, type TrainInputs } from './inputs.js';
import { commandEnv, runCommand, type CommandResult } from './process.js';
import { recordSummary, select } from './select.js';

/**
 * train-model: runs the training command (mode `run`) or takes another job's outputs (mode `record`),
 * and writes the run record; or picks the best of several records (mode `select`).
 */
export async function run(platform: Platform): Promise<StepResult> {
  const inputs = parseInputs(platform);
  if (inputs.mode === 'select') return select(platform, inputs);
  const { context, log } = platform;
  const workspace = context.workspace;
  // Parallel legs of one job write side by side, so a select job can download them all.
  const outDir = await confinePath(workspace, context.leg ? join(inputs.output, context.leg) : inputs.output, "train-model: input 'output'");
  const cwd = await confinePath(workspace, inputs.workingDirectory, "train-model: input 'working-directory'");
  const { params, files: paramsFiles } = await captureParams(workspace, inputs.params);
  const data = await captureData(workspace, inputs.data);
  const paramsDigest = digestOfSet([...paramsFiles, ...data.map((d) => ({ path: d.path, sha256: d.sha256 ?? d.md5 ?? d.digest ?? '', size: d.size ?? 0 }))]);

  const cacheKey = `${inputs.cacheKey ?? 'modelgate-train'}-${process.platform}-${paramsDigest.slice(7, 23)}`;
  if (inputs.cachePaths.length > 0) await restoreCache(platform, inputs.cachePaths, cacheKey, inputs.cacheKey ?? 'modelgate-train');

  const logFile = join(outDir, 'train.log');
  let result: CommandResult = { exitCode: inputs.exitCode ?? null, signal: null, timedOut: false, durationMs: 0 };
  if (inputs.mode === 'run') {
    log.info(`$ ${inputs.run}`);
    result = await runCommand(inputs.run as string, {
      cwd,
      env: commandEnv(process.env, inputs.env),
      timeoutMs: inputs.timeoutMs,
      graceMs: inputs.graceMs,
      logFile,
      onOutput: (chunk) => log.stream(chunk),
      onTimeout: () => log.error(`train-model: the command ran past its timeout of ${formatDuration(inputs.timeoutMs as number)}: sending SIGTERM to its process group, SIGKILL in ${formatDuration(inputs.graceMs)}`),
    });
  }
  const exitCode = result.exitCode ?? (result.signal ? 128 + (constants.signals[result.signal as NodeJS.Signals] ?? 0) : null);
  const succeeded = exitCode === 0;

  // After a failure keep whatever was written so far; after success, a missing output is an error.
  const read = await readMetrics(workspaceSource(workspace, [displayPath(workspace, outDir)]), inputs.metrics, { missingOk: !succeeded });
  const model = await captureModel(workspace, succeeded ? inputs.model : await existing(workspace, inputs.model));
  const record: RunRecord = {
    kind: 'modelgate/run-record',
    version: 1,
    id: randomUUID(),
    createdAt: new Date().toISOString(),
    command: {
      run: inputs.mode === 'run' ? (inputs.run as string) : null,
      workingDirectory: relative(workspace, cwd).split(sep).join('/') || '.',
      exitCode,
      signal: result.signal,
      timedOut: result.timedOut,
      durationMs: inputs.mode === 'run' ? result.durationMs : null,
      log: inputs.mode === 'run' ? displayPath(workspace, logFile) : null,
    },
    params,
    paramsFiles,
    metrics: metricsForRecord(read.metrics),
    metricsFiles: read.files,
    model,
    data,
    git: await captureGit(context, displayPath(workspace, outDir)),
    environment: await captureEnvironment(process.env, inputs.gpuInfo, workspace),
    ci: { platform: context.platform, repository: context.repository ?? null, runUrl: context.runUrl ?? null, pipeline: context.pipeline },
  };
  const recordPath = join(outDir, 'run.json');
  await writeFileAtomic(recordPath, runRecordJson(record));
  if (record.git.dirty) log.warning(`train-model: the working tree had uncommitted changes (${record.git.changed?.slice(0, 5).join(', ')}): this run cannot be reproduced from commit ${record.git.sha?.slice(0, 7)} alone`);

  platform.setOutput('run-record', recordPath);
  platform.setOutput('model-digest', model.digest ?? '');
  platform.setOutput('metrics', JSON.stringify(record.metrics));
  platform.setOutput('exit-code', String(exitCode ?? ''));
  await platform.summary(recordSummary(record, displayPath(workspace, recordPath)));

  if (succeeded && inputs.cachePaths.length > 0) await saveCache(platform, inputs.cachePaths, cacheKey);
  if (inputs.upload) await upload(platform, inputs, [recordPath, ...(inputs.mode === 'run' ? [logFile] : []), ...model.files.map((f) => join(workspace, f.path))], `model-${paramsDigest.slice(7, 19)}`);

  if (inputs.attest && succeeded) await attest(platform, inputs, model.files);

  if (result.timedOut) return { failure: `train-model: timed out after ${formatDuration(inputs.timeoutMs as number)}; what it wrote so far is in ${displayPath(workspace, recordPath)}`, exitCode: exitCode ?? 1 };
  if (exitCode !== 0 && exitCode !== null) return { failure: `train-model: the command exited with ${exitCode}${result.signal ? ` (${result.signal})` : ''}; its output is in ${displayPath(workspace, logFile)}`, exitCode };
  return {};
}

async function attest(platform: Platform, inputs: TrainInputs, files: RunRecord['model']['files']): Promise<void> {
  if (!platform.storage?.attest) throw new UserError("train-model: input 'attest' works on GitHub (artifact attestations)");
  if (files.length === 0) throw new UserError("train-model: input 'attest' needs model files (input 'model')");
  const result = await platform.storage.attest(files, inputs.token ?? '');
  platform.log.info(`Attested ${files.length} model files${result.url ? `: ${result.url}` : ''}`);
  if (result.url) platform.setOutput('attestation-url', result.url);
}

async function existing(workspace: string, patterns: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of patterns) if (await resolvePaths(workspace, [p], 'model').then(() => true, () => false)) out.push(p);
  return out;
}

async function restoreCache(platform: Platform, paths: string[], key: string, prefix: string): Promise<void> {
  if (!platform.storage) return platform.log.info('train-model: this platform keeps no cache for steps (on GitLab, use the job\'s cache: keyword)');
  try {
    const hit = await platform.storage.restoreCache(paths, key, [`${prefix}-${process.platform}-`]);
    platform.log.info(hit ? `Cache restored from ${hit}` : `Cache miss for ${key}`);
    if (hit) platform.setOutput('cache-hit', hit);
  } catch (error) {
    if (!(error instanceof ExternalError)) throw error;
    platform.log.warning(`${error.message}; training without the cache`);
  }
}

async function saveCache(platform: Platform, paths: string[], key: string): Promise<void> {
  if (!platform.storage) return;
  try {
    const saved = await platform.storage.saveCache(paths, key);
    platform.log.info(saved === 'saved' ? `Cache saved as ${key}` : `Cache ${key} exists already`);
  } catch (error) {
    if (!(error instanceof ExternalError)) throw error;
    platform.log.warning(`${error.message}; the cache was not saved`);
  }
}

async function upload(platform: Platform, inputs: TrainInputs, files: string[], fallbackName: string): Promise<void> {
  if (!platform.storage) throw new UserError("train-model: input 'upload' works on GitHub; on GitLab the template's artifacts: keeps the files");
  const result = await platform.storage.uploadArtifact(inputs.artifactName ?? fallbackName, files, platform.context.workspace);
  platform.log.info(`Uploaded artifact ${result.name}${result.size ? ` (${result.size} bytes)` : ''}`);
  platform.setOutput('artifact-name', result.name);
}
