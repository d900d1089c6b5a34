// `npm run fuzz`: the fuzz suite (test/fuzz) with many cases per property, then its figures per family:
// cases run, internal errors (must be 0), the slowest input under 1 MB (goal: under 2 s) and the time.
// Usage: npm run fuzz [-- --runs 10000] [-- --seed 1] [-- test/fuzz/<family>…]
// Exits non-zero when a property failed or found an internal error.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const runs = Number(option('--runs', process.env.MODELGATE_FUZZ_RUNS ?? '10000'));
const seed = option('--seed', process.env.MODELGATE_FUZZ_SEED ?? '0');
if (!Number.isInteger(runs) || runs < 1) {
  console.error('fuzz: --runs must be a whole number of cases per property, e.g. 10000');
  process.exit(2);
}

const figures = mkdtempSync(join(tmpdir(), 'modelgate-fuzz-'));
const started = performance.now();
console.log(`fuzz: ${runs} cases per parser property (fewer where a case spawns a process), seed offset ${seed}`);
// Filters narrow the run to some families (vitest ORs them, so 'test/fuzz' would keep them all).
const filters = args.length > 0 ? args : ['test/fuzz'];
const vitest = spawnSync(join(root, 'node_modules', '.bin', 'vitest'), ['run', ...filters], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, MODELGATE_FUZZ_RUNS: String(runs), MODELGATE_FUZZ_SEED: seed, MODELGATE_FUZZ_FIGURES: figures },
});
const seconds = (performance.now() - started) / 1000;

const families = readdirSync(figures)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(figures, f), 'utf8')));
rmSync(figures, { recursive: true, force: true });

const GOAL_MS = 2000;
const size = (bytes) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : bytes >= 1e3 ? `${(bytes / 1e3).toFixed(1)} KB` : `${bytes} B`);
const time = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const rows = [['family', 'properties', 'cases', 'internal errors', 'failed', 'slowest input under 1 MB', 'size', 'time', 'total']];
let internal = 0;
let failed = 0;
let overGoal = 0;
for (const { family, properties } of families.sort((a, b) => a.family.localeCompare(b.family))) {
  const sum = (key) => properties.reduce((n, p) => n + p[key], 0);
  const slowest = properties
    .map((p) => p.slowest)
    .filter(Boolean)
    .sort((a, b) => b.ms - a.ms)[0];
  internal += sum('internalErrors');
  failed += sum('failures');
  if (slowest && slowest.ms > GOAL_MS) overGoal++;
  rows.push([
    family,
    String(properties.length),
    String(sum('cases')),
    String(sum('internalErrors')),
    String(sum('failures')),
    slowest ? `${slowest.label}${slowest.ms > GOAL_MS ? ' (over the 2 s goal)' : ''}` : '—',
    slowest ? size(slowest.bytes) : '',
    slowest ? time(slowest.ms) : '',
    time(sum('totalMs')),
  ]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
console.log(`\nfuzz figures (${runs} cases per parser property):`);
for (const [i, row] of rows.entries()) {
  console.log(row.map((c, j) => (j >= 1 && j <= 4 ? c.padStart(widths[j]) : c.padEnd(widths[j]))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
for (const { family, properties } of families) {
  for (const p of properties) {
    if (p.failures > 0) console.log(`\n${family} / ${p.property} (seed ${p.seed}) failed after ${p.cases} cases:\n  ${p.firstFailure.split('\n').slice(0, 6).join('\n  ')}`);
  }
}
console.log(`\ntotal: ${time(seconds * 1000)}; internal errors: ${internal}; failed properties: ${failed}; families over the 2 s goal: ${overGoal}`);
if (families.length === 0) console.error('fuzz: no figures were written (did vitest run test/fuzz?)');
process.exit(vitest.status !== 0 || internal > 0 || failed > 0 || families.length === 0 ? 1 : 0);
