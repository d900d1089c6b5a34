// npm run demo: the whole modelgate chain on the example project, locally, with the committed bundle
// (dist/cli.js) and the embedded defaults: the local platform and the on-disk model store. It runs in a
// copy of examples/ under demo-output/ and fetches nothing.
//   1. validate the data (and keep its profile as the drift reference), train, compare with production
//      (nothing there yet), promote;
//   2. a regressing candidate: the gate blocks it, and the report says why;
//   3. a better candidate whose smoke test fails: promoted, then rolled back automatically;
//   4. the history of production.
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'demo-output');
const project = join(out, 'project');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first');
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'logs'), { recursive: true });
cpSync(join(root, 'examples'), project, { recursive: true, filter: (src) => !/[/\\]out$/.test(src) });
const summaryFile = join(out, 'summary.md');
writeFileSync(summaryFile, '# modelgate demo\n\n');

const tty = process.stdout.isTTY;
const bold = (t) => (tty ? `\u001b[1m${t}\u001b[0m` : t);
const dim = (t) => (tty ? `\u001b[2m${t}\u001b[0m` : t);
const mark = { ok: tty ? '\u001b[32m✔\u001b[0m' : 'ok', blocked: tty ? '\u001b[33m■\u001b[0m' : '--', fail: tty ? '\u001b[31m✘\u001b[0m' : 'XX' };
const started = performance.now();
let count = 0;
const problems = [];

/** Runs `modelgate <args>` in the project; keeps its log; returns its exit code, outputs and stderr. */
function modelgate(args, env = {}) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: project,
      env: { ...process.env, GITLAB_CI: '', GITHUB_ACTIONS: '', MODELGATE_SUMMARY_FILE: summaryFile, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => {
      count++;
      writeFileSync(join(out, 'logs', `${String(count).padStart(2, '0')}-${args[0]}.log`), `$ modelgate ${args.join(' ')}\n${stderr}${stdout}`);
      let outputs;
      try {
        outputs = JSON.parse(stdout.trim().split('\n').pop() || '{}');
      } catch {
        outputs = {}; // history prints a table, not outputs
      }
      resolve({ code, outputs, stdout, stderr, ms: performance.now() - t0 });
    });
  });
}

/** One line per step: what it did, in its own words (outputs), and how long it took. */
function line(state, step, text, ms) {
  console.log(`  ${mark[state]} ${step.padEnd(17)} ${text}${dim(` (${(ms / 1000).toFixed(1)}s)`)}`);
}

function expect(ok, what) {
  if (!ok) problems.push(what);
}

const train = (run, extraEnv = {}) =>
  modelgate(
    [
      'train-model',
      '--working-directory',
      'train',
      '--run',
      'node train.mjs',
      '--params',
      'train/params.yaml',
      '--data',
      'train/data/iris.csv',
      '--metrics',
      'train/out/metrics.json',
      '--model',
      'train/out/model',
      '--gpu-info',
      'modelgate-gpu/gpu-info.json',
      '--output',
      `runs/${run}`,
    ],
    extraEnv,
  );
const challenge = (run) =>
  modelgate([
    'compare-metrics',
    '--metrics',
    `runs/${run}/run.json`,
    '--baseline',
    'env:production',
    '--model-name',
    'iris',
    '--fail-on',
    'never',
    '--comment',
    'false',
    '--title',
    `${run} vs production`,
    '--report',
    `reports/${run}`,
  ]);
const deploy = (run, extra = []) =>
  modelgate([
    'deploy-model',
    '--run-record',
    `runs/${run}/run.json`,
    '--comparison',
    `reports/${run}/compare-metrics.json`,
    '--model-name',
    'iris',
    '--model-version',
    run,
    '--environment',
    'production',
    ...extra,
  ]);
const metric = (r, name) => JSON.parse(r.outputs.metrics ?? '{}')[name];

console.log(bold(`modelgate demo: the whole chain on examples/, locally (files in ${relative(process.cwd(), out) || '.'}/)`));

console.log(bold('\n1. A first model: check the data, train, compare with production, promote'));
let r = await modelgate(['setup-gpu-runner', '--allow-cpu', 'true']);
line(
  r.code === 0 ? 'ok' : 'fail',
  'setup-gpu-runner',
  r.outputs['gpu-count'] === '0' ? 'no GPU here: training runs on CPU' : `${r.outputs['gpu-count']} GPU(s): ${r.outputs['gpu-names']}`,
  r.ms,
);
expect(r.code === 0, 'setup-gpu-runner failed');
r = await modelgate(['validate-data', '--data', 'train/data/iris.csv', '--mode', 'profile', '--profile', 'reference/iris.profile.json']);
const report = r.outputs.report ? JSON.parse(readFileSync(r.outputs.report, 'utf8')) : undefined;
const warned = report?.checks.filter((c) => !c.passed).map((c) => `'${c.title}' failed ${c.count}x`) ?? [];
line(
  r.code === 0 ? 'ok' : 'fail',
  'validate-data',
  `${r.outputs.rows} rows match train/data/iris.schema.yaml and the checks in modelgate.yml${warned.length ? `; warning: ${warned.join(', ')}` : ''}; profile kept as the drift reference`,
  r.ms,
);
expect(r.code === 0 && r.outputs.valid === 'true', 'validate-data did not pass');
r = await train('v1');
line(r.code === 0 ? 'ok' : 'fail', 'train-model', `v1: test accuracy ${metric(r, 'test.accuracy')}, model ${r.outputs['model-digest']?.slice(0, 19)}`, r.ms);
r = await challenge('v1');
line(r.code === 0 ? 'ok' : 'fail', 'compare-metrics', `v1 vs production: ${r.outputs.verdict} (nothing deployed yet: absolute bounds only)`, r.ms);
r = await deploy('v1');
line(r.outputs.promoted === 'true' ? 'ok' : 'fail', 'deploy-model', `v1 promoted to production (${r.outputs.digest?.slice(0, 19)})`, r.ms);
expect(r.outputs.promoted === 'true', 'v1 was not promoted');

console.log(bold('\n2. A regressing candidate (3 epochs): the gate blocks it'));
r = await train('v2', { EPOCHS: '3' });
line(r.code === 0 ? 'ok' : 'fail', 'train-model', `v2: test accuracy ${metric(r, 'test.accuracy')}`, r.ms);
r = await challenge('v2');
const rows = r.stderr.split('\n').filter((l) => /^\s*FAIL\s/.test(l));
line(r.outputs.verdict === 'fail' ? 'blocked' : 'fail', 'compare-metrics', `v2 vs production: ${r.outputs.verdict}, ${rows.length} metrics past their rules:`, r.ms);
for (const row of rows) console.log(`      ${row.trim()}`);
r = await deploy('v2');
line(r.code !== 0 && r.outputs.promoted === 'false' ? 'blocked' : 'fail', 'deploy-model', 'v2 pushed but not promoted: production stays on v1', r.ms);
expect(r.code !== 0 && /not promoted to production: the gate verdict is fail/.test(r.stderr), 'v2 was not blocked by the gate');

console.log(bold('\n3. A better candidate (600 epochs) whose smoke test fails: rolled back automatically'));
const server = createServer((_req, res) => {
  res.statusCode = 503;
  res.end('model server not ready\n');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const smoke = `http://127.0.0.1:${server.address().port}/healthz`;
r = await train('v3', { EPOCHS: '600' });
line(r.code === 0 ? 'ok' : 'fail', 'train-model', `v3: test accuracy ${metric(r, 'test.accuracy')}`, r.ms);
r = await challenge('v3');
line(r.outputs.verdict !== 'fail' ? 'ok' : 'fail', 'compare-metrics', `v3 vs production: ${r.outputs.verdict}`, r.ms);
r = await deploy('v3', ['--smoke-test', smoke, '--smoke-timeout', '2s']);
server.close();
const undone = /rolled back to v1/.test(r.stderr);
line(undone ? 'blocked' : 'fail', 'deploy-model', `v3 promoted, smoke test got 503 from ${smoke}: production rolled back to v1`, r.ms);
expect(r.code !== 0 && undone, 'v3 was not rolled back after its smoke test failed');

console.log(bold('\n4. What happened to production, newest first (modelgate history)'));
r = await modelgate(['history', '--model-name', 'iris', '--env', 'production']);
console.log(r.stdout.replace(/^/gm, '  ').trimEnd());
expect(r.code === 0 && /rollback/.test(r.stdout), 'the history does not show the rollback');
appendFileSync(summaryFile, (await modelgate(['history', '--model-name', 'iris', '--env', 'production', '--format', 'markdown'])).stdout);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length) {
  console.error(`\nThe demo did not go as expected: ${problems.join('; ')}. Logs: ${relative(process.cwd(), join(out, 'logs'))}/`);
  process.exit(1);
}
console.log(`\n${bold('Done')} in ${seconds}s. Promoted, blocked and rolled back as a team would want.`);
console.log(
  `Every step's markdown report is in ${relative(process.cwd(), summaryFile)}, the logs in ${relative(process.cwd(), join(out, 'logs'))}/, the model store in ${relative(process.cwd(), join(project, '.modelgate/registry'))}/.`,
);
