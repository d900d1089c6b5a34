// The statistics of noise-aware gates at scale: the paired bootstrap on 10^4 and 10^5 examples with
// 10^4 resamples, 10^6 examples by the large-n method `auto` picks (and by the Poisson bootstrap with
// 10^3 resamples, for comparison), F1 from per-resample confusion counts, pairing 10^6 rows by id,
// an exact McNemar test on 10^6 discordant pairs and DeLong on 10^6 scores. Each case runs in its
// own process so its peak RSS (process.resourceUsage().maxRSS) is its own; data generation is not
// timed. Needs no build: src/core/stats/ is transpiled with the typescript package into a temp folder.
// CASES=name,name picks cases by name.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'modelgate-paired-bench-'));

// Transpile paired.ts and random.ts with everything they import (relative imports only: core has no dependencies).
const queue = ['paired.ts', 'random.ts'].map((f) => join(root, 'src', 'core', 'stats', f));
const done = new Set();
while (queue.length > 0) {
  const file = queue.pop();
  if (done.has(file)) continue;
  done.add(file);
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)) queue.push(resolve(dirname(file), `${m[1]}.ts`));
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  const target = join(work, relative(join(root, 'src'), file).replace(/\.ts$/, '.js'));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, js);
}

const runner = join(work, 'run-case.mjs');
writeFileSync(
  runner,
  `import { alignPairs, delong, mcnemarExact, pairedBootstrap } from './core/stats/paired.js';
import { createRandom } from './core/stats/random.js';
const c = JSON.parse(process.argv[2]);
const random = createRandom(1);
const n = c.examples;
const ids = Array.from({ length: n }, (_, i) => 'ex' + i);
let call;
if (c.kind === 'mean') {
  // Accuracy: 0/1 correctness, champion right 80 % of the time, challenger 80.5 %.
  const championValues = new Float64Array(n), challengerValues = new Float64Array(n);
  for (let i = 0; i < n; i++) { championValues[i] = random.uniform() < 0.8 ? 1 : 0; challengerValues[i] = random.uniform() < 0.805 ? 1 : 0; }
  const data = { ids, championValues, challengerValues };
  call = () => pairedBootstrap(data, { metric: { kind: 'mean' }, resamples: c.resamples, method: c.method });
} else if (c.kind === 'f1') {
  const labels = Int32Array.from({ length: n }, () => random.int(5));
  const predict = (skill) => labels.map((l) => (random.uniform() < skill ? l : random.int(5)));
  const data = { ids, classes: ['a', 'b', 'c', 'd', 'e'], labels, championPredictions: predict(0.7), challengerPredictions: predict(0.71) };
  call = () => pairedBootstrap(data, { metric: { kind: 'f1' }, resamples: c.resamples, method: c.method });
} else if (c.kind === 'align') {
  const rows = (p) => ids.map((id) => ({ id, value: random.uniform() < p ? 1 : 0 }));
  const a = rows(0.8), b = rows(0.81).reverse();
  call = () => alignPairs(a, b);
} else if (c.kind === 'mcnemar') {
  call = () => mcnemarExact(n / 2 - 700, n / 2 + 700);
} else if (c.kind === 'delong') {
  const labels = Int32Array.from({ length: n }, () => (random.uniform() < 0.3 ? 1 : 0));
  const a = Float64Array.from(labels, (l) => Math.round((l + random.normal()) * 1000) / 1000);
  const b = Float64Array.from(labels, (l) => Math.round((0.9 * l + random.normal()) * 1000) / 1000);
  call = () => delong(labels, a, b);
}
const started = process.hrtime.bigint();
const result = call();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(JSON.stringify({ seconds, maxRssKiB: process.resourceUsage().maxRSS, method: result.method ?? '', p: result.pValue }));
`,
);

const cases = [
  { name: 'bootstrap-1e4', label: 'paired bootstrap, accuracy', kind: 'mean', examples: 1e4, resamples: 1e4 },
  { name: 'bootstrap-1e5', label: 'paired bootstrap, accuracy', kind: 'mean', examples: 1e5, resamples: 1e4 },
  { name: 'bootstrap-1e6', label: 'paired bootstrap, accuracy', kind: 'mean', examples: 1e6, resamples: 1e4 },
  { name: 'poisson-1e6', label: 'paired bootstrap, accuracy', kind: 'mean', examples: 1e6, resamples: 1e3, method: 'poisson' },
  { name: 'f1-1e5', label: 'paired bootstrap, F1 macro (5 classes)', kind: 'f1', examples: 1e5, resamples: 1e3 },
  { name: 'align-1e6', label: 'alignPairs (rows by id)', kind: 'align', examples: 1e6 },
  { name: 'mcnemar-1e6', label: 'exact McNemar (b + c = 10^6)', kind: 'mcnemar', examples: 1e6 },
  { name: 'delong-1e6', label: 'DeLong (ties at 3 decimals)', kind: 'delong', examples: 1e6 },
];
const wanted = process.env.CASES?.split(',');
const rows = [];
try {
  for (const c of cases.filter((c) => !wanted || wanted.includes(c.name))) {
    const run = spawnSync(process.execPath, ['--max-old-space-size=4096', runner, JSON.stringify(c)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (run.status !== 0) throw new Error(`${c.name}: exit ${run.status}\n${run.stderr.slice(-2000)}`);
    const r = JSON.parse(run.stdout);
    rows.push({
      case: c.label,
      examples: c.examples,
      resamples: c.resamples ?? '',
      method: r.method,
      seconds: Number(r.seconds.toFixed(3)),
      'peak RSS MiB': Math.round(r.maxRssKiB / 1024),
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.table(rows);
