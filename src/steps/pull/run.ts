import { resolve, sep } from 'node:path';
import { ExternalError, UserError } from '../../core/errors.js';
import { confinePath, displayPath } from '../../core/files.js';
import type { Platform } from '../../platform/platform.js';
import { ANNOTATIONS, currentDeployment, listVersions, MODEL_ARTIFACT_TYPE } from '../../registry/models.js';
import type { ModelStore } from '../../registry/store.js';
import { parseManifest, type ImageManifest } from '../../registry/versions.js';
import { openModelStore, shortDigest, storeAddress } from '../deployments.js';
import type { StepResult } from '../step.js';
import { checkTarget, filesOf, writeTree, type PulledFile } from './files.js';
import type { PullInputs } from './step.js';

/** The version to pull, read once by digest so that a tag moved meanwhile cannot mix two versions. */
interface Chosen {
  digest: string;
  version?: string;
  manifest: ImageManifest;
  where: string;
}

/**
 * `modelgate pull`: writes the files of a version (the one an environment runs, or one named) into a
 * folder of the workspace, every file checked against its digest, all of them or none.
 */
export async function run(inputs: PullInputs, platform: Platform): Promise<StepResult> {
  const { workspace } = platform.context;
  const target = await targetFolder(platform, inputs);
  const shownTarget = displayPath(workspace, target);
  const label = `pull: input 'to' ('${shownTarget}')`;
  await checkTarget(target, label, inputs.force);

  const store = openModelStore(platform, inputs);
  const chosen = await choose(store, inputs);
  const files = filesOf(chosen.manifest, chosen.where);
  const total = files.reduce((n, f) => n + f.size, 0);
  platform.log.info(`pull: fetching ${files.length} file${files.length === 1 ? '' : 's'} (${size(total)}) of ${chosen.where} into ${shownTarget}`);
  await writeTree(target, files, (file, path) => store.fetchBlobToFile(inputs.modelName, file.digest, path), { label, force: inputs.force, where: chosen.where });

  const written = files.map((f) => ({ ...f, path: displayPath(workspace, resolve(target, ...f.name.split('/'))) }));
  if (inputs.format === 'json') {
    const report = {
      model: inputs.modelName,
      environment: inputs.environment ?? null,
      version: chosen.version ?? null,
      digest: chosen.digest,
      to: shownTarget,
      size: total,
      files: written.map(({ name, path, size, digest }) => ({ name, path, size, digest })),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else process.stdout.write(table(inputs, chosen, shownTarget, written, total));
  return {};
}

/** `to` as an absolute path: inside the workspace, not the workspace itself, clear of an on-disk store. */
async function targetFolder(platform: Platform, inputs: PullInputs): Promise<string> {
  const { workspace } = platform.context;
  const target = await confinePath(workspace, inputs.to, "pull: input 'to'");
  if (target === resolve(workspace)) throw new UserError(`pull: input 'to' is the workspace itself; name a folder in it, e.g. 'model'`);
  const { uri } = storeAddress(platform.context, inputs);
  if (uri.trim().startsWith('oci-layout:')) {
    const storeDir = resolve(workspace, uri.trim().slice('oci-layout:'.length));
    if (target === storeDir || storeDir.startsWith(target + sep) || target.startsWith(storeDir + sep))
      throw new UserError(`pull: input 'to' ('${inputs.to}') overlaps the store ${uri.trim()}; pull into a folder outside it`);
  }
  return target;
}

/** The manifest to pull: the environment's pointer, or the named tag or digest; missing ones are the user's to fix. */
async function choose(store: ModelStore, inputs: PullInputs): Promise<Chosen> {
  const model = inputs.modelName;
  let reference: string;
  if (inputs.environment !== undefined) {
    const deployed = await currentDeployment(store, model, inputs.environment);
    if (!deployed)
      throw new UserError(`pull: ${model} has never been deployed to ${inputs.environment} in ${store.uri}; name a version with 'version', or check 'registry' and 'environment'`);
    reference = deployed.digest;
  } else reference = inputs.version as string;

  const found = await store.getManifest(model, reference);
  if (!found) {
    if (inputs.environment !== undefined)
      throw new ExternalError(`${store.uri}: ${inputs.environment} points at ${model}@${reference}, which is not stored (the store is incomplete)`, 'registry', 404, false);
    throw new UserError(`pull: ${model}${reference.startsWith('sha256:') ? '@' : ':'}${reference} is not in ${store.uri}${await knownVersions(store, model)}`);
  }
  const where = `${store.uri} ${model}@${found.digest}`;
  const manifest = parseManifest(found.bytes, where);
  if (manifest.artifactType !== MODEL_ARTIFACT_TYPE)
    throw new UserError(`pull: ${model}@${reference} in ${store.uri} is not a model version (its artifact type is ${manifest.artifactType ?? 'none'})`);
  const tag = reference.startsWith('sha256:') ? undefined : reference;
  return { digest: found.digest, version: tag ?? manifest.annotations?.[ANNOTATIONS.version], manifest, where };
}

/** `; its versions are: …` (the newest few), or how to find out there are none. */
async function knownVersions(store: ModelStore, model: string): Promise<string> {
  const versions = await listVersions(store, model).catch(() => undefined);
  if (versions === undefined) return '';
  if (versions.length === 0) return `; ${model} has no versions there yet (push one with deploy-model)`;
  const newest = versions.slice(-10).reverse();
  return `; its versions are: ${newest.join(', ')}${versions.length > newest.length ? `, and ${versions.length - newest.length} older` : ''}`;
}

/** Bytes for people: `812 B`, `4.2 KiB`, `1.3 GiB`. */
function size(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

function table(inputs: PullInputs, chosen: Chosen, to: string, files: readonly (PulledFile & { path: string })[], total: number): string {
  const what = inputs.environment !== undefined ? `, what ${inputs.environment} runs,` : '';
  const head = `Pulled ${inputs.modelName} ${chosen.version ?? shortDigest(chosen.digest)}${what} into ${to}: ${files.length} file${files.length === 1 ? '' : 's'}, ${size(total)}`;
  const rows = files.map((f) => [String(f.size), shortDigest(f.digest), f.name]);
  const header = ['bytes', 'digest', 'file'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padStart(widths[0] as number) : i === cells.length - 1 ? c : c.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return `${head}\nVersion digest: ${chosen.digest}\n\n${[line(header), ...rows.map(line)].join('\n')}\n`;
}
