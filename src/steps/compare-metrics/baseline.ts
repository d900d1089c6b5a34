import { UserError } from '../../core/errors.js';
import { splitList } from '../../core/inputs.js';
import { workspaceSource, type FileSource } from '../../core/files.js';
import { commitSource, git, isShallow, mergeBase, resolveRef } from '../../core/git.js';
import { readMetrics, type MetricSet } from '../../core/metrics.js';
import type { BaselineInfo } from '../../core/report.js';
import type { Context } from '../../platform/platform.js';

/** A resolved baseline: its metrics (absent for `none`) and how the report names it. */
export interface Baseline {
  metrics?: MetricSet;
  info?: BaselineInfo;
}

/**
 * Resolves a baseline spec to metrics. Each kind is one resolver; compare-metrics' run registers
 * `env:<name>` (champion vs challenger, from the model store) when a run asks for it.
 */
export type BaselineResolver = (argument: string, context: Context, patterns: readonly string[]) => Promise<Baseline>;

const resolvers = new Map<string, BaselineResolver>([
  ['merge-base', resolveMergeBase],
  ['ref', resolveGitRef],
  ['file', resolveFiles],
  ['none', async () => ({})],
]);

/** Adds a baseline kind (used by later steps: `env`). */
export function registerBaseline(kind: string, resolver: BaselineResolver): void {
  resolvers.set(kind, resolver);
}

/** Reads the baseline's metrics named by `spec` (`merge-base`, `ref:<ref>`, `file:<globs>`, `none`). */
export async function resolveBaseline(spec: string, context: Context, patterns: readonly string[]): Promise<Baseline> {
  const colon = spec.indexOf(':');
  const kind = colon < 0 ? spec : spec.slice(0, colon);
  const argument = colon < 0 ? '' : spec.slice(colon + 1).trim();
  const resolver = resolvers.get(kind);
  if (!resolver) {
    throw new UserError(`compare-metrics: input 'baseline' must be merge-base, ref:<git ref>, file:<paths or globs>, env:<environment> or none, got '${spec}'`);
  }
  if ((kind === 'ref' || kind === 'file') && argument === '') throw new UserError(`compare-metrics: input 'baseline' '${kind}:' needs a value after the colon, e.g. ${kind === 'ref' ? 'ref:main' : 'file:baseline/metrics.json'}`);
  return resolver(argument, context, patterns);
}

async function fromCommit(context: Context, sha: string, kind: string, spec: string, ref: string | undefined, patterns: readonly string[]): Promise<Baseline> {
  const source: FileSource = commitSource(context.workspace, sha, `${ref ?? 'commit'}@${sha.slice(0, 7)}`);
  const read = await readMetrics(source, patterns, { missingOk: true });
  return { metrics: read.metrics, info: { kind, spec, ref, sha, files: read.files, missing: read.missing } };
}

async function resolveMergeBase(_argument: string, context: Context, patterns: readonly string[]): Promise<Baseline> {
  const cr = context.changeRequest;
  const cwd = context.workspace;
  if (cr?.mergeBaseSha) return fromCommit(context, await ensureCommit(cwd, cr.mergeBaseSha), 'merge-base', 'merge-base', cr.baseRef, patterns);
  if (cr) {
    const merged = await mergeCommitOf(cwd, cr.headSha);
    if (merged) {
      const baseline = await fromCommit(context, await ensureCommit(cwd, merged.base), 'merge-base', 'merge-base', cr.baseRef, patterns);
      const note = `The checkout is the pull request merged into ${cr.baseRef}, so the baseline is ${cr.baseRef} as it was merged (the merge commit's first parent), not the merge-base: changes ${cr.baseRef} made since the branch point are not counted as this change's.`;
      return { ...baseline, info: { ...(baseline.info as BaselineInfo), candidate: merged.sha, note } };
    }
    const base = cr.baseSha ?? (await resolveRef(cwd, `origin/${cr.baseRef}`)) ?? `refs/remotes/origin/${cr.baseRef}`;
    return fromCommit(context, await mergeBase(cwd, base, cr.headSha), 'merge-base', 'merge-base', cr.baseRef, patterns);
  }
  if (context.pushBefore) return fromCommit(context, await ensureCommit(cwd, context.pushBefore), 'merge-base', 'merge-base', 'the previous push', patterns);
  const head = context.sha;
  const baseRef = context.defaultBaseRef;
  if (head && baseRef) {
    const base = await resolveRef(cwd, baseRef);
    if (base) return fromCommit(context, await mergeBase(cwd, base, head), 'merge-base', 'merge-base', baseRef, patterns);
  }
  throw new UserError(
    "compare-metrics: input 'baseline' is 'merge-base', but this run is not for a pull/merge request and no base branch was found; set 'baseline' to 'ref:<branch>' or 'file:<path>' (locally, MODELGATE_BASE_REF names the base branch)",
  );
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

async function resolveGitRef(ref: string, context: Context, patterns: readonly string[]): Promise<Baseline> {
  const cwd = context.workspace;
  let sha = (await resolveRef(cwd, ref)) ?? (await resolveRef(cwd, `origin/${ref}`));
  if (!sha && !ref.startsWith('-')) {
    const depth = (await isShallow(cwd)) ? ['--depth=1'] : [];
    await git(cwd, ['fetch', '--no-tags', '--quiet', ...depth, 'origin', ref]).catch(() => undefined);
    sha = await resolveRef(cwd, 'FETCH_HEAD');
  }
  if (!sha) throw new UserError(`compare-metrics: input 'baseline': git ref '${ref}' was not found here or on the remote 'origin'`);
  return fromCommit(context, sha, 'ref', `ref:${ref}`, ref, patterns);
}

async function resolveFiles(argument: string, context: Context): Promise<Baseline> {
  const patterns = splitList(argument);
  const read = await readMetrics(workspaceSource(context.workspace), patterns);
  return { metrics: read.metrics, info: { kind: 'file', spec: `file:${argument}`, files: read.files, missing: [] } };
}

async function ensureCommit(cwd: string, sha: string): Promise<string> {
  if (await resolveRef(cwd, sha)) return sha;
  try {
    await git(cwd, ['fetch', '--no-tags', '--quiet', ...((await isShallow(cwd)) ? ['--depth=1'] : []), 'origin', sha]);
  } catch (error) {
    throw new UserError(`compare-metrics: the baseline commit ${sha.slice(0, 7)} is not in this clone and fetching it from 'origin' failed (${(error as Error).message.split('\n')[0]})`);
  }
  return sha;
}
