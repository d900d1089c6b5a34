import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ExternalError } from '../../src/core/errors.js';
import { deploy, pullVersion, pushVersion, resolveVersion, type ModelFile, type PushedVersion } from '../../src/registry/models.js';
import { OciDistributionStore, type DistributionOptions } from '../../src/registry/oci-distribution.js';
import { parseManifest } from '../../src/registry/versions.js';
import { startRegistry, startTcpProxy, type RunningRegistry, type TcpProxy } from '../helpers/registry-server.js';
import { modelFiles } from './store-suite.js';

// A registry SIGKILLed and restarted mid-push (issue #15): the push completes or fails clearly, and no tag
// ever names a model with a blob missing. Blobs of 16 MiB in 1 MiB chunks put each kill mid-blob.
const MIB = 1024 * 1024;
const CHUNK = MIB;
const BLOB = 16 * MIB;
const RUN_RECORD = Buffer.from('{"run":1}');
const stores: OciDistributionStore[] = [];
const dirs: string[] = [];
let files: ModelFile[];
let total: number;

function open(host: string, prefix: string, options: DistributionOptions = {}): OciDistributionStore {
  const store = OciDistributionStore.fromUri(`oci://${host}/${prefix}`, { chunkBytes: CHUNK, ...options });
  stores.push(store);
  return store;
}

/** A promise's outcome, taken at once so that a rejection is never left unhandled while a test waits. */
function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** The version resolves, and every file pulled back has the digest its layer names. */
async function expectIntact(store: OciDistributionStore, model: string, pushed: PushedVersion): Promise<void> {
  expect((await resolveVersion(store, model, pushed.version))?.digest).toBe(pushed.digest);
  const out = join(dirs[0] as string, `pulled-${model}-${pushed.version}`);
  await pullVersion(store, model, pushed.version, out);
  for (const file of files) expect(sha256(await readFile(join(out, file.name)))).toBe(sha256(await readFile(file.path)));
}

/** Whether every blob of the manifest a reference names is in the registry (true when it names none). */
async function blobsPresent(store: OciDistributionStore, model: string, reference: string): Promise<boolean> {
  const found = await store.getManifest(model, reference);
  if (!found) return true;
  const manifest = parseManifest(found.bytes, reference);
  for (const blob of [manifest.config, ...manifest.layers]) if (!(await store.hasBlob(model, blob.digest))) return false;
  return true;
}

beforeAll(async () => {
  const made = await modelFiles({ 'a.bin': BLOB, 'b.bin': BLOB, 'c.bin': BLOB });
  dirs.push(made.dir);
  files = made.files;
  total = 3 * BLOB + RUN_RECORD.length;
});
afterAll(async () => {
  for (const store of stores) store.close();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** The registry's upload-session folders of a repository. */
const uploadsOf = (registry: RunningRegistry, name: string) => join(registry.dir, 'data', 'docker', 'registry', 'v2', 'repositories', name, '_uploads');

/** Waits until an upload session of the repository holds part of a chunk on disk (the PATCH cut short was written). */
async function partialChunkStored(registry: RunningRegistry, name: string): Promise<void> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await sleep(20)) {
    const sessions = await readdir(uploadsOf(registry, name)).catch(() => []);
    for (const session of sessions) {
      const size = await stat(join(uploadsOf(registry, name), session, 'data')).then(
        (s) => s.size,
        () => 0,
      );
      if (size % CHUNK !== 0) return;
    }
  }
  throw new Error(`no partial chunk reached the registry's disk for '${name}'`);
}

/**
 * Kills the registry once the proxy holds the push's bytes (and, with `partialIn`, once the registry
 * has written part of the chunk in flight for that repository), and brings it back on the same storage
 * and port after ~1 s.
 */
async function killWhenHeld(registry: RunningRegistry, proxy: TcpProxy, held: Promise<void>, partialIn?: string): Promise<void> {
  await held;
  if (partialIn) await partialChunkStored(registry, partialIn);
  await registry.kill();
  await sleep(1000);
  proxy.release();
  await registry.restart();
}

describe('Distribution with a fixed http.secret, SIGKILLed and restarted mid-push', () => {
  let registry: RunningRegistry;
  let proxy: TcpProxy;
  beforeAll(async () => {
    registry = await startRegistry({ secret: 'modelgate-kill-resume' });
    proxy = await startTcpProxy(registry.port);
  });
  afterAll(async () => {
    await proxy?.stop();
    await registry?.stop();
  });

  test('killed with the next chunk in flight, before the registry got any of it: the session resumes, at most one chunk is sent again', async () => {
    const store = open(proxy.host, 'resume');
    // 8 MiB into b.bin, at the start of a PATCH: the registry answered the one before, its state is exact.
    const held = proxy.holdAt({ afterBytes: BLOB + 8 * MIB, marker: 'PATCH /v2/' });
    const push = settle(pushVersion(store, 'model', 'v-1', files, RUN_RECORD, {}));
    await killWhenHeld(registry, proxy, held);
    const { value: pushed, error } = await push;
    expect(error).toBeUndefined();
    expect(pushed?.created).toBe(true);
    const resent = pushed!.bytesSent - total;
    expect(resent).toBeGreaterThan(0);
    expect(resent).toBeLessThanOrEqual(CHUNK);
    await expectIntact(store, 'model', pushed!);
  }, 60_000);

  test('killed mid-chunk: Distribution 2.8 cancels the session (its stored size no longer matches the state), and the blob starts over', async () => {
    const store = open(proxy.host, 'midchunk');
    // Half a chunk into a PATCH 8 MiB into b.bin: part of the chunk is on the registry's disk.
    const held = proxy.holdAt({ afterBytes: BLOB + 8 * MIB + CHUNK / 2 });
    const push = settle(pushVersion(store, 'model', 'v-1', files, RUN_RECORD, {}));
    await killWhenHeld(registry, proxy, held, 'midchunk/model');
    const { value: pushed, error } = await push;
    expect(error).toBeUndefined();
    const resent = pushed!.bytesSent - total;
    // b.bin went again from byte 0: what it had stored (8 MiB) and the chunk cut short.
    expect(resent).toBeGreaterThanOrEqual(8 * MIB);
    expect(resent).toBeLessThanOrEqual(BLOB + CHUNK);
    await expectIntact(store, 'model', pushed!);
  }, 60_000);

  test('killed and not restarted: the push fails within the bound, naming the registry; no tag; a re-run after a restart sends only the blobs not complete', async () => {
    const store = open(registry.host, 'rerun', { unreachableMs: 3000 });
    let killed: Promise<void> | undefined;
    let killedAt = 0;
    const push = settle(
      pushVersion(store, 'model', 'v-1', files, RUN_RECORD, {}, (done) => {
        // 4 MiB into b.bin: a.bin and the run record are complete on the registry.
        if (!killed && done > RUN_RECORD.length + BLOB + 4 * MIB) {
          killedAt = Date.now();
          killed = registry.kill();
        }
      }),
    );
    const { error } = await push;
    const waited = Date.now() - killedAt;
    await killed;
    expect(error).toBeInstanceOf(ExternalError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^oci://${registry.host.replace(/\./g, '\\.')}/rerun: .*upload of blob sha256:[0-9a-f]{64} to 'rerun/model' failed: the registry could not be reached for 3 s \\(.*ECONNREFUSED.*\\); check that it is running .*then run the step again`,
      ),
    );
    // The bound, plus at most one poll (2 s) and a little.
    expect(waited).toBeGreaterThanOrEqual(3000);
    expect(waited).toBeLessThan(6500);

    await registry.restart();
    expect(await store.listTags('model')).not.toContain('v-1');
    // The killed push's session is still on the registry's disk; a re-run opens its own and is not hurt by it.
    expect((await readdir(uploadsOf(registry, 'rerun/model'))).length).toBeGreaterThanOrEqual(1);

    const rerun = await pushVersion(open(registry.host, 'rerun'), 'model', 'v-1', files, RUN_RECORD, {});
    expect(rerun.created).toBe(true);
    // a.bin and the run record were complete (HEAD found them); b.bin and c.bin are sent once, whole.
    expect(rerun.bytesSent).toBe(2 * BLOB);
    const again = await pushVersion(open(registry.host, 'rerun'), 'model', 'v-1', files, RUN_RECORD, {});
    expect(again).toEqual({ version: 'v-1', digest: rerun.digest, bytesSent: 0, created: false });
    expect((await store.listTags('model')).filter((t) => t === 'v-1')).toHaveLength(1);
    await expectIntact(store, 'model', rerun);
  }, 60_000);

  test('the env pointer only ever names a manifest whose blobs are all present, while a push and a deploy live through the kill', async () => {
    const direct = open(registry.host, 'pointer');
    const viaProxy = open(proxy.host, 'pointer');
    // Fails at once while the registry is down, so the watcher below never waits.
    const watcher = open(registry.host, 'pointer', { unreachableMs: 0 });
    const small = await modelFiles({ 'w.bin': 4 * MIB });
    dirs.push(small.dir);
    const v1 = await pushVersion(direct, 'clf', 'v-1', small.files, RUN_RECORD, {});
    const base = { model: 'clf', environment: 'prod', actor: 'ci', reason: 'kill test', action: 'promote' as const };
    expect((await deploy(direct, { ...base, to: v1.digest })).lostRace).toBeUndefined();

    const seen: { pointer?: string; whole: boolean }[] = [];
    let watching = true;
    const watch = (async () => {
      while (watching) {
        try {
          const pointer = (await watcher.getManifest('clf', 'env-prod'))?.digest;
          seen.push({ pointer, whole: await blobsPresent(watcher, 'clf', 'env-prod') });
        } catch {
          // The registry is down: nothing to see.
        }
        await sleep(100);
      }
    })();

    const held = proxy.holdAt({ afterBytes: BLOB + 8 * MIB + CHUNK / 2 });
    const push = settle(pushVersion(viaProxy, 'clf', 'v-2', files, RUN_RECORD, {}));
    await held;
    await registry.kill();
    // A deploy that starts while the registry is down waits for it, and lands after the restart.
    const redeploy = settle(deploy(direct, { ...base, to: v1.digest, reason: 'redeploy during the outage' }));
    // Down for 3 s: longer than a few quick tries of one request (200 + 400 + 800 ms) would cover.
    await sleep(3000);
    proxy.release();
    await registry.restart();
    const [pushed, redeployed] = await Promise.all([push, redeploy]);
    expect(pushed.error).toBeUndefined();
    expect(redeployed.error).toBeUndefined();
    expect(redeployed.value?.lostRace).toBeUndefined();
    expect(await blobsPresent(direct, 'clf', 'env-prod')).toBe(true);
    expect((await direct.getManifest('clf', 'env-prod'))?.digest).toBe(v1.digest);

    const promoted = await deploy(direct, { ...base, to: pushed.value!.digest, reason: 'the new version' });
    expect(promoted.lostRace).toBeUndefined();
    expect((await direct.getManifest('clf', 'env-prod'))?.digest).toBe(pushed.value!.digest);
    expect(await blobsPresent(direct, 'clf', 'env-prod')).toBe(true);
    await expectIntact(direct, 'clf', pushed.value!);
    await sleep(200);
    watching = false;
    await watch;
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.filter((s) => !s.whole)).toEqual([]);
    expect(new Set(seen.map((s) => s.pointer))).toEqual(new Set([v1.digest, pushed.value!.digest]));
  }, 60_000);
});

describe('Distribution without a fixed http.secret, SIGKILLed and restarted mid-push', () => {
  let registry: RunningRegistry;
  let proxy: TcpProxy;
  beforeAll(async () => {
    registry = await startRegistry();
    proxy = await startTcpProxy(registry.port);
  });
  afterAll(async () => {
    await proxy?.stop();
    await registry?.stop();
  });

  test('the restarted registry draws a new secret and refuses the old session (BLOB_UPLOAD_INVALID): the blob starts over and the push completes', async () => {
    const store = open(proxy.host, 'nosecret');
    // At a chunk boundary, where a registry with the same secret would have resumed.
    const held = proxy.holdAt({ afterBytes: BLOB + 8 * MIB, marker: 'PATCH /v2/' });
    const push = settle(pushVersion(store, 'model', 'v-1', files, RUN_RECORD, {}));
    await killWhenHeld(registry, proxy, held);
    const { value: pushed, error } = await push;
    expect(error).toBeUndefined();
    const resent = pushed!.bytesSent - total;
    expect(resent).toBeGreaterThanOrEqual(8 * MIB);
    expect(resent).toBeLessThanOrEqual(BLOB + CHUNK);
    await expectIntact(store, 'model', pushed!);
  }, 60_000);
});
