import { randomBytes } from 'node:crypto';
import { ExternalError, UserError } from '../core/errors.js';
import { retry } from '../core/retry.js';
import { digestOf } from './blob-files.js';
import {
  DEPLOYMENT_ARTIFACT_TYPE,
  DEPLOYMENT_RECORD_MEDIA_TYPE,
  environmentTag,
  OUTCOME_SUFFIX,
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
/** Tries of a deployment whose rivals from the same state all lost too (none of them moved the pointer). */
const RACE_ATTEMPTS = 5;
/** How long a deployment waits for rivals to tag their own outcome (deciding takes each a tag list or two). */
const OUTCOME_WAIT_MS = 20_000;

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
 * Records a deployment and re-points the environment, in moves that need no compare-and-swap from the
 * store:
 * 1. writes the record (artifactType {@link DEPLOYMENT_ARTIFACT_TYPE}, empty config, the record as JSON
 *    layer and annotations, a unique `deploy-<environment>-<UTC time>-<random>` tag, `previous` = the
 *    head of the chain it read, which only ever holds records whose deployment won);
 * 2. re-reads: records from the same `previous` are rivals (other deployments from the same state).
 *    The rival whose tag sorts first goes first: this one loses at once to a rival that goes first or
 *    already won, and otherwise waits for the rest to decide ({@link settle}). A loser tags its record
 *    `<tag>-lost` and leaves the pointer alone; when every rival lost as well (one died deciding), it
 *    tries again after a random pause (up to {@link RACE_ATTEMPTS} times);
 * 3. otherwise tags its record `<tag>-won`, PUTs the version manifest's exact bytes under
 *    `env-<environment>` and re-reads.
 * Of two rivals the later writer always sees the earlier in step 2, so at most one deployment from a
 * state moves the pointer, and won records form one line; and one of them always does, unless one dies. A result without `lostRace` means this
 * deployment is in effect when it returns: its record heads the chain and the environment runs its
 * version. A deployment that followed this one and finished first (its pointer write overtaken by this
 * one's) is put back in effect, and this one reports that it was superseded. Nothing is ever deleted.
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

  const pointerTag = environmentTag(input.environment);
  const runs = (state: EnvironmentState) => `${pointerTag} runs ${state.pointer ?? 'nothing'}${state.pointerVersion ? ` (version ${state.pointerVersion})` : ''}`;
  for (let attempt = 1; ; attempt++) {
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
      gatedMetrics: input.gatedMetrics?.length ? input.gatedMetrics : undefined,
      reason: input.reason,
      outcomeTagged: true,
    });
    const tag = recordTag(input.environment, new Date());
    const written = await writeRecord(store, record, tag);
    const result = { record, recordDigest: written.digest, previousDigest: previous };

    const seen = await readChain(store, input.model, input.environment);
    const rivals = seen.records.filter((r) => r.digest !== written.digest && !r.lost && r.record.previous === previous);
    const base = seen.records.find((r) => r.digest === previous);
    const verdict = base?.lost ? 'base lost' : await settle(store, input.model, tag, rivals);
    if (verdict !== 'won') {
      // Marked, so that no chain runs through a record whose deployment never moved the pointer.
      await store.putManifest(input.model, `${tag}${OUTCOME_SUFFIX.lost}`, written.bytes, MEDIA_TYPES.manifest);
      // When every rival lost too (one died deciding, or timed out waiting), the environment is where
      // all of them found it: try again after a random pause rather than leave it to a person.
      const outcome = verdict === 'lost' ? await rivalsOutcome(store, input.model, rivals) : 'unknown';
      if (outcome === 'all lost' && attempt < RACE_ATTEMPTS) {
        await sleep(Math.random() * 200 * attempt);
        continue;
      }
      const named = `${rivals.length} other deployment(s) to '${input.environment}' (${listTags(rivals)}) started from the same state as this one (${tag})`;
      const why =
        verdict === 'base lost'
          ? `the deployment this one (${tag}) followed (${base?.tag}) lost a race`
          : typeof outcome === 'object'
            ? `${named} and ${outcome.tag}, which deploys ${outcome.record.to}${outcome.record.version ? ` (version ${outcome.record.version})` : ''}, went first${attempt > 1 ? ` (attempt ${attempt})` : ''}`
            : `${named} and did not all finish deciding within ${OUTCOME_WAIT_MS / 1000} s`;
      const now = await readChain(store, input.model, input.environment);
      return {
        ...result,
        lostRace: `${why}, so this one left the environment alone: ${runs(now)}; this deployment is not in effect. Check which version should run and deploy it again.`,
      };
    }

    // Won before the pointer moves: a deployment that follows this record then follows one that ran.
    await store.putManifest(input.model, `${tag}${OUTCOME_SUFFIX.won}`, written.bytes, MEDIA_TYPES.manifest);
    await store.putManifest(input.model, pointerTag, target.bytes, target.mediaType);
    let after = await readChain(store, input.model, input.environment);
    const followers = after.records.filter((r) => r.won && r.digest !== written.digest && descendsFrom(after, r, written.digest));
    if (followers.length === 0 && after.pointer === input.to) return result;
    const follower = followers[0];
    if (follower && after.pointer === input.to && follower.record.to !== input.to) {
      // This PUT landed after that of a deployment that followed this record: put the follower back.
      const manifest = await store.getManifest(input.model, follower.record.to);
      if (manifest) await store.putManifest(input.model, pointerTag, manifest.bytes, manifest.mediaType);
      after = await readChain(store, input.model, input.environment);
    }
    const why = follower
      ? `another deployment to '${input.environment}' (${follower.tag}) followed this one (${tag}) before it had finished`
      : `another deployment to '${input.environment}' re-pointed it after this one (${tag})`;
    return { ...result, lostRace: `${why}; ${runs(after)}; this deployment is not in effect. Check which version should run and deploy it again.` };
  }
}

/**
 * Who goes first among deployments from one state: the earliest record tag (its UTC time, then its
 * random part). Every deployment orders rivals the same way; clock skew only changes who wins, never
 * whether one does.
 */
function goesBefore(a: string, b: string): boolean {
  return a < b;
}

/**
 * Decides a deployment against the rivals it saw (records from the same state, not lost):
 * - a rival that won, or one that goes first and has not lost: this one loses at once;
 * - otherwise every rival goes after this one: it waits for them to decide. A rival that saw this
 *   record loses to it; one that did not (it read before this one wrote) decides among the rest, and
 *   if it won this one loses.
 * Safe: of two winners from one state the later writer would have seen the earlier, and either lost to
 * it (it goes first) or waited for it (it goes after) and lost. Live: the rival that goes first of all
 * only ever waits, so unless a deployment dies deciding, one of them wins.
 */
async function settle(store: ModelStore, model: string, tag: string, rivals: readonly ChainEntry[]): Promise<'won' | 'lost' | 'unknown'> {
  if (rivals.some((r) => r.won || goesBefore(r.tag, tag))) return 'lost';
  if (rivals.length === 0) return 'won';
  const outcome = await rivalsOutcome(store, model, rivals);
  return outcome === 'all lost' ? 'won' : outcome === 'unknown' ? 'unknown' : 'lost';
}

/** Waits for rivals to tag their outcome: 'all lost', the rival that won, or 'unknown' when one never said. One tag list per look. */
async function rivalsOutcome(store: ModelStore, model: string, rivals: readonly ChainEntry[]): Promise<'all lost' | ChainEntry | 'unknown'> {
  const deadline = Date.now() + OUTCOME_WAIT_MS;
  for (let pause = 20; ; pause = Math.min(pause * 2, 250)) {
    const tags = new Set(await store.listTags(model));
    const won = rivals.find((r) => tags.has(`${r.tag}${OUTCOME_SUFFIX.won}`));
    if (won) return won;
    if (rivals.every((r) => tags.has(`${r.tag}${OUTCOME_SUFFIX.lost}`))) return 'all lost';
    if (Date.now() > deadline) return 'unknown';
    await sleep(pause);
  }
}

/** At most three tags, then how many more: a 20-way race stays readable. */
function listTags(entries: readonly ChainEntry[]): string {
  const shown = entries.slice(0, 3).map((r) => r.tag);
  return entries.length > 3 ? `${shown.join(', ')} and ${entries.length - 3} more` : shown.join(', ');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Whether `digest` is on the line that `previous` links lead back from `head`. */
function descendsFrom(state: EnvironmentState, head: ChainEntry, digest: string): boolean {
  const byDigest = new Map(state.records.map((r) => [r.digest, r]));
  const seen = new Set<string>();
  for (let entry: ChainEntry | undefined = head; entry && !seen.has(entry.digest); entry = entry.record.previous ? byDigest.get(entry.record.previous) : undefined) {
    if (entry.digest === digest) return true;
    seen.add(entry.digest);
  }
  return false;
}

async function writeRecord(store: ModelStore, record: DeploymentRecord, tag: string): Promise<{ digest: string; bytes: Buffer }> {
  const layer = Buffer.from(JSON.stringify(record, null, 2) + '\n');
  const layerDigest = digestOf(layer);
  const configDigest = digestOf(EMPTY_CONFIG);
  const pushBlobs = async () => {
    await store.pushBlobBytes(record.model, EMPTY_CONFIG, configDigest);
    await store.pushBlobBytes(record.model, layer, layerDigest);
  };
  await pushBlobs();
  const annotations: Record<string, string> = { [ANNOTATIONS.created]: record.time };
  for (const [key, value] of Object.entries(record)) annotations[`org.modelgate.deployment.${key}`] = typeof value === 'object' ? JSON.stringify(value) : String(value);
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
  const digest = await retry(
    async (attempt) => {
      if (attempt > 1) await pushBlobs();
      return store.putManifest(record.model, tag, bytes, MEDIA_TYPES.manifest);
    },
    { attempts: 4, baseMs: 150, jitter: true, retryable: (error) => error instanceof ExternalError && error.message.includes('MANIFEST_BLOB_UNKNOWN') },
  );
  return { digest, bytes };
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
