import { describe, expect, it } from 'vitest';
import { backoffMs, retry, sleep, type RetryEvent, type RetryOptions } from '../../src/core/retry.js';

/** A sleep that returns at once and records what it was asked to wait. */
function fakeSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

/** A function that fails `failures` times with the given errors, then resolves 'ok'; counts its calls. */
function flaky(failures: number, error: (n: number) => unknown = (n) => new Error(`fail ${n}`)) {
  const calls: number[] = [];
  const fn = async (attempt: number) => {
    calls.push(attempt);
    if (calls.length <= failures) throw error(calls.length);
    return 'ok';
  };
  return { calls, fn };
}

const base = (extra: Partial<RetryOptions> = {}): RetryOptions => ({ attempts: 4, baseMs: 100, ...extra });

describe('retry', () => {
  it('resolves with the first success and does not wait when nothing fails', async () => {
    const { waits, sleep } = fakeSleep();
    const { calls, fn } = flaky(0);
    await expect(retry(fn, base({ sleep }))).resolves.toBe('ok');
    expect(calls).toEqual([1]);
    expect(waits).toEqual([]);
  });

  it('retries until success, passing the attempt number, with doubling waits', async () => {
    const { waits, sleep } = fakeSleep();
    const { calls, fn } = flaky(3);
    await expect(retry(fn, base({ sleep }))).resolves.toBe('ok');
    expect(calls).toEqual([1, 2, 3, 4]);
    expect(waits).toEqual([100, 200, 400]);
  });

  it('makes exactly `attempts` attempts, then throws the last failure as it was', async () => {
    const { waits, sleep } = fakeSleep();
    const { calls, fn } = flaky(10);
    await expect(retry(fn, base({ attempts: 3, sleep }))).rejects.toThrow('fail 3');
    expect(calls).toEqual([1, 2, 3]);
    expect(waits).toHaveLength(2);
  });

  it('makes one attempt when attempts is 1', async () => {
    const { waits, sleep } = fakeSleep();
    const { calls, fn } = flaky(10);
    await expect(retry(fn, base({ attempts: 1, sleep }))).rejects.toThrow('fail 1');
    expect(calls).toEqual([1]);
    expect(waits).toEqual([]);
  });

  it('throws a failure that is not retryable at once, without waiting', async () => {
    const { waits, sleep } = fakeSleep();
    const fatal = new TypeError('bad request');
    const { calls, fn } = flaky(10, () => fatal);
    await expect(retry(fn, base({ sleep, retryable: (error) => !(error instanceof TypeError) }))).rejects.toBe(fatal);
    expect(calls).toEqual([1]);
    expect(waits).toEqual([]);
  });

  it('asks retryable about each failure with its attempt, and stops at the first it refuses', async () => {
    const { sleep } = fakeSleep();
    const asked: [string, number][] = [];
    const { calls, fn } = flaky(10, (n) => new Error(n < 3 ? 'transient' : 'fatal'));
    const retryable = (error: unknown, attempt: number) => {
      asked.push([(error as Error).message, attempt]);
      return (error as Error).message === 'transient';
    };
    await expect(retry(fn, base({ attempts: 10, sleep, retryable }))).rejects.toThrow('fatal');
    expect(calls).toEqual([1, 2, 3]);
    expect(asked).toEqual([
      ['transient', 1],
      ['transient', 2],
      ['fatal', 3],
    ]);
  });

  it('keeps every wait at or under the cap', async () => {
    const { waits, sleep } = fakeSleep();
    const { fn } = flaky(6);
    await retry(fn, base({ attempts: 7, baseMs: 100, capMs: 350, sleep }));
    expect(waits).toEqual([100, 200, 350, 350, 350, 350]);
  });

  it('waits as long as Retry-After asks when that is longer than the back-off', async () => {
    const { waits, sleep } = fakeSleep();
    const { fn } = flaky(2);
    await retry(fn, base({ baseMs: 100, sleep, retryAfterMs: () => 5000 }));
    expect(waits).toEqual([5000, 5000]);
  });

  it('keeps the back-off when Retry-After is shorter or absent', async () => {
    const { waits, sleep } = fakeSleep();
    const { fn } = flaky(3, (n) => Object.assign(new Error('busy'), { after: n === 1 ? 50 : undefined }));
    await retry(fn, base({ baseMs: 100, sleep, retryAfterMs: (error) => (error as { after?: number }).after }));
    expect(waits).toEqual([100, 200, 400]);
  });

  it('caps Retry-After too, so a server cannot park the caller', async () => {
    const { waits, sleep } = fakeSleep();
    const { fn } = flaky(1);
    await retry(fn, base({ sleep, capMs: 60_000, retryAfterMs: () => 3_600_000 }));
    expect(waits).toEqual([60_000]);
  });

  it('draws full jitter between zero and the back-off', async () => {
    const { waits, sleep } = fakeSleep();
    const draws = [0, 0.5, 0.999];
    const { fn } = flaky(3);
    await retry(fn, base({ baseMs: 100, jitter: true, sleep, random: () => draws.shift() as number }));
    expect(waits.slice(0, 2)).toEqual([0, 100]);
    expect(waits[2]).toBeCloseTo(399.6);
  });

  it('applies the cap before jitter, so a jittered wait never exceeds it', async () => {
    const { waits, sleep } = fakeSleep();
    const { fn } = flaky(5);
    await retry(fn, base({ attempts: 6, baseMs: 100, capMs: 250, jitter: true, sleep, random: () => 0.999 }));
    expect(Math.max(...waits)).toBeLessThanOrEqual(250);
    expect(waits.at(-1)).toBeCloseTo(249.75);
  });

  it('grows the wait by `factor`', async () => {
    const { waits, sleep } = fakeSleep();
    const { fn } = flaky(3);
    await retry(fn, base({ baseMs: 10, factor: 3, sleep }));
    expect(waits).toEqual([10, 30, 90]);
  });

  it('tells onRetry about each retry before its wait, not about the final failure', async () => {
    const log: string[] = [];
    const events: RetryEvent[] = [];
    const sleep = async (ms: number) => void log.push(`sleep ${ms}`);
    const { fn } = flaky(10);
    const onRetry = (event: RetryEvent) => {
      events.push(event);
      log.push(`retry ${event.attempt}`);
    };
    await expect(retry(fn, base({ attempts: 3, sleep, onRetry }))).rejects.toThrow('fail 3');
    expect(log).toEqual(['retry 1', 'sleep 100', 'retry 2', 'sleep 200']);
    expect(events.map((e) => [(e.error as Error).message, e.attempt, e.delayMs])).toEqual([
      ['fail 1', 1, 100],
      ['fail 2', 2, 200],
    ]);
  });

  it('ends with the error onRetry throws', async () => {
    const { sleep } = fakeSleep();
    const { calls, fn } = flaky(10);
    const stop = new Error('stop');
    const onRetry = () => {
      throw stop;
    };
    await expect(retry(fn, base({ sleep, onRetry }))).rejects.toBe(stop);
    expect(calls).toEqual([1]);
  });

  it('retries for as long as retryable allows when attempts is Infinity', async () => {
    const { waits, sleep } = fakeSleep();
    const { calls, fn } = flaky(50);
    await expect(retry(fn, { attempts: Infinity, baseMs: 1, capMs: 8, sleep })).resolves.toBe('ok');
    expect(calls).toHaveLength(51);
    expect(Math.max(...waits)).toBe(8);
  });

  it('stops when the signal aborts: no further attempt, the signal reason is thrown', async () => {
    const controller = new AbortController();
    const reason = new Error('cancelled');
    const { calls, fn } = flaky(10);
    const sleep = async () => controller.abort(reason);
    await expect(retry(fn, base({ sleep, signal: controller.signal }))).rejects.toBe(reason);
    expect(calls).toEqual([1]);
  });

  it('refuses fewer than one attempt', async () => {
    await expect(retry(async () => 'ok', base({ attempts: 0 }))).rejects.toThrow(RangeError);
  });

  it('really waits with the default sleep (a tiny base delay)', async () => {
    const { calls, fn } = flaky(2);
    await expect(retry(fn, { attempts: 3, baseMs: 1 })).resolves.toBe('ok');
    expect(calls).toEqual([1, 2, 3]);
  });
});

describe('backoffMs', () => {
  it('is base times factor to the attempt, capped', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, { baseMs: 200 }))).toEqual([200, 400, 800, 1600, 3200]);
    expect([1, 2, 3, 4].map((n) => backoffMs(n, { baseMs: 2, capMs: 5 }))).toEqual([2, 4, 5, 5]);
  });
});

describe('sleep', () => {
  it('resolves after a tiny wait', async () => {
    await expect(sleep(1)).resolves.toBeUndefined();
  });

  it('rejects at once with the reason of a signal already aborted', async () => {
    const reason = new Error('gone');
    await expect(sleep(60_000, AbortSignal.abort(reason))).rejects.toBe(reason);
  });

  it('rejects with the reason when the signal aborts during the wait', async () => {
    const controller = new AbortController();
    const reason = new Error('cancelled');
    const waiting = sleep(60_000, controller.signal);
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
  });
});
