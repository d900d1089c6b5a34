import { stat } from 'node:fs/promises';
import { isAbsolute, join, posix, resolve, sep } from 'node:path';
import { ExternalError, UserError } from '../core/errors.js';
import { digestFile, digestOf } from './blob-files.js';
import { isDigest, isRepositoryName, isTag, MEDIA_TYPES, type Descriptor, type ModelStore } from './store-types.js';

/** artifactType of a model version's manifest. */
export const MODEL_ARTIFACT_TYPE = 'application/vnd.modelgate.model.v1';
/** Media type of a version's config blob: the run record that produced the model. */
export const RUN_RECORD_MEDIA_TYPE = 'application/vnd.modelgate.run-record.v1+json';

/** Standard annotations the model layer writes and reads. */
export const ANNOTATIONS = {
  title: 'org.opencontainers.image.title',
  created: 'org.opencontainers.image.created',
  version: 'org.opencontainers.image.version',
  /** The commit the model or run was made from. */
  revision: 'org.opencontainers.image.revision',
  /** The repository's web page; GHCR links a package to its repository by it. */
  source: 'org.opencontainers.image.source',
  /** The run record's id. */
  runId: 'org.modelgate.run-id',
} as const;

/** Tag prefixes the deployment records use; a version tag may not start with them. */
export const RESERVED_TAG_PREFIXES = ['env-', 'deploy-', 'run-'] as const;

/** One file of a model: its absolute path on disk and its name in the model (a relative path). */
export interface ModelFile {
  path: string;
  name: string;
  /**
   * The file's sha256 (hex) when already known, e.g. from the run record train-model wrote. It saves the
   * hashing pass; the store still checks the bytes it receives against it, so a wrong one fails the push.
   */
  sha256?: string;
}

/** The outcome of {@link pushVersion}. */
export interface PushedVersion {
  version: string;
  digest: string;
  bytesSent: number;
  /** False when the version already held exactly this content. */
  created: boolean;
}

/** A model version as read back from the store. */
export interface VersionInfo {
  version?: string;
  digest: string;
  annotations: Record<string, string>;
  runRecord: unknown;
  created?: string;
}

/** An OCI image manifest, as far as the model layer reads it. */
export interface ImageManifest {
  schemaVersion: number;
  mediaType?: string;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

/** Refuses a model name that is not an OCI repository name (input `model-name`). */
export function checkModelName(model: string): void {
  if (!isRepositoryName(model)) {
    throw new UserError(
      `model-name: '${model}' is not a valid model name; use lowercase letters and digits, with '.', '_' or '-' between them and '/' between parts (e.g. 'fraud/classifier')`,
    );
  }
}

/** Parses manifest bytes, naming the store and reference when they are not a manifest. */
export function parseManifest(bytes: Buffer, where: string): ImageManifest {
  try {
    const manifest = JSON.parse(bytes.toString('utf8')) as ImageManifest;
    if (typeof manifest.config?.digest !== 'string' || !Array.isArray(manifest.layers)) throw new Error('no config or layers');
    return manifest;
  } catch (error) {
    throw new ExternalError(`${where} is not an OCI image manifest (${(error as Error).message})`, 'registry', undefined, false);
  }
}

/** A model file's size; a path that is not a readable file is the user's to fix. */
export async function fileSize(file: ModelFile): Promise<number> {
  const info = await stat(file.path).catch(() => undefined);
  if (!info?.isFile()) throw new UserError(`model files: '${file.path}' is not a readable file`);
  return info.size;
}

/**
 * A model file as a layer, titled with its name: the digest the run record gave (the store checks the
 * bytes against it), else hashed here; a size other than `size` means the file changed while read.
 */
export async function fileLayer(file: ModelFile, size: number): Promise<Descriptor> {
  const known = file.sha256 && /^[0-9a-f]{64}$/.test(file.sha256) ? { digest: `sha256:${file.sha256}`, size } : await digestFile(file.path);
  if (known.size !== size) throw new UserError(`model files: '${file.path}' changed size while it was read; push once nothing writes to it`);
  return { mediaType: 'application/octet-stream', digest: known.digest, size, annotations: { [ANNOTATIONS.title]: file.name.replace(/\\/g, '/') } };
}

function checkVersionTag(version: string): void {
  if (!isTag(version)) {
    throw new UserError(`version: '${version}' is not a valid version tag; use letters, digits, '_', '.' and '-' (not first), at most 128 characters`);
  }
  if (RESERVED_TAG_PREFIXES.some((p) => version.startsWith(p))) {
    throw new UserError(
      `version: '${version}' starts with '${version.split('-')[0]}-', which modelgate keeps for environment pointers and deployment records; choose another version`,
    );
  }
}

function checkFileNames(files: readonly ModelFile[]): void {
  const seen = new Set<string>();
  for (const file of files) {
    const name = file.name.replace(/\\/g, '/');
    if (!name || name.startsWith('/') || isAbsolute(file.name) || name.split('/').some((part) => part === '..' || part === '.' || part === '')) {
      throw new UserError(`model files: '${file.name}' is not a relative path inside the model; name files like 'model.onnx' or 'weights/part-1.bin'`);
    }
    if (seen.has(name)) throw new UserError(`model files: '${file.name}' is named twice; each file needs its own name`);
    seen.add(name);
  }
}

/** The manifest's content other than its creation time: what decides whether a re-push is the same version. */
function identity(manifest: ImageManifest): string {
  const annotations = { ...manifest.annotations };
  delete annotations[ANNOTATIONS.created];
  return JSON.stringify([
    manifest.artifactType,
    manifest.config.digest,
    manifest.layers.map((l) => [l.digest, l.annotations?.[ANNOTATIONS.title]]),
    Object.entries(annotations).sort(),
  ]);
}

/**
 * Pushes a model version: the run record as config, one layer per file (titled with its name), a
 * manifest with artifactType {@link MODEL_ARTIFACT_TYPE} and the caller's annotations plus created
 * and version, tagged `version`. Versions are immutable: the same content again is `created: false`,
 * other content under an existing version is a UserError. Blobs the store has are not sent again.
 */
export async function pushVersion(
  store: ModelStore,
  model: string,
  version: string,
  files: ModelFile[],
  runRecord: Buffer,
  annotations: Record<string, string>,
  onProgress?: (sent: number, total: number) => void,
): Promise<PushedVersion> {
  checkModelName(model);
  checkVersionTag(version);
  checkFileNames(files);
  const sized = await Promise.all(files.map(async (f) => ({ ...f, size: await fileSize(f) })));
  const total = runRecord.length + sized.reduce((sum, f) => sum + f.size, 0);
  const layers: Descriptor[] = [];
  const digests: string[] = [];
  for (const file of sized) {
    const layer = await fileLayer(file, file.size);
    digests.push(layer.digest);
    layers.push(layer);
  }
  const configDigest = digestOf(runRecord);
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.manifest,
    artifactType: MODEL_ARTIFACT_TYPE,
    config: { mediaType: RUN_RECORD_MEDIA_TYPE, digest: configDigest, size: runRecord.length },
    layers,
    annotations: { ...annotations, [ANNOTATIONS.version]: version, [ANNOTATIONS.created]: annotations[ANNOTATIONS.created] ?? new Date().toISOString() },
  };
  const existing = await store.getManifest(model, version);
  if (existing) return sameOrRefuse(store, model, version, existing.bytes, existing.digest, manifest, 0);

  // Progress counts skipped blobs as done, so it reaches `total` whatever the store already had.
  let done = 0;
  let bytesSent = 0;
  const report = () => onProgress?.(done, total);
  bytesSent += await store.pushBlobBytes(model, runRecord, configDigest);
  done += runRecord.length;
  report();
  for (const [i, file] of sized.entries()) {
    const before = done;
    bytesSent += await store.pushBlobFile(model, file.path, digests[i] as string, file.size, (sent) => {
      done = before + Math.min(sent, file.size);
      report();
    });
    done = before + file.size;
    report();
  }
  const bytes = Buffer.from(JSON.stringify(manifest));
  const digest = await store.putManifest(model, version, bytes, MEDIA_TYPES.manifest);
  // Two pushes of one version can both find the tag free; the registry keeps the last. Check which won.
  const after = await store.getManifest(model, version);
  if (after && after.digest !== digest) return sameOrRefuse(store, model, version, after.bytes, after.digest, manifest, bytesSent);
  return { version, digest, bytesSent, created: true };
}

function sameOrRefuse(store: ModelStore, model: string, version: string, existingBytes: Buffer, existingDigest: string, wanted: ImageManifest, bytesSent: number): PushedVersion {
  const existing = parseManifest(existingBytes, `${store.uri} ${model}:${version}`);
  if (identity(existing) === identity(wanted)) return { version, digest: existingDigest, bytesSent, created: false };
  throw new UserError(
    `version: ${model}:${version} already exists in ${store.uri} with other content (${existingDigest}); versions are immutable, so push the change as a new version`,
  );
}

/** A version by tag or by `sha256:` digest; undefined when missing. */
export async function resolveVersion(store: ModelStore, model: string, ref: string): Promise<VersionInfo | undefined> {
  checkModelName(model);
  if (!isTag(ref) && !isDigest(ref)) throw new UserError(`version: '${ref}' is neither a version tag nor a sha256 digest`);
  const found = await store.getManifest(model, ref);
  if (!found) return undefined;
  const manifest = parseManifest(found.bytes, `${store.uri} ${model}@${ref}`);
  return infoOf(store, model, ref, found.digest, manifest);
}

async function infoOf(store: ModelStore, model: string, ref: string, digest: string, manifest: ImageManifest): Promise<VersionInfo> {
  if (manifest.artifactType !== MODEL_ARTIFACT_TYPE) {
    throw new UserError(`version: ${model}@${ref} in ${store.uri} is not a model version (its artifact type is ${manifest.artifactType ?? 'none'})`);
  }
  const annotations = manifest.annotations ?? {};
  let runRecord: unknown;
  if (manifest.config.mediaType === RUN_RECORD_MEDIA_TYPE) {
    const bytes = await store.readBlob(model, manifest.config.digest);
    try {
      runRecord = JSON.parse(bytes.toString('utf8'));
    } catch {
      runRecord = bytes.toString('utf8');
    }
  }
  const version = isDigest(ref) ? annotations[ANNOTATIONS.version] : ref;
  return { version, digest, annotations, runRecord, created: annotations[ANNOTATIONS.created] };
}

/** The model's version tags (environment pointers and deployment records left out), in natural order. */
export async function listVersions(store: ModelStore, model: string): Promise<string[]> {
  checkModelName(model);
  const tags = await store.listTags(model);
  return tags.filter((t) => !RESERVED_TAG_PREFIXES.some((p) => t.startsWith(p))).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** Downloads a version's files into a folder, by their titles, each confined to the folder. */
export async function pullVersion(store: ModelStore, model: string, ref: string, dir: string): Promise<VersionInfo> {
  checkModelName(model);
  const found = isTag(ref) || isDigest(ref) ? await store.getManifest(model, ref) : undefined;
  if (!found) throw new UserError(`version: ${model}:${ref} is not in ${store.uri}; list the versions there or push it first`);
  const manifest = parseManifest(found.bytes, `${store.uri} ${model}@${ref}`);
  const info = await infoOf(store, model, ref, found.digest, manifest);
  const root = resolve(dir);
  for (const layer of manifest.layers) {
    const title = layer.annotations?.[ANNOTATIONS.title];
    if (!title) continue;
    const target = resolve(root, posix.normalize(title));
    if (!target.startsWith(root + sep) || isAbsolute(title) || title.split('/').includes('..')) {
      throw new ExternalError(`${store.uri}: ${model}@${info.digest} names a file '${title}' outside the model folder; refusing to write it`, 'registry', undefined, false);
    }
    await store.fetchBlobToFile(model, layer.digest, join(target));
  }
  return info;
}
