import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Gauge, Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { queryScalar } from '../../src/monitoring/prometheus.js';
import { watch } from '../../src/monitoring/watch.js';
import { startPrometheus, type RunningServer } from '../helpers/prom-servers.js';

/**
 * watch and queryScalar against Debian's real Prometheus, scraping (every second) a metrics endpoint
 * this test serves with prom-client: one service's error rate goes past the threshold during the watch,
 * the other's stays low.
 */

const registry = new Registry();
const errorRate = new Gauge({ name: 'app_error_rate', help: 'errors per request', labelNames: ['service'], registers: [registry] });
let app: Server;
let prometheus: RunningServer;

beforeAll(async () => {
  errorRate.set({ service: 'bad' }, 0.01);
  errorRate.set({ service: 'good' }, 0.01);
  app = createServer((_request, response) => {
    void registry.metrics().then((text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text));
  });
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  prometheus = await startPrometheus([`127.0.0.1:${(app.address() as AddressInfo).port}`]);
});

afterAll(async () => {
  await prometheus?.stop();
  await new Promise<void>((resolve) => (app ? app.close(() => resolve()) : resolve()));
});

describe('watch against a real Prometheus', () => {
  it('breaches within the period when the error rate rises, and stays healthy when it does not', async () => {
    const options = { url: prometheus.url, threshold: 0.05, forMs: 8000, everyMs: 1000 };
    const rise = setTimeout(() => errorRate.set({ service: 'bad' }, 0.2), 3000);
    try {
      const started = Date.now();
      const [bad, good] = await Promise.all([
        watch({ ...options, query: 'max(app_error_rate{service="bad"})' }),
        watch({ ...options, query: 'max(app_error_rate{service="good"})' }),
      ]);
      expect(bad).toMatchObject({ breached: true, value: 0.2, noData: false });
      expect(Date.parse(bad.at!) - started).toBeLessThanOrEqual(8500);
      expect(good).toMatchObject({ breached: false, value: 0.01, noData: false });
      expect(good.samples.length).toBeGreaterThanOrEqual(8);
      // The period was watched to its end, not cut short.
      expect(Date.parse(good.samples.at(-1)!.time) - Date.parse(good.samples[0]!.time)).toBeGreaterThanOrEqual(7900);
    } finally {
      clearTimeout(rise);
    }
  });

  it('reports a series that never exists as no data, not a breach', async () => {
    const result = await watch({ url: prometheus.url, query: 'max(app_error_rate{service="typo"})', threshold: 0.05, forMs: 2000, everyMs: 1000 });
    expect(result).toMatchObject({ breached: false, noData: true });
    expect(result.samples).toHaveLength(3);
  });

  it('gives the API error for bad PromQL and refuses several series', async () => {
    await expect(queryScalar(prometheus.url, 'sum(app_error_rate')).rejects.toThrow(/is not valid PromQL: .*parse error/);
    await expect(queryScalar(prometheus.url, 'app_error_rate')).rejects.toThrow(UserError);
    await expect(queryScalar(prometheus.url, 'app_error_rate')).rejects.toThrow(/must return one series, it returned 2/);
    expect(await queryScalar(prometheus.url, 'scalar(vector(42))')).toBe(42);
  });
});
