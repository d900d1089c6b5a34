import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Runs git in a directory with a fixed identity and dates, returning trimmed stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
    .toString()
    .trim();
}

/** A fresh temporary directory. */
export function tempDir(prefix = 'modelgate-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes files (relative path → content) under a root, creating folders. */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** Commits the given files on the current branch and returns the new commit's sha. */
export function commit(repo: string, files: Record<string, string>, message = 'change'): string {
  writeFiles(repo, files);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--no-gpg-sign', '-m', message);
  return git(repo, 'rev-parse', 'HEAD');
}

/** A new repository on branch `main` with one commit of `files`. */
export function initRepo(files: Record<string, string>): { repo: string; sha: string } {
  const repo = tempDir('modelgate-repo-');
  git(repo, 'init', '-q', '-b', 'main');
  return { repo, sha: commit(repo, files, 'initial') };
}
