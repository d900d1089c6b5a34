import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { readChain } from '../../src/registry/deployment-chain.js';
import { currentDeployment, deploy, history, listVersions, pullVersion, pushVersion, resolveVersion, type ModelFile } from '../../src/registry/models.js';
import type { ModelStore } from '../../src/registry/store.js';

/** What a store flavour gives the shared suite. */
export interface SuiteStore {
  /** A new store object each call (concurrent deployers must not share state). */
  open(): ModelStore;
  /** Client→server bytes seen so far, where a proxy can count them. */
  bytesUp?(): number;
  teardown(): Promise<void>;
}

/** Writes model files of random content into a fresh folder. */
export async function modelFiles(sizes: Record<string, number>): Promise<{ dir: string; files: ModelFile[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-model-'));
  const files: ModelFile[] = [];
  for (const [name, size] of Object.entries(sizes)) {
    const path = join(dir, name);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, randomBytes(size));
    files.push({ path, name });
  }
  return { dir, files };
}

const runRecord = (n: number) => Buffer.from(JSON.stringify({ run: n, metrics: { auc: 0.9 } }));

/** The model-store behaviour every store must show, run against one flavour. */
export function defineStoreSuite(label: string, setup: () => Promise<SuiteStore>): void {
  describe(`model store: ${label}`, () => {
    let flavour: SuiteStore;
    const cleanup: string[] = [];
    beforeAll(async () => {
      flavour = await setup();
    });
    afterAll(async () => {
      await flavour?.teardown();
      for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
    });

    test('pushes a version and reads it back by tag and by digest, and pulls its files', async () => {
      const store = flavour.open();
      const { dir, files } = await modelFiles({ 'model.bin': 300_000, 'tokenizer/vocab.txt': 1000 });
      cleanup.push(dir);
      const pushed = await pushVersion(store, 'push/model', 'v-1', files, runRecord(1), { 'dev.modelgate.metric.auc': '0.9' });
      expect(pushed).toMatchObject({ version: 'v-1', created: true });
      expect(pushed.bytesSent).toBeGreaterThanOrEqual(301_000);
      expect(pushed.digest).toMatch(/^sha256:[0-9a-f]{64}$/);

      const byTag = await resolveVersion(store, 'push/model', 'v-1');
      expect(byTag).toMatchObject({ version: 'v-1', digest: pushed.digest, runRecord: { run: 1, metrics: { auc: 0.9 } } });
      expect(byTag?.annotations['dev.modelgate.metric.auc']).toBe('0.9');
      expect(Date.parse(byTag?.created ?? '')).not.toBeNaN();
      const byDigest = await resolveVersion(store, 'push/model', pushed.digest);
      expect(byDigest).toMatchObject({ version: 'v-1', digest: pushed.digest });
      expect(await resolveVersion(store, 'push/model', 'v-404')).toBeUndefined();

      const out = join(dir, 'pulled');
      const pulled = await pullVersion(store, 'push/model', 'v-1', out);
      expect(pulled.digest).toBe(pushed.digest);
      for (const f of files) expect((await readFile(join(out, f.name))).equals(await readFile(f.path))).toBe(true);
      await expect(pullVersion(store, 'push/model', 'v-404', out)).rejects.toThrow(UserError);
      expect(await listVersions(store, 'push/model')).toEqual(['v-1']);
    });

    test('a second push of unchanged files sends no blob bytes', async () => {
      const store = flavour.open();
      const { dir, files } = await modelFiles({ 'weights.bin': 2_000_000 });
      cleanup.push(dir);
      const first = await pushVersion(store, 'dedupe', 'v-1', files, runRecord(1), {});
      expect(first.bytesSent).toBeGreaterThanOrEqual(2_000_000);
      const before = flavour.bytesUp?.();
      const again = await pushVersion(store, 'dedupe', 'v-1', files, runRecord(1), {});
      expect(again).toEqual({ version: 'v-1', digest: first.digest, bytesSent: 0, created: false });
      const next = await pushVersion(store, 'dedupe', 'v-2', files, runRecord(1), { note: 'same files' });
      expect(next).toMatchObject({ version: 'v-2', bytesSent: 0, created: true });
      expect(next.digest).not.toBe(first.digest);
      if (before !== undefined && flavour.bytesUp) expect(flavour.bytesUp() - before).toBeLessThan(64 * 1024);
      expect(await listVersions(store, 'dedupe')).toEqual(['v-1', 'v-2']);
    });

    test('versions are immutable: other content under an existing version is refused', async () => {
      const store = flavour.open();
      const { dir, files } = await modelFiles({ 'm.bin': 1000 });
      cleanup.push(dir);
      const first = await pushVersion(store, 'immutable', 'v-1', files, runRecord(1), { a: '1' });
      await expect(pushVersion(store, 'immutable', 'v-1', files, runRecord(2), { a: '1' })).rejects.toThrow(/versions are immutable/);
      await expect(pushVersion(store, 'immutable', 'v-1', files, runRecord(1), { a: '2' })).rejects.toThrow(UserError);
      await writeFile(files[0]!.path, randomBytes(1000));
      await expect(pushVersion(store, 'immutable', 'v-1', files, runRecord(1), { a: '1' })).rejects.toThrow(/immutable/);
      expect((await resolveVersion(store, 'immutable', 'v-1'))?.digest).toBe(first.digest);
      await expect(pushVersion(store, 'Bad_Name', 'v-1', files, runRecord(1), {})).rejects.toThrow(/model-name/);
      await expect(pushVersion(store, 'immutable', 'env-prod', files, runRecord(1), {})).rejects.toThrow(/version/);
      await expect(pushVersion(store, 'immutable', 'v 1', files, runRecord(1), {})).rejects.toThrow(/version/);
    });

    test('promote, promote, rollback: pointer, current deployment and an intact history chain', async () => {
      const store = flavour.open();
      const { dir, files } = await modelFiles({ 'm.bin': 5000 });
      cleanup.push(dir);
      const v1 = await pushVersion(store, 'deploys', 'v-1', files, runRecord(1), {});
      const v2 = await pushVersion(store, 'deploys', 'v-2', files, runRecord(2), {});
      expect(await currentDeployment(store, 'deploys', 'prod')).toBeUndefined();
      const base = { model: 'deploys', environment: 'prod', actor: 'ci', reason: 'gate passed', verdict: 'pass' };
      const d1 = await deploy(store, { ...base, action: 'promote', to: v1.digest });
      expect(d1.lostRace).toBeUndefined();
      expect(d1.record).toMatchObject({ to: v1.digest, version: 'v-1', action: 'promote', actor: 'ci', verdict: 'pass' });
      expect(d1.record.from).toBeUndefined();
      expect(d1.record.previous).toBeUndefined();
      expect(d1.previousDigest).toBeUndefined();
      const d2 = await deploy(store, { ...base, action: 'promote', to: v2.digest, runUrl: 'https://ci.example/run/2' });
      expect(d2.record).toMatchObject({ from: v1.digest, previous: d1.recordDigest, version: 'v-2' });
      const now = await currentDeployment(store, 'deploys', 'prod');
      expect(now).toMatchObject({ environment: 'prod', digest: v2.digest, version: 'v-2', record: { digest: d2.recordDigest } });

      const back = await deploy(store, { ...base, action: 'rollback', to: now!.record!.record.from!, reason: 'latency regression' });
      expect(back.lostRace).toBeUndefined();
      expect(back.record).toMatchObject({ action: 'rollback', from: v2.digest, to: v1.digest, version: 'v-1', previous: d2.recordDigest });
      expect((await currentDeployment(store, 'deploys', 'prod'))?.digest).toBe(v1.digest);

      const h = await history(store, 'deploys', 'prod');
      expect(h.pointer).toBe(v1.digest);
      expect(h.forks).toEqual([]);
      expect(h.records.map((r) => r.digest)).toEqual([back.recordDigest, d2.recordDigest, d1.recordDigest]);
      expect(h.records[0]!.record.to).toBe(h.pointer);
      for (const [i, r] of h.records.entries()) expect(r.record.previous).toBe(h.records[i + 1]?.digest);
      expect(h.records[0]!.tag).toMatch(/^deploy-prod-\d{8}T\d{6}Z-[0-9a-f]{8}$/);
      // Deployment tags are not versions; another environment has its own chain.
      expect(await listVersions(store, 'deploys')).toEqual(['v-1', 'v-2']);
      expect((await history(store, 'deploys', 'prod-eu')).records).toEqual([]);
      await expect(deploy(store, { ...base, action: 'promote', to: `sha256:${'0'.repeat(64)}` })).rejects.toThrow(UserError);
    });

    test('a deployment overtaken by a later one (its pointer write lands last) does not say it is in effect', async () => {
      const { dir, files } = await modelFiles({ 'm.bin': 1000 });
      cleanup.push(dir);
      const [a, b] = [
        await pushVersion(flavour.open(), 'overtaken', 'v-a', files, runRecord(1), {}),
        await pushVersion(flavour.open(), 'overtaken', 'v-b', files, runRecord(2), {}),
      ];
      // A writes its record and wins, then its re-pointing of env-prod waits until B has followed it and finished.
      let release: () => void = () => undefined;
      const gate = new Promise<void>((r) => (release = r));
      const slow = flavour.open();
      const putManifest = slow.putManifest.bind(slow);
      slow.putManifest = async (model, reference, bytes, mediaType) => {
        if (reference === 'env-prod') await gate;
        return putManifest(model, reference, bytes, mediaType);
      };
      const first = deploy(slow, { model: 'overtaken', environment: 'prod', action: 'promote', to: a.digest, actor: 'a', reason: 'a' });
      for (let i = 0; i < 200 && (await readChain(flavour.open(), 'overtaken', 'prod')).chain.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      const second = await deploy(flavour.open(), { model: 'overtaken', environment: 'prod', action: 'promote', to: b.digest, actor: 'b', reason: 'b' });
      expect(second.lostRace).toBeUndefined();
      release();
      const overtaken = await first;
      // A's record is in the chain (B followed it), but production runs B's version: A was not promoted.
      const h = await history(flavour.open(), 'overtaken', 'prod');
      expect(h.pointer).toBe(b.digest);
      expect(h.records.map((r) => r.record.actor)).toEqual(['b', 'a']);
      expect(overtaken.lostRace).toMatch(/another deployment to 'prod' \(deploy-prod-[^)]+\) followed this one .*; env-prod runs sha256:.*; this deployment is not in effect/);
      expect(overtaken.lostRace).toContain(b.digest);
    }, 60_000);

    test('20 deployments that all record before any reads back: exactly one wins at the first try, the rest say so', async () => {
      const { dir, files } = await modelFiles({ 'm.bin': 500 });
      cleanup.push(dir);
      const v = await pushVersion(flavour.open(), 'lockstep', 'v-1', files, runRecord(1), {});
      const w = await pushVersion(flavour.open(), 'lockstep', 'v-2', files, runRecord(2), {});
      // A barrier after each first record write: every deployment then reads back all 20 rivals, the
      // case where "whoever sees a rival loses" left nobody in effect.
      let written = 0;
      let release: () => void = () => undefined;
      const all = new Promise<void>((r) => (release = r));
      const results = await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          const store = flavour.open();
          const put = store.putManifest.bind(store);
          let first = true;
          store.putManifest = async (model, reference, bytes, mediaType) => {
            const digest = await put(model, reference, bytes, mediaType);
            if (first && /^deploy-prod-\d{8}T\d{6}Z-[0-9a-f]{8}$/.test(reference)) {
              first = false;
              if (++written === 20) release();
              await all;
            }
            return digest;
          };
          return deploy(store, { model: 'lockstep', environment: 'prod', action: 'promote', to: i % 2 ? v.digest : w.digest, actor: `r-${i}`, reason: `r-${i}` });
        }),
      );
      const winners = results.filter((r) => !r.lostRace);
      expect(winners).toHaveLength(1);
      const h = await history(flavour.open(), 'lockstep', 'prod');
      expect(h.records.map((r) => r.digest)).toEqual([winners[0]!.recordDigest]);
      expect(h.pointer).toBe(winners[0]!.record.to);
      expect(h.offChain).toHaveLength(19);
      expect(h.offChain.every((r) => r.lost)).toBe(true);
      for (const r of results.filter((x) => x.lostRace)) {
        expect(r.lostRace).toMatch(/started from the same state as this one .* went first, so this one left the environment alone/);
        expect(r.lostRace).toContain(`and ${h.records[0]!.tag}, which deploys ${h.pointer}`);
      }
    }, 120_000);

    test('20 concurrent deployments: each that says it is in effect was, every record shown, one line of history', async () => {
      const { dir, files } = await modelFiles({ 'm.bin': 2000 });
      cleanup.push(dir);
      const digests: string[] = [];
      for (let v = 1; v <= 4; v++) digests.push((await pushVersion(flavour.open(), 'race', `v-${v}`, files, runRecord(v), {})).digest);
      // Each result is checked against the environment the moment it returns, as a deploy step's exit code would be.
      const checks: { digest: string; to: string; pointerAtReturn?: string; headAtReturn?: string; lostRace?: string }[] = [];
      await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          const to = digests[i % 4]!;
          const r = await deploy(flavour.open(), { model: 'race', environment: 'prod', action: 'promote', to, actor: `runner-${i}`, reason: `deploy ${i}` });
          const now = r.lostRace ? undefined : await readChain(flavour.open(), 'race', 'prod');
          checks.push({ digest: r.recordDigest, to, lostRace: r.lostRace, pointerAtReturn: now?.pointer, headAtReturn: now?.chain[0]?.digest });
        }),
      );
      const state = await readChain(flavour.open(), 'race', 'prod');
      // A deployment whose rivals all lost tries again, so there may be more records than deployments.
      expect(state.records.length).toBeGreaterThanOrEqual(20);
      expect(new Set(checks.map((r) => r.digest)).size).toBe(20);
      for (const c of checks) expect(state.records.some((r) => r.digest === c.digest)).toBe(true);
      const tags = (await flavour.open().listTags('race')).filter((t) => t.startsWith('deploy-prod-') && !t.endsWith('-lost') && !t.endsWith('-won'));
      expect(tags).toHaveLength(state.records.length);

      const h = await history(flavour.open(), 'race', 'prod');
      // Every record is shown: the chain, and apart from it those that lost.
      expect(new Set([...h.records, ...h.offChain].map((r) => r.digest)).size).toBe(state.records.length);
      // One line of history, headed by what the environment runs; every deployment decided won or lost.
      expect(h.forks).toEqual([]);
      expect(h.records[0]!.record.to).toBe(h.pointer);
      for (const [i, r] of h.records.entries()) expect(r.record.previous).toBe(h.records[i + 1]?.digest);
      expect(h.records.every((r) => r.won)).toBe(true);
      expect(h.offChain.every((r) => r.lost)).toBe(true);
      const winners = checks.filter((c) => !c.lostRace);
      expect(winners.length).toBeGreaterThan(0);
      for (const w of winners) {
        // In the history's line; unless a later deployment followed it, it heads it and its version runs.
        const at = h.records.findIndex((r) => r.digest === w.digest);
        expect(at).toBeGreaterThanOrEqual(0);
        if (at === 0) expect(h.pointer).toBe(w.to);
        // Read as it returned: while it headed the line, the environment ran its version.
        if (w.headAtReturn === w.digest) expect(w.pointerAtReturn).toBe(w.to);
      }
      // Those that said they lost are not in effect, and say why.
      for (const l of checks.filter((c) => c.lostRace)) {
        expect(l.lostRace).toMatch(/same state|followed|re-pointed|lost a race/);
        expect(h.records[0]!.digest).not.toBe(l.digest);
      }
      expect(winners.length + checks.filter((c) => c.lostRace).length).toBe(20);
    }, 120_000);
  });
}
