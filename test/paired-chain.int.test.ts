import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRun } from '../src/registry/runs.js';
import { openStore } from '../src/registry/store.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { commit, git, initRepo, tempDir } from './helpers/git.js';
import { startRegistry, type RunningRegistry } from './helpers/registry-server.js';
import { openPullRequest, withDefaultBranch } from './helpers/pull-request.js';
import { examplePayload, ROOT } from './helpers/runner.js';
import { WorkflowRunner } from './helpers/workflow-runner.js';

const WORKFLOW = '.github/workflows/modelgate.yml';
const PROJECT = join(ROOT, 'test/fixtures/paired-project');

/**
 * Noise-aware gates through the reusable workflow, each job as a hosted runner gives it (a fresh depth-1
 * checkout, of the merge commit on `pull_request`; only the artifacts an earlier job uploaded; GitHub's
 * event payload), against Debian's docker-registry. A push to main records the champion's run with its
 * predictions on a 20,000-example eval set; pull requests compare their own predictions with those.
 */
describe('a paired test gates a pull request on the predictions recorded on main', () => {
  let github: FakeGitHub;
  let registry: RunningRegistry;
  let origin: string;
  let dev: string;
  let recorded: string;
  const models = () => `oci://${registry.host}/models`;

  beforeAll(async () => {
    [github, registry] = await Promise.all([new FakeGitHub().start(), startRegistry()]);
    origin = join(tempDir('modelgate-origin-'), 'origin.git');
    git(ROOT, 'init', '-q', '--bare', origin);
    ({ repo: dev } = initRepo({ 'README.md': 'scorer\n' }));
    cpSync(PROJECT, dev, { recursive: true });
    recorded = commit(dev, {}, 'scorer project');
    git(dev, 'remote', 'add', 'origin', origin);
    git(dev, 'push', '-q', 'origin', 'main');
  }, 60_000);
  afterAll(async () => {
    await github.close();
    await registry.stop();
  });

  const inputs = (config: string) => ({
    'model-name': 'scorer',
    data: 'data/rows.csv',
    schema: 'data/schema.yaml',
    reference: '',
    train: 'node train.mjs',
    'working-directory': 'eval',
    params: '',
    metrics: 'eval/out/metrics.json',
    model: 'eval/out/model',
    predictions: 'eval/out/predictions.csv',
    config,
    registry: models(),
    'baseline-depth': '10',
    gpu: false,
  });

  const runner = (event: { name: string; payload: Record<string, unknown> }, sha: string, config = 'modelgate.yml') =>
    new WorkflowRunner(
      WORKFLOW,
      { inputs: inputs(config), secrets: {}, github: { actor: 'octocat' } },
      { event, apiUrl: github.url, token: github.writeToken, env: { GITHUB_SHA: sha } },
      { fresh: { origin, artifacts: tempDir('modelgate-artifacts-') } },
    );

  /** A pull request whose model differs from the champion on `worse` + `better` examples. */
  const pullRequest = (number: number, worse: number, better: number) =>
    openPullRequest(dev, number, `pr-${number}`, { 'eval/eval.json': JSON.stringify({ worse, better }) }, `model ${number}`, recorded);

  it('a push to main records the run with its predictions in the store', async () => {
    const payload = withDefaultBranch(examplePayload('push'));
    Object.assign(payload, { ref: 'refs/heads/main', after: recorded, before: '0'.repeat(40) });
    const workflow = runner({ name: 'push', payload }, recorded);
    for (const job of ['validate', 'train']) expect((await workflow.job(job)).failed?.stdout, job).toBeUndefined();
    const run = await findRun(openStore(models()), 'scorer', recorded);
    const champion = run?.predictions;
    expect(champion).toMatchObject({ name: 'eval/out/predictions.csv' });
    expect(champion?.size).toBeGreaterThan(250_000);
  }, 180_000);

  it('a noise-only change fails the threshold rule, and the paired test calls it no change beyond the margin', async () => {
    // 110 examples newly wrong, 90 newly right: accuracy 0.899 against 0.9, McNemar p ≈ 0.18.
    const { merge, event } = pullRequest(21, 110, 90);
    const threshold = runner(event, merge, 'threshold.yml');
    for (const job of ['validate', 'train']) expect((await threshold.job(job)).failed?.stdout, job).toBeUndefined();
    expect((await threshold.job('compare')).failed?.stdout).toMatch(/::error::compare-metrics: verdict fail reaches fail-on 'fail': test\.accuracy \(dropped 0\.001 > 0\.0005\)/);
    expect(github.comments.get(21)?.at(-1)?.body).toMatch(/### ❌ Model metrics: fail/);

    const paired = runner(event, merge);
    for (const job of ['validate', 'train']) expect((await paired.job(job)).failed?.stdout, job).toBeUndefined();
    const compare = await paired.job('compare');
    expect(compare.failed?.stdout).toBeUndefined();
    expect(git(compare.workspace, 'rev-parse', 'HEAD')).toBe(merge);
    const body = github.comments.get(21)?.at(-1)?.body ?? '';
    expect(body).toMatch(/### ✅ Model metrics: pass/);
    expect(body).toMatch(
      /\| ✅ \| `test\.accuracy` \| 0\.899 \| 0\.9 \|.*no change beyond the margin: accuracy −0\.1 pt \\\[−0\.\d+, 0\.\d+\\\] at 95 % \(margin 0\.45 pt\), paired bootstrap, n = 20,000, B = 2,000, seed 7, p = 0\.\d+/,
    );
    expect(body).toContain(`the run recorded for [\`${recorded.slice(0, 7)}\`]`);
    // One sticky comment, updated in place.
    expect(github.comments.get(21)).toHaveLength(1);
  }, 300_000);

  it('a real regression fails with its interval in the comment', async () => {
    const { head, merge, event } = pullRequest(22, 300, 100);
    const workflow = runner(event, merge);
    for (const job of ['validate', 'train']) expect((await workflow.job(job)).failed?.stdout, job).toBeUndefined();
    expect((await workflow.job('compare')).failed?.stdout).toMatch(/::error::compare-metrics: verdict fail reaches fail-on 'fail': test\.accuracy \(regressed: accuracy −1 pt/);
    const body = github.comments.get(22)?.at(-1)?.body ?? '';
    expect(body).toMatch(/regressed: accuracy −1 pt \\\[−1\.\d+, −0\.\d+\\\] at 95 % \(margin 0\.45 pt\), paired bootstrap, n = 20,000, B = 2,000, seed 7, p = /);
    expect(github.statuses.at(-1)).toMatchObject({ sha: head, state: 'failure', context: 'modelgate/compare-metrics' });
  }, 300_000);
});
