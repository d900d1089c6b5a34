import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
const run = stepRun('compare-metrics');
import { FakePlatform, localContext } from '../helpers/fake-platform.js';
import { commit, git, initRepo, tempDir, writeFiles } from '../helpers/git.js';
import { stepRun } from '../helpers/step-run.js';

async function failure(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('compare-metrics step', () => {
  it('compares with a file baseline, applies modelgate.yml rules overridden by the input, and writes the report', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'metrics.json': '{"accuracy": 0.88, "loss": 0.2}',
      'baseline/metrics.json': '{"accuracy": 0.9, "loss": 0.25}',
      'modelgate.yml': 'metrics:\n  accuracy: {better: higher, max-drop: 5%}\n  loss: {better: lower, max-rise: 0}\n',
    });
    const platform = new FakePlatform(localContext(dir), { metrics: 'metrics.json', baseline: 'file:baseline/metrics.json', rules: 'accuracy: {max-drop: 1%}' });
    const result = await run(platform);
    expect(result.failure).toBe("compare-metrics: verdict fail reaches fail-on 'fail': accuracy (dropped 2.22% > 1%)");
    expect(platform.outputs).toMatchObject({ verdict: 'fail', passed: 'false' });
    const report = readFileSync(platform.outputs.report as string, 'utf8');
    expect(report).toContain('| ❌ | `accuracy` | 0.88 | 0.9 | -0.02 | -2.22% | higher is better · max-drop 1% | regressed; dropped 2.22% &gt; 1% |');
    expect(report).toMatch(/\| ✅ \| `loss` \| 0\.2 \| 0\.25 \| -0\.05 \| -20% \| lower is better · max-rise 0 \| improved \|/);
    expect(JSON.parse(readFileSync(platform.outputs.comparison as string, 'utf8'))).toMatchObject({ kind: 'modelgate/comparison', failOn: 'fail' });
    expect(platform.summaries[0]?.text).toContain('FAIL  accuracy');
  });

  it('passes with fail-on never and fails on warnings with fail-on warn', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'm.json': '{"a": 0.5}', 'b.json': '{"a": 0.6}' });
    const inputs = { metrics: 'm.json', baseline: 'file:b.json', rules: 'a: {warn-drop: 1%}' };
    const never = new FakePlatform(localContext(dir), { ...inputs, 'fail-on': 'never' });
    expect((await run(never)).failure).toBeUndefined();
    expect(never.outputs).toMatchObject({ verdict: 'warn', passed: 'true' });
    const warn = new FakePlatform(localContext(dir), { ...inputs, 'fail-on': 'warn' });
    expect((await run(warn)).failure).toMatch(/verdict warn reaches fail-on 'warn': a \(dropped 16.67% > 1%\)/);
  });

  it('comments and sets a status on a change request, keyed by pipeline and id', async () => {
    const { repo, sha } = initRepo({ 'm.json': '{"a": 1}' });
    const head = commit(repo, { 'm.json': '{"a": 2}' });
    const platform = new FakePlatform(localContext(repo, { pipeline: 'ci', sha: head, changeRequest: { number: 4, baseRef: 'main', baseSha: sha, headSha: head, fork: false } }), {
      metrics: 'm.json',
      id: 'eval',
      token: 'secret-token',
    });
    await run(platform);
    expect(platform.comments[0]?.key).toBe('compare-metrics:ci:eval');
    expect(platform.comments[0]?.body.startsWith('<!-- modelgate:compare-metrics:ci:eval -->')).toBe(true);
    expect(platform.statuses).toEqual([
      { name: 'modelgate/compare-metrics/eval', state: 'success', sha: head, description: 'pass: 0 failing, 0 warning, 1 metrics', token: 'secret-token', targetUrl: undefined },
    ]);
    expect(platform.masked).toEqual(['secret-token']);
  });

  it.each([
    [
      { metrics: 'm.json', baseline: 'latest' },
      "compare-metrics: input 'baseline' must be merge-base, ref:<git ref>, file:<paths or globs>, env:<environment> or none, got 'latest'; did you mean 'ref:latest'?",
    ],
    [{ metrics: 'm.json', baseline: 'env:production' }, /'env:' needs 'model-name'/],
    [{ metrics: 'm.json', baseline: 'file:' }, "compare-metrics: input 'baseline' 'file:' needs a value after the colon, e.g. file:baseline/metrics.json"],
    [{ metrics: 'm.json', 'fail-on': 'sometimes' }, "compare-metrics: input 'fail-on' must be one of fail, warn, never, got 'sometimes'"],
    [{ metrics: 'm.json', comment: 'yes' }, "compare-metrics: input 'comment' must be true or false, got 'yes'"],
    [{ metrics: '' }, "compare-metrics: input 'metrics' is required: list the metric files or globs, e.g. metrics.json"],
    [{ metrics: 'm.json', id: 'a b' }, "compare-metrics: input 'id' may hold letters, digits, dot, dash and underscore (at most 64), got 'a b'"],
    [{ metrics: 'm.json', config: 'other.yml' }, /^compare-metrics: input 'config': cannot read 'other.yml' \(ENOENT\)/],
    [{ metrics: 'm.json', report: '../outside' }, /input 'report': path '..\/outside' is outside the workspace/],
    [{ metrics: 'm.json', baseline: 'none', rules: 'a: {min: x}' }, /^input 'rules':1: rule for 'a': 'min' must be a number, got the text 'x'/],
    [{ metrics: 'm.json', baseline: 'ref:no-such-branch' }, "compare-metrics: input 'baseline': git ref 'no-such-branch' was not found here or on the remote 'origin'"],
  ])('rejects bad input %j', async (inputs, message) => {
    const { repo } = initRepo({ 'm.json': '{"a": 1}' });
    const error = await failure(run(new FakePlatform(localContext(repo), inputs)));
    if (typeof message === 'string') expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
  });

  it('refuses a metrics file reached through a symlink out of the workspace', async () => {
    const outside = tempDir();
    writeFiles(outside, { 'secret.json': '{"token": 1}' });
    const dir = tempDir();
    symlinkSync(join(outside, 'secret.json'), join(dir, 'm.json'));
    const error = await failure(run(new FakePlatform(localContext(dir), { metrics: 'm.json', baseline: 'none' })));
    expect(error.message).toMatch(/leads outside the workspace through a symbolic link/);
  });

  it('reads the baseline at a git ref, and names missing baseline files', async () => {
    const { repo, sha } = initRepo({ 'a.json': '{"x": 1}' });
    git(repo, 'checkout', '-q', '-b', 'feature');
    commit(repo, { 'a.json': '{"x": 2}', 'b.json': '{"y": 3}' });
    const platform = new FakePlatform(localContext(repo), { metrics: 'a.json\nb.json', baseline: 'ref:main' });
    await run(platform);
    const saved = JSON.parse(readFileSync(platform.outputs.comparison as string, 'utf8'));
    expect(saved.baseline).toMatchObject({ kind: 'ref', spec: 'ref:main', ref: 'main', sha, source: 'files', target: sha, files: ['a.json'], missing: ['b.json'] });
    expect(saved.verdict).toBe('pass');
    expect(readFileSync(platform.outputs.report as string, 'utf8')).toContain('Not in the baseline: `b.json`.');
  });
});

describe('compare-metrics paths and lists', () => {
  it('refuses a report folder that a committed link points out of the workspace', async () => {
    const outside = tempDir();
    const dir = tempDir();
    writeFiles(dir, { 'm.json': '{"a": 1}' });
    symlinkSync(outside, join(dir, 'reports'));
    const error = await failure(run(new FakePlatform(localContext(dir), { metrics: 'm.json', baseline: 'none', report: 'reports/sub' })));
    expect(error.message).toMatch(/input 'report': path 'reports\/sub' leads outside the workspace through a symbolic link/);
    expect(existsSync(join(outside, 'sub'))).toBe(false);
  });

  it('keeps {a,b} globs whole in lists, and never reads its own report folder', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'eval/train.json': '{"train_acc": 0.9}', 'eval/val.json': '{"val_acc": 0.8}' });
    const inputs = { metrics: '**/*.json', baseline: 'file:eval/{train,val}.json', 'fail-on': 'never' };
    await run(new FakePlatform(localContext(dir), inputs));
    const second = new FakePlatform(localContext(dir), inputs);
    await run(second);
    const saved = JSON.parse(readFileSync(second.outputs.comparison as string, 'utf8'));
    expect(saved.rows.map((r: { name: string }) => r.name).sort()).toEqual(['train_acc', 'val_acc']);
    expect(saved.baseline.files).toEqual(['eval/train.json', 'eval/val.json']);
  });

  it("requires the input's and the config's exact rules alike to match a metric, and lists the optional ones that do not", async () => {
    const dir = tempDir();
    writeFiles(dir, { 'm.json': '{"acc": 0.9}' });
    const fromInput = await failure(run(new FakePlatform(localContext(dir), { metrics: 'm.json', baseline: 'none', rules: 'accuracy: {min: 0.8}' })));
    expect(fromInput.message).toMatch(/^compare-metrics: input 'rules':1: rule 'accuracy' matches no metric in the candidate or the baseline; did you mean 'acc'\?/);
    writeFiles(dir, { 'modelgate.yml': 'metrics:\n  latency_ms: {max: 50}\n' });
    const both = await failure(run(new FakePlatform(localContext(dir), { metrics: 'm.json', baseline: 'none', rules: 'accuracy: {min: 0.8}' })));
    expect(both.message).toMatch(
      /^compare-metrics: 2 rules match no metric in the candidate or the baseline: 'latency_ms' \(modelgate.yml:2\), 'accuracy' \(input 'rules':1; did you mean 'acc'\?\)\./,
    );
    const fromConfig = await failure(run(new FakePlatform(localContext(dir), { metrics: 'm.json', baseline: 'none' })));
    expect(fromConfig.message).toMatch(/^compare-metrics: modelgate.yml:2: rule 'latency_ms' matches no metric in the candidate or the baseline; the metrics are 'acc'\./);
    expect(fromConfig.location).toEqual({ file: 'modelgate.yml', line: 2 });
    writeFiles(dir, { 'modelgate.yml': 'metrics:\n  latency_ms: {max: 50, optional: true}\n' });
    const platform = new FakePlatform(localContext(dir), { metrics: 'm.json', baseline: 'none' });
    expect((await run(platform)).failure).toBeUndefined();
    expect(readFileSync(platform.outputs.report as string, 'utf8')).toContain('Rules that matched no metric here (optional rules and patterns): `latency_ms`.');
  });
});

describe('merge-base baseline in a shallow clone', () => {
  /** origin: A on main; feature = A + 5 commits (worse metrics); main = A + 70 commits. */
  function origin() {
    const { repo, sha: a } = initRepo({ 'metrics.json': '{"accuracy": 0.9}' });
    git(repo, 'checkout', '-q', '-b', 'feature');
    for (let i = 0; i < 5; i++) commit(repo, { 'metrics.json': `{"accuracy": 0.8${i}}`, 'f.txt': String(i) });
    const head = git(repo, 'rev-parse', 'HEAD');
    git(repo, 'checkout', '-q', 'main');
    for (let i = 0; i < 70; i++) commit(repo, { 'main.txt': String(i) });
    return { repo, a, head, baseSha: git(repo, 'rev-parse', 'HEAD') };
  }

  it('fetches history until the merge-base appears and compares against it', async () => {
    const o = origin();
    const clone = join(tempDir(), 'clone');
    git(o.repo, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${o.repo}`, clone);
    expect(git(clone, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const platform = new FakePlatform(localContext(clone, { sha: o.head, changeRequest: { number: 1, baseRef: 'main', baseSha: o.baseSha, headSha: o.head, fork: false } }), {
      metrics: 'metrics.json',
      rules: 'accuracy: {max-drop: 1%}',
      comment: 'false',
      status: 'false',
    });
    const result = await run(platform);
    const saved = JSON.parse(readFileSync(platform.outputs.comparison as string, 'utf8'));
    expect(saved.baseline).toMatchObject({ kind: 'merge-base', ref: 'main', sha: o.a, files: ['metrics.json'] });
    expect(result.failure).toMatch(/accuracy \(dropped 6.67% > 1%\)/);
  });

  it('says how to give the job history when the remote cannot be reached', async () => {
    const o = origin();
    const clone = join(tempDir(), 'clone');
    git(o.repo, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${o.repo}`, clone);
    git(clone, 'remote', 'set-url', 'origin', join(tempDir(), 'gone'));
    const platform = new FakePlatform(localContext(clone, { sha: o.head, changeRequest: { number: 1, baseRef: 'main', baseSha: o.baseSha, headSha: o.head, fork: false } }), {
      metrics: 'metrics.json',
    });
    const error = await failure(run(platform));
    expect(error.message).toMatch(
      /baseline 'merge-base' needs commit [0-9a-f]{40} from the remote 'origin', and fetching it failed .*actions\/checkout with 'fetch-depth: 0'; GitLab: GIT_DEPTH: 0/,
    );
    expect(existsSync(join(clone, 'modelgate-report'))).toBe(false);
  });

  it('compares a checked-out merge commit with its base side, not the branch point', async () => {
    const o = origin();
    // main also changed a metric after the branch point; the PR did not touch it.
    git(o.repo, 'checkout', '-q', 'main');
    commit(o.repo, { 'metrics.json': '{"accuracy": 0.95}' }, 'main improves');
    const mainTip = git(o.repo, 'rev-parse', 'HEAD');
    git(o.repo, 'checkout', '-q', '-b', 'pull-merge');
    git(o.repo, 'merge', '-q', '--no-ff', '-X', 'theirs', '-m', 'Merge feature into main', 'feature');
    const clone = join(tempDir(), 'clone');
    git(o.repo, 'clone', '-q', '--depth=1', '--branch', 'pull-merge', `file://${o.repo}`, clone);
    const platform = new FakePlatform(localContext(clone, { sha: o.head, changeRequest: { number: 1, baseRef: 'main', baseSha: mainTip, headSha: o.head, fork: false } }), {
      metrics: 'metrics.json',
      comment: 'false',
      status: 'false',
    });
    await run(platform);
    const saved = JSON.parse(readFileSync(platform.outputs.comparison as string, 'utf8'));
    expect(saved.baseline).toMatchObject({ kind: 'merge-base', sha: mainTip, source: 'files', targetLabel: 'main as merged' });
    expect(saved.baseline.note).toContain(`merge commit ${git(clone, 'rev-parse', 'HEAD').slice(0, 7)}`);
    expect(saved.rows[0]).toMatchObject({ name: 'accuracy', value: 0.84, baseline: 0.95 });
    expect(readFileSync(platform.outputs.report as string, 'utf8')).toContain('The checkout is the pull request merged into main');
  });

  it('uses the merge-base GitLab computed (CI_MERGE_REQUEST_DIFF_BASE_SHA)', async () => {
    const o = origin();
    const clone = join(tempDir(), 'clone');
    git(o.repo, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${o.repo}`, clone);
    const platform = new FakePlatform(
      localContext(clone, { platform: 'gitlab', sha: o.head, changeRequest: { number: 1, baseRef: 'main', mergeBaseSha: o.a, headSha: o.head, fork: false } }),
      { metrics: 'metrics.json', comment: 'false' },
    );
    await run(platform);
    expect(JSON.parse(readFileSync(platform.outputs.comparison as string, 'utf8')).baseline.sha).toBe(o.a);
    expect(readFileSync(join(clone, 'metrics.txt'), 'utf8')).toBe('accuracy 0.84\n');
  });
});

describe('publish (a fork PR report posted from workflow_run)', () => {
  const head = 'a'.repeat(40);
  const bundle = (rows: unknown[], extra: Record<string, unknown> = {}) => ({
    kind: 'modelgate/comparison',
    version: 1,
    key: 'compare-metrics:attacker-chosen',
    title: 'Model metrics',
    changeRequest: 5,
    sha: head,
    failOn: 'never',
    rows,
    ...extra,
  });
  const setup = (data: unknown) => {
    const dir = tempDir();
    writeFiles(dir, { 'pr-report/compare-metrics.json': JSON.stringify(data) });
    const platform = new FakePlatform(localContext(dir, { platform: 'github', pipeline: 'metrics-comment', upstreamPipeline: 'metrics', upstreamHeadSha: head }), {
      publish: 'pr-report',
    });
    platform.head = head;
    return platform;
  };

  it("uses this workflow's key and fail-on, re-counts the rows, and sets no status", async () => {
    const platform = setup(bundle([{ name: 'acc', value: 0.5, baseline: 0.9, change: 'changed', status: 'fail', reasons: ['dropped'] }]));
    await run(platform);
    expect(platform.comments).toEqual([expect.objectContaining({ key: 'compare-metrics:metrics', number: 5 })]);
    expect(platform.outputs).toEqual({ verdict: 'fail', passed: 'false', 'comment-url': 'https://example.invalid/comment' });
    expect(platform.statuses).toEqual([]);
  });

  it.each([
    ['a null value', bundle([{ name: 'acc', value: null, change: 'changed', status: 'fail', reasons: [] }]), /a row without a name or with a bad value/],
    ['a number among file names', bundle([], { baseline: { kind: 'file', spec: 'x', files: [1], missing: [] } }), /bad baseline/],
    ['another kind', { ...bundle([]), kind: 'other' }, /kind must be 'modelgate\/comparison'/],
  ])('refuses a tampered artifact: %s', async (_what, data, message) => {
    expect((await failure(run(setup(data)))).message).toMatch(message);
  });
});
