// Start-up cost of a bundled step: `node dist/compare-metrics.js` through the Actions runner contract
// (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, an event file; small metric files; push event, so no
// API call) against bare `node -e 0`, run alternately in one process so both see the same machine.
// Prints medians and the ratio. Target: at most 2.5x bare node.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 30);
const dir = mkdtempSync(join(tmpdir(), 'modelgate-bench-'));
writeFileSync(join(dir, 'metrics.json'), JSON.stringify({ accuracy: 0.91, loss: 0.3, test: { f1: 0.8 } }));
writeFileSync(join(dir, 'baseline.json'), JSON.stringify({ accuracy: 0.9, loss: 0.31, test: { f1: 0.8 } }));
writeFileSync(join(dir, 'event.json'), JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'o/r' } }));
for (const f of ['out', 'summary', 'state']) writeFileSync(join(dir, f), '');

const contract = {
  PATH: process.env.PATH,
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: dir,
  GITHUB_EVENT_NAME: 'push',
  GITHUB_EVENT_PATH: join(dir, 'event.json'),
  GITHUB_REPOSITORY: 'o/r',
  GITHUB_OUTPUT: join(dir, 'out'),
  GITHUB_STEP_SUMMARY: join(dir, 'summary'),
  GITHUB_STATE: join(dir, 'state'),
  INPUT_METRICS: 'metrics.json',
  INPUT_BASELINE: 'file:baseline.json',
  'INPUT_FAIL-ON': 'fail',
  INPUT_COMMENT: 'true',
  INPUT_STATUS: 'true',
  INPUT_CONFIG: 'modelgate.yml',
  INPUT_TITLE: 'Model metrics',
  INPUT_REPORT: 'modelgate-report',
  INPUT_RULES: 'accuracy: {better: higher, max-drop: 1%}',
  INPUT_TOKEN: 'ghs_bench',
};

const cases = {
  'node -e 0': { args: ['-e', '0'], env: { PATH: process.env.PATH } },
  'node dist/compare-metrics.js': { args: [join(root, 'dist', 'compare-metrics.js')], env: contract },
  // The same without a rules input or modelgate.yml: what loading the YAML parser costs.
  '  same, no YAML to parse': { args: [join(root, 'dist', 'compare-metrics.js')], env: { ...contract, INPUT_RULES: '' } },
  'node dist/cli.js compare-metrics': {
    args: [join(root, 'dist', 'cli.js'), 'compare-metrics', '--metrics', 'metrics.json', '--baseline', 'file:baseline.json'],
    env: { PATH: process.env.PATH },
  },
};
const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let i = 0; i < runs + 2; i++) {
  for (const [name, c] of Object.entries(cases)) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, c.args, { cwd: dir, env: c.env, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`${name} exited ${r.status}: ${r.stderr}`);
    if (i >= 2) times[name].push(ms); // two warm-up rounds fill the page cache
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(times['node -e 0']);
console.log(`start time, median of ${runs} runs each (node ${process.version}, ${process.platform}/${process.arch})`);
for (const [name, xs] of Object.entries(times)) {
  console.log(`  ${name.padEnd(36)} ${median(xs).toFixed(1).padStart(7)} ms   ${(median(xs) / base).toFixed(2)}x bare node`);
}
