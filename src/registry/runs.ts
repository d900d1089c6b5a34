import { UserError } from '../core/errors.js';
import { digestOf } from './blob-files.js';
import { isTag, MEDIA_TYPES, type Descriptor, type ModelStore } from './store-types.js';
import { ANNOTATIONS, checkModelName, fileLayer, fileSize, parseManifest, RUN_RECORD_MEDIA_TYPE, type ImageManifest, type ModelFile } from './versions.js';

/** artifactType of a recorded run: a run record by commit (and the model files, when asked). */
export const RUN_ARTIFACT_TYPE = 'application/vnd.modelgate.run.v1';

/** Media type of the predictions layer of a recorded run (the file as the training wrote it). */
export const PREDICTIONS_MEDIA_TYPE = 'application/vnd.modelgate.predictions.v1';

/** A run found in the store. */
export interface RecordedRun {
  tag: string;
  digest: string;
  commit: string;
  /** The predictions layer, when the run was recorded with them: its digest, size and file name. */
  predictions?: { digest: string; size: number; name: string };
  /** The run record as stored (JSON), or undefined when its blob is not JSON. */
  record: unknown;
  created?: string;
}

/** The outcome of {@link recordRun}. */
export interface RecordRunResult {
  tag: string;
  digest: string;
  bytesSent: number;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const SLOT = /^[a-z0-9][a-z0-9_-]{0,40}$/;

/**
 * The tag a run of `commit` is recorded under: `run-<sha>` for a job's one run, `run-<sha>.<slot>` for
 * one leg of a matrix or seed sweep. Derived from the commit, so a later job finds it with one request,
 * whatever the number of runs the model has (tag lists are not paginated on every registry).
 */
export function runTag(commit: string, slot?: string): string {
  if (!SHA.test(commit)) throw new UserError(`run store: '${commit}' is not a full commit sha (40 or 64 lowercase hex digits)`);
  if (slot !== undefined && !SLOT.test(slot)) throw new UserError(`run store: '${slot}' cannot name a run; use lowercase letters, digits, '_' and '-' (at most 41)`);
  const tag = `run-${commit}${slot ? `.${slot}` : ''}`;
  if (!isTag(tag)) throw new UserError(`run store: '${tag}' is not a valid tag`);
  return tag;
}

/**
 * Records a run of `commit`: the run record as config, the model files as layers when given, under
 * {@link runTag}. A re-run of the same job re-points the same tag (the earlier manifest stays in the
 * store by digest), so retries never pile up tags; blobs the store has are not sent again.
 */
export async function recordRun(
  store: ModelStore,
  model: string,
  options: { commit: string; slot?: string; record: Buffer; files?: readonly ModelFile[]; predictions?: ModelFile; annotations?: Record<string, string> },
): Promise<RecordRunResult> {
  checkModelName(model);
  const tag = runTag(options.commit, options.slot);
  let bytesSent = await store.pushBlobBytes(model, options.record, digestOf(options.record));
  const layers: Descriptor[] = [];
  for (const file of options.files ?? []) {
    const layer = await fileLayer(file, await fileSize(file));
    bytesSent += await store.pushBlobFile(model, file.path, layer.digest, layer.size);
    layers.push(layer);
  }
  if (options.predictions) {
    const layer = await fileLayer(options.predictions, await fileSize(options.predictions));
    bytesSent += await store.pushBlobFile(model, options.predictions.path, layer.digest, layer.size);
    layers.push({ ...layer, mediaType: PREDICTIONS_MEDIA_TYPE });
  }
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.manifest,
    artifactType: RUN_ARTIFACT_TYPE,
    config: { mediaType: RUN_RECORD_MEDIA_TYPE, digest: digestOf(options.record), size: options.record.length },
    layers,
    annotations: { ...options.annotations, [ANNOTATIONS.revision]: options.commit, [ANNOTATIONS.created]: new Date().toISOString() },
  };
  const digest = await store.putManifest(model, tag, Buffer.from(JSON.stringify(manifest)), MEDIA_TYPES.manifest);
  return { tag, digest, bytesSent };
}

/** The run recorded for `commit` (and `slot`), or undefined; one manifest and one blob request when found. */
export async function findRun(store: ModelStore, model: string, commit: string, slot?: string): Promise<RecordedRun | undefined> {
  checkModelName(model);
  const tag = runTag(commit, slot);
  const found = await store.getManifest(model, tag);
  if (!found) return undefined;
  const manifest = parseManifest(found.bytes, `${store.uri} ${model}:${tag}`);
  if (manifest.artifactType !== RUN_ARTIFACT_TYPE)
    throw new UserError(`run store: ${model}:${tag} in ${store.uri} is not a recorded run (artifact type ${manifest.artifactType ?? 'none'})`);
  const bytes = await store.readBlob(model, manifest.config.digest);
  let record: unknown;
  try {
    record = JSON.parse(bytes.toString('utf8'));
  } catch {
    record = undefined;
  }
  const layer = manifest.layers.find((l) => l.mediaType === PREDICTIONS_MEDIA_TYPE);
  const predictions = layer ? { digest: layer.digest, size: layer.size, name: layer.annotations?.[ANNOTATIONS.title] ?? 'predictions' } : undefined;
  return { tag, digest: found.digest, commit, record, created: manifest.annotations?.[ANNOTATIONS.created], ...(predictions ? { predictions } : {}) };
}

/**
 * The nearest of `commits` (nearest first) with a recorded run, looking `parallel` commits up at a time;
 * `tried` counts the commits asked about, for the report and the bench.
 */
export async function nearestRun(
  store: ModelStore,
  model: string,
  commits: readonly string[],
  options: { slot?: string; parallel?: number; firstAlone?: boolean } = {},
): Promise<{ run?: RecordedRun; index: number; tried: number }> {
  const { slot, parallel = 8, firstAlone = true } = options;
  let tried = 0;
  // The baseline commit itself is the usual hit: ask for it alone, then the ancestors in batches.
  for (let start = 0; start < commits.length;) {
    const end = start === 0 && firstAlone ? 1 : start + parallel;
    const batch = commits.slice(start, end);
    tried += batch.length;
    const found = await Promise.all(batch.map((sha) => findRun(store, model, sha, slot)));
    const hit = found.findIndex((r) => r !== undefined);
    if (hit >= 0) return { run: found[hit], index: start + hit, tried };
    start = end;
  }
  return { index: -1, tried };
}
