import { messageOf } from '../core/errors.js';
import type { Context, Platform } from '../platform/platform.js';
import { openStore, type ModelStore } from '../registry/store.js';
import { LOCAL_STORE, type RegistryInputs } from './registry-inputs.js';

export { LOCAL_STORE } from './registry-inputs.js';
export { historyReport } from './history-report.js';
export { shortDigest } from './run-summary.js';

const warned = new WeakSet<Platform>();

/**
 * Opens the store the registry inputs name, or the platform's own registry (GHCR for the repository,
 * the GitLab project's container registry), or on-disk outside CI. The platform's credentials (and the
 * `token` input on GHCR) go to the platform's own registry host only, never to one a user named.
 */
export function openModelStore(platform: Platform, inputs: Omit<RegistryInputs, 'modelName'>): ModelStore {
  const { uri, username, password } = storeAddress(platform.context, inputs);
  const { context } = platform;
  const own = context.registry;
  if (platform.features.ci && uri.trim().startsWith('oci-layout:') && !warned.has(platform)) {
    warned.add(platform);
    platform.log.warning(
      `registry '${uri}' is a folder in this job's workspace: it disappears when the job ends, so later jobs and pipelines find no recorded runs (no baseline) and nothing deployed. ` +
        `Leave 'registry' unset to use ${own ? `${own.label ?? "the platform's registry"} (${own.uri})` : "the platform's registry"}, or name an oci:// registry`,
    );
  }
  return openStore(uri, { workspace: context.workspace, username, password });
}

/** Which store, with which credentials: the inputs', else the platform's own registry, else on disk. */
export function storeAddress(context: Context, inputs: Omit<RegistryInputs, 'modelName'>): { uri: string; username?: string; password?: string } {
  const own = context.registry;
  const uri = inputs.registry ?? own?.uri ?? LOCAL_STORE;
  const ownHost = own !== undefined && hostOf(uri) === hostOf(own.uri);
  const username = inputs.registryUsername ?? (ownHost ? own.username : undefined);
  const password = inputs.registryPassword ?? (ownHost ? (own.password ?? inputs.token) : undefined);
  return { uri, username, password };
}

function hostOf(uri: string): string | undefined {
  return /^oci:\/\/([^/]+)/.exec(uri.trim())?.[1]?.toLowerCase();
}

/** Who is acting, for the record: the CI user and run where there is one. */
export function actor(platform: Platform): string {
  return platform.context.actor ?? `${platform.context.platform} user`;
}

/** What {@link Platform.recordDeployment} is told. */
export type DeploymentStatus = Parameters<NonNullable<Platform['recordDeployment']>>[0];

/**
 * Records the environment's GitHub Deployment without letting it decide the job: the registry's
 * pointer is what runs, the Deployment only shows it on the repository's Environments page. A refusal
 * (403, or the 404 GitHub answers a token that may not see deployments) is a warning naming the
 * permission; any other failure a warning too. `production` says where the environment stands, for
 * the warning. Returns whether it was recorded (or there was nothing to record it on).
 */
export async function recordDeploymentOrWarn(platform: Platform, step: string, status: DeploymentStatus, production: string): Promise<boolean> {
  try {
    await platform.recordDeployment?.(status);
    return true;
  } catch (error) {
    const code = (error as { status?: unknown }).status;
    // The adapter's short hint is replaced by the full one below, with what it means for the environment.
    const said = messageOf(error).replace(/\s*\(the token lacks permission[^)]*\)\s*$/, '');
    platform.log.warning(
      code === 403 || code === 404
        ? `${step}: the GitHub Deployment of ${status.environment} was not recorded (${said}): grant the job 'permissions: deployments: write' (or pass a 'token' that has it) to see deploys on the Environments page; ${production}`
        : `${step}: the GitHub Deployment of ${status.environment} was not recorded (${said}); ${production}`,
    );
    return false;
  }
}

/**
 * Runs what only reports on a deploy once the environment moved (the summary): a failure is a warning
 * that says where the environment stands, never the job's failure.
 */
export async function reportOrWarn(platform: Platform, step: string, what: string, production: string, report: () => Promise<void>): Promise<void> {
  try {
    await report();
  } catch (error) {
    platform.log.warning(`${step}: could not ${what} (${messageOf(error)}); ${production}`);
  }
}
