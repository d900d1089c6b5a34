import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/registry/store.js';
import { copyExampleProject, exampleWorkflowInputs } from './helpers/example-project.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { commit, git, initRepo, tempDir } from './helpers/git.js';
import { startRegistry, type RunningRegistry } from './helpers/registry-server.js';
import { openPullRequest, withDefaultBranch } from './helpers/pull-request.js';
import { examplePayload, ROOT } from './helpers/runner.js';
import { WorkflowRunner } from './helpers/workflow-runner.js';

const WORKFLOW = '.github/workflows/modelgate.yml';

/**
 * The PR gate of the reusable workflow over real git history and a real registry (Debian's
 * docker-registry), each job as a hosted runner gives it: a fresh depth-1 checkout (of the merge commit
 * on `pull_request`), only the artifacts an earlier job uploaded, the event payload GitHub sends. A push
 * to main records its run by commit; a docs-only commit follows (nothing recorded); pull requests
 * branched after it are compared with the run recorded one commit before their baseline commit.
 */
describe('the reusable workflow gates a pull request against the run recorded on main', () => {
  let github: FakeGitHub;
  let registry: RunningRegistry;
  let origin: string;
  let dev: string;
  let recorded: string;
  let docsOnly: string;
  const models = () => `oci://${registry.host}/models`;

  beforeAll(async () => {
    [github, registry] = await Promise.all([new FakeGitHub().start(), startRegistry()]);
    origin = join(tempDir('modelgate-origin-'), 'origin.git');
    git(ROOT, 'init', '-q', '--bare', origin);
    ({ repo: dev } = initRepo({ 'README.md': 'example\n' }));
    copyExampleProject(dev);
    recorded = commit(dev, { '.gitignore': 'out/\nmodelgate-*/\n.modelgate/\nmodelgate.env.sh\n' }, 'example project');
    git(dev, 'remote', 'add', 'origin', origin);
    git(dev, 'push', '-q', 'origin', 'main');
  }, 60_000);
  afterAll(async () => {
    await github.close();
    await registry.stop();
  });

  const inputs = () => ({ ...exampleWorkflowInputs(models()), 'baseline-depth': '100' });

  const runner = (event: { name: string; payload: Record<string, unknown> }, sha: string) =>
    new WorkflowRunner(
      WORKFLOW,
      { inputs: inputs(), secrets: {}, github: { actor: 'octocat' } },
      { event, apiUrl: github.url, token: github.writeToken, env: { GITHUB_SHA: sha } },
      // Each job on a runner of its own, with its own workspace path (a GPU runner trains, ubuntu-latest compares).
      { fresh: { origin, artifacts: tempDir('modelgate-artifacts-') } },
    );

  /** Opens a pull request from a branch off main's tip that trains for `epochs`, with GitHub's merge commit. */
  const pullRequest = (number: number, branch: string, epochs: number) => {
    const params = readFileSync(join(dev, 'train/params.yaml'), 'utf8').replace(/epochs: \d+/, `epochs: ${epochs}`);
    const { head, merge, event } = openPullRequest(dev, number, branch, { 'train/params.yaml': params }, `train ${epochs} epochs`, docsOnly);
    return { head, merge, workflow: runner(event, merge) };
  };

  it('a push to main records its run by commit; a later docs-only commit is not recorded', async () => {
    const payload = withDefaultBranch(examplePayload('push'));
    Object.assign(payload, { ref: 'refs/heads/main', after: recorded, before: '0'.repeat(40) });
    const workflow = runner({ name: 'push', payload }, recorded);
    for (const job of ['validate', 'train']) expect((await workflow.job(job)).failed?.stdout, job).toBeUndefined();
    expect(workflow.results.train?.steps.train?.outputs['recorded-run']).toBe(`iris:run-${recorded}`);
    docsOnly = commit(dev, { 'README.md': 'example\n\nHow to train it: see train/README.md.\n' }, 'docs only');
    git(dev, 'push', '-q', 'origin', 'main');
    const store = openStore(models());
    expect((await store.listTags('iris')).filter((t) => t.startsWith('run-'))).toEqual([`run-${recorded}`]);
  }, 180_000);

  it('a pull request that regresses fails the gate against the run recorded one commit before its base, and names it', async () => {
    const { head, merge, workflow } = pullRequest(11, 'fewer-epochs', 3);
    for (const job of ['validate', 'train']) expect((await workflow.job(job)).failed?.stdout, job).toBeUndefined();
    const compare = await workflow.job('compare');
    // The compare job started from a depth-1 checkout of the merge commit and fetched what it needed.
    expect(git(compare.workspace, 'rev-parse', 'HEAD')).toBe(merge);
    expect(compare.failed?.stdout).toMatch(/::error::compare-metrics: verdict fail reaches fail-on 'fail': test\.accuracy/);
    const body = github.comments.get(11)?.at(-1)?.body ?? '';
    expect(body).toMatch(/### ❌ Model metrics: fail/);
    const short = (sha: string) => sha.slice(0, 7);
    expect(body).toContain(`candidate [\`${short(head)}\`](https://github.com/Codertocat/Hello-World/commit/${head})`);
    expect(body).toContain(
      `baseline: the run recorded for [\`${short(recorded)}\`](https://github.com/Codertocat/Hello-World/commit/${recorded}) on \`main\`, 1 commit before main as merged [\`${short(docsOnly)}\`]`,
    );
    expect(github.statuses.at(-1)).toMatchObject({ sha: head, state: 'failure', context: 'modelgate/compare-metrics' });
    // A pull request's runs never become baselines.
    expect((await openStore(models()).listTags('iris')).filter((t) => t.startsWith('run-'))).toEqual([`run-${recorded}`]);
  }, 240_000);

  it('a pull request that improves passes against the same recorded run', async () => {
    const { head, workflow } = pullRequest(12, 'more-epochs', 600);
    for (const job of ['validate', 'train', 'compare']) expect((await workflow.job(job)).failed?.stdout, job).toBeUndefined();
    const body = github.comments.get(12)?.at(-1)?.body ?? '';
    expect(body).toMatch(/### ✅ Model metrics: pass/);
    expect(body).toContain(`the run recorded for [\`${recorded.slice(0, 7)}\`]`);
    expect(body).toMatch(/test\.log_loss.*improved/);
    expect(github.statuses.at(-1)).toMatchObject({ sha: head, state: 'success' });
  }, 240_000);
});
