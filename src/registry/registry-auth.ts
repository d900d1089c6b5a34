import type { Agent as HttpAgent } from 'node:http';
import { AccessRefusedError, ExternalError } from '../core/errors.js';
import { httpRequest } from './registry-http.js';

/** One `WWW-Authenticate` challenge: its scheme and its parameters (realm, service, scope, ...). */
export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parses a `WWW-Authenticate` header value with one challenge, e.g. `Bearer realm="https://x/token",service="x",scope="repository:m:pull"`. */
export function parseChallenge(header: string): Challenge | undefined {
  const match = /^\s*([A-Za-z]+)\s*(.*)$/s.exec(header);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  const pair = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?/g;
  for (const m of (match[2] ?? '').matchAll(pair)) {
    params[(m[1] ?? '').toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
  }
  return { scheme: (match[1] ?? '').toLowerCase(), params };
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Credentials for one registry: anonymous, basic, or the bearer token flow (a 401 names a token
 * realm; the token is fetched there, with basic credentials when given, and cached per scope).
 * GITHUB_TOKEN and CI_JOB_TOKEN arrive as the password. Secrets never enter a message.
 */
export class RegistryAuth {
  private basic = false;
  private readonly tokens = new Map<string, string>();
  /** The scope last granted for a repository, so the next request sends its token straight away. */
  private readonly scopeOf = new Map<string, string>();

  constructor(
    private readonly registryLabel: string,
    private readonly username: string | undefined,
    private readonly password: string | undefined,
    private readonly agents: { http: HttpAgent; https: HttpAgent },
    private readonly timeoutMs: number,
  ) {}

  /** The Authorization header to send for a repository now, if any. */
  header(repository: string): string | undefined {
    const scope = this.scopeOf.get(repository);
    const token = scope === undefined ? undefined : this.tokens.get(scope);
    if (token) return `Bearer ${token}`;
    if (this.basic) return this.basicHeader();
    return undefined;
  }

  /**
   * Answers a 401: gets what the challenge asks for and returns true when the request is worth
   * repeating with the new {@link header}; false when nothing new can be offered.
   */
  async answer(wwwAuthenticate: string | undefined, repository: string, sent: string | undefined): Promise<boolean> {
    const challenge = wwwAuthenticate ? parseChallenge(wwwAuthenticate) : undefined;
    if (challenge?.scheme === 'basic') {
      if (this.username === undefined || this.password === undefined || this.basic) return false;
      this.basic = true;
      return true;
    }
    if (challenge?.scheme !== 'bearer' || !challenge.params.realm) return false;
    const scope = challenge.params.scope ?? '';
    const key = `${challenge.params.realm} ${challenge.params.service ?? ''} ${scope}`;
    const cached = this.tokens.get(key);
    if (cached && `Bearer ${cached}` !== sent) {
      this.scopeOf.set(repository, key);
      return true;
    }
    if (cached) return false;
    this.tokens.set(key, await this.fetchToken(challenge.params.realm, challenge.params.service, scope));
    this.scopeOf.set(repository, key);
    return true;
  }

  private basicHeader(): string {
    return `Basic ${Buffer.from(`${this.username ?? ''}:${this.password ?? ''}`).toString('base64')}`;
  }

  private async fetchToken(realm: string, service: string | undefined, scope: string): Promise<string> {
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new ExternalError(`${this.registryLabel}: the token realm '${realm}' is not a URL`, 'registry', 401, false);
    }
    if (service) url.searchParams.set('service', service);
    for (const s of scope.split(' ').filter(Boolean)) url.searchParams.append('scope', s);
    const headers: Record<string, string> = {};
    const shown = `${url.origin}${url.pathname}`;
    if (this.username !== undefined || this.password !== undefined) {
      // The realm is the registry's to name, often on another host (GitLab's, Docker Hub's): any host will
      // do, but a password crosses the network only encrypted.
      if (url.protocol !== 'https:' && !isLoopback(url.hostname))
        throw new ExternalError(
          `${this.registryLabel}: the registry names the token service ${shown}, which is not https: modelgate sends the registry credentials only over https (or to this machine)`,
          'registry',
          401,
          false,
        );
      headers.authorization = this.basicHeader();
    }
    let response;
    try {
      response = await httpRequest(url, { method: 'GET', headers, agents: this.agents, timeoutMs: this.timeoutMs });
    } catch (error) {
      throw new ExternalError(`${this.registryLabel}: token request to ${shown} failed: ${(error as Error).message}`, 'registry', undefined, true);
    }
    if (response.status === 401 || response.status === 403) {
      throw new AccessRefusedError(
        `${this.registryLabel}: the token service ${shown} refused the credentials (${response.status}) for '${scope}'; check the registry username and password (or token)`,
        response.status,
      );
    }
    if (response.status !== 200) {
      throw new ExternalError(`${this.registryLabel}: token request to ${shown} answered ${response.status}`, 'registry', response.status, response.status >= 500);
    }
    let body: { token?: unknown; access_token?: unknown };
    try {
      body = JSON.parse(response.body.toString('utf8')) as typeof body;
    } catch {
      throw new ExternalError(`${this.registryLabel}: token service ${shown} answered with a body that is not JSON`, 'registry', 200, false);
    }
    const token = typeof body.token === 'string' ? body.token : typeof body.access_token === 'string' ? body.access_token : undefined;
    if (!token) throw new ExternalError(`${this.registryLabel}: token service ${shown} answered without a token`, 'registry', 200, false);
    return token;
  }
}
