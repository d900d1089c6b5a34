import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { history } from '../src/registry/models.js';
import { openStore } from '../src/registry/store.js';
import { copyExampleProject } from './helpers/example-project.js';
import { startFakeGitLab, type FakeGitLab } from './helpers/fake-gitlab.js';
import { commit, git, initRepo, tempDir } from './helpers/git.js';
import { gitlabProject, localComponents, runGitlabJob } from './helpers/gitlab-ci-local.js';
import { modernNode } from './helpers/node24.js';
import { startRegistry, type RunningRegistry } from './helpers/registry-server.js';
import { ROOT } from './helpers/runner.js';

const PIPELINE = readFileSync(join(ROOT, 'examples/.gitlab-ci.yml'), 'utf8');

/**
 * The example project's own `.gitlab-ci.yml` (examples/), with its catalog includes pointed at this
 * checkout's templates, run by gitlab-ci-local, against a real registry (Debian's docker-registry) in
 * the place of the project's container registry (`CI_REGISTRY_IMAGE`, the components' default store).
 */
describe.skipIf(!modernNode() && process.env.CI !== 'true')('the example GitLab pipeline, all six components, against a real registry', () => {
  let registry: RunningRegistry;
  let gitlab: FakeGitLab;
  const TOKEN = 'glpat-modelgate-test-token';
  beforeAll(async () => {
    [registry, gitlab] = await Promise.all([startRegistry(), startFakeGitLab({ projectId: 42, projectPath: 'group/project', mrIid: 7, token: TOKEN })]);
  });
  afterAll(async () => {
    await registry.stop();
    await gitlab.close();
  });

  const project = () => {
    const { repo } = initRepo({ 'README.md': 'example\n' });
    copyExampleProject(repo);
    commit(repo, { '.gitignore': 'out/\nmodelgate-*/\n.modelgate/\n.gitlab-ci-local/\n*.env\nmodelgate.env.sh\nmetrics.txt\n' }, 'example project');
    const { text, ids } = localComponents(PIPELINE);
    return { repo, ids, sha: gitlabProject(repo, ids, [text]) };
  };
  const registryVariables = (path: string) => ({ CI_REGISTRY: registry.host, CI_REGISTRY_IMAGE: `${registry.host}/${path}`, CI_REGISTRY_USER: '', CI_REGISTRY_PASSWORD: '' });
  const onMain = (sha: string, path: string) => ({
    CI_COMMIT_SHA: sha,
    CI_COMMIT_BRANCH: 'main',
    CI_COMMIT_REF_NAME: 'main',
    CI_DEFAULT_BRANCH: 'main',
    CI_PIPELINE_SOURCE: 'push',
    ...registryVariables(path),
  });
  const epochs = (repo: string, n: number) =>
    commit(repo, { 'train/params.yaml': readFileSync(join(repo, 'train/params.yaml'), 'utf8').replace(/epochs: \d+/, `epochs: ${n}`) }, `train ${n} epochs`);

  it('validates, trains, challenges production and deploys; blocks a regression; rolls back by hand', async () => {
    const { repo, ids } = project();
    expect(ids.sort()).toEqual(['compare-metrics', 'deploy-model', 'rollback', 'setup-gpu-runner', 'train-model', 'validate-data']);
    let sha = git(repo, 'rev-parse', 'HEAD');
    const path = 'group/deploys';
    const store = openStore(`oci://${registry.host}/${path}`);

    // First model: nothing in production yet, so the challenge has no baseline: the first version is promoted on its bounds.
    const first = await runGitlabJob(repo, 'deploy-production', onMain(sha, path), tempDir(), 'deploy-model.env', ['--needs', '--concurrency', '1']);
    expect(first.code, first.output).toBe(0);
    expect(first.output).toMatch(/validate.*\n?.*validate-data/);
    expect(first.dotenv).toMatchObject({ DEPLOY_MODEL_ENVIRONMENT: 'production', DEPLOY_MODEL_PROMOTED: 'true' });
    expect(readFileSync(join(repo, 'modelgate-data/junit.xml'), 'utf8')).toMatch(/<testsuite name="validate-data"/);
    const staging = await history(store, 'iris', 'staging');
    expect(staging.records).toHaveLength(1);
    expect(staging.records[0]?.record).toMatchObject({ verdict: 'no-baseline' });

    // A better model (more epochs) is promoted over it.
    sha = epochs(repo, 600);
    const second = await runGitlabJob(repo, 'deploy-production', onMain(sha, path), tempDir(), 'deploy-model.env', ['--needs', '--concurrency', '1']);
    expect(second.code, second.output).toBe(0);
    expect(second.dotenv.DEPLOY_MODEL_PREVIOUS_DIGEST).toBe(first.dotenv.DEPLOY_MODEL_DIGEST);

    // A regression (3 epochs) is blocked by the challenge against production.
    sha = epochs(repo, 3);
    const third = await runGitlabJob(repo, 'deploy-staging', onMain(sha, path), tempDir(), 'deploy-model.env', ['--needs', '--concurrency', '1']);
    expect(third.code, third.output).not.toBe(0);
    expect(third.output).toMatch(/not promoted to staging: the gate verdict is fail/);
    expect(readFileSync(join(repo, 'modelgate-challenge/compare-metrics-challenge.md'), 'utf8')).toMatch(/test\.accuracy/);

    // A project (or group, or pipeline) variable outranks every job variable on GitLab: MODELGATE_FORCE=true there
    // must not promote the regression that the component's `force: false` keeps out.
    const promotedBefore = (await history(store, 'iris', 'staging')).records.length;
    rmSync(join(repo, 'deploy-model.env'), { force: true }); // the last job's, left in the folder by the shell executor
    const forced = await runGitlabJob(repo, 'deploy-staging', { ...onMain(sha, path), MODELGATE_FORCE: 'true' }, tempDir(), 'deploy-model.env', ['--needs', '--concurrency', '1']);
    expect(forced.code, forced.output).not.toBe(0);
    expect(forced.output).toContain("deploy-model: the variable MODELGATE_FORCE='true' contradicts the input 'force' ('false') given by the component (include: inputs:)");
    expect(forced.dotenv.DEPLOY_MODEL_PROMOTED).toBeUndefined();
    expect((await history(store, 'iris', 'staging')).records).toHaveLength(promotedBefore);

    // The manual rollback puts production back on the first model.
    const back = await runGitlabJob(repo, 'rollback-production', onMain(sha, path), tempDir(), 'rollback.env');
    expect(back.code, back.output).toBe(0);
    expect(back.dotenv).toMatchObject({ ROLLBACK_ROLLED_BACK: 'true', ROLLBACK_DIGEST: first.dotenv.DEPLOY_MODEL_DIGEST });
    const chain = await history(store, 'iris', 'production');
    expect(chain.records.map((r) => r.record.action)).toEqual(['rollback', 'promote', 'promote']);
    expect(chain.records[0]?.record.reason).toBe('rolled back by hand from the pipeline');
    expect(git(repo, 'status', '--porcelain')).toBe('');
  }, 600_000);

  it('a merge request pipeline compares with the run recorded on main one commit before the merge-base: a regression fails, the fix passes', async () => {
    const { repo, sha: recorded } = project();
    const path = 'group/project';
    const train = await runGitlabJob(repo, 'train', onMain(recorded, path), tempDir(), 'train-model.env', ['--needs', '--concurrency', '1']);
    expect(train.code, train.output).toBe(0);
    expect(train.dotenv.TRAIN_MODEL_RECORDED_RUN).toBe(`iris:run-${recorded}`);
    const mergeBase = commit(repo, { 'README.md': 'example\n\nHow to train it: see train/README.md.\n' }, 'docs only');
    git(repo, 'checkout', '-q', '-b', 'fewer-epochs');

    const request = (head: string) => ({
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_COMMIT_SHA: head,
      CI_COMMIT_REF_NAME: 'fewer-epochs',
      CI_DEFAULT_BRANCH: 'main',
      CI_MERGE_REQUEST_IID: '7',
      CI_MERGE_REQUEST_PROJECT_ID: '42',
      CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '42',
      CI_PROJECT_ID: '42',
      CI_MERGE_REQUEST_DIFF_BASE_SHA: mergeBase,
      CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
      CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'fewer-epochs',
      CI_PROJECT_URL: 'https://gitlab.example.com/group/project',
      CI_API_V4_URL: gitlab.apiUrl,
      MODELGATE_TOKEN: TOKEN,
      ...registryVariables(path),
    });
    const worse = epochs(repo, 3);
    const failed = await runGitlabJob(repo, 'compare', request(worse), tempDir(), 'compare-metrics.env', ['--needs', '--concurrency', '1']);
    expect(failed.code, failed.output).not.toBe(0);
    expect(failed.output).toMatch(/compare-metrics: verdict fail reaches fail-on 'fail': test\.accuracy/);
    const note = gitlab.notes.at(-1)?.body ?? '';
    expect(note).toMatch(/### ❌ Model metrics: fail/);
    // MODELGATE_FAIL_ON=never as a project variable (it outranks the job's own) cannot turn the gate green.
    const notesBefore = gitlab.notes.length;
    rmSync(join(repo, 'compare-metrics.env'), { force: true });
    const overridden = await runGitlabJob(repo, 'compare', { ...request(worse), MODELGATE_FAIL_ON: 'never' }, tempDir(), 'compare-metrics.env');
    expect(overridden.code, overridden.output).not.toBe(0);
    expect(overridden.output).toContain("compare-metrics: the variable MODELGATE_FAIL_ON='never' contradicts the input 'fail-on' ('fail')");
    expect(overridden.dotenv.COMPARE_METRICS_PASSED).toBeUndefined();
    expect(gitlab.notes).toHaveLength(notesBefore);
    expect(note).toContain(
      `baseline: the run recorded for [\`${recorded.slice(0, 7)}\`](https://gitlab.example.com/group/project/-/commit/${recorded}) on \`main\`, 1 commit before the merge-base [\`${mergeBase.slice(0, 7)}\`]`,
    );

    // The merge request moves on: the fix passes against the same recorded run, in the same note.
    const better = epochs(repo, 600);
    const passed = await runGitlabJob(repo, 'compare', request(better), tempDir(), 'compare-metrics.env', ['--needs', '--concurrency', '1']);
    expect(passed.code, passed.output).toBe(0);
    expect(passed.dotenv).toMatchObject({ COMPARE_METRICS_VERDICT: 'pass', COMPARE_METRICS_PASSED: 'true' });
    const notes = gitlab.notes.filter((n) => n.body.includes('<!-- modelgate:compare-metrics'));
    expect(notes).toHaveLength(1);
    expect(notes[0]?.body).toMatch(/### ✅ Model metrics: pass/);
    // Merge request pipelines never record their runs.
    const tags = (await openStore(`oci://${registry.host}/${path}`).listTags('iris')).filter((t) => t.startsWith('run-'));
    expect(tags).toEqual([`run-${recorded}`]);
  }, 600_000);
});
