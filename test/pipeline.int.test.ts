import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExampleProject, exampleWorkflowInputs } from './helpers/example-project.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { commit, git, initRepo } from './helpers/git.js';
import { examplePayload, ROOT } from './helpers/runner.js';
import { WorkflowRunner } from './helpers/workflow-runner.js';

const WORKFLOW = '.github/workflows/modelgate.yml';
const INPUTS = exampleWorkflowInputs('oci-layout:.modelgate/registry');

/**
 * The reusable workflow's jobs in order, each modelgate step through its dist stub under the runner
 * contract, against a loopback GitHub API: a pull request gets the comment and the status; pushes to
 * main promote through staging to production, a regression is blocked, and the history keeps it all.
 */
describe('the reusable workflow .github/workflows/modelgate.yml, step by step through the dist stubs', () => {
  let github: FakeGitHub;
  let repo: string;
  let base: string;

  beforeAll(async () => {
    github = await new FakeGitHub().start();
    ({ repo, sha: base } = initRepo({ 'README.md': 'example\n' }));
    copyExampleProject(repo);
    base = commit(repo, { '.gitignore': 'out/\nmodelgate-*/\n.modelgate/\nmodelgate.env.sh\n' }, 'example project');
  });
  afterAll(() => github.close());

  const runner = (event: { name: string; payload: Record<string, unknown> }, extra: Partial<typeof INPUTS> = {}, env: Record<string, string> = {}) =>
    new WorkflowRunner(
      WORKFLOW,
      { inputs: { ...INPUTS, ...extra }, secrets: {}, github: { actor: 'octocat' }, overrides: { 'train-model': { upload: 'false' } } },
      { workspace: repo, event, apiUrl: github.url, token: github.writeToken, env },
    );

  it("on a new project's first pull request: no run is recorded anywhere, so the verdict is no baseline, never a pass", async () => {
    git(repo, 'checkout', '-q', '-b', 'feature');
    const head = commit(
      repo,
      { 'train/params.yaml': '# more epochs\ntrain:\n  learning_rate: 0.1\n  epochs: 400\n  l2: 0.001\n  seed: 42\n  test_size: 0.3\n  log_every: 50\n' },
      'more epochs',
    );
    const payload = examplePayload('pull_request', 'opened');
    Object.assign(payload.pull_request.head, { sha: head });
    Object.assign(payload.pull_request.base, { sha: base, ref: 'main' });
    payload.repository.default_branch = 'main';
    const workflow = runner({ name: 'pull_request', payload }, {}, { GITHUB_SHA: head });
    for (const job of ['validate', 'train', 'compare']) {
      const result = await workflow.job(job);
      expect(result.failed?.stdout ?? '', job).toBe('');
    }
    expect(workflow.results.validate?.outputs.fingerprint).toMatch(/^sha256:/);
    expect(workflow.results.train?.outputs['run-record']).toMatch(/modelgate-train\/run\.json$/);
    const comments = github.comments.get(payload.pull_request.number as number) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toMatch(/^<!-- modelgate:compare-metrics:ci -->\n### ⚠️ Model metrics: no baseline/);
    expect(comments[0]?.body).toContain('run this pipeline once on main to record one');
    expect(comments[0]?.body).not.toContain('✅ Model metrics');
    // Statuses have no warning state: success (so the first PR is not blocked forever), and it says why.
    expect(github.statuses.at(-1)).toMatchObject({ sha: head, state: 'success', context: 'modelgate/compare-metrics' });
    expect(github.statuses.at(-1)?.description).toMatch(/^no baseline: nothing recorded to compare with/);
    git(repo, 'checkout', '-q', 'main');
  }, 120_000);

  it('on pushes to main: promotes to staging and production, blocks a regression, and keeps the history', async () => {
    const push = (sha: string) => {
      const payload = examplePayload('push');
      Object.assign(payload, { ref: 'refs/heads/main', after: sha });
      return { name: 'push', payload };
    };
    const deployAll = async (sha: string, env: Record<string, string> = {}) => {
      const workflow = runner(push(sha), {}, { GITHUB_SHA: sha, GITHUB_REF: 'refs/heads/main', ...env });
      for (const job of ['validate', 'train', 'deploy-staging']) {
        const result = await workflow.job(job);
        if (result.failed) return { workflow, failed: result.failed };
      }
      const production = await workflow.job('deploy-production');
      return { workflow, failed: production.failed };
    };

    const first = await deployAll(git(repo, 'rev-parse', 'HEAD'));
    expect(first.failed?.stdout).toBeUndefined();
    const promoted = first.workflow.results['deploy-production']?.steps['deploy-model'];
    expect(promoted?.outputs).toMatchObject({ environment: 'production', promoted: 'true' });
    // Staging and production got the same version: the second push sent nothing.
    expect(promoted?.outputs.version).toBe(first.workflow.results['deploy-staging']?.outputs.version);
    expect(github.deployments.map((d) => [d.environment, d.statuses.at(-1)?.state])).toEqual([
      ['staging', 'success'],
      ['production', 'success'],
    ]);

    // A regression: 3 epochs. The challenge against production fails, so staging is not touched.
    const worse = commit(repo, { 'train/params.yaml': 'train:\n  learning_rate: 0.1\n  epochs: 3\n  l2: 0.001\n  seed: 42\n  test_size: 0.3\n  log_every: 1\n' }, 'fewer epochs');
    const second = await deployAll(worse);
    expect(second.failed?.stdout).toMatch(
      /::error::deploy-model: iris:[0-9a-f]{12}-[\w-]+ was pushed but not promoted to staging: the gate verdict is fail \(modelgate-report\/compare-metrics\.json\): test\.accuracy/,
    );
    expect(second.workflow.results['deploy-staging']?.steps.compare?.summary).toMatch(/env:production/);

    const history = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'history', '--model-name', 'iris', '--env', 'production'], { cwd: repo, encoding: 'utf8' });
    expect(history.status, history.stderr).toBe(0);
    expect(history.stdout).toMatch(/^Deployment history of iris in production: 1 record, pointer at sha256:/);
    // The first version of production had no champion: promoted on its absolute bounds, and recorded so.
    expect(history.stdout).toMatch(/promote +[0-9a-f]{12}-[\w-]+ +— → sha256:[0-9a-f]{12} +no-baseline .*the first version in production: no champion/);
  }, 180_000);
});
