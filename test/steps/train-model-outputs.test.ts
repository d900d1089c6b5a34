import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakePlatform, localContext } from '../helpers/fake-platform.js';
import { tempDir, writeFiles } from '../helpers/git.js';
import { runRecordErrors } from '../helpers/schema.js';
import { stepRun } from '../helpers/step-run.js';

const run = stepRun('train-model');
const record = (p: FakePlatform) => JSON.parse(readFileSync(p.outputs['run-record'] as string, 'utf8'));
const sha256 = async (text: string) => (await import('node:crypto')).createHash('sha256').update(text).digest('hex');

describe('train-model: a failed run is marked and still recorded', () => {
  it("marks a failed command's run failed and does not take the outputs an earlier run left", async () => {
    const dir = tempDir();
    // The last run's outputs, still in the workspace (written just now: no timing is involved).
    writeFiles(dir, { 'out/metrics.json': '{"accuracy": 0.97}\n', 'out/model/model.bin': 'last weights' });
    const platform = new FakePlatform(localContext(dir), {
      run: `echo "python: can't open file 'trian.py': [Errno 2] No such file or directory" >&2; exit 2`,
      metrics: 'out/metrics.json',
      model: 'out/model',
    });
    const result = await run(platform);
    expect(result).toMatchObject({
      exitCode: 2,
      failure:
        'train-model: the command exited with 2; its output is in modelgate-train/train.log, the run is recorded as failed in modelgate-train/run.json; ' +
        'not taken as its outputs, unchanged since before it ran: out/metrics.json, out/model/model.bin',
    });
    const r = record(platform);
    expect(runRecordErrors(r)).toEqual([]);
    expect(r).toMatchObject({
      outcome: 'failed',
      command: { exitCode: 2 },
      metrics: {},
      metricsFiles: [],
      model: { digest: null, files: [], size: 0 },
      staleFiles: ['out/metrics.json', 'out/model/model.bin'],
      missingOutputs: [
        { input: 'metrics', path: 'out/metrics.json', reason: 'stale' },
        { input: 'model', path: 'out/model', reason: 'stale' },
      ],
    });
    expect(platform.outputs['model-digest']).toBe('');
    expect(JSON.parse(platform.outputs.metrics as string)).toEqual({});
    expect(platform.logs).toContain(
      "warning: train-model: not taking out/metrics.json, out/model/model.bin as this run's: the command did not write them (unchanged since before it ran)",
    );
    expect(platform.summaries[0]?.markdown).toMatch(/^### ❌ train-model: failed \(exit 2\)/);
  });

  it('writes the record when a mistyped metrics path finds nothing after the training, and fails naming the path and the record', async () => {
    const dir = tempDir();
    const platform = new FakePlatform(localContext(dir), {
      run: 'mkdir -p out/model && echo \'{"accuracy": 0.91}\' > out/metrics.json && echo weights > out/model/model.bin',
      metrics: 'out/metrcs.json',
      model: 'out/model',
    });
    const result = await run(platform);
    expect(result.failure).toBe(
      "train-model: the command exited 0 but did not write its outputs (metrics: 'out/metrcs.json' does not exist; did you mean 'out/metrics.json'?); " +
        'the run is recorded as failed in modelgate-train/run.json',
    );
    expect(result.exitCode).toBeUndefined(); // the entry makes it 1
    expect(platform.outputs['run-record']).toBe(join(dir, 'modelgate-train', 'run.json'));
    const r = record(platform);
    expect(runRecordErrors(r)).toEqual([]);
    expect(r).toMatchObject({
      outcome: 'failed',
      command: { exitCode: 0 },
      metrics: {},
      missingOutputs: [{ input: 'metrics', path: 'out/metrcs.json', reason: 'absent', detail: "'out/metrcs.json' does not exist; did you mean 'out/metrics.json'?" }],
      staleFiles: [],
    });
    // What the run did write is kept.
    expect(r.model.files).toEqual([{ path: 'out/model/model.bin', sha256: await sha256('weights\n'), size: 8 }]);
    expect(platform.summaries[0]?.markdown).toContain('### ❌ train-model: failed (outputs missing)');
    expect(platform.summaries[0]?.markdown).toContain('Missing: metrics `out/metrcs.json` (absent)');
  });

  it('says which glob matched nothing, and which only matched files the command did not write', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'runs/old.json': '{"loss": 0.1}\n' });
    const platform = new FakePlatform(localContext(dir), { run: 'true', metrics: 'runs/*.json\neval/*.json' });
    const result = await run(platform);
    expect(result.failure).toBe(
      "train-model: the command exited 0 but did not write its outputs (metrics: 'runs/*.json' matched only files the command did not write " +
        "(runs/old.json; unchanged since before the command ran: an earlier run's copy, not this run's); metrics: 'eval/*.json' matched no file); " +
        'the run is recorded as failed in modelgate-train/run.json',
    );
    expect(record(platform).missingOutputs.map((m: { path: string; reason: string }) => [m.path, m.reason])).toEqual([
      ['runs/*.json', 'stale'],
      ['eval/*.json', 'absent'],
    ]);
  });

  it('records a torn metrics file after a successful command as unreadable, with its location', async () => {
    const dir = tempDir();
    const platform = new FakePlatform(localContext(dir), { run: `printf '{"loss": 0.' > m.json`, metrics: 'm.json' });
    const result = await run(platform);
    expect(result.failure).toMatch(/^train-model: the command exited 0 but did not write its outputs \(metrics: m\.json:1: not valid JSON/);
    expect(record(platform)).toMatchObject({ outcome: 'failed', missingOutputs: [{ input: 'metrics', path: 'm.json', reason: 'unreadable' }] });
    expect(platform.logs.some((l) => l.startsWith('warning: train-model: metrics: m.json:1: not valid JSON'))).toBe(true);
  });
});

describe('train-model: outputs the run did not write are not its outputs', () => {
  it('counts mv, cp -p and a DVC-style hardlink as written even with an old mtime; a written model folder keeps the files it left alone', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      // The last run's outputs, and the same-sized new ones the command moves, copies and links in.
      'out/a.json': '{"a": 1}',
      'out/b.json': '{"b": 1}',
      'out/model/model.bin': 'old weights',
      'out/model/old.bin': 'left over',
      'new/a.json': '{"a": 2}',
      'cache/b.json': '{"b": 2}',
      'cache/blob': 'new weights',
    });
    const platform = new FakePlatform(localContext(dir), {
      // Each new file gets the old one's mtime, so only the inode (mv, ln) or the ctime (cp -p in place) tells.
      run: [
        'touch -r out/a.json new/a.json && mv new/a.json out/a.json',
        'touch -r out/b.json cache/b.json && cp -p cache/b.json out/b.json',
        'touch -r out/model/model.bin cache/blob && ln -f cache/blob out/model/model.bin',
      ].join(' && '),
      metrics: 'out/a.json\nout/b.json',
      model: 'out/model/',
    });
    const inode = statSync(join(dir, 'out/b.json')).ino;
    const result = await run(platform);
    expect(result.failure).toBeUndefined();
    expect(statSync(join(dir, 'out/b.json')).ino).toBe(inode); // cp -p wrote in place
    const r = record(platform);
    expect(r).toMatchObject({ outcome: 'succeeded', metrics: { a: 2, b: 2 }, metricsFiles: ['out/a.json', 'out/b.json'], missingOutputs: [], staleFiles: [] });
    // The model folder is one output: the run rewrote its weights, so the file beside them (a config,
    // a tokenizer copied in once) is part of this run's model, not left behind by the deploy.
    expect(r.model.files).toEqual([
      { path: 'out/model/model.bin', sha256: await sha256('new weights'), size: 11 },
      { path: 'out/model/old.bin', sha256: await sha256('left over'), size: 9 },
    ]);
    expect(runRecordErrors(r)).toEqual([]);
    expect(platform.logs.filter((l) => l.includes('not taking'))).toEqual([]);
  });

  it("takes a dvc.yaml's metric files when the command rewrote them, though dvc.yaml itself is unchanged", async () => {
    const dir = tempDir();
    writeFiles(dir, { 'dvc.yaml': 'metrics:\n  - eval/metrics.json\n', 'eval/metrics.json': '{"acc": 0.5}\n' });
    const rewrites = new FakePlatform(localContext(dir), { run: 'echo \'{"acc": 0.9}\' > eval/metrics.json', metrics: 'dvc.yaml' });
    expect((await run(rewrites)).failure).toBeUndefined();
    expect(record(rewrites)).toMatchObject({ outcome: 'succeeded', metrics: { acc: 0.9 }, metricsFiles: ['dvc.yaml', 'eval/metrics.json'] });
    const leaves = new FakePlatform(localContext(dir), { run: 'true', metrics: 'dvc.yaml' });
    expect((await run(leaves)).failure).toMatch(/metrics: 'eval\/metrics\.json' was not written by the command/);
    expect(record(leaves)).toMatchObject({ outcome: 'failed', staleFiles: ['eval/metrics.json'], missingOutputs: [{ path: 'eval/metrics.json', reason: 'stale' }] });
  });

  it("takes another job's files as they are in mode record (nothing ran here to compare with)", async () => {
    const dir = tempDir();
    writeFiles(dir, { 'out/metrics.json': '{"acc": 0.9}', 'out/model.bin': 'w' });
    const platform = new FakePlatform(localContext(dir), { mode: 'record', metrics: 'out/metrics.json', model: 'out/model.bin', 'exit-code': '0' });
    expect((await run(platform)).failure).toBeUndefined();
    expect(record(platform)).toMatchObject({ outcome: 'succeeded', metrics: { acc: 0.9 }, staleFiles: [], missingOutputs: [] });
    const unknown = new FakePlatform(localContext(dir), { mode: 'record', metrics: 'out/metrics.json' });
    expect((await run(unknown)).failure).toBeUndefined();
    expect(record(unknown).outcome).toBe('unknown');
  });
});
