import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../../core/errors.js';
import { confinePath, displayPath } from '../../core/files.js';
import { code, table } from '../../core/markdown.js';
import { readRunRecord, type RunRecord } from '../../core/run-record.js';
import type { Platform } from '../../platform/platform.js';
import { ANNOTATIONS, currentDeployment, deploy, pushVersion, type ModelFile } from '../../registry/models.js';
import type { ModelStore } from '../../registry/store.js';
import { actor, openModelStore, shortDigest } from '../deployments.js';
import { deployOutcome } from '../figures.js';
import type { StepResult } from '../step.js';
import { readGate, type Gate } from './gate.js';
import { runHook, smokeUrl } from './rollout.js';
import type { DeployInputs } from './step.js';

/**
 * deploy-model: pushes the candidate of a run record as an immutable version, then, when an environment
 * is named and the gate passed (or `force`), re-points the environment with a deployment record. A
 * failing rollout or smoke test puts the environment back where it was, with its own record.
 */
export async function run(inputs: DeployInputs, platform: Platform): Promise<StepResult> {
  const { workspace } = platform.context;
  const recordPath = await confinePath(workspace, inputs.runRecord, "deploy-model: input 'run-record'");
  const shownRecord = displayPath(workspace, recordPath);
  const record = await readRunRecord(recordPath, shownRecord);
  const comparison = inputs.comparison ? await confinePath(workspace, inputs.comparison, "deploy-model: input 'comparison'") : undefined;
  const gate = await readGate(comparison, comparison && displayPath(workspace, comparison), record);
  const files = await modelFiles(workspace, inputs.modelDir, record, shownRecord);
  const store = openModelStore(platform, inputs);

  const version = inputs.modelVersion ?? defaultVersion(record);
  const total = files.reduce((sum, f) => sum + (record.model.files.find((r) => r.path === f.name)?.size ?? 0), 0);
  platform.log.info(`deploy-model: pushing ${inputs.modelName}:${version} (${files.length} file${files.length === 1 ? '' : 's'}, ${total} bytes) to ${store.uri}`);
  const runRecordBytes = Buffer.from(`${JSON.stringify(record, null, 2)}\n`);
  const pushed = await pushVersion(store, inputs.modelName, version, files, runRecordBytes, annotations(record, platform.context.repositoryUrl));
  platform.log.info(`deploy-model: ${pushed.created ? 'pushed' : 'already there (same digest)'} ${pushed.digest}, ${pushed.bytesSent} bytes sent`);
  platform.setOutput('version', version);
  platform.setOutput('digest', pushed.digest);
  if (!inputs.environment) {
    await summary(platform, inputs, version, pushed.digest, gate, 'pushed (no environment named)');
    return deployOutcome(inputs.modelName, undefined, version, 'pushed', '');
  }
  const environment = inputs.environment;
  const before = await currentDeployment(store, inputs.modelName, environment);
  platform.setOutput('previous-digest', before?.digest ?? '');
  // With no champion (nothing in this environment, or in the one the challenge was against, yet), the
  // candidate's absolute bounds are all the gate there is.
  const firstVersion = gate.verdict === 'no-baseline' && (!before || gate.noChampion !== undefined);
  if (!gate.passed && !firstVersion && !inputs.force) {
    const why =
      gate.verdict === 'unknown'
        ? `no gate verdict (${gate.source}): pass compare-metrics' 'comparison' output, or set 'force: true'`
        : gate.verdict === 'no-baseline'
          ? `the comparison had no baseline (${gate.source}) while ${environment} runs ${before?.version ?? shortDigest(before?.digest)}: compare with 'baseline: env:${environment}' (champion vs challenger), or set 'force: true'`
          : `the gate verdict is ${gate.verdict} (${gate.source})${gate.reasons.length ? `: ${gate.reasons.slice(0, 5).join('; ')}` : ''}`;
    await summary(platform, inputs, version, pushed.digest, gate, `not promoted to ${environment}`);
    await platform.recordDeployment?.({
      environment,
      sha: record.git.sha ?? platform.context.sha,
      state: 'failure',
      description: `gate ${gate.verdict}: not promoted`,
      token: inputs.token,
    });
    return {
      failure: `deploy-model: ${inputs.modelName}:${version} was pushed but not promoted to ${environment}: ${why}`,
      ...deployOutcome(inputs.modelName, environment, version, 'refused', why),
    };
  }
  if (before?.digest === pushed.digest && before.record?.record.action === 'promote') {
    platform.log.info(`deploy-model: ${environment} already points at ${pushed.digest}; nothing to record`);
    platform.setOutput('environment', environment);
    platform.setOutput('record', before.record.digest);
    platform.setOutput('promoted', 'true');
    await summary(platform, inputs, version, pushed.digest, gate, `already in ${environment}`);
    return { samples: deployOutcome(inputs.modelName, environment, version, 'promoted', '').samples };
  }
  const reason =
    inputs.reason ??
    (firstVersion
      ? before
        ? `no champion to compare with: nothing in ${gate.noChampion} yet; promoted on its absolute bounds (${gate.source})`
        : `the first version in ${environment}: no champion to compare with; promoted on its absolute bounds (${gate.source})`
      : inputs.force && !gate.passed
        ? `forced past gate ${gate.verdict}`
        : `gate ${gate.verdict} (${gate.source})`);
  const base = {
    model: inputs.modelName,
    environment,
    actor: actor(platform),
    runUrl: platform.context.runUrl,
    runRecordDigest: pushed.digest,
    verdict: gate.verdict,
    forced: inputs.force && !gate.passed && !firstVersion,
  };
  const promoted = await deploy(store, { ...base, action: 'promote', to: pushed.digest, version, reason });
  if (promoted.lostRace)
    return {
      failure: `deploy-model: lost a race for ${environment}: ${promoted.lostRace}. Serialise deploys (a GitHub concurrency group or a GitLab resource_group per model and environment) and re-run`,
    };
  platform.setOutput('environment', environment);
  platform.setOutput('record', promoted.recordDigest);

  const target = { model: inputs.modelName, version, digest: pushed.digest, environment, registry: store.uri };
  const problem = await rollout(platform, inputs, target);
  if (problem) {
    const undone = await undo(platform, store, inputs, base, before, problem);
    await platform.recordDeployment?.({ environment, sha: record.git.sha ?? platform.context.sha, state: 'failure', description: problem, token: inputs.token });
    await summary(platform, inputs, version, pushed.digest, gate, `rolled back: ${problem}`);
    platform.setOutput('promoted', 'false');
    return { failure: `deploy-model: ${problem}; ${undone}`, ...deployOutcome(inputs.modelName, environment, version, 'rolled-back', `${problem}; ${undone}`) };
  }
  platform.setOutput('promoted', 'true');
  await platform.recordDeployment?.({
    environment,
    sha: record.git.sha ?? platform.context.sha,
    state: 'success',
    description: `${inputs.modelName}:${version}`,
    token: inputs.token,
  });
  await summary(platform, inputs, version, pushed.digest, gate, `promoted to ${environment} (was ${shortDigest(before?.digest)})`);
  return deployOutcome(
    inputs.modelName,
    environment,
    version,
    'promoted',
    before ? `${reason}; was ${before.version ?? shortDigest(before.digest)}` : `${reason}; the first version in ${environment}`,
  );
}

/** The team's rollout, then the smoke test; the first failure in words. */
async function rollout(platform: Platform, inputs: DeployInputs, target: Parameters<typeof runHook>[3]): Promise<string | undefined> {
  const logDir = join(platform.context.workspace, '.modelgate', 'logs');
  if (inputs.deployCommand) {
    const failed = await runHook(platform, 'deploy-command', inputs.deployCommand, target, inputs.smokeTimeout, logDir);
    if (failed) return failed;
  }
  if (!inputs.smokeTest) return undefined;
  if (/^https?:\/\//i.test(inputs.smokeTest)) return smokeUrl(inputs.smokeTest, inputs.smokeStatus, inputs.smokeTimeout);
  return runHook(platform, 'smoke-test', inputs.smokeTest, target, inputs.smokeTimeout, logDir);
}

/** Puts the environment back where it was before this deploy, as a rollback record; says what happened. */
async function undo(
  platform: Platform,
  store: ModelStore,
  inputs: DeployInputs,
  base: Omit<Parameters<typeof deploy>[1], 'action' | 'to' | 'reason'>,
  before: Awaited<ReturnType<typeof currentDeployment>>,
  problem: string,
): Promise<string> {
  if (!before) return `${inputs.environment} had no version before this one, so it was left pointing at the new version: fix it or roll it forward`;
  const back = await deploy(store, {
    ...base,
    action: 'rollback',
    to: before.digest,
    version: before.version,
    reason: `automatic: ${problem}`,
    forced: false,
    verdict: undefined,
    runRecordDigest: undefined,
  });
  if (back.lostRace) return `the automatic rollback lost a race: ${back.lostRace}`;
  platform.log.warning(`deploy-model: ${inputs.environment} rolled back to ${before.version ?? before.digest}`);
  return `${inputs.environment} was rolled back to ${before.version ?? shortDigest(before.digest)}`;
}

/** The model files named by the record, found under `model-dir` and checked to exist with the recorded size. */
async function modelFiles(workspace: string, modelDir: string, record: RunRecord, shownRecord: string): Promise<ModelFile[]> {
  if (record.model.files.length === 0) throw new UserError(`deploy-model: run record ${shownRecord} lists no model files (train-model's 'model' input)`, { file: shownRecord });
  const root = await confinePath(workspace, modelDir, "deploy-model: input 'model-dir'");
  const files: ModelFile[] = [];
  for (const file of record.model.files) {
    const path = await confinePath(root, file.path, `deploy-model: run record ${shownRecord}: model file`);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile())
      throw new UserError(
        `deploy-model: model file '${file.path}' of ${shownRecord} is not in ${displayPath(workspace, root)} (download the training job's artifact there, or set 'model-dir')`,
        { file: shownRecord },
      );
    if (info.size !== file.size)
      throw new UserError(`deploy-model: model file '${file.path}' is ${info.size} bytes, but ${shownRecord} recorded ${file.size}: it changed after training`, {
        file: shownRecord,
      });
    files.push({ path, name: file.path, sha256: file.sha256 });
  }
  return files;
}

/** A re-run of the same job pushes the same version: the commit and the run record's id. */
function defaultVersion(record: RunRecord): string {
  const sha = record.git.sha ? record.git.sha.slice(0, 12) : 'nogit';
  return `${sha}-${record.id.replace(/[^A-Za-z0-9._-]/g, '-')}`.slice(0, 128);
}

/**
 * What the version says about itself: only what training made (no verdict: a gate outcome lives in the
 * deployment records, so a version pushed now and promoted later is the same version, sent once).
 */
function annotations(record: RunRecord, repositoryUrl: string | undefined): Record<string, string> {
  const out: Record<string, string> = { [ANNOTATIONS.runId]: record.id };
  // GHCR links a package to its repository by this label, which lets the repository's GITHUB_TOKEN write it.
  if (repositoryUrl) out[ANNOTATIONS.source] = repositoryUrl;
  if (record.git.sha) out[ANNOTATIONS.revision] = record.git.sha;
  if (record.ci.runUrl) out['org.modelgate.run-url'] = record.ci.runUrl;
  if (record.model.digest) out['org.modelgate.model-digest'] = record.model.digest;
  const headline = Object.entries(record.metrics).slice(0, 10);
  if (headline.length) out['org.modelgate.metrics'] = JSON.stringify(Object.fromEntries(headline));
  return out;
}

async function summary(platform: Platform, inputs: DeployInputs, version: string, digest: string, gate: Gate, outcome: string): Promise<void> {
  const rows = [
    ['model', inputs.modelName],
    ['version', version],
    ['digest', digest],
    ['gate', `${gate.verdict} (${gate.source})`],
    ['outcome', outcome],
  ];
  const markdown = `### deploy-model\n\n${table(
    ['', ''],
    rows.map(([k, v]) => [k as string, code(v as string, { inTable: true })]),
  )}\n`;
  const text = rows.map(([k, v]) => `${(k as string).padEnd(8)} ${v}`).join('\n');
  await platform.summary({ markdown, text: `${text}\n` });
}
