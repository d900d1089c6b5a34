import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ExternalError, UserError, messageOf } from '../core/errors.js';

const SERVICE = 'GitHub attestations';
/** The hosts `@actions/attest` can sign for: its OIDC issuer check refuses anything else (GHES has no attestations). */
const ATTESTING_HOSTS = /^https:\/\/(github\.com|[a-z0-9-]+\.ghe\.com)\/?$/;

/** Which Sigstore instance signs: GitHub's own (private and internal repositories) or the public-good one (public). */
export type SigstoreInstance = 'github' | 'public-good';

export interface AttestOptions {
  /** Overrides the choice made from the event payload's `repository.visibility`. */
  sigstore?: SigstoreInstance;
  /** Where to write the Sigstore bundle (`<dir>/<tmp>/attestation.sigstore.json`); defaults to `RUNNER_TEMP`, none without either. */
  bundleDir?: string;
  /** For tests: the fetch octokit uses (`@actions/github` otherwise uses undici's, which nock does not see). */
  fetch?: typeof fetch;
}

export interface AttestResult {
  id?: string;
  url?: string;
  bundlePath?: string;
}

/**
 * Attests the build provenance (SLSA v1, GitHub Actions workflow build type) of trained model files and stores
 * the attestation with the repository, where `gh attestation verify <file> -R owner/repo` finds it.
 *
 * `@actions/attest` (with sigstore and jose under it) is imported only here. It signs: it fetches the job's OIDC
 * token (twice: audience `nobody` for the provenance claims, `sigstore` for the certificate), gets a short-lived
 * certificate for an ephemeral key from Fulcio and a timestamp (GitHub's instance) or a Rekor entry (public good).
 * The attestation is then written here rather than by the library, whose writer drops the HTTP status.
 *
 * The job needs `permissions: id-token: write` and `attestations: write`. The library reads `process.env`
 * (ACTIONS_ID_TOKEN_REQUEST_*, GITHUB_SERVER_URL); `env` decides the checks, the repository and the URLs.
 */
export async function attestModel(files: { path: string; sha256: string }[], env: NodeJS.ProcessEnv, token: string, options: AttestOptions = {}): Promise<AttestResult> {
  if (files.length === 0) throw new UserError('attest: there are no model files to attest');
  for (const file of files) {
    if (!/^[0-9a-f]{64}$/.test(file.sha256)) throw new UserError(`attest: '${file.path}' has no valid sha256 digest ('${file.sha256}')`);
  }
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new UserError(
      'attest: the job cannot request an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is unset). Add to the job:\n' +
        '  permissions:\n    id-token: write\n    attestations: write\n    contents: read\n' +
        '(pull requests from forks never get an OIDC token; attest on push or release instead)',
    );
  }
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  if (!ATTESTING_HOSTS.test(server)) throw new UserError(`attest: artifact attestations are not available on ${server} (only github.com and GHE.com)`);
  const repository = env.GITHUB_REPOSITORY;
  if (!repository || !repository.includes('/')) throw new UserError('attest: GITHUB_REPOSITORY is unset; attestations are stored with a repository');
  if (!token) throw new UserError('attest: no GitHub token; the attestation is stored with a token that has attestations: write');

  const { attestProvenance } = await guard('load @actions/attest', () => import('@actions/attest'));
  const attestation = await guard('sign the provenance attestation', () =>
    attestProvenance({
      subjects: files.map((f) => ({ name: f.path, digest: { sha256: f.sha256 } })),
      token,
      sigstore: options.sigstore ?? sigstoreFor(env),
      skipWrite: true,
    }),
  );
  const id = await store(attestation.bundle, repository, env, token, options.fetch);
  const bundlePath = await writeBundle(attestation.bundle, options.bundleDir ?? env.RUNNER_TEMP);
  return { id, url: `${server.replace(/\/$/, '')}/${repository}/attestations/${id}`, ...(bundlePath ? { bundlePath } : {}) };
}

/** Public repositories sign with the public-good instance (as `@actions/attest` would choose); all others with GitHub's. */
export function sigstoreFor(env: NodeJS.ProcessEnv): SigstoreInstance {
  let repository: { visibility?: string; private?: boolean } | undefined;
  try {
    repository = env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')).repository : undefined;
  } catch {
    repository = undefined;
  }
  const isPublic = repository?.visibility ? repository.visibility === 'public' : repository?.private === false;
  return isPublic ? 'public-good' : 'github';
}

/** POST /repos/{owner}/{repo}/attestations with octokit and its retry plugin (5xx and 429 retried; 4xx not). */
async function store(bundle: unknown, repository: string, env: NodeJS.ProcessEnv, token: string, fetcher?: typeof fetch): Promise<string> {
  const [{ getOctokit }, { retry }] = await guard('load @actions/github', () => Promise.all([import('@actions/github'), import('@octokit/plugin-retry')]));
  const octokit = getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com', ...(fetcher ? { request: { fetch: fetcher } } : {}) }, retry);
  const [owner = '', repo = ''] = repository.split('/');
  try {
    const response = await octokit.request('POST /repos/{owner}/{repo}/attestations', { owner, repo, bundle: bundle as never });
    const data = (typeof response.data === 'string' ? JSON.parse(response.data) : response.data) as { id?: number | string };
    if (data?.id === undefined) throw new ExternalError(`${SERVICE}: could not store the attestation: the response had no id`, SERVICE, response.status);
    return String(data.id);
  } catch (error) {
    if (error instanceof ExternalError) throw error;
    const status = statusOf(error);
    const hint = status === 403 || status === 404 ? ' (the job needs permissions: attestations: write; private repositories need GitHub Enterprise Cloud for attestations)' : '';
    throw new ExternalError(
      `${SERVICE}: could not store the attestation in ${repository}: ${messageOf(error)}${hint}`,
      SERVICE,
      status,
      status === undefined || status >= 500 || status === 429,
    );
  }
}

async function writeBundle(bundle: unknown, dir: string | undefined): Promise<string | undefined> {
  if (!dir) return undefined;
  const path = join(await mkdtemp(join(dir, 'modelgate-attestation-')), 'attestation.sigstore.json');
  await writeFile(path, `${JSON.stringify(bundle)}\n`);
  return path;
}

async function guard<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof UserError || error instanceof ExternalError) throw error;
    const status = statusOf(error);
    throw new ExternalError(`${SERVICE}: could not ${what}: ${describe(error)}`, SERVICE, status, status === undefined || status >= 500 || status === 429);
  }
}

/**
 * The HTTP status of a failure, wherever the libraries left it: octokit's `status`, sigstore's `statusCode` on
 * the cause, `@actions/core`'s "Error Code : 403" in the OIDC message.
 */
function statusOf(error: unknown): number | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { status, statusCode } = e as { status?: unknown; statusCode?: unknown };
    for (const value of [status, statusCode]) if (typeof value === 'number' && value >= 100 && value < 600) return value;
  }
  const found = /Error Code : (\d{3})|\((\d{3})\)/.exec(messageOf(error));
  return found ? Number(found[1] ?? found[2]) : undefined;
}

/** The message with its causes' (sigstore's InternalError says only "error creating signing certificate"). */
function describe(error: unknown): string {
  const parts = [messageOf(error)];
  for (let e = (error as { cause?: unknown })?.cause, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const message = messageOf(e);
    if (!parts.some((p) => p.includes(message))) parts.push(message);
  }
  return parts.join(': ');
}
