import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { commitSource, git, GitError, GitSetupError, hasCommit, isShallow, mergeBase, MissingRefError, redact, requireCommit, resolveRef } from '../../src/core/git.js';
import { initRepo, tempDir } from '../helpers/git.js';

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

const checkout = "is not a git repository: check out the repository first (actions/checkout, or GitLab's default clone)";

beforeAll(() => {
  // The temporary folders must not be taken for part of a repository above them.
  vi.stubEnv('GIT_CEILING_DIRECTORIES', tmpdir());
});

describe('a workspace git cannot work in', () => {
  it('that is not a repository: every helper throws a UserError with the checkout hint, never a bug', async () => {
    const dir = tempDir();
    const expected = `the workspace ${dir} ${checkout}`;
    for (const call of [
      () => git(dir, ['rev-parse', 'HEAD']),
      () => isShallow(dir),
      () => resolveRef(dir, 'main'),
      () => hasCommit(dir, 'a'.repeat(40)),
      () => requireCommit(dir, 'main'),
      () => mergeBase(dir, 'a'.repeat(40), 'b'.repeat(40)),
      () => commitSource(dir, 'a'.repeat(40), 'main').list(''),
      () => commitSource(dir, 'a'.repeat(40), 'main').read('metrics.json'),
    ]) {
      const error = await rejection(call());
      expect(error).toBeInstanceOf(UserError);
      expect(error).toBeInstanceOf(GitSetupError);
      expect(error.message).toBe(expected);
    }
  });

  it('that does not exist', async () => {
    const dir = join(tempDir(), 'gone');
    const error = await rejection(isShallow(dir));
    expect(error).toBeInstanceOf(GitSetupError);
    expect(error.message).toBe(`the workspace ${dir} does not exist: check out the repository first (actions/checkout, or GitLab's default clone)`);
  });

  it('without git installed', async () => {
    const dir = tempDir();
    const error = await rejection(git(dir, ['rev-parse', 'HEAD'], { env: { PATH: join(dir, 'no-bin') } }));
    expect(error).toBeInstanceOf(GitSetupError);
    expect(error.message).toMatch(/^git is not installed on this runner \(no 'git' on the PATH\): install git in the job's image/);
  });

  it("that git refuses (another user's checkout in a container)", async () => {
    const dir = tempDir();
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(
      join(bin, 'git'),
      `#!/bin/sh\necho "fatal: detected dubious ownership in repository at '${dir}'" >&2\necho "To add an exception for this directory, call:" >&2\nexit 128\n`,
    );
    chmodSync(join(bin, 'git'), 0o755);
    const error = await rejection(git(dir, ['rev-parse', 'HEAD'], { env: { PATH: bin } }));
    expect(error).toBeInstanceOf(GitSetupError);
    expect(error.message).toBe(
      `git refuses the repository at ${dir}: another user owns it ("detected dubious ownership"). Mark it safe in the job before this step: git config --global --add safe.directory ${dir}`,
    );
  });
});

describe('refs the clone lacks', () => {
  it('requireCommit names the missing ref and says how to get the history', async () => {
    const { repo, sha } = initRepo({ 'm.json': '{}' });
    expect(await requireCommit(repo, 'main')).toBe(sha);
    const error = await rejection(requireCommit(repo, 'release/2'));
    expect(error).toBeInstanceOf(UserError);
    expect(error).toBeInstanceOf(MissingRefError);
    expect((error as MissingRefError).ref).toBe('release/2');
    expect(error.message).toBe(
      "git ref 'release/2' does not exist in this clone: it may lack that history. Give the job the history (GitHub: actions/checkout with 'fetch-depth: 0'; GitLab: GIT_DEPTH: 0), or set compare-metrics' input 'baseline' to a ref that exists ('ref:<branch>') or to 'file:<path>'",
    );
  });

  it('a command given a ref git does not know fails with a MissingRefError naming it', async () => {
    const { repo } = initRepo({ 'm.json': '{}' });
    const missing = 'c'.repeat(40);
    for (const [call, ref] of [
      [() => git(repo, ['rev-list', '--first-parent', '--max-count=3', 'no-such-branch']), 'no-such-branch'],
      [() => git(repo, ['rev-list', '--max-count=3', missing]), missing],
      [() => git(repo, ['merge-base', 'no-such-branch', 'HEAD']), 'no-such-branch'],
      [() => commitSource(repo, missing, 'gone').list(''), missing],
    ] as const) {
      const error = await rejection(call());
      expect(error).toBeInstanceOf(MissingRefError);
      expect((error as MissingRefError).ref).toBe(ref);
      expect(error.message).toContain(`git ref '${ref}' does not exist in this clone`);
    }
  });

  it('the lookups that answer "not there" still do', async () => {
    const { repo, sha } = initRepo({ 'm.json': '{"a": 1}' });
    expect(await resolveRef(repo, 'no-such-branch')).toBeUndefined();
    expect(await resolveRef(repo, '--help')).toBeUndefined();
    expect(await hasCommit(repo, 'c'.repeat(40))).toBe(false);
    expect(await hasCommit(repo, sha)).toBe(true);
    const source = commitSource(repo, sha, 'main');
    expect(await source.list('')).toEqual(['m.json']);
    expect(await source.read('m.json')).toBe('{"a": 1}');
    expect(await source.read('missing.json')).toBeUndefined();
  });

  it('a commit missing from a clone without a usable origin keeps the fetch-depth hint', async () => {
    const { repo, sha } = initRepo({ 'm.json': '{}' });
    const error = await rejection(mergeBase(repo, 'd'.repeat(40), sha));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe(
      `compare-metrics: baseline 'merge-base' needs commit ${'d'.repeat(40)} from the remote 'origin', and fetching it failed (fatal: 'origin' does not appear to be a git repository). ` +
        "Give the job the history (GitHub: actions/checkout with 'fetch-depth: 0'; GitLab: GIT_DEPTH: 0) or set 'baseline' to 'file:<path>'",
    );
  });
});

describe('unexpected git failures', () => {
  it('stay GitErrors (not user errors) with the exit code and the line git failed with', async () => {
    const { repo } = initRepo({ 'm.json': '{}' });
    const error = await rejection(git(repo, ['fetch', '--no-tags', '--quiet', 'origin', 'main']));
    expect(error).toBeInstanceOf(GitError);
    expect(error).not.toBeInstanceOf(UserError);
    expect((error as GitError).exitCode).toBe(128);
    expect(error.message).toBe("git fetch --no-tags --quiet origin main: fatal: 'origin' does not appear to be a git repository");
    expect((error as GitError).stderr).toContain('Could not read from remote repository');
    const path = await rejection(git(repo, ['cat-file', 'blob', 'HEAD:missing.json']));
    expect(path).toBeInstanceOf(GitError);
    expect(path.message).toBe("git cat-file blob HEAD:missing.json: fatal: path 'missing.json' does not exist in 'HEAD'");
  });

  it("prefers git's fatal line over the warnings before it", () => {
    const error = new GitError(['status'], 'warning: something odd\nfatal: bad config line 3 in file .git/config\n');
    expect(error.message).toBe('git status: fatal: bad config line 3 in file .git/config');
  });

  it('never shows credentials from remote URLs or headers', () => {
    const token = 'ghs_0123456789abcdefghijABCDEFGHIJ';
    const error = new GitError(
      ['fetch', `https://x-access-token:${token}@github.com/o/r.git`],
      `fatal: unable to access 'https://x-access-token:${token}@github.com/o/r.git/': The requested URL returned error: 403`,
    );
    expect(error.message).not.toContain(token);
    expect(error.stderr).not.toContain(token);
    expect(error.message).toBe("git fetch https://***@github.com/o/r.git: fatal: unable to access 'https://***@github.com/o/r.git/': The requested URL returned error: 403");
    expect(redact('token glpat-abcdefghijklmnopqrstuvwx and oauth2:secret@gitlab.com')).toBe('token *** and oauth2:secret@gitlab.com');
    expect(redact('http.extraheader=AUTHORIZATION: basic eC1hY2Nlc3M=')).toBe('http.extraheader=AUTHORIZATION: basic ***');
    expect(redact('https://oauth2:glpat-xyz@gitlab.example.com/g/p.git')).toBe('https://***@gitlab.example.com/g/p.git');
  });
});
