export const id = 3448;
export const ids = [3448];
export const modules = {

/***/ 68216:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony export backoffMs */
/**
 * The one retry loop and the one sleep. Callers differ only in their numbers (attempts, first wait, cap,
 * jitter) and in which failures they retry; keeping the loop here means a fix to it (abort handling,
 * Retry-After, caps) reaches every caller at once.
 */
/**
 * Sleeps `ms` milliseconds. With a signal, an abort ends the sleep at once and rejects with the signal's
 * reason (so a cancelled step does not sit out a long wait).
 */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/**
 * The wait after failed attempt `attempt` (from 1), before jitter and Retry-After:
 * `baseMs * factor^(attempt - 1)`, at most `capMs`.
 */
function backoffMs(attempt, options) {
    return Math.min(options.baseMs * (options.factor ?? 2) ** (attempt - 1), options.capMs ?? Infinity);
}
/**
 * Runs `fn` until it resolves, a failure is not `retryable`, or `attempts` are used up; then rejects with
 * the last failure as it was thrown. `fn` is given the attempt number (from 1), so work that must be
 * redone before another try (re-pushing blobs, asking an upload where it got to) can see that it is one.
 */
async function retry(fn, options) {
    if (!(options.attempts >= 1))
        throw new RangeError(`retry: attempts must be at least 1, got ${options.attempts}`);
    const wait = options.sleep ?? sleep;
    const random = options.random ?? Math.random;
    for (let attempt = 1;; attempt++) {
        options.signal?.throwIfAborted();
        try {
            return await fn(attempt);
        }
        catch (error) {
            if (attempt >= options.attempts || !(options.retryable?.(error, attempt) ?? true))
                throw error;
            const backoff = backoffMs(attempt, options);
            const jittered = options.jitter ? random() * backoff : backoff;
            // The server's own estimate beats ours when longer; the cap still holds, so a server cannot park
            // a CI job for an hour.
            const delayMs = Math.min(Math.max(jittered, options.retryAfterMs?.(error) ?? 0), options.capMs ?? Infinity);
            options.onRetry?.({ error, attempt, delayMs });
            await wait(delayMs, options.signal);
        }
    }
}


/***/ }),

/***/ 33448:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  post: () => (/* binding */ post),
  provision: () => (/* binding */ provision),
  reap: () => (/* binding */ reap),
  stop: () => (/* binding */ stop)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/core/duration.js
var duration = __webpack_require__(61420);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/retry.js
var retry = __webpack_require__(68216);
;// CONCATENATED MODULE: ./build/steps/setup-gpu-runner/aws.js


const SERVICE = 'AWS EC2';
/** The tags every modelgate instance carries; `stop` and `reap` find instances by them. */
const TAG = {
    repository: 'modelgate:repository',
    runId: 'modelgate:run-id',
    label: 'modelgate:label',
    expiresAt: 'modelgate:expires-at',
    runnerId: 'modelgate:runner-id',
};
/** States in which an instance still exists (and may cost money). */
const LIVE_STATES = ['pending', 'running', 'stopping', 'stopped'];
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
const INPUT_OF = [
    [/^InvalidAMIID\./, 'ami'],
    [/^InvalidSubnetID\./, 'subnet'],
    [/^InvalidGroup(Id)?\./, 'security-group'],
    [/^InvalidInstanceType|^Unsupported$/, 'instance-type'],
];
/** A spot launch that found no capacity (or none at the price), where on-demand may still work. */
class SpotCapacityError extends errors/* ExternalError */.yA {
}
/**
 * An {@link Ec2} for `region`. The SDK is imported here, not at startup (it is large and only these modes
 * use it); credentials come from its default chain (environment, web identity from
 * aws-actions/configure-aws-credentials, instance profile).
 */
async function connectEc2(region) {
    const sdk = await __webpack_require__.e(/* import() */ 5193).then(__webpack_require__.t.bind(__webpack_require__, 35193, 19));
    const client = new sdk.EC2Client({ region });
    const call = async (what, send, special) => {
        try {
            return await send();
        }
        catch (error) {
            throw special?.(error) ?? awsError(error, what, region);
        }
    };
    return {
        region,
        async rootDevice(ami) {
            const output = await call(`look up image ${ami}`, () => client.send(new sdk.DescribeImagesCommand({ ImageIds: [ami] })));
            const device = output.Images?.[0]?.RootDeviceName;
            if (!device)
                throw new errors/* UserError */.yo(`setup-gpu-runner: input 'ami': no image ${ami} is visible in ${region}`);
            return device;
        },
        async launch(spec, market) {
            const tags = Object.entries(spec.tags).map(([Key, Value]) => ({ Key, Value }));
            const what = `start a ${market} ${spec.instanceType} instance`;
            const output = await call(what, () => client.send(new sdk.RunInstancesCommand({
                ImageId: spec.ami,
                InstanceType: spec.instanceType,
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
                InstanceMarketOptions: market === 'spot' ? { MarketType: 'spot', SpotOptions: { SpotInstanceType: 'one-time', InstanceInterruptionBehavior: 'terminate' } } : undefined,
                // Tagged at creation, so `stop` and `reap` can find the instance from its first second.
                TagSpecifications: [
                    { ResourceType: 'instance', Tags: tags },
                    { ResourceType: 'volume', Tags: tags },
                ],
            })), (error) => {
                const code = codeOf(error);
                // `Unsupported` for spot: this type has no spot market in the subnet's zone.
                if (market === 'spot' && (SPOT_CAPACITY.has(code) || code === 'Unsupported')) {
                    return new SpotCapacityError(`${SERVICE}: no spot capacity for ${spec.instanceType} in ${region}: ${code}: ${(0,errors/* messageOf */.bD)(error).slice(0, 300)}`, SERVICE, 500, true);
                }
                return undefined;
            });
            const id = output.Instances?.[0]?.InstanceId;
            if (!id)
                throw new errors/* ExternalError */.yA(`${SERVICE}: RunInstances in ${region} answered without an instance id`, SERVICE, undefined, false);
            return id;
        },
        async waitRunning(id, timeoutMs, pollMs) {
            const deadline = Date.now() + timeoutMs;
            for (;;) {
                let state;
                let reason;
                try {
                    const output = await client.send(new sdk.DescribeInstancesCommand({ InstanceIds: [id] }));
                    const instance = output.Reservations?.[0]?.Instances?.[0];
                    state = instance?.State?.Name;
                    reason = instance?.StateReason?.Message;
                }
                catch (error) {
                    // A new instance is not visible to every endpoint at once.
                    if (codeOf(error) !== 'InvalidInstanceID.NotFound')
                        throw awsError(error, `describe instance ${id}`, region);
                }
                if (state === 'running')
                    return;
                if (state && state !== 'pending') {
                    throw new errors/* ExternalError */.yA(`${SERVICE}: instance ${id} went to '${state}' instead of running${reason ? ` (${reason})` : ''}`, SERVICE, undefined, true);
                }
                if (Date.now() + pollMs > deadline)
                    throw new errors/* ExternalError */.yA(`${SERVICE}: instance ${id} was not running after ${Math.round(timeoutMs / 1000)}s`, SERVICE, undefined, true);
                await (0,retry/* sleep */.yy)(pollMs);
            }
        },
        async terminate(ids) {
            if (ids.length === 0)
                return;
            try {
                await client.send(new sdk.TerminateInstancesCommand({ InstanceIds: ids }));
            }
            catch (error) {
                // Terminated instances vanish from the API after about an hour.
                if (codeOf(error) === 'InvalidInstanceID.NotFound' && ids.length === 1)
                    return;
                throw awsError(error, `terminate ${ids.join(', ')}`, region);
            }
        },
        async find(tags, states = LIVE_STATES) {
            const Filters = [
                { Name: 'instance-state-name', Values: states },
                ...Object.entries(tags).map(([key, value]) => (value === '*' ? { Name: 'tag-key', Values: [key] } : { Name: `tag:${key}`, Values: [value] })),
            ];
            const found = [];
            let NextToken;
            do {
                const output = await call('list instances', () => client.send(new sdk.DescribeInstancesCommand({ Filters, NextToken })));
                for (const reservation of output.Reservations ?? []) {
                    for (const instance of reservation.Instances ?? []) {
                        if (!instance.InstanceId)
                            continue;
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
function codeOf(error) {
    return error?.Code ?? error?.name ?? '';
}
/** An SDK error as ours: missing credentials and bad ids are the user's to fix, the rest is AWS's. */
function awsError(error, what, region) {
    if (error instanceof errors/* UserError */.yo || error instanceof errors/* ExternalError */.yA)
        return error;
    const code = codeOf(error);
    const message = (0,errors/* messageOf */.bD)(error).slice(0, 300);
    if (code === 'CredentialsProviderError' || /could not load credentials/i.test(message)) {
        return new errors/* UserError */.yo(`setup-gpu-runner: no AWS credentials to ${what}: give the job credentials (e.g. aws-actions/configure-aws-credentials with an IAM role, or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)`);
    }
    if (code === 'UnauthorizedOperation' || code === 'AuthFailure') {
        return new errors/* UserError */.yo(`setup-gpu-runner: the AWS credentials may not ${what} in ${region} (${code}): allow ec2:DescribeImages, ec2:RunInstances, ec2:CreateTags, ec2:DescribeInstances and ec2:TerminateInstances`);
    }
    const input = INPUT_OF.find(([pattern]) => pattern.test(code))?.[1];
    if (input)
        return new errors/* UserError */.yo(`setup-gpu-runner: input '${input}': EC2 in ${region} refused to ${what}: ${code}: ${message}`);
    const status = error.$metadata?.httpStatusCode;
    return new errors/* ExternalError */.yA(`${SERVICE}: could not ${what} in ${region}: ${code || 'error'}: ${message}`, SERVICE, status, status === undefined || status >= 500 || SPOT_CAPACITY.has(code));
}

;// CONCATENATED MODULE: ./build/steps/setup-gpu-runner/user-data.js
/** Where the image has the GitHub runner unpacked, as GitHub's runner images and most GPU AMI recipes do. */
const DEFAULT_RUNNER_DIR = '/opt/actions-runner';
/** The GitLab runner's working folder (builds and cache of the one job). */
const DEFAULT_GITLAB_DIR = '/opt/modelgate-runner';
/**
 * The boot script of an ephemeral runner: schedules the power-off at the end of its lifetime before anything
 * else, runs exactly one job (GitHub `run.sh --jitconfig`, GitLab `gitlab-runner run-single --max-builds 1`),
 * and powers off when the runner exits for any reason. The instance is launched with shutdown behaviour
 * `terminate`, so powering off deletes it.
 *
 * It carries the single-use secret; callers mask it and never log the script.
 */
function renderUserData(options) {
    const { registration, label } = options;
    const minutes = Math.max(1, Math.ceil(options.lifetimeMinutes));
    const lines = [
        '#!/bin/bash',
        `# modelgate: single-use runner ${label}`,
        // First, so that nothing below (a hung download, a runner that never gets a job) outlives the limit.
        `shutdown -h +${minutes} 'modelgate: max-lifetime reached'`,
        // A second limit, independent of the first: a job (root on this machine) that cancels the scheduled
        // shutdown does not lift this timer.
        `command -v systemd-run >/dev/null && systemd-run --quiet --unit=modelgate-lifetime --on-active=${minutes}m systemctl poweroff --force || true`,
        // Whatever ends this script (one job done, a crash, a missing runner) powers the machine off.
        "trap 'shutdown -h now' EXIT",
    ];
    // The job must not find the runner's secret in cloud-init's copy of this script.
    const cloudInit = options.cloudInitDir ?? '/var/lib/cloud/instance';
    lines.push(`rm -f ${quote(`${cloudInit}/user-data.txt`)} ${quote(`${cloudInit}/user-data.txt.i`)} 2>/dev/null || true`);
    if (registration.platform === 'github') {
        lines.push(`cd ${quote(options.runnerDir ?? DEFAULT_RUNNER_DIR)} || exit 1`, 
        // cloud-init runs this as root, which the runner refuses without this; the machine is single-use.
        'export RUNNER_ALLOW_RUNASROOT=1', `./run.sh --jitconfig ${quote(registration.secret)}`);
    }
    else {
        const dir = options.gitlabDir ?? DEFAULT_GITLAB_DIR;
        lines.push(`mkdir -p ${quote(dir)} && cd ${quote(dir)} || exit 1`, [
            'gitlab-runner run-single',
            `--url ${quote(registration.url)}`,
            `--token ${quote(registration.secret)}`,
            '--executor shell',
            '--max-builds 1',
            `--name ${quote(label)}`,
            `--builds-dir ${quote(`${dir}/builds`)}`,
            `--cache-dir ${quote(`${dir}/cache`)}`,
        ].join(' '));
    }
    return `${lines.join('\n')}\n`;
}
/** A single-quoted shell word. */
function quote(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./build/steps/setup-gpu-runner/provision.js






/**
 * Mode `provision`: registers a single-use runner under a label unique to this run, starts an EC2 instance
 * whose boot script runs exactly one job with it and powers off (the instance terminates on power-off and
 * after `max-lifetime` at the latest), and outputs the `label` the next job runs on. A start that fails
 * halfway leaves nothing behind: the registration is removed and a created instance terminated.
 */
async function provision(platform, inputs, options = {}) {
    const { context, log } = platform;
    const env = options.env ?? process.env;
    if ((context.changeRequest?.fork || context.forkTrigger) && !inputs.allowForks) {
        throw new errors/* UserError */.yo("setup-gpu-runner: refusing to start a machine for a pull request from a fork (its code would run in your cloud account); set input 'allow-forks' to true to allow it");
    }
    const runners = registryOf(platform);
    const token = requireToken(inputs, runners);
    if (!inputs.ami)
        throw new errors/* UserError */.yo("setup-gpu-runner: input 'ami' is required for mode 'provision': the image to boot, with the GPU driver and the runner installed");
    const lifetimeMs = inputs.maxLifetime;
    const region = regionOf(inputs, env);
    const minutes = Math.ceil(lifetimeMs / 60_000);
    const expiresAt = new Date((options.now?.() ?? new Date()).getTime() + minutes * 60_000);
    const runId = context.runId || 'local';
    const label = `modelgate-gpu-${runId}-${context.attempt || '1'}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
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
    const spec = {
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
    let started;
    try {
        started = await launch(platform, ec2, spec, inputs.market);
    }
    catch (error) {
        throw await undo(platform, error, ec2, [], () => runners.remove(registration.id, token), registration.id);
    }
    platform.saveState?.('instance-id', started.id);
    try {
        await ec2.waitRunning(started.id, options.waitTimeoutMs ?? 10 * 60_000, options.pollMs ?? 5000);
        // Running is not ready: an image without the runner, or no way out to GitHub/GitLab, would leave the
        // next job queued for a day. Wait until the runner connects, or take the machine back.
        if (runners.status)
            await waitOnline(runners, registration.id, token, inputs.runnerTimeout, Math.min(options.pollMs ?? 5000, inputs.runnerTimeout / 5));
    }
    catch (error) {
        throw await undo(platform, error, ec2, [started.id], () => runners.remove(registration.id, token), registration.id);
    }
    platform.setOutput('label', label);
    platform.setOutput('instance-id', started.id);
    log.info(`setup-gpu-runner: ${started.market} ${inputs.instanceType} ${started.id} is running in ${region} as runner '${label}'; it terminates after its one job, at ${expiresAt.toISOString()} at the latest`);
    const rows = [
        ['Label', `\`${label}\``],
        ['Instance', `${started.id} (${inputs.instanceType}, ${started.market}, ${region})`],
        ['Terminates', `after one job, or at ${expiresAt.toISOString()} (max-lifetime ${(0,duration/* formatDuration */.a)(minutes * 60_000)})`],
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
async function stop(platform, inputs, options = {}) {
    const env = options.env ?? process.env;
    const label = inputs.label ?? platform.getState?.('label');
    if (!label) {
        // A provisioning job that failed early has no label; the stop job (if: always()) must not fail for it.
        platform.log.info("setup-gpu-runner: no 'label' (the provisioning job started nothing, or its output was not passed): nothing to stop");
        return {};
    }
    // Only a label provision made: a wildcard or an unexpanded variable must never match other runners.
    if (!/^modelgate-gpu-[0-9A-Za-z-]+$/.test(label)) {
        throw new errors/* UserError */.yo(`setup-gpu-runner: input 'label' must be the 'label' output of mode 'provision' (modelgate-gpu-...), got '${label}'`);
    }
    const ec2 = await connectEc2(regionOf(inputs, env, platform.getState?.('region')));
    // Terminated instances stay listed for about an hour; their tags still name the runner to remove.
    const all = await ec2.find({ [TAG.label]: label }, [...LIVE_STATES, 'shutting-down', 'terminated']);
    const live = all.filter((i) => LIVE_STATES.includes(i.state));
    if (live.length === 0)
        platform.log.info(`setup-gpu-runner: no instance with label '${label}' is running in ${ec2.region}: nothing to stop`);
    else {
        await ec2.terminate(live.map((i) => i.id));
        for (const i of live)
            platform.log.info(`setup-gpu-runner: terminated ${i.id} (was ${i.state}) of runner '${label}'`);
    }
    const ids = new Set(all.map((i) => Number(i.tags[TAG.runnerId])));
    if (label === platform.getState?.('label'))
        ids.add(Number(platform.getState?.('runner-id')));
    await removeRegistrations(platform, inputs, [...ids]);
    return {};
}
/**
 * Mode `reap`: terminates every modelgate instance in the region whose `modelgate:expires-at` is past (or,
 * without that tag, whose launch is longer ago than `max-lifetime`), for machines whose own shutdown failed.
 */
async function reap(platform, inputs, options = {}) {
    const env = options.env ?? process.env;
    const lifetimeMs = inputs.maxLifetime;
    const now = (options.now?.() ?? new Date()).getTime();
    const ec2 = await connectEc2(regionOf(inputs, env));
    const expired = [];
    for (const instance of await ec2.find({ [TAG.label]: '*' })) {
        const tagged = Date.parse(instance.tags[TAG.expiresAt] ?? '');
        const at = Number.isFinite(tagged) ? tagged : instance.launchTime ? instance.launchTime.getTime() + lifetimeMs : Number.NaN;
        if (at <= now)
            expired.push({ instance, at: new Date(at) });
    }
    if (expired.length === 0) {
        platform.log.info(`setup-gpu-runner: no modelgate instance in ${ec2.region} is past its lifetime`);
        return {};
    }
    await ec2.terminate(expired.map((e) => e.instance.id));
    for (const { instance, at } of expired) {
        const tags = instance.tags;
        platform.log.info(`setup-gpu-runner: terminated ${instance.id} (${instance.state}, runner '${tags[TAG.label]}' of ${tags[TAG.repository] ?? 'an unknown repository'}, run ${tags[TAG.runId] ?? '?'}), past its lifetime since ${at.toISOString()}`);
    }
    // Registrations belong to a repository; only this one's can be removed with this job's token.
    const ours = expired.filter((e) => e.instance.tags[TAG.repository] === platform.context.repository);
    await removeRegistrations(platform, inputs, ours.map((e) => Number(e.instance.tags[TAG.runnerId])));
    return {};
}
/**
 * GitHub's `post:` step of a `provision` job: terminates what this job started and removes its registration.
 * Finds the instance by the saved id and by its label (a start cancelled mid-launch saved no id). A job that
 * provisioned nothing, or whose machine is gone already, is success.
 */
async function post(platform, inputs) {
    const state = (name) => platform.getState?.(name);
    const label = state('label');
    const saved = state('instance-id');
    const region = state('region');
    if (!region || (!label && !saved))
        return {};
    const ec2 = await connectEc2(region);
    const ids = new Set(saved ? [saved] : []);
    if (label)
        for (const i of await ec2.find({ [TAG.label]: label }))
            ids.add(i.id);
    await ec2.terminate([...ids]);
    for (const id of ids)
        platform.log.info(`setup-gpu-runner: terminated ${id}${label ? ` of runner '${label}'` : ''}`);
    await removeRegistrations(platform, inputs, [Number(state('runner-id'))]);
    return {};
}
/** RunInstances in the chosen market, falling back from spot to on-demand when spot has no capacity. */
async function launch(platform, ec2, spec, market) {
    if (market === 'on-demand')
        return { id: await ec2.launch(spec, 'on-demand'), market };
    try {
        return { id: await ec2.launch(spec, 'spot'), market: 'spot' };
    }
    catch (error) {
        if (!(error instanceof SpotCapacityError))
            throw error;
        if (market === 'spot') {
            error.message += "; set input 'market' to 'spot-or-on-demand' to fall back to on-demand";
            throw error;
        }
        platform.log.warning(`${error.message}; starting on-demand instead`);
        return { id: await ec2.launch(spec, 'on-demand'), market: 'on-demand' };
    }
}
/** Takes back a half-done start; the original error, with what could not be taken back appended. */
async function undo(platform, error, ec2, instances, remove, runnerId) {
    const left = [];
    try {
        await ec2.terminate(instances);
        for (const id of instances)
            platform.log.info(`setup-gpu-runner: terminated ${id}, which did not start properly`);
    }
    catch (cleanup) {
        left.push(`instance ${instances.join(', ')} could not be terminated (${(0,errors/* messageOf */.bD)(cleanup)}): terminate it in the EC2 console`);
    }
    try {
        await remove();
    }
    catch (cleanup) {
        left.push(`runner registration ${runnerId} could not be removed (${(0,errors/* messageOf */.bD)(cleanup)})`);
    }
    if (left.length > 0 && error instanceof Error)
        error.message += `; and ${left.join('; ')}`;
    return error;
}
/** Removes registrations, warning (not failing) when it cannot: an unused one harms nothing but the runner list. */
async function removeRegistrations(platform, inputs, ids) {
    const known = [...new Set(ids)].filter((id) => Number.isInteger(id) && id > 0);
    if (known.length === 0)
        return;
    if (!platform.runners || !inputs.token) {
        platform.log.warning(`setup-gpu-runner: runner registration ${known.join(', ')} was left in place: ${platform.runners ? "input 'token' is not set" : 'this platform has no runner registry'}`);
        return;
    }
    for (const id of known) {
        try {
            await platform.runners.remove(id, inputs.token);
            platform.log.info(`setup-gpu-runner: removed runner registration ${id}`);
        }
        catch (error) {
            platform.log.warning(`setup-gpu-runner: could not remove runner registration ${id}: ${(0,errors/* messageOf */.bD)(error)}`);
        }
    }
}
function registryOf(platform) {
    if (!platform.runners)
        throw new errors/* UserError */.yo(`setup-gpu-runner: mode 'provision' registers a runner on GitHub or GitLab, and runs on ${platform.context.platform} here`);
    return platform.runners;
}
function requireToken(inputs, runners) {
    if (inputs.token)
        return inputs.token;
    throw new errors/* UserError */.yo(`setup-gpu-runner: input 'token' is required for mode 'provision': ${runners.tokenHint}`);
}
function regionOf(inputs, env, saved) {
    const region = inputs.region ?? saved ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION);
    if (!region)
        throw new errors/* UserError */.yo("setup-gpu-runner: no AWS region: set input 'region' or AWS_REGION (aws-actions/configure-aws-credentials sets it)");
    return region;
}
async function waitOnline(runners, id, token, timeoutMs, pollMs) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const state = await runners.status(id, token);
        if (state !== 'offline')
            return; // online, or already done with its one job
        if (Date.now() + pollMs > deadline) {
            throw new errors/* UserError */.yo(`setup-gpu-runner: the machine is running but its runner did not connect within ${(0,duration/* formatDuration */.a)(timeoutMs)}: the image may lack the runner (/opt/actions-runner or gitlab-runner), or the instance cannot reach GitHub/GitLab (egress in the subnet and security group)`);
        }
        await (0,retry/* sleep */.yy)(pollMs);
    }
}


/***/ })

};
