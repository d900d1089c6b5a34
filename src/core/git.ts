import { resolve } from 'node:path';
import { UserError } from './errors.js';
import type { FileSource } from './files.js';

/** Runs git with an argument list (never a shell string); resolves stdout, rejects with stderr. */
export async function git(cwd: string, args: readonly string[], options: { input?: string; maxBuffer?: number; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  // Loaded on first use: a step that reads no git history does not pay for child_process at start.
  const { execFile } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      [...args],
      { cwd, maxBuffer: options.maxBuffer ?? 256 * 1024 * 1024, env: { ...(options.env ?? process.env), GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (error, stdout, stderr) => (error ? reject(new GitError(args, stderr.trim() || error.message)) : resolve(stdout)),
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** A failed git command, with its arguments and what git said. */
export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')}: ${stderr}`);
  }
}

/** Whether a commit is present in the local object store. */
export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  return git(cwd, ['cat-file', '-e', `${sha}^{commit}`]).then(
    () => true,
    () => false,
  );
}

/** Resolves a ref (branch, tag, sha) to a full commit sha, or `undefined`. */
export async function resolveRef(cwd: string, ref: string): Promise<string | undefined> {
  if (ref.startsWith('-')) return undefined;
  return git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).then(
    (out) => out.trim(),
    () => undefined,
  );
}

/** Whether the clone has cut-off history (CI's default). */
export async function isShallow(cwd: string): Promise<boolean> {
  return (await git(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

/**
 * The merge-base of two commits. In a shallow clone (CI's default) the history is fetched from
 * `origin` a little at a time until the common ancestor appears, then in full; an error says how to
 * give the job the history when even that fails.
 */
export async function mergeBase(cwd: string, base: string, head: string): Promise<string> {
  const attempt = () =>
    git(cwd, ['merge-base', base, head]).then(
      (out) => out.trim(),
      () => undefined,
    );
  // In a full clone a --depth fetch would make the repository shallow, which other tools then trip on.
  const depth = (await isShallow(cwd)) ? ['--depth=1'] : [];
  for (const sha of [base, head]) {
    if (!(await hasCommit(cwd, sha))) await fetchFromOrigin(cwd, [...depth, 'origin', sha], `commit ${sha}`);
  }
  let found = await attempt();
  for (const depth of [50, 400, 3000]) {
    if (found || !(await isShallow(cwd))) break;
    await fetchFromOrigin(cwd, [`--deepen=${depth}`, 'origin', base, head], 'more history');
    found = await attempt();
  }
  if (!found && (await isShallow(cwd))) {
    await fetchFromOrigin(cwd, ['--unshallow', 'origin', base, head], 'the full history');
    found = await attempt();
  }
  if (!found) throw new UserError(`compare-metrics: baseline 'merge-base': ${short(base)} and ${short(head)} have no common ancestor`);
  return found;
}

async function fetchFromOrigin(cwd: string, args: string[], what: string): Promise<void> {
  try {
    await git(cwd, ['fetch', '--no-tags', '--quiet', ...args]);
  } catch (error) {
    const said = error instanceof GitError ? error.stderr.split('\n')[0] : String(error);
    throw new UserError(
      `compare-metrics: baseline 'merge-base' needs ${what} from the remote 'origin', and fetching it failed (${said}). ` +
        "Give the job the history (GitHub: actions/checkout with 'fetch-depth: 0'; GitLab: GIT_DEPTH: 0) or set 'baseline' to 'file:<path>'",
    );
  }
}

/** A commit's tree as a {@link FileSource}, read with `git ls-tree` and `git cat-file`. */
export function commitSource(cwd: string, sha: string, label: string): FileSource {
  return {
    label,
    root: resolve(cwd),
    async list(directory) {
      const out = await git(cwd, ['ls-tree', '-r', '-z', '--full-tree', '--name-only', sha, '--', directory || '.']);
      return out.split('\0').filter(Boolean).sort();
    },
    async read(path) {
      try {
        return await git(cwd, ['cat-file', 'blob', `${sha}:${path}`]);
      } catch {
        return undefined;
      }
    },
  };
}

function short(sha: string): string {
  return sha.slice(0, 7);
}
