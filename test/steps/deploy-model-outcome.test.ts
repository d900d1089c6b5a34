import { beforeAll, describe, expect, it } from 'vitest';
import { ExternalError } from '../../src/core/errors.js';
import { runOn } from '../../src/entrypoints/main.js';
import { createGitHubPlatform } from '../../src/platform/github.js';
import type { Context } from '../../src/platform/platform.js';
import { runHook } from '../../src/steps/deploy-model/rollout.js';
import { currentDeployment, history } from '../../src/registry/models.js';
import { openStore } from '../../src/registry/store.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { FakePlatform, localContext } from '../helpers/fake-platform.js';
import { tempDir } from '../helpers/git.js';
import { writeComparison, writeTrainedModel } from '../helpers/model-workspace.js';

const REGISTRY = 'oci-layout:.modelgate/registry';
const store = (workspace: string) => openStore(REGISTRY, { workspace });

/** A fake platform whose Deployments API fails the way the given error says (each call is still recorded). */
class FailingDeployments extends FakePlatform {
  constructor(
    context: Context,
    inputs: Record<string, string>,
    private readonly refusal: Error,
  ) {
    super(context, inputs);
  }
  override async recordDeployment(options: { environment: string; sha: string | undefined; state: string; description: string }): Promise<void> {
    await super.recordDeployment(options);
    throw this.refusal;
  }
}

/** The error the GitHub adapter throws when the token may not create deployments (FakeGitHub's read-only token: 403). */
async function githubRefusal(): Promise<Error> {
  const github = await new FakeGitHub().start();
  try {
    const platform = createGitHubPlatform({ env: { GITHUB_REPOSITORY: `${github.owner}/${github.repo}`, GITHUB_API_URL: github.url, GITHUB_WORKSPACE: tempDir() } });
    const recording = platform.recordDeployment?.({ environment: 'production', sha: 'a'.repeat(40), state: 'success', description: 'probe', token: github.readToken });
    return await Promise.resolve(recording).then(
      () => new Error('the fake GitHub accepted the read-only token'),
      (error: unknown) => error as Error,
    );
  } finally {
    await github.close();
  }
}

function platformFor(workspace: string, inputs: Record<string, string>, refusal?: Error): FakePlatform {
  const context = localContext(workspace, { runUrl: 'https://ci.example/run/1' });
  const all = { 'model-name': 'iris', registry: REGISTRY, ...inputs };
  return refusal ? new FailingDeployments(context, all, refusal) : new FakePlatform(context, all);
}

/** Runs deploy-model as the entry does (its catch included): the exit code and what the platform saw. */
async function deploy(workspace: string, id: string, inputs: Record<string, string> = {}, options: { verdict?: 'pass' | 'fail'; refusal?: Error } = {}) {
  const record = writeTrainedModel(workspace, { dir: `runs/${id}`, id });
  const comparison = writeComparison(workspace, `runs/${id}/comparison.json`, [['test.accuracy', options.verdict ?? 'pass']]);
  const platform = platformFor(workspace, { 'run-record': record, comparison, environment: 'production', ...inputs }, options.refusal);
  const { exitCode } = await runOn('deploy-model', () => platform);
  return { platform, exitCode, log: platform.logs.join('\n'), warnings: platform.logs.filter((l) => l.startsWith('warning: ')) };
}

describe('deploy-model: a GitHub Deployments refusal never fails a job that re-pointed the environment', () => {
  let refusal: Error;
  beforeAll(async () => {
    refusal = await githubRefusal();
  });

  it('the adapter answers a read-only token with a 403 ExternalError (what the fake below throws)', () => {
    expect(refusal).toBeInstanceOf(ExternalError);
    expect((refusal as ExternalError).status).toBe(403);
    expect(refusal.message).toMatch(/could not create a deployment: 403 Resource not accessible by integration/);
  });

  it('a 403 leaves production promoted, exits 0, and warns naming permissions: deployments: write', async () => {
    const ws = tempDir();
    const { platform, exitCode, warnings } = await deploy(ws, 'run-1', {}, { refusal });
    expect(exitCode).toBe(0);
    expect(platform.outputs).toMatchObject({ promoted: 'true', environment: 'production' });
    expect((await currentDeployment(store(ws), 'iris', 'production'))?.digest).toBe(platform.outputs.digest);
    expect(platform.deployments.map((d) => d.state)).toEqual(['success']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^warning: deploy-model: the GitHub Deployment of production was not recorded \(GitHub API: could not create a deployment: 403 Resource not accessible by integration\): grant the job 'permissions: deployments: write' .*; production now runs iris:aaaaaaaaaaaa-run-1: the promotion went ahead$/,
    );
    // The adapter's hint is for comments and statuses, not for this call.
    expect(warnings[0]).not.toMatch(/pull-requests: write|statuses: write/);
    expect(platform.summaries[0]?.text).toMatch(/outcome +promoted to production/);
  });

  it('a 404 (a token that may not see deployments) is the same warning', async () => {
    const ws = tempDir();
    const notFound = new ExternalError('GitHub API: could not create a deployment: 404 Not Found', 'GitHub API', 404, false);
    const { exitCode, warnings, platform } = await deploy(ws, 'run-1', {}, { refusal: notFound });
    expect(exitCode).toBe(0);
    expect(platform.outputs.promoted).toBe('true');
    expect(warnings[0]).toMatch(/404 Not Found\): grant the job 'permissions: deployments: write'/);
  });

  it('any other Deployments failure after the move is a warning that says what production runs', async () => {
    const ws = tempDir();
    const down = new ExternalError('GitHub API: could not create a deployment: 502 Server Error', 'GitHub API', 502, true);
    const { exitCode, warnings, platform } = await deploy(ws, 'run-1', {}, { refusal: down });
    expect(exitCode).toBe(0);
    expect(platform.outputs.promoted).toBe('true');
    expect(warnings).toEqual([
      'warning: deploy-model: the GitHub Deployment of production was not recorded (GitHub API: could not create a deployment: 502 Server Error); production now runs iris:aaaaaaaaaaaa-run-1: the promotion went ahead',
    ]);
  });

  it('a 403 on a refused deploy keeps the refusal as the failure, and says production was not touched', async () => {
    const ws = tempDir();
    await deploy(ws, 'run-1');
    const { exitCode, platform, log, warnings } = await deploy(ws, 'run-2', {}, { verdict: 'fail', refusal });
    expect(exitCode).toBe(1);
    expect(log).toMatch(/error: deploy-model: iris:aaaaaaaaaaaa-run-2 was pushed but not promoted to production: the gate verdict is fail/);
    expect(platform.outputs).toMatchObject({ promoted: 'false', environment: '' });
    expect(warnings[0]).toMatch(/'permissions: deployments: write' .*; production still runs aaaaaaaaaaaa-run-1: nothing was promoted$/);
  });

  it('a failed smoke test is rolled back even when the Deployment cannot be recorded; the warning says where production stands', async () => {
    const ws = tempDir();
    await deploy(ws, 'run-1');
    const { exitCode, platform, log, warnings } = await deploy(ws, 'run-2', { 'smoke-test': 'exit 4' }, { refusal });
    expect(exitCode).toBe(1);
    expect(log).toMatch(/error: deploy-model: smoke-test failed \(exit 4\); production was rolled back to aaaaaaaaaaaa-run-1$/m);
    expect(platform.outputs).toMatchObject({ promoted: 'false', environment: '' });
    expect(warnings.at(-1)).toMatch(/deployments: write.*; production was rolled back to aaaaaaaaaaaa-run-1$/);
    expect((await currentDeployment(store(ws), 'iris', 'production'))?.version).toBe('aaaaaaaaaaaa-run-1');
  });
});

describe('deploy-model: promoted and environment are set on every path', () => {
  it('promoted and environment are true and the environment after a promotion, with a log line naming the record', async () => {
    const ws = tempDir();
    const { platform, exitCode, log } = await deploy(ws, 'run-1');
    expect(exitCode).toBe(0);
    expect(platform.outputs).toMatchObject({ promoted: 'true', environment: 'production' });
    expect(log).toContain(
      `deploy-model: production now points at iris:aaaaaaaaaaaa-run-1 (${platform.outputs.digest?.slice(0, 19)}; was nothing): gate pass (runs/run-1/comparison.json); record ${platform.outputs.record}`,
    );
  });

  it("'false' and empty on a refusal (so `if: promoted == 'false'` fires)", async () => {
    const ws = tempDir();
    await deploy(ws, 'run-1');
    const { platform, exitCode } = await deploy(ws, 'run-2', {}, { verdict: 'fail' });
    expect(exitCode).toBe(1);
    expect(platform.outputs).toMatchObject({ promoted: 'false', environment: '' });
  });

  it("'false' and empty when only pushed", async () => {
    const ws = tempDir();
    const record = writeTrainedModel(ws);
    const platform = platformFor(ws, { 'run-record': record });
    expect((await runOn('deploy-model', () => platform)).exitCode).toBe(0);
    expect(platform.outputs).toMatchObject({ promoted: 'false', environment: '' });
    expect(platform.outputs.digest).toMatch(/^sha256:/);
  });

  it("'false' and empty on an error before anything moved", async () => {
    const ws = tempDir();
    const record = writeTrainedModel(ws);
    writeComparison(ws, 'other.json', [['test.accuracy', 'pass']], 'b'.repeat(40));
    const platform = platformFor(ws, { 'run-record': record, comparison: 'other.json', environment: 'production' });
    expect((await runOn('deploy-model', () => platform)).exitCode).toBe(1);
    expect(platform.logs.join('\n')).toMatch(/error: .*compared commit bbbbbbbbbbbb/);
    expect(platform.outputs).toMatchObject({ promoted: 'false', environment: '' });
  });

  it("'false' and empty after a failed deploy command is rolled back", async () => {
    const ws = tempDir();
    await deploy(ws, 'run-1');
    const { platform, exitCode } = await deploy(ws, 'run-2', { 'deploy-command': 'exit 3' });
    expect(exitCode).toBe(1);
    expect(platform.outputs).toMatchObject({ promoted: 'false', environment: '' });
  });

  it("'true' when a failed smoke test had nothing to roll back to: the environment still runs the new version, and the failure says so", async () => {
    const ws = tempDir();
    const { platform, exitCode, log } = await deploy(ws, 'run-1', { 'smoke-test': 'exit 1' });
    expect(exitCode).toBe(1);
    expect(log).toMatch(/error: deploy-model: smoke-test failed \(exit 1\); production had no version before this one, so it was left pointing at the new version/);
    expect(platform.outputs).toMatchObject({ promoted: 'true', environment: 'production' });
    expect((await currentDeployment(store(ws), 'iris', 'production'))?.digest).toBe(platform.outputs.digest);
  });

  it('already there: true and the environment', async () => {
    const ws = tempDir();
    await deploy(ws, 'run-1');
    const { platform } = await deploy(ws, 'run-1');
    expect(platform.outputs).toMatchObject({ promoted: 'true', environment: 'production' });
  });
});

describe('deploy-model: a forced promotion says so', () => {
  it('a warning, a summary line and a record reason naming the failed gate', async () => {
    const ws = tempDir();
    const { platform, exitCode, warnings } = await deploy(ws, 'run-1', { force: 'true' }, { verdict: 'fail' });
    expect(exitCode).toBe(0);
    expect(platform.outputs.promoted).toBe('true');
    expect(warnings).toEqual([
      "warning: deploy-model: forced past a failed gate: the gate verdict is fail (runs/run-1/comparison.json): test.accuracy: test.accuracy dropped 5.3% > 1%; promoting iris:aaaaaaaaaaaa-run-1 to production because 'force' is true",
    ]);
    const summary = platform.summaries[0];
    expect(summary?.text).toMatch(/^forced +past a failed gate: the gate verdict is fail \(runs\/run-1\/comparison\.json\): test\.accuracy: test\.accuracy dropped 5\.3% > 1%$/m);
    expect(summary?.markdown).toMatch(/\| forced \| `past a failed gate: the gate verdict is fail/);
    const [head] = (await history(store(ws), 'iris', 'production')).records;
    expect(head?.record).toMatchObject({
      forced: true,
      verdict: 'fail',
      reason: 'forced past a failed gate: the gate verdict is fail (runs/run-1/comparison.json): test.accuracy: test.accuracy dropped 5.3% > 1%',
    });
  });

  it('a reason given with force keeps its words and says it was forced; a gate with no verdict is named as such', async () => {
    const ws = tempDir();
    const record = writeTrainedModel(ws, { dir: 'runs/x', id: 'x' });
    const platform = platformFor(ws, { 'run-record': record, environment: 'staging', force: 'true', reason: 'hotfix approved by the on-call' });
    expect((await runOn('deploy-model', () => platform)).exitCode).toBe(0);
    expect(platform.logs).toContain(
      "warning: deploy-model: forced past a failed gate: no gate verdict (no comparison and no gate in the run record); promoting iris:aaaaaaaaaaaa-x to staging because 'force' is true",
    );
    const [head] = (await history(store(ws), 'iris', 'staging')).records;
    expect(head?.record).toMatchObject({ forced: true, verdict: 'unknown', reason: 'hotfix approved by the on-call (forced past gate unknown)' });
  });

  it('force with a gate that passed is an ordinary promotion: no warning, no forced line', async () => {
    const ws = tempDir();
    const { platform, warnings } = await deploy(ws, 'run-1', { force: 'true' });
    expect(warnings).toEqual([]);
    expect(platform.summaries[0]?.text).not.toMatch(/forced/);
    const [head] = (await history(store(ws), 'iris', 'production')).records;
    expect(head?.record).toMatchObject({ forced: false, reason: 'gate pass (runs/run-1/comparison.json)' });
  });
});

describe('deploy-model: a hook that cannot start', () => {
  it('is a failed rollout in words (the environment is rolled back), not a crash', async () => {
    const ws = tempDir();
    const platform = new FakePlatform(localContext(`${ws}/no-such-folder`));
    const target = { model: 'iris', version: 'v1', digest: `sha256:${'0'.repeat(64)}`, environment: 'production', registry: REGISTRY };
    const failed = await runHook(platform, 'deploy-command', 'true', target, 5000, ws);
    expect(failed).toMatch(/^deploy-command could not run \(.+\)$/);
  });
});
