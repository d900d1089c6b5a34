import { code, table } from '../core/markdown.js';
import type { Context, Platform, RenderedReport } from '../platform/platform.js';
import type { DeploymentRecord } from '../registry/models.js';
import { openStore, type ModelStore } from '../registry/store.js';
import { LOCAL_STORE, type RegistryInputs } from './registry-inputs.js';

export { LOCAL_STORE } from './registry-inputs.js';

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

/** A digest shortened for tables: `sha256:0123456789ab`. */
export function shortDigest(digest: string | undefined): string {
  return digest ? digest.slice(0, 19) : '—';
}

/** One row per record, newest first: when, what, from which digest to which, the verdict, who and why. */
export function historyReport(
  model: string,
  environment: string,
  records: readonly { digest: string; record: DeploymentRecord }[],
  pointer: string | undefined,
  forks: readonly string[],
): RenderedReport {
  const rows = records.map(({ record }) => [
    record.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z'),
    record.action,
    record.version ?? '',
    `${shortDigest(record.from)} → ${shortDigest(record.to)}`,
    `${record.verdict ?? '—'}${record.forced ? ' (forced)' : ''}`,
    record.actor,
    record.reason,
  ]);
  const header = ['time', 'action', 'version', 'from → to', 'gate', 'by', 'why'];
  const head = `Deployment history of ${model} in ${environment}: ${records.length} record${records.length === 1 ? '' : 's'}, pointer at ${pointer ?? 'nothing'}`;
  const forkNote = forks.length
    ? `\nLost races: ${forks.length} record${forks.length === 1 ? '' : 's'} share a predecessor with the chain (${forks.map(shortDigest).join(', ')}).`
    : '';
  const markdown = `### ${code(model)} in ${code(environment)}\n\n${table(
    header,
    rows.map((r) => r.map((c) => code(c, { inTable: true }))),
  )}\n\nPointer: ${code(pointer ?? 'none')}${forkNote}\n`;
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] as number))
      .join('  ')
      .trimEnd();
  const text = [head, line(header), ...rows.map(line)].join('\n') + forkNote + '\n';
  return { markdown, text };
}
