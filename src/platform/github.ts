import { readFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { ExternalError, UserError } from '../core/errors.js';
import { upsertSticky, type CommentApi } from '../core/sticky.js';
import { annotation, fileCommand, getInput, issueCommand } from './actions-runner.js';
import { createGitHubRunners } from './github-runners.js';
import { createGitHubStorage } from './github-storage.js';
import { commentMarker, type Context, type Platform } from './platform.js';

/** Options for tests: the fetch octokit uses (nock sees only global fetch) and retry timing. */
export interface GitHubOptions {
  fetch?: typeof fetch;
  retryAfterBaseValue?: number;
  env?: NodeJS.ProcessEnv;
}

type Octokit = Awaited<ReturnType<typeof loadOctokit>>;

/**
 * The GitHub Actions adapter: inputs, outputs, summary and logs through the runner contract
 * (`actions-runner.ts`); comments and statuses through octokit from `@actions/github` with the retry and
 * throttling plugins, loaded only when a step calls the API.
 */
export function createGitHubPlatform(options: GitHubOptions = {}): Platform {
  const env = options.env ?? process.env;
  const context = githubContext(env);
  const masked = new Set<string>();
  const clients = new Map<string, Promise<Octokit>>();
  const client = (token: string | undefined) => {
    if (!token) throw new UserError("input 'token' is empty: pass a token (the default is ${{ github.token }}) or set 'comment: false'");
    let made = clients.get(token);
    if (!made) clients.set(token, (made = loadOctokit(token, env, options)));
    return made;
  };
  const [owner = '', repo = ''] = (context.repository ?? '').split('/');
  return {
    context,
    features: { ci: true, summaryPage: true, forkComments: 'never', interactive: false },
    log: {
      info: (m) => void process.stdout.write(`${noCommands(m)}\n`),
      debug: (m) => issueCommand('debug', {}, m),
      // The user's own command, as a `run:` step would print it (its workflow commands work too).
      stream: (chunk) => void process.stdout.write(chunk),
      warning: (m, l) => issueCommand('warning', annotation(l), m),
      error: (m, l) => issueCommand('error', annotation(l), m),
    },
    input: (name) => getInput(name, env) || undefined,
    // The runner passes `with:` keys as INPUT_<NAME> (upper-cased, spaces to _), declared or not.
    givenInputs: () => ({
      names: Object.keys(env)
        .filter((k) => k.startsWith('INPUT_'))
        .map((k) => k.slice('INPUT_'.length).toLowerCase()),
      strict: true,
    }),
    setOutput: (name, value) => fileCommand('GITHUB_OUTPUT', name, value, env),
    mask(secret) {
      // The entry masks every secret input and a step may mask it again: one command is enough.
      if (masked.has(secret)) return;
      masked.add(secret);
      issueCommand('add-mask', {}, secret);
    },
    exportVariable(name, value) {
      fileCommand('GITHUB_ENV', name, value, env);
      env[name] = value;
    },
    saveState: (name, value) => fileCommand('GITHUB_STATE', name, value, env),
    getState: (name) => env[`STATE_${name}`] || undefined,
    async summary(report) {
      if (!env.GITHUB_STEP_SUMMARY) process.stdout.write(`${noCommands(report.text)}\n`);
      else await appendFile(env.GITHUB_STEP_SUMMARY, `${report.markdown}\n`, 'utf8');
    },
    async upsertComment({ key, body, token, number }) {
      const issue = number ?? context.changeRequest?.number;
      if (!issue) throw new UserError('comment: this run is not for a pull request, so there is nothing to comment on');
      const octokit = await client(token);
      const params = { owner, repo, issue_number: issue };
      // A personal token can name its user; an app token (GITHUB_TOKEN) cannot, and posts as a bot.
      const self = await octokit.rest.users.getAuthenticated().then(
        (r) => r.data.login,
        () => undefined,
      );
      type ApiComment = { id: number; body?: string; html_url: string; user: { login: string; type?: string } | null };
      const toStored = (c: ApiComment) => ({
        id: c.id,
        body: c.body ?? '',
        url: c.html_url,
        own: self !== undefined ? c.user?.login === self : c.user?.type === 'Bot',
      });
      const api: CommentApi = {
        list: () => call('list comments', () => octokit.paginate(octokit.rest.issues.listComments, { ...params, per_page: 100 })).then((all) => all.map(toStored)),
        create: (text) => call('create a comment', () => octokit.rest.issues.createComment({ ...params, body: text })).then((r) => toStored(r.data)),
        update: (id, text) => call('update a comment', () => octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body: text })).then((r) => toStored(r.data)),
        // A racing run may have deleted it already.
        remove: (id) =>
          call('delete a comment', () => octokit.rest.issues.deleteComment({ owner, repo, comment_id: id })).then(
            () => undefined,
            (error: ExternalError) => {
              if (error.status !== 404) throw error;
            },
          ),
      };
      const result = await upsertSticky(api, commentMarker(key), body);
      return { action: result.action, url: result.comment.url };
    },
    async setStatus({ name, state, description, sha, token, targetUrl }) {
      const octokit = await client(token);
      await call('set a commit status', () =>
        octokit.rest.repos.createCommitStatus({ owner, repo, sha, state, context: name, description: description.slice(0, 140), target_url: targetUrl }),
      );
    },
    async recordDeployment({ environment, sha, state, description, token }) {
      if (!token || !sha) return;
      const octokit = await client(token);
      // A deployment with no required contexts: the gate already ran, and auto-merge would move the ref.
      const created = await call(
        'create a deployment',
        () =>
          octokit.rest.repos.createDeployment({
            owner,
            repo,
            ref: sha,
            environment,
            auto_merge: false,
            required_contexts: [],
            description: description.slice(0, 140),
            production_environment: environment === 'production',
          }),
        "'deployments: write'",
      );
      const id = (created.data as { id?: number }).id;
      if (id === undefined)
        throw new ExternalError(`GitHub did not create the deployment to ${environment} (${String((created.data as { message?: string }).message ?? 'no id')})`, 'GitHub');
      await call(
        'set the deployment status',
        () =>
          octokit.rest.repos.createDeploymentStatus({
            owner,
            repo,
            deployment_id: id,
            state,
            description: description.slice(0, 140),
            environment,
            log_url: context.runUrl,
            auto_inactive: true,
          }),
        "'deployments: write'",
      );
    },
    async changeRequestHead(number, token) {
      const octokit = await client(token);
      const { data } = await call('read the pull request', () => octokit.rest.pulls.get({ owner, repo, pull_number: number }));
      return data.head.sha;
    },
    // Created lazily inside: the cache and artifact libraries load only when a step uses them.
    storage: createGitHubStorage(env),
    runners: createGitHubRunners(env, { fetch: options.fetch }),
    async finish() {},
  };
}

async function loadOctokit(token: string, env: NodeJS.ProcessEnv, options: GitHubOptions) {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([import('@actions/github'), import('@octokit/plugin-retry'), import('@octokit/plugin-throttling')]);
  return getOctokit(
    token,
    {
      baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
      ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451], ...(options.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: options.retryAfterBaseValue } : {}) },
      throttle: {
        onRateLimit: (after: number, o: { method: string; url: string }, _k: unknown, count: number) => {
          issueCommand('warning', {}, `GitHub rate limit on ${o.method} ${o.url}; retrying after ${after}s`);
          return count < 2;
        },
        onSecondaryRateLimit: (after: number, o: { method: string; url: string }, _k: unknown, count: number) => {
          issueCommand('warning', {}, `GitHub secondary rate limit on ${o.method} ${o.url}; retrying after ${after}s`);
          return count < 3;
        },
        ...(options.retryAfterBaseValue !== undefined ? { fallbackSecondaryRateRetryAfter: options.retryAfterBaseValue / 1000 } : {}),
      },
    },
    retry,
    throttling,
  );
}

/** The runner reads any line that starts with `::` (after blanks) as a command; text from a repository must not. */
function noCommands(text: string): string {
  return text.replace(/^(\s*)::/gm, '$1:\u200b:');
}

/** Turns octokit's errors into ExternalErrors that say what was attempted and whether retrying helps. */
async function call<T>(what: string, fn: () => Promise<T>, needs = "'pull-requests: write' and 'statuses: write'"): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    const status = (error as { status?: number }).status;
    const said = (error as { response?: { data?: { message?: string } } }).response?.data?.message ?? (error as Error).message;
    const hint = status === 403 || status === 404 ? ` (the token lacks permission: grant ${needs}, or this is a fork's read-only token)` : '';
    throw new ExternalError(`GitHub API: could not ${what}: ${status ?? ''} ${said}${hint}`.replace(/  +/g, ' '), 'GitHub API', status, status === undefined || status >= 500);
  }
}

/** Reads the run's context from the runner's environment and event payload. */
export function githubContext(env: NodeJS.ProcessEnv): Context {
  // The event payload's shape depends on the event; only the fields read below are relied on.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let event: Record<string, any> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      throw new UserError(`GITHUB_EVENT_PATH: cannot read the event payload at ${env.GITHUB_EVENT_PATH}`);
    }
  }
  const pr = event.pull_request;
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
  const repository: string | undefined = env.GITHUB_REPOSITORY || event.repository?.full_name;
  return {
    platform: 'github',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    repository: env.GITHUB_REPOSITORY || event.repository?.full_name,
    sha: pr?.head?.sha ?? env.GITHUB_SHA,
    ref: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME,
    changeRequest: pr
      ? {
          number: pr.number,
          baseRef: pr.base?.ref,
          baseSha: pr.base?.sha,
          headSha: pr.head?.sha,
          fork: (pr.head?.repo?.full_name ?? '') !== (pr.base?.repo?.full_name ?? event.repository?.full_name),
        }
      : undefined,
    pushBefore: typeof event.before === 'string' && !/^0+$/.test(event.before) ? event.before : undefined,
    runUrl: env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}` : undefined,
    job: env.GITHUB_JOB,
    attempt: env.GITHUB_RUN_ATTEMPT,
    upstreamHeadSha: event.workflow_run?.head_sha,
    upstreamRunUrl: event.workflow_run?.html_url,
    upstreamPipeline: event.workflow_run?.name,
    // A workflow_run of a fork's PR, or a comment on any PR (its head may be a fork: assume so), runs
    // with this repository's secrets for code it did not write.
    forkTrigger:
      (event.workflow_run?.head_repository?.full_name !== undefined && event.workflow_run.head_repository.full_name !== (env.GITHUB_REPOSITORY || event.repository?.full_name)) ||
      Boolean(event.issue?.pull_request) ||
      undefined,
    pipeline: env.GITHUB_WORKFLOW || 'workflow',
    defaultBranch: event.repository?.default_branch,
    push: !pr && ['push', 'workflow_dispatch', 'schedule'].includes(env.GITHUB_EVENT_NAME ?? ''),
    repositoryUrl: repository ? `${server}/${repository}` : undefined,
    // GHCR names must be lowercase; it serves github.com's repositories only.
    registry:
      repository && server === 'https://github.com' ? { uri: `oci://ghcr.io/${repository.toLowerCase()}`, username: env.GITHUB_ACTOR, label: "this repository's GHCR" } : undefined,
    runId: env.GITHUB_RUN_ID,
    actor: env.GITHUB_ACTOR,
    runner: env.RUNNER_NAME,
  };
}
