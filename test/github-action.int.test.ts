import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './helpers/fake-github.js';
import { commit, git, initRepo, tempDir } from './helpers/git.js';
import { examplePayload, runAction } from './helpers/runner.js';

const RULES = 'metrics:\n  accuracy: {better: higher, max-drop: 1%}\n  loss: {better: lower, max-rise: 10%}\n';
const MARKER = '<!-- modelgate:compare-metrics:ci -->';

describe('dist/compare-metrics.js through the runner contract against a loopback GitHub API', () => {
  let github: FakeGitHub;
  let repo: string;
  let baseSha: string;

  beforeAll(async () => {
    github = await new FakeGitHub().start();
    ({ repo, sha: baseSha } = initRepo({ 'metrics.json': '{"accuracy": 0.91, "loss": 0.30, "f1": 0.80}\n', 'modelgate.yml': RULES }));
    git(repo, 'checkout', '-q', '-b', 'changes');
  });
  afterAll(() => github.close());
  beforeEach(() => {
    github.requests.length = 0;
  });

  const prEvent = (headSha: string, action = 'opened', fork = false) => {
    const payload = examplePayload('pull_request', action === 'opened' ? 'opened' : 'synchronize');
    payload.pull_request.head.sha = headSha;
    payload.pull_request.base.sha = baseSha;
    payload.pull_request.base.ref = 'main';
    if (fork) {
      payload.pull_request.head.repo.full_name = 'forker/Hello-World';
      payload.pull_request.head.repo.owner.login = 'forker';
    }
    return { name: 'pull_request', payload };
  };
  const marked = () => (github.comments.get(2) ?? []).filter((c) => c.body.startsWith(MARKER) && c.user.type === 'Bot');

  it('first run creates the comment among 300 others and sets a failing status', async () => {
    github.seed(2, 300);
    // A person (a fork's author, say) plants the marker: their comment is never taken over.
    github.seed(2, 1, () => `${MARKER}\n### ✅ Model metrics: pass`);
    const head = commit(repo, { 'metrics.json': '{"accuracy": 0.85, "loss": 0.31, "f1": 0.80}\n' }, 'worse model');
    const run = await runAction('compare-metrics', { workspace: repo, inputs: { metrics: 'metrics.json' }, event: prEvent(head), apiUrl: github.url, token: github.writeToken });

    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    // Workflow commands escape % as %25.
    expect(run.stdout).toContain("::error::compare-metrics: verdict fail reaches fail-on 'fail': accuracy (dropped 6.59%25 > 1%25)");
    expect(run.outputs).toMatchObject({ verdict: 'fail', passed: 'false' });
    expect(existsSync(run.outputs.report as string)).toBe(true);
    expect(marked()).toHaveLength(1);
    const body = marked()[0]?.body ?? '';
    expect(body).toContain('### ❌ Model metrics: fail');
    expect(body).toMatch(/\| ❌ \| `accuracy` \| 0\.85 \| 0\.91 \| -0\.06 \| -6\.59% \|/);
    // No model store named: the metric files committed at the merge-base, linked.
    expect(body).toContain(`baseline: the metric files at [\`${baseSha.slice(0, 7)}\`](https://github.com/Codertocat/Hello-World/commit/${baseSha}) on \`main\` (the merge-base)`);
    expect(body).toContain('[CI run](https://github.com/Codertocat/Hello-World/actions/runs/6000000001)');
    // All four pages were read before deciding to create.
    expect(github.requests.filter((r) => r.method === 'GET' && r.path.includes('/issues/2/comments')).length).toBeGreaterThanOrEqual(4);
    expect((github.comments.get(2) ?? []).filter((c) => c.body.startsWith(MARKER) && c.user.type === 'User')).toEqual([
      expect.objectContaining({ body: `${MARKER}\n### ✅ Model metrics: pass` }),
    ]);
    expect(github.statuses).toEqual([
      expect.objectContaining({
        sha: head,
        state: 'failure',
        context: 'modelgate/compare-metrics',
        target_url: 'https://github.com/Codertocat/Hello-World/actions/runs/6000000001',
      }),
    ]);
    expect(run.summary).toContain('### ❌ Model metrics: fail');
    // The token is registered as a secret and never printed otherwise.
    expect(run.stdout).toContain(`::add-mask::${github.writeToken}`);
    expect(run.stdout.replace(`::add-mask::${github.writeToken}`, '')).not.toContain(github.writeToken);
    expect(github.requests.every((r) => r.headers.authorization === `token ${github.writeToken}`)).toBe(true);
  });

  it('a second run with different metrics edits the same comment', async () => {
    const before = marked()[0]?.id;
    const head = commit(repo, { 'metrics.json': '{"accuracy": 0.92, "loss": 0.29, "f1": 0.80}\n' }, 'better model');
    const run = await runAction('compare-metrics', {
      workspace: repo,
      inputs: { metrics: 'metrics.json' },
      event: prEvent(head, 'synchronize'),
      apiUrl: github.url,
      token: github.writeToken,
    });

    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', passed: 'true' });
    expect(marked()).toHaveLength(1);
    expect(marked()[0]?.id).toBe(before);
    expect(marked()[0]?.body).toContain('### ✅ Model metrics: pass');
    expect(github.requests.filter((r) => r.method === 'POST' && r.path.includes('/comments'))).toHaveLength(0);
    expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(run.outputs['comment-url']).toBe(`https://github.com/Codertocat/Hello-World/pull/2#issuecomment-${before}`);
    expect(github.statuses.at(-1)).toMatchObject({ sha: head, state: 'success' });
  });

  it('a fork PR writes only the summary and the report, and does not fail on permissions', async () => {
    const head = git(repo, 'rev-parse', 'HEAD');
    const statuses = github.statuses.length;
    const run = await runAction('compare-metrics', {
      workspace: repo,
      inputs: { metrics: 'metrics.json' },
      event: prEvent(head, 'synchronize', true),
      apiUrl: github.url,
      token: github.readToken,
    });

    expect(run.exitCode, run.stdout).toBe(0);
    expect(github.requests).toHaveLength(0);
    expect(github.statuses).toHaveLength(statuses);
    expect(run.summary).toContain('### ✅ Model metrics: pass');
    expect(run.stdout).toContain('This pull request comes from a fork');
    const saved = JSON.parse(readFileSync(run.outputs.comparison as string, 'utf8'));
    expect(saved).toMatchObject({ kind: 'modelgate/comparison', changeRequest: 2, sha: head });
  });

  it('a read-only token on a same-repo PR warns instead of failing', async () => {
    const head = git(repo, 'rev-parse', 'HEAD');
    const run = await runAction('compare-metrics', {
      workspace: repo,
      inputs: { metrics: 'metrics.json' },
      event: prEvent(head, 'synchronize'),
      apiUrl: github.url,
      token: github.readToken,
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/::warning::GitHub API: could not update a comment: 403 Resource not accessible by integration/);
  });

  it('a workflow_run job publishes a fork PR report after checking its head commit', async () => {
    const head = git(repo, 'rev-parse', 'HEAD');
    const fork = await runAction('compare-metrics', {
      workspace: repo,
      inputs: { metrics: 'metrics.json' },
      event: prEvent(head, 'synchronize', true),
      apiUrl: github.url,
      token: github.readToken,
    });
    // The artifact is downloaded into the trusted workflow's own, separate workspace.
    const trusted = tempDir();
    cpSync(join(repo, 'modelgate-report'), join(trusted, 'pr-report'), { recursive: true });
    github.pulls.set(2, { headSha: head });
    const payload = examplePayload('workflow_run', 'completed');
    payload.workflow_run.head_sha = head;
    payload.workflow_run.html_url = 'https://github.com/Codertocat/Hello-World/actions/runs/42';
    payload.workflow_run.name = 'ci'; // the pull request's workflow: its comment is the one to update
    const event = { name: 'workflow_run', payload };
    const before = github.statuses.length;
    const run = await runAction('compare-metrics', { workspace: trusted, inputs: { publish: 'pr-report' }, event, apiUrl: github.url, token: github.writeToken });
    expect(fork.exitCode).toBe(0);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(marked()).toHaveLength(1);
    expect(marked()[0]?.body).toContain('[CI run](https://github.com/Codertocat/Hello-World/actions/runs/42)');
    // The fork's own workflow computed the comparison, so it sets no status branch protection could trust.
    expect(github.statuses.slice(before)).toEqual([]);

    // A report for another commit (a tampered artifact, or a PR that moved on) is refused.
    github.pulls.set(2, { headSha: 'e'.repeat(40) });
    const stale = await runAction('compare-metrics', { workspace: trusted, inputs: { publish: 'pr-report' }, event, apiUrl: github.url, token: github.writeToken });
    expect(stale.exitCode).toBe(1);
    expect(stale.stdout).toMatch(/::error::compare-metrics: refusing to publish: .*pull request #2 is at eeeeeee/);
  });

  it('retries a 502 from the API and still lands one comment', async () => {
    const head = commit(repo, { 'metrics.json': '{"accuracy": 0.93, "loss": 0.29, "f1": 0.80}\n' }, 'again');
    github.pulls.set(2, { headSha: head }); // this run is for the newest commit
    github.failNext = 2;
    github.failPath = /\/comments$/;
    const run = await runAction('compare-metrics', {
      workspace: repo,
      inputs: { metrics: 'metrics.json' },
      event: prEvent(head, 'synchronize'),
      apiUrl: github.url,
      token: github.writeToken,
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(github.requests.filter((r) => r.method === 'GET').length).toBeGreaterThan(4);
    expect(marked()).toHaveLength(1);
    expect(marked()[0]?.body).toMatch(/\| `accuracy` \| 0\.93 \|/);
  }, 60_000);
});

describe('a slow run for an older commit', () => {
  it('leaves the comment to the run of the newer head', async () => {
    const github = await new FakeGitHub().start();
    try {
      const { repo, sha: baseSha } = initRepo({ 'metrics.json': '{"accuracy": 0.91}\n' });
      git(repo, 'checkout', '-q', '-b', 'changes');
      const old = commit(repo, { 'metrics.json': '{"accuracy": 0.80}\n' }, 'old push');
      github.pulls.set(2, { headSha: 'd'.repeat(40) }); // the PR has moved on
      const payload = examplePayload('pull_request', 'synchronize');
      Object.assign(payload.pull_request.head, { sha: old });
      Object.assign(payload.pull_request.base, { sha: baseSha, ref: 'main' });
      const run = await runAction('compare-metrics', {
        workspace: repo,
        inputs: { metrics: 'metrics.json' },
        event: { name: 'pull_request', payload },
        apiUrl: github.url,
        token: github.writeToken,
      });
      expect(run.stdout).toContain(`The pull/merge request is now at ddddddd, newer than ${old.slice(0, 7)} compared here`);
      expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([expect.objectContaining({ method: 'POST', path: expect.stringMatching(/\/statuses\//) })]);
    } finally {
      await github.close();
    }
  });
});
