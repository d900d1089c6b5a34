import { ExternalError, UserError } from '../core/errors.js';
import type { MetricSample } from './exposition.js';
import { renderExposition, sanitizeLabelName } from './exposition.js';

export type { MetricSample } from './exposition.js';

/** Options of {@link pushMetrics}. */
export interface PushOptions {
  fetch?: typeof fetch;
  /** Whole request, default 10 s. */
  timeoutMs?: number;
  /** Sent as `Authorization: Bearer <token>` (a Pushgateway behind an authenticating proxy). */
  token?: string;
}

/**
 * The group a push replaces: the Pushgateway keeps one set of series per grouping key and adds the key's
 * labels to each of them. Give each step its own group (e.g. `step` among the labels): a push replaces
 * every series of its group, so two steps sharing one would erase each other's.
 */
export interface PushGroup {
  job: string;
  labels: Record<string, string>;
}

/** One path segment pair of a grouping key; base64url for values the plain form cannot carry. */
function keySegment(name: string, value: string): string {
  // A `/` would split the path (even as %2F: the router sees the decoded path) and an empty segment is
  // dropped: the Pushgateway reads `name@base64/<base64url>` for both (`=` is its spelling of the empty
  // value). Anything beyond plain characters takes the same road rather than trusting percent-decoding.
  if (!/^[A-Za-z0-9._~-]+$/.test(value)) {
    return `${name}@base64/${value === '' ? '=' : Buffer.from(value, 'utf8').toString('base64url')}`;
  }
  return `${name}/${value}`;
}

/** `<url>/metrics/job/<job>/<label>/<value>...` for a group. */
export function groupPath(group: PushGroup): string {
  const segments = [keySegment('job', group.job)];
  const seen = new Set<string>(['job']);
  for (const [name, value] of Object.entries(group.labels)) {
    const clean = sanitizeLabelName(name);
    if (seen.has(clean)) {
      throw new UserError(
        `Pushgateway grouping label '${name}' ${clean === 'job' ? 'is the job itself; set it as the job' : `repeats '${clean}'`}; grouping labels need distinct names of letters, digits and _`,
      );
    }
    seen.add(clean);
    segments.push(keySegment(clean, value));
  }
  return `/metrics/${segments.join('/')}`;
}

/**
 * A URL without its user-info, for messages; the user-info goes into an `Authorization: Basic` header
 * (fetch refuses URLs that carry credentials).
 */
function splitCredentials(url: string): { base: URL; authorization?: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserError(`Pushgateway URL is not a URL; expected e.g. http://pushgateway:9091`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UserError(`Pushgateway URL must be http or https, got '${parsed.protocol}'`);
  }
  let authorization: string | undefined;
  if (parsed.username || parsed.password) {
    authorization = `Basic ${Buffer.from(`${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`).toString('base64')}`;
    parsed.username = '';
    parsed.password = '';
  }
  parsed.pathname = parsed.pathname.replace(/\/+$/, '');
  parsed.search = '';
  parsed.hash = '';
  return { base: parsed, authorization };
}

/**
 * Replaces a group on a Prometheus Pushgateway with `samples` (HTTP PUT of the text exposition format).
 * Names are prefixed `modelgate_` when they are not already, and sanitized with the label names; label
 * values are escaped: see {@link renderExposition}. A Pushgateway that refuses the push or cannot be
 * reached is an {@link ExternalError} (service `Pushgateway`) the caller reports as a warning; its
 * message has the Pushgateway's address without credentials and never the token.
 */
export async function pushMetrics(url: string, group: PushGroup, samples: readonly MetricSample[], options: PushOptions = {}): Promise<void> {
  const { base, authorization } = splitCredentials(url);
  const body = renderExposition(samples.map((sample) => (sample.name.startsWith('modelgate_') ? sample : { ...sample, name: `modelgate_${sample.name}` })));
  const target = `${base.origin}${base.pathname}${groupPath(group)}`;
  const headers: Record<string, string> = { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  else if (authorization) headers.authorization = authorization;
  const where = `${base.origin}${base.pathname}`;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(target, { method: 'PUT', headers, body, signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${options.timeoutMs ?? 10_000} ms` : describeFailure(error);
    throw new ExternalError(`Pushgateway at ${where} could not be reached: ${reason}`, 'Pushgateway');
  }
  if (response.ok) {
    await response.arrayBuffer().catch(() => undefined);
    return;
  }
  const text = (await response.text().catch(() => '')).trim().slice(0, 300);
  const hint = response.status === 401 || response.status === 403 ? ' (check the token)' : response.status === 404 ? ' (is this the Pushgateway address?)' : '';
  throw new ExternalError(
    `Pushgateway at ${where} answered ${response.status} to the push of group ${groupPath(group)}${hint}${text ? `: ${text}` : ''}`,
    'Pushgateway',
    response.status,
    response.status >= 500 || response.status === 429,
  );
}

/** A fetch failure's cause (`ECONNREFUSED`, a DNS error) rather than undici's bare "fetch failed". */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}
