import { join } from 'node:path';
import { ExternalError, UserError } from '../core/errors.js';
import { writeFileAtomic } from '../core/files.js';
import { requestJson, type Fetch } from '../core/http.js';
import type { InputSource } from '../core/inputs.js';
import { upsertSticky, type CommentApi, type StoredComment } from '../core/sticky.js';
import { createGitLabRunners } from './gitlab-runners.js';
import { appendExport, consoleLogger } from './local.js';
import { commentMarker, type Context, type Platform } from './platform.js';

/** Options for tests: the fetch port and back-off. */
export interface GitLabOptions {
  fetch?: Fetch;
  backoffMs?: number;
  env?: NodeJS.ProcessEnv;
}

interface Note {
  id: number;
  body: string;
  system?: boolean;
  author?: { id: number };
}

/**
 * The GitLab CI adapter: `CI_*` variables for context, the REST API (through the fetch port) for MR
 * notes, and a dotenv report (`<step>.env`, the template's `artifacts:reports:dotenv`) for outputs.
 * `CI_JOB_TOKEN` cannot write notes, so a project or personal access token is required for them.
 */
export function createGitLabPlatform(step: string, inputs: InputSource, options: GitLabOptions = {}): Platform {
  const env = options.env ?? process.env;
  const context = gitlabContext(env);
  const outputs = new Map<string, string>();
  const api = env.CI_API_V4_URL || 'https://gitlab.com/api/v4';
  // A fork's merge request pipeline runs in the fork; the merge request lives in the target project.
  const project = encodeURIComponent(env.CI_MERGE_REQUEST_PROJECT_ID || env.CI_PROJECT_ID || env.CI_PROJECT_PATH || '');
  const log = consoleLogger(env);
  const send = async <T>(method: string, path: string, token: string, body?: unknown) =>
    requestJson<T>(
      `${api}/projects/${project}${path}`,
      { method, headers: { 'PRIVATE-TOKEN': token, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) },
      { service: 'GitLab API', fetch: options.fetch, backoffMs: options.backoffMs },
    );
  return {
    context,
    features: { ci: true, summaryPage: false, forkComments: 'with-token', interactive: false },
    log,
    input: inputs,
    // The template names this file in `artifacts:reports:metrics`: GitLab shows it in the MR widget.
    metricsReport: (text) => writeFileAtomic(join(context.workspace, 'metrics.txt'), text),
    setOutput: (name, value) => void outputs.set(name, value),
    mask: () => undefined, // GitLab masks only variables marked masked in settings; we never print tokens
    exportVariable(name, value) {
      // Only this job's later lines get it (by sourcing the export file): through the dotenv report a
      // device list would reach jobs on other machines, where it names GPUs they do not have.
      appendExport(context.workspace, env, name, value);
      log.info(`${name}=${value} (later lines of this job: source modelgate.env.sh)`);
    },
    async summary(report) {
      // A collapsible section in the job log; the markers are GitLab's own escape sequences.
      process.stderr.write(`\u001b[0Ksection_start:${Math.floor(Date.now() / 1000)}:modelgate_report\r\u001b[0K${step} report\n`);
      log.info(report.text);
      process.stderr.write(`\u001b[0Ksection_end:${Math.floor(Date.now() / 1000)}:modelgate_report\r\u001b[0K\n`);
    },
    async upsertComment({ key, body, token, number }) {
      const iid = number ?? context.changeRequest?.number;
      if (!iid) throw new UserError('comment: this pipeline is not for a merge request, so there is nothing to comment on');
      if (!project) throw new UserError(`${step}: CI_PROJECT_ID is not set, so the merge request cannot be found; run inside a GitLab CI job`);
      const usable = token;
      if (!usable) {
        throw new UserError(
          `${step}: posting the merge request note needs a project access token (role Reporter or above, scope 'api') in a masked CI/CD variable named MODELGATE_TOKEN; ` +
            `CI_JOB_TOKEN cannot write notes${env.CI_JOB_TOKEN ? ' (only CI_JOB_TOKEN is set in this job)' : ''}. If MODELGATE_TOKEN is set but protected, ` +
            `GitLab gives it only to pipelines of protected branches and tags, never to a merge request from an unprotected branch: untick 'Protect variable' ` +
            `(keep 'Mask variable'). Or set the input 'comment' to false`,
        );
      }
      if (usable === env.CI_JOB_TOKEN)
        throw new UserError(
          `${step}: MODELGATE_TOKEN holds this job's CI_JOB_TOKEN, which cannot read users or write merge request notes (GitLab answers 401 Unauthorized): ` +
            `put a project access token (role Reporter or above, scope 'api') in the masked CI/CD variable MODELGATE_TOKEN instead`,
        );
      const notes = `/merge_requests/${iid}/notes`;
      const self = (
        await requestJson<{ id: number }>(
          `${api}/user`,
          { headers: { 'PRIVATE-TOKEN': usable } },
          { service: 'GitLab API', fetch: options.fetch, backoffMs: options.backoffMs },
        ).catch((error: unknown) => {
          if (!(error instanceof ExternalError) || error.status !== 401) throw error;
          throw new UserError(
            `${step}: GitLab refused the token in MODELGATE_TOKEN (401 Unauthorized): it is expired, revoked, or not a token of ${api}. ` +
              `Create a project access token (role Reporter or above, scope 'api') and put it in the masked CI/CD variable MODELGATE_TOKEN`,
          );
        })
      ).data.id;
      const projectUrl = env.CI_MERGE_REQUEST_PROJECT_URL || env.CI_PROJECT_URL;
      const stored = (n: Note): StoredComment => ({
        id: n.id,
        body: n.body,
        url: projectUrl ? `${projectUrl}/-/merge_requests/${iid}#note_${n.id}` : undefined,
        own: n.author?.id === self,
      });
      const comments: CommentApi = {
        async list() {
          const all: StoredComment[] = [];
          for (let page: string | null = '1'; page;) {
            const { data, headers }: { data: Note[]; headers: Headers } = await send<Note[]>('GET', `${notes}?per_page=100&page=${page}&sort=asc&order_by=created_at`, usable);
            all.push(...data.filter((n) => !n.system).map(stored));
            page = headers.get('x-next-page') || null;
          }
          return all;
        },
        create: async (text) => stored((await send<Note>('POST', notes, usable, { body: text })).data),
        update: async (id, text) => stored((await send<Note>('PUT', `${notes}/${id}`, usable, { body: text })).data),
        remove: async (id) => void (await send('DELETE', `${notes}/${id}`, usable)),
      };
      const result = await upsertSticky(comments, commentMarker(key), body);
      return { action: result.action, url: result.comment.url };
    },
    runners: createGitLabRunners(env, { fetch: options.fetch }),
    async changeRequestHead(number, token) {
      if (!token || !project) throw new UserError('no token to read the merge request');
      return (await send<{ sha: string }>('GET', `/merge_requests/${number}`, token)).data.sha;
    },
    async setStatus() {
      // The job's own status is what GitLab's merge checks use; an extra commit status would duplicate it.
    },
    async finish() {
      if (outputs.size === 0) return;
      // Two comparisons in one pipeline (`id: challenge`) must not overwrite each other's variables in a later job.
      const id = inputs('id')?.trim();
      const prefix = `${step}${id ? `-${id}` : ''}`.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
      // GitLab refuses a dotenv report over 5 KiB: long values (a metrics JSON) stay in the log and files.
      const long = [...outputs].filter(([, value]) => value.length > 1000).map(([name]) => name);
      if (long.length) log.info(`outputs too long for the dotenv report, left out: ${long.join(', ')}`);
      const lines = [
        ...[...outputs].filter(([name]) => !long.includes(name)).map(([name, value]) => `${prefix}_${name.replace(/-/g, '_').toUpperCase()}=${value.replace(/[\r\n]+/g, ' ')}`),
      ];
      // The name the template's `artifacts:reports:dotenv` names: no variable may send the outputs elsewhere.
      const file = join(context.workspace, `${step}.env`);
      await writeFileAtomic(file, `${lines.join('\n')}\n`);
      log.info(`outputs (dotenv ${step}.env): ${lines.join(' ')}`);
    },
  };
}

/** Reads the job's context from GitLab's predefined variables. */
export function gitlabContext(env: NodeJS.ProcessEnv): Context {
  const iid = Number(env.CI_MERGE_REQUEST_IID);
  return {
    platform: 'gitlab',
    workspace: env.CI_PROJECT_DIR || process.cwd(),
    repository: env.CI_PROJECT_PATH,
    // A merged-results pipeline builds a merge commit; the commit the MR shows is the source branch's.
    sha: (iid > 0 && env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA) || env.CI_COMMIT_SHA,
    ref: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME || env.CI_COMMIT_REF_NAME,
    changeRequest:
      Number.isInteger(iid) && iid > 0
        ? {
            number: iid,
            baseRef: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME ?? '',
            baseSha: env.CI_MERGE_REQUEST_TARGET_BRANCH_SHA || undefined,
            headSha: env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA || env.CI_COMMIT_SHA || '',
            mergeBaseSha: env.CI_MERGE_REQUEST_DIFF_BASE_SHA || undefined,
            fork: !!env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID && env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID !== env.CI_MERGE_REQUEST_PROJECT_ID,
          }
        : undefined,
    pushBefore: env.CI_COMMIT_BEFORE_SHA && !/^0+$/.test(env.CI_COMMIT_BEFORE_SHA) ? env.CI_COMMIT_BEFORE_SHA : undefined,
    runUrl: env.CI_JOB_URL || env.CI_PIPELINE_URL,
    job: env.CI_JOB_NAME_SLUG || env.CI_JOB_NAME,
    // The slug is cut at 63 bytes, so long matrix values could collide: the node index keeps legs apart.
    leg: Number(env.CI_NODE_TOTAL) > 1 ? `${(env.CI_JOB_NAME_SLUG || 'leg').slice(0, 60)}-${env.CI_NODE_INDEX ?? '0'}` : undefined,
    pipeline: env.CI_JOB_NAME || 'pipeline',
    defaultBranch: env.CI_DEFAULT_BRANCH || undefined,
    push: !(iid > 0) && ['push', 'web', 'schedule', 'api', 'trigger', 'pipeline'].includes(env.CI_PIPELINE_SOURCE ?? ''),
    repositoryUrl: env.CI_MERGE_REQUEST_PROJECT_URL || env.CI_PROJECT_URL || undefined,
    registry: gitlabRegistry(env),
    runId: env.CI_PIPELINE_ID,
    actor: env.GITLAB_USER_LOGIN,
    runner: env.CI_RUNNER_DESCRIPTION,
  };
}

/**
 * The project's container registry. A fork's merge request runs in the fork, whose registry has no
 * runs of the target's default branch: the baselines are read from the target project's registry.
 */
function gitlabRegistry(env: NodeJS.ProcessEnv): Context['registry'] {
  const fork = env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID && env.CI_MERGE_REQUEST_PROJECT_ID && env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID !== env.CI_MERGE_REQUEST_PROJECT_ID;
  const image = fork && env.CI_REGISTRY && env.CI_MERGE_REQUEST_PROJECT_PATH ? `${env.CI_REGISTRY}/${env.CI_MERGE_REQUEST_PROJECT_PATH}` : env.CI_REGISTRY_IMAGE;
  if (!image) return undefined;
  return {
    uri: `oci://${image.toLowerCase()}`,
    username: env.CI_REGISTRY_USER || undefined,
    password: env.CI_REGISTRY_PASSWORD || undefined,
    label: "this project's container registry",
  };
}
