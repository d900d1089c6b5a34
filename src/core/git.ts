import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { messageOf, UserError } from './errors.js';
import type { FileSource } from './files.js';

/**
 * Runs git with an argument list (never a shell string); resolves stdout. The failures a user fixes
 * reject with a {@link UserError} that says how: git not installed, a workspace that is no repository
 * (a forgotten checkout) or that git refuses ({@link GitSetupError}), a ref the clone lacks
 * ({@link MissingRefError}). Any other failure rejects with a {@link GitError}.
 */
export async function git(cwd: string, args: readonly string[], options: { input?: string; maxBuffer?: number; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  // Loaded on first use: a step that reads no git history does not pay for child_process at start.
  const { execFile } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      [...args],
      { cwd, maxBuffer: options.maxBuffer ?? 256 * 1024 * 1024, env: { ...(options.env ?? process.env), GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (error, stdout, stderr) => (error ? reject(gitFailure(cwd, args, error, stderr)) : resolve(stdout)),
    );
    if (options.input !== undefined) {
      // A git that never started (or exited early) closes stdin: the callback reports that, not an EPIPE.
      child.stdin?.on('error', () => undefined);
      child.stdin?.end(options.input);
    }
  });
}

/** A failed git command, with its arguments, what git said (credentials in URLs hidden) and its exit code. */
export class GitError extends Error {
  readonly stderr: string;
  constructor(
    readonly args: readonly string[],
    stderr: string,
    readonly exitCode?: number,
  ) {
    const said = redact(stderr);
    super(`git ${redact(args.join(' '))}: ${firstLine(said)}`);
    this.stderr = said;
  }
}

/** Git cannot work in the workspace at all: git is not installed, or the workspace is no repository git accepts. */
export class GitSetupError extends UserError {}

/** A ref or commit that the clone does not have (often: a shallow clone, CI's default). */
export class MissingRefError extends UserError {
  readonly stderr: string;
  constructor(
    readonly ref: string,
    readonly args: readonly string[],
    stderr: string,
  ) {
    super(
      `git ref '${redact(ref)}' does not exist in this clone: it may lack that history. Give the job the history (GitHub: actions/checkout with 'fetch-depth: 0'; GitLab: GIT_DEPTH: 0), or set compare-metrics' input 'baseline' to a ref that exists ('ref:<branch>') or to 'file:<path>'`,
    );
    this.stderr = redact(stderr);
  }
}

/** What a failed git command means for the user: a {@link UserError} when they can fix it, else a {@link GitError}. */
function gitFailure(cwd: string, args: readonly string[], error: Error & { code?: number | string | null }, stderr: string): Error {
  const said = stderr.trim();
  // execFile reports a git it could not start as ENOENT, and so too a working directory that does not exist.
  if (error.code === 'ENOENT' && said === '') {
    if (!existsSync(cwd)) return new GitSetupError(`the workspace ${cwd} does not exist: check out the repository first (actions/checkout, or GitLab's default clone)`);
    return new GitSetupError(
      "git is not installed on this runner (no 'git' on the PATH): install git in the job's image (actions/checkout also needs it to clone a repository rather than download its files), or set compare-metrics' input 'baseline' to 'file:<path>'",
    );
  }
  if (/^fatal: not a git repository/im.test(said)) {
    return new GitSetupError(`the workspace ${cwd} is not a git repository: check out the repository first (actions/checkout, or GitLab's default clone)`);
  }
  if (/^fatal: detected dubious ownership/im.test(said)) {
    return new GitSetupError(
      `git refuses the repository at ${cwd}: another user owns it ("detected dubious ownership"). Mark it safe in the job before this step: git config --global --add safe.directory ${cwd}`,
    );
  }
  const ref = missingRefIn(said);
  if (ref !== undefined) return new MissingRefError(ref, args, said);
  return new GitError(args, said || error.message, typeof error.code === 'number' ? error.code : undefined);
}

/** The ref in git's "unknown revision" / "bad object" / "not a valid object name" errors. */
function missingRefIn(stderr: string): string | undefined {
  const match =
    /^fatal: ambiguous argument '(.+)': unknown revision/m.exec(stderr) ??
    /^fatal: bad (?:object|revision) '?([^'\s]+)'?$/m.exec(stderr) ??
    /^fatal: not a valid (?:object|commit) name '?([^'\s]+?)'?$/im.exec(stderr) ??
    /^fatal: invalid object name '([^']+)'/m.exec(stderr);
  return match?.[1]?.replace(/\^\{\w*\}$/, '');
}

/** Hides credentials in what git echoes: `https://user:token@host`, tokens, Authorization headers. */
export function redact(text: string): string {
  return text
    .replace(/([a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, '$1***@')
    .replace(/\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,})/g, '***')
    .replace(/(authorization:\s*(?:basic|bearer|token)\s+)\S+/gi, '$1***');
}

/** The line that says what failed: git's first `fatal:` or `error:` line, else its first line. */
function firstLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim());
  return lines.find((l) => /^(?:fatal|error):/i.test(l)) ?? lines.find(Boolean) ?? '';
}

/** A rejection to turn into "not there": anything but git being unable to work in the workspace. */
function unlessSetup<T>(value: T): (error: unknown) => T {
  return (error) => {
    if (error instanceof GitSetupError) throw error;
    return value;
  };
}

/** Whether a commit is present in the local object store. */
export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  return git(cwd, ['cat-file', '-e', `${sha}^{commit}`]).then(() => true, unlessSetup(false));
}

/** Resolves a ref (branch, tag, sha) to a full commit sha, or `undefined` (rejects only when git cannot work in the workspace). */
export async function resolveRef(cwd: string, ref: string): Promise<string | undefined> {
  if (ref.startsWith('-')) return undefined;
  return git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).then((out) => out.trim(), unlessSetup(undefined));
}

/** Resolves a ref to a full commit sha; a ref the clone lacks is a {@link MissingRefError} that names it. */
export async function requireCommit(cwd: string, ref: string): Promise<string> {
  const sha = await resolveRef(cwd, ref);
  if (sha === undefined) throw new MissingRefError(ref, ['rev-parse', '--verify', `${ref}^{commit}`], '');
  return sha;
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
  const attempt = () => git(cwd, ['merge-base', base, head]).then((out) => out.trim(), unlessSetup(undefined));
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
    if (error instanceof GitSetupError) throw error;
    const said = error instanceof GitError || error instanceof MissingRefError ? firstLine(error.stderr) : messageOf(error);
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
      const args = ['ls-tree', '-r', '-z', '--full-tree', '--name-only', sha, '--', directory || '.'];
      const out = await git(cwd, args).catch((error: unknown) => {
        // A full sha the clone lacks is "not a tree object", which does not say which.
        throw error instanceof GitError && /^fatal: not a tree object/m.test(error.stderr) ? new MissingRefError(sha, args, error.stderr) : error;
      });
      return out.split('\0').filter(Boolean).sort();
    },
    async read(path) {
      return git(cwd, ['cat-file', 'blob', `${sha}:${path}`]).catch(unlessSetup(undefined));
    },
  };
}

function short(sha: string): string {
  return sha.slice(0, 7);
}
