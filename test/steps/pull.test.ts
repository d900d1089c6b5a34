import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../src/entrypoints/cli.js';
import { digestOf } from '../../src/registry/blob-files.js';
import { currentDeployment, MODEL_ARTIFACT_TYPE, RUN_RECORD_MEDIA_TYPE } from '../../src/registry/models.js';
import { MEDIA_TYPES, openStore } from '../../src/registry/store.js';
import { FakePlatform, localContext } from '../helpers/fake-platform.js';
import { tempDir, writeFiles } from '../helpers/git.js';
import { writeComparison, writeTrainedModel } from '../helpers/model-workspace.js';
import { stepRun } from '../helpers/step-run.js';

const REGISTRY = 'oci-layout:.modelgate/registry';
const LABELS = 'setosa\nversicolor\nvirginica\n';
const deployModel = stepRun('deploy-model');
const rollback = stepRun('rollback');
const pull = stepRun('pull');
const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');
const store = (workspace: string) => openStore(REGISTRY, { workspace });

/** Trains (writes) a model with a passing comparison and deploys it, as deploy-model.test does. */
async function deployPassing(workspace: string, id: string, environment = 'production') {
  const record = writeTrainedModel(workspace, { dir: `runs/${id}`, id });
  const comparison = writeComparison(workspace, `runs/${id}/comparison.json`, [['test.accuracy', 'pass']]);
  const platform = new FakePlatform(localContext(workspace), { 'model-name': 'iris', 'run-record': record, comparison, environment });
  const result = await deployModel(platform);
  expect(result.failure).toBeUndefined();
  return platform.outputs as { version: string; digest: string };
}

/** `modelgate pull --model-name iris …` in a workspace, with what it printed on stdout and stderr. */
async function pullCli(workspace: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = process.stdout.write.bind(process.stdout);
  const stderr = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (err.push(String(chunk)), true)) as typeof process.stderr.write;
  let code: number;
  try {
    code = await cli(['pull', '--model-name', 'iris', ...args], env, workspace);
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
  }
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** Runs pull through the entry (no catch) and returns the error it threw. */
async function pullError(workspace: string, inputs: Record<string, string>): Promise<Error> {
  const platform = new FakePlatform(localContext(workspace), { 'model-name': 'iris', ...inputs });
  return pull(platform).then(
    () => {
      throw new Error('pull did not fail');
    },
    (error: unknown) => error as Error,
  );
}

/** Every path under a folder, relative to it (hidden ones included), sorted. */
function tree(root: string): string[] {
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[]).map((p) => p.split('\\').join('/')).sort();
}

/** Pushes a hand-made model manifest (as an attacker with push rights could) with these file titles. */
async function pushCrafted(workspace: string, tag: string, titles: string[]): Promise<void> {
  const s = store(workspace);
  const config = Buffer.from('{}');
  await s.pushBlobBytes('iris', config, digestOf(config));
  const layers = [];
  for (const title of titles) {
    const bytes = Buffer.from(`content of ${title}`);
    await s.pushBlobBytes('iris', bytes, digestOf(bytes));
    layers.push({ mediaType: 'application/octet-stream', digest: digestOf(bytes), size: bytes.length, annotations: { 'org.opencontainers.image.title': title } });
  }
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.manifest,
    artifactType: MODEL_ARTIFACT_TYPE,
    config: { mediaType: RUN_RECORD_MEDIA_TYPE, digest: digestOf(config), size: config.length },
    layers,
    annotations: { 'org.opencontainers.image.version': tag },
  };
  await s.putManifest('iris', tag, Buffer.from(JSON.stringify(manifest)), MEDIA_TYPES.manifest);
}

describe('modelgate pull', () => {
  it('pulls what an environment runs, prints files, sizes and digests, and follows a rollback', async () => {
    const ws = tempDir();
    await deployPassing(ws, 'run-1');
    const second = await deployPassing(ws, 'run-2');
    const run = await pullCli(ws, ['--env', 'production', '--to', 'serving']);
    expect(run.code).toBe(0);
    expect(readFileSync(join(ws, 'serving/model/weights.json'), 'utf8')).toBe('weights of run-2');
    expect(readFileSync(join(ws, 'serving/model/meta/labels.txt'), 'utf8')).toBe(LABELS);
    expect(tree(join(ws, 'serving'))).toEqual(['model', 'model/meta', 'model/meta/labels.txt', 'model/weights.json']);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`Pulled iris ${second.version}, what production runs, into serving: 2 files, ${16 + LABELS.length} B`);
    expect(lines[1]).toBe(`Version digest: ${second.digest}`);
    expect(lines[3]).toMatch(/^bytes +digest +file$/);
    expect(lines[4]).toBe(`   16  sha256:${sha256('weights of run-2').slice(0, 12)}  model/weights.json`);
    expect(lines[5]).toBe(`   ${LABELS.length}  sha256:${sha256(LABELS).slice(0, 12)}  model/meta/labels.txt`);
    expect(run.stderr).toMatch(new RegExp(`pull: fetching 2 files \\(${16 + LABELS.length} B\\) of oci-layout:\\.modelgate/registry iris@sha256:[0-9a-f]{64} into serving\n`));

    // After a rollback the same command (with force: the folder is full now) gives the earlier version, and only it.
    writeFiles(ws, { 'serving/stale.txt': 'left from before' });
    const platform = new FakePlatform(localContext(ws), { 'model-name': 'iris', environment: 'production', reason: 'errors up' });
    expect((await rollback(platform)).failure).toBeUndefined();
    const again = await pullCli(ws, ['--env', 'production', '--to', 'serving', '--force']);
    expect(again.code).toBe(0);
    expect(readFileSync(join(ws, 'serving/model/weights.json'), 'utf8')).toBe('weights of run-1');
    expect(tree(join(ws, 'serving'))).toEqual(['model', 'model/meta', 'model/meta/labels.txt', 'model/weights.json']);
    expect(readdirSync(ws).filter((e) => e.startsWith('.serving'))).toEqual([]);
  });

  it('pulls a version by tag and by digest; json lists every file with its size and digest', async () => {
    const ws = tempDir();
    const first = await deployPassing(ws, 'run-1');
    await deployPassing(ws, 'run-2');
    const byTag = await pullCli(ws, ['--version', first.version, '--to', 'by-tag', '--format', 'json']);
    expect(byTag.code).toBe(0);
    expect(JSON.parse(byTag.stdout)).toEqual({
      model: 'iris',
      environment: null,
      version: first.version,
      digest: first.digest,
      to: 'by-tag',
      size: 16 + LABELS.length,
      files: [
        { name: 'model/weights.json', path: 'by-tag/model/weights.json', size: 16, digest: `sha256:${sha256('weights of run-1')}` },
        { name: 'model/meta/labels.txt', path: 'by-tag/model/meta/labels.txt', size: LABELS.length, digest: `sha256:${sha256(LABELS)}` },
      ],
    });
    const byDigest = await pullCli(ws, ['--version', first.digest, '--to', 'nested/by-digest', '--format', 'json']);
    expect(byDigest.code).toBe(0);
    expect(JSON.parse(byDigest.stdout)).toMatchObject({ version: first.version, digest: first.digest, to: 'nested/by-digest' });
    expect(readFileSync(join(ws, 'nested/by-digest/model/weights.json'), 'utf8')).toBe('weights of run-1');
    // The default folder is `model`; the trained model is there already, so it needs a new one or force.
    expect((await pullError(ws, { version: first.version })).message).toMatch(/^pull: input 'to' \('model'\) is not empty \(2 entries\)/);
  });

  it('verifies every digest: a tampered blob fails the pull and leaves nothing behind, nor touches a folder it would replace', async () => {
    const ws = tempDir();
    const { digest } = await deployPassing(ws, 'run-1');
    // labels.txt is the last file: weights.json has already arrived when the tampering is found.
    writeFileSync(join(ws, '.modelgate/registry/iris/blobs/sha256', sha256(LABELS)), 'setosa\nversicolor\nvirginicA\n');
    const error = await pullError(ws, { environment: 'production', to: 'deep/er/model' });
    expect(error.message).toBe(`oci-layout:.modelgate/registry: blob sha256:${sha256(LABELS)} of 'iris' is corrupt (its content has another digest)`);
    expect(existsSync(join(ws, 'deep'))).toBe(false);

    writeFiles(ws, { 'serving/old.bin': 'the model before' });
    const run = await pullCli(ws, ['--version', digest, '--to', 'serving', '--force']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error: oci-layout:\.modelgate\/registry: blob sha256:[0-9a-f]{64} of 'iris' is corrupt/);
    expect(tree(join(ws, 'serving'))).toEqual(['old.bin']);
    expect(readdirSync(ws).filter((e) => e.startsWith('.serving'))).toEqual([]);
  });

  it('refuses file names from the manifest that would leave the folder, before writing anything', async () => {
    const ws = tempDir();
    const bad = [
      '../escaped.txt',
      'model/../../escaped.txt',
      '/tmp/absolute.txt',
      'C:/windows.txt',
      'model\\..\\..\\escaped.txt',
      './here.txt',
      'model//double.txt',
      'bell\u0007.txt',
    ];
    for (const [i, title] of bad.entries()) await pushCrafted(ws, `evil-${i}`, ['model/fine.txt', title]);
    await pushCrafted(ws, 'twice', ['a.txt', 'a.txt']);
    await pushCrafted(ws, 'file-and-folder', ['a', 'a/b.txt']);
    const before = tree(ws);
    for (const i of bad.keys()) {
      const error = await pullError(ws, { version: `evil-${i}`, to: 'pulled' });
      expect(error.message, bad[i]).toMatch(/^oci-layout:\.modelgate\/registry iris@sha256:[0-9a-f]{64} names a file '.*' that .*; refusing to pull it \(nothing was written\)$/);
    }
    expect((await pullError(ws, { version: 'twice', to: 'pulled' })).message).toMatch(/names the file 'a\.txt' twice; refusing/);
    expect((await pullError(ws, { version: 'file-and-folder', to: 'pulled' })).message).toMatch(/names 'a' both as a file and as the folder of 'a\/b\.txt'; refusing/);
    expect((await pullError(ws, { version: 'evil-7', to: 'pulled' })).message).toContain("names a file 'bell\\u0007.txt' that holds a backslash or a control character");
    expect(tree(ws)).toEqual(before);
    expect(existsSync(join(dirname(ws), 'escaped.txt'))).toBe(false);
    expect(existsSync('/tmp/absolute.txt')).toBe(false);
    // The same store still serves a well-formed version.
    await pushCrafted(ws, 'fine', ['model/fine.txt', 'model/sub/other.txt']);
    expect((await pullCli(ws, ['--version', 'fine', '--to', 'pulled'])).code).toBe(0);
    expect(tree(join(ws, 'pulled'))).toEqual(['model', 'model/fine.txt', 'model/sub', 'model/sub/other.txt']);
  });

  it("keeps 'to' in the workspace: no escape, no symbolic link, not the workspace or the store, not a full folder without force", async () => {
    const ws = tempDir();
    const { version } = await deployPassing(ws, 'run-1');
    const elsewhere = tempDir();
    symlinkSync(elsewhere, join(ws, 'out'));
    mkdirSync(join(ws, 'real'));
    symlinkSync(join(ws, 'real'), join(ws, 'link'));
    writeFiles(ws, { 'full/keep.txt': 'mine', 'a-file': 'text' });
    const cases: [string, RegExp][] = [
      ['../sibling', /^pull: input 'to': path '\.\.\/sibling' is outside the workspace/],
      ['out/model', /^pull: input 'to': path 'out\/model' leads outside the workspace through a symbolic link/],
      ['link', /^pull: input 'to' \('link'\) is a symbolic link; name the folder itself/],
      ['a-file', /^pull: input 'to' \('a-file'\) is a file, not a folder/],
      ['.', /^pull: input 'to' is the workspace itself/],
      ['.modelgate', /^pull: input 'to' \('\.modelgate'\) overlaps the store oci-layout:\.modelgate\/registry/],
      ['.modelgate/registry/iris/x', /overlaps the store/],
      ['full', /^pull: input 'to' \('full'\) is not empty \(1 entry\); pull into a new or empty folder, or set 'force' to replace what it holds/],
    ];
    for (const [to, message] of cases) expect((await pullError(ws, { version, to })).message, to).toMatch(message);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(readdirSync(join(ws, 'real'))).toEqual([]);
    expect(tree(join(ws, 'full'))).toEqual(['keep.txt']);
    // An empty folder is filled; with force a full one is replaced.
    mkdirSync(join(ws, 'empty'));
    expect((await pullCli(ws, ['--version', version, '--to', 'empty'])).code).toBe(0);
    expect((await pullCli(ws, ['--version', version, '--to', 'full', '--force'])).code).toBe(0);
    expect(tree(join(ws, 'full'))).toEqual(tree(join(ws, 'empty')));
    expect(tree(join(ws, 'full'))).toContain('model/weights.json');
  });

  it('needs exactly one of environment and version, and says so', async () => {
    const ws = tempDir();
    const { version } = await deployPassing(ws, 'run-1');
    const neither = await pullCli(ws, ['--to', 'x']);
    expect(neither.code).toBe(1);
    expect(neither.stderr).toBe(
      "error: pull: input 'environment' or 'version' is required: pull what an environment runs (--env production) or one version (--version <tag> or sha256:<digest>)\n",
    );
    const both = await pullCli(ws, ['--env', 'production', '--version', version, '--to', 'x']);
    expect(both.code).toBe(1);
    expect(both.stderr).toMatch(new RegExp(`^error: pull: input 'version' cannot be given with 'environment': .*MODELGATE_VERSION.*, got '${version}'\\n$`));
    // Inside a deploy-command MODELGATE_VERSION and MODELGATE_ENVIRONMENT are set: the same check names them.
    const fromEnv = await pullCli(ws, ['--env', 'production', '--to', 'x'], { MODELGATE_VERSION: version });
    expect(fromEnv.stderr).toMatch(/input 'version' cannot be given with 'environment'/);
    expect((await pullError(ws, { version: 'not/a tag' })).message).toBe("pull: input 'version' must be a version tag or a sha256:<64 hex digits> digest, got 'not/a tag'");
    expect(existsSync(join(ws, 'x'))).toBe(false);
  });

  it('names what is missing: an unknown version (with the known ones), an environment never deployed', async () => {
    const ws = tempDir();
    await deployPassing(ws, 'run-1');
    await deployPassing(ws, 'run-2', 'staging');
    expect((await pullError(ws, { version: 'v9', to: 'x' })).message).toBe(
      'pull: iris:v9 is not in oci-layout:.modelgate/registry; its versions are: aaaaaaaaaaaa-run-2, aaaaaaaaaaaa-run-1',
    );
    expect((await pullError(ws, { version: `sha256:${'0'.repeat(64)}`, to: 'x' })).message).toMatch(/^pull: iris@sha256:0{64} is not in/);
    expect((await pullError(ws, { environment: 'canary', to: 'x' })).message).toBe(
      "pull: iris has never been deployed to canary in oci-layout:.modelgate/registry; name a version with 'version', or check 'registry' and 'environment'",
    );
    expect((await currentDeployment(store(ws), 'iris', 'staging'))?.version).toBe('aaaaaaaaaaaa-run-2');
    expect(existsSync(join(ws, 'x'))).toBe(false);
  });

  it('has help from its declaration', async () => {
    const run = await pullCli(tempDir(), ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^modelgate pull: /);
    for (const flag of ['--environment, --env', '--version', '--to', '--force', '--format', '--registry', '--model-name']) expect(run.stdout).toContain(flag);
  });
});
