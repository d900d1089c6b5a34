import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeEc2 } from './helpers/fake-ec2.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { fakeToolsOnPath } from './helpers/fake-gpu-tools.js';
import { gitlabProject, runGitlabJob } from './helpers/gitlab-ci-local.js';
import { initRepo, tempDir } from './helpers/git.js';
import { modernNode } from './helpers/node24.js';
import { ROOT, runAction } from './helpers/runner.js';

const H100 = ['GPU-3f9c2a71-8e4b-5d06-b1a7-c94e02d6f318', 'GPU-b85e17d4-2c09-a6f3-7e41-0d5b9c8a2e67'];
const pathWith = (dir: string) => [dir, process.env.PATH ?? ''].join(delimiter);

describe('setup-gpu-runner verify through its front doors, with stand-in GPU tools on PATH', () => {
  it('dist/setup-gpu-runner.js exports CUDA_VISIBLE_DEVICES to later steps and sets the outputs', async () => {
    const workspace = tempDir();
    const run = await runAction('setup-gpu-runner', { workspace, inputs: { 'min-gpus': '2', 'min-memory': '40GiB' }, env: { PATH: pathWith(fakeToolsOnPath('h100x2')) } });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.exported).toEqual({ CUDA_VISIBLE_DEVICES: H100.join(',') });
    expect(run.outputs).toMatchObject({ 'gpu-count': '2', 'driver-version': '550.54.15', 'cuda-version': '12.4', 'gpu-info': join(workspace, 'modelgate-gpu', 'gpu-info.json') });
    expect(run.summary).toContain('### setup-gpu-runner: 2 GPUs selected');
  });

  it('dist stub fails clearly on a machine whose driver is not loaded, with an annotation', async () => {
    const run = await runAction('setup-gpu-runner', { workspace: tempDir(), env: { PATH: pathWith(fakeToolsOnPath('driver-not-loaded')) } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^::error::setup-gpu-runner: nvidia-smi cannot reach the NVIDIA driver/m);
  });

  it('the post step does nothing (and succeeds) when this job provisioned nothing', async () => {
    const run = await runAction('setup-gpu-runner', { workspace: tempDir(), inputs: {}, post: {} });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  });

  it('modelgate setup-gpu-runner locally: fails without a GPU, warns and gives CPU outputs with --allow-cpu', () => {
    const dir = tempDir();
    const cli = (args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'setup-gpu-runner', ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: pathWith(fakeToolsOnPath('none')), HOME: dir },
      });
    const none = cli([]);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/^error: setup-gpu-runner: no GPU/m);
    const cpu = cli(['--allow-cpu']);
    expect(cpu.status, cpu.stderr).toBe(0);
    expect(JSON.parse(cpu.stdout)).toMatchObject({ 'gpu-count': '0' });
    expect(readFileSync(join(dir, 'modelgate.env.sh'), 'utf8')).toBe("export CUDA_VISIBLE_DEVICES=''\n");
  });

  it.skipIf(!modernNode())(
    'the GitLab component verifies on a GPU runner, reports through dotenv, and leaves CUDA_VISIBLE_DEVICES to the job',
    async () => {
      const { repo } = initRepo({ '.gitignore': '.gitlab-ci-local/\nmodelgate-gpu/\n*.env\nmodelgate.env.sh\n' });
      const sha = gitlabProject(repo, 'setup-gpu-runner', ['include:', '  - local: templates/setup-gpu-runner.yml', '    inputs:', '      stage: test', '      min-memory: 80GB']);
      const scratch = tempDir();
      const saved = process.env.PATH;
      process.env.PATH = pathWith(fakeToolsOnPath('h100x2'));
      try {
        const job = await runGitlabJob(repo, 'setup-gpu-runner', { CI_COMMIT_SHA: sha }, scratch, 'setup-gpu-runner.env');
        expect(job.code, job.output).toBe(0);
        expect(job.dotenv).toMatchObject({ SETUP_GPU_RUNNER_GPU_COUNT: '2', SETUP_GPU_RUNNER_CUDA_VERSION: '12.4' });
        // The device list stays with this job (other jobs may land on other machines).
        expect(job.dotenv.CUDA_VISIBLE_DEVICES).toBeUndefined();
        expect(readFileSync(join(repo, 'modelgate.env.sh'), 'utf8')).toBe(`export CUDA_VISIBLE_DEVICES='${H100.join(',')}'\n`);
      } finally {
        process.env.PATH = saved;
      }
    },
    120_000,
  );
});

describe('setup-gpu-runner provision, post, stop and reap through the dist stub (loopback EC2 and GitHub APIs)', () => {
  const awsEnv = (ec2: FakeEc2) => ({
    AWS_ENDPOINT_URL_EC2: ec2.url,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIATESTTESTTEST',
    AWS_SECRET_ACCESS_KEY: 'test-secret',
    AWS_EC2_METADATA_DISABLED: 'true',
  });
  const provisionInputs = { mode: 'provision', ami: 'ami-0123456789abcdef0', subnet: 'subnet-0abc', 'security-group': 'sg-0abc', 'max-lifetime': '2h', market: 'on-demand' };

  it('provisions a single-use runner, and the post step of a failed job terminates it and removes the registration', async () => {
    const [ec2, github] = [await new FakeEc2().start(), await new FakeGitHub().start()];
    try {
      const env = awsEnv(ec2);
      const started = await runAction('setup-gpu-runner', { workspace: tempDir(), inputs: { ...provisionInputs, token: github.writeToken }, apiUrl: github.url, env });
      expect(started.exitCode, started.stdout + started.stderr).toBe(0);
      const label = started.outputs.label as string;
      expect(label).toMatch(/^modelgate-gpu-6000000001-1-[0-9a-f]{8}$/);
      expect(ec2.instances).toHaveLength(1);
      const instance = ec2.instances[0]!;
      expect(started.outputs['instance-id']).toBe(instance.id);
      expect(instance.tags).toMatchObject({ 'modelgate:label': label, 'modelgate:repository': 'Codertocat/Hello-World', 'modelgate:run-id': '6000000001' });
      expect(Date.parse(instance.tags['modelgate:expires-at'] as string) - Date.now()).toBeGreaterThan(1.9 * 3600_000);
      expect(instance.userData).toMatch(/shutdown -h \+120/);
      expect(instance.userData).toContain('--jitconfig');
      expect([...github.runners.values()]).toEqual([{ name: label, labels: [label] }]);
      // The secret registration never reaches the log in clear.
      const jit = instance.userData.match(/--jitconfig '([^']+)'/)?.[1] as string;
      expect(started.stdout).toContain(`::add-mask::${jit}`);
      expect(started.stdout.replaceAll(`::add-mask::${jit}`, '')).not.toContain(jit);

      const post = await runAction('setup-gpu-runner', {
        workspace: tempDir(),
        inputs: { ...provisionInputs, token: github.writeToken },
        apiUrl: github.url,
        env,
        post: started.state,
      });
      expect(post.exitCode, post.stdout + post.stderr).toBe(0);
      expect(instance.state).toBe('terminated');
      expect(github.runners.size).toBe(0);
    } finally {
      await Promise.all([ec2.close(), github.close()]);
    }
  });

  it('stop ends a runner by label (twice is fine), and reap ends only what is past its lifetime', async () => {
    const [ec2, github] = [await new FakeEc2().start(), await new FakeGitHub().start()];
    try {
      const env = awsEnv(ec2);
      const started = await runAction('setup-gpu-runner', { workspace: tempDir(), inputs: { ...provisionInputs, token: github.writeToken }, apiUrl: github.url, env });
      const label = started.outputs.label as string;
      for (let i = 0; i < 2; i++) {
        const stop = await runAction('setup-gpu-runner', { workspace: tempDir(), inputs: { mode: 'stop', label, token: github.writeToken }, apiUrl: github.url, env });
        expect(stop.exitCode, stop.stdout + stop.stderr).toBe(0);
      }
      expect(ec2.instances[0]?.state).toBe('terminated');
      expect(github.runners.size).toBe(0);

      const fresh = await runAction('setup-gpu-runner', { workspace: tempDir(), inputs: { ...provisionInputs, token: github.writeToken }, apiUrl: github.url, env });
      expect(fresh.exitCode).toBe(0);
      const stale = ec2.instances[1]!;
      const expired = {
        ...stale,
        id: 'i-0000000000000dead',
        state: 'running' as const,
        tags: { ...stale.tags, 'modelgate:label': 'old', 'modelgate:expires-at': new Date(Date.now() - 60_000).toISOString() },
      };
      ec2.instances.push(expired);
      const reap = await runAction('setup-gpu-runner', { workspace: tempDir(), inputs: { mode: 'reap' }, apiUrl: github.url, env });
      expect(reap.exitCode, reap.stdout + reap.stderr).toBe(0);
      expect(expired.state).toBe('terminated');
      expect(stale.state).toBe('running');
    } finally {
      await Promise.all([ec2.close(), github.close()]);
    }
  });

  it('takes the machine back when its runner never connects (an image without the runner, no egress)', async () => {
    const [ec2, github] = [await new FakeEc2().start(), await new FakeGitHub().start()];
    try {
      github.runnerStatus = 'offline';
      const run = await runAction('setup-gpu-runner', {
        workspace: tempDir(),
        inputs: { ...provisionInputs, token: github.writeToken, 'runner-timeout': '1s' },
        apiUrl: github.url,
        env: awsEnv(ec2),
      });
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toMatch(/::error::setup-gpu-runner: the machine is running but its runner did not connect within 1\.0s/);
      expect(ec2.instances[0]?.state).toBe('terminated');
      expect(github.runners.size).toBe(0);
    } finally {
      await Promise.all([ec2.close(), github.close()]);
    }
  });
});
