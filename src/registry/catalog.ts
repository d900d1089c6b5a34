import { ENVIRONMENT_NAME } from '../core/names.js';
import { RUN_ARTIFACT_TYPE } from './runs.js';
import type { ModelStore } from './store-types.js';
import { ANNOTATIONS, checkModelName, MODEL_ARTIFACT_TYPE, parseManifest, RESERVED_TAG_PREFIXES, RUN_RECORD_MEDIA_TYPE } from './versions.js';

/**
 * What a model holds, from its tag list alone: both stores list tags (the layout reads `index.json`,
 * a registry `GET /v2/<name>/tags/list`, following `Link` pages where it gives them), so environments,
 * versions and recorded runs are enumerated the same way on either.
 */
export interface ModelIndex {
  /** Every tag of the model's repository; empty when nothing is recorded for it. */
  tags: string[];
  /** Environments with a pointer (`env-<name>`) or a deployment record (`deploy-<name>-…`), sorted. */
  environments: string[];
  /** Version tags (no reserved prefix), in natural order. */
  versions: string[];
  /** Recorded runs (`run-<commit>` and `run-<commit>.<slot>`), sorted. */
  runs: string[];
}

/** A version or a recorded run as read back: its manifest's annotations and its run record. */
export interface ModelEntry {
  kind: 'version' | 'run';
  tag: string;
  /** The manifest's digest. */
  digest: string;
  /** `org.opencontainers.image.created`, when the manifest has it. */
  created?: string;
  annotations: Record<string, string>;
  /** The digest of the run record blob (the manifest's config): a version and the recorded run it was made from share it. */
  runRecordDigest?: string;
  /** The run record as stored (JSON), or undefined when there is none or it is not JSON. */
  runRecord: unknown;
}

/** A deployment record's tag, with its outcome mark: the environment is what comes before the UTC time. */
const RECORD_TAG = /^deploy-(.+)-\d{8}T\d{6}Z-[0-9a-f]{8}(?:-won|-lost)?$/;
const RUN_TAG = /^run-[0-9a-f]{40}(?:[0-9a-f]{24})?(?:\.[a-z0-9][a-z0-9_-]{0,40})?$/;
/** Parallel reads while loading entries: quick on a long list, gentle on the registry. */
const READ_PARALLELISM = 8;

/** The environments a tag list names: pointers and deployment records, valid environment names only, sorted. */
export function environmentsOf(tags: readonly string[]): string[] {
  const names = new Set<string>();
  for (const tag of tags) {
    const name = tag.startsWith('env-') ? tag.slice('env-'.length) : RECORD_TAG.exec(tag)?.[1];
    if (name !== undefined && ENVIRONMENT_NAME.test(name)) names.add(name);
  }
  return [...names].sort();
}

/** Reads the model's tag list once and sorts it into environments, versions and recorded runs. */
export async function readModelIndex(store: ModelStore, model: string): Promise<ModelIndex> {
  checkModelName(model);
  const tags = await store.listTags(model);
  return {
    tags,
    environments: environmentsOf(tags),
    versions: tags.filter((t) => !RESERVED_TAG_PREFIXES.some((p) => t.startsWith(p))).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    runs: tags.filter((t) => RUN_TAG.test(t)).sort(),
  };
}

/** The environments of a model (those with a pointer or a deployment record), sorted. */
export async function listEnvironments(store: ModelStore, model: string): Promise<string[]> {
  return (await readModelIndex(store, model)).environments;
}

/**
 * Every version and recorded run of the index, newest first (by `created`, then by tag; entries
 * without a time last): one manifest and one run record read each. A tag whose manifest is gone, or is
 * not a model version or a recorded run (another artifact under a version-like tag), is left out.
 */
export async function readEntries(store: ModelStore, model: string, index: Pick<ModelIndex, 'versions' | 'runs'>): Promise<ModelEntry[]> {
  checkModelName(model);
  const wanted = [...index.versions.map((tag) => ({ tag, kind: 'version' as const })), ...index.runs.map((tag) => ({ tag, kind: 'run' as const }))];
  const loaded = new Array<ModelEntry | undefined>(wanted.length);
  let next = 0;
  const worker = async () => {
    while (next < wanted.length) {
      const i = next++;
      const { tag, kind } = wanted[i] as (typeof wanted)[number];
      loaded[i] = await readEntry(store, model, tag, kind);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_PARALLELISM, wanted.length) }, worker));
  return loaded.filter((e): e is ModelEntry => e !== undefined).sort(newestFirst);
}

async function readEntry(store: ModelStore, model: string, tag: string, kind: ModelEntry['kind']): Promise<ModelEntry | undefined> {
  const found = await store.getManifest(model, tag);
  if (!found) return undefined;
  const manifest = parseManifest(found.bytes, `${store.uri} ${model}:${tag}`);
  if (manifest.artifactType !== (kind === 'version' ? MODEL_ARTIFACT_TYPE : RUN_ARTIFACT_TYPE)) return undefined;
  const annotations = manifest.annotations ?? {};
  let runRecord: unknown;
  const isRecord = manifest.config.mediaType === RUN_RECORD_MEDIA_TYPE;
  if (isRecord) {
    try {
      runRecord = JSON.parse((await store.readBlob(model, manifest.config.digest)).toString('utf8'));
    } catch (error) {
      // A record that is not JSON is shown without its details; a store that fails is the caller's to hear.
      if (!(error instanceof SyntaxError)) throw error;
    }
  }
  const created = annotations[ANNOTATIONS.created];
  return { kind, tag, digest: found.digest, annotations, runRecord, ...(created ? { created } : {}), ...(isRecord ? { runRecordDigest: manifest.config.digest } : {}) };
}

function newestFirst(a: ModelEntry, b: ModelEntry): number {
  const [x, y] = [Date.parse(a.created ?? ''), Date.parse(b.created ?? '')];
  if (Number.isNaN(x) !== Number.isNaN(y)) return Number.isNaN(x) ? 1 : -1;
  if (!Number.isNaN(x) && x !== y) return y - x;
  return b.tag.localeCompare(a.tag, 'en', { numeric: true });
}
