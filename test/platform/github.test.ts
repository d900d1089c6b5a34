import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ExternalError } from '../../src/core/errors.js';
import { createGitHubPlatform } from '../../src/platform/github.js';
import { commentMarker } from '../../src/platform/platform.js';

const API = 'https://api.github.com';
const env = { GITHUB_REPOSITORY: 'octo/repo', GITHUB_API_URL: API, GITHUB_WORKFLOW: 'ci' } as NodeJS.ProcessEnv;
const platform = () => createGitHubPlatform({ fetch: globalThis.fetch, retryAfterBaseValue: 1, env });
const comment = (id: number, body: string, user = { login: 'someone', type: 'User' }) => ({ id, body, html_url: `https://github.com/octo/repo/pull/7#issuecomment-${id}`, user });
const BOT = { login: 'github-actions[bot]', type: 'Bot' };

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});
afterAll(() => nock.enableNetConnect());

describe('GitHub adapter (octokit through the injected fetch, nock for the hosted API)', () => {
  it('states what GitHub can do: a job summary page, no fork comments, no metrics widget; who runs where', () => {
    const p = createGitHubPlatform({ env: { ...env, GITHUB_RUN_ID: '5', GITHUB_ACTOR: 'octocat', RUNNER_NAME: 'gpu-runner-3' } });
    expect(p.features).toEqual({ ci: true, summaryPage: true, forkComments: 'never', interactive: false });
    expect(p.metricsReport).toBeUndefined();
    expect(p.context).toMatchObject({ runId: '5', actor: 'octocat', runner: 'gpu-runner-3' });
  });

  it('pages through 300 comments and edits the marked one on page 3', async () => {
    const marker = commentMarker('compare-metrics:ci');
    // Page 1 holds a person's comment with the marker (not ours), page 3 the bot's own.
    const page = (n: number) =>
      Array.from({ length: 100 }, (_, i) =>
        n === 2 && i === 50 ? comment(250, `${marker}\nold`, BOT) : n === 0 && i === 3 ? comment(3, `${marker}\nplanted`) : comment(n * 100 + i, `comment ${n * 100 + i}`),
      );
    const link = (n: number) =>
      `<${API}/repositories/1/issues/7/comments?per_page=100&page=${n}>; rel="next", <${API}/repositories/1/issues/7/comments?per_page=100&page=3>; rel="last"`;
    nock(API)
      .get('/user')
      .reply(403, { message: 'Resource not accessible by integration' })
      .get('/repos/octo/repo/issues/7/comments')
      .query({ per_page: '100' })
      .reply(200, page(0), { link: link(2) })
      .get('/repositories/1/issues/7/comments')
      .query({ per_page: '100', page: '2' })
      .reply(200, page(1), { link: link(3) })
      .get('/repositories/1/issues/7/comments')
      .query({ per_page: '100', page: '3' })
      .reply(200, page(2))
      .patch('/repos/octo/repo/issues/comments/250', (b) => b.body === `${marker}\nnew`)
      .reply(200, comment(250, `${marker}\nnew`));
    const result = await platform().upsertComment({ key: 'compare-metrics:ci', body: `${marker}\nnew`, token: 'ghs_x', number: 7 });
    expect(result).toEqual({ action: 'updated', url: 'https://github.com/octo/repo/pull/7#issuecomment-250' });
  });

  it('retries server errors and secondary rate limits', async () => {
    nock(API)
      .post('/repos/octo/repo/statuses/abc')
      .reply(502, { message: 'Server Error' })
      .post('/repos/octo/repo/statuses/abc')
      .reply(403, { message: 'You have exceeded a secondary rate limit' }, { 'retry-after': '0' })
      .post('/repos/octo/repo/statuses/abc', (b) => b.state === 'failure' && b.context === 'modelgate/compare-metrics' && b.description.length <= 140)
      .reply(201, { id: 1, state: 'failure' });
    await platform().setStatus({ name: 'modelgate/compare-metrics', state: 'failure', description: 'x'.repeat(300), sha: 'abc', token: 'ghs_x' });
  });

  it('turns a permission error into an ExternalError that says which permission', async () => {
    nock(API).get('/user').reply(200, { login: 'me' }).get('/repos/octo/repo/issues/7/comments').query(true).reply(403, { message: 'Resource not accessible by integration' });
    const error = await platform()
      .upsertComment({ key: 'k', body: 'b', token: 'ghs_x', number: 7 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExternalError);
    expect((error as ExternalError).status).toBe(403);
    expect((error as Error).message).toMatch(/could not list comments: 403 Resource not accessible by integration \(the token lacks permission: grant 'pull-requests: write'/);
  });

  it('refuses an unmocked request instead of reaching the network', async () => {
    const error = await platform()
      .setStatus({ name: 'n', state: 'success', description: 'd', sha: 'abc', token: 'ghs_x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExternalError);
    expect((error as Error).message).toMatch(/Disallowed net connect|Nock/);
  });

  it('reads the pull request, fork status and run URL from the event payload', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'ev-')), 'event.json');
    writeFileSync(
      file,
      JSON.stringify({
        pull_request: { number: 9, base: { ref: 'main', sha: 'b'.repeat(40), repo: { full_name: 'octo/repo' } }, head: { sha: 'h'.repeat(40), repo: { full_name: 'fork/repo' } } },
        repository: { full_name: 'octo/repo' },
      }),
    );
    const p = createGitHubPlatform({ env: { ...env, GITHUB_EVENT_PATH: file, GITHUB_RUN_ID: '5', GITHUB_RUN_ATTEMPT: '2', GITHUB_SHA: 'm'.repeat(40) } });
    expect(p.context).toMatchObject({
      sha: 'h'.repeat(40),
      changeRequest: { number: 9, baseRef: 'main', baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40), fork: true },
      runUrl: 'https://github.com/octo/repo/actions/runs/5/attempts/2',
      pipeline: 'ci',
    });
  });
});

it('keeps repository text from being read as a workflow command', async () => {
  const { vi } = await import('vitest');
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
  try {
    const p = createGitHubPlatform({ env: { ...env } });
    p.log.info('metric\n  ::add-mask::x\n::set-env name=A::b');
    await p.summary({ markdown: '', text: '::error::pwned' });
  } finally {
    spy.mockRestore();
  }
  expect(written.join('')).toBe('metric\n  :\u200b:add-mask::x\n:\u200b:set-env name=A::b\n:\u200b:error::pwned\n');
});

it('flags runs a fork triggered indirectly (workflow_run of a fork PR, a comment on a PR)', async () => {
  const { writeFileSync, mkdtempSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { githubContext } = await import('../../src/platform/github.js');
  const context = (event: unknown) => {
    const file = join(mkdtempSync(join(tmpdir(), 'ev-')), 'event.json');
    writeFileSync(file, JSON.stringify(event));
    return githubContext({ ...env, GITHUB_EVENT_PATH: file });
  };
  expect(context({ workflow_run: { head_repository: { full_name: 'fork/repo' } } }).forkTrigger).toBe(true);
  expect(context({ workflow_run: { head_repository: { full_name: 'octo/repo' } } }).forkTrigger).toBeUndefined();
  expect(context({ issue: { number: 3, pull_request: { url: 'x' } }, comment: { body: '/train' } }).forkTrigger).toBe(true);
  expect(context({ ref: 'refs/heads/main' }).forkTrigger).toBeUndefined();
});
