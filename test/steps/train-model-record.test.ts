import { existsSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/platform/platform.js';
import { openStore } from '../../src/registry/store.js';
const run = stepRun('train-model');
import { FakePlatform, localContext } from '../helpers/fake-platform.js';
import { commit, initRepo, writeFiles } from '../helpers/git.js';
import { writeTrainedModel } from '../helpers/model-workspace.js';
import { findRun } from '../../src/registry/runs.js';
import { stepRun } from '../helpers/step-run.js';

const TRAIN = { run: 'mkdir -p out && echo ran > out/ran && echo \'{"accuracy": 0.9}\' > out/metrics.json', metrics: 'out/metrics.json', registry: 'oci-layout:store' };

function project() {
  const { repo } = initRepo({ '.gitignore': 'out/\nstore/\nmodelgate-train/\n' });
  return { repo, sha: commit(repo, { 'README.md': 'x\n' }) };
}

async function train(repo: string, context: Partial<Context>, inputs: Record<string, string>) {
  const platform = new FakePlatform({ ...localContext(repo), ...context }, { ...TRAIN, ...inputs });
  const result = await run(platform).catch((error: Error) => ({ error }));
  return { platform, result: result as { failure?: string; error?: Error } };
}

const runTags = async (repo: string) => (await openStore('oci-layout:store', { workspace: repo }).listTags('iris')).filter((t) => t.startsWith('run-'));
const onMain: Partial<Context> = { platform: 'github', push: true, ref: 'main', defaultBranch: 'main' };

describe('train-model records runs by commit', () => {
  it('records a successful run on a push to the default branch (auto), under its commit', async () => {
    const { repo, sha } = project();
    const { platform, result } = await train(repo, onMain, { 'model-name': 'iris' });
    expect(result.failure ?? result.error).toBeUndefined();
    expect(platform.outputs['recorded-run']).toBe(`iris:run-${sha}`);
    expect(await runTags(repo)).toEqual([`run-${sha}`]);
  });

  it('never records for a pull request, another branch, or a failed run', async () => {
    const { repo } = project();
    await train(repo, { ...onMain, push: false, changeRequest: { number: 1, baseRef: 'main', headSha: 'a'.repeat(40), fork: false } }, { 'model-name': 'iris' });
    await train(repo, { ...onMain, ref: 'feature' }, { 'model-name': 'iris' });
    const failed = await train(repo, onMain, { 'model-name': 'iris', run: `${TRAIN.run} && exit 3` });
    expect(failed.result.failure).toMatch(/exited with 3/);
    expect(failed.platform.logs).toContain('train-model: the run failed, so it is not recorded as a baseline');
    expect(await runTags(repo)).toEqual([]);
  });

  it('says before training, not after, that a run it must record has no model-name or no valid store', async () => {
    const { repo } = project();
    const missing = await train(repo, {}, { 'record-run': 'true' });
    expect(missing.result.error?.message).toMatch(/input 'record-run' is true but 'model-name' is not set/);
    const badStore = await train(repo, {}, { 'record-run': 'true', 'model-name': 'iris', registry: 'ghcr.io/o/r' });
    expect(badStore.result.error?.message).toMatch(/registry: 'ghcr\.io\/o\/r' is not a store URI/);
    expect(existsSync(join(repo, 'out/ran'))).toBe(false);
    const auto = await train(repo, onMain, {});
    expect(auto.platform.logs.some((l) => /warning: train-model: this is a run on main, but it will not be recorded: set 'model-name'/.test(l))).toBe(true);
  });

  it("records a sweep's winner, picked by mode select, as the commit's run", async () => {
    const { repo, sha } = project();
    writeTrainedModel(repo, { dir: 'legs/a', id: 'a', sha, metrics: { accuracy: 0.91 } });
    writeTrainedModel(repo, { dir: 'legs/b', id: 'b', sha, metrics: { accuracy: 0.95 } });
    const { platform, result } = await train(repo, onMain, { mode: 'select', runs: 'legs/*/run.json', 'select-by': 'accuracy', 'model-name': 'iris' });
    expect(result.failure ?? result.error).toBeUndefined();
    expect(platform.outputs['recorded-run']).toBe(`iris:run-${sha}`);
    const recorded = await findRun(openStore('oci-layout:store', { workspace: repo }), 'iris', sha);
    expect(recorded?.record).toMatchObject({ id: 'b', metrics: { accuracy: 0.95 } });
  });

  it("does not record metrics the command did not write (an earlier run's copy left in the workspace)", async () => {
    const { repo } = project();
    writeFiles(repo, { 'out/metrics.json': '{"accuracy": 0.99}\n' });
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(join(repo, 'out/metrics.json'), hourAgo, hourAgo);
    const { platform, result } = await train(repo, onMain, { 'model-name': 'iris', run: 'echo did nothing' });
    expect(result.failure).toMatch(/^train-model: the command exited 0 but did not write its outputs \(metrics: 'out\/metrics\.json' was not written by the command/);
    expect(platform.outputs['recorded-run']).toBeUndefined();
    expect(platform.logs).toContain("warning: train-model: the run is not recorded as a baseline: it did not write metrics 'out/metrics.json' (stale)");
    expect(await runTags(repo)).toEqual([]);
  });
});
