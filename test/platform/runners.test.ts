import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ExternalError, UserError } from '../../src/core/errors.js';
import { createGitHubRunners } from '../../src/platform/github-runners.js';
import { createGitLabRunners } from '../../src/platform/gitlab-runners.js';

const GH = 'https://api.github.com';
const GL = 'https://gitlab.example.com';
const ghEnv = { GITHUB_REPOSITORY: 'octo/repo', GITHUB_API_URL: GH, GITHUB_SERVER_URL: 'https://github.com' } as NodeJS.ProcessEnv;
const glEnv = { CI_API_V4_URL: `${GL}/api/v4`, CI_SERVER_URL: GL, CI_PROJECT_ID: '1234' } as NodeJS.ProcessEnv;

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});
afterAll(() => nock.enableNetConnect());

describe('GitHub just-in-time runners', () => {
  const runners = () => createGitHubRunners(ghEnv, { fetch: globalThis.fetch, backoffMs: 1 });

  it('generates a JIT config with the name, group 1, the labels and _work, with the API headers', async () => {
    nock(GH, { reqheaders: { authorization: 'Bearer ghp_admin', 'x-github-api-version': '2022-11-28', accept: 'application/vnd.github+json' } })
      .post('/repos/octo/repo/actions/runners/generate-jitconfig', { name: 'modelgate-gpu-1-1-ab', runner_group_id: 1, labels: ['modelgate-gpu-1-1-ab'], work_folder: '_work' })
      .reply(201, { runner: { id: 23, name: 'modelgate-gpu-1-1-ab' }, encoded_jit_config: 'ZW5jb2RlZA==' });
    expect(await runners().register({ name: 'modelgate-gpu-1-1-ab', labels: ['modelgate-gpu-1-1-ab'], token: 'ghp_admin' })).toEqual({
      platform: 'github',
      secret: 'ZW5jb2RlZA==',
      id: 23,
      url: 'https://github.com',
    });
  });

  it('says the token needs administration rights (and GITHUB_TOKEN cannot) on 403 and 404', async () => {
    for (const status of [403, 404]) {
      nock(GH).post('/repos/octo/repo/actions/runners/generate-jitconfig').reply(status, { message: 'Resource not accessible by integration' });
      const error = await runners()
        .register({ name: 'n', labels: ['n'], token: 'ghs_job' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toMatch(new RegExp(`\\(${status}\\): input 'token' needs administration rights .*GITHUB_TOKEN cannot register runners`));
      expect((error as Error).message).not.toContain('ghs_job');
    }
  });

  it('retries a server error and keeps other client errors as ExternalError', async () => {
    nock(GH)
      .post('/repos/octo/repo/actions/runners/generate-jitconfig')
      .reply(502, 'bad gateway')
      .post('/repos/octo/repo/actions/runners/generate-jitconfig')
      .reply(201, { runner: { id: 5 }, encoded_jit_config: 'x' });
    expect((await runners().register({ name: 'n', labels: ['n'], token: 't' })).id).toBe(5);
    nock(GH).post('/repos/octo/repo/actions/runners/generate-jitconfig').reply(409, { message: 'Already exists - A runner with the name n already exists.' });
    const error = await runners()
      .register({ name: 'n', labels: ['n'], token: 't' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExternalError);
    expect((error as ExternalError).status).toBe(409);
  });

  it('deletes a runner; one that is gone already is success', async () => {
    nock(GH, { reqheaders: { authorization: 'Bearer ghp_admin' } })
      .delete('/repos/octo/repo/actions/runners/23')
      .reply(204)
      .delete('/repos/octo/repo/actions/runners/24')
      .reply(404, { message: 'Not Found' });
    await runners().remove(23, 'ghp_admin');
    await runners().remove(24, 'ghp_admin');
  });

  it('refuses an unmocked request instead of reaching the network', async () => {
    const error = await createGitHubRunners(ghEnv, { backoffMs: 1 })
      .remove(1, 't')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExternalError);
    expect((error as Error).message).toMatch(/Disallowed net connect|Nock/);
  });
});

describe('GitLab runners created through the API', () => {
  const runners = () => createGitLabRunners(glEnv, { fetch: globalThis.fetch, backoffMs: 1 });

  it('creates a project runner with the label as its only tag, not running untagged jobs', async () => {
    nock(GL, { reqheaders: { 'private-token': 'glpat-admin' } })
      .post('/api/v4/user/runners', { runner_type: 'project_type', project_id: 1234, tag_list: ['modelgate-gpu-9-1-cd'], description: 'modelgate-gpu-9-1-cd', run_untagged: false })
      .reply(201, { id: 77, token: 'glrt-secret', token_expires_at: null });
    expect(await runners().register({ name: 'modelgate-gpu-9-1-cd', labels: ['modelgate-gpu-9-1-cd'], token: 'glpat-admin' })).toEqual({
      platform: 'gitlab',
      secret: 'glrt-secret',
      id: 77,
      url: GL,
    });
  });

  it('says the token needs create_runner (and CI_JOB_TOKEN cannot) on 403', async () => {
    nock(GL).post('/api/v4/user/runners').reply(403, { message: '403 Forbidden' });
    const error = await runners()
      .register({ name: 'n', labels: ['n'], token: 'job' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/'create_runner' scope.*CI_JOB_TOKEN cannot create runners/);
  });

  it('deletes a runner; 404 is success', async () => {
    nock(GL, { reqheaders: { 'private-token': 'glpat-admin' } })
      .delete('/api/v4/runners/77')
      .reply(204)
      .delete('/api/v4/runners/78')
      .reply(404, { message: '404 Not found' });
    await runners().remove(77, 'glpat-admin');
    await runners().remove(78, 'glpat-admin');
  });

  it('needs CI_PROJECT_ID', async () => {
    await expect(createGitLabRunners({ CI_API_V4_URL: `${GL}/api/v4` }).register({ name: 'n', labels: ['n'], token: 't' })).rejects.toThrow(/CI_PROJECT_ID is unset/);
  });
});

it('reports whether a runner has connected, on GitHub and GitLab', async () => {
  nock(GH)
    .get('/repos/octo/repo/actions/runners/23')
    .reply(200, { id: 23, status: 'offline', busy: false })
    .get('/repos/octo/repo/actions/runners/23')
    .reply(200, { id: 23, status: 'online', busy: false })
    .get('/repos/octo/repo/actions/runners/23')
    .reply(404, { message: 'Not Found' });
  const gh = createGitHubRunners(ghEnv, { fetch: globalThis.fetch, backoffMs: 1 });
  expect([await gh.status?.(23, 't'), await gh.status?.(23, 't'), await gh.status?.(23, 't')]).toEqual(['offline', 'online', 'gone']);
  nock(`${GL}/api/v4`)
    .get('/runners/7')
    .reply(200, { id: 7, status: 'never_contacted', contacted_at: null })
    .get('/runners/7')
    .reply(200, { id: 7, status: 'online', contacted_at: '2026-11-28T10:00:00Z' });
  const gl = createGitLabRunners(glEnv, { fetch: globalThis.fetch, backoffMs: 1 });
  expect([await gl.status?.(7, 't'), await gl.status?.(7, 't')]).toEqual(['offline', 'online']);
});
