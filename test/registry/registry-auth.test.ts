import { createHash } from 'node:crypto';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { readFile, rm } from 'node:fs/promises';
import { afterEach, describe, expect, test } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { pushVersion, resolveVersion } from '../../src/registry/models.js';
import { OciDistributionStore } from '../../src/registry/oci-distribution.js';
import { parseChallenge, RegistryAuth } from '../../src/registry/registry-auth.js';
import { openStore, type StoreOptions } from '../../src/registry/store.js';
import { startTcpProxy, type TcpProxy } from '../helpers/registry-server.js';
import { FakeRegistry, type FakeAuth } from './fake-registry.js';
import { modelFiles } from './store-suite.js';

const SECRET = 'ghp_s3cr3t-t0ken-value';
const running: { stop(): Promise<void> }[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) await r.stop();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function fake(auth: FakeAuth): Promise<FakeRegistry> {
  const registry = await new FakeRegistry(auth).start();
  running.push(registry);
  return registry;
}

async function pushOne(host: string, options: StoreOptions & { chunkBytes?: number }, size = 4000) {
  const store = openStore(`oci://${host}/org`, options) as OciDistributionStore;
  const { dir, files } = await modelFiles({ 'model.bin': size });
  dirs.push(dir);
  try {
    const pushed = await pushVersion(store, 'clf', 'v-1', files, Buffer.from('{"run":1}'), {});
    return { store, pushed, file: files[0]!.path };
  } finally {
    store.close();
  }
}

describe('registry authentication', () => {
  test('parses a bearer challenge', () => {
    expect(parseChallenge('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:org/m:pull,push"')).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:org/m:pull,push' },
    });
  });

  test('credentials go to a token realm only over https or to loopback, never to plain http elsewhere', async () => {
    const agents = { http: new HttpAgent(), https: new HttpsAgent() };
    const auth = new RegistryAuth('registry.example.net', 'user', SECRET, agents, 1000);
    const error = await auth.answer('Bearer realm="http://auth.example.net/token",service="x"', 'org/m', undefined).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'registry.example.net: the registry names the token service http://auth.example.net/token, which is not https: modelgate sends the registry credentials only over https (or to this machine)',
    );
    expect((error as Error).message).not.toContain(SECRET);
  });

  test('bearer flow: a 401 sends it to the realm with basic credentials; the token is cached and used', async () => {
    const registry = await fake({ kind: 'bearer', username: 'ci', password: SECRET });
    const { store, pushed } = await pushOne(registry.host, { username: 'ci', password: SECRET });
    expect(pushed.created).toBe(true);
    expect(registry.tokenRequests).toBe(1);
    expect(registry.seen.filter((h) => h.startsWith('Bearer ')).length).toBeGreaterThan(5);
    const info = await resolveVersion(store, 'clf', 'v-1');
    expect(info).toMatchObject({ version: 'v-1', digest: pushed.digest, runRecord: { run: 1 } });
    expect(registry.tokenRequests).toBe(1);
  });

  test('bearer flow with a wrong token: a UserError that never shows the secret', async () => {
    const registry = await fake({ kind: 'bearer', username: 'ci', password: SECRET });
    const error = await pushOne(registry.host, { username: 'ci', password: 'wrong-secret-123' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/refused the credentials/);
    expect((error as Error).message).not.toContain('wrong-secret-123');
  });

  test('basic auth works, and a wrong password is a UserError without the password', async () => {
    const registry = await fake({ kind: 'basic', username: 'ci', password: SECRET });
    const { pushed } = await pushOne(registry.host, { username: 'ci', password: SECRET });
    expect(pushed.created).toBe(true);
    expect(registry.blobs.size).toBe(2);
    const error = await pushOne(registry.host, { username: 'ci', password: `${SECRET}x` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).not.toContain(SECRET);
    const anonymous = await pushOne(registry.host, {}).catch((e: unknown) => e);
    expect((anonymous as Error).message).toMatch(/needs credentials/);
  });
});

describe('resumable uploads', () => {
  let proxy: TcpProxy | undefined;
  afterEach(async () => {
    await proxy?.stop();
    proxy = undefined;
  });

  test('a PATCH cut mid-way resumes from the Range the registry reports, without re-sending the blob', async () => {
    const registry = await fake({ kind: 'none' });
    proxy = await startTcpProxy(registry.port);
    const size = 6 * 1024 * 1024;
    proxy.cutAfter(4 * 1024 * 1024);
    const { pushed, file } = await pushOne(proxy.host, { chunkBytes: 4 * 1024 * 1024 } as StoreOptions, size);
    expect(proxy.cuts()).toBe(1);
    // Restarting would send 4 MiB + 6 MiB; resuming sends the rest of what the server lacked.
    expect(proxy.bytesUp()).toBeLessThan(size + 512 * 1024);
    expect(pushed.created).toBe(true);
    const content = await readFile(file);
    const digest = `sha256:${createHash('sha256').update(content).digest('hex')}`;
    expect(registry.blobs.get(`org/clf@${digest}`)?.equals(content)).toBe(true);
  });
});
