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
}

/** A request to the registry; `url` is a path under the origin or an absolute URL (a Location). */
export type ClientRequest = Omit<RequestSpec, 'agents' | 'timeoutMs'> & { url: string; repository: string };

/** Whether an error is worth another try: a dropped connection, a timeout, a 5xx or a 429. */
export function isTransient(error: unknown): boolean {
  if (error instanceof ExternalError) return error.retrySafe && (error.status === undefined || error.status >= 500 || error.status === 429);
  // Socket errors (ECONNRESET, EPIPE, timeouts) are plain Errors; ours and programming errors are not retried.
  return !(error instanceof UserError) && !(error instanceof TypeError) && !(error instanceof SyntaxError) && error instanceof Error;
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

  /** A network failure as an ExternalError naming what was attempted. */
  networkFailure(what: string, error: unknown): ExternalError {
    return new ExternalError(`${this.target.label}: ${what} failed: ${(error as Error).message}`, 'registry', undefined, true);
  }

  /** Runs `attempt` up to `attempts` times while it fails transiently, with doubling back-off (200 ms first). */
  async retrying<T>(what: string, attempt: () => Promise<T>, attempts = 4): Promise<T> {
    // A socket error says nothing of what was asked: it is named before it can be the final failure.
    const named = async () => {
      try {
        return await attempt();
      } catch (error) {
        throw isTransient(error) && !(error instanceof ExternalError) ? this.networkFailure(what, error) : error;
      }
    };
    return retry(named, { attempts, baseMs: 200, retryable: isTransient });
  }

  /** Closes idle keep-alive connections. */
  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }
}
