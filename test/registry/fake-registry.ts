import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the fake registry wants to be authenticated. */
export type FakeAuth = { kind: 'none' } | { kind: 'basic'; username: string; password: string } | { kind: 'bearer'; username: string; password: string };

const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/**
 * A small in-memory OCI registry on loopback with a token service, for what docker-registry does not
 * show: the bearer token flow, basic auth, and uploads that resume from the `Range` after a drop.
 */
export class FakeRegistry {
  url = '';
  host = '';
  port = 0;
  readonly blobs = new Map<string, Buffer>();
  readonly manifests = new Map<string, { bytes: Buffer; type: string }>();
  readonly uploads = new Map<string, Buffer[]>();
  tokenRequests = 0;
  /** Authorization headers the registry saw (the fake's own secrets; tests check they were used). */
  readonly seen: string[] = [];
  private readonly tokens = new Set<string>();
  private readonly server: Server;

  constructor(private readonly auth: FakeAuth) {
    this.server = createServer((req, res) => this.handle(req, res));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    this.host = `127.0.0.1:${this.port}`;
    this.url = `http://${this.host}`;
    return this;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private authorized(req: IncomingMessage, res: ServerResponse, name: string): boolean {
    const header = req.headers.authorization ?? '';
    this.seen.push(header);
    if (this.auth.kind === 'none') return true;
    if (this.auth.kind === 'basic') {
      if (header === `Basic ${Buffer.from(`${this.auth.username}:${this.auth.password}`).toString('base64')}`) return true;
      res.writeHead(401, { 'www-authenticate': 'Basic realm="fake"', 'content-type': 'application/json' }).end('{"errors":[{"code":"UNAUTHORIZED"}]}');
      return false;
    }
    if (header.startsWith('Bearer ') && this.tokens.has(`${header.slice(7)} ${name}`)) return true;
    res
      .writeHead(401, { 'www-authenticate': `Bearer realm="${this.url}/token",service="fake",scope="repository:${name}:pull,push"`, 'content-type': 'application/json' })
      .end('{"errors":[{"code":"UNAUTHORIZED"}]}');
    return false;
  }

  private token(req: IncomingMessage, res: ServerResponse, url: URL): void {
    this.tokenRequests++;
    if (this.auth.kind !== 'bearer') return void res.writeHead(404).end();
    if (req.headers.authorization !== `Basic ${Buffer.from(`${this.auth.username}:${this.auth.password}`).toString('base64')}`)
      return void res.writeHead(401).end('{"details":"bad credentials"}');
    const scope = /^repository:(.+):pull,push$/.exec(url.searchParams.get('scope') ?? '');
    if (url.searchParams.get('service') !== 'fake' || !scope) return void res.writeHead(400).end();
    const token = randomBytes(8).toString('hex');
    this.tokens.add(`${token} ${scope[1]}`);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token }));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    if (url.pathname === '/token') return this.token(req, res, url);
    const m = /^\/v2\/(.+?)\/(blobs\/uploads\/([^/]*)|blobs\/(sha256:[0-9a-f]{64})|manifests\/([^/]+)|tags\/list)$/.exec(url.pathname);
    if (!m) return void res.writeHead(url.pathname === '/v2/' ? 200 : 404).end('{}');
    const name = m[1] as string;
    if (!this.authorized(req, res, name)) return void req.resume();
    const chunks: Buffer[] = [];
    const uploadId = m[3];
    // Upload data is kept as it arrives, so a dropped PATCH leaves what got through (as a real store would).
    const target = uploadId ? this.uploads.get(uploadId) : undefined;
    req.on('data', (c: Buffer) => (target && (req.method === 'PATCH' || req.method === 'PUT') ? target.push(c) : chunks.push(c)));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (uploadId !== undefined) return this.upload(req, res, url, name, uploadId);
      if (m[4]) {
        const blob = this.blobs.get(`${name}@${m[4]}`);
        if (!blob) return void res.writeHead(404).end('{"errors":[{"code":"BLOB_UNKNOWN"}]}');
        return void res.writeHead(200, { 'content-length': blob.length }).end(req.method === 'HEAD' ? undefined : blob);
      }
      if (m[5]) {
        const key = `${name}:${m[5]}`;
        if (req.method === 'PUT') {
          const digest = sha(body);
          const entry = { bytes: body, type: req.headers['content-type'] ?? '' };
          this.manifests.set(key, entry);
          this.manifests.set(`${name}:${digest}`, entry);
          return void res.writeHead(201, { 'docker-content-digest': digest }).end();
        }
        const found = this.manifests.get(key);
        if (!found) return void res.writeHead(404).end('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
        return void res.writeHead(200, { 'content-type': found.type }).end(found.bytes);
      }
      const tags = [...this.manifests.keys()].filter((k) => k.startsWith(`${name}:`) && !k.includes('sha256:')).map((k) => k.slice(name.length + 1));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ name, tags }));
    });
  }

  private upload(req: IncomingMessage, res: ServerResponse, url: URL, name: string, id: string): void {
    if (req.method === 'POST') {
      const fresh = randomBytes(6).toString('hex');
      this.uploads.set(fresh, []);
      return void res.writeHead(202, { location: `/v2/${name}/blobs/uploads/${fresh}`, range: '0-0' }).end();
    }
    const parts = this.uploads.get(id);
    if (!parts) return void res.writeHead(404).end('{"errors":[{"code":"BLOB_UPLOAD_UNKNOWN"}]}');
    const size = parts.reduce((n, p) => n + p.length, 0);
    const range = `0-${Math.max(size - 1, 0)}`;
    if (req.method === 'GET' || req.method === 'PATCH') {
      return void res.writeHead(req.method === 'GET' ? 204 : 202, { location: `/v2/${name}/blobs/uploads/${id}`, range }).end();
    }
    const data = Buffer.concat(parts);
    const digest = url.searchParams.get('digest') ?? '';
    if (sha(data) !== digest) return void res.writeHead(400).end('{"errors":[{"code":"DIGEST_INVALID"}]}');
    this.blobs.set(`${name}@${digest}`, data);
    this.uploads.delete(id);
    res.writeHead(201, { location: `/v2/${name}/blobs/${digest}` }).end();
  }
}
