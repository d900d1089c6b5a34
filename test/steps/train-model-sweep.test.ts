import { describe, expect, it } from 'vitest';
import { configurationOf, summarizeSweep } from '../../src/core/sweep.js';
import { FakePlatform, localContext } from '../helpers/fake-platform.js';
import { initRepo, writeFiles } from '../helpers/git.js';
import { stepRun } from '../helpers/step-run.js';

const train = stepRun('train-model');

/** A run record of one leg: its params (a learning rate and a seed) and its accuracy. */
const leg = (id: string, lr: number, seed: number, accuracy: number) =>
  JSON.stringify({
    kind: 'modelgate/run-record',
    version: 1,
    id,
    command: { run: 'train', workingDirectory: '.', exitCode: 0, timedOut: false },
    params: { train: { lr, seed } },
    metrics: { accuracy },
    model: { digest: null, files: [], size: 0 },
    data: [],
    git: { sha: 'a'.repeat(40), ref: null, dirty: false },
    environment: { os: 'linux', arch: 'x64', cpus: 2, memoryBytes: 1, node: 'v24' },
    ci: { platform: 'local' },
  });

async function select(legs: Record<string, string>) {
  const { repo } = initRepo({ '.gitignore': 'modelgate-train/\n' });
  writeFiles(repo, legs);
  const platform = new FakePlatform(localContext(repo), { mode: 'select', runs: 'legs/*.json', 'select-by': 'accuracy' });
  const result = await train(platform);
  return { platform, result, summary: platform.summaries.at(-1) };
}

describe('a sweep over seeds reports each configuration over its seeds, not only the luckiest leg', () => {
  it('groups legs by params without the seed, with each mean and its 95 % t-interval', () => {
    expect(configurationOf({ train: { lr: 0.1, seed: 3 }, random_state: 1, epochs: 5 })).toEqual({ epochs: 5, 'train.lr': 0.1 });
    const sweep = summarizeSweep(
      [
        { params: { lr: 0.1, seed: 1 }, value: 0.9 },
        { params: { lr: 0.1, seed: 2 }, value: 0.92 },
        { params: { lr: 0.1, seed: 3 }, value: 0.91 },
        { params: { lr: 0.2, seed: 1 }, value: 0.95 },
      ],
      'higher',
    );
    expect(sweep.configurations.map((c) => [c.params, c.values.length])).toEqual([
      [{ lr: 0.2 }, 1],
      [{ lr: 0.1 }, 3],
    ]);
    // mean 0.91, sd 0.01, t(0.975, 2) = 4.3027: half-width 0.02484.
    const [, three] = sweep.configurations;
    expect(three?.mean).toBeCloseTo(0.91, 12);
    expect((three?.high as number) - (three?.mean as number)).toBeCloseTo((4.302653 * 0.01) / Math.sqrt(3), 5);
    expect(sweep.separation).toBeUndefined();
  });

  it('says when the winner is the best of its seeds and when the seeds cannot separate the best two configurations', async () => {
    const { result, summary, platform } = await select({
      'legs/a1.json': leg('a1', 0.1, 1, 0.9),
      'legs/a2.json': leg('a2', 0.1, 2, 0.93),
      'legs/a3.json': leg('a3', 0.1, 3, 0.91),
      'legs/b1.json': leg('b1', 0.2, 1, 0.92),
      'legs/b2.json': leg('b2', 0.2, 2, 0.915),
      'legs/b3.json': leg('b3', 0.2, 3, 0.925),
    });
    expect(result.failure).toBeUndefined();
    expect(platform.outputs.metrics).toBe('{"accuracy":0.93}');
    expect(summary?.markdown).toMatch(/\| `\{"train.lr":0.2\}` \| 3 \| 0\.92 \[0\.9076, 0\.9324\] \|/);
    const warnings = platform.logs.filter((l) => l.startsWith('warning:'));
    expect(warnings).toContain(
      "warning: train-model: The winning leg's accuracy (0.93) is the best of 3 seeds of its configuration, whose mean is 0.9133 [0.8754, 0.9513]: expect the mean, not the best seed.",
    );
    expect(warnings).toContain('warning: train-model: The configuration with the best mean is another one: {"train.lr":0.2} (0.92 [0.9076, 0.9324]).');
    expect(warnings.some((w) => /The seeds cannot separate the best two configurations \(Welch's t-test, p = 0\.\d+\)/.test(w))).toBe(true);
  });

  it('says nothing of seeds when every leg is its own configuration', async () => {
    const { platform, summary } = await select({ 'legs/a.json': leg('a', 0.1, 1, 0.9), 'legs/b.json': leg('b', 0.2, 1, 0.95) });
    expect(summary?.markdown).not.toContain('configurations over seeds');
    expect(platform.logs.filter((l) => l.startsWith('warning:'))).toEqual([]);
  });
});
