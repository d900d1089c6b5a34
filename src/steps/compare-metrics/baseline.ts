import { stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { UserError } from '../../core/errors.js';
import { workspaceSource, type FileSource } from '../../core/files.js';
import { commitSource, git, GitError, isShallow, mergeBase, resolveRef } from '../../core/git.js';
import { splitList } from '../../core/inputs.js';
import { readMetrics, type MetricSet, type MetricsOrigin } from '../../core/metrics.js';
import type { Predictions } from '../../core/paired-gate.js';
import type { BaselineInfo } from '../../core/report.js';
import { closest } from '../../core/suggest.js';
import type { Context } from '../../platform/platform.js';

/** A resolved baseline: its metrics (absent for `none` and when nothing was found) and how the report names it. */
export interface Baseline {
  metrics?: MetricSet;
  info?: BaselineInfo;
  /** The per-example predictions recorded with the baseline run, read when a paired test needs them. */
  predictions?: () => Promise<Predictions | undefined>;
  /** The baseline run's record as stored (unchecked JSON), for what changed between the runs. */
  record?: unknown;
}

/** A run found by commit in the run store. */
export interface FoundRun {
  commit: string;
  tag: string;
  metrics: MetricSet;
  runUrl?: string;
  /** Reads the predictions recorded with the run, when it has them. */
  predictions?: () => Promise<Predictions>;
  /** The run record as stored (unchecked JSON). */
  record?: unknown;
}

/** Looks up the runs train-model recorded by commit (compare-metrics' run wires it to the model store). */
export interface RunLookup {
  /** How many first-parent ancestors of the baseline commit may be tried. */
  depth: number;
  /** The store, for messages. */
  where: string;
  /**
   * The nearest of `commits` (nearest first) with a recorded run; `batch` asks for the first with the
   * others. `refused`: the store refused to be read, which registries also answer for a model that has
   * no repository yet (nothing ever recorded).
   */
  nearest(commits: readonly string[], batch?: boolean): Promise<{ run?: FoundRun; index: number; tried: number; refused?: string }>;
  /**
   * Up to `count` runs recorded along the first-parent line from `sha` (it included), nearest first,
   * for the trend charts; looks at no more than three times `count` commits.
   */
  recorded?(sha: string, count: number): Promise<FoundRun[]>;
}

/**
 * Resolves a baseline spec to metrics. Each kind is one resolver; compare-metrics' run registers
 * `env:<name>` (champion vs challenger, from the model store) when a run asks for it.
 */
export type BaselineResolver = (argument: string, context: Context, patterns: readonly string[], runs: RunLookup | undefined) => Promise<Baseline>;

const resolvers = new Map<string, BaselineResolver>([
  ['merge-base', async (_argument, context, patterns, runs) => fromCommit(context, await baselineCommit(context), patterns, runs)],
  ['ref', resolveGitRef],
  ['file', resolveFiles],
  ['none', async () => ({})],
]);

/** Adds a baseline kind (used by later steps: `env`). */
export function registerBaseline(kind: string, resolver: BaselineResolver): void {
  resolvers.set(kind, resolver);
}

/** The forms of the `baseline` input, as messages list them. */
const FORMS = 'merge-base, ref:<git ref>, file:<paths or globs>, env:<environment> or none';
/** Kinds that take a value after the colon, and those that take none. */
const WITH_VALUE = ['ref', 'file', 'env'];
const BARE = ['merge-base', 'none'];

/**
 * Splits a baseline spec into its kind and value, before any other work. An unknown form is a
 * {@link UserError} naming input 'baseline' and its forms, with the likely one: `main` or
 * `origin/main` → `ref:main`, a file that exists → `file:<it>`, `merge_base` → `merge-base`.
 */
export async function parseBaselineSpec(spec: string, workspace: string): Promise<{ kind: string; argument: string }> {
  const colon = spec.indexOf(':');
  const kind = colon < 0 ? spec : spec.slice(0, colon);
  const argument = colon < 0 ? '' : spec.slice(colon + 1).trim();
  if (!resolvers.has(kind) && kind !== 'env') {
    const hint = await suggestSpec(spec.trim(), workspace);
    throw new UserError(`compare-metrics: input 'baseline' must be ${FORMS}, got '${spec}'${hint ? `; did you mean '${hint}'?` : ''}`);
  }
  if (WITH_VALUE.includes(kind) && argument === '')
    throw new UserError(
      `compare-metrics: input 'baseline' '${kind}:' needs a value after the colon, e.g. ${kind === 'ref' ? 'ref:main' : kind === 'env' ? 'env:production' : 'file:baseline/metrics.json'}`,
    );
  if (BARE.includes(kind) && colon >= 0) throw new UserError(`compare-metrics: input 'baseline' '${kind}' takes no value after a colon, got '${spec}'; did you mean '${kind}'?`);
  return { kind, argument };
}

async function suggestSpec(spec: string, workspace: string): Promise<string | undefined> {
  if (spec === '') return undefined;
  if (await isWorkspaceFile(workspace, spec)) return `file:${spec}`;
  const colon = spec.indexOf(':');
  if (colon > 0) {
    // A misspelt kind: `refs:main`, `files:m.json`.
    const kind = closest(spec.slice(0, colon), [...WITH_VALUE, ...BARE]);
    if (kind) return WITH_VALUE.includes(kind) ? `${kind}:${spec.slice(colon + 1).trim()}` : kind;
    return undefined;
  }
  const bare = closest(spec, BARE);
  if (bare) return bare;
  if (/[*?{[]/.test(spec)) return `file:${spec}`;
  // What git accepts as a branch, tag or commit (`main`, `origin/main`, `v1.2`, `HEAD~1`).
  if (/^[A-Za-z0-9._/~^@{}-]+$/.test(spec) && !spec.startsWith('-')) return `ref:${spec}`;
  return undefined;
}

async function isWorkspaceFile(workspace: string, path: string): Promise<boolean> {
  if (isAbsolute(path) || path.split(/[\\/]/).includes('..')) return false;
  return (await stat(join(workspace, path)).catch(() => undefined))?.isFile() === true;
}

/** Reads the baseline's metrics named by `spec` (`merge-base`, `ref:<ref>`, `file:<globs>`, `env:<environment>`, `none`). */
export async function resolveBaseline(spec: string, context: Context, patterns: readonly string[], runs?: RunLookup): Promise<Baseline> {
  const { kind, argument } = await parseBaselineSpec(spec, context.workspace);
  const resolver = resolvers.get(kind);
  if (!resolver) throw new UserError(`compare-metrics: input 'baseline' '${kind}:' cannot be resolved here`);
  return resolver(argument, context, patterns, runs);
}

/** How errors in a baseline's metric files name it: the input, the spec and where the files were read. */
function baselineOrigin(spec: string, where: string, annotate: boolean): MetricsOrigin {
  return { label: `compare-metrics: input 'baseline' (${spec}${where ? `: ${where}` : ''})`, annotate };
}

/** The commit a baseline is taken at, how the report names it, and why it was chosen. */
interface BaselineCommit {
  kind: string;
  spec: string;
  sha: string;
  /** The branch or ref it stands for. */
  ref?: string;
  /** "the merge-base", "main as merged", "the previous commit". */
  what: string;
  note?: string;
}

async function baselineCommit(context: Context): Promise<BaselineCommit> {
  const cr = context.changeRequest;
  const cwd = context.workspace;
  const at = (sha: string, ref: string | undefined, what: string, note?: string): BaselineCommit => ({ kind: 'merge-base', spec: 'merge-base', sha, ref, what, note });
  if (cr?.mergeBaseSha) return at(await ensureCommit(cwd, cr.mergeBaseSha), cr.baseRef, 'the merge-base');
  if (cr) {
    const merged = await mergeCommitOf(cwd, cr.headSha);
    if (merged) {
      const note = `The checkout is the pull request merged into ${cr.baseRef} (merge commit ${merged.sha.slice(0, 7)}), so the baseline is ${cr.baseRef} as it was merged (the merge commit's first parent), not the merge-base: changes ${cr.baseRef} made since the branch point are not counted as this change's.`;
      return at(await ensureCommit(cwd, merged.base), cr.baseRef, `${cr.baseRef} as merged`, note);
    }
    const base = cr.baseSha ?? (await resolveRef(cwd, `origin/${cr.baseRef}`)) ?? `refs/remotes/origin/${cr.baseRef}`;
    return at(await mergeBase(cwd, base, cr.headSha), cr.baseRef, 'the merge-base');
  }
  if (context.pushBefore) return at(await ensureCommit(cwd, context.pushBefore), context.ref, 'the previous commit');
  const head = context.sha;
  const baseRef = context.defaultBaseRef;
  if (head && baseRef) {
    const base = await resolveRef(cwd, baseRef);
    if (base) return at(await mergeBase(cwd, base, head), baseRef, 'the merge-base');
    // A base branch that was named (MODELGATE_BASE_REF) and is not there is a typo or a missing fetch, not "none found".
    const branches = (await git(cwd, ['for-each-ref', '--format=%(refname:short)', 'refs/heads', 'refs/remotes']).catch(() => '')).split('\n').filter(Boolean);
    const hit = closest(baseRef, branches);
    throw new UserError(
      `compare-metrics: input 'baseline' is 'merge-base', and the base branch '${baseRef}' is not in this clone${hit ? ` (did you mean '${hit}'?)` : ''}; name an existing branch (MODELGATE_BASE_REF locally), fetch it, or set 'baseline' to 'ref:<branch>' or 'file:<path>'`,
    );
  }
  throw new UserError(
    "compare-metrics: input 'baseline' is 'merge-base', but this run is not for a pull/merge request and no base branch was found; set 'baseline' to 'ref:<branch>' or 'file:<path>' (locally, MODELGATE_BASE_REF names the base branch)",
  );
}

/**
 * The baseline at a commit, in this order: the run recorded for it; the run of its nearest recorded
 * ancestor on the first-parent line (at most `runs.depth` back); the metric files as committed there;
 * else nothing, which the verdict reports as `no-baseline`.
 */
async function fromCommit(context: Context, at: BaselineCommit, patterns: readonly string[], runs: RunLookup | undefined): Promise<Baseline> {
  const base = { kind: at.kind, spec: at.spec, ref: at.ref, target: at.sha, targetLabel: at.what };
  let searched = '';
  let looked: number | undefined;
  if (runs) {
    let found = await runs.nearest([at.sha]);
    if (found.refused) {
      const how = `The run store refused the lookup (${found.refused}): either nothing was ever recorded for this model there (registries such as GHCR answer so for a repository that does not exist yet), or this job may not read it (GitHub: 'packages: read'; GitLab: the job token's access to the registry). train-model records a run on each push to the default branch.`;
      return { info: { ...base, sha: at.sha, source: 'none', looked: found.tried, files: [], missing: [], note: joinNotes(at.note, how) } };
    }
    if (!found.run && runs.depth > 0) {
      const line = await firstParentLine(context.workspace, at.sha, runs.depth);
      const more = await runs.nearest(line.slice(1), true);
      found = { run: more.run, index: more.index + 1, tried: found.tried + more.tried };
    }
    looked = found.tried;
    if (found.run) {
      const { run } = found;
      const distance = found.index;
      const where =
        distance === 0
          ? `${at.what} (${at.sha.slice(0, 7)})`
          : `${run.commit.slice(0, 7)}, ${distance} commit${distance === 1 ? '' : 's'} before ${at.what} (${at.sha.slice(0, 7)}): the nearest with a recorded run`;
      const info: BaselineInfo = {
        ...base,
        sha: run.commit,
        source: 'run',
        distance,
        looked,
        run: { tag: run.tag, runUrl: run.runUrl },
        files: [run.tag],
        missing: [],
        note: joinNotes(at.note, `The baseline is the run recorded for ${where}.`),
      };
      return { metrics: run.metrics, info, record: run.record, ...(run.predictions ? { predictions: run.predictions } : {}) };
    }
    const ancestors = found.tried - 1;
    searched = `${ancestors > 0 ? `it or its ${ancestors} nearest ancestor${ancestors === 1 ? '' : 's'}` : 'it'} in ${runs.where}${ancestors < runs.depth ? ` (the history ends there${runs.depth > 0 ? `, before baseline-depth ${runs.depth}` : ''})` : ` (raise 'baseline-depth' to look further back)`}`;
  }
  const source: FileSource = commitSource(context.workspace, at.sha, `${at.ref ?? 'commit'}@${at.sha.slice(0, 7)}`);
  // The paths are the candidate's too: an error here names the commit, and is not annotated on the workspace's file.
  const read = await readMetrics(source, patterns, { missingOk: true, origin: baselineOrigin(at.spec, `the metric files at ${source.label}`, false) });
  if (read.files.length > 0) {
    const note = joinNotes(at.note, `The baseline is the metric files as committed at ${at.what}${runs ? `: no run is recorded for ${searched}` : ''}.`);
    return { metrics: read.metrics, info: { ...base, sha: at.sha, source: 'files', looked, files: read.files, missing: read.missing, note } };
  }
  const how = runs
    ? `No run is recorded for ${at.what} (${at.sha.slice(0, 7)}): none for ${searched}, and the metric files are not committed there. train-model records a run on each push to the default branch: run this pipeline once on ${context.defaultBranch ?? at.ref ?? 'the default branch'} to record one.`
    : `No run store was asked (compare-metrics has no 'model-name'), and the metric files are not committed at ${at.what} (${at.sha.slice(0, 7)}). Give compare-metrics and train-model the same 'model-name' so that runs recorded on the default branch become the baselines of pull requests.`;
  return { info: { ...base, sha: at.sha, source: 'none', looked, files: [], missing: read.missing, note: joinNotes(at.note, how) } };
}

function joinNotes(...notes: (string | undefined)[]): string {
  return notes.filter(Boolean).join(' ');
}

/**
 * `sha` and its first-parent ancestors, nearest first, at most `depth` of them after `sha`. A shallow
 * clone (CI's default) gets just that much history from `origin`; when it cannot, the lookup would
 * silently stop short, so that is an error that says how to give the job history.
 */
export async function firstParentLine(cwd: string, sha: string, depth: number): Promise<string[]> {
  if (await isShallow(cwd)) {
    try {
      await git(cwd, ['fetch', '--no-tags', '--quiet', `--depth=${depth + 1}`, 'origin', sha]);
    } catch (error) {
      const said = error instanceof GitError ? error.stderr.split('\n')[0] : String(error);
      throw new UserError(
        `compare-metrics: no run is recorded for ${sha.slice(0, 7)}, and looking among its ${depth} nearest ancestors needs their history from the remote 'origin', which failed (${said}). ` +
          "Give the job history (GitHub: actions/checkout with 'fetch-depth: 0'; GitLab: GIT_DEPTH: 0), or set 'baseline-depth: 0' to look at that commit alone",
      );
    }
  }
  const out = await git(cwd, ['rev-list', '--first-parent', `--max-count=${depth + 1}`, sha]);
  return out
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * When the workspace holds the pull request merged into its base (what actions/checkout checks out for
 * `pull_request`), the files are head + base's newer changes: the fair baseline is the base side of that
 * merge. Read from the commit object, so it works in a clone of depth 1.
 */
async function mergeCommitOf(cwd: string, headSha: string): Promise<{ sha: string; base: string } | undefined> {
  const object = await git(cwd, ['cat-file', '-p', 'HEAD']).catch(() => '');
  const parents = [...object.matchAll(/^parent ([0-9a-f]{40,64})$/gm)].map((m) => m[1] as string);
  if (parents.length !== 2 || parents[1] !== headSha) return undefined;
  return { sha: (await git(cwd, ['rev-parse', 'HEAD'])).trim(), base: parents[0] as string };
}

async function resolveGitRef(ref: string, context: Context, patterns: readonly string[], runs: RunLookup | undefined): Promise<Baseline> {
  const cwd = context.workspace;
  let sha = (await resolveRef(cwd, ref)) ?? (await resolveRef(cwd, `origin/${ref}`));
  if (!sha && !ref.startsWith('-')) {
    const depth = (await isShallow(cwd)) ? ['--depth=1'] : [];
    await git(cwd, ['fetch', '--no-tags', '--quiet', ...depth, 'origin', ref]).catch(() => undefined);
    sha = await resolveRef(cwd, 'FETCH_HEAD');
  }
  if (!sha) throw new UserError(`compare-metrics: input 'baseline': git ref '${ref}' was not found here or on the remote 'origin'`);
  return fromCommit(context, { kind: 'ref', spec: `ref:${ref}`, sha, ref, what: ref }, patterns, runs);
}

async function resolveFiles(argument: string, context: Context): Promise<Baseline> {
  const patterns = splitList(argument);
  const read = await readMetrics(workspaceSource(context.workspace), patterns, { origin: baselineOrigin(`file:${argument}`, '', true) });
  return { metrics: read.metrics, info: { kind: 'file', spec: `file:${argument}`, source: 'files', files: read.files, missing: [] } };
}

async function ensureCommit(cwd: string, sha: string): Promise<string> {
  if (await resolveRef(cwd, sha)) return sha;
  try {
    await git(cwd, ['fetch', '--no-tags', '--quiet', ...((await isShallow(cwd)) ? ['--depth=1'] : []), 'origin', sha]);
  } catch (error) {
    throw new UserError(
      `compare-metrics: the baseline commit ${sha.slice(0, 7)} is not in this clone and fetching it from 'origin' failed (${(error as Error).message.split('\n')[0]})`,
    );
  }
  return sha;
}
