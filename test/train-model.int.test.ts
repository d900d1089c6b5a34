import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitlabProject, runGitlabJob } from './helpers/gitlab-ci-local.js';
import { commit, git, initRepo, tempDir } from './helpers/git.js';
import { modernNode } from './helpers/node24.js';
import { ROOT, runAction } from './helpers/runner.js';
import { runRecordErrors } from './helpers/schema.js';

/** A repository with the example training project at its root. */
function exampleRepo(): string {
  const { repo } = initRepo({ 'README.md': 'example\n' });
  cpSync(join(ROOT, 'examples', 'train'), repo, { recursive: true, filter: (src) => !src.endsWith(join('train', 'out')) });
  commit(repo, { '.gitignore': 'out/\nmodelgate-train/\n.gitlab-ci-local/\ntrain-model.env\n' }, 'example');
  return repo;
}
const INPUTS = { run: 'node train.mjs', metrics: 'out/metrics.json', model: 'out/model', params: 'params.yaml', data: 'data/iris.csv' };

describe('train-model through its three front doors, on the example project', () => {
  it('dist/train-model.js under the runner contract trains, records and sets outputs', async () => {
    const repo = exampleRepo();
    const run = await runAction('train-model', { workspace: repo, inputs: INPUTS });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/epoch/);
    const record = JSON.parse(readFileSync(run.outputs['run-record'] as string, 'utf8'));
    expect(runRecordErrors(record)).toEqual([]);
    expect(record.ci).toMatchObject({ platform: 'github', repository: 'Codertocat/Hello-World', runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/6000000001' });
    expect(run.outputs['model-digest']).toBe(record.model.digest);
    expect(run.summary).toContain('### ✅ train-model: succeeded');
  });

  it('modelgate train-model runs locally: training output on stderr, outputs as JSON on stdout, the exit code the command’s', () => {
    const repo = exampleRepo();
    const cli = (args: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'train-model', ...args], {
        cwd: repo,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      });
    const ok = cli(['--run', 'node train.mjs', '--metrics', 'out/metrics.json', '--model', 'out/model']);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stderr).toContain('epoch');
    const outputs = JSON.parse(ok.stdout);
    expect(runRecordErrors(JSON.parse(readFileSync(outputs['run-record'], 'utf8')))).toEqual([]);
    const failing = cli(['--run', 'node train.mjs', '--metrics', 'out/metrics.json'], { MODELGATE_ENV: 'EPOCHS=abc' });
    expect(failing.status).toBe(2);
    expect(failing.stderr).toMatch(/error: train-model: the command exited with 2/);
  });

  it.skipIf(!modernNode())(
    'the GitLab component trains in the job and leaves the record and dotenv outputs',
    async () => {
      const repo = exampleRepo();
      const sha = gitlabProject(repo, 'train-model', [
        'stages: [train]',
        'include:',
        '  - local: templates/train-model.yml',
        '    inputs:',
        '      run: node train.mjs',
        '      metrics: out/metrics.json',
        '      model: out/model',
        '      params: params.yaml',
        '      timeout: 2m',
      ]);
      const job = await runGitlabJob(repo, 'train-model', { CI_COMMIT_SHA: sha }, tempDir(), 'train-model.env');
      expect(job.code, job.output).toBe(0);
      expect(job.log).toContain('epoch');
      expect(job.dotenv.TRAIN_MODEL_EXIT_CODE).toBe('0');
      expect(job.dotenv.TRAIN_MODEL_MODEL_DIGEST).toMatch(/^sha256:[0-9a-f]{64}$/);
      const record = JSON.parse(readFileSync(join(repo, 'modelgate-train', 'run.json'), 'utf8'));
      expect(runRecordErrors(record)).toEqual([]);
      expect(record.ci.platform).toBe('gitlab');
      expect(record.git.sha).toBe(git(repo, 'rev-parse', 'HEAD'));
    },
    120_000,
  );

  it.skipIf(!modernNode())(
    'a parallel:matrix sweep on GitLab writes one record per leg, and a select job picks the best',
    async () => {
      const repo = exampleRepo();
      const sha = gitlabProject(repo, 'train-model', [
        'stages: [train, select]',
        'include:',
        '  - local: templates/train-model.yml',
        '    inputs:',
        '      run: node train.mjs',
        '      metrics: out/metrics.json',
        '  - local: templates/train-model.yml',
        '    inputs:',
        '      job-name: select-model',
        '      stage: select',
        '      mode: select',
        '      runs: modelgate-train/**/run.json',
        '      select-by: test.accuracy',
        '      output: best',
        'train-model:',
        '  parallel:',
        '    matrix:',
        '      - EPOCHS: ["3", "300"]',
        'select-model:',
        '  needs: [train-model]',
      ]);
      const job = await runGitlabJob(repo, 'select-model', { CI_COMMIT_SHA: sha }, tempDir(), 'train-model.env', ['--needs', '--concurrency', '1']);
      expect(job.code, job.output).toBe(0);
      const winner = JSON.parse(readFileSync(join(repo, 'best', 'run.json'), 'utf8'));
      expect(winner.metrics['train.epochs']).toBe(300);
      expect(job.log).toMatch(/best test\.accuracy \(higher\): modelgate-train\/[^/]+\/run\.json/);
      expect(job.log.match(/^ {2}modelgate-train\//gm)).toHaveLength(2);
    },
    120_000,
  );
});
