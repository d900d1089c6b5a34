import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, writeFiles } from './helpers/git.js';
import { writeComparison, writeTrainedModel } from './helpers/model-workspace.js';
import { startPushgateway, type RunningServer } from './helpers/prom-servers.js';
import { runAction } from './helpers/runner.js';

/** A loopback chat webhook: records what it is sent; answers `status`. */
class Webhook {
  readonly received: { path: string; body: any }[] = [];
  status = 200;
  private server?: Server;
  url = '';
  async start(): Promise<this> {
    this.server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        this.received.push({ path: req.url ?? '', body: JSON.parse(body || 'null') });
        res.statusCode = this.status;
        res.end(this.status === 200 ? 'ok' : 'invalid_payload');
      });
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/services/T000/B000/secret-part`;
    return this;
  }
  close(): Promise<void> {
    return new Promise((r) => this.server?.close(() => r()));
  }
}

/**
 * The steps' figures reach a real Pushgateway (Debian's prometheus-pushgateway) grouped by model,
 * environment, pipeline and step, and their decisions reach a chat webhook; a broken webhook or
 * Pushgateway only warns.
 */
describe('steps push their figures and notify, through the runner contract', () => {
  let gateway: RunningServer;
  let webhook: Webhook;

  beforeAll(async () => {
    [gateway, webhook] = await Promise.all([startPushgateway(), new Webhook().start()]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([gateway?.stop(), webhook?.close()]);
  });

  const series = async () => (await (await fetch(`${gateway.url}/metrics`)).text()).split('\n').filter((l) => l.startsWith('modelgate_'));

  it('compare-metrics pushes the metrics, deltas and verdict, and posts a Slack message on a failure', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'new.json': '{"accuracy": 0.80, "loss": 0.3}\n', 'old.json': '{"accuracy": 0.90, "loss": 0.3}\n' });
    const run = await runAction('compare-metrics', {
      workspace: ws,
      inputs: {
        metrics: 'new.json',
        baseline: 'file:old.json',
        rules: 'accuracy: {better: higher, max-drop: 1%}',
        comment: 'false',
        status: 'false',
        'pushgateway-url': gateway.url,
        'notify-webhook': webhook.url,
        'notify-format': 'slack',
        'model-name': 'iris',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::add-mask::http://127.0.0.1');
    const lines = await series();
    const group = 'environment="none",instance="",job="modelgate",model="iris",pipeline="ci",step="compare-metrics"';
    expect(lines).toContain(`modelgate_gate_verdict{${group},verdict="fail"} 1`);
    expect(lines).toContain(`modelgate_model_metric{${group.replace('job="modelgate",', 'job="modelgate",metric="accuracy",')}} 0.8`);
    expect(lines.some((l) => l.startsWith(`modelgate_model_metric_delta{${group.replace('job="modelgate",', 'job="modelgate",metric="accuracy",')}} -0.0999`))).toBe(true);
    expect(lines.some((l) => l.startsWith('modelgate_step_duration_seconds{') && l.includes('step="compare-metrics"'))).toBe(true);
    expect(webhook.received).toHaveLength(1);
    const message = webhook.received[0]?.body;
    expect(message.text).toMatch(/Model metrics: fail/);
    expect(JSON.stringify(message.blocks)).toMatch(/"type":"plain_text","text":"✗ accuracy: dropped 11\.11% > 1%"/);
    expect(JSON.stringify(message.blocks)).toContain('https://github.com/Codertocat/Hello-World/actions/runs/6000000001');
  });

  it('deploy-model pushes the promoted version; notify-on decides which events send a message', async () => {
    const ws = tempDir();
    const record = writeTrainedModel(ws);
    const comparison = writeComparison(ws, 'train/comparison.json', [['test.accuracy', 'pass']]);
    const before = webhook.received.length;
    const run = await runAction('deploy-model', {
      workspace: ws,
      inputs: {
        'run-record': record,
        comparison,
        registry: 'oci-layout:.modelgate/registry',
        'model-name': 'iris',
        environment: 'staging',
        'model-version': 'v7',
        token: '',
        'pushgateway-url': gateway.url,
        'notify-webhook': webhook.url,
        'notify-format': 'teams',
        'notify-on': 'fail',
      },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(await series()).toContain(
      'modelgate_promoted_version_info{environment="staging",instance="",job="modelgate",model="iris",pipeline="ci",step="deploy-model",version="v7"} 1',
    );
    expect(webhook.received).toHaveLength(before);
  });

  it("takes the Pushgateway from modelgate.yml's monitoring section when no input names one", async () => {
    const ws = tempDir();
    writeFiles(ws, { 'modelgate.yml': `monitoring:\n  pushgateway-url: ${gateway.url}\nmetrics:\n  f1: {better: higher}\n`, 'm.json': '{"f1": 0.77}\n' });
    const run = await runAction('compare-metrics', { workspace: ws, inputs: { metrics: 'm.json', baseline: 'none', comment: 'false', status: 'false' } });
    expect(run.exitCode, run.stdout).toBe(0);
    expect((await series()).some((l) => l.startsWith('modelgate_model_metric{') && l.includes('metric="f1"') && l.endsWith(' 0.77'))).toBe(true);
  });

  it("reads monitoring from the config file the 'config' input names, and pushes under 'pushgateway-job'", async () => {
    const ws = tempDir();
    writeFiles(ws, { 'ci/modelgate.yml': `monitoring:\n  pushgateway-url: ${gateway.url}\n`, 'm.json': '{"f1": 0.61}\n' });
    const run = await runAction('compare-metrics', {
      workspace: ws,
      inputs: { metrics: 'm.json', baseline: 'none', config: 'ci/modelgate.yml', 'pushgateway-job': 'team-fraud', comment: 'false', status: 'false' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect((await series()).some((l) => l.startsWith('modelgate_model_metric{') && l.includes('job="team-fraud"') && l.includes('metric="f1"') && l.endsWith(' 0.61'))).toBe(true);
  });

  it('a failing webhook and an unreachable Pushgateway warn, and the step keeps its own outcome', async () => {
    webhook.status = 500;
    const ws = tempDir();
    writeFiles(ws, { 'new.json': '{"accuracy": 0.95}\n' });
    const run = await runAction('compare-metrics', {
      workspace: ws,
      inputs: {
        metrics: 'new.json',
        baseline: 'none',
        comment: 'false',
        status: 'false',
        'pushgateway-url': 'http://127.0.0.1:9',
        'notify-webhook': webhook.url,
        'notify-format': 'slack',
        'notify-on': 'pass, fail',
      },
    });
    webhook.status = 200;
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/::warning::compare-metrics: could not push figures to the Pushgateway/);
    expect(run.stdout).toMatch(/::warning::compare-metrics: could not notify the chat webhook/);
    // The runner takes the ::add-mask:: command out of the log; nothing else may carry the URL.
    expect(
      run.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toMatch(/secret-part/);
  });
});
