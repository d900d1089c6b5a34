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

test('oci-layout: 20 deployments from 10 separate processes keep every record and a consistent pointer', async () => {
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
    `const { openStore, deploy } = await import(${JSON.stringify(models)});
const [workspace, index, ...digests] = process.argv.slice(2);
const results = await Promise.all([0, 1].map((k) => deploy(openStore('oci-layout:models', { workspace }), { model: 'procs', environment: 'prod', action: 'promote', to: digests[(Number(index) + k) % digests.length], actor: 'p' + index + '-' + k, reason: 'race' })));
process.stdout.write(JSON.stringify(results));`,
  );
  const outputs = await Promise.all(Array.from({ length: 10 }, (_, i) => run(process.execPath, [script, workspace, String(i), ...digests])));
  const results = outputs.flatMap((o) => JSON.parse(o.stdout) as { recordDigest: string; lostRace?: string }[]);
  expect(results).toHaveLength(20);

  const index = JSON.parse(await readFile(join(workspace, 'models', 'procs', 'index.json'), 'utf8'));
  const tags = index.manifests.map((m: { annotations?: Record<string, string> }) => m.annotations?.['org.opencontainers.image.ref.name']);
  expect(tags.filter((t: string) => t.startsWith('deploy-prod-'))).toHaveLength(20);
  expect(tags.filter((t: string) => t === 'env-prod')).toHaveLength(1);

  const state = await readChain(store, 'procs', 'prod');
  expect(new Set(state.records.map((r) => r.digest))).toEqual(new Set(results.map((r) => r.recordDigest)));
  const h = await history(store, 'procs', 'prod');
  expect(h.records[0]!.record.to).toBe(h.pointer);
  const byPrevious = new Map<string, string[]>();
  for (const r of state.records) byPrevious.set(r.record.previous ?? 'none', [...(byPrevious.get(r.record.previous ?? 'none') ?? []), r.digest]);
  for (const group of byPrevious.values()) {
    if (group.length > 1) expect(results.some((r) => group.includes(r.recordDigest) && r.lostRace)).toBe(true);
  }
}, 120_000);
