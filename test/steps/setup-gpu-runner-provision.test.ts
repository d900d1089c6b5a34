import {
  DescribeImagesCommand,
  DescribeInstancesCommand,
  EC2Client,
  type DescribeInstancesCommandInput,
  RunInstancesCommand,
  TerminateInstancesCommand,
  type Instance,
  type RunInstancesCommandInput,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExternalError, UserError } from '../../src/core/errors.js';
import type { RunnerRegistry } from '../../src/platform/platform.js';
import type { GpuInputs } from '../../src/steps/setup-gpu-runner/step.js';
import { stepInputs } from '../helpers/step-run.js';
import { post, provision, reap, stop } from '../../src/steps/setup-gpu-runner/provision.js';
import { FakePlatform, localContext } from '../helpers/fake-platform.js';

const ec2 = mockClient(EC2Client);
const env = { GITHUB_RUN_ID: '555', GITHUB_RUN_ATTEMPT: '2', AWS_REGION: 'eu-west-1' } as NodeJS.ProcessEnv;
const now = () => new Date('2030-01-01T10:00:00Z');
const fast = { env, now, pollMs: 1, waitTimeoutMs: 1000 };
const JIT = 'ZW5jb2RlZC1qaXQtY29uZmln';

const inputs = (extra: Partial<GpuInputs> = {}): GpuInputs =>
  ({
    mode: 'provision',
    minGpus: 1,
    allowCpu: false,
    gpus: [],
    output: 'modelgate-gpu',
    instanceType: 'g5.xlarge',
    runnerTimeout: 600_000,
    ami: 'ami-0123',
    subnet: 'subnet-1',
    securityGroup: 'sg-1',
    market: 'spot-or-on-demand',
    diskSize: 200,
    maxLifetime: 90 * 60_000,
    allowForks: false,
    token: 'ghp_admin',
    ...extra,
  }) as GpuInputs;

/** A registry that records what the step asked for, in order with the EC2 calls. */
function registry(events: string[], options: { registerFails?: boolean; on?: 'github' | 'gitlab' } = {}): RunnerRegistry & { removed: number[] } {
  const removed: number[] = [];
  return {
    removed,
    tokenHint: options.on === 'gitlab' ? 'a token with create_runner (CI_JOB_TOKEN cannot)' : "a PAT (the job's GITHUB_TOKEN cannot)",
    async register({ name, labels, token }) {
      events.push(`register ${name} [${labels.join(',')}] ${token}`);
      if (options.registerFails) throw new UserError('no admin rights');
      return { platform: 'github', secret: JIT, id: 23, url: 'https://github.com' };
    },
    async remove(id) {
      events.push(`remove ${id}`);
      removed.push(id);
    },
  };
}

function setup(extra: Parameters<typeof localContext>[1] = {}, registryOptions = {}) {
  const events: string[] = [];
  const runners = registry(events, { on: extra.platform === 'gitlab' ? 'gitlab' : 'github', ...registryOptions });
  const platform = Object.assign(new FakePlatform(localContext('/ws', { platform: 'github', repository: 'octo/repo', runId: '555', attempt: '2', ...extra })), { runners });
  return { platform, runners, events };
}

const awsError = (name: string, status = 400) => Object.assign(new Error(`${name}: the message`), { name, $metadata: { httpStatusCode: status } });
const instance = (id: string, state: string, tags: Record<string, string>, launched?: string): Instance => ({
  InstanceId: id,
  State: { Name: state as never },
  Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
  LaunchTime: launched ? new Date(launched) : undefined,
});
const reservations = (...instances: Instance[]) => ({ Reservations: [{ Instances: instances }] });
/**
 * Answers tag-filtered DescribeInstances calls whose filters satisfy `match` with `answers` in turn (the last
 * one from then on), anything else filtered with none, and polls of `i-1` with running.
 */
function listing(match: (input: DescribeInstancesCommandInput) => boolean, ...answers: Instance[][]): void {
  let n = 0;
  ec2.on(DescribeInstancesCommand).callsFake((input: DescribeInstancesCommandInput) => {
    if (input.InstanceIds?.[0] === 'i-1') return reservations(instance('i-1', 'running', {}));
    if (!match(input)) return { Reservations: [] };
    return reservations(...(answers[Math.min(n++, answers.length - 1)] ?? []));
  });
}
const hasFilter = (name: string, value: string) => (input: DescribeInstancesCommandInput) => Boolean(input.Filters?.some((f) => f.Name === name && f.Values?.includes(value)));
const runInputs = () => ec2.commandCalls(RunInstancesCommand).map((c) => c.args[0].input as RunInstancesCommandInput);
const terminated = () => ec2.commandCalls(TerminateInstancesCommand).map((c) => c.args[0].input.InstanceIds);
const userData = (input: RunInstancesCommandInput) => Buffer.from(input.UserData ?? '', 'base64').toString('utf8');

beforeEach(() => {
  ec2.reset();
  ec2.on(DescribeInstancesCommand, { InstanceIds: ['i-1'] }).resolves(reservations(instance('i-1', 'running', {})));
  ec2.on(TerminateInstancesCommand).resolves({});
  ec2.on(DescribeImagesCommand, { ImageIds: ['ami-0123'] }).resolves({ Images: [{ ImageId: 'ami-0123', RootDeviceName: '/dev/xvda' }] });
});
afterEach(() => ec2.reset());

describe('setup-gpu-runner provision', () => {
  it('registers right before RunInstances and launches a tagged spot instance whose user-data runs one job and powers off', async () => {
    const { platform, events } = setup();
    ec2.on(RunInstancesCommand).callsFake(() => {
      events.push('RunInstances');
      return { Instances: [{ InstanceId: 'i-1' }] };
    });
    expect(await provision(platform, inputs(), fast)).toEqual({});

    const label = platform.outputs.label as string;
    expect(label).toMatch(/^modelgate-gpu-555-2-[0-9a-f]{8}$/);
    expect(events).toEqual([`register ${label} [${label}] ghp_admin`, 'RunInstances']);
    const [input] = runInputs();
    expect(input).toMatchObject({
      ImageId: 'ami-0123',
      InstanceType: 'g5.xlarge',
      MinCount: 1,
      MaxCount: 1,
      SubnetId: 'subnet-1',
      SecurityGroupIds: ['sg-1'],
      InstanceInitiatedShutdownBehavior: 'terminate',
      BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 200, DeleteOnTermination: true } }],
      InstanceMarketOptions: { MarketType: 'spot', SpotOptions: { SpotInstanceType: 'one-time', InstanceInterruptionBehavior: 'terminate' } },
    });
    const tags = Object.fromEntries(input?.TagSpecifications?.[0]?.Tags?.map((t) => [t.Key, t.Value]) ?? []);
    expect(input?.TagSpecifications?.[0]?.ResourceType).toBe('instance');
    expect(tags).toEqual({
      Name: label,
      'modelgate:repository': 'octo/repo',
      'modelgate:run-id': '555',
      'modelgate:label': label,
      'modelgate:expires-at': '2030-01-01T11:30:00.000Z',
      'modelgate:runner-id': '23',
    });
    const script = userData(input as RunInstancesCommandInput);
    expect(script.split('\n').slice(0, 5)).toEqual([
      '#!/bin/bash',
      `# modelgate: single-use runner ${label}`,
      "shutdown -h +90 'modelgate: max-lifetime reached'",
      'command -v systemd-run >/dev/null && systemd-run --quiet --unit=modelgate-lifetime --on-active=90m systemctl poweroff --force || true',
      "trap 'shutdown -h now' EXIT",
    ]);
    expect(script).toContain(`./run.sh --jitconfig '${JIT}'`);

    expect(platform.outputs['instance-id']).toBe('i-1');
    expect(platform.state).toEqual({ region: 'eu-west-1', label, 'runner-id': '23', 'instance-id': 'i-1' });
    expect(platform.masked).toEqual(expect.arrayContaining([JIT, input?.UserData]));
    expect([...platform.logs, ...platform.summaries.map((s) => s.markdown)].join('\n')).not.toContain(JIT);
    expect(platform.summaries[0]?.markdown).toContain('i-1 (g5.xlarge, spot, eu-west-1)');
  });

  it('falls back to on-demand when spot has no capacity', async () => {
    const { platform } = setup();
    ec2
      .on(RunInstancesCommand)
      .rejectsOnce(awsError('InsufficientInstanceCapacity', 500))
      .resolves({ Instances: [{ InstanceId: 'i-1' }] });
    await provision(platform, inputs(), fast);
    const [spot, onDemand] = runInputs();
    expect(spot?.InstanceMarketOptions?.MarketType).toBe('spot');
    expect(onDemand?.InstanceMarketOptions).toBeUndefined();
    expect(userData(onDemand as RunInstancesCommandInput)).toBe(userData(spot as RunInstancesCommandInput));
    expect(platform.logs.join('\n')).toMatch(/warning: AWS EC2: no spot capacity for g5\.xlarge in eu-west-1: InsufficientInstanceCapacity.*starting on-demand instead/);
    expect(platform.summaries[0]?.markdown).toContain('on-demand');
  });

  it.each(['MaxSpotInstanceCountExceeded', 'SpotMaxPriceTooLow'])('falls back on %s too', async (code) => {
    const { platform } = setup();
    ec2
      .on(RunInstancesCommand)
      .rejectsOnce(awsError(code))
      .resolves({ Instances: [{ InstanceId: 'i-1' }] });
    await provision(platform, inputs(), fast);
    expect(runInputs()).toHaveLength(2);
  });

  it("market 'spot' without capacity fails, removes the registration and starts nothing", async () => {
    const { platform, runners } = setup();
    ec2.on(RunInstancesCommand).rejects(awsError('InsufficientInstanceCapacity', 500));
    const error = await provision(platform, inputs({ market: 'spot' }), fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExternalError);
    expect((error as Error).message).toMatch(/no spot capacity.*set input 'market' to 'spot-or-on-demand'/);
    expect(runInputs()).toHaveLength(1);
    expect(runners.removed).toEqual([23]);
    expect(terminated()).toEqual([]);
  });

  it("market 'on-demand' sends no market options", async () => {
    const { platform } = setup();
    ec2.on(RunInstancesCommand).resolves({ Instances: [{ InstanceId: 'i-1' }] });
    await provision(platform, inputs({ market: 'on-demand' }), fast);
    expect(runInputs()[0]?.InstanceMarketOptions).toBeUndefined();
  });

  it('a RunInstances refusal names the input and removes the registration', async () => {
    const { platform, runners } = setup();
    ec2.on(RunInstancesCommand).rejects(awsError('InvalidAMIID.NotFound'));
    const error = await provision(platform, inputs(), fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^setup-gpu-runner: input 'ami': EC2 in eu-west-1 refused to start a spot g5.xlarge instance: InvalidAMIID.NotFound/);
    expect(runners.removed).toEqual([23]);
    expect(platform.outputs).toEqual({});
  });

  it('a start that fails halfway (the instance never runs) terminates it and removes the registration', async () => {
    const { platform, runners } = setup();
    ec2.on(RunInstancesCommand).resolves({ Instances: [{ InstanceId: 'i-2' }] });
    ec2
      .on(DescribeInstancesCommand, { InstanceIds: ['i-2'] })
      .rejectsOnce(awsError('InvalidInstanceID.NotFound'))
      .resolvesOnce(reservations(instance('i-2', 'pending', {})))
      .resolves(reservations({ ...instance('i-2', 'terminated', {}), StateReason: { Message: 'Server.InsufficientInstanceCapacity: Insufficient capacity.' } }));
    const error = await provision(platform, inputs(), fast).catch((e: unknown) => e);
    expect((error as Error).message).toBe("AWS EC2: instance i-2 went to 'terminated' instead of running (Server.InsufficientInstanceCapacity: Insufficient capacity.)");
    expect(terminated()).toEqual([['i-2']]);
    expect(runners.removed).toEqual([23]);
    expect(platform.outputs).toEqual({});
  });

  it('says what it could not take back when the clean-up fails too', async () => {
    const { platform } = setup();
    ec2.on(RunInstancesCommand).resolves({ Instances: [{ InstanceId: 'i-3' }] });
    ec2.on(DescribeInstancesCommand, { InstanceIds: ['i-3'] }).resolves(reservations(instance('i-3', 'pending', {})));
    ec2.on(TerminateInstancesCommand).rejects(awsError('RequestLimitExceeded', 503));
    const error = await provision(platform, inputs(), { ...fast, waitTimeoutMs: 20 }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /^AWS EC2: instance i-3 was not running after 0s; and instance i-3 could not be terminated \(.*RequestLimitExceeded.*\): terminate it in the EC2 console$/,
    );
  });

  it('refuses fork pull requests unless allow-forks', async () => {
    const fork = { number: 1, baseRef: 'main', headSha: 'abc', fork: true };
    const { platform, events } = setup({ changeRequest: fork });
    await expect(provision(platform, inputs(), fast)).rejects.toThrow(/refusing to start a machine for a pull request from a fork.*'allow-forks'/);
    expect(events).toEqual([]);
    ec2.on(RunInstancesCommand).resolves({ Instances: [{ InstanceId: 'i-1' }] });
    await provision(setup({ changeRequest: fork }).platform, inputs({ allowForks: true }), fast);
  });

  it('needs a runner registry, a token, an AMI and a region', async () => {
    const local = new FakePlatform(localContext('/ws'));
    await expect(provision(local, inputs(), fast)).rejects.toThrow(/registers a runner on GitHub or GitLab, and runs on local here/);
    await expect(provision(setup().platform, inputs({ token: undefined }), fast)).rejects.toThrow(/input 'token' is required.*GITHUB_TOKEN cannot/);
    await expect(provision(setup({ platform: 'gitlab' }).platform, inputs({ token: undefined }), fast)).rejects.toThrow(/create_runner.*CI_JOB_TOKEN cannot/);
    await expect(provision(setup().platform, inputs({ ami: undefined }), fast)).rejects.toThrow(/input 'ami' is required/);
    await expect(provision(setup().platform, inputs(), { ...fast, env: {} })).rejects.toThrow(/no AWS region: set input 'region' or AWS_REGION/);
    // A lifetime is checked where every input is, before any mode runs.
    await expect(stepInputs('setup-gpu-runner', new FakePlatform(localContext('/ws'), { 'max-lifetime': 'forever' }))).rejects.toThrow(/input 'max-lifetime' must be a duration/);
    await expect(stepInputs('setup-gpu-runner', new FakePlatform(localContext('/ws'), { 'max-lifetime': '30s' }))).rejects.toThrow(
      /input 'max-lifetime' must be at least 1m, got '30s'/,
    );
    expect(runInputs()).toEqual([]);
  });

  it('checks the image before registering anything', async () => {
    const { platform, events } = setup();
    ec2.on(DescribeImagesCommand, { ImageIds: ['ami-gone'] }).resolves({ Images: [] });
    await expect(provision(platform, inputs({ ami: 'ami-gone' }), fast)).rejects.toThrow("setup-gpu-runner: input 'ami': no image ami-gone is visible in eu-west-1");
    ec2.on(DescribeImagesCommand, { ImageIds: ['ami-bad'] }).rejects(awsError('InvalidAMIID.Malformed'));
    await expect(provision(platform, inputs({ ami: 'ami-bad' }), fast)).rejects.toThrow(/input 'ami': EC2 in eu-west-1 refused to look up image ami-bad: InvalidAMIID.Malformed/);
    ec2.on(DescribeImagesCommand, { ImageIds: ['ami-denied'] }).rejects(awsError('UnauthorizedOperation', 403));
    await expect(provision(platform, inputs({ ami: 'ami-denied' }), fast)).rejects.toThrow(
      /the AWS credentials may not look up image ami-denied in eu-west-1 \(UnauthorizedOperation\): allow ec2:DescribeImages/,
    );
    ec2
      .on(DescribeImagesCommand, { ImageIds: ['ami-nocreds'] })
      .rejects(Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }));
    await expect(provision(platform, inputs({ ami: 'ami-nocreds' }), fast)).rejects.toThrow(/no AWS credentials to look up image ami-nocreds: .*configure-aws-credentials/);
    expect(events).toEqual([]);
    expect(runInputs()).toEqual([]);
  });

  it('registers nothing when the registration fails, and starts nothing', async () => {
    const { platform } = setup({}, { registerFails: true });
    await expect(provision(platform, inputs(), fast)).rejects.toThrow('no admin rights');
    expect(runInputs()).toEqual([]);
  });

  it('uses input region over AWS_REGION', async () => {
    const { platform } = setup();
    ec2.on(RunInstancesCommand).resolves({ Instances: [{ InstanceId: 'i-1' }] });
    await provision(platform, inputs({ region: 'us-east-2' }), fast);
    expect(await ec2.commandCalls(RunInstancesCommand)[0]?.thisValue.config.region()).toBe('us-east-2');
  });
});

describe('setup-gpu-runner stop, reap and the post step', () => {
  const byLabel = (label: string) => hasFilter('tag:modelgate:label', label);

  it('stop terminates the instances of a label and removes their registration; a second stop finds nothing and succeeds', async () => {
    const { platform, runners } = setup();
    listing(
      byLabel('modelgate-gpu-1-1-ab'),
      [instance('i-7', 'running', { 'modelgate:label': 'modelgate-gpu-1-1-ab', 'modelgate:runner-id': '23' })],
      [instance('i-7', 'terminated', { 'modelgate:label': 'modelgate-gpu-1-1-ab', 'modelgate:runner-id': '23' })],
    );
    await stop(platform, inputs({ mode: 'stop', label: 'modelgate-gpu-1-1-ab' }), fast);
    expect(terminated()).toEqual([['i-7']]);
    expect(runners.removed).toEqual([23]);
    expect(platform.logs).toContain("setup-gpu-runner: terminated i-7 (was running) of runner 'modelgate-gpu-1-1-ab'");

    expect(await stop(platform, inputs({ mode: 'stop', label: 'modelgate-gpu-1-1-ab' }), fast)).toEqual({});
    expect(terminated()).toHaveLength(1);
    // The registration is removed again: the registry treats a gone one as success.
    expect(runners.removed).toEqual([23, 23]);
    expect(platform.logs).toContain("setup-gpu-runner: no instance with label 'modelgate-gpu-1-1-ab' is running in eu-west-1: nothing to stop");
    const filters = ec2.commandCalls(DescribeInstancesCommand)[0]?.args[0].input.Filters;
    expect(filters).toContainEqual({ Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'terminated'] });
  });

  it('stop with nothing ever started succeeds, with or without a label', async () => {
    const { platform, runners } = setup();
    listing(byLabel('modelgate-gpu-1-1-gone'), []);
    expect(await stop(platform, inputs({ mode: 'stop', label: 'modelgate-gpu-1-1-gone' }), fast)).toEqual({});
    expect(terminated()).toEqual([]);
    expect(runners.removed).toEqual([]);
    expect(await stop(platform, inputs({ mode: 'stop' }), fast)).toEqual({});
    expect(platform.logs.join('\n')).toMatch(/no 'label' .*: nothing to stop/);
  });

  it('stop without a token terminates and warns that the registration is left', async () => {
    const { platform } = setup();
    listing(byLabel('modelgate-gpu-1-1-l'), [instance('i-8', 'pending', { 'modelgate:runner-id': '9' })]);
    await stop(platform, inputs({ mode: 'stop', label: 'modelgate-gpu-1-1-l', token: undefined }), fast);
    expect(terminated()).toEqual([['i-8']]);
    expect(platform.logs).toContain("warning: setup-gpu-runner: runner registration 9 was left in place: input 'token' is not set");
  });

  it('reap terminates only instances past their lifetime, and reports each', async () => {
    const { platform, runners } = setup();
    listing(hasFilter('tag-key', 'modelgate:label'), [
      instance('i-old', 'running', {
        'modelgate:label': 'a',
        'modelgate:expires-at': '2030-01-01T09:00:00.000Z',
        'modelgate:repository': 'octo/repo',
        'modelgate:run-id': '1',
        'modelgate:runner-id': '31',
      }),
      instance('i-new', 'running', { 'modelgate:label': 'b', 'modelgate:expires-at': '2030-01-01T11:00:00.000Z', 'modelgate:repository': 'octo/repo' }),
      instance('i-other', 'stopped', {
        'modelgate:label': 'c',
        'modelgate:expires-at': '2029-12-31T00:00:00.000Z',
        'modelgate:repository': 'someone/else',
        'modelgate:runner-id': '32',
      }),
      // No expiry tag: its launch time plus max-lifetime (90m) decides.
      instance('i-untagged-old', 'running', { 'modelgate:label': 'd' }, '2030-01-01T08:00:00Z'),
      instance('i-untagged-new', 'running', { 'modelgate:label': 'e' }, '2030-01-01T09:45:00Z'),
    ]);
    await reap(platform, inputs({ mode: 'reap' }), fast);
    expect(terminated()).toEqual([['i-old', 'i-other', 'i-untagged-old']]);
    expect(platform.logs).toContain("setup-gpu-runner: terminated i-old (running, runner 'a' of octo/repo, run 1), past its lifetime since 2030-01-01T09:00:00.000Z");
    expect(platform.logs.join('\n')).toContain("i-other (stopped, runner 'c' of someone/else");
    expect(runners.removed).toEqual([31]);
    const filters = ec2.commandCalls(DescribeInstancesCommand)[0]?.args[0].input.Filters;
    expect(filters).toContainEqual({ Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] });
  });

  it('reap with nothing expired terminates nothing', async () => {
    const { platform } = setup();
    listing(hasFilter('tag-key', 'modelgate:label'), []);
    await reap(platform, inputs({ mode: 'reap' }), fast);
    expect(terminated()).toEqual([]);
    expect(platform.logs).toContain('setup-gpu-runner: no modelgate instance in eu-west-1 is past its lifetime');
  });

  it('post does nothing when provision never started (no state), and calls no AWS API', async () => {
    const { platform, runners } = setup();
    expect(await post(platform, inputs())).toEqual({});
    expect(ec2.calls()).toHaveLength(0);
    expect(runners.removed).toEqual([]);
  });

  it('post terminates what provision started and removes the registration; run twice, it still succeeds', async () => {
    const { platform, runners } = setup();
    ec2.on(RunInstancesCommand).resolves({ Instances: [{ InstanceId: 'i-1' }] });
    await provision(platform, inputs(), fast);
    const label = platform.outputs.label as string;
    listing(byLabel(label), [instance('i-1', 'running', {})], []);
    await post(platform, inputs());
    expect(terminated()).toEqual([['i-1']]);
    expect(runners.removed).toEqual([23]);
    // Terminated long ago: EC2 no longer knows the id.
    ec2.on(TerminateInstancesCommand).rejects(awsError('InvalidInstanceID.NotFound'));
    expect(await post(platform, inputs())).toEqual({});
  });

  it('post after a start cancelled mid-launch (no instance id saved) finds the instance by its label', async () => {
    const { platform, runners } = setup();
    Object.assign(platform.state, { region: 'eu-west-1', label: 'modelgate-gpu-1-1-ff', 'runner-id': '23' });
    listing(byLabel('modelgate-gpu-1-1-ff'), [instance('i-9', 'pending', {})]);
    await post(platform, inputs());
    expect(terminated()).toEqual([['i-9']]);
    expect(runners.removed).toEqual([23]);
  });
});

it('stop refuses a label that is not one provision made, and has nothing to do without one', async () => {
  const { stop } = await import('../../src/steps/setup-gpu-runner/provision.js');
  const { FakePlatform, localContext } = await import('../helpers/fake-platform.js');
  for (const label of ['*', '$SETUP_GPU_RUNNER_LABEL']) {
    const p = new FakePlatform(localContext('/tmp'), { mode: 'stop', label, region: 'us-east-1' });
    await expect(stop(p, await stepInputs<GpuInputs>('setup-gpu-runner', p))).rejects.toThrow(/input 'label' must be the 'label' output of mode 'provision'/);
  }
  const empty = new FakePlatform(localContext('/tmp'), { mode: 'stop', region: 'us-east-1' });
  expect(await stop(empty, await stepInputs<GpuInputs>('setup-gpu-runner', empty))).toEqual({});
  expect(empty.logs.join('\n')).toMatch(/nothing to stop/);
});
