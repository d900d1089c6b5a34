import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { git } from './git.js';
import { ROOT, runAction, type ActionRun, type RunOptions } from './runner.js';

interface WorkflowStep {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface WorkflowJob {
  needs?: string | string[];
  steps: WorkflowStep[];
  outputs?: Record<string, string>;
}

/** What one job of the workflow did: each modelgate step's run, by step id (or action id), and the job's outputs. */
export interface JobResult {
  steps: Record<string, ActionRun>;
  outputs: Record<string, string>;
  /** The job's `GITHUB_WORKSPACE`: the shared one, or in fresh mode a new folder of its own. */
  workspace: string;
}

/**
 * Fresh mode: each job gets a new, empty workspace, as on hosted runners, so only what
 * `actions/checkout` and `actions/download-artifact` put there is there.
 */
export interface FreshJobs {
  /** A bare git repository playing the GitHub remote: `actions/checkout` fetches `GITHUB_SHA` from it. */
  origin: string;
  /** A folder playing the artifact service of one workflow run: `<artifacts>/<name>/` holds each artifact's files. */
  artifacts: string;
}

/** The inputs of the built-in actions the stand-ins honour, or accept as meaningless here (tokens, credentials). */
const SUPPORTED: Record<string, string[]> = {
  'actions/checkout': ['repository', 'path', 'fetch-depth', 'fetch-tags', 'show-progress', 'clean', 'persist-credentials', 'token', 'set-safe-directory'],
  'actions/upload-artifact': ['name', 'path', 'if-no-files-found', 'overwrite', 'include-hidden-files', 'retention-days', 'compression-level'],
  'actions/download-artifact': ['name', 'path', 'github-token'],
};
const TAGS_REFSPEC = '+refs/tags/*:refs/tags/*';

/**
 * Runs jobs of a workflow (e.g. the reusable `.github/workflows/modelgate.yml`) the way the runner would,
 * for the steps that are modelgate actions (`uses: ./<path>/actions/<id>`): each through its dist stub
 * with the runner contract, its `with:` evaluated against `inputs`, `needs.<job>.outputs`,
 * `steps.<id>.outputs`, `secrets` and `github`. Step `if:`s are honoured; after a failing step only
 * those with `always()` run, and the job is failed. `run:` steps are left out.
 *
 * By default the jobs share one workspace, as the artifacts would carry the files between them, and
 * checkout and artifact steps are left out. With {@link FreshJobs} each job starts from an empty
 * folder, and checkout (of this repository) and the v4 artifact actions are played locally, so a
 * test sees whether the workflow really hands each job the files it uses.
 */
export class WorkflowRunner {
  private readonly jobs: Record<string, WorkflowJob>;
  private readonly fresh?: FreshJobs;
  readonly results: Record<string, JobResult> = {};

  /** @param workflow a path relative to the repository root, or absolute (a throwaway workflow of a test). */
  constructor(
    workflow: string,
    private readonly context: {
      inputs: Record<string, unknown>;
      secrets?: Record<string, string>;
      github?: Record<string, string>;
      overrides?: Record<string, Record<string, string>>;
    },
    private readonly run: Omit<RunOptions, 'inputs' | 'workspace'> & { workspace?: string },
    options: { fresh?: FreshJobs } = {},
  ) {
    this.jobs = (parse(readFileSync(isAbsolute(workflow) ? workflow : join(ROOT, workflow), 'utf8')) as { jobs: Record<string, WorkflowJob> }).jobs;
    this.fresh = options.fresh;
    if (!this.fresh && !run.workspace) throw new Error('WorkflowRunner: a shared workspace, or fresh jobs');
    // The runner always knows the commit; a checkout without it would silently fetch nothing useful.
    if (this.fresh && !run.env?.GITHUB_SHA) throw new Error('WorkflowRunner: fresh jobs need RunOptions.env.GITHUB_SHA');
  }

  /** Runs one job; its `needs` must have run. Returns what it did, also kept in {@link results}. */
  async job(name: string): Promise<JobResult & { failed?: ActionRun }> {
    const job = this.jobs[name];
    if (!job) throw new Error(`no job '${name}'`);
    for (const need of [job.needs ?? []].flat()) if (!this.results[need]) throw new Error(`job '${name}' needs '${need}', which has not run`);
    const workspace = this.fresh ? mkdtempSync(join(tmpdir(), `modelgate-job-${name}-`)) : (this.run.workspace as string);
    const result: JobResult = { steps: {}, outputs: {}, workspace };
    this.results[name] = result;
    let failed: ActionRun | undefined;
    for (const step of job.steps) {
      const id = /\/actions\/([a-z-]+)$/.exec(step.uses ?? '')?.[1];
      const builtin = this.fresh ? step.uses?.split('@')[0] : undefined;
      const checkoutOther = builtin === 'actions/checkout' && step.with?.repository !== undefined;
      if (!id && !(builtin && builtin in SUPPORTED && !checkoutOther)) continue;
      if (!this.condition(step.if, name, failed !== undefined)) continue;
      const inputs: Record<string, string> = {};
      for (const [key, value] of Object.entries(step.with ?? {})) {
        const text = this.evaluate(String(value), name);
        if (text !== '') inputs[key] = text;
      }
      let run: ActionRun;
      if (id) {
        // What the runner's services would do differently here (the artifact service is not run locally).
        Object.assign(inputs, this.context.overrides?.[id]);
        // Fresh jobs: the steps see the ref the checkout used, not runAction's default one.
        const ref = this.fresh ? this.ref() : '';
        run = await runAction(id, { ...this.run, env: { ...(ref ? { GITHUB_REF: ref } : {}), ...this.run.env }, workspace, inputs });
      } else {
        const unsupported = Object.keys(inputs).filter((key) => !SUPPORTED[builtin as string]?.includes(key));
        if (unsupported.length) throw new Error(`WorkflowRunner: ${builtin} with ${unsupported.join(', ')} is not played here`);
        run = this.builtin(builtin as string, inputs, workspace);
      }
      if (id || step.id) result.steps[step.id ?? (id as string)] = run;
      if (run.exitCode !== 0) failed ??= run;
    }
    for (const [key, value] of Object.entries(job.outputs ?? {})) result.outputs[key] = this.evaluate(value, name);
    return failed ? { ...result, failed } : result;
  }

  /** A built-in action's stand-in; what it throws fails the step, with the message as an annotation. */
  private builtin(action: string, inputs: Record<string, string>, workspace: string): ActionRun {
    const done = (exitCode: number, stdout: string): ActionRun => ({ exitCode, stdout, stderr: '', outputs: {}, summary: '', exported: {}, state: {} });
    try {
      if (action === 'actions/checkout') return done(0, this.checkout(inputs, workspace));
      if (action === 'actions/upload-artifact') return done(0, this.upload(inputs, workspace));
      return done(0, this.download(inputs, workspace));
    } catch (error) {
      return done(1, `::error::${(error as Error).message}\n`);
    }
  }

  /**
   * actions/checkout v4/v5 of the workflow's own repository, command for command (src/git-source-provider.ts
   * and src/ref-helper.ts there): init, add the remote, fetch `GITHUB_SHA` into the ref's remote-tracking
   * name (shallow unless `fetch-depth: 0`, which fetches all branches and tags), check it out.
   */
  private checkout(inputs: Record<string, string>, workspace: string): string {
    const path = resolve(workspace, inputs.path ?? '.');
    mkdirSync(path, { recursive: true });
    const sha = this.run.env?.GITHUB_SHA as string;
    const ref = this.ref();
    const log: string[] = [];
    const run = (...args: string[]) => {
      log.push(`[command]git ${args.join(' ')}`);
      return git(path, ...args);
    };
    const revParse = (name: string) => {
      try {
        return run('rev-parse', '--verify', '--quiet', name);
      } catch {
        return '';
      }
    };
    const depth = Number(inputs['fetch-depth'] ?? 1);
    const fetch = (refspec: string[], options: { depth?: number; tags?: boolean }) => {
      const args = ['-c', 'protocol.version=2', 'fetch'];
      if (!refspec.includes(TAGS_REFSPEC) && !options.tags) args.push('--no-tags');
      args.push('--prune', '--no-recurse-submodules');
      if ((inputs['show-progress'] ?? 'true') === 'true') args.push('--progress');
      if (options.depth && options.depth > 0) args.push(`--depth=${options.depth}`);
      run(...args, 'origin', ...refspec);
    };
    const [kind, rest] = /^refs\/(heads|pull|tags)\/(.+)$/.exec(ref)?.slice(1) ?? [ref ? 'other' : 'sha', ''];
    if (kind === 'other') throw new Error(`WorkflowRunner: checkout of ref '${ref}' is not played here`);
    const target = { heads: `refs/remotes/origin/${rest}`, pull: `refs/remotes/pull/${rest}`, tags: ref, sha: '' }[kind as string] as string;
    const refspec = [target ? `+${sha}:${target}` : sha];
    run('init', path);
    run('remote', 'add', 'origin', this.fresh?.origin as string);
    run('config', '--local', 'gc.auto', '0');
    if (depth <= 0) {
      fetch(['+refs/heads/*:refs/remotes/origin/*', TAGS_REFSPEC, ...(kind === 'pull' ? [`+${sha}:${target}`] : [])], {});
      // The branch or tag may have moved on since the event; then the commit itself is fetched too.
      if ((kind === 'heads' || kind === 'tags') && revParse(target) !== sha) fetch(refspec, {});
    } else fetch(refspec, { depth, tags: inputs['fetch-tags'] === 'true' });
    run('checkout', '--progress', '--force', ...(kind === 'heads' ? ['-B', rest as string, target] : [target || sha]));
    return `${log.join('\n')}\n`;
  }

  /**
   * actions/upload-artifact v4: the files the path lines match (globs, `!` exclusions, folders with
   * their contents, hidden files left out unless asked), stored relative to the least common ancestor
   * of the search paths (src/shared/search.ts there). Artifacts of a run are immutable: a name
   * uploads once, unless `overwrite`.
   */
  private upload(inputs: Record<string, string>, workspace: string): string {
    const name = inputs.name ?? 'artifact';
    const lines = (inputs.path ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (!lines.length) throw new Error('Input required and not supplied: path');
    const { files, root } = searchFiles(lines, workspace, inputs['include-hidden-files'] === 'true');
    if (!files.length) {
      const message = `No files were found with the provided path: ${lines.join('\n')}. No artifacts will be uploaded.`;
      const mode = inputs['if-no-files-found'] ?? 'warn';
      if (mode === 'error') throw new Error(message);
      return mode === 'warn' ? `::warning::${message}\n` : `${message}\n`;
    }
    const stored = join(this.fresh?.artifacts as string, name);
    if (existsSync(stored)) {
      if (inputs.overwrite !== 'true')
        throw new Error('Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run');
      rmSync(stored, { recursive: true, force: true });
    }
    for (const file of files) cpSync(file, join(stored, relative(root, file)), { dereference: true });
    return `With the provided path, there will be ${files.length} file${files.length === 1 ? '' : 's'} uploaded\nArtifact ${name} has been successfully uploaded!\n`;
  }

  /** actions/download-artifact v4: one artifact's files into `path` (default the workspace), or each artifact into `path/<name>/`. */
  private download(inputs: Record<string, string>, workspace: string): string {
    const store = this.fresh?.artifacts as string;
    const into = resolve(workspace, inputs.path ?? '.');
    if (inputs.name && !existsSync(join(store, inputs.name))) throw new Error(`Unable to download artifact(s): Artifact not found for name: ${inputs.name}`);
    const names = inputs.name ? [inputs.name] : existsSync(store) ? readdirSync(store) : [];
    for (const name of names) cpSync(join(store, name), inputs.name ? into : join(into, name), { recursive: true });
    return `Total of ${names.length} artifact(s) downloaded\n`;
  }

  /** The ref the run is for: `GITHUB_REF` when the test gives it, else what the event implies. */
  private ref(): string {
    if (this.run.env?.GITHUB_REF) return this.run.env.GITHUB_REF;
    const payload = (this.run.event?.payload ?? {}) as { number?: number; pull_request?: { number?: number }; ref?: string };
    if (this.run.event?.name === 'pull_request') return `refs/pull/${payload.number ?? payload.pull_request?.number}/merge`;
    return payload.ref ?? '';
  }

  /**
   * A step's `if:`, for the forms the workflows use: `&&` of status functions, `a == b`, `a != b`,
   * `!a` and `a` (a context path or a quoted string). Without a status function it is `success() && …`.
   */
  private condition(text: string | undefined, job: string, failed: boolean): boolean {
    const expr = (text ?? '')
      .trim()
      .replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
      .trim();
    if (!expr) return !failed;
    let status: boolean | undefined;
    let value = true;
    for (const term of expr.split('&&').map((t) => t.trim())) {
      const fn = /^(always|success|failure|cancelled)\(\)$/.exec(term)?.[1];
      if (fn) {
        status = (status ?? true) && { always: true, success: !failed, failure: failed, cancelled: false }[fn as 'always'];
        continue;
      }
      if (/\|\||[()]/.test(term)) throw new Error(`WorkflowRunner: unsupported condition ${expr}`);
      const compare = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(term);
      if (compare) {
        // Expressions compare strings case-insensitively.
        const [a, b] = [compare[1], compare[3]].map((o) => String(this.operand(o as string, job) ?? '').toLowerCase());
        value &&= (a === b) === (compare[2] === '==');
      } else if (term.startsWith('!')) value &&= !truthy(this.operand(term.slice(1).trim(), job));
      else value &&= truthy(this.operand(term, job));
    }
    return (status ?? !failed) && value;
  }

  private operand(text: string, job: string): unknown {
    const quoted = /^'((?:[^']|'')*)'$/.exec(text);
    if (quoted) return (quoted[1] as string).replace(/''/g, "'");
    if (/^(true|false|null|-?\d+(\.\d+)?)$/.test(text)) return JSON.parse(text);
    if (!/^[\w.-]+$/.test(text)) throw new Error(`WorkflowRunner: unsupported operand ${text}`);
    return this.lookup(text.split('.'), job);
  }

  /** `${{ expr }}` for the forms the workflow uses: a dotted path, `!path`, and `a && 'x' || 'y'` is not needed. */
  private evaluate(text: string, job: string): string {
    return text.replace(/\$\{\{\s*(!?)([\w.-]+)\s*\}\}/g, (_all, not: string, path: string) => {
      const value = this.lookup(path.split('.'), job);
      if (not) return String(!value || value === 'false');
      return value === undefined || value === null ? '' : String(value);
    });
  }

  private lookup([head, ...rest]: string[], job: string): unknown {
    if (head === 'inputs') return this.context.inputs[rest[0] as string];
    if (head === 'secrets') return this.context.secrets?.[rest[0] as string];
    if (head === 'github') return this.context.github?.[rest[0] as string] ?? this.github(rest[0] as string, job);
    if (head === 'needs' && rest[1] === 'outputs') return this.results[rest[0] as string]?.outputs[rest[2] as string];
    if (head === 'steps' && rest[1] === 'outputs') return this.results[job]?.steps[rest[0] as string]?.outputs[rest[2] as string];
    throw new Error(`unsupported expression ${[head, ...rest].join('.')}`);
  }

  /** The `github` context entries the runner fills in itself, unless the test gave them. */
  private github(key: string, job: string): string | undefined {
    if (key === 'event_name') return this.run.event?.name ?? 'push';
    if (key === 'workspace') return this.results[job]?.workspace;
    if (key === 'sha') return this.run.env?.GITHUB_SHA;
    if (key === 'ref') return this.ref();
    return undefined;
  }
}

/** Truthiness in expressions: null, false, 0 and '' are false; any other string (even 'false') is true. */
function truthy(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false && value !== 0 && value !== '';
}

/**
 * What upload-artifact's @actions/glob finds for the path lines, and the artifact's root: the least
 * common ancestor of the search paths (the part of each pattern before its first wildcard), except that
 * one search path is the root itself, or its parent when it is the one file found.
 */
function searchFiles(lines: string[], cwd: string, hidden: boolean): { files: string[]; root: string } {
  const patterns = lines.map((line) => {
    const negate = line.startsWith('!');
    const raw = negate ? line.slice(1) : line;
    const path = resolve(cwd, raw);
    const literal = path.split(sep);
    const wild = literal.findIndex((segment) => /[*?[]/.test(segment));
    const searchPath = wild < 0 ? path : literal.slice(0, wild).join(sep) || sep;
    const body = path
      .split(sep)
      .map((s) =>
        s === '**'
          ? '\u0000'
          : s
              .replace(/[.+^${}()|\\]/g, '\\$&')
              .replace(/\*/g, '[^/]*')
              .replace(/\?/g, '[^/]'),
      )
      .join('/');
    const source = body.replace(/\/\u0000/g, '(?:/.*)?').replace(/\u0000/g, '.*');
    // Implicit descendants: a pattern naming a folder takes what is under it; a trailing slash only that.
    const re = new RegExp(`^${source}${/[\\/]$/.test(raw) ? '/.+' : '(?:/.*)?'}$`);
    return { negate, searchPath, re };
  });
  const candidates = [...new Set(patterns.filter((p) => !p.negate).map((p) => p.searchPath))];
  const searchPaths = candidates.filter((p) => !candidates.some((q) => q !== p && p.startsWith(q === sep ? q : q + sep)));
  const files: string[] = [];
  const walk = (item: string): void => {
    if (!existsSync(item) || (!hidden && basename(item).startsWith('.'))) return;
    if (statSync(item).isDirectory()) for (const entry of readdirSync(item).sort()) walk(join(item, entry));
    else if (patterns.reduce((matched, p) => (p.re.test(item) ? !p.negate : matched), false)) files.push(item);
  };
  for (const searchPath of searchPaths) walk(searchPath);
  if (searchPaths.length > 1) {
    const [first, ...others] = searchPaths.map((p) => p.split(sep)) as [string[], ...string[][]];
    let common = 0;
    while (common < first.length && others.every((s) => s[common] === first[common])) common++;
    return { files, root: first.slice(0, common).join(sep) || sep };
  }
  const root = searchPaths[0] ?? cwd;
  return { files, root: files.length === 1 && files[0] === root ? dirname(root) : root };
}
