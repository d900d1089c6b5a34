import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGenericPackages, type GenericPackagesServer } from './generic-packages.js';
import { publishTarball, runNpm, startVerdaccio, type LocalNpmRegistry } from './verdaccio.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('startVerdaccio', () => {
  let root: string;
  let registry: LocalNpmRegistry;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'modelgate-verdaccio-test-'));
    registry = await startVerdaccio(join(root, 'storage'));
  });

  afterAll(async () => {
    await registry?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('listens on loopback with a token the registry issued', async () => {
    expect(registry.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const whoami = await fetch(`${registry.url}-/whoami`, { headers: { authorization: `Bearer ${registry.token}` } });
    expect(await whoami.json()).toEqual({ username: 'modelgate-ci' });
    const npmrc = readFileSync(registry.npmrc(root), 'utf8');
    expect(npmrc).toBe(`registry=${registry.url}\n${registry.url.replace('http:', '')}:_authToken=${registry.token}\n`);
  });

  it('publishes a packed tarball and serves back the same bytes; unknown packages are 404 (no uplink)', async () => {
    const pkg = join(root, 'mg-fixture');
    mkdirSync(pkg);
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'mg-fixture', version: '1.2.3', description: 'fixture', main: 'index.js', license: 'MIT' }));
    writeFileSync(join(pkg, 'index.js'), 'module.exports = 42;\n');
    const out = join(root, 'packed');
    mkdirSync(out);
    const packed = await runNpm(registry, ['pack', '--json', '--pack-destination', out], pkg);
    expect(packed.code, packed.stderr).toBe(0);
    const tarball = join(out, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);
    const published = readFileSync(tarball);

    // Publishing needs the token: the same PUT without it is refused.
    const anonymous = await fetch(`${registry.url}mg-fixture`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(anonymous.status).toBe(401);

    await publishTarball(registry, tarball, root);

    const view = await runNpm(registry, ['view', 'mg-fixture@1.2.3', 'version', '--registry', registry.url], root);
    expect(view.code, view.stderr).toBe(0);
    expect(view.stdout.trim()).toBe('1.2.3');

    const down = join(root, 'downloaded');
    mkdirSync(down);
    const fetched = await runNpm(registry, ['pack', 'mg-fixture@1.2.3', '--json', '--pack-destination', down, '--registry', registry.url], root);
    expect(fetched.code, fetched.stderr).toBe(0);
    const served = readFileSync(join(down, (JSON.parse(fetched.stdout) as { filename: string }[])[0]!.filename));
    expect(sha256(served)).toBe(sha256(published));

    const missing = await runNpm(registry, ['view', 'left-pad', 'version', '--registry', registry.url], root);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/E404/);
    const raw = await fetch(`${registry.url}left-pad`);
    expect(raw.status).toBe(404);
  });
});

describe('startGenericPackages', () => {
  let gl: GenericPackagesServer;
  const pkgUrl = (id: string | number, file = 'model.onnx', version = '1.2.3') => `${gl.apiUrl}/projects/${id}/packages/generic/model/${version}/${file}`;

  beforeAll(async () => {
    gl = await startGenericPackages({
      projects: [
        { id: 7, path: 'group/modelgate', public: false },
        { id: 8, path: 'group/other', public: false },
        { id: 9, path: 'group/open', public: true },
      ],
      tokens: {
        'glpat-dev': { kind: 'private', projects: [7, 9], write: [7] },
        'job-7': { kind: 'job', projects: [7], write: [7] },
        'job-8': { kind: 'job', projects: [8], write: [8] },
        'deploy-ro': { kind: 'deploy', projects: [7] },
      },
    });
  });

  afterAll(async () => {
    await gl?.stop();
  });

  it('PUT then GET returns the same bytes, by numeric id and by URL-encoded path', async () => {
    const bytes = Buffer.from([0, 1, 2, 255, 254, 10, 13, 0]);
    const put = await fetch(pkgUrl(7), { method: 'PUT', headers: { 'PRIVATE-TOKEN': 'glpat-dev' }, body: bytes });
    expect(put.status).toBe(201);
    expect(await put.json()).toEqual({ message: '201 Created' });
    expect(gl.files.get('7/model/1.2.3/model.onnx')).toEqual(bytes);

    for (const id of ['7', 'group%2Fmodelgate', 'GROUP%2Fmodelgate']) {
      const get = await fetch(pkgUrl(id), { headers: { 'JOB-TOKEN': 'job-7' } });
      expect(get.status, id).toBe(200);
      expect(get.headers.get('content-type')).toBe('application/octet-stream');
      expect(get.headers.get('x-checksum-sha256')).toBe(sha256(bytes));
      expect(Buffer.from(await get.arrayBuffer())).toEqual(bytes);
    }
    expect(gl.requests.at(-1)).toMatchObject({ method: 'GET', path: '/api/v4/projects/GROUP%2Fmodelgate/packages/generic/model/1.2.3/model.onnx', status: 200 });
  });

  it('accepts Bearer, Deploy-Token and Basic (any user) as GitLab does; select=package_file returns the file record', async () => {
    const select = await fetch(`${pkgUrl(7, 'card.json')}?select=package_file&status=hidden`, { method: 'PUT', headers: { authorization: 'Bearer glpat-dev' }, body: '{}' });
    expect(select.status).toBe(200);
    expect(await select.json()).toMatchObject({ file_name: 'card.json', size: 2, file_sha256: sha256(Buffer.from('{}')) });
    expect(gl.statuses.get('7/model/1.2.3')).toBe('hidden');

    const basic = `Basic ${Buffer.from('anyone:job-7').toString('base64')}`;
    expect((await fetch(pkgUrl(7, 'card.json'), { headers: { authorization: basic } })).status).toBe(200);
    expect((await fetch(pkgUrl(7, 'card.json'), { headers: { 'Deploy-Token': 'deploy-ro' } })).status).toBe(200);
    // A read-only deploy token may not publish to a project it can see.
    const ro = await fetch(pkgUrl(7, 'x.bin'), { method: 'PUT', headers: { 'Deploy-Token': 'deploy-ro' }, body: 'x' });
    expect(ro.status).toBe(403);
    expect(await ro.json()).toEqual({ message: '403 Forbidden' });
  });

  it('a wrong token is 401, even on a public project', async () => {
    for (const headers of [{ 'PRIVATE-TOKEN': 'nope' }, { 'JOB-TOKEN': 'glpat-dev' }, { authorization: 'Bearer nope' }] as Record<string, string>[]) {
      const res = await fetch(pkgUrl(9), { headers });
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Basic realm="GitLab Packages Registry"');
      expect(await res.json()).toEqual({ message: '401 Unauthorized' });
    }
    const put = await fetch(pkgUrl(7), { method: 'PUT', body: 'x' });
    expect(put.status).toBe(401);
  });

  it("a job token of a project not on a private project's allowlist gets 404: GitLab hides the project", async () => {
    gl.put(7, 'model', '1.2.3', 'weights.bin', 'w');
    const get = await fetch(pkgUrl(7, 'weights.bin'), { headers: { 'JOB-TOKEN': 'job-8' } });
    expect(get.status).toBe(404);
    expect(await get.json()).toEqual({ message: '404 Not Found' });
    const put = await fetch(pkgUrl(7, 'weights.bin'), { method: 'PUT', headers: { 'JOB-TOKEN': 'job-8' }, body: 'evil' });
    expect(put.status).toBe(404);
    expect(gl.files.get('7/model/1.2.3/weights.bin')?.toString()).toBe('w');
    // Without any credentials a private project asks for them instead.
    expect((await fetch(pkgUrl(7, 'weights.bin'))).status).toBe(401);
  });

  it('a public project downloads anonymously (and with a token of another project); publishing there still needs write access', async () => {
    gl.put(9, 'model', '1.2.3', 'model.onnx', 'public-bytes');
    const anon = await fetch(pkgUrl(9));
    expect(anon.status).toBe(200);
    expect(await anon.text()).toBe('public-bytes');
    expect((await fetch(pkgUrl(9), { headers: { 'JOB-TOKEN': 'job-8' } })).status).toBe(200);
    expect((await fetch(pkgUrl(9), { method: 'PUT', headers: { 'JOB-TOKEN': 'job-8' }, body: 'x' })).status).toBe(403);
    const missing = await fetch(pkgUrl(9, 'nope.bin'));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ message: '404 Not found' });
  });

  it('validates name, version and file name with GitLab regexes: 400', async () => {
    const headers = { 'PRIVATE-TOKEN': 'glpat-dev' };
    const bad = await fetch(pkgUrl(7, 'model.onnx', '1..2'), { method: 'PUT', headers, body: 'x' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'package_version is invalid' });
    expect((await fetch(pkgUrl(7, 'model.onnx', 'v1.2.4-build'), { method: 'PUT', headers, body: 'x' })).status).toBe(201);
    const file = await fetch(pkgUrl(7, 'my%20file'), { headers });
    expect(await file.json()).toEqual({ error: 'file_name is invalid' });
    const traversal = await fetch(`${gl.apiUrl}/projects/7/packages/generic/model/1.2.3/..%2F.ssh%2Fauthorized_keys`, { headers });
    expect(traversal.status).toBe(400);
    const status = await fetch(`${pkgUrl(7)}?status=processing`, { method: 'PUT', headers, body: 'x' });
    expect(await status.json()).toEqual({ error: 'status does not have a valid value' });
  });
});

describe('stop()', () => {
  it('closes every server and connection of both helpers', async () => {
    const tcp = () => process.getActiveResourcesInfo().filter((r) => r.startsWith('TCP')).length;
    // Sockets the earlier suites' stop() closed may still be winding down for a tick.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const before = tcp();
    const root = mkdtempSync(join(tmpdir(), 'modelgate-stop-test-'));
    try {
      const registry = await startVerdaccio(join(root, 'storage'));
      const gl = await startGenericPackages({ projects: [{ id: 1, path: 'a/b', public: true }], tokens: {} });
      await (await fetch(`${registry.url}left-pad`)).text();
      await (await fetch(`${gl.apiUrl}/projects/1/packages/generic/p/1.0.0/f`)).text();
      expect(tcp()).toBeGreaterThan(before);
      await Promise.all([registry.stop(), gl.stop()]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(tcp()).toBe(before);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
