import { UserError } from '../../core/errors.js';
import { code, table } from '../../core/markdown.js';
import type { Platform } from '../../platform/platform.js';
import { ANNOTATIONS, currentDeployment, deploy, history, resolveVersion, type VersionInfo } from '../../registry/models.js';
import type { ModelStore } from '../../registry/store.js';
import { actor, openModelStore, recordDeploymentOrWarn, reportOrWarn, shortDigest } from '../deployments.js';
import { rollbackOutcome } from '../figures.js';
import type { StepResult } from '../step.js';
import type { RollbackInputs } from './step.js';

/** Watch mode's settings, present when `prometheus-url` is set (the declaration checked them together). */
interface WatchInputs {
  url: string;
  query: string;
  threshold: number;
  above: boolean;
  forMs: number;
  everyMs: number;
  token?: string;
}

function watchOf(inputs: RollbackInputs): WatchInputs | undefined {
  if (!inputs.prometheusUrl || !inputs.query || inputs.threshold === undefined) return undefined;
  return {
    url: inputs.prometheusUrl,
    query: inputs.query,
    threshold: inputs.threshold,
    above: inputs.breachWhen === 'above',
    forMs: inputs.watchFor,
    everyMs: inputs.watchEvery,
    token: inputs.prometheusToken,
  };
}

/**
 * rollback: re-points an environment at an earlier version, with a deployment record. In watch mode it
 * first evaluates a PromQL query for a while and rolls back only on a breach.
 */
export async function run(inputs: RollbackInputs, platform: Platform): Promise<StepResult> {
  // Set before anything can fail; made true only once the environment was re-pointed.
  platform.setOutput('rolled-back', 'false');
  const store = openModelStore(platform, inputs);
  let reason = inputs.reason;
  const watch = watchOf(inputs);
  if (watch) {
    const breach = await watchFor(platform, watch);
    platform.setOutput('breached', String(breach !== undefined));
    if (breach === undefined) {
      platform.setOutput('rolled-back', 'false');
      await platform.summary(
        report('healthy', [
          ['environment', inputs.environment],
          ['query', watch.query],
          ['outcome', `stayed within ${watch.threshold} for the whole watch`],
        ]),
      );
      return {};
    }
    reason ??= breach;
  }
  const current = await currentDeployment(store, inputs.modelName, inputs.environment);
  if (!current) throw new UserError(`rollback: ${inputs.modelName} has never been deployed to ${inputs.environment} in ${store.uri}: nothing to roll back`);
  const target = inputs.to ? await explicitTarget(store, inputs, inputs.to) : await previousTarget(store, inputs, current.digest);
  if (target.digest === current.digest) throw new UserError(`rollback: ${inputs.environment} already points at ${target.version ?? target.digest}`);
  const why = reason ?? 'manual rollback';
  const rows = [
    ['environment', inputs.environment],
    ['from', `${current.version ?? ''} ${shortDigest(current.digest)}`.trim()],
    ['to', `${target.version ?? ''} ${shortDigest(target.digest)}`.trim()],
    ['why', why],
  ];
  platform.setOutput('from-digest', current.digest);
  platform.setOutput('digest', target.digest);
  platform.setOutput('version', target.version ?? '');
  const move = `${inputs.environment} from ${describe(current)} to ${describe(target)}`;
  if (inputs.dryRun) {
    platform.log.info(`rollback: dry run: would re-point ${move} (why: ${why}); nothing changed, no record written`);
    await platform.summary(report('dry run: nothing changed', rows));
    return {};
  }
  const done = await deploy(store, {
    model: inputs.modelName,
    environment: inputs.environment,
    action: 'rollback',
    to: target.digest,
    version: target.version,
    actor: actor(platform),
    runUrl: platform.context.runUrl,
    reason: why,
  });
  if (done.lostRace) return { failure: `rollback: lost a race for ${inputs.environment}: ${done.lostRace}. Check 'modelgate history' and re-run` };
  platform.setOutput('rolled-back', 'true');
  platform.setOutput('record', done.recordDigest);
  platform.log.info(`rollback: re-pointed ${move} (why: ${why}); record ${done.recordDigest}`);
  // The environment moved: what only reports it warns when it fails, saying so.
  const production = `${inputs.environment} now runs ${target.version ?? shortDigest(target.digest)}: the rollback went ahead`;
  const revision = target.annotations[ANNOTATIONS.revision];
  await recordDeploymentOrWarn(
    platform,
    'rollback',
    {
      environment: inputs.environment,
      sha: revision ?? platform.context.sha,
      state: 'success',
      description: `rolled back to ${target.version ?? shortDigest(target.digest)}`,
      token: inputs.token,
    },
    production,
  );
  await reportOrWarn(platform, 'rollback', 'write the summary', production, () => platform.summary(report('rolled back', rows)));
  const outcome = rollbackOutcome(inputs.modelName, inputs.environment, target.version ?? shortDigest(target.digest), why);
  if (watch) return { failure: `rollback: ${reason}; ${inputs.environment} was rolled back to ${target.version ?? shortDigest(target.digest)}`, ...outcome };
  return outcome;
}

/**
 * An explicit `to`: a version the environment ran before, whose promotion there passed its gate. Gate
 * outcomes live in the deployment records (a version holds only what training made), so a version
 * the environment never ran has nothing that vouches for it: deploy-model, with its gate, takes it there.
 */
async function explicitTarget(store: ModelStore, inputs: RollbackInputs, to: string): Promise<VersionInfo> {
  const found = await resolveVersion(store, inputs.modelName, to);
  if (!found) throw new UserError(`rollback: input 'to': ${inputs.modelName} has no version or digest '${to}' in ${store.uri}`);
  const { records } = await history(store, inputs.modelName, inputs.environment);
  const promotions = records.filter(({ record }) => record.to === found.digest && record.action === 'promote');
  if (promotions.length === 0 && !records.some(({ record }) => record.to === found.digest)) {
    throw new UserError(
      `rollback: input 'to': ${to} never ran in ${inputs.environment}, so no gate vouches for it there; promote it with deploy-model (its gate decides), or pick a version from 'modelgate history --env ${inputs.environment}'`,
    );
  }
  if (promotions.length > 0 && promotions.every(({ record }) => record.forced === true || record.verdict === 'fail')) {
    throw new UserError(
      `rollback: input 'to': ${to} only reached ${inputs.environment} forced past its gate (${promotions.map(({ record }) => record.verdict ?? 'no verdict').join(', ')}); pick another version, or promote it again with deploy-model and 'force'`,
    );
  }
  return found;
}

/** The newest version the environment held before, skipping any that a rollback moved away from. */
async function previousTarget(store: ModelStore, inputs: RollbackInputs, current: string): Promise<VersionInfo> {
  const { records } = await history(store, inputs.modelName, inputs.environment);
  const bad = new Set([current]);
  for (const { record } of records) if (record.action === 'rollback' && record.from) bad.add(record.from);
  for (const { record } of records) {
    if (bad.has(record.to)) continue;
    const found = await resolveVersion(store, inputs.modelName, record.to);
    if (found) return found;
  }
  throw new UserError(
    `rollback: ${inputs.environment} has no earlier version to go back to (${records.length} record${records.length === 1 ? '' : 's'} in its history); name one with 'to'`,
  );
}

/** Watches the query; the breach in words, or undefined when it stayed healthy. */
async function watchFor(platform: Platform, watch: WatchInputs): Promise<string | undefined> {
  const { watch: watchQuery } = await import('../../monitoring/watch.js');
  platform.log.info(
    `rollback: watching '${watch.query}' every ${watch.everyMs / 1000}s for ${watch.forMs / 1000}s (breach when ${watch.above ? 'above' : 'below'} ${watch.threshold})`,
  );
  const result = await watchQuery({
    url: watch.url,
    query: watch.query,
    threshold: watch.threshold,
    above: watch.above,
    forMs: watch.forMs,
    everyMs: watch.everyMs,
    fetch: watch.token ? withBearer(watch.token) : undefined,
    onSample: (sample) => platform.log.info(`rollback: ${sample.time} ${sample.value ?? 'no data'}`),
  });
  const last = result.samples.at(-1)?.value;
  if (last !== undefined || result.value !== undefined) platform.setOutput('value', String(result.value ?? last));
  if (result.noData)
    platform.log.warning(`rollback: '${watch.query}' returned no data for the whole watch: no breach, but no evidence of health either (check the query's labels)`);
  if (!result.breached) return undefined;
  return `'${watch.query}' was ${result.value} at ${result.at}, ${watch.above ? 'above' : 'below'} the threshold ${watch.threshold}`;
}

/** A fetch that sends Prometheus a bearer token (the token never reaches a message). */
function withBearer(token: string): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('Authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
}

/** A version in a log line: its tag and short digest, or the digest alone. */
function describe(version: { digest: string; version?: string }): string {
  return version.version ? `${version.version} (${shortDigest(version.digest)})` : version.digest;
}

function report(outcome: string, rows: string[][]) {
  const markdown = `### rollback: ${outcome}\n\n${table(
    ['', ''],
    rows.map(([k, v]) => [k as string, code(v as string, { inTable: true })]),
  )}\n`;
  return { markdown, text: `rollback: ${outcome}\n${rows.map(([k, v]) => `  ${(k as string).padEnd(12)} ${v}`).join('\n')}\n` };
}
