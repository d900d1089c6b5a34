import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeToolsOnPath } from './helpers/fake-gpu-tools.js';
import { runGitlabJob } from './helpers/gitlab-ci-local.js';
import { commit, git, initRepo, tempDir } from './helpers/git.js';
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
      spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'setup-gpu-runner', ...args], { cwd: dir, encoding: 'utf8', env: { PATH: pathWith(fakeToolsOnPath('none')), HOME: dir } });
    const none = cli([]);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/^error: setup-gpu-runner: no GPU/m);
    const cpu = cli(['--allow-cpu']);
    expect(cpu.status, cpu.stderr).toBe(0);
    expect(JSON.parse(cpu.stdout)).toMatchObject({ 'gpu-count': '0' });
    expect(readFileSync(join(dir, 'modelgate.env.sh'), 'utf8')).toBe("export CUDA_VISIBLE_DEVICES=''\n");
  });

  it.skipIf(!modernNode())('the GitLab component verifies on a GPU runner and passes CUDA_VISIBLE_DEVICES on through dotenv', async () => {
    const { repo } = initRepo({ '.gitignore': '.gitlab-ci-local/\nmodelgate-gpu/\n*.env\nmodelgate.env.sh\n' });
    mkdirSync(join(repo, 'templates'));
    copyFileSync(join(ROOT, 'gitlab', 'templates', 'setup-gpu-runner.yml'), join(repo, 'templates', 'setup-gpu-runner.yml'));
    const ci = ['include:', '  - local: templates/setup-gpu-runner.yml', '    inputs:', `      version: "file:${ROOT}"`, '      stage: test', '      min-memory: 80GB', ''].join('\n');
    commit(repo, { '.gitlab-ci.yml': ci }, 'pipeline');
    git(repo, 'remote', 'add', 'origin', 'https://gitlab.example.com/group/project.git');
    const scratch = tempDir();
    const saved = process.env.PATH;
    process.env.PATH = pathWith(fakeToolsOnPath('h100x2'));
    try {
      const job = await runGitlabJob(repo, 'setup-gpu-runner', { CI_COMMIT_SHA: git(repo, 'rev-parse', 'HEAD') }, scratch, 'setup-gpu-runner.env');
      expect(job.code, job.output).toBe(0);
      expect(job.dotenv).toMatchObject({ CUDA_VISIBLE_DEVICES: H100.join(','), SETUP_GPU_RUNNER_GPU_COUNT: '2', SETUP_GPU_RUNNER_CUDA_VERSION: '12.4' });
    } finally {
      process.env.PATH = saved;
    }
  }, 120_000);
});
