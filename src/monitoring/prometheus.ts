import { ExternalError, UserError } from '../core/errors.js';

/** Options of {@link queryScalar}. */
export interface QueryOptions {
  fetch?: typeof fetch;
  /** Whole request, default 10 s. */
  timeoutMs?: number;
  /** Evaluation time; the server's now when absent. */
  time?: Date;
}

interface ApiAnswer {
  status?: string;
  errorType?: string;
  error?: string;
  data?: { resultType?: string; result?: unknown };
}

type VectorEntry = { metric?: Record<string, string>; value?: [number, string] };

/** A sample value as Prometheus writes it (Go's float formatting: `+Inf`, `-Inf`, `NaN`). */
function parseValue(text: unknown): number {
  if (text === '+Inf' || text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  return typeof text === 'string' ? Number(text) : NaN;
}

/** `{a="1", b="2"}` for messages about a series. */
function describeSeries(metric: Record<string, string> | undefined): string {
  const entries = Object.entries(metric ?? {});
  return `{${entries.map(([name, value]) => `${name}="${value}"`).join(', ')}}`;
}

/**
 * Evaluates an instant PromQL query through Prometheus's HTTP API (`GET <url>/api/v1/query`) and returns
 * its one number: a scalar, or a vector with one sample. An empty vector, or a NaN (a ratio over no
 * traffic), is `undefined`: no data. Several series are a {@link UserError} (aggregate them with `sum`,
 * `max`...), as are a range vector and a query Prometheus cannot parse (its `error` in the message).
 * Unreachable servers, 5xx and other refusals are {@link ExternalError}s (service `Prometheus`);
 * `retrySafe` says whether the next attempt may fare better.
 */
export async function queryScalar(url: string, promql: string, options: QueryOptions = {}): Promise<number | undefined> {
  let endpoint: URL;
  try {
    endpoint = new URL(`${url.replace(/\/+$/, '')}/api/v1/query`);
  } catch {
    throw new UserError(`Prometheus URL is not a URL; expected e.g. http://prometheus:9090`);
  }
  endpoint.searchParams.set('query', promql);
  if (options.time) endpoint.searchParams.set('time', String(options.time.getTime() / 1000));
  const where = endpoint.origin;
  const timeoutMs = options.timeoutMs ?? 10_000;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(endpoint, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : failureText(error);
    throw new ExternalError(`Prometheus at ${where} could not be reached: ${reason}`, 'Prometheus');
  }
  const text = await response.text().catch(() => '');
  let answer: ApiAnswer | undefined;
  try {
    answer = JSON.parse(text) as ApiAnswer;
  } catch {
    answer = undefined;
  }
  if (!response.ok || answer?.status !== 'success') {
    const apiError = answer?.error ?? text.trim().slice(0, 300);
    if (answer?.errorType === 'bad_data') {
      throw new UserError(`Prometheus query '${promql}' is not valid PromQL: ${apiError}`);
    }
    const retrySafe = response.status >= 500 || response.status === 429 || answer?.errorType === 'timeout' || answer?.errorType === 'unavailable';
    throw new ExternalError(`Prometheus at ${where} answered ${response.status} to query '${promql}'${apiError ? `: ${apiError}` : ''}`, 'Prometheus', response.status, retrySafe);
  }
  const data = answer.data;
  if (data?.resultType === 'scalar') {
    const value = parseValue((data.result as [number, string] | undefined)?.[1]);
    return Number.isNaN(value) ? undefined : value;
  }
  if (data?.resultType !== 'vector' || !Array.isArray(data.result)) {
    throw new UserError(
      `Prometheus query '${promql}' returned a ${data?.resultType ?? 'result of no known type'}; it must be an instant query giving one number (no [5m] range at the end)`,
    );
  }
  const result = data.result as VectorEntry[];
  if (result.length === 0) return undefined;
  if (result.length > 1) {
    const shown = result.slice(0, 3).map((entry) => describeSeries(entry.metric));
    throw new UserError(
      `Prometheus query '${promql}' must return one series, it returned ${result.length} (${shown.join(', ')}${result.length > 3 ? ', ...' : ''}); aggregate them, e.g. sum(...) or max(...)`,
    );
  }
  const value = parseValue(result[0]?.value?.[1]);
  return Number.isNaN(value) ? undefined : value;
}

function failureText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}
