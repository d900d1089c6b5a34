// What compare-metrics' `merge-base` baseline costs in registry requests and time when the run
// train-model recorded (tag `run-<sha>`) is at the baseline commit, 10 or 50 commits back on the
// first-parent line; against a peer design that lists every tag of the model (one `tags/list`).
// Needs the compiled code: run `npx tsc -p tsconfig.json` first (it writes build/). Starts a local
// docker-registry (Distribution 2.8) behind a counting HTTP proxy on loopback and builds a git repository
// of BENCH_COMMITS commits on main (default 60) plus one feature-branch commit, so the merge-base is
// main's tip. BENCH_ROUNDS (default 5) rounds after one warm-up; BENCH_TAGS (default 2000) tags for the peer.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Agent, createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startRegistry } from './registry.mjs';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const buildFile = (...p) => join(root, 'build', ...p);
for (const f of [buildFile('registry', 'runs.js'), buildFile('steps', 'compare-metrics', 'baseline.js'), buildFile('steps', 'compare-metrics', 'run-baseline.js')]) {
  if (!existsSync(f)) {
    console.error(`bench/baseline-lookup.mjs: ${f.slice(root.length + 1)} is missing; run \`npx tsc -p tsconfig.json\` first`);
    process.exit(1);
  }
}
const { openStore } = await import(buildFile('registry', 'store.js'));
const { recordRun, nearestRun, runTag } = await import(buildFile('registry', 'runs.js'));
const { resolveBaseline } = await import(buildFile('steps', 'compare-metrics', 'baseline.js'));
const { runLookup } = await import(buildFile('steps', 'compare-metrics', 'run-baseline.js'));

const commitCount = Number(process.env.BENCH_COMMITS ?? 60);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const tagCount = Number(process.env.BENCH_TAGS ?? 2000);
const depth = 100; // compare-metrics' default `baseline-depth`
const distances = [0, 10, 50];
if (commitCount <= Math.max(...distances)) throw new Error(`BENCH_COMMITS must be more than ${Math.max(...distances)}`);

/** A loopback HTTP proxy in front of the registry that counts requests (and response bytes) by kind. */
async function startCountingProxy(targetPort) {
  const agent = new Agent({ keepAlive: true });
  let counts = {};
  let bytesDown = 0;
  const server = createServer((req, res) => {
    const kind = `${req.method} ${/\/manifests\//.test(req.url) ? 'manifest' : /\/blobs\/uploads/.test(req.url) ? 'upload' : /\/blobs\//.test(req.url) ? 'blob' : /\/tags\/list/.test(req.url) ? 'tags/list' : req.url}`;
    counts[kind] = (counts[kind] ?? 0) + 1;
    // Host is passed on unchanged, so the registry's Location headers point back at the proxy.
    const upstream = request({ host: '127.0.0.1', port: targetPort, method: req.method, path: req.url, headers: req.headers, agent }, (up) => {
      res.writeHead(up.statusCode, up.headers);
      up.on('data', (c) => (bytesDown += c.length));
      up.pipe(res);
    });
    upstream.on('error', (error) => {
      res.writeHead(502);
      res.end(String(error));
    });
    req.pipe(upstream);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: server.address().port,
    reset: () => ((counts = {}), (bytesDown = 0)),
    requests: () => Object.values(counts).reduce((a, b) => a + b, 0),
    counts: () => ({ ...counts }),
    bytesDown: () => bytesDown,
    stop: () => {
      agent.destroy();
      server.closeAllConnections();
      return new Promise((r) => server.close(r));
    },
  };
}

const git = (cwd, args) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
    },
  }).trim();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;
const range = (xs) => (Math.min(...xs) === Math.max(...xs) ? String(xs[0]) : `${Math.min(...xs)}-${Math.max(...xs)}`);
const silent = { info() {}, warning() {}, error() {}, debug() {}, stream() {} };
const record = (commit) =>
  Buffer.from(JSON.stringify({ kind: 'modelgate/run-record', version: 1, commit, metrics: { accuracy: 0.9, loss: 0.31 }, ci: { runUrl: 'https://ci.example/run/1' } }));

/** Times `fn(store)` with a fresh store through the proxy each round (one warm-up round first). */
async function measure(proxy, uri, fn) {
  const times = [];
  const requests = [];
  const bytes = [];
  let last;
  for (let i = 0; i < rounds + 1; i++) {
    const store = openStore(uri);
    proxy.reset();
    const t = process.hrtime.bigint();
    last = await fn(store);
    const elapsed = ms(t);
    store.close?.();
    if (i === 0) continue;
    times.push(elapsed);
    requests.push(proxy.requests());
    bytes.push(proxy.bytesDown());
  }
  return { last, ms: median(times), requests: range(requests), bytes: range(bytes), counts: proxy.counts() };
}

const dir = await mkdtemp(join(tmpdir(), 'modelgate-bench-baseline-'));
const started = process.hrtime.bigint();
let registry;
let proxy;
try {
  registry = await startRegistry(dir, 'bench/baseline-lookup.mjs');
  proxy = await startCountingProxy(registry.port);
  const direct = openStore(`oci://127.0.0.1:${registry.port}/bench`); // setup, not counted
  const uri = `oci://127.0.0.1:${proxy.port}/bench`;

  // The repository: commitCount commits on main, one on a feature branch (HEAD), so merge-base(HEAD, main) = main's tip.
  const repo = join(dir, 'repo');
  await mkdir(repo);
  git(repo, ['init', '--quiet', '--initial-branch=main']);
  for (let i = 0; i < commitCount; i++) {
    await writeFile(join(repo, 'train.py'), `# step ${i}\n`);
    git(repo, ['add', 'train.py']);
    git(repo, ['commit', '--quiet', '-m', `main ${i}`]);
  }
  const tip = git(repo, ['rev-parse', 'main']);
  git(repo, ['checkout', '--quiet', '-b', 'feature']);
  await writeFile(join(repo, 'train.py'), '# feature\n');
  git(repo, ['commit', '--quiet', '-am', 'feature']);
  const head = git(repo, ['rev-parse', 'HEAD']);
  const line = git(repo, ['rev-list', '--first-parent', `--max-count=${depth + 1}`, tip]).split('\n');

  const rows = [];
  for (const distance of distances) {
    const model = `lookup-${distance}`;
    const at = line[distance];
    await recordRun(direct, model, { commit: at, record: record(at) });

    const store = await measure(proxy, uri, (s) => nearestRun(s, model, line));
    if (store.last.run?.commit !== at || store.last.index !== distance)
      throw new Error(`nearestRun found ${store.last.run?.commit} at ${store.last.index}, expected ${at} at ${distance}`);
    rows.push({ what: `${distance === 0 ? 'at the baseline commit' : `${distance} commits back`}: nearestRun`, tried: store.last.tried, ...store });

    const platform = { context: { platform: 'local', workspace: repo, pipeline: 'bench', sha: head, defaultBaseRef: 'main' }, log: silent, mask() {} };
    const resolver = await measure(proxy, uri, async () => {
      let tried;
      const runs = runLookup(platform, { registry: uri, modelName: model }, depth);
      const counted = { ...runs, nearest: async (commits, batch) => ((r) => ((tried = (tried ?? 0) + r.tried), r))(await runs.nearest(commits, batch)) };
      const baseline = await resolveBaseline('merge-base', platform.context, ['metrics.json'], counted);
      return { baseline, tried };
    });
    const info = resolver.last.baseline.info;
    if (info?.source !== 'run' || info.sha !== at || info.distance !== distance)
      throw new Error(`resolveBaseline gave ${JSON.stringify(info)}, expected the run at ${at} (${distance} back)`);
    rows.push({ what: `${distance === 0 ? 'at the baseline commit' : `${distance} commits back`}: resolveBaseline('merge-base')`, tried: resolver.last.tried, ...resolver });
  }

  // Peer design: the model's runs found by listing its tags (one tags/list on Distribution, which does not page).
  const peer = 'lookup-tags';
  const shas = Array.from({ length: tagCount }, (_, i) => createHash('sha1').update(`commit ${i}`).digest('hex'));
  let t = process.hrtime.bigint();
  for (let i = 0; i < shas.length; i += 16) await Promise.all(shas.slice(i, i + 16).map((sha) => recordRun(direct, peer, { commit: sha, record: record(sha) })));
  const seedSeconds = ms(t) / 1000;
  const listing = await measure(proxy, uri, (s) => s.listTags(peer));
  if (listing.last.length !== tagCount || !listing.last.includes(runTag(shas[0]))) throw new Error(`listTags gave ${listing.last.length} tags, expected ${tagCount}`);
  rows.push({ what: `peer: list all ${tagCount} run tags (store.listTags)`, tried: '-', ...listing });
  direct.close?.();

  console.log(
    `baseline lookup against docker-registry on loopback through a counting HTTP proxy (node ${process.version}); ${commitCount} commits on main, baseline-depth ${depth}, median of ${rounds} rounds, fresh store each round`,
  );
  console.log('| recorded run | commits looked up | registry requests | response bytes | ms (median) |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.what} | ${r.tried} | ${r.requests} | ${r.bytes} | ${r.ms.toFixed(1)} |`);
  for (const r of rows)
    console.log(
      `  ${r.what}: ${Object.entries(r.counts)
        .map(([k, v]) => `${v}x ${k}`)
        .join(', ')}`,
    );
  console.log(
    `peer: ${tagCount} run tags recorded with recordRun (16 at a time) in ${seedSeconds.toFixed(1)} s; a hit found that way still needs its manifest and record (2 more requests)`,
  );
  console.log(`total ${(ms(started) / 1000).toFixed(1)} s`);
} finally {
  await proxy?.stop();
  await registry?.stop();
  await rm(dir, { recursive: true, force: true });
}
