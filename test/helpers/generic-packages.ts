/**
 * A loopback stand-in for GitLab's Generic Packages API, built on node:http. Each rule copies documented or
 * source-level behaviour of GitLab (18.x):
 *
 * - Routes: `PUT|GET /api/v4/projects/:id/packages/generic/:package_name/:package_version/(*path/):file_name`
 *   (https://docs.gitlab.com/user/packages/generic_packages/, and `lib/api/generic_packages.rb`:
 *   https://gitlab.com/gitlab-org/gitlab/-/blob/master/lib/api/generic_packages.rb). `:id` is the numeric id or
 *   the URL-encoded full path, matched case-insensitively (https://docs.gitlab.com/api/rest/#namespaced-paths).
 *   An unknown route answers 404 `{"error":"404 Not Found"}` (the catch-all in `lib/api/api.rb`).
 * - Validation (Grape params, answered 400 `{"error":"<param> is invalid"}`, several joined with `, `):
 *   name and file name `\A[A-Za-z0-9\.\_\-\+]+\z`, version `\A(?!.*\.\.)[\w+.-]+\z`
 *   (`Gitlab::Regex::Packages.generic_package_*_regex`, `lib/gitlab/regex/packages.rb`); name, file name and
 *   path must pass the `file_path` validator (`<param> should be a valid file path`: no `.`/`..` traversal);
 *   `status` must be `default` or `hidden` and `select` must be `package_file`
 *   (`<param> does not have a valid value`).
 * - Credentials (docs "Authenticate to the package registry", https://docs.gitlab.com/api/rest/authentication/):
 *   `PRIVATE-TOKEN` header or `private_token` query and `Authorization: Bearer` for personal/project access
 *   tokens, `JOB-TOKEN` header or `job_token` query for CI/CD job tokens, `Deploy-Token` header for deploy
 *   tokens, and HTTP Basic where the username is ignored and the password is any of the three. A token in a
 *   header that is unknown, or of another kind than the header, is 401 `{"message":"401 Unauthorized"}`; a
 *   Basic password that matches nothing counts as no credentials (GitLab's `spec/requests/api/generic_packages_spec.rb`:
 *   invalid basic auth still downloads from a public project). Every 401 carries
 *   `WWW-Authenticate: Basic realm="GitLab Packages Registry"` (`API::Helpers::Packages::BasicAuthHelpers`).
 * - Publishing needs credentials (401 without, before validation: `authenticate_non_get!` is a `before` hook).
 *   A token that may not write a project it can see (public, or readable) gets 403 `{"message":"403 Forbidden"}`;
 *   one that cannot see a private project gets 404 `{"message":"404 Not Found"}` (GitLab hides private projects).
 *   A job token of a project not on the target's allowlist is such a token: the generic packages endpoints look
 *   the project up through `authorized_user_project` (404), not `find_project!` (whose 403 "Authentication by
 *   CI/CD job token not allowed from ..." other endpoints give). See https://docs.gitlab.com/ci/jobs/ci_job_token/.
 * - Success: 201 `{"message":"201 Created"}`; with `?select=package_file`, 200 and the package file entity in the
 *   docs' example shape (Grape's default status for a `present` on PUT). Publishing the same name, version and
 *   file again adds a newer file, and downloads get the newest (docs "Publishing a package with the same name or
 *   version").
 * - Download: anonymous for a public project; otherwise a token that may read it; none at all on a private
 *   project is 401, a token without access 404 `{"message":"404 Not Found"}`. The bytes come as
 *   `application/octet-stream` with `Content-Disposition: attachment` and `X-Checksum-SHA256`. A missing package
 *   or file is 404 `{"message":"404 Not found"}` (lower-case "found": the `ActiveRecord::RecordNotFound` rescue in
 *   `lib/api/api.rb`). HEAD answers like GET without a body.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GenericProject {
  id: number;
  /** Full path, e.g. `group/modelgate`. */
  path: string;
  /** Public projects' packages download without credentials. */
  public: boolean;
}

export interface GenericToken {
  /** `private`: personal/project access token; `job`: CI/CD job token; `deploy`: deploy token. */
  kind: 'private' | 'job' | 'deploy';
  /** Projects whose packages it may read (for a job token: its own project and those whose allowlist has it). */
  projects: number[];
  /** Projects it may publish to (implies read). */
  write?: number[];
}

export interface GenericPackagesOptions {
  projects: GenericProject[];
  tokens: Record<string, GenericToken>;
  /**
   * Answer a download with a 302 to object storage on another host (`localhost` instead of `127.0.0.1`,
   * a signed URL needing no credentials), as GitLab does with remote object storage and `proxy_download`
   * off. What arrives there is in `requests` (path `/storage/...`).
   */
  redirectDownloads?: boolean;
}

export interface GenericPackagesRequest {
  method: string;
  /** The path as sent, still percent-encoded, without the query string. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The status it was answered with. */
  status: number;
}

export interface GenericPackagesServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `<url>/api/v4` (what `CI_API_V4_URL` holds). */
  apiUrl: string;
  /** Stored files by `${projectId}/${name}/${version}/${file}` (`file` includes the optional `path/`). */
  files: Map<string, Buffer>;
  /** Status (`default` or `hidden`) of each package, by `${projectId}/${name}/${version}`. */
  statuses: Map<string, string>;
  requests: GenericPackagesRequest[];
  /** Stores a file directly, as if published earlier. */
  put(projectId: number, name: string, version: string, file: string, bytes: Buffer | string): void;
  stop(): Promise<void>;
}

const NAME_REGEX = /^[A-Za-z0-9._+-]+$/;
const VERSION_REGEX = /^(?!.*\.\.)[\w+.-]+$/;
const STATUSES = ['default', 'hidden'];
const REALM = 'Basic realm="GitLab Packages Registry"';

interface Principal {
  kind: GenericToken['kind'];
  read: Set<number>;
  write: Set<number>;
}

/** `Gitlab::PathTraversal.check_path_traversal!` for one value: no `.`/`..` segment, not absolute. */
function validFilePath(value: string): boolean {
  if (value.startsWith('/') || value.includes('\\') || value.includes('\n')) return false;
  if (value === '.' || value === '..') return false;
  return !value.split('/').includes('..');
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export async function startGenericPackages(options: GenericPackagesOptions): Promise<GenericPackagesServer> {
  const files = new Map<string, Buffer>();
  const statuses = new Map<string, string>();
  const requests: GenericPackagesRequest[] = [];
  const packageIds = new Map<string, number>();
  let nextFileId = 1;

  const projectsById = new Map(options.projects.map((p) => [p.id, p]));
  const findProject = (id: string): GenericProject | undefined => {
    if (/^-?\d+$/.test(id)) return projectsById.get(Number(id));
    if (!id.includes('/')) return undefined;
    return options.projects.find((p) => p.path.toLowerCase() === id.toLowerCase());
  };

  const principalOf = (token: GenericToken): Principal => ({
    kind: token.kind,
    read: new Set([...token.projects, ...(token.write ?? [])]),
    write: new Set(token.write ?? []),
  });

  /** The caller, `null` for anonymous, or `'invalid'` for a header token GitLab would reject. */
  const authenticate = (req: IncomingMessage, query: URLSearchParams): Principal | null | 'invalid' => {
    const offered: [GenericToken['kind'], string | undefined][] = [
      ['private', header(req, 'private-token') ?? query.get('private_token') ?? undefined],
      ['job', header(req, 'job-token') ?? query.get('job_token') ?? undefined],
      ['deploy', header(req, 'deploy-token')],
    ];
    const authorization = header(req, 'authorization');
    const bearer = authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
    if (bearer) offered.push(['private', bearer.trim()]);
    for (const [kind, value] of offered) {
      if (value === undefined) continue;
      const token = options.tokens[value];
      return token && token.kind === kind ? principalOf(token) : 'invalid';
    }
    const basic = authorization?.match(/^Basic\s+(.+)$/i)?.[1];
    if (basic) {
      const decoded = Buffer.from(basic.trim(), 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const token = colon >= 0 ? options.tokens[decoded.slice(colon + 1)] : undefined;
      if (token) return principalOf(token);
    }
    return null;
  };

  const store = (projectId: number, name: string, version: string, file: string, bytes: Buffer, status?: string): { packageId: number; fileId: number } => {
    const packageKey = `${projectId}/${name}/${version}`;
    let packageId = packageIds.get(packageKey);
    if (packageId === undefined) {
      packageId = packageIds.size + 1;
      packageIds.set(packageKey, packageId);
    }
    files.set(`${packageKey}/${file}`, bytes);
    // A new package starts as `default`; an explicit `status` (re)sets it, its absence leaves it as it was.
    if (status !== undefined || !statuses.has(packageKey)) statuses.set(packageKey, status ?? 'default');
    return { packageId, fileId: nextFileId++ };
  };

  let url = '';
  const handle = async (req: IncomingMessage, res: ServerResponse, rawPath: string, query: URLSearchParams): Promise<void> => {
    const method = req.method ?? 'GET';
    const notFoundRoute = () => json(res, 404, { error: '404 Not Found' });
    const unauthorized = () => json(res, 401, { message: '401 Unauthorized' }, { 'www-authenticate': REALM });

    const segments = rawPath.split('/');
    // ['', 'api', 'v4', 'projects', id, 'packages', 'generic', name, version, ...path, file]
    if (segments.length < 10 || segments.slice(0, 4).join('/') !== '/api/v4/projects' || segments[5] !== 'packages' || segments[6] !== 'generic') return notFoundRoute();
    if (segments.some((s, i) => i > 0 && s === '')) return notFoundRoute();
    let decoded: string[];
    try {
      decoded = segments.map((s) => decodeURIComponent(s));
    } catch {
      return json(res, 400, { error: '400 Bad Request' });
    }
    const id = decoded[4] as string;
    const name = decoded[7] as string;
    const version = decoded[8] as string;
    const fileName = decoded[decoded.length - 1] as string;
    const dirPath = decoded.slice(9, -1).join('/');
    if (!['GET', 'HEAD', 'PUT'].includes(method)) return json(res, 405, { error: '405 Not Allowed' }, { allow: 'OPTIONS, GET, HEAD, PUT' });

    const principal = authenticate(req, query);
    if (principal === 'invalid') return unauthorized();
    if (method === 'PUT' && principal === null) return unauthorized();

    const errors: string[] = [];
    if (!NAME_REGEX.test(name)) errors.push('package_name is invalid');
    else if (!validFilePath(name)) errors.push('package_name should be a valid file path');
    if (!VERSION_REGEX.test(version)) errors.push('package_version is invalid');
    if (dirPath && !validFilePath(dirPath)) errors.push('path should be a valid file path');
    if (!NAME_REGEX.test(fileName)) errors.push('file_name is invalid');
    else if (!validFilePath(fileName)) errors.push('file_name should be a valid file path');
    if (method === 'PUT') {
      const status = query.get('status');
      if (status !== null && !STATUSES.includes(status)) errors.push('status does not have a valid value');
      const select = query.get('select');
      if (select !== null && select !== 'package_file') errors.push('select does not have a valid value');
    }
    if (errors.length) return json(res, 400, { error: errors.join(', ') });

    const project = findProject(id);
    const canRead = project !== undefined && (project.public || principal?.read.has(project.id) === true);
    if (!project || !canRead) {
      return principal ? json(res, 404, { message: '404 Not Found' }) : unauthorized();
    }
    const file = dirPath ? `${dirPath}/${fileName}` : fileName;
    const key = `${project.id}/${name}/${version}/${file}`;

    if (method === 'PUT') {
      if (!principal?.write.has(project.id)) return json(res, 403, { message: '403 Forbidden' });
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const bytes = Buffer.concat(chunks);
      const { packageId, fileId } = store(project.id, name, version, file, bytes, query.get('status') ?? undefined);
      if (query.get('select') !== 'package_file') return json(res, 201, { message: '201 Created' });
      const now = new Date().toISOString();
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      return json(res, 200, {
        id: fileId,
        package_id: packageId,
        created_at: now,
        updated_at: now,
        size: bytes.length,
        file_store: 1,
        file_md5: null,
        file_sha1: null,
        file_name: file,
        file: { url: `/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}/packages/${packageId}/files/${fileId}/${file}` },
        file_sha256: sha256,
        verification_retry_at: null,
        verified_at: null,
        verification_failure: null,
        verification_retry_count: null,
        verification_checksum: null,
        verification_state: 0,
        verification_started_at: null,
        new_file_path: null,
      });
    }

    const bytes = files.get(key);
    if (!bytes) return json(res, 404, { message: '404 Not found' });
    if (options.redirectDownloads) {
      res.writeHead(302, { location: `${url.replace('127.0.0.1', 'localhost')}/storage/${encodeURIComponent(key)}?X-Amz-Signature=fake` }).end();
      return;
    }
    const base = file.split('/').pop() as string;
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': bytes.length,
      'content-disposition': `attachment; filename="${base}"; filename*=UTF-8''${encodeURIComponent(base)}`,
      'x-checksum-sha256': createHash('sha256').update(bytes).digest('hex'),
    });
    res.end(method === 'HEAD' ? undefined : bytes);
  };

  const server = createServer((req, res) => {
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const path = q >= 0 ? raw.slice(0, q) : raw;
    const query = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '');
    const entry: GenericPackagesRequest = { method: req.method ?? 'GET', path, query, headers: req.headers, status: 0 };
    requests.push(entry);
    res.on('finish', () => (entry.status = res.statusCode));
    if (path.startsWith('/storage/')) {
      const stored = files.get(decodeURIComponent(path.slice('/storage/'.length)));
      if (!stored) return void json(res, 404, { message: 'NoSuchKey' });
      return void res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': stored.length }).end(stored);
    }
    handle(req, res, path, query).catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { message: `500 Internal Server Error: ${String(error)}` });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    apiUrl: `${url}/api/v4`,
    files,
    statuses,
    requests,
    put(projectId, name, version, file, bytes) {
      store(projectId, name, version, file, Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes));
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
