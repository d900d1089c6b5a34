import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execute } from '../src/entrypoints/main.js';
import { FakePlatform, localContext } from './helpers/fake-platform.js';
import { tempDir } from './helpers/git.js';

/** A workspace with a candidate and a baseline metric file, and whatever else a case writes. */
function workspace(files: Record<string, string> = {}): string {
  const ws = tempDir();
  for (const [name, text] of Object.entries({ 'm.json': '{"acc": 0.9}', 'b.json': '{"acc": 0.9}', ...files })) writeFileSync(join(ws, name), text);
  return ws;
}

function platform(ws: string, inputs: Record<string, string>, given?: { names: string[]; strict: boolean }): FakePlatform {
  const p = new FakePlatform(localContext(ws), { metrics: 'm.json', baseline: 'file:b.json', ...inputs });
  if (given) Object.assign(p, { givenInputs: () => given });
  return p;
}

describe('the entry: every input and the config checked before a step runs', () => {
  it('a misspelled input written for the step (a GitHub with:) is an error with the nearest name', async () => {
    const p = platform(workspace(), {}, { names: ['metrics', 'baseline', 'fail_on'], strict: true });
    await expect(execute('compare-metrics', p)).rejects.toThrow(/^compare-metrics: unknown input 'fail_on' \(did you mean 'fail-on'\?\); the inputs are: metrics, baseline/);
    const q = platform(workspace(), {}, { names: ['treshold'], strict: true });
    await expect(execute('rollback', Object.assign(q, {}))).rejects.toThrow(/unknown input 'treshold' \(did you mean 'threshold'\?\)/);
  });

  it('one from the environment at large (MODELGATE_*) is a warning, and the step runs', async () => {
    const p = platform(workspace(), {}, { names: ['metrics', 'fail-onn'], strict: false });
    expect(await execute('compare-metrics', p)).toEqual(expect.objectContaining({}));
    expect(p.logs).toContainEqual(expect.stringMatching(/^warning: compare-metrics: unknown input 'fail-onn' \(did you mean 'fail-on'\?\).*\(from MODELGATE_FAIL_ONN\)$/));
  });

  it("takes validate-data's older fail-on words in every step, with a warning naming the word to write", async () => {
    const p = platform(workspace(), { 'fail-on': 'warning' });
    await execute('compare-metrics', p);
    expect(p.logs).toContain("warning: compare-metrics: input 'fail-on' 'warning' is an older spelling: write 'warn' (the same in every step: fail, warn, never)");
  });

  it('a config file under a near name is an error, not ignored', async () => {
    const ws = workspace({ 'modelgate.yaml': 'metrics:\n  acc: {min: 0.95}\n' });
    await expect(execute('compare-metrics', platform(ws, {}))).rejects.toThrow(
      /^compare-metrics: found modelgate\.yaml but no modelgate\.yml: modelgate reads modelgate\.yml; rename the file/,
    );
  });

  it("an unknown top-level key ('rules:' for 'metrics:') fails every step, with the section it means", async () => {
    const ws = workspace({ 'modelgate.yml': 'rules:\n  acc: {min: 0.95}\n' });
    await expect(execute('compare-metrics', platform(ws, {}))).rejects.toThrow(
      /^compare-metrics: modelgate\.yml:1: rules: unknown key 'rules' \(did you mean 'metrics'\?\); allowed: metrics, data, monitoring/,
    );
    await expect(execute('train-model', new FakePlatform(localContext(ws), { run: 'true', metrics: 'm.json' }))).rejects.toThrow(
      /^train-model: modelgate\.yml:1: rules: unknown key 'rules'/,
    );
  });

  it('a mistake in a section fails the steps that read it, all problems listed, and not the others', async () => {
    const ws = workspace({ 'modelgate.yml': 'monitoring:\n  pushgateway-ulr: http://x\n  job: y\ndata:\n  schema: s.yaml\n' });
    const error = await execute('compare-metrics', platform(ws, {})).catch((e: Error) => e);
    expect((error as Error).message).toBe(
      "compare-metrics: modelgate.yml:2: monitoring.pushgateway-ulr: unknown key 'pushgateway-ulr' (did you mean 'pushgateway-url'?); allowed: pushgateway-url\n  modelgate.yml:3: monitoring.job: unknown key 'job'; allowed: pushgateway-url",
    );
    const bad = workspace({ 'modelgate.yml': 'data:\n  checks:\n    rowz: {min: 1}\n' });
    // compare-metrics reads metrics and monitoring: data is validate-data's to refuse.
    expect((await execute('compare-metrics', platform(bad, {}))).failure).toBeUndefined();
  });
});
