import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A GitLab user as the REST API embeds it in a note's `author`. */
export interface FakeUser {
  id: number;
  username: string;
  name: string;
  state: 'active';
  avatar_url: string;
  web_url: string;
}

/** A merge request note, shaped like the REST API's Note entity. */
export interface FakeNote {
  id: number;
  body: string;
  attachment: null;
  author: FakeUser;
  created_at: string;
  updated_at: string;
  system: boolean;
  noteable_id: number;
  noteable_type: 'MergeRequest';
  project_id: number;
  noteable_iid: number;
  resolvable: false;
  confidential: false;
  internal: false;
}

/** One request the server received, for assertions. `body` is the parsed JSON (or form) body, if any. */
export interface RecordedRequest {
  method: string;
  /** The path without the query string, e.g. `/api/v4/projects/42/merge_requests/7/notes`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: string;
  body: unknown;
  /** The status the server answered with. */
  status: number;
}

export interface FakeGitLabOptions {
  /** The project's numeric id (`CI_PROJECT_ID`). */
  projectId: number;
  /** The project's path (`group/project`), accepted URL-encoded in place of the id as GitLab does. */
  projectPath?: string;
  /** The merge request's iid (`CI_MERGE_REQUEST_IID`). */
  mrIid: number;
  /** The only token accepted in the PRIVATE-TOKEN header; its user authors the notes created through the API. */
  token: string;
}

export interface FakeGitLab {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** `http://127.0.0.1:<port>/api/v4` (what `CI_API_V4_URL` holds). */
  readonly apiUrl: string;
  /** The live store of the merge request's notes, in creation order. */
  readonly notes: FakeNote[];
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  /** The user the token belongs to. */
  readonly bot: FakeUser;
  /** Adds `count` notes by other users; every `systemEvery`-th one (1-based) is a system note. Returns them. */
  seed(count: number, systemEvery?: number): FakeNote[];
  /** Adds one note (by another user unless `byBot`). */
  addNote(body: string, options?: { system?: boolean; byBot?: boolean }): FakeNote;
  /** Requests that write (POST, PUT, DELETE). */
  writes(since?: number): RecordedRequest[];
  close(): Promise<void>;
}

const BASE_TIME = Date.parse('2024-03-01T09:00:00.000Z');

function user(id: number, username: string, name: string): FakeUser {
  return {
    id,
    username,
    name,
    state: 'active',
    avatar_url: `https://gitlab.example.com/uploads/-/system/user/avatar/${id}/avatar.png`,
    web_url: `https://gitlab.example.com/${username}`,
  };
}

/** Starts a loopback fake of GitLab's merge request notes API for one project and one merge request. */
export async function startFakeGitLab(options: FakeGitLabOptions): Promise<FakeGitLab> {
  const bot = user(900, 'project_42_bot_modelgate', 'modelgate bot');
  const humans = [user(11, 'alice', 'Alice Example'), user(12, 'bob', 'Bob Example')];
  const notes: FakeNote[] = [];
  const requests: RecordedRequest[] = [];
  const mrId = 5000 + options.mrIid;
  let nextId = 1001;
  let clock = 0; // minutes after BASE_TIME; strictly increasing so created_at order is creation order

  const timestamp = () => new Date(BASE_TIME + clock++ * 60_000).toISOString();
  const makeNote = (body: string, author: FakeUser, system: boolean): FakeNote => {
    const at = timestamp();
    const note: FakeNote = {
      id: nextId++,
      body,
      attachment: null,
      author,
      created_at: at,
      updated_at: at,
      system,
      noteable_id: mrId,
      noteable_type: 'MergeRequest',
      project_id: options.projectId,
      noteable_iid: options.mrIid,
      resolvable: false,
      confidential: false,
      internal: false,
    };
    notes.push(note);
    return note;
  };

  const projectKeys = new Set([String(options.projectId), ...(options.projectPath ? [options.projectPath] : [])]);

  const send = (res: ServerResponse, status: number, data?: unknown, headers: Record<string, string> = {}) => {
    const text = data === undefined ? '' : JSON.stringify(data);
    res.writeHead(status, { ...(data === undefined ? {} : { 'content-type': 'application/json' }), 'content-length': String(Buffer.byteLength(text)), ...headers });
    res.end(text);
    return status;
  };

  const handle = (req: IncomingMessage, res: ServerResponse, url: URL, body: unknown): number => {
    if (url.pathname === '/api/v4/user' && req.method === 'GET') {
      // The token's own user: a project access token's is the project bot.
      if (req.headers['private-token'] !== options.token) return send(res, 401, { message: '401 Unauthorized' });
      return send(res, 200, { ...bot, bot: true, locked: false, created_at: '2026-01-01T00:00:00.000Z' });
    }
    const route = /^\/api\/v4\/projects\/([^/]+)\/merge_requests\/([^/]+)\/notes(?:\/([^/]+))?\/?$/.exec(url.pathname);
    if (!route) return send(res, 404, { error: '404 Not Found' });
    if (req.headers['private-token'] !== options.token) return send(res, 401, { message: '401 Unauthorized' });
    if (!projectKeys.has(decodeURIComponent(route[1] as string))) return send(res, 404, { message: '404 Project Not Found' });
    if (route[2] !== String(options.mrIid)) return send(res, 404, { message: '404 Not found' });
    const noteId = route[3];
    const method = req.method ?? 'GET';
    const text = (body as { body?: unknown } | undefined)?.body;

    if (noteId === undefined) {
      if (method === 'GET') {
        const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page')) || 20, 1), 100);
        const page = Math.max(Number(url.searchParams.get('page')) || 1, 1);
        const key = url.searchParams.get('order_by') === 'updated_at' ? 'updated_at' : 'created_at';
        const desc = url.searchParams.get('sort') !== 'asc'; // GitLab's default for notes is desc
        const sorted = [...notes].sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.id - b.id) * (desc ? -1 : 1));
        const totalPages = Math.max(Math.ceil(sorted.length / perPage), 1);
        return send(res, 200, sorted.slice((page - 1) * perPage, page * perPage), {
          'x-page': String(page),
          'x-next-page': page < totalPages ? String(page + 1) : '',
          'x-prev-page': page > 1 ? String(page - 1) : '',
          'x-per-page': String(perPage),
          'x-total': String(sorted.length),
          'x-total-pages': String(totalPages),
        });
      }
      if (method === 'POST') {
        if (typeof text !== 'string' || text === '') return send(res, 400, { error: 'body is missing' });
        return send(res, 201, makeNote(text, bot, false));
      }
      return send(res, 405, { error: '405 Method Not Allowed' });
    }

    const note = notes.find((n) => String(n.id) === noteId);
    if (!note) return send(res, 404, { message: '404 Not found' });
    if (method === 'GET') return send(res, 200, note);
    // Only the author may edit or delete a note; system notes belong to nobody who may.
    if ((method === 'PUT' || method === 'DELETE') && (note.system || note.author.id !== bot.id)) return send(res, 403, { message: '403 Forbidden' });
    if (method === 'PUT') {
      if (typeof text !== 'string' || text === '') return send(res, 400, { error: 'body is missing' });
      note.body = text;
      note.updated_at = timestamp();
      return send(res, 200, note);
    }
    if (method === 'DELETE') {
      notes.splice(notes.indexOf(note), 1);
      return send(res, 204);
    }
    return send(res, 405, { error: '405 Method Not Allowed' });
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const rawBody = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      const type = req.headers['content-type'] ?? '';
      if (rawBody !== '') {
        if (type.includes('application/x-www-form-urlencoded')) body = Object.fromEntries(new URLSearchParams(rawBody));
        else {
          try {
            body = JSON.parse(rawBody);
          } catch {
            body = undefined;
          }
        }
      }
      const record: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, rawBody, body, status: 0 };
      requests.push(record);
      if (rawBody !== '' && body === undefined) {
        record.status = send(res, 400, { error: 'invalid JSON body' });
        return;
      }
      record.status = handle(req, res, url, body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    apiUrl: `${url}/api/v4`,
    notes,
    requests,
    bot,
    seed(count, systemEvery = 5) {
      const added: FakeNote[] = [];
      for (let i = 1; i <= count; i++) {
        const system = systemEvery > 0 && i % systemEvery === 0;
        added.push(makeNote(system ? `added ${i} commit${i === 1 ? '' : 's'}` : `Review comment ${i}`, humans[i % humans.length] as FakeUser, system));
      }
      return added;
    },
    addNote(body, { system = false, byBot = false } = {}) {
      return makeNote(body, byBot ? bot : (humans[0] as FakeUser), system);
    },
    writes(since = 0) {
      return requests.slice(since).filter((r) => r.method !== 'GET');
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
