import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { restoreServiceEnv, stubServiceEnv } from '../helpers/service-env.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExternalError } from '../../src/core/errors.js';
import { createGitHubStorage } from '../../src/platform/github-storage.js';

/*
 * The real @actions/cache 6 and @actions/artifact 6 run against nock: the v2 "results" twirp services on
 * a fake ACTIONS_RESULTS_URL and Azure blob storage on a made-up account (the cache download takes the
 * Azure SDK path only for *.blob.core.windows.net hosts, which is what the runner hands out).
 */
const RESULTS = 'https://results.example.test';
const BLOB = 'https://modelgatetest.blob.core.windows.net';
const CACHE_RPC = '/twirp/github.actions.results.api.v1.CacheService';
const ARTIFACT_RPC = '/twirp/github.actions.results.api.v1.ArtifactService';
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
// Unsigned: the artifact client only decodes the claims, for the run and job backend ids in `scp`.
const TOKEN = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: 'Actions.GenericRead:1 Actions.Results:run-1:job-1' })}.`;
const BLOB_HEADERS = () => ({
  etag: '"0x8DC0FFEE"',
  'last-modified': new Date().toUTCString(),
  'x-ms-request-id': 'req-1',
  'x-ms-version': '2024-11-04',
  'x-ms-request-server-encrypted': 'true',
  date: new Date().toUTCString(),
});
// @actions/cache compresses with zstd when `zstd` is on PATH and with gzip otherwise; the fixture must match.
const hasZstd = spawnSync('zstd', ['--quiet', '--version']).status === 0;
const compression = hasZstd ? ['--use-compress-program', 'zstd'] : ['-z'];
const decompression = hasZstd ? ['--use-compress-program', 'unzstd'] : ['-z'];

let workspace: string;
let scratch: string;

beforeAll(() => nock.disableNetConnect());
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'gh-storage-'));
  workspace = join(scratch, 'workspace');
  mkdirSync(join(scratch, 'temp'));
  mkdirSync(workspace);
  const stub: Record<string, string | undefined> = {
    ACTIONS_RESULTS_URL: `${RESULTS}/`,
    ACTIONS_RUNTIME_TOKEN: TOKEN,
    ACTIONS_CACHE_SERVICE_V2: 'true',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: join(scratch, 'temp'),
  };
  stubServiceEnv(stub, ['ACTIONS_CACHE_URL', 'ACTIONS_CACHE_MODE', 'ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY']);
});
afterEach(() => restoreServiceEnv(scratch));
afterAll(() => nock.enableNetConnect());

/** GetCacheEntryDownloadURL answering a hit on `matched` (a miss when undefined). */
function lookup(scope: nock.Scope, matched: string | undefined, check: (body: any) => boolean = () => true) {
  return scope
    .post(`${CACHE_RPC}/GetCacheEntryDownloadURL`, check)
    .reply(
      200,
      matched ? { ok: true, signed_download_url: `${BLOB}/cache/entry?sv=2024&sig=secret`, matched_key: matched } : { ok: false, signed_download_url: '', matched_key: '' },
    );
}

describe('GitHub cache (real @actions/cache against mocked twirp and blob services)', () => {
  it('restores nothing on a miss', async () => {
    lookup(nock(RESULTS), undefined, (b) => b.key === 'model-abc' && b.restore_keys[0] === 'model-' && typeof b.version === 'string');
    expect(await createGitHubStorage().restoreCache(['models'], 'model-abc', ['model-'])).toBeUndefined();
  });

  it('downloads and unpacks an archive on a restore-key hit', async () => {
    const source = join(scratch, 'source');
    mkdirSync(join(source, 'models'), { recursive: true });
    writeFileSync(join(source, 'models', 'model.bin'), 'weights v1');
    const archive = join(scratch, hasZstd ? 'cache.tzst' : 'cache.tgz');
    execFileSync('tar', ['-cf', archive, ...compression, '-C', source, 'models']);
    const bytes = readFileSync(archive);
    lookup(nock(RESULTS), 'model-old');
    nock(BLOB)
      .head('/cache/entry')
      .query(true)
      .reply(200, '', { ...BLOB_HEADERS(), 'content-length': String(bytes.length), 'x-ms-blob-type': 'BlockBlob', 'accept-ranges': 'bytes' })
      .get('/cache/entry')
      .query(true)
      .reply(206, bytes, {
        ...BLOB_HEADERS(),
        'content-length': String(bytes.length),
        'content-range': `bytes 0-${bytes.length - 1}/${bytes.length}`,
        'x-ms-blob-type': 'BlockBlob',
      });
    expect(await createGitHubStorage().restoreCache([join(workspace, 'models')], 'model-new', ['model-'])).toBe('model-old');
    expect(readFileSync(join(workspace, 'models', 'model.bin'), 'utf8')).toBe('weights v1');
  });

  it('uploads the archive to the signed URL and finalizes the entry', async () => {
    mkdirSync(join(workspace, 'models'));
    writeFileSync(join(workspace, 'models', 'model.bin'), 'weights v2');
    let uploaded = Buffer.alloc(0);
    let version = '';
    lookup(nock(RESULTS), undefined)
      .post(`${CACHE_RPC}/CreateCacheEntry`, (b) => b.key === 'model-abc' && Boolean((version = b.version)))
      .reply(200, { ok: true, signed_upload_url: `${BLOB}/cache/new?sv=2024&sig=secret` })
      .post(`${CACHE_RPC}/FinalizeCacheEntryUpload`, (b) => b.key === 'model-abc' && b.version === version && Number(b.size_bytes) === uploaded.length)
      .reply(200, { ok: true, entry_id: '42' });
    nock(BLOB)
      .put('/cache/new')
      .query(true)
      .reply(function (_uri, body) {
        // nock hands over a body that is not valid UTF-8 (compressed data) hex-encoded.
        uploaded = Buffer.from(body as string, 'hex');
        return [201, '', { ...BLOB_HEADERS(), 'content-md5': 'AAAAAAAAAAAAAAAAAAAAAA==' }];
      });
    expect(await createGitHubStorage().saveCache([join(workspace, 'models')], 'model-abc')).toBe('saved');
    // The bytes that reached the blob are an archive of the paths, relative to the workspace.
    const archive = join(scratch, 'uploaded');
    writeFileSync(archive, uploaded);
    expect(execFileSync('tar', ['-tf', archive, ...decompression], { encoding: 'utf8' })).toMatch(/^models\/model\.bin$/m);
  });

  it("answers 'exists' without archiving when the key is stored already", async () => {
    mkdirSync(join(workspace, 'models'));
    lookup(nock(RESULTS), 'model-abc', (b) => b.key === 'model-abc' && (b.restore_keys ?? []).length === 0);
    expect(await createGitHubStorage().saveCache([join(workspace, 'models')], 'model-abc')).toBe('exists');
  });

  it("answers 'exists' when another job reserved the key meanwhile (409 from CreateCacheEntry)", async () => {
    mkdirSync(join(workspace, 'models'));
    writeFileSync(join(workspace, 'models', 'model.bin'), 'weights');
    lookup(nock(RESULTS), undefined)
      .post(`${CACHE_RPC}/CreateCacheEntry`)
      .reply(409, { code: 'already_exists', msg: 'cache entry with the same key, version, and scope already exists' });
    lookup(nock(RESULTS), 'model-abc');
    expect(await createGitHubStorage().saveCache([join(workspace, 'models')], 'model-abc')).toBe('exists');
  });

  it('throws an ExternalError when the service refuses the entry and the key is not stored', async () => {
    mkdirSync(join(workspace, 'models'));
    writeFileSync(join(workspace, 'models', 'model.bin'), 'weights');
    lookup(nock(RESULTS), undefined).post(`${CACHE_RPC}/CreateCacheEntry`).reply(403, { code: 'permission_denied', msg: 'cache write denied: the token is read-only' });
    lookup(nock(RESULTS), undefined);
    const error = await createGitHubStorage()
      .saveCache([join(workspace, 'models')], 'model-abc')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExternalError);
    expect((error as Error).message).toMatch(/could not save the cache for key 'model-abc': the cache service is unavailable or refused the entry/);
  });

  it('misses on restore and throws an ExternalError on save when the runner configured no cache service', async () => {
    const storage = createGitHubStorage({});
    expect(await storage.restoreCache(['models'], 'k', [])).toBeUndefined();
    const error = await storage.saveCache(['models'], 'k').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExternalError);
    expect((error as ExternalError).service).toBe('GitHub cache');
    expect((error as Error).message).toMatch(/could not save the cache for key 'k': the cache service is unavailable/);
  });
});

describe('GitHub artifacts (real @actions/artifact against mocked twirp and blob services)', () => {
  const files = () => {
    writeFileSync(join(workspace, 'report.md'), '# report\n');
    return [join(workspace, 'report.md')];
  };
  const blocks = (path: string) =>
    nock(BLOB)
      .put(path)
      .query((q) => q.comp === 'block')
      .reply(201, '', { ...BLOB_HEADERS(), 'content-md5': 'AAAAAAAAAAAAAAAAAAAAAA==' })
      .put(path)
      .query((q) => q.comp === 'blocklist')
      .reply(201, '', BLOB_HEADERS());
  const ids = (b: any) => b.workflow_run_backend_id === 'run-1' && b.workflow_job_run_backend_id === 'job-1';

  it('creates, uploads and finalizes an artifact', async () => {
    nock(RESULTS)
      .post(`${ARTIFACT_RPC}/CreateArtifact`, (b) => ids(b) && b.name === 'report' && b.version === 7)
      .reply(200, { ok: true, signed_upload_url: `${BLOB}/artifacts/report.zip?sv=2024&sig=secret` })
      .post(`${ARTIFACT_RPC}/FinalizeArtifact`, (b) => ids(b) && b.name === 'report' && Number(b.size) > 0 && /^sha256:[0-9a-f]{64}$/.test(b.hash))
      .reply(200, { ok: true, artifact_id: '1234' });
    blocks('/artifacts/report.zip');
    const result = await createGitHubStorage().uploadArtifact('report', files(), workspace);
    expect(result).toMatchObject({ name: 'report', id: 1234 });
    expect(result.size).toBeGreaterThan(0);
  });

  it("takes 'name-2' when the run already has an artifact named 'name'", async () => {
    nock(RESULTS)
      .post(`${ARTIFACT_RPC}/CreateArtifact`, (b) => b.name === 'report')
      .reply(409, { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' })
      .post(`${ARTIFACT_RPC}/CreateArtifact`, (b) => b.name === 'report-2')
      .reply(200, { ok: true, signed_upload_url: `${BLOB}/artifacts/report-2.zip?sv=2024&sig=secret` })
      .post(`${ARTIFACT_RPC}/FinalizeArtifact`, (b) => b.name === 'report-2')
      .reply(200, { ok: true, artifact_id: '1235' });
    blocks('/artifacts/report-2.zip');
    expect(await createGitHubStorage().uploadArtifact('report', files(), workspace)).toMatchObject({ name: 'report-2', id: 1235 });
  });

  it('wraps a refusal in an ExternalError with its status and without the token', async () => {
    nock(RESULTS).post(`${ARTIFACT_RPC}/CreateArtifact`).reply(403, { code: 'permission_denied', msg: 'token lacks the results scope' });
    const error = await createGitHubStorage()
      .uploadArtifact('report', files(), workspace)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExternalError);
    expect(error).toMatchObject({ service: 'GitHub artifacts', status: 403, retrySafe: false });
    expect((error as Error).message).toMatch(/could not upload artifact 'report': .*\(403\).*token lacks the results scope/);
    expect((error as Error).message).not.toContain(TOKEN);
  });
});

describe('loading', () => {
  it('imports @actions/cache and @actions/artifact only when a method runs', async () => {
    const loaded: string[] = [];
    vi.doMock('@actions/cache', () => {
      loaded.push('cache');
      return { restoreCache: async () => undefined, saveCache: async () => 1 };
    });
    vi.doMock('@actions/artifact', () => {
      loaded.push('artifact');
      return { DefaultArtifactClient: class {} };
    });
    try {
      vi.resetModules();
      const fresh = await import('../../src/platform/github-storage.js');
      const storage = fresh.createGitHubStorage();
      expect(loaded).toEqual([]);
      await storage.restoreCache(['models'], 'k', []);
      expect(loaded).toEqual(['cache']);
    } finally {
      vi.doUnmock('@actions/cache');
      vi.doUnmock('@actions/artifact');
      vi.resetModules();
    }
  });
});
