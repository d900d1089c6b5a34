import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import type { Storage } from '../../src/platform/platform.js';
const run = stepRun('train-model');
import { FakePlatform, localContext } from '../helpers/fake-platform.js';
import { commit, git, initRepo, tempDir, writeFiles } from '../helpers/git.js';
import { ROOT } from '../helpers/runner.js';
import { runRecordErrors } from '../helpers/schema.js';
import { stepRun } from '../helpers/step-run.js';

/** A repository holding a copy of the example training project at its root, committed. */
function exampleRepo(): string {
  const { repo } = initRepo({ '.gitignore': 'out/\nmodelgate-train/\n' });
  cpSync(join(ROOT, 'examples', 'train'), repo, { recursive: true, filter: (src) => !src.includes(`${join('train', 'out')}`) });
  commit(repo, {}, 'example');
  return repo;
}

const TRAIN = { run: 'node train.mjs', metrics: 'out/metrics.json', model: 'out/model', params: 'params.yaml', data: 'data/iris.csv' };
const record = (p: FakePlatform) => JSON.parse(readFileSync(p.outputs['run-record'] as string, 'utf8'));

describe('train-model, mode run', () => {
  it('trains the example for real and writes a run record that validates against its schema', async () => {
    const repo = exampleRepo();
    const platform = new FakePlatform(localContext(repo, { pipeline: 'ci' }), TRAIN);
    expect((await run(platform)).failure).toBeUndefined();
    const r = record(platform);
    expect(runRecordErrors(r)).toEqual([]);
    expect(r.command).toMatchObject({ run: 'node train.mjs', exitCode: 0, timedOut: false, log: 'modelgate-train/train.log' });
    expect(r.metrics['test.accuracy']).toBeGreaterThan(0.85);
    expect(r.params).toMatchObject({ train: { epochs: 300, seed: 42 } });
    expect(r.data).toEqual([expect.objectContaining({ path: 'data/iris.csv', source: 'hashed', size: expect.any(Number) })]);
    expect(r.model.files.map((f: { path: string }) => f.path).sort()).toEqual(['out/model/README.md', 'out/model/model.json']);
    expect(r.model.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.git).toMatchObject({ sha: git(repo, 'rev-parse', 'HEAD'), dirty: false });
    expect(platform.outputs).toMatchObject({ 'model-digest': r.model.digest, 'exit-code': '0' });
    expect(JSON.parse(platform.outputs.metrics as string)).toEqual(r.metrics);
    expect(platform.streamed.join('')).toContain('epoch');
    expect(readFileSync(join(repo, 'modelgate-train', 'train.log'), 'utf8')).toBe(platform.streamed.join(''));
    // Same data, params and code: the same model, bit for bit.
    const again = new FakePlatform(localContext(repo), TRAIN);
    await run(again);
    expect(again.outputs['model-digest']).toBe(r.model.digest);
  });

  it('surfaces the command’s exit code and keeps what it wrote', async () => {
    const dir = tempDir();
    const platform = new FakePlatform(localContext(dir), { run: 'echo \'{"loss": 1.5}\' > m.json; echo failing >&2; exit 3', metrics: 'm.json' });
    const result = await run(platform);
    expect(result).toMatchObject({
      failure: 'train-model: the command exited with 3; its output is in modelgate-train/train.log, the run is recorded as failed in modelgate-train/run.json',
      exitCode: 3,
    });
    expect(record(platform)).toMatchObject({ command: { exitCode: 3 }, metrics: { loss: 1.5 }, outcome: 'failed', missingOutputs: [], staleFiles: [] });
    expect(platform.outputs['exit-code']).toBe('3');
  });

  it('stops a command that ignores SIGTERM after the grace period, and keeps its partial output', async () => {
    const dir = tempDir();
    const script = "trap '' TERM; echo '{\"epoch\": 1}' > partial.json; (trap '' TERM; sleep 30) & sleep 30; wait";
    const started = Date.now();
    const platform = new FakePlatform(localContext(dir), { run: script, metrics: 'partial.json', timeout: '500ms', 'grace-period': '300ms' });
    const result = await run(platform);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.failure).toMatch(/^train-model: timed out after 500ms; what it wrote so far is in modelgate-train\/run.json$/);
    expect(result.exitCode).toBe(137);
    expect(record(platform).command).toMatchObject({ timedOut: true, signal: 'SIGKILL', exitCode: 137 });
    expect(record(platform).metrics).toEqual({ epoch: 1 });
    expect(platform.logs.some((l) => l.startsWith('error: train-model: the command ran past its timeout of 500ms'))).toBe(true);
    // Nothing of the group is left running.
    const ps = (await import('node:child_process')).execFileSync('ps', ['-eo', 'args']).toString();
    expect(ps).not.toContain("trap '' TERM; sleep 30");
  });

  it('says which metrics file is missing after a successful command, and still writes the record', async () => {
    const platform = new FakePlatform(localContext(tempDir()), { run: 'true', metrics: 'metrics.json' });
    expect((await run(platform)).failure).toBe(
      "train-model: the command exited 0 but did not write its outputs (metrics: 'metrics.json' does not exist); the run is recorded as failed in modelgate-train/run.json",
    );
    expect(record(platform)).toMatchObject({
      outcome: 'failed',
      command: { exitCode: 0 },
      missingOutputs: [{ input: 'metrics', path: 'metrics.json', reason: 'absent' }],
    });
  });

  it('flags a dirty tree, and records params, env and the dvc.lock fingerprint', async () => {
    const { repo } = initRepo({
      'params.yaml': 'lr: 0.1\n',
      'dvc.lock': 'schema: "2.0"\nstages:\n  prepare:\n    cmd: x\n    outs:\n      - path: data/train.csv\n        md5: 0123456789abcdef0123456789abcdef\n        size: 42\n',
      'data/train.csv': 'a\n',
    });
    writeFiles(repo, { 'train.py': '# not committed\n' });
    const platform = new FakePlatform(localContext(repo), {
      run: 'echo "{\\"v\\": $LEVEL}" > m.json',
      env: 'LEVEL=7',
      metrics: 'm.json',
      params: 'params.yaml',
      data: 'data/train.csv',
    });
    await run(platform);
    const r = record(platform);
    expect(r.git).toMatchObject({ dirty: true, changed: expect.arrayContaining(['train.py']) });
    expect(platform.logs.find((l) => l.startsWith('warning: train-model: the working tree had uncommitted changes'))).toBeDefined();
    expect(r.metrics).toEqual({ v: 7 });
    expect(r.data).toEqual([{ path: 'data/train.csv', md5: '0123456789abcdef0123456789abcdef', size: 42, source: 'dvc.lock' }]);
    expect(runRecordErrors(r)).toEqual([]);
  });

  it.each([
    [{ metrics: 'm.json' }, "train-model: input 'run' is required in mode 'run': the training command, e.g. python train.py"],
    [{ run: 'true' }, "train-model: input 'metrics' is required in mode 'run': the metric files the command writes, e.g. metrics.json"],
    [{ run: 'true', metrics: 'm.json', timeout: 'soon' }, "train-model: input 'timeout' must be a duration like 90s, 30m, 2h or 1h30m, got 'soon'"],
    [{ run: 'true', metrics: 'm.json', env: 'not an assignment' }, "train-model: input 'env' takes NAME=value lines, got 'not an assignment'"],
    [{ run: 'true', metrics: 'm.json', 'working-directory': '../x' }, /input 'working-directory': path '..\/x' is outside the workspace/],
    [{ run: 'true', metrics: 'm.json', params: 'nope.yaml' }, "train-model: input 'params': 'nope.yaml' does not exist after the command ran"],
    [{ mode: 'select', runs: 'r/*.json' }, "train-model: input 'select-by' is required in mode 'select': the metric that picks the winner"],
  ])('rejects %j', async (inputs, message) => {
    const error = await run(new FakePlatform(localContext(tempDir()), inputs)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    if (typeof message === 'string') expect((error as Error).message).toBe(message);
    else expect((error as Error).message).toMatch(message);
  });
});

describe('train-model, mode record', () => {
  it("builds the record from another job's files without running anything", async () => {
    const { repo } = initRepo({ 'out/metrics.json': '{"acc": 0.9}', 'out/model.bin': 'weights' });
    const platform = new FakePlatform(localContext(repo), { mode: 'record', metrics: 'out/metrics.json', model: 'out/model.bin', 'exit-code': '0' });
    expect((await run(platform)).failure).toBeUndefined();
    const r = record(platform);
    expect(r.command).toMatchObject({ run: null, exitCode: 0, durationMs: null, log: null });
    const sha = (await import('node:crypto')).createHash('sha256').update('weights').digest('hex');
    expect(r.model.files).toEqual([{ path: 'out/model.bin', sha256: sha, size: 7 }]);
    expect(runRecordErrors(r)).toEqual([]);
  });
});

describe('train-model, mode select', () => {
  async function sweep(better: 'higher' | 'lower') {
    const dir = tempDir();
    const legs = { a: 0.81, b: 0.93, c: 0.77, d: 0.88 };
    for (const [leg, loss] of Object.entries(legs)) {
      const p = new FakePlatform(localContext(dir), { mode: 'record', metrics: `${leg}.json`, output: `runs/${leg}` });
      writeFileSync(join(dir, `${leg}.json`), JSON.stringify({ loss, leg: leg.charCodeAt(0) }));
      await run(p);
    }
    writeFileSync(join(dir, 'runs', 'broken.json'), JSON.stringify({ kind: 'modelgate/run-record', version: 1, metrics: { other: 1 }, model: { files: [] }, params: {} }));
    const platform = new FakePlatform(localContext(dir), { mode: 'select', runs: 'runs/**/*.json', 'select-by': 'loss', better, output: 'best' });
    await run(platform);
    return { platform, dir };
  }

  it.each([
    ['higher', 0.93, 'runs/b/run.json'],
    ['lower', 0.77, 'runs/c/run.json'],
  ] as const)('picks the %s loss of 4 legs and lists every leg', async (better, value, path) => {
    const { platform } = await sweep(better);
    expect(record(platform).metrics.loss).toBe(value);
    expect(platform.summaries[0]?.markdown).toContain(`| 🏆 | \`${path}\` | ${value} |`);
    expect(platform.summaries[0]?.markdown).toMatch(/`runs\/broken.json` \| missing \|/);
    expect(platform.summaries[0]?.markdown.match(/\| `runs\//g)).toHaveLength(5);
  });
});

describe('train-model caching through the platform storage', () => {
  function storage(hit: string | undefined) {
    const calls: string[] = [];
    const s: Storage = {
      restoreCache: async (paths, key, restoreKeys) => (calls.push(`restore ${paths.join(',')} ${key} ${restoreKeys.join(',')}`), hit),
      saveCache: async (paths, key) => (calls.push(`save ${paths.join(',')} ${key}`), 'saved'),
      uploadArtifact: async (name, files) => (calls.push(`upload ${name} ${files.length}`), { name: `${name}-2`, size: 10 }),
    };
    return { s, calls };
  }

  it('restores before and saves after on a miss, with a key from the params and data; uploads the outputs', async () => {
    const { repo } = initRepo({ 'params.yaml': 'lr: 0.1\n', 'd.csv': 'x\n1\n' });
    const { s, calls } = storage(undefined);
    const platform = Object.assign(
      new FakePlatform(localContext(repo), {
        run: 'echo \'{"a": 1}\' > m.json; mkdir -p wheels',
        metrics: 'm.json',
        params: 'params.yaml',
        data: 'd.csv',
        'cache-paths': 'wheels',
        'cache-key': 'pip',
        upload: 'true',
      }),
      { storage: s },
    );
    await run(platform);
    expect(calls[0]).toMatch(new RegExp(`^restore wheels pip-linux-${process.arch}-[0-9a-f]{16} pip-linux-${process.arch}-$`));
    expect(calls[1]).toBe(calls[0]?.replace(/^restore (\S+) (\S+) .*$/, 'save $1 $2'));
    expect(calls[2]).toMatch(/^upload model-[0-9a-f]{12} 1$/); // the record (no model here), never the log
    expect(platform.outputs['artifact-name']).toMatch(/^model-[0-9a-f]{12}-2$/);
    expect(platform.outputs['cache-hit']).toBeUndefined();
  });

  it('reports a hit and does not save after a failed command', async () => {
    const { s, calls } = storage('pip-linux-abc');
    const platform = Object.assign(new FakePlatform(localContext(tempDir()), { run: 'exit 1', metrics: 'm.json', 'cache-paths': 'wheels' }), { storage: s });
    await run(platform);
    expect(platform.outputs['cache-hit']).toBe('pip-linux-abc');
    expect(calls.filter((c) => c.startsWith('save'))).toEqual([]);
  });
});

it("keeps the runner's tokens and the step's inputs out of the training command's environment", async () => {
  const { commandEnv } = await import('../../src/core/process.js');
  const env = commandEnv(
    {
      PATH: '/bin',
      HOME: '/h',
      ACTIONS_RUNTIME_TOKEN: 't',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'o',
      ACTIONS_RESULTS_URL: 'u',
      INPUT_TOKEN: 'ghs',
      MODELGATE_TOKEN: 'glpat',
      GITHUB_SHA: 'abc',
      CUDA_VISIBLE_DEVICES: '0',
    },
    { EPOCHS: '3' },
  );
  expect(env).toEqual({ PATH: '/bin', HOME: '/h', GITHUB_SHA: 'abc', CUDA_VISIBLE_DEVICES: '0', EPOCHS: '3' });
});

it('attests the model files by digest after a successful run, when asked', async () => {
  const { repo } = initRepo({ 'README.md': 'x\n' });
  const attested: { path: string; sha256: string }[][] = [];
  const storage: Storage = {
    restoreCache: async () => undefined,
    saveCache: async () => 'saved',
    uploadArtifact: async (name) => ({ name }),
    attest: async (files, token) => (attested.push(files), expect(token).toBe('ghs_attest'), { id: '42', url: 'https://github.com/o/r/attestations/42' }),
  };
  const platform = Object.assign(
    new FakePlatform(localContext(repo), { run: 'echo \'{"a": 1}\' > m.json; echo w > model.bin', metrics: 'm.json', model: 'model.bin', attest: 'true', token: 'ghs_attest' }),
    { storage },
  );
  await run(platform);
  const sha = (await import('node:crypto')).createHash('sha256').update('w\n').digest('hex');
  expect(attested).toEqual([[{ path: 'model.bin', sha256: sha, size: 2 }]]);
  expect(platform.outputs['attestation-url']).toBe('https://github.com/o/r/attestations/42');
  expect(platform.masked).toContain('ghs_attest');
});

describe('train-model review cases: the process group, partial outputs, lineage', () => {
  it('ends when the command exits, and stops what it left running in the background', async () => {
    const dir = tempDir();
    const started = Date.now();
    const platform = new FakePlatform(localContext(dir), {
      run: 'echo \'{"a": 1}\' > m.json; (sleep 60; echo late > late.txt) & echo started',
      metrics: 'm.json',
      'grace-period': '1s',
    });
    expect((await run(platform)).failure).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(5000);
    const ps = (await import('node:child_process')).execFileSync('ps', ['-eo', 'args']).toString();
    expect(ps).not.toMatch(/sleep 60; echo late/);
  });

  it('stops what the command started in a session of its own (setsid), after its grace period', async () => {
    const dir = tempDir();
    const platform = new FakePlatform(localContext(dir), {
      run: `echo '{"a": 1}' > m.json; setsid sh -c 'trap "echo saved > ckpt.txt; exit 0" TERM; while :; do sleep 0.1; done; modelgate-escaped' & sleep 0.3`,
      metrics: 'm.json',
      'grace-period': '2s',
    });
    expect((await run(platform)).failure).toBeUndefined();
    const ps = (await import('node:child_process')).execFileSync('ps', ['-eo', 'args']).toString();
    expect(ps).not.toMatch(/modelgate-escaped/);
    // It got SIGTERM first, and its time to save.
    expect(readFileSync(join(dir, 'ckpt.txt'), 'utf8')).toBe('saved\n');
  });

  it('gives every member of the group its grace period to write a checkpoint after a timeout', async () => {
    const dir = tempDir();
    const script = `echo '{"epoch": 1}' > m.json; sh -c 'trap "sleep 0.5; echo saved > ckpt.json; exit 0" TERM; while :; do sleep 0.1; done'`;
    const platform = new FakePlatform(localContext(dir), { run: script, metrics: 'm.json', timeout: '500ms', 'grace-period': '5s' });
    const result = await run(platform);
    expect(result.failure).toMatch(/timed out after 500ms/);
    expect(readFileSync(join(dir, 'ckpt.json'), 'utf8')).toBe('saved\n');
    expect(record(platform).command.timedOut).toBe(true);
  });

  it('writes the record after a timeout even when the metrics file was torn mid-write', async () => {
    const dir = tempDir();
    const platform = new FakePlatform(localContext(dir), { run: `printf '{"loss": 0.' > m.json; sleep 30`, metrics: 'm.json', timeout: '300ms', 'grace-period': '1s' });
    const result = await run(platform);
    expect(result.exitCode).toBe(143);
    expect(record(platform)).toMatchObject({ metrics: {}, command: { timedOut: true, exitCode: 143 } });
    expect(platform.logs.some((l) => l.startsWith('warning: train-model: the failed run left no readable metrics'))).toBe(true);
    expect(runRecordErrors(record(platform))).toEqual([]);
  });

  it('requires the files in mode record unless the training job is known to have failed', async () => {
    const dir = tempDir();
    const unknown = new FakePlatform(localContext(dir), { mode: 'record', metrics: 'nothere.json' });
    expect((await run(unknown)).failure).toBe(
      "train-model: the training job's outputs are missing (metrics: 'nothere.json' does not exist); the run is recorded as failed in modelgate-train/run.json",
    );
    expect(record(unknown)).toMatchObject({ outcome: 'failed', command: { exitCode: null }, missingOutputs: [{ path: 'nothere.json', reason: 'absent' }] });
    const failed = new FakePlatform(localContext(dir), { mode: 'record', metrics: 'nothere.json', 'exit-code': '137' });
    const result = await run(failed);
    expect(result).toMatchObject({ exitCode: 137, failure: 'train-model: the training job exited with 137; the run is recorded as failed in modelgate-train/run.json' });
    expect(record(failed)).toMatchObject({ metrics: {}, outcome: 'failed' });
  });

  it("judges the tree before the command runs: the training's own outputs are not uncommitted changes", async () => {
    const { repo } = initRepo({ 'README.md': 'x\n' });
    const platform = new FakePlatform(localContext(repo), { run: 'echo \'{"a": 1}\' > metrics.json', metrics: 'metrics.json', env: 'API_TOKEN=s3cret\nEPOCHS=3' });
    await run(platform);
    expect(record(platform).git.dirty).toBe(false);
    expect(record(platform).command.env).toEqual({ API_TOKEN: '***', EPOCHS: '3' });
    expect(readFileSync(platform.outputs['run-record'] as string, 'utf8')).not.toContain('s3cret');
  });

  it('fingerprints data after the cache restored it', async () => {
    const dir = tempDir();
    const storage: Storage = {
      restoreCache: async (paths) => (writeFiles(dir, { [`${paths[0]}/train.csv`]: 'x\n1\n' }), 'hit'),
      saveCache: async () => 'exists',
      uploadArtifact: async (name) => ({ name }),
    };
    const platform = Object.assign(
      new FakePlatform(localContext(dir), { run: 'echo \'{"a": 1}\' > m.json', metrics: 'm.json', data: 'datasets/train.csv', 'cache-paths': 'datasets' }),
      { storage },
    );
    await run(platform);
    expect(record(platform).data).toEqual([expect.objectContaining({ path: 'datasets/train.csv', size: 4, source: 'hashed' })]);
  });

  it('never lets a failed leg win a sweep, and counts a record downloaded twice once', async () => {
    const dir = tempDir();
    for (const [leg, loss, code] of [
      ['ok', 0.9, '0'],
      ['crashed', 0.1, '137'],
    ] as const) {
      writeFileSync(join(dir, `${leg}.json`), JSON.stringify({ loss }));
      await run(new FakePlatform(localContext(dir), { mode: 'record', metrics: `${leg}.json`, output: `runs/${leg}`, 'exit-code': code }));
    }
    cpSync(join(dir, 'runs', 'ok'), join(dir, 'runs', 'ok-copy'), { recursive: true });
    const platform = new FakePlatform(localContext(dir), { mode: 'select', runs: 'runs/**/run.json', 'select-by': 'loss', better: 'lower', output: 'best' });
    await run(platform);
    expect(record(platform).metrics.loss).toBe(0.9);
    expect(platform.summaries[0]?.markdown).toMatch(/`runs\/crashed\/run.json` \| failed \(0\.1\)/);
    expect(platform.summaries[0]?.markdown.match(/\| `runs\//g)).toHaveLength(2);
  });
});
