import { ExternalError } from './errors.js';
import { retry } from './retry.js';

/** The one fetch port for hosted APIs we call without an SDK (GitLab). Tests pass their own. */
export type Fetch = typeof fetch;

/** Options for {@link requestJson}. */
export interface RequestOptions {
  service: string;
  fetch?: Fetch;
  /** Attempts in all, for 5xx, 429 and dropped connections. */
  attempts?: number;
  /** First back-off in milliseconds; doubles each time, `Retry-After` wins when larger. */
  backoffMs?: number;
  /** For tests: the wait between attempts. */
  sleep?: (ms: number) => Promise<void>;
}

/** The longest wait between attempts, whatever a `Retry-After` asks for. */
const MAX_WAIT_MS = 60_000;

/** `Retry-After` (in seconds) of the answers that failed, for the wait before the next attempt. */
const retryAfter = new WeakMap<object, number>();

/**
 * Sends a request and parses its JSON body, retrying server errors, rate limits and dropped
 * connections with back-off. A client error is not retried: it becomes an {@link ExternalError} with the
 * status and the server's message, never the request headers (they carry the token).
 */
export async function requestJson<T>(url: string, init: RequestInit, options: RequestOptions): Promise<{ data: T; headers: Headers }> {
  return retry(() => requestOnce<T>(url, init, options), {
    attempts: options.attempts ?? 4,
    baseMs: options.backoffMs ?? 500,
    capMs: MAX_WAIT_MS,
    // Only the errors requestOnce marks retry-safe: dropped connections, 5xx and 429.
    retryable: (error) => error instanceof ExternalError && error.retrySafe,
    retryAfterMs: (error) => (typeof error === 'object' && error !== null ? retryAfter.get(error) : undefined),
    sleep: options.sleep,
  });
}

async function requestOnce<T>(url: string, init: RequestInit, options: RequestOptions): Promise<{ data: T; headers: Headers }> {
  const what = `${options.service}: ${init.method ?? 'GET'} ${redact(url)}`;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, init);
  } catch (error) {
    throw new ExternalError(`${what} failed: ${(error as Error).message}`, options.service);
  }
  if (response.ok) {
    const text = await response.text();
    try {
      return { data: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
    } catch {
      throw new ExternalError(`${what} answered ${response.status} with a body that is not JSON (a proxy or a wrong API URL?)`, options.service, response.status, false);
    }
  }
  const retryable = response.status >= 500 || response.status === 429;
  // The body is read even when the request is retried: an unread body holds its connection.
  const body = await response.text().catch(() => '');
  let message = body.slice(0, 300);
  try {
    const parsed = JSON.parse(body) as { message?: unknown; error?: unknown };
    message = JSON.stringify(parsed.message ?? parsed.error ?? parsed);
  } catch {
    /* not JSON: keep the text */
  }
  const failure = new ExternalError(`${what} answered ${response.status}: ${message}`, options.service, response.status, retryable);
  const after = Number(response.headers.get('retry-after'));
  if (retryable && Number.isFinite(after) && after > 0) retryAfter.set(failure, after * 1000);
  throw failure;
}

function redact(url: string): string {
  return url.replace(/([?&](?:private_token|access_token|token)=)[^&]*/gi, '$1***');
}
