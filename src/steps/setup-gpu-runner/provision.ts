import { randomBytes } from 'node:crypto';
import { formatDuration } from '../../core/duration.js';
import { UserError, messageOf } from '../../core/errors.js';
import { sleep } from '../../core/retry.js';
import type { Platform, RunnerRegistry } from '../../platform/platform.js';
import type { StepResult } from '../step.js';
import { connectEc2, LIVE_STATES, SpotCapacityError, TAG, type Ec2, type InstanceInfo, type LaunchSpec } from './aws.js';
import type { GpuInputs } from './step.js';
import { renderUserData } from './user-data.js';

/** Knobs for tests; the step itself uses the defaults. */
export interface ProvisionOptions {
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
  /** How often and how long `provision` polls for the instance to run. */
  pollMs?: number;
  waitTimeoutMs?: number;
  /** Where the image has the GitHub runner (default `/opt/actions-runner`). */
  runnerDir?: string;
}

/**
 * Mode `provision`: registers a single-use runner under a label unique to this run, starts an EC2 instance
 * whose boot script runs exactly one job with it and powers off (the instance terminates on power-off and
 * after `max-lifetime` at the latest), and outputs the `label` the next job runs on. A start that fails
 * halfway leaves nothing behind: the registration is removed and a created instance terminated.
 */
export async function provision(platform: Platform, inputs: GpuInputs, options: ProvisionOptions = {}): Promise<StepResult> {
  const { context, log } = platform;
  const env = options.env ?? process.env;
  if ((context.changeRequest?.fork || context.forkTrigger) && !inputs.allowForks) {
    throw new UserError(
      "setup-gpu-runner: refusing to start a machine for a pull request from a fork (its code would run in your cloud account); set input 'allow-forks' to true to allow it",
    );
  }
  const runners = registryOf(platform);
  const token = requireToken(inputs, runners);
  if (!inputs.ami) throw new UserError("setup-gpu-runner: input 'ami' is required for mode 'provision': the image to boot, with the GPU driver and the runner installed");
  const lifetimeMs = inputs.maxLifetime;
  const region = regionOf(inputs, env);
  const minutes = Math.ceil(lifetimeMs / 60_000);
  const expiresAt = new Date((options.now?.() ?? new Date()).getTime() + minutes * 60_000);
  const runId = context.runId || 'local';
  const label = `modelgate-gpu-${runId}-${context.attempt || '1'}-${randomBytes(4).toString('hex')}`;
  const ec2 = await connectEc2(region);
  // Before the registration, so a wrong image costs nothing to take back.
  const rootDevice = await ec2.rootDevice(inputs.ami);

  // Saved before anything exists, so the post step can find whatever a cancelled start left.
  platform.saveState?.('region', region);
  platform.saveState?.('label', label);
  // Minted as late as possible: registrations expire, and the machine may take minutes to boot.
  const registration = await runners.register({ name: label, labels: [label], token });
  platform.mask(registration.secret);
  platform.saveState?.('runner-id', String(registration.id));
  const userData = Buffer.from(renderUserData({ registration, label, lifetimeMinutes: minutes, runnerDir: options.runnerDir }), 'utf8').toString('base64');
  platform.mask(userData);
  const spec: LaunchSpec = {
    instanceType: inputs.instanceType,
    ami: inputs.ami,
    subnet: inputs.subnet,
    securityGroup: inputs.securityGroup,
    diskSizeGiB: inputs.diskSize,
    rootDevice,
    userData,
    tags: {
      Name: label,
      [TAG.repository]: context.repository ?? 'local',
      [TAG.runId]: runId,
      [TAG.label]: label,
      [TAG.expiresAt]: expiresAt.toISOString(),
      [TAG.runnerId]: String(registration.id),
    },
  };

  let started: { id: string; market: 'spot' | 'on-demand' };
  try {
    started = await launch(platform, ec2, spec, inputs.market);
  } catch (error) {
    throw await undo(platform, error, ec2, [], () => runners.remove(registration.id, token), registration.id);
  }
  platform.saveState?.('instance-id', started.id);
  try {
    await ec2.waitRunning(started.id, options.waitTimeoutMs ?? 10 * 60_000, options.pollMs ?? 5000);
    // Running is not ready: an image without the runner, or no way out to GitHub/GitLab, would leave the
    // next job queued for a day. Wait until the runner connects, or take the machine back.
    if (runners.status) await waitOnline(runners, registration.id, token, inputs.runnerTimeout, Math.min(options.pollMs ?? 5000, inputs.runnerTimeout / 5));
  } catch (error) {
    throw await undo(platform, error, ec2, [started.id], () => runners.remove(registration.id, token), registration.id);
  }

  platform.setOutput('label', label);
  platform.setOutput('instance-id', started.id);
  log.info(
    `setup-gpu-runner: ${started.market} ${inputs.instanceType} ${started.id} is running in ${region} as runner '${label}'; it terminates after its one job, at ${expiresAt.toISOString()} at the latest`,
  );
  const rows = [
    ['Label', `\`${label}\``],
    ['Instance', `${started.id} (${inputs.instanceType}, ${started.market}, ${region})`],
    ['Terminates', `after one job, or at ${expiresAt.toISOString()} (max-lifetime ${formatDuration(minutes * 60_000)})`],
  ];
  await platform.summary({
    markdown: `### GPU runner\n\n| | |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n`,
    text: rows.map(([k, v]) => `${k}: ${v}`).join('\n'),
  });
  return {};
}

/**
 * Mode `stop`: terminates the instances of a label (input `label`, or the one this job provisioned) and
 * removes their runner registrations. Nothing left to stop is success.
 */
export async function stop(platform: Platform, inputs: GpuInputs, options: ProvisionOptions = {}): Promise<StepResult> {
  const env = options.env ?? process.env;
  const label = inputs.label ?? platform.getState?.('label');
  if (!label) {
    // A provisioning job that failed early has no label; the stop job (if: always()) must not fail for it.
    platform.log.info("setup-gpu-runner: no 'label' (the provisioning job started nothing, or its output was not passed): nothing to stop");
    return {};
  }
  // Only a label provision made: a wildcard or an unexpanded variable must never match other runners.
  if (!/^modelgate-gpu-[0-9A-Za-z-]+$/.test(label)) {
    throw new UserError(`setup-gpu-runner: input 'label' must be the 'label' output of mode 'provision' (modelgate-gpu-...), got '${label}'`);
  }
  const ec2 = await connectEc2(regionOf(inputs, env, platform.getState?.('region')));
  // Terminated instances stay listed for about an hour; their tags still name the runner to remove.
  const all = await ec2.find({ [TAG.label]: label }, [...LIVE_STATES, 'shutting-down', 'terminated']);
  const live = all.filter((i) => LIVE_STATES.includes(i.state));
  if (live.length === 0) platform.log.info(`setup-gpu-runner: no instance with label '${label}' is running in ${ec2.region}: nothing to stop`);
  else {
    await ec2.terminate(live.map((i) => i.id));
    for (const i of live) platform.log.info(`setup-gpu-runner: terminated ${i.id} (was ${i.state}) of runner '${label}'`);
  }
  const ids = new Set(all.map((i) => Number(i.tags[TAG.runnerId])));
  if (label === platform.getState?.('label')) ids.add(Number(platform.getState?.('runner-id')));
  await removeRegistrations(platform, inputs, [...ids]);
  return {};
}

/**
 * Mode `reap`: terminates every modelgate instance in the region whose `modelgate:expires-at` is past (or,
 * without that tag, whose launch is longer ago than `max-lifetime`), for machines whose own shutdown failed.
 */
export async function reap(platform: Platform, inputs: GpuInputs, options: ProvisionOptions = {}): Promise<StepResult> {
  const env = options.env ?? process.env;
  const lifetimeMs = inputs.maxLifetime;
  const now = (options.now?.() ?? new Date()).getTime();
  const ec2 = await connectEc2(regionOf(inputs, env));
  const expired: { instance: InstanceInfo; at: Date }[] = [];
  for (const instance of await ec2.find({ [TAG.label]: '*' })) {
    const tagged = Date.parse(instance.tags[TAG.expiresAt] ?? '');
    const at = Number.isFinite(tagged) ? tagged : instance.launchTime ? instance.launchTime.getTime() + lifetimeMs : Number.NaN;
    if (at <= now) expired.push({ instance, at: new Date(at) });
  }
  if (expired.length === 0) {
    platform.log.info(`setup-gpu-runner: no modelgate instance in ${ec2.region} is past its lifetime`);
    return {};
  }
  await ec2.terminate(expired.map((e) => e.instance.id));
  for (const { instance, at } of expired) {
    const tags = instance.tags;
    platform.log.info(
      `setup-gpu-runner: terminated ${instance.id} (${instance.state}, runner '${tags[TAG.label]}' of ${tags[TAG.repository] ?? 'an unknown repository'}, run ${tags[TAG.runId] ?? '?'}), past its lifetime since ${at.toISOString()}`,
    );
  }
  // Registrations belong to a repository; only this one's can be removed with this job's token.
  const ours = expired.filter((e) => e.instance.tags[TAG.repository] === platform.context.repository);
  await removeRegistrations(
    platform,
    inputs,
    ours.map((e) => Number(e.instance.tags[TAG.runnerId])),
  );
  return {};
}

/**
 * GitHub's `post:` step of a `provision` job: terminates what this job started and removes its registration.
 * Finds the instance by the saved id and by its label (a start cancelled mid-launch saved no id). A job that
 * provisioned nothing, or whose machine is gone already, is success.
 */
export async function post(platform: Platform, inputs: GpuInputs): Promise<StepResult> {
  const state = (name: string) => platform.getState?.(name);
  const label = state('label');
  const saved = state('instance-id');
  const region = state('region');
  if (!region || (!label && !saved)) return {};
  const ec2 = await connectEc2(region);
  const ids = new Set(saved ? [saved] : []);
  if (label) for (const i of await ec2.find({ [TAG.label]: label })) ids.add(i.id);
  await ec2.terminate([...ids]);
  for (const id of ids) platform.log.info(`setup-gpu-runner: terminated ${id}${label ? ` of runner '${label}'` : ''}`);
  await removeRegistrations(platform, inputs, [Number(state('runner-id'))]);
  return {};
}

/** RunInstances in the chosen market, falling back from spot to on-demand when spot has no capacity. */
async function launch(platform: Platform, ec2: Ec2, spec: LaunchSpec, market: GpuInputs['market']): Promise<{ id: string; market: 'spot' | 'on-demand' }> {
  if (market === 'on-demand') return { id: await ec2.launch(spec, 'on-demand'), market };
  try {
    return { id: await ec2.launch(spec, 'spot'), market: 'spot' };
  } catch (error) {
    if (!(error instanceof SpotCapacityError)) throw error;
    if (market === 'spot') {
      error.message += "; set input 'market' to 'spot-or-on-demand' to fall back to on-demand";
      throw error;
    }
    platform.log.warning(`${error.message}; starting on-demand instead`);
    return { id: await ec2.launch(spec, 'on-demand'), market: 'on-demand' };
  }
}

/** Takes back a half-done start; the original error, with what could not be taken back appended. */
async function undo(platform: Platform, error: unknown, ec2: Ec2, instances: string[], remove: () => Promise<void>, runnerId: number): Promise<unknown> {
  const left: string[] = [];
  try {
    await ec2.terminate(instances);
    for (const id of instances) platform.log.info(`setup-gpu-runner: terminated ${id}, which did not start properly`);
  } catch (cleanup) {
    left.push(`instance ${instances.join(', ')} could not be terminated (${messageOf(cleanup)}): terminate it in the EC2 console`);
  }
  try {
    await remove();
  } catch (cleanup) {
    left.push(`runner registration ${runnerId} could not be removed (${messageOf(cleanup)})`);
  }
  if (left.length > 0 && error instanceof Error) error.message += `; and ${left.join('; ')}`;
  return error;
}

/** Removes registrations, warning (not failing) when it cannot: an unused one harms nothing but the runner list. */
async function removeRegistrations(platform: Platform, inputs: GpuInputs, ids: number[]): Promise<void> {
  const known = [...new Set(ids)].filter((id) => Number.isInteger(id) && id > 0);
  if (known.length === 0) return;
  if (!platform.runners || !inputs.token) {
    platform.log.warning(
      `setup-gpu-runner: runner registration ${known.join(', ')} was left in place: ${platform.runners ? "input 'token' is not set" : 'this platform has no runner registry'}`,
    );
    return;
  }
  for (const id of known) {
    try {
      await platform.runners.remove(id, inputs.token);
      platform.log.info(`setup-gpu-runner: removed runner registration ${id}`);
    } catch (error) {
      platform.log.warning(`setup-gpu-runner: could not remove runner registration ${id}: ${messageOf(error)}`);
    }
  }
}

function registryOf(platform: Platform): RunnerRegistry {
  if (!platform.runners) throw new UserError(`setup-gpu-runner: mode 'provision' registers a runner on GitHub or GitLab, and runs on ${platform.context.platform} here`);
  return platform.runners;
}

function requireToken(inputs: GpuInputs, runners: RunnerRegistry): string {
  if (inputs.token) return inputs.token;
  throw new UserError(`setup-gpu-runner: input 'token' is required for mode 'provision': ${runners.tokenHint}`);
}

function regionOf(inputs: GpuInputs, env: NodeJS.ProcessEnv, saved?: string): string {
  const region = inputs.region ?? saved ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION);
  if (!region) throw new UserError("setup-gpu-runner: no AWS region: set input 'region' or AWS_REGION (aws-actions/configure-aws-credentials sets it)");
  return region;
}

async function waitOnline(runners: RunnerRegistry, id: number, token: string, timeoutMs: number, pollMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await (runners.status as NonNullable<RunnerRegistry['status']>)(id, token);
    if (state !== 'offline') return; // online, or already done with its one job
    if (Date.now() + pollMs > deadline) {
      throw new UserError(
        `setup-gpu-runner: the machine is running but its runner did not connect within ${formatDuration(timeoutMs)}: the image may lack the runner (/opt/actions-runner or gitlab-runner), or the instance cannot reach GitHub/GitLab (egress in the subnet and security group)`,
      );
    }
    await sleep(pollMs);
  }
}
