import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { cli } from '../../src/entrypoints/cli.js';
import { currentDeployment, history, resolveVersion } from '../../src/registry/models.js';
import { openStore } from '../../src/registry/store.js';
const compareMetrics = stepRun('compare-metrics');
const deployModel = stepRun('deploy-model');
const rollback = stepRun('rollback');
import { FakePlatform, localContext } from '../helpers/fake-platform.js';
import { tempDir, writeFiles } from '../helpers/git.js';
import { writeComparison, writeTrainedModel } from '../helpers/model-workspace.js';
import { stepRun } from '../helpers/step-run.js';

/** Whether a step ended without failing (its figures and notices aside). */
const passed = (r: { failure?: string; error?: Error }) => r.failure === undefined && r.error === undefined;

const REGISTRY = 'oci-layout:.modelgate/registry';

async function step(run: typeof deployModel, workspace: string, inputs: Record<string, string>) {
  const platform = new FakePlatform(localContext(workspace, { runUrl: 'https://ci.example/run/1' }), { 'model-name': 'iris', ...inputs });
  const result = await run(platform).catch((e: unknown) => ({ error: e as Error }));
  return { platform, result: result as { failure?: string; error?: Error } };
}

/** Trains (writes) a model with a passing comparison and deploys it. */
async function deployPassing(workspace: string, id: string, environment = 'production', extra: Record<string, string> = {}) {
  const record = writeTrainedModel(workspace, { dir: `runs/${id}`, id });
  const comparison = writeComparison(workspace, `runs/${id}/comparison.json`, [['test.accuracy', 'pass']]);
  return step(deployModel, workspace, { 'run-record': record, comparison, environment, ...extra });
}

const store = (workspace: string) => openStore(REGISTRY, { workspace });

describe('deploy-model on the on-disk store', () => {
  it('pushes a version and promotes it when the gate passed; outputs, record and history agree', async () => {
    const ws = tempDir();
    const { platform, result } = await deployPassing(ws, 'run-1');
    expect(passed(result)).toBe(true);
    expect(platform.outputs).toMatchObject({ version: `${'a'.repeat(12)}-run-1`, environment: 'production', promoted: 'true', 'previous-digest': '' });
    expect(platform.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const now = await currentDeployment(store(ws), 'iris', 'production');
    expect(now?.digest).toBe(platform.outputs.digest);
    const chain = await history(store(ws), 'iris', 'production');
    expect(chain.records).toHaveLength(1);
    expect(chain.records[0]?.record).toMatchObject({ action: 'promote', to: platform.outputs.digest, verdict: 'pass', runUrl: 'https://ci.example/run/1' });
    expect(chain.records[0]?.digest).toBe(platform.outputs.record);
  });

  it('a re-run of the same deploy adds no record (idempotent)', async () => {
    const ws = tempDir();
    await deployPassing(ws, 'run-1');
    const again = await deployPassing(ws, 'run-1');
    expect(passed(again.result)).toBe(true);
    expect(again.platform.logs.join('\n')).toMatch(/already points at/);
    expect((await history(store(ws), 'iris', 'production')).records).toHaveLength(1);
  });

  it('a failed gate pushes the version but does not promote it, naming the regression', async () => {
    const ws = tempDir();
    await deployPassing(ws, 'run-1');
    const record = writeTrainedModel(ws, { dir: 'runs/run-2', id: 'run-2' });
    const comparison = writeComparison(ws, 'runs/run-2/comparison.json', [
      ['test.accuracy', 'fail'],
      ['test.f1.macro', 'pass'],
    ]);
    const { platform, result } = await step(deployModel, ws, { 'run-record': record, comparison, environment: 'production' });
    expect(result.failure).toMatch(
      /iris:aaaaaaaaaaaa-run-2 was pushed but not promoted to production: the gate verdict is fail \(runs\/run-2\/comparison\.json\): test\.accuracy: test\.accuracy dropped 5\.3% > 1%/,
    );
    expect(platform.outputs).toMatchObject({ promoted: 'false', environment: '' });
    const now = await currentDeployment(store(ws), 'iris', 'production');
    expect(now?.version).toBe('aaaaaaaaaaaa-run-1');
    expect(platform.deployments).toEqual([{ environment: 'production', sha: 'a'.repeat(40), state: 'failure', description: 'gate fail: not promoted' }]);
  });

  it('blocks a failed verdict even when compare-metrics ran with fail-on never (a challenge job)', async () => {
    const ws = tempDir();
    const record = writeTrainedModel(ws);
    const comparison = writeComparison(ws, 'challenge.json', [['test.accuracy', 'fail']], 'a'.repeat(40), 'never');
    const { result } = await step(deployModel, ws, { 'run-record': record, comparison, environment: 'production' });
    expect(result.failure).toMatch(/not promoted to production: the gate verdict is fail/);
  });

  it('force promotes past a failed gate and records that it was forced', async () => {
    const ws = tempDir();
    const record = writeTrainedModel(ws, { id: 'run-9' });
    const comparison = writeComparison(ws, 'train/comparison.json', [['test.accuracy', 'fail']]);
    const { result } = await step(deployModel, ws, { 'run-record': record, comparison, environment: 'staging', force: 'true', reason: 'hotfix approved by the on-call' });
    expect(passed(result)).toBe(true);
    const [head] = (await history(store(ws), 'iris', 'staging')).records;
    expect(head?.record).toMatchObject({ forced: true, verdict: 'fail', reason: 'hotfix approved by the on-call (forced past gate fail)' });
  });

  it('refuses to promote without any gate verdict, and says how to give one', async () => {
    const ws = tempDir();
    const record = writeTrainedModel(ws);
    const { result } = await step(deployModel, ws, { 'run-record': record, environment: 'production' });
    expect(result.failure).toMatch(/no gate verdict .*pass compare-metrics' 'comparison' output, or set 'force: true'/);
  });

  it("takes the verdict from the run record's gate when no comparison is given", async () => {
    const ws = tempDir();
    const record = writeTrainedModel(ws, { gate: { verdict: 'warn', passed: true } });
    const { result, platform } = await step(deployModel, ws, { 'run-record': record, environment: 'production' });
    expect(passed(result)).toBe(true);
    expect(platform.outputs.promoted).toBe('true');
  });

  it('refuses a comparison made for another commit, a model file changed after training, and a bad version tag', async () => {
    const ws = tempDir();
    const record = writeTrainedModel(ws);
    writeComparison(ws, 'other.json', [['test.accuracy', 'pass']], 'b'.repeat(40));
    expect((await step(deployModel, ws, { 'run-record': record, comparison: 'other.json', environment: 'production' })).result.error?.message).toMatch(
      /compared commit bbbbbbbbbbbb, but the run record is of aaaaaaaaaaaa/,
    );
    appendFileSync(join(ws, 'model/weights.json'), 'tampered');
    const changed = await step(deployModel, ws, { 'run-record': record });
    expect(changed.result.error).toBeInstanceOf(UserError);
    expect(changed.result.error?.message).toMatch(/model file 'model\/weights\.json' is \d+ bytes, but train\/run\.json recorded \d+: it changed after training/);
    expect((await step(deployModel, ws, { 'run-record': record, 'model-version': '-bad' })).result.error?.message).toMatch(/input 'model-version' must be an OCI tag/);
  });

  it('a model file with the recorded size but other bytes is refused by its recorded digest', async () => {
    const ws = tempDir();
    const record = writeTrainedModel(ws, { weights: 'trained!' });
    writeFileSync(join(ws, 'model/weights.json'), 'tampered');
    const { result } = await step(deployModel, ws, { 'run-record': record });
    expect(result.error?.message).toMatch(/weights\.json' is not the content expected: its digest is sha256:[0-9a-f]{64}, not sha256:/);
  });

  it('a version tag is immutable: the same tag with other content is refused', async () => {
    const ws = tempDir();
    writeTrainedModel(ws, { weights: 'first' });
    expect(passed((await step(deployModel, ws, { 'run-record': 'train/run.json', 'model-version': 'v1' })).result)).toBe(true);
    writeTrainedModel(ws, { weights: 'second' });
    expect((await step(deployModel, ws, { 'run-record': 'train/run.json', 'model-version': 'v1' })).result.error?.message).toMatch(/immutable|already/i);
  });

  it('a failing deploy command rolls the environment back to the version before, with a rollback record', async () => {
    const ws = tempDir();
    await deployPassing(ws, 'run-1');
    const { platform, result } = await deployPassing(ws, 'run-2', 'production', { 'deploy-command': 'echo "rolling out $MODELGATE_VERSION ($MODELGATE_DIGEST)"; exit 3' });
    expect(result.failure).toMatch(/deploy-model: deploy-command failed \(exit 3\); production was rolled back to aaaaaaaaaaaa-run-1/);
    expect(platform.streamed.join('')).toMatch(/rolling out aaaaaaaaaaaa-run-2 \(sha256:[0-9a-f]{64}\)/);
    expect(platform.outputs.promoted).toBe('false');
    const chain = await history(store(ws), 'iris', 'production');
    expect(chain.records.map((r) => r.record.action)).toEqual(['rollback', 'promote', 'promote']);
    expect(chain.records[0]?.record.reason).toBe('automatic: deploy-command failed (exit 3)');
    expect((await currentDeployment(store(ws), 'iris', 'production'))?.version).toBe('aaaaaaaaaaaa-run-1');
  });

  describe('smoke test by URL', () => {
    let url = '';
    const server = createServer((req, res) => {
      res.statusCode = req.url === '/healthy' ? 200 : 503;
      res.end();
    });
    beforeAll(async () => {
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    it('a healthy answer keeps the promotion; an unhealthy one rolls back', async () => {
      const ws = tempDir();
      expect(passed((await deployPassing(ws, 'run-1', 'production', { 'smoke-test': `${url}/healthy` })).result)).toBe(true);
      const bad = await deployPassing(ws, 'run-2', 'production', { 'smoke-test': `${url}/broken?token=secret`, 'smoke-timeout': '1s' });
      expect(bad.result.failure).toMatch(/smoke-test: http:\/\/127\.0\.0\.1:\d+\/broken answered status 503, expected 200/);
      expect(bad.result.failure).not.toMatch(/secret/);
      expect((await currentDeployment(store(ws), 'iris', 'production'))?.version).toBe('aaaaaaaaaaaa-run-1');
    });
  });
});

describe('rollback', () => {
  it('goes back to the previous version by default, skips one a rollback moved away from, and records it', async () => {
    const ws = tempDir();
    for (const id of ['run-1', 'run-2', 'run-3']) await deployPassing(ws, id);
    const first = await step(rollback, ws, { environment: 'production', reason: 'p95 latency doubled' });
    expect(passed(first.result)).toBe(true);
    expect(first.platform.outputs).toMatchObject({ 'rolled-back': 'true', version: 'aaaaaaaaaaaa-run-2' });
    const second = await step(rollback, ws, { environment: 'production' });
    expect(second.platform.outputs.version).toBe('aaaaaaaaaaaa-run-1');
    const chain = await history(store(ws), 'iris', 'production');
    expect(chain.records.map((r) => [r.record.action, r.record.version])).toEqual([
      ['rollback', 'aaaaaaaaaaaa-run-1'],
      ['rollback', 'aaaaaaaaaaaa-run-2'],
      ['promote', 'aaaaaaaaaaaa-run-3'],
      ['promote', 'aaaaaaaaaaaa-run-2'],
      ['promote', 'aaaaaaaaaaaa-run-1'],
    ]);
    expect(chain.records[1]?.record.reason).toBe('p95 latency doubled');
    expect(chain.pointer).toBe(chain.records[0]?.record.to);
  });

  it('goes to an explicit version or digest it ran before; refuses a missing one, one refused by its gate, or one only forced there', async () => {
    const ws = tempDir();
    await deployPassing(ws, 'run-1');
    const firstDigest = (await currentDeployment(store(ws), 'iris', 'production'))?.digest as string;
    await deployPassing(ws, 'run-2');
    expect((await step(rollback, ws, { environment: 'production', to: firstDigest })).platform.outputs.digest).toBe(firstDigest);
    expect((await step(rollback, ws, { environment: 'production', to: 'aaaaaaaaaaaa-run-2' })).platform.outputs.version).toBe('aaaaaaaaaaaa-run-2');
    expect((await step(rollback, ws, { environment: 'production', to: 'v-nope' })).result.error?.message).toMatch(/input 'to': iris has no version or digest 'v-nope'/);
    const record = writeTrainedModel(ws, { dir: 'runs/bad', id: 'bad' });
    writeComparison(ws, 'runs/bad/comparison.json', [['test.accuracy', 'fail']]);
    await step(deployModel, ws, { 'run-record': record, comparison: 'runs/bad/comparison.json', environment: 'production' });
    // The refused version was pushed but never ran in production: nothing vouches for it there.
    expect((await step(rollback, ws, { environment: 'production', to: 'aaaaaaaaaaaa-bad' })).result.error?.message).toMatch(
      /never ran in production, so no gate vouches for it there/,
    );
    // Forced in past its failing gate, then replaced: a rollback does not bring it back.
    await step(deployModel, ws, { 'run-record': record, comparison: 'runs/bad/comparison.json', environment: 'production', force: 'true' });
    await deployPassing(ws, 'run-3');
    expect((await step(rollback, ws, { environment: 'production', to: 'aaaaaaaaaaaa-bad' })).result.error?.message).toMatch(
      /only reached production forced past its gate \(fail\)/,
    );
    // Forced past a gate that had nothing to compare with counts the same.
    const unvetted = writeTrainedModel(ws, { dir: 'runs/unvetted', id: 'unvetted' });
    writeComparison(ws, 'runs/unvetted/comparison.json', [['test.accuracy', 'pass']], undefined, 'fail', { verdict: 'no-baseline' });
    await step(deployModel, ws, { 'run-record': unvetted, comparison: 'runs/unvetted/comparison.json', environment: 'production', force: 'true' });
    await deployPassing(ws, 'run-4');
    expect((await step(rollback, ws, { environment: 'production', to: 'aaaaaaaaaaaa-unvetted' })).result.error?.message).toMatch(
      /only reached production forced past its gate \(no-baseline\)/,
    );
  });

  it('dry-run says what would happen and changes nothing', async () => {
    const ws = tempDir();
    await deployPassing(ws, 'run-1');
    await deployPassing(ws, 'run-2');
    const { platform, result } = await step(rollback, ws, { environment: 'production', 'dry-run': 'true' });
    expect(passed(result)).toBe(true);
    expect(platform.outputs).toMatchObject({ 'rolled-back': 'false', version: 'aaaaaaaaaaaa-run-1' });
    expect(platform.summaries[0]?.text).toMatch(/dry run: nothing changed/);
    expect((await history(store(ws), 'iris', 'production')).records).toHaveLength(2);
  });

  it('refuses when nothing was ever deployed, or nothing earlier exists', async () => {
    const ws = tempDir();
    expect((await step(rollback, ws, { environment: 'production' })).result.error?.message).toMatch(/has never been deployed to production/);
    await deployPassing(ws, 'run-1');
    expect((await step(rollback, ws, { environment: 'production' })).result.error?.message).toMatch(/no earlier version to go back to/);
  });
});

describe('compare-metrics against an environment (champion vs challenger)', () => {
  it('takes the baseline from the run record of the version production runs', async () => {
    const ws = tempDir();
    await deployPassing(ws, 'run-1');
    writeFiles(ws, { 'candidate.json': '{"test": {"accuracy": 0.90, "f1": {"macro": 0.95}}}\n' });
    const platform = new FakePlatform(localContext(ws), {
      metrics: 'candidate.json',
      baseline: 'env:production',
      'model-name': 'iris',
      rules: 'test.accuracy: {better: higher, max-drop: 1%}',
    });
    const result = await compareMetrics(platform);
    expect(result.failure).toMatch(/test\.accuracy \(dropped 5\.26% > 1%\)/);
    expect(platform.summaries[0]?.markdown).toMatch(/production@aaaaaaaaaaaa-run-1/);
    const nothing = new FakePlatform(localContext(ws), { metrics: 'candidate.json', baseline: 'env:staging', 'model-name': 'iris' });
    expect((await compareMetrics(nothing)).failure).toBeUndefined();
    expect(nothing.logs.join('\n')).toMatch(/iris has nothing in staging yet/);
    // A near miss of an environment the model has is a typo, not "nothing there yet" (a pass on bounds).
    const typo = new FakePlatform(localContext(ws), { metrics: 'candidate.json', baseline: 'env:prodution', 'model-name': 'iris' });
    await expect(compareMetrics(typo)).rejects.toThrow(/input 'baseline': iris has nothing in 'prodution' \(did you mean 'env:production'\?\); its environments in .*: production/);
  });
});

describe('modelgate history', () => {
  it('prints the chain newest first and the pointer it ends at', async () => {
    const ws = tempDir();
    await deployPassing(ws, 'run-1');
    await deployPassing(ws, 'run-2');
    await step(rollback, ws, { environment: 'production', reason: 'errors up \u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007\u001b[2J' });
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (out.push(chunk), true)) as typeof process.stdout.write;
    let code: number;
    try {
      code = await cli(['history', '--model-name', 'iris', '--env', 'production'], {}, ws);
    } finally {
      process.stdout.write = write;
    }
    expect(code).toBe(0);
    const lines = out.join('').split('\n');
    expect(lines[0]).toMatch(/^Deployment history of iris in production: 3 records, pointer at sha256:/);
    // A reason's terminal escapes (a forged OSC 8 link, a screen clear) are shown, not obeyed.
    expect(lines[2]).toMatch(/rollback +aaaaaaaaaaaa-run-1 .* errors up \?]8;;https:\/\/evil\.example\?click\?]8;;\?\?\[2J$/);
    expect(out.join('')).not.toMatch(/[\u001b\u0007]/);
    expect(lines[3]).toMatch(/promote +aaaaaaaaaaaa-run-2/);
    expect(lines[4]).toMatch(/promote +aaaaaaaaaaaa-run-1/);
  });
});

describe('deploy-model: versions hold only what training made', () => {
  it('pushes now and promotes later: the same version, 0 bytes sent the second time', async () => {
    const ws = tempDir();
    const record = writeTrainedModel(ws, { dir: 'runs/r1', id: 'r1' });
    const pushed = await step(deployModel, ws, { 'run-record': record, registry: REGISTRY });
    expect(passed(pushed.result)).toBe(true);
    expect(pushed.platform.logs.join('\n')).toMatch(/deploy-model: pushed sha256:[0-9a-f]{64}, [1-9]\d* bytes sent/);
    const comparison = writeComparison(ws, 'runs/r1/comparison.json', [['test.accuracy', 'pass']]);
    const later = await step(deployModel, ws, { 'run-record': record, comparison, environment: 'production', registry: REGISTRY });
    expect(passed(later.result)).toBe(true);
    expect(later.platform.logs.join('\n')).toContain(`already there (same digest) ${pushed.platform.outputs.digest}, 0 bytes sent`);
    expect(later.platform.outputs).toMatchObject({ digest: pushed.platform.outputs.digest, promoted: 'true' });
    // The verdict is the deployment record's, not the version's.
    const version = await resolveVersion(store(ws), 'iris', pushed.platform.outputs.digest as string);
    expect(version?.annotations['org.modelgate.gate']).toBeUndefined();
    expect(version?.annotations['org.modelgate.run-id']).toBe('r1');
    expect((await history(store(ws), 'iris', 'production')).records[0]?.record.verdict).toBe('pass');
  });

  it('promotes the first version of an environment on a no-baseline verdict, and says so; refuses one once a champion runs', async () => {
    const ws = tempDir();
    const first = writeTrainedModel(ws, { dir: 'runs/a', id: 'a' });
    const none = writeComparison(ws, 'runs/a/comparison.json', [['test.accuracy', 'pass']], undefined, 'fail', { verdict: 'no-baseline' });
    const promoted = await step(deployModel, ws, { 'run-record': first, comparison: none, environment: 'production', registry: REGISTRY });
    expect(passed(promoted.result)).toBe(true);
    const [head] = (await history(store(ws), 'iris', 'production')).records;
    expect(head?.record).toMatchObject({ verdict: 'no-baseline', forced: false });
    expect(head?.record.reason).toMatch(/^the first version in production: no champion to compare with; promoted on its absolute bounds/);

    const second = writeTrainedModel(ws, { dir: 'runs/b', id: 'b' });
    const alsoNone = writeComparison(ws, 'runs/b/comparison.json', [['test.accuracy', 'pass']], undefined, 'fail', { verdict: 'no-baseline' });
    const refused = await step(deployModel, ws, { 'run-record': second, comparison: alsoNone, environment: 'production', registry: REGISTRY });
    expect(refused.result.failure).toMatch(
      /not promoted to production: the comparison had no baseline .* while production runs aaaaaaaaaaaa-a: compare with 'baseline: env:production'/,
    );
    expect(refused.platform.outputs).toMatchObject({ promoted: 'false', environment: '' });
  });

  it('while production runs nothing, staging keeps taking versions challenged against it (no champion yet)', async () => {
    const ws = tempDir();
    const challenge = { verdict: 'no-baseline', baseline: { kind: 'env', spec: 'env:production', source: 'none', files: [], missing: ['env:production'] } };
    for (const id of ['a', 'b']) {
      const record = writeTrainedModel(ws, { dir: `runs/${id}`, id });
      const comparison = writeComparison(ws, `runs/${id}/comparison.json`, [['test.accuracy', 'pass']], undefined, 'never', challenge);
      const { result } = await step(deployModel, ws, { 'run-record': record, comparison, environment: 'staging', registry: REGISTRY });
      expect(passed(result), id).toBe(true);
    }
    const [head] = (await history(store(ws), 'iris', 'staging')).records;
    expect(head?.record).toMatchObject({ version: 'aaaaaaaaaaaa-b', verdict: 'no-baseline', forced: false });
    expect(head?.record.reason).toMatch(/^no champion to compare with: nothing in production yet; promoted on its absolute bounds/);
  });
});
