// npm run demo: runs the built CLI on the example project, in a copy under demo-output/, and shows
// the report. The candidate has one regression that fails its rule, so the gate blocks it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'demo-output');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first');
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
cpSync(join(root, 'examples'), out, { recursive: true });

const say = (text) => console.log(`\n\u001b[1m${text}\u001b[0m`);
say('modelgate compare-metrics: candidate vs baseline with the rules in modelgate.yml');
const started = process.hrtime.bigint();
const run = spawnSync(process.execPath, [cli, 'compare-metrics', '--metrics', 'candidate/metrics.json', '--baseline', 'file:baseline/metrics.json'], {
  cwd: out,
  encoding: 'utf8',
  env: { ...process.env, GITLAB_CI: '', GITHUB_ACTIONS: '' },
});
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(run.stderr);
const outputs = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}');
say(`outputs (stdout, JSON): ${JSON.stringify(outputs)}`);
console.log(`exit code ${run.status} in ${ms.toFixed(0)} ms`);
const markdown = readFileSync(outputs.report, 'utf8');
say(`markdown report (${relative(root, outputs.report)}), as the PR comment shows it:`);
console.log(markdown);
if (run.status === 1 && outputs.verdict === 'fail') {
  console.log(`The gate blocked the candidate, as it should. Files are in ${relative(process.cwd(), out) || '.'}/`);
} else {
  console.error(`unexpected result: exit ${run.status}, verdict ${outputs.verdict}`);
  process.exit(1);
}
