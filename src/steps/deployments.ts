import { code, table } from '../core/markdown.js';
import type { Platform, RenderedReport } from '../platform/platform.js';
import type { DeploymentRecord } from '../registry/models.js';
import { openStore, type ModelStore } from '../registry/store.js';
import type { RegistryInputs } from './registry-inputs.js';

/** Opens the store the registry inputs name, relative to the workspace. */
export function openModelStore(platform: Platform, inputs: RegistryInputs): ModelStore {
  return openStore(inputs.registry, { workspace: platform.context.workspace, username: inputs.registryUsername, password: inputs.registryPassword });
}

/** Who is acting, for the record: the CI user and run where there is one. */
export function actor(platform: Platform, env: NodeJS.ProcessEnv = process.env): string {
  return env.GITHUB_ACTOR ?? env.GITLAB_USER_LOGIN ?? env.USER ?? env.USERNAME ?? `${platform.context.platform} user`;
}

/** A digest shortened for tables: `sha256:0123456789ab`. */
export function shortDigest(digest: string | undefined): string {
  return digest ? digest.slice(0, 19) : '—';
}

/** One row per record, newest first: when, what, from which digest to which, the verdict, who and why. */
export function historyReport(model: string, environment: string, records: readonly { digest: string; record: DeploymentRecord }[], pointer: string | undefined, forks: readonly string[]): RenderedReport {
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
  const forkNote = forks.length ? `\nLost races: ${forks.length} record${forks.length === 1 ? '' : 's'} share a predecessor with the chain (${forks.map(shortDigest).join(', ')}).` : '';
  const markdown = `### ${code(model)} in ${code(environment)}\n\n${table(header, rows.map((r) => r.map((c) => code(c, { inTable: true }))))}\n\nPointer: ${code(pointer ?? 'none')}${forkNote}\n`;
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd();
  const text = [head, line(header), ...rows.map(line)].join('\n') + forkNote + '\n';
  return { markdown, text };
}
