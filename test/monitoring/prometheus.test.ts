import { describe, expect, it } from 'vitest';
import { ExternalError, UserError } from '../../src/core/errors.js';
import { queryScalar } from '../../src/monitoring/prometheus.js';
import { watch, type WatchOptions } from '../../src/monitoring/watch.js';

/**
 * queryScalar's reading of the API's answers and watch's schedule, failure and no-data rules, with
 * Prometheus's answers given by a fetch function and a fake clock (the real server is in
 * prometheus.int.test.ts).
 */

const vector = (...values: string[]) => ({
  status: 'success',
  data: { resultType: 'vector', result: values.map((value, i) => ({ metric: { instance: `i${i}` }, value: [1700000000, value] })) },
});
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A fetch answering with the queued responses in order (a function throws, as a dropped connection). */
function scripted(answers: (unknown | (() => never))[]): { fetch: typeof fetch; urls: string[] } {
  const urls: string[] = [];
  const fetchFn = (async (input: string | URL | Request) => {
    urls.push(String(input));
    const next = answers.shift();
    if (next === undefined) throw new Error('no more answers scripted');
    if (typeof next === 'function') (next as () => never)();
    return next instanceof Response ? next : json(next);
  }) as typeof fetch;
  return { fetch: fetchFn, urls };
}

describe('queryScalar', () => {
  it('reads one sample, a scalar, special values and no data', async () => {
    const { fetch, urls } = scripted([vector('0.25'), { status: 'success', data: { resultType: 'scalar', result: [1, '3'] } }, vector('+Inf'), vector(), vector('NaN')]);
    expect(await queryScalar('http://prom:9090/', 'sum(x)', { fetch, time: new Date(1_700_000_000_500) })).toBe(0.25);
    expect(await queryScalar('http://prom:9090', 'scalar(x)', { fetch })).toBe(3);
    expect(await queryScalar('http://prom:9090', 'x', { fetch })).toBe(Infinity);
    expect(await queryScalar('http://prom:9090', 'x', { fetch })).toBeUndefined();
    expect(await queryScalar('http://prom:9090', 'x', { fetch })).toBeUndefined();
    const first = new URL(urls[0]!);
    expect(first.pathname).toBe('/api/v1/query');
    expect(first.searchParams.get('query')).toBe('sum(x)');
    expect(first.searchParams.get('time')).toBe('1700000000.5');
  });

  it('refuses several series, a range vector and bad PromQL as user errors', async () => {
    const { fetch } = scripted([
      vector('1', '2'),
      { status: 'success', data: { resultType: 'matrix', result: [] } },
      json({ status: 'error', errorType: 'bad_data', error: 'parse error at char 5' }, 400),
    ]);
    await expect(queryScalar('http://prom:9090', 'errors', { fetch })).rejects.toThrow(
      /must return one series, it returned 2 \(\{instance="i0"\}, \{instance="i1"\}\); aggregate them/,
    );
    await expect(queryScalar('http://prom:9090', 'x[5m]', { fetch })).rejects.toThrow(/returned a matrix; it must be an instant query/);
    const bad = queryScalar('http://prom:9090', 'sum(', { fetch });
    await expect(bad).rejects.toBeInstanceOf(UserError);
    await expect(bad).rejects.toThrow("Prometheus query 'sum(' is not valid PromQL: parse error at char 5");
  });

  it('gives server failures as external errors, retry-safe or not', async () => {
    const { fetch } = scripted([
      json({ status: 'error', errorType: 'timeout', error: 'query timed out' }, 503),
      new Response('not found', { status: 404 }),
      () => {
        throw new TypeError('fetch failed');
      },
    ]);
    await expect(queryScalar('http://prom:9090', 'x', { fetch })).rejects.toMatchObject({
      service: 'Prometheus',
      status: 503,
      retrySafe: true,
      message: expect.stringContaining('query timed out'),
    });
    await expect(queryScalar('http://prom:9090', 'x', { fetch })).rejects.toMatchObject({ status: 404, retrySafe: false });
    await expect(queryScalar('http://prom:9090', 'x', { fetch })).rejects.toMatchObject({
      retrySafe: true,
      message: expect.stringContaining('could not be reached: fetch failed'),
    });
  });
});

/** A clock that sleeping moves forward, with the waits recorded. */
function fakeClock(start = Date.UTC(2024, 0, 1)) {
  let now = start;
  const waits: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
    waits,
    advance: (ms: number) => (now += ms),
  };
}

type Fetch = typeof globalThis.fetch;
const base = (clock: ReturnType<typeof fakeClock>, fetchFn: Fetch): WatchOptions => ({
  url: 'http://prom:9090',
  query: 'err',
  threshold: 0.05,
  forMs: 5000,
  everyMs: 1000,
  fetch: fetchFn,
  now: clock.now,
  sleep: clock.sleep,
});

describe('watch', () => {
  it('polls on schedule for the whole period when healthy, first poll at once, last at the end', async () => {
    const clock = fakeClock();
    const { fetch } = scripted(['0.01', '0.02', '0.05', '0.01', '0.03', '0.04'].map((v) => vector(v)));
    const seen: number[] = [];
    const result = await watch({ ...base(clock, fetch), onSample: (s) => seen.push(s.value!) });
    expect(result).toMatchObject({ breached: false, value: 0.04, at: '2024-01-01T00:00:05.000Z', noData: false });
    expect(result.samples.map((s) => s.time)).toEqual([0, 1, 2, 3, 4, 5].map((s) => `2024-01-01T00:00:0${s}.000Z`));
    expect(seen).toEqual([0.01, 0.02, 0.05, 0.01, 0.03, 0.04]);
    expect(clock.waits).toEqual([1000, 1000, 1000, 1000, 1000]);
  });

  it('returns at the first breach, above or below the threshold', async () => {
    const clock = fakeClock();
    const up = await watch(base(clock, scripted([vector('0.01'), vector('0.2'), vector('0.3')]).fetch));
    expect(up).toMatchObject({ breached: true, value: 0.2, at: '2024-01-01T00:00:01.000Z' });
    expect(up.samples).toHaveLength(2);
    const low = await watch({ ...base(fakeClock(), scripted([vector('0.99'), vector('0.97'), vector('0.5')]).fetch), threshold: 0.98, above: false });
    expect(low).toMatchObject({ breached: true, value: 0.97 });
  });

  it('keeps the schedule when queries are slow (no drift)', async () => {
    const clock = fakeClock();
    const slow = scripted(Array.from({ length: 6 }, () => vector('0')));
    const slowFetch = (async (input: string | URL | Request) => {
      clock.advance(300);
      return slow.fetch(input);
    }) as Fetch;
    await watch(base(clock, slowFetch));
    expect(clock.waits).toEqual([700, 700, 700, 700, 700]);
  });

  it('reports a query with no data for the whole period as noData, not a breach', async () => {
    const clock = fakeClock();
    const result = await watch(base(clock, scripted(Array.from({ length: 6 }, () => vector())).fetch));
    expect(result).toEqual({ breached: false, noData: true, samples: expect.any(Array) });
    expect(result.samples).toHaveLength(6);
    expect(result.samples.every((s) => s.value === undefined && s.error === undefined)).toBe(true);
  });

  it('retries transient failures at the next tick and fails after three in a row', async () => {
    const down = () => json({ status: 'error', errorType: 'unavailable', error: 'down' }, 503);
    const recovered = await watch(base(fakeClock(), scripted([down(), down(), vector('0.01'), down(), down(), vector('0.01')]).fetch));
    expect(recovered).toMatchObject({ breached: false, value: 0.01 });
    expect(recovered.samples.map((s) => (s.error ? 'error' : s.value))).toEqual(['error', 'error', 0.01, 'error', 'error', 0.01]);

    const failing = watch(base(fakeClock(), scripted([vector('0.01'), down(), down(), down()]).fetch));
    await expect(failing).rejects.toBeInstanceOf(ExternalError);
    await expect(failing).rejects.toThrow(/3 queries in a row failed/);
  });

  it('stops at once on a query that can never work', async () => {
    const several = watch(base(fakeClock(), scripted([vector('1', '2')]).fetch));
    await expect(several).rejects.toBeInstanceOf(UserError);
    const unauthorized = watch(base(fakeClock(), scripted([new Response('no', { status: 401 })]).fetch));
    await expect(unauthorized).rejects.toMatchObject({ status: 401 });
  });

  it('refuses nonsense periods and honours an abort', async () => {
    const clock = fakeClock();
    const { fetch } = scripted([]);
    await expect(watch({ ...base(clock, fetch), everyMs: 0 })).rejects.toThrow(/interval must be a positive duration/);
    await expect(watch({ ...base(clock, fetch), everyMs: 10_000 })).rejects.toThrow(/longer than the period/);
    const controller = new AbortController();
    controller.abort(new Error('job cancelled'));
    await expect(watch({ ...base(clock, fetch), signal: controller.signal })).rejects.toThrow('job cancelled');
  });
});
