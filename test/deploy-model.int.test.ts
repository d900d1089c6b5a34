import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { history } from '../src/registry/models.js';
import { openStore } from '../src/registry/store.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { tempDir } from './helpers/git.js';
import { writeComparison, writeTrainedModel } from './helpers/model-workspace.js';
import { startPrometheus, type RunningServer } from './helpers/prom-servers.js';
import { startRegistry, startTcpProxy, type RunningRegistry } from './helpers/registry-server.js';
import { examplePayload, runAction } from './helpers/runner.js';

const push = () => {
  const payload = examplePayload('push');
  return { name: 'push', payload };
};

describe('dist/deploy-model.js and dist/rollback.js through the runner contract, against a real registry', () => {
  let github: FakeGitHub;
  let registry: RunningRegistry;
  let workspace: string;
  let uri: string;

  beforeAll(async () => {
    [github, registry] = await Promise.all([new FakeGitHub().start(), startRegistry()]);
    workspace = tempDir();
    uri = `oci://${registry.host}/models`;
  });
  afterAll(async () => {
    await Promise.all([github.close(), registry.stop()]);
  });

  const deploy = (id: string, extra: Record<string, string> = {}, token = github.writeToken) => {
    const record = writeTrainedModel(workspace, { dir: `runs/${id}`, id, sha: 'c'.repeat(40) });
    const comparison = writeComparison(workspace, `runs/${id}/comparison.json`, [['test.accuracy', 'pass']], 'c'.repeat(40));
    return runAction('deploy-model', {
      workspace,
      inputs: { 'run-record': record, comparison, registry: uri, 'model-name': 'team/iris', environment: 'production', ...extra },
      event: push(),
      apiUrl: github.url,
      token,
    });
  };

  it('pushes and promotes; the GitHub Deployment gets a success status; a second version records the first as previous', async () => {
    const first = await deploy('run-1');
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.outputs).toMatchObject({ environment: 'production', promoted: 'true', version: `${'c'.repeat(12)}-run-1` });
    expect(github.deployments).toEqual([expect.objectContaining({ ref: 'c'.repeat(40), environment: 'production', statuses: [expect.objectContaining({ state: 'success' })] })]);
    expect(first.summary).toContain('promoted to production');
    const second = await deploy('run-2');
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.outputs['previous-digest']).toBe(first.outputs.digest);
    const chain = await history(openStore(uri), 'team/iris', 'production');
    expect(chain.records.map((r) => r.record.version)).toEqual([`${'c'.repeat(12)}-run-2`, `${'c'.repeat(12)}-run-1`]);
    expect(chain.pointer).toBe(second.outputs.digest);
  });

  it('pushes now and promotes later: the second run sends no blob, and the version is the same', async () => {
    const proxy = await startTcpProxy(registry.port);
    try {
      const record = writeTrainedModel(workspace, { dir: 'runs/later', id: 'later', sha: 'c'.repeat(40), weights: 'w'.repeat(200_000) });
      const via = { workspace, event: push(), apiUrl: github.url, token: github.writeToken };
      const pushed = await runAction('deploy-model', { ...via, inputs: { 'run-record': record, registry: `oci://${proxy.host}/models`, 'model-name': 'team/later' } });
      expect(pushed.exitCode, pushed.stdout).toBe(0);
      expect(proxy.bytesUp()).toBeGreaterThan(200_000);
      proxy.reset();
      const comparison = writeComparison(workspace, 'runs/later/comparison.json', [['test.accuracy', 'pass']], 'c'.repeat(40));
      const promoted = await runAction('deploy-model', {
        ...via,
        inputs: { 'run-record': record, comparison, registry: `oci://${proxy.host}/models`, 'model-name': 'team/later', environment: 'production' },
      });
      expect(promoted.exitCode, promoted.stdout).toBe(0);
      expect(promoted.stdout).toContain(`already there (same digest) ${pushed.outputs.digest}, 0 bytes sent`);
      expect(promoted.outputs).toMatchObject({ digest: pushed.outputs.digest, promoted: 'true' });
      // What went up is requests and the small deployment record, never the model again.
      expect(proxy.bytesUp()).toBeLessThan(50_000);
    } finally {
      await proxy.stop();
    }
  });

  it('a failed gate leaves production alone and fails the job with an annotation naming the regression', async () => {
    const record = writeTrainedModel(workspace, { dir: 'runs/bad', id: 'bad', sha: 'c'.repeat(40) });
    const comparison = writeComparison(workspace, 'runs/bad/comparison.json', [['test.accuracy', 'fail']], 'c'.repeat(40));
    const run = await runAction('deploy-model', {
      workspace,
      inputs: { 'run-record': record, comparison, registry: uri, 'model-name': 'team/iris', environment: 'production' },
      event: push(),
      apiUrl: github.url,
      token: github.writeToken,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::deploy-model: team\/iris:cccccccccccc-bad was pushed but not promoted to production: the gate verdict is fail/);
    expect(run.outputs).toMatchObject({ promoted: 'false', environment: '' });
    expect(github.deployments.at(-1)?.statuses).toEqual([expect.objectContaining({ state: 'failure' })]);
  });

  it('a token without deployments: write: production is still promoted, the job passes, and a warning names the permission', async () => {
    const recorded = github.deployments.length;
    const run = await deploy('no-deployments', { 'model-name': 'team/iris-read-only' }, github.readToken);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ promoted: 'true', environment: 'production' });
    expect(run.stdout).toMatch(
      /::warning::deploy-model: the GitHub Deployment of production was not recorded \(GitHub API: could not create a deployment: 403 Resource not accessible by integration\): grant the job 'permissions: deployments: write' .*; production now runs team\/iris-read-only:cccccccccccc-no-deployments: the promotion went ahead/,
    );
    expect(run.stdout).not.toMatch(/::error::/);
    expect(github.deployments).toHaveLength(recorded);
    expect((await history(openStore(uri), 'team/iris-read-only', 'production')).pointer).toBe(run.outputs.digest);
  });

  describe('watch mode against a real Prometheus', () => {
    let prometheus: RunningServer;
    let app: Server;
    let errors = 0;

    beforeAll(async () => {
      // The model server's own metrics, as a team's service exposes them.
      app = createServer((_req, res) => {
        res.setHeader('Content-Type', 'text/plain; version=0.0.4');
        res.end(`# TYPE model_errors_total counter\nmodel_errors_total ${errors}\n# TYPE model_requests_total counter\nmodel_requests_total 100\n`);
      });
      await new Promise<void>((r) => app.listen(0, '127.0.0.1', r));
      prometheus = await startPrometheus([`127.0.0.1:${(app.address() as AddressInfo).port}`]);
    }, 60_000);
    afterAll(async () => {
      await prometheus?.stop();
      await new Promise<void>((r) => app.close(() => r()));
    });

    const watch = () =>
      runAction('rollback', {
        workspace,
        inputs: {
          registry: uri,
          'model-name': 'team/iris',
          environment: 'production',
          'prometheus-url': prometheus.url,
          query: 'model_errors_total / model_requests_total',
          threshold: '0.02',
          'watch-for': '6s',
          'watch-every': '1s',
        },
        event: push(),
        apiUrl: github.url,
        token: github.writeToken,
      });

    it('a healthy deploy is kept', async () => {
      errors = 0;
      const run = await watch();
      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
      expect(run.outputs).toMatchObject({ breached: 'false', 'rolled-back': 'false', value: '0' });
    }, 30_000);

    it('a breach rolls production back within the watch, records why, and fails the job', async () => {
      errors = 5;
      const before = await history(openStore(uri), 'team/iris', 'production');
      const run = await watch();
      expect(run.exitCode).toBe(1);
      expect(run.outputs).toMatchObject({ breached: 'true', 'rolled-back': 'true', version: `${'c'.repeat(12)}-run-1`, value: '0.05' });
      expect(run.stdout).toMatch(
        /::error::rollback: 'model_errors_total \/ model_requests_total' was 0\.05 at .*, above the threshold 0\.02; production was rolled back to cccccccccccc-run-1/,
      );
      const after = await history(openStore(uri), 'team/iris', 'production');
      expect(after.records).toHaveLength(before.records.length + 1);
      expect(after.records[0]?.record).toMatchObject({ action: 'rollback', from: before.pointer, reason: expect.stringContaining('was 0.05') });
    }, 30_000);
  });
});
