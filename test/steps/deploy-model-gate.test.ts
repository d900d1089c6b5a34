import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRunRecord, type RunRecord } from '../../src/core/run-record.js';
import { currentDeployment, history } from '../../src/registry/models.js';
import { openStore } from '../../src/registry/store.js';
import { readGate } from '../../src/steps/deploy-model/gate.js';
import { FakePlatform, localContext } from '../helpers/fake-platform.js';
import { tempDir } from '../helpers/git.js';
import { writeComparison, writeTrainedModel } from '../helpers/model-workspace.js';
import { stepRun } from '../helpers/step-run.js';

const deployModel = stepRun('deploy-model');
const REGISTRY = 'oci-layout:.modelgate/registry';

/** A trained model whose record is patched as a run that ended some way (an old record when `outcome` is not given). */
function trainedRun(ws: string, patch: { command?: Partial<RunRecord['command']> } & Partial<Pick<RunRecord, 'outcome' | 'missingOutputs'>>, id = 'run-1'): string {
  const path = writeTrainedModel(ws, { dir: `runs/${id}`, id });
  const record = JSON.parse(readFileSync(join(ws, path), 'utf8'));
  writeFileSync(join(ws, path), `${JSON.stringify({ ...record, ...patch, command: { ...record.command, ...patch.command } }, null, 2)}\n`);
  return path;
}

async function gateOf(ws: string, recordPath: string, comparison?: string) {
  const record = await readRunRecord(join(ws, recordPath), recordPath);
  return readGate(comparison && join(ws, comparison), comparison, record);
}

async function deploy(ws: string, inputs: Record<string, string>) {
  const platform = new FakePlatform(localContext(ws), { 'model-name': 'iris', registry: REGISTRY, ...inputs });
  const result = (await deployModel(platform).catch((e: unknown) => ({ error: e as Error }))) as { failure?: string; error?: Error };
  return { platform, result };
}

describe('deploy-model refuses a run whose training did not succeed', () => {
  it.each([
    ['a failed run', { outcome: 'failed', command: { exitCode: 2 } }, 'training failed: exit 2'],
    ['an old record of a failed run (no outcome)', { command: { exitCode: 2 } }, 'training failed: exit 2'],
    ['a run that timed out', { outcome: 'timed-out', command: { exitCode: 137, signal: 'SIGKILL', timedOut: true } }, 'training timed out (exit 137, SIGKILL)'],
    ['an old record of a timed-out run', { command: { exitCode: 143, timedOut: true } }, 'training timed out (exit 143)'],
    ['a cancelled run', { outcome: 'cancelled', command: { exitCode: 143, cancelled: true } }, 'training was cancelled (exit 143)'],
    [
      'a run that exited 0 without its outputs',
      { outcome: 'failed', command: { exitCode: 0 }, missingOutputs: [{ input: 'metrics', path: 'out/metrcs.json', reason: 'absent' }] },
      "training failed: it did not write metrics 'out/metrcs.json' (absent)",
    ],
    ['an outcome this modelgate does not know', { outcome: 'skipped' }, "training outcome 'skipped' is not one this modelgate knows"],
  ] as const)('%s: its gate fails even with a passing comparison', async (_, patch, reason) => {
    const ws = tempDir();
    const record = trainedRun(ws, patch as Parameters<typeof trainedRun>[1]);
    const comparison = writeComparison(ws, 'runs/comparison.json', [['test.accuracy', 'pass']]);
    const gate = await gateOf(ws, record, comparison);
    expect(gate).toMatchObject({ verdict: 'fail', passed: false, source: "the run record's outcome", comparedVerdict: 'pass' });
    expect(gate.training).toMatch(new RegExp(`^${reason.replace(/[()]/g, '\\$&')}`));
    expect(gate.reasons).toEqual([gate.training, 'runs/comparison.json said pass, but it judged the metrics of a run that did not succeed']);
  });

  it("fails the record's own gate too, and a run with no verdict at all", async () => {
    const ws = tempDir();
    const path = trainedRun(ws, { outcome: 'failed', command: { exitCode: 1 } });
    const record = JSON.parse(readFileSync(join(ws, path), 'utf8'));
    writeFileSync(join(ws, path), JSON.stringify({ ...record, gate: { verdict: 'pass', passed: true } }));
    expect(await gateOf(ws, path)).toMatchObject({
      verdict: 'fail',
      passed: false,
      reasons: ['training failed: exit 1', "the run record's gate said pass, but it judged the metrics of a run that did not succeed"],
    });
    const bare = trainedRun(ws, { command: { exitCode: 1 } }, 'run-2');
    expect(await gateOf(ws, bare)).toMatchObject({ verdict: 'fail', passed: false, reasons: ['training failed: exit 1'], comparedVerdict: 'unknown' });
  });

  it('leaves the gate of a successful run, or of a record with no exit code, as the comparison says', async () => {
    const ws = tempDir();
    const comparison = writeComparison(ws, 'runs/comparison.json', [['test.accuracy', 'pass']]);
    for (const patch of [{}, { outcome: 'succeeded' as const }, { outcome: 'unknown' as const, command: { exitCode: null } }]) {
      const gate = await gateOf(ws, trainedRun(ws, patch), comparison);
      expect(gate).toMatchObject({ verdict: 'pass', passed: true, source: 'runs/comparison.json' });
      expect(gate.training).toBeUndefined();
    }
  });

  it('pushes but does not promote a failed run with a passing comparison, and says why; force promotes it and records that', async () => {
    const ws = tempDir();
    const record = trainedRun(ws, { outcome: 'failed', command: { exitCode: 2 } });
    const comparison = writeComparison(ws, 'runs/comparison.json', [['test.accuracy', 'pass']]);
    const refused = await deploy(ws, { 'run-record': record, comparison, environment: 'production' });
    // run.ts words the refusal; the gate gives it the verdict, the source and the reasons.
    expect(refused.result.failure).toMatch(
      /^deploy-model: iris:aaaaaaaaaaaa-run-1 was pushed but not promoted to production: the gate verdict is fail \(the run record's outcome\)/,
    );
    expect(refused.result.failure).toContain('training failed: exit 2; runs/comparison.json said pass, but it judged the metrics of a run that did not succeed');
    expect(refused.platform.outputs.promoted).not.toBe('true');
    const store = openStore(REGISTRY, { workspace: ws });
    expect(await currentDeployment(store, 'iris', 'production')).toBeUndefined();

    const forced = await deploy(ws, { 'run-record': record, comparison, environment: 'production', force: 'true' });
    expect(forced.result.failure ?? forced.result.error).toBeUndefined();
    expect(forced.platform.outputs.promoted).toBe('true');
    const [head] = (await history(store, 'iris', 'production')).records;
    expect(head?.record).toMatchObject({ action: 'promote', forced: true, verdict: 'fail', reason: expect.stringMatching(/^forced past/) });
  });

  it('does not promote a failed run as the first version of an environment on a no-baseline comparison', async () => {
    const ws = tempDir();
    const record = trainedRun(ws, { outcome: 'timed-out', command: { exitCode: 137, timedOut: true } });
    const comparison = writeComparison(ws, 'runs/comparison.json', [['test.accuracy', 'pass']], undefined, 'fail', { verdict: 'no-baseline' });
    const { result } = await deploy(ws, { 'run-record': record, comparison, environment: 'staging' });
    expect(result.failure).toMatch(/^deploy-model: iris:aaaaaaaaaaaa-run-1 was pushed but not promoted to staging: the gate verdict is fail \(the run record's outcome\)/);
    expect(result.failure).toContain('training timed out (exit 137); runs/comparison.json said no-baseline');
  });
});
