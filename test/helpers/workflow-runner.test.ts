import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeToolsOnPath } from './fake-gpu-tools.js';
import { commit, git, initRepo, tempDir } from './git.js';
import { WorkflowRunner } from './workflow-runner.js';

/** A throwaway workflow: a checkout, a modelgate step, uploads; jobs that download, re-upload, miss. */
const WORKFLOW = `
on: [pull_request, push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: actions/checkout@v5
        with: { repository: modelgate/modelgate, ref: v0, path: .modelgate-action }
      - id: gpu
        uses: ./.modelgate-action/actions/setup-gpu-runner
        with: { allow-cpu: true }
      - run: echo not run here > run.txt
      - uses: actions/upload-artifact@v4
        with:
          name: bundle
          path: |
            modelgate-train/
            train/out/model
      - uses: actions/upload-artifact@v4
        with: { name: '\${{ inputs.record }}', path: modelgate-train/ }
      - if: github.event_name == 'pull_request'
        uses: actions/upload-artifact@v4
        with: { name: gpu, path: 'modelgate-gpu/*.json' }
  use:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@v4
        with: { name: bundle }
      - uses: actions/download-artifact@v4
        with: { name: '\${{ inputs.record }}', path: record/ }
  again:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - id: again
        uses: actions/upload-artifact@v4
        with: { name: bundle, path: README.md }
      - uses: actions/upload-artifact@v4
        with: { name: not-after-a-failure, path: README.md }
      - if: always() && inputs.record != ''
        uses: actions/upload-artifact@v4
        with: { name: readme, path: README.md }
  missing:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@v4
        with: { name: nothing }
  full:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with: { fetch-depth: 0 }
`;

/** Every file under a folder, relative to it, `.git` left out. */
function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as { name: string; parentPath: string; isFile(): boolean }[])
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((p) => !p.startsWith('.git/'))
    .sort();
}

describe('WorkflowRunner with fresh jobs: checkout from a bare origin, artifacts through a local store', () => {
  let origin: string;
  let main: string;
  let merge: string;
  let workflow: string;

  beforeAll(() => {
    const { repo } = initRepo({ 'README.md': 'example\n' });
    main = commit(
      repo,
      { 'modelgate-train/run.json': '{}\n', 'modelgate-train/.hidden': 'h\n', 'train/out/model/weights.bin': 'w\n', 'train/params.yaml': 'epochs: 1\n' },
      'a run',
    );
    git(repo, 'checkout', '-q', '-b', 'feature');
    const head = commit(repo, { 'train/params.yaml': 'epochs: 2\n' }, 'more epochs');
    // The merge commit GitHub keeps at refs/pull/<n>/merge: the base, then the head.
    git(repo, 'checkout', '-q', '--detach', 'main');
    git(repo, 'merge', '-q', '--no-ff', '--no-gpg-sign', '--no-edit', 'feature');
    merge = git(repo, 'rev-parse', 'HEAD');
    origin = tempDir('modelgate-origin-');
    git(origin, 'init', '-q', '--bare');
    git(repo, 'push', '-q', origin, 'main:refs/heads/main', 'feature:refs/heads/feature', `${head}:refs/pull/1/head`, `${merge}:refs/pull/1/merge`);
    workflow = join(tempDir(), 'workflow.yml');
    writeFileSync(workflow, WORKFLOW);
  });

  const runner = (event: { name: string; payload: Record<string, unknown> }, env: Record<string, string>, artifacts = tempDir('modelgate-artifacts-')) =>
    new WorkflowRunner(workflow, { inputs: { record: 'record' } }, { event, env: { PATH: fakeToolsOnPath('none'), ...env } }, { fresh: { origin, artifacts } });

  it('a pull request: a shallow, detached checkout of the merge commit; artifacts carry exactly their files to the next job', async () => {
    const store = tempDir('modelgate-artifacts-');
    const run = runner({ name: 'pull_request', payload: { number: 1 } }, { GITHUB_SHA: merge }, store);
    const build = await run.job('build');
    expect(build.failed?.stdout).toBeUndefined();
    const ws = build.workspace;
    expect(git(ws, 'rev-parse', '--is-shallow-repository')).toBe('true');
    expect(git(ws, 'rev-parse', 'HEAD')).toBe(merge);
    expect(git(ws, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('HEAD');
    expect(git(ws, 'rev-parse', 'refs/remotes/pull/1/merge')).toBe(merge);
    expect(git(ws, 'rev-list', '--count', 'HEAD')).toBe('1');
    // The modelgate step ran from dist/ in this job's own workspace.
    expect(build.steps.gpu?.outputs['gpu-info']).toBe(join(ws, 'modelgate-gpu', 'gpu-info.json'));

    const use = await run.job('use');
    expect(use.failed?.stdout).toBeUndefined();
    expect(use.workspace).not.toBe(ws);
    // Two paths: stored from their common ancestor (the workspace); one folder: its contents at the root.
    // The hidden file stays behind, and nothing the checkout brought comes along.
    expect(files(use.workspace)).toEqual(['modelgate-train/run.json', 'record/run.json', 'train/out/model/weights.bin']);

    const again = await run.job('again');
    expect(again.failed?.stdout).toMatch(/^::error::Failed to CreateArtifact: .*\(409\) Conflict: an artifact with this name already exists/);
    expect(again.steps.again?.exitCode).toBe(1);
    const missing = await run.job('missing');
    expect(missing.failed?.stdout).toMatch(/^::error::Unable to download artifact\(s\): Artifact not found for name: nothing/);

    expect(readdirSync(store).sort()).toEqual(['bundle', 'gpu', 'readme', 'record']);
    expect(files(join(store, 'bundle'))).toEqual(['modelgate-train/run.json', 'train/out/model/weights.bin']);
    expect(files(join(store, 'gpu'))).toEqual(['gpu-info.json']);
    expect(files(join(store, 'readme'))).toEqual(['README.md']);
  }, 60_000);

  it('a push with fetch-depth 0: the branch checked out with its whole history and all branches', async () => {
    const full = await runner({ name: 'push', payload: { ref: 'refs/heads/main', after: main } }, { GITHUB_SHA: main, GITHUB_REF: 'refs/heads/main' }).job('full');
    expect(full.failed?.stdout).toBeUndefined();
    expect(git(full.workspace, 'rev-parse', '--is-shallow-repository')).toBe('false');
    expect(git(full.workspace, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(git(full.workspace, 'rev-parse', 'HEAD')).toBe(main);
    expect(git(full.workspace, 'rev-list', '--count', 'HEAD')).toBe('2');
    expect(git(full.workspace, 'for-each-ref', '--format=%(refname)', 'refs/remotes').split('\n')).toEqual(['refs/remotes/origin/feature', 'refs/remotes/origin/main']);
  });
});
