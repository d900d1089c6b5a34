import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { history } from '../src/registry/models.js';
import { openStore } from '../src/registry/store.js';
import { commit, git, initRepo, tempDir } from './helpers/git.js';
import { gitlabProject, localComponents, runGitlabJob } from './helpers/gitlab-ci-local.js';
import { modernNode } from './helpers/node24.js';
import { ROOT } from './helpers/runner.js';

/**
 * The example project's own `.gitlab-ci.yml` (examples/), with its catalog includes pointed at this
 * checkout's templates, run by gitlab-ci-local as a default-branch pipeline. Models go to an on-disk
 * store instead of the project's container registry (the pipeline's MODEL_REGISTRY variable).
 */
describe.skipIf(!modernNode() && process.env.CI !== 'true')('the example GitLab pipeline, all six components', () => {
  const variables = (sha: string) => ({
    CI_COMMIT_SHA: sha,
    CI_COMMIT_BRANCH: 'main',
    CI_DEFAULT_BRANCH: 'main',
    CI_PIPELINE_SOURCE: 'push',
    MODEL_REGISTRY: 'oci-layout:.modelgate/registry',
    CI_REGISTRY_USER: '',
    CI_REGISTRY_PASSWORD: '',
  });
  const epochs = (repo: string, n: number) => commit(repo, { 'train/params.yaml': readFileSync(join(repo, 'train/params.yaml'), 'utf8').replace(/epochs: \d+/, `epochs: ${n}`) }, `train ${n} epochs`);

  it('validates, trains, challenges production and deploys; blocks a regression; rolls back by hand', async () => {
    const { repo } = initRepo({ 'README.md': 'example\n' });
    cpSync(join(ROOT, 'examples'), repo, { recursive: true, filter: (src) => !/[/\\](out|demo-output)$/.test(src) });
    commit(repo, { '.gitignore': 'out/\nmodelgate-*/\n.modelgate/\n.gitlab-ci-local/\n*.env\nmodelgate.env.sh\nmetrics.txt\n' }, 'example project');
    const { text, ids } = localComponents(readFileSync(join(ROOT, 'examples/.gitlab-ci.yml'), 'utf8'));
    expect(ids.sort()).toEqual(['compare-metrics', 'deploy-model', 'rollback', 'setup-gpu-runner', 'train-model', 'validate-data']);
    let sha = gitlabProject(repo, ids, [text]);
    const store = openStore('oci-layout:.modelgate/registry', { workspace: repo });

    // First model: nothing in production yet, so the challenge has no baseline and the gate passes.
    const first = await runGitlabJob(repo, 'deploy-production', variables(sha), tempDir(), 'deploy-model.env', ['--needs', '--concurrency', '1']);
    expect(first.code, first.output).toBe(0);
    expect(first.output).toMatch(/validate.*\n?.*validate-data/);
    expect(first.dotenv).toMatchObject({ DEPLOY_MODEL_ENVIRONMENT: 'production', DEPLOY_MODEL_PROMOTED: 'true' });
    expect(readFileSync(join(repo, 'modelgate-data/junit.xml'), 'utf8')).toMatch(/<testsuite name="validate-data"/);
    expect((await history(store, 'iris', 'staging')).records).toHaveLength(1);

    // A better model (more epochs) is promoted over it.
    sha = epochs(repo, 600);
    const second = await runGitlabJob(repo, 'deploy-production', variables(sha), tempDir(), 'deploy-model.env', ['--needs', '--concurrency', '1']);
    expect(second.code, second.output).toBe(0);
    expect(second.dotenv.DEPLOY_MODEL_PREVIOUS_DIGEST).toBe(first.dotenv.DEPLOY_MODEL_DIGEST);

    // A regression (3 epochs) is blocked by the challenge against production.
    sha = epochs(repo, 3);
    const third = await runGitlabJob(repo, 'deploy-staging', variables(sha), tempDir(), 'deploy-model.env', ['--needs', '--concurrency', '1']);
    expect(third.code, third.output).not.toBe(0);
    expect(third.output).toMatch(/not promoted to staging: the gate verdict is fail/);
    expect(readFileSync(join(repo, 'modelgate-challenge/compare-metrics-challenge.md'), 'utf8')).toMatch(/test\.accuracy/);

    // The manual rollback puts production back on the first model.
    const back = await runGitlabJob(repo, 'rollback-production', variables(sha), tempDir(), 'rollback.env');
    expect(back.code, back.output).toBe(0);
    expect(back.dotenv).toMatchObject({ ROLLBACK_ROLLED_BACK: 'true', ROLLBACK_DIGEST: first.dotenv.DEPLOY_MODEL_DIGEST });
    const chain = await history(store, 'iris', 'production');
    expect(chain.records.map((r) => r.record.action)).toEqual(['rollback', 'promote', 'promote']);
    expect(chain.records[0]?.record.reason).toBe('rolled back by hand from the pipeline');
    expect(git(repo, 'status', '--porcelain')).toBe('');
  }, 600_000);
});
