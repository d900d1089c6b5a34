import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitLab, type FakeGitLab, type RecordedRequest } from './helpers/fake-gitlab.js';
import { releasedTemplate, runGitlabJob, type JobRun } from './helpers/gitlab-ci-local.js';
import { commit, git, tempDir } from './helpers/git.js';
import { modernNode } from './helpers/node24.js';

/**
 * The GitLab CI/CD component template, run by gitlab-ci-local (shell executor) against a loopback fake
 * of GitLab's merge request notes API: the job installs this checkout with npx, compares the MR head's
 * metrics with the merge-base's, posts then updates one sticky note, and writes the dotenv report.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const node = modernNode();
const JOB = 'compare-metrics';
const PROJECT_ID = 42;
const MR_IID = 7;
const TOKEN = 'glpat-modelgate-secret-4f9c2e7a';
const JOB_TOKEN = 'job-token-value-8d1b3c55';
const TIMEOUT = 120_000;

type GclRun = JobRun;

// CI installs Node 24 (.ci/run): there the template test must run, never skip.
it.runIf(process.env.CI === 'true')('CI provides the Node 22+ that gitlab-ci-local needs', () => {
  expect(node, 'MODELGATE_NODE24 is not set: run scripts/node24.sh').toBeDefined();
});

describe.skipIf(!node)('GitLab template compare-metrics under gitlab-ci-local (skipped without Node 22+: run scripts/node24.sh or set MODELGATE_NODE24)', () => {
  let workspace: string; // holds the project, gitlab-ci-local's home and npm's cache
  let project: string;
  let gitlab: FakeGitLab;
  let baseSha: string;
  let headSha: string;

  /** Runs the job in an MR pipeline for the current head with these extra (or, when undefined, removed) variables. */
  async function runJob(extra: Record<string, string | undefined>): Promise<GclRun> {
    // Stale outputs of an earlier run must not satisfy this run's assertions.
    for (const path of ['.gitlab-ci-local', 'modelgate-report', 'metrics.txt', 'compare-metrics.env']) rmSync(join(project, path), { recursive: true, force: true });
    const variables: Record<string, string | undefined> = {
      GITLAB_CI: 'true',
      CI_PROJECT_DIR: project,
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_API_V4_URL: gitlab.apiUrl,
      CI_PROJECT_ID: String(PROJECT_ID),
      CI_MERGE_REQUEST_IID: String(MR_IID),
      CI_MERGE_REQUEST_DIFF_BASE_SHA: baseSha,
      CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
      CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature',
      CI_COMMIT_SHA: headSha,
      CI_JOB_TOKEN: JOB_TOKEN,
      ...extra,
    };
    const defined = Object.fromEntries(Object.entries(variables).filter((e): e is [string, string] => e[1] !== undefined));
    return runGitlabJob(project, JOB, defined, workspace, 'compare-metrics.env');
  }

  const notesPath = `/api/v4/projects/${PROJECT_ID}/merge_requests/${MR_IID}/notes`;
  const marker = `<!-- modelgate:compare-metrics:${JOB} -->`;
  const describeRun = (run: GclRun) => `exit ${run.code}\n--- gitlab-ci-local output ---\n${run.output}\n--- job log ---\n${run.log}`;
  const pagesRead = (requests: RecordedRequest[]) => requests.filter((r) => r.method === 'GET' && r.path.endsWith('/notes')).map((r) => r.query.get('page'));

  beforeAll(async () => {
    if (!existsSync(join(root, 'dist/cli.js')))
      throw new Error(`${join(root, 'dist/cli.js')} is missing: run 'npm run build' before this test (the job installs this checkout with npx)`);
    gitlab = await startFakeGitLab({ projectId: PROJECT_ID, projectPath: 'group/project', mrIid: MR_IID, token: TOKEN });
    gitlab.seed(60);
    // Another comparison's sticky note (its own key) must be left alone.
    gitlab.addNote('<!-- modelgate:compare-metrics:compare-metrics:gpu -->\nAnother comparison', { byBot: true });
    gitlab.seed(89);
    expect(gitlab.notes).toHaveLength(150);

    workspace = tempDir('modelgate-gcl-');
    mkdirSync(join(workspace, 'home'));
    mkdirSync(join(workspace, 'npm-cache'));
    project = join(workspace, 'project');
    mkdirSync(project);
    git(project, 'init', '-q', '-b', 'main');
    git(project, 'config', 'user.name', 'Test'); // gitlab-ci-local reads them for GITLAB_USER_*
    git(project, 'config', 'user.email', 'test@example.com');
    mkdirSync(join(project, 'templates'));
    writeFileSync(join(project, 'templates/compare-metrics.yml'), releasedTemplate('compare-metrics'));
    baseSha = commit(
      project,
      {
        '.gitignore': '.gitlab-ci-local/\nmodelgate-report/\nmetrics.txt\ncompare-metrics.env\n',
        '.gitlab-ci.yml': ['stages: [test]', 'include:', '  - local: templates/compare-metrics.yml', '    inputs:', '      metrics: metrics.json', '      stage: test', ''].join(
          '\n',
        ),
        'metrics.json': '{"accuracy":0.91,"loss":0.30,"f1":0.80}\n',
      },
      'main: baseline metrics',
    );
    git(project, 'remote', 'add', 'origin', 'https://gitlab.example.com/group/project.git');
    git(project, 'update-ref', 'refs/remotes/origin/main', baseSha);
    git(project, 'symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
    git(project, 'checkout', '-q', '-b', 'feature');
    headSha = commit(
      project,
      {
        'metrics.json': '{"accuracy":0.85,"loss":0.31,"f1":0.80}\n',
        'modelgate.yml': 'metrics:\n  accuracy: {better: higher, max-drop: 1%}\n  loss: {better: lower}\n',
      },
      'feature: worse accuracy',
    );
  });

  afterAll(async () => {
    await gitlab?.close();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  let noteId: number;

  it(
    'fails the job on the accuracy regression, posts one sticky note through every page, and writes the dotenv and metrics reports',
    async () => {
      const since = gitlab.requests.length;
      const run = await runJob({ MODELGATE_TOKEN: TOKEN });
      const requests = gitlab.requests.slice(since);

      expect(run.code, describeRun(run)).toBe(1);
      expect(run.log, describeRun(run)).toMatch(/accuracy \(dropped 6\.59% > 1%\)/);
      expect(run.log).toContain(`baseline: merge-base main @ ${baseSha.slice(0, 7)}`);
      expect(run.output).not.toContain('Using fallback git');

      // All 150 notes were read (two pages of 100) before and after creating, with the project token.
      expect(pagesRead(requests)).toEqual(['1', '2', '1', '2']);
      for (const request of requests) {
        expect(request.headers['private-token']).toBe(TOKEN);
        // The merge request's head (is this run still the newest?), the token's own user (to recognise
        // its notes), then the notes. The fake has no merge request endpoint: the run goes ahead.
        if (request.path === `/api/v4/projects/${PROJECT_ID}/merge_requests/${MR_IID}`) continue;
        expect(request.path === '/api/v4/user' || request.path.startsWith(notesPath), request.path).toBe(true);
        expect(request.status).toBeLessThan(300);
      }
      const writes = gitlab.writes(since);
      expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${notesPath}`]);
      const body = (writes[0]?.body as { body: string }).body;
      expect(body).toContain(marker);
      expect(body).toContain('accuracy');
      expect(body.toLowerCase()).toContain('fail');

      const created = gitlab.notes.filter((n) => n.body.includes(marker));
      expect(created).toHaveLength(1);
      noteId = (created[0] as { id: number }).id;
      expect(gitlab.notes).toHaveLength(151);

      expect(run.dotenv, describeRun(run)).toMatchObject({
        COMPARE_METRICS_VERDICT: 'fail',
        COMPARE_METRICS_PASSED: 'false',
        COMPARE_METRICS_REPORT: join(project, 'modelgate-report/compare-metrics.md'),
        COMPARE_METRICS_COMPARISON: join(project, 'modelgate-report/compare-metrics.json'),
        COMPARE_METRICS_COMMENT_URL: `https://gitlab.example.com/group/project/-/merge_requests/${MR_IID}#note_${noteId}`,
      });
      expect(readFileSync(join(project, 'metrics.txt'), 'utf8').split('\n')).toContain('accuracy 0.85');
      expect(existsSync(join(project, '.gitlab-ci-local/artifacts', JOB, 'modelgate-report/compare-metrics.md'))).toBe(true);

      expect(run.log).not.toContain(TOKEN);
      expect(run.log).not.toContain(JOB_TOKEN);
      expect(run.output).not.toContain(TOKEN);
    },
    TIMEOUT,
  );

  it(
    'passes after the metrics improve and edits the same note in place',
    async () => {
      expect(noteId, 'the first run must have created the note').toBeTypeOf('number');
      headSha = commit(project, { 'metrics.json': '{"accuracy":0.92,"loss":0.29,"f1":0.80}\n' }, 'feature: better accuracy');
      const since = gitlab.requests.length;
      const run = await runJob({ MODELGATE_TOKEN: TOKEN });

      expect(run.code, describeRun(run)).toBe(0);
      expect(pagesRead(gitlab.requests.slice(since))).toEqual(['1', '2']);
      expect(gitlab.writes(since).map((r) => `${r.method} ${r.path}`)).toEqual([`PUT ${notesPath}/${noteId}`]);
      const note = gitlab.notes.find((n) => n.id === noteId);
      if (!note) throw new Error(`note ${noteId} is gone`);
      expect(note.body).toContain(marker);
      expect(note.body).toContain('0.92');
      expect(note.updated_at > note.created_at).toBe(true);
      expect(gitlab.notes).toHaveLength(151);
      expect(gitlab.notes.filter((n) => n.body.includes(marker))).toHaveLength(1);
      expect(gitlab.notes.find((n) => n.body.includes(':gpu -->'))?.body).toContain('Another comparison');

      expect(run.dotenv, describeRun(run)).toMatchObject({
        COMPARE_METRICS_VERDICT: 'pass',
        COMPARE_METRICS_PASSED: 'true',
        COMPARE_METRICS_COMMENT_URL: `https://gitlab.example.com/group/project/-/merge_requests/${MR_IID}#note_${noteId}`,
      });
      expect(readFileSync(join(project, 'metrics.txt'), 'utf8').split('\n')).toContain('accuracy 0.92');
      expect(run.log).not.toContain(TOKEN);
    },
    TIMEOUT,
  );

  it(
    'fails with a clear error naming MODELGATE_TOKEN when only CI_JOB_TOKEN is set, and writes no note',
    async () => {
      const before = JSON.stringify(gitlab.notes);
      const since = gitlab.requests.length;
      const run = await runJob({ MODELGATE_TOKEN: undefined });

      expect(run.code, describeRun(run)).toBe(1);
      expect(run.log, describeRun(run)).toContain('MODELGATE_TOKEN');
      expect(run.log).toContain('CI_JOB_TOKEN cannot write notes');
      expect(run.log).toContain('only CI_JOB_TOKEN is set');
      expect(run.log).not.toContain('reaches fail-on');
      expect(gitlab.requests.slice(since)).toEqual([]);
      expect(JSON.stringify(gitlab.notes)).toBe(before);
      expect(run.log).not.toContain(JOB_TOKEN);
    },
    TIMEOUT,
  );
});

describe('fake GitLab notes API (the contract the test above relies on)', () => {
  let gitlab: FakeGitLab;
  beforeAll(async () => {
    gitlab = await startFakeGitLab({ projectId: PROJECT_ID, mrIid: MR_IID, token: TOKEN });
    gitlab.seed(150);
  });
  afterAll(() => gitlab.close());
  const call = (path: string, init: RequestInit = {}, token: string | null = TOKEN) =>
    fetch(`${gitlab.apiUrl}${path}`, { ...init, headers: { ...(token ? { 'PRIVATE-TOKEN': token } : {}), 'content-type': 'application/json' } });
  const notes = `/projects/${PROJECT_ID}/merge_requests/${MR_IID}/notes`;

  it('rejects a missing or wrong token and other projects like GitLab', async () => {
    const missing = await call(`${notes}?per_page=100`, {}, null);
    expect([missing.status, await missing.json()]).toEqual([401, { message: '401 Unauthorized' }]);
    const wrong = await call(`${notes}?per_page=100`, {}, JOB_TOKEN);
    expect(wrong.status).toBe(401);
    const other = await call(`/projects/43/merge_requests/${MR_IID}/notes`);
    expect([other.status, await other.json()]).toEqual([404, { message: '404 Project Not Found' }]);
  });

  it('pages notes in created_at order with the pagination headers, and creates, edits and deletes its own', async () => {
    const page2 = await call(`${notes}?per_page=100&page=2&sort=asc&order_by=created_at`);
    const body = (await page2.json()) as { id: number; system: boolean; noteable_type: string; author: { username: string } }[];
    expect(body).toHaveLength(50);
    expect(body[0]).toMatchObject({ id: 1101, noteable_type: 'MergeRequest', noteable_iid: MR_IID, project_id: PROJECT_ID, attachment: null, internal: false });
    expect(body.some((n) => n.system)).toBe(true);
    expect(Object.fromEntries(['x-page', 'x-next-page', 'x-per-page', 'x-total'].map((h) => [h, page2.headers.get(h)]))).toEqual({
      'x-page': '2',
      'x-next-page': '',
      'x-per-page': '100',
      'x-total': '150',
    });
    expect((await call(`${notes}?per_page=100&page=1`)).headers.get('x-next-page')).toBe('2');

    const created = (await (await call(notes, { method: 'POST', body: JSON.stringify({ body: 'hello' }) })).json()) as { id: number; author: { id: number } };
    expect(created.author.id).toBe(gitlab.bot.id);
    const edited = await call(`${notes}/${created.id}`, { method: 'PUT', body: JSON.stringify({ body: 'edited' }) });
    expect([edited.status, ((await edited.json()) as { body: string }).body]).toEqual([200, 'edited']);
    expect((await call(`${notes}/1001`, { method: 'PUT', body: JSON.stringify({ body: 'x' }) })).status).toBe(403);
    expect((await call(`${notes}/${created.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(gitlab.notes.find((n) => n.id === created.id)).toBeUndefined();
    expect(gitlab.writes().map((r) => `${r.method} ${r.status}`)).toEqual(['POST 201', 'PUT 200', 'PUT 403', 'DELETE 204']);
  });
});
