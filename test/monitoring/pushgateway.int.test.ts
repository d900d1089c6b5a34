import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExternalError } from '../../src/core/errors.js';
import { pushMetrics } from '../../src/monitoring/pushgateway.js';
import { modelMetricSamples, stepSamples, verdictSamples } from '../../src/monitoring/series.js';
import { freePort, startPushgateway, type RunningServer } from '../helpers/prom-servers.js';

/**
 * pushMetrics against Debian's real prometheus-pushgateway: the series read back from its /metrics,
 * hostile names and labels sanitized to one line each, PUT replacing the group, refusals as errors.
 */

let gateway: RunningServer;

beforeAll(async () => {
  gateway = await startPushgateway();
});

afterAll(async () => {
  await gateway?.stop();
});

/** The Pushgateway's exposition lines for series starting with `prefix` (no comments). */
async function seriesLines(prefix: string): Promise<string[]> {
  const text = await (await fetch(`${gateway.url}/metrics`)).text();
  return text.split('\n').filter((line) => line.startsWith(prefix));
}

describe('pushMetrics to a real Pushgateway', () => {
  it('pushes a group whose series come back with the grouping labels', async () => {
    const group = { job: 'modelgate', labels: { model: 'churn', environment: 'prod/eu', step: 'validate-data' } };
    await pushMetrics(gateway.url, group, [...stepSamples('validate-data', { rows: 1200, passed: true }), ...verdictSamples('pass')]);
    const lines = await seriesLines('modelgate_validate_data_');
    expect(lines.sort()).toEqual([
      'modelgate_validate_data_passed{environment="prod/eu",instance="",job="modelgate",model="churn",step="validate-data"} 1',
      'modelgate_validate_data_rows{environment="prod/eu",instance="",job="modelgate",model="churn",step="validate-data"} 1200',
    ]);
    expect(await seriesLines('modelgate_gate_verdict{')).toContain(
      'modelgate_gate_verdict{environment="prod/eu",instance="",job="modelgate",model="churn",step="validate-data",verdict="pass"} 1',
    );
  });

  it('keeps hostile metric names and label values to one sanitized line each', async () => {
    const hostile = 'acc"} 1\n# TYPE evil counter\nevil_total 666\nx{y="';
    const group = { job: 'modelgate', labels: { model: 'hostile', branch: '', step: 'compare' } };
    await pushMetrics(gateway.url, group, [
      ...modelMetricSamples({ [hostile]: 0.5 }),
      { name: `train\nevil_total 1`, help: 'help\nevil_total 2', type: 'gauge', value: 3, labels: { 'we\nird': 'back\\slash "q"', __name__: 'x' } },
    ]);
    const text = await (await fetch(`${gateway.url}/metrics`)).text();
    expect(text).not.toMatch(/^evil/m);
    const metric = text.split('\n').filter((line) => line.startsWith('modelgate_model_metric{') && line.includes('model="hostile"'));
    expect(metric).toEqual([
      `modelgate_model_metric{branch="",instance="",job="modelgate",metric="acc\\"} 1\\n# TYPE evil counter\\nevil_total 666\\nx{y=\\"",model="hostile",step="compare"} 0.5`,
    ]);
    const train = text.split('\n').filter((line) => line.startsWith('modelgate_train_evil_total_1'));
    expect(train).toEqual(['modelgate_train_evil_total_1{_name__="x",branch="",instance="",job="modelgate",model="hostile",step="compare",we_ird="back\\\\slash \\"q\\""} 3']);
  });

  it('replaces the whole group on the next push', async () => {
    const group = { job: 'modelgate', labels: { model: 'replace', step: 'train-model' } };
    await pushMetrics(gateway.url, group, stepSamples('train-model', { first_only: 1, both: 1 }));
    await pushMetrics(gateway.url, group, stepSamples('train-model', { both: 2 }));
    expect(await seriesLines('modelgate_train_model_')).toEqual(['modelgate_train_model_both{instance="",job="modelgate",model="replace",step="train-model"} 2']);
  });

  it('turns a refused push into an ExternalError with the status', async () => {
    // The same name as a counter, while another group holds it as a gauge: the Pushgateway refuses it.
    const push = pushMetrics(gateway.url, { job: 'modelgate', labels: { model: 'conflict' } }, [{ name: 'validate_data_rows', help: 'rows', type: 'counter', value: 1 }]);
    await expect(push).rejects.toBeInstanceOf(ExternalError);
    await expect(push).rejects.toMatchObject({ service: 'Pushgateway', status: 400, retrySafe: false });
    await expect(push).rejects.toThrow(/answered 400 to the push of group \/metrics\/job\/modelgate\/model\/conflict/);
  });

  it('reports an unreachable Pushgateway without its credentials', async () => {
    const port = await freePort();
    const push = pushMetrics(`http://user:s3cret-pass@127.0.0.1:${port}`, { job: 'modelgate', labels: {} }, stepSamples('x', { y: 1 }), { timeoutMs: 2000 });
    await expect(push).rejects.toMatchObject({ service: 'Pushgateway', status: undefined });
    await expect(push).rejects.toThrow(/could not be reached/);
    await expect(push.catch((error: Error) => error.message)).resolves.not.toContain('s3cret');
  });

  it('fails clearly, not silently, when the server binary is missing', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await expect(startPushgateway()).rejects.toThrow('prometheus-pushgateway is not installed: apt-get install prometheus-pushgateway');
    } finally {
      process.env.PATH = path;
    }
  });

  it('sends the token, or the URL credentials, as Authorization', async () => {
    const seen: IncomingMessage['headers'][] = [];
    const server = createServer((request, response) => {
      seen.push(request.headers);
      request.resume();
      request.on('end', () => response.writeHead(200).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await pushMetrics(`http://127.0.0.1:${port}/`, { job: 'j', labels: {} }, stepSamples('x', { y: 1 }), { token: 'tok-123' });
      await pushMetrics(`http://me:pw@127.0.0.1:${port}`, { job: 'j', labels: {} }, stepSamples('x', { y: 1 }));
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    expect(seen.map((h) => h.authorization)).toEqual(['Bearer tok-123', `Basic ${Buffer.from('me:pw').toString('base64')}`]);
    expect(seen[0]?.['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  });
});
