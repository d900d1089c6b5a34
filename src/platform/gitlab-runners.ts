import { ExternalError, UserError } from '../core/errors.js';
import { requestJson } from '../core/http.js';
import type { RunnerRegistryOptions } from './github-runners.js';
import type { RunnerRegistry } from './platform.js';

const SERVICE = 'GitLab API';

interface CreatedRunner {
  id: number;
  token: string;
}

/**
 * {@link RunnerRegistry} on GitLab's runner API: `POST /user/runners` creates a project runner and returns
 * its authentication token (`glrt-...`), which `gitlab-runner run-single` uses directly. The project is
 * `CI_PROJECT_ID`, the API `CI_API_V4_URL`.
 *
 * The token needs the `create_runner` scope and the Maintainer role on the project (a project or personal
 * access token); `CI_JOB_TOKEN` cannot create runners.
 */
export function createGitLabRunners(env: NodeJS.ProcessEnv = process.env, options: RunnerRegistryOptions = {}): RunnerRegistry {
  const api = (env.CI_API_V4_URL || 'https://gitlab.com/api/v4').replace(/\/+$/, '');
  const server = (env.CI_SERVER_URL || api.replace(/\/api\/v4$/, '')).replace(/\/+$/, '');
  const send = <T>(method: string, path: string, token: string, body?: unknown) =>
    requestJson<T>(
      `${api}${path}`,
      {
        method,
        headers: { 'PRIVATE-TOKEN': token, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      },
      { service: SERVICE, fetch: options.fetch, backoffMs: options.backoffMs, attempts: 3 },
    );
  return {
    tokenHint: "a project or personal access token with the 'create_runner' scope (CI_JOB_TOKEN cannot create runners)",
    async register({ name, labels, token }) {
      const project = Number(env.CI_PROJECT_ID);
      if (!Number.isInteger(project) || project <= 0) throw new UserError('setup-gpu-runner: CI_PROJECT_ID is unset, so there is no project to create a runner for');
      try {
        const { data } = await send<CreatedRunner>('POST', '/user/runners', token, {
          runner_type: 'project_type',
          project_id: project,
          tag_list: labels,
          description: name,
          run_untagged: false,
        });
        if (!data?.token || typeof data.id !== 'number') throw new ExternalError(`${SERVICE}: POST /user/runners answered without a runner id or token`, SERVICE, 201, false);
        return { platform: 'gitlab', secret: data.token, id: data.id, url: server };
      } catch (error) {
        if (error instanceof ExternalError && (error.status === 401 || error.status === 403)) {
          throw new UserError(
            `setup-gpu-runner: GitLab refused to create a runner for project ${project} (${error.status}): input 'token' needs the 'create_runner' scope and the Maintainer role ` +
              '(a project or personal access token); CI_JOB_TOKEN cannot create runners',
          );
        }
        throw error;
      }
    },
    async status(id, token) {
      try {
        const { data } = await send<{ status?: string; contacted_at?: string | null }>('GET', `/runners/${id}`, token);
        return data?.status === 'online' || data?.contacted_at ? 'online' : 'offline';
      } catch (error) {
        if (error instanceof ExternalError && error.status === 404) return 'gone';
        throw error;
      }
    },
    async remove(id, token) {
      try {
        await send('DELETE', `/runners/${id}`, token);
      } catch (error) {
        if (error instanceof ExternalError && error.status === 404) return;
        throw error;
      }
    },
  };
}
