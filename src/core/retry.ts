/**
 * The one retry loop and the one sleep. Callers differ only in their numbers (attempts, first wait, cap,
 * jitter) and in which failures they retry; keeping the loop here means a fix to it (abort handling,
 * Retry-After, caps) reaches every caller at once.
 */

/** What {@link RetryOptions.onRetry} is told about a failed attempt that will be retried. */
export interface RetryEvent {
  /** What the attempt threw. */
  error: unknown;
  /** The attempt that failed, from 1. */
  attempt: number;
  /** How long the next attempt waits, in milliseconds. */
  delayMs: number;
}

/** Options of {@link retry}. */
export interface RetryOptions {
  /** Attempts in all, the first included (at least 1). `Infinity` leaves the end to `retryable`. */
  attempts: number;
  /** The wait before the second attempt, in milliseconds; each later one is `factor` times longer. */
  baseMs: number;
  /** Growth of the wait per attempt; default 2 (doubling). */
  factor?: number;
  /** The longest wait, `Retry-After` included; default none. */
  capMs?: number;
  /**
   * Full jitter: each wait is drawn uniformly from zero to the back-off. For callers that race one
   * another (concurrent deploys, lock waiters), so they do not come back in lockstep.
   */
  jitter?: boolean;
  /** Whether a failure is worth another attempt; default every failure. Anything else is thrown at once. */
  retryable?: (error: unknown, attempt: number) => boolean;
  /**
   * How long the server asked to be left alone (its `Retry-After`), in milliseconds, or undefined. The
   * wait is then at least that long, still at most `capMs`.
   */
  retryAfterMs?: (error: unknown) => number | undefined;
  /** Called before each wait, e.g. to log the retry. Throwing from it ends the retries with that error. */
  onRetry?: (event: RetryEvent) => void;
  /** Ends the retries: the wait, or the next attempt, rejects with the signal's reason. */
  signal?: AbortSignal;
  /** For tests: the wait (default {@link sleep}). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** For tests: the source of jitter, in [0, 1) (default `Math.random`). */
  random?: () => number;
}

/**
 * Sleeps `ms` milliseconds. With a signal, an abort ends the sleep at once and rejects with the signal's
 * reason (so a cancelled step does not sit out a long wait).
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The wait after failed attempt `attempt` (from 1), before jitter and Retry-After:
 * `baseMs * factor^(attempt - 1)`, at most `capMs`.
 */
export function backoffMs(attempt: number, options: Pick<RetryOptions, 'baseMs' | 'factor' | 'capMs'>): number {
  return Math.min(options.baseMs * (options.factor ?? 2) ** (attempt - 1), options.capMs ?? Infinity);
}

/**
 * Runs `fn` until it resolves, a failure is not `retryable`, or `attempts` are used up; then rejects with
 * the last failure as it was thrown. `fn` is given the attempt number (from 1), so work that must be
 * redone before another try (re-pushing blobs, asking an upload where it got to) can see that it is one.
 */
export async function retry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  if (!(options.attempts >= 1)) throw new RangeError(`retry: attempts must be at least 1, got ${options.attempts}`);
  const wait = options.sleep ?? sleep;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    options.signal?.throwIfAborted();
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt >= options.attempts || !(options.retryable?.(error, attempt) ?? true)) throw error;
      const backoff = backoffMs(attempt, options);
      const jittered = options.jitter ? random() * backoff : backoff;
      // The server's own estimate beats ours when longer; the cap still holds, so a server cannot park
      // a CI job for an hour.
      const delayMs = Math.min(Math.max(jittered, options.retryAfterMs?.(error) ?? 0), options.capMs ?? Infinity);
      options.onRetry?.({ error, attempt, delayMs });
      await wait(delayMs, options.signal);
    }
  }
}
