import { mkdtemp, readFile, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { pushVersion } from '../../src/registry/models.js';
import { openStore } from '../../src/registry/store.js';
import { defineStoreSuite, modelFiles } from './store-suite.js';

const workspaces: string[] = [];
afterAll(async () => {
  for (const dir of workspaces) await rm(dir, { recursive: true, force: true });
});

defineStoreSuite('oci-layout', async () => {
  const workspace = await mkdtemp(join(tmpdir(), 'modelgate-layout-'));
  return {
    open: () => openStore('oci-layout:.modelgate/models', { workspace }),
    teardown: () => rm(workspace, { recursive: true, force: true }),
  };
});

describe('oci-layout on disk', () => {
  test('writes the OCI image layout: oci-layout, index.json with ref.name tags, blobs by digest', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'modelgate-layout-'));
    workspaces.push(workspace);
    const store = openStore('oci-layout:models', { workspace });
    const { dir, files } = await modelFiles({ 'model.onnx': 4096 });
    workspaces.push(dir);
    const pushed = await pushVersion(store, 'team/clf', 'v-7', files, Buffer.from('{"run":7}'), {});
    const root = join(workspace, 'models', 'team', 'clf');
    expect(JSON.parse(await readFile(join(root, 'oci-layout'), 'utf8'))).toEqual({ imageLayoutVersion: '1.0.0' });
    const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
    expect(index.manifests).toEqual([
      expect.objectContaining({
        digest: pushed.digest,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        artifactType: 'application/vnd.modelgate.model.v1',
        annotations: { 'org.opencontainers.image.ref.name': 'v-7' },
      }),
    ]);
    const manifest = JSON.parse(await readFile(join(root, 'blobs', 'sha256', pushed.digest.slice(7)), 'utf8'));
    expect(manifest.layers[0]).toMatchObject({ size: 4096, annotations: { 'org.opencontainers.image.title': 'model.onnx' } });
    expect((await stat(join(root, 'blobs', 'sha256', manifest.layers[0].digest.slice(7)))).size).toBe(4096);
    // No lock file or temp file is left behind.
    await expect(stat(join(root, 'index.json.lock'))).rejects.toThrow();
  });

  test('refuses a layout folder outside the workspace, by path or through a link', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'modelgate-layout-'));
    const outside = await mkdtemp(join(tmpdir(), 'modelgate-outside-'));
    workspaces.push(workspace, outside);
    await symlink(outside, join(workspace, 'link'));
    await expect(openStore('oci-layout:../elsewhere', { workspace }).listTags('m')).rejects.toThrow(/outside the workspace/);
    await expect(openStore('oci-layout:link/models', { workspace }).listTags('m')).rejects.toThrow(/symbolic link/);
    await expect(openStore('oci-layout:models', { workspace }).listTags('../m')).rejects.toThrow(UserError);
  });

  test('a store URI with an unknown scheme names the input and both forms', () => {
    expect(() => openStore('s3://bucket/models')).toThrow(/registry: .*'oci-layout:<folder>'.*'oci:\/\/<host\[:port\]>\/<repository-prefix>'/);
    expect(() => openStore('oci://user:secret@ghcr.io/org')).toThrow(UserError);
    try {
      openStore('oci://user:secret@ghcr.io/org');
    } catch (error) {
      expect((error as Error).message).not.toContain('secret');
    }
    expect(openStore('oci://ghcr.io/my-org/models').uri).toBe('oci://ghcr.io/my-org/models');
  });
});
