import type { SourceLocation } from '../core/errors.js';

/** Logging with file annotations where the platform shows them (GitHub), plain lines elsewhere. */
export interface Logger {
  info(message: string): void;
  warning(message: string, location?: SourceLocation): void;
  error(message: string, location?: SourceLocation): void;
  debug(message: string): void;
  /** A child command's raw output, passed through as the job log shows it. */
  stream(chunk: Buffer | string): void;
}

/** The pull or merge request a job runs for. */
export interface ChangeRequest {
  number: number;
  /** Target branch name, e.g. `main`. */
  baseRef: string;
  /** Target branch tip when the event fired (GitHub), when known. */
  baseSha?: string;
  headSha: string;
  /** The merge-base, when the platform computed it (GitLab's `CI_MERGE_REQUEST_DIFF_BASE_SHA`). */
  mergeBaseSha?: string;
  /** Opened from a fork: tokens are read-only, secrets absent. */
  fork: boolean;
}

/** Where and for what a step runs. Everything here comes from the platform, none of it from flags. */
export interface Context {
  platform: 'github' | 'gitlab' | 'local';
  workspace: string;
  /** `owner/name` on GitHub, the project path on GitLab. */
  repository?: string;
  /** The commit under test (for a PR, its head). */
  sha?: string;
  ref?: string;
  changeRequest?: ChangeRequest;
  /** The commit before a push, for `merge-base` outside a PR. */
  pushBefore?: string;
  /** The branch a `merge-base` baseline is taken from outside CI. */
  defaultBaseRef?: string;
  runUrl?: string;
  /** For a `workflow_run` event: the head commit of the run that triggered this one. */
  upstreamHeadSha?: string;
  /** Set when an event other than a PR's own was triggered by a fork's PR (a `workflow_run`, an `issue_comment` on a PR). */
  forkTrigger?: boolean;
  /** For a `workflow_run` event: the triggering run's page. */
  upstreamRunUrl?: string;
  /** For a `workflow_run` event: the triggering workflow's name (its sticky comment key). */
  upstreamPipeline?: string;
  /** The job's id in its pipeline (GitHub `GITHUB_JOB`, GitLab's job name slug). */
  job?: string;
  /** Which attempt of the run this is, when the platform re-runs (GitHub `GITHUB_RUN_ATTEMPT`). */
  attempt?: string;
  /** Names this job among parallel copies of it (GitLab `parallel:matrix`), so their outputs do not collide. */
  leg?: string;
  /** Identifies the pipeline for sticky comment markers (the workflow name on GitHub). */
  pipeline: string;
  /** The repository's default branch, when the platform names it (runs recorded by commit are taken there). */
  defaultBranch?: string;
  /** Whether the event is a push (or a manual/scheduled run) rather than a change request's pipeline. */
  push?: boolean;
  /** The repository's web page, for commit links (`https://github.com/o/r`, GitLab's `CI_PROJECT_URL`). */
  repositoryUrl?: string;
  /**
   * The platform's own registry for this repository: GHCR on GitHub (the password is the step's `token`),
   * the project's container registry on GitLab (for a fork's merge request, the target project's).
   */
  registry?: { uri: string; username?: string; password?: string; label?: string };
  /** The pipeline run's id (GitHub `GITHUB_RUN_ID`, GitLab `CI_PIPELINE_ID`), for names that must not collide between runs. */
  runId?: string;
  /** Who started the run (GitHub `GITHUB_ACTOR`, GitLab `GITLAB_USER_LOGIN`, locally the user). */
  actor?: string;
  /** The runner the job got (GitHub `RUNNER_NAME`, GitLab `CI_RUNNER_DESCRIPTION`). */
  runner?: string;
}

/**
 * What a platform can do, for steps to act on instead of asking which platform they run on. A new
 * adapter states these; no step changes.
 */
export interface PlatformFeatures {
  /** A CI job (not a terminal): a store in its workspace dies with it, and runs are recorded. */
  readonly ci: boolean;
  /** The job has a summary page beside its log (GitHub's job summary); elsewhere reports go to the log. */
  readonly summaryPage: boolean;
  /** Whether a change request from a fork can get a comment: `never` (GitHub: its token is read-only), or `with-token` (GitLab: a project token in MODELGATE_TOKEN). */
  readonly forkComments: 'never' | 'with-token';
  /** A person is watching a terminal (progress lines help). */
  readonly interactive: boolean;
}

/** A commit's web page, when the repository's is known and `sha` is a commit id. */
export function commitUrl(context: Pick<Context, 'platform' | 'repositoryUrl'>, sha: string | undefined): string | undefined {
  if (!sha || !context.repositoryUrl || !/^[0-9a-f]{7,64}$/.test(sha) || !/^https?:\/\/[^\s()<>]+$/.test(context.repositoryUrl)) return undefined;
  return `${context.repositoryUrl.replace(/\/+$/, '')}${context.platform === 'gitlab' ? '/-' : ''}/commit/${sha}`;
}

/** The web page comparing two commits of the repository, or undefined (no hosted repository, not plain shas). */
export function compareUrl(context: Pick<Context, 'platform' | 'repositoryUrl'>, from: string, to: string): string | undefined {
  const a = commitUrl(context, from);
  if (!a || !commitUrl(context, to)) return undefined;
  return `${(context.repositoryUrl as string).replace(/\/+$/, '')}${context.platform === 'gitlab' ? '/-' : ''}/compare/${from}...${to}`;
}

/** The outcome of {@link Platform.upsertComment}. */
export interface CommentResult {
  action: 'created' | 'updated';
  url?: string;
}

/** The commit status states every platform maps. */
export type StatusState = 'success' | 'failure' | 'error' | 'pending';

/** A rendered report: markdown for the web, plain text for terminals and job logs. */
export interface RenderedReport {
  markdown: string;
  text: string;
}

/**
 * Caches and artifacts kept by the CI service between jobs (GitHub's cache and artifact services).
 * Absent where the platform keeps them itself (GitLab's `cache:` and `artifacts:` in the template) or
 * has none (local).
 */
export interface Storage {
  /** Restores `paths` from the cache; the key that matched (exact or a restore-key prefix), or undefined on a miss. */
  restoreCache(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined>;
  /** Saves `paths` under `key`; `exists` when that key is already stored (keys are immutable). */
  saveCache(paths: string[], key: string): Promise<'saved' | 'exists'>;
  /**
   * Uploads files (absolute paths under `root`) as one artifact. Artifact names cannot be reused within a
   * run, so when `name` is taken the next free `name-2`, `name-3`, ... is used; the name used is returned.
   */
  uploadArtifact(name: string, files: string[], root: string): Promise<{ name: string; id?: number; size?: number }>;
  /** A signed build-provenance attestation of files by digest (GitHub artifact attestations). */
  attest?(files: { path: string; sha256: string }[], token: string): Promise<{ id?: string; url?: string; bundlePath?: string }>;
}

/** A single-use CI runner registration that a new machine starts with. */
export interface RunnerRegistration {
  platform: 'github' | 'gitlab';
  /** GitHub's encoded just-in-time runner config, or GitLab's runner authentication token. */
  secret: string;
  /** The registration's id, to delete it when the machine goes. */
  id: number;
  /** Where the runner connects (GitHub server URL, GitLab instance URL). */
  url: string;
}

/** Registers and removes single-use runners (GitHub JIT runners, GitLab runners created through the API). */
export interface RunnerRegistry {
  /** Mints a registration right before a launch (they expire). `token` needs admin rights on the repository/project. */
  register(options: { name: string; labels: string[]; token: string }): Promise<RunnerRegistration>;
  /** What a token for {@link register} must be, for the message when none was given. */
  readonly tokenHint: string;
  /** Deletes a registration; an id that is gone already is success. */
  remove(id: number, token: string): Promise<void>;
  /** Whether the runner has connected (`online`), not yet (`offline`), or no longer exists (`gone`). */
  status?(id: number, token: string): Promise<'online' | 'offline' | 'gone'>;
}

/**
 * The port through which steps reach the outside world. GitHub, GitLab and local adapters implement
 * it; steps never import a platform library.
 */
export interface Platform {
  readonly context: Context;
  readonly features: PlatformFeatures;
  readonly log: Logger;
  /** Raw text of an input (`undefined` when unset); typed reading is the entry's job (`parseInputs`). */
  input(name: string): string | undefined;
  /**
   * The input names this step was handed, as written, so a misspelled one is caught: `strict` where
   * each name was written for this step (a GitHub `with:`), not where it may come from the environment
   * at large (`MODELGATE_*` variables on GitLab and the CLI).
   */
  givenInputs?(): { names: string[]; strict: boolean };
  setOutput(name: string, value: string): void;
  /** Hides a secret in all later log output where the platform can. */
  mask(secret: string): void;
  /** The job summary (GitHub) or the log (GitLab, local). */
  summary(report: RenderedReport): Promise<void>;
  /** Creates or edits the one comment on the change request that carries `<!-- modelgate:key -->`. */
  upsertComment(options: { key: string; body: string; token: string | undefined; number?: number }): Promise<CommentResult>;
  /** A commit status for branch protection; a no-op where the platform has its own (GitLab, local). */
  setStatus(options: { name: string; state: StatusState; description: string; sha: string; token: string | undefined; targetUrl?: string }): Promise<void>;
  /**
   * Records a deployment of `sha` to an environment with a status (GitHub Deployments, so the repository's
   * Environments page shows it); absent where the platform tracks environments itself (GitLab's
   * `environment:` keyword) or has none (local).
   */
  recordDeployment?(options: {
    environment: string;
    sha: string | undefined;
    state: 'success' | 'failure' | 'inactive';
    description: string;
    token: string | undefined;
  }): Promise<void>;
  /** Checks that a change request's head is `sha` (used before posting a report a fork PR produced). */
  changeRequestHead?(number: number, token: string | undefined): Promise<string>;
  /**
   * Shows the candidate's metrics beside the change request where the platform has a widget for them
   * (GitLab's `artifacts:reports:metrics`, which its template names `metrics.txt`); absent elsewhere.
   */
  metricsReport?(text: string): Promise<void>;
  /** Caches and artifacts, where the platform keeps them for a step. */
  readonly storage?: Storage;
  /** Single-use runner registrations, where the platform has them. */
  readonly runners?: RunnerRegistry;
  /** Sets an environment variable for the rest of the job (GitHub: GITHUB_ENV; GitLab and local: the export file to source). */
  exportVariable(name: string, value: string): void;
  /** State kept from a step's main run for its post run (GitHub's `post:`); absent elsewhere. */
  saveState?(name: string, value: string): void;
  getState?(name: string): string | undefined;
  /** Flushes what the platform writes at the end (GitLab's dotenv report, local JSON outputs). */
  finish(): Promise<void>;
}

/** The hidden HTML comment that marks a sticky comment. */
export function commentMarker(key: string): string {
  return `<!-- modelgate:${key} -->`;
}
