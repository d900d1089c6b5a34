import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake saw, for assertions. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body?: unknown;
}

interface Comment {
  id: number;
  body: string;
  created_at: string;
  user: typeof USER | typeof HUMAN;
}

const USER = {
  login: 'github-actions[bot]',
  id: 41898282,
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
  type: 'Bot',
  site_admin: false,
};

const HUMAN = { login: 'octocat', id: 583231, node_id: 'MDQ6VXNlcjU4MzIzMQ==', avatar_url: 'https://avatars.githubusercontent.com/u/583231?v=4', type: 'User', site_admin: false };

/**
 * A loopback stand-in for the parts of the GitHub REST API that compare-metrics calls: issue comments
 * (paginated with `Link` headers like the real API), commit statuses and pull requests. Responses carry
 * the fields of the real objects (from the REST API's documented examples). Tokens: `writeToken` may
 * write, `readToken` gets 403 "Resource not accessible by integration" on writes (a fork PR's token).
 */
export class FakeGitHub {
  readonly requests: SeenRequest[] = [];
  readonly comments = new Map<number, Comment[]>();
  readonly statuses: { sha: string; state: string; context: string; description: string; target_url: string | null }[] = [];
  readonly pulls = new Map<number, { headSha: string }>();
  /** Deployments created (POST /deployments) with the statuses set on each. */
  readonly deployments: { id: number; ref: string; environment: string; description: string | null; statuses: { state: string; description: string; environment?: string }[] }[] =
    [];
  /** Just-in-time runners registered through the API, by id. */
  readonly runners = new Map<number, { name: string; labels: string[] }>();
  /** What GET of a registered runner reports: `online` as if the machine booted and connected. */
  runnerStatus: 'online' | 'offline' = 'online';
  /** Answer this many upcoming requests (whose path matches `failPath`) with 502 (retry tests). */
  failNext = 0;
  failPath = /./;
  private nextId = 1_000_000;
  private server: Server;
  url = '';

  constructor(
    readonly owner = 'Codertocat',
    readonly repo = 'Hello-World',
    readonly writeToken = 'ghs_write_token_for_tests',
    readonly readToken = 'ghs_read_only_token_for_tests',
  ) {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Adds `count` comments by a person to an issue, as a busy PR has. */
  seed(issue: number, count: number, body = (i: number) => `LGTM ${i}`): void {
    const list = this.comments.get(issue) ?? [];
    for (let i = 0; i < count; i++) list.push({ id: this.nextId++, body: body(i), created_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), user: HUMAN });
    this.comments.set(issue, list);
  }

  private commentJson(issue: number, c: Comment) {
    const base = `${this.url}/repos/${this.owner}/${this.repo}`;
    return {
      url: `${base}/issues/comments/${c.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${issue}#issuecomment-${c.id}`,
      issue_url: `${base}/issues/${issue}`,
      id: c.id,
      node_id: `IC_kwDO${c.id}`,
      user: c.user,
      created_at: c.created_at,
      updated_at: c.created_at,
      author_association: 'NONE',
      body: c.body,
      reactions: { url: `${base}/issues/comments/${c.id}/reactions`, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 },
      performed_via_github_app: null,
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString();
    const url = new URL(req.url ?? '/', this.url);
    const seen: SeenRequest = { method: req.method ?? 'GET', path: url.pathname + url.search, headers: req.headers, body: text ? JSON.parse(text) : undefined };
    this.requests.push(seen);
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-media-type': 'github.v3; format=json', ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    if (this.failNext > 0 && this.failPath.test(url.pathname)) {
      this.failNext--;
      return send(502, { message: 'Server Error' });
    }
    const token = (req.headers.authorization ?? '').replace(/^(token|bearer) /i, '');
    if (token !== this.writeToken && token !== this.readToken) return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
    const readOnly = token === this.readToken;
    const forbidden = () =>
      send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment', status: '403' });
    if (url.pathname === '/user' && req.method === 'GET') {
      // GITHUB_TOKEN is an installation token: it has no user to name.
      return send(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
        status: '403',
      });
    }
    const prefix = `/repos/${this.owner}/${this.repo}`;
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : undefined;
    if (path === undefined) return send(404, { message: 'Not Found', status: '404' });
    let m: RegExpExecArray | null;

    if ((m = /^\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = Number(m[1]);
      const list = this.comments.get(issue) ?? [];
      if (req.method === 'GET') {
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
        const page = Number(url.searchParams.get('page') ?? 1);
        const last = Math.max(1, Math.ceil(list.length / perPage));
        const link = (p: number, rel: string) => `<${this.url}${prefix}/issues/${issue}/comments?per_page=${perPage}&page=${p}>; rel="${rel}"`;
        const links = [page < last && link(page + 1, 'next'), page < last && link(last, 'last'), page > 1 && link(1, 'first'), page > 1 && link(page - 1, 'prev')].filter(Boolean);
        return send(
          200,
          list.slice((page - 1) * perPage, page * perPage).map((c) => this.commentJson(issue, c)),
          links.length ? { link: links.join(', ') } : {},
        );
      }
      if (req.method === 'POST') {
        if (readOnly) return forbidden();
        const comment = { id: this.nextId++, body: String((seen.body as { body: string }).body), created_at: new Date().toISOString(), user: USER };
        this.comments.set(issue, [...list, comment]);
        return send(201, this.commentJson(issue, comment), { location: `${this.url}${prefix}/issues/comments/${comment.id}` });
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(path))) {
      const id = Number(m[1]);
      for (const [issue, list] of this.comments) {
        const at = list.findIndex((c) => c.id === id);
        if (at < 0) continue;
        if (readOnly && req.method !== 'GET') return forbidden();
        if (req.method === 'PATCH') {
          (list[at] as Comment).body = String((seen.body as { body: string }).body);
          return send(200, this.commentJson(issue, list[at] as Comment));
        }
        if (req.method === 'DELETE') {
          list.splice(at, 1);
          return send(204);
        }
      }
      return send(404, { message: 'Not Found', status: '404' });
    }
    if ((m = /^\/statuses\/([0-9a-f]{40})$/.exec(path)) && req.method === 'POST') {
      if (readOnly) return forbidden();
      const b = seen.body as { state: string; context: string; description: string; target_url?: string };
      const status = { sha: m[1] as string, state: b.state, context: b.context, description: b.description, target_url: b.target_url ?? null };
      this.statuses.push(status);
      return send(201, {
        url: `${this.url}${prefix}/statuses/${m[1]}`,
        id: this.nextId++,
        node_id: 'SC_kwDO',
        state: b.state,
        description: b.description,
        target_url: status.target_url,
        context: b.context,
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
        creator: USER,
        avatar_url: USER.avatar_url,
      });
    }
    if (path === '/deployments' && req.method === 'POST') {
      if (readOnly) return forbidden();
      const b = seen.body as { ref: string; environment: string; description?: string; required_contexts?: string[]; auto_merge?: boolean };
      const id = this.nextId++;
      const deployment = {
        id,
        ref: b.ref,
        environment: b.environment,
        description: b.description ?? null,
        statuses: [] as { state: string; description: string; environment?: string }[],
      };
      this.deployments.push(deployment);
      const now = new Date().toISOString();
      return send(201, {
        url: `${this.url}${prefix}/deployments/${id}`,
        id,
        node_id: 'DE_kwDO',
        sha: b.ref,
        ref: b.ref,
        task: 'deploy',
        payload: {},
        original_environment: b.environment,
        environment: b.environment,
        description: deployment.description,
        creator: USER,
        created_at: now,
        updated_at: now,
        statuses_url: `${this.url}${prefix}/deployments/${id}/statuses`,
        repository_url: `${this.url}${prefix}`,
        transient_environment: false,
        production_environment: b.environment === 'production',
      });
    }
    if ((m = /^\/deployments\/(\d+)\/statuses$/.exec(path)) && req.method === 'POST') {
      if (readOnly) return forbidden();
      const deployment = this.deployments.find((d) => d.id === Number(m?.[1]));
      if (!deployment) return send(404, { message: 'Not Found', status: '404' });
      const b = seen.body as { state: string; description: string; environment?: string };
      deployment.statuses.push({ state: b.state, description: b.description, environment: b.environment });
      const now = new Date().toISOString();
      return send(201, {
        url: `${this.url}${prefix}/deployments/${deployment.id}/statuses/${this.nextId}`,
        id: this.nextId++,
        node_id: 'DES_kwDO',
        state: b.state,
        creator: USER,
        description: b.description,
        environment: b.environment ?? deployment.environment,
        target_url: '',
        log_url: '',
        created_at: now,
        updated_at: now,
        deployment_url: `${this.url}${prefix}/deployments/${deployment.id}`,
        repository_url: `${this.url}${prefix}`,
      });
    }
    if (path === '/actions/runners/generate-jitconfig' && req.method === 'POST') {
      if (readOnly) return forbidden();
      const b = seen.body as { name: string; labels: string[] };
      const id = this.nextId++;
      this.runners.set(id, { name: b.name, labels: b.labels });
      return send(201, {
        runner: { id, name: b.name, os: 'unknown', status: 'offline', busy: false, labels: b.labels.map((name, i) => ({ id: i + 1, name, type: 'custom' })) },
        encoded_jit_config: Buffer.from(JSON.stringify({ id, name: b.name })).toString('base64'),
      });
    }
    if ((m = /^\/actions\/runners\/(\d+)$/.exec(path)) && req.method === 'GET') {
      const runner = this.runners.get(Number(m[1]));
      if (!runner) return send(404, { message: 'Not Found', status: '404' });
      return send(200, {
        id: Number(m[1]),
        name: runner.name,
        os: 'Linux',
        status: this.runnerStatus,
        busy: false,
        labels: runner.labels.map((name, i) => ({ id: i + 1, name, type: 'custom' })),
      });
    }
    if ((m = /^\/actions\/runners\/(\d+)$/.exec(path)) && req.method === 'DELETE') {
      if (readOnly) return forbidden();
      return this.runners.delete(Number(m[1])) ? send(204) : send(404, { message: 'Not Found', status: '404' });
    }
    if ((m = /^\/pulls\/(\d+)$/.exec(path)) && req.method === 'GET') {
      const pull = this.pulls.get(Number(m[1]));
      if (!pull) return send(404, { message: 'Not Found', status: '404' });
      return send(200, {
        url: `${this.url}${prefix}/pulls/${m[1]}`,
        id: 1,
        number: Number(m[1]),
        state: 'open',
        head: { ref: 'changes', sha: pull.headSha },
        base: { ref: 'main' },
      });
    }
    return send(404, { message: 'Not Found', status: '404' });
  }
}
