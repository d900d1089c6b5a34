import { ExternalError, UserError, messageOf } from '../../core/errors.js';
import { sleep } from '../../core/retry.js';

const SERVICE = 'AWS EC2';

/** The tags every modelgate instance carries; `stop` and `reap` find instances by them. */
export const TAG = {
  repository: 'modelgate:repository',
  runId: 'modelgate:run-id',
  label: 'modelgate:label',
  expiresAt: 'modelgate:expires-at',
  runnerId: 'modelgate:runner-id',
} as const;

/** States in which an instance still exists (and may cost money). */
export const LIVE_STATES = ['pending', 'running', 'stopping', 'stopped'];

/** Errors that mean "no spot capacity now" (or none at this price), where on-demand may still work. */
const SPOT_CAPACITY = new Set([
  'InsufficientInstanceCapacity',
  'InsufficientCapacity',
  'InsufficientHostCapacity',
  'MaxSpotInstanceCountExceeded',
  'SpotMaxPriceTooLow',
  'UnfulfillableCapacity',
]);

/** Which input to fix for an EC2 error code prefix. */
const INPUT_OF: [RegExp, string][] = [
  [/^InvalidAMIID\./, 'ami'],
  [/^InvalidSubnetID\./, 'subnet'],
  [/^InvalidGroup(Id)?\./, 'security-group'],
  [/^InvalidInstanceType|^Unsupported$/, 'instance-type'],
];

/** What a launch needs, in our terms. */
export interface LaunchSpec {
  instanceType: string;
  ami: string;
  subnet?: string;
  securityGroup?: string;
  diskSizeGiB: number;
  /** The image's root device (`/dev/xvda`, `/dev/sda1`), from {@link Ec2.rootDevice}. */
  rootDevice: string;
  /** Base64 of the boot script. */
  userData: string;
  tags: Record<string, string>;
}

/** An instance as `stop` and `reap` see it. */
export interface InstanceInfo {
  id: string;
  state: string;
  tags: Record<string, string>;
  launchTime?: Date;
}

/** The few EC2 calls the step makes, with errors already turned into {@link UserError}/{@link ExternalError}. */
export interface Ec2 {
  readonly region: string;
  /** The root device name of an image (which differs between AMI families); checks that the image exists. */
  rootDevice(ami: string): Promise<string>;
  /** RunInstances with `market` (`spot` or `on-demand`); the instance id. */
  launch(spec: LaunchSpec, market: 'spot' | 'on-demand'): Promise<string>;
  /** Polls until the instance runs; throws when it ends instead or `timeoutMs` passes. */
  waitRunning(id: string, timeoutMs: number, pollMs: number): Promise<void>;
  /** Terminates instances; ones that are gone already are success. */
  terminate(ids: string[]): Promise<void>;
  /** Instances in `states` (default: the live ones) carrying all of `tags` (a value of `*` matches any value). */
  find(tags: Record<string, string>, states?: string[]): Promise<InstanceInfo[]>;
}

/** A spot launch that found no capacity (or none at the price), where on-demand may still work. */
export class SpotCapacityError extends ExternalError {}

/**
 * An {@link Ec2} for `region`. The SDK is imported here, not at startup (it is large and only these modes
 * use it); credentials come from its default chain (environment, web identity from
 * aws-actions/configure-aws-credentials, instance profile).
 */
export async function connectEc2(region: string): Promise<Ec2> {
  const sdk = await import('@aws-sdk/client-ec2');
  const client = new sdk.EC2Client({ region });
  const call = async <T>(what: string, send: () => Promise<T>, special?: (error: unknown) => Error | undefined): Promise<T> => {
    try {
      return await send();
    } catch (error) {
      throw special?.(error) ?? awsError(error, what, region);
    }
  };
  return {
    region,
    async rootDevice(ami) {
      const output = await call(`look up image ${ami}`, () => client.send(new sdk.DescribeImagesCommand({ ImageIds: [ami] })));
      const device = output.Images?.[0]?.RootDeviceName;
      if (!device) throw new UserError(`setup-gpu-runner: input 'ami': no image ${ami} is visible in ${region}`);
      return device;
    },
    async launch(spec, market) {
      const tags = Object.entries(spec.tags).map(([Key, Value]) => ({ Key, Value }));
      const what = `start a ${market} ${spec.instanceType} instance`;
      const output = await call(
        what,
        () =>
          client.send(
            new sdk.RunInstancesCommand({
              ImageId: spec.ami,
              InstanceType: spec.instanceType as never,
              MinCount: 1,
              MaxCount: 1,
              SubnetId: spec.subnet,
              SecurityGroupIds: spec.securityGroup ? [spec.securityGroup] : undefined,
              UserData: spec.userData,
              // Powering off (the job ended, the lifetime ran out) deletes the machine instead of parking it.
              InstanceInitiatedShutdownBehavior: 'terminate',
              // Resizes the image's own root volume; any other device name would add a second, empty volume.
              BlockDeviceMappings: [{ DeviceName: spec.rootDevice, Ebs: { VolumeSize: spec.diskSizeGiB, VolumeType: 'gp3', DeleteOnTermination: true } }],
              // IMDSv2 with one hop: a job's containers cannot read the user-data (with its runner secret).
              MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1 },
              // The SDK retries a request whose answer was lost: the same token cannot start a second machine.
              // Per market: the on-demand fallback is a different request and must not match the spot one.
              ClientToken: spec.tags.Name ? `${spec.tags.Name}-${market}`.slice(0, 64) : undefined,
              InstanceMarketOptions:
                market === 'spot' ? { MarketType: 'spot', SpotOptions: { SpotInstanceType: 'one-time', InstanceInterruptionBehavior: 'terminate' } } : undefined,
              // Tagged at creation, so `stop` and `reap` can find the instance from its first second.
              TagSpecifications: [
                { ResourceType: 'instance', Tags: tags },
                { ResourceType: 'volume', Tags: tags },
              ],
            }),
          ),
        (error) => {
          const code = codeOf(error);
          // `Unsupported` for spot: this type has no spot market in the subnet's zone.
          if (market === 'spot' && (SPOT_CAPACITY.has(code) || code === 'Unsupported')) {
            return new SpotCapacityError(`${SERVICE}: no spot capacity for ${spec.instanceType} in ${region}: ${code}: ${messageOf(error).slice(0, 300)}`, SERVICE, 500, true);
          }
          return undefined;
        },
      );
      const id = output.Instances?.[0]?.InstanceId;
      if (!id) throw new ExternalError(`${SERVICE}: RunInstances in ${region} answered without an instance id`, SERVICE, undefined, false);
      return id;
    },
    async waitRunning(id, timeoutMs, pollMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        let state: string | undefined;
        let reason: string | undefined;
        try {
          const output = await client.send(new sdk.DescribeInstancesCommand({ InstanceIds: [id] }));
          const instance = output.Reservations?.[0]?.Instances?.[0];
          state = instance?.State?.Name;
          reason = instance?.StateReason?.Message;
        } catch (error) {
          // A new instance is not visible to every endpoint at once.
          if (codeOf(error) !== 'InvalidInstanceID.NotFound') throw awsError(error, `describe instance ${id}`, region);
        }
        if (state === 'running') return;
        if (state && state !== 'pending') {
          throw new ExternalError(`${SERVICE}: instance ${id} went to '${state}' instead of running${reason ? ` (${reason})` : ''}`, SERVICE, undefined, true);
        }
        if (Date.now() + pollMs > deadline) throw new ExternalError(`${SERVICE}: instance ${id} was not running after ${Math.round(timeoutMs / 1000)}s`, SERVICE, undefined, true);
        await sleep(pollMs);
      }
    },
    async terminate(ids) {
      if (ids.length === 0) return;
      try {
        await client.send(new sdk.TerminateInstancesCommand({ InstanceIds: ids }));
      } catch (error) {
        // Terminated instances vanish from the API after about an hour.
        if (codeOf(error) === 'InvalidInstanceID.NotFound' && ids.length === 1) return;
        throw awsError(error, `terminate ${ids.join(', ')}`, region);
      }
    },
    async find(tags, states = LIVE_STATES) {
      const Filters = [
        { Name: 'instance-state-name', Values: states },
        ...Object.entries(tags).map(([key, value]) => (value === '*' ? { Name: 'tag-key', Values: [key] } : { Name: `tag:${key}`, Values: [value] })),
      ];
      const found: InstanceInfo[] = [];
      let NextToken: string | undefined;
      do {
        const output = await call('list instances', () => client.send(new sdk.DescribeInstancesCommand({ Filters, NextToken })));
        for (const reservation of output.Reservations ?? []) {
          for (const instance of reservation.Instances ?? []) {
            if (!instance.InstanceId) continue;
            found.push({
              id: instance.InstanceId,
              state: instance.State?.Name ?? 'unknown',
              tags: Object.fromEntries((instance.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
              launchTime: instance.LaunchTime,
            });
          }
        }
        NextToken = output.NextToken;
      } while (NextToken);
      return found;
    },
  };
}

function codeOf(error: unknown): string {
  return (error as { name?: string; Code?: string } | undefined)?.Code ?? (error as { name?: string } | undefined)?.name ?? '';
}

/** An SDK error as ours: missing credentials and bad ids are the user's to fix, the rest is AWS's. */
function awsError(error: unknown, what: string, region: string): Error {
  if (error instanceof UserError || error instanceof ExternalError) return error;
  const code = codeOf(error);
  const message = messageOf(error).slice(0, 300);
  if (code === 'CredentialsProviderError' || /could not load credentials/i.test(message)) {
    return new UserError(
      `setup-gpu-runner: no AWS credentials to ${what}: give the job credentials (e.g. aws-actions/configure-aws-credentials with an IAM role, or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)`,
    );
  }
  if (code === 'UnauthorizedOperation' || code === 'AuthFailure') {
    return new UserError(
      `setup-gpu-runner: the AWS credentials may not ${what} in ${region} (${code}): allow ec2:DescribeImages, ec2:RunInstances, ec2:CreateTags, ec2:DescribeInstances and ec2:TerminateInstances`,
    );
  }
  const input = INPUT_OF.find(([pattern]) => pattern.test(code))?.[1];
  if (input) return new UserError(`setup-gpu-runner: input '${input}': EC2 in ${region} refused to ${what}: ${code}: ${message}`);
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return new ExternalError(
    `${SERVICE}: could not ${what} in ${region}: ${code || 'error'}: ${message}`,
    SERVICE,
    status,
    status === undefined || status >= 500 || SPOT_CAPACITY.has(code),
  );
}
