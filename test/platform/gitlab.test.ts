import nock from 'nock';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { createGitLabPlatform, gitlabContext } from '../../src/platform/gitlab.js';

const API = 'https://gitlab.example.com/api/v4';
const baseEnv = {
  CI_API_V4_URL: API,
  CI_PROJECT_ID: '42',
  CI_PROJECT_PATH: 'group/project',
  CI_PROJECT_URL: 'https://gitlab.example.com/group/project',
  CI_MERGE_REQUEST_IID: '3',
  CI_JOB_URL: 'https://gitlab.example.com/group/project/-/jobs/9',
  CI_JOB_NAME: 'compare-metrics',
};
const BOT = { id: 900, username: 'project_42_bot_modelgate' };
const note = (id: number, body: string, system = false, author = BOT) => ({ id, body, system, noteable_type: 'MergeRequest', noteable_iid: 3, author });

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});
afterAll(() => nock.enableNetConnect());

describe('GitLab adapter', () => {
  it('states what GitLab can do: no summary page, fork notes with a project token, the MR metrics widget fed from metrics.txt', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'gl-'));
    const platform = createGitLabPlatform('compare-metrics', () => undefined, {
      env: { ...baseEnv, CI_PROJECT_DIR: workspace, CI_PIPELINE_ID: '77', GITLAB_USER_LOGIN: 'ana', CI_RUNNER_DESCRIPTION: 'gpu-1' },
    });
    expect(platform.features).toEqual({ ci: true, summaryPage: false, forkComments: 'with-token', interactive: false });
    expect(platform.context).toMatchObject({ runId: '77', actor: 'ana', runner: 'gpu-1' });
    await platform.metricsReport?.('accuracy 0.9\n');
    expect(readFileSync(join(workspace, 'metrics.txt'), 'utf8')).toBe('accuracy 0.9\n');
  });

  it('pages notes by x-next-page, skips system notes and notes by others, and edits its own marked one with PRIVATE-TOKEN', async () => {
    nock(API, { reqheaders: { 'private-token': 'glpat-x' } })
      .get('/user')
      .reply(200, { ...BOT, bot: true })
      .get('/projects/42/merge_requests/3/notes')
      .query({ per_page: '100', page: '1', sort: 'asc', order_by: 'created_at' })
      .reply(200, [note(1, 'hi'), note(2, '<!-- modelgate:k --> in a system note', true), note(3, '<!-- modelgate:k -->\nplanted', false, { id: 5, username: 'someone' })], {
        'x-next-page': '2',
      })
      .get('/projects/42/merge_requests/3/notes')
      .query({ per_page: '100', page: '2', sort: 'asc', order_by: 'created_at' })
      .reply(500, { message: 'oops' })
      .get('/projects/42/merge_requests/3/notes')
      .query({ per_page: '100', page: '2', sort: 'asc', order_by: 'created_at' })
      .reply(200, [note(7, '<!-- modelgate:k -->\nold')], { 'x-next-page': '' })
      .put('/projects/42/merge_requests/3/notes/7', { body: '<!-- modelgate:k -->\nnew' })
      .reply(200, note(7, '<!-- modelgate:k -->\nnew'));
    const platform = createGitLabPlatform('compare-metrics', () => undefined, { env: { ...baseEnv, MODELGATE_TOKEN: 'glpat-x' }, fetch: globalThis.fetch, backoffMs: 1 });
    const result = await platform.upsertComment({ key: 'k', body: '<!-- modelgate:k -->\nnew', token: 'glpat-x' });
    expect(result).toEqual({ action: 'updated', url: 'https://gitlab.example.com/group/project/-/merge_requests/3#note_7' });
  });

  it('says which token to create when only CI_JOB_TOKEN is there', async () => {
    const platform = createGitLabPlatform('compare-metrics', () => undefined, { env: { ...baseEnv, CI_JOB_TOKEN: 'job-token' }, fetch: globalThis.fetch });
    const error = await platform.upsertComment({ key: 'k', body: 'b', token: undefined }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/project access token .*scope 'api'.*MODELGATE_TOKEN.*CI_JOB_TOKEN cannot write notes \(only CI_JOB_TOKEN is set in this job\)/);
    expect((error as Error).message).not.toContain('job-token');
  });

  it('a rejected token (401) says what to create and where to put it, never the token', async () => {
    nock(API).get('/user').reply(401, { message: '401 Unauthorized' });
    const platform = createGitLabPlatform('compare-metrics', () => undefined, { env: baseEnv, fetch: globalThis.fetch });
    const error = await platform.upsertComment({ key: 'k', body: 'b', token: 'glpat-secret' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      "compare-metrics: GitLab refused the token in MODELGATE_TOKEN (401 Unauthorized): it is expired, revoked, or not a token of https://gitlab.example.com/api/v4. Create a project access token (role Reporter or above, scope 'api') and put it in the masked CI/CD variable MODELGATE_TOKEN",
    );
  });

  it("CI_JOB_TOKEN given as MODELGATE_TOKEN is refused before GitLab's bare 401, and a missing token names protected variables", async () => {
    const platform = createGitLabPlatform('compare-metrics', () => undefined, { env: { ...baseEnv, CI_JOB_TOKEN: 'job-token-1' }, fetch: globalThis.fetch });
    await expect(platform.upsertComment({ key: 'k', body: 'b', token: 'job-token-1' })).rejects.toThrow(
      "MODELGATE_TOKEN holds this job's CI_JOB_TOKEN, which cannot read users or write merge request notes",
    );
    await expect(platform.upsertComment({ key: 'k', body: 'b', token: '' })).rejects.toThrow(
      "If MODELGATE_TOKEN is set but protected, GitLab gives it only to pipelines of protected branches and tags, never to a merge request from an unprotected branch: untick 'Protect variable'",
    );
  });

  it('a comparison with an id writes its dotenv variables under its own prefix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gl-'));
    const platform = createGitLabPlatform('compare-metrics', (name) => (name === 'id' ? 'challenge' : undefined), { env: { ...baseEnv, CI_PROJECT_DIR: dir } });
    platform.setOutput('verdict', 'pass');
    await platform.finish();
    expect(readFileSync(join(dir, 'compare-metrics.env'), 'utf8')).toBe('COMPARE_METRICS_CHALLENGE_VERDICT=pass\n');
  });

  it('writes outputs as a dotenv report named after the step', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gl-'));
    const platform = createGitLabPlatform('compare-metrics', () => undefined, { env: { ...baseEnv, CI_PROJECT_DIR: dir } });
    platform.setOutput('verdict', 'fail');
    platform.setOutput('report', 'a\nb');
    await platform.finish();
    expect(readFileSync(join(dir, 'compare-metrics.env'), 'utf8')).toBe('COMPARE_METRICS_VERDICT=fail\nCOMPARE_METRICS_REPORT=a b\n');
  });

  it("posts a fork's merge request note to the target project", async () => {
    nock(API)
      .get('/user')
      .reply(200, BOT)
      .get('/projects/42/merge_requests/3/notes')
      .query(true)
      .reply(200, [])
      .post('/projects/42/merge_requests/3/notes')
      .reply(201, note(8, '<!-- modelgate:k -->'))
      .get('/projects/42/merge_requests/3/notes')
      .query(true)
      .reply(200, [note(8, '<!-- modelgate:k -->')]);
    const env = { ...baseEnv, CI_PROJECT_ID: '99', CI_MERGE_REQUEST_PROJECT_ID: '42', CI_MERGE_REQUEST_PROJECT_URL: 'https://gitlab.example.com/group/project' };
    const platform = createGitLabPlatform('compare-metrics', () => undefined, { env, fetch: globalThis.fetch });
    expect(await platform.upsertComment({ key: 'k', body: '<!-- modelgate:k -->', token: 'glpat-x' })).toEqual({
      action: 'created',
      url: 'https://gitlab.example.com/group/project/-/merge_requests/3#note_8',
    });
  });

  it('reads the merge request and its merge-base from CI variables', () => {
    const context = gitlabContext({
      ...baseEnv,
      CI_COMMIT_SHA: 'c'.repeat(40),
      CI_MERGE_REQUEST_DIFF_BASE_SHA: 'd'.repeat(40),
      CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
      CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '99',
      CI_MERGE_REQUEST_PROJECT_ID: '42',
    });
    expect(context.changeRequest).toEqual({ number: 3, baseRef: 'main', baseSha: undefined, headSha: 'c'.repeat(40), mergeBaseSha: 'd'.repeat(40), fork: true });
  });
});
