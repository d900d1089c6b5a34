import { ExternalError, UserError, messageOf } from '../core/errors.js';
import type { Storage } from './platform.js';

const CACHE = 'GitHub cache';
const ARTIFACTS = 'GitHub artifacts';
/** How many names (`name`, `name-2`, ... `name-20`) an upload tries before giving up. */
const MAX_NAMES = 20;
/** What the results service answers when CreateArtifact meets a name this run already used. */
const NAME_TAKEN = /CreateArtifact: .*\(409\)|an artifact with this name already exists/i;

type Cache = typeof import('@actions/cache');

/**
 * {@link Storage} on GitHub's cache and artifact services (the v2 "results" twirp services the runner
 * points to with `ACTIONS_RESULTS_URL` and `ACTIONS_RUNTIME_TOKEN`; GHES's v1 cache still works through
 * `ACTIONS_CACHE_URL`).
 *
 * `@actions/cache` and `@actions/artifact` (with the Azure storage SDK under them) are imported only when a
 * method runs: a bundle that loads them at startup starts in about twice the time, and most steps never
 * touch a cache. Caching is best effort: a restore that cannot reach the service is a miss; a save that
 * cannot reports an {@link ExternalError} for the caller to turn into a warning.
 *
 * `env` decides whether the services are configured at all; the libraries themselves read `process.env`.
 */
export function createGitHubStorage(env: NodeJS.ProcessEnv = process.env): Storage {
  // Outside a JavaScript action step the runner hands out no runtime token, so nothing could succeed.
  const cacheConfigured = () => Boolean(env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL));
  const artifactsConfigured = () => Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
  const loadCache = () => guard(CACHE, 'load @actions/cache', () => import('@actions/cache'));
  return {
    // Signing pulls in sigstore: loaded only when a step asks for an attestation.
    attest: async (files, token) => (await import('./github-attest.js')).attestModel(files, env, token),
    async restoreCache(paths, key, restoreKeys) {
      if (!cacheConfigured()) return undefined;
      const cache = await loadCache();
      // @actions/cache already turns every service failure into a warning and a miss; only bad keys throw.
      return guard(CACHE, `restore the cache for key '${key}'`, () => cache.restoreCache(paths, key, restoreKeys));
    },
    async saveCache(paths, key) {
      if (!cacheConfigured()) throw unavailable(`save the cache for key '${key}'`, ' (ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is unset)');
      const cache = await loadCache();
      // saveCache compresses the paths before it asks to reserve the key: asking first spares archiving
      // a model that is stored already.
      if (await stored(cache, paths, key)) return 'exists';
      const id = await guard(CACHE, `save the cache for key '${key}'`, () => cache.saveCache(paths, key));
      if (id !== -1) return 'saved';
      // -1 means both "another job reserved the key meanwhile" (a ReserveCacheError it logs and swallows)
      // and any failure it warned about; only a second look tells them apart.
      if (await stored(cache, paths, key)) return 'exists';
      throw unavailable(`save the cache for key '${key}'`, ' or refused the entry (its warning above says why)');
    },
    async uploadArtifact(name, files, root) {
      if (!artifactsConfigured()) {
        throw new ExternalError(
          `${ARTIFACTS}: cannot upload artifact '${name}': the artifact service is unavailable (ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is unset)`,
          ARTIFACTS,
          undefined,
          false,
        );
      }
      const { DefaultArtifactClient } = await guard(ARTIFACTS, 'load @actions/artifact', () => import('@actions/artifact'));
      const client = new DefaultArtifactClient();
      for (let n = 1; n <= MAX_NAMES; n++) {
        const candidate = n === 1 ? name : `${name}-${n}`;
        try {
          const { id, size } = await client.uploadArtifact(candidate, files, root, {});
          return { name: candidate, id, size };
        } catch (error) {
          // Names are unique per run, and a step that runs twice in one job (a matrix, a retry) reuses its name.
          if (!NAME_TAKEN.test(messageOf(error))) throw failure(ARTIFACTS, `upload artifact '${candidate}'`, error);
        }
      }
      throw new ExternalError(`${ARTIFACTS}: cannot upload artifact '${name}': it and '${name}-2' to '${name}-${MAX_NAMES}' are all taken in this run`, ARTIFACTS, 409, false);
    },
  };
}

/** Whether `key` itself (not a restore-key prefix) is stored for these paths, asked without downloading. */
async function stored(cache: Cache, paths: string[], key: string): Promise<boolean> {
  const matched = await guard(CACHE, `look up the cache key '${key}'`, () => cache.restoreCache(paths, key, [], { lookupOnly: true }));
  return matched === key;
}

function unavailable(what: string, more = ''): ExternalError {
  return new ExternalError(`${CACHE}: could not ${what}: the cache service is unavailable${more}`, CACHE, undefined, true);
}

async function guard<T>(service: string, what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw failure(service, what, error);
  }
}

/**
 * The libraries throw plain Errors whose messages carry the HTTP status as `(409)`; bad keys, names and
 * paths are the user's to fix. Signed blob URLs can appear in Azure errors, so their signatures are cut.
 */
function failure(service: string, what: string, error: unknown): Error {
  if (error instanceof UserError || error instanceof ExternalError) return error;
  const message = messageOf(error).replace(/([?&]sig=)[^&\s]+/gi, '$1***');
  const kind = error instanceof Error ? error.name : '';
  if (kind === 'ValidationError' || kind === 'FilesNotFoundError' || /artifact name is not valid|during validation is empty|^Path Validation Error/.test(message)) {
    return new UserError(`${service}: cannot ${what}: ${message}`);
  }
  const status = Number(/\((\d{3})\)/.exec(message)?.[1]) || undefined;
  const permanent = kind === 'GHESNotSupportedError' || kind === 'UsageError' || (status !== undefined && status < 500 && status !== 429);
  return new ExternalError(`${service}: could not ${what}: ${message}`, service, status, !permanent);
}
