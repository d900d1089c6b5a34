import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/registry/store.js';
import { recordRun } from '../../src/registry/runs.js';
import { validateBundle } from '../../src/core/comparison-file.js';
const run = stepRun('compare-metrics');
import { FakePlatform, localContext } from '../helpers/fake-platform.js';
import { commit, git, initRepo, tempDir } from '../helpers/git.js';
import { stepRun } from '../helpers/step-run.js';

const RULES = 'accuracy: {better: higher, max-drop: 1%}\n';
const record = (accuracy: number) =>
  Buffer.from(JSON.stringify({ kind: 'modelgate/run-record', version: 1, id: 'r', metrics: { accuracy }, model: { files: [] }, ci: { runUrl: 'https://ci.example/runs/1' } }));

/** main with `n` commits after the first, a feature branch on top, and a store in the workspace. */
function history(n: number) {
  const { repo, sha: first } = initRepo({ '.gitignore': 'store/\nmodelgate-report/\n' });
  const main = [first];
  for (let i = 0; i < n; i++) main.push(commit(repo, { 'notes.txt': `${i}\n` }, `docs ${i}`));
  git(repo, 'checkout', '-q', '-b', 'feature');
  commit(repo, { 'metrics.json': '{"accuracy": 0.80}\n' }, 'candidate');
  return { repo, main, store: openStore('oci-layout:store', { workspace: repo }) };
}

const compare = async (repo: string, extra: Record<string, string> = {}) => {
  const platform = new FakePlatform(localContext(repo, { sha: git(repo, 'rev-parse', 'HEAD'), defaultBaseRef: 'main' }), {
    metrics: 'metrics.json',
    rules: RULES,
    'model-name': 'iris',
    registry: 'oci-layout:store',
    ...extra,
  });
  const result = await run(platform).catch((error: Error) => ({ error }));
  return { platform, result: result as { failure?: string; error?: Error } };
};

describe('compare-metrics finds the run recorded for the merge-base, or its nearest recorded ancestor', () => {
  it('takes the nearest recorded ancestor on the first-parent line, and says how far back it is', async () => {
    const { repo, main, store } = history(4);
    await recordRun(store, 'iris', { commit: main[1] as string, record: record(0.95) });
    await recordRun(store, 'iris', { commit: main[0] as string, record: record(0.5) });
    const { platform, result } = await compare(repo);
    expect(result.failure).toMatch(/verdict fail reaches fail-on 'fail': accuracy \(dropped 15\.79%/);
    const saved = JSON.parse(readFileSync(platform.outputs.comparison as string, 'utf8'));
    expect(saved.baseline).toMatchObject({ source: 'run', sha: main[1], target: main[4], distance: 3, looked: 5 });
    expect(platform.logs).toContain(`compare-metrics: looked up 5 commits in iris in oci-layout:store: the run recorded for ${(main[1] as string).slice(0, 7)}`);
  });

  it('draws the trend of the recorded runs: a Mermaid chart in the report, a sparkline in the terminal text', async () => {
    const { repo, main, store } = history(4);
    const accuracies = [0.7, 0.75, 0.9, 0.85, 0.95];
    for (const [i, sha] of main.entries()) await recordRun(store, 'iris', { commit: sha, record: record(accuracies[i] as number) });
    const { platform } = await compare(repo);
    const report = readFileSync(platform.outputs.report as string, 'utf8');
    expect(report).toContain('<summary>Trends along the default branch (5 recorded runs)</summary>');
    expect(report).toContain('`accuracy` over the last 5 recorded runs and the candidate: `▁▂▇▅█▄`');
    const text = platform.summaries.at(-1)?.text ?? '';
    expect(text).toContain('trends along the default branch (5 recorded runs, oldest first, then the candidate):\n  ▁▂▇▅█▄  accuracy: 0.7 → 0.8');
    expect(await compare(repo, { 'trend-runs': '0' }).then(({ platform: p }) => p.summaries.at(-1)?.text)).not.toContain('trends along');
  });

  it('with nothing recorded within baseline-depth, says what it looked at and how to get a baseline: no-baseline, and fail-on warn fails on it', async () => {
    const { repo, main, store } = history(4);
    await recordRun(store, 'iris', { commit: main[0] as string, record: record(0.95) });
    const { platform, result } = await compare(repo, { 'baseline-depth': '2' });
    expect(result.failure).toBeUndefined();
    expect(platform.outputs.verdict).toBe('no-baseline');
    const report = readFileSync(platform.outputs.report as string, 'utf8');
    expect(report).toContain("none for it or its 2 nearest ancestors in iris in oci-layout:store (raise 'baseline-depth' to look further back)");
    const strict = await compare(repo, { 'baseline-depth': '2', 'fail-on': 'warn' });
    expect(strict.result.failure).toMatch(/verdict no-baseline reaches fail-on 'warn'/);
  });

  it('refuses a recorded run whose record is not a run record with metrics, rather than pass against it', async () => {
    const { repo, main, store } = history(1);
    await recordRun(store, 'iris', { commit: main[1] as string, record: Buffer.from('not json') });
    const broken = await compare(repo);
    expect(broken.result.error?.message).toMatch(
      /the run recorded for [0-9a-f]{7} \(oci-layout:store iris:run-[0-9a-f]{40}\) is not a modelgate run record with a 'metrics' object/,
    );
    await recordRun(store, 'iris', {
      commit: main[1] as string,
      record: Buffer.from(JSON.stringify({ kind: 'modelgate/run-record', version: 1, metrics: {}, model: { files: [] } })),
    });
    expect((await compare(repo)).result.error?.message).toMatch(/has no metrics: its training wrote none/);
  });

  it('in a shallow clone whose origin cannot give more history, fails with the fix instead of looking at fewer commits', async () => {
    const { repo, main } = history(3);
    const clone = tempDir();
    git(clone, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${repo}`, '.');
    git(clone, 'fetch', '-q', '--depth=1', 'origin', 'main:refs/remotes/origin/main');
    git(clone, 'remote', 'set-url', 'origin', join(tempDir(), 'gone.git'));
    const head = git(clone, 'rev-parse', 'HEAD');
    const context = localContext(clone, { sha: head, changeRequest: { number: 1, baseRef: 'main', headSha: head, mergeBaseSha: main[3], fork: false } });
    const error = await run(new FakePlatform(context, { metrics: 'metrics.json', rules: RULES, 'model-name': 'iris', registry: 'oci-layout:store' })).catch((e: Error) => e);
    expect((error as Error).message).toMatch(
      /looking among its 100 nearest ancestors needs their history from the remote 'origin', which failed .*fetch-depth: 0.*GIT_DEPTH: 0.*baseline-depth: 0/,
    );
  });
});

describe('a run store that refuses the lookup', () => {
  it("is no baseline, said with both causes (GHCR answers 'denied' for a model never recorded), never a failure that blocks a new project's first PR", async () => {
    const server = createServer((req, res) => {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ code: 'DENIED', message: 'requested access to the resource is denied' }] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { repo } = history(2);
      const { platform, result } = await compare(repo, { registry: `oci://127.0.0.1:${(server.address() as AddressInfo).port}/o/r` });
      expect(result.failure ?? result.error).toBeUndefined();
      expect(platform.outputs.verdict).toBe('no-baseline');
      expect(platform.logs.some((l) => /^warning: compare-metrics: .* was refused \(403\)/.test(l))).toBe(true);
      expect(readFileSync(platform.outputs.report as string, 'utf8')).toContain('either nothing was ever recorded for this model there');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('a comparison saved by a fork', () => {
  const bundle = (baseline: Record<string, unknown>) => ({
    kind: 'modelgate/comparison',
    version: 1,
    key: 'k',
    title: 't',
    changeRequest: 1,
    sha: 'a'.repeat(40),
    failOn: 'fail',
    rows: [],
    baseline: { kind: 'merge-base', spec: 'merge-base', files: [], missing: [], ...baseline },
  });
  it('cannot put markup into the report through the baseline fields', () => {
    expect(() => validateBundle(bundle({ source: 'run', distance: '3 [click](https://evil.example) @everyone' }), 'c.json')).toThrow(/bad baseline distance/);
    expect(() => validateBundle(bundle({ target: { not: 'a sha' } }), 'c.json')).toThrow(/bad baseline commit/);
    expect(() => validateBundle(bundle({ sha: 'main; rm -rf' }), 'c.json')).toThrow(/bad baseline commit/);
    expect(() => validateBundle(bundle({ source: 'everything' }), 'c.json')).toThrow(/bad baseline source/);
    expect(validateBundle(bundle({ source: 'run', distance: 2, target: 'b'.repeat(40), run: { tag: 'run-x', runUrl: 'https://ci.example/1' } }), 'c.json').baseline?.distance).toBe(
      2,
    );
  });
});
