import { UserError } from '../core/errors.js';
import { ENVIRONMENT_NAME } from '../core/names.js';
import type { ModelStore } from './store-types.js';
import { ANNOTATIONS, checkModelName, parseManifest } from './versions.js';

/** artifactType of a deployment record's manifest. */
export const DEPLOYMENT_ARTIFACT_TYPE = 'application/vnd.modelgate.deployment.v1';
/** Media type of the record's JSON layer. */
export const DEPLOYMENT_RECORD_MEDIA_TYPE = 'application/vnd.modelgate.deployment-record.v1+json';

/** One promotion or rollback of an environment; records form a chain through `previous`. */
export interface DeploymentRecord {
  model: string;
  environment: string;
  action: 'promote' | 'rollback';
  /** Digest the environment pointed at before (undefined for the first). */
  from?: string;
  /** Version manifest digest it points at after. */
  to: string;
  /** Tag of `to`. */
  version?: string;
  /** Digest of the previous deployment record of this environment (the chain). */
  previous?: string;
  actor: string;
  /** ISO time. */
  time: string;
  runUrl?: string;
  runRecordDigest?: string;
  /** The gate verdict (pass/warn/fail/unknown). */
  verdict?: string;
  forced?: boolean;
  /**
   * The metrics the gate judged (those a rule of the comparison named), in the comparison's order, at
   * most 10: what `modelgate history` and `modelgate versions` show first. Absent without a comparison.
   */
  gatedMetrics?: string[];
  reason: string;
  /**
   * The deployment tags this record `-won` or `-lost` once it knows (records from before outcome tags
   * lack it). Until then the record is not part of any chain, so no one follows it.
   */
  outcomeTagged?: boolean;
}

/** A record with its manifest digest and tag. */
export interface ChainEntry {
  digest: string;
  tag: string;
  record: DeploymentRecord;
  /** Its deployment found no rival from the same state and went on to move the pointer (tag `<tag>-won`). */
  won?: boolean;
  /** Its deployment gave way to a rival from the same state, and left the environment alone (tag `<tag>-lost`). */
  lost?: boolean;
}

/**
 * Second tags a deployment puts on its own record once it knows whether it won: the same manifest, so
 * they cost no blob. Only won records form the chain, so nothing ever follows a record still deciding.
 */
export const OUTCOME_SUFFIX = { won: '-won', lost: '-lost' } as const;

/** Everything known about an environment after one read. */
export interface EnvironmentState {
  environment: string;
  /** Digest `env-<environment>` points at. */
  pointer?: string;
  /** The version annotation of the manifest the pointer names. */
  pointerVersion?: string;
  /** Every record of the environment. */
  records: ChainEntry[];
  /** Records that can be followed (won, or from before outcome tags and not lost) that no other such record names as previous. */
  heads: ChainEntry[];
  /** The chosen head's chain, newest first. */
  chain: ChainEntry[];
  /** Digests of the heads not chosen (none, unless a store broke the order of writes or a history predates outcome tags). */
  forks: string[];
}

/** Parallel reads while loading records: quick on a big history, gentle on the registry. */
const READ_PARALLELISM = 8;

/** The pointer tag `env-<environment>`, after checking that the environment name can be part of tags. */
export function environmentTag(environment: string): string {
  if (!ENVIRONMENT_NAME.test(environment)) {
    throw new UserError(`environment: '${environment}' is not a valid environment name; it ${ENVIRONMENT_NAME.allowed}`);
  }
  return `env-${environment}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Reads the pointer and all records of an environment and works out heads, chain and forks. */
export async function readChain(store: ModelStore, model: string, environment: string): Promise<EnvironmentState> {
  checkModelName(model);
  const pointerTag = environmentTag(environment);
  // The timestamp part keeps 'prod' from matching the records of 'prod-eu'.
  const pattern = new RegExp(`^deploy-${escapeRegExp(environment)}-\\d{8}T\\d{6}Z-[0-9a-f]{8}$`);
  const [tags, pointerManifest] = await Promise.all([store.listTags(model), store.getManifest(model, pointerTag)]);
  const recordTags = tags.filter((t) => pattern.test(t));
  const marked = (suffix: string) => new Set(tags.filter((t) => t.endsWith(suffix) && pattern.test(t.slice(0, -suffix.length))).map((t) => t.slice(0, -suffix.length)));
  const [wonTags, lostTags] = [marked(OUTCOME_SUFFIX.won), marked(OUTCOME_SUFFIX.lost)];
  const loaded: (ChainEntry | undefined)[] = new Array<ChainEntry | undefined>(recordTags.length);
  let next = 0;
  const worker = async () => {
    while (next < recordTags.length) {
      const i = next++;
      loaded[i] = await readRecord(store, model, recordTags[i] as string);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_PARALLELISM, recordTags.length) }, worker));
  const byDigest = new Map<string, ChainEntry>();
  for (const entry of loaded) {
    if (!entry || entry.record.environment !== environment || byDigest.has(entry.digest)) continue;
    if (wonTags.has(entry.tag)) entry.won = true;
    else if (lostTags.has(entry.tag)) entry.lost = true;
    byDigest.set(entry.digest, entry);
  }
  const records = [...byDigest.values()].sort(newestFirst);
  // Only a record whose deployment won (or one from before outcome tags that did not lose) can be
  // followed: one still deciding, or whose deployment died deciding, is kept and shown off the chain.
  const eligible = records.filter((r) => r.won || (!r.lost && !r.record.outcomeTagged));
  const named = new Set(eligible.map((r) => r.record.previous).filter((p): p is string => p !== undefined));
  const heads = eligible.filter((r) => !named.has(r.digest));
  const pointer = pointerManifest?.digest;
  // Won records form one line (of two rivals from one state, the later writer sees the earlier and
  // loses). Without any, as in a history from before outcome tags: the head that names what runs.
  const head = heads.find((h) => h.won) ?? heads.find((h) => h.record.to === pointer) ?? heads[0];
  const chain: ChainEntry[] = [];
  const seen = new Set<string>();
  for (let entry = head; entry && !seen.has(entry.digest); entry = entry.record.previous ? byDigest.get(entry.record.previous) : undefined) {
    seen.add(entry.digest);
    chain.push(entry);
  }
  let pointerVersion: string | undefined;
  if (pointerManifest) {
    pointerVersion = parseManifest(pointerManifest.bytes, `${store.uri} ${model}:${pointerTag}`).annotations?.[ANNOTATIONS.version];
  }
  return { environment, pointer, pointerVersion, records, heads, chain, forks: heads.filter((h) => h !== head).map((h) => h.digest) };
}

/** Newest first by record time, then by tag (its timestamp and random part break ties the same way everywhere). */
function newestFirst(a: ChainEntry, b: ChainEntry): number {
  if (a.record.time !== b.record.time) return a.record.time < b.record.time ? 1 : -1;
  return a.tag < b.tag ? 1 : a.tag > b.tag ? -1 : 0;
}

async function readRecord(store: ModelStore, model: string, tag: string): Promise<ChainEntry | undefined> {
  const found = await store.getManifest(model, tag);
  if (!found) return undefined;
  const manifest = parseManifest(found.bytes, `${store.uri} ${model}:${tag}`);
  if (manifest.artifactType !== DEPLOYMENT_ARTIFACT_TYPE) return undefined;
  const layer = manifest.layers[0];
  if (!layer) return undefined;
  const record = JSON.parse((await store.readBlob(model, layer.digest)).toString('utf8')) as DeploymentRecord;
  return { digest: found.digest, tag, record };
}
