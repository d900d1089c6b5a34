import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, expect, test } from 'vitest';
import { readChain } from '../../src/registry/deployment-chain.js';
import { history, pushVersion } from '../../src/registry/models.js';
import { openStore } from '../../src/registry/store.js';
import { modelFiles } from './store-suite.js';

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, '..', '..');
const temps: string[] = [];
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

/** Transpiles src/registry/models.ts and the modules it imports into plain JS, so child processes can run it. */
async function compileModels(out: string): Promise<string> {
  const queue = [join(repoRoot, 'src', 'registry', 'models.ts')];
  const done = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (done.has(file)) continue;
    done.add(file);
    const source = await readFile(file, 'utf8');
    for (const m of source.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)) queue.push(resolve(dirname(file), `${m[1]}.ts`));
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    const target = join(out, relative(join(repoRoot, 'src'), file).replace(/\.ts$/, '.js'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, js);
  }
  // Bare specifiers (picomatch, yaml) resolve from a node_modules beside the compiled tree.
  await symlink(join(repoRoot, 'node_modules'), join(out, 'node_modules'), 'dir');
  return join(out, 'registry', 'models.js');
}

test('oci-layout: 20 deployments from 10 separate processes: each that says it is in effect was, every record shown, one line of history', async () => {
  const workspace = await mkdtemp(join(tmpdir(), 'modelgate-procs-'));
  temps.push(workspace);
  const models = await compileModels(join(workspace, 'compiled'));
  const store = openStore('oci-layout:models', { workspace });
  const { dir, files } = await modelFiles({ 'm.bin': 1000 });
  temps.push(dir);
  const digests: string[] = [];
  for (let v = 1; v <= 3; v++) digests.push((await pushVersion(store, 'procs', `v-${v}`, files, Buffer.from(`{"run":${v}}`), {})).digest);
  const script = join(workspace, 'deploy.mjs');
  await writeFile(
    script,
    `const { openStore, deploy, history } = await import(${JSON.stringify(models)});
const [workspace, index, ...digests] = process.argv.slice(2);
const results = await Promise.all([0, 1].map(async (k) => {
  const to = digests[(Number(index) + k) % digests.length];
  const r = await deploy(openStore('oci-layout:models', { workspace }), { model: 'procs', environment: 'prod', action: 'promote', to, actor: 'p' + index + '-' + k, reason: 'race' });
  const now = r.lostRace ? undefined : await history(openStore('oci-layout:models', { workspace }), 'procs', 'prod');
  return { ...r, to, pointerAtReturn: now?.pointer, headAtReturn: now?.records[0]?.digest };
}));
process.stdout.write(JSON.stringify(results));`,
  );
  const outputs = await Promise.all(Array.from({ length: 10 }, (_, i) => run(process.execPath, [script, workspace, String(i), ...digests])));
  const results = outputs.flatMap((o) => JSON.parse(o.stdout) as { recordDigest: string; to: string; lostRace?: string; pointerAtReturn?: string; headAtReturn?: string }[]);
  expect(results).toHaveLength(20);

  const index = JSON.parse(await readFile(join(workspace, 'models', 'procs', 'index.json'), 'utf8'));
  const tags = index.manifests.map((m: { annotations?: Record<string, string> }) => m.annotations?.['org.opencontainers.image.ref.name']);
  const recordTags = tags.filter((t: string) => t.startsWith('deploy-prod-') && !t.endsWith('-lost') && !t.endsWith('-won'));
  expect(tags.filter((t: string) => t === 'env-prod')).toHaveLength(1);

  const state = await readChain(store, 'procs', 'prod');
  // A deployment whose rivals all lost tries again, so there may be more records than deployments.
  expect(recordTags).toHaveLength(state.records.length);
  expect(state.records.length).toBeGreaterThanOrEqual(20);
  for (const r of results) expect(state.records.some((e) => e.digest === r.recordDigest)).toBe(true);
  const h = await history(store, 'procs', 'prod');
  // One line of history, headed by what the environment runs; every deployment decided won or lost.
  expect(h.forks).toEqual([]);
  expect(h.records[0]!.record.to).toBe(h.pointer);
  expect(h.records.every((r) => r.won)).toBe(true);
  expect(h.offChain.every((r) => r.lost)).toBe(true);
  expect(h.records.length + h.offChain.length).toBe(state.records.length);
  const winners = results.filter((r) => !r.lostRace);
  expect(winners.length).toBeGreaterThan(0);
  for (const w of winners) {
    // In the line; unless a later deployment followed it, it heads it and its version runs.
    const at = h.records.findIndex((r) => r.digest === w.recordDigest);
    expect(at).toBeGreaterThanOrEqual(0);
    if (at === 0) expect(h.pointer).toBe(w.to);
    if (w.headAtReturn === w.recordDigest) expect(w.pointerAtReturn).toBe(w.to);
  }
  for (const l of results.filter((r) => r.lostRace)) expect(h.records[0]!.digest).not.toBe(l.recordDigest);
}, 120_000);
