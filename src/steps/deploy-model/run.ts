import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ExternalError, messageOf, UserError } from '../../core/errors.js';
import { confinePath, displayPath } from '../../core/files.js';
import { code, table } from '../../core/markdown.js';
import { readRunRecord, type RunRecord } from '../../core/run-record.js';
import type { Platform } from '../../platform/platform.js';
import { ANNOTATIONS, currentDeployment, deploy, pushVersion, type Deployed, type ModelFile } from '../../registry/models.js';
import type { ModelStore } from '../../registry/store.js';
import { actor, openModelStore, recordDeploymentOrWarn, reportOrWarn, shortDigest } from '../deployments.js';
import { deployOutcome } from '../figures.js';
import type { StepResult } from '../step.js';
import { readGate, type Gate } from './gate.js';
import { runHook, smokeUrl } from './rollout.js';
import type { DeployInputs } from './step.js';

/**
 * deploy-model: pushes the candidate of a run record as an immutable version, then, when an environment
 * is named and the gate passed (or `force`), re-points the environment with a deployment record. A
 * failing rollout or smoke test puts the environment back where it was, with its own record.
 *
 * Its outputs are the truth about the environment: `promoted` is `true` only while the environment
 * points at this version, and once it does, nothing that only reports the deploy (the GitHub
 * Deployment, the summary) fails the job: it warns, saying where the environment stands.
 */
export async function run(inputs: DeployInputs, platform: Platform): Promise<StepResult> {
  // Set before anything can fail, so `if: steps.deploy.outputs.promoted == 'false'` fires on a refusal,
  // a push only and an error alike; made true only when the environment points at this version.
  platform.setOutput('promoted', 'false');
  platform.setOutput('environment', '');
  const { workspace } = platform.context;
  const recordPath = await confinePath(workspace, inputs.runRecord, "deploy-model: input 'run-record'");
  const shownRecord = displayPath(workspace, recordPath);
  const record = await readRunRecord(recordPath, shownRecord);
  const comparison = inputs.comparison ? await confinePath(workspace, inputs.comparison, "deploy-model: input 'comparison'") : undefined;
  const gate = await readGate(comparison, comparison && displayPath(workspace, comparison), record);
  if (gate.training && record.model.files.length === 0) {
    throw new UserError(`deploy-model: ${shownRecord} is of a run that did not succeed (${gate.training}) and holds no model files: there is nothing to push`, {
      file: shownRecord,
    });
  }
  const files = await modelFiles(workspace, inputs.modelDir, record, shownRecord);
  const store = openModelStore(platform, inputs);

  const version = inputs.modelVersion ?? defaultVersion(record);
  const name = `${inputs.modelName}:${version}`;
  const total = files.reduce((sum, f) => sum + (record.model.files.find((r) => r.path === f.name)?.size ?? 0), 0);
  platform.log.info(`deploy-model: pushing ${name} (${files.length} file${files.length === 1 ? '' : 's'}, ${total} bytes) to ${store.uri}`);
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
  const sha = record.git.sha ?? platform.context.sha;
  const before = await currentDeployment(store, inputs.modelName, environment);
  platform.setOutput('previous-digest', before?.digest ?? '');
  // With no champion (nothing in this environment, or in the one the challenge was against, yet), the
  // candidate's absolute bounds are all the gate there is.
  const firstVersion = gate.verdict === 'no-baseline' && (!before || gate.noChampion !== undefined);
  const failedGate = gate.passed || firstVersion ? undefined : gateProblem(gate, environment, before);
  if (failedGate !== undefined && !inputs.force) {
    const why =
      gate.verdict === 'unknown'
        ? `${failedGate}: pass compare-metrics' 'comparison' output, or set 'force: true'`
        : gate.verdict === 'no-baseline'
          ? `${failedGate}: compare with 'baseline: env:${environment}' (champion vs challenger), or set 'force: true'`
          : failedGate;
    await summary(platform, inputs, version, pushed.digest, gate, `not promoted to ${environment}`);
    await recordDeploymentOrWarn(
      platform,
      'deploy-model',
      { environment, sha, state: 'failure', description: `gate ${gate.verdict}: not promoted`, token: inputs.token },
      `${environment} still runs ${running(before)}: nothing was promoted`,
    );
    return {
      failure: `deploy-model: ${name} was pushed but not promoted to ${environment}: ${why}`,
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
  // `force` past a gate that did not pass: said where it is seen (an annotation, the summary, the record).
  const forced = failedGate !== undefined;
  if (forced) platform.log.warning(`deploy-model: forced past a failed gate: ${failedGate}; promoting ${name} to ${environment} because 'force' is true`);
  const reason = forced
    ? inputs.reason !== undefined
      ? `${inputs.reason} (forced past gate ${gate.verdict})`
      : `forced past a failed gate: ${failedGate}`
    : (inputs.reason ??
      (firstVersion
        ? before
          ? `no champion to compare with: nothing in ${gate.noChampion} yet; promoted on its absolute bounds (${gate.source})`
          : `the first version in ${environment}: no champion to compare with; promoted on its absolute bounds (${gate.source})`
        : `gate ${gate.verdict} (${gate.source})`));
  const extra: Row[] = forced ? [['forced', `past a failed gate: ${failedGate}`]] : [];
  const base = {
    model: inputs.modelName,
    environment,
    actor: actor(platform),
    runUrl: platform.context.runUrl,
    runRecordDigest: pushed.digest,
    verdict: gate.verdict,
    forced,
    gatedMetrics: gate.metrics,
  };
  // The GitHub Deployment is recorded once the outcome is known (success or failure): the platform's
  // call creates it with its status in one go, and nothing about it may fail the job after this point.
  let promoted: Awaited<ReturnType<typeof deploy>>;
  try {
    promoted = await deploy(store, { ...base, action: 'promote', to: pushed.digest, version, reason });
  } catch (error) {
    // The record may be written and the pointer moved before the failure: the outputs say what is so,
    // and the error too unless the environment is where it was.
    const now = await pointer(platform, store, inputs.modelName, environment, pushed.digest);
    if (now.promoted === false) throw error;
    throw new ExternalError(
      `deploy-model: the promotion of ${name} to ${environment} did not complete (${messageOf(error)}); ${now.words}. Check 'modelgate history --env ${environment}' and re-run`,
      'the model store',
      undefined,
      false,
    );
  }
  if (promoted.lostRace) {
    const now = await pointer(platform, store, inputs.modelName, environment, pushed.digest);
    if (now.promoted) platform.setOutput('record', promoted.recordDigest);
    return {
      failure: `deploy-model: lost a race for ${environment}: ${promoted.lostRace}. Serialise deploys (a GitHub concurrency group or a GitLab resource_group per model and environment) and re-run`,
    };
  }
  platform.setOutput('promoted', 'true');
  platform.setOutput('environment', environment);
  platform.setOutput('record', promoted.recordDigest);
  platform.log.info(`deploy-model: ${environment} now points at ${name} (${shortDigest(pushed.digest)}; was ${running(before)}): ${reason}; record ${promoted.recordDigest}`);

  const target = { model: inputs.modelName, version, digest: pushed.digest, environment, registry: store.uri };
  const problem = await rollout(platform, inputs, target);
  if (problem) {
    const undone = await undo(platform, store, inputs, base, before, problem, pushed.digest);
    await recordDeploymentOrWarn(platform, 'deploy-model', { environment, sha, state: 'failure', description: problem, token: inputs.token }, undone);
    await reportOrWarn(platform, 'deploy-model', 'write the summary', undone, () => summary(platform, inputs, version, pushed.digest, gate, `rolled back: ${problem}`, extra));
    return { failure: `deploy-model: ${problem}; ${undone}`, ...deployOutcome(inputs.modelName, environment, version, 'rolled-back', `${problem}; ${undone}`) };
  }
  const production = `${environment} now runs ${name}: the promotion went ahead`;
  await recordDeploymentOrWarn(platform, 'deploy-model', { environment, sha, state: 'success', description: name, token: inputs.token }, production);
  await reportOrWarn(platform, 'deploy-model', 'write the summary', production, () =>
    summary(platform, inputs, version, pushed.digest, gate, `promoted to ${environment} (was ${shortDigest(before?.digest)})`, extra),
  );
  return deployOutcome(
    inputs.modelName,
    environment,
    version,
    'promoted',
    before ? `${reason}; was ${before.version ?? shortDigest(before.digest)}` : `${reason}; the first version in ${environment}`,
  );
}

/** Why a gate that did not pass does not promote by itself, in words (the facts; the caller adds what to do). */
function gateProblem(gate: Gate, environment: string, before: Deployed | undefined): string {
  if (gate.verdict === 'unknown') return `no gate verdict (${gate.source})`;
  if (gate.verdict === 'no-baseline') return `the comparison had no baseline (${gate.source}) while ${environment} runs ${running(before)}`;
  return `the gate verdict is ${gate.verdict} (${gate.source})${gate.reasons.length ? `: ${gate.reasons.slice(0, 5).join('; ')}` : ''}`;
}

/** What an environment runs, for messages: its version tag, else its short digest, else nothing. */
function running(deployed: Pick<Deployed, 'digest' | 'version'> | undefined): string {
  return deployed ? (deployed.version ?? shortDigest(deployed.digest)) : 'nothing';
}

/**
 * Reads what the environment points at after something went wrong, sets `promoted`, `environment` to
 * match, and says it in words; when even the read fails, the outputs stay as they were and the words
 * say it is unknown.
 */
async function pointer(platform: Platform, store: ModelStore, model: string, environment: string, digest: string): Promise<{ promoted: boolean | undefined; words: string }> {
  try {
    const now = await currentDeployment(store, model, environment);
    const promoted = now?.digest === digest;
    platform.setOutput('promoted', String(promoted));
    platform.setOutput('environment', promoted ? environment : '');
    return { promoted, words: `${environment} now points at ${now ? `${running(now)} (${shortDigest(now.digest)})` : 'nothing'}` };
  } catch (error) {
    return { promoted: undefined, words: `what ${environment} points at could not be read (${messageOf(error)})` };
  }
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

/**
 * Puts the environment back where it was before this deploy, as a rollback record; says where the
 * environment stands, and sets `promoted` and `environment` to match.
 */
async function undo(
  platform: Platform,
  store: ModelStore,
  inputs: DeployInputs,
  base: Omit<Parameters<typeof deploy>[1], 'action' | 'to' | 'reason'>,
  before: Deployed | undefined,
  problem: string,
  digest: string,
): Promise<string> {
  const environment = base.environment;
  // Nothing to go back to: the environment still runs this version, and the outputs say so.
  if (!before) return `${environment} had no version before this one, so it was left pointing at the new version: fix it or roll it forward`;
  let back: Awaited<ReturnType<typeof deploy>>;
  try {
    back = await deploy(store, {
      ...base,
      action: 'rollback',
      to: before.digest,
      version: before.version,
      reason: `automatic: ${problem}`,
      forced: false,
      verdict: undefined,
      gatedMetrics: undefined,
      runRecordDigest: undefined,
    });
  } catch (error) {
    const now = await pointer(platform, store, inputs.modelName, environment, digest);
    return `the automatic rollback to ${running(before)} failed (${messageOf(error)}); ${now.words}: roll it back with the rollback step`;
  }
  if (back.lostRace) {
    const now = await pointer(platform, store, inputs.modelName, environment, digest);
    return `the automatic rollback lost a race: ${back.lostRace} (${now.words})`;
  }
  platform.setOutput('promoted', 'false');
  platform.setOutput('environment', '');
  platform.log.warning(`deploy-model: ${environment} rolled back to ${before.version ?? before.digest} (record ${back.recordDigest}): ${problem}`);
  return `${environment} was rolled back to ${running(before)}`;
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

/** One row of the summary table: a name and its value. */
type Row = [string, string];

async function summary(platform: Platform, inputs: DeployInputs, version: string, digest: string, gate: Gate, outcome: string, extra: Row[] = []): Promise<void> {
  const rows: Row[] = [['model', inputs.modelName], ['version', version], ['digest', digest], ['gate', `${gate.verdict} (${gate.source})`], ...extra, ['outcome', outcome]];
  const markdown = `### deploy-model\n\n${table(
    ['', ''],
    rows.map(([k, v]) => [k, code(v, { inTable: true })]),
  )}\n`;
  const text = rows.map(([k, v]) => `${k.padEnd(8)} ${v}`).join('\n');
  await platform.summary({ markdown, text: `${text}\n` });
}
