import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { AccessRefusedError, ExternalError, UserError } from '../core/errors.js';
import { retry } from '../core/retry.js';
import { RegistryAuth } from './registry-auth.js';
import { headerValue, httpRequest, registryErrorText, type HttpResponse, type RequestSpec } from './registry-http.js';

/** Where a registry is and how to talk to it. */
export interface RegistryTarget {
  /** `http://host:port` or `https://host`. */
  origin: string;
  /** Label for messages: the store URI without credentials. */
  label: string;
  username?: string;
  password?: string;
  timeoutMs: number;
  /** How long a registry that refuses or drops connections is waited for, in milliseconds ({@link DEFAULT_UNREACHABLE_MS}). */
  unreachableMs?: number;
}

/**
 * How long a registry that refuses or drops connections (or whose proxy answers 502/503/504) is waited
 * for before a step gives up: long enough for a registry process or pod to be restarted, short enough
 * that a registry that is really gone fails the CI job within a few minutes.
 */
export const DEFAULT_UNREACHABLE_MS = 60_000;
/** The longest wait between two tries while the registry is unreachable: a restart is noticed within it. */
const UNREACHABLE_POLL_MS = 2_000;
/** Socket errors of a server that is down or restarting; DNS failures and timeouts are not among them. */
const DOWN_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ECONNABORTED']);

/** A request to the registry; `url` is a path under the origin or an absolute URL (a Location). */
export type ClientRequest = Omit<RequestSpec, 'agents' | 'timeoutMs'> & { url: string; repository: string };

/**
 * The registry could not be reached for the whole bound: the wait is over, so no caller retries it
 * again (layered retries would multiply the bound).
 */
export class RegistryUnreachableError extends ExternalError {}

/** Whether an error is worth another try: a dropped connection, a timeout, a 5xx or a 429. */
export function isTransient(error: unknown): boolean {
  if (error instanceof RegistryUnreachableError) return false;
  if (error instanceof ExternalError) return error.retrySafe && (error.status === undefined || error.status >= 500 || error.status === 429);
  // Socket errors (ECONNRESET, EPIPE, timeouts) are plain Errors; ours and programming errors are not retried.
  return !(error instanceof UserError) && !(error instanceof TypeError) && !(error instanceof SyntaxError) && error instanceof Error;
}

/**
 * Whether an error says the registry is down or restarting: the connection was refused, reset or cut
 * (a SIGKILLed registry, a restarting pod), or a proxy in front of it answered 502/503/504. Such errors
 * are retried for a time ({@link DEFAULT_UNREACHABLE_MS}), not a count.
 */
export function isUnreachable(error: unknown): boolean {
  if (error instanceof RegistryUnreachableError) return false;
  if (error instanceof ExternalError) {
    if (error.status !== undefined) return error.status === 502 || error.status === 503 || error.status === 504;
    return error.cause !== undefined && isUnreachable(error.cause);
  }
  if (!(error instanceof Error)) return false;
  const code = (error as NodeJS.ErrnoException).code;
  return (code !== undefined && DOWN_CODES.has(code)) || error.message === 'socket hang up';
}

/**
 * HTTP to one registry: keep-alive connections, authentication on 401 (basic or bearer), redirects
 * for downloads (credentials are dropped when a redirect leaves the registry's origin).
 */
export class RegistryClient {
  readonly auth: RegistryAuth;
  private readonly agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

  constructor(readonly target: RegistryTarget) {
    this.auth = new RegistryAuth(target.label, target.username, target.password, this.agents, target.timeoutMs);
  }

  /** Sends a request, answering authentication challenges; network errors reject as they are. */
  async send(request: ClientRequest): Promise<HttpResponse> {
    let url = new URL(request.url, this.target.origin);
    for (let hop = 0, challenges = 0; ;) {
      const sameOrigin = url.origin === this.target.origin;
      const headers: Record<string, string> = { ...request.headers };
      const authorization = sameOrigin ? this.auth.header(request.repository) : undefined;
      if (authorization) headers.authorization = authorization;
      const response = await httpRequest(url, { ...request, headers, agents: this.agents, timeoutMs: this.target.timeoutMs });
      if (response.status === 401 && sameOrigin && challenges < 2) {
        challenges++;
        if (await this.auth.answer(headerValue(response.headers, 'www-authenticate'), request.repository, authorization)) continue;
      }
      const location = headerValue(response.headers, 'location');
      if ([301, 302, 303, 307, 308].includes(response.status) && location && (request.method === 'GET' || request.method === 'HEAD') && hop < 5) {
        hop++;
        url = new URL(location, url);
        continue;
      }
      return response;
    }
  }

  /**
   * The error for an unexpected answer: 401/403 say to check credentials (a UserError); others name the
   * status and the registry's error codes, never a header.
   */
  failure(what: string, response: HttpResponse): Error {
    if (response.status === 401 || response.status === 403) {
      const how =
        this.target.username !== undefined || this.target.password !== undefined
          ? 'check the registry username and password (or token) and that they may push and pull'
          : 'this registry needs credentials: give a username and password (or token)';
      return new AccessRefusedError(`${this.target.label}: ${what} was refused (${response.status}); ${how}`, response.status);
    }
    const detail = registryErrorText(response.body);
    return new ExternalError(
      `${this.target.label}: ${what} answered ${response.status}${detail ? `: ${detail}` : ''}`,
      'registry',
      response.status,
      response.status >= 500 || response.status === 429,
    );
  }

  /** A network failure as an ExternalError naming what was attempted (the socket error kept as its cause). */
  networkFailure(what: string, error: unknown): ExternalError {
    const failure = new ExternalError(`${this.target.label}: ${what} failed: ${(error as Error).message}`, 'registry', undefined, true);
    failure.cause = error;
    return failure;
  }

  /** The bound on waiting for an unreachable registry, in milliseconds. */
  get unreachableMs(): number {
    return this.target.unreachableMs ?? DEFAULT_UNREACHABLE_MS;
  }

  /**
   * Runs `attempt` until it succeeds, with doubling back-off (200 ms first, at most 2 s). A registry that
   * is down or restarting ({@link isUnreachable}) is waited for until it has been so for
   * {@link unreachableMs} in a row, then a {@link RegistryUnreachableError} says so; other transient
   * failures (a 500, a 429, a timeout) get `attempts` tries in all.
   */
  async retrying<T>(what: string, attempt: () => Promise<T>, attempts = 4): Promise<T> {
    let downSince: number | undefined;
    let failures = 0;
    const retryable = (error: unknown): boolean => {
      if (isUnreachable(error)) {
        downSince ??= Date.now();
        return Date.now() - downSince < this.unreachableMs;
      }
      downSince = undefined;
      return isTransient(error) && ++failures < attempts;
    };
    try {
      return await retry(() => attempt(), { attempts: Infinity, baseMs: 200, capMs: UNREACHABLE_POLL_MS, retryable });
    } catch (error) {
      if (downSince !== undefined && isUnreachable(error)) throw this.unreachableFailure(what, error);
      // A socket error says nothing of what was asked: it is named before it is the final failure.
      throw isTransient(error) && !(error instanceof ExternalError) ? this.networkFailure(what, error) : error;
    }
  }

  /** The failure once the registry has been unreachable for the whole bound: what to check, and that a re-run is safe. */
  unreachableFailure(what: string, error: unknown): RegistryUnreachableError {
    const seconds = Math.round(this.unreachableMs / 1000);
    const reason = error instanceof ExternalError ? (error.cause instanceof Error ? error.cause.message : `it answered ${error.status ?? 'nothing'}`) : (error as Error).message;
    const failure = new RegistryUnreachableError(
      `${this.target.label}: ${what} failed: the registry could not be reached for ${seconds} s (${reason}); ` +
        'check that it is running and that this runner can reach it, then run the step again (what the registry already has is not sent again)',
      'registry',
      undefined,
      true,
    );
    failure.cause = error;
    return failure;
  }

  /** Closes idle keep-alive connections. */
  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }
}
