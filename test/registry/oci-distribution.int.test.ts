import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OciDistributionStore } from '../../src/registry/oci-distribution.js';
import { pullVersion, pushVersion } from '../../src/registry/models.js';
import { openStore } from '../../src/registry/store.js';
import { startRegistry, startTcpProxy, type RunningRegistry, type TcpProxy } from '../helpers/registry-server.js';
import { defineStoreSuite, modelFiles } from './store-suite.js';

const run = promisify(execFile);

defineStoreSuite('OCI Distribution registry (docker-registry 2.8)', async () => {
  const registry = await startRegistry();
  const proxy = await startTcpProxy(registry.port);
  const opened: OciDistributionStore[] = [];
  return {
    open: () => {
      const store = openStore(`oci://${proxy.host}/team`) as OciDistributionStore;
      opened.push(store);
      return store;
    },
    bytesUp: () => proxy.bytesUp(),
    teardown: async () => {
      for (const store of opened) store.close();
      await proxy.stop();
      await registry.stop();
    },
  };
});

describe('OCI Distribution registry specifics', () => {
  let registry: RunningRegistry;
  let proxy: TcpProxy;
  const dirs: string[] = [];
  beforeAll(async () => {
    registry = await startRegistry();
    proxy = await startTcpProxy(registry.port);
  });
  afterAll(async () => {
    await proxy?.stop();
    await registry?.stop();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  test('a blob upload cut mid-way is completed on retry and stores the right bytes', async () => {
    const store = openStore(`oci://${proxy.host}/cut`, { chunkBytes: 2 * 1024 * 1024 } as Parameters<typeof openStore>[1]) as OciDistributionStore;
    const { dir, files } = await modelFiles({ 'big.bin': 5 * 1024 * 1024 });
    dirs.push(dir);
    const content = await readFile(files[0]!.path);
    const digest = `sha256:${createHash('sha256').update(content).digest('hex')}`;
    const cutsBefore = proxy.cuts();
    proxy.cutAfter(3 * 1024 * 1024);
    const pushed = await pushVersion(store, 'model', 'v-1', files, Buffer.from('{}'), {});
    expect(proxy.cuts()).toBe(cutsBefore + 1);
    expect(pushed.bytesSent).toBeGreaterThan(content.length);
    expect(await store.hasBlob('model', digest)).toBe(true);
    await pullVersion(store, 'model', 'v-1', join(dir, 'out'));
    expect(
      createHash('sha256')
        .update(await readFile(join(dir, 'out', 'big.bin')))
        .digest('hex'),
    ).toBe(digest.slice(7));
    store.close();
  });

  test('skopeo inspects a pushed version and sees its annotations', async () => {
    const store = openStore(`oci://${registry.host}/interop`) as OciDistributionStore;
    const { dir, files } = await modelFiles({ 'model.onnx': 10_000 });
    dirs.push(dir);
    const pushed = await pushVersion(store, 'clf', 'v-3', files, Buffer.from('{"run":3}'), { 'dev.modelgate.gate': 'pass' });
    store.close();
    const { stdout } = await run('skopeo', ['inspect', '--tls-verify=false', '--raw', `docker://${registry.host}/interop/clf:v-3`]);
    const manifest = JSON.parse(stdout);
    expect(manifest.artifactType).toBe('application/vnd.modelgate.model.v1');
    expect(manifest.annotations).toMatchObject({ 'dev.modelgate.gate': 'pass', 'org.opencontainers.image.version': 'v-3' });
    // The manifest skopeo reads is the one pushed, byte for byte. (Plain `skopeo inspect` of skopeo 1.9 refuses
    // any artifact whose config is not an image config, so `--raw` is the form that works for model versions.)
    expect(`sha256:${createHash('sha256').update(stdout).digest('hex')}`).toBe(pushed.digest);
  });

  test('a manifest naming a missing blob is refused by the registry', async () => {
    const store = openStore(`oci://${registry.host}/refuse`) as OciDistributionStore;
    const bytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: `sha256:${'1'.repeat(64)}`, size: 2 },
        layers: [],
      }),
    );
    await expect(store.putManifest('m', 'v-1', bytes, 'application/vnd.oci.image.manifest.v1+json')).rejects.toThrow(/MANIFEST_BLOB_UNKNOWN|BLOB_UNKNOWN/);
    store.close();
  });
});
