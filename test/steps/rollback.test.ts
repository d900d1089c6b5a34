import { describe, expect, it } from 'vitest';
import { ExternalError } from '../../src/core/errors.js';
import { runOn } from '../../src/entrypoints/main.js';
import type { Context } from '../../src/platform/platform.js';
import { currentDeployment, history } from '../../src/registry/models.js';
import { openStore } from '../../src/registry/store.js';
import { FakePlatform, localContext } from '../helpers/fake-platform.js';
import { tempDir } from '../helpers/git.js';
import { writeComparison, writeTrainedModel } from '../helpers/model-workspace.js';

const REGISTRY = 'oci-layout:.modelgate/registry';
const store = (workspace: string) => openStore(REGISTRY, { workspace });
const short = (digest: string | undefined) => digest?.slice(0, 19);

/** A fake platform whose Deployments API refuses (403), as the GitHub adapter does for a token without `deployments: write`. */
class RefusingDeployments extends FakePlatform {
  constructor(context: Context, inputs: Record<string, string>) {
    super(context, inputs);
  }
  override async recordDeployment(): Promise<void> {
    throw new ExternalError(
      "GitHub API: could not create a deployment: 403 Resource not accessible by integration (the token lacks permission: grant 'pull-requests: write' and 'statuses: write', or this is a fork's read-only token)",
      'GitHub API',
      403,
      false,
    );
  }
}

/** Runs a step as the entry does (its catch included). */
async function run(id: 'deploy-model' | 'rollback', workspace: string, inputs: Record<string, string>, refuse = false) {
  const context = localContext(workspace, { runUrl: 'https://ci.example/run/1' });
  const all = { 'model-name': 'iris', registry: REGISTRY, ...inputs };
  const platform = refuse ? new RefusingDeployments(context, all) : new FakePlatform(context, all);
  const { exitCode } = await runOn(id, () => platform);
  return { platform, exitCode, info: platform.logs.filter((l) => !/^(warning|error): /.test(l)), warnings: platform.logs.filter((l) => l.startsWith('warning: ')) };
}

async function deployPassing(workspace: string, id: string) {
  const record = writeTrainedModel(workspace, { dir: `runs/${id}`, id });
  const comparison = writeComparison(workspace, `runs/${id}/comparison.json`, [['test.accuracy', 'pass']]);
  const { platform, exitCode } = await run('deploy-model', workspace, { 'run-record': record, comparison, environment: 'production' });
  expect(exitCode).toBe(0);
  return platform.outputs.digest as string;
}

describe('rollback says what it did', () => {
  it('logs from → to, why and the record digest', async () => {
    const ws = tempDir();
    const first = await deployPassing(ws, 'run-1');
    const second = await deployPassing(ws, 'run-2');
    const { platform, exitCode, info } = await run('rollback', ws, { environment: 'production', reason: 'p95 latency doubled' });
    expect(exitCode).toBe(0);
    const [head] = (await history(store(ws), 'iris', 'production')).records;
    expect(platform.outputs.record).toBe(head?.digest);
    expect(info).toContain(
      `rollback: re-pointed production from aaaaaaaaaaaa-run-2 (${short(second)}) to aaaaaaaaaaaa-run-1 (${short(first)}) (why: p95 latency doubled); record ${head?.digest}`,
    );
  });

  it('without a reason, the log says it was a manual rollback', async () => {
    const ws = tempDir();
    await deployPassing(ws, 'run-1');
    await deployPassing(ws, 'run-2');
    const { info } = await run('rollback', ws, { environment: 'production' });
    expect(info.join('\n')).toMatch(/^rollback: re-pointed production from aaaaaaaaaaaa-run-2 .* to aaaaaaaaaaaa-run-1 .* \(why: manual rollback\); record sha256:[0-9a-f]{64}$/m);
  });

  it('a dry run says it is one, and that nothing changed', async () => {
    const ws = tempDir();
    const first = await deployPassing(ws, 'run-1');
    const second = await deployPassing(ws, 'run-2');
    const { platform, exitCode, info } = await run('rollback', ws, { environment: 'production', 'dry-run': 'true', reason: 'drill' });
    expect(exitCode).toBe(0);
    expect(info).toContain(
      `rollback: dry run: would re-point production from aaaaaaaaaaaa-run-2 (${short(second)}) to aaaaaaaaaaaa-run-1 (${short(first)}) (why: drill); nothing changed, no record written`,
    );
    expect(info.join('\n')).not.toMatch(/re-pointed/);
    expect(platform.outputs['rolled-back']).toBe('false');
    expect((await currentDeployment(store(ws), 'iris', 'production'))?.digest).toBe(second);
  });

  it('a 403 from the Deployments API after the rollback is a warning naming deployments: write; the job passes', async () => {
    const ws = tempDir();
    await deployPassing(ws, 'run-1');
    await deployPassing(ws, 'run-2');
    const { platform, exitCode, warnings } = await run('rollback', ws, { environment: 'production' }, true);
    expect(exitCode).toBe(0);
    expect(platform.outputs['rolled-back']).toBe('true');
    expect(warnings).toEqual([
      "warning: rollback: the GitHub Deployment of production was not recorded (GitHub API: could not create a deployment: 403 Resource not accessible by integration): grant the job 'permissions: deployments: write' (or pass a 'token' that has it) to see deploys on the Environments page; production now runs aaaaaaaaaaaa-run-1: the rollback went ahead",
    ]);
    expect((await currentDeployment(store(ws), 'iris', 'production'))?.version).toBe('aaaaaaaaaaaa-run-1');
  });

  it("rolled-back is 'false' when it refuses", async () => {
    const ws = tempDir();
    const { platform, exitCode } = await run('rollback', ws, { environment: 'production' });
    expect(exitCode).toBe(1);
    expect(platform.outputs['rolled-back']).toBe('false');
  });
});
