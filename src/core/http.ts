import { ExternalError } from './errors.js';

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
}

/**
 * Sends a request and parses its JSON body, retrying server errors, rate limits and dropped
 * connections with back-off. A client error is not retried: it becomes an {@link ExternalError} with the
 * status and the server's message, never the request headers (they carry the token).
 */
export async function requestJson<T>(url: string, init: RequestInit, options: RequestOptions): Promise<{ data: T; headers: Headers }> {
  const doFetch = options.fetch ?? fetch;
  const attempts = options.attempts ?? 4;
  let wait = options.backoffMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      response = await doFetch(url, init);
    } catch (error) {
      if (attempt >= attempts) throw new ExternalError(`${options.service}: ${init.method ?? 'GET'} ${redact(url)} failed: ${(error as Error).message}`, options.service);
      await sleep(wait);
      wait *= 2;
      continue;
    }
    if (response.ok) {
      const text = await response.text();
      try {
        return { data: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
      } catch {
        throw new ExternalError(
          `${options.service}: ${init.method ?? 'GET'} ${redact(url)} answered ${response.status} with a body that is not JSON (a proxy or a wrong API URL?)`,
          options.service,
          response.status,
          false,
        );
      }
    }
    const retryable = response.status >= 500 || response.status === 429;
    if (retryable && attempt < attempts) {
      const after = Number(response.headers.get('retry-after'));
      await response.arrayBuffer().catch(() => undefined);
      await sleep(Math.min(Math.max(wait, Number.isFinite(after) ? after * 1000 : 0), 60_000));
      wait *= 2;
      continue;
    }
    const body = await response.text().catch(() => '');
    let message = body.slice(0, 300);
    try {
      const parsed = JSON.parse(body) as { message?: unknown; error?: unknown };
      message = JSON.stringify(parsed.message ?? parsed.error ?? parsed);
    } catch {
      /* not JSON: keep the text */
    }
    throw new ExternalError(`${options.service}: ${init.method ?? 'GET'} ${redact(url)} answered ${response.status}: ${message}`, options.service, response.status, retryable);
  }
}

function redact(url: string): string {
  return url.replace(/([?&](?:private_token|access_token|token)=)[^&]*/gi, '$1***');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
