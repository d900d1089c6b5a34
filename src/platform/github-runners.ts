import { ExternalError, UserError } from '../core/errors.js';
import { requestJson, type Fetch } from '../core/http.js';
import type { RunnerRegistry } from './platform.js';

const SERVICE = 'GitHub API';

/** Options for tests: the fetch port and back-off. */
export interface RunnerRegistryOptions {
  fetch?: Fetch;
  backoffMs?: number;
}

interface JitConfig {
  runner: { id: number };
  encoded_jit_config: string;
}

/**
 * {@link RunnerRegistry} on GitHub's just-in-time runners: `generate-jitconfig` returns a config that a
 * runner starts with (`run.sh --jitconfig`) for exactly one job, with no separate registration token.
 * The repository comes from `GITHUB_REPOSITORY`, the API from `GITHUB_API_URL` (GHES too).
 *
 * Both calls need a token with administration rights on the repository (a fine-grained PAT or GitHub App
 * token with `Administration: write`, or a classic PAT with `repo`); the job's `GITHUB_TOKEN` never has them.
 */
export function createGitHubRunners(env: NodeJS.ProcessEnv = process.env, options: RunnerRegistryOptions = {}): RunnerRegistry {
  const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repository = () => {
    if (!env.GITHUB_REPOSITORY) throw new UserError('setup-gpu-runner: GITHUB_REPOSITORY is unset, so there is no repository to register a runner for');
    return env.GITHUB_REPOSITORY;
  };
  const send = <T>(method: string, path: string, token: string, body?: unknown) =>
    requestJson<T>(
      `${api}/repos/${repository()}${path}`,
      {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/vnd.github+json',
          'X-GitHub-Api-Version': '2022-11-28',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      },
      // A retried POST after a dropped answer could mint a second runner of the same name; GitHub then
      // answers 409, which is not retried, so at most one of them exists.
      { service: SERVICE, fetch: options.fetch, backoffMs: options.backoffMs, attempts: 3 },
    );
  return {
    tokenHint: "a PAT or GitHub App token with administration rights on the repository (the job's GITHUB_TOKEN cannot register runners)",
    async register({ name, labels, token }) {
      try {
        const { data } = await send<JitConfig>('POST', '/actions/runners/generate-jitconfig', token, { name, runner_group_id: 1, labels, work_folder: '_work' });
        if (!data?.encoded_jit_config || typeof data.runner?.id !== 'number') {
          throw new ExternalError(`${SERVICE}: generate-jitconfig for ${repository()} answered without a runner id or config`, SERVICE, 200, false);
        }
        return { platform: 'github', secret: data.encoded_jit_config, id: data.runner.id, url: server };
      } catch (error) {
        if (error instanceof ExternalError && (error.status === 403 || error.status === 404)) {
          // GitHub answers 404 rather than 403 to a token that may not see the repository's settings.
          throw new UserError(
            `setup-gpu-runner: GitHub refused to register a runner for ${repository()} (${error.status}): input 'token' needs administration rights on the repository ` +
              "(a fine-grained PAT or GitHub App token with 'Administration: write', or a classic PAT with 'repo'); the job's GITHUB_TOKEN cannot register runners",
          );
        }
        throw error;
      }
    },
    async status(id, token) {
      try {
        const { data } = await send<{ status?: string; busy?: boolean }>('GET', `/actions/runners/${id}`, token);
        return data?.status === 'online' || data?.busy ? 'online' : 'offline';
      } catch (error) {
        // A just-in-time runner deletes itself after its one job: gone after online is normal.
        if (error instanceof ExternalError && error.status === 404) return 'gone';
        throw error;
      }
    },
    async remove(id, token) {
      try {
        await send('DELETE', `/actions/runners/${id}`, token);
      } catch (error) {
        // An ephemeral runner removes itself after its job.
        if (error instanceof ExternalError && error.status === 404) return;
        throw error;
      }
    },
  };
}
