import { ExternalError, UserError } from '../core/errors.js';
import { sleep } from '../core/retry.js';
import { queryScalar } from './prometheus.js';

/** Consecutive failed queries after which {@link watch} gives up. */
export const MAX_CONSECUTIVE_FAILURES = 3;

/** One poll of {@link watch}: its time, the value (absent when no data) and the error of a failed query. */
export interface WatchSample {
  time: string;
  value?: number;
  error?: string;
}

/** Options of {@link watch}. */
export interface WatchOptions {
  /** Prometheus's base URL, e.g. `http://prometheus:9090`. */
  url: string;
  /** PromQL giving one number, e.g. `sum(rate(errors[1m])) / sum(rate(requests[1m]))`. */
  query: string;
  threshold: number;
  /** Breach when the value is above the threshold (default), or below it when false. Equal is healthy. */
  above?: boolean;
  /** How long to watch, in milliseconds. */
  forMs: number;
  /** Time between polls, in milliseconds. */
  everyMs: number;
  /** Called after each poll, e.g. to log it. */
  onSample?: (sample: WatchSample) => void;
  /** Stops the watch: it rejects with the signal's reason. */
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** Per query, default 10 s. */
  timeoutMs?: number;
  /** Injectable clock for tests (milliseconds since the epoch). */
  now?: () => number;
  /** Injectable wait for tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * What {@link watch} saw. `breached` with the breaching `value` and its time `at`; otherwise `value` and
 * `at` are the last sample with data, absent when there was none, which `noData` says: the query
 * matched nothing for the whole period (a typo in a label, a service not scraped). That is no breach,
 * but no evidence of health either, so callers report it.
 */
export interface WatchResult {
  breached: boolean;
  value?: number;
  at?: string;
  noData: boolean;
  samples: WatchSample[];
}

function validate(options: WatchOptions): void {
  const positive = (value: number, what: string) => {
    if (!Number.isFinite(value) || value <= 0) throw new UserError(`watch: ${what} must be a positive duration, got ${value} ms`);
  };
  positive(options.forMs, 'the period');
  positive(options.everyMs, 'the interval');
  if (options.everyMs > options.forMs) throw new UserError(`watch: the interval (${options.everyMs} ms) is longer than the period (${options.forMs} ms); poll at least twice`);
  if (!Number.isFinite(options.threshold)) throw new UserError(`watch: the threshold must be a finite number, got ${options.threshold}`);
  if (!options.query.trim()) throw new UserError('watch: the query is empty; give a PromQL expression that returns one number');
}

/**
 * Polls a PromQL query every `everyMs` for `forMs` (on a fixed schedule from the start: the first poll
 * at once, the last at the end of the period) and returns at the first value past the threshold.
 *
 * A failed query the server may answer next time (unreachable, 5xx, 429, a query timeout) is recorded as
 * a sample with its `error` and retried at the next tick; {@link MAX_CONSECUTIVE_FAILURES} in a row
 * throw the last {@link ExternalError}: a watch that cannot see is not a healthy watch. A query that
 * can never work (bad PromQL, several series, 401/404) throws at once.
 */
export async function watch(options: WatchOptions): Promise<WatchResult> {
  validate(options);
  const now = options.now ?? Date.now;
  const wait = options.sleep ?? sleep;
  const above = options.above ?? true;
  const samples: WatchSample[] = [];
  const start = now();
  let failures = 0;
  let last: WatchSample | undefined;
  for (let tick = 0; tick * options.everyMs <= options.forMs; tick++) {
    options.signal?.throwIfAborted();
    const delay = start + tick * options.everyMs - now();
    if (delay > 0) await wait(delay, options.signal);
    options.signal?.throwIfAborted();
    const time = new Date(now()).toISOString();
    let sample: WatchSample;
    try {
      const value = await queryScalar(options.url, options.query, { fetch: options.fetch, timeoutMs: options.timeoutMs });
      failures = 0;
      sample = value === undefined ? { time } : { time, value };
    } catch (error) {
      if (!(error instanceof ExternalError) || !error.retrySafe) throw error;
      failures += 1;
      sample = { time, error: error.message };
      samples.push(sample);
      options.onSample?.(sample);
      if (failures >= MAX_CONSECUTIVE_FAILURES) {
        throw new ExternalError(`${error.message} (${failures} queries in a row failed; the watch stopped)`, error.service, error.status, error.retrySafe);
      }
      continue;
    }
    samples.push(sample);
    options.onSample?.(sample);
    if (sample.value === undefined) continue;
    last = sample;
    if (above ? sample.value > options.threshold : sample.value < options.threshold) {
      return { breached: true, value: sample.value, at: sample.time, noData: false, samples };
    }
  }
  return { breached: false, ...(last ? { value: last.value, at: last.time } : {}), noData: last === undefined, samples };
}
