import { randomBytes } from 'node:crypto';
import { ExternalError, UserError } from '../core/errors.js';
import { retry } from '../core/retry.js';
import { digestOf } from './blob-files.js';
import {
  DEPLOYMENT_ARTIFACT_TYPE,
  DEPLOYMENT_RECORD_MEDIA_TYPE,
  environmentTag,
  readChain,
  type ChainEntry,
  type DeploymentRecord,
  type EnvironmentState,
} from './deployment-chain.js';
import { isDigest, isTag, MEDIA_TYPES, type ModelStore } from './store-types.js';
import { ANNOTATIONS, checkModelName, MODEL_ARTIFACT_TYPE, parseManifest } from './versions.js';

export { DEPLOYMENT_ARTIFACT_TYPE, DEPLOYMENT_RECORD_MEDIA_TYPE, type ChainEntry, type DeploymentRecord } from './deployment-chain.js';

/** What an environment points at, with the newest deployment record of its chain. */
export interface Deployed {
  environment: string;
  digest: string;
  version?: string;
  record?: { digest: string; record: DeploymentRecord };
}

/** The outcome of {@link deploy}. */
export interface DeployResult {
  record: DeploymentRecord;
  recordDigest: string;
  previousDigest?: string;
  /** Set when another deployment ran at the same time: what happened, in plain words. */
  lostRace?: string;
}

const EMPTY_CONFIG = Buffer.from('{}');
/** Rounds of re-reading after a deployment until the pointer matches a head of the chain. */
const SETTLE_ROUNDS = 6;

/** What an environment points at now (tag `env-<environment>`), with the newest deployment record of the chain. */
export async function currentDeployment(store: ModelStore, model: string, environment: string): Promise<Deployed | undefined> {
  const state = await readChain(store, model, environment);
  return state.pointer === undefined ? undefined : deployedOf(state);
}

/**
 * The chain of an environment, newest first: `previous` is followed from the head (the record no other
 * names as previous). With several heads (a lost race) the chain is that of the head whose `to` is the
 * current pointer, and the other heads' digests are listed in `forks`. `offChain` holds every record
 * not in that chain (the losers of races and what they led to), newest first: no record is hidden.
 */
export async function history(
  store: ModelStore,
  model: string,
  environment: string,
): Promise<{ records: ChainEntry[]; pointer?: string; forks: string[]; offChain: ChainEntry[] }> {
  const state = await readChain(store, model, environment);
  const inChain = new Set(state.chain.map((r) => r.digest));
  return { records: state.chain, pointer: state.pointer, forks: state.forks, offChain: state.records.filter((r) => !inChain.has(r.digest)) };
}

/**
 * Records a deployment and re-points the environment: writes the record (artifactType
 * {@link DEPLOYMENT_ARTIFACT_TYPE}, empty config, the record as JSON layer and annotations, a unique
 * `deploy-<environment>-<UTC time>-<random>` tag, `previous` = the current head), PUTs the version
 * manifest's exact bytes under `env-<environment>`, then re-reads pointer and chain. A race with another
 * deployment (a forked chain, or this record not in the chain that ends at the pointer) sets `lostRace`.
 * A pointer left matching no head is re-pointed at the newest head, so the end state is always a chain
 * whose head is what the environment runs. Nothing is ever deleted.
 */
export async function deploy(store: ModelStore, input: Omit<DeploymentRecord, 'previous' | 'from' | 'time'> & { time?: string }): Promise<DeployResult> {
  checkModelName(input.model);
  environmentTag(input.environment);
  if (input.action !== 'promote' && input.action !== 'rollback') throw new UserError(`action: '${String(input.action)}' is not a deployment action; use 'promote' or 'rollback'`);
  if (!isDigest(input.to)) throw new UserError(`deploy: '${input.to}' is not a version digest (sha256:<64 hex digits>); resolve the version first`);
  const target = await store.getManifest(input.model, input.to);
  if (!target) throw new UserError(`deploy: ${input.model}@${input.to} is not in ${store.uri}; push the version before deploying it`);
  const targetManifest = parseManifest(target.bytes, `${store.uri} ${input.model}@${input.to}`);
  if (targetManifest.artifactType !== MODEL_ARTIFACT_TYPE)
    throw new UserError(`deploy: ${input.model}@${input.to} is not a model version (artifact type ${targetManifest.artifactType ?? 'none'})`);

  const before = await readChain(store, input.model, input.environment);
  const previous = before.chain[0]?.digest;
  const record = dropUndefined<DeploymentRecord>({
    model: input.model,
    environment: input.environment,
    action: input.action,
    from: before.pointer,
    to: input.to,
    version: input.version ?? targetManifest.annotations?.[ANNOTATIONS.version],
    previous,
    actor: input.actor,
    time: input.time ?? new Date().toISOString(),
    runUrl: input.runUrl,
    runRecordDigest: input.runRecordDigest,
    verdict: input.verdict,
    forced: input.forced,
    reason: input.reason,
  });
  const tag = recordTag(input.environment, new Date());
  const recordDigest = await writeRecord(store, record, tag);
  await store.putManifest(input.model, environmentTag(input.environment), target.bytes, target.mediaType);

  const after = await settle(store, input.model, input.environment);
  const rivals = after.records.filter((r) => r.digest !== recordDigest && r.record.previous === previous);
  const inChain = after.chain.some((r) => r.digest === recordDigest);
  // Promoted means both: this record is in the chain history shows, and the environment runs its version
  // now. Being in the chain is not enough: a deployment that started after this one may already have
  // re-pointed the environment, and this one must not say it is in effect.
  // A fork (another record from the same predecessor) is reported too, to every side that sees it: the
  // history is no longer one line, and which side should run is for a person to decide (fail closed).
  const inEffect = inChain && after.pointer === input.to;
  let lostRace: string | undefined;
  if (!inEffect || rivals.length > 0) {
    const head = after.chain[0];
    const points = `env-${input.environment} now points at ${after.pointer ?? 'nothing'}${head?.record.version ? ` (version ${head.record.version})` : ''}${head ? ` as recorded by ${head.tag}` : ''}`;
    const fork =
      rivals.length > 0
        ? `${rivals.length} other deployment(s) to '${input.environment}' (${rivals.map((r) => r.tag).join(', ')}) started from the same state as this one (${tag}), so the history forked`
        : `another deployment to '${input.environment}' re-pointed it after this one (${tag})`;
    lostRace = `${fork}; ${points}${inEffect ? '' : '; this deployment is not in effect'}. Check which version should run and deploy it again.`;
  }
  return { record, recordDigest, previousDigest: previous, lostRace };
}

/**
 * Re-reads until the pointer is the `to` of a head: whoever writes the pointer last re-reads after it,
 * sees every record, and fixes a pointer left by a slower writer.
 */
async function settle(store: ModelStore, model: string, environment: string): Promise<EnvironmentState> {
  let state = await readChain(store, model, environment);
  for (let round = 1; round < SETTLE_ROUNDS; round++) {
    const head = state.chain[0];
    if (!head || state.heads.some((h) => h.record.to === state.pointer)) return state;
    const manifest = await store.getManifest(model, head.record.to);
    if (!manifest) return state;
    await store.putManifest(model, environmentTag(environment), manifest.bytes, manifest.mediaType);
    state = await readChain(store, model, environment);
  }
  return state;
}

async function writeRecord(store: ModelStore, record: DeploymentRecord, tag: string): Promise<string> {
  const layer = Buffer.from(JSON.stringify(record, null, 2) + '\n');
  const layerDigest = digestOf(layer);
  const configDigest = digestOf(EMPTY_CONFIG);
  const pushBlobs = async () => {
    await store.pushBlobBytes(record.model, EMPTY_CONFIG, configDigest);
    await store.pushBlobBytes(record.model, layer, layerDigest);
  };
  await pushBlobs();
  const annotations: Record<string, string> = { [ANNOTATIONS.created]: record.time };
  for (const [key, value] of Object.entries(record)) annotations[`org.modelgate.deployment.${key}`] = String(value);
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.manifest,
    artifactType: DEPLOYMENT_ARTIFACT_TYPE,
    config: { mediaType: MEDIA_TYPES.empty, digest: configDigest, size: EMPTY_CONFIG.length },
    layers: [{ mediaType: DEPLOYMENT_RECORD_MEDIA_TYPE, digest: layerDigest, size: layer.length }],
    annotations,
  };
  const bytes = Buffer.from(JSON.stringify(manifest));
  // Concurrent deploys all upload the same empty config blob; Distribution 2.8 can then answer a
  // manifest PUT with MANIFEST_BLOB_UNKNOWN for a moment. The blobs are pushed again (HEAD first) and
  // the PUT retried: both are idempotent, and the tag is this record's alone. Jitter keeps the racing
  // deploys from coming back together. (A failed re-push never names a manifest, so it is not retried here.)
  return retry(
    async (attempt) => {
      if (attempt > 1) await pushBlobs();
      return store.putManifest(record.model, tag, bytes, MEDIA_TYPES.manifest);
    },
    { attempts: 4, baseMs: 150, jitter: true, retryable: (error) => error instanceof ExternalError && error.message.includes('MANIFEST_BLOB_UNKNOWN') },
  );
}

/** `deploy-<environment>-<UTC yyyymmddThhmmssZ>-<random 8 hex>`: unique, so no record is ever overwritten. */
function recordTag(environment: string, now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
  const tag = `deploy-${environment}-${stamp}-${randomBytes(4).toString('hex')}`;
  if (!isTag(tag)) throw new UserError(`environment: '${environment}' is too long for a record tag; use at most 95 characters`);
  return tag;
}

function deployedOf(state: EnvironmentState): Deployed {
  const head = state.chain[0];
  return {
    environment: state.environment,
    digest: state.pointer as string,
    version: state.pointerVersion,
    record: head ? { digest: head.digest, record: head.record } : undefined,
  };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
