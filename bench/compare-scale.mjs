// compare-metrics on 10^4, 10^5 and 10^6 metrics (candidate and baseline files, one pattern rule), through
// the CLI as a job runs it: wall time, time per metric, peak RSS. Linear time shows as a flat time per metric.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const rows = [];
for (const n of (process.env.SIZES ?? '1e4,1e5,1e6').split(',').map(Number)) {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-compare-scale-'));
  const metrics = (shift) => `{${Array.from({ length: n }, (_, i) => `"m.${i}": ${(0.5 + ((i * 7919) % 1000) / 4000 + shift).toFixed(6)}`).join(',')}}`;
  writeFileSync(join(dir, 'base.json'), metrics(0));
  writeFileSync(join(dir, 'cand.json'), metrics(0.001));
  const args = [cli, 'compare-metrics', '--metrics', 'cand.json', '--baseline', 'file:base.json', '--rules', '"m.*": {better: higher, max-drop: 1%}', '--comment', 'false'];
  const started = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: dir }, maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = Number(run.stderr.trim().split('\n').pop()) / 1024;
  if (run.status !== 0) throw new Error(`n=${n}: exit ${run.status}\n${run.stderr.slice(-2000)}`);
  rows.push({ metrics: n, seconds: Number(seconds.toFixed(2)), 'µs per metric': Number(((seconds / n) * 1e6).toFixed(1)), 'peak RSS MiB': Math.round(rss) });
  rmSync(dir, { recursive: true, force: true });
}
console.table(rows);
const [a, c] = [rows[0], rows.at(-1)];
if (rows.length > 1)
  console.log(
    `time per metric at ${c.metrics} / at ${a.metrics}: ${(c['µs per metric'] / a['µs per metric']).toFixed(2)} (1.00 is linear; ${c.metrics / a.metrics}x the metrics took ${(c.seconds / a.seconds).toFixed(1)}x as long)`,
  );
