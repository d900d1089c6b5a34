// Push throughput of the registry store against `curl --upload-file`, on a local docker-registry
// (Distribution 2.8). Needs the compiled code: run `npx tsc -p tsconfig.json` first (it writes build/).
// Writes two 1 GiB random files (BENCH_PUSH_MIB to change), uploads one with curl (POST for a session,
// then one PUT of the whole file), pushes the other as a model version, then pushes it again unchanged.
// Prints MB/s for each, the ratio (goal: modelgate >= 80 % of curl) and the bytes the second push sent.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync, openSync, writeSync, closeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startRegistry } from './registry.mjs';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'build', 'registry', 'models.js');
if (!existsSync(built)) {
  console.error('bench/push.mjs: build/registry/models.js is missing; run `npx tsc -p tsconfig.json` first');
  process.exit(1);
}
const { openStore, pushVersion } = await import(built);
const mib = Number(process.env.BENCH_PUSH_MIB ?? 1024);
const bytes = mib * 1024 * 1024;

function writeRandomFile(path) {
  const fd = openSync(path, 'w');
  const chunk = 64 * 1024 * 1024;
  for (let written = 0; written < bytes; written += chunk) writeSync(fd, randomBytes(Math.min(chunk, bytes - written)));
  closeSync(fd);
}

async function sha256(path) {
  const hash = createHash('sha256');
  for await (const c of createReadStream(path, { highWaterMark: 4 << 20 })) hash.update(c);
  return `sha256:${hash.digest('hex')}`;
}

function startUpload(port, name) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: `/v2/${name}/blobs/uploads/`, headers: { 'content-length': 0 } }, (res) => {
      res.resume();
      resolve(res.headers.location);
    });
    req.on('error', reject);
    req.end();
  });
}

const dir = await mkdtemp(join(tmpdir(), 'modelgate-bench-push-'));
const registry = await startRegistry(dir, 'bench/push.mjs');
try {
  const curlFile = join(dir, 'curl.bin');
  const modelFile = join(dir, 'model.bin');
  const knownFile = join(dir, 'known.bin');
  writeRandomFile(curlFile);
  writeRandomFile(modelFile);
  writeRandomFile(knownFile);
  // Every file is read once before timing, so all runs start from the page cache. The known file's
  // digest stands for the one train-model put in the run record, which deploy-model passes on.
  const curlDigest = await sha256(curlFile);
  await sha256(modelFile);
  const knownDigest = (await sha256(knownFile)).slice('sha256:'.length);

  const location = await startUpload(registry.port, 'bench/curl');
  const url = `${location}${location.includes('?') ? '&' : '?'}digest=${encodeURIComponent(curlDigest)}`;
  let t = process.hrtime.bigint();
  const curl = spawnSync('curl', ['-sS', '-o', '/dev/null', '-w', '%{http_code}', '-T', curlFile, '-X', 'PUT', url, '-H', 'Content-Type: application/octet-stream']);
  const curlSeconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (curl.stdout.toString() !== '201') throw new Error(`curl upload answered ${curl.stdout} ${curl.stderr}`);

  const store = openStore(`oci://127.0.0.1:${registry.port}/bench`, process.env.BENCH_CHUNK_MIB ? { chunkBytes: Number(process.env.BENCH_CHUNK_MIB) * 1024 * 1024 } : {});
  const files = [{ path: modelFile, name: 'model.bin' }];
  t = process.hrtime.bigint();
  await pushVersion(store, 'model', 'v-known', [{ path: knownFile, name: 'model.bin', sha256: knownDigest }], Buffer.from('{"bench":0}'), {});
  const knownSeconds = Number(process.hrtime.bigint() - t) / 1e9;
  t = process.hrtime.bigint();
  const first = await pushVersion(store, 'model', 'v-1', files, Buffer.from('{"bench":1}'), {});
  const pushSeconds = Number(process.hrtime.bigint() - t) / 1e9;
  t = process.hrtime.bigint();
  const second = await pushVersion(store, 'model', 'v-2', files, Buffer.from('{"bench":1}'), {});
  const againSeconds = Number(process.hrtime.bigint() - t) / 1e9;

  const rate = (s) => (bytes / 1e6 / s).toFixed(0);
  console.log(`push of ${mib} MiB to docker-registry on loopback (${process.version})`);
  console.log('| run | seconds | MB/s | bytes sent |');
  console.log('| --- | ---: | ---: | ---: |');
  console.log(`| curl --upload-file (PUT, digest known) | ${curlSeconds.toFixed(2)} | ${rate(curlSeconds)} | ${bytes} |`);
  console.log(`| modelgate push, digest from the run record (deploy-model) | ${knownSeconds.toFixed(2)} | ${rate(knownSeconds)} | ${bytes} |`);
  console.log(`| modelgate push, hashing the file first | ${pushSeconds.toFixed(2)} | ${rate(pushSeconds)} | ${first.bytesSent} |`);
  console.log(`| modelgate pushVersion, unchanged file, new version | ${againSeconds.toFixed(2)} | - | ${second.bytesSent} |`);
  console.log(
    `throughput vs curl: ${((curlSeconds / knownSeconds) * 100).toFixed(0)} % as deploy-model pushes (digest known), ${((curlSeconds / pushSeconds) * 100).toFixed(0)} % hashing first (goal >= 80 %)`,
  );
  store.close?.();
} finally {
  await registry.stop();
  await rm(dir, { recursive: true, force: true });
}
